# ruff: noqa: E501  (the table's cells are kept one per line)
"""Build the XLSX test document of an intermediate court's reform task-decomposition workbook.

Run from the repository root:

    .venv/bin/python tests/documents/generators/sheet_merged_categories.py OUTPUT.xlsx [SOURCE.txt]

It writes OUTPUT.xlsx (in the repository: tests/documents/chengdu-2025-renwu-fenjie.xlsx; fictional content,
real court, courts and places) and, when a second path is given, the plain text of the workbook's cells in
reading order (the .source.txt kept for reference). The output is deterministic: the workbook's properties
(creator, last modified by, created, modified) are fixed and the package is rewritten with fixed zip timestamps,
so a rebuild without changes is byte-identical. Needs only openpyxl and the standard library.

What real-world layout it imitates: the 任务分解表 that a city intermediate court's reform office (司改办) sends
round as the attachment of a 关于印发…的通知, here 四川省成都市中级人民法院《2025年司法体制综合配套改革任务
分解表》, typed by office staff in Excel/WPS and saved as .xlsx. Not the plain one-row-per-task table with
category rows: the book has three sheets, and it opens on the first one.

- Sheet 1 "填表说明": plain text in column A, one paragraph per row: the heading 填表说明, numbered instructions
  一、二、… (which 通知 the table belongs to, with its number 成中法〔2025〕19号; what 牵头部门 / 配合部门 mean;
  when progress is reported; do not change the layout), then the court's name and the date, right-aligned.
- Sheet 2 "任务分解表", ten columns A–J:
  - row 1: the title, merged across A:J, large bold;
  - row 2: "填报单位：成都中院司改办    填报时间：2025年3月" merged across A:J, left-aligned, with the run of
    spaces typed between the two fields;
  - rows 3–4: a two-row header: 改革领域 | 序号 | 改革任务 | 具体举措 | 责任分工 | 责任领导 | 完成时限 | 成果形式 |
    备注, every cell merged over rows 3–4 except 责任分工, which is merged over E3:F3 with 牵头部门 / 配合部门
    under it in row 4;
  - then the tasks. There are NO category rows: the 改革领域 cell (一、深化审判权力运行机制改革 …, typed with an
    Alt+Enter in the middle so that it fits the narrow column) is merged vertically over all the rows of its
    tasks. 序号 is hierarchical, 1.1, 1.2, 2.1 … and, as in a real sheet where staff typed 1.1 into a General
    cell, it is stored as a number. A task spans one, two or three rows: its 序号, 改革任务, 责任领导, 完成时限,
    成果形式 and 备注 cells are merged vertically over them, and each row holds one 具体举措 numbered （1）（2）…
    with its own 牵头部门 and 配合部门 (where two neighbouring rows have the same 牵头部门, that cell is merged
    too). A one-row task has its measures in one cell, one per line. Cells contain line breaks (Alt+Enter):
    a task cell with a second sentence on its own line, measures broken over two lines, 责任领导 as name and
    title on two lines, 成果形式 with two results;
  - a blank row, then the 注： row merged across A:J.
  Print setup as such offices set it: A4 landscape, fit to one page wide, rows 3–4 repeated on every page,
  panes frozen under the header.
- Sheet 3 "汇总": a small table counting, per department, the measures it leads and the measures it takes part in,
  with COUNTIF / COUNTA / SUM formulas over 任务分解表 (the values Excel would show are stored with the formulas,
  as Excel saves them), and a total line.
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

FIXED_TIME = datetime(2025, 3, 14, 16, 38, 0)
AUTHOR = "Administrator"
EDITOR = "司改办"

TITLE = "2025年司法体制综合配套改革任务分解表"
UNIT_LINE = "填报单位：成都中院司改办    填报时间：2025年3月"
NOTE = (
    "注：1.完成时限为“长期坚持”的任务，牵头部门每半年报送一次进展情况。2.涉及基层法院的举措，由相关基层法院"
    "制定具体落实方案，于2025年4月30日前报成都中院司改办备案。3.同一任务分列多项具体举措的，各项举措的牵头部门"
    "对本项举措负责，排列在前的牵头部门负责汇总报送。"
)

INSTRUCTIONS = [
    ("heading", "填表说明"),
    (
        "p",
        "一、本表为《四川省成都市中级人民法院关于印发〈2025年司法体制综合配套改革任务分解表〉的通知》（成中法〔2025〕19号）的附件，依据《人民法院第六个五年改革纲要（2024—2028年）》和省高院2025年司法改革工作要点制定，按六个改革领域共列改革任务31项。",
    ),
    (
        "p",
        "二、“牵头部门”对任务落实负总责，“配合部门”按照职责分工做好配合；同一项改革任务分列多项具体举措的，分别明确牵头部门。“责任领导”为分管院领导。",
    ),
    (
        "p",
        "三、各牵头部门于每季度最后一个月的25日前，通过院内办公平台将任务进展情况报送司改办，写明已完成事项、存在问题和下一步措施。完成时限为“长期坚持”的，每半年报送一次。",
    ),
    ("p", "四、任务完成后，牵头部门应将制度文件、工作报告等成果材料一并报送司改办，经分管院领导审核后销号。"),
    (
        "p",
        "五、请勿改动表格格式、改革领域划分和任务序号；确需调整任务的，由牵头部门书面说明理由，报院司法改革领导小组审定。",
    ),
    ("p", "联系人：司改办  周敏    联系电话：028-86216537"),
    ("blank", ""),
    ("sign", "四川省成都市中级人民法院"),
    ("sign", "2025年3月14日"),
]

# The tasks. Each area: its heading as typed in the merged 改革领域 cell (with its Alt+Enter), and its tasks.
# Each task: 序号 (a number as typed), 改革任务, the rows [(具体举措, 牵头部门, 配合部门)], 责任领导, 完成时限,
# 成果形式, 备注. Where neighbouring rows of one task have the same 牵头部门 the cell is merged.
AREAS = [
    {
        "heading": "一、深化审判权力\n运行机制改革",
        "tasks": [
            {
                "no": 1.1,
                "task": "全面准确落实司法责任制。\n健全权责清单动态调整机制",
                "rows": [
                    (
                        "（1）对照《最高人民法院关于深化司法责任制综合配套改革的实施意见》，修订本院审判权力和责任清单，厘清院庭长、审判团队负责人和独任法官的职责边界。",
                        "司改办",
                        "审管办、政治部",
                    ),
                    (
                        "（2）落实院庭长办案常态化要求，院庭长办案情况按季度在全市法院通报；\n杜绝挂名办案、“只签不审”。",
                        "审管办",
                        "政治部",
                    ),
                ],
                "leader": "罗建明\n（副院长）",
                "deadline": "2025年6月底前",
                "result": "制度文件",
                "remark": "对应省高院2025年改革要点第2项",
            },
            {
                "no": 1.2,
                "task": "深化院庭长阅核制度改革",
                "rows": [
                    (
                        "（1）制定《成都市中级人民法院院庭长阅核裁判文书实施细则（试行）》，明确应当阅核、可以阅核的案件范围，阅核意见一律在办案系统中签署、随案留存。",
                        "审管办",
                        "研究室",
                    ),
                    (
                        "（2）指导锦江区法院、成华区法院建立阅核质量季度评析机制，及时总结推广经验做法。",
                        "审管办",
                        "锦江区法院、成华区法院",
                    ),
                ],
                "leader": "罗建明\n（副院长）",
                "deadline": "2025年6月底前",
                "result": "制度文件\n工作报告",
                "remark": "",
            },
            {
                "no": 1.3,
                "task": "完善“四类案件”监督管理机制",
                "rows": [
                    (
                        "（1）落实《最高人民法院关于进一步完善“四类案件”监督管理工作机制的指导意见》，由办案系统对“四类案件”自动识别、自动标注、自动提醒。\n（2）院庭长对“四类案件”的监督意见全部在线记录、附卷备查，每半年开展一次专项评查。",
                        "审管办",
                        "各审判业务部门",
                    ),
                ],
                "leader": "罗建明\n（副院长）",
                "deadline": "2025年9月底前",
                "result": "工作台账",
                "remark": "延续性任务",
            },
            {
                "no": 1.4,
                "task": "规范专业法官会议和审判委员会运行",
                "rows": [
                    (
                        "（1）明确提交专业法官会议讨论的案件范围和召集方式，专业法官会议讨论意见记入合议庭评议笔录，供合议庭、独任法官参考。",
                        "研究室",
                        "审管办",
                    ),
                    (
                        "（2）修订《成都市中级人民法院审判委员会工作规则》，重大疑难复杂案件一般先经专业法官会议讨论，再提交审判委员会讨论决定。",
                        "研究室",
                        "办公室",
                    ),
                ],
                "leader": "黄斌\n（审委会专职委员）",
                "deadline": "2025年9月底前",
                "result": "制度文件",
                "remark": "",
            },
            {
                "no": 1.5,
                "task": "健全法律适用分歧解决机制，促进类案裁判尺度统一",
                "rows": [
                    (
                        "（1）建立类案裁判规则定期梳理发布制度，每季度编发《成都法院参阅案例》，重大法律适用分歧提请本院审判委员会讨论决定。",
                        "研究室",
                        "各审判业务部门",
                    ),
                    (
                        "（2）落实类案强制检索制度，检索报告随案归档；\n在郫都区法院开展类案裁判偏离度智能预警试点。",
                        "研究室",
                        "郫都区法院、信息技术处",
                    ),
                ],
                "leader": "黄斌\n（审委会专职委员）",
                "deadline": "2025年12月底前",
                "result": "参阅案例\n试点方案",
                "remark": "",
            },
        ],
    },
    {
        "heading": "二、深化诉讼\n制度改革",
        "tasks": [
            {
                "no": 2.1,
                "task": "深化民事诉讼程序繁简分流改革",
                "rows": [
                    (
                        "（1）完善立案阶段繁简甄别标准，简单民事案件由速裁快审团队集中办理，依法扩大小额诉讼程序和简易程序适用。",
                        "立案庭",
                        "民一庭、民二庭",
                    ),
                    (
                        "（2）支持龙泉驿区法院、新都区法院开展道路交通、物业服务合同纠纷要素式审判试点，推行表格式裁判文书。",
                        "民一庭",
                        "龙泉驿区法院、新都区法院",
                    ),
                ],
                "leader": "陈晓燕\n（副院长）",
                "deadline": "2025年9月底前",
                "result": "工作机制\n试点方案",
                "remark": "",
            },
            {
                "no": 2.2,
                "task": "推进以审判为中心的刑事诉讼制度改革",
                "rows": [
                    (
                        "（1）深入贯彻刑事审判“三项规程”，对控辩双方有异议且影响定罪量刑的关键证言，依法通知证人出庭。\n（2）会同成都市人民检察院、成都市公安局健全认罪认罚案件量刑协商沟通机制，在双流区法院试行刑事速裁案件“集中移送、集中审理、集中宣判”模式。",
                        "刑一庭",
                        "刑二庭、双流区法院",
                    ),
                ],
                "leader": "杨志刚\n（副院长）",
                "deadline": "2025年12月底前",
                "result": "会议纪要\n工作机制",
                "remark": "",
            },
            {
                "no": 2.3,
                "task": "健全行政争议实质性化解机制",
                "rows": [
                    (
                        "（1）支持成都市行政争议调解中心向区（市）县延伸，在温江区、新津区设立分中心。",
                        "行政庭",
                        "立案庭",
                    ),
                    (
                        "（2）推动完善行政机关负责人出庭应诉制度，联合成都市司法局按年度发布行政审判白皮书；\n指导成都铁路运输第一法院做好集中管辖行政案件的诉前化解工作。",
                        "行政庭",
                        "成都铁路运输第一法院",
                    ),
                ],
                "leader": "杨志刚\n（副院长）",
                "deadline": "2025年11月底前",
                "result": "白皮书",
                "remark": "涉及市级部门，需报市委依法治市办协调",
            },
            {
                "no": 2.4,
                "task": "完善家事审判和未成年人司法保护工作机制",
                "rows": [
                    (
                        "（1）在青羊区法院试行家事案件社会观护员制度，对涉及未成年子女抚养的离婚案件开展社会观护。",
                        "民一庭",
                        "青羊区法院",
                    ),
                    (
                        "（2）会同成都市民政局建立家庭教育指导与家事审判衔接机制，对监护缺失的未成年人及时转介救助。",
                        "民一庭",
                        "立案庭",
                    ),
                    (
                        "（3）由金堂县法院、蒲江县法院探索涉未成年人案件“一站式”取证保护模式，避免对未成年被害人反复询问。",
                        "刑一庭",
                        "金堂县法院、蒲江县法院",
                    ),
                ],
                "leader": "陈晓燕\n（副院长）",
                "deadline": "2025年11月底前",
                "result": "工作机制",
                "remark": "新增任务",
            },
            {
                "no": 2.5,
                "task": "完善环境资源案件“三合一”归口审理机制",
                "rows": [
                    (
                        "（1）落实环境资源刑事、民事、行政案件归口审理，推行生态环境损害赔偿磋商协议司法确认程序。\n（2）在都江堰法院、崇州市法院设立生态修复司法实践基地，探索“补植复绿+劳务代偿”修复模式。",
                        "环境资源审判庭",
                        "都江堰法院、崇州市法院",
                    ),
                ],
                "leader": "杨志刚\n（副院长）",
                "deadline": "2025年12月底前",
                "result": "典型案例",
                "remark": "",
            },
            {
                "no": 2.6,
                "task": "完善知识产权司法保护体系，服务成都建设具有全国影响力的科技创新中心",
                "rows": [
                    (
                        "（1）支持成都高新区法院开展涉软件、集成电路技术类案件“技术调查官+技术专家”协同查明试点。",
                        "民三庭",
                        "成都高新区法院",
                    ),
                    (
                        "（2）会同成都市知识产权局健全知识产权纠纷行政调解协议司法确认机制，定期通报侵权多发领域情况。",
                        "民三庭",
                        "立案庭",
                    ),
                ],
                "leader": "何丽萍\n（副院长）",
                "deadline": "2025年12月底前",
                "result": "试点方案\n工作机制",
                "remark": "",
            },
        ],
    },
    {
        "heading": "三、健全诉源治理\n和多元解纷机制",
        "tasks": [
            {
                "no": 3.1,
                "task": "坚持和发展新时代“枫桥经验”，深化诉源治理",
                "rows": [
                    (
                        "（1）推动人民法院调解平台向镇（街道）延伸，实现诉前调解案件在线委派、在线调解。",
                        "立案庭",
                        "各基层法院",
                    ),
                    (
                        "（2）深化“法官进网格”，在简阳市、彭州市各选取10个村（社区）开展无讼村（社区）创建试点。",
                        "立案庭",
                        "简阳市法院、彭州市法院",
                    ),
                ],
                "leader": "陈晓燕\n（副院长）",
                "deadline": "长期坚持",
                "result": "工作报告",
                "remark": "延续性任务",
            },
            {
                "no": 3.2,
                "task": "完善诉调对接机制，做实特邀调解",
                "rows": [
                    (
                        "（1）制定特邀调解组织和特邀调解员名册管理办法，建立调解员等级评定和退出机制。\n（2）联合成都市律师协会扩大律师调解覆盖面，在武侯法院、青白江区法院设立律师调解工作室。",
                        "立案庭",
                        "武侯法院、青白江区法院",
                    ),
                ],
                "leader": "陈晓燕\n（副院长）",
                "deadline": "2025年10月底前",
                "result": "制度文件",
                "remark": "",
            },
            {
                "no": 3.3,
                "task": "健全金融纠纷多元化解机制",
                "rows": [
                    (
                        "（1）配合成渝金融法院做好涉成都金融案件管辖衔接，建立金融案件立案、移送、送达协作机制。",
                        "民二庭",
                        "立案庭",
                    ),
                    (
                        "（2）依托四川省金融消费纠纷调解中心、成都市证券期货纠纷调解中心开展“示范判决+批量调解”，推动建立金融纠纷诉前委派调解清单制度。",
                        "民二庭",
                        "锦江区法院",
                    ),
                ],
                "leader": "何丽萍\n（副院长）",
                "deadline": "2025年12月底前",
                "result": "工作机制",
                "remark": "",
            },
            {
                "no": 3.4,
                "task": "完善“就近能办、同城通办、异地可办”诉讼服务模式",
                "rows": [
                    (
                        "（1）全市基层法院均设立跨域立案窗口，与德阳、眉山、资阳三市法院实现跨域立案“一窗通办”。",
                        "立案庭",
                        "各基层法院",
                    ),
                    (
                        "（2）优化“蓉易诉”移动诉讼服务平台，推动网上缴费、电子送达、诉讼费退费全流程在线办理。",
                        "立案庭",
                        "信息技术处",
                    ),
                ],
                "leader": "陈晓燕\n（副院长）",
                "deadline": "2025年9月底前",
                "result": "工作报告",
                "remark": "",
            },
            {
                "no": 3.5,
                "task": "健全劳动争议裁审衔接机制",
                "rows": [
                    (
                        "（1）会同成都市人力资源和社会保障局建立劳动人事争议“总对总”在线诉调对接机制。\n（2）统一劳动争议仲裁与诉讼裁审标准，每年联合发布劳动争议典型案例。",
                        "民一庭",
                        "立案庭",
                    ),
                ],
                "leader": "陈晓燕\n（副院长）",
                "deadline": "2025年10月底前",
                "result": "会议纪要\n典型案例",
                "remark": "",
            },
        ],
    },
    {
        "heading": "四、服务保障成渝\n地区双城经济圈建设",
        "tasks": [
            {
                "no": 4.1,
                "task": "健全成渝地区双城经济圈\n司法协作机制",
                "rows": [
                    (
                        "（1）成都中院与重庆五中院共同修订《成渝地区双城经济圈中级人民法院司法协作框架协议》，在委托送达、调查取证、财产查控等方面开展常态化协作。",
                        "研究室",
                        "立案庭、执行局",
                    ),
                    (
                        "（2）推动建立川渝知识产权、环境资源案件裁判规则共商机制，每年联合发布典型案例。",
                        "民三庭",
                        "环境资源审判庭",
                    ),
                ],
                "leader": "何丽萍\n（副院长）",
                "deadline": "2025年12月底前",
                "result": "框架协议\n典型案例",
                "remark": "对应省高院2025年改革要点第12项",
            },
            {
                "no": 4.2,
                "task": "健全成德眉资同城化司法协作机制",
                "rows": [
                    (
                        "（1）与德阳中院、眉山中院、资阳中院建立执行联动协作机制，推行跨市执行事项委托“一键办理”。",
                        "执行局",
                        "立案庭",
                    ),
                    (
                        "（2）推动成德眉资四市法院共享司法鉴定机构名册和破产管理人名册，探索破产管理人跨市选任。",
                        "成都破产法庭",
                        "办公室",
                    ),
                ],
                "leader": "唐勇\n（副院长）",
                "deadline": "2025年10月底前",
                "result": "工作机制",
                "remark": "",
            },
            {
                "no": 4.3,
                "task": "健全国际商事纠纷多元化解决机制，服务天府中央法务区建设",
                "rows": [
                    (
                        "（1）发挥成都国际商事法庭作用，完善涉外商事案件委托调解和调解协议司法确认规则。",
                        "民四庭",
                        "研究室",
                    ),
                    (
                        "（2）支持天府新区法院开展涉外商事案件域外法查明“一站式”服务试点，与西南政法大学、四川大学法学院共建域外法查明研究基地。",
                        "民四庭",
                        "天府新区法院",
                    ),
                    (
                        "（3）会同成都仲裁委员会建立仲裁保全案件“绿色通道”，仲裁司法审查案件原则上在立案后30日内审结。",
                        "立案庭",
                        "民四庭",
                    ),
                ],
                "leader": "何丽萍\n（副院长）",
                "deadline": "2025年12月底前",
                "result": "制度文件\n试点方案",
                "remark": "",
            },
            {
                "no": 4.4,
                "task": "深化破产审判改革，健全困境企业识别和挽救机制",
                "rows": [
                    (
                        "（1）配合成都市人民政府完善企业破产处置协调联动机制，推动设立破产费用专项资金。\n（2）在新津区法院试点小微企业破产“快立快审快结”，对债权债务关系明确的案件适用简易程序审理。\n（3）落实预重整制度，制定《成都破产法庭预重整案件审理指引》。",
                        "成都破产法庭",
                        "民二庭、新津区法院",
                    ),
                ],
                "leader": "何丽萍\n（副院长）",
                "deadline": "2025年11月底前",
                "result": "审理指引",
                "remark": "",
            },
            {
                "no": 4.5,
                "task": "深化新时代人民法庭建设，服务公园城市示范区建设",
                "rows": [
                    (
                        "（1）围绕建设新时代更高水平“天府粮仓”，在大邑县、金堂县设立涉农纠纷巡回审判点。",
                        "民一庭",
                        "大邑县法院、金堂县法院",
                    ),
                    (
                        "（2）在都江堰法院、邛崃市法院推广“一庭两所”矛盾纠纷联调机制，人民法庭与派出所、司法所联合排查化解矛盾纠纷。",
                        "立案庭",
                        "都江堰法院、邛崃市法院",
                    ),
                ],
                "leader": "陈晓燕\n（副院长）",
                "deadline": "长期坚持",
                "result": "工作报告",
                "remark": "",
            },
        ],
    },
    {
        "heading": "五、深化执行\n体制改革",
        "tasks": [
            {
                "no": 5.1,
                "task": "深化审执分离改革。\n优化执行权配置",
                "rows": [
                    (
                        "（1）执行异议、复议等裁决事项由执行裁判庭统一办理，执行实施事项推行分段集约执行模式。",
                        "执行局",
                        "执行裁判庭",
                    ),
                    (
                        "（2）在成华区法院、温江区法院开展执行指挥中心实体化运行“2.0版”试点，年底前总结试点经验在全市推广。",
                        "执行局",
                        "成华区法院、温江区法院",
                    ),
                ],
                "leader": "唐勇\n（副院长）",
                "deadline": "2025年9月底前",
                "result": "试点方案",
                "remark": "",
            },
            {
                "no": 5.2,
                "task": "健全网络查控与线下查人找物相结合的财产查控机制",
                "rows": [
                    (
                        "（1）实现与成都市不动产登记中心“点对点”查控全覆盖，不动产查询、查封结果实时反馈。\n（2）联合成都市公安局建立被执行人临时管控协作机制，依法惩治拒不执行判决、裁定犯罪。",
                        "执行局",
                        "执行指挥中心",
                    ),
                ],
                "leader": "唐勇\n（副院长）",
                "deadline": "2025年10月底前",
                "result": "工作机制",
                "remark": "",
            },
            {
                "no": 5.3,
                "task": "完善失信惩戒和信用修复机制",
                "rows": [
                    (
                        "（1）建立被执行人履行能力分级评价制度，对积极履行的被执行人依法解除限制消费措施、提前屏蔽失信信息。",
                        "执行局",
                        "执行指挥中心",
                    ),
                    ("（2）在新都区法院试行涉企执行案件“活封活扣”和信用修复“一站式”办理。", "执行局", "新都区法院"),
                ],
                "leader": "唐勇\n（副院长）",
                "deadline": "2025年9月底前",
                "result": "制度文件",
                "remark": "新增任务",
            },
            {
                "no": 5.4,
                "task": "健全执行案款管理和执转破衔接机制",
                "rows": [
                    (
                        "（1）全面落实执行案款“一案一账户”管理，案款到账后30日内发放，超期未发放的逐案督办。",
                        "执行局",
                        "审管办",
                    ),
                    (
                        "（2）制定执行案件移送破产审查工作规程，与成都破产法庭建立执转破案件快速移送通道。",
                        "执行局",
                        "成都破产法庭",
                    ),
                ],
                "leader": "唐勇\n（副院长）",
                "deadline": "2025年12月底前",
                "result": "制度文件",
                "remark": "",
            },
        ],
    },
    {
        "heading": "六、深化数字法院\n建设和司法人事\n管理改革",
        "tasks": [
            {
                "no": 6.1,
                "task": "深化数字法院建设，全面推行电子卷宗单套制归档",
                "rows": [
                    (
                        "（1）在四川天府新区成都片区人民法院、成都高新区法院开展诉讼档案电子化单套制归档试点，2025年底前实现新收案件电子档案全覆盖。",
                        "信息技术处",
                        "天府新区法院、成都高新区法院",
                    ),
                    (
                        "（2）依托四川法院智审平台，推动庭审语音识别、文书智能纠错在全市法院全面应用。",
                        "信息技术处",
                        "审管办",
                    ),
                ],
                "leader": "罗建明\n（副院长）",
                "deadline": "2025年12月底前",
                "result": "试点方案",
                "remark": "",
            },
            {
                "no": 6.2,
                "task": "规范生成式人工智能辅助办案应用",
                "rows": [
                    (
                        "（1）制定《成都法院生成式人工智能辅助办案应用指引（试行）》，明确人工智能辅助仅作为审判工作参考，不得代替法官裁判。\n（2）建立司法数据分级授权使用制度，涉密和敏感案件数据不得接入外部大模型。\n（3）支持成都高新区法院在人工智能辅助办案领域先行先试。",
                        "信息技术处",
                        "研究室、成都高新区法院",
                    ),
                ],
                "leader": "罗建明\n（副院长）",
                "deadline": "2025年9月底前",
                "result": "制度文件",
                "remark": "新增任务",
            },
            {
                "no": 6.3,
                "task": "完善法官员额“以案定额”动态调整机制",
                "rows": [
                    (
                        "（1）综合测算各基层法院案件量和法官工作量，按照“以案定额、以岗定员”原则在全市法院统筹调配员额。",
                        "政治部",
                        "审管办",
                    ),
                    (
                        "（2）严格执行员额退出机制，对办案业绩长期达不到标准的入额法官，按程序退出员额。",
                        "政治部",
                        "审管办",
                    ),
                ],
                "leader": "刘诚\n（政治部主任）",
                "deadline": "2025年8月底前",
                "result": "工作方案",
                "remark": "",
            },
            {
                "no": 6.4,
                "task": "健全聘用制书记员管理制度和法官助理职业发展机制",
                "rows": [
                    (
                        "（1）会同成都市委组织部、成都市人力资源和社会保障局完善聘用制书记员薪酬动态增长机制。",
                        "政治部",
                        "办公室",
                    ),
                    (
                        "（2）与四川大学法学院、西南财经大学法学院共建法官助理培养基地，法官助理任职满3年的开展等级评定。",
                        "政治部",
                        "教育培训处",
                    ),
                ],
                "leader": "刘诚\n（政治部主任）",
                "deadline": "2025年12月底前",
                "result": "制度文件",
                "remark": "",
            },
            {
                "no": 6.5,
                "task": "严格落实防止干预司法“三个规定”，健全廉政风险防控机制",
                "rows": [
                    (
                        "（1）完善过问案件“一案一登记”、月报告、季通报制度，对违规过问案件的依规依纪追究责任。",
                        "机关纪委",
                        "政治部",
                    ),
                    (
                        "（2）聘请人大代表、政协委员担任特约监督员，建立特约监督员参与审务督察制度。",
                        "审务督察处",
                        "办公室",
                    ),
                ],
                "leader": "刘诚\n（政治部主任）",
                "deadline": "长期坚持",
                "result": "工作台账",
                "remark": "",
            },
            {
                "no": 6.6,
                "task": "完善改革成效评估和典型经验推广机制",
                "rows": [
                    (
                        "（1）委托西南财经大学法学院对本院2024年度改革任务落实情况进行评估，评估报告报院党组审议。",
                        "司改办",
                        "研究室",
                    ),
                    (
                        "（2）由司改办按季度汇总改革任务进展，对推进滞后的任务实行“红黄绿”三色预警，并向市委全面依法治市委员会办公室报送改革案例。",
                        "司改办",
                        "办公室",
                    ),
                ],
                "leader": "罗建明\n（副院长）",
                "deadline": "2025年12月底前",
                "result": "评估报告\n改革案例",
                "remark": "",
            },
        ],
    },
]

# 汇总 sheet: the departments counted.
SUMMARY_UNITS = [
    "司改办",
    "审管办",
    "研究室",
    "政治部",
    "办公室",
    "立案庭",
    "民一庭",
    "民二庭",
    "民三庭",
    "民四庭",
    "刑一庭",
    "行政庭",
    "环境资源审判庭",
    "执行局",
    "成都破产法庭",
    "信息技术处",
    "机关纪委",
    "审务督察处",
]

HEADER_TOP = ["改革领域", "序号", "改革任务", "具体举措", "责任分工", None, "责任领导", "完成时限", "成果形式", "备注"]
HEADER_SUB = {5: "牵头部门", 6: "配合部门"}
WIDTHS = [11, 6, 22, 56, 12, 18, 11, 12, 10, 12]
NCOLS = len(HEADER_TOP)
FIRST_TASK_ROW = 5

THIN = Side(style="thin", color="000000")
BORDER = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
HEADER_FILL = PatternFill("solid", fgColor="D9D9D9")
BODY = Font(name="仿宋_GB2312", size=11)
CENTER = Alignment(horizontal="center", vertical="center", wrap_text=True)
LEFT = Alignment(horizontal="left", vertical="center", wrap_text=True)
LINE_HEIGHT = 14.5


def _display_width(text: str) -> int:
    return sum(1 if ord(ch) < 128 else 2 for ch in text)


def _lines(text: str, width: float) -> int:
    usable = max(width - 1.5, 4)
    return sum(max(1, math.ceil(_display_width(line) / usable)) for line in text.split("\n"))


def _height(values: list[tuple[str, float]], minimum: float = 24.0) -> float:
    lines = max(_lines(text, width) for text, width in values) if values else 1
    return max(lines * LINE_HEIGHT + 6, minimum)


# ---------------------------------------------------------------------------------------- sheets


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


def _style(cell, alignment=CENTER) -> None:
    cell.font = BODY
    cell.border = BORDER
    cell.alignment = alignment


def _merge(ws, col: int, first: int, last: int) -> None:
    if last > first:
        letter = get_column_letter(col)
        ws.merge_cells(f"{letter}{first}:{letter}{last}")


def _task_sheet(ws) -> int:
    last_col = get_column_letter(NCOLS)
    for index, width in enumerate(WIDTHS, start=1):
        ws.column_dimensions[get_column_letter(index)].width = width

    ws.merge_cells(f"A1:{last_col}1")
    cell = ws["A1"]
    cell.value = TITLE
    cell.font = Font(name="方正小标宋简体", size=20)
    cell.alignment = Alignment(horizontal="center", vertical="center")
    ws.row_dimensions[1].height = 42

    ws.merge_cells(f"A2:{last_col}2")
    cell = ws["A2"]
    cell.value = UNIT_LINE
    cell.font = Font(name="仿宋_GB2312", size=12)
    cell.alignment = Alignment(horizontal="left", vertical="center")
    ws.row_dimensions[2].height = 24

    # Two-row header: every cell merged over rows 3–4, except 责任分工 over E3:F3 with its two columns below.
    for col, word in enumerate(HEADER_TOP, start=1):
        for row in (3, 4):
            c = ws.cell(row=row, column=col)
            c.font = Font(name="黑体", size=12)
            c.alignment = CENTER
            c.fill = HEADER_FILL
            c.border = BORDER
        if word:
            ws.cell(row=3, column=col, value=word)
    for col, word in HEADER_SUB.items():
        ws.cell(row=4, column=col, value=word)
    ws.merge_cells("E3:F3")
    for col in range(1, NCOLS + 1):
        if col not in HEADER_SUB:
            _merge(ws, col, 3, 4)
    ws.row_dimensions[3].height = 22
    ws.row_dimensions[4].height = 22

    row = FIRST_TASK_ROW
    for area in AREAS:
        area_first = row
        for task in area["tasks"]:
            first = row
            rows = task["rows"]
            for index, (measures, lead, participants) in enumerate(rows):
                head = index == 0
                values = {
                    2: task["no"] if head else None,
                    3: task["task"] if head else None,
                    4: measures,
                    5: lead,
                    6: participants,
                    7: task["leader"] if head else None,
                    8: task["deadline"] if head else None,
                    9: task["result"] if head else None,
                    10: (task["remark"] or None) if head else None,
                }
                for col in range(1, NCOLS + 1):
                    c = ws.cell(row=row, column=col)
                    value = values.get(col)
                    if value is not None:
                        c.value = value
                    _style(c, LEFT if col in (3, 4) else CENTER)
                # Height: the measures cell of this row, and the task's merged cells spread over its rows.
                spread = [(measures, WIDTHS[3]), (lead, WIDTHS[4]), (participants, WIDTHS[5])]
                if head:  # the merged task cell's lines, shared out over the task's rows
                    share = math.ceil(_lines(task["task"], WIDTHS[2]) / len(rows))
                    spread.append(("\n" * (share - 1), WIDTHS[2]))
                ws.row_dimensions[row].height = _height(spread)
                row += 1
            last = row - 1
            for col in (2, 3, 7, 8, 9, 10):
                _merge(ws, col, first, last)
            # Neighbouring rows of one task with the same 牵头部门: the cell is merged, as staff do.
            start = 0
            for index in range(1, len(rows) + 1):
                if index == len(rows) or rows[index][1] != rows[start][1]:
                    _merge(ws, 5, first + start, first + index - 1)
                    start = index
        ws.cell(row=area_first, column=1, value=area["heading"])
        _merge(ws, 1, area_first, row - 1)
    last_task_row = row - 1

    # A blank row, then the note merged across the table.
    ws.row_dimensions[row].height = 12
    row += 1
    ws.merge_cells(f"A{row}:{last_col}{row}")
    cell = ws.cell(row=row, column=1, value=NOTE)
    cell.font = Font(name="仿宋_GB2312", size=11)
    cell.alignment = Alignment(horizontal="left", vertical="center", wrap_text=True)
    ws.row_dimensions[row].height = _height([(NOTE, sum(WIDTHS))])

    ws.freeze_panes = f"A{FIRST_TASK_ROW}"
    ws.print_title_rows = "3:4"
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_options.horizontalCentered = True
    return last_task_row


def _summary_sheet(ws, last_task_row: int, task_ws) -> dict[str, object]:
    """The 汇总 table; returns the value Excel would cache for each formula cell."""
    ws.column_dimensions["A"].width = 8
    ws.column_dimensions["B"].width = 18
    ws.column_dimensions["C"].width = 16
    ws.column_dimensions["D"].width = 16
    ws.column_dimensions["E"].width = 20
    ws.merge_cells("A1:E1")
    ws["A1"] = "改革任务责任分工汇总"
    ws["A1"].font = Font(name="黑体", size=16)
    ws["A1"].alignment = Alignment(horizontal="center", vertical="center")
    ws.row_dimensions[1].height = 32
    for col, word in enumerate(["序号", "部门", "牵头举措（条）", "配合举措（条）", "备注"], start=1):
        c = ws.cell(row=2, column=col, value=word)
        c.font = Font(name="黑体", size=12)
        c.alignment = CENTER
        c.fill = HEADER_FILL
        c.border = BORDER

    leads = [task_ws.cell(row=r, column=5).value for r in range(FIRST_TASK_ROW, last_task_row + 1)]
    parts = [task_ws.cell(row=r, column=6).value for r in range(FIRST_TASK_ROW, last_task_row + 1)]
    nos = [task_ws.cell(row=r, column=2).value for r in range(FIRST_TASK_ROW, last_task_row + 1)]
    rng_e = f"任务分解表!$E${FIRST_TASK_ROW}:$E${last_task_row}"
    rng_f = f"任务分解表!$F${FIRST_TASK_ROW}:$F${last_task_row}"
    rng_b = f"任务分解表!$B${FIRST_TASK_ROW}:$B${last_task_row}"
    cached: dict[str, object] = {}
    row = 3
    for index, unit in enumerate(SUMMARY_UNITS, start=1):
        ws.cell(row=row, column=1, value=index)
        ws.cell(row=row, column=2, value=unit)
        ws.cell(row=row, column=3, value=f"=COUNTIF({rng_e},B{row})")
        ws.cell(row=row, column=4, value=f'=COUNTIF({rng_f},"*"&B{row}&"*")')
        cached[f"C{row}"] = sum(1 for v in leads if v == unit)
        cached[f"D{row}"] = sum(1 for v in parts if v and unit in v)
        for col in range(1, 6):
            _style(ws.cell(row=row, column=col))
        row += 1
    ws.cell(row=row, column=1, value="合计")
    ws.merge_cells(f"A{row}:B{row}")
    ws.cell(row=row, column=3, value=f"=SUM(C3:C{row - 1})")
    ws.cell(row=row, column=4, value=f"=SUM(D3:D{row - 1})")
    cached[f"C{row}"] = sum(cached[f"C{r}"] for r in range(3, row))
    cached[f"D{row}"] = sum(cached[f"D{r}"] for r in range(3, row))
    for col in range(1, 6):
        _style(ws.cell(row=row, column=col))
    row += 1
    ws.cell(row=row, column=1, value="改革任务总数（项）")
    ws.merge_cells(f"A{row}:B{row}")
    ws.cell(row=row, column=3, value=f"=COUNTA({rng_b})")
    cached[f"C{row}"] = sum(1 for v in nos if v is not None)
    for col in range(1, 6):
        _style(ws.cell(row=row, column=col))
    return cached


# ---------------------------------------------------------------------------------------- package


def _fix_package(path: Path, cached: dict[str, object], summary_xml: str) -> None:
    """Fixed timestamps in docProps/core.xml and the zip entries; cached values on the 汇总 formulas."""
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
            elif info.filename == summary_xml:
                text = data.decode("utf-8")

                def _with_value(m: re.Match) -> str:
                    ref = m.group(1)
                    if ref not in cached:
                        return m.group(0)
                    return f'<c r="{ref}"{m.group(2)}><f>{m.group(3)}</f><v>{cached[ref]}</v></c>'

                text = re.sub(r'<c r="([A-Z]+\d+)"([^>]*)><f>([^<]*)</f><v\s*/?>(?:</v>)?</c>', _with_value, text)
                data = text.encode("utf-8")
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
    notes = wb.create_sheet("填表说明")
    tasks = wb.create_sheet("任务分解表")
    summary = wb.create_sheet("汇总")
    _instructions_sheet(notes)
    last_task_row = _task_sheet(tasks)
    cached = _summary_sheet(summary, last_task_row, tasks)
    wb.active = 0
    for ws in wb.worksheets:
        ws.sheet_view.tabSelected = ws is wb.active
    wb.save(out)
    _fix_package(out, cached, "xl/worksheets/sheet3.xml")


def plain_text() -> str:
    """The cells in reading order (the .source.txt): sheet by sheet, row by row; merged cells once."""
    out = ["[sheet] 填表说明"]
    out += [text for _, text in INSTRUCTIONS]
    out += ["", "[sheet] 任务分解表", TITLE, UNIT_LINE]
    out.append(" | ".join(w or "" for w in HEADER_TOP))
    out.append(" | ".join(HEADER_SUB.get(c, "") for c in range(1, NCOLS + 1)))
    for area in AREAS:
        out.append(f"[改革领域] {area['heading']}")
        for task in area["tasks"]:
            out.append(f"[{task['no']}] {task['task']}")
            for measures, lead, participants in task["rows"]:
                out.append(f"  {measures}")
                out.append(f"  牵头部门：{lead}；配合部门：{participants}")
            out.append(
                f"  责任领导：{task['leader']}；完成时限：{task['deadline']}；成果形式：{task['result']}；备注：{task['remark']}"
            )
    out += ["", NOTE, "", "[sheet] 汇总", "序号 | 部门 | 牵头举措（条） | 配合举措（条） | 备注"]
    out += [f"{i} | {u} | =COUNTIF(…) | =COUNTIF(…) |" for i, u in enumerate(SUMMARY_UNITS, start=1)]
    out += ["合计 | =SUM(…) | =SUM(…)", "改革任务总数（项） | =COUNTA(…)"]
    return "\n".join(out) + "\n"


def main() -> None:
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    build(Path(sys.argv[1]))
    if len(sys.argv) > 2:
        Path(sys.argv[2]).write_text(plain_text(), encoding="utf-8")


if __name__ == "__main__":
    main()
