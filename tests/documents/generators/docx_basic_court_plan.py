# ruff: noqa: E501  (SOURCE holds the document's paragraphs, one per line)
"""Build the Word test document of a district (basic-level) court's 实施方案 typed with Word heading styles.

Run from the repository root:

    .venv/bin/python tests/documents/generators/docx_basic_court_plan.py tests/documents/xihu-2025-shishi-fangan.docx

The first command-line argument is the output path (default: xihu-2025-shishi-fangan.docx next to this script);
an optional second argument is where to write the plain text of the document (one paragraph a line).
Content is fictional (real court, courts, places and reform vocabulary; the tribunals 之江法庭 and the
“双西湖” agreement are invented); the text is kept in SOURCE below. The output is deterministic: fixed core
properties, fixed zip entry order and timestamps, no clock and no random ids, so a rebuild without changes is
byte-identical. Needs python-docx only (self-contained: no helper module).

What real-world layout it imitates: the Word file of a district court's own implementation plan
(杭州市西湖区人民法院关于深化审判管理现代化改革的实施方案, 2025) as a court's 审管办 drafts it and posts it on the
院内网 / 审务公开 page — no 红头, no document number, no cover notice — in the usual four-part plan genre
(指导思想 / 工作目标 / 主要任务 / 组织保障), typed by an author who uses Word's built-in heading style for the
top-level lines only:

- page A4, margins 3.7 / 3.5 / 2.8 / 2.6 cm, body 仿宋_GB2312 三号 (16 pt) with a fixed 28 pt line pitch;
  a footer with "— PAGE —" made of a real PAGE field; no running header;
- the title in 方正小标宋简体 二号, centred, as one Normal paragraph broken in two lines by a manual line
  break (<w:br/>) after the court's name: 杭州市西湖区人民法院 / 关于深化审判管理现代化改革的实施方案;
- a one-paragraph preamble (为深入贯彻……，结合我院实际，制定本方案。);
- the four top-level lines 一、指导思想 二、工作目标 三、主要任务 四、组织保障 in Word's built-in "Heading 1"
  style, restyled to 黑体 三号 black, not bold, first line indented two characters; the numeral 一、 is typed,
  the style carries no list numbering;
- 一、 and 二、 hold one plain paragraph each (the targets of 二、 in figures, run on in the paragraph);
- 三、主要任务 holds six subsection lines （一）…（六） as Normal paragraphs in bold 楷体_GB2312, and under each
  the work points typed as "1．" "2．" … with a FULL-WIDTH stop (U+FF0E) — not Word list numbering — and
  restarting at 1 in every subsection, as such plans number them; the first sentence of every work point (up to
  the first 。) is a bold run, the rest of the paragraph a plain run; one work point runs over two paragraphs
  (its second paragraph has no number);
- 四、组织保障 holds four Normal paragraphs that start with （一）（二）（三）（四） and a bold 楷体 lead sentence
  (（一）加强组织领导。……) — requirements of the plan, not work points;
- closing material as the Word file keeps it: a 附件： line naming the task division table (the table itself
  is not in the file), the court's name and the date right-aligned, then a 版记 of 抄送 and 印发 lines
  between thin rules (paragraph borders).
"""

from __future__ import annotations

import datetime as dt
import io
import sys
import zipfile
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Pt, RGBColor

HERE = Path(__file__).resolve().parent
NAME = "xihu-2025-shishi-fangan"
WHEN = dt.datetime(2025, 3, 14, 9, 30, 0, tzinfo=dt.UTC)
AUTHOR = "西湖法院审管办"
DOC_TITLE = "杭州市西湖区人民法院关于深化审判管理现代化改革的实施方案"

FANGSONG = "仿宋_GB2312"
HEITI = "黑体"
KAITI = "楷体_GB2312"
XIAOBIAOSONG = "方正小标宋简体"

# Source format (one block per line; blank lines are ignored):
#   [title] TEXT    title, centred; "<br>" is a manual line break inside the paragraph
#   [p] TEXT        body paragraph, first line indented
#   [h1] TEXT       Word "Heading 1" paragraph (一、 typed)
#   [sub] TEXT      （一） subsection line, bold 楷体
#   [item] TEXT     work point "1．…"; its first sentence (to the first 。) is bold
#   [cont] TEXT     a further paragraph of the work point before it
#   [lead] TEXT     paragraph whose first sentence is bold 楷体 (（一）加强组织领导。…)
#   [annex] TEXT    附件： line
#   [sign] [date]   signature and date, right-aligned
#   [cc] [printed]  抄送 line and 印发 line of the 版记, between rules
SOURCE = """
[title] 杭州市西湖区人民法院<br>关于深化审判管理现代化改革的实施方案

[p] 为深入贯彻党的二十届三中全会关于深化司法体制综合配套改革的决策部署，全面落实最高人民法院关于以审判管理现代化服务保障审判工作现代化的要求和浙江高院、杭州中院关于全面加强审判管理的工作安排，进一步提升审判质量、效率和效果，结合我院实际，制定本方案。

[h1] 一、指导思想
[p] 坚持以习近平新时代中国特色社会主义思想为指导，深入贯彻习近平法治思想，牢固树立“抓审判管理就是抓执法办案第一要务”的理念，以“公正与效率”为工作主题，以全面准确落实司法责任制为主线，以数字化改革为牵引，统筹推进审判权力运行、审判质效管理、诉讼制度改革和审判队伍建设，努力让人民群众在每一个司法案件中感受到公平正义，为西湖区建设“数智西湖、品质之城”提供有力司法服务和保障。

[h1] 二、工作目标
[p] 到2025年底，审判权力运行和监督制约机制更加完善，最高人民法院审判质量管理指标体系在我院全面落地，审判质效主要指标稳居全市法院前列。具体目标为：一审服判息诉率不低于90%，法定审限内结案率保持在98%以上，“案-件比”控制在1.30以内，12个月以上长期未结案件动态清零；诉前化解纠纷占民商事纠纷总量的比例不低于45%，人民法庭辖区万人成讼率同比下降；形成3至5项可复制、可推广的审判管理改革成果。

[h1] 三、主要任务
[sub] （一）健全审判权力运行和监督管理机制
[item] 1．全面落实院庭长阅核制度。制定《杭州市西湖区人民法院裁判文书阅核工作实施细则（试行）》，明确应当阅核的案件范围、阅核主体、阅核方式和办理时限，对“四类案件”、拟改变原审裁判结果及可能产生重大社会影响的案件做到应核尽核。阅核意见一律在线签署、附卷备查；院庭长与独任法官、合议庭意见不一致的，可以提交专业法官会议讨论，但不得直接改变裁判意见。
[item] 2．健全“四类案件”全流程监管机制。依托全流程网上办案系统，对“四类案件”实行立案环节自动识别、审理环节动态标注、结案前提示核查，由立案庭负责初步识别，承办法官在审理中发现相关情形的及时补充标注。审管办每季度通报“四类案件”监管情况，对应标未标、应管未管的，纳入庭室年度考评。
[item] 3．完善专业法官会议和审判委员会工作机制。严格执行《最高人民法院关于规范合议庭运行机制的意见》，重新制定专业法官会议议事规则，按照民事、刑事行政、执行三个条线分别召开专业法官会议，讨论意见供独任法官、合议庭参考。落实审判委员会讨论案件先行过滤程序，未经专业法官会议讨论的案件原则上不提请审判委员会讨论；审判委员会每半年至少专题研究一次审判质效运行态势。
[item] 4．落实院庭长审判监督管理权责清单制度。结合各审判业务部门和审判团队实际，逐岗位明确院领导、庭长、审判团队负责人的监督管理事项和履职方式，做到“有权必有责、用权受监督”。院庭长应当常态化办理重大疑难复杂案件，办案数量、类型和结案情况每季度在院内公开。
[item] 5．健全类案检索和法律适用分歧解决机制。对新类型、疑难复杂及可能与类案裁判尺度不一致的案件，严格执行类案强制检索，检索报告随案归档。落实《最高人民法院关于建立法律适用分歧解决机制的实施办法》，发现本院内部或者与杭州中院类案裁判存在分歧的，由研究室汇总后提交审判委员会研究，必要时层报杭州中院。常态化使用法答网，研究室每季度编发《审判管理通讯》，对网络消费、房屋租赁等多发纠纷提炼裁判要旨。

[sub] （二）完善审判质效管理体系
[item] 1．深化审判质量管理指标体系运用。对照最高人民法院审判质量管理指标体系，结合基层法院职能定位，细化形成覆盖质量、效率、效果的28项本院评价指标，每月自动生成庭室、团队、法官三级质效画像。对低于全市法院平均水平的指标逐项分析原因、制定整改措施，形成审判质效管理的西湖法院经验。
[item] 2．健全审判质效数据会商研判机制。推动建立院、庭、团队三级审判态势分析会商制度，院层面每季度召开一次审判质效分析会，庭室每月、团队每半月开展一次研判。由审判管理办公室牵头制定审判质效数据会商研判工作规程，明确数据核查、问题交办、整改反馈等环节。支持三墩法庭开展“案-件比”动态监测试点，及时总结试点经验。
[item] 3．加强审判流程节点管控。严格审限变更审批，扣除、延长、中止审限一律由分管院领导在线审批。出台长期未结案件清理督办办法，对超过12个月未结案件实行“一案一策”、挂牌督办，力争年内动态清零。依托电子卷宗随案同步生成，实现关键节点自动提醒、超期自动预警。
[item] 4．健全案件质量评查和结果运用机制。坚持常规评查与重点评查相结合，对发回重审、改判、再审改判案件逐案评查，评查结果记入法官业绩档案。探索邀请律师代表、人民陪审员参与评查，评查中发现的共性问题形成专题报告，提交审判委员会研究。
[item] 5．深化审判辅助事务集约化改革。整合送达、排期、保全、鉴定委托、卷宗归档等事务，由诉讼服务中心集约办理，全年集约送达率达到85%以上。在刑事审判庭试点庭审录音录像替代书记员记录，推动书记员向法官助手转型。

[sub] （三）深化诉讼制度改革和诉源治理
[item] 1．深入推进诉源治理。主动融入区委政法委牵头的社会治理工作格局，依托区综治中心设立诉调对接工作室，推动建立“调解员+法官+网格员”纠纷前端化解机制。在三墩镇、蒋村街道开展“共享法庭”实质化运行试点，年内在全区11个镇街综治中心全部设立法官工作站。
[item] 2．完善诉调对接和特邀调解机制。规范特邀调解员选聘、培训、考核和退出管理，将区医疗纠纷人民调解委员会、杭州仲裁委员会纳入特邀调解名册。会同区司法局推广律师调解，在诉讼服务中心设立律师调解工作室。对调解达成协议的，引导当事人在线申请司法确认，确认案件一般在3个工作日内办结。
[item] 3．优化立案阶段繁简分流。完善繁简案件甄别标准，对事实清楚、权利义务明确、争议不大的民商事案件，由速裁团队适用小额诉讼程序、简易程序快审快结。在转塘法庭试行小额诉讼案件要素式审理模式，配套使用表格式裁判文书。
[item] 4．规范认罪认罚案件办理。会同西湖区人民检察院、杭州市公安局西湖区分局健全认罪认罚案件集中办理机制，对可能判处三年有期徒刑以下刑罚的案件依法适用刑事速裁程序，实行集中移送、集中开庭、集中宣判。完善量刑建议采纳与说理机制，对不采纳量刑建议的，在裁判文书中充分说明理由。
[item] 5．推进行政争议实质性化解。依托西湖区行政争议调解中心，对涉征收拆迁、行政协议等案件开展诉前协调化解。落实行政机关负责人出庭应诉制度，每季度向区政府通报出庭应诉情况和败诉案件。推动建立府院联动常态化机制，定期与区司法局会商研判行政执法中的突出问题，及时发送司法建议。

[sub] （四）推进人民法庭建设和基层治理
[item] 1．优化人民法庭案件管辖和布局。根据辖区人口分布和案件结构，调整转塘法庭、留下法庭、三墩法庭、之江法庭收案范围，将涉旅游消费、物业服务、民间借贷等类型化案件相对集中由人民法庭审理。开展人民法庭审判质效单独考核，对各法庭案件平均审理天数、调撤率实行月度排名。
[item] 2．推动人民法庭深度融入基层社会治理。各人民法庭对口联系辖区镇街，法庭庭长列席镇街综治工作例会，每月向镇街通报案件态势。推行“一庭一站多点”服务模式，依托村（社区）“共享法庭”开展在线调解、普法宣传。对辖区多发的邻里、婚姻家庭纠纷，推动建立人民法庭与派出所、司法所、律师事务所“三所一庭”联调联处机制。
[item] 3．支持之江法庭在服务科技创新中先行先试。立足之江实验室等科研机构和科技企业集聚的区位特点，之江法庭集中审理辖区涉科技企业合同、劳动争议案件，建立科技企业涉诉纠纷快速响应机制。联合杭州市知识产权保护中心开展商业秘密保护宣讲，引导企业完善内部合规管理。
[item] 4．强化茶产业和生态资源司法保护。由留下法庭集中审理涉西湖龙井茶地理标志、茶园流转等纠纷，联合区市场监管局建立茶叶品牌侵权线索移送机制。在茶园集中区域设立生态司法保护联系点，探索以补植复绿等方式落实生态环境修复责任。

[sub] （五）强化审判管理数字赋能
[item] 1．深化全域数字法院改革应用。落实浙江高院、杭州中院数字化改革部署，全面应用浙江法院“一体化办案办公平台”，推动审判管理从人工抽查向数据监管转变，以审判管理现代化服务保障中国式现代化。
[cont] 承接杭州中院部署的人工智能辅助阅卷和文书生成试点，在民一庭、民二庭率先应用，年底前形成应用评估报告。
[item] 2．提升审判数据质量和安全管理水平。建立案件信息“随办随录、随录随核”机制，由审判管理办公室每月开展数据质量专项核查，差错率控制在1%以内。落实司法数据分级分类管理要求，严格数据调取审批和使用留痕。推动审判数据与区综治中心、区信访局矛盾纠纷数据共享，定期形成辖区纠纷态势分析报告，服务西湖区社会治理。
[item] 3．规范在线诉讼活动。落实《人民法院在线运行规则》，提升网上立案、在线庭审、电子送达应用质效，对当事人均同意的案件原则上在线开庭。学习借鉴杭州互联网法院异步审理经验，在网络购物合同纠纷中探索适用非同步审理模式。
[item] 4．深化跨域诉讼服务和司法协作。依托跨域立案诉讼服务平台，为异地当事人提供跨域立案、远程调解服务。与拱墅区法院建立毗邻区域执行协作和类案裁判尺度交流机制。推动签订《“双西湖”司法协作框架协议》，与南昌市西湖区人民法院在诉讼服务、审判管理经验交流等方面开展常态化合作。

[sub] （六）加强审判队伍管理和监督制约
[item] 1．完善法官业绩考核评价机制。以办案数量、质量、效率、效果为主要内容，按照民事、刑事、执行等不同岗位设置差异化考核权重，考核结果作为法官等级晋升、评优评先和员额退出的重要依据。对连续两年考核排名末位且无正当理由的员额法官，依程序启动员额退出。
[item] 2．优化审判团队和辅助人员配置。根据各庭室收案量和案件难易程度，动态调整审判团队数量和人员结构，员额法官与审判辅助人员配比不低于1:1.5。完善法官助理分级管理制度，建立书记员集中培训和技能考核机制，定期开展速录技能测试。由政治部会同审管办每半年评估一次团队运行情况。
[item] 3．强化法官履职保障。对法官因依法履职遭受诬告陷害、侮辱诽谤的，由政治部会同杭州市公安局西湖区分局快速处置，必要时在一定范围内澄清正名。在诉讼服务中心、各人民法庭配齐安检设备和一键报警装置，落实《杭州市西湖区人民法院法官及其近亲属人身安全保护实施办法》。
[item] 4．严格执行防止干预司法“三个规定”。对领导干部干预司法活动、司法机关内部人员过问案件等情况，做到有记录必报告、无记录也报告。围绕审限变更、鉴定委托、执行款发放等关键环节，每半年开展一次自查。健全廉政风险防控机制，推动审判监督与纪检监督贯通协同，及时发现和纠正审判管理中的突出问题。

[h1] 四、组织保障
[lead] （一）加强组织领导。成立由院党组书记、院长任组长的审判管理现代化改革领导小组，领导小组办公室设在审判管理办公室，负责统筹协调、督促推进各项改革任务。各部门、各人民法庭主要负责人是本部门改革任务落实的第一责任人。
[lead] （二）强化协同配合。各牵头部门要会同配合部门细化工作措施，明确时间表和路线图；涉及区委政法委、区司法局等单位的事项，由办公室统一对接协调。主动向杭州中院、浙江高院汇报改革进展，争取工作指导和支持。
[lead] （三）严格督查考核。审判管理办公室对本方案确定的任务实行清单化管理、项目化推进，每季度通报进展情况，督查结果纳入部门和个人年度考核。对工作推进不力的，由院党组约谈提醒。
[lead] （四）注重总结宣传。及时总结改革中形成的好经验、好做法，积极报送改革案例，讲好西湖法院审判管理改革故事。

[annex] 附件：杭州市西湖区人民法院深化审判管理现代化改革任务分工表
[sign] 杭州市西湖区人民法院
[date] 2025年3月14日
[cc] 抄送：杭州市中级人民法院，区委政法委。
[printed] 杭州市西湖区人民法院办公室　　　　　　　　2025年3月14日印发
"""


# ---------------------------------------------------------------- source


def parse(source: str) -> list[tuple[str, str]]:
    blocks: list[tuple[str, str]] = []
    for n, raw in enumerate(source.splitlines(), 1):
        line = raw.strip()
        if not line:
            continue
        if not line.startswith("["):
            raise SystemExit(f"SOURCE line {n}: a line must start with [tag]: {line}")
        tag, _, text = line[1:].partition("]")
        blocks.append((tag.strip(), text.strip()))
    return blocks


def plain_text(blocks: list[tuple[str, str]]) -> str:
    """The document's text as a reader sees it: one paragraph a line (the title's break kept as a line)."""
    lines = []
    for _tag, text in blocks:
        lines.extend(text.split("<br>"))
    return "\n".join(lines) + "\n"


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


def add_text(paragraph, text: str, east_asian: str = FANGSONG, size: float | None = None, bold=None):
    parts = text.split("<br>")
    for i, part in enumerate(parts):
        run = paragraph.add_run(part)
        set_fonts(run, east_asian, size, bold)
        if i < len(parts) - 1:
            run.add_break(WD_BREAK.LINE)


def split_first_sentence(text: str) -> tuple[str, str]:
    head, sep, rest = text.partition("。")
    return (head + sep, rest) if sep else (text, "")


def rule(paragraph, side: str) -> None:
    ppr = paragraph._p.get_or_add_pPr()
    ppr.append(
        parse_xml(f'<w:pBdr {nsdecls("w")}><w:{side} w:val="single" w:sz="6" w:space="1" w:color="000000"/></w:pBdr>')
    )


def add_page_field(paragraph) -> None:
    add_text(paragraph, "— ", size=14)

    def fld(kind: str) -> None:
        run = paragraph.add_run()
        set_fonts(run, FANGSONG, 14)
        el = OxmlElement("w:fldChar")
        el.set(qn("w:fldCharType"), kind)
        run._r.append(el)

    fld("begin")
    run = paragraph.add_run()
    set_fonts(run, FANGSONG, 14)
    instr = OxmlElement("w:instrText")
    instr.set(qn("xml:space"), "preserve")
    instr.text = " PAGE "
    run._r.append(instr)
    fld("separate")
    add_text(paragraph, "1", size=14)
    fld("end")
    add_text(paragraph, " —", size=14)


def setup(doc) -> None:
    normal = doc.styles["Normal"]
    set_fonts(normal, FANGSONG, 16)
    normal.paragraph_format.line_spacing = Pt(28)
    normal.paragraph_format.space_after = Pt(0)
    normal.paragraph_format.space_before = Pt(0)
    heading = doc.styles["Heading 1"]
    set_fonts(heading, HEITI, 16, bold=False)
    heading.font.color.rgb = RGBColor(0, 0, 0)
    heading.font.italic = False
    heading.paragraph_format.space_before = Pt(0)
    heading.paragraph_format.space_after = Pt(0)
    heading.paragraph_format.first_line_indent = Pt(32)
    heading.paragraph_format.line_spacing = Pt(28)
    set_fonts(doc.styles["Footer"], FANGSONG, 14)
    section = doc.sections[0]
    section.orientation = WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = Cm(21), Cm(29.7)
    section.top_margin, section.bottom_margin = Cm(3.7), Cm(3.5)
    section.left_margin, section.right_margin = Cm(2.8), Cm(2.6)
    footer = section.footer.paragraphs[0]
    add_page_field(footer)
    footer.alignment = WD_ALIGN_PARAGRAPH.CENTER


# ---------------------------------------------------------------- document


def build(out: Path) -> Path:
    doc = Document()
    setup(doc)
    for tag, text in parse(SOURCE):
        if tag == "h1":
            p = doc.add_paragraph(style="Heading 1")
            add_text(p, text, HEITI, 16, bold=False)
            continue
        p = doc.add_paragraph()
        fmt = p.paragraph_format
        if tag == "title":
            add_text(p, text, XIAOBIAOSONG, 22)
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            fmt.line_spacing = Pt(36)
            fmt.space_after = Pt(28)
        elif tag == "p" or tag == "cont":
            add_text(p, text)
            fmt.first_line_indent = Pt(32)
        elif tag == "sub":
            add_text(p, text, KAITI, bold=True)
            fmt.first_line_indent = Pt(32)
        elif tag == "item":
            head, rest = split_first_sentence(text)
            add_text(p, head, bold=True)
            if rest:
                add_text(p, rest)
            fmt.first_line_indent = Pt(32)
        elif tag == "lead":
            head, rest = split_first_sentence(text)
            add_text(p, head, KAITI, bold=True)
            if rest:
                add_text(p, rest)
            fmt.first_line_indent = Pt(32)
        elif tag == "annex":
            add_text(p, text)
            fmt.first_line_indent = Pt(32)
            fmt.space_before = Pt(28)
        elif tag == "sign":
            add_text(p, text)
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            fmt.right_indent = Pt(64)
            fmt.space_before = Pt(56)
        elif tag == "date":
            add_text(p, text)
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            fmt.right_indent = Pt(80)
        elif tag == "cc":
            add_text(p, text, FANGSONG, 14)
            fmt.left_indent, fmt.right_indent = Pt(14), Pt(14)
            fmt.space_before = Pt(84)
            rule(p, "top")
        elif tag == "printed":
            add_text(p, text, FANGSONG, 14)
            fmt.left_indent, fmt.right_indent = Pt(14), Pt(14)
            ppr = p._p.get_or_add_pPr()
            ppr.append(
                parse_xml(
                    f'<w:pBdr {nsdecls("w")}><w:top w:val="single" w:sz="4" w:space="1" w:color="000000"/>'
                    '<w:bottom w:val="single" w:sz="6" w:space="1" w:color="000000"/></w:pBdr>'
                )
            )
        else:
            raise SystemExit(f"unknown tag [{tag}]")

    props = doc.core_properties
    props.title = DOC_TITLE
    props.author = AUTHOR
    props.last_modified_by = AUTHOR
    props.created = props.modified = WHEN
    props.revision = 3
    props.comments = props.keywords = props.subject = props.category = ""

    buffer = io.BytesIO()
    doc.save(buffer)
    write_deterministic(buffer.getvalue(), out)
    return out


def write_deterministic(data: bytes, out: Path) -> None:
    """Re-zip with fixed timestamps and attributes so that a rebuild is byte-identical."""
    stamp = (WHEN.year, WHEN.month, WHEN.day, 0, 0, 0)
    out.parent.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            fixed = zipfile.ZipInfo(info.filename, date_time=stamp)
            fixed.compress_type = zipfile.ZIP_DEFLATED
            fixed.external_attr = 0o644 << 16
            dst.writestr(fixed, src.read(info.filename))


def main(argv: list[str]) -> int:
    out = Path(argv[0]) if argv else HERE / f"{NAME}.docx"
    build(out)
    if len(argv) > 1:
        Path(argv[1]).write_text(plain_text(parse(SOURCE)), encoding="utf-8")
    print(out)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
