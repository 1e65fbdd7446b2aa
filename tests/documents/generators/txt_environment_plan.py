# ruff: noqa: E501  (the document's paragraphs are kept one per line)
"""Build a provincial court's 实施方案 copied from the court's web page into a Notepad text file (GBK, CRLF).

Run from the repository root:

    .venv/bin/python tests/documents/generators/txt_environment_plan.py tests/documents/jiangsu-2025-huanzi-fangan.txt tests/documents/sources/jiangsu-2025-huanzi-fangan.txt.txt

The first command-line argument is the output path (required). The script writes
jiangsu-2025-huanzi-fangan.txt: 江苏省高级人民法院关于深化环境资源审判体制机制改革的实施方案 (苏高法〔2025〕57号;
fictional content, but the real courts, places and bodies of 江苏 and of its neighbours in 长三角, the real
"1+9+13" environmental-resources adjudication system and its nine real 环境资源法庭, and real national documents).
With a second argument (a path) it also writes the same text as UTF-8 with LF line ends (the plain-text copy in
reading order). The output is deterministic: the text is a constant, encoded with the standard library's gbk codec
and CRLF line ends, so a rebuild without changes is byte-identical. Needs only the standard library.

What real-world layout it imitates: an article page of a provincial court portal (江苏法院网 / 审判指导 / 司法改革)
that publishes a field-specific reform plan — a 实施方案 on one field (environmental and resources adjudication)
rather than a yearly 工作要点. A researcher or a court clerk selected the page in a browser, copied it and pasted it
into Notepad on a Chinese-locale Windows machine, then saved it with the default "ANSI" encoding:

- encoding GBK (code page 936; not UTF-8, not GB18030-only characters), no byte-order mark, Windows line ends
  (CRLF); nothing in the file marks the encoding;
- the page chrome that the selection took along: the site name and the breadcrumb 您当前的位置：首页 > 审判指导 >
  司法改革 before the article, the portal's 来源/发布时间/浏览次数 line (the upload date, not the document's date)
  and 【字体：大 中 小】; after the article the portal's 【打印本页】【关闭窗口】 trailer and a 主办/版权所有 line
  with the ICP number; blank lines between the blocks as the browser's copy leaves them;
- the article itself: the title (the issuer in the title: 江苏省高级人民法院关于…的实施方案), then the issuer/date
  block as the portal prints it under a 规范性文件's title — the document number in brackets on one line, the
  issuing court and the date on the next — a short preamble (为……，制定本实施方案。), then three parts:
  一、总体要求 (two paragraphs, no numbered points; the "1+9+13" system and its nine 环境资源法庭 are named
  here), 二、主要任务 with subheadings （一）（二）…（九） each on a line of its own and work points numbered
  1． 2． … (digit and a full-width full stop, as the drafters' Word file had them) restarting under every
  subheading, and 三、组织保障 (plain paragraphs, no numbered points);
- many work points end with a bracketed duty note （牵头部门：…；配合部门：…；完成时限：…）, some with only the
  lead and the deadline; the others have none;
- every paragraph of the article is indented with two ideographic spaces (U+3000 U+3000), headings included, as
  the portal's editor keeps the Word file's first-line indent as characters; the chrome lines are not indented;
- inside the text: courts in full (苏州市吴江区人民法院), as 中院/高院 short forms (南京中院, 上海高院), as
  district-court forms (高淳区法院), as {place}法院 groups (盐城法院) and as 省法院/本院; basins (太湖流域) next to
  bare lakes and rivers (太湖, 长江, 黄河故道); 《》 titles with inner brackets and an inner space; quoted model
  names (“刑事制裁+民事赔偿+生态修复”); enumerations with 、.
"""

from __future__ import annotations

import sys
from pathlib import Path

INDENT = "\u3000\u3000"

# Page chrome before the article (not indented).
HEADER = [
    "江苏法院网",
    "您当前的位置：首页 > 审判指导 > 司法改革",
    "",
    "江苏省高级人民法院关于深化环境资源审判体制机制改革的实施方案",
    "",
    "来源：江苏省高级人民法院　　发布时间：2025-04-28 16:20:05　　浏览次数：2473　　【字体：大 中 小】",
    "",
]

# The article: one paragraph per entry, each printed with the two-space indent; "" is a blank line.
ARTICLE = [
    "江苏省高级人民法院关于深化环境资源审判体制机制改革的实施方案",
    "（苏高法〔2025〕57号）",
    "江苏省高级人民法院　　2025年4月21日",
    "",
    "为深入贯彻习近平生态文明思想和习近平法治思想，全面落实最高人民法院关于全面加强环境资源审判工作的部署要求，进一步深化全省法院环境资源审判体制机制改革，为美丽江苏建设和长江经济带高质量发展提供有力司法服务和保障，结合全省法院工作实际，制定本实施方案。",
    "",
    "一、总体要求",
    "坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大和二十届二中、三中全会精神，坚持生态优先、绿色发展，坚持最严格制度最严密法治保护生态环境，以集中管辖、专业审判、系统保护为方向，巩固拓展环境资源审判体制改革成果，推动全省法院环境资源审判工作高质量发展。",
    "2019年以来，全省法院以生态功能区为单元构建“1+9+13”环境资源审判体系，即设立南京环境资源法庭，在南京铁路运输法院、苏州市姑苏区人民法院、江阴市人民法院、如皋市人民法院、淮安市洪泽区人民法院、东台市人民法院、灌南县人民法院、徐州铁路运输法院、宿迁市宿城区人民法院分别设立西南低山丘陵区域、太湖流域、长江流域第一、长江流域第二、洪泽湖流域、黄海湿地、灌河流域、淮北丘岗区域、骆马湖流域环境资源法庭，13个设区市中级人民法院设立环境资源审判庭。到2025年底，基本建成与生态系统整体性相适应、集中管辖与协同保护并重的环境资源审判体制机制；到2027年，环境资源审判专业化、现代化水平走在全国法院前列。",
    "",
    "二、主要任务",
    "（一）健全专业化环境资源审判组织体系",
    "1．完善“1+9+13”环境资源审判体系。进一步明确南京环境资源法庭、9个环境资源法庭和13个中级人民法院的审级职能和管辖分工，优化以生态功能区为单元、与行政区划适当分离的环境资源案件管辖制度。健全南京环境资源法庭对9个环境资源法庭的审判业务指导机制，省法院每年对环境资源法庭审判质效开展一次专项评估。（牵头部门：环境资源审判庭；配合部门：研究室、审管办；完成时限：2025年9月底前）",
    "2．深化环境资源刑事、民事、行政案件“三合一”归口审理。全省法院环境资源刑事、民事、行政案件统一由环境资源审判机构审理，规范涉环境资源行政非诉执行案件的审查程序。探索将涉生物多样性保护、碳排放权交易等新类型案件纳入环境资源案件受案范围，修订《江苏法院环境资源案件类型与统计规范（2025年版）》。（牵头部门：环境资源审判庭；配合部门：审管办、行政审判庭；完成时限：2025年8月底前）",
    "3．健全环境资源案件技术事实查明机制。完善技术调查官、专家陪审员、专家辅助人“三位一体”参与诉讼机制，建立全省法院环境资源技术专家库。会同省生态环境厅、省自然资源厅推动建立生态环境损害鉴定评估机构名录共享机制，支持南京中院、苏州中院开展鉴定评估费用先行垫付试点。",
    "4．完善人民陪审员参与环境资源案件审理机制。从具有生态环境、自然资源专业知识的人员中选任专家型人民陪审员，在洪泽湖流域环境资源法庭、骆马湖流域环境资源法庭开展人民陪审员参与环境资源案件七人合议庭审理试点。推动建立与河海大学、南京林业大学的人才交流培养机制。（牵头部门：政治部；配合部门：环境资源审判庭；完成时限：2025年12月底前）",
    "（二）深化环境资源案件跨区域集中管辖改革",
    "1．优化环境资源案件跨区域集中管辖机制。根据生态功能区划和案件数量变化，适时调整9个环境资源法庭的管辖区域。支持长江流域环境资源第一法庭、长江流域环境资源第二法庭分别做好无锡、常州、镇江和南通、扬州、泰州沿江地区环境资源一审案件的集中审理工作。完善集中管辖法院与属地法院、属地政府之间的案件移送、协助执行和信息通报机制。（牵头部门：环境资源审判庭；配合部门：立案一庭、执行局；完成时限：2025年12月底前）",
    "2．健全跨域立案诉讼服务机制。依托人民法院在线服务平台，为集中管辖案件当事人提供跨域立案、远程开庭、电子送达服务，实现当事人“就近能办、异地可办”。在灌河流域环境资源法庭、黄海湿地环境资源法庭开展巡回审判点与诉讼服务站“点站合一”试点。（牵头部门：立案一庭；配合部门：信息技术处；完成时限：2025年10月底前）",
    "3．完善环境资源行政案件审理机制。支持南京铁路运输法院、徐州铁路运输法院发挥西南低山丘陵区域环境资源法庭、淮北丘岗区域环境资源法庭的职能作用，依法审理自然资源、生态环境行政管理领域一审行政案件。推动行政机关负责人出庭应诉制度在环境资源行政案件中全面落实，会同省司法厅建立环境行政争议诉前协调化解机制。",
    "（三）完善生态环境损害赔偿和环境公益诉讼审判机制",
    "1．健全生态环境损害赔偿诉讼审理机制。落实《生态环境损害赔偿管理规定》，完善生态环境损害赔偿磋商协议司法确认程序，规范赔偿权利人指定的部门或者机构提起诉讼的审查标准。在盐城中院、淮安中院开展生态环境损害赔偿磋商与司法确认衔接试点。（牵头部门：环境资源审判庭；完成时限：2025年10月底前）",
    "2．完善环境公益诉讼审理机制。加强与省检察院的沟通协作，健全环境民事公益诉讼诉前公告、线索移送和证据交换机制。推动建立环境公益诉讼与生态环境损害赔偿诉讼衔接机制，对同一污染环境、破坏生态行为分别提起的诉讼依法合并审理或者中止审理。支持符合条件的社会组织依法提起环境民事公益诉讼。",
    "3．落实惩罚性赔偿和禁止令制度。严格适用《最高人民法院关于审理生态环境侵权纠纷案件适用惩罚性赔偿的解释》，对故意污染环境、破坏生态造成严重后果的，依法判令其承担惩罚性赔偿责任。完善生态环境保护禁止令快速审查程序，对申请人提出的禁止令申请在48小时内作出裁定。",
    "4．统一环境资源案件裁判尺度。健全全省法院环境资源类案检索和法律适用分歧解决机制，本院每年发布环境资源审判典型案例。落实《人民法院案例库建设运行工作规程》，择优向最高法报送环境资源参考案例。（牵头部门：研究室；配合部门：环境资源审判庭；完成时限：长期坚持）",
    "（四）深入践行恢复性司法理念",
    "1．健全生态环境修复责任履行机制。坚持“谁破坏、谁修复”，综合运用补植复绿、增殖放流、劳务代偿、碳汇认购等方式，推广“刑事制裁+民事赔偿+生态修复”一体化裁判模式。完善生态环境修复判决执行监督机制，由作出判决的法院对修复效果进行跟踪评估。",
    "2．规范生态环境修复资金管理。会同省财政厅、省生态环境厅制定生态环境修复资金管理办法，建立修复资金专门账户管理制度，确保修复资金专款专用。在太湖流域环境资源法庭试行生态环境修复保证金制度。（牵头部门：环境资源审判庭；配合部门：执行局、计划财务处；完成时限：2025年11月底前）",
    "3．建设生态环境司法修复基地。推动在长江、太湖、洪泽湖、骆马湖沿岸建设生态环境司法修复基地，统一基地建设、管理和考核标准。支持盐城中院依托黄海湿地环境资源法庭建立湿地生态修复效果第三方评估制度。",
    "4．探索生态环境替代性修复机制。对确实无法原地原样修复的，探索异地修复、林业碳汇认购等替代性修复方式。支持无锡中院、常州中院在太湖流域先行先试“碳汇认购+生态修复”替代性修复模式，相关经验成熟后在全省推广。",
    "（五）服务保障长江经济带高质量发展和重点流域治理",
    "1．强化长江大保护司法保障。全面贯彻《中华人民共和国长江保护法》，依法严惩长江流域非法捕捞、非法采砂、非法排污等违法犯罪行为，服务保障长江十年禁渔。健全沿江8市中级人民法院环境资源审判协作机制，支持南京海事法院依法审理长江江苏段船舶污染损害责任纠纷案件。（牵头部门：环境资源审判庭；配合部门：刑一庭、南京中院；完成时限：持续推进）",
    "2．健全太湖流域生态环境司法协作机制。会同上海高院、浙江高院完善太湖流域环境资源案件跨省协同审理机制，推动苏州、无锡、常州与浙江湖州、嘉兴等地法院建立联合巡回审判和执行协作机制。每年联合发布太湖流域生态环境司法保护典型案例。",
    "3．健全洪泽湖流域、骆马湖流域生态环境司法保护机制。支持淮安中院、宿迁中院加强跨市域协作，统一两湖环境资源案件裁判尺度。推动建立“河湖长+法官”协作机制，在洪泽湖、骆马湖沿湖乡镇设立生态环境巡回审判点。",
    "4．加强黄河故道和大运河沿线生态环境司法保护。支持徐州中院、宿迁中院围绕黄河故道生态修复开展专项审判，支持扬州中院、淮安中院加强大运河沿线文物和文化遗产保护类案件审理，建立大运河文化遗产保护行政执法与司法衔接机制。",
    "（六）深化长三角环境资源司法协作",
    "1．完善长三角环境资源司法协作机制。会同上海高院、浙江高院、安徽高院落实《长三角区域环境资源司法协作框架协议》，在案件移送、委托送达、调查取证、协助执行等方面加强协作。建立长三角三省一市法院环境资源审判联席会议制度，每年轮流召开会议，共同研究解决跨域生态环境案件法律适用问题。（牵头部门：环境资源审判庭；配合部门：司改办；完成时限：2025年6月底前）",
    "2．推进长三角生态绿色一体化发展示范区跨域司法协作。支持苏州市吴江区人民法院会同上海市青浦区人民法院、浙江省嘉善县人民法院开展示范区生态环境案件跨域协同审理试点，探索统一示范区内环境资源案件裁判标准和生态修复标准。推动建立元荡、太浦河等跨界水体联保共治司法协作机制。",
    "3．深化苏皖毗邻地区环境资源司法协作。支持南京中院会同安徽省马鞍山市中级人民法院、宣城市中级人民法院，围绕石臼湖、固城湖共保联治，建立跨省界湖泊生态环境案件联合审理和协助执行机制。支持高淳区法院设立固城湖生态环境司法保护巡回审判点。（牵头部门：南京中院；配合部门：环境资源审判庭；完成时限：2025年9月底前）",
    "（七）完善“双碳”目标司法服务机制",
    "1．依法审理碳排放权纠纷案件。贯彻《最高人民法院关于完整准确全面贯彻新发展理念　为积极稳妥推进碳达峰碳中和提供司法服务的意见》，依法审理碳排放配额、核证自愿减排量交易和质押等纠纷案件。在南京中院、苏州中院开展碳排放权交易纠纷集中审理试点。（牵头部门：环境资源审判庭；配合部门：民二庭、南京中院、苏州中院；完成时限：2025年12月底前）",
    "2．完善涉碳金融纠纷审理规则。研究制定涉碳排放权质押、碳汇收益权融资等新类型纠纷审理指引，加强与省生态环境厅的信息共享。推动建立林业碳汇、海洋碳汇司法确认和交易衔接机制。",
    "3．服务保障绿色低碳发展。支持盐城法院、连云港法院依法审理海上风电、滩涂开发利用等涉海洋生态环境案件，探索建立海洋生态环境损害赔偿磋商机制。对依法实施节能减排技术改造的企业，可以根据其改造投入情况依法抵扣部分生态环境修复费用，探索“技改抵扣”修复模式。",
    "（八）健全环境资源多元共治和府院协同机制",
    "1．健全环境资源行政执法与司法衔接机制。会同省生态环境厅、省自然资源厅、省公安厅、省检察院建立环境资源案件信息共享平台，完善涉环境资源犯罪线索移送、案情通报和证据衔接机制。（牵头部门：环境资源审判庭；配合部门：刑一庭、信息技术处；完成时限：2025年12月底前）",
    "2．完善环境资源纠纷多元化解机制。坚持和发展新时代“枫桥经验”，推动环境资源纠纷诉源治理。依托人民法院调解平台，邀请行业性专业性调解组织入驻，推行“专业调解+司法确认”一体化工作模式。在常州市武进区人民法院、泰州市姜堰区人民法院开展生态环境纠纷诉前调解试点。",
    "3．深化环境资源审判府院联动。建立与省生态环境厅、省自然资源厅、省水利厅、省农业农村厅的常态化会商机制，定期通报环境资源案件审判情况。针对审判中发现的监管漏洞，及时发出司法建议，健全司法建议办理情况跟踪反馈机制。",
    "4．健全环境资源审判公开和公众参与机制。以世界环境日、全国生态日为契机集中发布环境资源审判白皮书和典型案例，邀请人大代表、政协委员旁听重大环境资源案件庭审。在南京环境资源法庭开展环境资源案件庭审直播常态化试点。",
    "（九）加强环境资源审判保障能力建设",
    "1．健全环境资源审判人才培养机制。落实环境资源审判人员资格准入和定期培训制度，每年组织全省环境资源审判条线法官集中轮训。与南京大学法学院共建环境资源司法研究基地，推动建立法官与高校学者双向交流机制。（牵头部门：政治部；配合部门：环境资源审判庭、江苏法官学院；完成时限：长期坚持）",
    "2．推进环境资源审判数字化建设。建设全省法院环境资源审判数字化应用平台，推动与省生态环境厅、省自然资源厅生态环境监测和自然资源数据互联共享，探索运用卫星遥感、无人机巡查等技术辅助查明生态环境损害事实。在苏州市姑苏区人民法院试点环境资源案件全流程在线审理。",
    "",
    "三、组织保障",
    "加强组织领导。省法院成立深化环境资源审判体制机制改革工作专班，由分管院领导牵头，环境资源审判庭具体负责统筹协调。各中级人民法院和设立环境资源法庭的基层人民法院要把本方案确定的任务纳入年度重点工作，主要负责同志亲自研究部署。",
    "强化督促落实。各牵头部门要会同配合部门细化工作措施，建立任务台账，每半年向省法院司法改革办公室报送一次推进情况。省法院将改革任务落实情况纳入对中级人民法院的年度考核。",
    "注重总结宣传。及时总结提炼各地法院的创新做法和典型经验，讲好江苏环境资源司法保护故事，为推进人与自然和谐共生的中国式现代化贡献江苏法院力量。",
]

# Page chrome after the article (not indented).
FOOTER = [
    "",
    "【打印本页】　　【关闭窗口】",
    "",
    "主办：江苏省高级人民法院　　版权所有：江苏法院网　　苏ICP备05009180号",
]


def build_text() -> str:
    """The page as the user pasted it, with LF line ends (the caller chooses the line end)."""
    lines: list[str] = list(HEADER)
    for paragraph in ARTICLE:
        lines.append(INDENT + paragraph if paragraph else "")
    lines.extend(FOOTER)
    return "\n".join(lines) + "\n"


def main(argv: list[str]) -> int:
    if len(argv) < 2:
        print(__doc__.splitlines()[0])
        print("usage: txt_environment_plan.py OUTPUT.txt [PLAIN-TEXT-COPY.txt]", file=sys.stderr)
        return 2
    text = build_text()
    out = Path(argv[1])
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_bytes(text.replace("\n", "\r\n").encode("gbk"))
    if len(argv) > 2:
        Path(argv[2]).write_text(text, encoding="utf-8")
    print(out)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
