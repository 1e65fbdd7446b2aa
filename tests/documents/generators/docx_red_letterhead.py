# ruff: noqa: E501  (SOURCE holds the document's paragraphs, one per line)
"""Build the Word test document of a High Court's 红头文件 whose letterhead sits in a floating text box.

Run from the repository root:

    .venv/bin/python tests/documents/generators/docx_red_letterhead.py tests/documents/tianjin-2025-xingdong-jihua.docx

The first command-line argument is the output path (default: tianjin-2025-xingdong-jihua.docx next to this script).
Content is fictional (real courts, places and reform vocabulary); the text is kept in SOURCE below. The output is
deterministic: fixed core and custom document properties, fixed shape ids, fixed zip entry order and timestamps,
so a rebuild without changes is byte-identical. Needs python-docx and lxml only (self-contained: no helper module).

What real-world layout it imitates: an official 红头文件 of a provincial-level High Court (天津市高级人民法院)
typed in WPS Office / Word from the government document template that follows GB/T 9704-2012 《党政机关公文格式》,
as the court's office sends out a plan with a short 印发 notice (下行文):

- page A4, margins 3.7 / 3.5 / 2.8 / 2.6 cm, body 仿宋_GB2312 三号 (16 pt) with a fixed 28 pt line pitch;
- the letterhead (发文机关标志) 天津市高级人民法院文件 is NOT a paragraph of the body: as in the template, it is
  red 方正小标宋简体 text inside a floating text box anchored in the first (otherwise empty) paragraph. The shape
  is written the way Word 2010+ and WPS save it: mc:AlternateContent with a DrawingML choice
  (w:drawing / wp:anchor / wps:wsp / wps:txbx / w:txbxContent) and a VML fallback (w:pict / v:shape /
  v:textbox / w:txbxContent) holding the same text again, so a reader that walks every w:t sees the letterhead
  twice; a few empty paragraphs below the anchor keep the space the box covers;
- the document number 津高法〔2025〕36号 centred in a one-row, one-cell borderless table (the template's way of
  pinning it under the letterhead), followed by the red separator rule (a paragraph with a thick red bottom
  border);
- the notice: title 天津市高级人民法院关于印发《…》的通知 in 方正小标宋 二号, addressees flush left, one body
  paragraph, the 附件： line, the signature (发文机关署名) and the date 2025年3月10日 right-aligned, then
  （此件公开发布）;
- a section break (next page), so the attachment starts on a new page and gets its own header: the header of
  section 2 carries the plan's short title (right-aligned, 楷体 小五, with a thin rule under it) while section 1
  has an empty header, as offices do when the notice page must stay clean;
- the attachment: the word 附件 (黑体, flush left), the plan's title (方正小标宋 二号, centred), a preamble of two
  paragraphs; sections 一、… in Word's built-in Heading 1 style (黑体, numerals typed, no list numbering);
  subsections （一）… as bold 楷体 paragraphs of their own (no point text follows on the same line); work points
  typed as "1．" with a full-width stop (U+FF0E, not Word numbering), numbered continuously through the whole plan
  (1 to 32); some work points carry run-in sub-points 一是……；二是……；三是……;
- under every work point its responsibility line as a separate, smaller paragraph in 楷体_GB2312 (14 pt):
  责任单位：…；完成时限：…;
- a closing section 八、组织实施 of plain paragraphs, then the 版记 as real 公文 print it: a table whose top and
  bottom borders are thick and whose rows are divided by thin rules, holding the 抄送： line and the
  印发机关 / 印发日期 line (天津市高级人民法院办公室 … 2025年3月11日印发);
- footers with the page number as a PAGE field, "— 1 —" style (宋体 四号 with em dashes), odd pages right and
  even pages left (w:evenAndOddHeaders), in both sections;
- docProps/app.xml naming WPS Office and a docProps/custom.xml with KSOProductBuildVer, as WPS writes them.
"""

from __future__ import annotations

import datetime as dt
import io
import re
import sys
import zipfile
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.oxml.shared import OxmlElement
from docx.shared import Cm, Pt, RGBColor

HERE = Path(__file__).resolve().parent
NAME = "tianjin-2025-xingdong-jihua"
ISSUED = dt.datetime(2025, 3, 10, 9, 0, 0)
MODIFIED = dt.datetime(2025, 3, 11, 8, 30, 0)
COURT = "天津市高级人民法院"
PLAN = "天津法院深化司法体制综合配套改革三年行动计划（2025—2027年）"

FANGSONG = "仿宋_GB2312"
HEITI = "黑体"
KAITI = "楷体_GB2312"
XIAOBIAOSONG = "方正小标宋简体"
SONGTI = "宋体"
RED = RGBColor(0xFF, 0x00, 0x00)

# Source format (one block per line; blank lines and lines starting with "#" are ignored):
#   [letterhead] TEXT   red letterhead in a floating text box anchored in the first paragraph
#   [docno] TEXT        document number in a one-row borderless table, then the red rule
#   [title] TEXT        centred title (方正小标宋 22 pt)
#   [flush] TEXT        paragraph without indent (addressees)
#   [p] TEXT            body paragraph, first line indented two characters
#   [annex] TEXT        附件： line of the notice (indented, hanging under the colon)
#   [sign] [date]       signature and date, right-aligned
#   [note] TEXT         （此件公开发布）
#   [newsection] TEXT   section break (next page); TEXT is the running header of the new section
#   [annexmark] TEXT    the word 附件 at the top of the attachment (黑体)
#   [h1] TEXT           section heading 一、… (Heading 1)
#   [h2] TEXT           subsection （一）… (bold 楷体 paragraph)
#   [item] TEXT         work point (number typed, full-width stop)
#   [duty] TEXT         responsibility line under a work point (楷体 14 pt, indented)
#   [cc] TEXT / [printed] TEXT   版记 rows (抄送 / 印发), in a ruled table
SOURCE = """
[letterhead] 天津市高级人民法院文件
[docno] 津高法〔2025〕36号
[title] 天津市高级人民法院关于印发《天津法院深化司法体制综合配套改革三年行动计划（2025—2027年）》的通知
[flush] 本市各中级人民法院、天津海事法院，各区人民法院，天津铁路运输法院，本院各部门：
[p] 《天津法院深化司法体制综合配套改革三年行动计划（2025—2027年）》已经市高院党组会议审议通过，现印发给你们，请结合实际认真贯彻落实。各单位要对照行动计划明确的任务分工，细化工作措施，建立落实台账，每年12月10日前将本单位年度落实情况书面报送市高院司法改革办公室。执行中遇到的重要情况和问题，请及时报告。
[annex] 附件：天津法院深化司法体制综合配套改革三年行动计划（2025—2027年）
[sign] 天津市高级人民法院
[date] 2025年3月10日
[note] （此件公开发布）

[newsection] 天津法院深化司法体制综合配套改革三年行动计划（2025—2027年）
[annexmark] 附件
[title] 天津法院深化司法体制综合配套改革三年行动计划（2025—2027年）
[p] 为深入贯彻党的二十大和二十届三中全会精神，全面落实《最高人民法院关于全面深化人民法院改革的意见——人民法院第六个五年改革纲要（2024—2028年）》和市委关于全面深化改革的部署要求，推动天津法院司法体制综合配套改革走深走实，以审判工作现代化服务保障中国式现代化天津篇章，结合全市法院工作实际，制定本行动计划。
[p] 总体目标是：到2027年底，审判权力运行和监督制约体系更加完善，诉讼制度和执行体制机制更加健全，服务京津冀协同发展和高水平对外开放的司法保障更加有力，数字法院建设取得明显成效，基本形成与天津经济社会发展相适应的现代化审判工作体系。

[h1] 一、健全审判权力运行和监督制约体系
[h2] （一）完善审判权力运行机制
[item] 1．全面落实院庭长阅核制度。制定《天津市高级人民法院关于院庭长阅核工作的实施细则（试行）》，明确应当阅核的案件范围、阅核方式和阅核责任，阅核意见一律在线签署、附卷备查。院庭长对阅核中发现的问题，可以建议合议庭复议或者按程序提交专业法官会议讨论，不得直接改变合议庭的评议意见。2025年在天津一中院、河西区法院开展院庭长阅核全流程线上运行试点，2026年在全市法院推开。
[duty] 责任单位：审管办、天津一中院；完成时限：2025年12月底前
[item] 2．规范专业法官会议和审判委员会运行。制定天津法院专业法官会议工作规程，建立跨部门、跨层级专业法官会议机制，中级人民法院可以邀请辖区基层法院资深法官参加讨论。完善提交审判委员会讨论案件的分级过滤机制，审判委员会讨论案件的决定及其理由依法在裁判文书中公开。
[duty] 责任单位：研究室；完成时限：2025年9月底前
[item] 3．深化审判团队改革。根据案件类型和审判任务组建以员额法官为核心的专业化审判团队，推行“员额法官+法官助理+书记员”动态配置模式。支持南开区法院、北辰区法院开展审判团队与法官个人业绩捆绑考评试点，将团队结案数量、审判质效和协作情况纳入考评范围。
[duty] 责任单位：政治部、审管办；完成时限：2026年6月底前
[h2] （二）强化审判监督管理
[item] 4．健全审判质量管理指标体系运用机制。对标最高人民法院审判质量管理要求，制定《天津法院审判质量管理指标运用指引》，指标运用坚持“讲数据、更讲实效”，不搞简单排名。建立审判态势月度会商制度，由各中级人民法院每月对辖区法院运行数据进行分析研判，对偏离度较大的指标及时预警提示。
[duty] 责任单位：审管办；完成时限：2025年10月底前
[item] 5．完善法官惩戒和履职保障制度。制定法官惩戒工作实施细则，规范法官惩戒委员会审议程序，保障当事法官陈述、举证和申辩的权利。健全法官依法履职保护机制，会同市委政法委、市公安局建立干警及其近亲属人身安全风险快速响应机制，对不实举报及时澄清正名。
[duty] 责任单位：政治部；完成时限：2026年12月底前

[h1] 二、深化诉讼制度改革
[h2] （一）优化民事和行政诉讼程序
[item] 6．深化民事诉讼程序繁简分流。规范适用小额诉讼程序和简易程序，完善独任制与合议制转换规则。支持和平区法院、红桥区法院开展金融借款、物业服务等类型化纠纷要素式审判试点，推广要素式裁判文书。在天津二中院试行二审案件独任审理工作机制，明确适用独任审理的案件范围。
[duty] 责任单位：民一庭、立案庭；完成时限：2026年6月底前
[item] 7．推进行政争议实质性化解。完善天津铁路运输法院集中管辖行政案件的审理机制，健全行政机关负责人出庭应诉制度。依托市行政争议调解中心，建立诉前调解、诉中和解与判后答疑相衔接的工作机制。会同市司法局完善行政复议与行政诉讼衔接机制，每年联合发布行政审判白皮书。
[duty] 责任单位：行政审判庭、天津铁路运输法院；完成时限：2025年12月底前
[h2] （二）深化刑事诉讼制度改革
[item] 8．深化以审判为中心的刑事诉讼制度改革。严格执行刑事审判“三项规程”，提高证人、鉴定人出庭作证率。完善认罪认罚从宽制度适用机制，会同市人民检察院规范量刑建议审查采纳工作。推动建立刑事涉案财物集中管理平台，实现公安、检察、法院涉案财物信息互通。
[duty] 责任单位：刑一庭、刑二庭；完成时限：2026年12月底前
[item] 9．稳妥推进涉案企业合规改革。配合检察机关做好涉案企业合规案件的审理衔接，对合规整改评估结论依法审查、合理采信。在滨海新区法院、东丽区法院探索涉企轻微犯罪案件“合规整改+从宽处理”审理模式，适时总结发布典型案例。
[duty] 责任单位：刑二庭、滨海新区法院；完成时限：2027年6月底前

[h1] 三、健全诉源治理和多元解纷体系
[h2] （一）推进矛盾纠纷源头预防化解
[item] 10．深化诉源治理。坚持和发展新时代“枫桥经验”，推动人民法院调解平台入驻社会矛盾纠纷调处化解中心，实现纠纷线上分流、委派调解、司法确认一网办理。一是向社会矛盾纠纷调处化解中心派驻法官工作站；二是每季度向区委政法委通报万人起诉率变化情况；三是对物业、供热等矛盾多发领域适时发送司法建议，做到“抓前端、治未病”。
[duty] 责任单位：立案庭；完成时限：持续推进
[item] 11．完善特邀调解和律师调解制度。规范特邀调解组织和特邀调解员名册管理，会同市司法局、市律师协会扩大律师调解覆盖面，在有条件的区法院设立律师调解工作室。支持河东区法院开展商事调解市场化收费试点，探索调解员分级激励机制。
[duty] 责任单位：立案庭；完成时限：2026年6月底前
[item] 12．健全劳动争议和道路交通事故纠纷一体化处理机制。会同市人力资源和社会保障局完善劳动人事争议裁审衔接机制，统一裁审受理范围和法律适用标准。推动道路交通事故损害赔偿纠纷“网上数据一体化处理”平台向各区延伸，实现保险理赔、调解、诉讼在线衔接。
[duty] 责任单位：民一庭；完成时限：2025年12月底前
[h2] （二）加强人民法庭建设
[item] 13．完善人民法庭工作机制。优化人民法庭布局，在蓟州区、宝坻区、静海区等涉农区推行“法庭+司法所+派出所”联动解纷模式，建立法官联系村（社区）工作制度。开展“枫桥式人民法庭”创建活动，每年评选一批示范法庭。
[duty] 责任单位：立案庭、政治部；完成时限：2027年12月底前

[h1] 四、深化执行体制机制改革
[h2] （一）健全执行权运行制约机制
[item] 14．深化审执分离改革。完善执行裁决权与执行实施权分离运行机制，执行异议、复议案件由执行裁判庭统一审查。在天津一中院、天津二中院推行执行事务集约化管理模式，将查控、评估、拍卖等事务性工作集中办理。健全执行案款“一案一账户”管理制度，案款发放实行全程线上监管。
[duty] 责任单位：执行局；完成时限：2025年12月底前
[item] 15．健全综合治理执行难工作格局。一是推动建立由市委政法委牵头的执行联动联席会议制度，定期研究解决执行难问题；二是会同市公安局、市规划和自然资源局拓展网络查控范围，实现不动产、车辆、公积金等财产“一键查询”；三是深化京津冀执行协作，完善跨省执行事项委托和异地查控协作机制。
[duty] 责任单位：执行局；完成时限：2026年12月底前
[h2] （二）推进执行与破产衔接
[item] 16．完善“执转破”工作机制。对符合条件的执行案件，执行法院应当及时征询当事人意见并移送破产审查。天津二中院要会同市发展和改革委员会、市市场监督管理委员会健全企业破产处置府院联动机制，推动设立破产费用专项保障基金。
[duty] 责任单位：民二庭、天津二中院；完成时限：2026年6月底前
[item] 17．提升企业破产审判质效。健全预重整与重整衔接制度，支持天津二中院开展中小微企业预重整试点，推动困境企业庭外重组与司法程序有机衔接。完善破产管理人分级管理和履职评价制度，试行破产案件快速审理程序，切实降低破产成本。
[duty] 责任单位：民二庭；完成时限：2027年6月底前
[item] 18．推进善意文明执行。严格区分失信与丧失履行能力，依法审慎适用纳入失信被执行人名单、限制消费等措施。完善失信被执行人信用修复机制，对主动履行的被执行人及时删除失信信息。在西青区法院、津南区法院开展涉企执行“活封活扣”试点，最大限度降低执行对企业正常经营的影响。
[duty] 责任单位：执行局；完成时限：长期坚持

[h1] 五、服务保障京津冀协同发展和高水平对外开放
[h2] （一）深化京津冀司法协作
[item] 19．深化京津冀审判工作协同机制。会同北京市高级人民法院、河北省高级人民法院完善京津冀三地高级人民法院联席会议制度，定期会商跨区域案件法律适用问题。推动建立京津冀环境资源、知识产权案件协同审理机制，支持武清区法院与北京市通州区人民法院、廊坊中院深化通武廊区域司法协作。
[duty] 责任单位：研究室、武清区法院；完成时限：2025年12月底前
[item] 20．健全京津冀跨域诉讼服务机制。实现三地法院诉讼服务事项“就近能办、同城通办、异地可办”。推动建立京津冀诉讼材料跨域流转和电子送达结果互认机制，在宁河区法院、宝坻区法院试行跨域执行事项协同办理机制。
[duty] 责任单位：立案庭；完成时限：2026年12月底前
[h2] （二）服务高水平对外开放
[item] 21．服务天津北方国际航运枢纽建设。支持天津海事法院深化海事审判“三合一”改革，推动开展海事刑事案件集中管辖试点。健全涉海纠纷诉调对接机制，与中国海事仲裁委员会共建海事纠纷多元化解中心。完善船舶扣押、拍卖工作规则，推行船舶“活扣押”。
[duty] 责任单位：民四庭、天津海事法院；完成时限：2026年12月底前
[item] 22．提升涉外商事审判能力。服务中国（天津）自由贸易试验区建设和滨海新区开发开放，支持天津三中院健全涉外商事案件集中管辖制度，准确适用《最高人民法院关于审理涉外民商事案件适用国际条约和国际惯例若干问题的解释》。完善域外法查明机制，与南开大学、天津大学共建域外法查明研究基地，健全涉港澳商事纠纷调解与诉讼衔接机制。支持滨海新区法院在自贸试验区开展融资租赁纠纷专业化审理试点，服务共建“一带一路”。
[duty] 责任单位：民四庭、天津三中院；完成时限：2027年6月底前
[item] 23．加强知识产权和金融司法保护。一是健全知识产权民事、刑事、行政案件“三合一”审理机制，完善技术调查官参与诉讼制度，会同中国（天津）知识产权保护中心建立快速维权衔接机制；二是支持天津三中院完善金融纠纷“示范判决+专业调解”机制，会同国家金融监督管理总局天津监管局建立金融风险信息通报机制；三是依法适用惩罚性赔偿制度，加大对关键核心技术的保护力度。
[duty] 责任单位：民三庭、民二庭；完成时限：2026年12月底前
[item] 24．健全生态环境司法保护协作机制。完善环境资源刑事、民事、行政案件“三合一”归口审理机制，推动建立海河流域生态环境司法协作机制。在蓟州区法院设立生态环境司法修复基地，探索“增殖放流+劳务代偿”修复模式。
[duty] 责任单位：环境资源审判庭；完成时限：2027年12月底前

[h1] 六、推进数字法院建设
[h2] （一）深化数字技术与审判执行融合
[item] 25．建设全市法院一体化办案平台。整合审判、执行、诉讼服务等业务系统，实现案件网上办理、全程留痕、节点可控。全面推行电子卷宗随案同步生成和深度应用，在河北区法院、红桥区法院开展电子诉讼档案单套制管理试点。制定《天津法院电子诉讼档案管理办法（试行）》。
[duty] 责任单位：信息技术处；完成时限：2026年12月底前
[item] 26．健全司法数据治理体系。建立司法数据质量常态化核查制度，推进与市公安局、市人民检察院、市司法局的数据共享。依托天津法院司法大数据平台，建设类案智能推送和裁判偏离预警系统，为统一法律适用提供数据支撑。
[duty] 责任单位：信息技术处、审管办；完成时限：2025年12月底前
[h2] （二）拓展在线诉讼和司法公开
[item] 27．规范在线诉讼活动。严格执行《人民法院在线诉讼规则》，完善在线庭审规则，明确在线庭审的适用条件和当事人的程序选择权。推动统一送达平台与邮政、通信运营企业数据对接，提高电子送达成功率。
[duty] 责任单位：立案庭、信息技术处；完成时限：2025年9月底前
[item] 28．深化司法公开。完善庭审直播常态化工作机制，除依法不公开审理的外，中级人民法院每名员额法官每年直播庭审不少于5件。健全审判流程信息公开和裁判文书公开审查机制，依法保障当事人知情权。建立“天津法院开放日”制度，每季度邀请人大代表、政协委员、群众代表走进法院。
[duty] 责任单位：办公室；完成时限：长期坚持

[h1] 七、夯实改革基础保障
[h2] （一）深化司法人员分类管理
[item] 29．完善法官员额动态管理机制。坚持以案定额、全市统筹，根据各法院办案数量和人员结构每两年核定一次员额，员额向办案任务重的基层法院倾斜。健全法官遴选和员额退出制度，规范法官逐级遴选程序，会同市法官检察官遴选委员会从优秀法官助理中择优遴选员额法官。
[duty] 责任单位：政治部；完成时限：2027年12月底前
[item] 30．加强司法辅助人员管理。推行法官助理分类培养，健全聘用制书记员招录、培训和职级晋升制度。推动建立全市统一的司法辅助人员薪酬保障机制。深入实施《中华人民共和国人民陪审员法》，完善人民陪审员随机抽选和参审机制，支持静海区法院开展人民陪审员参审涉农案件试点。
[duty] 责任单位：政治部；完成时限：2026年12月底前
[h2] （二）强化改革统筹推进
[item] 31．健全改革任务督察落实机制。实行改革任务清单化管理，建立改革任务挂账督办制度，由市高院司法改革办公室按季度督办、年终评估。对改革推进不力的单位进行通报约谈，对成效明显的改革项目予以推广。
[duty] 责任单位：司改办；完成时限：长期坚持
[item] 32．鼓励基层改革创新。支持滨海新区法院、和平区法院围绕审判管理、诉讼服务等领域先行先试，每年评选发布一批天津法院司法改革典型案例。加强与天津财经大学、天津师范大学等单位合作，建立改革成效第三方评估机制。
[duty] 责任单位：司改办、滨海新区法院、和平区法院；完成时限：2027年12月底前

[h1] 八、组织实施
[p] 各级法院要把深化司法体制综合配套改革作为“一把手”工程，院党组每年至少两次专题研究改革工作，主要负责同志亲自部署、亲自协调、亲自督办。各牵头单位要制定年度推进计划，明确路线图、时间表，确保各项任务按期完成。
[p] 本行动计划实施期间，最高人民法院、市委对司法改革作出新部署的，市高院将适时对相关任务作出调整。各单位执行中的重要情况和问题，及时报告市高院。

[cc] 抄送：最高人民法院司法改革领导小组办公室，市委政法委，市委全面深化改革委员会办公室，市人大常委会办公厅，市人民检察院。
[printed] 天津市高级人民法院办公室|2025年3月11日印发
"""


def parse(text: str) -> list[tuple[str, str]]:
    blocks = []
    for line in text.splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        tag, _, rest = line.partition("] ")
        blocks.append((tag.lstrip("["), rest.strip()))
    return blocks


def plain_text(blocks: list[tuple[str, str]]) -> str:
    """The document's text in reading order (letterhead once), as saved in <name>.source.txt."""
    lines = []
    for tag, text in blocks:
        if tag == "newsection":
            lines.append("")
            continue
        if tag == "printed":
            office, date = text.split("|")
            text = f"{office}　　{date}"
        lines.append(text)
    return "\n".join(lines) + "\n"


# ---------------------------------------------------------------- formatting helpers


def set_fonts(
    target, east_asian: str, size: float | None = None, bold: bool | None = None, ascii_font: str = "Times New Roman"
) -> None:
    font = target.font
    font.name = ascii_font
    if size is not None:
        font.size = Pt(size)
    if bold is not None:
        font.bold = bold
    rpr = target.element.get_or_add_rPr()
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        rpr.insert(0, fonts)
    fonts.set(qn("w:eastAsia"), east_asian)
    fonts.set(qn("w:ascii"), ascii_font)
    fonts.set(qn("w:hAnsi"), ascii_font)


def add_text(
    paragraph,
    text: str,
    east_asian: str = FANGSONG,
    size: float | None = None,
    bold=None,
    color=None,
    ascii_font: str = "Times New Roman",
):
    run = paragraph.add_run(text)
    set_fonts(run, east_asian, size, bold, ascii_font)
    if color is not None:
        run.font.color.rgb = color
    return run


def setup_styles(doc) -> None:
    normal = doc.styles["Normal"]
    set_fonts(normal, FANGSONG, 16)
    pf = normal.paragraph_format
    pf.line_spacing = Pt(28)
    pf.space_after = Pt(0)
    pf.space_before = Pt(0)
    pf.widow_control = False
    heading = doc.styles["Heading 1"]
    set_fonts(heading, HEITI, 16, bold=False)
    heading.font.color.rgb = RGBColor(0, 0, 0)
    heading.font.italic = False
    hpf = heading.paragraph_format
    hpf.space_before = Pt(0)
    hpf.space_after = Pt(0)
    hpf.first_line_indent = Pt(32)
    hpf.line_spacing = Pt(28)
    hpf.keep_with_next = True
    for name in ("Header", "Footer"):
        set_fonts(doc.styles[name], SONGTI, 14)


def page_setup(section) -> None:
    section.orientation = WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = Cm(21), Cm(29.7)
    section.top_margin, section.bottom_margin = Cm(3.7), Cm(3.5)
    section.left_margin, section.right_margin = Cm(2.8), Cm(2.6)
    section.header_distance, section.footer_distance = Cm(1.5), Cm(2.8)


PBDR_SUCCESSORS = (
    "w:shd",
    "w:tabs",
    "w:suppressAutoHyphens",
    "w:kinsoku",
    "w:wordWrap",
    "w:overflowPunct",
    "w:topLinePunct",
    "w:autoSpaceDE",
    "w:autoSpaceDN",
    "w:bidi",
    "w:adjustRightInd",
    "w:snapToGrid",
    "w:spacing",
    "w:ind",
    "w:contextualSpacing",
    "w:mirrorIndents",
    "w:suppressOverlap",
    "w:jc",
    "w:textDirection",
    "w:textAlignment",
    "w:textboxTightWrap",
    "w:outlineLvl",
    "w:divId",
    "w:cnfStyle",
    "w:rPr",
    "w:sectPr",
    "w:pPrChange",
)


def border(paragraph, side: str, size: int, color: str, space: int = 1) -> None:
    ppr = paragraph._p.get_or_add_pPr()
    el = parse_xml(
        f'<w:pBdr {nsdecls("w")}><w:{side} w:val="single" w:sz="{size}" w:space="{space}" w:color="{color}"/></w:pBdr>'
    )
    ppr.insert_element_before(el, *PBDR_SUCCESSORS)


def indent(paragraph, first_chars: int = 2, left_chars: int = 0, hanging_chars: int = 0) -> None:
    """Indents in characters, as WPS writes them (w:firstLineChars / w:leftChars plus twips for Word)."""
    ind = paragraph._p.get_or_add_pPr().get_or_add_ind()
    if left_chars:
        ind.set(qn("w:leftChars"), str(left_chars * 100))
        ind.set(qn("w:left"), str(left_chars * 320))
    if hanging_chars:
        ind.set(qn("w:hangingChars"), str(hanging_chars * 100))
        ind.set(qn("w:hanging"), str(hanging_chars * 320))
    elif first_chars:
        ind.set(qn("w:firstLineChars"), str(first_chars * 100))
        ind.set(qn("w:firstLine"), str(first_chars * 320))


def add_page_field(paragraph) -> None:
    """'— 1 —' with a real PAGE field (complex field), 宋体 四号, as the template's footer has it."""

    def run_with(child):
        run = paragraph.add_run()
        set_fonts(run, SONGTI, 14, ascii_font=SONGTI)
        run._r.append(child)

    add_text(paragraph, "— ", SONGTI, 14, ascii_font=SONGTI)
    begin = OxmlElement("w:fldChar")
    begin.set(qn("w:fldCharType"), "begin")
    run_with(begin)
    instr = OxmlElement("w:instrText")
    instr.set(qn("xml:space"), "preserve")
    instr.text = " PAGE  \\* MERGEFORMAT "
    run_with(instr)
    sep = OxmlElement("w:fldChar")
    sep.set(qn("w:fldCharType"), "separate")
    run_with(sep)
    add_text(paragraph, "1", SONGTI, 14, ascii_font=SONGTI)
    end = OxmlElement("w:fldChar")
    end.set(qn("w:fldCharType"), "end")
    run_with(end)
    add_text(paragraph, " —", SONGTI, 14, ascii_font=SONGTI)


def page_footers(section) -> None:
    """Odd pages: number on the right; even pages: on the left (GB/T 9704 7.5)."""
    for footer, align in (
        (section.footer, WD_ALIGN_PARAGRAPH.RIGHT),
        (section.even_page_footer, WD_ALIGN_PARAGRAPH.LEFT),
    ):
        footer.is_linked_to_previous = False
        p = footer.paragraphs[0]
        p.alignment = align
        ind = p._p.get_or_add_pPr().get_or_add_ind()
        side = "right" if align == WD_ALIGN_PARAGRAPH.RIGHT else "left"
        ind.set(qn(f"w:{side}Chars"), "100")
        ind.set(qn(f"w:{side}"), "280")
        add_page_field(p)


def running_header(section, text: str | None) -> None:
    for header in (section.header, section.even_page_header):
        header.is_linked_to_previous = False
        p = header.paragraphs[0]
        if text:
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            border(p, "bottom", 4, "auto", 1)
            add_text(p, text, KAITI, 9)


LETTERHEAD_ANCHOR = """
<mc:AlternateContent xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006">
  <mc:Choice Requires="wps">
    <w:drawing>
      <wp:anchor distT="0" distB="0" distL="114300" distR="114300" simplePos="0" relativeHeight="251659264" behindDoc="0" locked="1" layoutInCell="1" allowOverlap="1">
        <wp:simplePos x="0" y="0"/>
        <wp:positionH relativeFrom="margin"><wp:align>center</wp:align></wp:positionH>
        <wp:positionV relativeFrom="margin"><wp:posOffset>1260000</wp:posOffset></wp:positionV>
        <wp:extent cx="5615940" cy="792000"/>
        <wp:effectExtent l="0" t="0" r="0" b="0"/>
        <wp:wrapTopAndBottom/>
        <wp:docPr id="1" name="文本框 1" descr="发文机关标志"/>
        <wp:cNvGraphicFramePr/>
        <a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">
          <a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">
            <wps:wsp>
              <wps:cNvSpPr txBox="1"/>
              <wps:spPr>
                <a:xfrm><a:off x="0" y="0"/><a:ext cx="5615940" cy="792000"/></a:xfrm>
                <a:prstGeom prst="rect"><a:avLst/></a:prstGeom>
                <a:noFill/>
                <a:ln><a:noFill/></a:ln>
              </wps:spPr>
              <wps:txbx>
                <w:txbxContent>{content}</w:txbxContent>
              </wps:txbx>
              <wps:bodyPr rot="0" vert="horz" wrap="square" lIns="0" tIns="0" rIns="0" bIns="0" anchor="ctr" anchorCtr="0" upright="1"><a:noAutofit/></wps:bodyPr>
            </wps:wsp>
          </a:graphicData>
        </a:graphic>
      </wp:anchor>
    </w:drawing>
  </mc:Choice>
  <mc:Fallback>
    <w:pict>
      <v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe">
        <v:stroke joinstyle="miter"/>
        <v:path gradientshapeok="t" o:connecttype="rect"/>
      </v:shapetype>
      <v:shape id="文本框 1" o:spid="_x0000_s1026" type="#_x0000_t202" alt="发文机关标志" style="position:absolute;margin-left:0;margin-top:99.2pt;width:442.2pt;height:62.35pt;z-index:251659264;mso-position-horizontal:center;mso-position-horizontal-relative:margin;mso-position-vertical-relative:margin;v-text-anchor:middle" filled="f" stroked="f">
        <v:textbox inset="0,0,0,0">
          <w:txbxContent>{content}</w:txbxContent>
        </v:textbox>
        <w10:wrap type="topAndBottom" anchorx="margin" anchory="margin"/>
        <w10:anchorlock/>
      </v:shape>
    </w:pict>
  </mc:Fallback>
</mc:AlternateContent>
"""


def letterhead_content(text: str) -> str:
    return (
        '<w:p><w:pPr><w:spacing w:line="240" w:lineRule="auto"/><w:jc w:val="distribute"/></w:pPr>'
        '<w:r><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="方正小标宋简体"/>'
        '<w:color w:val="FF0000"/><w:w w:val="80"/><w:sz w:val="100"/><w:szCs w:val="100"/></w:rPr>'
        f"<w:t>{text}</w:t></w:r></w:p>"
    )


def add_letterhead(doc, text: str) -> None:
    """First paragraph: empty, anchoring the floating text box; then blank lines keeping its space free."""
    p = doc.paragraphs[0] if doc.paragraphs else doc.add_paragraph()
    run = p.add_run()
    xml = LETTERHEAD_ANCHOR.replace("{content}", letterhead_content(text))
    ns = (
        'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
        'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
        'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
        'xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
        'xmlns:w10="urn:schemas-microsoft-com:office:word" '
    )
    xml = xml.replace(
        '<mc:AlternateContent xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006">',
        f'<mc:AlternateContent xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" {ns}>',
        1,
    )
    run._r.append(parse_xml(xml))
    for _ in range(3):
        doc.add_paragraph()


def add_docno_table(doc, text: str) -> None:
    table = doc.add_table(rows=1, cols=1)
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    tbl_pr = table._tbl.tblPr
    tbl_pr.append(
        parse_xml(
            f"<w:tblBorders {nsdecls('w')}>"
            + "".join(
                f'<w:{s} w:val="none" w:sz="0" w:space="0" w:color="auto"/>'
                for s in ("top", "left", "bottom", "right", "insideH", "insideV")
            )
            + "</w:tblBorders>"
        )
    )
    cell = table.rows[0].cells[0]
    cell.width = Cm(15.6)
    p = cell.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    add_text(p, text)
    rule = doc.add_paragraph()
    rule.paragraph_format.line_spacing = Pt(8)
    border(rule, "bottom", 24, "FF0000", 1)
    doc.add_paragraph()


def add_banji(doc, cc: str, office: str, date: str) -> None:
    """版记: thick rules above and below, thin rule between 抄送 and 印发 rows, no vertical lines."""
    doc.add_paragraph()
    table = doc.add_table(rows=2, cols=1)
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    table._tbl.tblPr.append(
        parse_xml(
            f"<w:tblBorders {nsdecls('w')}>"
            '<w:top w:val="single" w:sz="8" w:space="0" w:color="000000"/>'
            '<w:left w:val="none" w:sz="0" w:space="0" w:color="auto"/>'
            '<w:bottom w:val="single" w:sz="8" w:space="0" w:color="000000"/>'
            '<w:right w:val="none" w:sz="0" w:space="0" w:color="auto"/>'
            '<w:insideH w:val="single" w:sz="4" w:space="0" w:color="000000"/>'
            '<w:insideV w:val="none" w:sz="0" w:space="0" w:color="auto"/>'
            "</w:tblBorders>"
        )
    )
    first = table.rows[0].cells[0]
    first.width = Cm(15.6)
    p = first.paragraphs[0]
    indent(p, first_chars=0, left_chars=1, hanging_chars=3)
    add_text(p, cc, FANGSONG, 14)
    second = table.rows[1].cells[0]
    second.width = Cm(15.6)
    p = second.paragraphs[0]
    tabs = p.paragraph_format.tab_stops
    tabs.add_tab_stop(Cm(15.3), alignment=2)  # right tab for the date
    indent(p, first_chars=0, left_chars=1)
    add_text(p, office + "\t" + date, FANGSONG, 14)


def build(out: Path) -> Path:
    blocks = parse(SOURCE)
    doc = Document()
    setup_styles(doc)
    doc.settings.odd_and_even_pages_header_footer = True
    first_section = doc.sections[0]
    page_setup(first_section)
    running_header(first_section, None)
    page_footers(first_section)

    for tag, text in blocks:
        if tag == "letterhead":
            add_letterhead(doc, text)
        elif tag == "docno":
            add_docno_table(doc, text)
        elif tag == "title":
            p = doc.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            p.paragraph_format.line_spacing = Pt(36)
            add_text(p, text, XIAOBIAOSONG, 22)
            doc.add_paragraph()
        elif tag == "flush":
            p = doc.add_paragraph()
            add_text(p, text)
        elif tag == "p":
            p = doc.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
            indent(p)
            add_text(p, text)
        elif tag == "annex":
            doc.add_paragraph()
            p = doc.add_paragraph()
            indent(p, first_chars=0, left_chars=5, hanging_chars=3)
            add_text(p, text)
        elif tag == "sign":
            for _ in range(2):
                doc.add_paragraph()
            p = doc.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            p.paragraph_format.right_indent = Pt(64)
            add_text(p, text)
        elif tag == "date":
            p = doc.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            p.paragraph_format.right_indent = Pt(64)
            add_text(p, text)
        elif tag == "note":
            p = doc.add_paragraph()
            indent(p)
            add_text(p, text)
        elif tag == "newsection":
            section = doc.add_section(WD_SECTION.NEW_PAGE)
            page_setup(section)
            running_header(section, text)
            page_footers(section)
        elif tag == "annexmark":
            p = doc.add_paragraph()
            add_text(p, text, HEITI, 16)
        elif tag == "h1":
            p = doc.add_paragraph(style="Heading 1")
            add_text(p, text, HEITI, 16, bold=False)
        elif tag == "h2":
            p = doc.add_paragraph()
            indent(p)
            add_text(p, text, KAITI, 16, bold=True)
        elif tag == "item":
            p = doc.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
            indent(p)
            add_text(p, text)
        elif tag == "duty":
            p = doc.add_paragraph()
            indent(p)
            add_text(p, text, KAITI, 14)
        elif tag == "cc":
            cc = text
        elif tag == "printed":
            office, date = text.split("|")
            add_banji(doc, cc, office, date)
        else:
            raise SystemExit(f"unknown block [{tag}]")

    props = doc.core_properties
    props.author = "天津市高级人民法院办公室"
    props.last_modified_by = "tjgy-bgs"
    props.title = f"{COURT}关于印发《{PLAN}》的通知"
    props.subject = ""
    props.keywords = "司法改革；行动计划"
    props.comments = ""
    props.category = ""
    props.revision = 3
    props.created = ISSUED
    props.modified = MODIFIED
    props.last_printed = MODIFIED

    buffer = io.BytesIO()
    doc.save(buffer)
    write_deterministic(buffer.getvalue(), out)
    return out


APP_XML = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" '
    'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
    "<Template>Normal</Template><Pages>9</Pages><Words>6120</Words><Characters>6530</Characters>"
    "<Application>WPS Office_12.1.0.17827_F1E327BC-269C-435d-A152-05C5408002CA</Application>"
    "<DocSecurity>0</DocSecurity><Lines>198</Lines><Paragraphs>112</Paragraphs><ScaleCrop>false</ScaleCrop>"
    "<Company>天津市高级人民法院</Company><LinksUpToDate>false</LinksUpToDate><CharactersWithSpaces>6580</CharactersWithSpaces>"
    "<AppVersion>14.0000</AppVersion></Properties>"
)
CUSTOM_XML = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" '
    'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
    '<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="KSOProductBuildVer">'
    "<vt:lpwstr>2052-12.1.0.17827</vt:lpwstr></property>"
    '<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="3" name="ICV">'
    "<vt:lpwstr>5E3A1C0B8F2D4E6A9B7C1D2E3F405162_13</vt:lpwstr></property>"
    "</Properties>"
)


def write_deterministic(data: bytes, out: Path) -> None:
    """Re-zip with fixed timestamps and sorted-by-origin entries; add WPS's app.xml and custom.xml."""
    stamp = (MODIFIED.year, MODIFIED.month, MODIFIED.day, 8, 30, 0)
    with zipfile.ZipFile(io.BytesIO(data)) as src:
        parts = {info.filename: src.read(info.filename) for info in src.infolist()}
    parts.pop("docProps/thumbnail.jpeg", None)  # python-docx's template thumbnail; WPS writes none
    parts["docProps/app.xml"] = APP_XML.encode("utf-8")
    parts["docProps/custom.xml"] = CUSTOM_XML.encode("utf-8")
    ct = parts["[Content_Types].xml"].decode("utf-8")
    if "/docProps/custom.xml" not in ct:
        ct = ct.replace(
            "</Types>",
            '<Override PartName="/docProps/custom.xml" ContentType="application/vnd.openxmlformats-officedocument.custom-properties+xml"/></Types>',
        )
    parts["[Content_Types].xml"] = ct.encode("utf-8")
    rels = parts["_rels/.rels"].decode("utf-8")
    if "custom-properties" not in rels:
        rels = rels.replace(
            "</Relationships>",
            '<Relationship Id="rId9" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties" Target="docProps/custom.xml"/></Relationships>',
        )
    rels = re.sub(r'<Relationship [^>]*Target="docProps/thumbnail.jpeg"/>', "", rels)
    parts["_rels/.rels"] = rels.encode("utf-8")
    order = [
        "[Content_Types].xml",
        "_rels/.rels",
        *sorted(n for n in parts if n not in ("[Content_Types].xml", "_rels/.rels")),
    ]
    out.parent.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for name in order:
            info = zipfile.ZipInfo(name, date_time=stamp)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            dst.writestr(info, parts[name])


def main(argv: list[str]) -> int:
    out = Path(argv[0]) if argv else HERE / f"{NAME}.docx"
    print(build(out))
    if len(argv) > 1:  # optional second argument: where to write the plain text
        Path(argv[1]).write_text(plain_text(parse(SOURCE)), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
