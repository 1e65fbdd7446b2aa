# ruff: noqa: E501  (the document's sentences are kept one per line)
"""Build the Word test document of a city court's reform task-division plan laid out as one three-column task table.

Run from the repository root (the output path is the first argument; a second, optional argument also writes the
document's plain text, in reading order, for reference):

    .venv/bin/python tests/documents/generators/docx_task_table_subpoints.py tests/documents/jinan-2025-renwu-fengong.docx \
        [tests/documents/sources/jinan-2025-renwu-fengong.docx.txt]

It writes 济南市中级人民法院's 2025年司法改革重点任务分工方案 (fictional content; real court, district and county
courts, places and bodies). The output is deterministic: fixed document properties and fixed zip timestamps, so a
rebuild without changes is byte-identical. Needs only python-docx (and the standard library).

What real-world layout it imitates: the 任务分工方案 that an intermediate court's 司法改革办公室 types in Word and
circulates as a small booklet — a cover page, one preamble paragraph and then everything in ONE ruled table, the way
Shandong city courts (and many others) lay out a 分工方案 whose only columns are the task and who owns it:

- A4 portrait, 公文 margins (3.7/3.5/2.8/2.6 cm), 仿宋_GB2312 body text; the first page is a cover page with its
  own (empty) footer (w:titlePg): the document number 济中法〔2025〕9号 flush right at the top, the title in
  方正小标宋简体 二号 over two centred lines (issuer on the first, the plan's name on the second), and at the foot
  the issuer and the month written in Chinese numerals (二〇二五年二月); a page break ends the cover;
- page 2 repeats the plan's title on one line and has ONE preamble paragraph (indented two characters) that
  names the documents and the bodies whose requirements the plan carries out;
- then ONE table, fully ruled (w:tblBorders single on all six edges), fixed layout, columns
  序号 (1.3 cm) | 工作任务 (10.2 cm) | 责任部门 (3.9 cm); the header row is bold 黑体, centred, lightly shaded and
  repeats on every page (w:tblHeader);
- the tasks are grouped by section rows: a row whose three cells are merged into one (w:gridSpan 3) holding the
  bold heading 一、… 七、; the 序号 column numbers the tasks 1 … 32 straight through the whole table;
- each 工作任务 cell holds the task sentence first (two of them typed without a final 。) and then its sub-points
  （1）（2）（3） each on a line of its own in the same cell — as separate paragraphs of the cell in most rows, but as
  line breaks (w:br, Shift+Enter) inside one paragraph in a few rows, as happens when rows are pasted in from
  another file;
- each 责任部门 cell holds either 牵头：… on one line and 配合：… on the next (two paragraphs), or a single unit;
  units are the court's internal departments in their office short forms (审管办, 司改办, 民一庭 …) and district or
  county courts in short form (历下区法院, 平阴县法院); there is no deadline column;
- after the table, ordinary paragraphs again: the closing paragraph, the 附件 line, signature and date (right,
  the date in Arabic numerals), then the 抄送 and 印发 lines between horizontal rules at the foot;
- from page 2 on the footer carries a "— PAGE —" field.
"""

from __future__ import annotations

import datetime as dt
import io
import sys
import zipfile
from pathlib import Path

from docx import Document
from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT, WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Pt

FANGSONG = "仿宋_GB2312"
HEITI = "黑体"
KAITI = "楷体_GB2312"
XIAOBIAOSONG = "方正小标宋简体"

ISSUER = "济南市中级人民法院"
DOCNO = "济中法〔2025〕9号"
TITLE = "济南市中级人民法院2025年司法改革重点任务分工方案"
COVER_DATE = "二〇二五年二月"
SIGN_DATE = "2025年2月24日"
WHEN = dt.datetime(2025, 2, 24, 9, 0, 0, tzinfo=dt.UTC)

PREAMBLE = "为深入贯彻党的二十届三中全会关于深化司法体制改革的决策部署，全面落实《最高人民法院关于全面深化人民法院改革的意见——人民法院第六个五年改革纲要（2024—2028）》和省法院、市委关于司法改革的工作要求，坚持以习近平新时代中国特色社会主义思想为指导，结合全市法院工作实际，现将2025年司法改革重点任务分解如下。各牵头部门对所承担任务负总责，配合部门按照职责协同推进，涉及基层人民法院的任务由相关业务部门加强指导。"

# The table. ("section", heading) is a merged section row; ("task", 序号, task sentence, [sub-points], [unit
# lines], style) is a task row; style "p" puts each sub-point in a paragraph of its own, "br" puts them after
# line breaks inside the task paragraph.
TABLE: list[tuple] = [
    ("section", "一、全面准确落实司法责任制"),
    (
        "task",
        "1",
        "全面准确落实司法责任制，健全审判权力和责任清单动态调整机制。",
        [
            "（1）结合审判团队调整情况，修订本院审判权力和责任清单，逐项明确院庭长、审判长和承办法官的审判职责；",
            "（2）制定济南市中级人民法院审判监督管理权责清单实施细则，细化院庭长监督管理的案件范围和行权方式；",
            "（3）指导各基层法院同步修订各自清单，于6月底前报市中院审管办备案。",
        ],
        ["牵头：审管办", "配合：政治部、研究室"],
        "p",
    ),
    (
        "task",
        "2",
        "规范院庭长阅核权的行使。",
        [
            "（1）制定《济南市中级人民法院裁判文书阅核工作规程（试行）》，明确应当阅核、可以阅核的案件类型和阅核时限；",
            "（2）建立阅核意见与合议庭意见存在分歧时提交专业法官会议讨论的衔接程序；",
            "（3）在历下区法院、槐荫区法院开展阅核工作全流程线上运行试点，年底前总结试点经验。",
        ],
        ["牵头：审管办", "配合：各审判业务部门、历下区法院、槐荫区法院"],
        "p",
    ),
    (
        "task",
        "3",
        "健全专业法官会议和审判委员会工作机制。",
        [
            "（1）完善专业法官会议议题筛选和意见归档规则，讨论意见一律随案入卷；",
            "（2）审判委员会讨论案件实行“先过滤、后上会”，未经专业法官会议讨论的案件一般不提交审判委员会；",
            "（3）推动建立全市法院法律适用分歧跨院会商机制。",
        ],
        ["研究室"],
        "p",
    ),
    (
        "task",
        "4",
        "优化审判团队和审判辅助力量配置。",
        [
            "（1）根据各类案件收案量测算结果，组建速裁、家事、金融、破产等专业化审判团队；",
            "（2）制定审判团队绩效考核办法，将办案质效、团队协作和辅助事务完成情况纳入考核；",
            "（3）支持长清区法院、济阳区法院试行书记员跨团队集约调配模式。",
        ],
        ["牵头：政治部", "配合：审管办、长清区法院、济阳区法院"],
        "p",
    ),
    (
        "task",
        "5",
        "健全员额法官常态化遴选和递补机制。",
        [
            "（1）配合山东高院做好济南中院和基层法院员额法官遴选工作，员额向收案量大的基层法院和人民法庭倾斜；",
            "（2）完善员额法官办案绩效考核不达标退出员额的认定程序；",
            "（3）制定聘用制书记员等级晋升管理办法，落实薪酬待遇动态调整。",
        ],
        ["政治部"],
        "p",
    ),
    (
        "task",
        "6",
        "健全法官依法履职保护和廉洁司法风险防控机制。",
        [
            "（1）严格落实防止干预司法“三个规定”，过问案件情况实行月报告、零报告；",
            "（2）建立干警因依法履职遭受不实举报的澄清正名工作机制；",
            "（3）开展审判执行权力运行廉政风险点排查，形成风险防控清单。",
        ],
        ["牵头：机关纪委", "配合：政治部、司法警察支队"],
        "p",
    ),
    ("section", "二、深化诉讼制度改革"),
    (
        "task",
        "7",
        "深化案件繁简分流，优化速裁快审工作格局。",
        [
            "（1）完善立案阶段案件繁简识别标准，由立案庭将简单民事案件集中分流至速裁团队；",
            "（2）扩大小额诉讼程序适用，对标的额较小的金钱给付类案件依法优先适用；",
            "（3）在天桥区法院、历城区法院开展物业服务、供暖费纠纷要素式审判试点，推广表格式裁判文书。",
        ],
        ["牵头：民一庭", "配合：立案庭、天桥区法院、历城区法院"],
        "p",
    ),
    (
        "task",
        "8",
        "规范认罪认罚从宽制度适用。",
        [
            "（1）会同济南市人民检察院完善量刑建议精准化协商机制；",
            "（2）在莱芜区法院、钢城区法院试行轻微刑事案件“48小时”全流程快速办理机制；",
            "（3）落实庭审实质化要求，提高关键证人、鉴定人出庭作证率。",
        ],
        ["牵头：刑一庭", "配合：刑二庭、莱芜区法院、钢城区法院"],
        "p",
    ),
    (
        "task",
        "9",
        "深化行政诉讼制度改革，推进行政争议实质性化解。",
        [
            "（1）推动建设济南市行政争议协调化解中心，引导行政争议在诉前先行协调化解；",
            "（2）配合市人民政府落实行政机关负责人出庭应诉制度，按半年通报出庭应诉情况；",
            "（3）每年发布行政审判白皮书。",
        ],
        ["行政审判庭"],
        "br",
    ),
    (
        "task",
        "10",
        "完善家事和少年审判工作机制。",
        [
            "（1）支持市中区人民法院开展家事纠纷“调解+心理疏导”一体化试点；",
            "（2）会同市民政局、市教育局建立涉未成年人案件家庭教育指导协作机制；",
            "（3）依法签发人身安全保护令，健全保护令送达和回访制度。",
        ],
        ["牵头：少年家事审判庭", "配合：市中区法院"],
        "p",
    ),
    (
        "task",
        "11",
        "健全审级监督和提级管辖工作机制。",
        [
            "（1）贯彻《最高人民法院关于规范上下级人民法院审判业务关系的若干意见》，加强对基层法院的审判业务指导；",
            "（2）建立二审改判、发回重审案件与一审法院的沟通反馈机制；",
            "（3）每季度编发改判发回案件分析报告。",
        ],
        ["牵头：审判监督庭", "配合：研究室、立案庭"],
        "p",
    ),
    (
        "task",
        "12",
        "规范在线诉讼活动",
        [
            "（1）贯彻《人民法院在线诉讼规则》，明确在线庭审适用条件和当事人异议处理程序；",
            "（2）推广电子送达，完善电子送达地址确认和推定送达规则；",
            "（3）在章丘区法院开展诉讼材料电子化“单套制”归档试点。",
        ],
        ["牵头：立案庭", "配合：信息技术处、章丘区法院"],
        "p",
    ),
    ("section", "三、健全诉源治理和多元解纷体系"),
    (
        "task",
        "13",
        "坚持和发展新时代“枫桥经验”，深入推进诉源治理。",
        [
            "（1）健全人民法庭与镇（街道）综治中心对接工作机制，推动矛盾纠纷就地化解；",
            "（2）在商河县、平阴县开展涉农纠纷“庭所共治”试点；",
            "（3）每半年向市委政法委报送诉源治理分析报告。",
        ],
        ["牵头：立案庭", "配合：各基层法院"],
        "p",
    ),
    (
        "task",
        "14",
        "健全诉调对接工作机制。",
        [
            "（1）依托人民法院调解平台扩大特邀调解组织和特邀调解员队伍，年内新增入驻行业性专业性调解组织20家以上；",
            "（2）推动建立律师调解工作室驻院运行机制；",
            "（3）会同市司法局、济南仲裁委员会建立商事纠纷“诉调仲”衔接机制。",
        ],
        ["牵头：立案庭", "配合：民二庭、民四庭"],
        "p",
    ),
    (
        "task",
        "15",
        "完善道路交通事故纠纷一体化处理机制。",
        [
            "（1）会同市公安局、市司法局和济南市保险行业协会，实现事故认定、调解、理赔、诉讼全流程线上流转；",
            "（2）在历城区法院试行保险公司理赔款“诉前直付”机制。",
        ],
        ["牵头：民一庭", "配合：立案庭、历城区法院"],
        "p",
    ),
    (
        "task",
        "16",
        "健全金融纠纷多元化解机制。",
        [
            "（1）推动设立济南市金融纠纷调解中心，对金融借款、信用卡纠纷实行诉前委派调解；",
            "（2）建立涉众型金融纠纷示范判决机制，以裁判结果引导同类纠纷批量化解；",
            "（3）定期向金融监管部门通报审判中发现的金融风险。",
        ],
        ["牵头：民二庭", "配合：立案庭"],
        "p",
    ),
    (
        "task",
        "17",
        "完善人民法庭参与基层社会治理工作机制。",
        [
            "（1）优化人民法庭布局，年内在济阳区、章丘区新建或改扩建人民法庭3处；",
            "（2）推行法官联系村（社区）制度，每名人民法庭法官联系不少于5个村（社区）；",
            "（3）在黄河沿岸乡镇设立巡回审判点，就地化解涉滩区、涉农纠纷。",
        ],
        ["牵头：立案庭", "配合：济阳区法院、章丘区法院"],
        "p",
    ),
    ("section", "四、深化执行体制机制改革"),
    (
        "task",
        "18",
        "深化审执分离改革，健全执行权运行制约机制。",
        [
            "（1）推行执行实施事项“团队办案、分段流转、节点管控”模式；",
            "（2）由执行裁判庭集中审查执行异议、复议案件；",
            "（3）在槐荫区法院开展执行案款“一案一账号”精细化管理试点。",
        ],
        ["牵头：执行局", "配合：执行裁判庭、槐荫区法院"],
        "p",
    ),
    (
        "task",
        "19",
        "健全综合治理执行难工作格局。",
        [
            "（1）提请市委政法委出台关于加强综合治理执行难工作的实施意见；",
            "（2）健全与公安、不动产登记、市场监管等部门的网络查控协作机制；",
            "（3）会同济南市公安局、济南市人民检察院完善拒不执行判决、裁定犯罪线索移送机制。",
        ],
        ["执行局"],
        "p",
    ),
    (
        "task",
        "20",
        "坚持善意文明执行。",
        [
            "（1）对生产经营困难的中小微企业审慎采取查封、冻结措施，推行“活封活扣”；",
            "（2）制定被执行人主动履行正向激励办法；",
            "（3）支持济南市钢城区人民法院试行执行和解“跟踪回访”机制。",
        ],
        ["牵头：执行局", "配合：钢城区法院"],
        "br",
    ),
    (
        "task",
        "21",
        "健全执行指挥中心实体化运行机制。",
        [
            "（1）由执行指挥中心统一办理网络查控、委托执行等集约事项；",
            "（2）与济南市大数据局建立被执行人财产信息共享机制；",
            "（3）对长期未结执行案件逐案挂牌督办。",
        ],
        ["执行局"],
        "p",
    ),
    ("section", "五、服务保障黄河重大国家战略和强省会建设"),
    (
        "task",
        "22",
        "健全黄河流域生态环境司法协作机制。",
        [
            "（1）与泰安中院、德州中院、滨州中院建立环境资源案件跨域立案、协助执行和联合巡回审判工作机制；",
            "（2）由长清区法院集中管辖全市黄河干流沿岸非法采砂、滩区违法占用等环境资源刑事案件；",
            "（3）探索适用生态环境损害赔偿磋商司法确认程序。",
        ],
        ["牵头：环境资源审判庭", "配合：长清区法院"],
        "p",
    ),
    (
        "task",
        "23",
        "服务济南新旧动能转换起步区建设。",
        [
            "（1）推动设立起步区一站式诉讼服务中心；",
            "（2）会同济南新旧动能转换起步区管理委员会建立涉企纠纷联络员制度；",
            "（3）建立涉起步区重大项目纠纷快速响应机制。",
        ],
        ["牵头：立案庭", "配合：济阳区法院、天桥区法院"],
        "p",
    ),
    (
        "task",
        "24",
        "完善知识产权司法保护协同机制。",
        [
            "（1）支持济南知识产权法庭与市市场监督管理局建立知识产权行政执法与司法保护衔接机制；",
            "（2）扩充技术咨询专家库，制定技术调查意见采纳规则指引；",
            "（3）在历下区法院开展涉数据知识产权纠纷集中审理试点。",
        ],
        ["牵头：济南知识产权法庭", "配合：研究室、历下区法院"],
        "p",
    ),
    (
        "task",
        "25",
        "深化破产审判机制改革，完善困境企业识别挽救机制。",
        [
            "（1）坚持府院联动，推动建立企业破产费用专项保障制度；",
            "（2）支持平阴县法院试行小微企业破产“快立快审快结”程序；",
            "（3）制定预重整案件审理指引。",
        ],
        ["牵头：破产审判庭", "配合：平阴县法院"],
        "p",
    ),
    (
        "task",
        "26",
        "服务中国（山东）自由贸易试验区济南片区建设。",
        [
            "（1）健全涉外商事案件集中审理机制，由本院民四庭集中审理片区内一审涉外商事案件；",
            "（2）完善域外法查明和适用规则；",
            "（3）推动建立涉外商事纠纷诉讼、调解、仲裁衔接平台。",
        ],
        ["民四庭"],
        "p",
    ),
    (
        "task",
        "27",
        "深化省会经济圈司法协作",
        [
            "（1）联合淄博中院、聊城中院、东营中院建立省会经济圈法官交流和类案裁判标准协调机制；",
            "（2）在济南、淄博两地法院开展跨市域诉讼服务协作试点。",
        ],
        ["牵头：立案庭", "配合：研究室"],
        "br",
    ),
    ("section", "六、推进数字法院建设和司法公开"),
    (
        "task",
        "28",
        "加快数字法院建设，提升审判辅助智能化水平。",
        [
            "（1）建设全市法院统一的类案智能推送平台；",
            "（2）在济阳区法院、商河县法院开展人工智能辅助生成裁判文书试点；",
            "（3）制定司法数据分级分类管理办法，落实网络安全等级保护要求。",
        ],
        ["牵头：信息技术处", "配合：审管办、济阳区法院、商河县法院"],
        "p",
    ),
    (
        "task",
        "29",
        "拓展司法公开的广度和深度。",
        [
            "（1）健全庭审直播案件遴选和审核制度；",
            "（2）规范裁判文书上网审查和不公开理由备案程序；",
            "（3）每年召开新闻发布会不少于6次，邀请人大代表、政协委员旁听庭审。",
        ],
        ["办公室"],
        "p",
    ),
    (
        "task",
        "30",
        "完善人民陪审员选任和参审机制。",
        [
            "（1）会同市司法局、市公安局完成新一轮人民陪审员选任工作；",
            "（2）在七人合议庭审理的案件中推行事实认定问题清单。",
        ],
        ["政治部"],
        "p",
    ),
    ("section", "七、强化改革组织保障"),
    (
        "task",
        "31",
        "压实改革主体责任，健全司法改革任务清单化推进机制。",
        [
            "（1）本院司法改革领导小组每季度听取一次改革推进情况汇报；",
            "（2）司改办对照本方案建立任务台账，实行“清单化管理、项目化推进、销号式落实”；",
            "（3）各基层法院于每季度末月25日前报送改革推进情况。",
        ],
        ["司改办"],
        "p",
    ),
    (
        "task",
        "32",
        "加强改革成效评估和经验推广。",
        [
            "（1）建立改革成效评估指标体系；",
            "（2）评选2025年度济南法院司法改革优秀案例，择优向山东高院、最高人民法院推荐；",
            "（3）鼓励基层法院先行先试，支持章丘区法院、莱芜区法院围绕基层治理开展综合改革试点。",
        ],
        ["牵头：司改办", "配合：办公室、研究室"],
        "p",
    ),
]

CLOSING = "各部门、各基层法院要把改革任务落实情况纳入年度目标考核，主要负责同志要亲自研究部署、协调推进。各牵头部门要会同配合部门制定具体推进计划，于2025年3月15日前报本院司法改革办公室；执行中遇到的重大问题，及时请示报告。"
ATTACHMENT = "附件：司法改革重点任务推进情况季度报送表（电子版另发）"
CC = "抄送：山东省高级人民法院司法改革办公室，中共济南市委政法委员会。"
PRINTED = ("济南市中级人民法院办公室", "2025年2月25日印发")


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
    add_run(paragraph, "— ", size=14)

    def fld(kind: str):
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
    add_run(paragraph, "2", size=14)
    fld("end")
    add_run(paragraph, " —", size=14)


def rule_below(paragraph, size: int = 8) -> None:
    ppr = paragraph._p.get_or_add_pPr()
    ppr.append(
        parse_xml(
            f'<w:pBdr {nsdecls("w")}><w:bottom w:val="single" w:sz="{size}" w:space="1" w:color="000000"/></w:pBdr>'
        )
    )


def rule_above(paragraph, size: int = 8) -> None:
    ppr = paragraph._p.get_or_add_pPr()
    ppr.append(
        parse_xml(f'<w:pBdr {nsdecls("w")}><w:top w:val="single" w:sz="{size}" w:space="1" w:color="000000"/></w:pBdr>')
    )


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


def repeat_header(row) -> None:
    row._tr.get_or_add_trPr().append(parse_xml(f"<w:tblHeader {nsdecls('w')}/>"))


def cell_para(cell, first: bool, text: str, east_asian: str = FANGSONG, bold=None, align=None):
    p = cell.paragraphs[0] if first else cell.add_paragraph()
    if text:
        add_run(p, text, east_asian, 12, bold)
    fmt = p.paragraph_format
    fmt.line_spacing = Pt(20)
    fmt.space_before = fmt.space_after = Pt(0)
    fmt.first_line_indent = Pt(0)
    if align is not None:
        p.alignment = align
    return p


# ---------------------------------------------------------------- document assembly

WIDTHS = (Cm(1.3), Cm(10.2), Cm(3.9))


def build_table(doc) -> None:
    rows = 1 + len(TABLE)
    table = doc.add_table(rows=rows, cols=3)
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    table.autofit = False
    table_borders(table)
    header = table.rows[0]
    for c, text in enumerate(("序号", "工作任务", "责任部门")):
        cell = header.cells[c]
        cell.width = WIDTHS[c]
        cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
        cell_para(cell, True, text, HEITI, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
        shade(cell, "E7E6E6")
    repeat_header(header)
    for r, entry in enumerate(TABLE, start=1):
        row = table.rows[r]
        for c in range(3):
            row.cells[c].width = WIDTHS[c]
        if entry[0] == "section":
            merged = row.cells[0].merge(row.cells[2])
            cell_para(merged, True, entry[1], HEITI, bold=True)
            continue
        _, number, task, points, units, style = entry
        num_cell, task_cell, unit_cell = row.cells
        for cell in (num_cell, unit_cell):
            cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
        cell_para(num_cell, True, number, align=WD_ALIGN_PARAGRAPH.CENTER)
        p = cell_para(task_cell, True, task, align=WD_ALIGN_PARAGRAPH.JUSTIFY)
        for point in points:
            if style == "br":
                p.runs[-1].add_break(WD_BREAK.LINE)
                add_run(p, point, FANGSONG, 12)
            else:
                cell_para(task_cell, False, point, align=WD_ALIGN_PARAGRAPH.JUSTIFY)
        for i, unit in enumerate(units):
            cell_para(unit_cell, i == 0, unit, align=WD_ALIGN_PARAGRAPH.CENTER if len(units) == 1 else None)


def build() -> Document:
    doc = Document()
    normal = doc.styles["Normal"]
    set_fonts(normal, FANGSONG, 16)
    for name in ("Header", "Footer"):
        set_fonts(doc.styles[name], FANGSONG, 10.5)
    section = doc.sections[0]
    section.page_width, section.page_height = Cm(21), Cm(29.7)
    section.top_margin, section.bottom_margin = Cm(3.7), Cm(3.5)
    section.left_margin, section.right_margin = Cm(2.8), Cm(2.6)
    section.different_first_page_header_footer = True
    footer = section.footer.paragraphs[0]
    add_page_field(footer)
    footer.alignment = WD_ALIGN_PARAGRAPH.CENTER

    # cover page
    para(doc, DOCNO, FANGSONG, 16, align=WD_ALIGN_PARAGRAPH.RIGHT)
    for _ in range(5):
        para(doc)
    para(doc, ISSUER, XIAOBIAOSONG, 22, align=WD_ALIGN_PARAGRAPH.CENTER, spacing=36)
    para(doc, "2025年司法改革重点任务分工方案", XIAOBIAOSONG, 22, align=WD_ALIGN_PARAGRAPH.CENTER, spacing=36)
    for _ in range(9):
        para(doc)
    para(doc, ISSUER, KAITI, 16, align=WD_ALIGN_PARAGRAPH.CENTER)
    last = para(doc, COVER_DATE, KAITI, 16, align=WD_ALIGN_PARAGRAPH.CENTER)
    last.runs[-1].add_break(WD_BREAK.PAGE)

    # the plan
    para(doc, TITLE, XIAOBIAOSONG, 20, align=WD_ALIGN_PARAGRAPH.CENTER, spacing=36)
    para(doc)
    para(doc, PREAMBLE, indent=True)
    para(doc, spacing=14)
    build_table(doc)
    para(doc)
    para(doc, CLOSING, indent=True)
    para(doc)
    para(doc, ATTACHMENT, indent=True)
    para(doc)
    para(doc)
    sign = para(doc, ISSUER, align=WD_ALIGN_PARAGRAPH.RIGHT)
    sign.paragraph_format.right_indent = Pt(64)
    date = para(doc, SIGN_DATE, align=WD_ALIGN_PARAGRAPH.RIGHT)
    date.paragraph_format.right_indent = Pt(80)
    para(doc)
    para(doc)
    cc = para(doc, CC, size=14)
    rule_above(cc)
    rule_below(cc, 4)
    printed = para(doc, "", size=14)
    add_run(printed, PRINTED[0] + "\u3000" * 6 + PRINTED[1], FANGSONG, 14)
    rule_below(printed)

    props = doc.core_properties
    props.title = TITLE
    props.author = ISSUER
    props.last_modified_by = "司改办"
    props.created = props.modified = WHEN
    props.revision = 3
    props.comments = props.keywords = props.subject = props.category = ""
    return doc


def plain_text() -> str:
    """The document's text in reading order (cells in row order, cell paragraphs and line breaks as lines)."""
    lines = [
        DOCNO,
        ISSUER,
        "2025年司法改革重点任务分工方案",
        ISSUER,
        COVER_DATE,
        "",
        TITLE,
        PREAMBLE,
        "",
        "序号 | 工作任务 | 责任部门",
    ]
    for entry in TABLE:
        if entry[0] == "section":
            lines.append(f"[section] {entry[1]}")
            continue
        _, number, task, points, units, _style = entry
        lines.append(f"{number} | {task}")
        lines.extend(f"    {p}" for p in points)
        lines.append("    | " + " / ".join(units))
    lines += ["", CLOSING, ATTACHMENT, ISSUER, SIGN_DATE, CC, f"{PRINTED[0]}　{PRINTED[1]}"]
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
