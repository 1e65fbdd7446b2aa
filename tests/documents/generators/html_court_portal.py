# ruff: noqa: E501  (the page's paragraphs are kept one per line)
"""Build the HTML test document of a cross-region railway court's portal article page (UTF-8, HTML5).

Run from the repository root:

    .venv/bin/python tests/documents/generators/html_court_portal.py tests/documents/xatielu-2024-gongzuo-yaodian.html

The first command-line argument is the output path (required). The output is deterministic: the page is
one static string (no dates, counters or random ids computed at build time), written as UTF-8 without a
BOM and with LF line ends, so a rebuild without changes is byte-identical. Needs only the standard library.
With `--text PATH` as further arguments it also writes the plain text of the article (one paragraph a line)
to PATH, which is how xatielu-2024-gongzuo-yaodian.source.txt was made.

Content: fictional, but real court, courts, places and national reform vocabulary: 西安铁路运输中级法院's
2024 work points on deepening the reform of courts across administrative regions (2024年深化跨行政区划法院
改革工作要点), issued by a 通知. 西安铁路运输中级法院 is one of the railway intermediate courts turned into
cross-region courts: it hears the administrative cases of 西安 centrally (with 西安铁路运输法院 at first
instance) and, by the provincial High Court's assignment, environmental-resource cases of the 秦岭 region;
its base courts are the 西安, 宝鸡, 延安 and 安康 railway transport courts.

What real-world layout it imitates: the article page of a modern Chinese court portal built on a
government-site CMS (the TRS/WCM or 大汉 templates most court and 政务 sites moved to after 2018), as a browser
"Save page as… HTML only" writes it:

- HTML5, `<meta charset="utf-8">`, TRS-style article meta tags (ArticleTitle, PubDate, ContentSource), CSS
  and jQuery linked from /static/, a top bar (无障碍浏览 / 长者模式), the header with logo and site search,
  and a navigation bar of <ul>/<li> menus with drop-down sub-menus (法院概况, 新闻中心, 司法改革, 审务公开,
  行政审判, 环境资源审判, 诉讼服务 …);
- the breadcrumb 当前位置：首页 > 司法改革 > 改革文件, the article title in <h1>, and the info line
  发布时间：… 来源：研究室 浏览次数：… 【字号：大 中 小】, where the hit count is a placeholder that a script fills;
- the body (div#zoom.article-content) as the rich-text editor (UEditor) leaves it: a 通知 (document number,
  addressees, one paragraph) and then the work points it issues (title, preamble, sections 一、 in <strong>,
  points （一） （二） … numbered afresh in each section, a last section of plain paragraphs), most paragraphs
  <p style="text-indent:2em;">, some indented with four &nbsp; instead (pasted from Word), some with their
  first sentence in <strong> (a few with the number in a <strong> of its own), some wrapped in a
  <span style="font-family:仿宋_GB2312"> left by pasting, a few quotation marks written as &ldquo;/&rdquo;,
  one work point running over two <p>; then the signature and date right-aligned, 抄送 and 印发 lines;
- below the body, outside the document: a 附件 list of download links (.docx, .xlsx), the 分享到 row
  (微信, 微博, QQ空间), 【打印本页】【关闭窗口】, 上一篇/下一篇 links, and the footer with 主办/版权所有,
  the ICP 备案号, the 公网安备 number, address and telephone, plus the small inline scripts such portals end with.
"""

from __future__ import annotations

import sys
from html import escape
from pathlib import Path

SITE = "https://xatlzy.sxfywcourt.gov.cn"
PAGE_TITLE = "西安铁路运输中级法院关于印发《西安铁路运输中级法院2024年深化跨行政区划法院改革工作要点》的通知"
PLAN_TITLE = "西安铁路运输中级法院2024年深化跨行政区划法院改革工作要点"

# The article, paragraph by paragraph: (kind, text, style).
# kinds: docno, to, p (cover or preamble), title (the plan's title), h1 (一、), item (a work point's first
# paragraph), cont (a further paragraph of the work point before it), close (paragraphs of the last section),
# sign, date, cc (抄送), issued (印发 line).
# styles for item/cont/p/close: "indent" (<p style="text-indent:2em;">), "nbsp" (four &nbsp;, no style),
# "bold" (label and first sentence in one <strong>), "bold2" (label and first sentence in two <strong>),
# "span" (inside a 仿宋 <span>), "ent" (indent, quotation marks as &ldquo; &rdquo;).
ARTICLE: list[tuple[str, str, str]] = [
    ("docno", "西铁中法〔2024〕11号", ""),
    ("to", "西安、宝鸡、延安、安康铁路运输法院，本院各部门：", ""),
    (
        "p",
        "现将《西安铁路运输中级法院2024年深化跨行政区划法院改革工作要点》印发给你们，请结合工作实际，认真抓好贯彻落实。贯彻落实中遇到的重要情况和问题，请及时报告本院司法改革办公室。",
        "indent",
    ),
    ("title", PLAN_TITLE, ""),
    (
        "p",
        "2024年是中华人民共和国成立75周年，是实现“十四五”规划目标任务的关键一年。本院及辖区铁路运输法院要坚持以习近平新时代中国特色社会主义思想为指导，深入贯彻党的二十大精神和习近平法治思想，认真落实最高人民法院、省法院关于深化司法体制综合配套改革的部署，立足跨行政区划法院职能定位，以集中管辖行政案件和环境资源案件为重点，着力构建普通案件在行政区划法院审理、特殊案件在跨行政区划法院审理的诉讼格局，为谱写陕西高质量发展新篇章提供有力司法服务和保障。现结合本院实际，提出如下工作要点。",
        "indent",
    ),
    ("h1", "一、健全跨行政区划案件集中管辖机制", ""),
    (
        "item",
        "（一）完善跨行政区划案件管辖制度。配合陕西高院研究调整本院及辖区铁路运输法院集中管辖案件的范围，推动将涉西安市未央区、雁塔区国有土地上房屋征收补偿的一审行政案件统一纳入西安铁路运输法院管辖。建立集中管辖案件管辖争议协调机制，对管辖不明的案件由本院指定管辖，必要时报请省法院指定管辖。",
        "bold",
    ),
    (
        "item",
        "（二）规范集中管辖案件立案和移送工作。制定《集中管辖行政案件立案审查指引》，明确西安铁路运输法院与辖区基层人民法院之间的案件移送标准、卷宗交接方式和办理期限。对依法移送的案件，受移送法院不得再自行移送；确有争议的，报本院协调。",
        "indent",
    ),
    (
        "item",
        "（三）深化行政案件集中管辖改革。全面评估集中管辖改革实施成效，会同西安中院建立集中管辖行政案件审判工作联席会议制度，每半年通报一次行政机关败诉和负责人出庭应诉情况。对新城区、碑林区、莲湖区等辖区内易引发群体性行政争议的案件，及时向属地党委、政府通报风险，推动矛盾纠纷在属地实质化解。",
        "indent",
    ),
    (
        "item",
        "（四）完善铁路运输案件专门管辖机制。依法审理铁路旅客运输、货物运输合同纠纷和中欧班列“长安号”国际铁路联运纠纷，研究调整宝鸡铁路运输法院、延安铁路运输法院、安康铁路运输法院集中管辖案件的地域范围，报省法院决定后实施。会同西安铁路运输检察院、西安铁路公安局建立涉铁刑事案件信息通报机制。",
        "ent",
    ),
    (
        "item",
        "（五）健全与行政区划适当分离的司法管辖制度。严格落实防止干预司法“三个规定”，对领导干部干预集中管辖案件、司法机关内部人员过问案件的情况全面如实记录。探索建立集中管辖案件异地审理机制，对以本院所在地党政机关为被告的重大案件，依法报请上级法院指定其他法院审理。",
        "nbsp",
    ),
    (
        "item",
        "（六）深化跨区域司法协作。会同宝鸡中院、安康中院建立集中管辖案件送达、保全和执行协作机制，推动形成集中管辖法院与属地法院分工负责、协调配合的工作格局。",
        "indent",
    ),
    ("h1", "二、深化行政审判体制机制改革", ""),
    (
        "item",
        "（一）推进行政争议实质性化解。推动建立行政争议诉前和解机制，依托西安铁路运输法院行政争议调解中心，对房屋征收、工伤认定、社会保障等类型案件开展诉前和解和审前协调。支持西安铁路运输法院在行政争议诉前和解方面先行先试，对和解成功的案件依当事人申请准许撤诉或者出具行政调解书。",
        "bold",
    ),
    (
        "item",
        "（二）健全行政审判与行政执法良性互动机制。会同西安市司法局建立行政机关负责人出庭应诉季度通报制度，推动被诉行政机关负责人“出庭、出声、出彩”。每年发布行政审判白皮书，对市自然资源和规划局、市住房和城乡建设局等败诉案件较多的单位开展专题反馈，促进依法行政。",
        "indent",
    ),
    (
        "item",
        "（三）深化行政案件繁简分流改革。在西安铁路运输法院开展行政案件速裁试点，对政府信息公开、不履行法定职责等事实清楚、争议不大的案件适用简易程序，实行集中立案、集中排期、集中审理。",
        "span",
    ),
    (
        "item",
        "（四）规范非诉行政执行案件审查。推行“裁执分离”模式，对征收补偿决定等非诉执行申请，经审查裁定准予执行的，由作出决定的行政机关组织实施。制定非诉行政执行案件审查工作规程，明确西安铁路运输法院与雁塔法院、长安区法院在非诉行政执行案件移送、协助执行等方面的衔接要求。",
        "ent",
    ),
    (
        "item",
        "（五）加强涉企行政案件审理。健全涉企行政案件快速审理机制，依法审理市场准入、行政许可、行政处罚等涉企行政案件，平等保护各类经营主体合法权益。配合省委政法委开展涉企行政执法突出问题专项监督，助力打造市场化、法治化、国际化一流营商环境。",
        "indent",
    ),
    (
        "item",
        "（六）加强行政审判专业化建设。在本院行政审判庭设立房屋征收、资源环境行政案件专业合议庭，支持西安铁路运输法院组建政府信息公开案件审判团队。联合长安大学共建行政法治与生态保护研究基地，开展集中管辖运行情况实证研究。",
        "nbsp",
    ),
    ("h1", "三、完善环境资源审判专门化体系", ""),
    (
        "item",
        "（一）深化环境资源案件集中管辖改革。按照省法院关于全省环境资源案件集中管辖的部署，本院集中审理秦岭区域西安、宝鸡、渭南、汉中、安康、商洛六市依法应由中级人民法院管辖的第一审环境资源案件。",
        "bold2",
    ),
    (
        "cont",
        "西安铁路运输法院、宝鸡铁路运输法院、安康铁路运输法院分片集中管辖秦岭区域基层环境资源案件，延安铁路运输法院集中管辖陕北地区黄河流域相关县（区）的第一审环境资源案件。",
        "indent",
    ),
    (
        "item",
        "（二）加强秦岭生态环境司法保护。严格贯彻《陕西省秦岭生态环境保护条例》，推动建立秦岭生态环境保护行政执法与司法审判衔接机制，会同省生态环境厅、省林业局建立生态环境案件线索双向移送机制。在太白县、宁陕县设立秦岭生态环境司法保护实践基地，依法适用补植复绿、增殖放流、劳务代偿等方式督促责任人修复受损生态环境。",
        "indent",
    ),
    (
        "item",
        "（三）推进黄河流域生态保护司法协作。支持延安铁路运输法院与山西省吕梁市、临汾市相关法院建立黄河流域跨省环境资源审判协作机制，在联合巡回审判、生态修复监督、异地执行等方面加强协作，共同守护黄河安澜。",
        "indent",
    ),
    (
        "item",
        "（四）规范生态环境损害赔偿案件审理。会同省生态环境厅制定生态环境损害赔偿磋商协议司法确认工作办法，推动建立生态环境修复资金专门账户管理制度和修复效果第三方评估制度，确保修复资金专款专用、修复责任落实到位。对陕西省人民检察院西安铁路运输分院提起的环境民事公益诉讼案件，依法由法官和人民陪审员组成七人合议庭审理。",
        "span",
    ),
    (
        "item",
        "（五）完善环境资源刑事、民事、行政案件“三合一”归口审理机制。由本院环境资源审判庭统一审理集中管辖范围内的环境资源刑事、民事、行政案件，西安铁路运输法院参照执行，统一环境资源案件裁判尺度。",
        "bold",
    ),
    (
        "item",
        "（六）服务保障南水北调中线工程水源地保护。支持安康铁路运输法院建立汉江流域水源地保护巡回审判机制，依法从严惩处非法采砂、非法捕捞、非法排污等犯罪，守护“一江清水供京津”。推动设立汉江流域环境资源司法保护中心。",
        "ent",
    ),
    (
        "item",
        "（七）探索生态环境修复新方式。在宝鸡铁路运输法院试行林业碳汇认购替代性修复机制，对确有修复困难的生态破坏案件，引导责任人通过认购林业碳汇履行生态修复责任。及时总结经验，条件成熟后在辖区铁路运输法院推开。",
        "indent",
    ),
    ("h1", "四、深化司法责任制综合配套改革", ""),
    (
        "item",
        "（一）健全审判监督管理机制。落实最高人民法院《关于规范合议庭运行机制的意见》，制定《西安铁路运输中级法院院庭长审判监督管理权责清单》，明确院庭长对集中管辖重大敏感案件的监督管理职责和方式，监督管理情况一律在办案平台留痕。",
        "indent",
    ),
    (
        "item",
        "（二）健全专业法官会议和审判委员会工作机制。对集中管辖的重大行政案件、新类型环境资源案件，实行专业法官会议先行讨论、审判委员会研究决定的分级过滤程序。探索与西安铁路运输法院共同召开联合专业法官会议，统一两级法院法律适用标准。",
        "indent",
    ),
    (
        "item",
        "（三）深化司法人员分类管理改革。优化员额法官在本院和辖区铁路运输法院之间的配置，推动员额向集中管辖案件数量较多的西安铁路运输法院倾斜。完善法官助理、书记员分类招录和职级晋升机制，试行聘用制书记员集中管理。",
        "nbsp",
    ),
    (
        "item",
        "（四）健全符合跨行政区划法院特点的审判绩效考核体系。修订《西安铁路运输中级法院审判绩效考核办法》，科学设定集中管辖行政案件、环境资源案件的权重系数，将行政争议实质化解率、生态修复执行率纳入考核指标。审管办、司改办每季度通报一次考核结果。",
        "indent",
    ),
    (
        "item",
        "（五）加强法官职业保障。传承弘扬延安精神，坚定走中国特色社会主义法治道路。健全法官依法履职保护机制，对因依法履职受到诬告陷害、不实举报的法官及时澄清正名。深入开展“岗位练兵、业务比武”活动，提升干警办理集中管辖案件的专业能力。",
        "ent",
    ),
    ("h1", "五、深化诉讼服务和诉讼制度改革", ""),
    (
        "item",
        "（一）深化一站式多元解纷和诉讼服务体系建设。各诉讼服务中心全部接入人民法院调解平台，为集中管辖案件当事人提供跨域立案、在线缴费、远程视频调解等服务。与新城区法院、西安市碑林区人民法院共建诉讼服务协作站点，方便当事人就近办理诉讼事务。",
        "indent",
    ),
    (
        "item",
        "（二）依法适用认罪认罚从宽制度。会同西安铁路运输检察院制定涉铁刑事案件量刑建议指引，对盗窃铁路运输物资、危害铁路行车安全等轻微刑事案件依法适用刑事速裁程序。推动建立涉铁轻微刑事案件“快侦、快诉、快审”工作机制，缩短办案周期。",
        "bold",
    ),
    (
        "item",
        "（三）推进诉源治理。会同中国铁路西安局集团有限公司建立铁路旅客运输纠纷诉调对接机制，在西安北站等西安市主要客运站设立涉铁纠纷调解工作室，就地化解旅客运输、行李包裹运输纠纷。",
        "indent",
    ),
    (
        "item",
        "（四）完善人民陪审员参审机制。在集中管辖的环境资源案件中，从具有生态环境、林业等专业知识的人员中选任专家型人民陪审员。会同市司法局完善人民陪审员随机抽选规则，实现陪审员跨区域抽选、统一管理。",
        "indent",
    ),
    (
        "item",
        "（五）提升裁判文书质量。对行政机关败诉、生态环境损害赔偿等社会关注度高的案件，裁判文书应当充分回应当事人诉辩意见。建立行政裁判文书说理质量评查机制，每季度开展一次交叉评查。",
        "nbsp",
    ),
    ("h1", "六、推进数字法院建设", ""),
    (
        "item",
        "（一）推进全流程网上办案。推进电子卷宗随案同步生成和深度应用，在本院和西安铁路运输法院试行集中管辖行政案件全流程在线审理，当事人可以通过互联网完成立案、举证、质证和庭审。",
        "bold2",
    ),
    (
        "item",
        "（二）建设集中管辖案件数据分析平台。依托陕西法院大数据管理和服务平台，对集中管辖行政案件的被诉主体、案由分布、败诉原因等进行统计分析，每半年形成行政审判态势分析报告，为西安市委、市政府依法决策提供参考。",
        "indent",
    ),
    (
        "item",
        "（三）提升铁路法院信息化应用水平。严格执行《人民法院在线诉讼规则》，依托人民法院统一送达平台推行电子送达。完善远程视频庭审系统，实现本院与辖区各铁路运输法院科技法庭互联互通。推动智慧法院建设成果向诉讼服务领域延伸。",
        "indent",
    ),
    ("h1", "七、加强改革组织保障", ""),
    (
        "close",
        "本院司法改革领导小组统筹推进全院改革工作，各责任部门要逐项细化任务措施，明确时间表和路线图。司法改革办公室要加强督促检查，每季度通报一次工作进展，年底组织改革成效评估。",
        "indent",
    ),
    (
        "close",
        "辖区各铁路运输法院要结合实际制定具体落实方案，于2024年3月15日前报本院司法改革办公室。工作中形成的典型经验和制度成果，要及时总结报送。",
        "indent",
    ),
    ("sign", "西安铁路运输中级法院", ""),
    ("date", "2024年2月26日", ""),
    ("cc", "抄送：陕西省高级人民法院司法改革办公室，西安市中级人民法院。", ""),
    ("issued", "西安铁路运输中级法院办公室　　　　　　　2024年2月27日印发", ""),
]

NAV: list[tuple[str, list[str]]] = [
    ("首页", []),
    ("法院概况", ["法院简介", "院领导", "机构设置", "辖区法院"]),
    ("新闻中心", ["法院要闻", "基层动态", "媒体聚焦", "图片新闻"]),
    ("司法改革", ["改革动态", "改革文件", "改革案例"]),
    ("审务公开", ["审判流程", "庭审直播", "裁判文书", "执行信息"]),
    ("行政审判", ["集中管辖", "典型案例", "白皮书"]),
    ("环境资源审判", ["秦岭生态保护", "典型案例", "修复基地"]),
    ("诉讼服务", ["诉讼指南", "网上立案", "12368热线"]),
    ("队伍建设", ["党建工作", "先进典型"]),
]
ATTACHMENTS = [
    ("/upload/2024/03/01/20240301093012_517.docx", "西安铁路运输中级法院2024年深化跨行政区划法院改革工作要点.docx"),
    ("/upload/2024/03/01/20240301093012_518.xlsx", "2024年深化跨行政区划法院改革工作要点任务分工表.xlsx"),
]
PREV = ("/sfgg/ggwj/202402/t20240219_104211.html", "本院召开2024年深化跨行政区划法院改革推进会")
NEXT = ("/sfgg/ggwj/202403/t20240312_104873.html", "本院发布2023年度行政审判白皮书和十大典型案例")

CSS_LINKS = ["/static/css/common.css", "/static/css/article.css"]


def quotes_as_entities(text: str) -> str:
    return text.replace("“", "&ldquo;").replace("”", "&rdquo;")


def split_first(text: str) -> tuple[str, str, str]:
    """(label, first sentence with its 。, rest) of a work point."""
    close = text.index("）") + 1
    end = text.index("。") + 1
    return text[:close], text[close:end], text[end:]


def paragraph(kind: str, text: str, style: str) -> str:
    text = escape(text, quote=False)
    if kind == "docno":
        return f'<p style="text-align:center;">{text}</p>'
    if kind == "to":
        return f"<p>{text}</p>"
    if kind == "title":
        return (
            '<p style="text-align:center;"><strong><span style="font-family:方正小标宋简体,宋体;font-size:22px;">'
            f"{text}</span></strong></p>\n<p><br/></p>"
        )
    if kind == "h1":
        return f'<p style="text-indent:2em;"><strong><span style="font-family:黑体;">{text}</span></strong></p>'
    if kind == "sign":
        return f'<p><br/></p>\n<p style="text-align:right;">{text}&nbsp;&nbsp;&nbsp;&nbsp;</p>'
    if kind == "date":
        return f'<p style="text-align:right;">{text}&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;</p>\n<p><br/></p>'
    if kind in ("cc", "issued"):
        return f'<p style="text-indent:0;">{text}</p>'
    # p, item, cont, close
    if style == "indent":
        return f'<p style="text-indent:2em;">{text}</p>'
    if style == "ent":
        return f'<p style="text-indent:2em;">{quotes_as_entities(text)}</p>'
    if style == "nbsp":
        return f"<p>&nbsp;&nbsp;&nbsp;&nbsp;{text}</p>"
    if style == "span":
        return f'<p style="text-indent:2em;"><span style="font-family:仿宋_GB2312;font-size:16pt;">{text}</span></p>'
    if style == "bold":
        label, first, rest = split_first(text)
        return f'<p style="text-indent:2em;"><strong>{label}{first}</strong>{rest}</p>'
    if style == "bold2":
        label, first, rest = split_first(text)
        return f'<p style="text-indent:2em;"><strong>{label}</strong><strong>{first}</strong>{rest}</p>'
    raise ValueError(style)


def article_html() -> str:
    return "\n".join(paragraph(kind, text, style) for kind, text, style in ARTICLE)


def nav_html() -> str:
    out = []
    for i, (name, subs) in enumerate(NAV):
        href = "/" if i == 0 else f"/col{i:02d}/index.html"
        cls = ' class="on"' if name == "司法改革" else ""
        if subs:
            sub = "".join(
                f'<dd><a href="/col{i:02d}/sub{j:02d}/index.html">{s}</a></dd>' for j, s in enumerate(subs, 1)
            )
            out.append(f'<li{cls}><a href="{href}">{name}</a><dl class="subnav">{sub}</dl></li>')
        else:
            out.append(f'<li{cls}><a href="{href}">{name}</a></li>')
    return "\n".join(out)


def page_html() -> str:
    css = "\n".join(f'<link rel="stylesheet" type="text/css" href="{SITE}{c}">' for c in CSS_LINKS)
    attach = "\n".join(
        f'<li><a href="{SITE}{u}" target="_blank" title="{n}">{i}. {n}</a></li>'
        for i, (u, n) in enumerate(ATTACHMENTS, 1)
    )
    return f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>{PAGE_TITLE}_改革文件_西安铁路运输中级法院</title>
<meta name="keywords" content="西安铁路运输中级法院,跨行政区划法院改革,工作要点">
<meta name="description" content="{PAGE_TITLE}">
<meta name="SiteName" content="西安铁路运输中级法院">
<meta name="SiteDomain" content="xatlzy.sxfywcourt.gov.cn">
<meta name="ColumnName" content="改革文件">
<meta name="ArticleTitle" content="{PAGE_TITLE}">
<meta name="PubDate" content="2024-03-01 09:30">
<meta name="ContentSource" content="研究室">
{css}
<script type="text/javascript" src="{SITE}/static/js/jquery-1.12.4.min.js"></script>
</head>
<body>
<div class="topbar"><div class="w1200">
<span class="fl">今天是：<span id="today"></span></span>
<span class="fr"><a href="javascript:void(0);" id="wza">无障碍浏览</a> | <a href="javascript:void(0);" id="zlms">长者模式</a> | <a href="{SITE}/wzdt/index.html">网站地图</a></span>
</div></div>
<div class="header"><div class="w1200">
<div class="logo"><a href="{SITE}/"><img src="{SITE}/static/images/logo.png" alt="西安铁路运输中级法院"></a></div>
<div class="search"><form action="{SITE}/search/index.html" method="get" target="_blank"><input type="text" name="q" placeholder="请输入关键词"><button type="submit">搜索</button></form></div>
</div></div>
<div class="nav"><div class="w1200"><ul>
{nav_html()}
</ul></div></div>
<div class="main w1200">
<div class="breadcrumb">当前位置：<a href="{SITE}/">首页</a> &gt; <a href="{SITE}/col03/index.html">司法改革</a> &gt; <a href="{SITE}/col03/sub02/index.html">改革文件</a></div>
<div class="article">
<h1 class="article-title">{PAGE_TITLE}</h1>
<div class="article-info">
<span>发布时间：2024-03-01 09:30:12</span>
<span>来源：研究室</span>
<span>浏览次数：<em id="hits">--</em></span>
<span class="fontsize">【字号：<a href="javascript:setFont(18);">大</a> <a href="javascript:setFont(16);">中</a> <a href="javascript:setFont(14);">小</a>】</span>
</div>
<div class="article-content" id="zoom">
{article_html()}
</div>
<div class="article-attach">
<p>附件：</p>
<ul>
{attach}
</ul>
</div>
<div class="article-share">分享到：<a href="javascript:void(0);" class="share-wechat" title="分享到微信">微信</a> <a href="javascript:void(0);" class="share-weibo" title="分享到新浪微博">微博</a> <a href="javascript:void(0);" class="share-qzone" title="分享到QQ空间">QQ空间</a></div>
<div class="article-tools"><a href="javascript:window.print();">【打印本页】</a> <a href="javascript:window.close();">【关闭窗口】</a></div>
<div class="article-prevnext">
<p>上一篇：<a href="{SITE}{PREV[0]}">{PREV[1]}</a></p>
<p>下一篇：<a href="{SITE}{NEXT[0]}">{NEXT[1]}</a></p>
</div>
</div>
</div>
<div class="footer"><div class="w1200">
<p class="links">友情链接：<a href="https://www.court.gov.cn/" target="_blank">最高人民法院</a> | <a href="http://sxgaofa.cn/" target="_blank">陕西法院网</a> | <a href="https://www.shaanxi.gov.cn/" target="_blank">陕西省人民政府</a></p>
<p>主办：西安铁路运输中级法院&nbsp;&nbsp;版权所有：西安铁路运输中级法院</p>
<p><a href="https://beian.miit.gov.cn/" target="_blank">陕ICP备17008146号-1</a>&nbsp;&nbsp;<img src="{SITE}/static/images/ga.png" alt="">陕公网安备 61010402000871号</p>
<p>地址：西安市新城区自强东路&nbsp;&nbsp;邮编：710016&nbsp;&nbsp;诉讼服务热线：12368&nbsp;&nbsp;网站标识码：6100000091</p>
</div></div>
<script type="text/javascript">
$(function(){{
  var d=new Date();$('#today').text(d.getFullYear()+'年'+(d.getMonth()+1)+'月'+d.getDate()+'日');
  $.get('{SITE}/counter/hits?id=104536',function(n){{$('#hits').text(n);}});
}});
function setFont(s){{$('#zoom p,#zoom span').css('font-size',s+'px');}}
</script>
</body>
</html>
"""


def plain_text() -> str:
    lines = [PAGE_TITLE]
    for _kind, text, _style in ARTICLE:
        lines.append(text)
    return "\n".join(lines) + "\n"


def main(argv: list[str]) -> None:
    if len(argv) < 2:
        raise SystemExit(f"usage: {argv[0]} OUTPUT.html [--text SOURCE.txt]")
    Path(argv[1]).write_bytes(page_html().encode("utf-8"))
    if len(argv) >= 4 and argv[2] == "--text":
        Path(argv[3]).write_bytes(plain_text().encode("utf-8"))


if __name__ == "__main__":
    main(sys.argv)
