# ruff: noqa: E501  (the page's paragraphs are kept one per line)
"""Build the MHTML test document of a court portal's article page, saved by a browser as a single file.

Run from the repository root:

    .venv/bin/python tests/documents/generators/mhtml_portal.py

It writes tests/documents/xian-2024-zhongdian-renwu.mht (fictional content, real court, courts and places).
The output is deterministic: the MIME boundary, the Date header and every part are fixed, so a rebuild without
changes is byte-identical. Needs only the standard library (email, quopri).

What real-world layout it imitates: an article page of a Chinese court's portal (西安市中级人民法院网 / 审务公开 /
司法改革, the 中国法院网-style template that most provincial court sites run on), saved from Internet Explorer as
"Web Archive, single file (*.mht)":

- the file is a MIME message, multipart/related with type="text/html", a fixed IE-style boundary
  (----=_NextPart_000_…), the From/Subject headers RFC 2047-encoded in gb2312, CRLF line ends;
- the first part is the page itself, text/html; charset="gb2312", Content-Transfer-Encoding: quoted-printable
  (every Chinese byte written =XX, soft line breaks at 76 columns), with its Content-Location; the HTML is the
  old table layout of such portals: logo row, red navigation bar, a left column with the 审务公开 sub-menu and a
  "最新发布" list, the breadcrumb 当前位置：首页 > 审务公开 > 司法改革, the article title, the
  发布时间/来源/浏览次数 line with 【字体：大 中 小】, a 分享到 row of share buttons, then the article, a 附件 list
  of downloads, 【打印本页】【关闭窗口】, a 相关新闻 list and the footer (版权所有, ICP 备案号, 公网安备, 地址);
- the article is a 通知 (document number, addressees, one paragraph, signature and date) followed by the plan
  it issues: title, preamble, sections 一、 二、 …, subsections （一） （二） … and work points （1） （2） …
  whose numbers restart in each subsection; some work points run over two <p> elements, some have their first
  sentence in <strong>; the last section has plain paragraphs and no work points;
- two more parts, as IE stores them: the site's logo (image/gif, base64) and its style sheet (text/css,
  quoted-printable), each with its own Content-Location.
"""

from __future__ import annotations

import base64
import quopri
from email.generator import BytesGenerator
from email.message import Message
from io import BytesIO
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
OUTPUT = ROOT / "tests" / "documents" / "xian-2024-zhongdian-renwu.mht"

SITE = "http://xazy.sxgaofa.cn"
PAGE_URL = f"{SITE}/article/detail/2024/03/id/7790412.shtml"
LOGO_URL = f"{SITE}/images/logo_xazy.gif"
CSS_URL = f"{SITE}/css/article.css"
BOUNDARY = "----=_NextPart_000_0000_01DA7478.6B9D1E40"
DATE = "Tue, 12 Mar 2024 16:05:21 +0800"
CHARSET = "gb2312"

PAGE_TITLE = "西安市中级人民法院关于印发《西安法院2024年司法改革重点任务》的通知"

# The article. Kinds: "docno", "to", "p" (cover or preamble paragraph), "sign", "date", "title" (the plan's
# title), "h1" (一、), "h2" (（一）), "item" (a work point's paragraph), "item-b" (a work point whose first
# sentence is bold), "cont" (a further paragraph of the work point before it), "close" (closing paragraph).
ARTICLE: list[tuple[str, str]] = [
    ("docno", "西中法〔2024〕21号"),
    ("to", "各区、县人民法院，本院各部门："),
    (
        "p",
        "现将《西安法院2024年司法改革重点任务》印发给你们，请认真抓好落实。各单位要结合实际细化工作措施，于2024年3月底前将落实方案报市中院司法改革办公室。",
    ),
    ("sign", "西安市中级人民法院"),
    ("date", "2024年3月8日"),
    ("title", "西安法院2024年司法改革重点任务"),
    (
        "p",
        "2024年是中华人民共和国成立75周年，是实现“十四五”规划目标任务的关键一年。全市法院要坚持以习近平新时代中国特色社会主义思想为指导，深入贯彻习近平法治思想，全面落实最高人民法院、省法院和市委关于深化司法体制综合配套改革的部署要求，立足西安建设国家中心城市和丝绸之路经济带新起点的实际，坚持问题导向、系统集成、协同高效，推动各项改革举措落地见效。现将2024年全市法院司法改革重点任务明确如下。",
    ),
    ("h1", "一、深化司法责任制综合配套改革"),
    ("h2", "（一）健全审判权力运行制约监督体系"),
    (
        "item-b",
        "（1）全面落实院庭长阅核制度。|制定《西安市中级人民法院裁判文书阅核办法（试行）》，明确应当阅核的案件范围、阅核主体和阅核方式，阅核意见一律在线签署、全程留痕。院庭长对阅核中发现的问题可以提出意见，但不得直接改变合议庭、独任法官的裁判意见。",
    ),
    (
        "item",
        "（2）健全“四类案件”监督管理机制。依托审判流程管理系统对“四类案件”实行自动识别、标签管理和节点预警，监督意见一律在线记录、附卷备查。雁塔区法院、碑林区法院要在上半年完成“四类案件”识别标准细化工作，形成可复制的经验做法。",
    ),
    (
        "item",
        "（3）规范专业法官会议和审判委员会运行。落实最高人民法院《关于完善人民法院专业法官会议工作机制的指导意见》，建立专业法官会议前置过滤机制，拟提交审判委员会讨论的案件原则上先经专业法官会议研究。",
    ),
    (
        "cont",
        "新城法院、莲湖法院可以探索组建跨部门的联合专业法官会议，解决专业法官人数不足的问题；本院各审判业务部门要按季度汇总专业法官会议讨论的典型问题，由研究室梳理后提交审判委员会研究。",
    ),
    ("h2", "（二）优化审判资源配置"),
    (
        "item",
        "（1）深化审判团队改革。推广“员额法官+法官助理+书记员”团队配置模式，根据案件类型和数量动态调整团队人员，推动办案力量向基层和审判一线倾斜。碑林法院、未央法院试行以审判团队为单元的绩效考核，考核结果与评先评优、等级晋升挂钩。",
    ),
    (
        "item",
        "（2）深化司法人员分类管理改革。健全员额动态管理机制和员额退出机制，对办案业绩长期达不到要求的员额法官，依规退出员额。配合陕西省法官遴选委员会做好入额人选考核推荐工作。会同市委组织部、市人社局研究制定聘用制书记员薪酬待遇管理办法，建立法官助理分级管理制度，拓宽司法辅助人员职业发展通道。",
    ),
    ("h1", "二、持续深化诉讼制度改革"),
    ("h2", "（一）推进民事诉讼制度改革"),
    (
        "item-b",
        "（1）深化民事诉讼程序繁简分流改革。|完善简易程序向普通程序转换的审查规则，防止简案繁办、繁案久拖。在雁塔法院、长安区法院开展道路交通、物业服务等类型化案件要素式审理试点，实现简单案件快审快结、复杂案件精审细判。",
    ),
    (
        "item",
        "（2）健全虚假诉讼防范惩治机制。对民间借贷、以物抵债、劳动争议等虚假诉讼易发领域的案件加强审查，会同市检察院、市公安局建立虚假诉讼线索移送和协同查处机制。对查实的虚假诉讼行为依法予以罚款、拘留，构成犯罪的依法追究刑事责任。",
    ),
    (
        "item",
        "（3）推进家事审判方式和工作机制改革。在莲湖区法院、西安市未央区人民法院试行离婚案件财产申报制度，探索聘任家事调查员参与案件事实调查，加强与市民政局的工作对接。",
    ),
    ("cont", "新城区法院要建立家事审判与家庭教育指导衔接机制，对涉未成年子女的离婚案件依法发出家庭教育指导令。"),
    ("h2", "（二）深化刑事、行政诉讼制度改革"),
    (
        "item",
        "（1）深入推进以审判为中心的刑事诉讼制度改革。严格落实庭前会议、非法证据排除、法庭调查“三项规程”，提高证人、鉴定人出庭作证率。完善认罪认罚案件量刑建议采纳和调整程序，会同市检察院制定常见罪名量刑协商指引。在灞桥法院试行刑事案件律师辩护全覆盖与值班律师法律帮助衔接机制。",
    ),
    (
        "item",
        "（2）深化行政诉讼制度改革。巩固西安铁路运输法院、西安铁路运输中级法院行政案件集中管辖改革成果，健全行政案件集中管辖与属地化解协同机制。推动设立行政争议多元化解中心，落实行政机关负责人出庭应诉制度，会同市司法局每半年通报一次出庭应诉情况。",
    ),
    (
        "item",
        "（3）完善刑事涉案财物处置机制。会同市公安局、市检察院、市财政局共建刑事涉案财物集中管理中心，实现涉案财物集中保管、信息共享、网上移送。探索对涉案车辆、电子设备等易贬值财物依法先行处置。",
    ),
    ("h2", "（三）健全专业化审判机制"),
    (
        "item",
        "（1）完善环境资源审判机制。配合省法院深化环境资源案件集中管辖改革，加强与西安铁路运输中级法院在案件移送、生态修复执行等方面的衔接。会同咸阳市中级人民法院、渭南市中级人民法院推动建立渭河流域环境资源审判协作机制，在周至县、蓝田县设立生态环境司法修复基地，探索劳务代偿、技改抵扣等生态修复责任承担方式。",
    ),
    (
        "item",
        "（2）深化破产审判机制改革。西安破产法庭要健全破产事务府院联动协调机制，推动设立破产援助专项资金，完善破产管理人分级管理和履职评价制度。",
    ),
    (
        "cont",
        "探索预重整与重整衔接规则，支持未央区法院、高陵区法院开展简单破产案件快速审理试点，对债权债务关系简单、财产状况清楚的案件实行快速审结。",
    ),
    (
        "item",
        "（3）健全知识产权审判机制。支持西安知识产权法庭在技术事实查明领域先行先试，探索技术调查官参与诉讼活动的工作规则，服务保障秦创原创新驱动平台建设。在碑林法院、雁塔区法院推行知识产权民事、行政和刑事案件“三合一”审判机制，会同西安交通大学、西北政法大学共建知识产权司法保护研究基地。",
    ),
    ("h1", "三、推进诉源治理和切实解决执行难"),
    ("h2", "（一）深化一站式多元解纷机制建设"),
    (
        "item",
        "（1）深入推进诉源治理。在市委政法委统筹下，推动人民法庭对接基层网格，及早发现和化解矛盾纠纷。长安法院、临潼法院要结合辖区实际完善“法庭+网格”解纷模式，推动矛盾纠纷就地化解。",
    ),
    (
        "item",
        "（2）完善诉调对接工作机制。健全特邀调解名册管理制度，实现全市法院特邀调解员统一管理，吸纳人民调解员、行业调解员和律师调解员入驻诉讼服务中心。依托人民法院调解平台开展在线调解和在线司法确认，提升纠纷化解效率。",
    ),
    ("h2", "（二）深化执行体制机制改革"),
    (
        "item-b",
        "（1）深化审执分离改革。|完善执行裁决权与执行实施权分离的工作机制，对查控、评估、拍卖等执行实施事务实行集约化管理。在新城法院、灞桥区法院试行执行案件“繁简分流、分段集约”办案模式，简易执行案件原则上在三个月内执结。",
    ),
    (
        "item",
        "（2）健全综合治理执行难工作格局。推动将法院执行工作纳入全市平安建设考评，会同市自然资源和规划局、市市场监督管理局完善不动产、股权网络查控机制。会同市公安局、市检察院健全拒不执行判决、裁定犯罪案件立案追诉衔接机制，完善失信被执行人信用修复制度。",
    ),
    ("h1", "四、服务保障高水平对外开放和区域协调发展"),
    ("h2", "（一）服务共建“一带一路”"),
    (
        "item",
        "（1）健全涉外商事审判机制。落实涉外民商事案件集中管辖，由本院民四庭统一审理全市一审涉外商事案件。围绕中欧班列“长安号”运营中的国际货物运输、多式联运等纠纷，建立涉外商事案件快速审理机制，依法平等保护中外当事人合法权益。",
    ),
    (
        "item",
        "（2）完善国际商事纠纷多元化解决机制。支持中国国际经济贸易仲裁委员会丝绸之路仲裁中心、西安仲裁委员会参与涉外商事纠纷化解，推动形成诉讼、调解、仲裁有机衔接的“一站式”纠纷解决平台。依托西北政法大学建立域外法查明协作机制，聘请熟悉共建“一带一路”国家法律的专家担任特邀调解员。",
    ),
    ("h2", "（二）服务区域协调发展"),
    (
        "item",
        "（1）服务西安都市圈和西咸新区建设。推动建立西安、咸阳两地法院审判执行协作机制，在管辖争议协调、跨区域执行、类案裁判尺度统一等方面加强协同。在西咸新区探索设立秦创原知识产权司法服务中心，为入驻企业提供法律咨询、风险提示和纠纷化解服务。",
    ),
    (
        "item",
        "（2）加强涉企司法保护。严格区分经济纠纷与经济犯罪的界限，审慎适用查封、扣押、冻结等强制措施，最大限度减少对企业正常生产经营的影响。支持西安市新城区人民法院探索涉企强制措施影响评估制度，会同市司法局、市律师协会推动建立涉企纠纷“律师调解+司法确认”机制。",
    ),
    ("h1", "五、推进审判管理现代化和数字法院建设"),
    ("h2", "（一）加强审判管理"),
    (
        "item",
        "（1）加强审判质效管理。全面落实最高人民法院审判质量管理指标体系，建立审判质效指标月度通报机制，在全市两级法院开展指标运行分析。发挥审判管理办公室统筹作用，每季度召开审判执行态势分析会，对长期未结案件实行挂牌督办。",
    ),
    (
        "item",
        "（2）健全统一法律适用机制。落实类案检索报告制度，合议庭、独任法官办理新类型案件或者拟作出的裁判与类案裁判结果明显不一致的，应当制作类案检索报告。完善法律适用分歧发现与解决机制，按季度编发法律适用问题解答，定期发布西安法院参考性案例。",
    ),
    ("h2", "（二）推进数字法院建设"),
    (
        "item-b",
        "（1）深化数字法院建设。|严格执行《人民法院在线诉讼规则》《人民法院在线调解规则》，推进电子卷宗随案同步生成和深度应用，提高网上办案质效。在莲湖法院、雁塔法院试行电子卷宗单套制归档，逐步减少纸质卷宗流转，及时总结试点经验。推动智慧法院建设成果向人民法庭延伸。",
    ),
    (
        "item",
        "（2）健全司法数据治理体系。建立数据质量定期核查和问题整改机制，落实网络安全等级保护制度，健全数据分级分类和访问授权管理制度，严防审判执行数据泄露。依托政法跨部门大数据办案平台，推进与市检察院、市公安局、市司法局刑事案件网上流转。",
    ),
    ("h1", "六、抓好改革任务组织实施"),
    (
        "close",
        "各区、县法院和本院各部门要把司法改革重点任务纳入年度工作总体安排，主要负责同志亲自研究部署，逐项明确责任部门、完成时限和工作标准。市中院司法改革领导小组办公室对重点任务实行清单化管理，每季度通报一次进展情况，年底组织考核评估。",
    ),
    (
        "close",
        "各单位要注重总结改革经验，形成的典型案例、制度成果及时报送市中院司法改革办公室。改革推进中遇到的重大问题，要及时向市中院请示报告。",
    ),
]

NAV = [
    "首页",
    "法院概况",
    "新闻中心",
    "审务公开",
    "司法改革",
    "诉讼服务",
    "执行公开",
    "法院文化",
    "队伍建设",
    "联系我们",
]
SIDE_MENU = ["工作报告", "司法改革", "审判指导", "规范性文件", "白皮书", "人大代表联络", "司法统计"]
LATEST = [
    "市中院召开2024年全市法院司法改革工作推进会",
    "雁塔法院“四类案件”识别监管工作获省法院肯定",
    "碑林法院审判团队绩效考核改革见闻",
    "西安破产法庭发布简单破产案件快速审理典型案例",
    "长安法院“法庭+网格”助力基层治理",
    "未央法院召开家事审判改革座谈会",
]
RELATED = [
    ("2024-02-26", "西安市中级人民法院2023年司法改革工作总结"),
    ("2024-01-19", "全市法院深化“一站式”多元解纷机制建设推进会召开"),
    ("2023-12-28", "西安中院发布服务保障西安都市圈建设十大典型案例"),
    ("2023-11-15", "市中院与西北政法大学签署域外法查明合作协议"),
]
ATTACHMENTS = [
    ("/upload/file/2024/03/12/xafy_sgrw2024.doc", "西安法院2024年司法改革重点任务.doc"),
    ("/upload/file/2024/03/12/xafy_sgfg2024.xls", "2024年司法改革重点任务分工表.xls"),
]

CSS = """@charset "gb2312";
/* 西安市中级人民法院网 文章页样式 */
body { margin: 0; background: #f2f2f2; font-family: "宋体", Arial; font-size: 12px; }
a:link, a:visited { color: #333; text-decoration: none; }
a:hover { color: #b40000; text-decoration: underline; }
.top { width: 1000px; height: 110px; background: #b40000; }
.nav { width: 1000px; height: 36px; background: #8c0000; }
.nav a { color: #fff; font-size: 14px; font-weight: bold; padding: 0 14px; line-height: 36px; }
.left { width: 230px; background: #fff; }
.left h3 { margin: 0; height: 32px; line-height: 32px; background: #b40000; color: #fff; padding-left: 12px; font-size: 14px; }
.left li { line-height: 28px; border-bottom: 1px dashed #ddd; list-style: none; }
.position { height: 32px; line-height: 32px; border-bottom: 1px solid #e5e5e5; color: #666; }
.detail_tit { font-size: 22px; font-weight: bold; color: #b40000; text-align: center; line-height: 40px; padding-top: 16px; }
.detail_info { text-align: center; color: #888; line-height: 28px; border-bottom: 1px dotted #ccc; }
.share { text-align: right; color: #888; line-height: 26px; }
.detail_con { font-size: 16px; line-height: 32px; color: #000; padding: 10px 30px; font-family: "仿宋_GB2312", "仿宋"; }
.detail_con p { margin: 0; text-indent: 2em; }
.fujian { padding: 10px 30px; line-height: 26px; }
.footer { width: 1000px; background: #8c0000; color: #fff; text-align: center; line-height: 26px; padding: 12px 0; }
"""

# A 1x1 GIF stands in for the logo (the page only needs the part to exist, as IE stores it).
LOGO_GIF = base64.b64decode("R0lGODlhAQABAIAAALQAAP///yH5BAAAAAAALAAAAAABAAEAAAICRAEAOw==")


def article_html() -> str:
    out = []
    for kind, text in ARTICLE:
        if kind == "docno":
            out.append(f'<p style="TEXT-ALIGN: center; TEXT-INDENT: 0px">{text}</p>')
        elif kind == "to":
            out.append(f'<p style="TEXT-INDENT: 0px">{text}</p>')
        elif kind in ("p", "close", "cont"):
            out.append(f"<p>{text}</p>")
        elif kind == "sign":
            out.append(f'<p style="TEXT-ALIGN: right">{text}&nbsp;&nbsp;&nbsp;&nbsp;</p>')
        elif kind == "date":
            out.append(f'<p style="TEXT-ALIGN: right">{text}&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;</p>')
            out.append("<p>&nbsp;</p>")
        elif kind == "title":
            out.append(
                f'<p style="TEXT-ALIGN: center; TEXT-INDENT: 0px"><strong><span style="FONT-FAMILY: 宋体; FONT-SIZE: 22px">{text}</span></strong></p>'
            )
            out.append("<p>&nbsp;</p>")
        elif kind == "h1":
            out.append(f'<p><strong><span style="FONT-FAMILY: 黑体">{text}</span></strong></p>')
        elif kind == "h2":
            out.append(f'<p><span style="FONT-FAMILY: 楷体_GB2312">{text}</span></p>')
        elif kind == "item":
            out.append(f"<p>{text}</p>")
        elif kind == "item-b":
            head, rest = text.split("|")
            out.append(f"<p><strong>{head}</strong>{rest}</p>")
        else:
            raise ValueError(kind)
    return "\n".join(out)


def page_html() -> str:
    nav = "&nbsp;|&nbsp;".join(f'<a href="{SITE}/{i}.shtml">{name}</a>' for i, name in enumerate(NAV))
    side = "\n".join(
        f'<li><a href="{SITE}/article/index/id/MzAw{i}.shtml">{name}</a></li>' for i, name in enumerate(SIDE_MENU)
    )
    latest = "\n".join(
        f'<li><a href="{SITE}/article/detail/2024/03/id/77904{i:02d}.shtml" title="{t}">{t[:15]}…</a></li>'
        for i, t in enumerate(LATEST)
    )
    related = "\n".join(
        f'<tr><td><a href="{SITE}/article/detail/{d[:4]}/{d[5:7]}/id/77{i}8803.shtml">{t}</a></td><td align="right">{d}</td></tr>'
        for i, (d, t) in enumerate(RELATED)
    )
    attach = "<br>\n".join(
        f'{i}.<a href="{SITE}{u}" target="_blank">{n}</a>' for i, (u, n) in enumerate(ATTACHMENTS, 1)
    )
    return f"""<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN" "http://www.w3.org/TR/html4/loose.dtd">
<HTML><HEAD><TITLE>{PAGE_TITLE}--西安市中级人民法院网</TITLE>
<META content="text/html; charset=gb2312" http-equiv=Content-Type>
<META name=keywords content="西安中院,司法改革,重点任务">
<META name=description content="{PAGE_TITLE}">
<LINK rel=stylesheet type=text/css href="{CSS_URL}">
<SCRIPT type=text/javascript>
function doZoom(size){{document.getElementById('zoom').style.fontSize=size+'px';}}
function printPage(){{window.print();}}
</SCRIPT>
<META name=GENERATOR content="MSHTML 8.00.7601.18210"></HEAD>
<BODY>
<TABLE border=0 cellSpacing=0 cellPadding=0 width=1000 align=center>
<TBODY>
<TR>
<TD class=top><A href="{SITE}/"><IMG border=0 alt=西安市中级人民法院 src="{LOGO_URL}" width=600 height=110></A></TD></TR>
<TR>
<TD class=nav align=center>{nav}</TD></TR>
<TR>
<TD>
<TABLE border=0 cellSpacing=0 cellPadding=0 width="100%">
<TBODY>
<TR>
<TD class=left vAlign=top>
<H3>审务公开</H3>
<UL>
{side}
</UL>
<H3>最新发布</H3>
<UL>
{latest}
</UL>
<H3>友情链接</H3>
<UL>
<LI><A href="http://www.court.gov.cn/">最高人民法院</A></LI>
<LI><A href="http://www.sxgaofa.cn/">陕西法院网</A></LI>
<LI><A href="http://www.xa.gov.cn/">西安市人民政府</A></LI></UL></TD>
<TD vAlign=top width=760 bgColor=#ffffff>
<DIV class=position>&nbsp;当前位置：<A href="{SITE}/">首页</A>&nbsp;&gt;&nbsp;<A href="{SITE}/3.shtml">审务公开</A>&nbsp;&gt;&nbsp;<A href="{SITE}/article/index/id/MzAw1.shtml">司法改革</A></DIV>
<DIV class=detail_tit>{PAGE_TITLE}</DIV>
<DIV class=detail_info>发布时间：2024-03-12 09:36:18&nbsp;&nbsp;&nbsp;&nbsp;来源：西安市中级人民法院研究室&nbsp;&nbsp;&nbsp;&nbsp;浏览次数：2876&nbsp;&nbsp;&nbsp;&nbsp;【字体：<A href="javascript:doZoom(18)">大</A> <A href="javascript:doZoom(16)">中</A> <A href="javascript:doZoom(14)">小</A>】</DIV>
<DIV class=share>分享到：<A title=分享到微信 href="#">微信</A> <A title=分享到新浪微博 href="#">新浪微博</A> <A title=分享到QQ空间 href="#">QQ空间</A> <A title=分享到人人网 href="#">人人网</A></DIV>
<DIV id=zoom class=detail_con>
{article_html()}
</DIV>
<DIV class=fujian>附件：<br>
{attach}</DIV>
<DIV style="TEXT-ALIGN: right; PADDING-RIGHT: 30px">【<A href="javascript:printPage()">打印本页</A>】&nbsp;【<A href="javascript:window.close()">关闭窗口</A>】</DIV>
<TABLE border=0 cellSpacing=0 cellPadding=4 width="96%" align=center>
<TBODY>
<TR>
<TD colSpan=2><STRONG>相关新闻</STRONG></TD></TR>
{related}
</TBODY></TABLE></TD></TR></TBODY></TABLE></TD></TR>
<TR>
<TD class=footer>版权所有：西安市中级人民法院&nbsp;&nbsp;&nbsp;陕ICP备05003176号-1&nbsp;&nbsp;&nbsp;陕公网安备61011302000215号<BR>地址：西安市雁塔区丈八东路8号&nbsp;&nbsp;邮编：710065&nbsp;&nbsp;诉讼服务热线：12368<BR>建议使用IE8.0以上版本浏览，最佳分辨率1024×768</TD></TR></TBODY></TABLE></BODY></HTML>
"""


def qp(data: bytes) -> str:
    """Quoted-printable as IE writes it: CRLF become line ends, other bytes above 0x7E or '=' are =XX."""
    return quopri.encodestring(data, quotetabs=False).decode("ascii")


def encoded_words(text: str) -> str:
    """RFC 2047 B-encoded words in gb2312, as IE writes a Chinese From or Subject (the charset named
    gb2312, each word at most 75 characters, a character never split between words)."""
    words, chunk = [], ""
    for char in text:
        if len((chunk + char).encode(CHARSET)) > 45:
            words.append(chunk)
            chunk = ""
        chunk += char
    words.append(chunk)
    return "\n ".join(f"=?{CHARSET}?B?{base64.b64encode(w.encode(CHARSET)).decode('ascii')}?=" for w in words)


def part(content_type: str, location: str, payload: str, encoding: str, charset: str | None = None) -> Message:
    message = Message()
    message["Content-Type"] = f'{content_type};\n\tcharset="{charset}"' if charset else content_type
    message["Content-Transfer-Encoding"] = encoding
    message["Content-Location"] = location
    message.set_payload(payload)
    return message


def build() -> bytes:
    root = Message()
    root["From"] = encoded_words("<由 Windows Internet Explorer 8 保存>")
    root["Subject"] = encoded_words(f"{PAGE_TITLE}--西安市中级人民法院网")
    root["Date"] = DATE
    root["MIME-Version"] = "1.0"
    root["Content-Type"] = f'multipart/related;\n\ttype="text/html";\n\tboundary="{BOUNDARY}"'
    root["X-MimeOLE"] = "Produced By Microsoft MimeOLE V6.1.7601.24158"
    root.preamble = "This is a multi-part message in MIME format.\n"
    html = page_html().encode(CHARSET)  # strict: fails on any character GB2312 lacks
    css = CSS.encode(CHARSET)
    root.set_payload(
        [
            part("text/html", PAGE_URL, qp(html), "quoted-printable", CHARSET),
            part("image/gif", LOGO_URL, base64.encodebytes(LOGO_GIF).decode("ascii"), "base64"),
            part("text/css", CSS_URL, qp(css), "quoted-printable", CHARSET),
        ]
    )
    buffer = BytesIO()
    BytesGenerator(buffer, mangle_from_=False, maxheaderlen=0).flatten(root, linesep="\r\n")
    return buffer.getvalue()


def main() -> None:
    OUTPUT.write_bytes(build())
    print(f"wrote {OUTPUT.relative_to(ROOT)} ({OUTPUT.stat().st_size} bytes)")


if __name__ == "__main__":
    main()
