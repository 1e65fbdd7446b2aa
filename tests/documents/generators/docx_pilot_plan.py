# ruff: noqa: E501  (SOURCE holds the document's paragraphs, one per line)
"""Build the Word test document of a provincial high court's pilot plan (试点工作方案) issued by a cover 通知.

Run from the repository root:

    .venv/bin/python tests/documents/generators/docx_pilot_plan.py tests/documents/fujian-2025-shidian-fangan.docx \
        tests/documents/sources/fujian-2025-shidian-fangan.docx.txt

The first command-line argument is the output path; an optional second argument is where to write the plain text
of the document in reading order (one paragraph a line, table rows as "cell | cell | cell", the numbers that Word
generates written out as Word displays them). Content is fictional (real courts, places, bodies and national
reform vocabulary). The output is deterministic: fixed core properties, fixed zip entry order and timestamps, no
clock and no random ids, so a rebuild without changes is byte-identical. Needs python-docx only.

What real-world layout it imitates: the Word file of 福建省高级人民法院's 通知 闽高法〔2025〕37号 that issues
《关于在全省部分法院开展深化司法体制综合配套改革试点工作的实施方案》 — the way a provincial court's 司改办 types
such a notice on the 公文 template (GB/T 9704) and pastes the 方案 under it in the same file, without 附件 page:

- page A4, margins 3.7 / 3.5 / 2.8 / 2.6 cm; body 仿宋_GB2312 三号 (16 pt) on a fixed 28 pt line pitch, first
  line indented two characters; a footer "— N —" made of a real PAGE field;
- the red 发文机关标志 福建省高级人民法院文件 (方正小标宋简体, red), the document number centred under it and a
  red rule (a paragraph border) across the type area;
- the 通知's title in 方正小标宋简体 二号 (关于印发《…》的通知), the 主送 line flush left
  (各中级人民法院，平潭综合实验区人民法院、厦门海事法院，本院各部门：) and a short notice paragraph;
- then, in the same flow, the 方案's title in 方正小标宋简体, a preamble, and five parts 一、试点目标
  二、试点范围 三、试点内容 四、实施步骤 五、保障措施; the level-1 headings are Normal paragraphs in 黑体 with the
  numeral 一、 TYPED by hand;
- 二、试点范围 is prose and a small ruled Word table (试点法院 | 试点事项 | 牵头部门, a shaded 黑体 header row marked
  to repeat, ten rows of courts) followed by one more prose paragraph;
- 三、试点内容 holds six subsection lines （一）…（六） in 楷体_GB2312, the numeral TYPED; under each the work
  points are numbered by Word's list numbering (numbering.xml): one abstractNum, decimal, lvlText "%1.",
  suff "nothing" — and one w:num per subsection carrying w:lvlOverride/w:startOverride 1, so the displayed
  numbers restart at 1. under every （一）. The "1." is NOT in the paragraph's text. Some work points end with a
  bracketed duty note （牵头部门：…；配合部门：…；完成时限：…） running on in the same paragraph;
- 四、实施步骤 and 五、保障措施 hold paragraphs that open with a typed （一）（二）（三） and a 楷体 lead phrase
  (（一）部署启动阶段（2025年3月）。…, （一）加强组织领导。…) — stages and requirements, not work points;
- the signature 福建省高级人民法院 and the date right-aligned, （此件公开发布）, then a 版记 of 抄送 and 印发
  lines between thin rules.
"""

from __future__ import annotations

import datetime as dt
import io
import sys
import zipfile
from pathlib import Path

from docx import Document
from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT, WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Pt, RGBColor

NAME = "fujian-2025-shidian-fangan"
WHEN = dt.datetime(2025, 2, 28, 10, 0, 0, tzinfo=dt.UTC)
ISSUER = "福建省高级人民法院"
DOCNO = "闽高法〔2025〕37号"
PLAN_TITLE = "关于在全省部分法院开展深化司法体制综合配套改革试点工作的实施方案"

FANGSONG = "仿宋_GB2312"
HEITI = "黑体"
KAITI = "楷体_GB2312"
XIAOBIAOSONG = "方正小标宋简体"
RED = RGBColor(0xE6, 0x00, 0x12)

ABSTRACT_NUM_ID = 20
FIRST_NUM_ID = 21

# Source format (one block per line; blank lines are ignored):
#   [letterhead] / [docno]   red 发文机关标志, document number (red rule below)
#   [title] TEXT             title, centred (方正小标宋简体)
#   [flush] TEXT             paragraph without indent (主送 line)
#   [p] TEXT                 body paragraph, first line indented
#   [h1] TEXT                level-1 heading, 黑体, numeral typed (一、…)
#   [sub] TEXT               （一） subsection line, 楷体, numeral typed; starts a new numbering instance
#   [item] TEXT              work point: numbered by Word ("%1."), the number is not in TEXT
#   [lead] LEAD|TEXT         paragraph whose LEAD (typed （一）… phrase) is 楷体, the rest 仿宋
#   [table] a;b;c            one table row (the first [table] line is the header row)
#   [sign] [date] [note]     signature, date (right-aligned), （此件公开发布）
#   [cc] [printed]           版记 lines
SOURCE = """
[letterhead] 福建省高级人民法院文件
[docno] 闽高法〔2025〕37号
[title] 关于印发《关于在全省部分法院开展深化司法体制综合配套改革试点工作的实施方案》的通知
[flush] 各中级人民法院，平潭综合实验区人民法院、厦门海事法院，本院各部门：
[p] 为深入贯彻党的二十届三中全会关于深化司法体制综合配套改革的决策部署，认真落实《最高人民法院关于全面深化人民法院改革的意见——人民法院第六个五年改革纲要（2024—2028）》，经省法院审判委员会讨论通过，现将《关于在全省部分法院开展深化司法体制综合配套改革试点工作的实施方案》印发给你们，请结合实际认真贯彻落实。试点工作中遇到的重要情况和问题，请及时报告省法院司法改革办公室。

[title] 关于在全省部分法院开展深化司法体制综合配套改革试点工作的实施方案
[p] 为推动党中央关于深化司法体制综合配套改革的部署要求在我省法院落地见效，充分发挥试点对全局改革的示范、突破、带动作用，根据最高人民法院关于改革试点工作的有关要求和省委全面深化改革委员会2025年工作要点，结合全省法院实际，制定本方案。

[h1] 一、试点目标
[p] 坚持以习近平新时代中国特色社会主义思想为指导，深入贯彻习近平法治思想，围绕“努力让人民群众在每一个司法案件中感受到公平正义”目标，聚焦审判权力运行、诉讼制度、诉源治理、执行体制和服务保障福建高质量发展等重点领域，选择部分基础较好、代表性较强的法院先行开展试点。通过一年左右的试点，力争在阅核监督、繁简分流、涉台纠纷化解、执行案款管理、生态环境司法保护等方面形成一批可复制、可推广的制度成果，为全省法院全面推开积累经验。

[h1] 二、试点范围
[p] 经各中级人民法院推荐、省法院司法改革领导小组研究确定，福州、厦门、泉州、龙岩4个中级人民法院，福州市鼓楼区、厦门市思明区、晋江市、龙岩市新罗区等基层人民法院，以及平潭综合实验区人民法院、厦门海事法院为第一批试点法院。试点期限自2025年3月至2025年12月。试点法院及其承担的主要试点事项如下：
[table] 试点法院;试点事项;牵头部门
[table] 福州市中级人民法院;院庭长阅核全流程线上运行；破产案件预重整;审管办、民二庭
[table] 厦门市中级人民法院;电子诉讼档案“单套制”归档；涉外商事纠纷“一站式”解决;立案庭、民四庭
[table] 泉州市中级人民法院;专业法官会议跨院联合召开；民营企业产权司法保护协同;研究室、民二庭
[table] 龙岩市中级人民法院;员额法官跨院遴选和统筹调配；生态环境修复执行监督;政治部、环境资源审判庭
[table] 福州市鼓楼区人民法院;审判辅助事务“集中办理、分段流转”;审管办
[table] 厦门市思明区人民法院;金融借款、信用卡纠纷要素式审判;民二庭
[table] 晋江市人民法院;执行案款“一案一账户”精细化管理;执行局
[table] 龙岩市新罗区人民法院;人民法庭参与基层社会治理;立案庭
[table] 平潭综合实验区人民法院;涉台纠纷特邀调解“先行先试”;立案庭、台港澳审判庭
[table] 厦门海事法院;海事纠纷诉调仲衔接;立案庭
[p] 其他法院认为具备条件的，可结合实际提出试点申请，经所在地中级人民法院同意后报省法院备案，参照本方案开展相关探索。

[h1] 三、试点内容
[sub] （一）深化审判权力运行机制改革试点
[item] 健全院庭长阅核制度。在福州中院开展院庭长阅核全流程线上运行试点，阅核事项、阅核意见和处理结果全程在办案平台留痕；阅核意见与合议庭意见存在分歧的，按照《最高人民法院关于完善人民法院专业法官会议工作机制的指导意见》提交专业法官会议讨论。（牵头部门：审管办；配合部门：研究室、福州中院；完成时限：2025年9月底前）
[item] 完善“四类案件”识别监管机制。推行“四类案件”自动识别、标签管理、全程监督模式，厦门中院、泉州中院要于2025年6月底前制定“四类案件”监督管理实施细则，报省高院备案。
[item] 健全专业法官会议和审判委员会工作机制。完善专业法官会议与审判委员会衔接机制，明确提交审判委员会讨论的案件范围；在泉州中院、晋江市法院开展专业法官会议跨院联合召开试点，统一辖区类案裁判尺度。
[item] 深化审判辅助事务集约化改革。推行书记员、法官助理跨团队集约调配模式，在福州市鼓楼区法院试行送达、保全、鉴定等辅助事务“集中办理、分段流转”工作模式。
[item] 健全法官员额动态调整机制。坚持“以案定额、以岗定员”，在龙岩中院开展员额法官跨院遴选和全市统筹调配试点，探索建立员额退出与递补衔接程序。（牵头部门：政治部；完成时限：2025年12月底前）
[item] 严格落实防止干预司法“三个规定”。建立干警过问案件记录报告情况季度通报制度，将落实情况纳入司法责任制考核内容。
[sub] （二）深化诉讼制度改革试点
[item] 深化民事诉讼程序繁简分流改革。在福州市鼓楼区法院、厦门市思明区人民法院扩大小额诉讼程序适用，对事实清楚、权利义务关系明确的简单金钱给付案件依法适用小额诉讼程序，完善简易程序与普通程序转换规则。（牵头部门：民一庭；配合部门：立案庭；完成时限：2025年10月底前）
[item] 健全金融纠纷要素式审判机制。在厦门市思明区法院开展金融借款、信用卡纠纷要素式审判试点，推广要素式起诉状、答辩状和裁判文书模板，推动建立涉众型金融纠纷示范判决机制。
[item] 规范认罪认罚从宽制度适用。会同省人民检察院制定量刑建议采纳指引，在泉州市丰泽区法院、三明市沙县区法院试行轻微刑事案件“速裁快审”全流程在线办理机制。（牵头部门：刑一庭、刑二庭；配合部门：泉州中院、三明中院）
[item] 健全行政争议实质性化解机制。推动设立行政争议协调化解中心，在漳州中院开展行政案件相对集中管辖试点，完善行政机关负责人出庭应诉制度。
[item] 规范在线诉讼活动。严格执行《人民法院在线诉讼规则》，在厦门中院开展电子诉讼档案“单套制”归档试点，完善电子送达地址确认和推定送达规则。
[item] 完善提级管辖和再审提审机制。对具有普遍法律适用指导意义的案件，依法由上级法院提级审理；本院建立下级法院报请提级管辖案件的审查程序，按季度通报运行情况。
[item] 完善人民陪审员参审机制。在厦门市湖里区法院开展七人合议庭事实认定问题清单试点，会同省司法厅、省公安厅做好新一轮人民陪审员选任工作。
[sub] （三）深化诉源治理和多元解纷机制试点
[item] 深入推进诉源治理。坚持和发展新时代“枫桥经验”，在龙岩市新罗区法院、宁德市蕉城区法院开展人民法庭参与基层社会治理试点，推动人民法庭与乡镇（街道）综治中心、矛盾纠纷多元化解协调中心实质化对接，擦亮福建法院诉源治理品牌。
[item] 健全诉调对接工作机制。依托人民法院调解平台吸纳行业性专业性调解力量入驻，会同省司法厅、福建省律师协会完善律师调解工作机制；支持厦门海事法院与厦门仲裁委员会建立海事纠纷诉调仲衔接机制。（牵头部门：立案庭；配合部门：厦门海事法院）
[item] 完善涉台纠纷多元化解机制。支持平潭综合实验区人民法院先行先试，聘请台胞担任特邀调解员，在两岸融合发展示范区建设中健全涉台纠纷“台胞调解、两岸协同”化解模式。
[item] 完善道路交通事故损害赔偿纠纷一体化处理机制。在莆田中院、城厢区法院试点“调解+司法确认”在线一体化处理模式，会同省公安厅和保险监管部门推动理赔款诉前直赔。
[item] 完善涉外商事纠纷“一站式”解决机制。支持厦门中院会同厦门仲裁委员会、海峡两岸仲裁中心建设国际商事纠纷诉讼、调解、仲裁有机衔接平台，探索建立域外法查明统一平台。
[sub] （四）深化执行体制机制改革试点
[item] 深化审执分离改革。在晋江市法院开展执行案款“一案一账户”精细化管理试点，由执行裁判庭集中审查执行异议、复议案件，健全执行权运行制约机制。（牵头部门：执行局；配合部门：泉州中院、晋江市法院；完成时限：2025年10月底前）
[item] 健全执行指挥中心实体化运行机制。由各级法院执行指挥中心统一办理网络查控、委托执行等集约事项，会同省公安厅、省自然资源厅推动建立被执行人查控信息共享机制；在南平中院试行执行事务“省级统筹、市级集约”调度模式。
[item] 完善执行与破产衔接机制。深化“执转破”工作，在福州中院开展破产案件预重整试点，推动建立企业破产处置府院联动机制，制定预重整案件审理指引。（牵头部门：执行局、民二庭；完成时限：2025年11月底前）
[item] 坚持善意文明执行。在三明中院、龙岩中院试行被执行人信用修复激励机制，对主动履行义务的被执行人依法及时屏蔽失信信息。
[sub] （五）服务保障福建高质量发展试点
[item] 落实环境资源案件“三合一”归口审理机制。在龙岩中院、长汀县法院开展生态环境修复执行监督试点，推广“生态司法+水土保持”协同治理模式，健全生态环境损害赔偿磋商司法确认程序。
[item] 健全闽江流域生态环境司法协作机制。推动建立闽江流域环境资源案件跨域立案和协同执行机制，由福州中院、三明中院、南平中院、宁德中院定期会商，统一流域内环境资源案件裁判尺度。
[item] 服务中国（福建）自由贸易试验区建设。支持福州市马尾区人民法院开展自贸试验区商事案件集中审理试点，完善域外法查明和适用规则。
[item] 加强民营经济司法保护。贯彻《中共中央 国务院关于促进民营经济发展壮大的意见》，传承弘扬“晋江经验”，在泉州中院、晋江市法院开展民营企业产权司法保护协同试点，建立涉企案件经济影响评估机制，总结推广泉州法院服务民营经济经验。
[item] 完善知识产权协同保护机制。支持福州中院（福州知识产权法庭）、厦门中院（厦门知识产权法庭）全面推行技术调查官制度，会同省市场监管局健全知识产权行政执法与司法保护衔接机制。（牵头部门：民三庭；配合部门：福州中院、厦门中院）
[sub] （六）推进数字法院建设试点
[item] 加快数字法院建设。依托全省法院一体化办案平台，在宁德中院、福鼎市法院开展人工智能辅助审判试点，推动类案智能推送、裁判文书辅助生成等功能嵌入办案流程。（牵头部门：信息技术处；配合部门：审管办、宁德中院；完成时限：2025年12月底前）
[item] 推进跨部门大数据办案平台建设。会同省委政法委推动建设跨部门大数据办案平台，实现与公安、检察、司法行政机关案件信息网上流转；制定司法数据分级分类管理办法。
[item] 深化司法公开。健全庭审直播案件遴选和审核制度，规范裁判文书上网审查和不公开理由备案程序，我院每季度通报全省法院司法公开情况。

[h1] 四、实施步骤
[lead] （一）部署启动阶段（2025年3月）。|各试点法院结合本方案细化试点工作方案，明确试点事项、责任部门和时间节点，于2025年3月31日前报省法院司法改革办公室备案。
[lead] （二）全面实施阶段（2025年4月至10月）。|各试点法院按照细化方案全面推进试点，每两个月向省法院报送一次试点进展情况；省法院适时召开试点工作推进会，协调解决试点中遇到的问题。
[lead] （三）总结评估阶段（2025年11月至12月）。|各试点法院对试点情况进行全面总结，形成试点工作报告；省法院会同省委政法委组织第三方评估，对成熟的经验做法提请审判委员会研究后在全省法院推广。

[h1] 五、保障措施
[lead] （一）加强组织领导。|省法院司法改革领导小组统筹试点工作，司法改革办公室负责日常协调和督促检查。各试点法院主要负责同志要亲自研究部署，明确专人负责，确保试点事项落地落实。
[lead] （二）强化指导督导。|省法院各业务部门按照职责分工加强对口指导，对试点中的重大问题及时研究提出意见；需要最高人民法院授权或者支持的事项，由省法院统一请示报告。
[lead] （三）注重宣传总结。|各试点法院要注重收集典型案例和数据，及时报送改革信息，讲好福建法院改革故事，营造支持改革、参与改革的良好氛围。

[sign] 福建省高级人民法院
[date] 2025年2月28日
[note] （此件公开发布）
[cc] 抄送：最高人民法院司法改革领导小组办公室，中共福建省委政法委员会，福建省人民检察院。
[printed] 福建省高级人民法院办公室|2025年2月28日印发
"""


def parse_source() -> list[tuple[str, str]]:
    blocks = []
    for line in SOURCE.strip().splitlines():
        line = line.strip()
        if not line:
            continue
        tag, _, text = line.partition("] ")
        blocks.append((tag.lstrip("["), text))
    return blocks


# ---------------------------------------------------------------- formatting helpers


def set_fonts(target, east_asian: str, size: float | None = None, bold: bool | None = None, color=None) -> None:
    font = target.font
    font.name = "Times New Roman"
    if size is not None:
        font.size = Pt(size)
    if bold is not None:
        font.bold = bold
    if color is not None:
        font.color.rgb = color
    rpr = target.element.get_or_add_rPr()
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        rpr.insert(0, fonts)
    fonts.set(qn("w:eastAsia"), east_asian)
    fonts.set(qn("w:ascii"), "Times New Roman")
    fonts.set(qn("w:hAnsi"), "Times New Roman")


def add_run(paragraph, text: str, east_asian: str = FANGSONG, size: float = 16, bold=None, color=None):
    run = paragraph.add_run(text)
    set_fonts(run, east_asian, size, bold, color)
    return run


def para(
    container,
    text: str = "",
    east_asian: str = FANGSONG,
    size: float = 16,
    align=None,
    indent=False,
    spacing: float = 28,
    color=None,
):
    p = container.add_paragraph()
    if text:
        add_run(p, text, east_asian, size, color=color)
    fmt = p.paragraph_format
    fmt.line_spacing = Pt(spacing)
    fmt.space_before = fmt.space_after = Pt(0)
    fmt.first_line_indent = Pt(size * 2) if indent else Pt(0)
    if align is not None:
        p.alignment = align
    return p


def border(paragraph, edge: str, size: int, color: str = "000000") -> None:
    ppr = paragraph._p.get_or_add_pPr()
    ppr.append(
        parse_xml(
            f'<w:pBdr {nsdecls("w")}><w:{edge} w:val="single" w:sz="{size}" w:space="1" w:color="{color}"/></w:pBdr>'
        )
    )


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
    add_run(paragraph, "1", size=14)
    fld("end")
    add_run(paragraph, " —", size=14)


# ---------------------------------------------------------------- numbering


def add_abstract_num(doc) -> None:
    numbering = doc.part.numbering_part.element
    lvls = [
        '<w:lvl w:ilvl="0" w:tplc="0409000F"><w:start w:val="1"/><w:numFmt w:val="decimal"/>'
        '<w:suff w:val="nothing"/><w:lvlText w:val="%1."/><w:lvlJc w:val="left"/>'
        '<w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr></w:lvl>'
    ]
    for i, (fmt, text) in enumerate((("lowerLetter", "%2)"), ("lowerRoman", "%3."), ("decimal", "%4.")), 1):
        lvls.append(
            f'<w:lvl w:ilvl="{i}" w:tentative="1"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/>'
            f'<w:lvlText w:val="{text}"/><w:lvlJc w:val="left"/>'
            f'<w:pPr><w:ind w:left="{420 * (i + 1)}" w:hanging="420"/></w:pPr></w:lvl>'
        )
    abstract = parse_xml(
        f'<w:abstractNum {nsdecls("w")} w:abstractNumId="{ABSTRACT_NUM_ID}">'
        '<w:nsid w:val="5C3E19A2"/><w:multiLevelType w:val="hybridMultilevel"/><w:tmpl w:val="1E84A6F0"/>'
        + "".join(lvls)
        + "</w:abstractNum>"
    )
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(abstract)
    else:
        numbering.append(abstract)


def add_num_instance(doc, num_id: int) -> None:
    """One w:num per subsection, restarting the list at 1 (as Word writes "重新开始于 1")."""
    numbering = doc.part.numbering_part.element
    numbering.append(
        parse_xml(
            f'<w:num {nsdecls("w")} w:numId="{num_id}"><w:abstractNumId w:val="{ABSTRACT_NUM_ID}"/>'
            '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>'
        )
    )


def numbered_item(doc, text: str, num_id: int):
    p = para(doc, text, indent=False)
    ppr = p._p.get_or_add_pPr()
    ppr.insert(0, parse_xml(f'<w:numPr {nsdecls("w")}><w:ilvl w:val="0"/><w:numId w:val="{num_id}"/></w:numPr>'))
    p.paragraph_format.first_line_indent = Pt(32)
    return p


# ---------------------------------------------------------------- table


def table_borders(table) -> None:
    tblpr = table._tbl.tblPr
    edges = "".join(
        f'<w:{e} w:val="single" w:sz="6" w:space="0" w:color="000000"/>'
        for e in ("top", "left", "bottom", "right", "insideH", "insideV")
    )
    tblpr.append(parse_xml(f"<w:tblBorders {nsdecls('w')}>{edges}</w:tblBorders>"))
    tblpr.append(parse_xml(f'<w:tblLayout {nsdecls("w")} w:type="fixed"/>'))


WIDTHS = (Cm(4.6), Cm(7.4), Cm(3.6))


def build_table(doc, rows: list[list[str]]) -> None:
    table = doc.add_table(rows=len(rows), cols=3)
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    table.autofit = False
    table_borders(table)
    for r, cells in enumerate(rows):
        row = table.rows[r]
        for c, text in enumerate(cells):
            cell = row.cells[c]
            cell.width = WIDTHS[c]
            cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
            p = cell.paragraphs[0]
            add_run(p, text, HEITI if r == 0 else FANGSONG, 12)
            fmt = p.paragraph_format
            fmt.line_spacing = Pt(20)
            fmt.space_before = fmt.space_after = Pt(0)
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER if (r == 0 or c != 1) else WD_ALIGN_PARAGRAPH.LEFT
            if r == 0:
                cell._tc.get_or_add_tcPr().append(
                    parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="D9D9D9"/>')
                )
        if r == 0:
            row._tr.get_or_add_trPr().append(parse_xml(f"<w:tblHeader {nsdecls('w')}/>"))


# ---------------------------------------------------------------- document assembly


def build() -> Document:
    doc = Document()
    set_fonts(doc.styles["Normal"], FANGSONG, 16)
    set_fonts(doc.styles["Footer"], FANGSONG, 14)
    section = doc.sections[0]
    section.page_width, section.page_height = Cm(21), Cm(29.7)
    section.top_margin, section.bottom_margin = Cm(3.7), Cm(3.5)
    section.left_margin, section.right_margin = Cm(2.8), Cm(2.6)
    footer = section.footer.paragraphs[0]
    add_page_field(footer)
    footer.alignment = WD_ALIGN_PARAGRAPH.CENTER
    add_abstract_num(doc)

    num_id = FIRST_NUM_ID - 1
    table_rows: list[list[str]] = []
    blocks = parse_source()
    for i, (tag, text) in enumerate(blocks):
        if tag == "table":
            table_rows.append(text.split(";"))
            if i + 1 == len(blocks) or blocks[i + 1][0] != "table":
                build_table(doc, table_rows)
                table_rows = []
            continue
        if tag == "letterhead":
            para(doc, text, XIAOBIAOSONG, 36, WD_ALIGN_PARAGRAPH.CENTER, spacing=48, color=RED)
            para(doc)
        elif tag == "docno":
            p = para(doc, text, align=WD_ALIGN_PARAGRAPH.CENTER)
            border(p, "bottom", 18, "E60012")
            para(doc)
        elif tag == "title":
            para(doc)
            para(doc, text, XIAOBIAOSONG, 22, WD_ALIGN_PARAGRAPH.CENTER, spacing=36)
            para(doc)
        elif tag == "flush":
            para(doc, text)
        elif tag == "p":
            para(doc, text, indent=True)
        elif tag == "h1":
            para(doc, text, HEITI, indent=True)
        elif tag == "sub":
            num_id += 1
            add_num_instance(doc, num_id)
            para(doc, text, KAITI, indent=True)
        elif tag == "item":
            numbered_item(doc, text, num_id)
        elif tag == "lead":
            lead, _, rest = text.partition("|")
            p = para(doc, indent=True)
            add_run(p, lead, KAITI)
            add_run(p, rest)
        elif tag == "sign":
            para(doc)
            p = para(doc, text, align=WD_ALIGN_PARAGRAPH.RIGHT)
            p.paragraph_format.right_indent = Pt(64)
        elif tag == "date":
            p = para(doc, text, align=WD_ALIGN_PARAGRAPH.RIGHT)
            p.paragraph_format.right_indent = Pt(80)
        elif tag == "note":
            para(doc, text, indent=True)
            para(doc)
        elif tag == "cc":
            p = para(doc, text, size=14)
            border(p, "top", 8)
            border(p, "bottom", 4)
        elif tag == "printed":
            left, _, right = text.partition("|")
            p = para(doc, size=14)
            add_run(p, left + "\u3000" * 7 + right, FANGSONG, 14)
            border(p, "bottom", 8)
        else:
            raise ValueError(tag)

    props = doc.core_properties
    props.title = "关于印发《" + PLAN_TITLE + "》的通知"
    props.author = "省法院司改办"
    props.last_modified_by = "省法院司改办"
    props.created = props.modified = WHEN
    props.revision = 5
    props.comments = props.keywords = props.subject = props.category = ""
    return doc


def plain_text() -> str:
    """The document's text in reading order, with the numbers Word generates written out as displayed."""
    lines: list[str] = []
    counter = 0
    for tag, text in parse_source():
        if tag == "sub":
            counter = 0
            lines.append(text)
        elif tag == "item":
            counter += 1
            lines.append(f"{counter}.{text}")
        elif tag == "table":
            lines.append(" | ".join(text.split(";")))
        elif tag == "lead":
            lines.append(text.replace("|", ""))
        elif tag == "printed":
            lines.append(text.replace("|", "　"))
        else:
            lines.append(text)
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
