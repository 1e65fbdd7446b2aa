"""Build the Jiangxi reform-progress ledger (改革任务推进台账) with its 进展情况 column filled in.

Run from the repository root:

    .venv/bin/python tests/documents/generators/sheet_progress.py [--out DIR]

It writes tests/documents/jiangxi-2024-gaige-taizhang.xlsx, imitating the one-sheet workbook a
provincial high court's reform office (司改办) keeps up to date through the year and sends round
at mid-year — not a plan handed out with empty columns, but the same table after the departments
have reported back:

    row 1   the title 2024年全省法院司法体制改革任务推进台账, merged across all columns;
    row 2   填报单位：江西省高级人民法院 … 填报时间：2024年7月5日, merged across;
    row 3   the header 序号 | 改革事项 | 工作举措 | 责任部门 | 完成时限 | 进展情况 | 备注;
    then    category rows (一、… 六、) merged across, one row per task (序号 written as a number;
            改革事项 one or two sentences; 工作举措 sentences in one cell; 进展情况 long progress notes
            filled in by the departments, one task left empty; 备注 short: 已完成 / 持续推进 /
            滞后，原因：…), and a closing 注： row merged across.

The workbook's properties (creator, created, modified) are fixed and the package is rewritten with
fixed zip timestamps (table_documents._reproducible), so a rerun gives the same bytes and the file
kept in the repository can be compared with a fresh build.
"""

from __future__ import annotations

import argparse
import sys
from datetime import datetime
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

sys.path.insert(0, str(Path(__file__).resolve().parent))
from table_documents import _reproducible, _row_height, print_landscape

HERE = Path(__file__).resolve().parent
DOCUMENTS = HERE.parent
OUTPUT = "jiangxi-2024-gaige-taizhang.xlsx"

# Fixed timestamp written into the package (document properties and zip entries).
FIXED_TIME = datetime(2024, 7, 5, 16, 30, 0)

TITLE = "2024年全省法院司法体制改革任务推进台账"
FILLED_IN = "填报单位：江西省高级人民法院　　　　　　　　填报时间：2024年7月5日"
HEADER = ["序号", "改革事项", "工作举措", "责任部门", "完成时限", "进展情况", "备注"]
WIDTHS = [6, 22, 46, 12, 13, 48, 16]
NOTE = (
    "注：进展情况截至2024年6月30日，由各责任部门填报，司改办汇总；标注“滞后”的事项请责任部门于7月20日前报送整改措施。"
)

# Rows of the sheet: {"category": …} or a task (no, task, measures, lead, deadline, progress, remark).
ROWS: list[dict] = [
    {"category": "一、深化司法责任制综合配套改革"},
    {
        "no": 1,
        "task": "健全院庭长阅核制度。",
        "measures": "制定《江西法院院庭长阅核工作指引》，明确阅核案件范围、阅核流程和阅核意见处理方式；"
        "依托审判流程管理系统，实现阅核意见在线提出、全程可查。",
        "lead": "审管办",
        "deadline": "2024年6月底前",
        "progress": "已于2024年5月印发《江西省高级人民法院关于院庭长阅核工作的实施办法（试行）》；"
        "南昌中院、赣州中院已开展阅核意见线上流转试点，上饶市中级人民法院同步跟进；"
        "上半年全省法院院庭长阅核案件1.8万余件。",
        "remark": "已完成",
    },
    {
        "no": 2,
        "task": "完善“四类案件”识别监管机制。",
        "measures": "建立“四类案件”自动识别、标签提示和全程监管机制，明确院庭长监督管理职责，"
        "九江中院、景德镇中院先行先试。",
        "lead": "审管办",
        "deadline": "2024年9月底前",
        "progress": "已在全省法院办案平台上线“四类案件”标注模块；截至6月底，全省共识别标注“四类案件”1126件；"
        "萍乡中院、新余中院主动申请纳入试点范围。",
        "remark": "持续推进",
    },
    {
        "no": 3,
        "task": "完善法律适用分歧解决机制。",
        "measures": "建立类案检索报告制度，发挥江西法院类案智能推送平台作用；定期发布参考性案例，"
        "统一全省法院裁判尺度。",
        "lead": "研究室",
        "deadline": "2024年10月底前",
        "progress": "已编发《江西法院参考性案例》第一至三批共24件；类案智能推送平台已在宜春、抚州两地法院部署应用，"
        "累计推送类案4300余次。",
        "remark": "持续推进",
    },
    {
        "no": 4,
        "task": "优化审判团队组建模式。",
        "measures": "推行“1名员额法官+1名法官助理+1名书记员”审判团队配置模式；"
        "在南昌市东湖区人民法院、赣州市章贡区人民法院开展审判团队专业化建设试点。",
        "lead": "政治部",
        "deadline": "2024年12月底前",
        "progress": "全省已组建新型审判团队1380个；东湖法院、章贡法院试点方案已经省法院党组会审议通过；"
        "南昌市青山湖区人民法院自行探索“庭长+团队”模式，效果良好。",
        "remark": "持续推进",
    },
    {
        "no": 5,
        "task": "健全法官员额动态调整和退出机制。",
        "measures": "会同省委组织部、省委编办完善员额省级统筹机制，推动建立从法官助理中遴选法官的常态化机制。",
        "lead": "政治部",
        "deadline": "2024年11月底前",
        "progress": "已会同省法官检察官遴选委员会完成2024年度员额法官遴选，新入额法官86名；"
        "对12名不再符合条件的法官办理退额手续；相关做法被《人民法院报》头版刊发。",
        "remark": "已完成",
    },
    {
        "no": 6,
        "task": "加强法官依法履职保障。",
        "measures": "严格执行防止干预司法“三个规定”，落实过问案件全面记录、定期通报制度；"
        "健全法官依法履职受侵害快速处置机制。",
        "lead": "政治部",
        "deadline": "长期坚持",
        "progress": "上半年全省法院共填报过问案件记录和零报告3.2万余条；会同省公安厅建立法官人身安全联动保护机制，"
        "吉安中院已依托该机制处置涉法官威胁事件2起。",
        "remark": "持续推进",
    },
    {"category": "二、深化诉讼制度改革"},
    {
        "no": 7,
        "task": "健全繁简分流配套机制。",
        "measures": "扩大小额诉讼程序适用，完善独任制与合议制转换规则；"
        "在南昌市青云谱区人民法院、九江市浔阳区人民法院开展金融借款合同纠纷要素式审判试点。",
        "lead": "立案庭、民一庭",
        "deadline": "2024年12月底前",
        "progress": "小额诉讼程序适用率同比提高6.3个百分点；青云谱法院已制定要素式起诉状模板12类；"
        "鹰潭市月湖区人民法院参照开展简式裁判文书改革。",
        "remark": "持续推进",
    },
    {
        "no": 8,
        "task": "推进以审判为中心的刑事诉讼制度改革。",
        "measures": "全面落实庭前会议、非法证据排除、法庭调查“三项规程”，推动证人、鉴定人出庭作证；"
        "会同省检察院完善认罪认罚案件量刑建议审查机制。",
        "lead": "刑一庭、刑二庭",
        "deadline": "2024年12月底前",
        "progress": "已与省检察院、省公安厅联合出台《关于规范刑事案件证人出庭作证的若干规定》；"
        "景德镇中院刑事案件证人出庭率达18%，居全省首位。",
        "remark": "持续推进",
    },
    {
        "no": 9,
        "task": "深化行政诉讼制度改革。",
        "measures": "优化行政案件相对集中管辖，推动行政争议调解中心实质化运行；落实行政机关负责人出庭应诉制度。",
        "lead": "行政庭",
        "deadline": "2024年12月底前",
        "progress": "南昌铁路运输法院集中管辖南昌、九江等地一审行政案件运行平稳；全省设区市已全部设立行政争议调解中心，"
        "上半年诉前化解行政争议412件；上饶市行政机关负责人出庭应诉率达95%。",
        "remark": "持续推进",
    },
    {
        "no": 10,
        "task": "完善人民陪审员制度。",
        "measures": "会同省司法厅健全人民陪审员随机抽选机制，探索人民陪审员参与环境资源案件审理，提升参审实效。",
        "lead": "政治部",
        "deadline": "2024年10月底前",
        "progress": "已会同省司法厅出台《江西省人民陪审员选任管理办法》；"
        "宜春中院、抚州中院已开展人民陪审员参审环境资源案件试点，"
        "累计参审案件236件。",
        "remark": "已完成",
    },
    {
        "no": 11,
        "task": "完善司法救助与社会救助衔接机制。",
        "measures": "会同省民政厅建立救助对象信息共享和转介程序，对符合条件的困难当事人及时给予救助。",
        "lead": "立案庭",
        "deadline": "2024年9月底前",
        "progress": "",
        "remark": "滞后，原因：与省民政厅会签文件仍在征求意见",
    },
    {"category": "三、健全诉源治理和多元解纷机制"},
    {
        "no": 12,
        "task": "深入推进诉源治理。\n推动矛盾纠纷源头化解。",
        "measures": "推动建立诉源治理“前端防控、中端化解、末端裁判”工作体系；"
        "推进人民法院调解平台进乡村、进社区、进网格。",
        "lead": "立案庭",
        "deadline": "持续推进",
        "progress": "赣州中院推动将诉源治理纳入平安江西建设考评；全省已有1217个乡镇（街道）入驻人民法院调解平台；"
        "瑞金市人民法院“红色调解室”经验被最高人民法院推广。",
        "remark": "持续推进",
    },
    {
        "no": 13,
        "task": "完善“一站式”多元解纷机制。",
        "measures": "健全诉调对接工作机制，推动特邀调解员、律师调解员入驻诉讼服务中心；"
        "会同省人力资源社会保障厅、省市场监督管理局建立劳动争议、涉企纠纷联合调解机制。",
        "lead": "立案庭",
        "deadline": "2024年12月底前",
        "progress": "全省法院诉讼服务中心已实现“一站式”解纷全覆盖；南昌中院与南昌仲裁委员会建立诉仲衔接机制；"
        "上半年诉前调解成功率41.2%。",
        "remark": "持续推进",
    },
    {
        "no": 14,
        "task": "加强人民法庭参与基层治理。",
        "measures": "深化新时代人民法庭建设，推行“法官进网格”工作机制；在赣南苏区开展“红色法庭”创建试点。",
        "lead": "立案庭",
        "deadline": "2024年11月底前",
        "progress": "已命名首批“枫桥式人民法庭”15个；兴国县人民法院、于都县人民法院已完成红色法庭阵地建设；"
        "全省人民法庭入驻综治中心比例达87%。",
        "remark": "滞后，原因：部分法庭场所改造资金尚未到位",
    },
    {"category": "四、服务保障生态文明建设和高质量发展"},
    {
        "no": 15,
        "task": "完善鄱阳湖流域生态环境司法协作机制。",
        "measures": "与湖南法院、湖北法院建立跨省环境资源审判协作机制；在鄱阳湖流域设立生态环境司法保护基地，"
        "推行“补植复绿、增殖放流”生态修复模式。",
        "lead": "环境资源审判庭",
        "deadline": "2024年12月底前",
        "progress": "已与湖北高院、湖南高院、安徽高院签署《长江中游三省环境资源审判协作框架协议》；"
        "九江中院、上饶中院、景德镇中院在鄱阳湖周边设立司法保护基地6个；"
        "都昌县人民法院审结全省首例“增殖放流”替代性修复案件。",
        "remark": "持续推进",
    },
    {
        "no": 16,
        "task": "完善赣江流域环境资源案件集中管辖机制。",
        "measures": "以流域为单元调整环境资源案件管辖布局，推行环境资源刑事、民事、行政案件“三合一”审理模式，"
        "试行生态环境损害赔偿磋商协议司法确认程序。",
        "lead": "环境资源审判庭",
        "deadline": "2024年12月底前",
        "progress": "经最高人民法院批复同意，已在樟树市人民法院、新干县人民法院等5个基层法院设立环境资源法庭，"
        "跨区域集中管辖五河流域案件；景德镇市昌江区人民法院试行磋商协议司法确认案件3件。",
        "remark": "持续推进",
    },
    {
        "no": 17,
        "task": "优化法治化营商环境司法保障机制。",
        "measures": "健全涉企案件“立审执”一体化办理机制，推动建立府院联动破产协调机制；"
        "在南昌、赣州开展破产案件简易审理试点。",
        "lead": "民二庭",
        "deadline": "2024年12月底前",
        "progress": "已与省政府办公厅联合印发《关于建立企业破产处置府院联动机制的通知》；"
        "南昌中院破产法庭上半年审结简易破产案件64件；赣州中院入选最高人民法院破产审判工作联系点。",
        "remark": "持续推进",
    },
    {"category": "五、深化执行体制改革和数字法院建设"},
    {
        "no": 18,
        "task": "深化执行权运行制约机制改革。",
        "measures": "完善执行裁决权与执行实施权分离机制，健全终结本次执行程序案件动态管理机制；"
        "依托执行指挥中心推进执行事务集约化。",
        "lead": "执行局",
        "deadline": "2024年12月底前",
        "progress": "全省三级法院执行指挥中心实体化运行；上饶中院“执行110”快速反应机制平均到场时间缩短至35分钟；"
        "已清理不规范终本案件5400余件。",
        "remark": "持续推进",
    },
    {
        "no": 19,
        "task": "健全失信被执行人信用修复机制。",
        "measures": "会同省发展改革委完善失信联合惩戒体系，探索对主动履行的被执行人给予信用修复激励；"
        "在景德镇市珠山区人民法院试行失信惩戒分级分类管理。",
        "lead": "执行局",
        "deadline": "2024年10月底前",
        "progress": "已与省发展改革委联合出台《江西省失信被执行人信用修复办法（试行）》；"
        "上半年为1263名被执行人办理信用修复；萍乡市安源区人民法院推出“履行承诺书”做法。",
        "remark": "已完成",
    },
    {
        "no": 20,
        "task": "完善全流程网上办案体系。",
        "measures": "以智慧法院建设为牵引，全面推行电子卷宗随案同步生成；"
        "在赣州市中级人民法院试行以庭审录音录像替代庭审笔录。",
        "lead": "信息技术处",
        "deadline": "2024年12月底前",
        "progress": "全省法院电子卷宗随案生成率达98.6%；赣州中院已在12个审判庭完成录音录像替代笔录改造；"
        "“赣法通”移动诉讼服务平台上线运行。",
        "remark": "持续推进",
    },
    {"category": "六、加强改革统筹推进"},
    {
        "no": 21,
        "task": "健全改革任务督察落实机制。",
        "measures": "对改革任务实行清单化管理、项目化推进，建立改革任务推进情况月调度、季通报制度；"
        "由司改办牵头开展专项督察，推动改革成效第三方评估。",
        "lead": "司改办",
        "deadline": "长期坚持",
        "progress": "已召开全省法院司法改革推进会2次；省委政法委将法院改革任务纳入政法领域改革督察范围；"
        "对进展滞后的新余中院、鹰潭中院进行专项督办。",
        "remark": "持续推进",
    },
]

THIN = Side(style="thin", color="000000")
BORDER = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
HEADER_FILL = PatternFill("solid", fgColor="D9E1F2")
CATEGORY_FILL = PatternFill("solid", fgColor="EDEDED")
LAG_FONT = Font(name="宋体", size=10.5, color="C00000")


def write_sheet(ws) -> None:
    ncols = len(HEADER)
    last = get_column_letter(ncols)
    for index, width in enumerate(WIDTHS, start=1):
        ws.column_dimensions[get_column_letter(index)].width = width
    body = Font(name="宋体", size=10.5)
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    left = Alignment(horizontal="left", vertical="center", wrap_text=True)

    ws.merge_cells(f"A1:{last}1")
    cell = ws.cell(row=1, column=1, value=TITLE)
    cell.font = Font(name="方正小标宋简体", size=18)
    cell.alignment = Alignment(horizontal="center", vertical="center")
    ws.row_dimensions[1].height = 42

    ws.merge_cells(f"A2:{last}2")
    cell = ws.cell(row=2, column=1, value=FILLED_IN)
    cell.font = Font(name="仿宋_GB2312", size=12)
    cell.alignment = Alignment(horizontal="left", vertical="center")
    ws.row_dimensions[2].height = 24

    for col, word in enumerate(HEADER, start=1):
        cell = ws.cell(row=3, column=col, value=word)
        cell.font = Font(name="黑体", size=11, bold=True)
        cell.fill = HEADER_FILL
        cell.alignment = center
        cell.border = BORDER
    ws.row_dimensions[3].height = 28

    row = 4
    for entry in ROWS:
        if "category" in entry:
            ws.merge_cells(f"A{row}:{last}{row}")
            cell = ws.cell(row=row, column=1, value=entry["category"])
            cell.font = Font(name="黑体", size=11, bold=True)
            cell.fill = CATEGORY_FILL
            cell.alignment = Alignment(horizontal="left", vertical="center")
            for col in range(1, ncols + 1):
                ws.cell(row=row, column=col).border = BORDER
            ws.row_dimensions[row].height = 24
            row += 1
            continue
        values = [
            entry["no"],
            entry["task"],
            entry["measures"],
            entry["lead"],
            entry["deadline"],
            entry["progress"],
            entry["remark"],
        ]
        for col, value in enumerate(values, start=1):
            cell = ws.cell(row=row, column=col)
            if value != "":
                cell.value = value
            cell.font = LAG_FONT if col == 7 and str(value).startswith("滞后") else body
            cell.border = BORDER
            cell.alignment = left if col in (2, 3, 6, 7) else center
        ws.row_dimensions[row].height = _row_height([str(v) for v in values], WIDTHS)
        row += 1

    ws.merge_cells(f"A{row}:{last}{row}")
    cell = ws.cell(row=row, column=1, value=NOTE)
    cell.font = Font(name="宋体", size=10)
    cell.alignment = Alignment(horizontal="left", vertical="center", wrap_text=True)
    ws.row_dimensions[row].height = 30

    ws.freeze_panes = "A4"
    ws.print_title_rows = "3:3"
    print_landscape(ws, ws.PAPERSIZE_A3)


def build(out_dir: Path) -> Path:
    wb = Workbook()
    ws = wb.active
    ws.title = "推进台账"
    write_sheet(ws)
    wb.properties.creator = "江西高院司改办"
    wb.properties.lastModifiedBy = "江西高院司改办"
    wb.properties.title = TITLE
    wb.properties.created = FIXED_TIME
    wb.properties.modified = FIXED_TIME
    out = out_dir / OUTPUT
    wb.save(out)
    _reproducible(out, FIXED_TIME)
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=DOCUMENTS, help="output folder (default: tests/documents)")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    print(build(args.out))


if __name__ == "__main__":
    main()
