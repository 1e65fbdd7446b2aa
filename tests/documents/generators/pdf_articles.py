"""Print measures written as chapters and articles (若干措施) as a court office prints them to PDF.

Run from the repository root:

    .venv/bin/python tests/documents/generators/pdf_articles.py

It writes tests/documents/suzhou-2025-ruogan-cuoshi.pdf: 苏州市中级人民法院《关于深化审判权力运行机制改革的若干措施》
(invented content), laid out the way a city court's 办公室 prints a 文件 whose body is a set of measures written
as articles (若干措施 / 实施细则), following GB/T 9704 (党政机关公文格式) as a word processor does:

- the red 发文机关标志 苏州市中级人民法院文件, the document number 苏中法〔2025〕52号 and a red rule;
- the 印发 notice: its title on two lines, the addressee and one paragraph;
- then, from page 2, the title of the measures on two lines and the line saying when the 审判委员会 adopted
  them;
- the measures in seven chapters, 第一章 总则 … 第七章 附则, each heading centred on a line of its own, and
  27 articles 第一条 … 第二十七条 numbered continuously through the chapters, each a justified paragraph with a
  two-character first-line indent and a full-width space after 第X条, wrapped by the layout (some continue over a
  page break); two articles list their cases （一）（二）… as paragraphs of their own, one lists them inline;
- the signature and date at the end (the last article goes down with them), and the 版记 (抄送 line and 印发
  line between rules);
- page numbers "- N -" centred in the footer; no running header.

The font, styles, letterhead, rules and Chinese line-breaking rules are imported from pdf_documents.py,
unchanged. The output is reproducible: reportlab's invariant mode fixes the creation date and the document
identifier, so a rerun gives the same bytes.
"""

from __future__ import annotations

import io
import sys
from pathlib import Path

sys.dont_write_bytecode = True  # importing the sibling generator must not leave files behind

from reportlab.lib import colors  # noqa: E402
from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.lib.styles import ParagraphStyle  # noqa: E402
from reportlab.platypus import (  # noqa: E402
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    KeepTogether,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
)

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from pdf_documents import (  # noqa: E402  (the sibling generator owns the font, styles and line-breaking rules)
    BODY_SIZE,
    DOCUMENTS,
    FONT,
    LEADING,
    MARGIN_BOTTOM,
    MARGIN_LEFT,
    MARGIN_RIGHT,
    MARGIN_TOP,
    PAGE_H,
    PAGE_W,
    RED,
    TEXT_W,
    BodyParagraph,
    Letterhead,
    Rule,
    TwoSided,
    esc,
    register_font,
    styles,
    typeset_chinese_punctuation,
)

NAME = "suzhou-2025-ruogan-cuoshi"
CREATOR = "WPS 文字"
PRODUCER = "WPS 文字"
SPACE = "\u3000"  # the full-width space typed after 第X条

# The document, one block per entry: (tag, text). Tags: letterhead, number, redrule, title, addressee, p, vspace,
# pagebreak, measures (the measures' title), note (a centred line under it), chapter, article ("label|text"),
# point (a case of an enumeration, or the article's text after it: a paragraph of its own), sign, date, copy,
# printed ("left | right").
BLOCKS: list[tuple[str, str]] = [
    ("letterhead", "苏州市中级人民法院文件"),
    ("number", "苏中法〔2025〕52号"),
    ("redrule", ""),
    ("title", "关于印发《苏州市中级人民法院关于深化"),
    ("title", "审判权力运行机制改革的若干措施》的通知"),
    ("addressee", "全市各基层人民法院，本院各部门："),
    (
        "p",
        "《苏州市中级人民法院关于深化审判权力运行机制改革的若干措施》已经本院审判委员会2025年第12次全体会议"
        "讨论通过，现印发给你们，请结合工作实际认真贯彻执行。执行中遇到的问题，请及时报告本院审判管理办公室。",
    ),
    ("pagebreak", ""),
    ("measures", "苏州市中级人民法院"),
    ("measures", "关于深化审判权力运行机制改革的若干措施"),
    ("note", "（2025年6月12日苏州市中级人民法院审判委员会通过）"),
    # ------------------------------------------------------------------ 第一章
    ("chapter", "第一章　总则"),
    (
        "article",
        "第一条|为全面准确落实司法责任制，健全权责统一、监督有效、运行顺畅的审判权力运行机制，根据《中华人民共和国"
        "人民法院组织法》《中华人民共和国法官法》和《最高人民法院关于深化司法责任制综合配套改革的实施意见》等规定，"
        "结合苏州法院工作实际，制定本措施。",
    ),
    ("article", "第二条|本措施适用于全市两级法院审判执行工作中审判权力的配置、运行、监督和保障。"),
    (
        "article",
        "第三条|全市法院坚持走中国特色社会主义法治道路，坚持放权与监督相统一，落实“让审理者裁判、由裁判者负责”的"
        "要求，构建全员、全过程、全方位的审判权力运行和监督制约体系。厘清独任法官、合议庭、院庭长、专业法官会议和"
        "审判委员会的职责边界，推动形成权责明晰、衔接有序、制约有效的审判权力运行格局。",
    ),
    # ------------------------------------------------------------------ 第二章
    ("chapter", "第二章　完善审判组织和权力配置"),
    (
        "article",
        "第四条|落实独任法官、合议庭办案主体责任。独任法官、合议庭依法对所审理案件作出裁判，院庭长不得签署未参加"
        "审理案件的裁判文书。合议庭审理案件实行审判长负责制，审判长负责组织庭前准备、主持庭审和评议，合议庭成员应当"
        "全面阅卷、独立发表意见并对其意见负责。按照《最高人民法院关于规范合议庭运行机制的意见》要求，严格执行合议庭"
        "评议规则，评议笔录应当如实记载每名成员的意见和理由。",
    ),
    (
        "article",
        "第五条|健全新型审判团队组建模式。根据审判领域、案件数量和繁简程度，以员额法官为核心，按照“1名法官+1名"
        "法官助理+1名书记员”或者“1+N+N”的比例灵活配置审判辅助人员。审判团队负责人由庭长或者资深法官担任，团队"
        "负责人不因承担管理职责而减少办案任务。支持姑苏区法院、相城区法院在家事和劳动争议审判领域先行先试“专业审判"
        "团队+调解团队”捆绑运行模式。",
    ),
    (
        "article",
        "第六条|建立院庭长审判监督管理权责清单制度。明确院庭长可以采取的监督管理措施、行使方式和程序要求，清单之外"
        "不得过问、干预个案。院庭长应当作为承办法官或者审判长常态化办理重大、疑难、复杂案件，院庭长办案数量标准由"
        "市中院另行制定。",
    ),
    (
        "article",
        "第七条|完善专业法官会议机制。市中院和有条件的基层人民法院按照民事、刑事、行政、执行等审判领域分别设立专业"
        "法官会议，必要时可以跨部门、跨院共同研讨。专业法官会议讨论案件，实行主持人归纳争点、参会法官逐一发表意见、"
        "承办法官说明采纳情况的议事程序，讨论意见供独任法官、合议庭参考，不代替其作出裁判。昆山市人民法院、太仓市"
        "人民法院可以试行两级法院专业法官会议同步研讨机制，市中院相关业务庭予以指导。",
    ),
    (
        "article",
        "第八条|健全审判委员会制度。审判委员会主要讨论决定涉及国家利益、社会稳定的重大复杂案件和法律适用存在重大"
        "分歧的案件，总结审判经验，讨论决定审判工作中的重大事项。拟提交审判委员会讨论的案件，一般应当先经专业法官"
        "会议研究。推行审判委员会委员按专业分组履职，完善委员旁听庭审、列席合议庭评议制度，每年对委员履职情况进行"
        "考评并在院内公示。",
    ),
    # ------------------------------------------------------------------ 第三章
    ("chapter", "第三章　健全审判监督管理机制"),
    ("article", "第九条|规范院庭长阅核。院庭长对下列案件的裁判文书进行阅核："),
    ("point", "（一）“四类案件”；"),
    ("point", "（二）在辖区内首次作出裁判的新类型案件；"),
    ("point", "（三）合议庭成员意见分歧较大，或者可能与类案裁判发生冲突的案件；"),
    ("point", "（四）依照规定应当阅核的其他案件。"),
    (
        "point",
        "院庭长阅核后提出的意见，独任法官、合议庭不予采纳的，院庭长可以将案件提交专业法官会议讨论。市中院制定院庭长"
        "阅核工作实施细则，明确阅核范围、方式和责任。虎丘区法院、吴中区法院开展阅核意见分类反馈试点。",
    ),
    (
        "article",
        "第十条|健全“四类案件”识别报告和分层监管机制。按照《最高人民法院关于进一步完善“四类案件”监督管理工作机制"
        "的指导意见》，依托办案系统对“四类案件”进行自动识别、标签提示和节点管控，承办法官发现案件属于“四类案件”"
        "的，应当主动向院庭长报告。院庭长可以要求独任法官、合议庭报告案件进展和评议结果，可以提请专业法官会议或者"
        "审判委员会讨论，但不得直接改变独任法官、合议庭的意见。院庭长监督管理过程实行全程留痕，做到可查询、可追溯、"
        "可评价。",
    ),
    (
        "article",
        "第十一条|健全审判质效管理体系。完善以审判质量管理指标体系为基础的质效评价机制，市中院每季度召开审判运行"
        "态势分析会，对长期未结、发回改判等案件进行通报。健全案件质量常态化评查机制，评查结果作为法官业绩考核的重要"
        "依据。支持张家港市法院、常熟市法院探索建立审判质效数据“红黄绿”三色预警模式。",
    ),
    (
        "article",
        "第十二条|完善审判流程节点管控机制。对立案、送达、开庭、结案、归档等关键节点设定办理时限，超期未办的，系统"
        "自动预警并推送院庭长。严格审批延长审限、中止审理、扣除审限等事项，建立长期未结案件定期清理制度。吴江法院"
        "试点审判流程节点“一键督办”机制，运行成熟后在全市推广。",
    ),
    (
        "article",
        "第十三条|健全审判权力运行廉政风险防控机制。梳理审判执行权力运行风险点，严格落实防止干预司法“三个规定”，"
        "对领导干部干预司法活动、司法机关内部人员过问案件等情况全面如实记录、按月报告。会同苏州市纪委监委、苏州市"
        "人民检察院建立问题线索双向移送机制，对发现的违法审判线索依法依规处置。",
    ),
    # ------------------------------------------------------------------ 第四章
    ("chapter", "第四章　统一法律适用标准"),
    (
        "article",
        "第十四条|落实类案检索制度。承办法官办理下列案件，应当依照《最高人民法院关于统一法律适用加强类案检索的指导"
        "意见（试行）》检索类案和关联案件，并制作检索报告：",
    ),
    ("point", "（一）拟提交专业法官会议或者审判委员会讨论的；"),
    ("point", "（二）缺乏明确裁判依据或者裁判尺度尚不统一的；"),
    ("point", "（三）院庭长依照审判监督管理权限要求检索的；"),
    ("point", "（四）其他依法应当检索的。"),
    ("point", "检索报告随案归档，作为合议庭评议和院庭长审核案件的参考。"),
    (
        "article",
        "第十五条|健全法律适用分歧解决机制。各基层人民法院发现院内或者不同法院之间在同类案件法律适用上存在分歧的，"
        "应当及时层报市中院研究室。对具有普遍性的分歧问题，由市中院提交审判委员会讨论后统一裁判尺度，必要时报请江苏"
        "高院协调解决。推动与上海市青浦区人民法院、嘉善县人民法院建立跨省域类案裁判标准交流机制，服务长三角一体化"
        "发展。",
    ),
    (
        "article",
        "第十六条|健全审判业务指导机制。市中院围绕金融借款、劳动争议、建设工程等多发案件，分类制定类案审理指引，"
        "定期编发参考案例。苏州知识产权法庭、苏州国际商事法庭应当结合专业审判实践，定期发布审判白皮书和典型案例，"
        "为市场主体提供稳定预期。",
    ),
    (
        "article",
        "第十七条|健全二审改判发回案件沟通反馈机制。市中院对改判、发回重审的案件，应当在裁判文书中充分说明理由，并"
        "通过书面反馈、定期通报等方式及时告知原审法院。对同一审判领域改判发回率持续偏高的，由市中院相关业务庭会同"
        "审判管理办公室开展专项分析，提出改进意见。",
    ),
    # ------------------------------------------------------------------ 第五章
    ("chapter", "第五章　优化审判资源配置"),
    (
        "article",
        "第十八条|深化案件繁简分流。立案阶段依据案由、标的额、当事人数量等要素对案件进行繁简识别，简单案件由速裁团队"
        "集中审理，依法适用小额诉讼程序、简易程序，复杂案件由专业审判团队精细审理。完善刑事案件速裁程序，对认罪认罚"
        "案件依法从简从快审理。支持苏州工业园区人民法院、昆山法院完善民商事案件“门诊式”庭审模式，形成可复制的简案"
        "快审经验。",
    ),
    (
        "article",
        "第十九条|推进审判辅助事务集约化管理。将送达、财产保全、委托鉴定、卷宗归档等事务性工作从审判团队中剥离，"
        "交由审判辅助事务集约中心统一办理。相城区法院、太仓市法院开展审判辅助事务社会化外包试点，明确外包事项范围、"
        "保密要求和质量标准。市中院政治部会同审判管理办公室制定法官助理、书记员管理办法，畅通审判辅助人员职业发展"
        "通道。",
    ),
    (
        "article",
        "第二十条|完善人民陪审员参审机制。严格落实人民陪审员随机抽选制度，对社会影响较大、涉及群体利益或者公共利益"
        "的第一审案件，依法由人民陪审员和法官组成七人合议庭审理。审判长应当就案件事实认定问题向人民陪审员作出必要"
        "提示，人民陪审员对事实认定独立发表意见。吴中区法院、常熟市法院试行人民陪审员参审案件“事实清单”制度。",
    ),
    (
        "article",
        "第二十一条|强化审判监督管理数字化支撑。依托苏州法院一体化办案平台，推动建立审判权力运行数字化监管平台，"
        "实现案件分配、审限变更、阅核流转等节点自动记录、异常自动预警，先行在苏州工业园区开展审判权力运行数字化监管"
        "试点。全面推行电子卷宗随案同步生成，扩大智慧法院建设成果在审判监督管理中的应用。",
    ),
    # ------------------------------------------------------------------ 第六章
    ("chapter", "第六章　强化履职保障和责任落实"),
    (
        "article",
        "第二十二条|完善法官业绩分类考核评价体系。以办案数量、质量、效率和效果为核心，分别设置审判、执行和综合审判"
        "业务岗位的考核指标，树立“重质效、重实绩”的鲜明导向。考核结果作为法官等级晋升、评先评优和员额管理的重要"
        "依据。张家港市人民法院开展审判团队整体绩效考核试点。",
    ),
    (
        "article",
        "第二十三条|健全违法审判责任追究制度。法官在审判工作中故意违反法律法规，或者因重大过失导致裁判错误并造成"
        "严重后果的，依法依规追究违法审判责任。依照《最高人民法院关于完善人民法院司法责任制的若干意见》，有下列情形"
        "之一的，不得作为错案追究责任：（一）对法律、法规、规章、司法解释具体条文的理解和认识不一致，在专业认知范围内"
        "能够予以合理说明的；（二）对案件基本事实的判断存在争议或者疑问，根据现有证据能够予以合理说明的；（三）因出现"
        "新证据而改变裁判的。需要追究法官违法审判责任的，由市中院报请江苏省高级人民法院提请江苏省法官惩戒委员会审议。"
        "完善法官惩戒程序与纪检监察问责程序衔接机制。",
    ),
    (
        "article",
        "第二十四条|健全法官依法履职保护机制。法官依法履职受法律保护，非因法定事由、非经法定程序，不得将法官调离、"
        "辞退或者作出免职、降级等处分。推动建立法官依法履职受到侵害快速处置和澄清正名机制，对利用举报、信访等方式"
        "诬告陷害法官的，依法追究相关人员责任。会同苏州市公安局完善法官及其近亲属人身安全保护机制。",
    ),
    # ------------------------------------------------------------------ 第七章
    ("chapter", "第七章　附则"),
    (
        "article",
        "第二十五条|各基层人民法院应当结合本院实际，于2025年8月31日前制定具体实施方案，报市中院审判管理办公室备案。",
    ),
    (
        "article",
        "第二十六条|本措施由苏州市中级人民法院审判委员会负责解释。市中院此前制定的有关规定与本措施不一致的，以本措施"
        "为准。",
    ),
    ("article", "第二十七条|本措施自2025年7月1日起施行。"),
    ("vspace", "16"),
    ("sign", "苏州市中级人民法院"),
    ("date", "2025年6月20日"),
    ("vspace", "24"),
    ("copy", "抄送：江苏省高级人民法院，中共苏州市委政法委员会，苏州市人民检察院。"),
    ("printed", "苏州市中级人民法院办公室 | 2025年6月23日印发"),
]


class ArticlesDocument(BaseDocTemplate):
    """A4 portrait, GB/T 9704 margins, one frame; the footer carries the page number "- N -", centred."""

    def __init__(self, target):
        super().__init__(
            target,
            pagesize=A4,
            leftMargin=MARGIN_LEFT,
            rightMargin=MARGIN_RIGHT,
            topMargin=MARGIN_TOP,
            bottomMargin=MARGIN_BOTTOM,
            title="苏州市中级人民法院关于深化审判权力运行机制改革的若干措施",
            author="苏州市中级人民法院办公室",
            creator=CREATOR,
            producer=PRODUCER,
            invariant=1,
        )
        frame = Frame(
            MARGIN_LEFT,
            MARGIN_BOTTOM,
            TEXT_W,
            PAGE_H - MARGIN_TOP - MARGIN_BOTTOM,
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
            id="body",
        )
        self.addPageTemplates([PageTemplate(id="page", frames=[frame], onPage=self.footer)])

    def footer(self, c, doc) -> None:
        c.saveState()
        c.setFont(FONT, BODY_SIZE * 0.9)
        c.drawCentredString(PAGE_W / 2.0, MARGIN_BOTTOM - LEADING * 1.3, f"- {c.getPageNumber()} -")
        c.restoreState()


def article_styles() -> dict[str, ParagraphStyle]:
    st = styles()
    st["measures"] = ParagraphStyle(
        "measures", parent=st["title"], fontSize=BODY_SIZE * 1.3, leading=BODY_SIZE * 2.0, keepWithNext=1
    )
    st["note"] = ParagraphStyle(
        "note", parent=st["center"], fontSize=BODY_SIZE * 0.85, leading=LEADING, spaceAfter=LEADING * 0.4
    )
    st["chapter"] = ParagraphStyle(
        "chapter", parent=st["center"], spaceBefore=LEADING * 0.3, spaceAfter=LEADING * 0.2, keepWithNext=1
    )
    return st


def block(tag: str, text: str, st: dict[str, ParagraphStyle]) -> list[Flowable]:
    if tag == "letterhead":
        return [Letterhead(text)]
    if tag == "number":
        return [Spacer(1, LEADING * 0.6), Paragraph(esc(text), st["center"])]
    if tag == "redrule":
        return [Rule(RED, 2.2, 2.0, LEADING * 0.9)]
    if tag == "vspace":
        return [Spacer(1, float(text))]
    if tag == "pagebreak":
        return [PageBreak()]
    if tag == "chapter":
        # a chapter heading is never the last line of a page: it needs itself and two lines of its first article
        return [CondPageBreak(LEADING * 4.0), Paragraph(esc(text), st["chapter"])]
    if tag == "article":
        label, _, body = text.partition("|")
        return [BodyParagraph(esc(label + SPACE + body), st["p"])]
    if tag == "point":
        return [BodyParagraph(esc(text), st["p"])]
    if tag in ("title", "measures", "note", "addressee", "p", "sign", "date"):
        return [Paragraph(esc(text), st[tag])]
    if tag == "copy":
        return [Rule(colors.black, 0.6, 2.0, 2.0), Paragraph(esc(text), st["copy"])]
    if tag == "printed":
        left, _, right = text.partition("|")
        return [
            Rule(colors.black, 0.6, 2.0, 0.0),
            TwoSided(left.strip(), right.strip(), BODY_SIZE * 0.9),
            Rule(colors.black, 0.6, 0.0, 2.0),
        ]
    raise SystemExit(f"unknown tag {tag}")


def flowables(st: dict[str, ParagraphStyle]) -> list[Flowable]:
    out: list[Flowable] = []
    # the last article goes down with the signature and date (a signature never stands alone on a page), and
    # the 抄送 and 印发 lines stay together on one page
    last = max(i for i, (tag, _) in enumerate(BLOCKS) if tag == "article")
    ending: list[Flowable] = []
    closing: list[Flowable] = []
    for i, (tag, text) in enumerate(BLOCKS):
        if tag in ("copy", "printed"):
            closing += block(tag, text, st)
        elif i >= last:
            ending += block(tag, text, st)
        else:
            out += block(tag, text, st)
    out += [KeepTogether(ending), KeepTogether(closing)]
    return out


def render() -> tuple[bytes, int, int]:
    """The PDF, its page count and the number of paragraphs that continue across a page break."""
    buf = io.BytesIO()
    BodyParagraph.carried_over = 0
    doc = ArticlesDocument(buf)
    doc.build(flowables(article_styles()))
    return buf.getvalue(), doc.page, BodyParagraph.carried_over


def main(argv: list[str]) -> int:
    register_font()
    typeset_chinese_punctuation()
    data, pages, carried = render()
    target = DOCUMENTS / f"{NAME}.pdf"
    target.write_bytes(data)
    print(
        f"wrote tests/documents/{target.name} ({len(data):,} bytes, {pages} pages, "
        f"{carried} paragraphs continue across a page break)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
