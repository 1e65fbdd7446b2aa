# ruff: noqa: E501  (the page's paragraphs are kept one per line)
"""Build the HTML test document of an old court portal's article page: nested layout tables, encoded GBK.

Run from the repository root:

    .venv/bin/python tests/documents/generators/html_gbk_tables.py tests/documents/kunming-2020-gongzuo-yaodian.html

The first command-line argument is the output path (default: tests/documents/kunming-2020-gongzuo-yaodian.html).
Fictional content, real court, courts and places. The output is deterministic: no clock, no random number, no
dict-order dependence; a rebuild without changes is byte-identical. Needs only the standard library.

With `--source PATH` as further arguments it also writes the plain text of the document (the article only, one
paragraph a line, with the kind of each line in brackets) for reference.

What real-world layout it imitates: an article page of a Chinese intermediate court's portal of the 2005-2015
generation, built with Dreamweaver-style nested layout TABLES (no <div> at all) and still online in 2020, as
a browser saves it ("Web page, HTML only"):

- HTML 4.01 Transitional doctype, <meta http-equiv="Content-Type" content="text/html; charset=gb2312">, and the
  bytes are GBK (Python's gbk codec), as such pages were: the text is GB2312 throughout except for "·" and "—",
  which GBK writes as the GB2312 code points A1A4 and A1AA (Python's gb2312 codec decodes them but will not
  encode U+00B7/U+2014, hence the gbk codec); CRLF line ends, an inline
  <style> block inside <!-- --> and a little inline JavaScript (MM_ functions, 设为首页/加入收藏, font zoom);
- a banner table: the logo image with the site name as alt text, the site name again in a <font> tag, the
  "设为首页 | 加入收藏" links, a red navigation row of the 栏目 (首页 | 法院概况 | 院务公开 | 审判公开 | …) and a
  <marquee> of 通知公告 (old portals scroll notices above the content);
- a two-column body table: the left column is a nested table of 栏目 links (院务公开, 审判公开, 执行公开,
  司法改革 …, the current one in red bold), a 站内搜索 form and a 最新动态 list with truncated titles; the right
  column holds the breadcrumb "您现在的位置：首页 >> 院务公开 >> 司法改革 >> 正文" and the article table:
  a title row, an info row "发布时间：2020-04-16  来源：研究室  点击数：<script>…</script>" with 【字体：大 中 小】,
  a dashed rule, then ONE cell with the whole article as <br>-separated lines with &nbsp; or full-width-space
  indentation (the way the site's editor pasted text from Word), headings in <b>, the document title and
  number in <p align="center"> with <font>;
- the article is a 通知 (document number, addressees, one paragraph, 附件 line, signature and date) followed by
  the attachment it issues: title, preamble, sections 一、 二、 … and work points 1． 2． … (digit with a
  full-width stop, numbered continuously through the sections); one work point runs over two lines; the last
  section has two work points and then a closing paragraph that is not part of them; 抄送 and 印发 lines close
  the document;
- after the article, still inside the content column: 【打印本页】【关闭窗口】【返回顶部】, a 上一篇/下一篇 pair and a
  相关链接 list whose titles name courts, pilots and documents (site material, not part of the document);
- a footer table: 版权所有, address, 滇ICP备 number, 技术支持, a browser recommendation and a visit counter.
"""

from __future__ import annotations

import sys
from html import escape
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
DEFAULT_OUTPUT = ROOT / "tests" / "documents" / "kunming-2020-gongzuo-yaodian.html"

SITE = "http://kmzy.ynfy.gov.cn"
SITE_NAME = "昆明市中级人民法院"
PAGE_TITLE = "昆明市中级人民法院关于印发《昆明法院2020年司法改革工作要点》的通知"
PUBLISHED = "2020-04-16"
SOURCE = "研究室"
ARTICLE_ID = 3862

IND = "&nbsp;&nbsp;&nbsp;&nbsp;"  # indentation typed with &nbsp; ...
FW = "\u3000\u3000"  # ... or with two full-width spaces, as pasted from Word

# The article. Kinds: "docno", "to" (addressees), "p" (a paragraph), "annex" (附件 line), "sign", "date",
# "title" (the attachment's title), "h1" (一、 heading), "item" (a work point), "cont" (a further line of the
# work point before it), "close" (closing paragraph, no work point), "cc" (抄送), "printed" (印发 line).
ARTICLE: list[tuple[str, str]] = [
    ("docno", "昆中法〔2020〕31号"),
    ("to", "各县（市、区）人民法院，本院各部门："),
    (
        "p",
        "现将《昆明法院2020年司法改革工作要点》印发给你们，请结合实际，认真抓好贯彻落实。落实中遇到的重要情况和问题，请及时报告本院司法改革领导小组办公室。",
    ),
    ("annex", "附件：昆明法院2020年司法改革工作要点"),
    ("sign", "昆明市中级人民法院"),
    ("date", "2020年4月14日"),
    ("title", "昆明法院2020年司法改革工作要点"),
    (
        "p",
        "2020年是全面建成小康社会和“十三五”规划收官之年，也是深化司法体制综合配套改革、全面落实司法责任制的攻坚之年。全市法院要坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻党的十九大和十九届二中、三中、四中全会精神，认真落实最高人民法院、云南高院和市委关于司法体制改革的决策部署，统筹推进疫情防控和审判执行工作，以民事诉讼程序繁简分流改革试点为牵引，着力推进审判体系和审判能力现代化，为昆明建设区域性国际中心城市提供有力司法服务和保障。结合全市法院工作实际，制定本要点。",
    ),
    ("h1", "一、全面落实司法责任制"),
    (
        "item",
        "1．健全院庭长审判监督管理机制。落实最高人民法院《关于完善人民法院司法责任制的若干意见》，明确院庭长对“四类案件”的监督管理范围和监督方式，监督管理意见一律在线留痕、附卷备查。本院制定院庭长审判监督管理工作细则，各基层法院结合实际细化落实措施，于2020年6月底前报本院审判管理办公室备案。",
    ),
    (
        "item",
        "2．健全院庭长办案常态化机制。院庭长要带头办理重大、疑难、复杂和新类型案件，本院每季度在全市法院通报院庭长办案数量和质效情况。盘龙区法院、西山区法院要探索院庭长直接担任审判长的办案方式，发挥示范带动作用。",
    ),
    (
        "item",
        "3．完善专业法官会议和审判委员会制度。制定《昆明市中级人民法院专业法官会议工作规则》，明确应当提交专业法官会议讨论的案件范围，讨论意见供独任法官、合议庭参考。健全审判委员会讨论案件先行过滤机制，提交审判委员会讨论的案件原则上应当先经专业法官会议研究。",
    ),
    (
        "item",
        "4．深化新型审判团队改革。根据案件类型和繁简程度组建速裁、专业、综合等审判团队，推行“员额法官+法官助理+书记员”的团队配置模式，团队组成人员保持相对稳定。呈贡区法院、晋宁区法院试行审判团队捆绑考核模式，考核结果与评先评优、绩效奖金分配挂钩。",
    ),
    (
        "item",
        "5．加强司法辅助人员队伍建设。会同市委组织部、市人力资源社会保障局修订聘用制书记员管理办法，建立与工作年限、工作业绩相挂钩的书记员薪酬增长机制。健全法官助理职务序列管理制度，推动建立法官助理、书记员分类培训制度，拓宽司法辅助人员职业发展空间。",
    ),
    (
        "item",
        "6．严格落实防止干预司法“三个规定”。对领导干部干预司法活动、插手具体案件处理，司法机关内部人员过问案件，以及司法人员与当事人、律师不正当接触交往行为，一律全面记录、如实报告。健全法官惩戒工作程序，配合云南省法官惩戒委员会依法开展工作。完善法官依法履职保护机制，会同市公安局建立涉法院干警人身安全风险快速处置机制。",
    ),
    ("h1", "二、深入推进民事诉讼程序繁简分流改革试点"),
    (
        "item",
        "7．扎实做好改革试点统筹部署。本院和五华区法院、盘龙区法院、官渡区法院、西山区法院、呈贡区法院、安宁市法院要严格按照最高人民法院《民事诉讼程序繁简分流改革试点实施办法》开展民事诉讼程序繁简分流改革试点，逐项制定试点工作方案，建立试点情况按月报告制度，确保各项试点任务于2020年底前全面落地。其他基层法院要及时学习借鉴试点经验。",
    ),
    (
        "item",
        "8．健全诉调对接和司法确认程序。依托人民法院调解平台，扩大特邀调解员队伍，将人民调解、行业调解、律师调解等各方力量纳入特邀调解名册管理。完善在线司法确认程序，对经特邀调解达成的调解协议依法及时审查确认。会同市司法局、昆明市律师协会推动建立律师调解工作室驻院工作机制。",
    ),
    (
        "item",
        "9．扩大小额诉讼程序适用范围。对标的额为云南省上年度就业人员年平均工资百分之五十以下的简单金钱给付类案件，依法适用小额诉讼程序。制定小额诉讼案件审理指引，推广要素式庭审模式和令状式、表格式裁判文书，实现当庭宣判、当庭送达。",
    ),
    (
        "item",
        "10．扩大独任制适用范围。基层法院审理的事实不易查明但法律适用明确的第一审民事案件，可以由法官一人独任审理。建立独任制与合议制转换程序，案件由独任审理转为合议庭审理的，应当书面通知当事人。官渡区法院、西山区法院要组建类型化案件专业审判团队，集中审理物业服务、信用卡纠纷等案件。",
    ),
    (
        "item",
        "11．稳妥推进二审独任制。本院对第一审适用简易程序审结或者不服民事裁定提起上诉的第二审民事案件，事实清楚、权利义务关系明确的，经双方当事人同意，可以由法官一人独任审理。研究室要会同民一庭、民二庭制定二审案件独任审理适用指引，统一适用标准。",
    ),
    (
        "item",
        "12．健全在线诉讼规则。疫情防控期间，立案、调解、庭审、送达等诉讼活动原则上在线进行。规范电子送达，经受送达人同意，可以通过移动微法院、电子邮箱、即时通讯账号等方式送达判决书、裁定书、调解书。制定全市法院在线庭审规程，明确在线庭审的适用条件、身份认证和庭审纪律。",
    ),
    ("h1", "三、深化刑事、行政和家事审判改革"),
    (
        "item",
        "13．推进以审判为中心的刑事诉讼制度改革。严格执行刑事审判“三项规程”，推进庭审实质化。完善证人、鉴定人、侦查人员出庭作证机制，提高关键证人出庭率。会同昆明市人民检察院、昆明市公安局建立常见罪名证据标准统一适用机制。",
    ),
    (
        "item",
        "14．深化认罪认罚从宽制度改革。完善认罪认罚案件量刑建议审查机制，规范量刑建议采纳和调整程序。适用速裁程序审理的案件，一般应当当庭宣判。在东川区法院、宜良县法院开展刑事案件律师辩护全覆盖试点，会同市司法局做好值班律师法律帮助工作。",
    ),
    (
        "item",
        "15．深化行政诉讼制度改革。配合云南高院完善行政案件集中管辖制度，支持昆明铁路运输法院依法审理集中管辖的行政案件。推动落实行政机关负责人出庭应诉制度，会同市司法局每半年通报一次负责人出庭应诉情况。健全行政复议与行政诉讼衔接机制，促进行政争议实质性化解。",
    ),
    (
        "item",
        "16．深化家事审判方式和工作机制改革。盘龙区法院、寻甸县法院试行离婚案件“冷静期”制度，探索由家事调查员、心理疏导员参与案件调查和调解。会同市民政局建立反家庭暴力协作机制，依法及时签发人身安全保护令。",
    ),
    ("h1", "四、推进诉源治理和切实解决执行难"),
    (
        "item",
        "17．深入推进诉源治理。在市委政法委统筹下，推动人民法庭对接乡镇（街道）综治中心、派出所和司法所，构建矛盾纠纷分层过滤体系。",
    ),
    (
        "cont",
        "嵩明县法院、禄劝县法院要在辖区村（社区）推行“一村一法官”联络制度，定期开展法治宣传，坚持和发展新时代“枫桥经验”，把矛盾纠纷化解在萌芽状态。",
    ),
    (
        "item",
        "18．完善一站式多元解纷和诉讼服务体系。按照“分调裁审”要求优化诉讼服务中心功能布局，设立速裁快审区，实现简案快审、繁案精审。健全跨域立案服务机制，当事人可以就近在全市任一基层法院申请跨域立案。推动建立12368诉讼服务热线与12345市民热线信息共享机制。",
    ),
    (
        "item",
        "19．加强人民法庭建设。石林县法院要在彝族群众聚居地区的人民法庭配备双语法官和双语书记员，开展彝汉双语诉讼服务试点。完善车载法庭巡回审判机制，方便山区群众就近诉讼。",
    ),
    (
        "item",
        "20．深化执行体制机制改革。推进执行指挥中心实体化运行，完善执行裁决权与执行实施权分离机制。在官渡区法院、安宁市法院开展执行事务集约化管理试点，将查控、评估、拍卖等事务性工作集中办理。严格落实执行案款“一案一账号”管理制度，做到案款发放及时、规范。",
    ),
    (
        "item",
        "21．健全执行联动机制。会同市公安局、市住房和城乡建设局等单位完善查人找物协作机制，推动建立被执行人自动履行正向激励机制。健全执行案件移送破产审查衔接机制，对符合破产条件的被执行企业依法及时移送破产审查。",
    ),
    ("h1", "五、服务保障面向南亚东南亚辐射中心和区域协调发展"),
    (
        "item",
        "22．提升涉外商事审判专业化水平。围绕面向南亚东南亚辐射中心建设，完善涉外民商事案件集中管辖制度，由本院民四庭集中审理全市第一审涉外商事案件。完善外国法查明和适用机制，借助云南大学法学院等高校力量为涉外案件提供外国法查明服务。做好中国—南亚博览会期间涉外纠纷化解服务工作。",
    ),
    (
        "item",
        "23．服务保障中国（云南）自由贸易试验区建设。研究出台服务保障自贸试验区建设的司法意见，完善涉自贸试验区跨境电商、国际物流纠纷审理规则。支持官渡区法院在跨境贸易、金融创新等纠纷化解方面先行先试，形成可复制推广的经验。",
    ),
    (
        "item",
        "24．健全破产审判工作机制。会同市发展和改革委员会完善府院联动破产协调机制，推动设立破产援助资金，解决无产可破案件的破产费用问题。探索预重整制度，对具有挽救价值的困境企业积极适用重整程序。西山区法院、嵩明县法院要开展破产案件繁简分流试点，提高破产审判效率。",
    ),
    (
        "item",
        "25．服务滇中新区和滇中城市群建设。加强与滇中新区管理委员会的沟通联系，安宁市法院要围绕滇中新区产业布局，组建涉企纠纷专业化审判团队。会同曲靖中院、玉溪中院、楚雄中院推动建立滇中城市群审判执行协作机制，实现跨域立案、委托执行等事项协同办理。",
    ),
    (
        "item",
        "26．健全生态环境司法保护机制。深化环境资源刑事、民事、行政案件“三合一”归口审理机制，健全生态环境损害赔偿磋商与司法确认衔接机制。东川区法院、禄劝县法院要围绕金沙江流域生态保护，推行“补植复绿、增殖放流”生态修复模式。推动建立滇池保护治理司法协作机制，会同市生态环境局、市河长制办公室定期会商。",
    ),
    ("h1", "六、推进智慧法院建设和司法公开"),
    (
        "item",
        "27．深化智慧法院建设。全面推行电子卷宗随案同步生成，实现卷宗自动编目、文书辅助生成。盘龙区法院、呈贡区法院试行以庭审录音录像替代书记员记录的庭审记录模式，按照“让数据多跑路、群众少跑腿”的要求，提升诉讼服务便捷度。",
    ),
    (
        "item",
        "28．深化司法公开。依托审判流程、庭审活动、裁判文书、执行信息四大公开平台，做到依法应公开尽公开。健全庭审直播常态化工作机制，全市法院年度庭审直播率不低于百分之三十。完善新闻发布制度，本院每季度至少召开一次新闻发布会。",
    ),
    (
        "item",
        "29．深化人民陪审员制度改革。认真贯彻《中华人民共和国人民陪审员法》，会同市司法局做好人民陪审员选任、培训和管理工作，完善人民陪审员随机抽选和参审机制。对七人合议庭审理的案件，推行事实认定问题清单制度，保障人民陪审员依法行使表决权。",
    ),
    ("h1", "七、抓好改革任务落实"),
    (
        "item",
        "30．强化改革督察落实。建立改革任务台账管理制度，实行清单化管理、销号式推进。本院司改办每季度对各单位改革任务推进情况开展督察，督察结果在全市法院通报。建立改革成效第三方评估机制，对民事诉讼程序繁简分流改革试点等重点改革开展评估。",
    ),
    (
        "item",
        "31．加强改革宣传和经验总结。及时总结改革中的好经验、好做法，每半年向云南高院、最高人民法院报送一批改革典型案例。各县（市、区）法院要加强改革工作信息报送，讲好昆明法院司法改革故事。",
    ),
    (
        "close",
        "各单位要把司法改革工作摆在突出位置，主要负责同志要亲自抓、负总责，对照本要点细化措施、明确责任，于2020年5月15日前将落实方案报本院司改办。本院将适时对改革任务落实情况进行督察，对工作推进不力的予以通报。",
    ),
    ("cc", "抄送：云南省高级人民法院，市委政法委。"),
    ("printed", "昆明市中级人民法院办公室　　　　2020年4月15日印发"),
]

NAV = [
    ("首页", "/index.html"),
    ("法院概况", "/fygk/"),
    ("院务公开", "/ywgk/"),
    ("审判公开", "/spgk/"),
    ("执行公开", "/zxgk/"),
    ("司法改革", "/ywgk/sfgg/"),
    ("诉讼服务", "/ssfw/"),
    ("法院文化", "/fywh/"),
    ("队伍建设", "/dwjs/"),
    ("联系我们", "/lxwm/"),
]
LEFT_MENU = [
    ("院务公开", "/ywgk/", False),
    ("审判公开", "/spgk/", False),
    ("执行公开", "/zxgk/", False),
    ("司法改革", "/ywgk/sfgg/", True),
    ("诉讼服务", "/ssfw/", False),
    ("法院文化", "/fywh/", False),
    ("队伍建设", "/dwjs/", False),
    ("理论研讨", "/llyt/", False),
    ("法律法规", "/flfg/", False),
]
LATEST = [
    ("/ywgk/sfgg/2020/0415/3859.html", "五华区法院小额诉讼程序适用率稳步提升"),
    ("/spgk/2020/0413/3851.html", "市中院召开疫情防控期间在线庭审工作推进会"),
    ("/ywgk/sfgg/2020/0409/3840.html", "安宁市法院召开繁简分流改革试点工作推进会"),
    ("/zxgk/2020/0403/3826.html", "东川区法院集中兑付一批执行案款"),
]
NOTICES = "【通知公告】关于疫情防控期间暂停现场接待、推行网上立案的公告　　关于2020年度人民陪审员选任的公告　　关于聘用制书记员招录的公告"
PREV = ("/ywgk/sfgg/2020/0410/3845.html", "呈贡区法院召开民事诉讼程序繁简分流改革试点推进会")
NEXT = ("/ywgk/sfgg/2020/0420/3871.html", "市中院召开全市法院司法改革工作视频会议")
RELATED = [
    ("/ywgk/sfgg/2020/0325/3790.html", "云南高院印发《2020年全省法院司法改革工作要点》", "2020-03-25"),
    ("/ywgk/sfgg/2020/0318/3771.html", "最高人民法院印发《民事诉讼程序繁简分流改革试点实施办法》", "2020-03-18"),
    ("/ywgk/sfgg/2020/0301/3733.html", "官渡区法院开展执行事务集约化管理试点纪实", "2020-03-01"),
    ("/ywgk/sfgg/2019/1226/3602.html", "昆明法院2019年司法改革工作综述", "2019-12-26"),
    ("/ywgk/sfgg/2019/1120/3518.html", "石林县法院彝汉双语诉讼服务受好评", "2019-11-20"),
]


def article_lines() -> list[str]:
    """The article cell: <br>-separated lines, &nbsp; or full-width-space indentation."""
    out: list[str] = []
    n_item = 0
    n_para = 0
    for kind, text in ARTICLE:
        t = escape(text, quote=False)
        if kind == "docno":
            out.append(f'<p align="center"><font face="仿宋_GB2312" size="3">{t}</font></p>')
        elif kind == "to":
            out.append(f"{t}<br>")
        elif kind == "p":
            # the cover paragraph is indented with &nbsp;, the preamble with full-width spaces
            n_para += 1
            out.append(f"{IND if n_para == 1 else FW}{t}<br>")
        elif kind == "annex":
            out.append(f"<br>{IND}{t}<br>")
        elif kind == "sign":
            out.append(f'<br><p align="right">{t}&nbsp;&nbsp;&nbsp;&nbsp;<br>')
        elif kind == "date":
            out.append(f"{t}&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;</p>")
        elif kind == "title":
            out.append(f'<br><p align="center"><font face="黑体" size="4"><b>{t}</b></font></p>')
        elif kind == "h1":
            out.append(f"{IND}<b>{t}</b><br>")
        elif kind == "item":
            n_item += 1
            # every third work point was pasted with full-width spaces, the others typed with &nbsp;
            out.append(f"{FW if n_item % 3 == 0 else IND}{t}<br>")
        elif kind == "cont":
            out.append(f"{IND}{t}<br>")
        elif kind == "close":
            out.append(f"<br>{FW}{t}<br>")
        elif kind == "cc":
            out.append(f'<br><hr size="1" noshade color="#000000">{t}<br>')
        elif kind == "printed":
            out.append(f'<hr size="1" noshade color="#000000">{t}<br>')
        else:  # pragma: no cover
            raise ValueError(kind)
    return out


def page_html() -> str:
    nav = "&nbsp;|&nbsp;".join(f'<a href="{h}" class="nav">{escape(n)}</a>' for n, h in NAV)
    menu = "\n".join(
        f'\t\t\t\t\t<tr><td height="28" class="left_link"><img src="/images/arrow.gif" width="7" height="7" align="absmiddle">&nbsp;<a href="{h}">'
        + (f'<font color="#CC0000"><b>{escape(n)}</b></font>' if cur else escape(n))
        + "</a></td></tr>"
        for n, h, cur in LEFT_MENU
    )
    latest = "\n".join(
        f'\t\t\t\t\t<tr><td height="24" class="left_news">·<a href="{h}" title="{escape(t)}" target="_blank">{escape(t[:12])}...</a></td></tr>'
        for h, t in LATEST
    )
    related = "\n".join(
        f'\t\t\t\t\t\t<tr><td height="24">·<a href="{h}" target="_blank">{escape(t)}</a></td><td width="90" align="right"><font color="#999999">{d}</font></td></tr>'
        for h, t, d in RELATED
    )
    body = "\n".join(article_lines())
    return f"""<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<meta name="keywords" content="昆明中院,昆明法院,司法改革,工作要点,繁简分流">
<meta name="description" content="{escape(PAGE_TITLE)}">
<title>{escape(PAGE_TITLE)}--{SITE_NAME}</title>
<style type="text/css">
<!--
body {{ margin: 0px; background-color: #F0F0F0; }}
td {{ font-size: 12px; font-family: "宋体"; color: #333333; }}
a:link, a:visited {{ color: #333333; text-decoration: none; }}
a:hover {{ color: #CC0000; text-decoration: underline; }}
a.nav:link, a.nav:visited {{ color: #FFFFFF; font-size: 14px; font-weight: bold; }}
.lm_title {{ font-size: 14px; font-weight: bold; color: #FFFFFF; background-color: #B40000; padding-left: 12px; }}
.left_link {{ border-bottom: 1px dashed #D6D6D6; padding-left: 16px; font-size: 13px; }}
.left_news {{ padding-left: 8px; }}
.art_title {{ font-size: 20px; font-weight: bold; color: #B40000; line-height: 34px; }}
.art_info {{ color: #777777; line-height: 26px; }}
.art_body {{ font-size: 16px; line-height: 30px; color: #000000; }}
.footer {{ color: #FFFFFF; line-height: 22px; }}
-->
</style>
<script language="JavaScript" type="text/JavaScript">
<!--
function MM_openBrWindow(theURL,winName,features) {{ window.open(theURL,winName,features); }}
function doZoom(size) {{ document.getElementById('zoom').style.fontSize = size + 'px'; }}
//-->
</script>
</head>
<body>
<a name="top"></a>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0" bgcolor="#FFFFFF">
\t<tr>
\t\t<td height="118" background="/images/top_bg.jpg" bgcolor="#C81E1E">
\t\t\t<table width="100%" border="0" cellspacing="0" cellpadding="0">
\t\t\t\t<tr>
\t\t\t\t\t<td width="110" align="center"><img src="/images/fahui.gif" width="86" height="86" alt="{SITE_NAME}" border="0"></td>
\t\t\t\t\t<td><font face="华文行楷" size="6" color="#FFFFFF"><b>{SITE_NAME}</b></font><br><font face="Arial" color="#FFE0E0">KUNMING INTERMEDIATE PEOPLE'S COURT</font></td>
\t\t\t\t\t<td width="200" align="right" valign="top" style="padding:10px 14px 0 0"><a href="#" onClick="this.style.behavior='url(#default#homepage)';this.setHomePage('{SITE}');"><font color="#FFFFFF">设为首页</font></a> | <a href="javascript:window.external.AddFavorite('{SITE}','{SITE_NAME}')"><font color="#FFFFFF">加入收藏</font></a></td>
\t\t\t\t</tr>
\t\t\t</table>
\t\t</td>
\t</tr>
\t<tr>
\t\t<td height="36" bgcolor="#B40000" align="center">{nav}</td>
\t</tr>
\t<tr>
\t\t<td height="26" bgcolor="#FFF6E8" style="border-bottom:1px solid #E8D8C0"><marquee scrollamount="3" onMouseOver="this.stop()" onMouseOut="this.start()"><font color="#B40000">{escape(NOTICES)}</font></marquee></td>
\t</tr>
</table>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0" bgcolor="#FFFFFF">
\t<tr>
\t\t<td width="220" valign="top" bgcolor="#FAFAFA" style="border-right:1px solid #DDDDDD">
\t\t\t<table width="100%" border="0" cellspacing="0" cellpadding="0">
\t\t\t\t<tr><td height="30" class="lm_title">栏目导航</td></tr>
{menu}
\t\t\t</table>
\t\t\t<br>
\t\t\t<table width="100%" border="0" cellspacing="0" cellpadding="0">
\t\t\t\t<tr><td height="30" class="lm_title">站内搜索</td></tr>
\t\t\t\t<tr><td align="center" style="padding:8px 0"><form name="search" method="post" action="/search.asp"><input type="text" name="keyword" size="16"> <input type="submit" name="Submit" value="搜索"></form></td></tr>
\t\t\t</table>
\t\t\t<table width="100%" border="0" cellspacing="0" cellpadding="0">
\t\t\t\t<tr><td height="30" class="lm_title">最新动态</td></tr>
{latest}
\t\t\t</table>
\t\t</td>
\t\t<td width="780" valign="top" style="padding:0 18px 18px 18px">
\t\t\t<table width="100%" border="0" cellspacing="0" cellpadding="0">
\t\t\t\t<tr><td height="34" style="border-bottom:2px solid #B40000"><img src="/images/home.gif" width="13" height="13" align="absmiddle"> 您现在的位置：<a href="/index.html">首页</a> &gt;&gt; <a href="/ywgk/">院务公开</a> &gt;&gt; <a href="/ywgk/sfgg/">司法改革</a> &gt;&gt; 正文</td></tr>
\t\t\t</table>
\t\t\t<table width="100%" border="0" cellspacing="0" cellpadding="0">
\t\t\t\t<tr>
\t\t\t\t\t<td align="center" class="art_title" style="padding-top:16px">{escape(PAGE_TITLE)}</td>
\t\t\t\t</tr>
\t\t\t\t<tr>
\t\t\t\t\t<td align="center" class="art_info">发布时间：{PUBLISHED}&nbsp;&nbsp;&nbsp;&nbsp;来源：{SOURCE}&nbsp;&nbsp;&nbsp;&nbsp;点击数：<script language="javascript" src="/inc/hits.asp?id={ARTICLE_ID}"></script>&nbsp;&nbsp;&nbsp;&nbsp;【字体：<a href="javascript:doZoom(18)">大</a> <a href="javascript:doZoom(16)">中</a> <a href="javascript:doZoom(14)">小</a>】</td>
\t\t\t\t</tr>
\t\t\t\t<tr><td height="8" style="border-bottom:1px dashed #CCCCCC"></td></tr>
\t\t\t\t<tr>
\t\t\t\t\t<td class="art_body" id="zoom" style="padding:14px 6px 10px 6px">
{body}
\t\t\t\t\t</td>
\t\t\t\t</tr>
\t\t\t\t<tr>
\t\t\t\t\t<td align="right" height="30">【<a href="javascript:window.print()">打印本页</a>】【<a href="javascript:window.close()">关闭窗口</a>】【<a href="#top">返回顶部</a>】</td>
\t\t\t\t</tr>
\t\t\t\t<tr>
\t\t\t\t\t<td style="border-top:1px dashed #CCCCCC;line-height:24px;padding-top:6px">上一篇：<a href="{PREV[0]}">{escape(PREV[1])}</a><br>下一篇：<a href="{NEXT[0]}">{escape(NEXT[1])}</a></td>
\t\t\t\t</tr>
\t\t\t</table>
\t\t\t<br>
\t\t\t<table width="100%" border="0" cellspacing="0" cellpadding="0" style="border:1px solid #E0E0E0">
\t\t\t\t<tr><td height="28" bgcolor="#F3F3F3" style="padding-left:10px"><b><font color="#B40000">相关链接</font></b></td></tr>
\t\t\t\t<tr>
\t\t\t\t\t<td style="padding:6px 10px">
\t\t\t\t\t\t<table width="100%" border="0" cellspacing="0" cellpadding="0">
{related}
\t\t\t\t\t\t</table>
\t\t\t\t\t</td>
\t\t\t\t</tr>
\t\t\t</table>
\t\t</td>
\t</tr>
</table>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0" bgcolor="#B40000">
\t<tr>
\t\t<td height="96" align="center" class="footer">版权所有：{SITE_NAME}&nbsp;&nbsp;&nbsp;&nbsp;地址：昆明市西山区滇池路1399号&nbsp;&nbsp;&nbsp;&nbsp;邮编：650228<br>
\t\t滇ICP备05003417号&nbsp;&nbsp;&nbsp;&nbsp;技术支持：昆明市星辰网络科技有限公司<br>
\t\t建议使用IE6.0以上浏览器、1024×768分辨率浏览本站&nbsp;&nbsp;&nbsp;&nbsp;您是第<script language="javascript" src="/inc/counter.asp"></script>位访问者</td>
\t</tr>
</table>
</body>
</html>
"""


def source_text() -> str:
    lines = [
        "# Source of tests/documents/kunming-2020-gongzuo-yaodian.html (fictional).",
        "# Build (from the repository root): .venv/bin/python tests/documents/generators/html_gbk_tables.py tests/documents/kunming-2020-gongzuo-yaodian.html",
        "# Format: see the generator's docstring. Only the article is listed here, one line each, kind in brackets;",
        "# the site around it (banner, 栏目, 发布时间/来源/点击数, 上一篇/下一篇, 相关链接, footer) is not part of the document.",
        f"@page-title: {PAGE_TITLE}",
        f"@published: {PUBLISHED}",
        f"@source: {SOURCE}",
        "",
    ]
    lines += [f"[{kind}] {text}" for kind, text in ARTICLE]
    return "\n".join(lines) + "\n"


def build() -> bytes:
    html = page_html().replace("\r\n", "\n").replace("\n", "\r\n")
    return html.encode("gbk")  # strict: a character outside GBK raises instead of being replaced


def main(argv: list[str]) -> None:
    args = list(argv[1:])
    source_path = None
    if "--source" in args:
        i = args.index("--source")
        source_path = Path(args[i + 1])
        del args[i : i + 2]
    out = Path(args[0]) if args else DEFAULT_OUTPUT
    out.write_bytes(build())
    if source_path is not None:
        source_path.write_text(source_text(), encoding="utf-8")


if __name__ == "__main__":
    main(sys.argv)
