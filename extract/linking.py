"""From the pipeline's spans to records: one entity per real-world thing, mentions, and relations with provenance.

Aliases resolve to canonical names (深圳中院 → 深圳市中级人民法院, 大湾区 → 粤港澳大湾区), joint abbreviations
stand for each member (港澳 → 香港, 澳门), 本院/省法院 become the issuer, and every place an entity lies in is
an entity too, so that 位于 chains reach up to the province and the country.
"""

from __future__ import annotations

from bisect import bisect_right
from collections import defaultdict
from dataclasses import dataclass, field

from spacy.language import Language
from spacy.tokens import Doc, Span

from reformkg.extract.components.common import NEW_PLACES, spans_of, text_of
from reformkg.extract.components.courts import BARE_DISTRICT_COURTS, COURT_PLACES, qualified_district
from reformkg.extract.components.names import LEXICON_KEY, SELF_REFERENCE
from reformkg.extract.components.phrases import PHRASES_KEY
from reformkg.extract.components.relations import PILOT_MENTIONS, RELATIONS
from reformkg.extract.lexicon import Lexicon, Place
from reformkg.extract.records import (
    COURT,
    GAZETTEER,
    LEDGER,
    MECHANISM,
    ORGANISATION,
    PILOT,
    PLACE,
    TEXT,
    Document,
    Entity,
    Evidence,
    Extraction,
    Item,
    Mention,
    Relation,
    item_ref,
)
from reformkg.extract.thesaurus import Thesaurus, load_thesaurus

INVOLVES = "涉及"
LOCATED_IN = "位于"
LEADS = "牵头"
# Entities of these types name the thesaurus concept their label contains.
NAMES_CONCEPTS = frozenset({MECHANISM, PILOT})
TAKES_PART = "参与"


@dataclass(frozen=True)
class Issuer:
    label: str
    type: str
    located_in: tuple[str, ...]


# A unit of a ledger as an entity, resolved like an issuer (both are names standing alone).
Unit = Issuer


@dataclass(slots=True)
class _EntityDraft:
    types: set[str] = field(default_factory=set)
    surfaces: set[str] = field(default_factory=set)
    located_in: dict[str, None] = field(default_factory=dict)  # an ordered set
    full_name: str | None = None


def resolve_issuer(nlp: Language, lexicon: Lexicon, name: str | None) -> Issuer | None:
    """The issuing body as an entity: 广东省高级人民法院 is the court of 广东."""
    if not name:
        return None
    return _named_whole(nlp, lexicon, name) or Issuer(name, COURT if name.endswith("法院") else ORGANISATION, ())


# the courts that 省法院 and 市中院 name (self_references.tsv): their level, and the kinds of place they serve
_LEVELS = {
    "province": ("高级人民法院", {"province", "autonomous_region", "municipality"}),
    "city": ("中级人民法院", {"city", "prefecture"}),
}


def own_court(lexicon: Lexicon, issuer: Issuer | None, word: str) -> Issuer | None:
    """The court that a document from `issuer` names by 本院, 省法院 or 市中院: the issuer, or the court of that
    level over the place the issuer lies in (省法院 in a city court's plan is the province's high court). None where
    it names no one court (市中院 in a province's plan)."""
    means = lexicon.self_references.get(word, "issuer")
    if issuer is None or means not in _LEVELS:
        return issuer
    level, kinds = _LEVELS[means]
    if issuer.label.endswith(level):
        return issuer
    places = [*issuer.located_in, *(above for place in issuer.located_in for above in lexicon.ancestors(place))]
    served = next((lexicon.places[p] for p in places if p in lexicon.places and lexicon.places[p].kind in kinds), None)
    if served is None or issuer.label.endswith("高级人民法院"):
        return None
    return Issuer(f"{served.full_name}{level}", COURT, (served.name,))


# how a unit that names no one body begins (各中级人民法院, 有关部门); after 本院 or 省法院 too (本院各部门)
_GENERIC_UNIT = ("各", "全", "有关", "相关")


def resolve_unit(nlp: Language, lexicon: Lexicon, issuer: Issuer | None, name: str) -> Unit:
    """A ledger's unit as an entity: a court or body the lexicon knows (郑州中院 → 郑州市中级人民法院, 审管办 →
    审判管理办公室), the issuing court itself (本院) or one of its departments (省法院审管办 → 审判管理办公室), or
    the unit as written — a court when it is one (…法院,
    …法庭), else an organisation (a department: 政治部, 民一庭; a group: 各中级人民法院)."""
    known = _district_court_by_short_name(lexicon, issuer, name) or _named_whole(nlp, lexicon, name, issuer)
    if known is not None:
        return known
    own = next((word for word in sorted(lexicon.self_references, key=len, reverse=True) if name.startswith(word)), "")
    department = name[len(own) :]
    if own and len(department) > 1 and not department.startswith(_GENERIC_UNIT):  # 省法院立案庭: its 立案庭
        return resolve_unit(nlp, lexicon, issuer, department)
    generic = name.startswith((*_GENERIC_UNIT, "本院各", "省法院各"))
    return Unit(name, COURT if name.endswith(("法院", "法庭")) and not generic else ORGANISATION, ())


def _district_court_by_short_name(lexicon: Lexicon, issuer: Issuer | None, name: str) -> Unit | None:
    """福田法院 in a city court's ledger: the court of the city's district 福田区 (深圳市福田区人民法院), by its full
    name as ledgers give units; a district whose short name is a common word is tried with its 区 or 县 (光明)."""
    city = _issuer_city(issuer, lexicon)
    short = name.removesuffix("法院")
    if city is None or short == name or len(short) not in (2, 3):
        return None
    for surface in (short, f"{short}区", f"{short}县"):
        place = lexicon.place(surface)
        if place is not None and place.kind in ("district", "city") and city.name in place.within:
            return Issuer(f"{qualified_district(place.full_name, city)}人民法院", COURT, (place.name,))
    return None


def _named_whole(nlp: Language, lexicon: Lexicon, name: str, issuer: Issuer | None = None) -> Issuer | None:
    """The court or organisation that the whole of `name` names, as the lexicon and the court rules know it."""
    doc = nlp(name)
    whole = [s for s in spans_of(doc, LEXICON_KEY) if s.start_char == 0 and s.end_char == len(name)]
    if not whole:
        return None
    span = whole[0]
    if span.id_ == SELF_REFERENCE:
        return own_court(lexicon, issuer, span.text)
    district = doc.user_data.get(BARE_DISTRICT_COURTS, {}).get(span.id_)
    city = _issuer_city(issuer, lexicon)
    if district is not None and city is not None:  # a district's court in a city court's ledger (青山区人民法院)
        return Issuer(f"{qualified_district(district, city)}人民法院", COURT, (district[:-1],))
    if span.label_ not in (COURT, ORGANISATION):
        return None
    places = doc.user_data.get(COURT_PLACES, {}).get(span.id_, ())
    named = lexicon.named.get(span.id_)
    return Issuer(span.id_, span.label_, tuple(places) or (named.within if named else ()))


def link(
    document: Document,
    docs: list[Doc],
    lexicon: Lexicon,
    issuer: Issuer | None,
    units: dict[str, Unit] | None = None,
) -> Extraction:
    """Records from the pipeline's docs, one per item's body; `units` resolves the names in the items' ledgers."""
    drafts: dict[str, _EntityDraft] = defaultdict(_EntityDraft)
    mentions: list[Mention] = []
    relations = _Relations(_Evidences(document))

    if issuer is not None:
        drafts[issuer.label].types.add(issuer.type)
        drafts[issuer.label].located_in.update(dict.fromkeys(issuer.located_in))
        if document.metadata.issuer:  # as printed (四川省成都市中级人民法院): the name the document publishes under
            drafts[issuer.label].surfaces.add(document.metadata.issuer)

    for item, doc in zip(document.items, docs, strict=True):
        item_mentions = _mentions(item, doc, lexicon, issuer, drafts)
        mentions += item_mentions
        by_span: dict[tuple[int, int], list[str]] = defaultdict(list)
        for mention in item_mentions:
            if mention.key not in by_span[(mention.start, mention.end)]:
                by_span[(mention.start, mention.end)].append(mention.key)
        item_subject = item_ref(item.ordinal)
        for mention in _unique_per_key(item_mentions):
            relations.add(item_subject, INVOLVES, mention.key, (item.ordinal, mention.start, mention.end))
        for found in doc.user_data.get(RELATIONS, []):
            objects = by_span.get(found.object, [])
            subjects = by_span.get(found.subject, []) if found.subject else [item_subject]
            for subject in subjects:
                for obj in objects:
                    if subject != obj:
                        relations.add(subject, found.predicate, obj, (item.ordinal, *found.evidence))

    for item in document.items:
        _ledger_relations(item, units or {}, drafts, relations)
    _add_ancestors(drafts, lexicon)
    thesaurus = load_thesaurus()
    entities = tuple([_entity(label, draft, thesaurus, lexicon) for label, draft in sorted(drafts.items())])
    for entity in entities:
        # where a court or place lies is the gazetteer's knowledge (and the court's name), not a sentence's
        for place in entity.located_in:
            relations.add(entity.label, LOCATED_IN, place, None, GAZETTEER)
    return Extraction(document, entities, tuple(mentions), relations.unique())


def _ledger_relations(
    item: Item, units: dict[str, Unit], drafts: dict[str, _EntityDraft], relations: _Relations
) -> None:
    """牵头 and 参与 from the item's ledger, each unit evidenced where its ledger line names it."""
    if item.ledger_at is None:
        return
    for predicate, names in ((LEADS, item.ledger.lead), (TAKES_PART, item.ledger.participants)):
        for name in names:
            unit = units.get(name) or Unit(name, ORGANISATION, ())
            draft = drafts[unit.label]
            draft.types.add(unit.type)
            draft.surfaces.add(name)
            draft.located_in.update(dict.fromkeys(unit.located_in))
            start = item.text.find(name, item.ledger_at)
            where = (item.ordinal, start, start + len(name)) if start >= 0 else None
            relations.add(unit.label, predicate, item_ref(item.ordinal), where, LEDGER)


def _entity(label: str, draft: _EntityDraft, thesaurus: Thesaurus, lexicon: Lexicon) -> Entity:
    located_in = tuple([place for place in draft.located_in if place != label])
    return Entity(
        label=label,
        types=frozenset(draft.types),
        aliases=frozenset(draft.surfaces - {label}),
        located_in=located_in,
        full_name=draft.full_name,
        concept=thesaurus.concept_of(label) if draft.types & NAMES_CONCEPTS else None,
        key=_city_qualified(label, draft.full_name, located_in, lexicon) if PLACE in draft.types else None,
    )


def _city_qualified(label: str, full_name: str | None, located_in: tuple[str, ...], lexicon: Lexicon) -> str | None:
    """A division whose name divisions of other cities bear too, named with its city's (贵阳市白云区), so that
    the documents of two cities do not make their two 白云 one place lying in both; None for any other place."""
    if label not in lexicon.shared_division_names or not located_in:
        return None
    city = lexicon.places.get(located_in[0])
    if city is None or city.kind not in ("city", "municipality"):
        return None
    name = full_name or label
    return name if name.startswith(city.name) else city.full_name + name


def _mentions(
    item: Item, doc: Doc, lexicon: Lexicon, issuer: Issuer | None, drafts: dict[str, _EntityDraft]
) -> list[Mention]:
    found: list[Mention] = []
    court_places = doc.user_data.get(COURT_PLACES, {})
    bare_courts = doc.user_data.get(BARE_DISTRICT_COURTS, {})

    def add(span_start: int, span_end: int, type_: str, key: str) -> None:
        text = item.text[span_start:span_end]
        found.append(Mention(item.ordinal, span_start, span_end, text, type_, key))
        draft = drafts[key]
        draft.types.add(type_)
        draft.surfaces.add(text)

    body_spans = [(s.start_char, s.end_char) for s in spans_of(doc, PHRASES_KEY) if s.label_ == ORGANISATION]
    bodies = {start for start, _ in body_spans}
    for span in spans_of(doc, LEXICON_KEY):
        if span.label_ == ORGANISATION and _inside_longer(span, body_spans):
            continue  # a body inside a longer body's name is no mention of its own (跨庭室|专业法官会议)
        if span.label_ == PLACE and _names_an_institution(span, lexicon):
            continue
        if span.label_ == PLACE and span.start_char in bodies and _is_country(lexicon, span.id_):
            continue  # the country opening a body's name (中国国际经济贸易仲裁委员会) names a national body
        if span.id_ == SELF_REFERENCE:
            # 全省法院, 各级法院, 五市法院: all the courts of the province or of several cities, not the court that
            # writes (省法院)
            collective = span.start_char > 0 and item.text[span.start_char - 1] in "全各两三四五六七八九十几多"
            court = None if collective else own_court(lexicon, issuer, span.text)
            if court is not None:
                add(span.start_char, span.end_char, court.type, court.label)
                if court is not issuer:
                    drafts[court.label].located_in.update(dict.fromkeys(court.located_in))
            continue
        if span.label_ == PLACE and span.id_ in lexicon.place_groups:
            for member in lexicon.place_groups[span.id_]:
                add(span.start_char, span.end_char, PLACE, member)
                _place_draft(drafts[member], lexicon, member)
            continue
        if span.id_ in bare_courts:
            key = _district_court(bare_courts[span.id_], issuer, lexicon, drafts)
            add(span.start_char, span.end_char, COURT, key)
            continue
        add(span.start_char, span.end_char, span.label_, span.id_)
        if span.label_ == PLACE:
            city = _issuer_city(issuer, lexicon)
            # one of the issuing city's own divisions that another city's bears the name of too (石家庄's 平山县;
            # 贵阳's 白云区, though the gazetteer knows 广州's)
            own = lexicon.divisions_by_city.get(city.name, {}).get(span.id_) if city is not None else None
            if own is not None and city is not None:
                _new_place(drafts[span.id_], own, city.name)
            else:
                _place_draft(drafts[span.id_], lexicon, span.id_)
        elif span.id_ in court_places:
            drafts[span.id_].located_in.update(dict.fromkeys(court_places[span.id_]))
        elif span.id_ in lexicon.named:
            drafts[span.id_].located_in.update(dict.fromkeys(lexicon.named[span.id_].within))
    pilots = doc.user_data.get(PILOT_MENTIONS, [])
    for span in spans_of(doc, PHRASES_KEY):
        if span.label_ == MECHANISM and (span.start_char, span.end_char) in pilots and not _headed(span.text, lexicon):
            continue  # 试点|电子卷宗单套制归档 is a pilot; only a headed name (试行…规则) is a mechanism as well
        if span.label_ == MECHANISM and _inside_longer(span, pilots):
            continue  # inside a pilot's name is no mechanism of its own (试行|小额诉讼程序要素式审判)
        add(span.start_char, span.end_char, span.label_, span.id_)
    for name, (full_name, city) in doc.user_data.get(NEW_PLACES, {}).items():
        _new_place(drafts[name], full_name, city)  # known from its court's name (昆明市官渡区人民法院 → 官渡, in 昆明)
    keys = {(m.start, m.end): m.key for m in found}
    for start, end in pilots:
        add(start, end, PILOT, keys.get((start, end), item.text[start:end]))
    return found


def _inside_longer(span: Span, spans: list[tuple[int, int]]) -> bool:
    """Does one of `spans` hold `span` and more?"""
    size = span.end_char - span.start_char
    return any(start <= span.start_char and span.end_char <= end and end - start > size for start, end in spans)


def _district_court(district: str, issuer: Issuer | None, lexicon: Lexicon, drafts: dict[str, _EntityDraft]) -> str:
    """The court of a district named without its city (雁塔区人民法院; 碑林区法院 too, the district's one people's
    court). A city's court writes so of its own city's districts: in a document of 西安市中级人民法院 it is
    西安市雁塔区人民法院, in 雁塔, in 西安. Issued higher up, the name does not say which city (长安区 lies in 西安
    and in 石家庄): the court is named by its district alone and lies where the issuer lies."""
    city = _issuer_city(issuer, lexicon)
    if city is None:
        name = f"{district}人民法院"
        drafts[name].located_in.update(dict.fromkeys(issuer.located_in if issuer is not None else ()))
        return name
    name = f"{qualified_district(district, city)}人民法院"
    drafts[name].located_in.setdefault(district[:-1])
    _new_place(drafts[district[:-1]], district, city.name)
    return name


def _issuer_city(issuer: Issuer | None, lexicon: Lexicon) -> Place | None:
    """The city whose court issues the document, if a city's court does."""
    city = lexicon.places.get(issuer.located_in[0]) if issuer is not None and issuer.located_in else None
    return city if city is not None and city.kind in ("city", "municipality") else None


def _new_place(draft: _EntityDraft, full_name: str, city: str) -> None:
    """A district the gazetteer does not list, known from a court's name: a place in `city`."""
    draft.types.add(PLACE)
    draft.located_in.setdefault(city)
    draft.full_name = draft.full_name or full_name


def _headed(text: str, lexicon: Lexicon) -> bool:
    return any(text.endswith(head) for head, type_ in lexicon.heads.items() if type_ == MECHANISM)


def _is_country(lexicon: Lexicon, name: str) -> bool:
    place = lexicon.places.get(name)
    return place is not None and place.kind == "country"


def _names_an_institution(span: Span, lexicon: Lexicon) -> bool:
    """中山大学 names a university, not the city 中山; so do 甘肃政法大学 and 四川警察学院 (one of the next three
    words, with no punctuation between, ends so)."""
    if text_of(span.doc).startswith(lexicon.institution_words, span.end_char):
        return True
    for token in span.doc[span.end : span.end + 3]:
        if not token.text[0].isalnum():
            return False
        if token.text.endswith(lexicon.institution_words):
            return True
    return False


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


class _Relations:
    """The relations read from a document, each once, in the order first read. A repeat is recognised by its
    fields and where it was read before any record is made: hashing records costs more than making them."""

    def __init__(self, evidence: _Evidences) -> None:
        self.evidence = evidence
        self.found: dict[tuple[str, str, str, tuple[int, int, int] | None], Relation] = {}

    def add(
        self, subject: str, predicate: str, obj: str, where: tuple[int, int, int] | None, source: str = TEXT
    ) -> None:
        """`where`: the item ordinal and the character span in its text, or None when there is no evidence."""
        key = (subject, predicate, obj, where)
        if key not in self.found:
            self.found[key] = Relation(subject, predicate, obj, self.evidence(where) if where else None, source)

    def unique(self) -> tuple[Relation, ...]:
        return tuple(self.found.values())


class _Evidences:
    """Evidence for spans of one document's items, each made once: spans recur (an entity's places are
    evidenced where it is first involved). The sentence is Item.sentence_at's, found by bisection."""

    def __init__(self, document: Document) -> None:
        self.document = document
        self.made: dict[tuple[int, int, int], Evidence] = {}
        self.sentence_ends: dict[int, list[int]] = {}  # item ordinal → where its sentences end

    def __call__(self, where: tuple[int, int, int]) -> Evidence:
        """The evidence for a span (item ordinal, start, end)."""
        evidence = self.made.get(where)
        if evidence is None:
            ordinal, start, end = where
            evidence = self.made[where] = Evidence(ordinal, self._sentence(ordinal, start), start, end)
        return evidence

    def _sentence(self, ordinal: int, offset: int) -> str:
        sentences = self.document.item(ordinal).sentences
        ends = self.sentence_ends.get(ordinal)
        if ends is None:
            ends = self.sentence_ends[ordinal] = [sentence.end for sentence in sentences]
        index = bisect_right(ends, offset)  # the first sentence ending after the offset: the one holding it, if any
        if index < len(sentences) and sentences[index].start <= offset:
            return sentences[index].text
        return sentences[-1].text
