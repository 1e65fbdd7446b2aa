# ruff: noqa: E501  (BLOCKS holds the document's paragraphs, one per entry)
"""Build the Word test document of a court's 实施办法 written as chapters and articles, sent out with an 印发 notice.

Run from the repository root:

    .venv/bin/python tests/documents/generators/docx_articles.py tests/documents/beijinghulianwang-2025-shishi-banfa.docx

The first command-line argument is the output path (default: beijinghulianwang-2025-shishi-banfa.docx next to this
script); an optional second argument is where to write the document's plain text (the .source.txt kept next to the
gold file). Content is fictional (real court, real courts, bodies and places, real national reform vocabulary); the
text is kept in BLOCKS below. The output is deterministic: fixed core and app properties, no thumbnail, fixed zip
entry order and timestamps, so a rebuild without changes is byte-identical. Needs python-docx and lxml only.

What real-world layout it imitates: a 下行文 of a specialised court (北京互联网法院) as its 办公室 types it in Word
from the 公文 template (GB/T 9704-2012 《党政机关公文格式》) and circulates it to the court's own departments — a
short 印发 notice whose attachment is a set of measures written like a regulation, in chapters and articles
(实施办法 / 实施细则 / 若干规定), the way courts publish their internal reform rules:

- page A4, margins 3.7 / 3.5 / 2.8 / 2.6 cm (top / bottom / left / right), a document grid of 22 lines; the
  Normal style is 仿宋_GB2312 三号 (16 pt) at an exact 28 pt line pitch; no running header on any page;
- the notice: the red 发文机关标志 北京互联网法院文件 (方正小标宋简体, red, centred) as an ordinary paragraph,
  the document number 京互法发〔2025〕9号 centred above a red rule (the paragraph's thick red bottom border),
  the title 北京互联网法院关于印发《…》的通知 (方正小标宋简体 二号, centred), the addressees 院属各部门：
  flush left, one body paragraph with a two-character first-line indent, the 附件： line, and the signature and
  date right-aligned with a four-character right indent;
- the attachment starts on a new page through the paragraph property "page break before" on its first
  paragraph (附件, 黑体, flush left), not through a section break; then the measures' title (方正小标宋简体 二号,
  centred) and the line saying when the 审判委员会 adopted them (楷体_GB2312, centred);
- seven chapters 第一章 总则 … 第七章 附则, each heading a centred, bold 黑体 paragraph of its own with the
  full-width space 第X章　…; 33 articles 第一条 … 第三十三条 numbered continuously across the chapters, each
  one body paragraph (two-character first-line indent, justified) whose first run is the article number in 黑体
  followed by a full-width space, the rest in 仿宋_GB2312; three articles list their cases （一）（二）（三）
  as paragraphs of their own, followed by a further paragraph of the same article;
- the 版记 after the last article, as paragraphs with rules: the 抄送 line (thin rule above) and the 印发机关 /
  印发日期 line (北京互联网法院办公室 left, the date at a right tab stop, thin rules above and below);
- footers with the page number as a real PAGE field in the 公文 style "— N —" (宋体 四号), odd pages right and
  even pages left (w:evenAndOddHeaders), empty headers;
- docProps/app.xml naming Microsoft Office Word, core properties with the office as author.
"""

from __future__ import annotations

import datetime as dt
import io
import re
import sys
import zipfile
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING, WD_TAB_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

HERE = Path(__file__).resolve().parent
NAME = "beijinghulianwang-2025-shishi-banfa"
CREATED = dt.datetime(2025, 4, 14, 9, 12, 0)
MODIFIED = dt.datetime(2025, 4, 16, 16, 40, 0)
COURT = "北京互联网法院"
TITLE = "北京互联网法院深化诉讼制度改革实施办法"

FANGSONG = "仿宋_GB2312"
HEITI = "黑体"
KAITI = "楷体_GB2312"
XIAOBIAOSONG = "方正小标宋简体"
SONGTI = "宋体"
RED = RGBColor(0xFF, 0x00, 0x00)
SPACE = "\u3000"  # the full-width space typed after 第X条 and 第X章

# The document, one block per entry: (tag, text). Tags: letterhead, number (with the red rule under it), title
# (the notice's title), addressee, p (a body paragraph of the notice), attach (the 附件： line), sign, date,
# annex (the word 附件 on a new page), measures (the measures' title), note (the line under it), chapter,
# article ("第X条|text"), point (a paragraph of the article before it), copy (抄送), printed ("left|right").
BLOCKS: list[tuple[str, str]] = [
    ("letterhead", "北京互联网法院文件"),
    ("number", "京互法发〔2025〕9号"),
    ("title", "北京互联网法院关于印发《北京互联网法院深化诉讼制度改革实施办法》的通知"),
    ("addressee", "院属各部门："),
    (
        "p",
        "《北京互联网法院深化诉讼制度改革实施办法》已经院党组会议和审判委员会2025年第6次全体会议审议通过，现印发给你们，请结合工作实际认真贯彻落实。贯彻落实中遇到的重要情况和问题，请及时报告审判管理办公室（司法改革办公室）。",
    ),
    ("attach", "附件：北京互联网法院深化诉讼制度改革实施办法"),
    ("sign", "北京互联网法院"),
    ("date", "2025年4月16日"),
    ("annex", "附件"),
    ("measures", TITLE),
    ("note", "（2025年4月10日北京互联网法院审判委员会第6次全体会议通过）"),
    # ------------------------------------------------------------------ 第一章
    ("chapter", "第一章　总则"),
    (
        "article",
        "第一条|为深入贯彻党的二十届三中全会关于深化司法体制改革的决策部署，全面落实《最高人民法院关于全面深化人民法院改革的意见——人民法院第六个五年改革纲要（2024—2028）》，持续深化互联网司法改革，根据《中华人民共和国民事诉讼法》《人民法院在线诉讼规则》等法律和司法解释，结合本院工作实际，制定本办法。",
    ),
    (
        "article",
        "第二条|本院推进本办法确定的各项改革，坚持以习近平新时代中国特色社会主义思想为指导，深入贯彻习近平法治思想，坚守“网上案件网上审”的职能定位，以构建规则统一、平台协同、数据安全的互联网司法模式为目标，推动互联网司法从技术应用向规则治理转变，为首都数字经济高质量发展提供有力司法服务和保障。",
    ),
    (
        "article",
        "第三条|本院成立深化诉讼制度改革领导小组，由院长任组长，统筹推进本办法确定的各项改革任务。领导小组日常工作由审判管理办公室（司法改革办公室）承担，负责改革任务的分解、督办和评估，主动争取北京市委政法委的指导支持。建立改革任务台账管理制度，对各项任务明确责任部门和完成时限，实行清单化管理、项目化推进、销号式落实。",
    ),
    # ------------------------------------------------------------------ 第二章
    ("chapter", "第二章　完善在线诉讼规则"),
    (
        "article",
        "第四条|健全在线诉讼当事人自主选择机制。依照《人民法院在线诉讼规则》，在线诉讼以当事人同意为前提，当事人可以在立案、调解、庭审、送达等环节分别选择在线或者线下方式进行。一方当事人同意在线诉讼、另一方当事人不同意的，可以采取一方在线、另一方线下的方式审理。当事人已同意在线诉讼又反悔的，应当说明理由，无正当理由的，不影响已经完成的诉讼行为的效力。",
    ),
    (
        "article",
        "第五条|完善在线庭审程序规则。明确在线庭审的身份核验、庭审环境、网络中断处理和违反庭审纪律的法律后果，制定在线庭审纪律规程，对擅自退出庭审、使用虚拟背景干扰庭审、未经许可录制传播庭审音视频等行为依法处理。证人在线作证的，应当保证其在单独场所参与庭审，不得旁听案件审理。",
    ),
    (
        "article",
        "第六条|规范非同步审理模式。经全部当事人同意，适用小额诉讼程序或者简易程序审理的下列案件，可以采取非同步审理方式：",
    ),
    ("point", "（一）网络购物合同纠纷；"),
    ("point", "（二）网络服务合同纠纷；"),
    ("point", "（三）事实清楚、争议不大的网络侵权责任纠纷。"),
    (
        "point",
        "审理过程中当事人申请同步开庭，或者案件不宜继续采用非同步方式审理的，应当转为同步审理。本院在网络服务合同纠纷中开展非同步审理扩大适用试点，适时总结完善。",
    ),
    (
        "article",
        "第七条|完善在线诉讼行为效力认定规则。当事人通过北京互联网法院电子诉讼平台在线实施的诉讼行为，与线下诉讼行为具有同等法律效力。当事人在线提交的电子化材料，经审核通过后可以直接在诉讼中使用；对方当事人对电子化材料真实性提出异议且有合理理由的，应当要求提交原件。",
    ),
    (
        "article",
        "第八条|健全在线诉讼诚信体系。对冒用他人身份完成在线身份认证、伪造篡改电子证据、无正当理由中途退出庭审等行为，依法予以训诫、罚款、拘留；构成犯罪的，依法追究刑事责任。会同北京市人民检察院建立涉网虚假诉讼线索双向移送机制，加大对批量虚构网络交易、恶意诉讼等行为的甄别和惩治力度。",
    ),
    # ------------------------------------------------------------------ 第三章
    ("chapter", "第三章　深化电子送达和电子证据规则"),
    ("article", "第九条|深化电子送达机制改革。依托人民法院统一送达平台，按照下列规则开展电子送达："),
    ("point", "（一）受送达人同意电子送达的，向其确认的电子邮箱、即时通讯账号或者手机号码送达；"),
    ("point", "（二）受送达人在诉讼前对适用电子送达已作出约定的，可以向约定的地址送达；"),
    ("point", "（三）受送达人未明确同意，但已通过回复、在线提交材料等方式表明已经收悉的，可以视为同意电子送达。"),
    (
        "point",
        "制定电子送达操作细则，统一送达文书范围、送达时点计算和送达失败后的补救措施。推动与北京市大数据中心建立送达地址信息共享机制。会同北京市通信管理局建立电子送达号码实名核验机制，提高电子送达成功率。",
    ),
    (
        "article",
        "第十条|完善涉外案件送达机制。对在我国境内没有住所的当事人，依照《最高人民法院关于涉外民事或商事案件司法文书送达问题若干规定》确定送达方式；受送达人所在国法律允许的，试行跨境电子送达，并通过截图、回执等方式在线留存送达过程。受送达人为境外网络平台企业的，可以向其在我国境内设立的代表机构送达。",
    ),
    (
        "article",
        "第十一条|健全区块链电子证据审查规则。依照《最高人民法院关于加强区块链司法应用的意见》，依托“天平链”电子证据平台，对当事人提交的区块链存证数据进行在线核验。经核验一致的，除有相反证据足以推翻外，推定其自上链后未经篡改。推动建立区块链存证跨链互认机制，与公证、仲裁、版权登记等机构实现区块链存证数据跨链验证。",
    ),
    (
        "article",
        "第十二条|完善电子数据取证、存证、示证规则。对当事人提交的网页截图、聊天记录、电子交易记录等电子数据，重点审查其生成、收集、存储、传输过程的真实性、完整性和合法性。当事人因客观原因不能自行收集由网络服务提供者保存的电子数据的，可以申请依法调取。会同北京市司法局完善电子数据司法鉴定委托程序，缩短鉴定周期。",
    ),
    # ------------------------------------------------------------------ 第四章
    ("chapter", "第四章　健全网络空间治理和数据权益保护审判机制"),
    (
        "article",
        "第十三条|健全网络纠纷示范性裁判机制。对涉及众多用户、争议焦点相同的下列纠纷，选取具有代表性的案件先行审理、先行判决：",
    ),
    ("point", "（一）网络平台格式条款纠纷；"),
    ("point", "（二）网络游戏、网络直播服务合同纠纷；"),
    ("point", "（三）个人信息批量泄露引发的侵权纠纷。"),
    (
        "point",
        "示范案件裁判生效后，对平行案件当事人开展示范调解，建立“示范裁判+在线批量化解”工作模式。示范裁判认定的事实，平行案件当事人无相反证据足以推翻的，可以直接认定。",
    ),
    (
        "article",
        "第十四条|完善数据权益司法保护规则。围绕北京建设全球数字经济标杆城市，依法审理数据确权、数据交易、数据不正当竞争等纠纷，合理确定数据持有、加工使用和产品经营等权益边界。本院开展公共数据授权运营纠纷集中审理试点，总结形成可复制的审理经验。",
    ),
    (
        "article",
        "第十五条|健全个人信息保护纠纷审理机制。依照《中华人民共和国个人信息保护法》，准确认定个人信息处理者的告知同意、最小必要等义务，依法支持个人信息主体的查阅、复制、删除等权利请求。在综合审判一庭试行个人信息保护纠纷要素式审判模式，统一同类案件的诉讼引导和裁判文书格式。",
    ),
    (
        "article",
        "第十六条|推动平台企业数据合规治理。结合审理的典型案件，定期发布平台企业数据合规指引，通过司法建议、审判白皮书等方式，推动平台企业健全数据收集、算法推荐和未成年人保护等环节的合规管理。会同北京市互联网信息办公室建立涉网数据合规问题通报会商机制，对审判中发现的苗头性、倾向性问题及时通报。",
    ),
    (
        "article",
        "第十七条|完善涉算法纠纷审理规则。针对算法歧视、“大数据杀熟”、算法推荐侵害劳动者权益等问题，依法审查算法设计、部署和运行的合法性、合理性，制定涉算法纠纷审理指引。会同中国人民大学、清华大学等高校开展算法治理司法应用研究。",
    ),
    (
        "article",
        "第十八条|健全涉未成年人网络纠纷审理机制。对涉未成年人网络打赏、网络游戏充值、个人信息保护等纠纷，依法支持监护人的合理请求，督促网络平台落实未成年人保护义务。本院与石景山区法院联合开展涉未成年人网络纠纷“圆桌审判”试点，邀请教育、心理等专业人员参与庭审和回访。",
    ),
    (
        "article",
        "第十九条|健全网络空间治理司法协同机制。会同北京市通信管理局、首都互联网协会建立网络违法信息处置联动机制，对审判中发现的网络黑灰产线索、违法违规信息及时移送处置。支持首都互联网协会设立网络纠纷调解中心，推动行业纠纷在行业内部化解。",
    ),
    # ------------------------------------------------------------------ 第五章
    ("chapter", "第五章　优化诉讼服务和跨域协作"),
    (
        "article",
        "第二十条|完善跨域立案服务机制。当事人可以通过北京互联网法院电子诉讼平台提交起诉材料，也可以就近到京津冀地区任一法院申请跨域立案。与天津市滨海新区人民法院、石家庄中院建立京津冀涉网纠纷跨域立案协作机制，实现诉讼材料跨域流转、立案结果实时反馈。",
    ),
    (
        "article",
        "第二十一条|优化线上诉讼服务体系。升级诉讼服务小程序功能，为当事人提供立案、缴费、阅卷、申请保全等全流程在线服务。诉讼服务中心设立在线诉讼引导专区，为老年人、残疾人等群体提供线下帮助，努力实现“让数据多跑路、让群众少跑腿”。",
    ),
    (
        "article",
        "第二十二条|深化在线多元解纷机制。依托人民法院调解平台，依照《人民法院在线调解规则》，引入行业性、专业性调解力量和特邀调解员，对网络购物、网络服务合同等纠纷在线组织调解。调解不成的，依法及时转入诉讼，调解中当事人确认的无争议事实，诉讼中可以直接采用。",
    ),
    (
        "article",
        "第二十三条|健全京津冀互联网司法协作机制。推动与天津法院、河北法院建立涉网案件裁判规则交流机制，定期会商新类型涉网案件的法律适用问题，为雄安新区涉网企业提供跨域诉讼便利。与杭州互联网法院、广州互联网法院联合发布数据权益、网络消费等领域典型案例，促进全国互联网法院裁判尺度统一。",
    ),
    (
        "article",
        "第二十四条|完善涉网新类型案件提级管辖衔接机制。依照《最高人民法院关于互联网法院审理案件若干问题的规定》，对具有普遍法律适用指导意义、涉及重大公共利益的涉网新类型案件，依法报请北京四中院审理。对北京四中院改判、发回重审的涉网案件定期开展专项分析，配合北京高院向全市法院推送涉网典型案例。",
    ),
    # ------------------------------------------------------------------ 第六章
    ("chapter", "第六章　强化改革保障"),
    (
        "article",
        "第二十五条|健全电子卷宗单套制归档制度。全面落实电子卷宗随案同步生成，诉讼材料在线形成、在线流转、在线归档，除法律规定需要保存纸质原件的外，不再制作纸质卷宗。会同北京市档案局制定电子诉讼档案管理办法，明确电子档案的保存期限、移交方式和安全管理要求。",
    ),
    (
        "article",
        "第二十六条|规范人工智能辅助审判应用。依照《最高人民法院关于规范和加强人工智能司法应用的意见》，坚持人工智能辅助审判定位，人工智能辅助结果仅作为审判工作的参考，不得代替法官作出裁判。建立人工智能辅助审判应用评估机制，对类案推送、文书辅助生成等功能的准确性、安全性定期评估。",
    ),
    (
        "article",
        "第二十七条|完善互联网专业法官会议机制。按照数据权益、网络知识产权、网络交易等领域分设专业法官会议，吸收技术调查官列席提供技术意见。拟提交审判委员会讨论的涉网新类型案件，一般应当先经专业法官会议讨论。",
    ),
    (
        "article",
        "第二十八条|健全技术调查官参与诉讼制度。从北京市大数据中心、高等院校和科技企业中选聘技术调查官，参与涉算法、数据、网络安全等技术类案件的证据审查和庭审询问。技术调查官出具的技术审查意见，作为合议庭评议的参考。",
    ),
    (
        "article",
        "第二十九条|健全改革成效第三方评估机制。每年委托第三方机构对本办法确定的改革任务落实情况进行评估，评估结果作为部门年度考核的重要依据。推动建设互联网司法理论研究基地，深化与高等院校的课题合作和人才交流。",
    ),
    (
        "article",
        "第三十条|健全审判权力运行监督制约机制。全面落实司法责任制，落实院庭长阅核制度，对涉网新类型案件、拟作出示范裁判的案件，院庭长应当依法阅核。严格执行防止干预司法“三个规定”，对过问案件情况全面如实记录、按月报告。",
    ),
    # ------------------------------------------------------------------ 第七章
    ("chapter", "第七章　附则"),
    (
        "article",
        "第三十一条|各部门应当按照本办法确定的职责分工，于2025年6月30日前制定具体落实措施，报审判管理办公室（司法改革办公室）备案。",
    ),
    ("article", "第三十二条|本办法由本院审判委员会负责解释。"),
    ("article", "第三十三条|本办法自印发之日起施行。本院此前制定的相关规定与本办法不一致的，以本办法为准。"),
    ("copy", "抄送：北京市高级人民法院，北京市第四中级人民法院。"),
    ("printed", "北京互联网法院办公室|2025年4月16日印发"),
]


def plain_text(blocks: list[tuple[str, str]]) -> str:
    """The document as a reader sees it, one paragraph a line (the .source.txt)."""
    lines = []
    for tag, text in blocks:
        if tag == "article":
            label, _, body = text.partition("|")
            lines.append(label + SPACE + body)
        elif tag == "printed":
            left, _, right = text.partition("|")
            lines.append(left + "\t" + right)
        else:
            lines.append(text)
    return "\n".join(lines) + "\n"


# ---------------------------------------------------------------------------------------------- formatting


def set_fonts(
    target, east_asian: str, size: float | None = None, bold: bool | None = None, ascii_font: str | None = None
) -> None:
    """Set a run's or style's fonts: the East Asian font in w:eastAsia, the same (or ascii_font) for Latin text."""
    target.font.name = ascii_font or east_asian
    rpr = target.element.get_or_add_rPr() if hasattr(target, "element") else target._element.get_or_add_rPr()
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        rpr.insert(0, fonts)
    for attr in ("w:ascii", "w:hAnsi", "w:cs"):
        fonts.set(qn(attr), ascii_font or east_asian)
    fonts.set(qn("w:eastAsia"), east_asian)
    if size is not None:
        target.font.size = Pt(size)
    if bold is not None:
        target.font.bold = bold


def add_text(
    paragraph,
    text: str,
    east_asian: str = FANGSONG,
    size: float | None = None,
    bold=None,
    color=None,
    ascii_font: str | None = None,
):
    run = paragraph.add_run(text)
    set_fonts(run, east_asian, size, bold, ascii_font)
    if color is not None:
        run.font.color.rgb = color
    return run


def indent_chars(paragraph, first: int = 0, left: int = 0, right: int = 0) -> None:
    """Indents in characters as Word writes them (w:firstLineChars etc., hundredths of a character) with the
    equivalent twips for readers that ignore the character units (one character = 16 pt = 320 twips)."""
    ppr = paragraph._p.get_or_add_pPr()
    ind = ppr.find(qn("w:ind"))
    if ind is None:
        ind = OxmlElement("w:ind")
        ppr.append(ind)
    if first:
        ind.set(qn("w:firstLineChars"), str(first * 100))
        ind.set(qn("w:firstLine"), str(first * 320))
    if left:
        ind.set(qn("w:leftChars"), str(left * 100))
        ind.set(qn("w:left"), str(left * 320))
    if right:
        ind.set(qn("w:rightChars"), str(right * 100))
        ind.set(qn("w:right"), str(right * 320))


def border(paragraph, side: str, size: int, color: str, space: int = 1) -> None:
    ppr = paragraph._p.get_or_add_pPr()
    pbdr = ppr.find(qn("w:pBdr"))
    if pbdr is None:
        pbdr = OxmlElement("w:pBdr")
        # w:pBdr must precede w:spacing / w:ind / w:jc in CT_PPr
        anchor = next(
            (ppr.find(qn(t)) for t in ("w:shd", "w:tabs", "w:spacing", "w:ind", "w:jc") if ppr.find(qn(t)) is not None),
            None,
        )
        if anchor is not None:
            anchor.addprevious(pbdr)
        else:
            ppr.append(pbdr)
    edge = OxmlElement(f"w:{side}")
    edge.set(qn("w:val"), "single")
    edge.set(qn("w:sz"), str(size))
    edge.set(qn("w:space"), str(space))
    edge.set(qn("w:color"), color)
    pbdr.append(edge)


def exact_spacing(paragraph, pitch: float = 28, before: float = 0, after: float = 0) -> None:
    fmt = paragraph.paragraph_format
    fmt.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    fmt.line_spacing = Pt(pitch)
    fmt.space_before = Pt(before)
    fmt.space_after = Pt(after)


def setup_styles(doc) -> None:
    normal = doc.styles["Normal"]
    set_fonts(normal, FANGSONG, 16)
    fmt = normal.paragraph_format
    fmt.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    fmt.line_spacing = Pt(28)
    fmt.space_before = Pt(0)
    fmt.space_after = Pt(0)
    fmt.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    fmt.widow_control = False
    footer = doc.styles["Footer"]
    set_fonts(footer, SONGTI, 14)


def page_setup(doc) -> None:
    section = doc.sections[0]
    section.page_width, section.page_height = Cm(21.0), Cm(29.7)
    section.top_margin, section.bottom_margin = Cm(3.7), Cm(3.5)
    section.left_margin, section.right_margin = Cm(2.8), Cm(2.6)
    section.header_distance, section.footer_distance = Cm(1.5), Cm(2.8)
    sect = section._sectPr
    grid = sect.find(qn("w:docGrid"))
    if grid is None:
        grid = OxmlElement("w:docGrid")
        sect.append(grid)
    grid.set(qn("w:type"), "lines")
    grid.set(qn("w:linePitch"), "579")
    # odd and even footers differ (page number right on odd pages, left on even pages)
    doc.settings.odd_and_even_pages_header_footer = True
    for footer, align in (
        (section.footer, WD_ALIGN_PARAGRAPH.RIGHT),
        (section.even_page_footer, WD_ALIGN_PARAGRAPH.LEFT),
    ):
        footer.is_linked_to_previous = False
        p = footer.paragraphs[0]
        p.style = doc.styles["Footer"]
        p.alignment = align
        p.paragraph_format.line_spacing_rule = WD_LINE_SPACING.SINGLE
        if align == WD_ALIGN_PARAGRAPH.RIGHT:
            indent_chars(p, right=1)
        else:
            indent_chars(p, left=1)
        add_page_field(p)
    # empty headers: the pages carry no running header
    for header in (section.header, section.even_page_header):
        header.is_linked_to_previous = False


def add_page_field(paragraph) -> None:
    """'— N —' with a real PAGE field (complex field), 宋体 四号."""

    def run_with(child):
        run = paragraph.add_run()
        set_fonts(run, SONGTI, 14)
        run._r.append(child)

    add_text(paragraph, "— ", SONGTI, 14)
    begin = OxmlElement("w:fldChar")
    begin.set(qn("w:fldCharType"), "begin")
    run_with(begin)
    instr = OxmlElement("w:instrText")
    instr.set(qn("xml:space"), "preserve")
    instr.text = " PAGE   \\* MERGEFORMAT "
    run_with(instr)
    sep = OxmlElement("w:fldChar")
    sep.set(qn("w:fldCharType"), "separate")
    run_with(sep)
    add_text(paragraph, "1", SONGTI, 14)
    end = OxmlElement("w:fldChar")
    end.set(qn("w:fldCharType"), "end")
    run_with(end)
    add_text(paragraph, " —", SONGTI, 14)


# ---------------------------------------------------------------------------------------------- building


def add_block(doc, tag: str, text: str) -> None:
    if tag == "letterhead":
        p = doc.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        exact_spacing(p, 60, before=36, after=12)
        add_text(p, text, XIAOBIAOSONG, 48, color=RED)
        return
    if tag == "number":
        p = doc.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        exact_spacing(p, 28, before=24, after=6)
        add_text(p, text, FANGSONG, 16)
        border(p, "bottom", 24, "FF0000", space=10)
        doc.add_paragraph()  # the empty line under the red rule
        return
    if tag in ("title", "measures"):
        p = doc.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        exact_spacing(p, 36, before=12, after=18)
        add_text(p, text, XIAOBIAOSONG, 22)
        return
    if tag == "note":
        p = doc.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        exact_spacing(p, 28, after=14)
        add_text(p, text, KAITI, 16)
        return
    if tag == "addressee":
        p = doc.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.LEFT
        add_text(p, text)
        return
    if tag == "p":
        p = doc.add_paragraph()
        indent_chars(p, first=2)
        add_text(p, text)
        return
    if tag == "attach":
        doc.add_paragraph()
        p = doc.add_paragraph()
        indent_chars(p, left=2)
        add_text(p, text)
        doc.add_paragraph()
        doc.add_paragraph()
        return
    if tag in ("sign", "date"):
        p = doc.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        indent_chars(p, right=4 if tag == "sign" else 3)
        add_text(p, text)
        return
    if tag == "annex":
        p = doc.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.LEFT
        p.paragraph_format.page_break_before = True
        add_text(p, text, HEITI, 16)
        return
    if tag == "chapter":
        p = doc.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        p.paragraph_format.keep_with_next = True
        exact_spacing(p, 28, before=14, after=14)
        add_text(p, text, HEITI, 16, bold=True)
        return
    if tag == "article":
        label, _, body = text.partition("|")
        p = doc.add_paragraph()
        indent_chars(p, first=2)
        add_text(p, label + SPACE, HEITI, 16)
        add_text(p, body)
        return
    if tag == "point":
        p = doc.add_paragraph()
        indent_chars(p, first=2)
        add_text(p, text)
        return
    if tag == "copy":
        doc.add_paragraph()
        doc.add_paragraph()
        p = doc.add_paragraph()
        exact_spacing(p, 28, before=4)
        indent_chars(p, left=1, right=1)
        border(p, "top", 4, "000000", space=4)
        add_text(p, text, FANGSONG, 14)
        return
    if tag == "printed":
        left, _, right = text.partition("|")
        p = doc.add_paragraph()
        exact_spacing(p, 28, before=4)
        indent_chars(p, left=1, right=1)
        border(p, "top", 4, "000000", space=4)
        border(p, "bottom", 12, "000000", space=4)
        p.paragraph_format.tab_stops.add_tab_stop(Cm(15.3), WD_TAB_ALIGNMENT.RIGHT)
        add_text(p, left, FANGSONG, 14)
        add_text(p, "\t" + right, FANGSONG, 14)
        return
    raise SystemExit(f"unknown tag {tag}")


# the order CT_PPr prescribes for a paragraph's properties (Word refuses a file whose w:pPr children are out of
# order); python-docx keeps it for the properties it sets, the helpers above append, so every w:pPr is sorted
PPR_ORDER = [
    "pStyle",
    "keepNext",
    "keepLines",
    "pageBreakBefore",
    "framePr",
    "widowControl",
    "numPr",
    "suppressLineNumbers",
    "pBdr",
    "shd",
    "tabs",
    "suppressAutoHyphens",
    "kinsoku",
    "wordWrap",
    "overflowPunct",
    "topLinePunct",
    "autoSpaceDE",
    "autoSpaceDN",
    "bidi",
    "adjustRightInd",
    "snapToGrid",
    "spacing",
    "ind",
    "contextualSpacing",
    "mirrorIndents",
    "suppressOverlap",
    "jc",
    "textDirection",
    "textAlignment",
    "textboxTightWrap",
    "outlineLvl",
    "divId",
    "cnfStyle",
    "rPr",
    "sectPr",
    "pPrChange",
]


def sort_paragraph_properties(root) -> None:
    rank = {qn(f"w:{tag}"): i for i, tag in enumerate(PPR_ORDER)}
    for ppr in root.iter(qn("w:pPr")):
        children = list(ppr)
        for child in children:
            ppr.remove(child)
        for child in sorted(children, key=lambda c: rank.get(c.tag, len(rank))):
            ppr.append(child)


APP_XML = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" '
    'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
    "<Template>Normal.dotm</Template><TotalTime>94</TotalTime><Pages>9</Pages><Words>1268</Words>"
    "<Characters>7231</Characters><Application>Microsoft Office Word</Application><DocSecurity>0</DocSecurity>"
    "<Lines>60</Lines><Paragraphs>16</Paragraphs><ScaleCrop>false</ScaleCrop><Company>北京互联网法院</Company>"
    "<LinksUpToDate>false</LinksUpToDate><CharactersWithSpaces>8483</CharactersWithSpaces>"
    "<SharedDoc>false</SharedDoc><HyperlinksChanged>false</HyperlinksChanged><AppVersion>16.0000</AppVersion>"
    "</Properties>"
)


def build(out: Path) -> Path:
    doc = Document()
    setup_styles(doc)
    page_setup(doc)
    body = doc.element.body
    for p in list(body.iterchildren(qn("w:p"))):  # the template's empty first paragraph, if any
        body.remove(p)
    for tag, text in BLOCKS:
        add_block(doc, tag, text)
    sort_paragraph_properties(doc.element.body)
    section = doc.sections[0]
    for part in (section.footer, section.even_page_footer, section.header, section.even_page_header):
        sort_paragraph_properties(part._element)
    props = doc.core_properties
    props.title = TITLE
    props.author = "北京互联网法院办公室"
    props.last_modified_by = "北京互联网法院办公室"
    props.created = CREATED
    props.modified = MODIFIED
    props.revision = 7
    props.comments = ""
    props.keywords = ""
    props.subject = ""
    props.category = ""
    buf = io.BytesIO()
    doc.save(buf)
    write_deterministic(buf.getvalue(), out)
    return out


def write_deterministic(data: bytes, out: Path) -> None:
    """Re-zip with fixed timestamps and a fixed entry order; drop the template's thumbnail; Word's app.xml."""
    stamp = (MODIFIED.year, MODIFIED.month, MODIFIED.day, MODIFIED.hour, MODIFIED.minute, 0)
    with zipfile.ZipFile(io.BytesIO(data)) as src:
        parts = {info.filename: src.read(info.filename) for info in src.infolist()}
    parts.pop("docProps/thumbnail.jpeg", None)
    parts["docProps/app.xml"] = APP_XML.encode("utf-8")
    rels = parts["_rels/.rels"].decode("utf-8")
    rels = re.sub(r'<Relationship [^>]*Target="docProps/thumbnail.jpeg"/>', "", rels)
    parts["_rels/.rels"] = rels.encode("utf-8")
    ct = parts["[Content_Types].xml"].decode("utf-8")
    ct = ct.replace('<Default Extension="jpeg" ContentType="image/jpeg"/>', "")
    parts["[Content_Types].xml"] = ct.encode("utf-8")
    first = ["[Content_Types].xml", "_rels/.rels"]
    order = first + sorted(n for n in parts if n not in first)
    out.parent.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for name in order:
            info = zipfile.ZipInfo(name, date_time=stamp)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            dst.writestr(info, parts[name])


def main(argv: list[str]) -> int:
    out = Path(argv[0]) if argv else HERE / f"{NAME}.docx"
    print(build(out))
    if len(argv) > 1:
        Path(argv[1]).write_text(plain_text(BLOCKS), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
