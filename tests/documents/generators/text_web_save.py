"""Build the plain-text test document of a court portal's article saved by a user as a text file (GB18030, CRLF).

Run from the repository root:

    .venv/bin/python tests/documents/generators/text_web_save.py tests/documents/shenyang-2024-gaige-yaodian.txt

The first command-line argument is the output path (required). The script writes
shenyang-2024-gaige-yaodian.txt (fictional content; real court, real districts, counties and courts of 沈阳).
The output is deterministic: the text is a constant, encoded with the standard library's gb18030 codec and
CRLF line ends, so a rebuild without changes is byte-identical. Needs only the standard library.
With a second argument (a path) it also writes the same text as UTF-8 with LF line ends (the .source.txt copy).

What real-world layout it imitates: an article page of a municipal court's portal (沈阳法院网 / 审务公开 /
司法改革, the old 中国法院网-style template), which a user opened in a browser on a Chinese-locale Windows
machine and saved with "另存为 → 文本文件 (*.txt)" — or selected, copied and pasted into Notepad and saved with
the default ANSI encoding. Such files are what court staff and researchers actually pass around:

- encoding GB18030 (Windows code page 936's superset; every character here is also in GBK), no byte-order
  mark, Windows line ends (CRLF); nothing marks the encoding, a reader has to detect it;
- the page chrome that survives the copy: the site name, a breadcrumb 当前位置：首页 > 审务公开 > 司法改革,
  the article title, the 发布时间 line of the portal (the upload date, not the document's date), a
  来源/作者/浏览次数 line with 【字体：大 中 小】, then the article; at the end the portal's
  【打印本页】【关闭窗口】 trailer and a 版权所有 footer line; blank lines between the blocks as a browser's
  text export leaves them;
- the article is the 通知 that issues the plan (document number 沈中法〔2024〕21号, addressees, one cover
  paragraph, an 附件 line, the signature and date, the 公开方式 note), followed by the plan itself as the
  portal pastes an attachment into the article: its title, a preamble, sections 一、 二、 … and work points
  numbered 1、 2、 … with the Chinese enumeration comma, running on through the whole plan without restarting
  in each section; a few work points are split into 一是……二是……三是…… clauses; the last section
  (组织实施) has plain paragraphs and no numbered points; then the 抄送 and 印发 lines of the paper original;
- every paragraph of the article is indented with two ideographic spaces (U+3000 U+3000), as the portal's
  editor (and Word before it) indents paragraphs with characters instead of CSS; headings are indented too;
  the page chrome lines are not.
"""

from __future__ import annotations

import sys
from pathlib import Path

INDENT = "\u3000\u3000"

# Page chrome before the article: (text, indented?)
HEADER = [
    "沈阳法院网",
    "当前位置：首页 > 审务公开 > 司法改革",
    "",
    "沈阳市中级人民法院关于印发《沈阳法院2024年深化司法体制综合配套改革工作要点》的通知",
    "",
    "发布时间：2024-03-20 09:42:17",
    "来源：沈阳市中级人民法院　　作者：司法改革办公室　　浏览次数：1386　　【字体：大 中 小】",
    "",
]

# The article, one paragraph per entry; every one is printed with the two-space indent.
ARTICLE = [
    "沈中法〔2024〕21号",
    "各区、县（市）人民法院，沈抚改革创新示范区人民法院，本院各部门：",
    "现将《沈阳法院2024年深化司法体制综合配套改革工作要点》印发给你们，请结合本单位实际细化工作措施，明确责任人和时间表，认真抓好贯彻落实。落实过程中遇到的重要情况和问题，请及时报告市中院司法改革办公室。",
    "附件：沈阳法院2024年深化司法体制综合配套改革工作要点",
    "沈阳市中级人民法院",
    "2024年3月18日",
    "（此件主动公开）",
    "沈阳法院2024年深化司法体制综合配套改革工作要点",
    "今年是深入贯彻党的二十大精神的重要一年，也是沈阳奋力打好新时代东北全面振兴“攻坚之战”、加快建设国家中心城市的关键之年。全市法院深化司法体制综合配套改革的总体要求是：坚持以习近平新时代中国特色社会主义思想为指导，深入贯彻习近平法治思想，认真落实最高人民法院、辽宁高院和市委关于司法改革的部署要求，紧扣“公正与效率”工作主题，以审判管理现代化为牵引，突出改革的系统性、整体性、协同性，为沈阳全面振兴全方位振兴提供有力司法服务和保障。现提出如下工作要点。",
    "一、全面准确落实司法责任制",
    "1、全面落实院庭长阅核制度。制定《沈阳市中级人民法院裁判文书阅核工作规程（试行）》，明确院庭长阅核的案件范围、阅核重点和意见分歧处理方式，阅核意见及采纳情况一律在办案系统中全程留痕。在和平区法院、铁西区法院开展阅核工作与审判监督管理融合试点，年底前总结形成可复制的经验。",
    "2、健全审判权力运行监督制约机制。一是修订《院庭长审判监督管理权责清单》，将发回改判案件评查、长期未结案件督办纳入清单管理；二是完善“四类案件”自动识别、标记提醒和分级监管机制，推动监督管理从“人盯案”向“数据管案”转变；三是规范审判委员会讨论案件范围，健全专业法官会议先行过滤机制。",
    "3、深化审判团队改革。按照“专业化+类型化”思路优化审判团队配置，在民商事审判部门推行“1名员额法官+1名法官助理+1名书记员”的基本办案单元。完善随机分案为主、指定分案为辅的案件分配制度。出台审判团队绩效考核办法，考核结果与评先评优、等级晋升挂钩。",
    "4、健全司法人员分类管理制度。会同市委组织部、市委编办做好员额法官常态化遴选和递补工作，完善员额退出机制。探索法官助理分级培养、择优遴选入额的职业发展通道。加强聘用制书记员队伍建设，推动建立聘用制书记员薪酬待遇动态调整机制。",
    "5、完善法官惩戒和履职保障机制。一是规范法官惩戒线索移送和审查程序，配合辽宁省法官检察官惩戒委员会做好惩戒案件审议工作；二是落实《保护司法人员依法履行法定职责规定》，健全法官及其近亲属人身安全保护机制，对恶意炒作、不实举报及时澄清正名；三是严格执行防止干预司法“三个规定”，按月通报过问案件记录情况，落实“零报告”制度。",
    "6、健全司法廉政风险防控机制。梳理审判执行各环节廉政风险点，建立廉政风险预警处置机制。在皇姑区法院试行审判执行权力运行风险“红黄绿”三色预警，对长期未结、频繁改期等异常情形自动推送预警信息。",
    "7、深化人民陪审员制度改革。会同市司法局、市公安局完善人民陪审员随机抽选和退出机制，在康平县法院、法库县法院探索人民陪审员参与涉农纠纷化解工作。推动人民陪审员参审案件信息公开，保障人民群众有序参与司法。",
    "二、深化诉讼制度改革",
    "8、深化民事诉讼程序繁简分流改革。用足用好小额诉讼程序和简易程序，规范独任制适用情形，合理确定二审独任审理的案件范围。在大东区法院、苏家屯区法院开展买卖合同、民间借贷纠纷要素式审判试点，推广使用要素式裁判文书。",
    "9、健全诉讼诚信和虚假诉讼防范机制。会同市检察院、市公安局建立虚假诉讼线索双向移送和联合惩治机制，在民间借贷、劳动争议等重点领域开展虚假诉讼专项甄别。全面推行诉讼诚信承诺书，对妨害诉讼行为依法惩戒。",
    "10、深化以审判为中心的刑事诉讼制度改革。落实庭前会议、非法证据排除、法庭调查“三项规程”，提高证人、鉴定人出庭作证率。在于洪区法院试行认罪认罚案件“一站式”集中审理模式，推动建立量刑建议采纳情况定期会商机制。",
    "11、深化行政诉讼制度改革。配合沈阳铁路运输法院做好行政案件集中管辖衔接工作，完善集中管辖与属地化解相结合的行政争议协调机制。推动行政机关负责人出庭应诉制度落实，联合市司法局发布年度行政审判白皮书。",
    "12、完善家事审判工作机制。联合市民政局建立婚姻家庭纠纷预防化解协作机制，推行家事调查员制度，加强对未成年子女权益的司法保护。在新民市法院开展涉未成年子女离婚案件“亲职教育”试点。",
    "13、深化知识产权审判“三合一”改革。健全知识产权民事、刑事、行政案件“三合一”审理机制，发挥沈阳知识产权法庭跨区域管辖职能。完善技术调查官选任和参与诉讼制度，联合东北大学、沈阳工业大学组建技术咨询专家库。推动建立知识产权司法保护与行政执法协作机制，为沈阳科技创新和产业升级提供司法保障。",
    "14、健全环境资源审判机制。深化环境资源案件集中管辖，由辽中区法院集中审理全市环境资源一审案件。完善生态环境修复执行监督机制，联合市生态环境局在法库县建设生态环境司法修复基地。推动建立辽河流域上下游法院环境资源审判协作机制。",
    "三、健全诉源治理和多元解纷机制",
    "15、深入推进诉源治理。坚持和发展新时代“枫桥经验”，在市委政法委统筹下实现人民法庭与综治中心对接联动全覆盖，健全“法院+街道+网格”联动解纷模式。在沈北新区法院、浑南法院开展“无讼社区”创建试点。",
    "16、完善诉调对接工作机制。加强特邀调解员名册管理，推行“诉前调解+司法确认”一体化流程。会同市总工会完善劳动争议“法院+工会”诉调对接机制，在铁西区设立劳动争议联合调解工作室。",
    "17、健全劳动人事争议裁审衔接机制。会同市人力资源和社会保障局、沈阳市劳动人事争议仲裁委员会统一受案范围和裁审标准，建立劳动人事争议仲裁与诉讼信息共享机制。",
    "18、健全商事纠纷多元化解机制。支持沈阳仲裁委员会、市律师协会参与涉企纠纷化解，完善商事调解与诉讼程序衔接规则。推动设立沈阳国际商事调解中心，为中外当事人提供“一站式”纠纷解决服务。",
    "19、完善一站式诉讼服务体系。推行立案“全市通办”，在康平县、法库县偏远乡镇设立巡回诉讼服务点。依托12368诉讼服务热线建立群众诉求快速响应机制，做到有信必复、有问必答。",
    "四、深化执行体制机制改革",
    "20、深化审执分离体制改革。完善执行裁决权与执行实施权分离运行机制，在苏家屯区法院、辽中区法院推行执行案件“分段集约+繁简分流”办案模式。健全执行指挥中心实体化运行机制，实现执行指挥“一网统管”。",
    "21、健全执行联动协作机制。会同市公安局、市自然资源局、市市场监管局完善网络查控和失信联合惩戒机制，推动建立被执行人车辆“查扣一体化”协作机制。配合辽宁高院做好跨省执行事项委托网上办理工作。",
    "22、健全执行权监督制约机制。落实执行流程节点自动预警制度，对终结本次执行程序案件开展定期筛查，符合条件的及时恢复执行。健全执行信访案件“接访即办”工作机制。",
    "23、健全失信被执行人信用修复机制。对主动履行义务的被执行人及时屏蔽失信信息、出具信用修复证明，推行涉企财产“活封活扣”措施。在于洪区法院开展执行和解与信用修复一体化试点。",
    "五、服务保障新时代东北全面振兴",
    "24、深化破产审判机制改革。健全企业破产处置府院联动机制，会同市财政局完善破产援助资金管理制度。完善执行案件移送破产审查工作机制，在和平区法院、浑南区法院试点“预重整”制度。",
    "25、完善金融审判机制。会同沈阳金融监管分局健全金融纠纷诉调对接机制，对证券、保险等群体性纠纷推行“示范判决+专业调解”工作模式。在沈河区法院开展金融借款合同纠纷集约化审理试点。",
    "26、服务保障沈抚示范区建设。支持沈抚示范区法院在涉企纠纷快审快结方面先行先试，健全涉市场主体纠纷速裁快审机制。推动建立沈阳中院、抚顺中院跨区域审判执行协作机制，在跨区域立案、执行协助等方面加强协作。",
    "27、加强民营企业产权和企业家权益司法保护。建立涉企案件经济影响评估制度，审慎适用查封、扣押、冻结等强制措施。会同市委政法委、市发展改革委建立涉企冤错案件甄别纠正工作机制，以法治化营商环境建设助推东北全面振兴取得新突破。",
    "六、推进审判管理现代化和数字法院建设",
    "28、完善审判质量管理机制。落实最高法审判质量管理指标体系，建立全市法院质效指标按月会商、按季通报机制。在沈河区法院、大东区法院开展审判质效指标“一庭一策”精准管理试点。",
    "29、健全法律适用分歧解决机制。市中院审判委员会每季度研究讨论一批法律适用问题，发挥专业法官会议统一裁判尺度作用。定期编发《沈阳法院参考性案例》，积极向人民法院案例库推送入库案例。",
    "30、深化数字法院建设。推进全流程网上办案，电子卷宗随案同步生成率保持在98%以上。在沈北新区法院、新民市法院试行电子卷宗单套制归档，推动建设全市法院一体化诉讼服务平台。",
    "31、提升审判执行数据质量和安全水平。健全审判执行数据常态化核查、问题数据闭环整改制度，落实网络安全等级保护制度和数据分类分级管理要求。依托政法协同办案平台，推动与市检察院、市公安局、市司法局刑事案件数据互联互通。",
    "32、健全司法公开工作机制。完善庭审直播录播审查制度，在皇姑区法院、康平县法院推行“庭审公开+普法宣传”模式，主动接受社会监督。",
    "七、加强改革组织实施",
    "全市法院要切实扛起改革主体责任，把深化司法体制综合配套改革摆在全局工作的重要位置。一是加强组织领导。各单位主要负责同志要亲自研究部署、协调推进重点改革任务，市中院司法改革领导小组每季度听取一次改革进展情况汇报。二是强化督察落实。建立改革任务台账，实行清单化管理、销号式推进，对推进不力的单位进行通报。三是注重总结宣传。及时总结提炼改革经验，选树一批改革典型案例，讲好沈阳法院改革故事。",
    "抄送：辽宁省高级人民法院，市委政法委。",
    "沈阳市中级人民法院办公室　　　　　　2024年3月18日印发",
]

FOOTER = [
    "",
    "【打印本页】【关闭窗口】",
    "",
    "版权所有：沈阳市中级人民法院　　地址：沈阳市沈河区市府大路 技术支持：沈阳法院网",
]


def build_text() -> str:
    """The page as the user saved it, with LF line ends (the caller chooses the line end)."""
    lines: list[str] = list(HEADER)
    for i, paragraph in enumerate(ARTICLE):
        if i:
            lines.append("")
        lines.append(INDENT + paragraph)
    lines.extend(FOOTER)
    return "\n".join(lines) + "\n"


def main(argv: list[str]) -> int:
    if len(argv) < 2:
        print(__doc__.splitlines()[0])
        print("usage: text_web_save.py OUTPUT.txt [SOURCE-COPY.utf8.txt]", file=sys.stderr)
        return 2
    text = build_text()
    out = Path(argv[1])
    out.write_bytes(text.replace("\n", "\r\n").encode("gb18030"))
    if len(argv) > 2:
        Path(argv[2]).write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
