# ruff: noqa: E501  (the document's paragraphs are kept one per line)
"""Print a city court's red-letterhead 通知 and its 工作要点 the way Word exports a 公文 to PDF, with a running header.

Run from the repository root:

    .venv/bin/python tests/documents/generators/pdf_word_running_header.py tests/documents/changchun-2025-gaige-yaodian.pdf

The first command-line argument is the output path. An optional `--text PATH` also writes the plain text of the
document (one paragraph a line, in reading order, the page furniture left out) to PATH. It writes
长春市中级人民法院's 通知 长中法〔2025〕9号 that issues 长春法院2025年司法体制综合配套改革工作要点 as its 附件
(fictional content; real courts, places, bodies and national reform vocabulary). The output is deterministic:
reportlab's invariant mode (invariant=1) fixes the creation date and the document identifier, and every line is
placed by this script, so a rerun gives the same bytes. Needs only reportlab and the wqy-zenhei font
(/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc).

What real-world layout it imitates: an intermediate court's 办公室 types the 通知 on the red-letterhead 公文
template in Microsoft Word (GB/T 9704 党政机关公文格式), pastes the 要点 under it as the 附件, and saves the whole
file with "另存为 PDF" to send it through the OA system and to publish it on the court's site. The template the
office uses has a header and footer defined in the section's page setup ("页眉页脚：首页不同" left unticked), so:

- every page, the first included, carries the running header: the plan's short title 长春法院2025年司法改革工作
  要点 in 小五 (9 pt), centred at the top of the page over a thin header rule (Word's default 页眉 border);
- every page carries a centred page number in the footer, written as 公文 write them, "— N —" (em dashes, a space
  either side of the number), in 4号;
- because Word writes the header and footer into each page's content stream around the body text, a text layer
  read in stream order has the footer of page N and the header of page N+1 between the last body line of page N
  and the first body line of page N+1, i.e. in the middle of any paragraph that runs over a page break;
- A4 portrait, GB/T 9704 margins (天头 37 mm, 订口 28 mm, bottom 35 mm), a 156 mm type area, the body in 3号
  (wqy-zenhei stands in for 仿宋_GB2312, 黑体 and 楷体 alike), 28 characters a line and 22 lines a page, justified
  (Word's 两端对齐: each full line is stretched with character spacing), a two-character first-line indent;
- page 1: the red 发文机关标志 长春市中级人民法院文件 in large red type, the document number 长中法〔2025〕9号 centred
  under it, a red rule across the type area; then the 通知's title in 2号 on two lines, the 主送 line
  各基层人民法院、本院各部门：, one short paragraph (现将…印发给你们，请认真贯彻落实。…), the 附件 line, the
  signature 长春市中级人民法院 and the date right-aligned, and （此件公开发布）;
- a page break, then the attachment: 附件 flush left in 黑体, the plan's title in 2号 centred on two lines, a preamble
  paragraph, then a two-level outline: sections 一、 (黑体, indented two characters, on a line of their own) and work
  points 1. 2. … numbered through the whole plan (the numbers do not restart per section), each work point a
  paragraph whose first sentence is its title; some work points end with a bracketed duty note
  （牵头部门：…；配合部门：…）, a few with （…；完成时限：…）, running on in the same paragraph;
- lines are wrapped by the layout with Chinese line-breaking rules (closing punctuation never starts a line and
  hangs in the margin instead, an opening bracket or quote never ends a line), so the text layer has a line break at
  every line end; several work points run over a page break, most of them in the middle of a sentence;
- after the last work point a closing paragraph without a number, then the 版记 at the foot of the last page: the
  抄送 line and the 印发 line (印发机关 left, 印发日期 right) between thin rules;
- the PDF's document information is what Word writes on export: Title = the 通知's title (Word takes it from the
  file's properties), Author = the office account, Creator = "Microsoft® Word 2016"; the dates are reportlab's fixed
  invariant-mode dates.
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
RED = colors.Color(0.86, 0.0, 0.0)
BLACK = colors.black

RUNNING_HEADER = "长春法院2025年司法改革工作要点"

CANNOT_START = "，。、；：？！）》〉」』】〕”’…—%"
CANNOT_END = "“‘（《〈「『【〔"

NOTICE_TITLE = "长春市中级人民法院关于印发《长春法院2025年司法体制综合配套改革工作要点》的通知"
PLAN_TITLE = "长春法院2025年司法体制综合配套改革工作要点"

# The document. Kinds: "letterhead", "number", "redrule", "title" (centred, 2号; "|" marks the line break the
# author typed), "addressee", "p" (body paragraph), "attach" (附件 line of the 通知), "sign", "date", "public",
# "pagebreak", "annex" (附件 label on the attachment's first page), "h1" (一、 heading), "item" (a work point),
# "copy" (抄送 line), "printed" (印发 line: left | right).
DOCUMENT: list[tuple[str, str]] = [
    ("letterhead", "长春市中级人民法院文件"),
    ("number", "长中法〔2025〕9号"),
    ("redrule", ""),
    ("title", "长春市中级人民法院|关于印发《长春法院2025年司法体制综合配套|改革工作要点》的通知"),
    ("addressee", "各基层人民法院、本院各部门："),
    (
        "p",
        "现将《长春法院2025年司法体制综合配套改革工作要点》印发给你们，请认真贯彻落实。各单位、各部门要对照任务分工细化落实举措，明确责任人和完成时限，工作推进中遇到的重要情况和问题，请及时报告本院司法改革办公室。",
    ),
    ("attach", "附件：长春法院2025年司法体制综合配套改革工作要点"),
    ("sign", "长春市中级人民法院"),
    ("date", "2025年3月14日"),
    ("public", "（此件公开发布）"),
    ("pagebreak", ""),
    ("annex", "附件"),
    ("title", "长春法院2025年司法体制|综合配套改革工作要点"),
    (
        "p",
        "2025年是“十四五”规划收官之年，也是贯彻落实人民法院第六个五年改革纲要的关键一年。全市法院要坚持以习近平新时代中国特色社会主义思想为指导，深入贯彻党的二十届三中全会精神和习近平法治思想，认真落实最高人民法院、吉林高院和市委关于深化司法体制综合配套改革的部署要求，紧扣“公正与效率”工作主题，以改革促进审判工作现代化，为长春加快建设现代化都市圈、推动东北全面振兴取得新突破提供有力司法服务和保障。现提出如下工作要点。",
    ),
    ("h1", "一、深化审判权力运行机制改革"),
    (
        "item",
        "1.健全院庭长阅核运行机制。出台《长春市中级人民法院院庭长阅核工作规程（试行）》，按照独任庭、合议庭案件分类确定阅核范围和方式，阅核意见一律在办案系统中在线提出、附卷备查，阅核人不得直接改变合议庭评议意见。朝阳区法院、南关区法院要在6月底前完成阅核工作流程再造。（牵头部门：审管办；配合部门：研究室、各审判业务部门）",
    ),
    (
        "item",
        "2.完善专业法官会议与审判委员会衔接机制。专业法官会议讨论意见作为审判委员会讨论案件的必要参考，健全审判委员会讨论事项清单和议题筛选程序。在宽城区法院、绿园区法院开展跨庭室联合专业法官会议试点，推动建立中基层法院专业法官会议联动研讨机制。（牵头部门：研究室；配合部门：审管办、宽城区法院、绿园区法院）",
    ),
    (
        "item",
        "3.健全“四类案件”识别监管机制。依托办案平台对“四类案件”实行自动识别、标签提示和节点管控，由审管办按月通报院庭长监督管理情况。建立审判质效数据月度会商制度，由长春市二道区人民法院先行总结类案监管经验，年内在全市法院推广。",
    ),
    (
        "item",
        "4.推进审判辅助事务集约化管理。在双阳区法院、九台区法院试行送达、保全、排期、归档等辅助事务集中办理模式，由诉讼服务中心统一集约处理。完善法官助理、书记员配置标准，制定审判辅助人员绩效考核办法。（牵头部门：政治部；配合部门：立案庭、审管办）",
    ),
    (
        "item",
        "5.健全法官员额统筹调配机制。坚持以案定额、以岗定员，根据各基层法院收案数量和人均结案数动态核定员额，向长春新区人民法院、长春汽车经济技术开发区人民法院等收案增长较快的法院倾斜。建立员额法官常态化增补和退出制度，配合吉林高院完成年度入额考核。",
    ),
    (
        "item",
        "6.完善司法廉政风险防控体系。围绕立案、审判、执行、鉴定、拍卖等关键环节，逐岗排查廉政风险点，建立风险等级动态评估制度。严格执行过问案件全面记录、报告制度，对违规过问案件的一律登记、及时报告。",
    ),
    (
        "item",
        "7.健全违法审判责任追究机制。完善违法审判线索移送和核查程序，准确界定司法瑕疵与违法审判的边界。配合吉林省高级人民法院和省法官检察官惩戒委员会做好惩戒案件的调查审查工作，同步健全法官依法履职保护机制，对恶意投诉、不实举报及时澄清正名。（牵头部门：督察室；配合部门：政治部、审管办）",
    ),
    ("h1", "二、深化诉讼制度改革"),
    (
        "item",
        "8.推进民事案件繁简分流。全面推行立案阶段“程序分流员”识别分流，对事实清楚、权利义务关系明确的案件优先适用小额诉讼程序、简易程序审理。在农安县法院、德惠市法院开展民事案件要素式审判试点，对买卖合同、民间借贷、物业服务纠纷统一制作要素表，引导当事人庭前填写。（牵头部门：立案庭；配合部门：民一庭、民二庭；完成时限：2025年9月底前）",
    ),
    (
        "item",
        "9.健全认罪认罚从宽制度适用机制。加强与市检察院在量刑协商、听取辩护意见等环节的衔接，规范认罪认罚案件量刑建议的审查和调整。在绿园区法院试行刑事速裁案件“集中起诉、集中审理、集中宣判”模式，深化刑事案件律师辩护全覆盖。",
    ),
    (
        "item",
        "10.完善行政案件集中管辖制度。合理调整长春铁路运输法院管辖行政案件的范围，健全集中管辖法院与属地法院、属地政府协调化解行政争议机制。推动完善行政机关负责人出庭应诉制度，会同市司法局建立行政争议诉前调解中心，在榆树市法院开展行政争议实质性化解试点。",
    ),
    (
        "item",
        "11.健全未成年人综合司法保护机制。在南关区法院试点涉未成年人案件“审判+家庭教育指导”一体化工作模式，会同市教育局、市民政局建立未成年人保护联席会议制度。对监护缺失、监护不当的未成年当事人，及时发出家庭教育指导令，必要时引入社会观护力量。",
    ),
    (
        "item",
        "12.推进庭审实质化。完善证人、鉴定人出庭作证的通知、保护和费用补偿程序，在长春市宽城区人民法院开展刑事案件关键证人出庭作证试点。推广远程视频提讯，会同市公安局在看守所建设远程视频开庭室。",
    ),
    (
        "item",
        "13.完善人民陪审员参审机制。落实人民陪审员随机抽选和分类参审制度，探索在环境资源、知识产权案件中组建专业陪审员库。配合市司法局开展人民陪审员履职评价，制定陪审员参审案件事实认定指引。",
    ),
    ("h1", "三、健全诉源治理和多元解纷体系"),
    (
        "item",
        "14.深化诉源治理。坚持和发展新时代“枫桥经验”，在市委政法委统筹下，推动人民法庭力量下沉，与乡镇（街道）综治中心联合开展矛盾纠纷排查化解，健全“分析研判—源头化解—司法确认”闭环工作机制。在农安县人民法院、榆树市法院推行“一庭两所一中心”联动解纷模式。",
    ),
    (
        "item",
        "15.健全诉前调解与立案衔接机制。依托人民法院调解平台，引导当事人在线选择调解组织和调解员，调解不成的及时登记立案，防止“以调代立”。吸纳行业调解组织入驻平台，推动建立长春市律师调解工作室名册管理制度。（牵头部门：立案庭；配合部门：诉讼服务中心、民一庭）",
    ),
    (
        "item",
        "16.完善道路交通事故纠纷一体化处理机制。会同市公安局、市司法局和市保险行业协会，实现事故认定、损害鉴定、保险理赔和调解协议确认全流程线上办理。在长春市朝阳区人民法院设立道交纠纷巡回调解点，对调解达成的协议依法进行司法确认。",
    ),
    (
        "item",
        "17.健全商事纠纷多元化解机制。支持长春仲裁委员会与本院建立仲裁保全、撤裁审查信息互通机制，推动设立长春国际商事调解中心，吸纳熟悉汽车、装备制造、农产品贸易的专业人士担任调解员。",
    ),
    (
        "item",
        "18.提升诉讼服务集约化水平。深化跨域立案诉讼服务，推行集约送达，由本院统一建设集约送达中心，为各基层法院提供电子送达、邮寄送达和公告送达一体化服务。在德惠市法院试行诉讼服务“一次办好”清单制度。",
    ),
    ("h1", "四、深化执行体制机制改革"),
    (
        "item",
        "19.健全执行权分权制约机制。落实执行实施权与执行裁决权分离，执行异议、复议案件一律由执行裁判庭审查。推行执行案款“一案一人一账号”管理模式，在二道区法院、宽城区法院开展执行事务集约化改革试点，推动形成执行团队“分段集约、繁简分流”办案模式。（牵头部门：执行局；配合部门：审管办、二道区法院、宽城区法院）",
    ),
    (
        "item",
        "20.完善执行联动机制。在市委政法委统筹下，推动建立覆盖公安、自然资源、住房公积金、车辆管理等部门的执行协作数据专线，完善网络查控体系。会同市公安局健全被执行人临时管控机制，与市检察院共建拒执犯罪线索移送平台。",
    ),
    (
        "item",
        "21.健全执行与破产衔接机制。执行中发现被执行企业符合破产条件的，及时征询当事人意见并移送破产审查。支持长春新区法院先行先试，建立“执转破”案件简化审理程序。健全终本案件动态管理机制，定期开展终本案件集中清理。",
    ),
    (
        "item",
        "22.深化善意文明执行。对生产经营困难但有发展前景的企业，灵活采取“活封活扣”、分期履行等措施，审慎适用限制消费措施。完善失信被执行人信用修复激励制度，会同市发展和改革委员会实现信用修复结果同步推送。（牵头部门：执行局；配合部门：各基层法院；完成时限：长期坚持）",
    ),
    ("h1", "五、服务保障长春全面振兴"),
    (
        "item",
        "23.深化知识产权审判“三合一”改革。充分发挥长春知识产权法庭跨区域管辖职能，完善知识产权民事、刑事、行政案件统一审理机制。围绕中国第一汽车集团等龙头企业的核心技术保护，健全技术调查官、技术咨询专家协同参与的技术事实查明体系，依法适用惩罚性赔偿。",
    ),
    (
        "item",
        "24.加强汽车产业链司法保护。支持长春汽车经济技术开发区人民法院建立涉汽车零部件供应链纠纷快速审理机制，对整车及配套企业的买卖合同、加工承揽纠纷优先立案、集中审理。服务长春汽车经济技术开发区、长春新区汽车产业集群发展，推动设立汽车产业法律服务中心，为新能源汽车研发、智能网联汽车测试企业提供合规咨询。",
    ),
    (
        "item",
        "25.完善环境资源审判机制。深化环境资源案件集中管辖，由榆树市法院集中审理全市涉黑土地保护刑事、民事、行政案件。健全生态修复令执行监督和修复效果评估制度，在双阳区法院建设黑土地保护司法实践基地。推动建立长春、四平、辽源、松原四地法院环境资源审判协作机制。",
    ),
    (
        "item",
        "26.完善企业破产处置机制。健全破产案件府院协调联动机制，推动设立破产费用专项资金，对管理人实行分级管理和履职考评。推广庭外重组与预重整衔接机制，在朝阳区法院、长春新区人民法院开展小微企业破产简易审理试点。",
    ),
    (
        "item",
        "27.深化长春现代化都市圈司法协作。会同吉林市中级人民法院、四平中院、辽源中院建立跨域立案、异地调查取证和执行协作机制，统一都市圈内常见案件裁判尺度。推动都市圈法院审判执行数据互通共享。",
    ),
    (
        "item",
        "28.加强涉外商事审判和中欧班列司法服务。发挥本院涉外商事审判庭职能，健全涉外民商事案件集中管辖机制，服务吉林打造向北开放重要窗口。围绕“长满欧”班列运输、跨境电商等新业态纠纷，建立涉外商事案件诉调对接机制，与市商务局共建涉外商事调解中心。",
    ),
    ("h1", "六、夯实改革基础保障"),
    (
        "item",
        "29.推进全流程网上办案。落实电子卷宗随案同步生成，实现立案、审理、执行、归档各环节线上流转。组织长春铁路运输法院、双阳区法院接入全省法院一体化办案平台，在南关区法院试行庭审记录方式改革。（牵头部门：信息技术处；配合部门：审管办、档案室）",
    ),
    (
        "item",
        "30.完善阳光司法机制。严格落实裁判文书上网审查和不公开备案制度，健全庭审直播案件遴选机制，年内庭审直播率不低于全省法院平均水平。建立代表委员意见建议办理反馈机制，邀请特约监督员见证执行现场。",
    ),
    (
        "item",
        "31.完善法律适用分歧解决机制。落实类案强制检索，承办法官审理新类型、疑难复杂案件应当制作检索报告。由研究室定期梳理法答网、人民法院案例库中的参考案例，编发《长春法院类案裁判指引》。在吉林高院指导下，推动建立全省中级法院法律适用问题会商机制。",
    ),
    (
        "item",
        "32.强化改革统筹和督察问效。院党组每季度专题研究司法改革工作，司改办对改革任务实行清单化管理，建立改革任务挂图作战和销号管理制度。开展改革成效第三方评估，及时总结推广绿园区法院、九台区法院等单位的试点经验，对推进不力的单位予以通报。（牵头部门：司改办；配合部门：本院各部门、各基层法院；完成时限：2025年12月底前）",
    ),
    (
        "p",
        "各单位、各部门要把深化司法体制综合配套改革作为“一把手”工程，主要负责同志亲自研究、亲自部署、亲自督办。各牵头部门要会同配合部门于2025年4月15日前制定具体落实方案，报本院司法改革办公室备案，并于6月底、12月底前报送阶段性进展情况。",
    ),
    ("copy", "抄送：吉林省高级人民法院司法改革办公室，市委政法委。"),
    ("printed", "长春市中级人民法院办公室|2025年3月14日印发"),
]


def register_font() -> None:
    if FONT not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont(FONT, FONT_FILE, subfontIndex=0))


def width(text: str, size: float) -> float:
    return pdfmetrics.stringWidth(text, FONT, size)


def wrap(text: str, size: float, line_width: float, first_indent: float = 0.0) -> list[str]:
    """Break a paragraph into lines the way a word processor does for Chinese text.

    Greedy fill; a character that may not start a line is pulled up and hangs over the right edge (one only, as
    Word's 允许标点溢出边界 does); if two such characters follow, the line gives one character back instead; an
    opening bracket or quote never ends a line: it goes down with the character it opens."""
    lines: list[str] = []
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
            # do not split a run of ASCII digits/letters (a number such as 2025 or 12368)
            if text[j].isascii() and text[j].isalnum():
                k = j
                while k > i + 1 and text[k - 1].isascii() and text[k - 1].isalnum():
                    k -= 1
                if k > i + 1 and k != j:
                    j = k
            if text[j] in CANNOT_START:
                if j + 1 < n and text[j + 1] in CANNOT_START:
                    j -= 1  # give a character back: two closing marks cannot both hang
                else:
                    j += 1  # hang the punctuation mark in the margin
            while j - 1 > i and text[j - 1] in CANNOT_END:
                j -= 1
        lines.append(text[i:j])
        i = j
        avail = line_width
    return lines


class Layout:
    """Places lines on pages; draws the running header and the page number around each page's body."""

    def __init__(self, path: str) -> None:
        self.c = canvas.Canvas(path, pagesize=A4, invariant=1, pageCompression=1)
        self.c.setTitle(NOTICE_TITLE)
        self.c.setAuthor("cczy-bgs")
        self.c.setCreator("Microsoft® Word 2016")
        self.c.setSubject("")
        self.page = 0
        self.y = 0.0
        self.text_lines: list[str] = []
        self.new_page()

    # page furniture -------------------------------------------------------------------------------------------
    def header(self) -> None:
        c = self.c
        c.setFillColor(BLACK)
        c.setFont(FONT, HEADER_SIZE)
        y = PAGE_H - 15 * mm
        c.drawCentredString(PAGE_W / 2, y, RUNNING_HEADER)
        c.setLineWidth(0.5)
        c.setStrokeColor(BLACK)
        c.line(MARGIN_LEFT, y - 2.5 * mm, PAGE_W - MARGIN_RIGHT, y - 2.5 * mm)

    def footer(self) -> None:
        c = self.c
        c.setFillColor(BLACK)
        c.setFont(FONT, FOOTER_SIZE)
        c.drawCentredString(PAGE_W / 2, 20 * mm, f"— {self.page} —")

    def new_page(self) -> None:
        if self.page:
            self.footer()
            self.c.showPage()
        self.page += 1
        self.header()
        self.y = PAGE_H - MARGIN_TOP

    def finish(self) -> None:
        self.footer()
        self.c.showPage()
        self.c.save()

    # placing lines --------------------------------------------------------------------------------------------
    def room(self, height: float) -> bool:
        return self.y - height >= MARGIN_BOTTOM - 0.5

    def line(
        self,
        text: str,
        x: float,
        size: float,
        height: float,
        color=BLACK,
        justify_to: float | None = None,
    ) -> None:
        if not self.room(height):
            self.new_page()
        self.y -= height
        baseline = self.y + (height - size) / 2 + size * 0.12
        c = self.c
        c.setFillColor(color)
        t = c.beginText(x, baseline)
        t.setFont(FONT, size)
        if justify_to is not None and len(text) > 1:
            natural = width(text, size)
            if natural < justify_to:
                t.setCharSpace((justify_to - natural) / (len(text) - 1))
        t.textLine(text)
        c.drawText(t)

    def paragraph(self, text: str, indent_chars: float = 2.0, size: float = BODY) -> None:
        lines = wrap(text, size, TEXT_W, indent_chars * size)
        for k, ln in enumerate(lines):
            x = MARGIN_LEFT + (indent_chars * size if k == 0 else 0.0)
            avail = TEXT_W - (indent_chars * size if k == 0 else 0.0)
            last = k == len(lines) - 1
            self.line(ln, x, size, LEADING, justify_to=None if last else avail)
        self.text_lines.append(text)

    def centred(self, text: str, size: float, height: float, color=BLACK) -> None:
        self.line(text, MARGIN_LEFT + (TEXT_W - width(text, size)) / 2, size, height, color)

    def right(self, text: str, right_indent_chars: float) -> None:
        x = PAGE_W - MARGIN_RIGHT - right_indent_chars * BODY - width(text, BODY)
        self.line(text, x, BODY, LEADING)
        self.text_lines.append(text)

    def rule(self, color, weight: float, gap: float) -> None:
        self.y -= gap
        self.c.setStrokeColor(color)
        self.c.setLineWidth(weight)
        self.c.line(MARGIN_LEFT, self.y, PAGE_W - MARGIN_RIGHT, self.y)
        self.y -= gap


def build(path: str) -> list[str]:
    register_font()
    lay = Layout(path)
    i = 0
    while i < len(DOCUMENT):
        kind, text = DOCUMENT[i]
        if kind == "letterhead":
            lay.y = PAGE_H - 35 * mm
            size = 36.0
            lay.centred(text, size, size * 1.5, RED)
            lay.text_lines.append(text)
            lay.y -= 6 * mm
        elif kind == "number":
            lay.centred(text, BODY, LEADING)
            lay.text_lines.append(text)
        elif kind == "redrule":
            lay.rule(RED, 2.0, 2 * mm)
            lay.y -= LEADING * 0.5
        elif kind == "title":
            for part in text.split("|"):
                lay.centred(part, TITLE, TITLE * 1.6)
            lay.text_lines.append(text.replace("|", ""))
            lay.y -= LEADING * 0.5
        elif kind == "addressee":
            lay.line(text, MARGIN_LEFT, BODY, LEADING)
            lay.text_lines.append(text)
        elif kind == "p":
            lay.paragraph(text)
        elif kind == "attach":
            lay.y -= LEADING
            lay.paragraph(text)
        elif kind == "sign":
            lay.y -= LEADING * 2
            lay.right(text, 4)
        elif kind == "date":
            lay.right(text, 4.5)
        elif kind == "public":
            lay.paragraph(text)
        elif kind == "pagebreak":
            lay.new_page()
        elif kind == "annex":
            lay.line(text, MARGIN_LEFT, BODY, LEADING)
            lay.text_lines.append(text)
            lay.y -= LEADING * 0.5
        elif kind == "h1":
            # a heading is kept with the first two lines of the work point under it (Word's 与下段同页)
            if not lay.room(LEADING * 3):
                lay.new_page()
            lay.paragraph(text)
        elif kind == "item":
            lay.paragraph(text)
        elif kind == "copy":
            printed = DOCUMENT[i + 1][1]
            block = LEADING * 2 + 6 * mm
            if not lay.room(block + LEADING):
                lay.new_page()
            # the 版记 sits at the foot of the last page
            lay.y = MARGIN_BOTTOM + block
            lay.rule(BLACK, 1.0, 1 * mm)
            lay.line(text, MARGIN_LEFT + BODY * 0.5, BODY * 0.9, LEADING)
            lay.text_lines.append(text)
            lay.rule(BLACK, 0.5, 1 * mm)
            left, right_text = printed.split("|")
            size = BODY * 0.9
            lay.y -= LEADING
            base = lay.y + (LEADING - size) / 2 + size * 0.12
            lay.c.setFillColor(BLACK)
            lay.c.setFont(FONT, size)
            lay.c.drawString(MARGIN_LEFT + BODY * 0.5, base, left)
            lay.c.drawRightString(PAGE_W - MARGIN_RIGHT - BODY * 0.5, base, right_text)
            lay.text_lines.append(f"{left}　　{right_text}")
            lay.rule(BLACK, 1.0, 1 * mm)
            i += 1
        else:
            raise SystemExit(f"unknown kind {kind}")
        i += 1
    lay.finish()
    return lay.text_lines


def main(argv: list[str]) -> None:
    if not argv or argv[0].startswith("-"):
        raise SystemExit(__doc__.split("\n\n")[1])
    out = argv[0]
    text_path = None
    if "--text" in argv:
        text_path = argv[argv.index("--text") + 1]
    Path(out).parent.mkdir(parents=True, exist_ok=True)
    lines = build(out)
    if text_path:
        Path(text_path).write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main(sys.argv[1:])
