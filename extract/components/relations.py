"""Relations read off the clauses of a work point.

A clause is read as [subject] verb-chain object …: `全面推进|深圳法院|开展|综合改革试点`. Every verb of a chain
that has a predicate (ontology/lexicon/verbs.tsv) relates the item to the entity that opens its object and to
the entities coordinated with it (完善A制度和B制度). Pilot verbs (试行, 先行先试) make what they govern a pilot;
a pilot runs where the court or place just before its verb chain says (深圳法院开展…试点 → 试点于 深圳法院).
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass
from itertools import pairwise
from typing import NamedTuple

from spacy.language import Language
from spacy.tokens import Doc, Span

from reformkg.extract.components.common import breaks_of, is_break, spans_of, starts_of, text_of, words_of
from reformkg.extract.components.names import LEXICON_KEY
from reformkg.extract.components.phrases import PHRASES_KEY, verb_table
from reformkg.extract.lexicon import Lexicon, load_lexicon
from reformkg.extract.records import COURT, NORMATIVE_DOCUMENT, ORGANISATION, PILOT, PLACE

RELATIONS = "reformkg_relations"
PILOT_MENTIONS = "reformkg_pilot_mentions"


@dataclass(frozen=True)
class SpanRelation:
    """A relation between character spans of the item text; subject None means the item itself."""

    predicate: str
    subject: tuple[int, int] | None
    object: tuple[int, int]
    evidence: tuple[int, int]


@dataclass(frozen=True)
class _Chain:
    start: int  # token indices
    end: int
    verbs: tuple[str, ...]


class _Mention(NamedTuple):
    """What the rules read of a mention, read off its Span once: Span attributes are costly to ask for."""

    start: int  # token indices
    end: int
    start_char: int
    end_char: int
    label: str


def _bare_object(words: list[str], starts: list[int], verbs: list[bool], start: int, end: int) -> list[_Mention]:
    """What a pilot verb governs when no name of a known kind follows it (试点|电子卷宗单套制归档): the words of its
    clause up to the next verb or 的 (试点|注册制|的民商事案件); the 的 that closes a frame 以…为… is inside it
    (试行|以审判团队为单元的绩效考核)."""
    frame = _frame_close(words, start, end)
    stop = start
    while stop < end and not (verbs[stop] or (words[stop] == "的" and stop != frame)):
        stop += 1
    if stop == start:
        return []
    return [_Mention(start, stop, starts[start], starts[stop - 1] + len(words[stop - 1]), "")]


def _ends_in_name(bare: list[_Mention], mentions: list[_Mention]) -> bool:
    """Does a pilot verb's bare object close with a name the phrases found inside it (试行|小额诉讼程序要素式审判)?
    Then the words before the name modify it, and the whole object is the pilot."""
    return any(bare[0].start < m.start and m.end == bare[0].end for m in mentions) if bare else False


def _frame_close(words: list[str], start: int, end: int) -> int | None:
    """Where the 的 closing a frame 以…为… that opens at `start` stands, if one does."""
    if words[start] != "以" or "为" not in words[start:end]:
        return None
    after = words.index("为", start, end)
    return words.index("的", after, end) if "的" in words[after:end] else None


_MOST_PARTNER_WORDS = 16


class RelationReader:
    def __init__(self, lexicon: Lexicon) -> None:
        self.lexicon = lexicon

    def __call__(self, doc: Doc) -> Doc:
        phrases = spans_of(doc, PHRASES_KEY)
        mentions = [_mention(span) for span in _top_level([*spans_of(doc, LEXICON_KEY), *phrases])]
        inside_titles = {
            index for span in phrases if span.label_ == NORMATIVE_DOCUMENT for index in range(span.start, span.end)
        }
        relations: list[SpanRelation] = []
        pilots: list[tuple[int, int]] = []
        text, words, starts = text_of(doc), words_of(doc), starts_of(doc)
        verbs = verb_table(doc, self.lexicon)
        pilot_mentions = [m for m in mentions if m.label == PILOT]
        pilot_verbs = self.lexicon.pilot_verbs
        chain_verbs = self._chain_verbs(words, verbs)
        openers = self._openers(words, chain_verbs, inside_titles)
        for clause_start, clause_end in _clauses(breaks_of(doc)):
            chains = self._chains(words, chain_verbs, openers, clause_start, clause_end, inside_titles)
            for position, chain in enumerate(chains):
                region_end = chains[position + 1].start if position + 1 < len(chains) else clause_end
                objects = _objects(self.lexicon, mentions, text, words, verbs, chain.end, region_end)
                # a pilot verb ending its chain before a noun it modifies is no verb (建立|试点|情况按月报告制度)
                modifier = chain.end < len(words) and words[chain.end] in self.lexicon.pilot_modified
                piloting = not pilot_verbs.isdisjoint(chain.verbs) and not (modifier and chain.verbs[-1] in pilot_verbs)
                last = chain.end - 1
                piloted = objects
                if piloting and "先行先试" in chain.verbs and words[last] == "先行先试":
                    # 先行先试 is the pilot, whatever it governs (在临港新片区先行先试…规则)
                    piloted = [_Mention(last, chain.end, starts[last], starts[last] + len(words[last]), "")]
                    objects = objects or piloted
                elif (
                    not objects
                    and chain.verbs[0] in pilot_verbs
                    and not (chain.end < len(words) and words[chain.end] in self.lexicon.pilot_modified)
                ):
                    # only a pilot verb that opens its chain: after another verb it is a noun (总结|试点经验), and
                    # before the nouns it modifies too (报送试点情况)
                    bare = _bare_object(words, starts, verbs, chain.end, region_end)
                    if not self._head_in(words, chain.end, clause_end) or _ends_in_name(bare, mentions):
                        objects = piloted = bare
                for obj in objects:
                    for verb in chain.verbs:
                        predicate = self.lexicon.predicates.get(verb, "")
                        if predicate:
                            relations.append(
                                SpanRelation(predicate, None, _chars(obj), (starts[chain.start], obj.end_char))
                            )
                for obj in piloted if piloting else ():
                    pilots.append(_chars(obj))
                    for place in self._pilot_sites(doc, mentions, clause_start, chain.start):
                        relations.append(
                            SpanRelation("试点于", _chars(obj), _chars(place), (place.start_char, obj.end_char))
                        )
            for pilot in (m for m in pilot_mentions if clause_start <= m.start < clause_end):
                governing = next((c for c in reversed(chains) if c.end <= pilot.start), None)
                if governing is not None and pilot_verbs.isdisjoint(governing.verbs):
                    for place in self._pilot_sites(doc, mentions, clause_start, governing.start):
                        relations.append(
                            SpanRelation("试点于", _chars(pilot), _chars(place), (place.start_char, pilot.end_char))
                        )
        doc.user_data[RELATIONS] = relations
        doc.user_data[PILOT_MENTIONS] = pilots
        return doc

    def _head_in(self, words: list[str], start: int, end: int) -> bool:
        """Does a head word follow (…协同参与审理的模式)? Then the object is a name the phrases missed, not a bare
        object."""
        heads = self.lexicon.heads
        return any(word in heads for word in words[start:end])

    def _chain_verbs(self, words: list[str], acting: list[bool]) -> set[int]:
        """The tokens that are verbs of a chain: those acting as verbs, but for 试点 ending a noun phrase."""
        heads = self.lexicon.heads
        return {
            index
            for index, acts in enumerate(acting)
            if acts and (words[index] not in heads or not self._pilot_head(words, index))
        }

    def _openers(self, words: list[str], chain_verbs: set[int], skip: set[int]) -> list[int]:
        """The tokens that can open a verb chain: a verb of a chain, or an adverb. Reading a chain from any other
        token stops at once, so the clauses are only read from these."""
        adverbs = self.lexicon.adverbs
        return sorted(
            index
            for index in chain_verbs.union([index for index, word in enumerate(words) if word in adverbs])
            if index not in skip
        )

    def _chains(
        self,
        words: list[str],
        chain_verbs: set[int],
        openers: list[int],
        clause_start: int,
        clause_end: int,
        skip: set[int],
    ) -> list[_Chain]:
        lexicon = self.lexicon
        adverbs, coordinators, predicates = lexicon.adverbs, lexicon.coordinators, lexicon.predicates
        chains: list[_Chain] = []
        index = clause_start
        position = bisect_left(openers, clause_start)
        while position < len(openers) and openers[position] < clause_end:
            start = openers[position]
            position += 1
            if start < index:  # inside the chain just read
                continue
            index, verbs = start, []
            while index < clause_end and index not in skip:
                word = words[index]
                if index in chain_verbs:
                    verbs.append(word)
                elif verbs and word in coordinators and (partnered := self._partner_end(words, index, clause_end)):
                    index = partnered  # 推动|与西安中院、济南中院|建立…机制: the partners of the next verb
                    continue
                elif word in adverbs or (
                    word in coordinators
                    and verbs
                    and index + 1 < clause_end
                    and (words[index + 1] in predicates or words[index + 1] in adverbs)
                ):
                    pass
                else:
                    break
                index += 1
            if verbs:
                chains.append(_Chain(start, index, tuple(verbs)))
            index = max(index, start + 1)
        return chains

    def _partner_end(self, words: list[str], index: int, clause_end: int) -> int | None:
        """Where the verb stands after a coordinator that opens the partners of a verb (与|西安中院、济南中院|建立):
        courts or bodies, a few words ending in a court's or a body's ending, right before a verb."""
        for end in range(index + 2, min(index + _MOST_PARTNER_WORDS, clause_end)):
            word = words[end]
            if word in self.lexicon.predicates:
                return end if words[end - 1].endswith(self.lexicon.body_endings) else None
            if not (word[0].isalnum() or word in "、"):
                return None
        return None

    def _pilot_head(self, words: list[str], index: int) -> bool:
        """试点 ends a noun phrase (综合改革试点) unless a name follows it (试点注册制)."""
        if words[index] not in self.lexicon.heads:
            return False
        following = words[index + 1] if index + 1 < len(words) else None
        lexicon = self.lexicon
        # …改革试点等重点改革: an enumeration's closer ends the name too
        return (
            following is None or is_break(following) or following in lexicon.followers or following in lexicon.closers
        )

    def _pilot_sites(self, doc: Doc, mentions: list[_Mention], clause_start: int, verb_start: int) -> list[_Mention]:
        """The courts or places that run a pilot: the subject before its verb, with its coordinates (广州、深圳
        开展…, 北京、上海等地法院开展…), where adverbs or a phrase of scope may stand between subject and verb
        (北京一中院可以试点…, 支持武汉中院在涉外案件中试行…); failing that, the courts and places of a locative
        phrase before the verb (在信阳、南阳等地开展…). A place named inside the pilot (浦东新区综合改革试点) does
        not run it: no reader counts it so."""
        text, starts = text_of(doc), starts_of(doc)
        words = words_of(doc)
        sites: list[_Mention] = []
        boundary = verb_start
        for mention in reversed([m for m in mentions if clause_start <= m.start and m.end <= verb_start]):
            gap = text[mention.end_char : starts[boundary]] if boundary < len(doc) else ""
            if not sites:
                if mention.label in (COURT, PLACE) and self._subject_gap(words, mention.end, boundary, gap):
                    sites.append(mention)
                    boundary = mention.start
                continue
            if mention.label not in (COURT, PLACE) or gap not in self.lexicon.coordinators:
                break
            sites.insert(0, mention)
            boundary = mention.start
        if sites and sites[0].start > clause_start and words[sites[0].start - 1] == "在":
            # the places of a phrase of scope that a court opens run the court's pilot: 支持天水中院|在秦州区、麦积区
            # 开展…试点 is the court's
            courts = self._pilot_sites(doc, mentions, clause_start, sites[0].start - 1)
            if courts and all(court.label == COURT for court in courts):
                return courts
        if not sites:
            sites = self._locative_sites(words, mentions, clause_start, verb_start)
        return sites or self._sentence_subject(text, words, mentions, clause_start, verb_start)

    def _sentence_subject(
        self, text: str, words: list[str], mentions: list[_Mention], clause_start: int, verb_start: int
    ) -> list[_Mention]:
        """The courts or places that open the pilot's sentence as its subject, a modal after them (石林县法院要在…
        配备…，开展…试点; 本院和五华区法院、盘龙区法院要严格按照《…》开展…试点): they run what its clauses pilot."""
        start = clause_start
        while start > 0 and words[start - 1] not in _SENTENCE_ENDS:
            start -= 1
        opening = sorted((m for m in mentions if start <= m.start and m.end <= verb_start), key=lambda m: m.start)
        if not opening or opening[0].start != start or opening[0].label not in (COURT, PLACE):
            return []
        subject = [opening[0]]
        for mention in opening[1:]:
            gap = text[subject[-1].end_char : mention.start_char]
            if mention.label not in (COURT, PLACE) or gap not in self.lexicon.coordinators:
                break
            subject.append(mention)
        after = subject[-1].end
        return subject if after < verb_start and words[after] in _MODALS else []

    def _subject_gap(self, words: list[str], start: int, end: int, gap: str) -> bool:
        """What may stand between a pilot's subject and its verb: nothing, adverbs (可以, 继续, 率先), a phrase of
        scope (在…中), or the 等地法院 that closes an enumeration of places."""
        lexicon = self.lexicon
        between = words[start:end]
        return (
            not gap
            or gap.startswith(tuple(lexicon.stop_words))
            or all(word in lexicon.adverbs for word in between)
            or gap in _ENUMERATION_ENDS
            or (
                bool(between)
                and between[0] in lexicon.adverbs
                and between[1:2] != []
                and between[1] in lexicon.stop_words
            )
        )

    def _locative_sites(
        self, words: list[str], mentions: list[_Mention], clause_start: int, verb_start: int
    ) -> list[_Mention]:
        """在信阳、南阳等地|开展: the courts and places of the phrase of scope that opens right before the verb."""
        opener = next((i for i in range(verb_start - 1, clause_start - 1, -1) if words[i] == "在"), None)
        if opener is None:
            return []
        inside = [m for m in mentions if opener < m.start and m.end <= verb_start]
        return [m for m in inside if m.label in (COURT, PLACE)] if inside and inside[0].start == opener + 1 else []


_SENTENCE_ENDS = frozenset("。！？；\n")
# what a sentence's subject says it must or may do, the verbs in the clauses after it its own (石林县法院要…)
_MODALS = frozenset({"要", "应当", "应", "须", "必须", "可以", "可"})
# What closes an enumeration of places that are a pilot's subject (北京、上海等地法院|开展…).
_ENUMERATION_ENDS = frozenset({"等地法院", "等地", "等地方法院", "等法院"})


def _clauses(breaks: list[bool]) -> list[tuple[int, int]]:
    """The token ranges between clause breaks."""
    bounds = [-1, *[index for index, ends_clause in enumerate(breaks) if ends_clause], len(breaks)]
    return [(start + 1, end) for start, end in pairwise(bounds) if end > start + 1]


def _mention(span: Span) -> _Mention:
    return _Mention(span.start, span.end, span.start_char, span.end_char, span.label_)


def _top_level(spans: list[Span]) -> list[Span]:
    ordered = sorted(spans, key=lambda s: (s.start, -s.end))
    top: list[Span] = []
    for span in ordered:
        if top and span.end <= top[-1].end:
            continue
        top.append(span)
    return top


def _objects(
    lexicon: Lexicon, mentions: list[_Mention], text: str, words: list[str], verbs: list[bool], start: int, end: int
) -> list[_Mention]:
    objects = _governed(mentions, text, start, end)
    if objects and objects[0].label == PLACE:
        # A place is the object only when it stands alone or is the subject of what follows (支持深圳试行…);
        # otherwise it modifies the real object (加强广州、深圳司法“双城联动”).
        following = objects[-1].end
        if following < end and not (
            verbs[following] or words[following] in lexicon.adverbs or words[following] in lexicon.stop_words
        ):
            return []
    return objects


def _governed(mentions: list[_Mention], text: str, start: int, end: int) -> list[_Mention]:
    """The entities a verb governs: the one that opens its object, and those coordinated with it. A court or
    organisation directly followed by a document or mechanism is its owner, not the object (落实最高法院《…》)."""
    # a name that opens in the clause may close after a break inside it (“法院+村（社区）”联动解纷模式)
    inside = [m for m in mentions if start <= m.start < end]
    if not inside or inside[0].start != start:
        return []
    first = 0
    if (
        len(inside) > 1
        and inside[0].label in (COURT, ORGANISATION)
        and inside[1].start == inside[0].end
        and inside[1].label not in (COURT, PLACE, ORGANISATION)
    ):
        first = 1
    objects = [inside[first]]
    for mention in inside[first + 1 :]:
        gap = text[objects[-1].end_char : mention.start_char]
        if gap in ("、", "和", "与", "及", "以及", "或"):
            objects.append(mention)
        else:
            break
    return objects


def _chars(mention: _Mention) -> tuple[int, int]:
    return mention.start_char, mention.end_char


@Language.factory("reformkg_relations", requires=["doc.spans"])
def make_relation_reader(nlp: Language, name: str) -> RelationReader:
    return RelationReader(load_lexicon())
