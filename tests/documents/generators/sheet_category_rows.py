"""Build the XLSX test document of a city intermediate court's reform task-decomposition table (任务分解表).

Run from the repository root:

    .venv/bin/python tests/documents/generators/sheet_category_rows.py OUTPUT.xlsx [SOURCE.txt]

It writes OUTPUT.xlsx (in the repository: tests/documents/huhehaote-2024-renwu-fenjie.xlsx; fictional content,
real court, courts, districts, counties and banners) and, when a second path is given, the plain text of the
workbook's cells in reading order (the .source.txt kept for reference). The output is deterministic: the
workbook's properties (creator, last modified by, created, modified) are fixed and the package is rewritten with
fixed zip timestamps, so a rebuild without changes is byte-identical. Needs only openpyxl and the standard
library.

What real-world layout it imitates: the 任务分解表 that the reform office (司改办) of a city intermediate court
sends round as the attachment of a 关于印发…的通知, here 内蒙古自治区呼和浩特市中级人民法院《2024年司法改革重点
任务分解表》, typed by office staff in WPS/Excel and saved as .xlsx. It is the plain "category rows" table that
most intermediate courts use, not a table with an 改革领域 column:

- Sheet 1 "任务分解表" (first, active), six columns A–F:
  - row 1: the title 呼和浩特市中级人民法院2024年司法改革重点任务分解表, merged across A:F, large bold, centred;
  - row 2: 填报单位：呼和浩特市中级人民法院司法改革办公室 merged over A:C (left-aligned) and
    填报日期：2024年3月12日 merged over D:F (right-aligned);
  - row 3: the header 序号 | 改革任务 | 具体举措 | 牵头部门 | 配合部门 | 完成时限, bold, grey fill, borders;
  - then seven 改革领域 rows (一、坚持党对司法改革工作的绝对领导 … 七、…), each one row whose cells A:F are
    merged and hold the category heading, bold on a light fill; under each, one row per task. 序号 runs 1–32
    through the whole table and is stored as a number, as staff type it into a General cell. 改革任务 holds
    one sentence (one cell holds two clauses joined by a comma). 具体举措 holds several measures in ONE cell,
    typed in the ways such tables mix: "1.…；2.…；3.…。" on one line; the same numbered measures each on its own
    line (Alt+Enter, a "\\n" in the cell); "（1）…（2）…" on separate lines; one cell with unnumbered measures on
    two lines. 牵头部门 / 配合部门 hold internal departments in short and long forms (司改办, 审管办, 立案庭 …)
    and district / county / banner courts in their short forms (新城区法院, 土默特左旗法院 …), units separated by
    、; one 配合部门 cell is empty. 完成时限 is written variously (2024年6月底前, 2024年12月, 2024年9月30日前,
    长期坚持, 持续推进, 年内), and one cell was broken by Alt+Enter (2024年 / 12月底前) to fit the column;
  - a blank row, then a 注： row merged across A:F (three numbered remarks; not tasks).
  Print setup as such offices set it: A4 landscape, fit to one page wide, row 3 repeated on every page, panes
  frozen under the header.
- Sheet 2 "填表说明": plain text in column A, one paragraph per row: the heading 填表说明, instructions 一、…五、
  (which 通知 the table belongs to, with its number 呼中法〔2024〕17号; what 牵头部门 / 配合部门 mean; when
  progress is reported; do not change the layout), a 联系人 line, the court's name and the date right-aligned,
  then the 抄送 line and the 印发 line, as the last lines of the 通知 they are attached to.
"""

from __future__ import annotations

import math
import re
import sys
import zipfile
from datetime import datetime
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

FIXED_TIME = datetime(2024, 3, 12, 10, 26, 0)
AUTHOR = "Administrator"
EDITOR = "司改办"

TITLE = "呼和浩特市中级人民法院2024年司法改革重点任务分解表"
UNIT = "填报单位：呼和浩特市中级人民法院司法改革办公室"
DATE = "填报日期：2024年3月12日"
HEADER = ["序号", "改革任务", "具体举措", "牵头部门", "配合部门", "完成时限"]
WIDTHS = [6, 24, 62, 12, 20, 13]
NCOLS = len(HEADER)

NOTE = (
    "注：1.牵头部门对任务落实负总责，配合部门按照职责分工做好配合。2.完成时限为“长期坚持”“持续推进”的任务，牵头部门"
    "每半年报送一次进展情况。3.涉及基层法院的任务，由相关基层法院细化落实方案，于2024年4月15日前报市中院司改办备案。"
)

INSTRUCTIONS = [
    ("heading", "填表说明"),
    (
        "p",
        "一、本表为《呼和浩特市中级人民法院关于印发〈2024年司法改革重点任务分解表〉的通知》（呼中法〔2024〕17号）的附件，依据《最高人民法院关于全面深化人民法院改革的意见——人民法院第六个五年改革纲要（2024—2028）》和自治区高级人民法院2024年司法改革工作要点制定，按七个改革领域共列改革任务32项。",
    ),
    (
        "p",
        "二、“牵头部门”对任务落实负总责，“配合部门”按照职责分工做好配合；配合部门为基层法院的，由相关基层法院负责组织实施本院承担的事项。",
    ),
    (
        "p",
        "三、“具体举措”栏所列举措应当逐项落实，不得合并或者删减；确需调整的，由牵头部门书面说明理由，报院司法改革领导小组审定。",
    ),
    (
        "p",
        "四、各牵头部门于每季度最后一个月的25日前，将任务进展情况报送司改办，写明已完成事项、存在问题和下一步措施；任务完成后，将制度文件等成果材料一并报送，经分管院领导审核后销号。",
    ),
    ("p", "五、请勿改动表格格式、改革领域划分和任务序号。"),
    ("p", "联系人：司改办  王海燕    联系电话：0471-4605128"),
    ("blank", ""),
    ("sign", "呼和浩特市中级人民法院"),
    ("sign", "2024年3月12日"),
    ("blank", ""),
    ("p", "抄送：内蒙古自治区高级人民法院司法改革办公室。"),
    ("p", "呼和浩特市中级人民法院办公室                    2024年3月12日印发"),
]

# The table. Each area: its heading as typed in the merged category row, and its tasks. Each task:
# 序号 (a number), 改革任务, 具体举措 (one cell; "\n" is an Alt+Enter), 牵头部门, 配合部门, 完成时限.
AREAS = [
    {
        "heading": "一、坚持党对司法改革工作的绝对领导",
        "tasks": [
            (
                1,
                "坚持党对司法改革的绝对领导。",
                "1.严格执行《中国共产党政法工作条例》，落实重大事项请示报告制度，重大改革事项及时向市委政法委、内蒙古高院请示报告；2.院司法改革领导小组每半年听取一次改革推进情况汇报，研究解决重大问题；3.把铸牢中华民族共同体意识贯穿司法改革全过程。",
                "办公室",
                "政治部、司改办",
                "长期坚持",
            ),
            (
                2,
                "健全改革任务清单化管理机制",
                "1.逐项列出2024年改革任务，实行“月调度、季通报、年考评”，对进度滞后的任务由司改办发函督办；\n2.对内蒙古高院部署由呼市中院承担的改革项目，逐项明确责任领导和责任部门；\n3.年底前会同内蒙古大学法学院对重点改革项目的实施效果进行评估。",
                "司改办",
                "办公室",
                "2024年12月底前",
            ),
        ],
    },
    {
        "heading": "二、深化司法责任制综合配套改革",
        "tasks": [
            (
                3,
                "全面准确落实司法责任制",
                "1.修订本院审判权力和责任清单，明确院庭长、审判团队负责人和独任法官的监督管理职责；2.院庭长办案数量、质效纳入季度审判运行分析，杜绝挂名办案；3.指导新城区法院、玉泉区法院同步修订审判权力和责任清单。",
                "司改办",
                "审管办、政治部、新城区法院、玉泉区法院",
                "2024年6月底前",
            ),
            (
                4,
                "深化院庭长阅核机制改革",
                "1.制定《呼和浩特市中级人民法院裁判文书阅核办法》，区分“应当阅核”“可以阅核”两类案件，明确阅核主体、程序和责任；\n2.阅核意见一律通过办案系统在线提出、在线签署并随案归档；\n3.支持赛罕区法院开展阅核质效评价试点，形成可复制推广的经验做法。",
                "审判管理办公室",
                "研究室、赛罕区法院",
                "2024年9月底前",
            ),
            (
                5,
                "完善审判监督管理和“四类案件”监管机制",
                "1.依托办案系统对“四类案件”实行自动识别、自动推送、自动提醒，院庭长监督意见在线留痕；2.建立长期未结案件季度清理通报制度；3.审判委员会每半年听取一次“四类案件”监督管理情况报告。",
                "审管办",
                "各审判业务部门",
                "长期坚持",
            ),
            (
                6,
                "规范专业法官会议运行",
                "（1）按刑事、民事、商事、行政四个审判领域分设专业法官会议，明确召集人、参加人员和讨论范围；\n（2）专业法官会议讨论意见供合议庭、独任法官参考，合议庭不采纳的，应在评议笔录中说明理由；\n（3）每季度从专业法官会议讨论案件中选编参阅案例，在全市法院发布。",
                "研究室",
                "审管办",
                "2024年9月底前",
            ),
            (
                7,
                "推进审判团队专业化建设",
                "1.按照“类案专审”要求组建金融、劳动争议、物业供暖等专业化审判团队；\n2.推行“1名员额法官+1名法官助理+1名书记员”的基本办案单元配置模式；\n3.支持回民区法院试行审判团队扁平化管理模式。",
                "政治部",
                "审管办、回民区法院",
                "2024年6月底前",
            ),
            (
                8,
                "健全法官助理、书记员分类管理制度",
                "1.制定法官助理分级培养办法，明确初级、中级、高级法官助理的任职条件和晋升路径；2.落实聘用制书记员等级管理，书记员等级与年度考核结果挂钩；3.会同市人社局完善聘用制书记员薪酬动态调整机制。",
                "政治部",
                "司改办、审管办",
                "2024年10月底前",
            ),
        ],
    },
    {
        "heading": "三、深化诉讼制度改革",
        "tasks": [
            (
                9,
                "深化案件繁简分流",
                "1.完善立案阶段繁简识别标准，简单案件由速裁团队集中办理；\n2.依法扩大小额诉讼程序和简易程序适用；\n3.支持武川县法院、清水河县法院开展涉农纠纷“速裁快审”试点。",
                "立案庭",
                "民一庭、武川县法院、清水河县法院",
                "2024年9月底前",
            ),
            (
                10,
                "深化以审判为中心的刑事诉讼制度改革",
                "1.会同市检察院、市公安局落实庭前会议、非法证据排除、法庭调查“三项规程”；\n2.提高证人、鉴定人出庭作证率，对关键证人出庭情况逐案登记；\n3.支持托克托县法院、和林格尔县法院试行轻微刑事案件“48小时”全流程速裁机制。",
                "刑一庭",
                "刑二庭、托克托县法院、和林格尔县法院",
                "2024年12月",
            ),
            (
                11,
                "规范认罪认罚从宽制度适用",
                "1.会同市检察院建立量刑建议采纳情况定期会商机制；2.对可能判处三年有期徒刑以下刑罚的认罪认罚案件依法适用速裁程序，推行集中开庭、当庭宣判。",
                "刑二庭",
                "刑一庭",
                "长期坚持",
            ),
            (
                12,
                "推进行政争议实质性化解",
                "1.推动完善行政机关负责人出庭应诉制度，每半年向市委依法治市办通报出庭应诉情况；\n2.依托市行政争议调解中心做好诉前化解，对调解成功的案件及时出具调解书；\n3.会同市司法局建立行政复议与行政诉讼工作衔接机制；\n4.配合呼和浩特铁路运输中级法院做好行政案件跨区域集中管辖衔接工作。",
                "行政庭",
                "立案庭",
                "2024年12月底前",
            ),
            (
                13,
                "健全蒙汉双语审判工作机制",
                "1.在新城区法院、回民区法院、土默特左旗法院组建蒙汉双语审判团队，由通晓蒙古语言文字的法官审理当事人申请使用蒙古语言文字的案件；2.为使用蒙古语言文字的诉讼参与人免费提供翻译服务，编制常用诉讼文书蒙汉双语对照范本；3.与内蒙古师范大学合作建立蒙汉双语司法人才培训基地。",
                "立案庭",
                "民一庭、新城区法院、回民区法院、土默特左旗法院",
                "2024年12月底前",
            ),
            (
                14,
                "深化家事审判方式和工作机制改革",
                "1.全面推行离婚案件财产申报制度和家事调查员制度；\n2.会同市公安局、市妇女儿童工作委员会建立反家庭暴力联动机制；\n3.支持玉泉区法院、赛罕区法院试点家事案件心理疏导和回访帮扶制度。",
                "民一庭",
                "玉泉区法院、赛罕区法院",
                "2024年11月底前",
            ),
        ],
    },
    {
        "heading": "四、健全诉源治理和多元解纷体系",
        "tasks": [
            (
                15,
                "深化诉源治理",
                "1.推动人民法庭全部入驻旗县区综治中心，参与矛盾纠纷排查化解；\n2.在托克托县、武川县推广“法官+嘎查村干部”联动解纷模式；\n3.针对物业、供暖等类型化纠纷，会同行业主管部门从源头减少纠纷发生。",
                "立案庭",
                "各基层法院",
                "长期坚持",
            ),
            (
                16,
                "完善诉调对接机制",
                "1.扩大特邀调解员队伍，吸纳人民调解员、退休法律工作者和蒙汉双语调解员参与纠纷化解；2.会同市劳动人事争议仲裁委员会、市商事调解中心分别建立劳动争议、商事纠纷诉调对接工作室；3.推动建立人民法院调解平台与“青城e调解”平台数据互通机制。",
                "立案庭",
                "民一庭、民二庭",
                "2024年9月底前",
            ),
            (
                17,
                "优化诉讼服务中心功能",
                "1.全面推行跨域立案服务，市域内实现立案“一次办结”；\n2.在诉讼服务中心设立律师服务专区，推行律师调查令制度；\n3.推行诉讼服务“好差评”评价机制，评价结果纳入部门绩效考核。",
                "立案庭",
                "信息技术处",
                "2024年12月",
            ),
            (
                18,
                "加强人民法庭建设，健全巡回审判机制。",
                "1.在清水河县、武川县山区乡镇设立巡回审判点，推行“车载法庭+固定巡回点”就地审理模式；2.支持土左旗法院开展人民法庭“立审执一体化”试点；3.人民法庭调解撤诉率不低于全市法院平均水平。",
                "立案庭",
                "土默特左旗法院、清水河县法院、武川县法院",
                "2024年12月底前",
            ),
        ],
    },
    {
        "heading": "五、深化执行体制改革",
        "tasks": [
            (
                19,
                "深化审执分离体制改革",
                "1.健全执行裁决权与执行实施权分离机制，执行异议、复议案件由执行裁判庭统一审查；\n2.推行执行案件“繁简分流、分段集约”办案模式，简易执行案件力争30日内执结；\n3.规范终结本次执行程序，对终本案件每半年开展一次集中筛查。",
                "执行局",
                "执行裁判庭",
                "2024年6月底前",
            ),
            (
                20,
                "健全执行联动机制",
                "（1）在市委政法委统筹下，推动建立公安机关协助查找被执行人、查控车辆常态化机制；\n（2）与市不动产登记中心、市住房公积金管理中心建立财产线上查控通道；\n（3）会同市检察院、市公安局依法惩治拒不执行判决、裁定犯罪。",
                "执行局",
                "",
                "长期坚持",
            ),
            (
                21,
                "健全涉企案件善意文明执行机制",
                "1.对暂时经营困难的民营企业审慎采取查封、冻结措施，为企业“放水养鱼”；2.完善失信惩戒与信用修复衔接机制，对主动履行义务的企业及时删除失信信息；3.支持玉泉区法院开展执行和解回访试点。",
                "执行局",
                "玉泉区法院",
                "2024年9月30日前",
            ),
            (
                22,
                "健全“执转破”工作机制",
                "1.对符合条件的执行案件及时移送破产审查，全年“执转破”案件不少于20件；\n2.推动建立破产工作府院协调联席会议制度，统筹解决职工安置、税费处理、财产处置等问题；\n3.支持赛罕区法院开展破产案件繁简分流试点，简单破产案件原则上6个月内审结，试点经验适时在全市法院推广。",
                "清算与破产审判庭",
                "执行局、赛罕区法院",
                "2024年12月底前",
            ),
        ],
    },
    {
        "heading": "六、服务保障首府高质量发展",
        "tasks": [
            (
                23,
                "服务黄河流域生态保护和高质量发展",
                "1.健全黄河流域（呼和浩特段）环境资源案件集中管辖机制，由托克托县法院集中审理托克托、清水河两县黄河沿岸环境资源案件；\n2.推行“补植复绿”“增殖放流”等替代性修复方式，在清水河县建立黄河生态司法修复基地；\n3.与包头中院、鄂尔多斯中院会签黄河流域环境资源审判协作框架协议。",
                "环境资源审判庭",
                "托克托县法院、清水河县法院",
                "2024年\n12月底前",
            ),
            (
                24,
                "服务保障和林格尔新区建设",
                "1.支持和林格尔县法院在和林格尔新区设立人民法庭，集中审理涉算力、数据、平台经济纠纷；2.探索建立数据权益司法保护协作机制，与和林格尔新区管理委员会建立涉企纠纷联络员制度；3.对新区重大项目建设纠纷开辟绿色通道，实行优先立案、优先审理、优先执行。",
                "民二庭",
                "和林格尔县法院",
                "2024年10月底前",
            ),
            (
                25,
                "强化知识产权司法保护",
                "1.围绕乳业、种业等优势产业，依法加大商业秘密、植物新品种权保护力度；\n2.深化知识产权民事、刑事、行政案件“三合一”审判机制改革；\n3.会同市市场监督管理局、市知识产权保护中心建立知识产权纠纷快速调处机制。",
                "民三庭",
                "刑二庭、行政庭",
                "2024年12月底前",
            ),
            (
                26,
                "依法平等保护各类市场主体",
                "1.建立涉民营企业产权和企业家合法权益保护案件甄别纠正机制；2.完善涉企案件经济影响评估制度，审慎适用查封、扣押、冻结措施；3.每半年发布一次首府法院服务保障民营经济发展典型案例。",
                "民二庭",
                "研究室",
                "年内",
            ),
        ],
    },
    {
        "heading": "七、推进数字法院建设和队伍管理改革",
        "tasks": [
            (
                27,
                "推进数字法院建设应用",
                "1.深化电子卷宗随案同步生成，年内推行电子卷宗单套制归档；\n2.依托内蒙古法院一体化办案平台，推行全流程网上办案；\n3.支持新城区法院、回民区法院开展“AI+审判辅助”应用试点。",
                "信息技术处",
                "审管办、新城区法院、回民区法院",
                "2024年12月底前",
            ),
            (
                28,
                "优化审判质量管理指标体系运用",
                "1.落实最高人民法院审判质量管理指标体系，取消不合理的排名考核；2.按月开展审判质效运行态势分析，重点关注“案-件比”、发改率、结案均衡度等指标；3.推动建立审判质效数据异常预警和核查机制。",
                "审管办",
                "信息技术处",
                "持续推进",
            ),
            (
                29,
                "完善法官遴选和员额退出机制",
                "1.配合内蒙古高院做好法官遴选工作，新增员额向案多人少的赛罕区法院、新城区法院倾斜；\n2.严格执行员额法官退出办法，对办案绩效连续两年排名末位的员额法官依规退出员额；\n3.从基层法院择优遴选法官进入市中院。",
                "政治部",
                "审管办",
                "2024年11月底前",
            ),
            (
                30,
                "健全司法人员履职保障机制",
                "1.严格落实防止干预司法“三个规定”，过问案件情况实行每月“零报告”；2.会同市公安局建立法院工作人员人身安全风险快速处置机制；3.在诉讼服务中心、审判法庭全面安装一键报警装置。",
                "政治部",
                "司法警察支队、机关纪委",
                "长期坚持",
            ),
            (
                31,
                "深化人民陪审员制度改革",
                "会同市司法局完成新一轮人民陪审员随机抽选，提高农牧民、社区工作者所占比例。\n规范人民陪审员参审案件范围，落实七人合议庭陪审机制。",
                "政治部",
                "各基层法院",
                "2024年6月底前",
            ),
            (
                32,
                "加强改革总结推广",
                "1.每季度编发《呼和浩特法院司法改革动态》，及时报送内蒙古高院司改办；\n2.年底前评选全市法院司法改革优秀案例10件，择优推荐参加全区法院评选。",
                "司改办",
                "办公室、研究室",
                "2024年12月",
            ),
        ],
    },
]

THIN = Side(style="thin", color="000000")
BORDER = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
HEADER_FILL = PatternFill("solid", fgColor="D9D9D9")
AREA_FILL = PatternFill("solid", fgColor="F2F2F2")
BODY = Font(name="仿宋_GB2312", size=11)
CENTER = Alignment(horizontal="center", vertical="center", wrap_text=True)
LEFT = Alignment(horizontal="left", vertical="center", wrap_text=True)
LINE_HEIGHT = 14.5
FIRST_TASK_ROW = 4


def _display_width(text: str) -> int:
    return sum(1 if ord(ch) < 128 else 2 for ch in text)


def _lines(text: str, width: float) -> int:
    usable = max(width - 1.5, 4)
    return sum(max(1, math.ceil(_display_width(line) / usable)) for line in text.split("\n"))


def _height(values: list[tuple[str, float]], minimum: float = 24.0) -> float:
    lines = max(_lines(text, width) for text, width in values) if values else 1
    return max(lines * LINE_HEIGHT + 6, minimum)


def _style(cell, alignment=CENTER, font=BODY) -> None:
    cell.font = font
    cell.border = BORDER
    cell.alignment = alignment


# ---------------------------------------------------------------------------------------- sheets


def _task_sheet(ws) -> None:
    last_col = get_column_letter(NCOLS)
    for index, width in enumerate(WIDTHS, start=1):
        ws.column_dimensions[get_column_letter(index)].width = width

    ws.merge_cells(f"A1:{last_col}1")
    cell = ws["A1"]
    cell.value = TITLE
    cell.font = Font(name="方正小标宋简体", size=18, bold=True)
    cell.alignment = Alignment(horizontal="center", vertical="center")
    ws.row_dimensions[1].height = 40

    ws.merge_cells("A2:C2")
    ws["A2"] = UNIT
    ws["A2"].font = Font(name="仿宋_GB2312", size=12)
    ws["A2"].alignment = Alignment(horizontal="left", vertical="center")
    ws.merge_cells(f"D2:{last_col}2")
    ws["D2"] = DATE
    ws["D2"].font = Font(name="仿宋_GB2312", size=12)
    ws["D2"].alignment = Alignment(horizontal="right", vertical="center")
    ws.row_dimensions[2].height = 24

    for col, word in enumerate(HEADER, start=1):
        c = ws.cell(row=3, column=col, value=word)
        _style(c, CENTER, Font(name="黑体", size=12, bold=True))
        c.fill = HEADER_FILL
    ws.row_dimensions[3].height = 26

    row = FIRST_TASK_ROW
    for area in AREAS:
        ws.merge_cells(f"A{row}:{last_col}{row}")
        for col in range(1, NCOLS + 1):
            c = ws.cell(row=row, column=col)
            _style(c, LEFT, Font(name="黑体", size=12, bold=True))
            c.fill = AREA_FILL
        ws.cell(row=row, column=1, value=area["heading"])
        ws.row_dimensions[row].height = 24
        row += 1
        for no, task, measures, lead, participants, deadline in area["tasks"]:
            values = [no, task, measures, lead, participants or None, deadline]
            for col, value in enumerate(values, start=1):
                c = ws.cell(row=row, column=col)
                if value is not None:
                    c.value = value
                _style(c, LEFT if col in (2, 3) else CENTER)
            ws.row_dimensions[row].height = _height(
                [(task, WIDTHS[1]), (measures, WIDTHS[2]), (participants, WIDTHS[4]), (deadline, WIDTHS[5])]
            )
            row += 1

    ws.row_dimensions[row].height = 12
    row += 1
    ws.merge_cells(f"A{row}:{last_col}{row}")
    cell = ws.cell(row=row, column=1, value=NOTE)
    cell.font = Font(name="仿宋_GB2312", size=11)
    cell.alignment = Alignment(horizontal="left", vertical="center", wrap_text=True)
    ws.row_dimensions[row].height = _height([(NOTE, sum(WIDTHS))])

    ws.freeze_panes = f"A{FIRST_TASK_ROW}"
    ws.print_title_rows = "3:3"
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_options.horizontalCentered = True


def _instructions_sheet(ws) -> None:
    ws.column_dimensions["A"].width = 96
    for row, (kind, text) in enumerate(INSTRUCTIONS, start=1):
        cell = ws.cell(row=row, column=1, value=text or None)
        if kind == "heading":
            cell.font = Font(name="黑体", size=16, bold=True)
            cell.alignment = Alignment(horizontal="center", vertical="center")
            ws.row_dimensions[row].height = 36
        elif kind == "sign":
            cell.font = Font(name="仿宋_GB2312", size=14)
            cell.alignment = Alignment(horizontal="right", vertical="center")
            ws.row_dimensions[row].height = 24
        elif kind == "blank":
            ws.row_dimensions[row].height = 18
        else:
            cell.font = Font(name="仿宋_GB2312", size=14)
            cell.alignment = Alignment(horizontal="left", vertical="center", wrap_text=True)
            ws.row_dimensions[row].height = _height([(text, 96 * 0.85)]) + 4
    ws.page_setup.orientation = "portrait"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4


# ---------------------------------------------------------------------------------------- package


def _fix_package(path: Path) -> None:
    """Fixed timestamps in docProps/core.xml and on the zip entries."""
    stamp = FIXED_TIME.strftime("%Y-%m-%dT%H:%M:%SZ")
    with zipfile.ZipFile(path) as zin:
        entries = [(info, zin.read(info.filename)) for info in zin.infolist()]
    with zipfile.ZipFile(path, "w") as zout:
        for info, data in entries:
            if info.filename == "docProps/core.xml":
                data = re.sub(
                    rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*(</dcterms:)",
                    lambda m: m.group(1) + stamp.encode() + m.group(2),
                    data,
                )
            fixed = zipfile.ZipInfo(info.filename, date_time=FIXED_TIME.timetuple()[:6])
            fixed.compress_type = zipfile.ZIP_DEFLATED
            fixed.external_attr = info.external_attr
            zout.writestr(fixed, data)


def build(out: Path) -> None:
    wb = Workbook()
    wb.remove(wb.active)
    wb.properties.creator = AUTHOR
    wb.properties.lastModifiedBy = EDITOR
    wb.properties.created = FIXED_TIME
    wb.properties.modified = FIXED_TIME
    tasks = wb.create_sheet("任务分解表")
    notes = wb.create_sheet("填表说明")
    _task_sheet(tasks)
    _instructions_sheet(notes)
    wb.active = 0
    for ws in wb.worksheets:
        ws.sheet_view.tabSelected = ws is wb.active
    wb.save(out)
    _fix_package(out)


def plain_text() -> str:
    """The cells in reading order (the .source.txt): sheet by sheet, row by row; merged cells once."""
    out = ["[sheet] 任务分解表", TITLE, f"{UNIT}    {DATE}", " | ".join(HEADER)]
    for area in AREAS:
        out.append(area["heading"])
        for no, task, measures, lead, participants, deadline in area["tasks"]:
            out.append(f"[{no}] {task}")
            out.append(f"  {measures}".replace("\n", "\n  "))
            out.append(f"  牵头部门：{lead}；配合部门：{participants}；完成时限：{deadline}".replace("\n", "⏎"))
    out += ["", NOTE, "", "[sheet] 填表说明"]
    out += [text for _, text in INSTRUCTIONS]
    return "\n".join(out) + "\n"


def main() -> None:
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    build(Path(sys.argv[1]))
    if len(sys.argv) > 2:
        Path(sys.argv[2]).write_text(plain_text(), encoding="utf-8")


if __name__ == "__main__":
    main()
