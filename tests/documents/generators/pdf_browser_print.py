"""Print a court portal's article page to PDF the way Chrome does ("打印" → 目标打印机 "另存为 PDF").

Run from the repository root:

    .venv/bin/python tests/documents/generators/pdf_browser_print.py tests/documents/ningxia-2024-zhongdian-renwu.pdf

The first command-line argument is the output path. It writes the article page of 宁夏法院网 that publishes
宁夏回族自治区高级人民法院's 通知 宁高法〔2024〕21号 with its attachment 2024年全区法院司法体制改革重点任务
(fictional content; real courts, places and reform vocabulary). The output is deterministic: reportlab's invariant
mode (invariant=1) fixes the creation date and the document identifier, the font subset is named
deterministically, and the print date printed in the header is a constant, so a rerun gives the same bytes.
Needs only reportlab and the wqy-zenhei font (/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc).

What real-world layout it imitates: a researcher opens the article page of a provincial court portal
(宁夏法院网, https://www.nxfy.gov.cn, 首页 > 司法改革 > 改革动态) in Chrome, presses Ctrl+P and saves it with
"另存为 PDF", A4, default margins, "页眉和页脚" ticked, "背景图形" not ticked (so coloured bars and
background images of the site do not print, only text, rules and text colours):

- every page carries Chrome's own print header and footer in a small sans-serif face inside the page margins:
  top-left the date and time of printing ("2024/4/9 15:42", the zh-CN short format), top-centre the page's
  <title> ("宁夏回族自治区高级人民法院2024年司法体制改革重点任务_宁夏法院网", cut with "…" when it does not fit
  the centre slot), bottom-left the page's URL, bottom-right "N/M" (page number / page count);
- the page itself in the portal's print layout: on page 1 the site name "宁夏法院网" in red as the banner's
  text, the navigation row as plain text over a rule, the breadcrumb "首页 > 司法改革 > 改革动态", the article
  title centred, and the grey line "发布时间：2024-04-09  来源：自治区高级人民法院  浏览次数：" (the counter is
  filled in by a script that the print does not wait for, so it stays empty), then a dotted rule;
- then the article as the editor pasted it from the Word file: the 通知 cover (document number, the 通知's own
  heading, addressees, one paragraph, the 附件 line, signature and date, right-aligned), then "附件", the
  attachment's title centred, a preamble, sections 一、 二、 … as paragraphs of their own, work points 1. 2. …
  numbered continuously through the sections, each a paragraph with a two-character first-line indent that ends
  with its ledger in brackets "（牵头部门：…；配合部门：…；完成时限：…）"; the last section has plain paragraphs
  and no work points; then the 抄送 and 印发 lines of the 版记;
- after the article the site's own closing material: "分享到：" (the share icons are images that print as
  nothing), "【打印】【关闭】" right-aligned, the 上一篇/下一篇 links and the 主办 line;
- lines are wrapped by the page width (reportlab Paragraph, CJK wrapping, closing punctuation never starts a
  line), and paragraphs and work points run over page breaks: a sentence cut at the bottom of a page continues
  on the next page after Chrome's footer and header lines;
- the PDF's document information is what Chrome writes: Title = the page's <title>, Creator = Chrome's user
  agent string, Producer = "Skia/PDF m123".
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
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate, Paragraph, Spacer

FONT_FILE = "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"
FONT = "WQYZenHei"

PAGE_W, PAGE_H = A4
MARGIN = 10 * mm  # Chrome's "默认" margins on A4 are about 10 mm; header and footer sit inside them
SIDE = MARGIN + 14  # the portal's print style keeps a little padding left and right of the article column
TEXT_W = PAGE_W - 2 * SIDE
BODY = 11
LEADING = BODY * 1.85  # the portal's line-height: 1.85
HEAD_SIZE = 8.0  # Chrome prints header and footer at about 8 pt

PRINTED_AT = "2024/4/9 15:42"
PAGE_TITLE = "宁夏回族自治区高级人民法院2024年司法体制改革重点任务_宁夏法院网"
ARTICLE_TITLE = "宁夏回族自治区高级人民法院2024年司法体制改革重点任务"
PAGE_URL = "https://www.nxfy.gov.cn/sfgg/202404/t20240409_5830417.html"
CREATOR = (
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/123.0.0.0 Safari/537.36"
)
PRODUCER = "Skia/PDF m123"
RED = colors.Color(0.75, 0.05, 0.10)
GREY = colors.Color(0.40, 0.40, 0.40)

NAV = "首页　　法院动态　　审务公开　　司法改革　　诉讼服务　　执行公开　　法院文化　　媒体聚焦　　网上信访"
BREADCRUMB = "首页 > 司法改革 > 改革动态"
META = "发布时间：2024-04-09　　来源：自治区高级人民法院　　浏览次数："

# The article as pasted into the portal's editor. Kinds: "docno" (centred), "heading" (the 通知's own heading),
# "to" (addressees), "p" (an indented paragraph: cover, preamble, closing section), "attach" (附件 line of the
# cover), "sign" / "date" (right-aligned), "annex" (the word 附件 above the attachment), "title" (attachment's
# title), "h1" (一、…), "item" (a work point), "copy" (抄送 / 印发 lines).
ARTICLE: list[tuple[str, str]] = [
    ("docno", "宁高法〔2024〕21号"),
    ("heading", "宁夏回族自治区高级人民法院关于印发《2024年全区法院司法体制改革重点任务》的通知"),
    ("to", "各中级人民法院，银川铁路运输法院，各县（市、区）人民法院，本院各部门："),
    (
        "p",
        "现将《2024年全区法院司法体制改革重点任务》印发给你们，请结合实际认真抓好贯彻落实。各单位要对照任务分工，逐项细化工作措施，明确责任领导和完成时限，于2024年7月10日前、12月20日前分别将上半年和全年落实情况报送自治区高级人民法院司法改革办公室。",
    ),
    ("attach", "附件：2024年全区法院司法体制改革重点任务"),
    ("sign", "宁夏回族自治区高级人民法院"),
    ("date", "2024年4月3日"),
    ("annex", "附件"),
    ("title", "2024年全区法院司法体制改革重点任务"),
    (
        "p",
        "2024年是深入实施“十四五”规划的关键一年，也是全面深化司法体制综合配套改革的重要一年。全区法院要坚持以习近平新时代中国特色社会主义思想为指导，深入贯彻党的二十大和二十届二中全会精神，全面落实最高人民法院和自治区党委关于司法体制改革的部署要求，紧扣“公正与效率”工作主题，以审判工作现代化服务保障中国式现代化宁夏实践，为建设黄河流域生态保护和高质量发展先行区、建设美丽新宁夏提供有力司法保障。现将2024年全区法院司法体制改革重点任务明确如下。",
    ),
    ("h1", "一、深化司法责任制综合配套改革"),
    (
        "item",
        "1.全面落实院庭长阅核制度。制定《宁夏回族自治区高级人民法院裁判文书阅核工作规定（试行）》，区分案件类型确定阅核范围和阅核重点，阅核意见一律在网上办案系统中签署、附卷备查。阅核人与合议庭意见不一致的，按程序提交专业法官会议讨论，必要时提请审判委员会研究。（牵头部门：审管办；配合部门：研究室、各中级人民法院；完成时限：2024年6月底前）",
    ),
    (
        "item",
        "2.健全审判权力运行制约监督机制。落实《最高人民法院关于进一步完善“四类案件”监督管理工作机制的指导意见》，依托审判管理系统对“四类案件”自动识别、标注提醒，监督意见随案流转、在线可查。银川中院、吴忠中院要于9月底前梳理形成院庭长监督管理事项清单，报自治区高院备案。（牵头部门：审管办；配合部门：各审判业务部门；完成时限：2024年9月底前）",
    ),
    (
        "item",
        "3.规范审判委员会和专业法官会议运行。修订审判委员会工作规则，减少讨论个案数量，突出总结审判经验、讨论决定重大事项的职能。石嘴山中院、固原中院要建立辖区专业法官会议跨院咨询机制，为基层法院审理新类型、疑难复杂案件提供参考意见。（牵头部门：研究室；配合部门：审管办、石嘴山中院、固原中院；完成时限：2024年10月底前）",
    ),
    (
        "item",
        "4.完善法官员额动态调整机制。坚持以案定额，根据案件数量和法官工作量测算结果统筹调配员额，员额向案多人少矛盾突出的兴庆区法院、金凤区法院倾斜。配合宁夏回族自治区法官检察官遴选委员会完成年度入额人选考核推荐，健全员额法官办案业绩不达标退出机制。（牵头部门：政治部；配合部门：审管办、各中级人民法院；完成时限：2024年11月底前）",
    ),
    (
        "item",
        "5.加强审判辅助人员队伍建设。会同自治区人力资源和社会保障厅研究制定聘用制书记员等级评定办法，拓宽书记员职业发展通道。支持石嘴山中院试行法官助理分级管理，按照履职年限、工作实绩确定法官助理等级，并与参与办案的范围相衔接。（牵头部门：政治部；配合部门：石嘴山中院；完成时限：2024年12月底前）",
    ),
    (
        "item",
        "6.健全法官惩戒工作机制。配合自治区法官检察官惩戒委员会做好惩戒案件审查工作，完善法官惩戒与纪检监察工作衔接机制。严格落实防止干预司法“三个规定”，对过问案件情况实行月报告、零报告。（牵头部门：机关纪委、政治部；完成时限：长期坚持）",
    ),
    ("h1", "二、深化诉讼制度改革"),
    (
        "item",
        "7.深化民事诉讼程序繁简分流。扩大小额诉讼程序适用范围，在金凤区法院、西夏区法院开展金融借款、物业服务合同纠纷要素式审判试点，简化庭审和文书制作流程，实现简案快审快结。（牵头部门：民一庭；配合部门：民二庭、银川中院；完成时限：2024年10月底前）",
    ),
    (
        "item",
        "8.深入推进以审判为中心的刑事诉讼制度改革。推动庭审实质化，对控辩双方有异议且对定罪量刑有重大影响的证人证言，依法通知证人出庭。会同自治区人民检察院、自治区司法厅出台认罪认罚案件值班律师参与量刑协商实施细则。在利通区法院、青铜峡市法院试行刑事案件远程视频提讯。（牵头部门：刑一庭；配合部门：刑二庭、吴忠中院；完成时限：2024年11月底前）",
    ),
    (
        "item",
        "9.深化行政诉讼制度改革。巩固银川铁路运输法院跨区域集中管辖行政案件改革成果，完善集中管辖法院与属地法院、行政机关之间的案件移送和协调化解机制。商请自治区党委依法治区办将行政机关负责人出庭应诉情况纳入法治政府建设考核，会同自治区司法厅每季度通报行政机关败诉案件情况。（牵头部门：行政审判庭；配合部门：银川铁路运输法院、各中级人民法院；完成时限：2024年12月底前）",
    ),
    (
        "item",
        "10.深化家事审判方式和工作机制改革。全面推行离婚案件财产申报，依法适用离婚冷静期。在原州区法院、同心县法院试行家事调查员制度，会同自治区民政厅、自治区公安厅建立人身安全保护令协助执行机制。（牵头部门：少年家事审判庭；配合部门：固原中院、吴忠中院；完成时限：2024年12月底前）",
    ),
    (
        "item",
        "11.稳妥推进涉案企业合规改革。对检察机关依法提起公诉的合规整改案件，在量刑时依法考虑合规整改效果。会同自治区人民检察院研究制定涉案企业合规第三方监督评估工作衔接办法，适时开展审判阶段涉案企业合规整改试点。（牵头部门：刑二庭；完成时限：2024年12月底前）",
    ),
    (
        "item",
        "12.全面推行律师调查令。制定全区法院律师调查令实施办法，明确调查令的申请条件、适用范围和协助义务，会同自治区律师协会加强对持令律师的执业监督。（牵头部门：民一庭；配合部门：立案一庭；完成时限：2024年9月底前）",
    ),
    ("h1", "三、健全多元解纷和诉讼服务体系"),
    (
        "item",
        "13.深入推进诉源治理。坚持和发展新时代“枫桥经验”，在自治区党委政法委统筹下，推动法院解纷力量下沉到县级社会治理中心和村（社区）网格。永宁县法院、贺兰县法院要总结“一村一法官”联系点工作经验，推动矛盾纠纷就地化解。（牵头部门：立案一庭；配合部门：各中级人民法院；完成时限：持续推进）",
    ),
    (
        "item",
        "14.健全诉调对接和调解协议司法确认工作机制。依托人民法院调解平台，吸纳宁夏保险行业协会、宁夏银行业协会入驻开展调解，建立特邀调解员履职评价制度。调解不成的及时登记立案，防止以调代审、久调不决。（牵头部门：立案一庭；配合部门：民一庭、民二庭；完成时限：2024年9月底前）",
    ),
    (
        "item",
        "15.深化跨域诉讼服务改革。完善跨域立案诉讼服务机制，实现全区三级法院跨域立案全覆盖。深化闽宁协作，推动建立与福建法院诉讼服务协作机制，为在闽务工的宁夏籍当事人提供跨省立案、远程调解服务。（牵头部门：立案一庭；配合部门：信息技术处；完成时限：2024年10月底前）",
    ),
    (
        "item",
        "16.完善国家司法救助制度。会同自治区财政厅建立司法救助资金动态补充机制，健全司法救助与社会救助衔接机制，对因案致贫返贫的当事人及时救助。在红寺堡区法院、海原县法院开展司法救助与乡村振兴衔接帮扶试点。（牵头部门：立案二庭；配合部门：审判监督庭；完成时限：2024年12月底前）",
    ),
    (
        "item",
        "17.加强新时代人民法庭建设。落实《最高人民法院关于推动新时代人民法庭工作高质量发展的意见》，优化山区人民法庭布局。固原中院要指导辖区法院在交通不便的山区乡镇设立巡回审判点，推行“车载法庭+巡回审判”工作模式，方便群众就近参与诉讼。（牵头部门：立案一庭；配合部门：固原中院；完成时限：2024年12月底前）",
    ),
    ("h1", "四、深化执行体制机制改革"),
    (
        "item",
        "18.健全执行指挥中心实体化运行机制。中卫中院、沙坡头区法院要试行执行事务集约化办理，将查询冻结、评估拍卖、文书送达等事务性工作集中由执行指挥中心统一办理，执行法官专注于执行裁决和财产处置。（牵头部门：执行局；配合部门：中卫中院、信息技术处；完成时限：2024年10月底前）",
    ),
    (
        "item",
        "19.完善执行联动机制。推动将解决执行难工作纳入自治区平安建设考评，会同自治区公安厅建立被执行人临控和协助查找机制。会同自治区人民检察院、自治区公安厅出台办理拒不执行判决、裁定刑事案件的指导意见，依法惩处拒执犯罪。（牵头部门：执行局；配合部门：刑一庭；完成时限：2024年12月底前）",
    ),
    (
        "item",
        "20.深化执行与破产衔接。完善“执转破”案件移送、受理和审理衔接机制，对符合条件的执行案件及时移送破产审查。坚持善意文明执行，依法审慎适用限制消费措施，探索建立失信被执行人信用修复激励制度。（牵头部门：执行局；配合部门：民二庭；完成时限：2024年11月底前）",
    ),
    (
        "item",
        "21.强化执行权运行制约监督。健全执行案件流程节点管控机制，执行案款收发一律通过执行案款管理系统办理。在大武口区法院、惠农区法院开展终本案件动态管理试点，定期对终本案件进行财产复查。（牵头部门：执行局；配合部门：审管办、石嘴山中院；完成时限：2024年9月底前）",
    ),
    ("h1", "五、服务保障黄河流域生态保护和高质量发展先行区建设"),
    (
        "item",
        "22.深化环境资源案件集中管辖改革。完善全区环境资源案件“三级法院、分片集中”管辖格局，支持中卫市沙坡头区人民法院在黄河流域生态环境案件跨区域集中管辖方面先行先试。贯彻实施《中华人民共和国黄河保护法》，依法审理涉黄河干流、湿地和草原保护的环境资源案件。（牵头部门：环境资源审判庭；配合部门：中卫中院；完成时限：2024年12月底前）",
    ),
    (
        "item",
        "23.完善生态环境修复责任履行机制。对破坏生态环境的犯罪案件，依法适用增殖放流、土地复垦、劳务代偿等修复方式。会同自治区生态环境厅、自治区自然资源厅建立生态修复资金专门账户管理制度，推动在石嘴山、吴忠设立生态环境司法保护实践基地。（牵头部门：环境资源审判庭；配合部门：石嘴山中院、吴忠中院；完成时限：2024年12月底前）",
    ),
    (
        "item",
        "24.加强黄河流域跨区域司法协作。会同阿拉善盟中级人民法院、白银市中级人民法院推动建立跨省区环境资源审判协作机制，在案件移送、委托调查取证、生态修复执行等方面互相支持。深化与内蒙古、甘肃毗邻地区法院的交流，定期互通涉黄河案件审理情况。（牵头部门：环境资源审判庭；配合部门：石嘴山中院、中卫中院；完成时限：2024年11月底前）",
    ),
    (
        "item",
        "25.深化闽宁司法协作。落实与福建高院签订的司法协作框架协议，支持银川中院与厦门中院、固原中院与福州中院在审判执行、人才培养等方面开展结对共建。选派山区基层法院青年法官到福建法院跟班学习，借鉴福建法院在矛盾纠纷化解、数字法院建设等方面的经验做法。（牵头部门：政治部；配合部门：银川中院、固原中院；完成时限：长期坚持）",
    ),
    (
        "item",
        "26.健全涉企冤错案件依法甄别纠正常态化机制。对涉民营企业产权和企业家合法权益的申诉案件，由审判监督庭集中审查、限期办结。在银川中院试行涉企案件经营影响评估，审慎采取查封、扣押、冻结措施，依法保障企业正常生产经营。（牵头部门：审判监督庭；配合部门：民二庭、银川中院；完成时限：2024年12月底前）",
    ),
    (
        "item",
        "27.加强知识产权司法保护。全面推进知识产权审判“三合一”，银川中院要会同自治区知识产权局建立知识产权纠纷行政调解协议司法确认机制。对恶意侵犯种业知识产权、故意侵犯地理标志的行为依法适用惩罚性赔偿，服务保障枸杞、葡萄酒、滩羊等特色产业发展。（牵头部门：民三庭；配合部门：银川中院；完成时限：2024年12月底前）",
    ),
    ("h1", "六、推进审判管理现代化和数字法院建设"),
    (
        "item",
        "28.完善审判质效管理机制。落实最高人民法院审判质量管理指标体系，建立全区法院质效指标季度会商制度，对偏离合理区间的指标及时分析研判、督促整改。（牵头部门：审管办；配合部门：各中级人民法院；完成时限：2024年6月底前）",
    ),
    (
        "item",
        "29.健全统一法律适用机制。用好法答网，落实类案强制检索要求。自治区高院定期编发参考性案例和审判业务问答，建立法律适用分歧协调解决机制。（牵头部门：研究室；配合部门：审管办、各审判业务部门；完成时限：持续推进）",
    ),
    (
        "item",
        "30.深化庭审记录方式改革。在银川中院、金凤区法院试行以庭审录音录像替代书记员庭审记录，制定庭审录音录像替代庭审笔录操作规程，明确当事人异议的处理方式。（牵头部门：信息技术处；配合部门：办公室、银川中院；完成时限：2024年10月底前）",
    ),
    (
        "item",
        "31.加强司法数据质量管理。建立司法数据质量常态化核查通报机制，按月通报案件信息项差错率。健全司法数据分级分类安全管理制度，推动建立全区政法机关跨部门办案数据共享平台。（牵头部门：信息技术处；配合部门：审管办；完成时限：2024年11月底前）",
    ),
    (
        "item",
        "32.深化司法公开。健全裁判文书上网审查和不公开事项备案机制，做到依法应当公开的一律公开。在宁夏法院网开设“阳光司法”专栏，集中发布重大案件审理信息和典型案例。推动建立特约监督员定期参与执行活动制度。（牵头部门：办公室；配合部门：信息技术处、执行局；完成时限：2024年12月底前）",
    ),
    ("h1", "七、抓好改革任务组织实施"),
    (
        "p",
        "各级法院党组要切实扛起改革主体责任，主要负责同志亲自研究部署、协调推进重大改革事项。本院各牵头部门要制定具体工作方案，加强对下指导，每季度向院党组报告改革任务推进情况。",
    ),
    (
        "p",
        "自治区高院司法改革办公室要建立改革任务台账，实行清单化管理、项目化推进，会同督察部门开展专项督察，对工作推进不力、成效不明显的单位和部门予以通报。各中级人民法院要加强对辖区基层法院改革工作的指导，及时总结报送改革典型案例和经验做法。",
    ),
    ("copy", "抄送：最高人民法院司法改革领导小组办公室，自治区党委政法委，自治区人民检察院。"),
    ("copy", "宁夏回族自治区高级人民法院办公室　　2024年4月3日印发"),
]

# What the portal prints after the article.
SHARE = "分享到："
PRINT_CLOSE = "【打印】【关闭】"
PREV_NEXT = [
    "上一篇：全区法院召开2024年司法体制改革推进会",
    "下一篇：银川中院出台诉前调解工作规程",
]
SPONSOR = "主办：宁夏回族自治区高级人民法院　　承办：宁夏回族自治区高级人民法院信息技术处"


def register_font() -> None:
    if FONT not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont(FONT, FONT_FILE, subfontIndex=0))


def chinese_line_breaking() -> None:
    """Closing punctuation never starts a line, as in Chrome's line breaker (UAX #14 for CJK text)."""
    from reportlab.lib import textsplit
    from reportlab.platypus import paragraph

    extra = "，。、；：？！）》〉」』】〕”’…"
    for module in (textsplit, paragraph):
        module.ALL_CANNOT_START = "".join(dict.fromkeys(module.ALL_CANNOT_START + extra))


def esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def make_styles() -> dict[str, ParagraphStyle]:
    base = ParagraphStyle("base", fontName=FONT, fontSize=BODY, leading=LEADING, wordWrap="CJK", alignment=TA_JUSTIFY)
    return {
        "site": ParagraphStyle("site", parent=base, fontSize=24, leading=30, textColor=RED, alignment=TA_LEFT),
        "nav": ParagraphStyle("nav", parent=base, fontSize=9.5, leading=16, alignment=TA_LEFT),
        "crumb": ParagraphStyle("crumb", parent=base, fontSize=9, leading=16, textColor=GREY, alignment=TA_LEFT),
        "article_title": ParagraphStyle(
            "article_title", parent=base, fontSize=16, leading=24, alignment=TA_CENTER, spaceBefore=10, spaceAfter=4
        ),
        "meta": ParagraphStyle("meta", parent=base, fontSize=9, leading=16, textColor=GREY, alignment=TA_CENTER),
        "p": ParagraphStyle("p", parent=base, firstLineIndent=2 * BODY),
        "center": ParagraphStyle("center", parent=base, alignment=TA_CENTER),
        "heading": ParagraphStyle(
            "heading", parent=base, fontSize=12, leading=21, alignment=TA_CENTER, spaceBefore=6, spaceAfter=6
        ),
        "left": ParagraphStyle("left", parent=base, alignment=TA_LEFT),
        "right": ParagraphStyle("right", parent=base, alignment=TA_RIGHT, rightIndent=2 * BODY),
        "title": ParagraphStyle(
            "title", parent=base, fontSize=14, leading=24, alignment=TA_CENTER, spaceBefore=6, spaceAfter=6
        ),
        "h1": ParagraphStyle("h1", parent=base, firstLineIndent=2 * BODY),
        "copy": ParagraphStyle("copy", parent=base, fontSize=BODY * 0.95, alignment=TA_LEFT),
        "small": ParagraphStyle("small", parent=base, fontSize=9, leading=16, alignment=TA_LEFT),
        "small_right": ParagraphStyle("small_right", parent=base, fontSize=9, leading=16, alignment=TA_RIGHT),
        "footer": ParagraphStyle("footer", parent=base, fontSize=8.5, leading=14, textColor=GREY, alignment=TA_CENTER),
    }


class Rule(Flowable):
    """A horizontal border of the page (borders print even without "背景图形")."""

    def __init__(
        self,
        width: float,
        thickness: float = 0.6,
        dash: tuple[int, ...] | None = None,
        color=colors.black,
        space: float = 4,
    ):
        super().__init__()
        self.width, self.thickness, self.dash, self.color, self.space = width, thickness, dash, color, space

    def wrap(self, availWidth, availHeight):
        return self.width, self.thickness + 2 * self.space

    def draw(self):
        c = self.canv
        c.saveState()
        c.setStrokeColor(self.color)
        c.setLineWidth(self.thickness)
        if self.dash:
            c.setDash(*self.dash)
        c.line(0, self.space, self.width, self.space)
        c.restoreState()


def story() -> list:
    st = make_styles()
    out: list = [
        Paragraph("宁夏法院网", st["site"]),
        Spacer(1, 4),
        Paragraph(NAV, st["nav"]),
        Rule(TEXT_W, thickness=1.2, color=RED, space=3),
        Paragraph(esc(BREADCRUMB), st["crumb"]),
        Paragraph(ARTICLE_TITLE, st["article_title"]),
        Paragraph(META, st["meta"]),
        Rule(TEXT_W, thickness=0.5, dash=(1, 2), color=GREY, space=5),
        Spacer(1, 6),
    ]
    for kind, text in ARTICLE:
        t = esc(text)
        if kind == "docno":
            out.append(Paragraph(t, st["center"]))
        elif kind == "heading":
            out.append(Paragraph(t, st["heading"]))
        elif kind == "to":
            out.append(Paragraph(t, st["left"]))
        elif kind in ("p", "item", "h1"):
            out.append(Paragraph(t, st[kind if kind != "item" else "p"]))
        elif kind == "attach":
            out.append(Spacer(1, LEADING * 0.5))
            out.append(Paragraph(t, st["p"]))
        elif kind == "sign":
            out.append(Spacer(1, LEADING * 0.8))
            out.append(Paragraph(t, st["right"]))
        elif kind == "date":
            out.append(Paragraph(t, st["right"]))
            out.append(Spacer(1, LEADING * 0.8))
        elif kind == "annex":
            out.append(Paragraph(t, st["left"]))
        elif kind == "title":
            out.append(Paragraph(t, st["title"]))
        elif kind == "copy":
            if text.startswith("抄送"):
                out.append(Spacer(1, LEADING * 0.6))
                out.append(Rule(TEXT_W, thickness=0.5, space=2))
            out.append(Paragraph(t, st["copy"]))
            if not text.startswith("抄送"):
                out.append(Rule(TEXT_W, thickness=0.5, space=2))
        else:
            raise ValueError(kind)
    out += [
        Spacer(1, 14),
        Paragraph(SHARE, st["small"]),
        Paragraph(PRINT_CLOSE, st["small_right"]),
        Rule(TEXT_W, thickness=0.5, dash=(1, 2), color=GREY, space=4),
    ]
    out += [Paragraph(line, st["small"]) for line in PREV_NEXT]
    out += [Spacer(1, 10), Rule(TEXT_W, thickness=1.2, color=RED, space=3), Paragraph(SPONSOR, st["footer"])]
    return out


def fit(text: str, width: float, size: float) -> str:
    """Chrome cuts a header field that does not fit its slot and ends it with an ellipsis."""
    if pdfmetrics.stringWidth(text, FONT, size) <= width:
        return text
    while text and pdfmetrics.stringWidth(text + "…", FONT, size) > width:
        text = text[:-1]
    return text + "…"


class BrowserPrint(BaseDocTemplate):
    def __init__(self, target, total_pages: int):
        super().__init__(
            target,
            pagesize=A4,
            leftMargin=SIDE,
            rightMargin=SIDE,
            topMargin=MARGIN,
            bottomMargin=MARGIN,
            title=PAGE_TITLE,
            author="",
            subject="",
            creator=CREATOR,
            producer=PRODUCER,
            invariant=1,
        )
        self.total_pages = total_pages
        frame = Frame(
            SIDE,
            MARGIN,
            TEXT_W,
            PAGE_H - 2 * MARGIN,
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
            id="page",
        )
        self.addPageTemplates([PageTemplate(id="chrome", frames=[frame], onPage=self.header_footer)])

    def header_footer(self, c, doc) -> None:
        c.saveState()
        c.setFont(FONT, HEAD_SIZE)
        c.setFillColor(colors.black)
        top = PAGE_H - MARGIN / 2 - HEAD_SIZE / 3
        bottom = MARGIN / 2 - HEAD_SIZE / 3
        left, right = 7 * mm, PAGE_W - 7 * mm
        c.drawString(left, top, PRINTED_AT)
        # the centre slot is what is left between the date and a slot of the same width on the right
        date_w = pdfmetrics.stringWidth(PRINTED_AT, FONT, HEAD_SIZE)
        slot = PAGE_W - 2 * (left + date_w + 18 * mm)
        c.drawCentredString(PAGE_W / 2, top, fit(PAGE_TITLE, slot, HEAD_SIZE))
        c.drawString(left, bottom, fit(PAGE_URL, PAGE_W * 0.7, HEAD_SIZE))
        c.drawRightString(right, bottom, f"{c.getPageNumber()}/{self.total_pages}")
        c.restoreState()


def build(path: Path) -> None:
    register_font()
    chinese_line_breaking()
    probe = BrowserPrint(io.BytesIO(), total_pages=0)
    probe.build(story())
    pages = probe.page
    doc = BrowserPrint(str(path), total_pages=pages)
    doc.build(story())
    if doc.page != pages:
        raise SystemExit("page count changed between passes")


def main(argv: list[str]) -> None:
    if len(argv) != 2:
        raise SystemExit(f"usage: {argv[0]} OUTPUT.pdf")
    build(Path(argv[1]))


if __name__ == "__main__":
    main(sys.argv)
