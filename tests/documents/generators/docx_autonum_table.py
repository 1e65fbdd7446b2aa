"""Build the Word test document of a city court's task-division table whose 序号 column is Word list numbering.

Run from the repository root:

    .venv/bin/python tests/documents/generators/docx_autonum_table.py tests/documents/nanning-2024-renwu-fengong.docx

The first argument is the output path (default: nanning-2024-renwu-fengong.docx in the current directory).
Fictional content; real court, district courts, places and national reform vocabulary. The output is
deterministic: fixed document properties, fixed numbering ids and nsid, and a re-zip with fixed timestamps, so
a rebuild without changes is byte-identical. Needs only python-docx (and lxml, which it brings).

What real-world layout it imitates: the 任务分工方案 that an intermediate court's 司法改革办公室 types in Word
and sends round as an attachment (南宁中院2024年深化司法体制改革任务分工方案), the whole file in A4 landscape:

- a title in 方正小标宋 (22 pt, centred) and ONE short preamble paragraph (仿宋, first line indented); no
  letterhead, no document number and no signature — it is the attachment as circulated;
- then ONE Word table ("Table Grid") with six columns 序号 | 改革任务 | 具体措施 | 牵头部门 | 配合部门 | 完成时限;
  the header row is shaded and repeats at the top of every page (w:tblHeader); rows do not split across pages
  (w:cantSplit);
- category rows (一、… 六、) are a single cell merged across all six columns (w:gridSpan="6"), in 黑体;
- the 序号 cells hold NO typed digit. As in a real file where the typist selected the 序号 column and clicked
  Word's "Numbering" button, each 序号 cell's only paragraph is an empty "List Paragraph" carrying
  w:numPr (ilvl 0, numId NUM_ID) that points at a decimal list in numbering.xml (abstractNum ABSTRACT_NUM_ID,
  multiLevelType "hybridMultilevel", level 0: numFmt "decimal", lvlText "%1", lvlJc "center", suff
  "nothing"; levels 1-8 are Word's unused defaults). The number Word shows (1, 2 … 30) is generated, not in
  the text. The category rows in between are not part of the list, so the numbering runs on across them
  (一、 1-6, 二、 7-11 …) exactly as Word, WPS and LibreOffice display it;
- a 具体措施 cell holds two or three measures, each its own paragraph (no typed 1. 2.);
- a 牵头部门 cell holds one unit, two units separated by 、, two units separated by a line break inside the
  paragraph (w:br), or two units as two paragraphs; unit names are the court's usual short forms (审管办,
  司改办, 民四庭, 青秀区法院 …);
- after the table only closing material: the 抄送 line and the 印发 line of the court's 办公室 (with the date);
- the footer carries a "— PAGE —" field.
"""

from __future__ import annotations

import datetime as dt
import io
import sys
import zipfile
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT, WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Pt

NAME = "nanning-2024-renwu-fengong"
DATE = dt.datetime(2024, 3, 18, tzinfo=dt.UTC)

FANGSONG = "仿宋_GB2312"
HEITI = "黑体"
XIAOBIAOSONG = "方正小标宋简体"

ABSTRACT_NUM_ID = 11  # the template's own lists use 0-8
NUM_ID = 12  # the template's own nums use 1-9

# Word's defaults for levels 1-8 of a list made with the Numbering button (unused here).
DEFAULT_LEVELS = [
    ("lowerLetter", "%2)"),
    ("lowerRoman", "%3."),
    ("decimal", "%4."),
    ("lowerLetter", "%5)"),
    ("lowerRoman", "%6."),
    ("decimal", "%7."),
    ("lowerLetter", "%8)"),
    ("lowerRoman", "%9."),
]

TITLE = "南宁中院2024年深化司法体制改革任务分工方案"

PREAMBLE = (
    "为深入贯彻党的二十大关于深化司法体制综合配套改革的部署，全面落实最高人民法院、广西壮族自治区高级人民法院和市委关于"
    "2024年司法改革工作的要求，立足南宁建设面向东盟开放合作的国际化大都市实际，结合全市法院工作，制定本方案。"
    "各牵头部门对所承担任务负总责，配合部门按照职责协同推进；涉及基层人民法院的任务，由对口业务部门加强指导，"
    "各部门于每季度末将推进情况报送本院司法改革办公室。"
)

HEADER = ["序号", "改革任务", "具体措施", "牵头部门", "配合部门", "完成时限"]
WIDTHS_CM = [1.3, 3.8, 11.4, 2.7, 3.2, 2.6]

# Units: "<br>" is a line break inside the cell's paragraph, "\n" starts a new paragraph in the cell.
# Each task: (改革任务, [具体措施 paragraphs], 牵头部门, 配合部门, 完成时限).
CATEGORIES: list[tuple[str, list[tuple[str, list[str], str, str, str]]]] = [
    (
        "一、健全审判权力运行和监督制约机制",
        [
            (
                "全面准确落实司法责任制",
                [
                    "修订《南宁市中级人民法院院庭长审判监督管理职责清单（2024年修订）》，逐项明确院庭长、审判长和承办法官在立案、审理、裁判各环节的职责边界。",
                    "健全裁判文书分级签署机制，除依法应当由院庭长签署的外，独任法官、审判长直接签署裁判文书。",
                    "开展司法责任制落实情况专项评估，评估结果纳入各部门年度绩效考核。",
                ],
                "审管办",
                "政治部、研究室",
                "2024年6月底前",
            ),
            (
                "完善院庭长阅核制度",
                [
                    "制定阅核工作实施细则，明确应当阅核的案件范围、阅核主体和阅核方式。",
                    "健全阅核意见分歧处理程序，院庭长不得直接改变独任法官、合议庭的裁判意见，阅核意见一律在线签署、全程留痕。",
                    "在青秀区法院开展院庭长阅核与专业法官会议衔接试点，11月底前形成可推广的经验。",
                ],
                "审管办",
                "研究室、青秀区法院",
                "2024年9月底前",
            ),
            (
                "规范专业法官会议和审判委员会运行",
                [
                    "建立审判委员会讨论事项先行过滤机制，拟提交审判委员会讨论的案件原则上应当先经专业法官会议讨论。",
                    "推动建立两级法院民商事专业法官会议定期会商机制，每季度集中研究辖区类案裁判尺度问题。",
                ],
                "研究室",
                "审管办、各审判业务部门",
                "2024年第三季度",
            ),
            (
                "健全新型审判团队运行机制",
                [
                    "推行“1+1+1”基本型审判团队与“1+N+N”专业型审判团队相结合的配置模式，根据案件类型动态调整团队组成。",
                    "支持江南区法院开展送达、保全、鉴定等审判辅助事务集中办理试点，推动审判辅助事务与审判核心事务相分离。",
                ],
                "政治部",
                "审管办、江南区法院",
                "2024年10月底前",
            ),
            (
                "完善法官员额和审判辅助人员管理",
                [
                    "健全员额法官遴选、退出和动态调整机制，员额配置向案多人少的基层法院倾斜。",
                    "落实聘用制书记员统一招录、集中管理制度，会同市人力资源和社会保障局完善书记员薪酬待遇保障办法。",
                ],
                "政治部",
                "审管办、各基层法院",
                "2024年11月底前",
            ),
            (
                "强化审判监督管理和廉洁司法风险防控",
                [
                    "健全“四类案件”识别、报告和监督管理机制，依托办案系统自动标注、节点预警。",
                    "严格执行防止干预司法“三个规定”，对过问案件情况实行月报告、零报告制度。",
                    "每半年开展一次廉洁司法风险点排查，对排查发现的问题建立整改台账。",
                ],
                "审管办、机关纪委",
                "政治部",
                "2024年12月底前",
            ),
        ],
    ),
    (
        "二、深化诉讼制度改革",
        [
            (
                "深化繁简分流机制改革",
                [
                    "扩大小额诉讼程序适用，对标的额较小、事实清楚的金钱给付案件依法适用小额诉讼程序。",
                    "本院试行民事二审案件独任审理，制定二审独任审理案件范围和转换规则。",
                    "支持西乡塘区法院开展道路交通、物业服务等类型化案件要素式审判试点，推广要素式、表格式裁判文书。",
                ],
                "民一庭",
                "立案庭、审管办、西乡塘区法院",
                "2024年9月底前",
            ),
            (
                "深化以审判为中心的刑事诉讼制度改革",
                [
                    "严格执行刑事审判“三项规程”，提高证人、鉴定人出庭作证率。",
                    "会同南宁市人民检察院、市司法局完善认罪认罚案件量刑协商和听取辩护意见机制。",
                    "在兴宁区法院试行刑事速裁案件集中审理、当庭宣判模式。",
                ],
                "刑一庭",
                "刑二庭、兴宁区法院",
                "2024年10月底前",
            ),
            (
                "推进行政争议实质性化解",
                [
                    "完善南宁铁路运输法院跨区域集中管辖行政案件的配套机制，健全行政案件立案、审理与执行的协调衔接。",
                    "依托南宁市行政争议协调化解中心，对涉企行政争议开展诉前协调化解。",
                    "严格落实行政机关负责人出庭应诉制度，每半年向市人民政府通报出庭应诉情况。",
                ],
                "行政庭",
                "立案庭、南宁铁路运输法院",
                "2024年11月底前",
            ),
            (
                "完善家事和少年审判工作机制",
                [
                    "推行家事案件财产申报和家事调查员制度，依法保护妇女、儿童和老年人合法权益。",
                    "依托南宁市家庭教育指导服务中心，对涉案未成年人的监护人开展家庭教育指导。",
                    "在邕宁区法院开展涉少案件“社会调查+心理评估”前置试点。",
                ],
                "少年家事审判庭",
                "民一庭、邕宁区法院",
                "2024年9月底前",
            ),
            (
                "完善提级管辖和再审审查机制",
                [
                    "严格执行《最高人民法院关于规范上下级人民法院审判业务关系的若干意见》，规范对下指导方式。",
                    "建立辖区法院提级管辖案件甄别和报送机制，对具有普遍法律适用指导意义的案件及时提级审理。",
                    "推行再审审查案件公开听证制度，增强再审审查工作透明度。",
                ],
                "审判监督庭",
                "立案庭、研究室",
                "2024年12月底前",
            ),
        ],
    ),
    (
        "三、完善多元解纷和诉讼服务体系",
        [
            (
                "深入推进诉源治理",
                [
                    "在市委政法委统筹下，推动法院诉讼服务站进驻镇（街道）综治中心，实现矛盾纠纷就地化解。",
                    "深化“邕和解纷”诉源治理品牌建设，推动建立万人起诉率动态监测和通报机制。",
                ],
                "立案庭",
                "民一庭、各基层法院",
                "持续推进",
            ),
            (
                "健全“一站式”多元解纷机制",
                [
                    "完善特邀调解组织和特邀调解员名册管理制度，定期公布名册并实行动态调整。",
                    "支持南宁市律师协会设立律师调解中心，健全律师调解与司法确认衔接程序。",
                    "会同市司法局完善人民调解、行政调解与诉讼调解联动工作机制。",
                ],
                "立案庭",
                "民一庭、民二庭",
                "2024年6月底前",
            ),
            (
                "推进新时代人民法庭建设",
                [
                    "完善人民法庭巡回审判机制，在上林县、马山县等偏远山区设立巡回审判点。",
                    "推行“法官+网格员”联动解纷模式，将人民法庭法官纳入乡镇综治网格。",
                    "支持武鸣区法院、宾阳县法院开展“一庭一品”特色人民法庭创建试点。",
                ],
                "民一庭",
                "政治部、武鸣区法院、宾阳县法院",
                "2024年12月底前",
            ),
            (
                "完善道路交通事故纠纷一体化处理机制",
                [
                    "会同公安交管部门和保险监管机构，推动事故认定、调解、理赔、诉讼数据在线流转。",
                    "支持江南区法院与南宁市道路交通事故人民调解委员会共建道交纠纷“调解+保险理赔”一站式处理模式。",
                ],
                "民一庭",
                "立案庭、江南区法院",
                "2024年8月底前",
            ),
            (
                "提升诉讼服务质效",
                [
                    "全面推行跨域立案，推动北部湾城市群诉讼服务事项就近办理、异地通办。",
                    "完善12368诉讼服务热线“一号通办”工作机制，群众诉求一律限时答复。",
                ],
                "立案庭",
                "信息技术处",
                "2024年9月底前",
            ),
        ],
    ),
    (
        "四、深化执行体制机制改革",
        [
            (
                "健全执行权监督制约机制",
                [
                    "完善执行案件“一案双查”制度，对执行案件办理情况和执行干警履职情况同步检查。",
                    "健全终结本次执行程序案件动态管理和恢复执行机制，定期开展终本案件集中清理。",
                ],
                "执行局",
                "审管办、机关纪委",
                "2024年10月底前",
            ),
            (
                "深化执行联动协作",
                [
                    "推动建立执行工作联席会议制度，由市委政法委定期召集公安、自然资源、市场监管等部门会商重大执行事项。",
                    "深化北部湾城市群异地执行协作机制，实现异地查控、异地送达协同办理。",
                ],
                "执行局",
                "办公室、各基层法院",
                "长期坚持",
            ),
            (
                "规范涉企执行行为",
                [
                    "制定涉企案件执行财产处置指引，对生产经营性财产优先采取“活封活扣”措施。",
                    "支持横州市法院试行执行事务“分段集约”办理模式，提升执行实施效率。",
                ],
                "执行局",
                "民二庭、横州市法院",
                "2024年12月底前",
            ),
        ],
    ),
    (
        "五、服务保障面向东盟开放合作",
        [
            (
                "深化南宁国际商事法庭建设",
                [
                    "健全涉外商事案件集中管辖机制，南宁中院受理的第一审涉外商事案件由南宁国际商事法庭统一审理。",
                    "推动建立中国—东盟商事法律专家咨询委员会，选聘熟悉东盟国家法律的专家担任咨询委员。",
                    "健全涉外商事案件跨境电子送达机制，为“一带一路”建设提供高效便捷的司法服务。",
                ],
                "民四庭<br>南宁国际商事法庭",
                "立案庭、研究室",
                "2024年9月底前",
            ),
            (
                "完善国际商事纠纷诉讼、调解、仲裁衔接机制",
                [
                    "支持中国—东盟（南宁）国际商事调解中心入驻南宁国际商事法庭，健全涉外商事调解协议司法确认程序。",
                    "探索建立东盟国家籍调解员参与涉外商事纠纷调解制度。",
                    "依托人民法院调解平台开展中国—东盟跨境商事纠纷在线调解试点，实现跨境当事人线上调解、在线签署调解协议。",
                ],
                "民四庭",
                "立案庭、南宁国际商事法庭",
                "2024年10月底前",
            ),
            (
                "服务中国（广西）自由贸易试验区南宁片区建设",
                [
                    "支持良庆区法院开展自贸试验区涉外商事案件集中审理试点，统一涉自贸试验区案件裁判尺度。",
                    "建立离岸贸易、跨境电商纠纷快速审理机制，依法保障新型国际贸易方式创新发展。",
                    "定期发布涉自贸试验区案件审判白皮书和典型案例。",
                ],
                "民四庭",
                "研究室、良庆区法院",
                "2024年12月底前",
            ),
            (
                "服务面向东盟的金融开放门户建设",
                [
                    "推动建立跨境人民币结算和跨境融资纠纷集中审理机制。",
                    "会同金融监管部门建立金融风险信息通报机制，及时发送金融风险防范司法建议。",
                    "支持青秀区法院与南宁市金融纠纷人民调解委员会共建金融纠纷“诉调一体”化解模式。",
                ],
                "民二庭",
                "青秀区法院",
                "2024年11月底前",
            ),
            (
                "加强知识产权司法保护",
                [
                    "深化知识产权民事、行政和刑事案件“三合一”审判机制改革。",
                    "在南宁·中关村创新示范基地设立知识产权司法保护服务站，完善技术调查官参与技术类案件审理制度。",
                    "配合广西高院健全面向东盟的知识产权跨境司法协作机制。",
                ],
                "民三庭",
                "研究室",
                "2024年12月底前",
            ),
            (
                "健全跨境物流和铁路运输纠纷审理机制",
                [
                    "支持南宁铁路运输法院开展跨境铁路运输纠纷集中审理试点，探索铁路运单物权凭证功能司法认定规则。",
                    "围绕国际多式联运发展，研究制定国际多式联运单证纠纷审理指引。",
                ],
                "民二庭",
                "南宁铁路运输法院",
                "2024年12月底前",
            ),
        ],
    ),
    (
        "六、推进数字法院建设和改革保障",
        [
            (
                "深化数字法院建设",
                [
                    "全面落实电子卷宗随案同步生成，推进电子卷宗单套制归档。",
                    "在西乡塘区法院开展人工智能辅助庭审记录试点。",
                    "推动建立南宁法院司法数据共享交换平台，实现与公安、检察、司法行政机关的数据互通。",
                ],
                "信息技术处\n审管办",
                "西乡塘区法院",
                "2024年12月底前",
            ),
            (
                "完善司法公开机制",
                [
                    "健全庭审直播选案和审核制度，推动庭审直播常态化。",
                    "建立裁判文书上网审查和不公开审批程序。",
                ],
                "审管办",
                "办公室、信息技术处",
                "2024年12月底前",
            ),
            (
                "完善审判质量管理指标体系",
                [
                    "建立审判质效指标月度会商和通报制度，按月分析全市法院审判运行态势。",
                    "健全案件质量常态化评查机制，评查结果纳入法官业绩档案。",
                ],
                "审管办",
                "各审判业务部门",
                "2024年6月底前",
            ),
            (
                "加强法官职业保障和履职保护",
                [
                    "完善法官及其近亲属人身安全保护机制，依法惩处威胁、报复法官的违法犯罪行为。",
                    "建立不实举报澄清正名机制，及时为受到不实举报的法官澄清正名。",
                    "落实法官等级按期晋升和择优选升制度。",
                ],
                "政治部",
                "法警支队",
                "2024年12月底前",
            ),
            (
                "强化改革统筹和督察落实",
                [
                    "发挥本院司法改革领导小组统筹作用，建立改革任务台账和季度通报制度，对进度滞后的任务实行挂牌督办。",
                    "加强与广西高院、自治区党委政法委的请示沟通，及时报送南宁法院改革经验和典型案例。",
                ],
                "司改办",
                "本院各部门、各基层法院",
                "长期坚持",
            ),
        ],
    ),
]

CLOSING = [
    ("flush", "抄送：广西壮族自治区高级人民法院司法改革办公室，市委政法委。"),
    ("right", "南宁市中级人民法院办公室　　　　　　2024年3月18日印发"),
]


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


def add_text(paragraph, text: str, east_asian: str = FANGSONG, size: float | None = None, bold=None) -> None:
    """Add runs; '<br>' becomes a line break (w:br) inside the paragraph."""
    parts = text.split("<br>")
    for i, part in enumerate(parts):
        run = paragraph.add_run(part)
        set_fonts(run, east_asian, size, bold)
        if i < len(parts) - 1:
            run.add_break(WD_BREAK.LINE)


def setup_styles(doc) -> None:
    normal = doc.styles["Normal"]
    set_fonts(normal, FANGSONG, 16)
    fmt = normal.paragraph_format
    fmt.line_spacing = Pt(28)
    fmt.space_before = Pt(0)
    fmt.space_after = Pt(0)
    listp = doc.styles["List Paragraph"]
    set_fonts(listp, FANGSONG, 12)
    listp.paragraph_format.left_indent = Pt(21)  # the style's own indent (Word: 420 twips)
    set_fonts(doc.styles["Footer"], FANGSONG, 10.5)


def add_page_field(paragraph) -> None:
    """'— PAGE —' with a real PAGE field (complex field), as Word writes it."""
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


def shade(cell, fill: str) -> None:
    cell._tc.get_or_add_tcPr().append(
        parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>')
    )


def row_props(row, header: bool = False) -> None:
    trpr = row._tr.get_or_add_trPr()
    trpr.append(parse_xml(f"<w:cantSplit {nsdecls('w')}/>"))
    if header:
        trpr.append(parse_xml(f"<w:tblHeader {nsdecls('w')}/>"))


def tight(paragraph, align=None) -> None:
    fmt = paragraph.paragraph_format
    fmt.first_line_indent = Pt(0)
    fmt.line_spacing = Pt(20)
    if align is not None:
        paragraph.alignment = align


# ---------------------------------------------------------------- the list in numbering.xml


def add_list(doc) -> None:
    """The decimal list that Word writes when the Numbering button is clicked on the 序号 column."""
    numbering = doc.part.numbering_part.element
    levels = [
        '<w:lvl w:ilvl="0" w:tplc="0409000F"><w:start w:val="1"/><w:numFmt w:val="decimal"/>'
        '<w:suff w:val="nothing"/><w:lvlText w:val="%1"/><w:lvlJc w:val="center"/>'
        '<w:pPr><w:ind w:left="0" w:firstLine="0"/></w:pPr></w:lvl>'
    ]
    tplc = {"lowerLetter": "04090019", "lowerRoman": "0409001B", "decimal": "0409000F"}
    for i, (fmt, text) in enumerate(DEFAULT_LEVELS, 1):
        levels.append(
            f'<w:lvl w:ilvl="{i}" w:tplc="{tplc[fmt]}" w:tentative="1"><w:start w:val="1"/>'
            f'<w:numFmt w:val="{fmt}"/><w:lvlText w:val="{text}"/><w:lvlJc w:val="left"/>'
            f'<w:pPr><w:ind w:left="{420 * (i + 1)}" w:hanging="420"/></w:pPr></w:lvl>'
        )
    abstract = parse_xml(
        f'<w:abstractNum {nsdecls("w")} w:abstractNumId="{ABSTRACT_NUM_ID}">'
        '<w:nsid w:val="5B3E7A12"/><w:multiLevelType w:val="hybridMultilevel"/><w:tmpl w:val="0C7A4E28"/>'
        + "".join(levels)
        + "</w:abstractNum>"
    )
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(abstract)  # every abstractNum precedes every num
    else:
        numbering.append(abstract)
    numbering.append(
        parse_xml(f'<w:num {nsdecls("w")} w:numId="{NUM_ID}"><w:abstractNumId w:val="{ABSTRACT_NUM_ID}"/></w:num>')
    )


def number_cell(cell) -> None:
    """The 序号 cell: an empty "List Paragraph" in the list; Word generates its number."""
    p = cell.paragraphs[0]
    p.style = cell.part.document.styles["List Paragraph"]
    ppr = p._p.get_or_add_pPr()
    numpr = parse_xml(f'<w:numPr {nsdecls("w")}><w:ilvl w:val="0"/><w:numId w:val="{NUM_ID}"/></w:numPr>')
    ppr.find(qn("w:pStyle")).addnext(numpr)  # numPr follows pStyle in CT_PPr's sequence
    ppr.append(parse_xml(f'<w:ind {nsdecls("w")} w:left="0" w:firstLineChars="0" w:firstLine="0"/>'))
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER


def fill_cell(cell, text: str, east_asian: str = FANGSONG, align=None) -> None:
    """'\\n' separates paragraphs inside the cell, '<br>' is a line break inside one paragraph."""
    for i, para in enumerate(text.split("\n")):
        p = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
        add_text(p, para, east_asian, 12)
        tight(p, align)


# ---------------------------------------------------------------- assembly


def build_table(doc) -> None:
    widths = [Cm(w) for w in WIDTHS_CM]
    n_rows = 1 + sum(1 + len(tasks) for _, tasks in CATEGORIES)
    table = doc.add_table(rows=n_rows, cols=len(HEADER))
    table.style = doc.styles["Table Grid"]
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    table.autofit = False
    for col, width in zip(table.columns, widths, strict=True):
        col.width = width

    head = table.rows[0]
    row_props(head, header=True)
    for c, text in enumerate(HEADER):
        cell = head.cells[c]
        cell.width = widths[c]
        shade(cell, "D9D9D9")  # w:shd precedes w:vAlign in CT_TcPr's sequence
        cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
        fill_cell(cell, text, HEITI, WD_ALIGN_PARAGRAPH.CENTER)

    r = 1
    for category, tasks in CATEGORIES:
        row = table.rows[r]
        row_props(row)
        for c in range(len(HEADER)):
            row.cells[c].width = widths[c]
        merged = row.cells[0].merge(row.cells[len(HEADER) - 1])  # one w:tc with w:gridSpan="6"
        fill_cell(merged, category, HEITI, WD_ALIGN_PARAGRAPH.LEFT)
        r += 1
        for task, measures, lead, partners, deadline in tasks:
            row = table.rows[r]
            row_props(row)
            cells = row.cells
            for c in range(len(HEADER)):
                cells[c].width = widths[c]
                cells[c].vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
            number_cell(cells[0])
            fill_cell(cells[1], task, FANGSONG, WD_ALIGN_PARAGRAPH.LEFT)
            fill_cell(cells[2], "\n".join(measures), FANGSONG, WD_ALIGN_PARAGRAPH.JUSTIFY)
            fill_cell(cells[3], lead, FANGSONG, WD_ALIGN_PARAGRAPH.CENTER)
            fill_cell(cells[4], partners, FANGSONG, WD_ALIGN_PARAGRAPH.CENTER)
            fill_cell(cells[5], deadline, FANGSONG, WD_ALIGN_PARAGRAPH.CENTER)
            cells[2].vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.TOP
            r += 1


def build(out: Path) -> Path:
    doc = Document()
    setup_styles(doc)
    add_list(doc)

    section = doc.sections[0]
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = Cm(29.7), Cm(21)
    section.top_margin, section.bottom_margin = Cm(2.5), Cm(2.2)
    section.left_margin, section.right_margin = Cm(2.2), Cm(2.2)

    p = doc.add_paragraph()
    add_text(p, TITLE, XIAOBIAOSONG, 22)
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.paragraph_format.line_spacing = Pt(36)
    p.paragraph_format.space_after = Pt(12)

    p = doc.add_paragraph()
    add_text(p, PREAMBLE)
    p.paragraph_format.first_line_indent = Pt(32)
    p.paragraph_format.space_after = Pt(8)

    build_table(doc)

    for kind, text in CLOSING:
        p = doc.add_paragraph()
        add_text(p, text, FANGSONG, 14)
        if kind == "right":
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        else:
            p.paragraph_format.space_before = Pt(18)
            border = parse_xml(
                f'<w:pBdr {nsdecls("w")}><w:top w:val="single" w:sz="6" w:space="4" w:color="000000"/>'
                '<w:bottom w:val="single" w:sz="6" w:space="4" w:color="000000"/></w:pBdr>'
            )
            p._p.get_or_add_pPr().append(border)

    footer = section.footer.paragraphs[0]
    add_page_field(footer)
    footer.alignment = WD_ALIGN_PARAGRAPH.CENTER

    props = doc.core_properties
    props.title = TITLE
    props.author = "南宁市中级人民法院"
    props.last_modified_by = "南宁市中级人民法院"
    props.created = props.modified = DATE
    props.revision = 1
    props.comments = props.keywords = props.subject = props.category = ""

    buffer = io.BytesIO()
    doc.save(buffer)
    write_deterministic(buffer.getvalue(), out, DATE)
    return out


def write_deterministic(data: bytes, out: Path, when: dt.datetime) -> None:
    """Re-zip with a fixed timestamp so that a rebuild is byte-identical."""
    stamp = (when.year, when.month, when.day, 0, 0, 0)
    out.parent.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            fixed = zipfile.ZipInfo(info.filename, date_time=stamp)
            fixed.compress_type = zipfile.ZIP_DEFLATED
            fixed.external_attr = 0o644 << 16
            dst.writestr(fixed, src.read(info.filename))


def main(argv: list[str]) -> int:
    out = Path(argv[0]) if argv else Path(f"{NAME}.docx")
    print(build(out))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
