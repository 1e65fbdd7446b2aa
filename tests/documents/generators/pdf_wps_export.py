# ruff: noqa: E501  (the document's paragraphs are kept one per line)
"""Print a city court's 通知 with its 工作要点 the way WPS Office exports a 公文 to PDF ("输出为 PDF").

Run from the repository root:

    .venv/bin/python tests/documents/generators/pdf_wps_export.py tests/documents/dalian-2024-gaige-yaodian.pdf

The first command-line argument is the output path. An optional `--text PATH` also writes the plain text of the
document (one paragraph a line, the page furniture left out) to PATH. It writes 大连市中级人民法院's 通知
大中法发〔2024〕7号 that issues 大连中院2024年司法体制综合配套改革工作要点 (fictional content; real courts, places,
bodies and national reform vocabulary). The output is deterministic: reportlab's invariant mode (invariant=1)
fixes the creation date and the document identifier and the font subset is named deterministically, so a rerun
gives the same bytes. Needs only reportlab and the wqy-zenhei font (/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc).

What real-world layout it imitates: an intermediate court's 办公室 types the 通知 and the 要点 in WPS 文字 on the
公文 template (GB/T 9704 党政机关公文格式) and saves it with "输出为 PDF" to publish it on the court's site or to
send it through the OA system. The copy is the one without the red 发文机关标志 (the unit keeps the red letterhead in
a separate template for the printed original):

- A4 portrait, GB/T 9704 margins (天头 37 mm, 订口 28 mm) and a 156 mm type area, the body in 3号仿宋 (wqy-zenhei
  stands in for 仿宋, 黑体 and 楷体 alike), 28 characters a line and about 22 lines a page, justified, with a
  two-character first-line indent;
- page 1 is the cover notice: the document number centred where the letterhead would end, the 通知's title in
  2号 on two lines, the addressees 各基层人民法院，本院各部门： flush left, one paragraph (… 印发给你们，请结合实际认真
  贯彻落实。…), the signature 大连市中级人民法院 and the date right-aligned, and (此件公开发布);
- a page break, then the plan: its title centred on two lines, a preamble paragraph, then a three-level outline:
  sections 一、 (黑体 in the original), subsections （一） (楷体), work points 1. 2. … whose numbers restart under every
  subsection, each work point a paragraph of its own; the last section (组织保障) has plain paragraphs only;
- most work points end with their ledger in brackets, （牵头部门：…；配合部门：…；完成时限：…）, sometimes only
  （责任部门：…；完成时限：…）; in most the bracket runs on in the same paragraph (and so wraps wherever the line
  ends), in some the author pressed Enter before it and it stands as a paragraph of its own under the point;
  some work points have no ledger;
- lines are wrapped by the layout (closing punctuation never starts a line, an opening bracket or quote never
  ends one), so the text layer has a line break at every line end, and several work points run over a page
  break and continue at the top of the next page;
- the page number in the footer in 4号 as WPS's 公文 template prints it, "－ N －" with full-width hyphens
  (U+FF0D) and a space either side of the number, on odd pages flush right and on even pages flush left, one
  character in from the edge of the type area (GB/T 9704 7.5); no running header;
- the 版记 at the foot of the last page: the 抄送 line and the 印发 line (印发机关 left, 印发日期 right), each
  between thin rules, the first and last rules a little heavier;
- the PDF's document information is what WPS writes for such a file: Title = the file name the 办公室 saved
  (the 通知's title), Author = the account that saved it, Creator and Producer = "WPS 文字"; the dates are
  reportlab's fixed invariant-mode dates.
"""

from __future__ import annotations

import io
import sys
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    KeepTogether,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
)

FONT_FILE = "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"
FONT = "WQYZenHei"

PAGE_W, PAGE_H = A4
MARGIN_TOP = 37 * mm
MARGIN_BOTTOM = 35 * mm
MARGIN_LEFT = 28 * mm
MARGIN_RIGHT = 26 * mm
TEXT_W = PAGE_W - MARGIN_LEFT - MARGIN_RIGHT  # 156 mm
BODY = TEXT_W / 28.0  # 28 characters a line (3号, about 16 pt)
LEADING = (PAGE_H - MARGIN_TOP - MARGIN_BOTTOM) / 22.0  # 22 lines a page
FOOT_SIZE = 14.0  # 4号

PDF_TITLE = "关于印发《大连中院2024年司法体制综合配套改革工作要点》的通知"
PDF_AUTHOR = "dlzy-bgs"
PDF_CREATOR = "WPS 文字"
PDF_PRODUCER = "WPS 文字"

# The document. Kinds: number (document number), ntitle (a line of the 通知's title), to (addressees),
# p (body paragraph), sign, date, note (centred note under the date), pagebreak, title (a line of the plan's
# title), h1 (一、), h2 (（一）), item (a work point, its ledger bracket possibly running on at its end),
# ledger (a ledger bracket typed as a paragraph of its own under a work point), copy (抄送), printed (印发).
DOCUMENT: list[tuple[str, str]] = [
    ("number", "大中法发〔2024〕7号"),
    ("ntitle", "大连市中级人民法院"),
    ("ntitle", "关于印发《大连中院2024年司法体制"),
    ("ntitle", "综合配套改革工作要点》的通知"),
    ("to", "各基层人民法院，本院各部门："),
    (
        "p",
        "现将《大连中院2024年司法体制综合配套改革工作要点》印发给你们，请结合实际认真贯彻落实。各牵头部门要会同配合部门制定具体落实措施，贯彻落实中遇到的重要情况和问题，请及时报告本院司法改革办公室。",
    ),
    ("sign", "大连市中级人民法院"),
    ("date", "2024年3月8日"),
    ("note", "（此件公开发布）"),
    ("pagebreak", ""),
    ("title", "大连中院2024年司法体制综合配套改革"),
    ("title", "工作要点"),
    (
        "p",
        "2024年是深入贯彻党的二十大精神的关键之年，也是深化司法体制综合配套改革、推进审判工作现代化的攻坚之年。全市法院要坚持以习近平新时代中国特色社会主义思想为指导，深入贯彻习近平法治思想，认真落实最高人民法院、辽宁高院关于深化司法体制综合配套改革的部署要求，紧扣“公正与效率”工作主题，坚持问题导向、系统集成、协同高效，推动各项改革举措落地见效，为大连加快建设“两先区”提供有力司法服务和保障。现提出如下工作要点。",
    ),
    ("h1", "一、全面准确落实司法责任制"),
    ("h2", "（一）健全审判权力运行体系"),
    (
        "item",
        "1.健全审判权责清单动态调整机制。结合内设机构改革和审判团队调整情况，修订《大连市中级人民法院审判权责清单（2024年版）》，厘清独任法官、合议庭、院庭长和审判委员会的职责边界，做到有权必有责、用权受监督。（牵头部门：审判管理办公室；配合部门：政治部、研究室；完成时限：2024年6月底前）",
    ),
    (
        "item",
        "2.深化审判委员会制度改革。健全专业法官会议与审判委员会分级过滤机制，提交审判委员会讨论的案件原则上先经专业法官会议研究。建立审判委员会决定事项督办落实制度，在甘井子区法院开展审判委员会专业委员会运行试点。（牵头部门：研究室；配合部门：甘井子区法院；完成时限：2024年9月底前）",
    ),
    ("h2", "（二）强化审判监督管理"),
    (
        "item",
        "1.全面推行院庭长阅核制度。明确院庭长对独任庭、合议庭裁判文书的阅核范围和方式，阅核意见及采纳情况全程在线留痕。对“四类案件”实行自动识别、随案标注和节点管控，防止监督管理流于形式。（牵头部门：审判管理办公室；配合部门：各审判业务部门；完成时限：2024年6月底前）",
    ),
    (
        "item",
        "2.健全审判质效管理机制。对标审判质量管理指标体系，建立全市法院审判质效数据季度会商通报机制，每季度对中山区法院、西岗区法院等基层法院的质效运行态势开展分析研判。健全案件质量评查与法官业绩考核衔接机制，评查结果作为法官等级晋升的重要依据。（牵头部门：审判管理办公室；配合部门：政治部；完成时限：持续推进）",
    ),
    (
        "item",
        "3.健全法官依法履职保障机制。对针对法官的不实举报、恶意炒作，及时开展调查核实和澄清正名，会同市公安局健全法官及其近亲属人身安全风险联防联处机制。对涉访涉诉高风险案件实行庭审安检和司法警察随庭值守制度。（责任部门：政治部；完成时限：2024年12月底前）",
    ),
    (
        "item",
        "4.严格执行防止干预司法“三个规定”。落实过问案件全面记录、定期通报和责任追究制度，按季度汇总分析填报情况。开展司法廉洁风险点排查，在旅顺口区法院试行审判执行权力运行风险智能预警。",
    ),
    ("ledger", "（牵头部门：机关纪委；配合部门：审判管理办公室、旅顺口区法院；完成时限：2024年12月底前）"),
    ("h1", "二、深化诉讼制度改革"),
    ("h2", "（一）深化民事诉讼制度改革"),
    (
        "item",
        "1.健全民事案件繁简分流机制。优化“诉前调解+速裁快审+精审细判”分层递进工作模式，简单民事案件由速裁团队集中办理，平均审理周期控制在35日以内。依法扩大小额诉讼程序和简易程序适用，在西岗区法院试点类型化案件要素式审理。（牵头部门：民一庭；配合部门：立案庭、西岗区法院；完成时限：2024年9月底前）",
    ),
    (
        "item",
        "2.完善家事纠纷综合协调化解机制。会同市民政局建立婚姻家庭纠纷预防化解联动机制，在沙河口区法院、普兰店区法院推行家事调查员和心理疏导员参与案件审理制度。推动建立反家庭暴力多部门协作机制，对遭受家庭暴力的当事人及时提供司法保护。（牵头部门：民一庭；配合部门：沙河口区法院、普兰店区法院；完成时限：2024年10月底前）",
    ),
    ("h2", "（二）深化刑事诉讼制度改革"),
    (
        "item",
        "1.完善认罪认罚从宽制度适用机制。会同市人民检察院联合制定认罪认罚案件量刑协商工作指引，提高量刑建议采纳率和裁判说理质量。在中山区法院、金州区法院深化刑事速裁程序改革，对危险驾驶等轻微刑事案件推行“全流程集中快审”办案模式。（牵头部门：刑一庭；配合部门：中山区法院、金州区法院；完成时限：2024年10月底前）",
    ),
    (
        "item",
        "2.推进刑事庭审实质化改革。完善侦查人员、鉴定人出庭作证机制，对控辩双方有异议且影响定罪量刑的关键证人依法通知出庭。推动建立刑事涉案财物集中管理信息平台，会同市公安局、市财政局实现涉案财物跨部门网上移送。（牵头部门：刑二庭；配合部门：刑一庭；完成时限：2024年12月底前）",
    ),
    ("h2", "（三）深化行政诉讼制度改革"),
    (
        "item",
        "1.完善行政案件相对集中管辖制度。总结大连铁路运输法院集中审理全市一审行政案件的经验，健全集中管辖法院与属地法院之间的信息通报和协调化解机制。会同市司法局严格落实行政机关负责人出庭应诉制度，出庭应诉情况纳入法治政府建设考核。（牵头部门：行政庭；配合部门：大连铁路运输法院；完成时限：2024年11月底前）",
    ),
    (
        "item",
        "2.健全行政争议多元化解机制。依托大连市行政争议调解中心，对涉企行政纠纷、征收补偿等案件开展诉前协调化解。推动建立行政审判白皮书和司法建议年度通报制度，支持长海县法院试行行政争议“海岛调解”工作法。",
    ),
    ("ledger", "（牵头部门：行政庭；完成时限：持续推进）"),
    ("h1", "三、服务保障大连高质量发展"),
    ("h2", "（一）优化法治化营商环境"),
    (
        "item",
        "1.深化破产审判机制改革。在市委政法委统筹下完善企业破产府院协调会商制度，推动设立破产费用专项保障资金。制定预重整案件审理指引，支持金州区法院在金普新区试行小微企业破产“简易快审”程序，简单破产案件原则上6个月内审结，为中国式现代化大连实践营造稳定可预期的法治环境。（牵头部门：破产审判庭；配合部门：金州区法院；完成时限：2024年10月底前）",
    ),
    (
        "item",
        "2.完善知识产权司法保护体系。严格适用知识产权侵权惩罚性赔偿制度，推行技术调查官、技术咨询专家共同参与的技术事实查明机制。与大连海关建立知识产权海关执法与司法保护协作机制，在大连高新区设立知识产权巡回审判站，就近服务科技型企业。（责任部门：民三庭；完成时限：2024年12月底前）",
    ),
    (
        "item",
        "3.服务保障大连自贸片区建设。完善涉外商事纠纷诉讼、调解、仲裁有机衔接机制，与大连仲裁委员会共建仲裁保全快速办理通道。健全域外法查明平台，推动建立涉外商事纠纷专业调解员名册制度，助力大连“两先区”建设。（牵头部门：民四庭；配合部门：立案庭；完成时限：2024年12月底前）",
    ),
    ("h2", "（二）加强涉海司法保护"),
    (
        "item",
        "1.加强涉海纠纷司法协作。与大连海事法院建立海陆关联案件管辖衔接和信息共享机制，联合发布涉船舶融资租赁纠纷典型案例。支持庄河市法院、长海县法院在海岛渔区试点涉渔纠纷巡回审判，服务海洋强市建设。（牵头部门：民二庭；配合部门：庄河市法院、长海县法院；完成时限：2024年9月底前）",
    ),
    (
        "item",
        "2.健全海洋生态环境司法保护机制。对长海县海域非法捕捞、污染海洋环境等案件推行“专业审判+生态修复+增殖放流”一体化裁判模式，会同市生态环境局、市海洋发展局完善海洋生态损害赔偿磋商与司法确认衔接程序。推动在旅顺口区建立海洋生态司法修复基地。",
    ),
    ("ledger", "（牵头部门：环境资源审判庭；配合部门：旅顺口区法院；完成时限：2024年11月底前）"),
    ("h2", "（三）加强金融审判和区域司法协作"),
    (
        "item",
        "1.完善金融纠纷多元化解机制。会同大连金融监管局建立金融纠纷诉调对接和风险信息通报机制，对同类型金融借款合同纠纷推行“示范判决+批量调解”工作机制。支持沙河口区法院设立金融纠纷速调速裁工作室，推动完善金融债权执行联动机制。（牵头部门：民二庭；配合部门：沙河口区法院；完成时限：2024年10月底前）",
    ),
    (
        "item",
        "2.深化跨区域司法协作。落实与烟台中院签署的《大连烟台两地法院跨海司法协作框架协议》，在跨域立案、委托送达、协助执行等方面开展常态化协作。配合辽宁高院完善东北地区跨省执行协作机制，服务新时代东北全面振兴。（牵头部门：研究室；配合部门：立案庭、执行局；完成时限：持续推进）",
    ),
    ("h1", "四、健全诉源治理和多元解纷体系"),
    ("h2", "（一）深化诉源治理"),
    (
        "item",
        "1.深入推进诉源治理。依托大连市社会治理综合服务中心建立矛盾纠纷分层过滤、诉前分流机制，在甘井子区、金普新区等人口集中区域建立法官联系社区网格制度。推动人民法庭与派出所、司法所联调联处常态化，把矛盾纠纷化解在基层。（牵头部门：立案庭；配合部门：各基层人民法院；完成时限：持续推进）",
    ),
    (
        "item",
        "2.健全劳动人事争议裁审衔接机制。会同市人力资源和社会保障局完善劳动人事争议仲裁与诉讼受案范围、证据规则和法律适用标准统一机制，每年联合发布典型案例。在中山区法院设立“法院+工会”劳动争议诉调对接工作室。（牵头部门：民一庭；配合部门：立案庭、中山区法院；完成时限：2024年8月底前）",
    ),
    ("h2", "（二）完善多元解纷衔接机制"),
    (
        "item",
        "1.完善特邀调解和律师调解制度。出台特邀调解员选任和退出管理办法，建立以调解成功率、当事人满意度为主要指标的特邀调解员考核评价体系。会同市司法局、市律师协会在各基层人民法院普遍设立律师调解工作站。",
    ),
    (
        "item",
        "2.健全商事纠纷调解与诉讼对接机制。支持大连市工商联商会调解中心参与涉企纠纷化解，对诉前达成的调解协议依法及时确认效力。推动建立商事调解组织收费与政府购买服务相结合的保障制度。（牵头部门：民二庭；配合部门：立案庭；完成时限：2024年12月底前）",
    ),
    ("h1", "五、深化执行体制机制改革"),
    ("h2", "（一）健全执行权运行机制"),
    (
        "item",
        "1.健全执行指挥中心实体化运行机制。将执行指挥中心打造为集网络查控、案款管理、信访督办于一体的执行管理中枢，推行执行案件“分段集约、团队办案”模式。在甘井子区法院、普兰店区法院开展执行案件繁简分流改革试点，简易执行案件平均结案用时压缩至60日以内。（牵头部门：执行局；配合部门：甘井子区法院、普兰店区法院；完成时限：2024年8月底前）",
    ),
    (
        "item",
        "2.完善执行权监督制约机制。严格落实执行案件流程节点管理制度，对查封财产超期未处置、案款超期未发放等情形自动预警。完善终结本次执行程序案件恢复执行审查程序，对终本案件每半年开展一次集中筛查。",
    ),
    ("h2", "（二）健全综合治理执行难工作格局"),
    (
        "item",
        "1.健全执行联动协作机制。会同市公安局建立被执行人临控和协助查找工作机制，推动建立船舶、渔船登记信息与执行查控系统对接机制，实现涉海财产线上查控。依法惩治拒不执行判决、裁定犯罪，与市人民检察院完善拒执案件线索移送和立案监督制度。（牵头部门：执行局；配合部门：刑二庭；完成时限：2024年10月底前）",
    ),
    (
        "item",
        "2.健全执行转破产工作衔接机制。对符合条件的执行案件，执行部门应当在征得申请执行人或者被执行人同意后及时移送破产审查，破产审判庭原则上在15日内作出是否受理的裁定。推行“活封活扣”等善意文明执行措施，建立失信被执行人信用修复激励制度。（牵头部门：执行局；配合部门：破产审判庭；完成时限：2024年9月底前）",
    ),
    ("h1", "六、推进数字法院和诉讼服务建设"),
    ("h2", "（一）深化数字法院建设"),
    (
        "item",
        "1.推进全流程网上办案。深化电子卷宗随案同步生成，推动实现立案、审理、执行、归档各环节材料全程电子化流转。支持沙河口区法院开展电子诉讼档案单套制管理试点，试点期间纸质材料不再随卷归档。（牵头部门：信息技术处；配合部门：审判管理办公室、沙河口区法院；完成时限：2024年12月底前）",
    ),
    (
        "item",
        "2.健全司法数据治理体系。建立审判执行数据质量常态化核查和问题整改制度，定期通报数据差错率。严格落实司法数据安全分级保护要求，推动与市公安局、市不动产登记中心等单位数据依法有序共享。（牵头部门：信息技术处；完成时限：2024年11月底前）",
    ),
    ("h2", "（二）优化诉讼服务和司法公开"),
    (
        "item",
        "1.健全诉讼服务集约化工作机制。在本院设立全市法院集约送达中心，统一承担电子送达、邮寄送达和公告送达等事务性工作。推动12368诉讼服务热线与“12345”政务服务便民热线互联互通，实现诉讼咨询、投诉建议一号受理。（牵头部门：立案庭；配合部门：信息技术处；完成时限：2024年8月底前）",
    ),
    (
        "item",
        "2.深化审判执行公开。健全裁判文书上网审查和不公开事由备案制度，落实庭审公开每月通报制度。主动邀请人大代表、政协委员旁听庭审和见证执行，推动建立代表委员意见建议办理反馈机制。（牵头部门：办公室；配合部门：审判管理办公室；完成时限：持续推进）",
    ),
    ("h1", "七、加强改革组织保障"),
    (
        "p",
        "各基层人民法院和本院各部门要切实担负改革主体责任，主要负责同志要亲自研究部署、亲自协调推进。本院司法改革领导小组统筹推进全市法院改革工作，司改办要建立改革任务台账，实行清单化管理、项目化推进，每季度通报一次进展情况。",
    ),
    (
        "p",
        "各牵头部门要会同配合部门细化工作措施，于2024年3月底前将具体落实方案报送司改办。各基层人民法院可以结合实际先行先试，形成的典型经验做法及时报送本院。",
    ),
    ("copy", "抄送：辽宁省高级人民法院，市委政法委，市人大常委会办公厅，市人民检察院。"),
    ("printed", "大连市中级人民法院办公室|2024年3月11日印发"),
]


def register_font() -> None:
    if FONT not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont(FONT, FONT_FILE, subfontIndex=0))


def chinese_line_breaking() -> None:
    """WPS's 避头尾 rules (on by default in the 公文 template) for reportlab's CJK wrap.

    Closing punctuation never starts a line: reportlab knows the Japanese list, the Chinese full-width comma,
    colon, semicolon, closing brackets and closing quotes are added. An opening bracket, book-title mark or quote
    never ends a line: it goes down with the character it opens. reportlab has no such rule; it is added to both of
    its CJK line breakers (a single run of text goes through textsplit.dumbSplit, mixed runs through
    paragraph.cjkFragSplit) by inserting a step-back loop after the one that handles closing punctuation."""
    from reportlab.lib import textsplit
    from reportlab.platypus import paragraph

    extra = "，。、；：？！）》〉」』】〕”’…"
    for module in (textsplit, paragraph):
        module.ALL_CANNOT_START = "".join(dict.fromkeys(module.ALL_CANNOT_START + extra))
    opening = "“‘（《〈「『【〔"
    _patch_line_breaker(
        textsplit,
        "dumbSplit",
        "                i -= 1\n                extraSpace += w\n",
        "            while i < nW and i > lineStartPos + 2 and word[i] in ALL_CANNOT_START:\n"
        "                i -= 1\n"
        "                extraSpace += widths[i]\n"
        "            while i > lineStartPos + 2 and word[i - 1] in OPENING:\n"
        "                i -= 1\n"
        "                extraSpace += widths[i]\n",
        opening,
    )
    _patch_line_breaker(
        paragraph,
        "cjkFragSplit",
        "                    i -= 1\n                    extraSpace += w\n",
        "                while i < nU and i > lineStartPos + 2 and U[i] in ALL_CANNOT_START:\n"
        "                    i -= 1\n"
        "                    extraSpace += U[i].width\n"
        "                while i > lineStartPos + 2 and U[i - 1] in OPENING:\n"
        "                    i -= 1\n"
        "                    extraSpace += U[i].width\n",
        opening,
    )


def _patch_line_breaker(module, name: str, anchor: str, addition: str, opening: str) -> None:
    import inspect

    source = inspect.getsource(getattr(module, name))
    if anchor not in source:
        raise SystemExit(f"reportlab's {module.__name__}.{name} changed: cannot add the line-breaking rules")
    source = source.replace(anchor, anchor + addition, 1)
    namespace = vars(module)  # the function keeps reading the module's (patched) globals
    namespace["OPENING"] = opening
    exec(compile(source, module.__file__, "exec"), namespace)


def esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def make_styles() -> dict[str, ParagraphStyle]:
    base = ParagraphStyle("base", fontName=FONT, fontSize=BODY, leading=LEADING, wordWrap="CJK", alignment=TA_JUSTIFY)
    return {
        "number": ParagraphStyle("number", parent=base, alignment=TA_CENTER),
        "ntitle": ParagraphStyle("ntitle", parent=base, fontSize=22, leading=LEADING * 1.25, alignment=TA_CENTER),
        "title": ParagraphStyle(
            "title", parent=base, fontSize=22, leading=LEADING * 1.25, alignment=TA_CENTER, keepWithNext=1
        ),
        "to": ParagraphStyle("to", parent=base, alignment=TA_LEFT),
        "p": ParagraphStyle("p", parent=base, firstLineIndent=2 * BODY),
        "h1": ParagraphStyle("h1", parent=base, firstLineIndent=2 * BODY, alignment=TA_LEFT),
        "h2": ParagraphStyle("h2", parent=base, firstLineIndent=2 * BODY, alignment=TA_LEFT),
        "sign": ParagraphStyle("sign", parent=base, alignment=TA_RIGHT, rightIndent=4 * BODY),
        "date": ParagraphStyle("date", parent=base, alignment=TA_RIGHT, rightIndent=4 * BODY),
        "note": ParagraphStyle("note", parent=base, firstLineIndent=2 * BODY, alignment=TA_LEFT),
        "copy": ParagraphStyle(
            "copy",
            parent=base,
            fontSize=14,
            leading=14 * 1.6,
            alignment=TA_LEFT,
            leftIndent=14 * 4,
            firstLineIndent=-14 * 3,
        ),
    }


class Rule(Flowable):
    def __init__(self, thickness: float, before: float = 0.0, after: float = 0.0):
        super().__init__()
        self.thickness, self.before, self.after = thickness, before, after

    def wrap(self, aw, ah):
        self.aw = aw
        return aw, self.before + self.thickness + self.after

    def draw(self):
        c = self.canv
        c.saveState()
        c.setStrokeColor(colors.black)
        c.setLineWidth(self.thickness)
        y = self.after + self.thickness / 2.0
        c.line(0, y, self.aw, y)
        c.restoreState()


class TwoSided(Flowable):
    """The 印发 line: 印发机关 one character in from the left, 印发日期 one character in from the right."""

    def __init__(self, left: str, right: str, size: float):
        super().__init__()
        self.left, self.right, self.size = left, right, size

    def wrap(self, aw, ah):
        self.aw = aw
        return aw, self.size * 1.9

    def draw(self):
        c = self.canv
        c.setFont(FONT, self.size)
        c.drawString(self.size, self.size * 0.6, self.left)
        c.drawRightString(self.aw - self.size, self.size * 0.6, self.right)


class ToFoot(Flowable):
    """Empty space that pushes what follows to the foot of the page (the 版记 sits at the bottom of the last page)."""

    def __init__(self, reserve: float):
        super().__init__()
        self.reserve = reserve

    def wrap(self, aw, ah):
        return aw, max(0.0, ah - self.reserve - 1.0)

    def draw(self):
        pass


class BodyParagraph(Paragraph):
    """A paragraph that counts how often the layout carries it over a page break."""

    carried_over = 0

    def split(self, availWidth, availHeight):
        parts = super().split(availWidth, availHeight)
        if len(parts) > 1:
            BodyParagraph.carried_over += 1
        return parts


def story() -> list[Flowable]:
    st = make_styles()
    out: list[Flowable] = []
    closing: list[Flowable] = []
    for kind, text in DOCUMENT:
        if kind == "number":
            out += [Spacer(1, LEADING * 2.0), Paragraph(esc(text), st["number"]), Spacer(1, LEADING * 0.8)]
        elif kind == "ntitle":
            out.append(Paragraph(esc(text), st["ntitle"]))
        elif kind == "to":
            out += [Spacer(1, LEADING * 0.6), Paragraph(esc(text), st["to"])]
        elif kind in ("p", "item", "ledger"):
            out.append(BodyParagraph(esc(text), st["p"]))
        elif kind == "sign":
            out += [Spacer(1, LEADING * 1.5), Paragraph(esc(text), st["sign"])]
        elif kind == "date":
            out.append(Paragraph(esc(text), st["date"]))
        elif kind == "note":
            out.append(Paragraph(esc(text), st["note"]))
        elif kind == "pagebreak":
            out.append(PageBreak())
        elif kind == "title":
            out.append(Paragraph(esc(text), st["title"]))
            if text.endswith("要点"):
                out.append(Spacer(1, LEADING * 0.5))
        elif kind in ("h1", "h2"):
            # a heading never ends a page: it goes down with at least two lines of what follows
            out += [CondPageBreak(LEADING * 3.1), Paragraph(esc(text), st[kind])]
        elif kind == "copy":
            closing += [
                Rule(1.0, 0, 3),
                Paragraph(esc(text), st["copy"]),
            ]
        elif kind == "printed":
            left, _, right = text.partition("|")
            closing += [Rule(0.5, 3, 0), TwoSided(left, right, 14.0), Rule(1.0, 0, 0)]
        else:
            raise SystemExit(f"unknown kind {kind}")
    height = sum(f.wrap(TEXT_W, PAGE_H)[1] for f in closing)
    out += [Spacer(1, LEADING), ToFoot(height + 2.0), KeepTogether(closing)]
    return out


def plain_text() -> str:
    """The text as typed: one paragraph a line, a title set on several lines joined into one line."""
    lines: list[str] = []
    previous = ""
    for kind, text in DOCUMENT:
        if kind == "pagebreak":
            continue
        if kind == "printed":
            left, _, right = text.partition("|")
            text = f"{left}　　{right}"
        if kind == previous and kind in ("ntitle", "title"):
            lines[-1] += text
        else:
            lines.append(text)
        previous = kind
    return "\n".join(lines) + "\n"


def page_number(n: int) -> str:
    return f"－ {n} －"


class WpsExport(BaseDocTemplate):
    def __init__(self, target):
        super().__init__(
            target,
            pagesize=A4,
            leftMargin=MARGIN_LEFT,
            rightMargin=MARGIN_RIGHT,
            topMargin=MARGIN_TOP,
            bottomMargin=MARGIN_BOTTOM,
            title=PDF_TITLE,
            author=PDF_AUTHOR,
            subject="",
            creator=PDF_CREATOR,
            producer=PDF_PRODUCER,
            invariant=1,
        )
        frame = Frame(
            MARGIN_LEFT,
            MARGIN_BOTTOM,
            TEXT_W,
            PAGE_H - MARGIN_TOP - MARGIN_BOTTOM,
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
            id="body",
        )
        self.addPageTemplates([PageTemplate(id="page", frames=[frame], onPage=self.footer)])

    def footer(self, c, doc) -> None:
        n = c.getPageNumber()
        text = page_number(n)
        y = MARGIN_BOTTOM - 7 * mm - FOOT_SIZE
        c.saveState()
        c.setFont(FONT, FOOT_SIZE)
        if n % 2:
            c.drawRightString(PAGE_W - MARGIN_RIGHT - FOOT_SIZE, y, text)
        else:
            c.drawString(MARGIN_LEFT + FOOT_SIZE, y, text)
        c.restoreState()


def build(path: Path) -> tuple[int, int]:
    register_font()
    chinese_line_breaking()
    BodyParagraph.carried_over = 0
    buf = io.BytesIO()
    doc = WpsExport(buf)
    doc.build(story())
    path.write_bytes(buf.getvalue())
    return doc.page, BodyParagraph.carried_over


def main(argv: list[str]) -> int:
    args = argv[1:]
    text_path = None
    if "--text" in args:
        i = args.index("--text")
        text_path = Path(args[i + 1])
        del args[i : i + 2]
    if len(args) != 1:
        raise SystemExit(f"usage: {argv[0]} OUTPUT.pdf [--text OUTPUT.txt]")
    target = Path(args[0])
    pages, carried = build(target)
    print(
        f"wrote {target} ({target.stat().st_size:,} bytes, {pages} pages, {carried} paragraphs continue across a page break)"
    )
    if text_path:
        text_path.write_text(plain_text(), encoding="utf-8")
        print(f"wrote {text_path}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
