# ruff: noqa: E501  (the page's paragraphs are kept one per line)
"""Build the HTML test document of a joint implementing opinion of four provincial 政法 bodies, as a provincial
government portal publishes it (UTF-8, HTML5).

Run from the repository root:

    .venv/bin/python tests/documents/generators/html_joint_opinion.py tests/documents/hubei-2024-lianhe-yijian.html \
        tests/documents/sources/hubei-2024-lianhe-yijian.html.txt

The first command-line argument is the output path (required). The optional second argument (also accepted as
`--text PATH`) is where the plain text of the document is written: the article only, one paragraph a line, in
reading order, without the site around it. The output is deterministic: the page is one static string (no dates,
counters or random ids computed at build time), written as UTF-8 without a BOM and with LF line ends, so a rebuild
is byte-identical. Needs only the standard library.

Content: fictional, but real bodies, courts, places and national documents: 湖北省高级人民法院、湖北省人民检察院、
湖北省公安厅、湖北省司法厅's joint 关于深入推进刑事案件认罪认罚从宽制度和速裁程序改革的实施意见
(鄂高法发〔2024〕17号), the kind of 联合发文 the four provincial bodies issue to carry out the national
《关于适用认罪认罚从宽制度的指导意见》 (两高三部, 2019) and the Criminal Procedure Law's 速裁程序.

What real-world layout it imitates: the article page of a provincial government portal (the 湖北省人民政府门户网站
templates on the national 政府网站集约化 platform), where documents of other provincial bodies are reposted under
政务公开 > 政策文件 > 其他文件, as a browser "Save page as… HTML only" writes it:

- HTML5, `<meta charset="utf-8">`, the platform's article meta tags (SiteName, ColumnName, ArticleTitle, PubDate,
  ContentSource), CSS and scripts linked from the portal, a top bar (无障碍 / 长者模式 / 繁體 / English), the
  header with the portal logo and search, and a navigation bar of <ul>/<li> menus;
- the breadcrumb 您当前所在位置：首页 > 政务公开 > 政策文件 > 其他文件;
- the 政府信息公开 metadata box, a <table> of 索引号 / 主题分类 / 发文机关 / 成文日期 / 标题 / 发文字号 /
  发布日期 (the 发文机关 cell lists the four issuers; 成文日期 is the signature date, 发布日期 a week later);
- the article title in <h1> (the long form with the four issuers in front, as the portal's editors write it),
  the info line 来源：湖北省高级人民法院 发布时间：… 【字体：大 中 小】 and a 分享到 bar above the body;
- the body (div.article-content.TRS_Editor) as the portal's editor leaves a Word file pasted into it: the
  document number line 鄂高法发〔2024〕17号 centred, the document's own short title 关于…的实施意见 centred in
  <strong>, a preamble, then sections 一、 … 八、 in 黑体 <strong> on lines of their own (一、总体要求 has
  plain paragraphs only), work points （一） （二） … numbered afresh in each section, each one paragraph whose
  first sentence is a bold lead (mostly label and lead in one <strong>, some with the label in a <strong> of its
  own, some with only the lead bold and the label plain, a few wrapped in a 仿宋 <span> left by pasting, some
  quotation marks written as &ldquo;/&rdquo;); a closing paragraph 本意见自印发之日起施行…; then the four
  issuers each on a right-aligned line of their own, and the date under them;
- below the body, outside the document: 【打印本页】【关闭窗口】, the 相关解读 link, the 分享到 row again, the
  footer with 主办/承办, 网站标识码, the ICP 备案号, the 公网安备 number, and the inline scripts.
"""

from __future__ import annotations

import sys
from html import escape
from pathlib import Path

SITE = "https://www.hubei.gov.cn"
ISSUERS = ["湖北省高级人民法院", "湖北省人民检察院", "湖北省公安厅", "湖北省司法厅"]
DOC_TITLE = "关于深入推进刑事案件认罪认罚从宽制度和速裁程序改革的实施意见"
PAGE_TITLE = " ".join(ISSUERS) + DOC_TITLE
DOCNO = "鄂高法发〔2024〕17号"
SIGN_DATE = "2024年9月12日"

# The article, paragraph by paragraph: (kind, text, style).
# kinds: docno, title, p (preamble and 总体要求 paragraphs), h1 (一、), item (a work point), close, sign, date.
# styles for item: "bold" (label and lead in one <strong>), "bold2" (label and lead in two <strong>),
# "lead" (label plain, lead in <strong>), "span" (bold label and lead, the paragraph inside a 仿宋 <span>),
# "ent" (as bold, quotation marks written as &ldquo; &rdquo;).
ARTICLE: list[tuple[str, str, str]] = [
    ("docno", DOCNO, ""),
    ("title", DOC_TITLE, ""),
    (
        "p",
        "为深入贯彻落实《中华人民共和国刑事诉讼法》和最高人民法院、最高人民检察院、公安部、国家安全部、司法部《关于适用认罪认罚从宽制度的指导意见》，进一步规范认罪认罚从宽制度适用，深化刑事案件速裁程序改革，提升刑事诉讼质量和效率，根据有关法律和司法解释规定，结合我省实际，制定本意见。",
        "",
    ),
    ("h1", "一、总体要求", ""),
    (
        "p",
        "坚持以习近平新时代中国特色社会主义思想为指导，深入贯彻党的二十大和二十届三中全会精神，全面贯彻习近平法治思想，认真落实省委关于建设更高水平法治湖北、平安湖北的部署要求，坚持宽严相济、罪刑法定、证据裁判和程序公正，推动认罪认罚从宽制度全面、准确、规范适用，构建繁简分流、轻重分离、快慢分道的刑事诉讼格局。",
        "",
    ),
    (
        "p",
        "到2025年底，全省刑事案件认罪认罚从宽制度适用率稳定在85%以上，量刑建议采纳率保持在95%以上，基层人民法院速裁程序适用率达到40%以上，认罪认罚案件上诉率、抗诉率保持在合理区间，值班律师在看守所、人民法院实现全覆盖。",
        "",
    ),
    ("h1", "二、准确把握认罪认罚从宽制度适用原则和范围", ""),
    (
        "item",
        "（一）坚持依法全面适用。认罪认罚从宽制度贯穿刑事诉讼全过程，适用于侦查、审查起诉、审判各个阶段，没有适用罪名和可能判处刑罚的限定。各级公安机关、检察机关和审判机关对所有刑事案件均应当告知犯罪嫌疑人、被告人享有的诉讼权利和认罪认罚的法律规定，不得因罪轻、罪重或者罪名特殊等原因剥夺其自愿认罪认罚获得从宽处理的机会。",
        "bold",
    ),
    (
        "item",
        "（二）准确认定“认罪”和“认罚”。严格按照《关于适用认罪认罚从宽制度的指导意见》规定的标准，犯罪嫌疑人、被告人自愿如实供述自己的罪行，对指控的犯罪事实没有异议的，应当认定为“认罪”；真诚悔罪，愿意接受处罚的，应当认定为“认罚”。对仅对个别细节有异议，或者对行为性质的辩解不影响认罪认定的，不影响认罪认罚从宽制度的适用。",
        "ent",
    ),
    (
        "item",
        "（三）区分情形把握从宽幅度。贯彻宽严相济刑事政策，建立认罪阶段与从宽幅度相挂钩的“阶梯式”从宽量刑机制，在侦查阶段认罪认罚的从宽幅度一般大于审查起诉阶段，审查起诉阶段一般大于审判阶段。量刑时应当同时严格执行《最高人民法院 最高人民检察院关于常见犯罪的量刑指导意见（试行）》，确保罪责刑相适应。",
        "bold",
    ),
    (
        "item",
        "（四）依法审慎办理特殊案件。对犯罪性质恶劣、犯罪手段残忍、社会危害严重的犯罪嫌疑人、被告人，认罪认罚不足以从轻处罚的，依法不予从宽。办理未成年人认罪认罚案件，应当落实未成年人法定代理人到场制度和社会调查制度，未成年犯罪嫌疑人的法定代理人、辩护人对认罪认罚有异议的，不需要签署认罪认罚具结书。",
        "bold2",
    ),
    (
        "item",
        "（五）依法准确适用强制措施。对认罪认罚、没有社会危险性的犯罪嫌疑人、被告人，依法优先适用取保候审等非羁押强制措施，切实降低审前羁押率。推动建立全省统一的非羁押人员数字监管平台，在武汉、宜昌、襄阳等地推广“非羁码”电子监管手段，确保非羁押人员随传随到。",
        "lead",
    ),
    ("h1", "三、充分保障犯罪嫌疑人、被告人诉讼权利", ""),
    (
        "item",
        "（一）健全值班律师制度。各级司法行政机关应当在人民法院和看守所全面设立法律援助工作站，派驻值班律师，为没有辩护人的犯罪嫌疑人、被告人提供法律帮助。省司法厅统筹建立全省值班律师名册和轮值排班制度，对偏远地区、少数民族地区实行跨市州调配。",
        "bold",
    ),
    (
        "item",
        "（二）保障值班律师依法履职。严格执行《法律援助值班律师工作办法》，值班律师可以会见犯罪嫌疑人、被告人，自案件移送审查起诉之日起可以查阅案卷材料、了解案情。看守所应当为值班律师会见提供便利，检察机关听取意见时应当为值班律师提供必要的时间和场所，不得以签署具结书代替听取意见。",
        "bold",
    ),
    (
        "item",
        "（三）深化刑事案件律师辩护全覆盖。巩固审判阶段律师辩护全覆盖成果，支持武汉、宜昌、十堰开展审查起诉阶段律师辩护全覆盖试点，对可能判处三年有期徒刑以上刑罚的认罪认罚案件，被告人没有委托辩护人的，由法律援助机构指派律师为其提供辩护。",
        "span",
    ),
    (
        "item",
        "（四）提升法律帮助质量。建立值班律师法律帮助质量评估机制，由湖北省法律援助中心会同省律师协会制定值班律师履职服务规范，将值班律师提供法律帮助情况纳入律师年度考核，对敷衍塞责、流于形式的及时调整出名册。",
        "bold",
    ),
    (
        "item",
        "（五）依法保障被害方权益。办理认罪认罚案件，应当听取被害人及其诉讼代理人的意见，并将犯罪嫌疑人、被告人是否与被害方达成和解协议、调解协议或者赔偿被害方损失作为从宽的重要考虑因素。推广刑事和解与人民调解衔接机制，支持恩施州、神农架林区结合山区、林区实际，探索轻微刑事案件“和解+速裁”办理模式。",
        "bold",
    ),
    ("h1", "四、规范量刑建议和量刑协商", ""),
    (
        "item",
        "（一）完善量刑建议制度。检察机关办理认罪认罚案件，一般应当提出确定刑量刑建议；对新类型、不常见犯罪案件以及量刑情节复杂的重罪案件，可以提出幅度刑量刑建议。严格执行《关于规范量刑程序若干问题的意见》，由省检察院会同省法院制定常见罪名量刑建议指引，统一全省量刑建议标准。",
        "bold",
    ),
    (
        "item",
        "（二）规范量刑协商程序。检察机关提出量刑建议前，应当充分听取犯罪嫌疑人、辩护人或者值班律师的意见，尽量协商一致。支持武汉、襄阳两地检察机关试行量刑协商同步录音录像制度，完整记录控辩双方协商过程，录音录像随案移送。",
        "bold2",
    ),
    (
        "item",
        "（三）依法审查采纳量刑建议。人民法院应当依照《最高人民法院关于适用〈中华人民共和国刑事诉讼法〉的解释》对认罪认罚的自愿性和具结书内容的真实性、合法性进行审查，依法作出判决时，一般应当采纳检察机关指控的罪名和量刑建议。建立量刑建议采纳情况季度通报机制，由省法院、省检察院定期会商量刑建议不被采纳的案件。",
        "bold",
    ),
    (
        "item",
        "（四）妥善处理被告人反悔上诉。被告人认罪认罚后以量刑过重为由提出上诉，且无新事实、新证据的，二审法院可以依法不开庭审理。由武汉中院、宜昌市中级人民法院牵头，对认罪认罚案件“无正当理由上诉”情况开展专项调研，提出统一处理意见。",
        "ent",
    ),
    ("h1", "五、深化刑事案件速裁程序改革", ""),
    (
        "item",
        "（一）扩大速裁程序适用范围。基层人民法院管辖的可能判处三年有期徒刑以下刑罚的案件，案件事实清楚，证据确实、充分，被告人认罪认罚并同意适用速裁程序的，依照《中华人民共和国刑事诉讼法》第二百二十二条的规定，可以适用速裁程序，由审判员一人独任审判。",
        "bold",
    ),
    (
        "item",
        "（二）探索轻微刑事案件全流程快速办理。对危险驾驶、盗窃、轻伤害等案情简单的轻微刑事案件，公安机关、检察机关和人民法院分别在48小时内完成侦查终结移送审查起诉、审查起诉和审理裁判。支持江汉区法院、西陵区法院、樊城区法院会同同级检察机关、公安机关开展轻微刑事案件快速办理试点，逐步形成“48小时”全流程快速办理机制。",
        "bold",
    ),
    (
        "item",
        "（三）简化速裁案件审理程序。适用速裁程序审理的案件，不受刑事诉讼法规定的送达期限限制，一般不进行法庭调查、法庭辩论，但在判决宣告前应当听取辩护人的意见和被告人的最后陈述意见。推行集中移送、集中起诉、集中审理、集中宣判的“四集中”办案模式，当庭宣判率应当达到95%以上。",
        "lead",
    ),
    (
        "item",
        "（四）推行“刑拘直诉”办案机制。对犯罪嫌疑人被刑事拘留后认罪认罚、可能适用速裁程序的案件，公安机关在拘留期限内完成侦查取证并移送审查起诉，检察机关、人民法院依法快速办理。总结推广十堰法院在看守所内设立速裁法庭的经验做法，实现“一站式”快速办理。",
        "ent",
    ),
    (
        "item",
        "（五）推进速裁案件远程视频开庭。建立覆盖全省看守所的远程视频庭审平台，对在押被告人的速裁案件一般采取远程视频方式开庭。省高院会同省公安厅制定《湖北省刑事案件远程视频庭审工作规范（试行）》，规范远程提讯、远程庭审和电子签名等事项。",
        "bold",
    ),
    (
        "item",
        "（六）健全速裁程序转换衔接机制。在审理过程中，发现被告人的行为可能不构成犯罪、被告人违背意愿认罪认罚或者否认指控的犯罪事实等不宜适用速裁程序情形的，应当转为简易程序审理；不宜适用简易程序的，依法另行组成合议庭审理。",
        "bold",
    ),
    ("h1", "六、加强协作配合和监督制约", ""),
    (
        "item",
        "（一）健全认罪认罚案件协作配合机制。省法院、省检察院、省公安厅、省司法厅建立认罪认罚从宽制度适用联席会议制度，每半年召开一次会议，通报工作情况，研究解决法律适用和工作衔接中的突出问题。各市、州、县（市、区）政法单位参照建立相应工作机制。",
        "bold",
    ),
    (
        "item",
        "（二）强化检察机关法律监督。检察机关应当加强对认罪认罚案件侦查活动、审判活动的法律监督，建立认罪认罚案件办案廉政风险防控机制，对量刑建议的提出、调整实行逐级审批、全程记录，严防“花钱买刑”“以权谋宽”。",
        "bold",
    ),
    (
        "item",
        "（三）规范侦查阶段认罪认罚工作。各级公安机关在侦查阶段应当告知犯罪嫌疑人享有的诉讼权利和认罪认罚可能导致的法律后果，听取其意见，记录在案并随案移送。省公安厅制定公安机关办理认罪认罚案件工作细则，明确侦查阶段认罪认罚的认定和移送要求。",
        "lead",
    ),
    (
        "item",
        "（四）加强社区矫正衔接。依照《中华人民共和国社区矫正法》，对拟适用社区矫正的认罪认罚案件，可以委托社区矫正机构进行调查评估，社区矫正机构一般应当在五个工作日内完成。各级司法行政机关要健全调查评估与速裁程序衔接机制，确保速裁案件办理期限不受影响。",
        "bold",
    ),
    (
        "item",
        "（五）建立认罪认罚案件质量评查制度。省法院、省检察院每年联合开展一次认罪认罚案件质量评查，重点评查认罪认罚的自愿性、具结书签署的合法性和量刑建议的适当性，对上诉率、抗诉率、改判率明显偏高的地区进行重点督导。",
        "bold2",
    ),
    ("h1", "七、推进信息化建设和跨区域协作", ""),
    (
        "item",
        "（一）推进湖北省政法跨部门大数据办案平台建设。依托该平台实现认罪认罚案件网上移送、网上受理、网上流转。支持襄阳、宜昌先行先试，开展认罪认罚案件电子卷宗单轨制办理试点，逐步在全省推开。",
        "bold",
    ),
    (
        "item",
        "（二）推广具结书电子签署。在看守所推行认罪认罚具结书电子签名、电子指纹捺印，推动建立认罪认罚具结书电子签署和在线见证机制，值班律师可以通过远程视频方式在场见证签署。",
        "bold",
    ),
    (
        "item",
        "（三）加强跨区域司法协作。依托长江中游城市群和武汉都市圈司法协作机制，推动与湖南、江西相关政法单位建立异地羁押犯罪嫌疑人认罪认罚案件远程见证、视频提讯协作机制，提升跨省案件办理效率。",
        "span",
    ),
    ("h1", "八、强化组织保障", ""),
    (
        "item",
        "（一）加强组织领导。各级政法单位要在省委政法委统一领导下，把认罪认罚从宽制度和速裁程序改革作为深化政法领域改革的重要内容，纳入平安湖北、法治湖北建设考评体系，主要负责同志要亲自研究部署、协调推进。",
        "bold",
    ),
    (
        "item",
        "（二）加强业务指导和培训。省法院、省检察院、省公安厅、省司法厅要联合开展认罪认罚案件办理业务培训，定期联合发布典型案例。确定武汉中院、襄阳中院、十堰中院、恩施州中院为全省认罪认罚案件审判业务指导联系点，及时编发湖北法院认罪认罚案件参考案例。",
        "lead",
    ),
    (
        "item",
        "（三）加强督促检查和宣传引导。各级政法单位要加强对本意见落实情况的督促检查，及时总结推广宜昌、襄阳等地法院的经验做法。省司法厅要会同省律师协会加强对值班律师的业务指导，通过多种形式宣传认罪认罚从宽制度，营造良好社会氛围。",
        "bold",
    ),
    (
        "close",
        "本意见自印发之日起施行。此前有关规定与本意见不一致的，以本意见为准。执行中遇到的问题，请及时报告省法院、省检察院、省公安厅、省司法厅。",
        "",
    ),
    *[("sign", name, "") for name in ISSUERS],
    ("date", SIGN_DATE, ""),
]

NAV = ["首页", "要闻动态", "政务公开", "政务服务", "互动交流", "数据发布", "走进湖北"]
META_BOX = [
    ("索引号", "011043028/2024-09876"),
    ("主题分类", "公安、安全、司法"),
    ("发文机关", "\u3000".join(ISSUERS)),
    ("成文日期", "2024-09-12"),
    ("标题", PAGE_TITLE),
    ("发文字号", DOCNO),
    ("发布日期", "2024-09-20"),
]
RELATED = ("/zfwj/qtwj/202409/t20240920_5321188.shtml", "一图读懂：我省深入推进认罪认罚从宽制度和速裁程序改革")


def quotes_as_entities(text: str) -> str:
    return text.replace("“", "&ldquo;").replace("”", "&rdquo;")


def split_lead(text: str) -> tuple[str, str, str]:
    """(label, lead sentence with its 。, rest) of a work point."""
    close = text.index("）") + 1
    end = text.index("。") + 1
    return text[:close], text[close:end], text[end:]


def paragraph(kind: str, text: str, style: str) -> str:
    text = escape(text, quote=False)
    if kind == "docno":
        return f'<p style="text-align:center;"><span style="font-family:仿宋_GB2312;">{text}</span></p>\n<p><br/></p>'
    if kind == "title":
        return (
            '<p style="text-align:center;"><strong><span style="font-family:方正小标宋简体,宋体;font-size:22px;">'
            f"{text}</span></strong></p>\n<p><br/></p>"
        )
    if kind == "h1":
        return f'<p style="text-indent:2em;"><strong><span style="font-family:黑体;">{text}</span></strong></p>'
    if kind in ("p", "close"):
        return f'<p style="text-indent:2em;">{text}</p>'
    if kind == "sign":
        return f'<p style="text-align:right;">{text}&nbsp;&nbsp;&nbsp;&nbsp;</p>'
    if kind == "date":
        return f'<p style="text-align:right;">{text}&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;</p>'
    label, lead, rest = split_lead(text)
    if style == "bold":
        return f'<p style="text-indent:2em;"><strong>{label}{lead}</strong>{rest}</p>'
    if style == "ent":
        return f'<p style="text-indent:2em;"><strong>{label}{quotes_as_entities(lead)}</strong>{quotes_as_entities(rest)}</p>'
    if style == "bold2":
        return f'<p style="text-indent:2em;"><strong>{label}</strong><strong>{lead}</strong>{rest}</p>'
    if style == "lead":
        return f'<p style="text-indent:2em;">{label}<strong>{lead}</strong>{rest}</p>'
    if style == "span":
        return (
            '<p style="text-indent:2em;"><span style="font-family:仿宋_GB2312;font-size:16pt;">'
            f"<strong>{label}{lead}</strong>{rest}</span></p>"
        )
    raise ValueError(style)


def article_html() -> str:
    out = []
    for i, (kind, text, style) in enumerate(ARTICLE):
        if kind == "sign" and ARTICLE[i - 1][0] != "sign":
            out.append("<p><br/></p>\n<p><br/></p>")
        out.append(paragraph(kind, text, style))
    return "\n".join(out)


def nav_html() -> str:
    out = []
    for i, name in enumerate(NAV):
        href = f"{SITE}/" if i == 0 else f"{SITE}/col{i:02d}/"
        cls = ' class="active"' if name == "政务公开" else ""
        out.append(f'<li{cls}><a href="{href}">{name}</a></li>')
    return "\n".join(out)


def meta_box_html() -> str:
    cells = []
    for name, value in META_BOX:
        cells.append(f"<tr><th>{name}：</th><td>{escape(value, quote=False)}</td></tr>")
    return '<table class="xxgk-meta" cellspacing="0" cellpadding="0">\n' + "\n".join(cells) + "\n</table>"


def share_html() -> str:
    return (
        '<div class="bdsharebuttonbox">分享到：<a href="javascript:;" class="bds_weixin" title="分享到微信">微信</a>'
        ' <a href="javascript:;" class="bds_tsina" title="分享到新浪微博">微博</a>'
        ' <a href="javascript:;" class="bds_qzone" title="分享到QQ空间">QQ空间</a></div>'
    )


def page_html() -> str:
    return f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>{PAGE_TITLE}_其他文件_湖北省人民政府门户网站</title>
<meta name="SiteName" content="湖北省人民政府门户网站">
<meta name="SiteDomain" content="www.hubei.gov.cn">
<meta name="SiteIDCode" content="4200000064">
<meta name="ColumnName" content="其他文件">
<meta name="ColumnType" content="政策文件">
<meta name="ArticleTitle" content="{PAGE_TITLE}">
<meta name="PubDate" content="2024-09-20 10:16">
<meta name="ContentSource" content="湖北省高级人民法院">
<meta name="Keywords" content="认罪认罚从宽制度,速裁程序,实施意见">
<link rel="stylesheet" href="{SITE}/r/cms/www/default/css/common.css">
<link rel="stylesheet" href="{SITE}/r/cms/www/default/css/article.css">
<script src="{SITE}/r/cms/www/default/js/jquery.min.js"></script>
</head>
<body>
<div class="top-bar"><div class="container">
<span class="welcome">欢迎访问湖北省人民政府门户网站</span>
<span class="tools"><a href="javascript:;" id="wza">无障碍</a> | <a href="javascript:;" id="zlb">长者模式</a> | <a href="javascript:;" id="fjt">繁體</a> | <a href="http://en.hubei.gov.cn/">English</a></span>
</div></div>
<div class="header"><div class="container">
<a class="logo" href="{SITE}/"><img src="{SITE}/r/cms/www/default/images/logo.png" alt="湖北省人民政府门户网站"></a>
<form class="search" action="{SITE}/so/" method="get"><input type="text" name="q" placeholder="请输入关键词"><button type="submit">搜索</button></form>
</div></div>
<div class="nav"><div class="container"><ul>
{nav_html()}
</ul></div></div>
<div class="main container">
<div class="position">您当前所在位置：<a href="{SITE}/">首页</a> &gt; <a href="{SITE}/zwgk/">政务公开</a> &gt; <a href="{SITE}/zfwj/">政策文件</a> &gt; <a href="{SITE}/zfwj/qtwj/">其他文件</a></div>
{meta_box_html()}
<div class="article">
<h1 class="article-title">{PAGE_TITLE}</h1>
<div class="article-info">
<span>来源：湖北省高级人民法院</span>
<span>发布时间：2024-09-20 10:16</span>
<span class="font">【字体：<a href="javascript:doZoom(18);">大</a> <a href="javascript:doZoom(16);">中</a> <a href="javascript:doZoom(14);">小</a>】</span>
{share_html()}
</div>
<div class="article-content TRS_Editor" id="zoom">
{article_html()}
</div>
<div class="article-tools"><a href="javascript:window.print();">【打印本页】</a> <a href="javascript:window.close();">【关闭窗口】</a></div>
<div class="related"><p>相关解读：<a href="{SITE}{RELATED[0]}" target="_blank">{RELATED[1]}</a></p></div>
{share_html()}
</div>
</div>
<div class="footer"><div class="container">
<p>主办：湖北省人民政府办公厅&nbsp;&nbsp;承办：湖北省政务管理办公室</p>
<p>网站标识码：4200000064&nbsp;&nbsp;<a href="https://beian.miit.gov.cn/" target="_blank">鄂ICP备05003315号</a>&nbsp;&nbsp;<img src="{SITE}/r/cms/www/default/images/ga.png" alt="">鄂公网安备 42010602000206号</p>
<p>联系我们：027-87235081&nbsp;&nbsp;地址：武汉市武昌区洪山路1号</p>
</div></div>
<script>
function doZoom(s){{$('#zoom p,#zoom span').css('font-size',s+'px');}}
</script>
<script src="{SITE}/r/cms/www/default/js/share.js"></script>
</body>
</html>
"""


def plain_text() -> str:
    return "\n".join(text for _kind, text, _style in ARTICLE) + "\n"


def main(argv: list[str]) -> int:
    args = [a for a in argv[1:] if a != "--text"]
    if not args:
        print(__doc__)
        return 2
    out = Path(args[0])
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_bytes(page_html().encode("utf-8"))
    if len(args) > 1:
        Path(args[1]).parent.mkdir(parents=True, exist_ok=True)
        Path(args[1]).write_bytes(plain_text().encode("utf-8"))
    print(out)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
