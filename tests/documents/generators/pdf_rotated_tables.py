"""Print tests/documents/wuhan-2024-fengong-fangan.pdf: a 任务分工方案 whose task table sits on rotated pages.

Run from the repository root:

    .venv/bin/python tests/documents/generators/pdf_rotated_tables.py

What it imitates. A municipal intermediate court (here 武汉市中级人民法院) issues a 通知 with its 方案 on portrait A4
pages and the 方案's 任务分工表 as an attachment on landscape pages. Many Word-to-PDF converters (and "print to
PDF" drivers) do not write a landscape page as a wide MediaBox: the page keeps its portrait MediaBox (595 × 842 pt)
and carries /Rotate 90, and the page's content is drawn turned by a quarter turn inside it, so that a viewer,
which applies /Rotate, shows the page landscape and upright. A reader that ignores /Rotate sees the table lying on
its side; its text runs bottom to top in the page's own coordinates.

The document (text below, in this file):

    pages 1–3 (portrait, /Rotate 0): red letterhead 武汉市中级人民法院文件, number 武中法〔2024〕23号, red rule, the
        title 关于印发《…》的通知 on three lines, addressee, three paragraphs; on a new page the 方案's own title, an
        opening paragraph, 一、指导思想 and 二、总体要求 (run-in 坚持…。 paragraphs, no work points), a closing
        paragraph, the 附件 line, signature and date
    pages 4–8 (MediaBox portrait, /Rotate 90): an 附件 label and the heading 任务分工表, then a fully ruled table
        序号 | 改革任务 | 具体举措 | 牵头单位 | 责任单位 | 完成时限 with six category rows (一、… spanning all columns)
        and 25 numbered tasks; the shaded header row is repeated at the top of every landscape page; the cells wrap
        over several lines; a category row never ends a page; exactly one task row (task 18) is cut by a page
        break between pages 6 and 7, inside the name 都市圈法院院长联席会议 (its 具体举措 continue at the top of
        the next page, under the repeated header, in a row whose other cells are empty, as Word prints a row that
        is allowed to break across pages)

Every page carries its number centred at the foot as — N —; on the rotated pages the number is drawn turned with
the table, at the foot of the landscape view.

How. One reportlab document with two page templates. The landscape template has rotation 90, and reportlab then
writes the landscape page size as a portrait MediaBox with /Rotate 90 (it does not turn the content itself). The
template's onPage turns the canvas (translate by the MediaBox width, rotate by 90°), and its frame is laid out in the
turned, landscape coordinates, so that platypus draws the table rotated inside the portrait page. The table
is paginated here rather than by reportlab, one Table per landscape page, so that exactly one row is cut. Fonts and
Chinese line-breaking are those of pdf_documents.py, the cell styles those of pdf_tables.py. reportlab's invariant
mode fixes the creation date and the document identifier: a rerun gives the same bytes.
"""

from __future__ import annotations

import io
import sys
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import (
    BaseDocTemplate,
    Frame,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from pdf_documents import (  # noqa: E402  (the sibling generator owns the font and the line-breaking rules)
    FONT,
    LEADING,
    MARGIN_BOTTOM,
    MARGIN_LEFT,
    MARGIN_RIGHT,
    MARGIN_TOP,
    RED,
    Letterhead,
    Rule,
    esc,
    page_number_text,
    register_font,
    typeset_chinese_punctuation,
)
from pdf_documents import styles as letter_styles  # noqa: E402
from pdf_tables import CATEGORY_FILL, HEADER_FILL, LANDSCAPE, PORTRAIT  # noqa: E402
from pdf_tables import styles as table_styles  # noqa: E402

DOCUMENTS = HERE.parent
OUTPUT = DOCUMENTS / "wuhan-2024-fengong-fangan.pdf"

ROTATION = 90  # /Rotate of the landscape pages
PW, PH = PORTRAIT  # the MediaBox of every page
LW, LH = LANDSCAPE  # the landscape view of a rotated page
L_MARGIN_TOP = 17 * mm
L_MARGIN_BOTTOM = 18 * mm
L_MARGIN_SIDE = 18 * mm
FRAME_H = LH - L_MARGIN_TOP - L_MARGIN_BOTTOM
FRAME_W = LW - 2 * L_MARGIN_SIDE
SAFETY = 2.0  # points kept free at the foot of each landscape page
MIN_CUT_LINES = 2  # a row is cut only where at least this many of its lines fit on the page

PDF_TITLE = "武汉市中级人民法院关于印发《2024年全市法院深化司法体制综合配套改革任务分工方案》的通知"
PDF_AUTHOR = "武汉市中级人民法院"

# ---------------------------------------------------------------------------------------------------------------
# The text
# ---------------------------------------------------------------------------------------------------------------

LETTERHEAD = "武汉市中级人民法院文件"
NUMBER = "武中法〔2024〕23号"
NOTICE_TITLE = [
    "武汉市中级人民法院",
    "关于印发《2024年全市法院深化司法体制",
    "综合配套改革任务分工方案》的通知",
]
ADDRESSEE = "各区人民法院，东湖新技术开发区人民法院，本院各部门："
NOTICE = [
    "现将《2024年全市法院深化司法体制综合配套改革任务分工方案》印发给你们，请结合实际认真贯彻落实。",
    "2024年是深化司法体制综合配套改革、推进审判工作现代化的关键一年。各区人民法院要对照任务分工表，结合本院实际"
    "制定具体落实措施，明确责任人和时间表，于2024年4月15日前报市中院司法改革办公室备案。",
    "市中院将把改革任务完成情况纳入年度目标管理考核，每季度对任务推进情况进行通报。落实中遇到的重大问题，请及时向"
    "市中院报告。",
]

PLAN_TITLE = ["2024年全市法院深化司法体制", "综合配套改革任务分工方案"]
PLAN_OPENING = (
    "为深入贯彻党的二十大精神和习近平法治思想，全面落实全国法院、全省法院深化司法体制综合配套改革工作部署，进一步"
    "提升全市法院审判工作现代化水平，结合武汉法院工作实际，制定本方案。"
)
PLAN_PREAMBLE = [
    ("h1", "一、指导思想"),
    (
        "p",
        "坚持以习近平新时代中国特色社会主义思想为指导，深入贯彻习近平法治思想，认真落实党中央关于深化司法体制综合"
        "配套改革的决策部署，按照最高人民法院、湖北省高级人民法院和市委的工作要求，坚持党对司法工作的绝对领导，坚持"
        "以人民为中心，以全面准确落实司法责任制为主线，以“公正与效率”为工作主题，推动各项改革举措系统集成、协同高效，"
        "为武汉加快建设国家中心城市、奋力打造新时代英雄城市提供有力司法服务和保障。",
    ),
    ("h1", "二、总体要求"),
    (
        "p",
        "坚持问题导向。聚焦审判权力运行、诉讼制度、执行工作和审判管理中的突出问题，找准改革的切入点和突破口，以改革"
        "破解制约审判质效提升的体制性、机制性障碍。",
    ),
    (
        "p",
        "坚持试点先行。对涉及面广、探索性强的改革事项，先在部分区人民法院开展试点，及时总结评估、稳妥有序推开，防止"
        "“一刀切”。",
    ),
    (
        "p",
        "坚持压实责任。各牵头单位对所承担的改革任务负总责，责任单位按照分工协同推进，全市法院形成上下联动、齐抓共管"
        "的改革工作格局。",
    ),
    ("p", "本方案共确定改革任务25项，分为六个方面。各项任务的具体举措、牵头单位、责任单位和完成时限见附件。"),
]
ATTACHMENT_LINE = "附件：任务分工表"
SIGN = "武汉市中级人民法院"
DATE = "2024年3月26日"

TABLE_LABEL = "附件"
TABLE_TITLE = "任务分工表"
HEADER = ["序号", "改革任务", "具体举措", "牵头单位", "责任单位", "完成时限"]
WIDTHS_MM = [12, 40, 109, 28, 48, 24]  # 261 mm: the landscape type area

# (序号, 改革任务, 具体举措, 牵头单位, 责任单位, 完成时限); a string alone is a category row
ROWS: list = [
    "一、全面准确落实司法责任制",
    (
        1,
        "健全审判权力运行监督制约机制",
        "出台《武汉市中级人民法院关于审判监督管理权责划分的规定（试行）》，逐项明确院庭长、审判团队和承办法官的监督"
        "管理权限。全面落实院庭长阅核制度，对“四类案件”自动识别标注、及时提示院庭长依法监督，防止监督缺位或者越位。",
        "审管办",
        "研究室、各区人民法院",
        "2024年6月底前",
    ),
    (
        2,
        "优化新型审判团队配置",
        "按照案件类型和繁简程度组建专业化审判团队，推行“1+1+1”基本配置模式，逐步实现员额法官与审判辅助人员合理配比。"
        "在江岸区人民法院、洪山区人民法院试行法官助理分级管理制度，年底前形成可复制推广的经验。",
        "政治部",
        "审管办、江岸区人民法院、洪山区人民法院",
        "2024年12月底前",
    ),
    (
        3,
        "强化审判委员会、专业法官会议把关作用",
        "专业法官会议讨论意见作为合议庭、独任法官评议案件的重要参考，提交审判委员会讨论的案件原则上先经专业法官会议"
        "过滤。推动建立市、区两级法院类案裁判标准联席研讨机制，每季度发布一批参考性案例。",
        "研究室",
        "审管办、各审判业务庭",
        "2024年9月底前",
    ),
    (
        4,
        "完善法官业绩考核评价体系",
        "以办案质量、效率和效果为核心，修订《全市法院法官业绩考核办法》，将院庭长办案数量和审判监督管理履职情况纳入"
        "考核内容。健全员额法官退出机制，对年度考核不称职或者长期不能正常办案的，依规退出员额。",
        "政治部",
        "审管办、各区人民法院",
        "2024年11月底前",
    ),
    (
        5,
        "健全司法廉洁风险防控体系",
        "严格执行防止干预司法“三个规定”，落实过问案件全面记录报告制度，坚持“逢问必录”。健全廉政监察员制度，在执行、"
        "破产、委托鉴定等重点环节开展廉洁风险点排查，依托审判执行权力运行风险预警平台，对异常变更审限、频繁发回改判等"
        "情形自动预警。",
        "政治部",
        "审管办、执行局、清算与破产审判庭",
        "持续推进",
    ),
    "二、深化诉讼制度改革",
    (
        6,
        "深化民事诉讼程序繁简分流改革",
        "细化小额诉讼程序适用范围，全市基层法院小额诉讼程序适用率不低于15%。在武昌区人民法院、东西湖区人民法院开展道路"
        "交通、金融借款等类型化案件要素式审理试点，同步推行要素式裁判文书。",
        "立案庭",
        "民一庭、审管办、武昌区人民法院、东西湖区人民法院",
        "2024年10月底前",
    ),
    (
        7,
        "推动诉源治理向基层延伸",
        "坚持和发展新时代“枫桥经验”，引导人民法庭与街道（乡镇）综治中心对接，把矛盾纠纷化解在萌芽状态。会同市委政法委、"
        "市司法局完善诉调对接机制，推动建立特邀调解员名册动态管理制度。在黄陂区、新洲区试点“法院+村（社区）”联动解纷"
        "模式。",
        "立案庭",
        "黄陂区人民法院、新洲区人民法院",
        "2024年12月底前",
    ),
    (
        8,
        "深化以审判为中心的刑事诉讼制度改革",
        "推进庭审实质化，提高证人、鉴定人、侦查人员出庭作证率。会同市检察院、市公安局完善认罪认罚从宽制度，健全量刑"
        "协商机制，规范量刑建议的审查和采纳。在青山区人民法院开展轻微刑事案件“48小时速裁”试点。",
        "刑一庭",
        "刑二庭、青山区人民法院",
        "2024年10月底前",
    ),
    (
        9,
        "健全行政争议实质性化解工作机制",
        "会同市司法局在市、区两级设立行政争议协调化解中心，对行政案件开展诉前协调“一案一策”。完善行政机关负责人出庭"
        "应诉情况通报制度，每半年通报一次出庭应诉情况。",
        "行政庭",
        "立案庭、各区人民法院",
        "2024年12月底前",
    ),
    (
        10,
        "深化未成年人审判综合改革",
        "完善涉未成年人案件“三审合一”审理模式，由专门审判组织统一审理涉未成年人刑事、民事、行政案件。推动建立未成年人"
        "司法保护联动机制，与市检察院、市教育局共享涉未成年人案件信息。在汉阳区人民法院试行家庭教育指导令制度。",
        "民一庭",
        "刑一庭、行政庭、汉阳区人民法院",
        "2024年11月底前",
    ),
    "三、深化执行体制机制改革",
    (
        11,
        "深化执行权运行机制改革",
        "推行执行案件“分段集约、团队办案”模式，将财产查控、评估拍卖、案款发放等事务性工作集中办理。建立执行异议、复议"
        "案件专门审理制度，强化执行裁决权对执行实施权的监督制约。在江夏区人民法院、蔡甸区人民法院开展执行事务中心建设"
        "试点。",
        "执行局",
        "审判监督庭、江夏区人民法院、蔡甸区人民法院",
        "2024年9月底前",
    ),
    (
        12,
        "完善综合治理执行难工作格局",
        "在市委政法委统筹下健全市直部门协助执行责任清单制度，推动不动产、车辆、公积金等财产信息“一网查控”。建立被执行人"
        "主动履行正向激励机制，对诚信履行的企业依法出具信用修复证明。",
        "执行局",
        "办公室、各区人民法院",
        "2024年12月底前",
    ),
    (
        13,
        "健全企业破产处置府院联动机制",
        "推动设立市级破产费用保障专项资金，完善破产管理人分级管理制度，支持市破产管理人协会加强行业自律。在东湖新技术"
        "开发区人民法院试行小微企业破产案件快速审理程序，压缩平均审理周期。",
        "清算与破产审判庭",
        "东湖新技术开发区人民法院、执行局",
        "2024年12月底前",
    ),
    "四、健全服务保障高质量发展的专业审判机制",
    (
        14,
        "完善知识产权司法保护体系",
        "发挥武汉知识产权审判庭跨区域集中管辖职能，深化知识产权审判“三合一”，统一技术类案件裁判尺度。在光谷设立知识产权"
        "巡回审判站，与东湖新技术开发区人民法院共建技术调查官共享机制。推动出台知识产权侵权惩罚性赔偿适用指引。",
        "武汉知识产权审判庭",
        "东湖新技术开发区人民法院、技术调查室",
        "2024年10月底前",
    ),
    (
        15,
        "加强长江流域生态环境司法保护",
        "由本院环境资源审判庭集中审理全市环境资源二审案件，落实生态环境损害赔偿磋商与诉讼衔接机制。与武汉海事法院及上下游"
        "中级人民法院建立跨区域环境司法协作机制，服务长江大保护。在新洲区设立生态修复司法实践基地。",
        "环境资源审判庭",
        "行政庭、新洲区人民法院",
        "2024年12月底前",
    ),
    (
        16,
        "服务保障中国（湖北）自由贸易试验区武汉片区建设",
        "完善涉自贸片区商事案件集中审理机制，支持东湖新技术开发区人民法院在自贸片区设立巡回审判点。推动建立诉讼与仲裁、"
        "商事调解相衔接的国际商事纠纷多元化解决平台，加强与武汉仲裁委员会的工作协同。",
        "民二庭",
        "立案庭、东湖新技术开发区人民法院",
        "2024年12月底前",
    ),
    (
        17,
        "完善劳动争议裁审衔接机制",
        "会同市人力资源和社会保障局统一劳动人事争议仲裁与诉讼的受理范围和法律适用标准，每年联合发布典型案例。在硚口区、"
        "江汉区推广劳动争议“调裁审”一体化工作模式，实现仲裁、诉讼信息互通共享。",
        "民一庭",
        "硚口区人民法院、江汉区人民法院",
        "2024年9月底前",
    ),
    (
        18,
        "深化武汉都市圈司法协作",
        "推动都市圈各市法院签订司法协作框架协议，建立跨域立案、委托送达、协助执行司法协作机制，让鄂州、黄石、孝感等地"
        "当事人在武汉法院“一站式”办理诉讼事务。依托都市圈法院院长联席会议协调解决跨域执行难题。",
        "立案庭",
        "执行局、审管办",
        "2024年11月底前",
    ),
    (
        19,
        "完善数字经济领域纠纷审理机制",
        "围绕数据权属、平台责任、算法规制等新型问题加强调查研究，制定《数字经济纠纷案件审理指引（试行）》。支持江汉区人民"
        "法院在数据产权纠纷审理方面先行先试，探索建立数据资产保全和评估规则。",
        "民二庭",
        "研究室、江汉区人民法院",
        "2024年12月底前",
    ),
    "五、推进审判管理现代化和数字法院建设",
    (
        20,
        "深化数字法院建设应用",
        "巩固智慧法院建设成果，推进全市法院办案办公平台一体化升级，实现卷宗材料“一次扫描、全程流转”。建设审判执行数据"
        "中心，推动数据资源在审判管理、司法决策中的深度应用。在江岸区人民法院试行庭审语音识别和智能笔录系统。",
        "信息技术处",
        "审管办、江岸区人民法院",
        "2024年12月底前",
    ),
    (
        21,
        "提升司法公开质效",
        "建立司法公开质量评估机制，定期通报审判流程、庭审活动、裁判文书、执行信息公开情况。完善涉诉舆情研判和应对制度，"
        "对重大敏感案件做到舆情风险“同步评估、同步预案”。",
        "办公室",
        "审管办、信息技术处",
        "2024年12月底前",
    ),
    (
        22,
        "完善审判质量管理机制",
        "对标最高人民法院审判质量管理指标体系，建立全市法院质效指标月度分析会商制度。推动建立二审改判、发回重审案件沟通"
        "反馈程序和类案裁判偏离预警机制，及时向一审法院反馈改判、发回理由。",
        "审管办",
        "审判监督庭、各区人民法院",
        "2024年6月底前",
    ),
    "六、加强改革统筹和队伍保障",
    (
        23,
        "推进新时代人民法庭建设",
        "综合辖区人口、案件数量和交通状况优化人民法庭布局，在蔡甸区、江夏区、黄陂区、新洲区打造一批“枫桥式人民法庭”。"
        "推行人民法庭“巡回审判+在线诉讼”工作模式，方便群众就近参与诉讼。",
        "政治部",
        "立案庭、蔡甸区人民法院、江夏区人民法院、黄陂区人民法院、新洲区人民法院",
        "2024年12月底前",
    ),
    (
        24,
        "完善法官教育培训体系",
        "与中南财经政法大学共建法官教育实践基地，建立新入额法官导师培养制度。制定《全市法院审判业务专家评选管理办法》，"
        "发挥审判业务专家在疑难案件研讨和业务指导中的作用。",
        "政治部",
        "研究室",
        "2024年10月底前",
    ),
    (
        25,
        "健全改革任务督办落实机制",
        "发挥司法改革领导小组统筹作用，每季度听取一次改革任务推进情况汇报，司法改革办公室建立改革任务台账，逐项跟踪、"
        "按时销号。各区人民法院每半年向市中院报送改革进展，重大改革事项按程序向市委政法委、省法院请示报告。",
        "司改办",
        "各部门、各区人民法院",
        "长期坚持",
    ),
]

# ---------------------------------------------------------------------------------------------------------------
# Layout
# ---------------------------------------------------------------------------------------------------------------


def styles() -> dict:
    st = dict(table_styles())
    letter = letter_styles()
    st["h1"] = letter["h1"]
    st["title"] = letter["title"]
    return st


def letter_flowables(st: dict) -> list:
    """The 通知 and the 方案's preamble on portrait pages."""
    out: list = [
        Letterhead(LETTERHEAD),
        Spacer(1, LEADING * 0.4),
        Paragraph(esc(NUMBER), st["center"]),
        Rule(RED, 2.2, 2.0, LEADING * 0.7),
    ]
    out += [Paragraph(esc(line), st["cover_title"]) for line in NOTICE_TITLE]
    out.append(Spacer(1, LEADING * 0.3))
    out.append(Paragraph(esc(ADDRESSEE), st["addressee"]))
    out += [Paragraph(esc(p), st["p"]) for p in NOTICE]
    out.append(PageBreak())
    out += [Paragraph(esc(line), st["title"]) for line in PLAN_TITLE]
    out.append(Spacer(1, LEADING * 0.5))
    out.append(Paragraph(esc(PLAN_OPENING), st["p"]))
    for tag, text in PLAN_PREAMBLE:
        out.append(Paragraph(esc(text), st[tag]))
    out.append(Spacer(1, LEADING * 0.5))
    out.append(Paragraph(esc(ATTACHMENT_LINE), st["attachment"]))
    out.append(Spacer(1, LEADING * 1.5))
    out.append(Paragraph(esc(SIGN), st["sign"]))
    out.append(Paragraph(esc(DATE), st["date"]))
    return out


def task_cells(row: tuple, st: dict, measures: str | None = None) -> list:
    no, task, meas, lead, participants, deadline = row
    return [
        Paragraph(str(no), st["cell_center"]),
        Paragraph(esc(task), st["cell"]),
        Paragraph(esc(meas if measures is None else measures), st["cell"]),
        Paragraph(esc(lead), st["cell_center"]),
        Paragraph(esc(participants), st["cell_center"]),
        Paragraph(esc(deadline), st["cell_center"]),
    ]


def continuation_cells(rest: str, st: dict) -> list:
    """The part of a cut row on the next page: only the 具体举措 continue, the other cells are done."""
    return ["", "", Paragraph(esc(rest), st["cell"]), "", "", ""]


def page_table(entries: list, st: dict) -> Table:
    """One landscape page's part of the table: the header row, then the page's rows.

    `entries`: ("category", text) | ("task", row) | ("head", row, first_part) | ("tail", rest)."""
    ncols = len(HEADER)
    data = [[Paragraph(esc(h), st["head"]) for h in HEADER]]
    commands = [
        ("FONTNAME", (0, 0), (-1, -1), FONT),
        ("GRID", (0, 0), (-1, -1), 0.6, colors.black),
        ("BOX", (0, 0), (-1, -1), 1.0, colors.black),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("TOPPADDING", (0, 0), (-1, -1), 4),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
    ]
    for entry in entries:
        r = len(data)
        kind = entry[0]
        if kind == "category":
            data.append([Paragraph(esc(entry[1]), st["category"])] + [""] * (ncols - 1))
            commands += [("SPAN", (0, r), (-1, r)), ("BACKGROUND", (0, r), (-1, r), CATEGORY_FILL)]
        elif kind == "task":
            data.append(task_cells(entry[1], st))
        elif kind == "head":
            data.append(task_cells(entry[1], st, entry[2]))
            commands.append(("VALIGN", (0, r), (-1, r), "TOP"))  # a row that breaks fills from the top
        else:  # tail
            data.append(continuation_cells(entry[1], st))
            commands.append(("VALIGN", (0, r), (-1, r), "TOP"))
    widths = [w * mm for w in WIDTHS_MM]
    return Table(data, colWidths=widths, style=TableStyle(commands), hAlign="CENTER")


def table_height(entries: list, st: dict) -> float:
    _w, h = page_table(entries, st).wrap(FRAME_W, 10 * FRAME_H)
    return h


def paginate(st: dict, first_page_room: float) -> tuple[list[list], int | None]:
    """Split ROWS into landscape pages: rows move down whole, except exactly one task row, the first one that
    reaches the foot of a page with at least MIN_CUT_LINES of its lines fitting there; a category row goes down
    with its first task. Returns the pages' entries and the number of the cut task."""
    pending: list = [("category", r) if isinstance(r, str) else ("task", r) for r in ROWS]
    pages: list[list] = []
    cut_no: int | None = None
    room = first_page_room
    line_room = MIN_CUT_LINES * st["cell"].leading + 9  # the lines plus the cell's padding
    while pending:
        page: list = []
        while pending:
            entry = pending[0]
            if table_height([*page, entry], st) <= room:
                page.append(pending.pop(0))
                continue
            # the entry does not fit whole
            if entry[0] == "task" and cut_no is None and room - table_height(page, st) >= line_room:
                row = entry[1]
                text = row[2]
                lo, hi = 0, len(text)  # the longest head of the measures that fits
                while lo < hi:
                    mid = (lo + hi + 1) // 2
                    if table_height([*page, ("head", row, text[:mid])], st) <= room:
                        lo = mid
                    else:
                        hi = mid - 1
                if lo > 0:
                    page.append(("head", row, text[:lo]))
                    pending[0] = ("tail", text[lo:])
                    cut_no = row[0]
            break
        if page and page[-1][0] == "category":  # a category row never ends a page
            pending.insert(0, page.pop())
        if not page:
            raise SystemExit("a row is taller than a landscape page")
        pages.append(page)
        room = FRAME_H - SAFETY
    return pages, cut_no


class Document(BaseDocTemplate):
    def __init__(self, target, total_pages: int):
        super().__init__(
            target,
            pagesize=PORTRAIT,
            title=PDF_TITLE,
            author=PDF_AUTHOR,
            creator="",
            producer="",
            invariant=1,
        )
        self.total_pages = total_pages
        portrait_frame = Frame(
            MARGIN_LEFT,
            MARGIN_BOTTOM,
            PW - MARGIN_LEFT - MARGIN_RIGHT,
            PH - MARGIN_TOP - MARGIN_BOTTOM,
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
            id="portrait",
        )
        # laid out in the landscape view's coordinates: the page template turns the canvas before anything is drawn
        rotated_frame = Frame(
            L_MARGIN_SIDE,
            L_MARGIN_BOTTOM,
            FRAME_W,
            FRAME_H,
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
            id="rotated",
        )
        portrait = PageTemplate(id="portrait", frames=[portrait_frame], onPage=self.portrait_page, pagesize=PORTRAIT)
        # reportlab takes a rotated page's size as the size the viewer shows: a landscape size with /Rotate 90 is
        # written as the portrait MediaBox [0 0 595 842]; it does not turn the content, rotated_page does
        rotated = PageTemplate(id="rotated", frames=[rotated_frame], onPage=self.rotated_page, pagesize=LANDSCAPE)
        # platypus gives the canvas the template's `rotation` when it closes the page: the page's /Rotate
        portrait.rotation = 0
        rotated.rotation = ROTATION
        self.addPageTemplates([portrait, rotated])

    def portrait_page(self, c, doc) -> None:
        c.saveState()
        c.setFont(FONT, 12)
        c.drawCentredString(PW / 2.0, MARGIN_BOTTOM * 0.5, page_number_text("dash", c.getPageNumber(), 0))
        c.restoreState()

    def rotated_page(self, c, doc) -> None:
        """/Rotate 90 and a quarter turn of the canvas, left in force for the frame's flowables: a point (u, v) of
        the landscape view is drawn at (PW − v, u) of the portrait page, which a viewer turning the page by 90°
        clockwise shows at (u, v) again."""
        c.translate(PW, 0)
        c.rotate(90)
        c.saveState()
        c.setFont(FONT, 12)
        c.drawCentredString(LW / 2.0, L_MARGIN_BOTTOM * 0.45, page_number_text("dash", c.getPageNumber(), 0))
        c.restoreState()


def flowables(st: dict) -> tuple[list, int, int | None]:
    label = Paragraph(esc(TABLE_LABEL), st["label"])
    title = Paragraph(esc(TABLE_TITLE), st["plan_title"])
    heads = label.wrap(FRAME_W, FRAME_H)[1] + title.wrap(FRAME_W, FRAME_H)[1] + title.getSpaceBefore()
    heads += title.getSpaceAfter()
    pages, cut_no = paginate(st, FRAME_H - heads - SAFETY)
    out = [*letter_flowables(st), NextPageTemplate("rotated"), PageBreak(), label, title]
    for i, page in enumerate(pages):
        if i:
            out.append(PageBreak())
        out.append(page_table(page, st))
    return out, len(pages), cut_no


def render() -> tuple[bytes, int, int, int | None]:
    st = styles()
    items, table_pages, cut_no = flowables(st)
    buf = io.BytesIO()
    doc = Document(buf, 0)
    doc.build(items)
    return buf.getvalue(), doc.page, table_pages, cut_no


def main(argv: list[str]) -> int:
    register_font()
    typeset_chinese_punctuation()
    data, pages, table_pages, cut_no = render()
    OUTPUT.write_bytes(data)
    tasks = sum(1 for r in ROWS if not isinstance(r, str))
    print(
        f"wrote tests/documents/{OUTPUT.name} ({len(data):,} bytes, {pages} pages of which {table_pages} rotated, "
        f"{tasks} task rows, task {cut_no} cut by a page break)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
