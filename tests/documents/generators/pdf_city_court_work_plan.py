# ruff: noqa: E501  (the document's paragraphs are kept one per line)
"""Print an intermediate court's annual 工作要点 the way WPS Office exports it to PDF ("输出为 PDF").

Run from the repository root:

    .venv/bin/python tests/documents/generators/pdf_city_court_work_plan.py tests/documents/luoyang-2025-gongzuo-yaodian.pdf \
        [tests/documents/sources/luoyang-2025-gongzuo-yaodian.pdf.txt]

The first command-line argument is the output path; a second, optional argument also writes the plain text of the
document (one paragraph a line, in reading order, the page furniture left out). It writes 洛阳市中级人民法院's
2025年工作要点 (fictional content; real courts, districts, counties, bodies and national documents). The output
is deterministic: reportlab's invariant mode (invariant=1) fixes the creation date and the document identifier, the
font subset is named deterministically and every line is placed by this script, so a rerun gives the same bytes.
Needs only reportlab and the wqy-zenhei font (/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc).

What real-world layout it imitates: the court's 研究室 drafts the year's 工作要点 — the whole court's work, not
only reform — in WPS 文字 after the 党组 has adopted it, and exports it with "输出为 PDF" to circulate it inside the
court and to the basic courts. It is an internal plan, not a 通知: no red letterhead, no document number, no
主送 line, no 版记. The layout:

- A4 portrait, GB/T 9704 margins (天头 37 mm, 订口 28 mm, bottom 35 mm), a 156 mm type area, the body in 3号
  (wqy-zenhei stands in for 仿宋_GB2312, 黑体 and 方正小标宋 alike), 28 characters a line and 22 lines a page,
  justified (WPS's 两端对齐: every full line is stretched with character spacing), a two-character first-line
  indent;
- page 1 opens with the title in 2号 centred over two lines (洛阳市中级人民法院 / 2025年工作要点), then a preamble
  paragraph with the year's 总体要求 and no number;
- from page 2 on, a running header: the court's name 洛阳市中级人民法院 in 小五, centred over a thin rule (WPS's
  页眉 with 首页不同 ticked, so page 1 has none);
- every page, the first included, has a centred page number in 4号 written "- N -" (ASCII hyphens, a space either
  side); WPS writes the header and footer into the page's content stream after the body text, so a text layer read
  in stream order has page N's header and footer between the last body line of page N and the first body line of
  page N+1;
- a two-level outline: five sections 一、… 五、 (黑体, indented two characters, a line of their own, kept with the
  first lines of the point under them), and 35 work points numbered 1. 2. … straight through the whole plan (the
  numbers do not restart in each section); each work point is one paragraph that opens with a bolded lead sentence
  (WPS fakes the bold of a font without a bold face by filling and stroking the glyphs, text render mode 2), and
  some end with a bracketed duty note （牵头部门：…；配合部门：…；完成时限：…） or （责任部门：…；完成时限：…）
  running on in the same paragraph;
- lines are wrapped by the layout with Chinese line-breaking rules (closing punctuation never starts a line and
  hangs in the margin instead, an opening bracket or quote never ends a line, a run of ASCII digits is not split),
  so the text layer has a line break at every line end, names of courts and bodies break across lines, and several
  work points run over a page break in the middle of a sentence;
- after the last work point a closing paragraph without a number, then the issuer 洛阳市中级人民法院 and the date
  right-aligned;
- the PDF's document information is what WPS writes: Title = the file name (the plan's title), Author = the
  account that saved it, Creator and Producer = "WPS 文字"; the dates are reportlab's fixed invariant-mode dates.
"""

from __future__ import annotations

import sys
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

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
TITLE = 22.0  # 2号
HEADER_SIZE = 9.0  # 小五
FOOTER_SIZE = 14.0  # 4号
BLACK = colors.black

PDF_TITLE = "洛阳市中级人民法院2025年工作要点"
PDF_AUTHOR = "lyzy-yjs"
PDF_CREATOR = "WPS 文字"
RUNNING_HEADER = "洛阳市中级人民法院"

CANNOT_START = "，。、；：？！）》〉」』】〕”’…—"
CANNOT_END = "“‘（《〈「『【〔"

# The document. Kinds: title (the two lines of the title, split at |), p (paragraph without number), h1 (一、),
# item (a work point; its lead sentence, up to and including the first 。, is bold), sign, date.
DOCUMENT: list[tuple[str, str]] = [
    ("title", "洛阳市中级人民法院|2025年工作要点"),
    (
        "p",
        "2025年是“十四五”规划收官之年，也是进一步全面深化改革的重要一年。全市法院工作的总体要求是：坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大和二十届二中、三中全会精神，深入贯彻习近平法治思想，认真落实中央政法工作会议、全国高级法院院长会议和省委、市委部署要求，紧扣“公正与效率”工作主题，坚持严格公正司法，深化司法体制综合配套改革，推进审判工作现代化，为奋力建强副中心、形成增长极、重振洛阳辉煌提供有力司法服务和保障。",
    ),
    ("h1", "一、坚持党的绝对领导，确保法院工作正确政治方向"),
    (
        "item",
        "1.坚持用党的创新理论凝心铸魂。深入学习贯彻习近平新时代中国特色社会主义思想，巩固拓展党纪学习教育成果，坚持和完善理论学习中心组学习制度和“第一议题”制度。严格执行《中国共产党政法工作条例》，落实重大事项请示报告制度，重大改革事项、重大敏感案件处置情况及时向市委和市委政法委请示报告。",
    ),
    (
        "item",
        "2.扎实推进党的建设和政治督察。认真配合市委巡察，建立巡察反馈问题整改台账和销号制度。对老城区法院、西工区法院、瀍河区法院开展司法巡查，落实基层党组织“三会一课”制度，推动党建与审判执行工作深度融合。",
    ),
    (
        "item",
        "3.加强意识形态和涉诉舆情工作。压实意识形态工作责任，健全涉诉舆情监测研判、分级处置和快速响应机制，对重大敏感案件实行“舆情风险评估与案件办理同步”工作模式。统筹用好洛阳法院微信公众号、微博等新媒体阵地，讲好洛阳法治故事。",
    ),
    (
        "item",
        "4.一体推进不敢腐、不能腐、不想腐。严格执行防止干预司法“三个规定”，落实过问案件全面记录、报告制度，对违规过问案件的一律登记、及时报告。深化以案促改，在嵩县法院、汝阳县法院开展廉洁司法风险防控试点，健全审判执行权力运行风险智能预警机制。",
    ),
    ("h1", "二、服务保障高质量发展，助力现代化洛阳建设"),
    (
        "item",
        "5.服务保障先进制造业高质量发展。围绕洛阳高端装备、新材料、新能源等重点产业集群，健全涉企纠纷“绿色通道”和快立快审快执机制，对涉企案件实行优先立案、集中审理。在洛阳高新区设立企业法律服务站，会同市发展改革委建立涉企诉讼风险提示制度，依法平等保护各类经营主体合法权益。",
    ),
    (
        "item",
        "6.持续优化法治化营商环境。对标《优化营商环境条例》，健全企业破产府院联动机制，推动设立破产费用专项资金，完善破产管理人分级管理和履职考评制度。在偃师区法院、孟津区法院开展小微企业预重整试点，推动“僵尸企业”依法有序出清。",
    ),
    (
        "item",
        "7.深度融入洛阳都市圈建设。会同三门峡中院、平顶山中院、焦作中院，建立都市圈跨域立案、异地送达和执行协作机制，推动统一都市圈内常见类型案件裁判尺度。加强与郑州中院的交流协作，服务郑洛西高质量发展合作带建设。",
    ),
    (
        "item",
        "8.服务保障中国（河南）自由贸易试验区洛阳片区建设。发挥涧西区法院自贸区法庭作用，健全涉外商事纠纷诉讼、调解、仲裁有机衔接机制，与洛阳仲裁委员会共建仲裁保全快速办理通道。推动建立域外法查明平台，探索在自贸片区审理涉外案件时依法适用国际商事惯例。",
    ),
    (
        "item",
        "9.加强黄河流域生态保护和高质量发展司法保障。完善环境资源刑事、民事、行政案件“三合一”归口审理机制，由孟津区法院集中管辖全市环境资源一审案件。健全生态环境损害赔偿磋商与司法确认衔接机制，在栾川县设立生态环境司法修复基地，推行“补植复绿、增殖放流”等修复性司法措施。（牵头部门：环境资源审判庭；配合部门：孟津区法院、栾川县法院）",
    ),
    (
        "item",
        "10.加强文化遗产司法保护。会同市文物局、洛阳市人民检察院建立文物和文化遗产保护“行政执法+检察监督+审判”协作机制，依法严惩盗掘古文化遗址、古墓葬犯罪。支持偃师区法院在二里头遗址周边设立文化遗产保护巡回审判点，服务保障龙门石窟、隋唐洛阳城等世界文化遗产和大遗址保护。",
    ),
    (
        "item",
        "11.依法保障和改善民生。加强劳动争议、教育医疗、婚姻家庭等民生案件审理，会同市人力资源和社会保障局健全劳动人事争议仲裁与诉讼衔接机制，常态化开展根治欠薪专项执行行动。在宜阳县法院、洛宁县法院推行涉农纠纷“田间法庭”巡回审判模式，服务乡村全面振兴。",
    ),
    (
        "item",
        "12.以司法建议助推社会治理。聚焦审判执行中发现的行业监管漏洞和社会治理短板，精准发出司法建议，健全司法建议办理反馈和跟踪问效机制。定期发布审判白皮书，对伊滨区、洛龙区城市更新中的征收拆迁纠纷开展专题调研，为市委、市政府决策提供参考。",
    ),
    ("h1", "三、深化司法体制综合配套改革，推动改革落地见效"),
    (
        "item",
        "13.全面准确落实司法责任制。健全审判权力和责任清单动态调整机制，修订本院《审判权力和责任清单（2025年版）》，厘清独任法官、合议庭、院庭长和审判委员会的职责边界。全面落实院庭长阅核制度，阅核意见及采纳情况在办案系统中全程留痕。（牵头部门：审管办；配合部门：研究室、政治部；完成时限：2025年6月底前）",
    ),
    (
        "item",
        "14.健全审判监督管理机制。落实审判质量管理指标体系，建立全市法院质效数据“月分析、季通报”制度。健全“四类案件”识别监管机制，依托办案系统对“四类案件”实行自动识别、标签提示和节点管控，由审管办按季度通报院庭长监督管理情况。（牵头部门：审管办；配合部门：各审判业务部门）",
    ),
    (
        "item",
        "15.统一法律适用标准。落实类案和新类型案件强制检索制度，加强人民法院案例库、法答网的常态化应用，编发《洛阳法院参考性案例汇编》。完善专业法官会议与审判委员会衔接机制，提交审判委员会讨论的案件原则上先经专业法官会议研究，推动建立全市两级法院法律适用分歧解决机制。（牵头部门：研究室；完成时限：持续推进）",
    ),
    (
        "item",
        "16.深化民事诉讼程序繁简分流。推行“分调裁审”工作机制，依法扩大小额诉讼程序、简易程序适用，简单案件平均审理周期控制在40日以内。在涧西区法院、洛龙区法院开展类型化案件要素式审判试点，对金融借款、物业服务、机动车交通事故责任纠纷统一制作要素表。（牵头部门：民一庭；配合部门：立案庭、涧西区法院、洛龙区法院；完成时限：2025年9月底前）",
    ),
    (
        "item",
        "17.完善认罪认罚从宽制度适用机制。会同洛阳市人民检察院规范量刑建议的提出、审查和调整，提高量刑建议采纳率和裁判说理质量。在西工区法院、老城区法院深化刑事速裁程序改革，对危险驾驶等轻微刑事案件推行“全流程集中快审”办案模式，巩固深化刑事案件律师辩护全覆盖试点成果。",
    ),
    (
        "item",
        "18.深化行政诉讼制度改革。支持洛阳铁路运输法院完善行政案件集中管辖机制，健全集中管辖法院与属地党委政府协调化解行政争议机制。会同市司法局严格落实行政机关负责人出庭应诉制度，推动在各县（市、区）设立行政争议协调化解中心，促进行政争议实质性化解。",
    ),
    (
        "item",
        "19.深化诉源治理。坚持和发展新时代“枫桥经验”，在市委政法委统筹下推动人民法庭进驻乡镇（街道）综治中心，推广“人民法庭+网格”联动解纷模式。在新安县、伊川县开展“无讼村（社区）”创建，健全矛盾纠纷多元预防调处化解综合机制。（牵头部门：立案庭；配合部门：各基层法院；完成时限：2025年11月底前）",
    ),
    (
        "item",
        "20.健全多元解纷和诉调对接机制。依托人民法院调解平台，完善特邀调解员名册管理和考核退出制度，扩大律师参与调解的覆盖面。会同市律师协会、洛阳市保险行业协会等行业组织建立商事、金融、道交纠纷“总对总”在线诉调对接机制，推动建立诉前调解案件司法确认快速通道。",
    ),
    (
        "item",
        "21.深化执行体制机制改革。落实审执分离、执行实施权与执行裁决权分离，执行异议、复议案件一律由执行裁判庭审查。推进执行指挥中心实体化运行，在汝阳县法院、伊川县法院开展执行事务集约化改革试点，推行执行团队“分段集约+专人专办”办案模式。（责任部门：执行局；完成时限：2025年10月底前）",
    ),
    (
        "item",
        "22.健全综合治理执行难工作格局。在市委政法委统筹下完善执行联动机制，推动公安、自然资源、不动产登记、车辆管理等部门数据共享，健全网络执行查控体系。会同市公安局建立查找被执行人协作机制，与洛阳市人民检察院共建拒执犯罪线索移送平台，依法打击拒不执行判决、裁定犯罪。",
    ),
    (
        "item",
        "23.深化一站式多元解纷和诉讼服务体系建设。全面落实立案登记制，深化跨域立案诉讼服务改革，实现市、县两级法院跨域立案服务全覆盖。推行集约送达，由我院建设集约送达中心，为各基层法院提供电子送达、邮寄送达一体化服务。在孟津区法院、新安县法院试点“诉讼服务驿站”进乡村。",
    ),
    (
        "item",
        "24.完善人民陪审员参审机制和阳光司法机制。会同市司法局落实人民陪审员随机抽选和分类参审制度，在环境资源、知识产权案件中探索组建专业陪审员库。严格落实裁判文书上网审查和不公开备案制度，健全庭审直播案件遴选机制，依托中国庭审公开网、中国裁判文书网深化司法公开。",
    ),
    (
        "item",
        "25.推进数字法院建设。深化电子卷宗随案同步生成，推进全流程网上办案，实现立案、审理、执行、归档各环节网上流转。在栾川县法院开展庭审记录方式改革试点，探索以庭审录音录像替代书记员记录。规范人工智能辅助办案工具在类案推送、文书纠错中的应用。",
    ),
    (
        "item",
        "26.统筹推进改革落地见效。对照《最高人民法院关于全面深化人民法院改革的意见——人民法院第六个五年改革纲要（2024—2028）》和河南高院年度改革要点，建立改革任务台账和挂图作战、销号管理制度。院党组每季度专题研究司法改革工作，司改办对改革任务实行清单化管理、项目化推进，及时总结推广基层法院改革经验。（牵头部门：司改办；配合部门：本院各部门、各基层法院；完成时限：2025年12月底前）",
    ),
    ("h1", "四、提升审判执行质效，努力让人民群众感受到公平正义"),
    (
        "item",
        "27.依法严惩各类刑事犯罪。常态化开展扫黑除恶斗争，依法严惩电信网络诈骗、跨境赌博、养老诈骗等犯罪。落实宽严相济刑事政策，会同市公安局、洛阳市人民检察院健全涉案财物集中管理和跨部门网上移送机制。加强未成年人综合司法保护，在洛龙区法院试行未成年人案件社会调查和心理疏导制度。",
    ),
    (
        "item",
        "28.提升民商事审判质效。妥善审理金融借款、民间借贷、房地产等纠纷，防范化解金融风险。深化家事审判方式和工作机制改革，在瀍河回族区法院推行家事调查员、心理咨询师参与案件审理制度，推动建立反家庭暴力多部门协作机制。加强知识产权司法保护，依法适用惩罚性赔偿。",
    ),
    (
        "item",
        "29.加大执行攻坚力度。持续开展涉民生案件专项执行行动，对拖欠农民工工资、劳动报酬等案件优先执行。深化善意文明执行，审慎适用限制消费措施，完善失信被执行人信用修复激励制度。健全终本案件动态管理机制，定期开展终本案件集中清理。（责任部门：执行局；完成时限：长期坚持）",
    ),
    (
        "item",
        "30.加强行政审判和国家赔偿工作。依法审理征收拆迁、市场监管、社会保障等领域行政案件，支持和监督行政机关依法行政。落实司法建议与法治政府建设考评衔接机制，每年发布行政审判白皮书。依法办理国家赔偿和司法救助案件，健全司法救助与社会救助衔接机制。",
    ),
    (
        "item",
        "31.强化审判质量管理。落实案件质量评查制度，对发回改判、指令再审案件逐案分析，健全发改案件分析反馈机制。加强对基层法院的监督指导，配合河南省高级人民法院开展审判质效专项督导，对宜阳县法院、嵩县法院等质效指标靠后的法院开展挂牌督导。",
    ),
    ("h1", "五、加强队伍建设，锻造忠诚干净担当的法院铁军"),
    (
        "item",
        "32.加强政治能力和专业能力建设。实施青年法官培养工程，与洛阳师范学院共建法学实践教学基地，为洛阳法治人才培养搭建平台。举办审判业务专题培训和庭审观摩评比，推动法官、检察官、律师同堂培训。",
    ),
    (
        "item",
        "33.完善法官员额动态管理机制。坚持以案定额、以岗定员，根据各基层法院收案数量动态调整员额配置，向洛龙区法院、涧西区法院等案多人少矛盾突出的法院倾斜。健全员额法官常态化遴选和退出制度，配合河南省法官检察官遴选委员会做好年度入额遴选工作。（牵头部门：政治部；完成时限：2025年12月底前）",
    ),
    (
        "item",
        "34.持之以恒正风肃纪。驰而不息纠治“四风”，聚焦庭审纪律、窗口服务、执行现场等重点环节常态化开展明察暗访。落实新时代政法干警“十个严禁”，健全违纪违法问题线索移送和快速查处机制，对顶风违纪的严肃追责问责。",
    ),
    (
        "item",
        "35.夯实基层基础。深化新时代人民法庭建设，优化人民法庭布局，在栾川县、嵩县、汝阳县等山区县推行“车载法庭+巡回审判”模式。完善上下级法院干部双向交流制度，健全法官依法履职保护机制，落实法官职业保障政策。",
    ),
    (
        "p",
        "各部门、各基层法院要把本要点确定的各项任务纳入年度工作安排，逐项细化落实措施，明确责任领导、责任部门和完成时限，确保各项工作落地见效。执行中的重要情况和问题，请及时报告院党组。",
    ),
    ("sign", "洛阳市中级人民法院"),
    ("date", "2025年2月20日"),
]


def register_font() -> None:
    if FONT not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont(FONT, FONT_FILE, subfontIndex=0))


def width(text: str, size: float) -> float:
    return pdfmetrics.stringWidth(text, FONT, size)


def wrap(text: str, size: float, line_width: float, first_indent: float = 0.0) -> list[tuple[int, int]]:
    """Break a paragraph into lines (as index ranges) the way WPS does for Chinese text with 避头尾 on.

    Greedy fill; a character that may not start a line is pulled up and hangs over the right edge (one only);
    if two such characters follow, the line gives one character back instead; an opening bracket or quote never
    ends a line; a run of ASCII letters and digits is not split."""
    lines: list[tuple[int, int]] = []
    i = 0
    n = len(text)
    avail = line_width - first_indent
    while i < n:
        j = i
        w = 0.0
        while j < n and w + width(text[j], size) <= avail + 0.01:
            w += width(text[j], size)
            j += 1
        if j < n:
            if text[j].isascii() and text[j].isalnum():
                k = j
                while k > i + 1 and text[k - 1].isascii() and text[k - 1].isalnum():
                    k -= 1
                if k > i + 1 and k != j:
                    j = k
            if text[j] in CANNOT_START:
                if j + 1 < n and text[j + 1] in CANNOT_START:
                    j -= 1
                else:
                    j += 1
            while j - 1 > i and text[j - 1] in CANNOT_END:
                j -= 1
        lines.append((i, j))
        i = j
        avail = line_width
    return lines


class Layout:
    """Places lines on pages; writes each page's header (from page 2) and page number after its body."""

    def __init__(self, path: str) -> None:
        self.c = canvas.Canvas(path, pagesize=A4, invariant=1, pageCompression=1)
        self.c.setTitle(PDF_TITLE)
        self.c.setAuthor(PDF_AUTHOR)
        self.c.setCreator(PDF_CREATOR)
        self.c.setProducer(PDF_CREATOR)
        self.c.setSubject("")
        self.page = 1
        self.y = PAGE_H - MARGIN_TOP
        self.text_lines: list[str] = []

    def furniture(self) -> None:
        c = self.c
        c.setFillColor(BLACK)
        if self.page > 1:
            c.setFont(FONT, HEADER_SIZE)
            y = PAGE_H - 15 * mm
            c.drawCentredString(PAGE_W / 2, y, RUNNING_HEADER)
            c.setLineWidth(0.5)
            c.setStrokeColor(BLACK)
            c.line(MARGIN_LEFT, y - 2.5 * mm, PAGE_W - MARGIN_RIGHT, y - 2.5 * mm)
        c.setFont(FONT, FOOTER_SIZE)
        c.drawCentredString(PAGE_W / 2, 20 * mm, f"- {self.page} -")

    def new_page(self) -> None:
        self.furniture()
        self.c.showPage()
        self.page += 1
        self.y = PAGE_H - MARGIN_TOP

    def finish(self) -> None:
        self.furniture()
        self.c.showPage()
        self.c.save()

    def room(self, height: float) -> bool:
        return self.y - height >= MARGIN_BOTTOM - 0.5

    def runs_line(self, runs: list[tuple[str, bool]], x: float, size: float, justify_to: float | None) -> None:
        """One line made of (text, bold) runs, stretched to justify_to with character spacing."""
        if not self.room(LEADING):
            self.new_page()
        self.y -= LEADING
        baseline = self.y + (LEADING - size) / 2 + size * 0.12
        whole = "".join(t for t, _ in runs)
        space = 0.0
        if justify_to is not None and len(whole) > 1:
            natural = width(whole, size)
            if natural < justify_to:
                space = (justify_to - natural) / (len(whole) - 1)
        c = self.c
        c.setFillColor(BLACK)
        c.setStrokeColor(BLACK)
        for text, bold in runs:
            if not text:
                continue
            if bold:
                c.saveState()  # the render mode and line width are graphics state: q … Q keeps them to this run
                c.setLineWidth(size * 0.03)
            t = c.beginText(x, baseline)
            t.setFont(FONT, size)
            t.setCharSpace(space)
            if bold:
                t.setTextRenderMode(2)
            t.textOut(text)
            c.drawText(t)
            if bold:
                c.restoreState()
            x += width(text, size) + space * len(text)

    def paragraph(self, text: str, bold_upto: int = 0, indent_chars: float = 2.0, size: float = BODY) -> None:
        spans = wrap(text, size, TEXT_W, indent_chars * size)
        for k, (a, b) in enumerate(spans):
            runs = []
            if a < bold_upto:
                runs.append((text[a : min(b, bold_upto)], True))
            if b > bold_upto:
                runs.append((text[max(a, bold_upto) : b], False))
            x = MARGIN_LEFT + (indent_chars * size if k == 0 else 0.0)
            avail = TEXT_W - (indent_chars * size if k == 0 else 0.0)
            last = k == len(spans) - 1
            self.runs_line(runs, x, size, None if last else avail)
        self.text_lines.append(text)

    def centred(self, text: str, size: float, height: float) -> None:
        if not self.room(height):
            self.new_page()
        self.y -= height
        baseline = self.y + (height - size) / 2 + size * 0.12
        self.c.setFont(FONT, size)
        self.c.setFillColor(BLACK)
        self.c.drawCentredString(PAGE_W / 2, baseline, text)

    def right(self, text: str, right_indent_chars: float) -> None:
        x = PAGE_W - MARGIN_RIGHT - right_indent_chars * BODY - width(text, BODY)
        self.runs_line([(text, False)], x, BODY, None)
        self.text_lines.append(text)


def build(path: str) -> list[str]:
    register_font()
    lay = Layout(path)
    for kind, text in DOCUMENT:
        if kind == "title":
            for part in text.split("|"):
                lay.centred(part, TITLE, TITLE * 1.6)
            lay.text_lines.append(text.replace("|", ""))
            lay.y -= LEADING * 0.5
        elif kind == "p":
            lay.paragraph(text)
        elif kind == "h1":
            # a heading is kept with the first two lines of the work point under it (与下段同页)
            if not lay.room(LEADING * 3):
                lay.new_page()
            lay.paragraph(text, bold_upto=len(text))
        elif kind == "item":
            lay.paragraph(text, bold_upto=text.index("。") + 1)
        elif kind == "sign":
            lay.y -= LEADING * 2
            lay.right(text, 4)
        elif kind == "date":
            lay.right(text, 4.5)
        else:
            raise SystemExit(f"unknown kind {kind}")
    lay.finish()
    return lay.text_lines


def main(argv: list[str]) -> None:
    if not argv or argv[0].startswith("-"):
        raise SystemExit(__doc__.split("\n\n")[1])
    out = argv[0]
    Path(out).parent.mkdir(parents=True, exist_ok=True)
    lines = build(out)
    if len(argv) > 1:
        Path(argv[1]).parent.mkdir(parents=True, exist_ok=True)
        Path(argv[1]).write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main(sys.argv[1:])
