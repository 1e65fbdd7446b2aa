# ruff: noqa: E501  (the document's paragraphs are kept one per line)
"""Build the Word test document of a city court's reform work points laid out in a borderless two-column table.

Run from the repository root (the output path is the first argument; a second, optional argument also writes
the document's plain text, in reading order, for reference):

    .venv/bin/python tests/documents/generators/docx_layout_table.py tests/documents/fuzhou-2025-gongzuo-yaodian.docx \
        [tests/documents/sources/fuzhou-2025-gongzuo-yaodian.docx.txt]

It writes 福州市中级人民法院's 2025 work points (fictional content; real court, district and county courts, places
and bodies). The output is deterministic: fixed document properties and fixed zip timestamps, so a rebuild
without changes is byte-identical. Needs only python-docx (and the standard library).

What real-world layout it imitates: a 通知 typed in Word by a court office clerk who lines the work points up
with a table instead of with indents or list numbering — a common habit in city and county courts, where the
number column keeps "1." "2." … flush and the text column wraps neatly under itself:

- A4 portrait, 公文 margins (3.7/3.5/2.8/2.6 cm), 仿宋_GB2312 三号 body text with 28 pt fixed line spacing, no
  letterhead; the document number (榕中法〔2025〕16号) centred on its own line, the 通知's title in
  方正小标宋简体 二号, the addressee line flush left, one cover paragraph indented two characters;
- then the plan's own title (2025年全市法院司法改革工作要点), centred, and ONE preamble paragraph;
- then ONE table of two columns, used for layout and not for data: no header row, no borders at all
  (w:tblBorders with top/left/bottom/right/insideH/insideV set to "none", and every cell's w:tcBorders "nil"),
  a fixed layout (w:tblLayout fixed) with a narrow left column (1.5 cm) and a wide right one (14.1 cm);
- each work point is one row: the left cell holds its number typed by hand ("1." … "30.", numbered straight
  through the whole plan, one of them typed full-width "１８．" as it is when the input method is left in
  full-width mode), the right cell holds the point's text; some cells hold two paragraphs (a second paragraph
  of measures); the first sentence of a point is its title, not set apart in any way;
- section headings come in two shapes, mixed the way a careless author mixes them after copying rows around:
  either a row whose left cell holds "一、" (黑体) and whose right cell holds the heading in bold, or a row whose
  two cells are merged (w:gridSpan 2) into one cell that holds the whole heading "二、全面准确落实司法责任制" in
  bold; one empty spacer row (both cells empty) sits before section 四;
- after the table, ordinary paragraphs again: the closing paragraph, the signature and the date (right-aligned),
  and the 抄送 and 印发 lines between two horizontal rules (paragraph borders), as at the foot of a 公文;
- the footer carries a "— PAGE —" field.
"""

from __future__ import annotations

import datetime as dt
import io
import sys
import zipfile
from pathlib import Path

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Pt

FANGSONG = "仿宋_GB2312"
HEITI = "黑体"
XIAOBIAOSONG = "方正小标宋简体"
WHEN = dt.datetime(2025, 3, 7, 9, 0, 0)

DOCNO = "榕中法〔2025〕16号"
NOTICE_TITLE = "福州市中级人民法院关于印发《2025年全市法院司法改革工作要点》的通知"
ADDRESSEES = "各县（市、区）人民法院，本院各部门："
COVER = "现将《2025年全市法院司法改革工作要点》印发给你们，请结合实际认真贯彻落实。贯彻落实中遇到的重要情况和问题，请及时报告本院司法改革办公室。"
PLAN_TITLE = "2025年全市法院司法改革工作要点"
PREAMBLE = "2025年是“十四五”规划收官之年，也是深入实施人民法院第六个五年改革纲要的关键之年。全市法院司法改革工作的总体要求是：坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大和二十届三中全会精神，深入践行习近平法治思想，认真落实最高人民法院、福建高院和市委关于深化司法体制综合配套改革的部署，围绕加快建设现代化国际城市、服务两岸融合发展，以全面准确落实司法责任制为牵引，推动改革举措系统集成、协同高效，努力让人民群众在每一个司法案件中感受到公平正义。现提出如下工作要点。"

# The table. ("sec", numeral, heading): a two-cell heading row; ("secm", text): a merged (gridSpan) heading row;
# ("item", number as typed, [paragraphs]); ("blank",): an empty spacer row.
ROWS: list[tuple] = [
    ("sec", "一、", "服务保障现代化国际城市建设和两岸融合发展"),
    (
        "item",
        "1.",
        [
            "深化涉台司法服务机制改革。完善闽台融合发展司法保障机制，健全台胞参与纠纷化解和司法监督工作机制，扩大台胞人民陪审员、特邀调解员选任范围。",
            "支持马尾区法院开展涉台商事纠纷“一站式”化解试点，推动建立诉讼与仲裁衔接平台，与海峡两岸仲裁中心实现涉台案件委托调解、仲裁确认在线办理。",
        ],
    ),
    (
        "item",
        "2.",
        [
            "强化福州新区和福州都市圈建设司法保障。健全重大项目涉诉风险预警和快速审理机制，支持长乐区法院、福清市法院在涉外商事审判领域先行先试。完善国际商事纠纷诉讼、调解、仲裁有机衔接机制，推动设立福州国际商事调解中心。",
        ],
    ),
    (
        "item",
        "3.",
        [
            "加强数字经济领域司法保护。服务数字中国建设峰会永久举办地建设，完善数据权益司法保护规则和数字经济领域知识产权快速维权机制。指导鼓楼区法院、福清市法院深化知识产权“三合一”审判机制改革，健全技术调查官、技术咨询专家共同参与的技术事实查明体系。",
        ],
    ),
    (
        "item",
        "4.",
        [
            "健全闽江流域生态环境司法保护机制。完善闽江流域环境资源案件集中管辖和跨区域协作机制，由闽侯县法院、闽清县法院、永泰县法院共同建立流域生态修复联动机制。",
            "支持连江县法院开展海洋生态环境司法保护试点，探索“海上枫桥”海事渔业纠纷化解模式。",
        ],
    ),
    (
        "item",
        "5.",
        [
            "健全破产审判府院联动机制。会同市发展改革委、市市场监管局完善企业破产处置府院联动常态化工作机制，推动破产援助资金纳入财政预算。深化预重整制度改革，指导仓山区法院试行小微企业简易破产程序，对“无产可破”案件实行快速审理。",
        ],
    ),
    ("secm", "二、全面准确落实司法责任制"),
    (
        "item",
        "6.",
        [
            "健全审判权力运行制约监督体系。对照《最高人民法院关于完善人民法院司法责任制的若干意见》，修订《福州市中级人民法院审判监督管理权责清单》，细化院庭长监督管理的范围和方式，监督管理意见一律在线签署、附卷备查。",
        ],
    ),
    (
        "item",
        "7.",
        [
            "全面落实院庭长阅核制度。制定裁判文书阅核工作细则，合理确定阅核案件范围，阅核意见与合议庭意见不一致的，按程序提请专业法官会议讨论。",
            "院庭长阅核情况纳入审判监督管理考评，每半年通报一次。",
        ],
    ),
    (
        "item",
        "8.",
        [
            "规范审判委员会和专业法官会议运行。健全案件提交审判委员会讨论前的分级过滤程序，完善专业法官会议工作规则，引导审判委员会集中讨论法律适用问题。",
        ],
    ),
    (
        "item",
        "9.",
        [
            "优化员额配置和审判团队组建。完善法官员额动态调整和退出机制，员额向案件数量多的鼓楼区法院、仓山区法院、晋安区法院倾斜。推行“1名员额法官+N名辅助人员”的审判团队配置模式，审判团队按专业领域相对固定。",
        ],
    ),
    (
        "item",
        "10.",
        [
            "健全法官惩戒与履职保障衔接机制。配合福建省法官惩戒委员会做好惩戒案件审查工作，建立法官因依法履职受到不实举报的澄清正名机制。严格执行防止干预司法“三个规定”，落实干预过问案件月度“零报告”制度。",
        ],
    ),
    (
        "item",
        "11.",
        [
            "深化审判管理现代化改革。落实审判质量管理指标体系，建立全市法院审判质效运行态势季度分析研判机制，对长期未结案件实行挂牌督办。市中院每半年组织一次跨院交叉检查，健全案件质量评查结果运用制度。",
        ],
    ),
    ("sec", "三、", "深化诉讼制度改革"),
    (
        "item",
        "12.",
        [
            "健全类型化案件速裁快审机制。以金融借款、物业服务、道路交通事故纠纷为重点推行要素式审判，支持台江区法院、晋安区法院试行“门诊式”速裁庭审。规范小额诉讼程序适用，对符合条件的案件一次开庭、当庭宣判。",
        ],
    ),
    (
        "item",
        "13.",
        [
            "推进庭审实质化改革。落实庭前会议、非法证据排除、法庭调查“三项规程”，提高证人、鉴定人出庭作证率。会同市检察院、市公安局、市司法局完善刑事案件律师辩护全覆盖工作机制，支持罗源县法院开展刑事案件远程视频提讯试点。",
        ],
    ),
    (
        "item",
        "14.",
        [
            "推动行政争议实质性化解。依托市行政争议协调化解中心，引导当事人在立案前协商和解；健全行政机关负责人出庭应诉情况季度通报制度。深化行政审判与行政复议衔接机制，联合市司法局发布行政复议与行政诉讼典型案例。",
        ],
    ),
    (
        "item",
        "15.",
        [
            "深化家事审判方式和工作机制改革。推广离婚案件财产申报制度，支持闽清县法院、永泰县法院开展家事调查员和心理疏导员参与家事纠纷化解试点。会同市公安局、市民政局健全反家暴协作机制。",
        ],
    ),
    (
        "item",
        "16.",
        [
            "完善涉外涉侨商事审判机制。健全涉侨纠纷多元化解机制，支持福清市法院、长乐区法院设立涉侨纠纷调解工作室，推动建立侨界人士担任特邀调解员的选聘机制。",
            "完善域外法查明和适用工作机制，依托福建师范大学法学院建立外国法查明协作平台。",
        ],
    ),
    (
        "item",
        "17.",
        [
            "深化人民陪审员制度改革。完善人民陪审员随机抽选和参审案件管理机制，建立人民陪审员履职评价制度。",
            "在七人合议庭审理的案件中，人民陪审员对事实认定独立发表意见并行使表决权。",
        ],
    ),
    ("blank",),
    ("sec", "四、", "健全诉源治理和一站式诉讼服务体系"),
    (
        "item",
        "１８．",
        [
            "深化诉源治理机制改革。坚持和发展新时代“枫桥经验”，推动建立人民法庭与乡镇（街道）综治中心、派出所、司法所联调联处机制。支持永泰县法院、罗源县法院开展“无讼村居”创建试点，总结推广“一村一法官”工作经验。",
        ],
    ),
    (
        "item",
        "19.",
        [
            "健全诉调对接工作机制。深化与市律师协会、福州仲裁委员会的协作，完善特邀调解名册管理制度。推动人民法院调解平台进乡村、进社区、进网格，诉前委派调解案件全部通过平台流转。",
        ],
    ),
    (
        "item",
        "20.",
        [
            "完善跨域诉讼服务机制。全面推行跨域立案诉讼服务，实现全市法院诉讼服务事项“一网通办”，将诉讼服务延伸至人民法庭和村（社区）。",
        ],
    ),
    (
        "item",
        "21.",
        [
            "完善司法救助与社会救助衔接机制。推动设立市级司法救助专项资金，对因案致贫返贫的当事人及时救助。落实诉访分离，依法导入涉法涉诉信访终结程序。",
        ],
    ),
    ("secm", "五、深化执行体制机制改革"),
    (
        "item",
        "22.",
        [
            "健全执行权分段制约机制。在执行指挥中心统一调度下，推行财产查控、评估拍卖、案款发放等环节分段办理、相互监督。",
            "执行案款实行集中管理、限时发放，超期未发放的自动预警。",
        ],
    ),
    (
        "item",
        "23.",
        [
            "完善执行联动协作机制。会同市委政法委将被执行人下落和财产线索排查纳入基层网格化管理，建立网格员协助查人找物工作机制。与莆田法院、宁德法院、南平法院互相委托办理财产查控、送达等执行事项，推动建立闽东北协同发展区执行事项委托平台。",
        ],
    ),
    (
        "item",
        "24.",
        [
            "规范涉企执行强制措施适用。对生产经营暂时困难的被执行企业审慎采取查封、冻结措施，依法灵活适用“活封活扣”。完善失信被执行人信用修复激励机制，健全终本案件定期筛查和恢复执行机制。",
        ],
    ),
    (
        "item",
        "25.",
        [
            "畅通执行转破产通道。健全执行案件移送破产审查机制，对符合条件的“僵尸企业”及时移送破产审查。支持福清市法院试点执行与破产案件一体化办理，及时总结试点经验。",
        ],
    ),
    ("sec", "六、", "推进数字法院建设和改革配套保障"),
    (
        "item",
        "26.",
        [
            "深化数字法院建设。依托福建法院一体化办案平台推行全流程网上办案，支持仓山区法院、闽侯县法院试行电子卷宗单套制归档。推动建立法院与公安、不动产登记部门的跨部门数据共享机制，实现查控信息实时交互。",
        ],
    ),
    (
        "item",
        "27.",
        [
            "稳妥推进人工智能辅助审判。支持鼓楼区法院开展裁判文书智能辅助生成和类案智能推送应用试点，建立人工智能司法应用风险评估和安全管理制度，人工智能辅助结果仅作为审判工作参考。",
        ],
    ),
    (
        "item",
        "28.",
        [
            "健全统一法律适用工作机制。落实类案和关联案件强制检索制度，建立法律适用分歧发现与解决机制。本院每季度编发《榕城审判参考》，及时向福建高院报送人民法院案例库入库备选案例。",
        ],
    ),
    (
        "item",
        "29.",
        [
            "健全改革任务台账管理和督察问效机制。实行改革任务清单化管理、项目化推进，本院司法改革办公室按季度通报各单位改革进展。委托高校对各基层法院改革落实情况进行评估，评估结果纳入年度绩效考评。",
        ],
    ),
    (
        "item",
        "30.",
        [
            "完善审判辅助人员分类管理制度。健全法官助理职级晋升和交流培养机制，推动聘用制书记员统一招录、集中管理。与闽江学院共建司法实务人才培养基地，定向培养法官助理后备人才。",
        ],
    ),
]

CLOSING = [
    "各基层人民法院、本院各部门要切实扛起改革主体责任，主要负责同志要亲自部署、亲自协调，结合实际细化落实措施，确保各项改革任务按期落地见效。各基层人民法院请于2025年6月30日、12月15日前，分别将半年和全年改革工作情况报送本院司法改革办公室。",
]
SIGNATURE = "福州市中级人民法院"
DATE = "2025年3月7日"
COPY_TO = "抄送：福建省高级人民法院司法改革办公室，市委政法委。"
PRINTED = "福州市中级人民法院办公室　　　　　　　　2025年3月10日印发"


# ---------------------------------------------------------------- formatting helpers


def set_fonts(target, east_asian: str, size: float | None = None, bold: bool | None = None) -> None:
    font = target.font
    font.name = "Times New Roman"
    if size is not None:
        font.size = Pt(size)
    if bold is not None:
        font.bold = bold
    rpr = target.element.get_or_add_rPr()
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        rpr.insert(0, fonts)
    fonts.set(qn("w:eastAsia"), east_asian)
    fonts.set(qn("w:ascii"), "Times New Roman")
    fonts.set(qn("w:hAnsi"), "Times New Roman")


def add_run(paragraph, text: str, east_asian: str = FANGSONG, size: float | None = None, bold=None):
    run = paragraph.add_run(text)
    set_fonts(run, east_asian, size, bold)
    return run


def para(
    container,
    text: str = "",
    align=None,
    indent: bool = False,
    east_asian: str = FANGSONG,
    size: float | None = None,
    bold=None,
    first=False,
):
    p = container.paragraphs[0] if first else container.add_paragraph()
    if align is not None:
        p.alignment = align
    if indent:
        p.paragraph_format.first_line_indent = Pt(32)
    if text:
        add_run(p, text, east_asian, size, bold)
    return p


def rule(paragraph, where: str) -> None:
    """A horizontal rule above or below the paragraph (paragraph border), as at a 公文's foot."""
    ppr = paragraph._p.get_or_add_pPr()
    ppr.append(
        parse_xml(f'<w:pBdr {nsdecls("w")}><w:{where} w:val="single" w:sz="6" w:space="1" w:color="000000"/></w:pBdr>')
    )


def add_page_field(paragraph) -> None:
    add_run(paragraph, "— ", size=14)
    for kind, text in (("begin", None), (None, " PAGE "), ("separate", None)):
        run = paragraph.add_run()
        set_fonts(run, FANGSONG, 14)
        if kind:
            el = OxmlElement("w:fldChar")
            el.set(qn("w:fldCharType"), kind)
        else:
            el = OxmlElement("w:instrText")
            el.set(qn("xml:space"), "preserve")
            el.text = text
        run._r.append(el)
    add_run(paragraph, "1", size=14)
    run = paragraph.add_run()
    set_fonts(run, FANGSONG, 14)
    end = OxmlElement("w:fldChar")
    end.set(qn("w:fldCharType"), "end")
    run._r.append(end)
    add_run(paragraph, " —", size=14)


def no_borders(table) -> None:
    tblpr = table._tbl.tblPr
    for old in tblpr.findall(qn("w:tblBorders")):
        tblpr.remove(old)
    borders = parse_xml(
        f"<w:tblBorders {nsdecls('w')}>"
        '<w:top w:val="none" w:sz="0" w:space="0" w:color="auto"/>'
        '<w:left w:val="none" w:sz="0" w:space="0" w:color="auto"/>'
        '<w:bottom w:val="none" w:sz="0" w:space="0" w:color="auto"/>'
        '<w:right w:val="none" w:sz="0" w:space="0" w:color="auto"/>'
        '<w:insideH w:val="none" w:sz="0" w:space="0" w:color="auto"/>'
        '<w:insideV w:val="none" w:sz="0" w:space="0" w:color="auto"/>'
        "</w:tblBorders>"
    )
    # CT_TblPr's sequence: … tblW, jc, tblCellSpacing, tblInd, tblBorders, shd, tblLayout, tblCellMar, tblLook
    anchor = tblpr.find(qn("w:jc"))
    if anchor is None:
        anchor = tblpr.find(qn("w:tblW"))
    anchor.addnext(borders)
    if tblpr.find(qn("w:tblLayout")) is None:
        borders.addnext(parse_xml(f'<w:tblLayout {nsdecls("w")} w:type="fixed"/>'))


def cell_setup(cell, width) -> None:
    cell.width = width
    tcpr = cell._tc.get_or_add_tcPr()
    tcpr.append(
        parse_xml(
            f'<w:tcBorders {nsdecls("w")}><w:top w:val="nil"/><w:left w:val="nil"/>'
            '<w:bottom w:val="nil"/><w:right w:val="nil"/></w:tcBorders>'
        )
    )


# ---------------------------------------------------------------- the document


def build_table(doc) -> None:
    widths = (Cm(1.5), Cm(14.1))
    table = doc.add_table(rows=len(ROWS), cols=2)
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    table.autofit = False  # writes w:tblLayout fixed
    no_borders(table)
    grid = table._tbl.tblGrid
    for col, w in zip(grid.findall(qn("w:gridCol")), widths, strict=True):
        col.set(qn("w:w"), str(int(w.twips)))
    for row, spec in zip(table.rows, ROWS, strict=True):
        left, right = row.cells
        cell_setup(left, widths[0])
        cell_setup(right, widths[1])
        kind = spec[0]
        if kind == "sec":
            para(left, spec[1], east_asian=HEITI, first=True)
            para(right, spec[2], bold=True, first=True)
        elif kind == "secm":
            merged = left.merge(right)
            para(merged, spec[1], bold=True, first=True)
        elif kind == "item":
            para(left, spec[1], first=True)
            for i, text in enumerate(spec[2]):
                para(right, text, align=WD_ALIGN_PARAGRAPH.JUSTIFY, first=(i == 0))
        elif kind == "blank":
            pass
        else:
            raise SystemExit(f"unknown row kind {kind}")


def build() -> Document:
    doc = Document()
    normal = doc.styles["Normal"]
    set_fonts(normal, FANGSONG, 16)
    normal.paragraph_format.line_spacing = Pt(28)
    normal.paragraph_format.space_after = Pt(0)
    normal.paragraph_format.space_before = Pt(0)
    set_fonts(doc.styles["Footer"], FANGSONG, 14)

    section = doc.sections[0]
    section.page_width, section.page_height = Cm(21), Cm(29.7)
    section.top_margin, section.bottom_margin = Cm(3.7), Cm(3.5)
    section.left_margin, section.right_margin = Cm(2.8), Cm(2.6)
    footer = section.footer.paragraphs[0]
    footer.alignment = WD_ALIGN_PARAGRAPH.CENTER
    add_page_field(footer)

    first = doc.paragraphs[0] if doc.paragraphs else doc.add_paragraph()
    first.alignment = WD_ALIGN_PARAGRAPH.CENTER
    add_run(first, DOCNO)
    para(doc)
    para(doc, NOTICE_TITLE, align=WD_ALIGN_PARAGRAPH.CENTER, east_asian=XIAOBIAOSONG, size=22)
    para(doc)
    para(doc, ADDRESSEES)
    para(doc, COVER, indent=True)
    para(doc)
    para(doc, PLAN_TITLE, align=WD_ALIGN_PARAGRAPH.CENTER, east_asian=XIAOBIAOSONG, size=22)
    para(doc)
    para(doc, PREAMBLE, indent=True)
    build_table(doc)
    for text in CLOSING:
        para(doc, text, indent=True)
    para(doc)
    sign = para(doc, SIGNATURE, align=WD_ALIGN_PARAGRAPH.RIGHT)
    sign.paragraph_format.right_indent = Pt(64)
    date = para(doc, DATE, align=WD_ALIGN_PARAGRAPH.RIGHT)
    date.paragraph_format.right_indent = Pt(80)
    para(doc)
    copy_to = para(doc, COPY_TO, size=14)
    rule(copy_to, "top")
    printed = para(doc, PRINTED, size=14)
    rule(printed, "bottom")

    props = doc.core_properties
    props.author = "福州市中级人民法院"
    props.last_modified_by = "研究室"
    props.title = PLAN_TITLE
    props.created = WHEN
    props.modified = WHEN
    props.last_printed = WHEN
    props.revision = 3
    props.comments = ""
    props.keywords = ""
    return doc


def plain_text() -> str:
    """The document's text in reading order, one paragraph a line (the table row by row, left cell first)."""
    lines = [DOCNO, NOTICE_TITLE, ADDRESSEES, COVER, PLAN_TITLE, PREAMBLE]
    for spec in ROWS:
        if spec[0] == "sec":
            lines += [spec[1], spec[2]]
        elif spec[0] == "secm":
            lines.append(spec[1])
        elif spec[0] == "item":
            lines.append(spec[1])
            lines += spec[2]
    lines += [*CLOSING, SIGNATURE, DATE, COPY_TO, PRINTED]
    return "\n".join(lines) + "\n"


def write_deterministic(data: bytes, out: Path, when: dt.datetime) -> None:
    """Re-zip with a fixed timestamp so that a rebuild is byte-identical."""
    stamp = (when.year, when.month, when.day, 0, 0, 0)
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            fixed = zipfile.ZipInfo(info.filename, date_time=stamp)
            fixed.compress_type = zipfile.ZIP_DEFLATED
            fixed.external_attr = 0o644 << 16
            dst.writestr(fixed, src.read(info.filename))


def main(argv: list[str]) -> int:
    if len(argv) < 2:
        print(__doc__.split("\n\n")[1], file=sys.stderr)
        return 2
    out = Path(argv[1])
    buffer = io.BytesIO()
    build().save(buffer)
    out.parent.mkdir(parents=True, exist_ok=True)
    write_deterministic(buffer.getvalue(), out, WHEN)
    print(f"wrote {out}")
    if len(argv) > 2:
        Path(argv[2]).write_text(plain_text(), encoding="utf-8")
        print(f"wrote {argv[2]}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
