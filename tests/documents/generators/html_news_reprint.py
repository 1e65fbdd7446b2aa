# ruff: noqa: E501  (the page's paragraphs are kept one per line)
"""Build the HTML test document of a news site's article that reports on a reform document and reprints it in full.

Run from the repository root:

    .venv/bin/python tests/documents/generators/html_news_reprint.py tests/documents/beijing-2025-gaige-yaodian.html

The first command-line argument is the output path. With a second argument, the plain text of the article (news
report and reprinted work points, one paragraph a line) is written there as well:

    .venv/bin/python tests/documents/generators/html_news_reprint.py OUT.html OUT.source.txt

The output is deterministic (fixed strings only, UTF-8, LF line ends): a rebuild without changes is byte-identical.
Needs only the standard library. The content is fictional (real courts, places and national reform vocabulary).

What real-world layout it imitates: an article page of a national court-news portal (中国法院网, chinacourt.org, and
the same CMS template used by 北京法院网 and other provincial court-news sites) that runs a news report on a court's
reform plan and then reprints the plan in full, in the way such sites publish pieces like
"北京高院印发《2025年北京法院司法改革工作要点》":

- a modern UTF-8 page with a div/CSS layout (no layout tables): a top bar (登录/注册, 手机版, 微信 and 微博 links),
  the site header with the logo and a search box, the channel navigation (首页 新闻 法治 司法改革 法院 审判 执行 …),
  the breadcrumb 您的位置：首页 > 新闻 > 司法改革, and a right sidebar (热点排行, 专题, 图片新闻);
- the article block: the NEWS headline (北京高院印发…, not the document's own title), a sub-headline, the byline
  line with the publication time, 来源 and 作者 (记者 … 通讯员 …), the 【字体：大 中 小】 font-size buttons (a small
  inline script) and a 分享到 row;
- the article body: three paragraphs in a journalist's voice (who issued the plan, how many tasks, highlights, a
  quote from a 负责人; these name courts, places and mechanisms but are NOT part of the document), a document
  cover image with a caption, the sentence 以下为要点全文：, then the reprint: the document's title centred and
  bold, its preamble, section headings 一、 二、 … in bold, and work points （一） （二） … numbered afresh in each
  section, each opening with its first sentence in <strong>; two work points run on over a second <p>; there is
  no signature block and no document number (news reprints drop both; the date is the byline's);
- after the article: 责任编辑, 【打印本页】【关闭窗口】, a 相关文章 list of links, the 网友评论 box with its
  posting rules, and the footer (关于我们 links, 版权所有 中国法院网, 京ICP证 and 京公网安备 numbers, 地址).
"""

from __future__ import annotations

import html
import sys
from pathlib import Path

SITE = "https://www.chinacourt.org"
ARTICLE_URL = f"{SITE}/article/detail/2025/03/id/8712406.shtml"

HEADLINE = "北京高院印发《2025年北京法院司法改革工作要点》"
SUBHEAD = "部署六方面32项改革任务 推进审判工作现代化"
PUBTIME = "2025-03-21 09:15:32"
SOURCE = "中国法院网"
AUTHOR = "记者 张晨阳 通讯员 李岩"
EDITOR = "王洁"

NEWS: list[str] = [
    "中国法院网讯　记者近日从北京市高级人民法院获悉，北京高院印发《2025年北京法院司法改革工作要点》（以下简称《要点》），从健全审判权力运行体系、深化诉讼制度改革、服务首都高质量发展、健全一站式多元解纷和诉讼服务体系、深化执行体制机制改革、夯实改革基础等六个方面，部署了32项年度改革任务。",
    "《要点》明确，2025年北京法院将以审判管理现代化为牵引，持续完善院庭长阅核制度和“四类案件”监管机制；支持北京金融法院、北京互联网法院、北京知识产权法院在证券纠纷代表人诉讼、生成式人工智能纠纷审理、技术事实查明等领域先行探索；由北京四中院依托北京国际商事法庭服务“两区”建设，推动京津冀跨域诉讼服务和执行协作一体化；支持通州区法院服务城市副中心建设，在朝阳、丰台等区开展物业费批量纠纷示范调解。",
    "北京高院有关负责人表示，《要点》坚持问题导向和系统集成，既注重巩固院庭长办案、法官员额动态管理等已有改革成果，又围绕中关村科学城、自贸试验区等区域的司法需求推出一批新举措。北京高院司法改革办公室将建立任务清单，按季度督导推进，确保各项改革任务落地见效。",
]

CAPTION = "《2025年北京法院司法改革工作要点》文件（资料图）"
LEAD_IN = "以下为要点全文："

DOC_TITLE = "2025年北京法院司法改革工作要点"

PREAMBLE = "2025年是“十四五”规划收官之年，也是深入实施《人民法院第六个五年改革纲要（2024—2028）》、推进审判工作现代化的重要一年。全市法院要坚持以习近平新时代中国特色社会主义思想为指导，深入贯彻党的二十大和二十届三中全会精神，全面贯彻习近平法治思想，认真落实最高人民法院和市委关于深化司法体制综合配套改革的部署，紧扣首都城市战略定位，以“公正与效率”为工作主题，一体推进审判权力运行、诉讼制度、执行体制和司法管理体制改革，为首都高质量发展提供有力司法服务和保障。现就2025年北京法院司法改革工作提出如下要点。"

# Each section: its heading, then its work points as (lead sentence, rest, continuation paragraphs).
SECTIONS: list[tuple[str, list[tuple[str, str, list[str]]]]] = [
    (
        "一、健全审判权力运行体系，全面准确落实司法责任制",
        [
            (
                "（一）全面准确落实司法责任制。",
                "修订《北京法院审判权力和责任清单》，厘清独任法官、合议庭、院庭长和审判委员会的职责边界，做到放权不放任、监督不缺位。健全院庭长阅核制度，阅核意见一律在线签署、随案入卷，不得以阅核代替合议庭评议。",
                [],
            ),
            (
                "（二）完善审判监督管理机制。",
                "建立“四类案件”自动识别、分级监管和结案审查机制，由审判管理办公室按月通报监管情况。明确专业法官会议的咨询范围和审判委员会讨论案件的事项清单，全面推行审判委员会委员旁听庭审和列席评议制度。",
                [],
            ),
            (
                "（三）健全统一法律适用机制。",
                "完善人民法院案例库参考案例检索应用机制，推动入库案例在同类案件审理中规范参照。建立法律适用分歧发现、研判和提请解决机制，由北京高院研究室每季度汇总各中级人民法院报送的分歧问题。北京一中院、北京二中院、北京三中院分别牵头制定商事合同、房屋买卖和劳动争议类案裁判指引。",
                [],
            ),
            (
                "（四）健全法官员额动态调整机制。",
                "坚持“以案定额、以岗定员”，建立员额跨院统筹调配和递补机制，对收案量持续下降的法院适时收回空余员额。完善员额法官退出机制，细化办案业绩不达标、违纪违法等情形的退出程序。推动建立法官助理、书记员分类招录和职级晋升制度。",
                [],
            ),
            (
                "（五）完善法官依法履职保护机制。",
                "建立法官因依法履职受到侵害的快速处置和澄清正名机制，会同市公安局健全法官及其近亲属人身安全保护措施。配合北京市法官惩戒委员会依法开展惩戒工作，严格落实“三个规定”，对过问干预案件情况做到全面记录、如实报告。",
                [],
            ),
            (
                "（六）健全审判质效管理指标体系。",
                "对标最高人民法院审判质量管理指标，优化“案-件比”、发改率、超期未结等核心指标的权重设置，建立审判质效数据周监测、月研判、季通报制度。北京高院按季度发布全市法院审判质效运行报告，对质效指标持续靠后的法院开展专项督导。",
                [],
            ),
        ],
    ),
    (
        "二、深化诉讼制度改革，提升审判质量效率",
        [
            (
                "（一）深化案件繁简分流。",
                "完善以立案庭为枢纽的“分调裁审”机制，依法扩大小额诉讼程序适用范围，对简单案件简化庭审环节和裁判文书制作。支持北京二中院、北京三中院开展二审民事案件独任审理试点，明确独任审理与合议审理相互转换的识别标准。",
                [],
            ),
            (
                "（二）深化以审判为中心的刑事诉讼制度改革。",
                "严格执行刑事审判“三项规程”，提高关键证人、鉴定人出庭作证比例。会同市检察院、市公安局完善认罪认罚案件量刑建议审查和听取意见程序，规范涉案财物随案移送和先行处置规则。",
                [],
            ),
            (
                "（三）推进行政争议实质性化解。",
                "完善跨行政区划行政案件集中管辖机制，探索将涉城市副中心重大基础设施项目的行政案件纳入北京四中院集中管辖范围。会同市司法局推动建立行政复议与行政诉讼衔接机制，落实行政机关负责人出庭应诉制度，对出庭应诉率连续偏低的行政机关向市委依法治市办通报。",
                [],
            ),
            (
                "（四）健全虚假诉讼甄别和惩治机制。",
                "对民间借贷、以物抵债、劳动报酬追索等易发领域的案件实行虚假诉讼风险提示，在立案和审理环节嵌入智能预警模块。会同市检察院建立虚假诉讼线索双向移送和联合惩戒机制，依法追究参与虚假诉讼的律师、鉴定人等诉讼参与人的法律责任。",
                [],
            ),
            (
                "（五）健全技术类知识产权案件审理机制。",
                "支持北京知识产权法院完善技术调查官、技术咨询专家、技术鉴定人和专家辅助人“四位一体”技术事实查明机制，探索技术调查意见公开制度。健全知识产权侵权惩罚性赔偿适用规则，制定商业秘密案件审理指引。",
                [],
            ),
            (
                "（六）规范人民陪审员参审机制。",
                "会同市司法局完善人民陪审员随机抽选和分类管理制度，对社会关注度高的涉众型案件依法组成七人合议庭审理。健全人民陪审员履职评价和退出机制，推动人民陪审员由“陪而不审”向“既陪又审”转变。",
                [],
            ),
        ],
    ),
    (
        "三、服务首都高质量发展，健全专业化审判和区域司法协作机制",
        [
            (
                "（一）服务保障“两区”建设。",
                "支持北京四中院依托北京国际商事法庭，完善诉讼、调解、仲裁有机衔接的国际商事纠纷“一站式”解决机制，引导中国国际经济贸易仲裁委员会、北京国际仲裁中心等机构入驻合作。",
                [
                    "建立涉自贸试验区跨境投资纠纷集中审理机制，完善涉外商事案件域外法查明规则，支持北京四中院在跨境商事纠纷审理方面先行先试。"
                ],
            ),
            (
                "（二）健全金融审判与金融监管协同机制。",
                "支持北京金融法院深化证券纠纷代表人诉讼制度适用，完善投资者保护机构参与诉讼和赔偿款分配规则。推动建立与国家金融监督管理总局北京监管局、中国证监会北京监管局的金融风险信息共享机制，服务国家金融管理中心功能建设。",
                [],
            ),
            (
                "（三）完善互联网司法规则体系。",
                "支持北京互联网法院发布涉数据权益、算法应用、生成式人工智能等新型纠纷的典型案例，试行涉生成式人工智能案件技术专家陪审制度。深化在线诉讼规则适用，健全电子证据区块链存证审查标准。",
                [],
            ),
            (
                "（四）健全科技创新司法保障机制。",
                "围绕国际科技创新中心建设，支持海淀法院、昌平区法院、怀柔区法院分别在中关村科学城、未来科学城、怀柔科学城设立科技创新司法服务站，推动建立“三城一区”科创企业纠纷快速响应机制。依法审理涉关键核心技术的专利、技术秘密案件，加大对原始创新的司法保护力度。",
                [],
            ),
            (
                "（五）深化京津冀司法协作。",
                "落实新一轮京津冀司法协作框架协议，推动建立京津冀跨域诉讼服务和执行协作一体化机制，实现立案、送达、查控等事项网上委托办理。北京四中院会同天津市第三中级人民法院、河北雄安新区中级人民法院试行跨区域环境资源案件联合审理机制。",
                [],
            ),
            (
                "（六）服务保障城市副中心高质量发展。",
                "支持通州区法院组建行政机关迁入、重大工程建设和拆迁腾退纠纷专业化审判团队，健全涉城市副中心重大项目纠纷提前介入和协同化解机制。北京三中院与廊坊市中级人民法院共同建立跨界纠纷协同化解机制，统一毗邻地区同类案件裁判尺度。",
                [],
            ),
        ],
    ),
    (
        "四、深化诉源治理，健全一站式多元解纷和诉讼服务体系",
        [
            (
                "（一）深化诉源治理。",
                "主动融入市委政法委统筹的社会治理格局，推动建立市、区、街乡三级矛盾纠纷预防化解联动机制，服务首都超大城市治理。对12345市民服务热线转办的涉诉诉求开展类型化分析，定期形成诉求分析报告反馈相关行业主管部门。支持平谷区法院、延庆区法院在山区乡镇开展“无讼村居”创建试点。",
                [],
            ),
            (
                "（二）健全诉讼与非诉讼纠纷解决方式衔接机制。",
                "会同市司法局完善特邀调解名册管理制度，引导北京市消费者协会、北京保险行业协会等行业组织入驻人民法院调解平台，就近化解消费、保险类纠纷。规范诉前调解案件的期限管理和司法确认程序，防止“久调不决”。",
                [],
            ),
            (
                "（三）健全物业服务纠纷源头化解机制。",
                "会同市住房城乡建设委推动建立物业服务纠纷“社区调解+法院确认”工作模式，将物业费催缴前置到社区议事协商环节。支持朝阳法院、丰台区法院开展物业费批量纠纷示范调解试点，对同一小区同类纠纷先行调解一案、带动化解一批，形成经验后在全市推广。",
                [],
            ),
            (
                "（四）健全诉讼服务质效评价体系。",
                "建立12368诉讼服务热线与12345市民服务热线双向转办机制，实现当事人诉求“一号受理、限时办结”。在诉讼服务中心设置跨域立案专窗，为津冀当事人提供就近立案服务，健全诉讼服务“好差评”回访整改机制。",
                [],
            ),
            (
                "（五）健全人民法庭参与基层社会治理机制。",
                "指导人民法庭与辖区街乡、派出所、司法所共建矛盾纠纷联合调处机制，落实法官定期联系社区制度。支持门头沟区法院、房山区法院完善山区人民法庭巡回审判机制，在偏远村落设立固定巡回审判点。",
                [],
            ),
        ],
    ),
    (
        "五、深化执行体制机制改革，巩固“切实解决执行难”成果",
        [
            (
                "（一）健全执行权运行制约机制。",
                "深化执行裁决权与执行实施权相分离，执行异议、复议案件统一由执行裁判庭审查。落实执行案款“一案一账号”管理制度，具备发放条件的案款一律在30日内发放完毕。",
                [],
            ),
            (
                "（二）健全执行联动机制。",
                "在市委政法委统筹下，推动完善与市市场监管局、市规划自然资源委、市住房城乡建设委的不动产、股权查控协作机制，拓展网络查控覆盖范围。会同市检察院、市公安局健全拒执犯罪线索移送和立案监督工作机制，依法惩治规避执行、抗拒执行行为。",
                [],
            ),
            (
                "（三）完善企业破产审判配套机制。",
                "支持北京一中院（北京破产法庭）完善庭外重组与预重整、重整程序的衔接规则，在北京破产法庭开展小微企业破产案件快速审理试点。",
                ["推动建立市级企业破产处置府院联动机制，协调解决破产企业涉税处理、信用修复和职工安置问题。"],
            ),
            (
                "（四）健全善意文明执行工作机制。",
                "对正常经营的涉案企业优先采取“活封活扣”措施，完善失信被执行人信用修复激励机制。支持顺义区法院、大兴区法院试行涉企执行案件“执行前督促履行”制度，引导被执行人主动履行。",
                [],
            ),
        ],
    ),
    (
        "六、夯实改革基础，强化改革组织保障",
        [
            (
                "（一）深化数字法院建设。",
                "推进北京法院审判执行一体化办案平台迭代升级，全面实行电子卷宗单套制归档。研发裁判文书智能纠错和庭审语音转写辅助功能，健全人工智能辅助审判工具的准入测评和使用留痕规则。",
                [],
            ),
            (
                "（二）健全阳光司法机制。",
                "完善审判流程、庭审活动、裁判文书、执行信息四大公开平台的数据对接机制，制定北京法院庭审直播工作细则，对社会关注度高的案件依法直播庭审。健全新闻发布与舆情回应联动制度，定期发布涉“两区”建设、涉外商事审判白皮书。",
                [],
            ),
            (
                "（三）健全法官教育培训体系。",
                "实施新入额法官任职前集中培训和履职能力“回炉”培训，推行资深法官“导师制”培养模式。与中国政法大学共建审判实务研究基地，推动建立法官与高校教师双向交流机制。",
                [],
            ),
            (
                "（四）健全改革督察和成效评估机制。",
                "北京高院司法改革办公室对重点改革任务实行清单化管理，每季度通报进展情况。委托第三方机构对年度改革任务落实情况开展成效评估，对成效明显的改革举措及时总结，择优报送最高人民法院司法改革领导小组办公室。",
                [],
            ),
            (
                "（五）加强改革组织领导。",
                "坚持党对司法改革工作的绝对领导，严格执行重大事项请示报告制度，涉及审判权力配置和内设机构调整的改革方案按程序报市委政法委审核把关。全市法院要把司法改革作为“一把手”工程，院长切实履行改革第一责任人职责，确保各项改革任务落地见效。",
                [],
            ),
        ],
    ),
]

NAV = [
    "首页",
    "新闻",
    "法治",
    "司法改革",
    "法院",
    "审判",
    "执行",
    "法官",
    "视频",
    "图片",
    "专题",
    "理论",
    "文化",
    "English",
]

RELATED = [
    ("2025-03-18", "北京法院召开2025年司法改革工作推进会", "8709923"),
    ("2025-03-12", "北京高院发布服务保障“两区”建设典型案例", "8702117"),
    ("2025-02-27", "北京四中院国际商事法庭一站式解纷平台上线运行", "8689450"),
    ("2025-02-19", "北京互联网法院发布生成式人工智能案件审理情况通报", "8680031"),
    ("2025-01-24", "京津冀三地高院签署新一轮司法协作框架协议", "8661378"),
    ("2025-01-10", "通州法院：以专业化审判团队服务城市副中心建设", "8650264"),
]

HOT = [
    "最高法发布2025年人民法院司法改革工作要点",
    "人民法院案例库新增入库案例七百余件",
    "全国法院审判管理工作会议在京召开",
    "北京高院印发《2025年北京法院司法改革工作要点》",
    "最高法：深化执行体制机制改革 切实解决执行难",
    "上海高院发布金融审判十大典型案例",
    "广东法院跨境商事纠纷多元化解机制见成效",
    "一图读懂《人民法院第六个五年改革纲要》",
]

CSS = """
body{margin:0;padding:0;background:#f4f4f4;font:14px/1.8 "PingFang SC","Microsoft YaHei","微软雅黑",SimSun,sans-serif;color:#333;}
a{color:#333;text-decoration:none;}
a:hover{color:#b40000;text-decoration:underline;}
ul,li{margin:0;padding:0;list-style:none;}
.w1200{width:1200px;margin:0 auto;}
.topbar{height:34px;line-height:34px;background:#fff;border-bottom:1px solid #e6e6e6;font-size:12px;color:#888;}
.topbar .fl{float:left;}
.topbar .fr{float:right;}
.topbar .fr a{margin-left:14px;color:#888;}
.header{height:110px;background:#fff;}
.header .logo{float:left;margin-top:22px;font-size:34px;font-weight:bold;color:#b40000;letter-spacing:2px;}
.header .logo small{display:block;font-size:12px;color:#999;letter-spacing:0;font-weight:normal;}
.header .search{float:right;margin-top:38px;}
.header .search input.kw{width:220px;height:30px;border:1px solid #ccc;padding:0 8px;}
.header .search button{height:32px;width:64px;border:0;background:#b40000;color:#fff;}
.nav{height:46px;background:#b40000;}
.nav li{float:left;}
.nav li a{display:block;height:46px;line-height:46px;padding:0 19px;color:#fff;font-size:16px;}
.nav li.on a,.nav li a:hover{background:#8c0000;text-decoration:none;}
.crumb{height:44px;line-height:44px;font-size:13px;color:#666;}
.crumb a{color:#666;}
.main{overflow:hidden;padding-bottom:30px;}
.content{float:left;width:820px;background:#fff;padding:30px 40px;box-sizing:border-box;}
.sidebar{float:right;width:360px;}
.detail .b_title{font-size:28px;line-height:42px;font-weight:bold;color:#222;text-align:center;}
.detail .s_title{font-size:18px;line-height:30px;color:#555;text-align:center;margin-top:6px;}
.detail .sth_a{margin:16px 0 0;padding-bottom:12px;border-bottom:1px solid #e5e5e5;font-size:13px;color:#999;text-align:center;}
.detail .sth_a span{margin:0 10px;}
.detail .sth_b{overflow:hidden;padding:10px 0;font-size:12px;color:#999;}
.detail .sth_b .font{float:left;}
.detail .sth_b .font a{margin:0 4px;color:#666;cursor:pointer;}
.detail .sth_b .share{float:right;}
.detail .sth_b .share a{display:inline-block;margin-left:8px;padding:0 8px;border:1px solid #ddd;border-radius:2px;color:#666;}
.detail .text{font-size:16px;line-height:2;color:#333;}
.detail .text p{margin:0 0 14px;}
.detail .text p.pic{text-align:center;}
.detail .text p.pic img{max-width:560px;border:1px solid #ddd;}
.detail .text p.caption{text-align:center;font-size:13px;color:#888;}
.detail .text p.doc-title{text-align:center;font-size:18px;}
.detail .editor{text-align:right;color:#999;font-size:13px;margin-top:20px;}
.detail .tools{text-align:right;font-size:13px;margin-top:6px;}
.detail .tools a{margin-left:12px;color:#666;}
.related{margin-top:28px;}
.related h3,.comment h3,.side-box h3{margin:0;height:38px;line-height:38px;border-bottom:2px solid #b40000;font-size:17px;color:#b40000;}
.related li{height:34px;line-height:34px;border-bottom:1px dashed #e3e3e3;overflow:hidden;}
.related li span{float:right;color:#999;font-size:12px;}
.comment{margin-top:28px;}
.comment .tip{font-size:12px;color:#999;line-height:22px;margin:10px 0;}
.comment textarea{width:100%;height:90px;border:1px solid #ccc;box-sizing:border-box;padding:6px;}
.comment .btn{margin-top:8px;text-align:right;}
.comment .btn button{height:32px;padding:0 22px;border:0;background:#b40000;color:#fff;}
.comment .count{font-size:13px;color:#666;margin-top:10px;}
.side-box{background:#fff;padding:12px 18px 18px;margin-bottom:16px;}
.side-box li{line-height:34px;height:34px;overflow:hidden;border-bottom:1px dashed #eee;}
.side-box li em{display:inline-block;width:18px;height:18px;line-height:18px;margin-right:8px;background:#bbb;color:#fff;font-style:normal;font-size:12px;text-align:center;}
.side-box li.top em{background:#b40000;}
.footer{background:#2b2b2b;color:#aaa;font-size:12px;line-height:26px;padding:22px 0;text-align:center;}
.footer a{color:#ccc;margin:0 8px;}
""".strip("\n")

SCRIPT = """
function doZoom(size){
  var box=document.getElementById('zoom');
  if(!box){return;}
  box.style.fontSize=size+'px';
  var ps=box.getElementsByTagName('p');
  for(var i=0;i<ps.length;i++){ps[i].style.fontSize=size+'px';}
}
function doPrint(){window.print();}
""".strip("\n")


def esc(text: str) -> str:
    return html.escape(text, quote=False)


def article_paragraphs() -> list[str]:
    out: list[str] = []
    for para in NEWS:
        out.append(f"<p>　　{esc(para)}</p>")
    out.append('<p class="pic"><img src="/upload/resources/image/2025/03/21/20250321091208_53.jpg" alt="" /></p>')
    out.append(f'<p class="caption">{esc(CAPTION)}</p>')
    out.append(f"<p>　　{esc(LEAD_IN)}</p>")
    out.append(f'<p class="doc-title"><strong>{esc(DOC_TITLE)}</strong></p>')
    out.append(f"<p>　　{esc(PREAMBLE)}</p>")
    for heading, items in SECTIONS:
        out.append(f"<p>　　<strong>{esc(heading)}</strong></p>")
        for lead, rest, cont in items:
            out.append(f"<p>　　<strong>{esc(lead)}</strong>{esc(rest)}</p>")
            for extra in cont:
                out.append(f"<p>　　{esc(extra)}</p>")
    return out


ON = ' class="on"'
TOP = ' class="top"'


def page_html() -> str:
    nav = "\n".join(
        f'      <li{ON if name == "司法改革" else ""}><a href="{SITE}/{"index" if name == "首页" else "channel"}.shtml">{name}</a></li>'
        for name in NAV
    )
    related = "\n".join(
        f'          <li><span>{day}</span><a href="{SITE}/article/detail/{day[:4]}/{day[5:7]}/id/{ident}.shtml" target="_blank">{esc(title)}</a></li>'
        for day, title, ident in RELATED
    )
    hot = "\n".join(
        f'        <li{TOP if i <= 3 else ""}><em>{i}</em><a href="{SITE}/article/detail/2025/03/id/{8700000 + i * 1371}.shtml" target="_blank">{esc(t)}</a></li>'
        for i, t in enumerate(HOT, start=1)
    )
    body = "\n".join(f"        {p}" for p in article_paragraphs())
    return f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8" />
<meta http-equiv="X-UA-Compatible" content="IE=edge" />
<meta name="viewport" content="width=1200" />
<title>{esc(HEADLINE)}_中国法院网</title>
<meta name="keywords" content="北京高院,司法改革,工作要点,2025年" />
<meta name="description" content="北京高院印发《2025年北京法院司法改革工作要点》，部署六方面32项改革任务。" />
<link rel="canonical" href="{ARTICLE_URL}" />
<style type="text/css">
{CSS}
</style>
<script type="text/javascript">
{SCRIPT}
</script>
</head>
<body>
<div class="topbar">
  <div class="w1200">
    <div class="fl">欢迎访问中国法院网！今天是2025年3月21日 星期五</div>
    <div class="fr"><a href="{SITE}/user/login.shtml">登录</a><a href="{SITE}/user/register.shtml">注册</a><a href="https://m.chinacourt.org/">手机版</a><a href="{SITE}/weixin.shtml">微信</a><a href="https://weibo.com/chinacourt">微博</a></div>
  </div>
</div>
<div class="header">
  <div class="w1200">
    <div class="logo">中国法院网<small>www.chinacourt.org</small></div>
    <div class="search"><form action="{SITE}/search.shtml" method="get"><input class="kw" type="text" name="keyword" value="" placeholder="请输入关键词" /><button type="submit">搜索</button></form></div>
  </div>
</div>
<div class="nav">
  <div class="w1200">
    <ul>
{nav}
    </ul>
  </div>
</div>
<div class="w1200">
  <div class="crumb">您的位置：<a href="{SITE}/index.shtml">首页</a> &gt; <a href="{SITE}/article/index/id/MzAwNDAAAA.shtml">新闻</a> &gt; <a href="{SITE}/article/index/id/MzAwNDAyMDAAAA.shtml">司法改革</a></div>
  <div class="main">
    <div class="content">
      <div class="detail">
        <div class="b_title">{esc(HEADLINE)}</div>
        <div class="s_title">{esc(SUBHEAD)}</div>
        <div class="sth_a"><span>{PUBTIME}</span><span>来源：{SOURCE}</span><span>作者：{esc(AUTHOR)}</span></div>
        <div class="sth_b">
          <div class="font">【字体：<a onclick="doZoom(18)">大</a><a onclick="doZoom(16)">中</a><a onclick="doZoom(14)">小</a>】</div>
          <div class="share">分享到：<a href="javascript:void(0)">微信</a><a href="javascript:void(0)">微博</a><a href="javascript:void(0)">QQ空间</a></div>
        </div>
        <div class="text" id="zoom">
{body}
        </div>
        <div class="editor">责任编辑：{EDITOR}</div>
        <div class="tools"><a href="javascript:doPrint()">【打印本页】</a><a href="javascript:window.close()">【关闭窗口】</a></div>
      </div>
      <div class="related">
        <h3>相关文章</h3>
        <ul>
{related}
        </ul>
      </div>
      <div class="comment">
        <h3>网友评论</h3>
        <div class="tip">请您文明上网、理性发言并遵守相关规定，在注册后发表评论。网友评论仅供其表达个人看法，并不表明中国法院网同意其观点或证实其描述。</div>
        <form action="{SITE}/comment/post.shtml" method="post">
          <textarea name="content" placeholder="我来说两句……"></textarea>
          <div class="btn"><button type="submit">发表评论</button></div>
        </form>
        <div class="count">已有<span>0</span>条评论　<a href="{SITE}/comment/list/id/8712406.shtml">查看全部评论</a></div>
      </div>
    </div>
    <div class="sidebar">
      <div class="side-box">
        <h3>热点排行</h3>
        <ul>
{hot}
        </ul>
      </div>
      <div class="side-box">
        <h3>专题</h3>
        <ul>
          <li><a href="{SITE}/zhuanti/2025lianghui.shtml">聚焦2025全国两会</a></li>
          <li><a href="{SITE}/zhuanti/liuwugangyao.shtml">深入学习《人民法院第六个五年改革纲要》</a></li>
          <li><a href="{SITE}/zhuanti/gongzhengxiaolv.shtml">“公正与效率”主题实践</a></li>
        </ul>
      </div>
    </div>
  </div>
</div>
<div class="footer">
  <div class="w1200">
    <p><a href="{SITE}/about.shtml">关于我们</a>|<a href="{SITE}/contact.shtml">联系我们</a>|<a href="{SITE}/copyright.shtml">版权声明</a>|<a href="{SITE}/sitemap.shtml">网站地图</a></p>
    <p>版权所有 中国法院网　未经许可，不得转载</p>
    <p>京ICP证050427号　京公网安备11010102001234号　互联网新闻信息服务许可证编号：10120170012</p>
    <p>地址：北京市东城区东交民巷27号　邮编：100745</p>
  </div>
</div>
</body>
</html>
"""


def source_text() -> str:
    lines = [HEADLINE, SUBHEAD, f"{PUBTIME}  来源：{SOURCE}  作者：{AUTHOR}", ""]
    lines += NEWS
    lines += [CAPTION, LEAD_IN, "", DOC_TITLE, "", PREAMBLE, ""]
    for heading, items in SECTIONS:
        lines.append(heading)
        for lead, rest, cont in items:
            lines.append(lead + rest)
            lines += cont
        lines.append("")
    lines.append(f"责任编辑：{EDITOR}")
    return "\n".join(lines) + "\n"


def main(argv: list[str]) -> None:
    if len(argv) < 2:
        raise SystemExit("usage: html_news_reprint.py OUTPUT.html [SOURCE.txt]")
    out = Path(argv[1])
    out.write_bytes(page_html().encode("utf-8"))
    print(f"wrote {out} ({out.stat().st_size} bytes)")
    if len(argv) > 2:
        src = Path(argv[2])
        src.write_bytes(source_text().encode("utf-8"))
        print(f"wrote {src}")


if __name__ == "__main__":
    main(sys.argv)
