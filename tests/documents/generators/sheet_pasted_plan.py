"""Build the workbook of a court's reform work points pasted into Excel, one paragraph per row.

Run from the repository root:

    .venv/bin/python tests/documents/generators/sheet_pasted_plan.py tests/documents/lanzhou-2024-gaige-yaodian.xlsx

(the output path is the first argument; without one it writes lanzhou-2024-gaige-yaodian.xlsx in the current
folder). Needs only openpyxl and the standard library. Fictional content; real courts, places and reform
vocabulary. The output is deterministic: the workbook's core properties (creator, created, modified) are fixed and
the package is rewritten with fixed zip entry timestamps, so a rebuild without changes is byte-identical.

What real-world layout it imitates: many intermediate courts' reform offices (司改办/研究室) keep the year's
司法改革工作要点 not only as the Word 红头 file but as an Excel workbook, because the office later tracks progress in
it. A clerk opened the Word file, selected the whole text and pasted it into column A of a new workbook, so that
Excel put ONE PARAGRAPH IN EACH ROW, and then tidied it up by hand:

- Sheet1 (the default sheet name, never renamed), no header row and no task columns:
  row 1  the plan's title, typed again, merged A1:D1, bold 16 pt, centred;
  row 2  the document number and the date in one cell (兰中法〔2024〕18号 … 2024年3月15日), centred;
  row 3  empty;
  then   the preamble paragraph, the section headings 一、 … 八、 (bold, 黑体), the work points 1． … 32．
         numbered continuously through the sections (not restarting), each one paragraph in one cell of column A
         with wrap_text and a hand-set row height; one work point (22．) runs over two rows because its Word
         paragraph had a manual line break, the second row carries no number;
         the last section (八、组织实施) has plain paragraphs and no numbered points;
         then a blank row, the signature 兰州市中级人民法院 and the date (right-aligned), a blank row, the 抄送 line
         and the 印发 line of the Word file's 版记, pasted with the rest.
- Column B (width 22, no heading) is a 备注 the reform office filled in for a few work points only, in two kinds:
  a lead unit (牵头：审管办 / 牵头：司改办；完成时间：2024年6月底前 …) or a progress state (推进中 / 已完成). The
  body paragraphs keep the two full-width spaces (　　) typed in Word as first-line indent; the numbers are
  written with a full-width full stop (1．) as the Word file had them.
- Sheet2 holds a short table of the 司法改革联络员 of the courts (单位 / 姓名 / 联系电话), added later by the office.
- Print set-up as such offices leave it: A4 portrait, fit to one page wide, title row repeated.
"""

from __future__ import annotations

import math
import re
import sys
import zipfile
from datetime import datetime
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side

OUTPUT = "lanzhou-2024-gaige-yaodian.xlsx"
FIXED_TIME = datetime(2024, 3, 15, 17, 42, 0)
AUTHOR = "Administrator"

TITLE = "兰州法院2024年司法改革工作要点"
NUMBER_DATE = "兰中法〔2024〕18号　　　　　　　　2024年3月15日"
IND = "　　"

# Rows of Sheet1 after the title, number and blank row. Kinds: "p" (preamble or closing paragraph), "h1"
# (section heading 一、…), "item" (a numbered work point; a third element is the column-B 备注), "cont" (a further
# paragraph of the work point above, no number), "blank", "sign", "date", "cc" (抄送), "print" (印发).
ROWS: list[tuple] = [
    (
        "p",
        "2024年是实现“十四五”规划目标任务的关键一年，也是深化司法体制综合配套改革、全面准确落实司法责任制的攻坚之年。全市法院司法改革工作的总体要求是：坚持以习近平新时代中国特色社会主义思想为指导，深入贯彻党的二十大和二十届二中全会精神，全面贯彻习近平法治思想，认真落实最高人民法院和甘肃省高级人民法院关于深化司法改革的部署要求，紧扣“公正与效率”工作主题，以审判权力运行体系改革为牵引，以深化诉源治理为重点，以数字法院建设为支撑，推动各项改革系统集成、协同高效，以审判工作现代化服务保障中国式现代化兰州实践。现提出如下工作要点。",
    ),
    ("h1", "一、深化审判权力运行体系改革，全面准确落实司法责任制"),
    (
        "item",
        "1．完善审判权责清单动态调整机制。结合审判团队重组和人员调整情况，修订《兰州法院院庭长审判监督管理权责清单》，明确院庭长、审判长、承办法官和法官助理的职责边界，做到清单事项与案件流转节点一一对应。各基层法院同步完成清单修订，确保全市法院权责清单标准统一、动态更新。",
        "牵头：司改办；完成时间：2024年6月底前",
    ),
    (
        "item",
        "2．全面推行院庭长阅核制度。对独任法官、合议庭拟作出的裁判文书，按照“应阅尽阅、阅必留痕”要求开展阅核；阅核意见与合议庭评议意见不一致的，依程序提交专业法官会议或者审判委员会讨论。年内出台院庭长阅核工作实施细则，明确阅核范围、方式和责任。",
        "推进中",
    ),
    (
        "item",
        "3．健全“四类案件”识别监管机制。依托办案系统对重大疑难复杂、群体性纠纷、类案冲突和涉嫌违法审判案件自动识别标注、实时提醒，院庭长监督管理过程在线记录、可查可溯。七里河区法院、安宁区法院开展“四类案件”分级监管试点。",
    ),
    (
        "item",
        "4．深化专业法官会议制度改革。规范专业法官会议的召集、讨论、记录和意见运用，推动建立专业法官会议与审判委员会衔接过滤机制，提交审判委员会讨论的案件原则上须经专业法官会议先行研究。",
    ),
    (
        "item",
        "5．加强审判质效管理。落实最高人民法院审判质量管理指标体系，健全院领导分片包抓基层法院质效督导制度，对结收比、发改率、平均审理天数等指标偏离合理区间的法院开展专项会诊，坚决防止“唯数据论”。",
        "牵头：审管办",
    ),
    (
        "item",
        "6．严格落实防止干预司法“三个规定”。完善过问案件记录填报提醒功能，对违规干预、过问案件的做到应录尽录、定期通报、严肃追责。健全审判执行权力运行廉政风险防控体系，常态化排查廉政风险点。",
        "已完成",
    ),
    ("h1", "二、深化诉讼制度改革，推动审判机制更加科学高效"),
    (
        "item",
        "7．深化案件繁简分流机制改革。用足用好小额诉讼程序和简易程序，推行类型化案件要素式审判模式，城关区法院、西固区法院试行“门诊式”速裁庭审，全市基层法院简易程序适用率力争稳定在85%以上。",
        "牵头：民一庭",
    ),
    (
        "item",
        "8．规范适用二审独任制。制定二审民事案件独任审理适用指引，细化适用范围、审理方式和转为合议庭审理的条件，对拟改判、发回重审的案件一律组成合议庭审理。",
    ),
    (
        "item",
        "9．深化以审判为中心的刑事诉讼制度改革。全面贯彻证据裁判原则，严格执行非法证据排除规则，会同市人民检察院、市公安局完善证人、鉴定人出庭作证保障机制。规范认罪认罚从宽制度适用，提高量刑建议审查质量。",
        "牵头：刑一庭",
    ),
    (
        "item",
        "10．完善行政争议实质性化解机制。推动落实行政机关负责人出庭应诉制度，支持兰州铁路运输法院与属地法院建立诉前协调化解联动机制，依托兰州市行政争议调解中心开展诉前化解，年内行政案件调撤率不低于30%。",
    ),
    (
        "item",
        "11．稳妥推进涉案企业合规改革。会同检察机关完善涉案企业合规第三方监督评估机制，在榆中县法院、皋兰县法院开展企业合规案件审理试点，对合规整改到位的涉案企业依法从宽处罚。",
    ),
    (
        "item",
        "12．深化家事审判方式和工作机制改革。推广家事案件财产申报、冷静期和心理疏导制度，红古区法院试点反家暴“一站式”救济机制，联合市民政局制定人身安全保护令申请指引。",
    ),
    ("h1", "三、坚持和发展新时代“枫桥经验”，深化诉源治理"),
    (
        "item",
        "13．深化诉源治理。坚持“抓前端、治未病”，推动诉讼服务站点全面进驻县区综治中心，健全“一庭两所”联调联动机制，统筹人民法庭、派出所、司法所解纷力量，力争全市法院一审民商事案件收案数实现下降。",
        "牵头：立案庭",
    ),
    (
        "item",
        "14．健全诉调对接机制。与市人力资源和社会保障局、兰州仲裁委员会共同推动建立劳动人事争议“一站式”联合调处中心，实现仲裁、调解、诉讼信息互通；安宁区法院开展供暖纠纷诉前集中化解试点。",
    ),
    (
        "item",
        "15．加强调解队伍建设。完善特邀调解员名册管理制度，推行特邀调解员等级评定和以案定补办法，联合市律师协会在城关区、七里河区设立律师调解工作室，年内律师调解案件数同比增长20%。",
    ),
    (
        "item",
        "16．提升一站式诉讼服务质效。健全跨域立案诉讼服务机制，推行诉讼服务“一网通办、一次办好”，实现诉讼服务中心、人民法庭诉讼服务站和12368诉讼服务热线一体运行。兰州新区法院探索涉企纠纷“一窗通办”服务模式。",
        "已完成",
    ),
    (
        "item",
        "17．深化人民法庭工作机制改革。在永登、榆中等涉农县区推行“法官进村社”巡回审判机制，创建一批“枫桥式人民法庭”，推动人民法庭与乡村振兴工作站信息共享、协同解纷。",
    ),
    ("h1", "四、深化执行体制机制改革，切实解决执行难"),
    (
        "item",
        "18．深化执行权运行机制改革。推进执行裁决权与执行实施权分离，在执行局内设执行裁判庭，专门办理执行异议、复议案件；健全执行案件“一案一人一账号”管理模式，执行案款发放周期压缩至20个工作日以内。",
        "牵头：执行局",
    ),
    (
        "item",
        "19．完善综合治理执行难工作格局。推动将执行工作纳入市域社会治理考核，健全执行联动机制，联合市公安局建立被执行人查找控制协作机制，对规避执行、抗拒执行构成犯罪的依法追究刑事责任。",
    ),
    (
        "item",
        "20．畅通执行转破产通道。完善执行转破产工作机制，西固区法院、红古区法院开展“执转破”案件简化审理试点，推动建立破产费用专项保障机制。",
    ),
    (
        "item",
        "21．深化执行指挥中心实体化运行。完善执行指挥中心“统一调度、集约办理”运行机制，支持城关区法院、兰州新区法院先行先试执行事务集约化改革，形成可复制推广的经验。",
    ),
    ("h1", "五、服务保障黄河流域生态保护和高质量发展"),
    (
        "item",
        "22．健全黄河流域环境资源司法协作机制。深化与兰州铁路运输中级法院在环境公益诉讼案件审理中的协作，推动建立黄河兰州段生态保护跨区域司法协作平台，统一生态环境损害赔偿裁判尺度。",
        "牵头：环境资源审判庭",
    ),
    (
        "cont",
        "准确适用《中华人民共和国黄河保护法》，对在黄河干支流非法采砂、违法排污等行为依法从严惩处，助力打造“黄河之滨也很美”城市名片。",
    ),
    (
        "item",
        "23．深化环境资源审判机制改革。推行环境资源刑事、民事、行政案件“三合一”归口审理机制，在黄河兰州段沿岸设立生态司法修复基地，探索“补植复绿+劳务代偿”修复性司法模式。",
    ),
    (
        "item",
        "24．服务保障兰州新区和兰西城市群建设。支持兰州新区法院组建涉企纠纷专业化审判团队，与兰州新区管委会建立府院联动机制；立足兰西城市群一体化发展，与西宁市中级人民法院签订《兰西城市群司法协作框架协议》，建立跨省委托执行事项快速办理机制。",
    ),
    (
        "item",
        "25．依法平等保护民营企业产权。落实甘肃高院《关于为民营经济发展壮大提供有力司法服务的实施意见》，开辟涉企案件“绿色通道”，健全涉企冤错案件甄别纠正机制，推动完善“府院联动”破产协调机制，以法治之力服务中国式现代化兰州实践。",
    ),
    ("h1", "六、深化司法人员分类管理改革，锻造过硬法院队伍"),
    (
        "item",
        "26．完善法官员额动态管理机制。坚持“以案定额、以岗定员”，在甘肃高院统筹下根据各基层法院收案数量和人均结案数调配员额，建立员额法官办案绩效与员额退出挂钩制度。",
        "牵头：政治部",
    ),
    (
        "item",
        "27．健全审判辅助人员分类管理制度。落实法官助理职级晋升办法，推行聘用制书记员由市中院统一招录、统一培训、统筹调配的管理模式，在安宁区法院、永登县法院开展审判辅助事务集约化管理试点。",
    ),
    (
        "item",
        "28．健全法官履职保障体系。严格执行《人民法院法官惩戒工作程序规定（试行）》，健全法官因依法履职遭受不实举报澄清正名机制，联合市委政法委、市公安局建立涉法官人身安全风险快速处置机制。",
    ),
    ("h1", "七、推进数字法院建设，以数字化赋能司法改革"),
    (
        "item",
        "29．深化全流程网上办案。全面推行电子卷宗随案同步生成，在七里河区法院开展诉讼档案“单套制”归档试点，年底前全市法院一审民商事案件电子归档率达到95%以上。",
        "牵头：信息技术处；完成时间：2024年12月底前",
    ),
    (
        "item",
        "30．加强司法数据治理。健全司法数据质量常态化巡检机制，依托司法大数据分析平台定期形成审判执行运行专题分析报告，打造兰州法院司法数据“一张图”，为党委政府科学决策提供参考。",
    ),
    (
        "item",
        "31．建立人工智能司法应用规则体系。在本院民事审判领域上线智能辅助阅卷和裁判文书辅助生成功能，建立人工智能应用安全评估和风险防控制度，确保人工智能辅助审判而不替代审判。",
    ),
    (
        "item",
        "32．拓展司法公开的广度和深度。完善庭审直播常态化工作机制，榆中县法院开展“巡回审判+普法直播”试点，建立人大代表、政协委员旁听庭审和评议裁判文书制度。",
    ),
    ("h1", "八、加强改革组织实施"),
    (
        "p",
        "各基层法院、市中院各部门要切实扛起改革主体责任，主要负责同志亲自研究、亲自部署、亲自督办。市中院司法改革办公室要建立改革任务台账，实行月调度、季通报、年终评估，对推进不力、进度滞后的单位予以通报约谈。",
    ),
    ("p", "各单位要注重总结提炼改革经验，于每季度末月25日前将改革推进情况报送市中院司改办，重大事项及时请示报告。"),
    ("blank", ""),
    ("sign", "兰州市中级人民法院"),
    ("date", "2024年3月15日"),
    ("blank", ""),
    ("cc", "抄送：甘肃省高级人民法院司法改革办公室，市委政法委。"),
    ("print", "兰州市中级人民法院办公室　　　　　　　　2024年3月15日印发"),
]

CONTACTS_TITLE = "2024年全市法院司法改革联络员名单"
CONTACTS_HEADER = ["单位", "姓名", "职务", "联系电话"]
CONTACTS = [
    ["市中院司改办", "马文婷", "副主任", "0931-8462017"],
    ["城关区法院", "杨志刚", "研究室主任", "0931-8817325"],
    ["七里河区法院", "何婧", "法官助理", "0931-2334186"],
    ["西固区法院", "苏建国", "审管办主任", "0931-7551092"],
    ["安宁区法院", "罗晓燕", "研究室副主任", "0931-7663408"],
    ["红古区法院", "魏宏", "办公室主任", "0931-6214557"],
    ["永登县法院", "祁海龙", "审管办主任", "0931-6419230"],
    ["皋兰县法院", "张雅琴", "法官助理", "0931-5721846"],
    ["榆中县法院", "王立新", "研究室主任", "0931-5238871"],
    ["兰州新区法院", "赵晨阳", "综合办主任", "0931-8391254"],
]

WIDTH_A = 92.0
WIDTH_B = 22.0
LINE_HEIGHT = 18.0  # points per wrapped line at 12 pt

BODY = Font(name="仿宋_GB2312", size=12)
HEAD = Font(name="黑体", size=12, bold=True)
TITLE_FONT = Font(name="方正小标宋简体", size=16, bold=True)
NOTE_FONT = Font(name="宋体", size=10)
THIN = Side(style="thin", color="000000")
BORDER = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)


def _display_width(text: str) -> int:
    """Excel column units: CJK and full-width characters count two, the rest one."""
    return sum(2 if ord(ch) > 0x2E80 else 1 for ch in text)


def _height(text: str, width: float, line: float = LINE_HEIGHT) -> float:
    lines = max(1, math.ceil(_display_width(text) * 1.1 / (width - 2)))
    return lines * line + 4


def _plan_sheet(ws) -> None:
    ws.column_dimensions["A"].width = WIDTH_A
    ws.column_dimensions["B"].width = WIDTH_B
    ws.column_dimensions["C"].width = 6
    ws.column_dimensions["D"].width = 6

    ws["A1"] = TITLE
    ws.merge_cells("A1:D1")
    ws["A1"].font = TITLE_FONT
    ws["A1"].alignment = Alignment(horizontal="center", vertical="center")
    ws.row_dimensions[1].height = 36

    ws["A2"] = NUMBER_DATE
    ws["A2"].font = BODY
    ws["A2"].alignment = Alignment(horizontal="center", vertical="center")
    ws.row_dimensions[2].height = 22

    row = 4  # row 3 stays empty
    wrap = Alignment(horizontal="left", vertical="top", wrap_text=True)
    right = Alignment(horizontal="right", vertical="center")
    note = Alignment(horizontal="left", vertical="top", wrap_text=True)
    for entry in ROWS:
        kind, text = entry[0], entry[1]
        remark = entry[2] if len(entry) > 2 else None
        cell = ws.cell(row=row, column=1)
        if kind == "blank":
            row += 1
            continue
        if kind in ("p", "item", "cont"):
            cell.value = IND + text
            cell.font = BODY
            cell.alignment = wrap
            ws.row_dimensions[row].height = _height(IND + text, WIDTH_A)
        elif kind == "h1":
            cell.value = text
            cell.font = HEAD
            cell.alignment = Alignment(horizontal="left", vertical="center")
            ws.row_dimensions[row].height = 24
        elif kind in ("sign", "date"):
            cell.value = text
            cell.font = BODY
            cell.alignment = right
        elif kind in ("cc", "print"):
            cell.value = text
            cell.font = Font(name="仿宋_GB2312", size=11)
            cell.alignment = Alignment(horizontal="left", vertical="center")
            cell.border = Border(top=THIN) if kind == "cc" else Border(top=THIN, bottom=THIN)
        if remark:
            b = ws.cell(row=row, column=2, value=remark)
            b.font = NOTE_FONT
            b.alignment = note
        row += 1

    ws.print_title_rows = "1:1"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.orientation = "portrait"
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_margins.left = ws.page_margins.right = 0.6


def _contacts_sheet(ws) -> None:
    for letter, width in zip("ABCD", (18, 12, 16, 16), strict=True):
        ws.column_dimensions[letter].width = width
    ws["A1"] = CONTACTS_TITLE
    ws.merge_cells("A1:D1")
    ws["A1"].font = Font(name="宋体", size=12, bold=True)
    ws["A1"].alignment = Alignment(horizontal="center", vertical="center")
    for col, value in enumerate(CONTACTS_HEADER, start=1):
        c = ws.cell(row=2, column=col, value=value)
        c.font = Font(name="宋体", size=11, bold=True)
        c.alignment = Alignment(horizontal="center", vertical="center")
        c.border = BORDER
    for r, values in enumerate(CONTACTS, start=3):
        for col, value in enumerate(values, start=1):
            c = ws.cell(row=r, column=col, value=value)
            c.font = Font(name="宋体", size=11)
            c.alignment = Alignment(horizontal="center", vertical="center")
            c.border = BORDER


def _reproducible(path: Path, when: datetime) -> None:
    """Fix the timestamps openpyxl writes (core properties and zip entries)."""
    stamp = when.strftime("%Y-%m-%dT%H:%M:%SZ")
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
            fixed = zipfile.ZipInfo(info.filename, date_time=when.timetuple()[:6])
            fixed.compress_type = zipfile.ZIP_DEFLATED
            fixed.external_attr = info.external_attr
            zout.writestr(fixed, data)


def plain_text() -> str:
    """The text as written, one paragraph a line (column-B notes after a tab), for reference."""
    lines = [TITLE, NUMBER_DATE, ""]
    for entry in ROWS:
        kind, text = entry[0], entry[1]
        prefix = IND if kind in ("p", "item", "cont") else ""
        line = prefix + text
        if len(entry) > 2:
            line += "\t【B列备注】" + entry[2]
        lines.append(line)
    lines += ["", "【Sheet2】", CONTACTS_TITLE, "\t".join(CONTACTS_HEADER)]
    lines += ["\t".join(values) for values in CONTACTS]
    return "\n".join(lines) + "\n"


def build(out: Path) -> None:
    wb = Workbook()
    ws = wb.active
    ws.title = "Sheet1"
    _plan_sheet(ws)
    _contacts_sheet(wb.create_sheet("Sheet2"))
    wb.properties.creator = AUTHOR
    wb.properties.lastModifiedBy = AUTHOR
    wb.properties.created = FIXED_TIME
    wb.properties.modified = FIXED_TIME
    wb.active = 0
    for sheet in wb.worksheets:
        sheet.sheet_view.tabSelected = sheet is wb.active
    wb.save(out)
    _reproducible(out, FIXED_TIME)


if __name__ == "__main__":
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(OUTPUT)
    build(target)
    print(f"wrote {target}")
