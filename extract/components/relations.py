"""Relations read off the clauses of a work point.

A clause is read as [subject] verb-chain object …: `全面推进|深圳法院|开展|综合改革试点`. Every verb of a chain
that has a predicate (ontology/lexicon/verbs.tsv) relates the item to the entity that opens its object and to
the entities coordinated with it (完善A制度和B制度). Pilot verbs (试行, 先行先试) make what they govern a pilot;
a pilot runs where the court or place just before its verb chain says (深圳法院开展…试点 → 试点于 深圳法院).
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.language import Language
from spacy.tokens import Doc, Span

from extract.components.common import breaks_of, is_break, spans_of, text_of, words_of
from extract.components.courts import LEXICON_KEY
from extract.components.phrases import PHRASES_KEY, acts_as_verb, verb_table
from extract.lexicon import Lexicon, load_lexicon
from extract.records import COURT, NORMATIVE_DOCUMENT, ORGANISATION, PILOT, PLACE

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


class RelationReader:
    def __init__(self, lexicon: Lexicon) -> None:
        self.lexicon = lexicon

    def __call__(self, doc: Doc) -> Doc:
        mentions = _top_level([*spans_of(doc, LEXICON_KEY), *spans_of(doc, PHRASES_KEY)])
        inside_titles = {
            token.i for span in spans_of(doc, PHRASES_KEY) if span.label_ == NORMATIVE_DOCUMENT for token in span
        }
        relations: list[SpanRelation] = []
        pilots: list[tuple[int, int]] = []
        words = words_of(doc)
        verbs = verb_table(doc, self.lexicon)
        for clause in _clauses(doc):
            chains = self._chains(words, verbs, clause, inside_titles)
            for position, chain in enumerate(chains):
                region_end = chains[position + 1].start if position + 1 < len(chains) else clause.end
                objects = _objects(self.lexicon, mentions, doc, chain.end, region_end)
                piloting = any(verb in self.lexicon.pilot_verbs for verb in chain.verbs)
                if piloting and not objects and "先行先试" in chain.verbs:
                    span = doc[chain.start : chain.end]
                    objects = [doc[span[-1].i : span[-1].i + 1]] if span[-1].text == "先行先试" else []
                for obj in objects:
                    for verb in chain.verbs:
                        predicate = self.lexicon.predicates.get(verb, "")
                        if predicate:
                            relations.append(
                                SpanRelation(predicate, None, _chars(obj), (doc[chain.start].idx, obj.end_char))
                            )
                    if piloting:
                        pilots.append(_chars(obj))
                        for place in self._pilot_sites(doc, mentions, clause.start, chain.start, obj):
                            relations.append(
                                SpanRelation("试点于", _chars(obj), _chars(place), (place.start_char, obj.end_char))
                            )
            for pilot in (m for m in mentions if m.label_ == PILOT and clause.start <= m.start < clause.end):
                governing = next((c for c in reversed(chains) if c.end <= pilot.start), None)
                if governing is not None and not any(v in self.lexicon.pilot_verbs for v in governing.verbs):
                    for place in self._pilot_sites(doc, mentions, clause.start, governing.start, pilot):
                        relations.append(
                            SpanRelation("试点于", _chars(pilot), _chars(place), (place.start_char, pilot.end_char))
                        )
        doc.user_data[RELATIONS] = relations
        doc.user_data[PILOT_MENTIONS] = pilots
        return doc

    def _chains(self, words: list[str], acting: list[bool], clause: Span, skip: set[int]) -> list[_Chain]:
        lexicon = self.lexicon
        chains: list[_Chain] = []
        index = clause.start
        while index < clause.end:
            start, verbs = index, []
            while index < clause.end and index not in skip:
                word = words[index]
                if acting[index] and not self._pilot_head(words, index):
                    verbs.append(word)
                elif word in lexicon.adverbs or (
                    word in lexicon.coordinators
                    and verbs
                    and index + 1 < clause.end
                    and (words[index + 1] in lexicon.predicates or words[index + 1] in lexicon.adverbs)
                ):
                    pass
                else:
                    break
                index += 1
            if verbs:
                chains.append(_Chain(start, index, tuple(verbs)))
            index = max(index, start + 1)
        return chains

    def _pilot_head(self, words: list[str], index: int) -> bool:
        """试点 ends a noun phrase (综合改革试点) unless a name follows it (试点注册制)."""
        if words[index] not in self.lexicon.heads:
            return False
        following = words[index + 1] if index + 1 < len(words) else None
        return following is None or is_break(following) or following in self.lexicon.followers

    def _pilot_sites(
        self, doc: Doc, mentions: list[Span], clause_start: int, verb_start: int, pilot: Span
    ) -> list[Span]:
        """The courts or places that run a pilot: the subject right before its verb, with its coordinates
        (广州、深圳开展…); failing that, a place named inside the pilot itself."""
        sites: list[Span] = []
        boundary = verb_start
        for mention in reversed([m for m in mentions if clause_start <= m.start and m.end <= verb_start]):
            gap = text_of(doc)[mention.end_char : doc[boundary].idx] if boundary < len(doc) else ""
            if not sites:
                # the subject, possibly before a phrase of scope; names inside that phrase are skipped
                # between the subject and its verb: nothing, or a phrase of scope (在审判机制创新…等方面)
                if mention.label_ in (COURT, PLACE) and (not gap or gap.startswith(tuple(self.lexicon.stop_words))):
                    sites.append(mention)
                    boundary = mention.start
                continue
            if mention.label_ not in (COURT, PLACE) or gap not in self.lexicon.coordinators:
                break
            sites.insert(0, mention)
            boundary = mention.start
        if not sites:
            sites = [m for m in spans_of(doc, LEXICON_KEY) if m.label_ in (COURT, PLACE) and _within(m, pilot)]
        return sites


def _clauses(doc: Doc) -> list[Span]:
    clauses: list[Span] = []
    start = 0
    for index, ends_clause in enumerate(breaks_of(doc)):
        if ends_clause:
            if index > start:
                clauses.append(doc[start:index])
            start = index + 1
    if start < len(doc):
        clauses.append(doc[start:])
    return clauses


def _top_level(spans: list[Span]) -> list[Span]:
    ordered = sorted(spans, key=lambda s: (s.start, -s.end))
    top: list[Span] = []
    for span in ordered:
        if top and span.end <= top[-1].end:
            continue
        top.append(span)
    return top


def _objects(lexicon: Lexicon, mentions: list[Span], doc: Doc, start: int, end: int) -> list[Span]:
    objects = _governed(mentions, doc, start, end)
    if objects and objects[0].label_ == PLACE:
        # A place is the object only when it stands alone or is the subject of what follows (支持深圳试行…);
        # otherwise it modifies the real object (加强广州、深圳司法“双城联动”).
        following = doc[objects[-1].end] if objects[-1].end < end else None
        if following is not None and not (
            acts_as_verb(following, lexicon)
            or following.text in lexicon.adverbs
            or following.text in lexicon.stop_words
        ):
            return []
    return objects


def _governed(mentions: list[Span], doc: Doc, start: int, end: int) -> list[Span]:
    """The entities a verb governs: the one that opens its object, and those coordinated with it. A court or
    organisation directly followed by a document or mechanism is its owner, not the object (落实最高法院《…》)."""
    inside = [m for m in mentions if start <= m.start and m.end <= end]
    if not inside or inside[0].start != start:
        return []
    first = 0
    if (
        len(inside) > 1
        and inside[0].label_ in (COURT, ORGANISATION)
        and inside[1].start == inside[0].end
        and inside[1].label_ not in (COURT, PLACE, ORGANISATION)
    ):
        first = 1
    objects = [inside[first]]
    for mention in inside[first + 1 :]:
        gap = text_of(doc)[objects[-1].end_char : mention.start_char]
        if gap in ("、", "和", "与", "及", "以及", "或"):
            objects.append(mention)
        else:
            break
    return objects


def _within(inner: Span, outer: Span) -> bool:
    return outer.start_char <= inner.start_char and inner.end_char <= outer.end_char


def _chars(span: Span) -> tuple[int, int]:
    return span.start_char, span.end_char


@Language.factory("reformkg_relations", requires=["doc.spans"])
def make_relation_reader(nlp: Language, name: str) -> RelationReader:
    return RelationReader(load_lexicon())
