# ruff: noqa: E501  (SOURCE holds the document's paragraphs, one per line)
"""Build the Word test document of a basic-level (county) court's reform plan.

Run from the repository root:

    .venv/bin/python tests/documents/generators/docx_county.py

It writes tests/documents/kunshan-2024-gaige-shishi.docx (fictional content, real court and places). The text
is kept in SOURCE below. The output is deterministic: fixed document properties and fixed zip timestamps, so a
rebuild without changes is byte-identical. Needs python-docx. The formatting helpers (fonts, styles, page
set-up, PAGE field, deterministic re-zip) are imported from docx_documents.py.

What real-world layout it imitates: a 县级市 basic court's 实施方案 issued directly as a red-letterhead 文件
(昆山市人民法院文件 / 昆法〔2024〕15号), with the work points four levels deep, as such plans are typed in Word:

- `一、` section headings use Word's real "Heading 1" style, the numeral typed as text;
- `（一）` subsection headings, `1.` work points and `（1）` points are Normal paragraphs whose numbers are typed,
  first line indented by two characters (32 pt at 16 pt), 仿宋_GB2312 body text, 楷体 for `（一）` headings;
  the first sentence of each `1.` work point is bold;
- `（1）` points are either paragraphs of their own under the work point or run on inside its paragraph;
- the ledger of a work point is a bracket at the end of the work point's last paragraph, in 楷体
  (（牵头部门：…；配合部门：…；完成时限：…）), its field words varying from item to item; a few items have none;
- the running header carries the court's name over a rule, the footer a `— PAGE —` field;
- signature, date, 抄送 and 印发 lines close the document.

Source format (one block per line; blank lines and lines starting with "#" are ignored):

    [letterhead] [docno] [title]   red letterhead, document number over a red rule, title
    [p] TEXT                       body paragraph, first line indented
    [h1] TEXT                      Word "Heading 1" (一、 typed)
    [sub] TEXT                     （一） subsection heading, 楷体
    [item] TEXT                    1. work point; its first sentence (to the first 。) is bold
    [point] TEXT                   a further paragraph of the work point before it (（1） …)
    [ledger] TEXT                  ledger bracket, appended to the paragraph before it (same line), 楷体
    [lead] TEXT                    paragraph whose first sentence is 楷体 (（一）加强组织领导。…)
    [sign] [date] [note]           signature, date, （此件公开发布）
    [cc] [printed]                 抄送 line and 印发 line, with rules
"""

from __future__ import annotations

import datetime as dt
import io
import sys
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from docx.shared import Pt, RGBColor

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from docx_documents import (  # noqa: E402
    FANGSONG,
    HEITI,
    KAITI,
    XIAOBIAOSONG,
    add_page_field,
    add_text,
    page_setup,
    setup_styles,
    write_deterministic,
)

DOCUMENTS = HERE.parent
NAME = "kunshan-2024-gaige-shishi"
ISSUED = "2024-02-26"
COURT = "昆山市人民法院"
TITLE = "2024年深化司法体制综合配套改革实施方案"
RED = RGBColor(0xE6, 0x00, 0x12)

SOURCE = """
[letterhead] 昆山市人民法院文件
[docno] 昆法〔2024〕15号
[title] 2024年深化司法体制综合配套改革实施方案

[p] 为深入贯彻党的二十大和二十届二中全会精神，全面落实最高人民法院、江苏省高级人民法院和苏州市中级人民法院关于深化司法体制综合配套改革的部署要求，进一步提升审判质量、效率和司法公信力，结合本院工作实际，制定本方案。

[h1] 一、总体要求
[p] 坚持以习近平新时代中国特色社会主义思想为指导，深入践行习近平法治思想，以“公正与效率”为工作主题，以全面准确落实司法责任制为主线，坚持问题导向、系统集成、协同高效，大力弘扬“昆山之路”精神，聚焦长三角一体化发展和昆山高质量发展的司法需求，着力破解制约审判执行质效提升的体制性、机制性障碍。
[p] 到2024年底，院庭长阅核、审判团队运行、繁简分流等改革举措全面落地，诉源治理、执行联动和跨域司法协作取得新成效，人民法庭服务基层治理的作用进一步彰显，为昆山在推进中国式现代化中走在前、做示范提供有力司法服务和保障。

[h1] 二、全面准确落实司法责任制
[sub] （一）健全审判权力运行机制
[item] 1.全面推行院庭长阅核制度。认真落实最高人民法院、省法院部署要求，制定院庭长阅核工作实施细则，明确阅核的案件范围、启动方式和办理时限。一是对“四类案件”和拟改变原审结果的案件实行应核尽核；二是阅核意见、处理结果全部在审判管理系统中留痕，做到全程可查询、可追溯；三是对阅核中发现的类案裁判尺度不一问题，及时提交专业法官会议研究。
[ledger] （牵头部门：审管办；配合部门：各审判业务部门、各人民法庭；完成时限：2024年4月底前）
[item] 2.优化审判团队组建模式。根据案件类型、繁简程度和收案规模，动态调整“1+1+1”“1+N+N”审判团队配置模式，全年新组建家事、劳动争议、金融借款等专业化审判团队不少于5个。推动员额法官和法官助理向收案量大的周市法庭、花桥法庭倾斜。由周市法庭试行审判团队绩效考评机制，将结案数、发改率、调撤率等指标纳入团队考核，条件成熟后在民一庭、民二庭推开。
[ledger] （责任部门：政治处；协办部门：审管办；时间节点：2024年6月底前）
[item] 3.规范专业法官会议和审判委员会运行。修订专业法官会议工作规则，按照刑事、民事、执行三个条线分别召开会议，讨论意见供合议庭、独任法官参考。健全审判委员会讨论案件分级过滤机制，未经专业法官会议讨论的案件原则上不提交审判委员会。建立审判委员会委员旁听庭审、参与案件评查的工作机制，每名委员全年旁听庭审不少于4次。

[sub] （二）强化审判监督管理
[item] 1.健全“四类案件”识别监管机制。落实《最高人民法院关于进一步完善“四类案件”监督管理工作机制的指导意见》，采取系统自动识别与人工标注相结合的方式，对“四类案件”实行全流程监管。具体措施如下：
[point] （1）立案庭在立案环节进行初步识别标注，承办法官在审理中发现相关情形的，应当及时补充标注；
[point] （2）庭长对本庭“四类案件”每月至少梳理一次，发现问题及时报告分管院领导；
[point] （3）审管办每季度通报“四类案件”监管情况，并纳入审判质效考核。
[ledger] （牵头部门：审管办；配合部门：立案庭、各审判业务部门；完成时限：2024年5月底前）
[item] 2.深化审判质效管理。对照苏州中院部署，落实审判质量管理指标体系，建立“院—庭—团队”三级审判态势分析研判机制，每季度召开一次审判运行分析会。完善案件质量评查制度，对发回重审、改判案件逐案评析，评查结果记入法官业绩档案。推动建立长期未结案件清理督办制度，年内实现12个月以上未结案件动态清零。
[ledger] （牵头部门：审管办；完成时限：全年持续推进）

[sub] （三）加强队伍管理和履职保障
[item] 1.完善员额法官管理和审判辅助人员配置。配合苏州中院做好员额法官的选任考核，建立员额法官办案绩效与员额退出挂钩机制，对连续两年未完成基本办案任务的，依规作出退出员额处理。按照“以案定员、以岗定责”要求优化法官助理、书记员配比，探索书记员集约化管理模式，由综合办公室统筹聘用制书记员招录和岗前培训。
[ledger] （牵头部门：政治处；配合部门：综合办公室、审管办；完成时限：2024年10月底前）
[item] 2.健全法官依法履职保护机制。落实《保护司法人员依法履行法定职责规定》，对干警依法履职受到侵害的情形，由政治处会同昆山市公安局快速处置。建立不实举报澄清正名制度，年内至少开展一次集中澄清。完善法官及其近亲属人身安全保护措施，推动在各人民法庭配齐安检设备和一键报警装置。
[ledger] （牵头部门：政治处；配合部门：司法警察大队、各人民法庭；完成时限：2024年9月底前）

[h1] 三、深化诉讼制度改革和诉源治理
[sub] （一）推进诉源治理和多元解纷
[item] 1.深入推进诉源治理。坚持和发展新时代“枫桥经验”，主动融入昆山市委政法委牵头的矛盾纠纷多元化解工作格局，推动建立“法院+区镇”诉源治理协作机制。一是依托昆山市社会矛盾纠纷调处化解中心派驻调解法官，实现诉前纠纷分流、调解、确认一站办理；二是对物业服务、金融借款等类型化纠纷开展源头预防；三是定期向各区镇通报万人起诉率，力争全市万人起诉率同比下降。
[ledger] （牵头部门：立案庭；配合部门：各人民法庭、诉讼服务中心；完成时限：2024年6月底前）
[item] 2.完善诉调对接机制。健全特邀调解组织和特邀调解员名册管理制度，吸纳人民调解、行业调解、律师调解等力量入驻诉讼服务中心。会同昆山市司法局、昆山市劳动人事争议仲裁委员会完善劳动争议“调裁审”衔接机制，制定劳动争议纠纷诉前调解工作指引。对调解成功的案件，引导当事人通过司法确认程序赋予调解协议强制执行力。
[ledger] （牵头单位：立案庭；配合单位：民一庭、市司法局；完成时限：2024年8月底前）

[sub] （二）深化案件繁简分流
[item] 1.深化民事诉讼程序繁简分流。完善立案阶段繁简甄别标准，由立案庭速裁团队集中办理简单民事案件。依法扩大小额诉讼程序适用，对事实清楚、争议不大的金钱给付案件优先适用小额诉讼程序。推广物业服务、信用卡纠纷要素式审判模式，配套使用表格式裁判文书。支持千灯法庭开展“门诊式”庭审试点，力争简易案件平均审理天数缩短10%。
[ledger] （牵头部门：民一庭；配合部门：立案庭、千灯法庭；完成时限：2024年9月底前）
[item] 2.完善刑事案件快速办理机制。会同昆山市人民检察院、昆山市公安局、昆山市司法局健全认罪认罚案件“一站式”快速办理模式，对可能判处三年有期徒刑以下刑罚的认罪认罚案件依法适用速裁程序，一般当庭宣判。规范认罪认罚从宽制度适用，完善量刑建议审查机制。在看守所设立速裁法庭，推动远程视频开庭常态化。
[ledger] （牵头部门：刑事审判庭；配合部门：立案庭、司法警察大队；完成时限：2024年7月底前）

[sub] （三）深化执行体制机制改革
[item] 1.完善执行权运行监督制约机制。坚持审执分离，在执行局内部实行执行裁决权与执行实施权分离运行机制，全面落实“一案一账号”执行案款管理制度。推行“分段集约+繁简分流”执行模式，由执行指挥中心统一负责网络查控、财产处置等事务性工作，执行团队集中攻坚重大复杂案件。对终本案件每季度开展一次集中筛查，确保有财产可供执行的案件及时恢复执行。
[ledger] （牵头部门：执行局；完成时限：2024年12月底前）
[item] 2.健全综合治理执行难工作格局。积极争取昆山市委政法委支持，将执行工作纳入平安建设考核，深化与公安、不动产登记、市场监管等部门的执行联动机制。完善网格员协助查人找物机制，在花桥经济开发区试点网格化协助执行，年内覆盖全市各区镇。健全“执转破”工作衔接机制，对符合条件的执行案件及时移送破产审查。
[ledger] （责任部门：执行局；协办部门：民二庭、各人民法庭；时间节点：2024年11月底前）

[h1] 四、服务保障昆山高质量发展
[sub] （一）优化法治化营商环境
[item] 1.完善企业破产处置府院联动机制。会同昆山市人民政府协调解决破产企业税费处理、信用修复、职工安置等问题，推动设立破产费用专项保障资金。重点做好以下工作：（1）探索中小微企业预重整制度，对具有挽救价值的困境企业先行开展庭外重组谈判；（2）落实《江苏省高级人民法院破产案件审理指南》，健全破产管理人分级管理和履职考核制度；（3）对无产可破企业适用快速审理方式，依法推动市场主体有序退出。
[ledger] （牵头部门：民二庭；配合部门：研究室；完成时限：2024年10月底前）
[item] 2.加强涉台纠纷多元化解。发挥昆山台资企业集聚优势，联合昆山市台商协会设立涉台纠纷调解中心，选聘台胞调解员参与涉台商事纠纷化解。健全涉台案件集中审理机制，由民二庭集中审理涉台商事案件，统一裁判尺度。推动建立台胞诉讼服务绿色通道，为台胞当事人提供跨域立案、在线调解、远程庭审等服务。
[ledger] （责任部门：民二庭；协办部门：立案庭、诉讼服务中心；时间节点：2024年12月底前）
[item] 3.强化知识产权和科技创新司法保护。围绕昆山电子信息、光电、半导体等产业集群，健全知识产权民事、刑事、行政案件“三合一”审理机制，加强与苏州知识产权法庭的业务交流。推动建立知识产权纠纷诉前调解与行政保护衔接机制，本院与昆山市市场监督管理局共建知识产权纠纷调解中心。落实知识产权侵权惩罚性赔偿制度，加大对恶意侵权、重复侵权的惩处力度。
[ledger] （牵头部门：民三庭；配合部门：刑事审判庭；完成时限：2024年11月底前）

[sub] （二）深化长三角区域司法协作
[item] 1.健全跨域司法协作机制。落实《嘉定、昆山、太仓三地法院司法协作框架协议》，与上海市嘉定区人民法院、太仓市人民法院完善跨域立案、委托送达和异地执行协作机制，推动建立三地法院类案裁判标准统一协调机制。支持千灯法庭与上海市青浦区人民法院开展跨界水域生态环境案件协同审理试点。
[ledger] （牵头单位：研究室；参加单位：立案庭、执行局、花桥法庭；完成时限：持续推进）
[item] 2.深化花桥人民法庭跨省域司法服务。支持花桥人民法庭立足花桥经济开发区毗邻上海的区位特点，在跨省域商事纠纷化解、跨域诉讼服务等方面先行先试。推动建立跨省界毗邻区域矛盾纠纷联调联处机制，与嘉定区司法局建立纠纷联调对接渠道。依托长三角“一网通办”平台，为上海、昆山两地当事人提供跨域立案和远程调解服务。
[ledger] （牵头部门：花桥法庭；配合部门：立案庭、诉讼服务中心；完成时限：2024年12月底前）

[sub] （三）推进新时代人民法庭建设
[item] 1.深化“枫桥式人民法庭”创建。以周市人民法庭、千灯人民法庭为重点，争创省级“枫桥式人民法庭”，打造人民法庭工作的昆山法院样本。推行“法庭+网格”工作模式，每名法庭法官对口联系2至3个村（社区），定期参与矛盾纠纷排查。落实人民法庭参与基层社会治理工作机制，推动人民法庭与区镇综治中心实现信息互通、联调联处。
[ledger] （牵头部门：各人民法庭；配合部门：政治处、立案庭；完成时限：2024年12月底前）
[item] 2.完善巡回审判和就地化解机制。在辖区古镇旅游景区设立旅游纠纷巡回审判点，依托“车载法庭”就地开庭、就地调处涉旅游消费纠纷。对婚姻家庭、邻里纠纷等案件，邀请村（社区）干部、人民调解员参与庭审和调解，实现“小事不出村、大事不出镇”。由千灯法庭试点“巡回审判+普法宣传”工作法，适时在各人民法庭推广。

[h1] 五、夯实改革基础保障
[sub] （一）推进数字法院建设
[item] 1.提升电子诉讼应用水平。严格执行《人民法院在线诉讼规则》，提升网上立案、在线庭审、电子送达使用率。全面推行电子卷宗随案同步生成，在民一庭、花桥法庭试行电子档案单套制归档，年内归档率达到90%以上。依托苏州法院一体化办案平台，推动智慧法院建设与审判执行工作深度融合。
[ledger] （牵头部门：综合办公室；配合部门：审管办、民一庭、花桥法庭；完成时限：2024年11月底前）
[item] 2.加强司法数据治理和应用。建立审判执行数据质量常态化核查机制，由审管办每月通报数据差错情况。运用司法大数据开展类案研判，定期形成涉企纠纷、劳动争议等专题分析报告，为党委政府科学决策提供参考。落实数据安全管理制度，严防审判执行数据泄露。
[ledger] （责任部门：审管办；协办部门：综合办公室；完成时间：2024年12月底前）

[sub] （二）强化司法公开和监督制约
[item] 1.深化司法公开。常态化开展庭审直播，除依法不公开审理的案件外，年内庭审直播率不低于上年水平。健全审判流程信息公开机制，完善人大代表、政协委员联络工作机制，每半年邀请代表委员旁听庭审、见证执行。聘请特约监督员对人民法庭工作开展监督，及时回应社会关切。
[item] 2.强化廉洁司法风险防控。落实防止干预司法“三个规定”月报告制度，对领导干部干预司法、内部人员过问案件情况如实记录、按月报告。围绕执行款物管理、司法拍卖、评估鉴定等重点环节开展廉政风险点排查，建立问题线索“一案双查”机制。推动建立院领导与人民法庭、执行团队廉政谈话常态化制度，逐步形成长效机制。
[ledger] （牵头部门：政治处；配合部门：执行局；完成时限：长期坚持）

[sub] （三）统筹推进改革落实
[item] 1.健全改革任务台账管理制度。由司法改革领导小组办公室对本方案确定的任务逐项建立台账，实行清单化管理、项目化推进、销号式落实，每季度向院党组报告进展情况。各部门、各人民法庭要主动向苏州中院、省法院报送改革经验，积极争取更多改革试点项目在我院落地，争创全省法院司法改革工作先进单位。
[ledger] （牵头部门：研究室；配合部门：本院各部门、各人民法庭；进度安排：按季度推进）

[h1] 六、组织保障
[lead] （一）加强组织领导。院党组对全院司法体制综合配套改革负总责，司法改革领导小组定期研究解决改革中的重大问题。各牵头部门主要负责人是落实改革任务的第一责任人，要细化工作措施，明确时间表、路线图。
[lead] （二）强化督查考核。研究室会同审管办对改革任务落实情况开展季度督查，督查结果纳入部门年度考核。对推进不力、进展缓慢的，及时提醒督促。
[lead] （三）注重总结宣传。及时总结提炼改革经验和典型案例，积极向苏州中院、省法院报送，讲好昆山法院改革故事。

[sign] 昆山市人民法院
[date] 2024年2月26日
[note] （此件公开发布）
[cc] 抄送：苏州市中级人民法院，昆山市委政法委。
[printed] 昆山市人民法院综合办公室　　　　　　2024年2月27日印发
"""


def parse(source: str) -> list[tuple[str, str]]:
    blocks: list[tuple[str, str]] = []
    for n, raw in enumerate(source.splitlines(), 1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if not line.startswith("["):
            raise SystemExit(f"SOURCE:{n}: a line must start with [tag]: {line}")
        tag, _, text = line[1:].partition("]")
        blocks.append((tag.strip(), text.strip()))
    return blocks


def rule(paragraph, side: str, color: str = "000000", size: int = 8) -> None:
    paragraph._p.get_or_add_pPr().append(
        parse_xml(
            f'<w:pBdr {nsdecls("w")}><w:{side} w:val="single" w:sz="{size}" w:space="4" w:color="{color}"/></w:pBdr>'
        )
    )


def split_first_sentence(text: str) -> tuple[str, str]:
    cut = text.find("。")
    return (text, "") if cut < 0 else (text[: cut + 1], text[cut + 1 :])


def build() -> Path:
    doc = Document()
    setup_styles(doc)
    page_setup(doc)
    last = None  # the last body paragraph, for [ledger]

    for tag, text in parse(SOURCE):
        if tag == "h1":
            last = doc.add_paragraph(style="Heading 1")
            add_text(last, text, HEITI, 16, bold=False, color=RGBColor(0, 0, 0))
            continue
        if tag == "ledger":
            if last is None:
                raise SystemExit("[ledger] needs a paragraph before it")
            add_text(last, text, KAITI, 16)
            continue
        p = doc.add_paragraph()
        fmt = p.paragraph_format
        if tag == "letterhead":
            add_text(p, text, XIAOBIAOSONG, 36, color=RED)
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            fmt.space_before, fmt.space_after = Pt(24), Pt(24)
            fmt.line_spacing = Pt(48)
        elif tag == "docno":
            add_text(p, text)
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            fmt.space_after = Pt(18)
            rule(p, "bottom", "E60012", 18)
        elif tag == "title":
            add_text(p, text, XIAOBIAOSONG, 22)
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            fmt.space_before, fmt.space_after = Pt(12), Pt(18)
            fmt.line_spacing = Pt(36)
        elif tag in ("p", "point"):
            add_text(p, text)
            fmt.first_line_indent = Pt(32)
        elif tag == "sub":
            add_text(p, text, KAITI)
            fmt.first_line_indent = Pt(32)
        elif tag == "item":
            head, rest = split_first_sentence(text)
            add_text(p, head, FANGSONG, bold=True)
            if rest:
                add_text(p, rest)
            fmt.first_line_indent = Pt(32)
        elif tag == "lead":
            head, rest = split_first_sentence(text)
            add_text(p, head, KAITI)
            if rest:
                add_text(p, rest)
            fmt.first_line_indent = Pt(32)
        elif tag == "sign":
            add_text(p, text)
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            fmt.right_indent = Pt(64)
            fmt.space_before = Pt(56)
        elif tag == "date":
            add_text(p, text)
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            fmt.right_indent = Pt(56)
        elif tag == "note":
            add_text(p, text)
            fmt.first_line_indent = Pt(32)
            fmt.space_before = Pt(14)
        elif tag == "cc":
            add_text(p, text, FANGSONG, 14)
            fmt.space_before = Pt(120)
            fmt.left_indent, fmt.right_indent = Pt(14), Pt(14)
            rule(p, "top")
        elif tag == "printed":
            add_text(p, text, FANGSONG, 14)
            fmt.left_indent, fmt.right_indent = Pt(14), Pt(14)
            rule(p, "bottom")
        else:
            raise SystemExit(f"unknown tag [{tag}]")
        last = p

    section = doc.sections[0]
    header = section.header.paragraphs[0]
    add_text(header, COURT, FANGSONG, 10.5)
    header.alignment = WD_ALIGN_PARAGRAPH.CENTER
    rule(header, "bottom", size=6)
    footer = section.footer.paragraphs[0]
    add_page_field(footer)
    footer.alignment = WD_ALIGN_PARAGRAPH.CENTER

    when = dt.datetime.fromisoformat(ISSUED).replace(tzinfo=dt.UTC)
    props = doc.core_properties
    props.title = TITLE
    props.author = COURT
    props.last_modified_by = COURT
    props.created = props.modified = when
    props.revision = 1
    props.comments = props.keywords = props.subject = props.category = ""

    out = DOCUMENTS / f"{NAME}.docx"
    buffer = io.BytesIO()
    doc.save(buffer)
    write_deterministic(buffer.getvalue(), out, when)
    return out


def main() -> int:
    print(build().relative_to(DOCUMENTS.parent.parent))
    return 0


if __name__ == "__main__":
    sys.exit(main())
