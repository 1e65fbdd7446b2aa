"""The open classes of names: mechanisms, pilots, organisations and referenced documents.

A phrase ends with a head word (…机制, …试点, …中心, …规程; ontology/lexicon/phrases.tsv) and reaches back to
where its clause, its governing verb or a coordinated phrase ends:
  完善|粤港澳跨境纠纷化解机制  推动建立|针对中小企业的重整机制  完善|A制度|和|B制度
Titles in 《》 and quoted named rules (“三个规定”) are documents whatever their words.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from reformkg.extract.components.common import (
    breaks_of,
    lexicon_span_ends,
    set_spans,
    spans_of,
    starts_of,
    text_of,
    words_of,
)
from reformkg.extract.components.names import LEXICON_KEY, SELF_REFERENCE
from reformkg.extract.lexicon import Lexicon, load_lexicon
from reformkg.extract.records import COURT, MECHANISM, NORMATIVE_DOCUMENT, ORGANISATION, PILOT, PLACE
from reformkg.extract.thesaurus import Occurrence, Thesaurus, load_thesaurus

PHRASES_KEY = "phrases"
# The longest names in the gold annotations have 33 characters (…“三位一体”技术事实查明机制); a longer headed phrase
# is a clause or a table's debris run together. Titles in 《》 are exempt: a document's title may be long.
MAX_PHRASE_CHARACTERS = 40
# A kind of body that the lexicon names and that is a head word too (专业法官会议) takes a modifier of up to this
# many characters that opens with a body modifier (phrases.tsv): 跨庭室的综合性|专业法官会议; other words before it
# are a clause (研究室要按季度汇编|…).
MAX_BODY_MODIFIER = 7
# The relations by which a document is made: what they govern is the document, verb and all (制定|规范…的意见).
DOCUMENT_MAKING = frozenset({"制定", "出台", "发布", "印发"})
BODY_MAKING = frozenset({"建立", "设立", "建设", "打造", "组建"})  # predicates of verbs that make a body
_UNKNOWN = "?"  # not yet in the cache of head types
OPEN_QUOTE, CLOSE_QUOTE = "“", "”"


def phrase_label(text: str, type_: str) -> str:
    """The canonical label of a phrase: a document loses its 《》 or its quotes."""
    if type_ == NORMATIVE_DOCUMENT and text[:1] in "《“" and text[-1:] in "》”":
        return text[1:-1]
    return text


_VERB_TABLE = "reformkg_acts_as_verb"
_REFORM_NAMES = "reformkg_reform_names"


def reform_names(doc: Doc, thesaurus: Thesaurus, lexicon: Lexicon) -> list[Occurrence]:
    """The reform's own names standing in the text (rk:namedAlone), but for a label that opens with a verb
    (落实司法责任制). Cached on the doc: the phrases and the concept names components both read them."""
    names: list[Occurrence] | None = doc.user_data.get(_REFORM_NAMES)
    if names is None:
        verbs = tuple(lexicon.verbs)
        names = doc.user_data[_REFORM_NAMES] = thesaurus.standalone_names(
            text_of(doc), skip=lambda label: label.startswith(verbs)
        )
    return names


def verb_table(doc: Doc, lexicon: Lexicon) -> list[bool]:
    """Does each token act as a verb? (Cached on the doc: the components ask for it often.)"""
    table: list[bool] | None = doc.user_data.get(_VERB_TABLE)
    if table is not None:
        return table
    words = words_of(doc)
    breaks = breaks_of(doc)
    ends = lexicon_span_ends(doc)
    verbs, stop_words = lexicon.verbs, lexicon.stop_words
    table = doc.user_data[_VERB_TABLE] = [False] * len(words)
    scope_open = False  # a phrase of scope (在/围绕/针对 …) opened since the last break or verb
    # a verb that is a stop word too (依托) governs a name, then a verb of relation acts: 依托…调解平台|完善…; the
    # verbs inside the name (调解, 查明 in 域外法查明研究基地) stay in it
    governed_open = False
    verbs_and_stop_words = lexicon.verbs_and_stop_words
    # Only verbs, breaks and stop words matter here; one quick pass finds them.
    for index in [index for index, word in enumerate(words) if word in verbs_and_stop_words or breaks[index]]:
        word = words[index]
        if word in verbs:
            licensed = (
                scope_open
                or index in ends
                or (
                    governed_open
                    and bool(lexicon.predicates.get(word))
                    and not _names_what_a_body_does(lexicon, words, index)
                )
                # the governed name ended at its head: any verb after it acts (依托…调解平台|扩大…)
                or (governed_open and index > 0 and _head_of(lexicon, words[index - 1]) is not None)
            )
            table[index] = _acts_as_verb(lexicon, words, breaks, index, licensed, index > 0 and table[index - 1])
            scope_open = False
            governed_open = (governed_open and not table[index]) or (table[index] and word in stop_words)
        elif breaks[index]:
            scope_open = governed_open = False
        elif word in stop_words and not _quoted(words, index):
            scope_open = True
    return table


def _acts_as_verb(
    lexicon: Lexicon, words: list[str], breaks: list[bool], index: int, licensed: bool, after_verb: bool
) -> bool:
    """A listed verb acts as one where a verb can stand: opening a clause, after an adverb, a verb or a
    coordinator, after a phrase of scope (在…领域|开展, 在…审理中|试点), or after the court, place or organisation
    that is its subject. After a noun it is part of a name: 服务保障“双区”建设工作机制, 法律适用分歧解决机制.
    `licensed`: a phrase of scope is open, or a lexicon name ends just before the verb."""
    if _names_what_a_mechanism_does(lexicon, words, index):
        return False
    if index == 0 or licensed or breaks[index - 1]:
        return True
    word, before = words[index], words[index - 1]
    if word in lexicon.opening_verbs:  # 服务保障浦东新区综合改革试点, but 完善|服务保障“双区”建设工作机制
        return before in lexicon.adverbs or before.endswith(lexicon.subject_endings)
    return (
        (word in lexicon.pilot_verbs and word not in lexicon.heads)
        # after another verb: one of a relation governs what follows (推动|建立…); one of none that did not act
        # is part of a name with this one (案件联合|审理和协助执行机制)
        or (before in lexicon.verbs and (after_verb or bool(lexicon.predicates.get(before))))
        or before in lexicon.adverbs
        or (before in lexicon.coordinators and not _joins_modifiers(lexicon, words, index))
        or before in lexicon.stop_words
        or before.endswith(lexicon.subject_endings)
        or (
            word in lexicon.entering_verbs
            and (lexicon.heads.get(before) is not None or not _head_follows(lexicon, words, index + 1))
        )
        or before in lexicon.scope_ends
        or before == "》"  # after a title, which names no doer: 按照《…办法》|开展…试点
        or (before in lexicon.clause_adverbs and _opens_clause(lexicon, words, breaks, index - 1))
        # a listed verb right after a clause adverb acts, wherever the adverb stands (…的案件|依法|适用…); inside a
        # name the adverb comes before a word no verb list holds (法官|依法|履职保护机制)
        or (before in lexicon.clause_adverbs and word in lexicon.predicates)
        or (index >= 2 and words[index - 2] in lexicon.closers)
    )


def _names_what_a_mechanism_does(lexicon: Lexicon, words: list[str], index: int) -> bool:
    """Verbs of no relation of their own that run into a mechanism's head name what the mechanism does
    (协同参与审理|模式, 查明和适用|机制) — unless a body stands before them as their subject (调解组织|入驻|平台).
    A verb that names a body's part in something (参与) stays in the name of the mechanism or rule that follows
    it, body and all (人民法庭参与基层治理工作机制, 商事调解组织参与诉前调解工作指引)."""
    if lexicon.predicates.get(words[index]):
        return False
    if words[index] in lexicon.naming_verbs:
        return _head_follows(lexicon, words, index + 1)
    if index > 0 and words[index - 1].endswith(lexicon.subject_endings):
        return False
    following = index + 1
    while following < len(words) and words[following] in lexicon.verbs and not lexicon.predicates.get(words[following]):
        following += 1
    return following < len(words) and lexicon.heads.get(words[following]) in (MECHANISM, PILOT)


def _joins_modifiers(lexicon: Lexicon, words: list[str], index: int) -> bool:
    """Does a verb of no relation after a coordinator join a noun, or another such verb, to the modifiers of a
    head that follows (移送管辖和|审理|衔接办法, 联合审理和|协助|执行机制)? Then it is part of the name, not the
    clause's next verb."""
    if lexicon.predicates.get(words[index]) or index < 2:
        return False
    before = words[index - 2]
    return (
        before[0].isalnum()
        and not lexicon.predicates.get(before)
        and before not in lexicon.adverbs
        and _head_follows(lexicon, words, index + 1)
    )


def _names_what_a_body_does(lexicon: Lexicon, words: list[str], index: int) -> bool:
    """A verb of a relation inside the name of a body that a governing verb opens, running into the body's head:
    依托…家庭教育|指导|服务中心 (after a name that ends in a head it acts: 依托…调解平台|指导…; a verb that makes
    bodies makes the one after it: 依托…|设立|服务中心)."""
    if index == 0 or index + 1 == len(words) or lexicon.predicates.get(words[index]) in BODY_MAKING:
        return False
    before, after = words[index - 1], words[index + 1]
    return before[0].isalnum() and _head_of(lexicon, before) is None and _head_of(lexicon, after) == ORGANISATION


def _head_of(lexicon: Lexicon, word: str) -> str | None:
    """The type whose head `word` is, or ends with: jieba keeps some compounds whole (长效机制, 服务中心)."""
    if word in lexicon.heads:
        return lexicon.heads[word]
    if word in lexicon.verbs:
        return None
    return next((type_ for head, type_ in lexicon.heads.items() if len(head) >= 2 and word.endswith(head)), None)


def _head_follows(lexicon: Lexicon, words: list[str], index: int) -> bool:
    """Does a mechanism's or a rule's head end the words from `index` on, before any punctuation or a verb of a
    relation (verbs of none may name what the mechanism does: 参与审理|模式)?"""
    for word in words[index:]:
        if lexicon.heads.get(word) in (MECHANISM, NORMATIVE_DOCUMENT, PILOT):
            return True
        if (lexicon.predicates.get(word) and word not in lexicon.followers) or not word[0].isalnum():
            return False  # a follower runs on into the head (…网络|建设|意见)
    return False


def _alternative_opening(words: list[str], index: int) -> int | None:
    """Where a short bracketed alternative inside a name opens, if the word at `index` closes one: 乡镇（街道）,
    县（市、区）, 市（州） — up to five characters of words and 、, right after a word."""
    if words[index] not in "）)" or index < 3:
        return None
    for opening in range(index - 1, max(index - 5, 0), -1):
        if words[opening] in "（(":
            inner = "".join(words[opening + 1 : index])
            before = words[opening - 1]
            short = 0 < len(inner) <= 5 and all(c == "、" or "\u4e00" <= c <= "\u9fff" for c in inner)
            return opening if short and before.isalnum() and inner not in _STATUS_NOTES else None
    return None


# what brackets say of a text's status, not an alternative name: …规则（试行）
_STATUS_NOTES = frozenset({"试行", "暂行", "修订", "修订稿", "草案", "征求意见稿"})


_NUMERALS = frozenset("0123456789一二三四五六七八九十百千两几")


def _counted(words: list[str], index: int) -> bool:
    """Is the word a measure word after a number (11|个, 两|家)?"""
    return words[index] in ("个", "家", "项", "所") and index > 0 and words[index - 1][-1] in _NUMERALS


def _quoted(words: list[str], index: int) -> bool:
    """Is the word at `index` inside quotes? There a stop word is part of a name (“总对总”在线办理平台)."""
    before = words[:index]
    return before.count(OPEN_QUOTE) > before.count(CLOSE_QUOTE)


def _opens_clause(lexicon: Lexicon, words: list[str], breaks: list[bool], index: int) -> bool:
    """Does the word at `index` open a clause: first, after a break, a verb or an adverb (二是|依法|扩大), or after
    the court, place or body that is the clause's subject (法官惩戒委员会|依法|开展)?"""
    if index == 0 or breaks[index - 1]:
        return True
    before = words[index - 1]
    return before in lexicon.verbs or before in lexicon.adverbs or before.endswith(lexicon.subject_endings)


class PhraseRecogniser:
    def __init__(self, lexicon: Lexicon, thesaurus: Thesaurus) -> None:
        self.lexicon = lexicon
        self.thesaurus = thesaurus
        self._head_types: dict[str, str | None] = {}

    def __call__(self, doc: Doc) -> Doc:
        titles = self._titles(doc)
        words = words_of(doc)
        breaks = breaks_of(doc)
        verbs = verb_table(doc, self.lexicon)
        # Most words are no head: look them up in the cache of _head_type first, and only then ask it.
        known = self._head_types.get
        candidates: list[Span] = []
        named_ends = lexicon_span_ends(doc)
        reform_names = self._reform_name_starts(doc)
        doers_ends = {span.end for span in spans_of(doc, LEXICON_KEY) if span.label_ in (COURT, PLACE)}
        for index in [index for index, word in enumerate(words) if known(word, _UNKNOWN) is not None]:
            head = self._head_type(words[index])
            named = head == ORGANISATION and index + 1 in named_ends
            if named and words[index] not in self.lexicon.heads:
                continue  # the lexicon names this body (审判委员会): no phrase grows it into the clause before
            if head == PILOT and verbs[index] and index in doers_ends:
                continue  # 试点 as the verb of the court or place before it (在杭州|试点|推行…) ends no pilot's name
            if head is not None and self._ends_phrase(words, breaks, verbs, index, head):
                span = self._phrase_ending_at(doc, words, breaks, verbs, index, head)
            elif head == MECHANISM and index + 1 in reform_names and not verbs[index]:
                span = self._phrase_ending_at(doc, words, breaks, verbs, index, head)
                if span is not None and span.start > 0 and words[span.start - 1] in self.lexicon.pilot_verbs:
                    continue  # what a pilot verb governs is one pilot (试行|小额诉讼程序要素式审判)
            else:
                continue
            if named and span is not None and not self._modifies_a_kind_of_body(span.text[: -len(words[index])]):
                continue  # a named kind of body takes a short modifier (跨部门的联合|专业法官会议), no clause
            if span is not None and not any(_inside(span, title) for title in titles):
                candidates.append(span)
        # Headed phrases do not overlap one another (the longest wins); a title may sit inside one
        # (健全“三个规定”执行机制 mentions both the mechanism and the rules).
        set_spans(doc, PHRASES_KEY, sorted([*filter_spans(candidates), *titles], key=lambda span: span.start))
        return doc

    def _reform_name_starts(self, doc: Doc) -> frozenset[int]:
        """The tokens where a reform's own name opens (see the concept names component). A head before one ends
        its phrase: 民事诉讼程序|繁简分流 names two mechanisms; a longer phrase that a later head ends still wins
        (民事诉讼程序繁简分流改革试点)."""
        names = reform_names(doc, self.thesaurus, self.lexicon)
        if not names:
            return frozenset()
        token_at = {start: index for index, start in enumerate(starts_of(doc))}
        return frozenset(token_at[name.start] for name in names if name.start in token_at)

    # -- titles and quoted names ------------------------------------------------------------------------

    def _titles(self, doc: Doc) -> list[Span]:
        spans: list[Span] = []
        text = text_of(doc)
        for opening, closing, quoted_only in (("《", "》", False), (OPEN_QUOTE, CLOSE_QUOTE, True)):
            start = text.find(opening)
            while start != -1:
                end = text.find(closing, start + 1)
                if end == -1 or "\n" in text[start:end]:
                    break
                inner = text[start + 1 : end]
                is_document = not quoted_only or inner.endswith(self.lexicon.quoted_document_heads)
                span = doc.char_span(start, end + 1, label=NORMATIVE_DOCUMENT, alignment_mode="expand")
                if is_document and inner and span is not None and span.text == text[start : end + 1]:
                    span.id_ = inner
                    spans.append(span)
                start = text.find(opening, end + 1)
        return spans

    # -- headed phrases ---------------------------------------------------------------------------------

    def _head_type(self, word: str) -> str | None:
        if word not in self._head_types:
            self._head_types[word] = _head_of(self.lexicon, word)
        return self._head_types[word]

    def _ends_phrase(self, words: list[str], breaks: list[bool], verbs: list[bool], index: int, type_: str) -> bool:
        """A head ends a phrase unless the next word makes it a modifier (试点文件, 规则功能)."""
        following = index + 1
        if following == len(words) or breaks[following] or words[following] == CLOSE_QUOTE:
            return True
        word = words[following]
        if self._head_type(word) == type_:  # 制度机制, 体制机制: the later head ends the phrase
            return False
        if type_ == ORGANISATION and self._head_type(word) is None:
            # a body is named before what it does (…惩戒委员会|依法开展, …指挥中心|实体化运行); a word after a
            # mechanism's head is more often part of a longer name, which the followers list
            return True
        lexicon = self.lexicon
        return (
            word in lexicon.followers
            or word in lexicon.type_followers.get(type_, ())
            or word in lexicon.closers
            or word in lexicon.coordinators
            or verbs[following]
            or word in lexicon.adverbs
            or word in lexicon.locatives  # where it works follows the name: 办案平台|在…领域的深度应用
            or self._conjunct_of_names(words, breaks, index, type_)
            or self._verb_of_a_modifier_after(words, breaks, following)
        )

    def _verb_of_a_modifier_after(self, words: list[str], breaks: list[bool], index: int) -> bool:
        """Is the word a verb that, with the name before it, modifies what follows (简易程序|审理的案件, 适用简易程序|
        审结的案件)? The name ends before it; a longer name that a later head ends still wins."""
        after = index + 1
        return words[index] in self.lexicon.verbs and after < len(words) and words[after] == "的"

    def _conjunct_of_names(self, words: list[str], breaks: list[bool], index: int, type_: str) -> bool:
        """Is the head the end of a name listed after another of its type? Then what follows names no longer
        thing (小额诉讼程序、简易程序|审理)."""
        start = index
        while start > 0 and not breaks[start - 1] and words[start - 1] != "、":
            start -= 1
        return start >= 2 and words[start - 1] == "、" and self._head_type(words[start - 2]) == type_

    def _phrase_ending_at(
        self, doc: Doc, words: list[str], breaks: list[bool], verbs: list[bool], head: int, type_: str
    ) -> Span | None:
        lexicon = self.lexicon
        adverbs, stop_words, coordinators = lexicon.adverbs, lexicon.stop_words, lexicon.coordinators
        start = head
        index = head - 1
        titled = False  # a document's title opens with its verb (制定|规范…若干问题的意见)
        # a body is not named after the court that writes: 本院|司法改革领导小组 is the court's group (a mention of
        # the court); 最高人民法院司法改革领导小组 and 全省法院一体化数据中心 are names
        court_ends = (
            {s.end for s in spans_of(doc, LEXICON_KEY) if s.id_ == SELF_REFERENCE and s.text.startswith(("本", "我"))}
            if type_ == ORGANISATION
            else set()
        )
        # a named court or body, not the courts of the issuer's province (全省法院|统一的…平台 is a name)
        # (由…牵头的: the agent of a passive, which names keep)
        doer_ends = {
            s.end
            for s in spans_of(doc, LEXICON_KEY)
            if s.label_ in (COURT, ORGANISATION)
            and s.id_ != SELF_REFERENCE
            and (s.start == 0 or words[s.start - 1] != "由")
        }
        body_starts = {s.start for s in spans_of(doc, LEXICON_KEY) if s.label_ in (COURT, ORGANISATION)}
        crossed_inner = False  # the name holds a stop word that joins its nouns (…意见|向|当事人…)
        while index >= 0:
            word = words[index]
            if index + 1 in court_ends:
                break
            opening = _alternative_opening(words, index)
            if opening is not None:  # 乡镇（街道）|综治中心: the bracketed alternative is part of the name
                start, index = opening, opening - 1
                continue
            if type_ == NORMATIVE_DOCUMENT and self._opens_title(words, verbs, index, head):
                start, titled = index, True
                break
            if index + 2 <= head and words[index + 1] == "的" and verbs[index] and index in doer_ends:
                start = index + 2  # what a court or body did (杭州中院|部署|的…试点): a clause, not the name's
                break
            if self._inside_modifier(words, verbs, index, head) or self._adverb_inside(words, breaks, verbs, index):
                pass  # a verb inside a modifier that a 的 closes (服务京津冀协同发展的司法协作机制); an adverb inside
            elif breaks[index] or verbs[index] or word in adverbs:
                break
            if crossed_inner and lexicon.predicates.get(word):
                break  # past 向, a verb of relation governs the name, though after a noun (…案件|开展|…向…试点)
            if (
                word in stop_words
                and "的" not in words[index + 1 : head]
                and not _quoted(words, index)
                and not (
                    type_ != ORGANISATION  # a body's name holds none (当事人|向|调解组织)
                    and word in lexicon.inner_stop_words
                    and self._between_nouns(words, breaks, verbs, index)
                )
            ):
                break  # a phrase of scope (在…方面) ends the name; one that a 的 closes is part of it
            crossed_inner = crossed_inner or word in lexicon.inner_stop_words
            if word in coordinators and index > 0 and self._complete_before(words, index, head, type_):
                break
            if type_ == ORGANISATION and word in coordinators and index in lexicon_span_ends(doc):
                break  # a body the names found ends before it (市司法局|和|市保险行业协会)
            if _counted(words, index) and not _quoted(words, index):
                break  # a count is no part of a name (全区11个|镇街综治中心)
            start = index
            index -= 1
        # A phrase does not open with a coordinator or a stray particle (加强|与中山大学…基地合作).
        opens_modifier = "的" in words[start + 1 : head]  # 与法官职务序列相配套的薪酬制度 keeps its 与
        # A verb does not open a name either: it governs it (探索|形成|具有示范意义的裁判规则, 细化|…的适用规则).
        while (
            not titled
            and start < head
            and (
                (words[start] in coordinators and not opens_modifier)
                or words[start] in {"的", "等", "各"}
                or (verbs[start] and not self._modifiers_own_verb(words, start, head, body_starts))
                or words[start] in adverbs
            )
        ):
            start += 1
        if (
            words[head] in lexicon.heads
            and head - start >= 2
            and words[head - 1] in coordinators
            and self._head_type(words[head - 2]) is None
        ):
            return None  # a head that is a conjunct of its own shares its modifier with nouns that are no heads:
            # 明确院庭长阅核范围和程序 names the scope and the procedure of something, not a mechanism
        if all(self._names_nothing(word) for word in words[start : head + 1]):
            text = "".join(words[start : head + 1])
            if text not in lexicon.bare_heads:
                # a bare head (机制对接) or one with generic modifiers only (工作程序, 相关制度) names nothing; a
                # word that ends with a head may (西南政法大学)
                return None
        if type_ == NORMATIVE_DOCUMENT:
            start = self._after_making(words, start, head)
        starts = starts_of(doc)
        text = text_of(doc)[starts[start] : starts[head] + len(words[head])]
        if text.endswith(lexicon.idioms):
            return None  # 以人民为中心 is a principle, not a centre
        if len(text) > MAX_PHRASE_CHARACTERS:
            return None  # a clause run together, or debris of a table, not a name
        if type_ == NORMATIVE_DOCUMENT and words[head] in lexicon.titled_heads and not self._titled(words, start, head):
            return None  # 阅核意见, 合议庭意见: opinions, not documents
        if text.count(OPEN_QUOTE) != text.count(CLOSE_QUOTE) or text.count("《") != text.count("》"):
            return None  # a phrase does not cross into or out of a quotation or a title
        return Span(doc, start, head + 1, label=type_, span_id=phrase_label(text, type_))

    def _adverb_inside(self, words: list[str], breaks: list[bool], verbs: list[bool], index: int) -> bool:
        """An adverb between two words of a name, qualifying the one after it, which acts as no verb there
        (在线诉讼与线下诉讼|有序|切换程序, 全面记录、|全程|留痕…制度)? One after a verb, a break or a scope
        opener qualifies the clause's verb instead (积极|推进…)."""
        if words[index] not in self.lexicon.adverbs or index == 0 or verbs[index + 1] or breaks[index + 1]:
            return False
        before = words[index - 1]
        opens = breaks[index - 1] or verbs[index - 1] or before in self.lexicon.stop_words
        return not opens and (before[0].isalnum() or before == "、")  # 识别标注、|及时|提醒

    def _after_making(self, words: list[str], start: int, head: int) -> int:
        """Where an unquoted document's name starts: after the verb that makes it, wherever that stands (分类制定|
        类案审理指引) — but for a title's own (关于制定…的意见)."""
        for index in range(head - 1, start - 1, -1):
            making = self.lexicon.predicates.get(words[index]) in DOCUMENT_MAKING
            if making and not (index > 0 and words[index - 1].startswith("关于")):
                return index + 1
        return start

    def _titled(self, words: list[str], start: int, head: int) -> bool:
        """Is the phrase shaped as a document's title (关于…的意见, …若干问题的意见) or made by a verb that makes
        documents (制定|…建设意见)? A 的 alone before the head makes no title: 合议庭的意见, 阅核后提出的意见 are
        opinions."""
        inside = words[start:head]
        made = start > 0 and self.lexicon.predicates.get(words[start - 1]) in DOCUMENT_MAKING
        questions = head > start + 1 and words[head - 1] == "的" and words[head - 2].endswith("问题")
        return made or questions or any(word.startswith("关于") for word in inside)

    def _between_nouns(self, words: list[str], breaks: list[bool], verbs: list[bool], index: int) -> bool:
        """Do nouns stand on both sides of the word (简易程序|向|普通)? No verb, adverb or particle before it."""
        if index == 0 or index + 1 == len(words):
            return False
        before, lexicon = words[index - 1], self.lexicon
        return (
            before.isalnum()
            and not (breaks[index - 1] or verbs[index - 1])
            and before not in lexicon.adverbs
            and before not in lexicon.stop_words
            and before not in lexicon.coordinators
            and words[index + 1].isalnum()
            and not verbs[index + 1]
        )

    def _inside_modifier(self, words: list[str], verbs: list[bool], index: int, head: int) -> bool:
        """Is this word a verb or adverb inside a modifier that a 的 closes before the head? A verb that relates
        (服务, 参与, 适用 …; no predicate of its own) may be, and an adverb before it (人民法庭|参与…的工作机制,
        在线诉讼与线下诉讼|有序|切换的规则). One that opens the phrase governs it and is dropped from it."""
        if "的" not in words[index + 1 : head]:
            return False
        word = words[index]
        if words[index + 1] == "的":
            return True  # a verb right before the 的 is the modifier's own (服务粤港澳大湾区建设|的)
        return word in self.lexicon.adverbs or (verbs[index] and not self.lexicon.predicates.get(word))

    def _modifiers_own_verb(self, words: list[str], index: int, head: int, body_starts: set[int]) -> bool:
        """Is a verb of handing over to a court or a body the first word of a modifier that a 的 closes? It is
        the modifier's, not a second governing verb (健全|提交审判委员会讨论案件的分级过滤机制; but 明确|审判委员会
        讨论案件的…程序, 探索|形成|具有示范意义的裁判规则)."""
        return (
            index + 1 in body_starts and words[index] in self.lexicon.handing_verbs and "的" in words[index + 1 : head]
        )

    def _opens_title(self, words: list[str], verbs: list[bool], index: int, head: int) -> bool:
        """Is this the verb that opens an unquoted document's title, right after the verb that makes the
        document (制定|规范…工作若干问题的意见, 出台|加强…的意见)?"""
        return (
            index > 0
            and verbs[index]
            and "的" in words[index + 1 : head]
            and self.lexicon.predicates.get(words[index - 1]) in DOCUMENT_MAKING
        )

    def _modifies_a_kind_of_body(self, modifier: str) -> bool:
        """A short modifier of the kind that narrows a body (跨庭室的综合性, 跨部门的联合): it opens with one of the
        lexicon's body modifiers, not with a clause's words (按季度汇编|专业法官会议)."""
        return len(modifier) <= MAX_BODY_MODIFIER and modifier.startswith(self.lexicon.body_modifiers)

    def _names_nothing(self, word: str) -> bool:
        """A head, a generic modifier, or one word of both (jieba keeps 法定程序, 长效机制 whole); not a head that
        names a kind of body (专业法官会议制度 is a name)."""
        lexicon = self.lexicon
        if (word in lexicon.heads and word not in lexicon.named) or word in lexicon.generic_modifiers:
            return True
        return any(word.endswith(head) and word[: -len(head)] in lexicon.generic_modifiers for head in lexicon.heads)

    def _complete_before(self, words: list[str], coordinator: int, head: int, type_: str) -> bool:
        """Does a whole phrase of the same kind end just before the coordinator (A制度|和|B制度)? A name of
        another kind is part of this one (特邀调解组织和特邀调解员管理办法) — but not of a body's name: a body is
        not named after a mechanism or a court it is coordinated with (调解平台|与|…调处化解中心|对接), and holds no
        enumeration (公安交通管理部门、|保险行业协会). Nor is a phrase complete when the same head returns inside the
        phrase after the coordinator, short of its head: the two are what that phrase is about
        (简易程序|与|普通程序转换规则 is one rule, for switching between the two procedures)."""
        before = words[coordinator - 1]
        if before == CLOSE_QUOTE or self._modifiers_coordinated(words, coordinator):
            return False
        kind = self._head_type(before)
        if kind == type_ and type_ != ORGANISATION and self._head_returns(before, words[coordinator + 1 : head]):
            return False  # …but bodies are each one (西南政法大学|、|四川大学法学院)
        # …a court is a body of its own too (人民法庭|与|乡镇（街道）综治中心)
        return kind == type_ or (
            type_ == ORGANISATION and (kind is not None or words[coordinator] == "、" or before.endswith(_COURT_WORDS))
        )

    def _modifiers_coordinated(self, words: list[str], coordinator: int) -> bool:
        """Two modifiers of a body, each opening with a body modifier: 跨|审级|、|跨|领域|专业法官会议."""
        modifiers = self.lexicon.body_modifiers
        return (
            words[coordinator] == "、"
            and coordinator + 1 < len(words)
            and words[coordinator + 1].startswith(modifiers)
            and any(word.startswith(modifiers) for word in words[max(0, coordinator - 2) : coordinator])
        )

    def _head_returns(self, headed: str, words: list[str]) -> bool:
        """Does one of `words` end with the head word that `headed` ends with (简易程序 … 普通|程序)?"""
        ending = next((h for h in self.lexicon.heads if len(h) >= 2 and headed.endswith(h)), None)
        return ending is not None and any(word.endswith(ending) for word in words)


_COURT_WORDS = ("法院", "法庭", "中院", "高院")


def _inside(span: Span, other: Span) -> bool:
    return other.start_char <= span.start_char and span.end_char <= other.end_char


@Language.factory("reformkg_phrases", assigns=["doc.spans"])
def make_phrase_recogniser(nlp: Language, name: str) -> PhraseRecogniser:
    return PhraseRecogniser(load_lexicon(), load_thesaurus())
