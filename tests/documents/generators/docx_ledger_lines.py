# ruff: noqa: E501  (SOURCE holds the document's paragraphs, one per line)
"""Build the Word test document of a city court's 任务分工方案 whose ledger is written as short lines under each
work point.

Run from the repository root:

    .venv/bin/python tests/documents/generators/docx_ledger_lines.py

It writes tests/documents/zhengzhou-2024-fengong-fangan.docx (fictional content, real court, departments and
places). The text is kept in SOURCE below. The output is deterministic: fixed document properties and fixed zip
timestamps, so a rebuild without changes is byte-identical. Needs python-docx. The formatting helpers (fonts,
styles, page set-up, PAGE field, deterministic re-zip) are imported from docx_documents.py.

What real-world layout it imitates: a 中级人民法院's 任务分工方案 sent out with a short 印发 notice, as typed in
Word by the court's office:

- cover: red letterhead 郑州市中级人民法院文件, document number 郑中法〔2024〕21号 over a red rule, the title of the
  notice (关于印发《…》的通知), the addressees (各基层人民法院，本院各部门：) and one paragraph; a page break;
- the 方案 itself: its title, a preamble, sections 一、… typed in 黑体 (Normal style with outline level 1),
  work points typed as "1." "2." … numbered continuously across the sections, the first sentence in bold;
  one work point runs on in a second paragraph;
- beneath each work point its ledger as separate short paragraphs in smaller 楷体, indented, as many real plans
  do: 牵头部门：… / 配合部门：… / 完成时限：…, varied as offices vary it: 责任部门 instead of 牵头部门, a
  牵头领导 line (a person, not a unit) before the units, three points with all fields on one line separated by
  "；", two points without a time limit, one without 配合部门, deadlines such as 长期坚持 and 持续推进;
- a closing section 七、组织实施 of plain paragraphs; signature and date at the end, then （此件公开发布）,
  抄送 and 印发 lines between rules; a footer "— PAGE —".

Source format (one block per line; blank lines and lines starting with "#" are ignored):

    [letterhead] [docno] [title]   red letterhead, document number over a red rule, title (centred)
    [flush] TEXT                   paragraph without indent (addressees)
    [p] TEXT                       body paragraph, first line indented
    [pagebreak]                    page break
    [sec] TEXT                     section heading 一、… (黑体, outline level 1)
    [item] TEXT                    work point, number typed; its first sentence (to the first 。) is bold
    [cont] TEXT                    a further paragraph of the work point before it
    [ledger] TEXT                  one ledger line under the work point (楷体, 14 pt, indented)
    [sign] [date] [note]           signature, date, （此件公开发布）
    [cc] [printed]                 抄送 line and 印发 line, with rules
"""

from __future__ import annotations

import datetime as dt
import io
import sys
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
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
NAME = "zhengzhou-2024-fengong-fangan"
ISSUED = "2024-03-15"
COURT = "郑州市中级人民法院"
TITLE = "郑州法院2024年司法体制改革任务分工方案"
RED = RGBColor(0xE6, 0x00, 0x12)

SOURCE = """
[letterhead] 郑州市中级人民法院文件
[docno] 郑中法〔2024〕21号
[title] 郑州市中级人民法院关于印发《郑州法院2024年司法体制改革任务分工方案》的通知
[flush] 各基层人民法院，本院各部门：
[p] 《郑州法院2024年司法体制改革任务分工方案》已经院党组会议研究通过，现印发给你们，请结合实际认真抓好落实。各牵头部门要按照任务分工细化推进措施，于每季度末月20日前将工作进展情况报送本院司法改革办公室；落实中遇到的重要情况和问题，请及时报告。
[pagebreak]

[title] 郑州法院2024年司法体制改革任务分工方案
[p] 为深入贯彻党的二十大和二十届二中全会精神，全面落实最高人民法院、河南省高级人民法院关于深化司法体制综合配套改革的部署和市委全面依法治市工作要求，以“公正与效率”为工作主题，推动全市法院各项改革任务落地见效，为郑州加快建设国家中心城市、奋力谱写“中原更加出彩”郑州篇章提供有力司法服务和保障，结合全市法院工作实际，制定本方案。
[p] 本方案共确定改革任务26项。牵头部门对任务落实负主要责任，配合部门按照职责分工协同推进；涉及基层人民法院的任务，由本院对口业务部门加强指导。

[sec] 一、全面准确落实司法责任制
[item] 1.健全院庭长阅核和审判监督管理机制。制定《郑州市中级人民法院院庭长阅核工作办法（试行）》，明确阅核的案件范围和启动方式，规范阅核意见处理程序，阅核过程在办案系统中留痕可查。严格落实《最高人民法院关于完善人民法院审判权力和责任清单的指导意见》，推动全市法院院庭长、审判团队和承办法官职责清单化、具体化。
[ledger] 牵头部门：审管办
[ledger] 配合部门：研究室、各审判业务部门
[ledger] 完成时限：2024年6月底前
[item] 2.规范审判委员会和专业法官会议运行。修订《郑州市中级人民法院审判委员会工作规则》，健全审判委员会讨论案件分级过滤机制，除法律规定的情形外，提交审判委员会讨论的案件应当先经专业法官会议研究。推动建立中基层法院专业法官会议联席机制，由本院民一庭、刑一庭分别牵头，每季度研讨辖区类案裁判尺度问题。
[ledger] 牵头部门：研究室；配合部门：审管办、民一庭、刑一庭；完成时限：2024年9月底前
[item] 3.优化审判团队组建和运行模式。坚持“以案定员、以岗定责”，根据收案类型和数量动态调整审判团队，在民事审判领域推行“1+1+1”基础型团队与“1+N+N”专业化团队相结合的配置模式。支持金水区法院、二七区法院开展审判团队绩效考评试点，将结案数、审判质效指标和审判辅助事务完成情况纳入考评，年底前总结形成可复制的经验。
[ledger] 牵头领导：常务副院长
[ledger] 牵头部门：政治部
[ledger] 配合部门：审管办、金水区法院、二七区法院
[ledger] 完成时限：2024年11月底前
[item] 4.完善法官员额管理和审判辅助人员配置。落实法官员额动态调整机制，推动员额向收案压力大的基层法院和人民法庭倾斜，对连续两年未完成基本办案任务的员额法官依规退出员额。会同市委组织部、市人力资源和社会保障局完善聘用制书记员招录、培训和薪酬保障制度，支持新密市法院、荥阳市法院试点书记员集约化管理模式。
[ledger] 责任部门：政治部
[ledger] 配合部门：司法行政装备管理处、新密市法院、荥阳市法院
[ledger] 完成时限：2024年10月底前
[item] 5.健全法官依法履职保护机制。落实《保护司法人员依法履行法定职责规定》，完善干警依法履职受到侵害的快速处置和澄清正名制度。会同郑州市公安局建立涉法院干警人身安全风险预警机制，为审理涉众型、涉黑恶案件的法官及其近亲属提供必要保护。
[ledger] 牵头部门：政治部
[ledger] 配合部门：司法警察支队、机关纪委
[ledger] 完成时限：2024年9月底前
[item] 6.强化廉洁司法风险防控。严格执行防止干预司法“三个规定”，对领导干部干预司法活动、插手具体案件处理和司法机关内部人员过问案件的情况全面如实记录、按月报告。围绕执行款物管理、司法拍卖、委托鉴定等关键环节逐项排查廉政风险点，推动建立审判执行权力运行风险动态监测制度。
[ledger] 牵头部门：机关纪委
[ledger] 配合部门：政治部、执行局
[ledger] 完成时限：长期坚持

[sec] 二、深化诉讼制度改革
[item] 7.深化民事诉讼程序繁简分流改革。健全立案阶段繁简甄别标准，推行“分调裁审”工作机制，简单民事案件由速裁团队集中快审。依法扩大小额诉讼程序适用范围，提高简易案件当庭宣判率。支持中原区法院、管城区法院开展类型化案件要素式审判试点，提升物业服务、金融借款等批量案件审理效率。
[ledger] 牵头部门：民一庭
[ledger] 配合部门：立案一庭、中原区法院、管城区法院
[ledger] 完成时限：2024年9月底前
[item] 8.完善刑事案件认罪认罚从宽和速裁程序适用机制。会同郑州市人民检察院、市司法局健全认罪认罚案件量刑建议协商和审查机制，规范值班律师参与量刑协商活动。在看守所设立速裁法庭，推动远程视频开庭常态化。深化刑事案件律师辩护全覆盖试点，审判阶段律师辩护率保持100%。
[ledger] 牵头部门：刑一庭
[ledger] 配合部门：刑二庭、刑三庭
[ledger] 完成时限：2024年10月底前
[item] 9.深化行政诉讼制度改革。配合河南高院完善行政案件集中管辖制度，加强与郑州铁路运输中级法院、郑州铁路运输法院的工作协调，健全集中管辖行政案件的移送和衔接机制。推动落实行政机关负责人出庭应诉制度，联合市司法局建立行政诉讼与行政复议衔接机制，每年发布行政审判白皮书。
[ledger] 牵头部门：行政审判庭
[ledger] 配合部门：立案一庭、各基层法院
[ledger] 完成时限：2024年12月底前
[item] 10.落实四级法院审级职能定位改革要求。对照《最高人民法院关于完善四级法院审级职能定位改革试点的实施办法》，完善基层法院向本院报请提级管辖的审查程序，对具有普遍法律适用指导意义的案件依法提级审理。健全新型、疑难案件裁判规则提炼机制，由研究室每半年编发一期参阅案例。
[ledger] 牵头部门：审判监督庭
[ledger] 配合部门：研究室、立案一庭
[item] 11.深化家事审判方式和工作机制改革。支持二七区法院、惠济区法院推行离婚案件财产申报制度和家事调查员制度，探索“冷静期”适用规则。会同市公安局、市民政局健全反家庭暴力协作机制，对家庭暴力受害人及时提供司法保护。落实家庭教育指导工作机制，依法督促监护人履行监护职责。
[ledger] 牵头部门：少年家事审判庭
[ledger] 配合部门：二七区法院、惠济区法院
[ledger] 完成时限：2024年12月底前

[sec] 三、推进诉源治理和多元解纷
[item] 12.深入推进诉源治理。坚持和发展新时代“枫桥经验”，在郑州市委政法委统筹下，推动人民法庭全部进驻乡镇（街道）综治中心，构建“党委领导、法院参与、多方联动”的解纷格局。按月向各区县（市）通报万人成讼率，对物业服务、供暖、民间借贷等类型化纠纷提前介入、批量化解。
[ledger] 牵头领导：分管立案工作副院长
[ledger] 牵头部门：立案一庭
[ledger] 配合部门：民一庭、各基层法院
[ledger] 完成时限：持续推进
[item] 13.健全多元解纷诉调对接机制。依托人民法院调解平台，与郑州市社会治理综合服务中心实现矛盾纠纷线上分流、线上化解。完善特邀调解组织和特邀调解员名册管理制度，会同市律师协会完善律师调解工作机制，在登封市法院、新密市法院设立律师调解工作室。健全诉前调解与司法确认衔接机制，防止久调不决。
[ledger] 牵头部门：立案二庭
[ledger] 配合部门：民一庭、登封市法院、新密市法院
[ledger] 完成时限：2024年6月底前
[item] 14.健全诉讼与仲裁衔接机制。加强与郑州仲裁委员会的沟通协作，规范申请撤销和不予执行仲裁裁决案件的审查程序，统一仲裁司法审查尺度。推动建立诉讼、调解、仲裁有机衔接的商事纠纷一站式解决平台，服务郑州国家中心城市建设。
[ledger] 牵头部门：民四庭；配合部门：立案二庭；完成时限：2024年11月底前
[item] 15.完善劳动争议多元化解机制。会同市人力资源和社会保障局健全劳动人事争议裁审衔接机制，统一裁审受理范围和法律适用标准。在航空港区法院试行劳动争议“调裁审”一体化办理模式，对涉及新就业形态劳动者权益的纠纷快立快调。
[ledger] 牵头部门：民一庭
[ledger] 配合部门：航空港区法院
[ledger] 完成时限：2024年8月底前

[sec] 四、深化执行体制机制改革
[item] 16.深化执行权运行机制改革。坚持审执分离，健全执行裁决权与执行实施权分离运行机制，执行异议、复议案件统一由执行裁判庭审理。推行执行团队“分段集约+繁简分流”办案模式，由执行指挥中心集中办理网络查控、财产调查等事务性工作。支持巩义市法院开展执行案件“一案一账户”管理试点。
[ledger] 牵头部门：执行局
[ledger] 配合部门：审管办、巩义市法院
[ledger] 完成时限：2024年10月底前
[item] 17.健全综合治理执行难工作格局。在市委政法委统筹下，将执行工作纳入市域社会治理考核内容，推动建立覆盖全市的执行联动信息共享平台，实现与市自然资源和规划局、市市场监督管理局等部门的数据对接。完善执行悬赏和协助查找被执行人工作机制，在中牟县、新郑市试点“执行+网格”协同查控模式。会同市公安局、郑州市人民检察院建立拒执犯罪线索移送和立案监督机制。
[ledger] 牵头领导：分管执行工作副院长
[ledger] 责任部门：执行局
[ledger] 配合部门：中牟县法院、新郑市法院
[ledger] 完成时限：2024年12月底前
[item] 18.推进善意文明执行。对暂时经营困难的涉案企业灵活采取“活封活扣”措施，完善失信被执行人信用修复机制，对主动履行的被执行人及时屏蔽失信信息。健全“执转破”工作衔接机制，由执行局与破产审判庭建立案件移送会商制度，对符合破产条件的执行案件及时移送破产审查。
[ledger] 牵头部门：执行局
[ledger] 配合部门：破产审判庭、各基层法院
[ledger] 完成时限：长期坚持

[sec] 五、服务保障郑州国家中心城市建设
[item] 19.提升企业破产审判质效。推动完善企业破产处置府院联动机制，会同市发展和改革委员会建立破产企业涉税事项、信用修复和职工债权清偿的协调处理渠道。探索建立预重整制度，引导有挽救价值的困境企业尽早化解债务危机。在金水区法院试行小微企业简易破产程序，健全破产案件财产处置网络拍卖规则和管理人报酬基金制度。
[ledger] 牵头部门：破产审判庭
[ledger] 配合部门：金水区法院
[ledger] 完成时限：2024年10月底前
[item] 20.完善知识产权司法保护体系。充分发挥郑州知识产权法庭跨区域集中管辖职能，深化知识产权民事、刑事、行政案件“三合一”审判机制。健全技术调查官选任和管理制度，依托郑州大学建立技术咨询专家库。制定商业秘密案件审理指引，依法适用惩罚性赔偿制度，服务郑州建设国家创新高地。
[ledger] 牵头部门：郑州知识产权法庭
[ledger] 配合部门：研究室、技术室
[item] 21.加强黄河流域生态保护司法服务。贯彻《最高人民法院关于为黄河流域生态保护和高质量发展提供司法服务与保障的意见》，健全环境资源案件集中管辖制度，由惠济区法院集中审理全市涉黄河流域环境资源一审案件。推动与西安中院、济南中院等沿黄中心城市法院建立跨区域生态环境司法协作机制。年内建成黄河流域环境资源司法保护基地，推广“补植复绿+劳务代偿”生态修复模式。
[ledger] 牵头部门：环境资源审判庭
[ledger] 配合部门：行政审判庭、惠济区法院
[ledger] 完成时限：2024年12月底前
[item] 22.深化郑州都市圈司法协作。与开封中院、新乡中院、许昌中院、焦作中院联合签署司法协作框架协议，完善跨域立案、委托送达和协助执行协作机制，推动都市圈内类案裁判标准统一。支持中牟县法院与开封市祥符区人民法院开展跨域诉讼服务协同试点，实现两地当事人就近立案、就近调解。
[ledger] 牵头部门：立案一庭
[ledger] 配合部门：执行局、中牟县法院
[ledger] 完成时限：2024年9月底前
[item] 23.提升金融和涉外商事审判专业化水平。健全金融纠纷多元化解机制，会同金融监管部门建立金融纠纷诉调对接和风险信息共享机制。落实涉外民商事案件集中管辖制度，完善涉外商事纠纷“一站式”解决机制，服务“空中丝绸之路”建设，依法平等保护中外当事人合法权益。
[ledger] 牵头部门： 民二庭
[ledger] 配合部门： 民四庭、研究室
[ledger] 完成时限： 2024年11月底前

[sec] 六、夯实改革基础保障
[item] 24.推进数字法院建设。落实《人民法院在线运行规则》，全面推行电子卷宗随案同步生成，在二七区法院、上街区法院开展电子卷宗单套制归档试点。推动智慧法院建设由“能用”向“好用”转变，提升办案系统智能辅助水平。
[cont] 同时，建立司法数据质量常态化核查制度，由审管办每月通报数据差错情况，确保审判执行数据真实准确。
[ledger] 牵头部门：信息技术处
[ledger] 配合部门：审管办、二七区法院、上街区法院
[ledger] 完成时限：2024年12月底前
[item] 25.深化司法公开和接受监督。完善庭审直播常态化工作机制，健全审判流程信息公开机制和执行信息公开平台建设。健全人大代表、政协委员联络工作机制，邀请代表委员旁听庭审、见证执行。选聘特约监督员，对新郑市法院、登封市法院及其人民法庭的工作开展专项监督。
[ledger] 责任部门：办公室
[ledger] 完成时限：2024年12月底前
[item] 26.强化改革统筹和督察落实。在院党组统一领导下，由司法改革领导小组办公室建立改革任务台账管理制度，实行清单化管理、项目化推进、销号式落实。健全改革成效评估和督察通报机制，每半年对各基层法院改革任务落实情况开展专项督察。支持航空港区法院、新郑市法院在临空经济纠纷化解、涉外商事审判等方面先行先试，及时总结报送改革经验，形成可复制推广的郑州法院改革经验，争创全省法院司法改革先进集体。
[ledger] 牵头部门：司改办；配合部门：本院各部门、各基层法院；完成时限：长期坚持

[sec] 七、组织实施
[p] 各基层人民法院、本院各部门要把改革任务落实情况作为年度工作考核的重要内容，主要负责同志要亲自研究部署、亲自协调推进，确保每项任务有人抓、有人管、见实效。
[p] 本院司法改革办公室每季度汇总通报任务进展情况，对进度滞后的任务及时督办。各基层人民法院可参照本方案制定本院改革任务清单，于2024年4月10日前报本院司法改革办公室备案。

[sign] 郑州市中级人民法院
[date] 2024年3月15日
[note] （此件公开发布）
[cc] 抄送：河南省高级人民法院司法改革办公室，市委政法委。
[printed] 郑州市中级人民法院办公室　　　　　　2024年3月18日印发
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


def outline_level(paragraph, level: int) -> None:
    paragraph._p.get_or_add_pPr().append(parse_xml(f'<w:outlineLvl {nsdecls("w")} w:val="{level}"/>'))


def split_first_sentence(text: str) -> tuple[str, str]:
    cut = text.find("。")
    return (text, "") if cut < 0 else (text[: cut + 1], text[cut + 1 :])


def build() -> Path:
    doc = Document()
    setup_styles(doc)
    page_setup(doc)

    for tag, text in parse(SOURCE):
        p = doc.add_paragraph()
        fmt = p.paragraph_format
        if tag == "pagebreak":
            p.add_run().add_break(WD_BREAK.PAGE)
        elif tag == "letterhead":
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
        elif tag == "flush":
            add_text(p, text)
        elif tag in ("p", "cont"):
            add_text(p, text)
            fmt.first_line_indent = Pt(32)
        elif tag == "sec":
            add_text(p, text, HEITI)
            fmt.first_line_indent = Pt(32)
            fmt.space_before = Pt(6)
            outline_level(p, 0)
        elif tag == "item":
            head, rest = split_first_sentence(text)
            add_text(p, head, FANGSONG, bold=True)
            if rest:
                add_text(p, rest)
            fmt.first_line_indent = Pt(32)
        elif tag == "ledger":
            add_text(p, text, KAITI, 14)
            fmt.left_indent = Pt(32)
            fmt.line_spacing = Pt(24)
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

    footer = doc.sections[0].footer.paragraphs[0]
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
