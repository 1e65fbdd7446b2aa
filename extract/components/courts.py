"""Courts named by a place and a court suffix: 深圳中院 → 深圳市中级人民法院, 广州互联网法院, 重庆五中院; and in the
same way the other bodies of a place (福建省人民检察院, 宁波市律师协会, 重庆市司法局).

The suffixes and the canonical name templates are data (ontology/lexicon/court_suffixes.tsv); the places
come from the name matcher that runs before this component.
"""

from __future__ import annotations

import re
from dataclasses import replace

from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from reformkg.extract.components.common import (
    ISSUER_CITY,
    ISSUER_DIVISIONS,
    NEW_PLACES,
    TOWN_TRIBUNALS,
    set_spans,
    spans_of,
    starts_of,
    text_of,
    words_of,
)
from reformkg.extract.components.names import BASIN, LEXICON_KEY, LISTING, SELF_REFERENCE
from reformkg.extract.lexicon import DIVISION_ENDINGS, Lexicon, Place, load_lexicon
from reformkg.extract.records import COURT, ORGANISATION, PLACE
from reformkg.extract.tribunals import Tribunal, basic_court

# Where a court found here lies: canonical court name → canonical places.
COURT_PLACES = "reformkg_court_places"
# Courts of a district named without their city (雁塔区人民法院, 碑林区法院): court id → the district (雁塔区). The
# document's issuer may say which city that is (extract/linking.py).
BARE_DISTRICT_COURTS = "reformkg_bare_district_courts"


class CourtRecogniser:
    def __init__(self, lexicon: Lexicon) -> None:
        self.lexicon = lexicon
        self.patterns = [(suffix, suffix.pattern()) for suffix in lexicon.court_suffixes]
        # Most places are not followed by a court suffix: one test spares trying every suffix in turn.
        # (Several suffixes name a group n, which one pattern may name only once; this one needs no groups.)
        alternatives = "|".join(f"(?:{pattern.pattern})" for _, pattern in self.patterns)
        self.any_suffix = re.compile(alternatives.replace("(?P<n>", "("))

    def __call__(self, doc: Doc) -> Doc:
        names = spans_of(doc, LEXICON_KEY)
        located: dict[str, tuple[str, ...]] = doc.user_data.setdefault(COURT_PLACES, {})
        courts: list[Span] = []
        for span in [s for s in names if s.label_ == PLACE]:
            court = self._court_after(doc, span)
            if court is not None:
                courts.append(court[0])
                located[court[0].id_] = court[1]
        courts += self._tribunals(doc, [*[s for s in names if s.label_ == COURT], *courts], located)
        courts += self._bare_district_courts(doc, [*names, *courts])
        courts += self._short_district_courts(doc, [*names, *courts], located)
        courts += self._cut_before_self_references(doc, names, located)
        courts += _town_tribunals(doc, [*names, *courts], located)
        courts += _numbered_courts_listed_after_another([*[s for s in names if s.label_ == COURT], *courts], located)
        courts += self._branches(doc, [*names, *courts])  # 杭州市公安局|西湖区|分局: a body found here too
        courts += self._own_bodies(doc, [*names, *courts])
        if courts:  # else the names stand as the name matcher left them
            # A court swallows its place (深圳中院 does not mention 深圳), and so does a region named after it
            # (合肥都市圈); another body keeps it (福建省人民检察院 mentions 福建): the longest wins, then the places
            # inside bodies come back.
            kept = filter_spans([*names, *courts])
            inside_bodies = [
                place
                for place in names
                if place.label_ == PLACE
                and place not in kept
                and any(
                    body.label_ not in (COURT, PLACE) and body.start <= place.start and place.end <= body.end
                    for body in kept
                )
            ]
            set_spans(doc, LEXICON_KEY, sorted([*kept, *inside_bodies], key=lambda span: (span.start, -span.end)))
        return doc

    def _tribunals(self, doc: Doc, courts: list[Span], located: dict[str, tuple[str, ...]]) -> list[Span]:
        """A tribunal named after its court is a court of its own: (设立)最高人民法院第一巡回法庭, 最高人民法院国际商事
        法庭 name the tribunal, not only the Supreme People's Court; it lies where its court lies. A numbered circuit
        court written alone (第二巡回法庭) is the Supreme People's Court's: no other court numbers its circuits."""
        text = text_of(doc)
        found = []
        places = {span.start_char: span for span in spans_of(doc, LEXICON_KEY) if span.label_ == PLACE}
        for court in courts:
            match = _TRIBUNAL.match(text, court.end_char)
            if match is not None:
                span = doc.char_span(court.start_char, match.end(), label=COURT)
                if span is not None:
                    span.id_ = court.id_ + match.group()
                    located[span.id_] = located.get(court.id_, ())
                    found.append(span)
            else:
                found += self._named_tribunal(doc, court, places.get(court.end_char), located)
        taken = {index for span in [*courts, *found] for index in range(span.start_char, span.end_char)}
        for match in _NUMBERED_CIRCUIT_COURT.finditer(text):
            span = doc.char_span(match.start(), match.end(), label=COURT)
            if span is not None and match.start() not in taken:
                span.id_ = SUPREME_COURT + match.group()
                found.append(span)
        return found

    def _named_tribunal(
        self, doc: Doc, court: Span, place: Span | None, located: dict[str, tuple[str, ...]]
    ) -> list[Span]:
        """A tribunal written after its court's name: a town's (乐清市人民法院柳市人民法庭), lying in the town, or
        one named after a place (宁波海事法院温州法庭), lying there."""
        text = text_of(doc)
        if place is not None and text.startswith(_SHORT_TRIBUNAL, place.end_char):
            end, town, lies_in = place.end_char + len(_SHORT_TRIBUNAL), None, place.id_
        else:
            match = _TOWN_TRIBUNAL.match(text, court.end_char)
            if match is None or not basic_court(court.id_) or not self._names_a_town(match["town"]):
                return []
            end, town = match.end(), match["town"]
            lies_in = town
        span = doc.char_span(court.start_char, end, label=COURT)
        if span is None:
            return []
        span.id_ = court.id_ + text[court.end_char : end]
        located[span.id_] = (lies_in,)
        if town is not None and located.get(court.id_):
            doc.user_data.setdefault(NEW_PLACES, {})[town] = (town, located[court.id_][0])
        return [span]

    def _names_a_town(self, words: str) -> bool:
        """Words before 人民法庭 that may be a town's name: no kind of tribunal (巡回), no verb or conjunction that
        opens a clause (依托|人民法庭, 及其|人民法庭), no quantifier (各)."""
        tribunals = self.lexicon.tribunal_words
        return not (words.endswith(tribunals.kinds) or tribunals.open_no_name(words, self.lexicon.words_before_names))

    def _court_after(self, doc: Doc, place_span: Span) -> tuple[Span, tuple[str, ...]] | None:
        rest = text_of(doc)[place_span.end_char : place_span.end_char + 12]
        district = self._district_court(doc, place_span, rest)
        if district is not None:
            return district
        if self.any_suffix.match(rest) is None:
            return None
        name = place_span.id_
        group = self.lexicon.place_groups.get(name)
        place = self.lexicon.places.get(name)
        area = doc.user_data.get(NEW_PLACES, {}).get(name) if place is None else None
        if area is not None:  # an area named after a place (长春汽车经济技术开发区): a new area, lying there
            place = Place(name, area[0], "new_area", (area[1],), ())
        elif place is None and name.endswith(BASIN) and not rest.startswith("法院"):
            # a basin the lexicon does not list names its tribunals (骆马湖流域|环境资源法庭), where 法院 after it
            # may be the courts of a list of basins (滹沱河流域、金沙江流域|法院协作机制)
            place = Place(name, name, "region", (), ())
        city = doc.user_data.get(ISSUER_CITY)
        own = self.lexicon.division_names_by_city.get(city, frozenset()) if city else frozenset()
        if place is not None and city and city not in place.within and place_span.text in own:
            # the issuer's city's own division, another city's bearing its name too (贵阳's 白云区, not 广州's)
            place = replace(place, full_name=place_span.text, kind="district", within=(city,))
        if (
            place is not None
            and place.by_full_name_only
            and place_span.text.endswith(DIVISION_ENDINGS)
            and place_span.text[-1:] != place.full_name[-1:]
        ):
            # renamed: its courts bear the name it bears now (宁乡市), a district's under its city's (即墨市 →
            # 青岛市即墨区); a name that leaves out its nations (管城区) is no new name: its courts keep the full one
            kind = "district" if place_span.text.endswith("区") else place.kind
            place = replace(place, full_name=place_span.text, kind=kind)
        for suffix, pattern in self.patterns:
            match = pattern.match(rest)
            if not match:
                continue
            end = place_span.end_char + match.end()
            span = doc.char_span(place_span.start_char, end, label=suffix.type)
            if span is None:  # the suffix ends inside a word (深圳法院学): not a court name
                continue
            if group is not None:  # 成渝金融法院: a court of a joint region, known by its short name only
                if "{full}" in suffix.canonical:
                    continue
                canonical = suffix.canonical.format(name=name, full=name, n="")
                places = group
            elif place is not None and suffix.suffix == "法院" and self._division_written_in_full(place, place_span):
                canonical = f"{self._qualified(place)}人民法院"  # 包河区法院: the district's one court
                places = (place.name,)
            elif place is not None:
                # a district's courts carry its city's name (北京市海淀区人民法院); its other bodies are named as they
                # name themselves (海淀区人民检察院)
                full = self._qualified(place) if suffix.type == COURT else place.full_name
                canonical = suffix.canonical.format(
                    name=place.name, full=full, n=match.groupdict().get("n", ""), written=place_span.text
                )
                places = (place.name,)
            else:
                return None
            span, parent = self._with_parent_place(doc, place_span, span, place)
            if (
                parent is not None
                and parent.kind not in _PROVINCES
                and not canonical.startswith((parent.name, parent.full_name))
            ):
                # 上海市浦东新区人民法院, written so; but a city's courts are named without their province
                # (四川省成都市中级人民法院 is 成都市中级人民法院)
                canonical = parent.full_name + canonical
            span.id_ = canonical
            return span, places
        return None

    def _branches(self, doc: Doc, names: list[Span]) -> list[Span]:
        """国家金融监督管理总局佛山监管分局, 中国人民银行上海分行: a national body's branch in a place, named by the
        body, the place and a word for a branch (branch_suffixes.tsv); one body, labelled as written. So too a
        region's part in a place (中国（湖南）自由贸易试验区长沙片区): one place, lying in that place."""
        text = text_of(doc)
        places = {span.start_char: span for span in names if span.label_ == PLACE}
        found = []
        for whole in names:
            place = places.get(whole.end_char) if whole.label_ in (ORGANISATION, PLACE) else None
            if place is None:
                continue
            suffix = next(
                (
                    w
                    for w, type_ in self.lexicon.branch_suffixes
                    if type_ == whole.label_ and text.startswith(w, place.end_char)
                ),
                None,
            )
            span = None if suffix is None else doc.char_span(whole.start_char, place.end_char + len(suffix))
            if span is not None:
                span = Span(doc, span.start, span.end, label=whole.label_)
                span.id_ = span.text
                found.append(span)
                if whole.label_ == PLACE:
                    doc.user_data.setdefault(NEW_PLACES, {})[span.id_] = (span.id_, place.id_)
        return found

    def _own_bodies(self, doc: Doc, taken: list[Span]) -> list[Span]:
        """省司法厅, 自治区司法厅, 市总工会, 区委政法委: a body (not a court: 省法院 is the issuer) of the document's
        own province, autonomous region, city or district, named by 省, 自治区, 市 or 区 alone, labelled as written."""
        words, starts = words_of(doc), starts_of(doc)
        # 省, 市 … as a word, or opening one that jieba holds whole with the body's name (区政府); most work points
        # have none
        candidates = [(i, own) for i, word in enumerate(words) if (own := _own_place_opening(word)) is not None]
        if not candidates:
            return []
        covered = _covered(taken)
        text = text_of(doc)
        found = []
        for index, own in candidates:
            at, size = starts[index], len(own)
            rest = text[at + size : at + size + 12]
            if index in covered or self.any_suffix.match(rest) is None:
                continue
            for suffix, pattern in self.patterns:
                match = pattern.match(rest)
                if suffix.type == COURT or "{full}" not in suffix.canonical or match is None:
                    continue
                span = doc.char_span(at, at + size + match.end(), label=suffix.type)
                if span is not None:
                    span.id_ = span.text
                    found.append(span)
                break
        return found

    def _bare_district_courts(self, doc: Doc, taken: list[Span]) -> list[Span]:
        """雁塔区人民法院, 碑林区法院, 浏阳市人民法院: a district's, county's or county-level city's court named
        without its city — a word ending in 区, 县 or 市 that the gazetteer does not know and that is no kind of area
        (辖区, 开发区, 县级市), then 人民法院 or 法院."""
        words = words_of(doc)
        candidates = [i for i in range(len(words) - 1) if words[i + 1] in ("人民法院", "法院")]
        if not candidates:
            return []
        covered = _covered(taken)
        found = []
        for index in candidates:
            name = words[index]
            if (
                3 <= len(name) <= 5
                and not set(name) <= _LEVELS  # 县市区法院: the courts of every level
                and name[-1] in "区县市"
                and not {index, index + 1} & covered
                and name not in self.lexicon.area_kinds
                and name[0] not in _NOT_A_DISTRICT
                and self.lexicon.place(name[:-1]) is None
            ):
                span = Span(doc, index, index + 2, label=COURT)
                span.id_ = span.text
                doc.user_data.setdefault(BARE_DISTRICT_COURTS, {})[span.id_] = name
                found.append(span)
        return found

    def _cut_before_self_references(
        self, doc: Doc, names: list[Span], located: dict[str, tuple[str, ...]]
    ) -> list[Span]:
        """安宁|市法院: a county-level city whose name is a word too (安宁 is "peace") is cut off its ending, which
        jieba joins to the court's word as the self-reference 市法院. Where the name and the ending make a
        division the gazetteer or the issuer's city knows, the two words name that division's court."""
        words = words_of(doc)
        divisions = doc.user_data.get(ISSUER_DIVISIONS) or {}
        own = {full: short for short, full in divisions.items()}
        found = []
        for span in names:
            if span.id_ != SELF_REFERENCE or span.start == 0 or span.text[0] not in DIVISION_ENDINGS:
                continue
            full_name = words[span.start - 1] + span.text[0]
            place = self.lexicon.place(full_name)
            short = place.name if place is not None and place.full_name == full_name else own.get(full_name)
            if short is None or span.text[1:] not in ("法院", "人民法院"):
                continue
            court = Span(doc, span.start - 1, span.end, label=COURT)
            court.id_ = f"{full_name}人民法院"
            located[court.id_] = (short,)
            if short not in self.lexicon.places:  # one of the issuer's city's own, known from the court's name
                doc.user_data.setdefault(NEW_PLACES, {})[short] = (full_name, doc.user_data[ISSUER_CITY])
            found.append(court)
        return found

    def _short_district_courts(self, doc: Doc, taken: list[Span], located: dict[str, tuple[str, ...]]) -> list[Span]:
        """西湖法院, 光明法院: the courts of a district known by its full name alone (西湖区: 西湖 is a lake), named
        by its short name as 福田法院 is, labelled as written. In a city's own document, any of its divisions so
        named, though another city has one of that name (西安's 新城法院, 长安法院)."""
        words = words_of(doc)
        covered = _covered(taken)
        own: dict[str, str] = doc.user_data.get(ISSUER_DIVISIONS) or {}
        found = []
        for index in [i for i in range(len(words) - 1) if words[i + 1] == "法院" and 2 <= len(words[i]) <= 3]:
            place = self.lexicon.place(f"{words[index]}区")
            if {index, index + 1} & covered:
                continue
            if place is not None and place.by_full_name_only:
                name = place.name
            elif words[index] in own:
                name = words[index]
            else:
                continue
            span = Span(doc, index, index + 2, label=COURT)
            span.id_ = span.text
            located[span.id_] = (name,)
            found.append(span)
        return found

    def _district_court(self, doc: Doc, place_span: Span, rest: str) -> tuple[Span, tuple[str, ...]] | None:
        """The court of a district or county the gazetteer does not list, written under its city: 南宁市青秀区人民
        法院, 昆明市官渡区人民法院 — a court of that district, which lies in the city."""
        place = self.lexicon.places.get(place_span.id_)
        match = _DISTRICT_COURT.match(rest)
        if place is None or place.kind not in _CITIES or match is None:
            return None
        district = match["district"]
        if _NOT_A_DISTRICT & set(district) or district in self.lexicon.area_kinds:
            return None
        known = self.lexicon.places.get(district[:-1]) or self.lexicon.places.get(
            self.lexicon.aliases.get(district, "")
        )
        namesake = known is not None and place.name not in known.within
        if known is not None and not (namesake and district in self.lexicon.division_names_by_city.get(place.name, ())):
            return None  # a district the gazetteer knows: its own place span names the court
        span = doc.char_span(place_span.start_char, place_span.end_char + match.end(), label=COURT)
        if span is None:
            return None
        span.id_ = f"{place.full_name}{district}人民法院"
        if namesake:  # 南昌市西湖区人民法院, though the gazetteer's 西湖 is 杭州's: the court lies in the city written
            return span, (place.name,)
        doc.user_data.setdefault(NEW_PLACES, {})[district[:-1]] = (district, place.name)
        return span, (district[:-1],)

    def _with_parent_place(
        self, doc: Doc, place_span: Span, court: Span, place: Place | None
    ) -> tuple[Span, Place | None]:
        """北京市朝阳区人民法院: the city written before the district is part of the court's name; the city."""
        if place is None or place_span.start == 0:
            return court, None
        before = next((s for s in spans_of(doc, LEXICON_KEY) if s.end == place_span.start and s.label_ == PLACE), None)
        if before is None or not self._lies_in(place, before.id_):
            return court, None
        return Span(doc, before.start, court.end, label=court.label_), self.lexicon.places.get(before.id_)

    def _lies_in(self, place: Place, name: str) -> bool:
        """Does the place lie in the one named, directly or further up (浙江省|嘉善县人民法院: the province
        written before a county, its city left out)?"""
        return name in place.within or any(name in self.lexicon.ancestors(within) for within in place.within)

    def _division_written_in_full(self, place: Place, written: Span) -> bool:
        """Is this a district, county or county-level city written with its 区, 县 or 市 (包河区, 浏阳市)? Its 法院
        is its one people's court, where 深圳法院 and 包河法院 may mean every court of the place."""
        city = self.lexicon.places.get(place.within[0]) if place.within else None
        return (
            written.text.endswith(DIVISION_ENDINGS)
            and place.kind in ("district", "city")
            and city is not None
            and city.kind in _CITIES | {"prefecture"}
        )

    def _qualified(self, place: Place) -> str:
        """A district's courts carry their city's name (朝阳区 → 北京市朝阳区人民法院) unless the district's own
        full name already does (重庆两江新区); a county's or a county-level city's do not (余姚市人民法院,
        象山县人民法院)."""
        if place.kind not in _BELOW_CITY or not place.within:
            return place.full_name
        return qualified_district(place.full_name, self.lexicon.places.get(place.within[0]))


# A district or county court under a city, its people's court however written (鞍山市铁东区法院): the district's
# name is one to three characters that are no word of quantity or reference (各区县人民法院, 全市区县人民法院 are
# groups, not courts).
_DISTRICT_COURT = re.compile(r"市?(?P<district>[\u4e00-\u9fff]{1,3}?[区县])(?:人民)?法院")


def qualified_district(district: str, city: Place | None) -> str:
    """How a district's courts name it: with its city's name (雁塔区 → 西安市雁塔区) unless its own full name
    already says it (重庆两江新区); a county or a county-level city alone (象山县, 余姚市)."""
    if city is None or not district.endswith("区") or district.startswith(city.name):
        return district
    return city.full_name + district


def _town_tribunals(doc: Doc, taken: list[Span], located: dict[str, tuple[str, ...]]) -> list[Span]:
    """The document's tribunals written in this item (周市法庭, 深圳法庭): courts that lie in their towns or
    cities. A tribunal's name holds its place's and may hold its court's (广州海事法院深圳法庭), not cross a name."""
    tribunals: dict[str, Tribunal] = doc.user_data.get(TOWN_TRIBUNALS) or {}
    text = text_of(doc)
    if not tribunals or "法庭" not in text:
        return []
    found: list[Span] = []
    for written in sorted(tribunals, key=len, reverse=True):
        start = text.find(written)
        while start != -1:
            span = doc.char_span(start, start + len(written), label=COURT)
            if span is not None and not any(_crosses(span, other) for other in [*taken, *found]):
                tribunal = tribunals[written]
                span.id_ = tribunal.label
                located[tribunal.label] = (tribunal.town,)
                if tribunal.within is not None:
                    doc.user_data.setdefault(NEW_PLACES, {})[tribunal.town] = (tribunal.town, tribunal.within)
                found.append(span)
            start = text.find(written, start + len(written))
    return found


def _crosses(span: Span, other: Span) -> bool:
    """`other` overlaps `span` without lying inside it."""
    return (
        other.start < span.end and span.start < other.end and not (span.start <= other.start and other.end <= span.end)
    )


def _numbered_courts_listed_after_another(courts: list[Span], located: dict[str, tuple[str, ...]]) -> list[Span]:
    """A numbered intermediate court listed right after another of its city is that city's: 上海一中院、|二中院,
    北京市第一中级人民法院和|第三中级人民法院."""
    if not courts:
        return []
    doc = courts[0].doc
    text = text_of(doc)
    cities = {
        span.end_char: (span.id_, match["city"]) for span in courts if (match := _NUMBERED_COURT_NAME.match(span.id_))
    }
    found = []
    for match in _NUMBERED_COURT.finditer(text):
        before = match.start() - 1
        listed = cities.get(before) if before >= 0 and text[before] in LISTING else None
        span = doc.char_span(match.start(), match.end(), label=COURT) if listed is not None else None
        if listed is None or span is None:
            continue
        court, city = listed
        span.id_ = f"{city}第{match['n']}中级人民法院"
        located[span.id_] = located.get(court, ())
        cities[span.end_char] = (span.id_, city)  # …、二中院、三中院
        found.append(span)
    return found


_NUMBERED_COURT = re.compile(r"第?(?P<n>[一二三四五六七八九])中(?:级人民法)?院")
_NUMBERED_COURT_NAME = re.compile(r"(?P<city>.+市)第[一二三四五六七八九]中级人民法院$")


def _covered(spans: list[Span]) -> set[int]:
    """The tokens that names found already hold."""
    return {index for span in spans for index in range(span.start, span.end)}


# the document's own province (an autonomous region's too), city, district or county written alone; 兵团: the
# Xinjiang Production and Construction Corps
_OWN_PLACE = frozenset({"省", "自治区", "市", "区", "县", "兵团"})


def _own_place_opening(word: str) -> str | None:
    return word if word in _OWN_PLACE else next((own for own in _OWN_PLACE if word.startswith(own)), None)


_CIRCUIT_NUMBER = "第[一二三四五六七八九十]{1,2}"
_TRIBUNAL = re.compile(rf"(?:{_CIRCUIT_NUMBER})?巡回法庭|国际商事法庭|知识产权法庭")
# a town's tribunal written after its basic court's full name: two or three characters, a 镇 or 乡 allowed
_TOWN_TRIBUNAL = re.compile(r"(?P<town>[\u4e00-\u9fff]{2,3}?)[镇乡]?人民法庭")
_SHORT_TRIBUNAL = "法庭"
_NUMBERED_CIRCUIT_COURT = re.compile(rf"{_CIRCUIT_NUMBER}巡回法庭")
SUPREME_COURT = "最高人民法院"
_NOT_A_DISTRICT = frozenset("各全等所该本有两多")
_LEVELS = frozenset("省市县区旗")
_CITIES = frozenset({"city", "municipality"})
_PROVINCES = frozenset({"province", "autonomous_region"})
_BELOW_CITY = frozenset({"district"})  # a new area's full name says its city where its courts do (重庆两江新区)


@Language.factory("reformkg_courts", requires=["doc.spans"], assigns=["doc.spans"])
def make_court_recogniser(nlp: Language, name: str) -> CourtRecogniser:
    return CourtRecogniser(load_lexicon())
