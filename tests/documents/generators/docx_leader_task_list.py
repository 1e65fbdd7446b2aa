# ruff: noqa: E501  (the document's sentences are kept one per line)
"""Build the Word test document of a district court's reform task list: a short 印发 notice and ONE landscape table.

Run from the repository root (the output path is the first argument; a second, optional argument also writes the
document's plain text, in reading order, for reference):

    .venv/bin/python tests/documents/generators/docx_leader_task_list.py tests/documents/yuhang-2025-renwu-qingdan.docx \
        [tests/documents/sources/yuhang-2025-renwu-qingdan.docx.txt]

It writes 杭州市余杭区人民法院's 2025年司法体制综合配套改革任务清单 (fictional content; real court, tribunals' towns,
neighbouring courts, places, bodies and national reform vocabulary; the leaders' names are invented). The output is
deterministic: fixed document properties and fixed zip timestamps, so a rebuild without changes is byte-identical.
Needs only python-docx (and the standard library).

What real-world layout it imitates: the 任务清单 that a basic court's 司法改革办公室 types in Word as a single
landscape file and sends round on the OA system — not a red-letterhead 公文 with an 附件, but the 印发 notice typed
straight above the list, and then the whole list in one wide table in the 任务清单 layout Zhejiang basic courts use,
in which every concrete measure is its own numbered row and names its 责任领导 (the court leader in charge), its
牵头部门, its 配合部门 and its 完成时限:

- ONE section, A4 landscape (29.7 × 21 cm), margins 2.4/2.2/2.0/2.0 cm, 仿宋_GB2312 body text; footer "- PAGE -";
- at the top: the document number 余法〔2025〕14号 flush right, the notice's title 关于印发《…》的通知 centred in
  方正小标宋简体, the addressee line 本院各部门、各人民法庭：, ONE body paragraph (indented two characters), then the
  signature 杭州市余杭区人民法院 and the date 2025年2月26日 flush right; no page break;
- then the list's own title centred in 方正小标宋简体 and ONE fully ruled table (w:tblBorders, fixed layout) with seven
  columns 序号 | 改革项目 | 具体举措 | 责任领导 | 牵头部门 | 配合部门 | 完成时限; the bold, shaded header row repeats on
  every page (w:tblHeader) and rows do not split across pages (w:cantSplit);
- there are no category rows: the 改革项目 cell (bold) is merged vertically (w:vMerge restart/continue) over the
  rows of the measures that belong to it, nine 改革项目 over 33 rows; 序号 numbers every 具体举措 row 1 … 33 straight
  through the table (typed numbers, not Word list numbering);
- 具体举措 cells hold one paragraph: the measure's first sentence, then its details;
- 责任领导 cells name a leader by office and name (党组副书记、副院长 沈建华); where consecutive rows of the same
  改革项目 share a leader the 责任领导 cell is merged vertically over them as well;
- 牵头部门 / 配合部门 cells list the court's departments and tribunals in office short form (审管办, 司改办, 民一庭,
  良渚人民法庭 …) and outside bodies (区司法局, 区综治中心), separated by 、 and once by /; two 配合部门 cells are empty;
- 完成时限 is written in the forms real lists mix: 2025年6月底前, 2025年10月31日前, 2025年12月, 全年, 长期坚持;
- after the table one 注： paragraph on how the columns are to be read.
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
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Pt

FANGSONG = "仿宋_GB2312"
HEITI = "黑体"
XIAOBIAOSONG = "方正小标宋简体"

ISSUER = "杭州市余杭区人民法院"
DOCNO = "余法〔2025〕14号"
NOTICE_TITLE = "杭州市余杭区人民法院关于印发《2025年司法体制综合配套改革任务清单》的通知"
ADDRESSEE = "本院各部门、各人民法庭："
BODY = "为深入贯彻党的二十届三中全会关于深化司法体制综合配套改革的部署要求，全面落实《最高人民法院关于全面深化人民法院改革的意见——人民法院第六个五年改革纲要（2024—2028）》和浙江高院、杭州中院2025年司法改革工作安排，经院党组研究，制定《2025年司法体制综合配套改革任务清单》，现印发给你们，请认真抓好落实。各牵头部门要会同配合部门细化推进措施，于每季度末月25日前将任务推进情况报院司法改革办公室；工作中遇到的重大问题，及时向责任领导请示报告。"
SIGN_DATE = "2025年2月26日"
TITLE = "杭州市余杭区人民法院2025年司法体制综合配套改革任务清单"
NOTE = "注：责任领导对分管的改革任务负领导责任；牵头部门对任务落实负主体责任，配合部门按照职责分工协同推进；完成时限为“长期坚持”“全年”的任务，按季度报送推进情况。"
WHEN = dt.datetime(2025, 2, 26, 10, 0, 0, tzinfo=dt.UTC)

HEADER = ("序号", "改革项目", "具体举措", "责任领导", "牵头部门", "配合部门", "完成时限")
WIDTHS = (Cm(1.2), Cm(3.2), Cm(10.6), Cm(3.0), Cm(2.6), Cm(2.8), Cm(2.3))

CHEN = "党组书记、院长 陈立新"
SHEN = "党组副书记、副院长 沈建华"
ZHOU = "党组成员、副院长 周海燕"
LI = "党组成员、副院长 李国栋"
YU = "党组成员、政治部主任 俞晓峰"
ZHENG = "党组成员、执行局局长 郑卫东"
WU = "审判委员会专职委员 吴文斌"

# (改革项目, [(具体举措, 责任领导, 牵头部门, 配合部门, 完成时限), …]); 序号 is counted through the table.
PROJECTS: list[tuple[str, list[tuple[str, str, str, str, str]]]] = [
    (
        "全面准确落实司法责任制",
        [
            (
                "健全院庭长阅核制度。制定《杭州市余杭区人民法院院庭长阅核工作实施细则（试行）》，细化阅核事项清单，规范阅核意见处理程序，阅核过程全程在线留痕。",
                SHEN,
                "审管办",
                "研究室、各审判业务部门",
                "2025年6月底前",
            ),
            (
                "完善审判权力和责任清单动态调整机制。对照浙江高院有关规定修订《杭州市余杭区人民法院审判权力和责任清单》，逐项厘清院庭长、审判团队和承办法官的监督管理权限；健全“四类案件”识别、标注和监督管理机制，实现系统自动识别、节点提醒。",
                SHEN,
                "审管办",
                "研究室",
                "2025年9月底前",
            ),
            (
                "规范专业法官会议和审判委员会运行。专业法官会议讨论意见供合议庭、独任法官参考，落实提交审判委员会讨论案件的分级过滤程序，审判委员会讨论决定事项一律在办案系统中记录留存。",
                SHEN,
                "研究室",
                "审管办",
                "长期坚持",
            ),
            (
                "强化司法廉政风险防控。严格执行防止干预司法“三个规定”，对过问案件情况做到逢问必录、按月通报；健全审判执行权力运行廉政风险防控机制，由政治部每半年开展一次风险排查。",
                YU,
                "政治部",
                "机关纪委、审管办",
                "全年",
            ),
        ],
    ),
    (
        "深化诉讼制度改革",
        [
            (
                "深化案件繁简分流。完善繁简案件识别分流标准，由速裁团队集中办理简单民商事案件，依法扩大小额诉讼程序和简易程序适用，年内简案平均审理天数同比缩短10%以上。",
                ZHOU,
                "立案庭",
                "民一庭、民二庭、各人民法庭",
                "2025年12月",
            ),
            (
                "在良渚法庭试行小额诉讼案件要素式审判模式。对物业服务、金融借款、信用卡纠纷等类型化案件推行要素式起诉状、答辩状和表格式裁判文书，条件成熟后在各人民法庭推开。",
                ZHOU,
                "良渚人民法庭",
                "民一庭/审管办",
                "2025年6月底前",
            ),
            (
                "深化以审判为中心的刑事诉讼制度改革。全面落实庭前会议、非法证据排除、法庭调查“三项规程”，会同余杭区人民检察院完善认罪认罚案件量刑建议沟通机制，提高认罪认罚从宽制度适用质量。",
                LI,
                "刑事审判庭",
                "",
                "全年",
            ),
            (
                "推进行政争议实质性化解。依托余杭区行政争议调解中心开展诉前协调化解，落实行政机关负责人出庭应诉制度，每半年向区政府通报行政案件败诉和行政机关负责人出庭情况。",
                LI,
                "行政审判庭",
                "立案庭、区司法局",
                "2025年12月底前",
            ),
            (
                "规范在线诉讼活动。严格执行《人民法院在线诉讼规则》，完善电子送达地址确认和推定送达规则，本院全年电子送达率不低于85%。",
                ZHOU,
                "立案庭",
                "信息技术科",
                "全年",
            ),
        ],
    ),
    (
        "坚持和发展新时代“枫桥经验”，健全诉源治理体系",
        [
            (
                "深入推进诉源治理。贯彻《浙江省矛盾纠纷多元化解条例》，主动融入区委政法委牵头的社会治理工作格局，依托区综治中心派驻调解法官，推动建立“调解员+法官+网格员”纠纷前端化解机制。",
                ZHOU,
                "立案庭",
                "各人民法庭、区综治中心",
                "长期坚持",
            ),
            (
                "在仁和街道、瓶窑镇开展“共享法庭”实质化运行试点。每个“共享法庭”明确一名联系法官，按月开展在线调解、普法宣传，年内实现村（社区）“共享法庭”运行全覆盖。",
                ZHOU,
                "仁和人民法庭、瓶窑人民法庭",
                "立案庭",
                "2025年10月31日前",
            ),
            (
                "完善诉调对接工作机制。依托人民法院调解平台扩大特邀调解员队伍，会同区司法局在诉讼服务中心设立律师调解工作室，由余杭区律师协会选派执业律师轮驻调解。",
                ZHOU,
                "立案庭",
                "区司法局",
                "2025年6月底前",
            ),
            (
                "健全劳动争议“一站式”联处机制。会同区人力社保局、区劳动人事争议仲裁委员会完善劳动争议“调裁诉”衔接机制，对欠薪等群体性纠纷实行快立、快调、快审。",
                LI,
                "民一庭",
                "立案庭",
                "2025年9月底前",
            ),
            (
                "健全金融纠纷多元化解机制。推动设立余杭区金融纠纷调解中心，对金融借款、信用卡纠纷实行诉前委派调解，探索建立涉众型金融纠纷示范判决机制。",
                LI,
                "民二庭",
                "立案庭",
                "2025年12月底前",
            ),
        ],
    ),
    (
        "深化执行体制机制改革",
        [
            (
                "深化审执分离改革，健全执行权运行监督制约机制。推行执行实施“分段集约、团队办案”模式，执行异议、复议案件由执行裁判团队集中审查。",
                ZHENG,
                "执行局",
                "审管办",
                "2025年6月底前",
            ),
            (
                "健全综合治理执行难工作格局。提请区委政法委将执行工作纳入平安建设考核，会同杭州市公安局余杭区分局完善查人找物协作机制和拒不执行判决、裁定犯罪线索移送机制。",
                ZHENG,
                "执行局",
                "刑事审判庭",
                "长期坚持",
            ),
            (
                "坚持善意文明执行。落实《最高人民法院关于在执行工作中进一步强化善意文明执行理念的意见》，对生产经营困难的中小微企业推行“活封活扣”，健全失信被执行人信用修复机制。",
                ZHENG,
                "执行局",
                "",
                "全年",
            ),
            (
                "健全执行与破产衔接机制。对被执行人具备破产原因的执行案件，依法启动“执转破”程序，年内移送破产审查案件不少于10件。",
                ZHENG,
                "执行局",
                "民二庭",
                "2025年12月",
            ),
        ],
    ),
    (
        "服务保障余杭经济社会高质量发展",
        [
            (
                "完善知识产权司法保护协同机制。在未来科技城开展涉数据知识产权纠纷集中审理试点，会同区市场监管局建立知识产权行政执法与司法保护衔接机制。",
                LI,
                "民三庭",
                "研究室",
                "2025年9月底前",
            ),
            (
                "健全涉企纠纷快速响应机制。会同未来科技城管理委员会建立涉企纠纷联络员制度，对园区重点企业重大项目纠纷实行“一案一专班”跟踪办理。",
                LI,
                "民二庭",
                "民三庭、立案庭",
                "2025年6月底前",
            ),
            (
                "深化破产审判改革，完善企业破产处置府院联动机制。推动建立企业破产费用专项保障制度，对小微企业适用简易破产程序，探索预重整与重整程序衔接规则。",
                LI,
                "民二庭",
                "执行局",
                "2025年12月底前",
            ),
            (
                "完善环境资源案件集中审理机制。由瓶窑法庭集中审理径山镇、黄湖镇、鸬鸟镇等西部山区镇街的环境资源案件，探索适用生态环境损害赔偿磋商司法确认程序，推行“补植复绿”等修复性司法措施。",
                WU,
                "瓶窑人民法庭",
                "刑事审判庭、行政审判庭",
                "长期坚持",
            ),
            (
                "深化跨区域司法协作。主动融入长三角一体化发展，与临平区法院、德清县法院建立跨域立案、协助执行和联合调解工作机制，推动区域内类案裁判尺度统一。",
                WU,
                "研究室",
                "立案庭、执行局",
                "2025年12月",
            ),
        ],
    ),
    (
        "深化诉讼服务和司法公开",
        [
            (
                "完善“一站式”多元解纷和诉讼服务体系。推行诉讼服务“一件事”集成办理模式，在良渚法庭、闲林法庭设立跨域立案服务窗口，实现“就近能办、同城通办”。",
                ZHOU,
                "立案庭",
                "良渚人民法庭、闲林人民法庭",
                "2025年9月底前",
            ),
            (
                "拓展司法公开的广度和深度。健全庭审直播案件遴选和审核制度，规范裁判文书上网审查程序，每季度举办一次“法院开放日”活动。",
                SHEN,
                "办公室",
                "审管办",
                "全年",
            ),
            (
                "加快数字法院建设。依托浙江法院一体化办案办公平台，深化电子卷宗随案同步生成，在本院开展人工智能辅助庭审记录和类案推送试点。",
                SHEN,
                "信息技术科",
                "审管办、各审判业务部门",
                "2025年12月底前",
            ),
        ],
    ),
    (
        "推进人民法庭建设和基层治理",
        [
            (
                "优化人民法庭布局和收案范围。调整良渚法庭、仁和法庭、闲林法庭、瓶窑法庭收案范围，将物业服务、民间借贷、婚姻家庭等案件相对集中由人民法庭审理，推行人民法庭审判质效单独考核。",
                SHEN,
                "审管办",
                "各人民法庭",
                "2025年3月底前",
            ),
            (
                "完善人民法庭参与基层社会治理工作机制。推行法官联系村（社区）制度，各人民法庭庭长列席镇街综治工作例会；在良渚街道试点推行“法庭+综治中心+派出所”联调联处机制。",
                ZHOU,
                "良渚人民法庭",
                "仁和人民法庭、闲林人民法庭、瓶窑人民法庭",
                "长期坚持",
            ),
            (
                "完善家事审判工作机制。会同区民政局、区教育局建立家庭教育指导协作机制，在仁和法庭探索家事纠纷“调解+心理疏导”一体化工作模式。",
                ZHOU,
                "民一庭",
                "仁和人民法庭",
                "2025年9月底前",
            ),
        ],
    ),
    (
        "加强司法队伍管理",
        [
            (
                "健全法官员额动态调整和退出机制。配合杭州中院做好员额法官遴选工作，对我院办案绩效考核连续两年不达标的员额法官依程序退出员额。",
                YU,
                "政治部",
                "审管办",
                "2025年12月",
            ),
            (
                "完善审判辅助人员分类管理制度。按照“1名员额法官+1名法官助理+1名书记员”模式配置审判团队，与浙江大学光华法学院共建法官助理实训基地。",
                YU,
                "政治部",
                "各审判业务部门",
                "2025年10月底前",
            ),
        ],
    ),
    (
        "强化改革组织保障",
        [
            (
                "压实改革主体责任。本院司法改革领导小组每季度听取一次改革推进情况汇报，司改办对照本清单建立任务台账，实行“清单化管理、项目化推进、销号式落实”。",
                CHEN,
                "司改办",
                "办公室",
                "长期坚持",
            ),
            (
                "加强改革成效评估和经验推广。建立改革成效评估指标体系，鼓励各人民法庭先行先试，及时总结试点经验，评选2025年度余杭法院司法改革优秀案例，择优向杭州中院、浙江高院报送。",
                CHEN,
                "司改办",
                "研究室、各人民法庭",
                "2025年12月底前",
            ),
        ],
    ),
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


def add_run(paragraph, text: str, east_asian: str = FANGSONG, size: float | None = None, bold=None):
    run = paragraph.add_run(text)
    set_fonts(run, east_asian, size, bold)
    return run


def para(
    container,
    text: str = "",
    east_asian: str = FANGSONG,
    size: float = 16,
    bold=None,
    align=None,
    indent: bool = False,
    spacing: float = 28,
):
    p = container.add_paragraph()
    if text:
        add_run(p, text, east_asian, size, bold)
    fmt = p.paragraph_format
    fmt.line_spacing = Pt(spacing)
    fmt.space_before = fmt.space_after = Pt(0)
    fmt.first_line_indent = Pt(size * 2) if indent else Pt(0)
    if align is not None:
        p.alignment = align
    return p


def add_page_field(paragraph) -> None:
    add_run(paragraph, "- ", size=12)

    def fld(kind: str):
        run = paragraph.add_run()
        set_fonts(run, FANGSONG, 12)
        el = OxmlElement("w:fldChar")
        el.set(qn("w:fldCharType"), kind)
        run._r.append(el)

    fld("begin")
    run = paragraph.add_run()
    set_fonts(run, FANGSONG, 12)
    instr = OxmlElement("w:instrText")
    instr.set(qn("xml:space"), "preserve")
    instr.text = " PAGE "
    run._r.append(instr)
    fld("separate")
    add_run(paragraph, "1", size=12)
    fld("end")
    add_run(paragraph, " -", size=12)


def table_borders(table) -> None:
    tblpr = table._tbl.tblPr
    edges = "".join(
        f'<w:{e} w:val="single" w:sz="6" w:space="0" w:color="000000"/>'
        for e in ("top", "left", "bottom", "right", "insideH", "insideV")
    )
    tblpr.append(parse_xml(f"<w:tblBorders {nsdecls('w')}>{edges}</w:tblBorders>"))
    tblpr.append(parse_xml(f'<w:tblLayout {nsdecls("w")} w:type="fixed"/>'))


def shade(cell, fill: str) -> None:
    cell._tc.get_or_add_tcPr().append(
        parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>')
    )


def row_flag(row, tag: str) -> None:
    row._tr.get_or_add_trPr().append(parse_xml(f"<w:{tag} {nsdecls('w')}/>"))


def cell_text(cell, text: str, east_asian: str = FANGSONG, bold=None, align=None) -> None:
    p = cell.paragraphs[0]
    if text:
        add_run(p, text, east_asian, 11, bold)
    fmt = p.paragraph_format
    fmt.line_spacing = Pt(18)
    fmt.space_before = fmt.space_after = Pt(0)
    fmt.first_line_indent = Pt(0)
    if align is not None:
        p.alignment = align


# ---------------------------------------------------------------- document assembly


def rows() -> list[tuple[int, int, int, tuple[str, str, str, str, str]]]:
    """(序号, project index, index in project, measure) for every row of the table."""
    out = []
    number = 0
    for p_index, (_project, measures) in enumerate(PROJECTS):
        for m_index, measure in enumerate(measures):
            number += 1
            out.append((number, p_index, m_index, measure))
    return out


def leader_runs(measures) -> list[tuple[int, int]]:
    """Spans (first, last) of consecutive measures of one project that share a leader."""
    spans = []
    start = 0
    for i in range(1, len(measures) + 1):
        if i == len(measures) or measures[i][1] != measures[start][1]:
            spans.append((start, i - 1))
            start = i
    return spans


def build_table(doc) -> None:
    body = rows()
    table = doc.add_table(rows=1 + len(body), cols=len(HEADER))
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    table.autofit = False
    table_borders(table)
    header = table.rows[0]
    for c, text in enumerate(HEADER):
        cell = header.cells[c]
        cell.width = WIDTHS[c]
        cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
        cell_text(cell, text, HEITI, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
        shade(cell, "D9E2F3")
    row_flag(header, "tblHeader")
    row_flag(header, "cantSplit")
    centre = WD_ALIGN_PARAGRAPH.CENTER
    for r, (number, _p, _m, (measure, _leader, lead, participants, deadline)) in enumerate(body, start=1):
        row = table.rows[r]
        row_flag(row, "cantSplit")
        for c in range(len(HEADER)):
            row.cells[c].width = WIDTHS[c]
            row.cells[c].vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
        cell_text(row.cells[0], str(number), align=centre)
        cell_text(row.cells[2], measure, align=WD_ALIGN_PARAGRAPH.JUSTIFY)
        cell_text(row.cells[4], lead, align=centre)
        cell_text(row.cells[5], participants, align=centre)
        cell_text(row.cells[6], deadline, align=centre)
    # 改革项目 and 责任领导: text in the first row of each span, then merged down (w:vMerge).
    first_row = 1
    for project, measures in PROJECTS:
        last_row = first_row + len(measures) - 1
        top = table.cell(first_row, 1)
        cell_text(top, project, HEITI, bold=True, align=centre)
        if last_row > first_row:
            top.merge(table.cell(last_row, 1))
        for start, end in leader_runs(measures):
            lead_cell = table.cell(first_row + start, 3)
            cell_text(lead_cell, measures[start][1], align=centre)
            if end > start:
                lead_cell.merge(table.cell(first_row + end, 3))
        first_row = last_row + 1


def build() -> Document:
    doc = Document()
    normal = doc.styles["Normal"]
    set_fonts(normal, FANGSONG, 16)
    set_fonts(doc.styles["Footer"], FANGSONG, 12)
    section = doc.sections[0]
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = Cm(29.7), Cm(21)
    section.top_margin, section.bottom_margin = Cm(2.4), Cm(2.2)
    section.left_margin, section.right_margin = Cm(2.0), Cm(2.0)
    footer = section.footer.paragraphs[0]
    add_page_field(footer)
    footer.alignment = WD_ALIGN_PARAGRAPH.CENTER

    para(doc, DOCNO, align=WD_ALIGN_PARAGRAPH.RIGHT)
    para(doc, NOTICE_TITLE, XIAOBIAOSONG, 20, align=WD_ALIGN_PARAGRAPH.CENTER, spacing=34)
    para(doc)
    para(doc, ADDRESSEE)
    para(doc, BODY, indent=True)
    sign = para(doc, ISSUER, align=WD_ALIGN_PARAGRAPH.RIGHT)
    sign.paragraph_format.right_indent = Pt(48)
    date = para(doc, SIGN_DATE, align=WD_ALIGN_PARAGRAPH.RIGHT)
    date.paragraph_format.right_indent = Pt(64)
    para(doc)
    para(doc, TITLE, XIAOBIAOSONG, 18, align=WD_ALIGN_PARAGRAPH.CENTER, spacing=32)
    para(doc, spacing=12)
    build_table(doc)
    para(doc, spacing=12)
    para(doc, NOTE, size=12, spacing=20)

    props = doc.core_properties
    props.title = TITLE
    props.author = "余杭法院司改办"
    props.last_modified_by = "余杭法院司改办"
    props.created = props.modified = WHEN
    props.revision = 5
    props.comments = props.keywords = props.subject = props.category = ""
    return doc


def plain_text() -> str:
    """The document's text in reading order: paragraphs as lines, table rows as cells joined by ' | '
    (a vertically merged cell's text in its first row, empty in the rows it covers)."""
    lines = [DOCNO, NOTICE_TITLE, ADDRESSEE, BODY, ISSUER, SIGN_DATE, "", TITLE, "", " | ".join(HEADER)]
    for p_index, (project, measures) in enumerate(PROJECTS):
        spans = {start: measures[start][1] for start, _end in leader_runs(measures)}
        for m_index, (measure, _leader, lead, participants, deadline) in enumerate(measures):
            number = sum(len(m) for _p, m in PROJECTS[:p_index]) + m_index + 1
            cells = [
                str(number),
                project if m_index == 0 else "",
                measure,
                spans.get(m_index, ""),
                lead,
                participants,
                deadline,
            ]
            lines.append(" | ".join(cells))
    lines += ["", NOTE]
    return "\n".join(lines) + "\n"


def write_deterministic(data: bytes, out: Path) -> None:
    stamp = (WHEN.year, WHEN.month, WHEN.day, 0, 0, 0)
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            fixed = zipfile.ZipInfo(info.filename, date_time=stamp)
            fixed.compress_type = zipfile.ZIP_DEFLATED
            fixed.external_attr = 0o644 << 16
            dst.writestr(fixed, src.read(info.filename))


def main(argv: list[str]) -> int:
    if not argv:
        print(__doc__)
        return 2
    out = Path(argv[0])
    out.parent.mkdir(parents=True, exist_ok=True)
    buffer = io.BytesIO()
    build().save(buffer)
    write_deterministic(buffer.getvalue(), out)
    if len(argv) > 1:
        Path(argv[1]).write_text(plain_text(), encoding="utf-8")
    print(out)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
