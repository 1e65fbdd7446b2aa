"""Headed phrases (extract.components.phrases): where a name of an open class begins and ends."""

from __future__ import annotations

import pytest

from reformkg.extract.pipeline import load_pipeline


def names(text: str) -> set[tuple[str, str]]:
    doc = load_pipeline()(text)
    return {(span.id_ or span.text, span.label_) for key in doc.spans for span in doc.spans[key]}


@pytest.mark.parametrize(
    ("text", "name", "type_"),
    [
        # a word that jieba keeps whole and that ends with a head is a name by itself
        ("加强与复旦大学合作，提升研究水平。", "复旦大学", "机构"),
        # an enumeration's 等 ends the name before it, and the verb after the enumerated noun stays a verb
        ("依托清华大学等高校成立智慧司法研究基地。", "清华大学", "机构"),
        ("依托清华大学等高校成立智慧司法研究基地。", "智慧司法研究基地", "机构"),
        # 的 after an organisation ends its name
        ("加强与深圳国际仲裁中心的协作。", "深圳国际仲裁中心", "机构"),
        # an adverb before the verb is no part of the name
        ("稳妥推进家事审判改革试点。", "家事审判改革试点", "试点"),
        # a verb after a title acts as one: the title names no doer, 按照《…》|开展…
        ("严格按照《试点实施办法》开展繁简分流改革试点。", "繁简分流改革试点", "试点"),
        # a short bracketed alternative is part of a name (乡镇（街道）, 县（市、区）); a status note is not
        ("推动人民法庭进驻乡镇（街道）综治中心。", "乡镇（街道）综治中心", "机构"),
        ("完善县（市、区）诉讼服务中心。", "县（市、区）诉讼服务中心", "机构"),
        # a verb of entering acts as a verb after a platform as after a body: the platform is its subject
        ("推进人民法院调解平台进驻县乡综治中心。", "人民法院调解平台", "机制"),
        ("推进人民法院调解平台进驻县乡综治中心。", "县乡综治中心", "机构"),
        ("引导行业性专业性调解组织入驻平台。", "行业性专业性调解组织", "机构"),
        # bodies of the document's own province or region, named by its level (lexicon: court_suffixes.tsv)
        ("会同省市场监管厅完善机制。", "省市场监管厅", "机构"),
        ("会同自治区党委政法委完善机制。", "自治区党委政法委", "机构"),
        ("会同市委政法委完善机制。", "市委政法委", "机构"),
        # places the gazetteer knows beyond divisions: a mountain of ecological adjudication, a metropolitan area
        ("加强长白山生态环境司法保护。", "长白山", "地区"),
        ("由三江源地区人民法院集中管辖环境资源案件。", "三江源地区人民法院", "法院"),  # a region's court
        ("服务长春现代化都市圈建设。", "长春现代化都市圈", "地区"),
        ("支持海西中院开展试点。", "海西蒙古族藏族自治州中级人民法院", "法院"),
        # 吸纳 governs what it takes in
        ("吸纳行业性专业性调解组织入驻诉讼服务中心。", "行业性专业性调解组织", "机构"),
        # a body is not named after the court that writes (本院|司法改革领导小组), but may be after another
        ("发挥本院司法改革领导小组统筹作用。", "司法改革领导小组", "机构"),
        ("报最高人民法院司法改革领导小组审议。", "最高人民法院司法改革领导小组", "机构"),
        # 委托 names what a mechanism does before its head (委托送达, 委托调解); before a body it is a verb
        ("健全跨省立案、委托送达和执行协作机制。", "跨省立案、委托送达和执行协作机制", "机制"),
        ("委托厦门大学法学院开展第三方评估。", "厦门大学法学院", "机构"),
        # an adverb of manner before the verb (准确适用, 严格把握) is no part of what the verb governs
        ("准确适用认罪认罚从宽制度。", "认罪认罚从宽制度", "机制"),
        ("完善量刑建议精准化协商机制。", "量刑建议精准化协商机制", "机制"),  # 精准化 is a word of the name
        ("严格把握小额诉讼程序适用条件，细化转换规则。", "小额诉讼程序", "机制"),
        # 对标, 对照 and 升级 are verbs: they govern the name, they are no part of it
        ("对照最高人民法院审判质量管理指标体系，优化指标。", "最高人民法院审判质量管理指标体系", "机制"),
        ("升级全省法院审判执行一体化办案平台。", "全省法院审判执行一体化办案平台", "机制"),
        ("对标最高人民法院审判质量管理指标体系，优化评估指标。", "最高人民法院审判质量管理指标体系", "机制"),
        # an adverb between two words of a name qualifies the one after it (有序切换, 全程留痕)
        ("推动完善在线诉讼与线下诉讼有序切换程序。", "在线诉讼与线下诉讼有序切换程序", "机制"),
        ("健全过问案件全面记录、全程留痕和定期通报制度。", "过问案件全面记录、全程留痕和定期通报制度", "机制"),
        ("健全识别标注、及时提醒、监督管理全流程机制。", "识别标注、及时提醒、监督管理全流程机制", "机制"),
        # 联合惩戒 is a term, not the verb 联合 (ontology/lexicon/phrases.tsv role compound)
        ("推动建立网络查控、联合惩戒和信用修复一体化工作机制。", "网络查控、联合惩戒和信用修复一体化工作机制", "机制"),
        # 进 after a head is no word of the name: the platform goes into the villages
        ("推动人民法院调解平台进乡村、进社区、进网格。", "人民法院调解平台", "机制"),
        # 把 opens the object of 挺: 把…机制挺在前面
        ("坚持把非诉讼纠纷解决机制挺在前面。", "非诉讼纠纷解决机制", "机制"),
        # a name may hold an enumeration
        ("健全金融、破产等领域审判组织体系。", "金融、破产等领域审判组织体系", "机制"),
        # a modifier that a 的 closes is part of the name, whatever opens it: a preposition, a verb of its own
        ("建立与法官职务序列相配套的薪酬制度。", "与法官职务序列相配套的薪酬制度", "机制"),
        ("完善从律师和法学学者中公开选拔法官的工作机制。", "从律师和法学学者中公开选拔法官的工作机制", "机制"),
        ("建立服务京津冀协同发展的司法协作机制。", "服务京津冀协同发展的司法协作机制", "机制"),
        # …and a verb right before the 的, or an adverb inside it (the modifier is a clause with its subject)
        ("完善服务成渝双城经济圈建设的司法协作机制。", "服务成渝双城经济圈建设的司法协作机制", "机制"),
        ("探索民事审判与行政审判有效衔接的工作规则。", "民事审判与行政审判有效衔接的工作规则", "机制"),
        # a verb that opens the phrase governs it: it is no part of the name
        ("研究形成具有指导意义的审理规则。", "具有指导意义的审理规则", "机制"),
        ("细化环境侵权的惩罚性赔偿认定规则。", "环境侵权的惩罚性赔偿认定规则", "机制"),
        # an unquoted …意见 in a title's shape, or made by its verb, is a document
        ("落实关于加强审判管理工作的指导意见。", "关于加强审判管理工作的指导意见", "规范性文件"),
        ("制定人民法庭融入基层解纷网络建设意见。", "人民法庭融入基层解纷网络建设意见", "规范性文件"),
        # …except the verb that opens an unquoted title after the verb that makes the document
        ("出台规范网络司法拍卖若干问题的意见。", "规范网络司法拍卖若干问题的意见", "规范性文件"),
        # 适用 after a mechanism's head is its application, not part of its name (扩大…程序|适用)
        ("依法扩大简易程序适用，完善简易程序适用规则。", "简易程序", "机制"),
        ("依法扩大简易程序适用，完善简易程序适用规则。", "简易程序适用规则", "机制"),
        ("深化在线调解平台应用。", "在线调解平台", "机制"),  # …and 应用 its use
        # verbs of no relation of their own that run into a mechanism's head say what it does
        ("完善外国法查明和适用机制。", "外国法查明和适用机制", "机制"),
        ("探索陪审员与法官协同参与审理模式。", "陪审员与法官协同参与审理模式", "机制"),
        # a phrase of scope closed by 中 makes the verb after it a verb (在…中|试点)
        ("支持基层法院在家事审判中试点“调解+回访”模式。", "“调解+回访”模式", "机制"),
        # 对, 将 and 把 open an object: they are no part of it, and the verb after it is a verb
        ("加强对行业调解委员会的业务指导。", "行业调解委员会", "机构"),
        ("把审判流程节点管控纳入院庭长监督管理平台。", "院庭长监督管理平台", "机制"),
        # …but inside quotes they are words of the name
        ("推广“点对点”网络查控平台。", "“点对点”网络查控平台", "机制"),
        # 参与 names a body's part in the mechanism or rule it runs into, body and all
        ("完善律师参与化解涉诉信访案件制度。", "律师参与化解涉诉信访案件制度", "机制"),
        ("制定行业协会参与诉前调解工作规程。", "行业协会参与诉前调解工作规程", "规范性文件"),
        # a body's name holds no enumeration
        ("推动税务部门、破产管理人协会入驻平台。", "破产管理人协会", "机构"),
        # 省 or 市 alone before a body's suffix: that body of the document's own province or city
        ("会同省民政厅、市总工会建立联动机制。", "省民政厅", "机构"),
        ("会同省民政厅、市总工会建立联动机制。", "市总工会", "机构"),
        # a modal (要, 应) before a verb: the court before it is the clause's subject, not part of a name
        ("深圳破产法庭要完善预重整与重整程序衔接规则。", "预重整与重整程序衔接规则", "机制"),
        ("各中院应健全审判委员会制度。", "审判委员会制度", "机制"),
        # 服务保障 opening a clause is a verb; after another verb it is part of the name (the next test)
        ("服务保障浦东新区综合改革试点。", "浦东新区综合改革试点", "试点"),
        ("完善服务保障“双区”建设工作机制。", "服务保障“双区”建设工作机制", "机制"),
        # 依托 governs a name, then a verb of relation acts; a verb inside the name stays in it
        ("依托人民法院调解平台完善诉前调解和立案衔接机制。", "诉前调解和立案衔接机制", "机制"),
        ("依托人民法院调解平台完善诉前调解和立案衔接机制。", "人民法院调解平台", "机制"),
        ("依托郑州大学域外法查明研究基地，开展咨询。", "郑州大学域外法查明研究基地", "机构"),
        # …a verb of relation too, where it runs into the body's head (what the body does); a verb that makes
        # bodies makes the one after it
        ("依托南宁市家庭教育指导服务中心，开展家庭教育指导。", "南宁市家庭教育指导服务中心", "机构"),
        ("依托大数据设立诉讼服务中心。", "诉讼服务中心", "机构"),
        # a name listed after another of its type ends at its head (简易程序|审理)
        ("对事实清楚的案件优先适用小额诉讼程序、简易程序审理。", "简易程序", "机制"),
        ("对事实清楚的案件优先适用小额诉讼程序、简易程序审理。", "小额诉讼程序", "机制"),
        ("由速裁团队适用小额诉讼程序、简易程序快审快结。", "简易程序", "机制"),
        # two bodies joined by 和 are two (the names found the first)
        ("会同市司法局和市保险行业协会实现线上办理。", "市保险行业协会", "机构"),
        # a count and a determiner are no part of a name
        ("年内在全区11个镇街综治中心全部设立法官工作站。", "镇街综治中心", "机构"),
        ("各诉讼服务中心全部接入人民法院调解平台。", "诉讼服务中心", "机构"),
        ("各诉讼服务中心全部接入人民法院调解平台。", "人民法院调解平台", "机制"),
        # what a court did (…部署的) is a clause before the name, not part of it
        ("承接杭州中院部署的人工智能辅助阅卷和文书生成试点。", "人工智能辅助阅卷和文书生成试点", "试点"),
        ("重新制定专业法官会议议事规则。", "专业法官会议议事规则", "机制"),
        # 向 between two nouns of a name is part of it; before it, a verb of relation still governs
        ("完善简易程序向普通程序转换规则。", "简易程序向普通程序转换规则", "机制"),
        ("选取部分专利案件开展技术审查意见向当事人公开试点。", "技术审查意见向当事人公开试点", "试点"),
        # a verb after a clause adverb acts though the adverb follows a noun; 做实 is a verb
        ("对事实清楚、权利义务关系明确的简单金钱给付案件依法适用小额诉讼程序。", "小额诉讼程序", "机制"),
        ("全市两级法院做实“一村一法官”联系机制。", "“一村一法官”联系机制", "机制"),
        # 借助 governs a name as 依托 does; 报送 is a verb
        ("借助云南大学法学院等高校力量开展评估。", "云南大学法学院", "机构"),
        ("及时报送最高人民法院司法改革领导小组办公室。", "最高人民法院司法改革领导小组办公室", "机构"),
        # a verb after a name that with it modifies what follows (…程序|审理的案件) ends the name
        ("适用小额诉讼程序或者简易程序审理的案件。", "简易程序", "机制"),
        ("对第一审适用简易程序审结的案件。", "简易程序", "机制"),
        # 融入 names a body's part in what follows, as 参与 does; elsewhere it is a verb
        ("出台人民法庭融入基层解纷网络建设意见。", "人民法庭融入基层解纷网络建设意见", "规范性文件"),
        ("推动人民法庭全面融入乡镇（街道）综治中心。", "乡镇（街道）综治中心", "机构"),
        # a verb of handing over to a body opens the modifier a 的 closes; another verb governs the name
        ("健全提交审判委员会讨论案件的分级过滤机制。", "提交审判委员会讨论案件的分级过滤机制", "机制"),
        ("明确审判委员会讨论案件的先行过滤程序。", "审判委员会讨论案件的先行过滤程序", "机制"),
        # verbs of no relation that run into a pilot's head name what is piloted; 参与 with the body before it
        ("在泉州中院开展专业法官会议跨院联合召开试点。", "专业法官会议跨院联合召开试点", "试点"),
        ("在新罗区法院开展人民法庭参与基层社会治理试点。", "人民法庭参与基层社会治理试点", "试点"),
        ("积极参与司法改革试点。", "司法改革试点", "试点"),
        # a verb after one that did not act is part of the same name: 联合审理 is a joint trial
        ("建立跨省界湖泊生态环境案件联合审理和协助执行机制。", "跨省界湖泊生态环境案件联合审理和协助执行机制", "机制"),
        (
            "会同市规划资源局推动建立不动产查封、解封和过户网上一体化办理机制。",
            "不动产查封、解封和过户网上一体化办理机制",
            "机制",
        ),
        # after 和, a verb of no relation that runs into the head joins the name's modifiers, not the clause
        ("制定知识产权案件移送管辖和审理衔接办法。", "知识产权案件移送管辖和审理衔接办法", "规范性文件"),
        ("建立执行法院与破产法院信息共享和协同处置机制。", "执行法院与破产法院信息共享和协同处置机制", "机制"),
        # a governed name ends at its head: the verb after it acts
        ("依托人民法院调解平台扩大特邀调解组织范围。", "特邀调解组织", "机构"),
        ("与内蒙古师范大学合作建立蒙汉双语司法人才培训基地。", "蒙汉双语司法人才培训基地", "机构"),
        # a phrase of time closes before its verb (于…前|出台)
        ("市中院于2024年6月底前出台裁判文书阅核工作办法。", "裁判文书阅核工作办法", "规范性文件"),
        # the bodies of a place named after a suffix (海事局, 海关, 证券交易所): one name
        ("联合广东海事局、广州海关建立船舶拍卖信息通报机制。", "广东海事局", "机构"),
        ("联合广东海事局、广州海关建立船舶拍卖信息通报机制。", "广州海关", "机构"),
        ("加强与深圳证券交易所的沟通。", "深圳证券交易所", "机构"),
        # a city's government departments by their standard names, after 市 alone
        ("会同市公安局、市民政局健全反家庭暴力协作机制。", "市民政局", "机构"),
        ("会同市公安局、市民政局健全反家庭暴力协作机制。", "反家庭暴力协作机制", "机制"),
        ("实现与市自然资源和规划局的数据对接。", "市自然资源和规划局", "机构"),
        # a clause adverb after 一是/二是 opens its clause as at a break
        ("二是依法扩大小额诉讼程序和简易程序适用。", "小额诉讼程序", "机制"),
        # 派出所 and 司法所 end the subject of the verb after them
        ("各人民法庭与辖区派出所、司法所建立矛盾纠纷联调联处制度。", "矛盾纠纷联调联处制度", "机制"),
        ("对具有挽救价值的企业引导进入预重整程序。", "预重整程序", "机制"),
        # a national body's branch in a place is one body; what the branch does is no part of its name
        ("会同国家金融监督管理总局佛山监管分局建立金融纠纷诉调对接机制。", "国家金融监督管理总局佛山监管分局", "机构"),
        ("会同国家金融监督管理总局佛山监管分局建立金融纠纷诉调对接机制。", "金融纠纷诉调对接机制", "机制"),
        ("加强与中国人民银行上海分行的协作。", "中国人民银行上海分行", "机构"),
        # a verb of entering or handing over acts as a verb after people or matters too, where a body follows
        ("推动行业调解员和律师调解员入驻诉讼服务中心。", "诉讼服务中心", "机构"),
        ("将委托鉴定等审判辅助事务交由诉讼服务中心集约办理。", "诉讼服务中心", "机构"),
        ("完善律师入驻诉讼服务中心工作机制。", "律师入驻诉讼服务中心工作机制", "机制"),
        # a district court's own district's bodies, by 区 alone, as 市 and 省 name a city's and a province's
        ("配合区委政法委推动建立刑事涉案财物集中管理平台。", "区委政法委", "机构"),
        ("会同区司法局、区教委完善特邀调解组织。", "区教委", "机构"),
        # an unquoted document's name starts after the verb that makes it, wherever it stands
        ("围绕多发案件，分类制定类案审理指引。", "类案审理指引", "规范性文件"),
        ("聘请中南大学法学院作为第三方开展评估。", "中南大学法学院", "机构"),
        # adverbs of time and extent before a verb: 年内|建成, 全部|进驻
        ("年内建成黄河流域环境资源司法保护基地。", "黄河流域环境资源司法保护基地", "机构"),
        ("推动人民法庭全部进驻乡镇（街道）综治中心。", "乡镇（街道）综治中心", "机构"),
        # where a platform works follows its name, no part of it
        ("推进政法一体化办案平台在刑事、执行领域的深度应用。", "政法一体化办案平台", "机制"),
        # a head ends its phrase before a reform's own name; a longer phrase that a later head ends still wins
        ("深化民事诉讼程序繁简分流改革。", "民事诉讼程序", "机制"),
        ("深化民事诉讼程序繁简分流改革。", "繁简分流", "机制"),
        ("推进民事诉讼程序繁简分流改革试点。", "民事诉讼程序繁简分流改革试点", "试点"),
    ],
)
def test_names_found(text, name, type_):
    assert (name, type_) in names(text)


@pytest.mark.parametrize(
    "text", ["院庭长阅核后提出的意见应当记入卷宗。", "评议笔录应当如实记载每名成员的意见。", "不得改变合议庭的意见。"]
)
def test_an_opinion_after_de_is_no_document(text):
    assert not [n for n, t in names(text) if t == "规范性文件"]


def test_a_national_central_city_is_no_organisation():
    assert not [n for n, t in names("服务郑州国家中心城市建设，与沿黄中心城市法院协作。") if t == "机构"]


def test_a_citys_standing_as_an_international_centre_is_no_organisation():
    assert not any(label == "机构" for _, label in names("服务保障上海国际金融中心和国际航运中心建设。"))


def test_a_national_court_website_named_after_the_country_is_no_mention_of_it():
    assert not any(label == "地区" for _, label in names("依法在中国裁判文书网公开裁判文书。"))


def test_a_body_before_a_verb_is_its_subject_not_part_of_a_name():
    assert ("商会调解组织入驻平台", "机制") not in names("引导商会调解组织入驻平台。")


def test_a_bare_head_names_nothing_and_a_mechanism_before_de_stays_whole():
    assert not any(label == "机制" for _, label in names("推动机制对接。"))
    assert ("确立裁判规则", "机制") not in names("发挥确立裁判规则的示范作用。")


@pytest.mark.parametrize(
    "text",
    [
        "非经法定程序，不得更换承办法官。",  # a condition, and a generic 法定程序
        "严格遵守工作程序。",  # 工作程序 names no mechanism
        "法官有权对案件独立发表意见。",  # a clause, not a document called …意见
        "突出以人民为中心的发展思想。",  # a principle, not an organisation called …中心
        "坚持以新时代党的治疆方略为指引。",  # a principle, not a guideline called …指引
        "完善工作机制，建立长效机制。",
        "阅核意见应当在案件卷宗中载明。",  # an opinion: 意见 names a document only in a title's shape
        "院庭长不得直接改变合议庭意见。",
        "但不得直接改变独任法官、合议庭的裁判意见。",  # …的裁判意见 is an opinion; a title has 的 right before 意见
    ],
)
def test_clauses_and_generic_phrases_are_no_names(text):
    assert not names(text)


@pytest.mark.parametrize("text", ["在杭州试点推行诉讼服务一件事。", "在余杭法院试点推行联调联处机制。"])
def test_piloting_as_the_verb_of_a_place_or_court_ends_no_pilots_name(text):
    assert not [name for name, type_ in names(text) if type_ == "试点"]


def test_a_head_coordinated_with_nouns_that_are_no_heads_names_nothing():
    # the scope and the procedure of 院庭长阅核, not a mechanism; a whole phrase before the coordinator still is one
    assert not any(label == "机制" for _, label in names("明确院庭长阅核范围和程序。"))
    assert not any(label == "机制" for _, label in names("明确院庭长监督管理的案件范围、方式和程序。"))
    assert ("技术调查官选任、管理和考核制度", "机制") in names("完善技术调查官选任、管理和考核制度。")


def test_a_head_that_returns_after_the_coordinator_joins_the_two_conjuncts_into_one_name():
    # a rule for switching between the two procedures; two whole procedures coordinated stay two names
    assert names("健全简易程序与普通程序转换规则。") >= {("简易程序与普通程序转换规则", "机制")}
    assert ("简易程序", "机制") not in names("健全简易程序与普通程序转换规则。")
    assert {("民事诉讼程序", "机制"), ("刑事诉讼程序", "机制")} <= names("完善民事诉讼程序和刑事诉讼程序。")
    assert {("司法责任制度", "机制"), ("法官考核评价机制", "机制")} <= names("健全司法责任制度和法官考核评价机制。")


def test_a_headed_phrase_is_a_name_of_bounded_length():
    debris = (
        "序号工作任务具体措施牵头单位参加单位完成时限一二三四五六七八九十甲乙丙丁戊己庚辛壬癸审判辅助事务集约化管理机制"
    )
    assert all(len(name) <= 40 for name, _ in names(f"完善{debris}。"))
    assert ("以审判为中心的诉讼制度", "机制") in names("健全以审判为中心的诉讼制度。")


@pytest.mark.parametrize(
    ("text", "name", "type_"),
    [
        ("支持迎泽法院开展速裁试点。", "迎泽法院", "法院"),  # a county's short name before 法院: its courts
        ("支持晋源法院探索行政非诉执行。", "晋源法院", "法院"),  # jieba cuts the name it does not know: 晋|源
        ("推动在珲春设立国际商事调解中心。", "珲春", "地区"),  # after a word of place
        ("分别在西宁、格尔木设立诉讼服务站。", "格尔木", "地区"),  # enumerated with a place the lexicon knows
    ],
)
def test_a_countys_short_name_is_the_county_where_the_words_around_say_a_place_is_meant(text, name, type_):
    assert (name, type_) in names(text)


def test_a_countys_short_name_that_is_a_common_word_stays_a_word():
    # 会同 is a county of 湖南 and the verb "together with"
    assert not any(label == "地区" for _, label in names("在会同开展试点，会同省检察院完善机制。"))


def test_a_named_kind_of_body_takes_a_short_modifier_but_no_clause():
    # 专业法官会议 is named by the lexicon and a head word too: 跨庭室的综合性 narrows it, a clause does not
    assert ("跨部门的联合专业法官会议", "机构") in names("组建跨部门的联合专业法官会议。")
    assert ("跨庭室专业法官会议", "机构") in names("召开跨庭室专业法官会议。")
    assert ("跨审级、跨领域专业法官会议", "机构") in names("探索跨审级、跨领域专业法官会议。")
    assert ("专业法官会议", "机构") in names("按程序提交专业法官会议讨论。")  # 按程序提交 is no modifier
    clause = names("各审判业务部门要按季度汇总专业法官会议讨论情况。")
    assert ("专业法官会议", "机构") in clause
    assert not any(label == "机构" and name != "专业法官会议" for name, label in clause)
    # it names what a mechanism is about, and stays a body inside it
    assert {("专业法官会议制度", "机制"), ("专业法官会议", "机构")} <= names("健全专业法官会议制度。")


def test_bodies_that_share_a_head_are_two_bodies():
    # unlike two procedures before one rule (above), a university and another's law school are two bodies
    found = names("与西南政法大学、四川大学法学院共建研究基地。")
    assert {("西南政法大学", "机构"), ("四川大学法学院", "机构")} <= found
    assert ("西南政法大学、四川大学法学院", "机构") not in found
