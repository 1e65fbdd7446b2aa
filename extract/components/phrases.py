"""The open classes of names: mechanisms, pilots, organisations and referenced documents.

A phrase ends with a head word (…机制, …试点, …中心, …规程; ontology/lexicon/phrases.tsv) and reaches back to
where its clause, its governing verb or a coordinated phrase ends:
  完善|粤港澳跨境纠纷化解机制  推动建立|针对中小企业的重整机制  完善|A制度|和|B制度
Titles in 《》 and quoted named rules (“三个规定”) are documents whatever their words.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from extract.lexicon import Lexicon, load_lexicon
from extract.records import NORMATIVE_DOCUMENT

PHRASES_KEY = "phrases"
CLAUSE_BREAKS = frozenset("，。；：！？\n,;:!?（）")
OPEN_QUOTE, CLOSE_QUOTE = "“", "”"


def is_clause_break(token: Token) -> bool:
    return token.text in CLAUSE_BREAKS or token.is_space


def phrase_label(text: str, type_: str) -> str:
    """The canonical label of a phrase: a document loses its 《》 or its quotes."""
    if type_ == NORMATIVE_DOCUMENT and text[:1] in "《“" and text[-1:] in "》”":
        return text[1:-1]
    return text


def acts_as_verb(token: Token, lexicon: Lexicon) -> bool:
    """A listed verb acts as one where a verb can stand: opening a clause, after an adverb, a verb or a
    coordinator, or after the court or place that is its subject. After a noun it is part of a name:
    服务保障“双区”建设工作机制, 法律适用分歧解决机制."""
    if token.text not in lexicon.verbs:
        return False
    if token.i == 0 or (token.text in lexicon.pilot_verbs and token.text not in lexicon.heads):
        return True
    before = token.nbor(-1)
    if is_clause_break(before) or before.text in lexicon.verbs or before.text in lexicon.adverbs:
        return True
    if before.text in lexicon.coordinators or before.text in lexicon.stop_words:
        return True
    if _closes_a_phrase_of_scope(token, lexicon):
        return True  # 在金融、知识产权等领域|开展…, 围绕…需求|先行先试
    if before.text.endswith(lexicon.organisation_heads + lexicon.court_endings):
        return True  # after an organisation or a court that is its subject (律师协会设立…, 成都中院共建…)
    return any(span.end == token.i for span in token.doc.spans.get("lexicon", []))


def _closes_a_phrase_of_scope(token: Token, lexicon: Lexicon) -> bool:
    """Does a phrase of scope opened by 在/围绕/针对… (no verb since) end right before this token?"""
    for index in range(token.i - 1, -1, -1):
        word = token.doc[index]
        if is_clause_break(word) or word.text in lexicon.verbs:
            return False
        if word.text in lexicon.stop_words:
            return True
    return False


class PhraseRecogniser:
    def __init__(self, lexicon: Lexicon) -> None:
        self.lexicon = lexicon

    def __call__(self, doc: Doc) -> Doc:
        titles = self._titles(doc)
        candidates: list[Span] = []
        for token in doc:
            head = self._head_type(token)
            if head and self._ends_phrase(token, head):
                span = self._phrase_ending_at(doc, token, head)
                if span is not None and not any(_inside(span, title) for title in titles):
                    candidates.append(span)
        # Headed phrases do not overlap one another (the longest wins); a title may sit inside one
        # (健全“三个规定”执行机制 mentions both the mechanism and the rules).
        doc.spans[PHRASES_KEY] = sorted([*filter_spans(candidates), *titles], key=lambda span: span.start)
        return doc

    # -- titles and quoted names ------------------------------------------------------------------------

    def _titles(self, doc: Doc) -> list[Span]:
        spans: list[Span] = []
        text = doc.text
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

    def _head_type(self, token: Token) -> str | None:
        heads = self.lexicon.heads
        if token.text in heads:
            return heads[token.text]
        # jieba keeps some compounds whole (长效机制): the head is the token's ending
        for head, type_ in heads.items():
            if len(head) >= 2 and token.text.endswith(head) and token.text not in self.lexicon.verbs:
                return type_
        return None

    def _ends_phrase(self, token: Token, type_: str) -> bool:
        """A head ends a phrase unless the next word makes it a modifier (试点文件, 规则功能)."""
        following = token.nbor(1) if token.i + 1 < len(token.doc) else None
        if following is None or is_clause_break(following) or following.text == CLOSE_QUOTE:
            return True
        if self._head_type(following) == type_:  # 制度机制, 体制机制: the later head ends the phrase
            return False
        word = following.text
        return (
            word in self.lexicon.followers
            or word in self.lexicon.coordinators
            or acts_as_verb(following, self.lexicon)
            or word in self.lexicon.adverbs
        )

    def _phrase_ending_at(self, doc: Doc, head: Token, type_: str) -> Span | None:
        start = head.i
        index = head.i - 1
        while index >= 0:
            token = doc[index]
            if is_clause_break(token) or acts_as_verb(token, self.lexicon) or token.text in self.lexicon.adverbs:
                break
            if token.text in self.lexicon.stop_words:
                break
            if token.text in self.lexicon.coordinators and index > 0 and self._complete_before(doc, index, type_):
                break
            start = index
            index -= 1
        # A phrase does not open with a coordinator or a stray particle (加强|与中山大学…基地合作).
        while start < head.i and (doc[start].text in self.lexicon.coordinators or doc[start].text in {"的", "等"}):
            start += 1
        span = Span(doc, start, head.i + 1, label=type_)
        if self._is_bare(span):
            return None
        if span.text.count(OPEN_QUOTE) != span.text.count(CLOSE_QUOTE):
            return None
        span.id_ = phrase_label(span.text, type_)
        return span

    def _complete_before(self, doc: Doc, coordinator: int, type_: str) -> bool:
        """Does a whole phrase of this type end just before the coordinator (A制度|和|B制度)?"""
        before = doc[coordinator - 1]
        if before.text == CLOSE_QUOTE and coordinator >= 2:
            return False
        return self._head_type(before) is not None

    def _is_bare(self, span: Span) -> bool:
        text = span.text
        if text in self.lexicon.bare_heads:
            return False
        return all(self._head_type(token) is not None for token in span)


def _inside(span: Span, other: Span) -> bool:
    return other.start_char <= span.start_char and span.end_char <= other.end_char


@Language.factory("reformkg_phrases", assigns=["doc.spans"])
def make_phrase_recogniser(nlp: Language, name: str) -> PhraseRecogniser:
    return PhraseRecogniser(load_lexicon())
