"""From the pipeline's spans to records: one entity per real-world thing, mentions, and relations with provenance.

Aliases resolve to canonical names (深圳中院 → 深圳市中级人民法院, 大湾区 → 粤港澳大湾区), joint abbreviations
stand for each member (港澳 → 香港, 澳门), 本院/省法院 become the issuer, and every place an entity lies in is
an entity too, so that 位于 chains reach up to the province and the country.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from spacy.language import Language
from spacy.tokens import Doc, Span

from extract.components.common import spans_of, text_of
from extract.components.courts import COURT_PLACES, LEXICON_KEY
from extract.components.phrases import PHRASES_KEY
from extract.components.relations import PILOT_MENTIONS, RELATIONS
from extract.lexicon import Lexicon
from extract.pipeline import SELF_REFERENCE
from extract.records import (
    COURT,
    ORGANISATION,
    PILOT,
    PLACE,
    Document,
    Entity,
    Evidence,
    Extraction,
    Item,
    Mention,
    Relation,
    item_ref,
)

INVOLVES = "涉及"
LOCATED_IN = "位于"


@dataclass(frozen=True)
class Issuer:
    label: str
    type: str
    located_in: tuple[str, ...]


@dataclass
class _EntityDraft:
    types: set[str] = field(default_factory=set)
    surfaces: set[str] = field(default_factory=set)
    located_in: dict[str, None] = field(default_factory=dict)  # an ordered set
    full_name: str | None = None


def resolve_issuer(nlp: Language, lexicon: Lexicon, name: str | None) -> Issuer | None:
    """The issuing body as an entity: 广东省高级人民法院 is the court of 广东."""
    if not name:
        return None
    doc = nlp(name)
    whole = [s for s in spans_of(doc, LEXICON_KEY) if s.start_char == 0 and s.end_char == len(name)]
    if whole and whole[0].label_ in (COURT, ORGANISATION):
        span = whole[0]
        places = doc.user_data.get(COURT_PLACES, {}).get(span.id_, ())
        named = lexicon.named.get(span.id_)
        return Issuer(span.id_, span.label_, tuple(places) or (named.within if named else ()))
    return Issuer(name, COURT if name.endswith("法院") else ORGANISATION, ())


def link(document: Document, docs: list[Doc], lexicon: Lexicon, issuer: Issuer | None) -> Extraction:
    drafts: dict[str, _EntityDraft] = defaultdict(_EntityDraft)
    mentions: list[Mention] = []
    relations: list[Relation] = []
    first_mention: dict[str, Mention] = {}

    if issuer is not None:
        drafts[issuer.label].types.add(issuer.type)
        drafts[issuer.label].located_in.update(dict.fromkeys(issuer.located_in))

    for item, doc in zip(document.items, docs, strict=True):
        item_mentions = _mentions(item, doc, lexicon, issuer, drafts)
        mentions += item_mentions
        by_span: dict[tuple[int, int], list[str]] = defaultdict(list)
        for mention in item_mentions:
            first_mention.setdefault(mention.key, mention)
            if mention.key not in by_span[(mention.start, mention.end)]:
                by_span[(mention.start, mention.end)].append(mention.key)
        for mention in _unique_per_key(item_mentions):
            relations.append(
                Relation(item_ref(item.ordinal), INVOLVES, mention.key, _evidence(item, mention.start, mention.end))
            )
        for found in doc.user_data.get(RELATIONS, []):
            objects = by_span.get(found.object, [])
            subjects = by_span.get(found.subject, []) if found.subject else [item_ref(item.ordinal)]
            for subject in subjects:
                for obj in objects:
                    if subject != obj:
                        relations.append(Relation(subject, found.predicate, obj, _evidence(item, *found.evidence)))

    _add_ancestors(drafts, lexicon)
    entities = tuple(
        Entity(
            label=label,
            types=frozenset(draft.types),
            aliases=frozenset(draft.surfaces - {label}),
            located_in=tuple(p for p in draft.located_in if p != label),
            full_name=draft.full_name,
        )
        for label, draft in sorted(drafts.items())
    )
    for entity in entities:
        for place in entity.located_in:
            first = first_mention.get(entity.label)
            evidence = _evidence(document.item(first.item), first.start, first.end) if first else None
            relations.append(Relation(entity.label, LOCATED_IN, place, evidence))
    return Extraction(document, entities, tuple(mentions), tuple(dict.fromkeys(relations)))


def _mentions(
    item: Item, doc: Doc, lexicon: Lexicon, issuer: Issuer | None, drafts: dict[str, _EntityDraft]
) -> list[Mention]:
    found: list[Mention] = []
    court_places = doc.user_data.get(COURT_PLACES, {})

    def add(span_start: int, span_end: int, type_: str, key: str) -> None:
        text = item.text[span_start:span_end]
        found.append(Mention(item.ordinal, span_start, span_end, text, type_, key))
        draft = drafts[key]
        draft.types.add(type_)
        draft.surfaces.add(text)

    for span in spans_of(doc, LEXICON_KEY):
        if span.label_ == PLACE and _names_an_institution(span, lexicon):
            continue
        if span.id_ == SELF_REFERENCE:
            if issuer is not None:
                add(span.start_char, span.end_char, issuer.type, issuer.label)
            continue
        if span.label_ == PLACE and span.id_ in lexicon.place_groups:
            for member in lexicon.place_groups[span.id_]:
                add(span.start_char, span.end_char, PLACE, member)
                _place_draft(drafts[member], lexicon, member)
            continue
        add(span.start_char, span.end_char, span.label_, span.id_)
        if span.label_ == PLACE:
            _place_draft(drafts[span.id_], lexicon, span.id_)
        elif span.id_ in court_places:
            drafts[span.id_].located_in.update(dict.fromkeys(court_places[span.id_]))
        elif span.id_ in lexicon.named:
            drafts[span.id_].located_in.update(dict.fromkeys(lexicon.named[span.id_].within))
    for span in spans_of(doc, PHRASES_KEY):
        add(span.start_char, span.end_char, span.label_, span.id_)
    keys = {(m.start, m.end): m.key for m in found}
    for start, end in doc.user_data.get(PILOT_MENTIONS, []):
        add(start, end, PILOT, keys.get((start, end), item.text[start:end]))
    return found


def _names_an_institution(span: Span, lexicon: Lexicon) -> bool:
    """中山大学 names a university, not the city 中山."""
    return text_of(span.doc)[span.end_char :].startswith(lexicon.institution_words)


def _place_draft(draft: _EntityDraft, lexicon: Lexicon, name: str) -> None:
    place = lexicon.places.get(name)
    if place is not None and not draft.located_in:
        draft.types.add(PLACE)
        draft.located_in.update(dict.fromkeys(place.within))
        draft.full_name = place.full_name
        draft.surfaces.update(a for a in (place.full_name, *place.aliases) if a)


def _add_ancestors(drafts: dict[str, _EntityDraft], lexicon: Lexicon) -> None:
    todo = [p for draft in drafts.values() for p in draft.located_in]
    while todo:
        name = todo.pop()
        if name in drafts and drafts[name].types:
            continue
        _place_draft(drafts[name], lexicon, name)
        drafts[name].types.add(PLACE)
        todo += drafts[name].located_in


def _unique_per_key(mentions: list[Mention]) -> list[Mention]:
    seen: dict[str, Mention] = {}
    for mention in mentions:
        seen.setdefault(mention.key, mention)
    return list(seen.values())


def _evidence(item: Item, start: int, end: int) -> Evidence:
    return Evidence(item.ordinal, item.sentence_at(start).text, start, end)
