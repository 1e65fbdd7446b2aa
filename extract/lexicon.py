"""The lexicons under ontology/lexicon/, loaded once into typed tables."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from functools import cache, cached_property

from reformkg.extract.records import COURT, ORGANISATION
from reformkg.extract.tribunals import TribunalWords
from reformkg.ontology import LEXICON_DIR, read_table, split_list

# how the full names of county-level divisions end (秦州区, 长沙县, 浏阳市, 科尔沁左翼中旗, 六枝特区)
DIVISION_ENDINGS = ("区", "县", "市", "旗")


@dataclass(frozen=True)
class Place:
    name: str
    full_name: str
    kind: str
    within: tuple[str, ...]
    aliases: tuple[str, ...]
    # a county-level division of the complete gazetteer (counties.tsv): it is recognised by its full name alone,
    # as the words jieba cuts it into, and jieba is not taught its names (海城市 would cut 沿海城市 wrongly)
    by_full_name_only: bool = False

    @property
    def surfaces(self) -> set[str]:
        """The forms in which a text names the place."""
        if self.by_full_name_only:
            return {self.full_name, *self.aliases}
        return {self.name, self.full_name, *self.aliases}


@dataclass(frozen=True)
class NamedThing:
    """A court or organisation the lexicon names outright."""

    name: str
    type: str
    aliases: tuple[str, ...]
    within: tuple[str, ...]


@dataclass(frozen=True)
class CourtSuffix:
    """After a place, names a body of that place: a court (深圳中院) or another body (福建省人民检察院)."""

    suffix: str  # may hold {n}
    canonical: str  # template with {full}, {name}, {n}, {written} (the place as the text writes it)
    type: str = COURT

    def pattern(self) -> re.Pattern[str]:
        return re.compile(re.escape(self.suffix).replace(r"\{n\}", "(?P<n>[一二三四五六七八九十]{1,2})"))


@dataclass(frozen=True)
class Lexicon:
    places: dict[str, Place]
    place_groups: dict[str, tuple[str, ...]]
    named: dict[str, NamedThing]
    court_suffixes: tuple[CourtSuffix, ...]
    self_references: dict[str, str]  # word → whom it names: issuer, province or city (self_references.tsv)
    predicates: dict[str, str]  # verb → predicate label ("" when it makes no relation)
    adverbs: frozenset[str]
    pilot_verbs: frozenset[str]
    heads: dict[str, str]  # head word → entity type
    bare_heads: frozenset[str]
    followers: frozenset[str]
    type_followers: dict[str, frozenset[str]]  # entity type → followers that end only a phrase of that type
    coordinators: frozenset[str]
    quoted_document_heads: tuple[str, ...]
    institution_words: tuple[str, ...]
    stop_words: frozenset[str]
    locatives: frozenset[str]  # 在, 赴: a county's short name after them is the county (phrases.tsv)
    closers: frozenset[str] = frozenset()
    examples: frozenset[str] = frozenset()  # 等|事项: what an enumeration before 等 only gives examples of
    titled_heads: frozenset[str] = frozenset()  # 意见: a document's head only in a title's shape (关于…的意见)
    compounds: frozenset[str] = frozenset()  # 联合惩戒: terms kept whole, no verb read in them
    pilot_modified: frozenset[str] = frozenset()  # nouns that 试点 modifies rather than governs (试点经验)
    generic_modifiers: frozenset[str] = frozenset()  # with a head alone they name nothing (工作机制, 相关制度)
    idioms: tuple[str, ...] = ()  # a phrase ending so is a set expression, no name (以人民为中心)
    aliases: dict[str, str] = field(default_factory=dict)  # any surface form → canonical name (places, named)
    set_phrases: tuple[str, ...] = ()  # phrases holding a place's name without meaning the place (法治中国)
    subject_words: tuple[str, ...] = ()  # words that end the subject of a verb though they head no name (机关)
    scope_ends: frozenset[str] = frozenset()  # words that close a phrase of scope (在…审理|中): a verb may follow
    # adverbs only where a clause opens (依法|扩大…); inside a name, a word of it (法官依法履职保护机制)
    clause_adverbs: frozenset[str] = frozenset()
    name_followers: frozenset[str] = frozenset()  # 工作: after a reform's own name, no part of it (执转破|工作)
    naming_verbs: frozenset[str] = frozenset()  # 参与: stays in the name of what follows (法庭参与…机制)
    handing_verbs: frozenset[str] = frozenset()  # 提交: before a body, in a modifier (提交审委会讨论…的机制)
    entering_verbs: frozenset[str] = frozenset()  # 进驻: a verb after any name's head (调解平台|进驻…)
    opening_verbs: frozenset[str] = frozenset()  # 服务保障: a verb where a clause opens, inside a name after a verb
    area_kinds: frozenset[str] = frozenset()  # 辖区, 开发区: end as a district's name does, name none
    named_areas: tuple[str, ...] = ()  # 新区, 开发区: after a place's name (and nouns), one area's name ends so
    # 向: between two nouns of a name, part of it (简易程序|向|普通程序转换规则); elsewhere a stop word
    inner_stop_words: frozenset[str] = frozenset()
    # a city → its county-level divisions by short name → full name, every one of them, though another city's
    # bears the same name (新城区 lies in 西安 and in 呼和浩特): a city's own documents name them short (新城法院)
    divisions_by_city: dict[str, dict[str, str]] = field(default_factory=dict)
    # a city's place name → the full names of all its county-level divisions, those another city's share too
    division_names_by_city: dict[str, frozenset[str]] = field(default_factory=dict)
    # short names that divisions of several cities bear (白云: 广州's and 贵阳's): a place of such a name is told
    # apart by its city (Entity.key)
    shared_division_names: frozenset[str] = frozenset()
    # after a national body's or a region's name and a place, a word naming its branch or part there → the type of
    # the whole (监管分局 → 机构, 片区 → 地区: branch_suffixes.tsv), longest first
    branch_suffixes: tuple[tuple[str, str], ...] = ()
    body_modifiers: tuple[str, ...] = ()  # 跨, 联合: open a modifier of a named kind of body (跨庭室|专业法官会议)
    # words before 法庭 that name no town's tribunal (tribunal_words.tsv)
    tribunal_words: TribunalWords = field(default_factory=TribunalWords)

    @cached_property
    def court_endings(self) -> tuple[str, ...]:
        """How court names end (法院, 中院, 高院): a word so ending may be the subject of a verb."""
        return tuple({s.suffix[-2:] for s in self.court_suffixes if s.type == COURT} | {"本院"})

    @cached_property
    def organisation_heads(self) -> tuple[str, ...]:
        return tuple(head for head, type_ in self.heads.items() if type_ == ORGANISATION)

    @cached_property
    def subject_endings(self) -> tuple[str, ...]:
        """How the subject of a verb may end: a court's or an organisation's name, or a word such as 机关."""
        return self.organisation_heads + self.court_endings + self.subject_words

    @cached_property
    def body_endings(self) -> tuple[str, ...]:
        """How the names of courts and bodies end: a subject's endings and the suffixes of a place's bodies (司法局)."""
        return self.subject_endings + tuple(s.suffix for s in self.court_suffixes if s.type == ORGANISATION)

    @cached_property
    def divisions(self) -> dict[str, str]:
        """The names of the county-level divisions known by their full names alone (秦州区, 宁乡市) → the place."""
        return {
            surface: place.name
            for place in self.places.values()
            if place.by_full_name_only
            for surface in place.surfaces
        }

    @cached_property
    def verbs(self) -> frozenset[str]:
        return frozenset(self.predicates)

    @cached_property
    def words_before_names(self) -> frozenset[str]:
        """The words a name may follow: verbs, adverbs, prepositions, conjunctions (支持|清河法庭, 在|中关村法庭)."""
        return self.verbs | self.adverbs | self.stop_words | self.coordinators | self.locatives

    @cached_property
    def verbs_and_stop_words(self) -> frozenset[str]:
        """The words that open or close a phrase of scope (在…领域|开展)."""
        return self.verbs | self.stop_words

    def place(self, surface: str) -> Place | None:
        return self.places.get(self.aliases.get(surface, surface))

    def ancestors(self, place: str) -> list[str]:
        """Every place that `place` lies in, nearest first."""
        seen: list[str] = []
        todo = list(self.places[place].within) if place in self.places else []
        while todo:
            current = todo.pop(0)
            if current not in seen:
                seen.append(current)
                todo += self.places[current].within if current in self.places else ()
        return seen

    def vocabulary(self) -> set[str]:
        """Every word the segmenter must keep whole."""
        words = {surface for place in self.places.values() if not place.by_full_name_only for surface in place.surfaces}
        words |= {surface for surface, name in self.aliases.items() if name in self.named}
        words |= set(self.place_groups) | set(self.named)
        words |= (
            self.verbs | self.adverbs | set(self.heads) | self.followers | set(self.self_references) | self.compounds
        )
        words |= {s.suffix for s in self.court_suffixes if "{" not in s.suffix}
        return {w for w in words if len(w) > 1}


def _typed(rows: list[dict[str, str]], prefix: str) -> dict[str, frozenset[str]]:
    found: dict[str, set[str]] = {}
    for row in rows:
        if row["role"].startswith(prefix):
            found.setdefault(row["role"][len(prefix) :], set()).add(row["word"])
    return {type_: frozenset(words) for type_, words in found.items()}


@cache
def load_lexicon() -> Lexicon:
    files = ("places.tsv", *sorted(path.name for path in LEXICON_DIR.glob("places-*.tsv")))
    rows = [row for file in files for row in read_table(file)]
    names = {row["name"] for row in rows}
    places = {place.name: place for place in (_place(row, names) for row in rows)}
    area_rows = read_table("area_kinds.tsv")
    area_kinds = frozenset(row["word"] for row in area_rows)
    counties = [_written_short_too(row) for row in read_table("counties.tsv")]
    places |= _counties(counties, places, area_kinds)
    divisions_by_city = _divisions_by_city(counties, places, area_kinds)
    groups = {row["abbreviation"]: split_list(row["members"]) for row in read_table("place_groups.tsv")}
    named: dict[str, NamedThing] = {}
    for file, kind in (("courts.tsv", COURT), ("organisations.tsv", ORGANISATION)):
        for row in read_table(file):
            named[row["name"]] = NamedThing(row["name"], kind, split_list(row["aliases"]), split_list(row["within"]))
    aliases: dict[str, str] = {}
    for place in places.values():
        for surface in (place.full_name, *place.aliases):
            aliases.setdefault(surface, place.name)
    for thing in named.values():
        for surface in thing.aliases:
            aliases.setdefault(surface, thing.name)
    verbs = read_table("verbs.tsv")
    phrases = read_table("phrases.tsv")
    roles: dict[str, set[str]] = {}
    for row in phrases:
        roles.setdefault(row["role"].split(":")[0], set()).add(row["word"])
    return Lexicon(
        places=places,
        place_groups=groups,
        named=named,
        court_suffixes=tuple(
            sorted(
                (
                    CourtSuffix(r["suffix"], r["canonical"], r.get("type") or COURT)
                    for r in read_table("court_suffixes.tsv")
                ),
                key=lambda s: -len(s.suffix),
            )
        ),
        self_references={row["word"]: row["means"] for row in read_table("self_references.tsv")},
        predicates={
            row["word"]: row["predicate"]
            for row in verbs
            if row["role"] in ("verb", "pilot", "naming", "entering", "opening", "handing")
        },
        adverbs=frozenset(row["word"] for row in verbs if row["role"] == "adverb"),
        clause_adverbs=frozenset(row["word"] for row in verbs if row["role"] == "clause-adverb"),
        naming_verbs=frozenset(row["word"] for row in verbs if row["role"] == "naming"),
        entering_verbs=frozenset(row["word"] for row in verbs if row["role"] == "entering"),
        handing_verbs=frozenset(row["word"] for row in verbs if row["role"] == "handing"),
        opening_verbs=frozenset(row["word"] for row in verbs if row["role"] == "opening"),
        pilot_verbs=frozenset(row["word"] for row in verbs if row["role"] == "pilot"),
        heads={row["word"]: row["role"].split(":", 1)[1] for row in phrases if row["role"].startswith("head:")},
        bare_heads=frozenset(roles.get("bare", ())),
        inner_stop_words=frozenset(roles.get("inner", ())),
        followers=frozenset(row["word"] for row in phrases if row["role"] == "follower"),
        type_followers=_typed(phrases, "follower:"),
        name_followers=frozenset(roles.get("name-follower", ())),
        coordinators=frozenset(roles.get("coordinator", ())),
        quoted_document_heads=tuple(sorted(roles.get("quoted", ()), key=len, reverse=True)),
        institution_words=tuple(roles.get("institution", ())),
        stop_words=frozenset(roles.get("stop", ())),
        locatives=frozenset(roles.get("locative", ())),
        closers=frozenset(roles.get("closer", ())),
        examples=frozenset(roles.get("examples", ())),
        titled_heads=frozenset(roles.get("titled", ())),
        compounds=frozenset(roles.get("compound", ())),
        pilot_modified=frozenset(roles.get("pilot-modified", ())),
        generic_modifiers=frozenset(roles.get("generic", ())),
        idioms=tuple(sorted(roles.get("idiom", ()))),
        aliases=aliases,
        set_phrases=tuple(row["phrase"] for row in read_table("set_phrases.tsv")),
        subject_words=tuple(roles.get("subject", ())),
        scope_ends=frozenset(roles.get("scope-end", ())),
        area_kinds=area_kinds,
        named_areas=tuple(row["word"] for row in area_rows if row["after"] == "area"),
        divisions_by_city=divisions_by_city,
        division_names_by_city=_division_names_by_city(counties, places),
        shared_division_names=_shared_division_names(counties),
        branch_suffixes=tuple(
            sorted(((row["word"], row["type"]) for row in read_table("branch_suffixes.tsv")), key=lambda r: -len(r[0]))
        ),
        tribunal_words=TribunalWords.from_rows(read_table("tribunal_words.tsv")),
        body_modifiers=tuple(roles.get("body-modifier", ())),
    )


def _place(row: dict[str, str], names: set[str]) -> Place:
    """A row of places.tsv. A district or a city listed by its full name alone (上城区: 上城 is no name by itself,
    西湖 is a lake; 安康市) is recognised by that name only, and labelled as places are, without its 区 or 市 (上城,
    安康) — unless another place bears that name (朝阳区 stays 朝阳区 beside the city of 朝阳)."""
    name, full_name = row["name"], row["full_name"] or row["name"]
    within, aliases = split_list(row["within"]), split_list(row["aliases"])
    short = name[:-1]
    if row["kind"] == "district" and name == full_name and _SHORT_NAMED_DISTRICT.match(name) and short not in names:
        return Place(short, full_name, row["kind"], within, aliases, by_full_name_only=True)
    if row["kind"] == "city" and name == full_name and name.endswith("市") and len(short) >= 2 and short not in names:
        # 安康市: 安康 is a word ("well-being"); the city is named in full, or short where a court's name or an
        # enumeration of places says a place is meant (安康铁路运输法院, 汉中、安康、商洛)
        return Place(short, full_name, row["kind"], within, aliases, by_full_name_only=True)
    return Place(name, full_name, row["kind"], within, aliases)


# a district's full name whose short name is two characters or more and no kind of area (大鹏新区, 甘肃矿区 keep theirs)
_SHORT_NAMED_DISTRICT = re.compile(r"^[\u4e00-\u9fff]{2,}(?<![新矿])区$")


_AUTONOMOUS = {"自治县": "县", "自治旗": "旗"}


def _written_short_too(row: dict[str, str]) -> dict[str, str]:
    """An autonomous county or banner is written as a county or a banner too, its peoples left out (石林彝族自治县
    → 石林县, as 石林县法院 names its court)."""
    kind = next((short for ending, short in _AUTONOMOUS.items() if row["full_name"].endswith(ending)), None)
    aliases = split_list(row["aliases"])
    if kind is None or row["name"] + kind in aliases:
        return row
    return {**row, "aliases": "|".join([*aliases, row["name"] + kind])}


def _division_names_by_city(rows: list[dict[str, str]], places: dict[str, Place]) -> dict[str, frozenset[str]]:
    by_full_name = {place.full_name: place.name for place in places.values()}
    found: dict[str, set[str]] = {}
    for row in rows:
        if (city := by_full_name.get(row["within"])) is not None:
            found.setdefault(city, set()).add(row["full_name"])
    return {city: frozenset(names) for city, names in found.items()}


def _divisions_by_city(
    rows: list[dict[str, str]], places: dict[str, Place], area_kinds: frozenset[str]
) -> dict[str, dict[str, str]]:
    """counties.tsv's rows by city: a city's place name → its divisions' short names (of two characters or more) →
    their full names; none that is a kind of area (城区)."""
    by_full_name = {place.full_name: place.name for place in places.values()}
    found: dict[str, dict[str, str]] = {}
    for row in rows:
        city = by_full_name.get(row["within"])
        known = places.get(row["name"])
        if (
            city is not None
            # 长沙县 is no 长沙法院; but 贵阳's 白云区 is its own though places.tsv knows 广州's
            and (known is None or _lies_in_another_city(known, city, places))
            and row["name"] != row["full_name"]
            and row["full_name"] not in area_kinds
        ):
            found.setdefault(city, {})[row["name"]] = row["full_name"]
    return found


def _lies_in_another_city(place: Place, city: str, places: dict[str, Place]) -> bool:
    return any(w != city and w in places and places[w].kind in ("city", "municipality") for w in place.within)


def _shared_division_names(rows: list[dict[str, str]]) -> frozenset[str]:
    """The short names that county-level divisions of more than one city bear (鼓楼: 南京, 福州, 徐州, 开封)."""
    cities: dict[str, set[str]] = {}
    for row in rows:
        cities.setdefault(row["name"], set()).add(row["within"])
    return frozenset(name for name, within in cities.items() if len(within) > 1)


def _counties(rows: list[dict[str, str]], places: dict[str, Place], area_kinds: frozenset[str]) -> dict[str, Place]:
    """The county-level divisions of counties.tsv that a name tells apart: none whose full or short name another
    division bears too (鼓楼区 lies in four cities), that places.tsv lists already (it may say more), or that is
    also a kind of area (城区, 矿区). One whose short name is a known place's (长沙县 beside the city of 长沙) is
    kept by its full name alone, as its name too. Its aliases, the names it may bear since (宁乡县 became 宁乡市 in
    2017), are kept where nothing else bears them."""
    known = {surface for place in places.values() for surface in (place.name, place.full_name, *place.aliases)}
    by_full_name = {place.full_name: place.name for place in places.values()}
    full_names = Counter(row["full_name"] for row in rows)
    short_names = Counter(row["name"] for row in rows)
    found = {}
    for row in rows:
        name, full_name = row["name"], row["full_name"]
        if name in known and full_name not in known and full_names[full_name] == 1:
            name = full_name  # 长沙县: 长沙 is the city
        if full_names[full_name] > 1 or short_names[name] > 1 or {name, full_name} & known or full_name in area_kinds:
            continue
        within = by_full_name.get(row["within"])
        if within is None:
            continue
        aliases = tuple(a for a in split_list(row["aliases"]) if a not in full_names and a not in known)
        kind = "city" if full_name.endswith("市") else "district"  # as places.tsv has 余姚 and 象山
        found[name] = Place(name, full_name, kind, (within,), aliases, by_full_name_only=True)
    return found
