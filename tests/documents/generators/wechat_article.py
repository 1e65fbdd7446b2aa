# ruff: noqa: E501  (the article's paragraphs are kept one per line)
"""Build the HTML test document of a court's WeChat public-account article, saved by a desktop browser.

Run from the repository root:

    .venv/bin/python tests/documents/generators/wechat_article.py tests/documents/wenzhou-2025-gaige-yaodian.html

The first argument is the output path. With `--text PATH` instead, it writes the plain reading text of the
article (what a reader sees inside the article body, one paragraph a line) for reference. Fictional content,
real court, real districts, counties and courts. The output is deterministic: no clock, no random numbers,
every id and counter is fixed, so a rebuild without changes is byte-identical. Needs only the standard library.

What real-world layout it imitates: an article of the WeChat official account "温州法院" (the public account of
温州市中级人民法院), opened on mp.weixin.qq.com in a desktop browser and saved with "Web page, complete"
(网页，全部) — only the .html file matters here, the *_files folder of images, scripts and style sheets is not
kept. The saved page is the real mp.weixin.qq.com article template:

- a `<!-- saved from url=… -->` comment before `<html>`, a `<head>` full of og:/twitter: meta tags, links to the
  `…_files/` copies of WeChat's style sheets and many inline `<script>` blocks that set the article's variables
  (`var biz`, `var msg_title`, `var msg_desc`, `var ct`, `var nickname`, `var user_name` …);
- `<body id="activity-detail">`, then `<div class="rich_media">` … `<div id="js_article">` with the title
  `<h1 class="rich_media_title" id="activity-name">`, the meta line (the 原创 badge `#copyright_logo`, the author,
  the account name `<span id="js_name">温州法院</span>`, `<em id="publish_time">2025-02-18 17:30</em>` and the IP
  location `浙江`), and the body `<div class="rich_media_content js_underline_content" id="js_content"
  style="visibility: hidden;">` exactly as the page's HTML ships it (the script makes it visible later);
- inside the body, the markup that WeChat editors (秀米/135编辑器 pasted into the mp editor) produce: nested
  `<section>`s with long inline styles, `<p>` paragraphs whose text is chopped into several `<span>`s (some with
  the new editor's `leaf=""` attribute), a number in one coloured `<span>` and the rest of a heading in another,
  `<strong>` round a work point's first sentence, empty `<p><br></p>` spacers, a decorative `<section>` with
  "· 要点全文 ·", banner and QR-code images as `<img data-src=…>` with no text;
- the article itself: an editorial intro (近日，温州中院印发……现将全文刊发如下：), then the document — its title,
  preamble, sections 一、 … 七、 (section headings centred, the numeral in red), work points 1. … 33. numbered
  across the sections, two of them with （1）（2） sub-points run into the same paragraph, a closing paragraph,
  the signature and date kept by the repost (温州市中级人民法院 / 2025年2月12日) — and after it the account's own
  tail: 来源、编辑/审核 line, 往期推荐 with three linked article titles, the QR-code caption;
- below the body, the page furniture that a saved page keeps as text: 阅读原文, the 阅读/在看/分享 counters and
  buttons, the profile card of the account, 微信扫一扫 QR prompts, the 留言 (comment) UI, and the well-known
  run-together string of the page's JS tool-tips (：，。视频小程序赞，轻点两下取消赞在看…).

No document number is printed in the repost.
"""

from __future__ import annotations

import html
import sys
from pathlib import Path

ACCOUNT = "温州法院"
ACCOUNT_ID = "gh_5c3a7e91d2f4"
BIZ = "MzA5NzE4MjUxMw=="
MID = "2651873406"
IDX = "1"
SN = "6f0c2b9e4d7a15c38e2f90b1a6d4c7e5"
ARTICLE_URL = f"https://mp.weixin.qq.com/s?__biz={BIZ}&mid={MID}&idx={IDX}&sn={SN}&chksm=8b7e2c14bc09a502"
SHORT_URL = "https://mp.weixin.qq.com/s/Xq7Tn2bWzF4kRzPa0vJ9cA"
PAGE_TITLE = "温州中院印发《2025年全市法院司法改革工作要点》"
FILES = "./温州中院印发《2025年全市法院司法改革工作要点》_files"
PUBLISH = "2025-02-18 17:30"
CT = "1739871000"  # 2025-02-18 17:30 +08:00 as the page's unix time
RED = "rgb(178, 34, 34)"
GREY = "rgb(62, 62, 62)"

INTRO = "近日，温州中院印发《2025年全市法院司法改革工作要点》（以下简称《要点》），从深化司法责任制综合配套改革、深化诉讼制度改革、健全诉源治理和多元解纷体系、服务保障民营经济“两个健康”先行区建设、深化执行体制机制改革、推进数字法院建设和审判管理现代化、强化改革组织实施等七个方面，部署了33项重点改革任务。现将全文刊发如下："

DOC_TITLE = "2025年全市法院司法改革工作要点"

PREAMBLE = "2025年是“十四五”规划收官之年，也是全面落实人民法院第六个五年改革纲要的关键之年。全市法院要坚持以习近平新时代中国特色社会主义思想为指导，深入贯彻党的二十大和二十届三中全会精神，全面贯彻习近平法治思想，认真落实最高人民法院、浙江省高级人民法院和市委关于深化司法体制综合配套改革的部署要求，紧扣温州打造新时代民营经济“两个健康”先行区的目标定位，坚持问题导向、系统集成、协同高效，推动各项改革举措落地见效，为温州奋力续写创新史、走好共富路、争创先行市提供有力司法服务和保障。现提出如下工作要点。"

# The document body: ("h", numeral, heading) for a section, ("item", number, first sentence, rest) for a work point.
BODY: list[tuple[str, ...]] = [
    ("h", "一、", "深化司法责任制综合配套改革"),
    (
        "item",
        "1",
        "全面准确落实院庭长阅核制度。",
        "制定《温州法院院庭长阅核工作实施细则（试行）》，明确应当阅核的案件范围和阅核方式，健全阅核意见处理程序，阅核意见一律在办案平台上在线签署、留痕备查。支持瓯海区法院开展院庭长阅核数字化管理试点，市中院审管办按季度通报各院阅核运行情况。",
    ),
    (
        "item",
        "2",
        "健全“四类案件”识别监管机制。",
        "依托办案系统对“四类案件”实行自动识别、标签管理和节点提醒，院庭长对“四类案件”的监督管理意见一律附卷备查。严格落实防止干预司法“三个规定”，完善司法人员过问案件记录报告和定期通报机制。",
    ),
    (
        "item",
        "3",
        "规范专业法官会议和审判委员会运行。",
        "对照最高法院有关要求，健全专业法官会议与审判委员会讨论案件的分级过滤机制，完善审判委员会委员列席合议庭评议制度。修订《温州市中级人民法院审判委员会工作规则》，促进审判委员会更多承担总结审判经验、统一裁判尺度职能。",
    ),
    (
        "item",
        "4",
        "深化审判团队改革。",
        "根据案件类型和收案数量动态调整审判团队，在鹿城区法院、乐清市法院推行“员额法官+法官助理+书记员”的“1+2+1”团队配置模式。修订完善审判团队业绩考核办法，考核结果作为法官等级晋升和评先评优的重要依据。",
    ),
    (
        "item",
        "5",
        "深化司法人员分类管理改革。",
        "健全法官员额全市统筹调配机制，在两级法院之间统筹使用员额，员额配置向办案任务重的基层法院和人民法庭倾斜。会同市委编办、市财政局研究建立聘用制书记员薪酬动态调整机制。",
    ),
    (
        "item",
        "6",
        "健全法官依法履职保护机制。",
        "完善法官依法履职受侵害快速处置和不实举报澄清正名制度，对恶意投诉、滋扰法官的行为依法依规处理。建立司法廉政风险点动态排查机制，抓实巡察反馈问题整改。",
    ),
    ("h", "二、", "深化诉讼制度改革"),
    (
        "item",
        "7",
        "深化民事诉讼程序繁简分流改革。",
        "规范小额诉讼程序、简易程序适用，完善二审独任制审理案件的识别和转换规则。在瑞安法院、永嘉县法院试行民商事案件诉前鉴定制度，压缩鉴定周期。对道路交通、民间借贷纠纷全面推行要素式审判。",
    ),
    (
        "item",
        "8",
        "深化以审判为中心的刑事诉讼制度改革。",
        "推进庭审实质化，提高证人、鉴定人出庭作证率。会同市检察院完善认罪认罚案件量刑建议审查和调整机制。在鹿城区人民法院、瓯海法院开展轻微刑事案件“全流程简案快办”试点，实现简案快审、繁案精审。",
    ),
    (
        "item",
        "9",
        "推进行政争议实质性化解。",
        "健全行政案件诉前调解与诉讼衔接机制，依托县级社会治理中心设立行政争议调解工作室。落实行政机关负责人出庭应诉制度，会同市司法局联合发布行政机关败诉案件分析报告。在龙港市法院开展行政非诉执行案件“裁执分离”试点，服务龙港“大综合一体化”行政执法改革。",
    ),
    (
        "item",
        "10",
        "完善家事纠纷综合协调化解机制。",
        "全面推行离婚冷静期和家事调查员制度，落实人身安全保护令制度。在永嘉县法院、泰顺县法院试行未成年人案件“社会观护+家庭教育指导”一体化工作模式，会同市妇联建立未成年人社会观护基地。",
    ),
    (
        "item",
        "11",
        "健全知识产权审判机制。",
        "深化知识产权审判“三合一”改革，完善技术调查官、技术咨询专家共同参与的技术事实查明机制。推动建立眼镜、鞋服、电气等产业集群知识产权纠纷快速维权机制，会同市市场监督管理局在瓯海、乐清等产业集聚地设立知识产权司法服务站。",
    ),
    (
        "item",
        "12",
        "完善环境资源审判机制。",
        "深化环境资源案件集中管辖，推动建立瓯江流域生态环境司法协作机制，与丽水市中级人民法院共建跨区域生态修复基地。在洞头区法院试点海岛生态环境“修复+巡回审判”模式，加强与宁波海事法院温州法庭在海洋生态环境保护案件中的协作。",
    ),
    ("h", "三、", "健全诉源治理和多元解纷体系"),
    (
        "item",
        "13",
        "深入推进诉源治理。",
        "坚持和发展新时代“枫桥经验”，在市委政法委统筹下推动“共享法庭”与县级社会治理中心、基层综治中心一体融合运行。支持苍南法院、文成县法院深化“枫桥式人民法庭”创建，完善万人成讼率分析通报机制，推动矛盾纠纷就地化解。",
    ),
    (
        "item",
        "14",
        "完善“共享法庭”实质化运行机制。",
        "出台“共享法庭”运行管理办法，明确庭务主任选任、培训和考核标准。推动“共享法庭”向行业协会、商会和重点企业延伸，在文成、泰顺等山区县推广“共享法庭+巡回审判”服务模式。",
    ),
    (
        "item",
        "15",
        "做实商事纠纷多元化解。",
        "支持市商事调解中心、市工商联参与涉企纠纷化解，完善商事调解组织委派调解、诉前调解与司法确认衔接规则。依托人民法院调解平台推进在线调解、在线司法确认，对调解成功的案件即时申请、即时确认。",
    ),
    (
        "item",
        "16",
        "完善金融纠纷多元化解机制。",
        "会同市委金融办、金融监管部门健全金融纠纷诉调对接机制，建立金融风险司法预警和信息通报制度。对同类型金融借款纠纷推行“示范判决+批量调解”机制，推动建立金融债权案件诉前财产保全绿色通道。",
    ),
    (
        "item",
        "17",
        "健全劳动争议裁审衔接机制。",
        "会同市人力社保局、市劳动人事争议仲裁委员会统一受案范围、证据采信和法律适用标准，推动建立新就业形态劳动纠纷“一站式”联调中心，探索外卖骑手、网约车司机等群体劳动纠纷快速化解路径。",
    ),
    ("h", "四、", "服务保障民营经济“两个健康”先行区建设"),
    (
        "item",
        "18",
        "健全涉企司法保护机制。",
        "贯彻《浙江省民营企业发展促进条例》，制定涉企案件财产保全和“活封活扣”操作指引，建立涉企查封、扣押、冻结措施比例原则审查制度，最大限度降低司法活动对企业正常生产经营的影响。",
    ),
    (
        "item",
        "19",
        "深化个人债务集中清理改革。",
        "支持平阳县人民法院深化个人债务集中清理试点，完善个人债务清理中的债务人财产申报和行为限制制度，推动建立诚实而不幸债务人的困境救济机制。",
    ),
    (
        "item",
        "20",
        "深化破产审判机制改革。",
        "（1）健全企业破产处置府院联动机制，推动设立破产费用专项保障资金，修订破产管理人履职保障基金管理办法；（2）支持温州破产法庭在预重整与庭外重组衔接上先行先试，完善关联企业实质合并破产审查规则和小微企业简易破产程序。",
    ),
    (
        "item",
        "21",
        "深化涉案企业合规改革。",
        "会同市检察院、市工商联健全涉案企业合规第三方监督评估机制与刑事审判的衔接程序，对合规整改验收合格的企业依法从宽处罚。",
    ),
    (
        "item",
        "22",
        "深化区域司法协作。",
        "主动融入长三角一体化发展，推动建立温州、台州、丽水三地法院审判执行协作机制，服务保障温州湾新区高水平开放发展。支持乐清市人民法院柳市人民法庭围绕电气产业集群开展涉企纠纷跨域化解。",
    ),
    ("h", "五、", "深化执行体制机制改革"),
    (
        "item",
        "23",
        "健全执行联动机制。",
        "在市委政法委领导下完善综合治理执行难工作格局，会同市公安局、市自然资源和规划局、市市场监督管理局建立被执行人财产线索“一网通查”和查控处置“一次联办”机制，推动执行协助事项全流程在线办理。",
    ),
    (
        "item",
        "24",
        "规范执行权力运行。",
        "深化执行裁决权与执行实施权分离，完善执行案件流程节点管控和执行案款“一案一账户”管理制度。在龙湾区法院、苍南县人民法院推行执行团队“分段集约+繁简分流”办案模式，简单执行案件实行快执快结。",
    ),
    (
        "item",
        "25",
        "常态化推进“执转破”工作。",
        "统一执行案件移送破产审查的识别、移送和受理标准，建立执行部门与破产审判团队的案件信息共享机制，对“僵尸企业”依法推动市场出清。",
    ),
    (
        "item",
        "26",
        "加大拒执犯罪惩治力度。",
        "会同市公安局、市检察院完善拒不执行判决、裁定犯罪线索移送和立案监督机制。完善终结本次执行程序案件动态管理机制，建立失信被执行人信用修复正向激励制度。",
    ),
    ("h", "六、", "推进数字法院建设和审判管理现代化"),
    (
        "item",
        "27",
        "深化全域数字法院建设。",
        "（1）全面推行全流程网上办案和电子卷宗单套制归档，推进政法一体化办案平台在刑事、执行领域的深度应用；（2）在瑞安法院开展人工智能辅助生成庭审笔录和裁判文书初稿试点，同步建立人工智能生成内容人工审核把关规则。",
    ),
    (
        "item",
        "28",
        "完善审判质效管理机制。",
        "用好审判质量管理指标体系，坚持以“案-件比”为核心的质效评价导向，建立长期未结案件和发回改判案件专项评查制度，完善审判运行态势季度分析研判机制，研判结果由市中院审管办向各基层法院通报。",
    ),
    (
        "item",
        "29",
        "健全法律适用分歧解决机制。",
        "严格执行类案强制检索制度，用好人民法院案例库和法答网。建立市中院研究室牵头、各业务庭参与的法律适用问题定期会商机制，及时向省法院报送法律适用分歧问题。",
    ),
    (
        "item",
        "30",
        "提升诉讼服务便民化水平。",
        "深化跨域立案诉讼服务改革，健全12368诉讼服务热线“一号通办”工作机制。完善诉讼费用网上缴退机制和司法救助快速办理机制，对经济确有困难的当事人依法缓减免交诉讼费。",
    ),
    (
        "item",
        "31",
        "自觉接受外部监督。",
        "推动完善人大代表、政协委员联络沟通机制和特约监督员制度，邀请代表委员旁听庭审、见证执行。规范庭审直播和裁判文书上网工作，提升司法公开质效。",
    ),
    ("h", "七、", "强化改革组织实施"),
    (
        "item",
        "32",
        "压实改革主体责任。",
        "全市法院要把改革任务落实情况纳入年度综合考核，各院主要负责同志要亲自研究部署重大改革事项，坚持“一把手抓、抓一把手”。由市中院司改办牵头建立改革任务台账管理制度，实行清单化管理、项目化推进、销号式落实。",
    ),
    (
        "item",
        "33",
        "注重改革经验总结推广。",
        "建立改革成效第三方评估机制，委托温州大学法学院对重点改革项目进行评估。及时总结龙湾、苍南等地法院的试点经验，形成一批可复制可推广的改革案例。",
    ),
]

CLOSING = "各基层法院要结合本院实际细化落实措施，于2025年3月15日前将本院改革工作方案报市中院司改办。市中院将适时对改革任务推进情况开展督察。"
SIGNATURE = "温州市中级人民法院"
SIGN_DATE = "2025年2月12日"

SOURCE_LINE = "来源：温州中院司改办"
EDITOR_LINE = "编辑：陈晓瓯  审核：林楠"
RECOMMENDED = [
    (
        "https://mp.weixin.qq.com/s?__biz=MzA5NzE4MjUxMw==&mid=2651873322&idx=1&sn=0b7e5d1c9a3f26e84c1d7a90f2b3e6d8",
        "全市法院院长会议召开",
    ),
    (
        "https://mp.weixin.qq.com/s?__biz=MzA5NzE4MjUxMw==&mid=2651873287&idx=2&sn=4e9a2c7f1b6d30a85e7c2f9d1a4b8c63",
        "乐清法院柳市法庭：把“共享法庭”开进电气产业园",
    ),
    (
        "https://mp.weixin.qq.com/s?__biz=MzA5NzE4MjUxMw==&mid=2651873195&idx=1&sn=9d3f6a1e2c8b47f05a6e9c3d2b1f7a48",
        "2024年温州法院十大典型案例发布",
    ),
]

P_STYLE = "margin: 0px 8px 0px; line-height: 1.75em; text-align: justify; text-indent: 2em; letter-spacing: 0.5px;"
SPAN_STYLE = f"font-size: 15px; color: {GREY}; font-family: 微软雅黑, 'Microsoft YaHei';"
SPACER = '<p style="margin: 0px 8px; line-height: 1.75em;"><br  /></p>'


def esc(text: str) -> str:
    return html.escape(text, quote=False)


def chop(text: str, every: int) -> list[str]:
    """Cut a run of text into pieces after a comma or 、 near every `every` characters (as the editors do)."""
    pieces: list[str] = []
    start = 0
    while start < len(text):
        cut = start + every
        if cut >= len(text):
            pieces.append(text[start:])
            break
        marks = [i for i in range(cut, min(len(text), cut + 24)) if text[i] in "，、；："]
        end = marks[0] + 1 if marks else cut
        pieces.append(text[start:end])
        start = end
    return pieces


def spans(text: str, every: int, leaf: bool = False) -> str:
    attr = ' leaf=""' if leaf else ""
    return "".join(f'<span style="{SPAN_STYLE}"{attr}>{esc(piece)}</span>' for piece in chop(text, every))


def heading(numeral: str, text: str) -> str:
    return (
        '<section style="margin: 24px 8px 12px; text-align: center;" data-role="title" data-tools="135编辑器" data-id="106251">'
        f'<section style="display: inline-block; border-bottom: 2px solid {RED}; padding: 0px 10px 4px;">'
        '<p style="margin: 0px; line-height: 1.75em; text-align: center;">'
        f'<span style="color: {RED}; font-size: 17px;"><strong>{esc(numeral)}</strong></span>'
        f'<span style="color: {GREY}; font-size: 17px;"><strong>{esc(text)}</strong></span>'
        "</p></section></section>"
    )


def item(number: str, first: str, rest: str, n: int) -> str:
    num = f'<span style="color: {RED}; font-size: 15px;"><strong>{esc(number)}.</strong></span>'
    variant = n % 4
    if variant == 0:
        # first sentence in <strong>, the rest chopped into spans
        body = f'<strong><span style="{SPAN_STYLE}">{esc(first)}</span></strong>' + spans(rest, 38)
        return f'<p style="{P_STYLE}">{num}{body}</p>'
    if variant == 1:
        # the new editor's leaf spans, first sentence bold through a style attribute
        body = f'<span style="{SPAN_STYLE} font-weight: bold;" leaf="">{esc(first)}</span>' + spans(rest, 30, leaf=True)
        return f'<p style="{P_STYLE}">{num}{body}</p>'
    if variant == 2:
        # wrapped in two sections, as pasted from 秀米
        body = f'<strong><span style="{SPAN_STYLE}">{esc(first)}</span></strong>' + spans(rest, 52)
        return (
            '<section style="margin: 0px; padding: 0px; box-sizing: border-box;" data-autoskip="1">'
            '<section style="box-sizing: border-box; font-size: 15px;">'
            f'<p style="{P_STYLE}">{num}{body}</p></section></section>'
        )
    # number and first sentence in one bold span, rest as one span
    body = (
        f'<span style="{SPAN_STYLE}"><strong><span style="color: {RED};">{esc(number)}.</span>{esc(first)}</strong></span>'
        + spans(rest, 200)
    )
    return f'<p style="{P_STYLE}">{body}</p>'


def img(name: str, ratio: str, width: str, kind: str = "png") -> str:
    src = f"https://mmbiz.qpic.cn/mmbiz_{kind}/{name}/640?wx_fmt={kind}&amp;from=appmsg"
    return (
        f'<p style="margin: 0px 8px; text-align: center;"><img class="rich_pages wxw-img" data-ratio="{ratio}" '
        f'data-s="300,640" data-src="{src}" data-type="{kind}" data-w="{width}" '
        f'style="width: 100%; height: auto !important; visibility: visible !important;" '
        f'src="{FILES}/640({name[:6]}).{kind}" _width="100%" alt="图片" data-fail="0"></p>'
    )


def content() -> str:
    out: list[str] = []
    out.append(img("Qy8kR2LmvC5wDXa7bJ3tNf0uPziaHsE1eG9ohB4cTnYWlKV6rdMq", "0.4265625", "1280"))
    out.append(SPACER)
    out.append(f'<p style="{P_STYLE}">{spans(INTRO, 60)}</p>')
    out.append(SPACER)
    out.append(
        '<section style="margin: 10px 8px; text-align: center;" data-tools="135编辑器" data-id="93785">'
        f'<section style="display: inline-block; padding: 4px 18px; border-top: 1px solid {RED}; border-bottom: 1px solid {RED};">'
        f'<p style="margin: 0px; letter-spacing: 2px;"><span style="color: {RED}; font-size: 14px;"><strong>· 要点全文 ·</strong></span></p>'
        "</section></section>"
    )
    out.append(SPACER)
    out.append(
        '<p style="margin: 0px 8px; line-height: 1.75em; text-align: center;">'
        f'<strong><span style="font-size: 18px; color: {RED};">{esc(DOC_TITLE)}</span></strong></p>'
    )
    out.append(SPACER)
    out.append(f'<p style="{P_STYLE}">{spans(PREAMBLE, 70)}</p>')
    n = 0
    for block in BODY:
        if block[0] == "h":
            out.append(SPACER)
            out.append(heading(block[1], block[2]))
        else:
            n += 1
            out.append(item(block[1], block[2], block[3], n))
            out.append(SPACER)
    out.append(f'<p style="{P_STYLE}">{spans(CLOSING, 45)}</p>')
    out.append(SPACER)
    out.append(
        '<p style="margin: 0px 8px; line-height: 1.75em; text-align: right;">'
        f'<span style="{SPAN_STYLE}">{esc(SIGNATURE)}</span></p>'
    )
    out.append(
        '<p style="margin: 0px 8px; line-height: 1.75em; text-align: right;">'
        f'<span style="{SPAN_STYLE}">{esc(SIGN_DATE)}</span></p>'
    )
    out.append(SPACER)
    out.append(SPACER)
    out.append(
        '<p style="margin: 0px 8px; line-height: 1.75em; text-align: right;">'
        f'<span style="font-size: 12px; color: rgb(136, 136, 136);">{esc(SOURCE_LINE)}</span></p>'
    )
    out.append(
        '<p style="margin: 0px 8px; line-height: 1.75em; text-align: right;">'
        f'<span style="font-size: 12px; color: rgb(136, 136, 136);">{esc(EDITOR_LINE)}</span></p>'
    )
    out.append(SPACER)
    out.append(
        '<section style="margin: 16px 8px 8px;" data-tools="135编辑器" data-id="117430">'
        f'<section style="border-left: 4px solid {RED}; padding-left: 8px;">'
        f'<p style="margin: 0px;"><span style="color: {RED}; font-size: 15px;"><strong>往期推荐</strong></span></p>'
        "</section></section>"
    )
    for href, title in RECOMMENDED:
        out.append(
            '<p style="margin: 0px 8px; line-height: 1.75em;">'
            f'<a target="_blank" href="{html.escape(href)}" textvalue="{html.escape(title)}" linktype="text" imgurl="" imgdata="null" data-itemshowtype="0" tab="innerlink" data-linktype="2">'
            f'<span style="font-size: 14px; color: rgb(87, 107, 149); text-decoration: underline;">{esc(title)}</span></a></p>'
        )
    out.append(SPACER)
    out.append(img("Bn3pW6ZkxTq0aRDf8yHcL2vUe1sJgO9mtKiaXCYbPl4Ew7NrVhGd", "1", "430", "jpg"))
    out.append(
        '<p style="margin: 0px 8px; text-align: center;"><span style="font-size: 12px; color: rgb(136, 136, 136);">长按识别二维码关注我们</span></p>'
    )
    return "\n".join(out)


def head() -> str:
    desc = esc(INTRO[:54])
    return f"""<head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width,initial-scale=1.0,maximum-scale=1.0,user-scalable=0,viewport-fit=cover">
<link rel="dns-prefetch" href="https://res.wx.qq.com/">
<link rel="dns-prefetch" href="https://mmbiz.qpic.cn/">
<link rel="shortcut icon" type="image/x-icon" href="https://res.wx.qq.com/a/wx_fed/assets/res/NTI4MWU5.ico">
<meta name="format-detection" content="telephone=no">
<meta name="referrer" content="origin-when-cross-origin">
<meta name="referrer" content="strict-origin-when-cross-origin">
<meta name="description" content="{desc}">
<meta name="author" content="温州中院">
<meta property="og:title" content="{esc(PAGE_TITLE)}">
<meta property="og:url" content="{html.escape(SHORT_URL)}">
<meta property="og:image" content="https://mmbiz.qpic.cn/mmbiz_jpg/Qy8kR2LmvC5wDXa7bJ3tNf0uPziaHsE1eG9ohB4cTnYWlKV6rdMq/0?wx_fmt=jpeg">
<meta property="og:description" content="{desc}">
<meta property="og:site_name" content="微信公众平台">
<meta property="og:type" content="article">
<meta property="og:article:author" content="温州中院">
<meta property="twitter:card" content="summary">
<meta property="twitter:title" content="{esc(PAGE_TITLE)}">
<meta property="twitter:creator" content="{ACCOUNT}">
<meta property="twitter:site" content="微信公众平台">
<title>{esc(PAGE_TITLE)}</title>
<link rel="stylesheet" href="{FILES}/weui.min.css">
<link rel="stylesheet" href="{FILES}/appmsg.css">
<link rel="stylesheet" href="{FILES}/page_appmsg.css">
<style>
.rich_media_content{{overflow:hidden;color:#333;font-size:17px;word-wrap:break-word;hyphens:auto;text-align:justify;position:relative;z-index:0}}
.rich_media_title{{font-size:22px;line-height:1.4;margin-bottom:14px}}
.rich_media_meta_list{{margin-bottom:22px;line-height:20px;font-size:15px;word-wrap:break-word;hyphens:auto}}
.rich_media_area_primary{{position:relative;padding:20px 16px 12px;box-sizing:border-box;background-color:#fff}}
</style>
<script type="text/javascript">
  var write_sceen_time = (+new Date());
  var biz = "{BIZ}" || "";
  var sn = "{SN}" || "";
  var mid = "{MID}" || "";
  var idx = "{IDX}" || "";
  var msg_title = '{PAGE_TITLE}'.html(false);
  var msg_desc = htmlDecode("{INTRO[:54]}");
  var msg_link = "{SHORT_URL}";
  var ct = "{CT}";
  var publish_time = "{PUBLISH}" || "";
  var nickname = htmlDecode("{ACCOUNT}");
  var user_name = "{ACCOUNT_ID}";
  var author = "温州中院";
  var copyright_stat = "1";
  var ip_wording = {{ countryName: '中国', countryId: '156', provinceName: '浙江', provinceId: '', cityName: '', cityId: '' }};
  var source_url = '';
</script>
<script type="text/javascript" src="{FILES}/appmsg.js"></script>
</head>"""


def page() -> str:
    return f"""<!DOCTYPE html>
<!-- saved from url=(0046){SHORT_URL} -->
<html class=""><!--headTrap<body></body><head></head><html></html>-->{head()}
<body id="activity-detail" class="zh_CN wx_wap_page wx_wap_desktop_fontsize_2 mm_appmsg comment_feature discuss_tab appmsg_skin_default appmsg_style_default pages_skin_pc not_in_mm">
<div id="js_article" class="rich_media">
<div id="js_top_ad_area" class="top_banner"></div>
<div class="rich_media_inner">
<div id="page-content" class="rich_media_area_primary">
<div class="rich_media_area_primary_inner">
<div id="img-content" class="rich_media_wrp">
<h1 class="rich_media_title " id="activity-name">
{esc(PAGE_TITLE)}
</h1>
<div id="meta_content" class="rich_media_meta_list">
<span id="copyright_logo" class="wx_tap_link js_wx_tap_highlight rich_media_meta icon_appmsg_tag appmsg_title_tag weui-wa-hotarea">原创</span>
<span class="rich_media_meta rich_media_meta_text">温州中院</span>
<span class="rich_media_meta rich_media_meta_nickname" id="profileBt">
<a href="javascript:void(0);" class="wx_tap_link js_wx_tap_highlight weui-wa-hotarea" id="js_name">{ACCOUNT}</a>
</span>
<span id="meta_content_hide_info">
<em id="publish_time" class="rich_media_meta rich_media_meta_text">{PUBLISH}</em>
<em id="js_ip_wording_wrp" class="rich_media_meta rich_media_meta_text" style="display: inline-block;"><span id="js_ip_wording">浙江</span></em>
</span>
</div>
<div id="js_tags_preview_toast" class="article-tag__error-tips" style="display: none;">
<div class="weui-toast__wrp"><div class="weui-toast"><p class="weui-toast__content">系统出错，请稍后重试</p></div></div>
</div>
<div class="rich_media_content js_underline_content autoTypeSetting24psection" id="js_content" style="visibility: hidden;">
<section style="margin: 0px; padding: 0px; font-size: 15px; font-family: 微软雅黑, 'Microsoft YaHei'; letter-spacing: 0.5px;" data-mpa-powered-by="yiban.io">
{content()}
</section>
<p style="display: none;"><mp-style-type data-value="3"></mp-style-type></p>
</div>
<div id="js_underline_content_wrp" style="display: none;"></div>
<div class="ct_mpda_wrp" id="js_sponsor_ad_area" style="display: none;"></div>
<div class="read-more__area" id="js_read_more_area">
<a id="js_view_source" href="https://www.zjwzcourt.gov.cn/" class="wx_tap_link js_wx_tap_highlight weui-wa-hotarea">阅读原文</a>
</div>
<div id="js_read_area3" class="read-area">
<div class="interaction_bar">
<span class="read_num" id="readNum3"><span class="weui-wa-hotarea">阅读 </span><span id="js_read_num">3026</span></span>
<button class="like_btn" id="like3"><span class="like_icon"></span><span class="sns_opr_name">赞</span><span id="likeNum3" class="sns_opr_num">41</span></button>
<button class="sns_opr_btn sns_praise_btn" id="js_like_btn"><span class="sns_opr_name">在看</span><span id="js_like_num" class="sns_opr_num">17</span></button>
<button class="sns_opr_btn sns_share_btn" id="js_share_btn"><span class="sns_opr_name">分享</span></button>
</div>
</div>
</div>
</div>
</div>
<div class="rich_media_area_extra">
<div class="rich_media_area_extra_inner">
<div id="js_pc_qr_code" class="qr_code_pc_outer">
<div class="qr_code_pc_inner">
<div class="qr_code_pc">
<img id="js_pc_qr_code_img" class="qr_code_pc_img" src="{FILES}/qrcode.bmp" alt="">
<p>微信扫一扫<br>关注该公众号</p>
</div>
</div>
</div>
<div class="profile_inner" id="js_profile_card">
<strong class="profile_nickname">{ACCOUNT}</strong>
<p class="profile_meta"><label class="profile_meta_label">微信号</label><span class="profile_meta_value">wzfy_wx</span></p>
<p class="profile_meta"><label class="profile_meta_label">功能介绍</label><span class="profile_meta_value">温州市中级人民法院官方微信，发布法院动态、审判执行信息、诉讼服务指南。</span></p>
</div>
<div id="js_cmt_area" class="discuss_container">
<div class="discuss_container_inner">
<div class="mod_title_context_primary"><strong class="mod_title">留言</strong></div>
<div class="js_cmt_input_area"><span class="discuss_write_btn">写留言</span></div>
<p class="discuss_empty_tips" id="js_cmt_empty">暂无留言</p>
<div class="discuss_more">已无更多数据</div>
</div>
</div>
</div>
</div>
</div>
<div id="js_pc_weapp_code" class="weapp_code_pc_outer" style="display: none;"><p>微信扫一扫<br>使用小程序</p></div>
<div class="wx_expand_article" id="js_expand_article" style="display: none;"><span>微信扫一扫可打开此内容，<br>使用完整服务</span></div>
<div id="unlogin_bottom_bar" style="display: none;"><span>取消</span><span>允许</span></div>
<div class="weui-dialog__wrp" style="display: none;">
<div class="weui-dialog"><div class="weui-dialog__bd">：，。视频小程序赞，轻点两下取消赞在看，轻点两下取消在看分享留言收藏听过</div></div>
</div>
</div>
<script type="text/javascript">
  window.__second_open__ = false;
  document.getElementById('js_content').style.visibility = 'visible';
</script>
<script type="text/javascript" src="{FILES}/appmsg_new.js"></script>
</body></html>
"""


def reading_text() -> str:
    lines = [PAGE_TITLE, f"{ACCOUNT} {PUBLISH} 浙江", INTRO, "· 要点全文 ·", DOC_TITLE, PREAMBLE]
    for block in BODY:
        if block[0] == "h":
            lines.append(block[1] + block[2])
        else:
            lines.append(f"{block[1]}.{block[2]}{block[3]}")
    lines += [CLOSING, SIGNATURE, SIGN_DATE, SOURCE_LINE, EDITOR_LINE, "往期推荐"]
    lines += [title for _, title in RECOMMENDED]
    lines += ["长按识别二维码关注我们", "阅读原文", "阅读 3026", "在看", "分享"]
    return "\n".join(lines) + "\n"


def main(argv: list[str]) -> int:
    if len(argv) == 3 and argv[1] == "--text":
        Path(argv[2]).write_text(reading_text(), encoding="utf-8")
        return 0
    if len(argv) != 2:
        print(__doc__.split("\n\n")[1], file=sys.stderr)
        return 2
    Path(argv[1]).write_bytes(page().encode("utf-8"))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
