"""Mechanisms named without a head word: 全面落实|司法责任制, 深化案件|繁简分流, 推进|诉源治理.

The thesaurus (ontology/thesaurus.ttl) knows the reform's own names; a concept marked `rk:namedAlone` is one whose
name, standing alone, names a mechanism (not a field such as 金融审判, a role such as 法官助理, a technology or a
goal). Where such a name stands in an item outside every other name, it is a mechanism mention, labelled as
written. It joins the phrases, so that the relations component reads it as the object of its verbs.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span

from reformkg.extract.components.common import breaks_of, set_spans, spans_of, starts_of, text_of, words_of
from reformkg.extract.components.names import LEXICON_KEY
from reformkg.extract.components.phrases import OPEN_QUOTE, PHRASES_KEY, reform_names, verb_table
from reformkg.extract.lexicon import Lexicon, load_lexicon
from reformkg.extract.records import MECHANISM
from reformkg.extract.thesaurus import Thesaurus, load_thesaurus

# A name before a coordinator ends there when another name follows (网上立案和电子送达); one before 、 or 等 ends
# there unless the whole enumeration modifies what follows it (see _enumeration_ends_alone).
COORDINATING = frozenset({"和", "及", "以及"})
_AGENT_WORDS = 6  # how far back a 由 before the name may stand (由|市中院|牵头…, 由|上级|法院|…)


class ConceptNameRecogniser:
    def __init__(self, thesaurus: Thesaurus, lexicon: Lexicon) -> None:
        self.thesaurus = thesaurus
        self.lexicon = lexicon
        # words that come after a reform's name without extending it: 繁简分流|改革, “执转破”|工作
        self.followers = lexicon.followers | lexicon.name_followers

    def __call__(self, doc: Doc) -> Doc:
        text = text_of(doc)
        names = reform_names(doc, self.thesaurus, self.lexicon)
        if not names:
            return doc
        phrases = spans_of(doc, PHRASES_KEY)
        taken = [(span.start_char, span.end_char) for span in (*spans_of(doc, LEXICON_KEY), *phrases)]
        # where each name starts → where it ends
        starts = dict(taken) | {occurrence.start: occurrence.end for occurrence in names}
        found: list[Span] = []
        for occurrence in names:
            if any(start < occurrence.end and occurrence.start < end for start, end in taken):
                continue  # inside or across another name: 繁简分流机制, 繁简分流改革试点
            span = self._name_span(doc, text, occurrence.start, occurrence.end)
            if span is None:
                continue  # the name ends inside a word: not the name standing alone
            if not self._stands_alone(doc, span.end, starts):
                continue  # it modifies what follows (小额诉讼|全流程在线审理): part of a longer, unnamed phrase
            if self._after_agent(doc, span.start):
                continue  # what the agent does: 由上级法院|提级审理
            span.id_ = span.text
            found.append(span)
        if found:
            set_spans(doc, PHRASES_KEY, sorted([*phrases, *found], key=lambda span: (span.start, -span.end)))
        return doc

    def _name_span(self, doc: Doc, text: str, start: int, end: int) -> Span | None:
        """The name without a word that follows names (繁简分流改革 → 繁简分流), where the tokens allow — but
        what a pilot verb governs is the pilot as written (试点|庭审记录方式改革)."""
        piloted = any(text.endswith(verb, 0, start) for verb in self.lexicon.pilot_verbs)
        followers = () if piloted else self.followers
        follower = next((w for w in followers if text.endswith(w, start, end) and end - len(w) - start >= 2), None)
        for stop in ([end - len(follower)] if follower else []) + [end]:
            span = doc.char_span(start, stop, label=MECHANISM)
            if span is not None:
                return span
        return None

    def _after_agent(self, doc: Doc, start: int) -> bool:
        """Does the name follow the court or body that 由 makes the agent of its clause, no verb between? Then it
        is the clause's verb, not a name (依法由上级法院|提级审理)."""
        words, breaks, verbs = words_of(doc), breaks_of(doc), verb_table(doc, self.lexicon)
        for index in range(start - 1, max(start - _AGENT_WORDS, 0) - 1, -1):
            if words[index] == "由":
                return True
            if breaks[index] or verbs[index]:
                return False
        return False

    def _stands_alone(self, doc: Doc, after: int, name_starts: dict[int, int]) -> bool:
        """Does the name end its noun phrase? So it does before a clause break, a verb, a word that enumerates
        (网上立案、跨域立案和电子送达; 等) or one that follows a name without extending it (…改革, …建设) — not
        before 与 or an adverb, which may open a phrase that a later head ends (在线诉讼与线下诉讼|有序切换的规则)."""
        words = words_of(doc)
        if after < len(words) and words[after] in self.followers:
            after += 1  # 深化繁简分流改革 stands alone; 巩固繁简分流改革成果 modifies 成果
        return after == len(words) or self._ends_here(doc, after, name_starts)

    def _ends_here(self, doc: Doc, index: int, name_starts: dict[int, int]) -> bool:
        words = words_of(doc)
        word = words[index]
        if word in COORDINATING:  # …和|another name; but 电子卷宗随案同步生成和深度应用 is one phrase
            following = starts_of(doc)[index + 1] if index + 1 < len(words) else None
            # …and not when a 的 after the other name makes both modify what follows (业绩评价和员额退出|的依据)
            return following in name_starts and not text_of(doc).startswith("的", name_starts[following])
        if word == "、":
            return self._enumeration_ends_alone(doc, index)
        return self._closes(doc, index)

    def _closes(self, doc: Doc, index: int) -> bool:
        """Does this word end a noun phrase: a clause break, a verb, or a word that closes an enumeration (等) —
        but not one of mere examples (调解、司法确认、立案等|事项)?"""
        word = words_of(doc)[index]
        if word in self.lexicon.closers or word == "等":
            return not self._closes_examples(doc, index)
        if word in self.lexicon.stop_words:  # a phrase of scope after the name (推动诉源治理|向纵深发展), unless a
            return not self._head_ahead(doc, index)  # head ends the clause's name (简易程序向普通程序转换规则)
        return breaks_of(doc)[index] or verb_table(doc, self.lexicon)[index]

    def _head_ahead(self, doc: Doc, index: int) -> bool:
        words, breaks = words_of(doc), breaks_of(doc)
        heads = self.lexicon.heads
        for following in range(index + 1, len(words)):
            if breaks[following]:
                return False
            if words[following] in heads:
                return True
        return False

    def _closes_examples(self, doc: Doc, index: int) -> bool:
        """Does this 等 close an enumeration of mere examples: does the noun it runs into, up to the next break,
        verb, quote or 的, name a kind of thing (…等|事项|顺畅对接, …等智能辅助|功能, …等|方面|的沟通)?"""
        words, breaks, verbs = words_of(doc), breaks_of(doc), verb_table(doc, self.lexicon)
        if words[index] != "等":
            return False
        for following in range(index + 1, len(words)):
            if breaks[following] or verbs[following] or words[following] in (OPEN_QUOTE, "的"):
                return False
            if words[following] in self.lexicon.examples:
                return True
        return False

    def _enumeration_ends_alone(self, doc: Doc, index: int) -> bool:
        """An enumeration of names stands alone unless, at its end, it runs into a quoted name or a head that the
        whole enumeration modifies (庭前会议、非法证据排除、法庭调查|“三项规程”), or gives examples of a kind of
        thing (调解、司法确认、立案等|事项)."""
        words, breaks = words_of(doc), breaks_of(doc)
        for following in range(index + 1, len(words)):
            word = words[following]
            if word == OPEN_QUOTE or word in self.lexicon.heads or self._closes_examples(doc, following):
                return False
            if words[following - 1] == "、" and not breaks[following]:
                continue  # the next member, whatever its first word (…、评估鉴定等重点环节: no verb there)
            if word != "、" and (word in COORDINATING or self._closes(doc, following)):
                return True
        return True


@Language.factory("reformkg_concept_names", requires=["doc.spans"], assigns=["doc.spans"])
def make_concept_name_recogniser(nlp: Language, name: str) -> ConceptNameRecogniser:
    return ConceptNameRecogniser(load_thesaurus(), load_lexicon())
