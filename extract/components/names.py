"""The names the lexicons list outright: places, joint abbreviations, named courts and organisations, and the
words by which a document names its own court (本院). Each is matched as the very words jieba cuts it into.

This does what spaCy's span_ruler with a phrase matcher on ORTH does, keeping the first longest of overlapping
matches, but it looks the doc's words up in a dict: the ruler's matching, deduplication and sorting of Span
objects cost more than the whole lookup.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from itertools import pairwise
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from reformkg.extract.components.common import (
    ISSUER_CITY,
    ISSUER_DIVISIONS,
    NEW_PLACES,
    TOWN_TRIBUNALS,
    set_spans,
    starts_of,
    text_of,
    words_of,
)
from reformkg.extract.lexicon import DIVISION_ENDINGS, Lexicon, load_lexicon
from reformkg.extract.records import COURT, ORGANISATION, PLACE
from reformkg.extract.tokenizer import LexiconJiebaTokenizer

LEXICON_KEY = "lexicon"
SELF_REFERENCE = "@self"  # the id of 本院/省法院: resolved to the issuer when the mentions are linked
_ANY_PLACE = "{place}"  # in a set phrase: any place's name


def lexicon_patterns(lexicon: Lexicon) -> list[dict[str, Any]]:
    """Every surface form of a place, joint abbreviation, named court or organisation, and the words by which a
    document names its own court, in span-ruler form. The id is the canonical name."""
    patterns: list[dict[str, Any]] = []
    for place in lexicon.places.values():
        if place.by_full_name_only:
            continue  # found by the characters of its full name (LexiconMatcher.divisions)
        for surface in place.surfaces:
            patterns.append({"label": PLACE, "pattern": surface, "id": place.name})
    for abbreviation in lexicon.place_groups:
        patterns.append({"label": PLACE, "pattern": abbreviation, "id": abbreviation})
    for thing in lexicon.named.values():
        for surface in {thing.name, *thing.aliases}:
            patterns.append({"label": thing.type, "pattern": surface, "id": thing.name})
    for word in lexicon.self_references:
        patterns.append({"label": COURT, "pattern": word, "id": SELF_REFERENCE})
    assert all(p["label"] in (PLACE, COURT, ORGANISATION) for p in patterns)
    return patterns


class LexiconMatcher:
    def __init__(
        self,
        nlp: Language,
        patterns: Iterable[dict[str, Any]],
        set_phrases: Iterable[str] = (),
        divisions: dict[str, str] | None = None,
        locatives: frozenset[str] = frozenset(),
        court_words: frozenset[str] = frozenset(),
        named_areas: tuple[str, ...] = (),
        verbs: frozenset[str] = frozenset(),
        cities: frozenset[str] = frozenset(),
    ) -> None:
        """`divisions`: the full names of county-level divisions known by those alone (秦州区) → the place. jieba
        is not taught them, so it cuts them as it will (望|城区, 秦州|区): they are found as the characters of one
        to three whole words that end with the division's suffix, never inside a word (沿海|城市 holds no 海城市)."""
        self.divisions = _Divisions.of(divisions or {})
        self._with_own: dict[tuple[tuple[str, str], ...], _Divisions] = {}  # the last document's, by its own
        self.locatives = locatives
        self.court_words = court_words
        self.named_areas = named_areas  # 新区, 开发区: what ends an area's name after a place's (_named_area)
        self.verbs = verbs
        self.cities = cities  # prefecture-level cities known by their full names alone (安康市)
        self.signs = locatives | court_words | {"、"}  # the words next to which a short name may be placed
        tokenizer = nlp.tokenizer
        self.common_word = tokenizer.common_word if isinstance(tokenizer, LexiconJiebaTokenizer) else lambda _: True
        # a phrase of the form 法治{place} is a slogan before any place (法治辽宁, 平安广东): its words before {place}
        self.slogans = tuple(phrase.removesuffix(_ANY_PLACE) for phrase in set_phrases if phrase.endswith(_ANY_PLACE))
        # and one of the form {place}微法院 names a thing after any place (贵州微法院, a court's app): its words after
        self.named_after = tuple(
            phrase.removeprefix(_ANY_PLACE) for phrase in set_phrases if phrase.startswith(_ANY_PLACE)
        )
        phrases = sorted((p for p in set_phrases if _ANY_PLACE not in p), key=len, reverse=True)
        self.set_phrases = re.compile("|".join(map(re.escape, phrases))) if phrases else None
        # first word → (all words, label, id); a name jieba cuts into several words is looked up by its first
        self.by_first_word: dict[str, list[tuple[tuple[str, ...], str, str]]] = {}
        for pattern in patterns:
            words = _words(nlp, pattern["pattern"])
            if words:
                entry = (words, pattern["label"], pattern["id"])
                self.by_first_word.setdefault(words[0], []).append(entry)

    def __call__(self, doc: Doc) -> Doc:
        words = words_of(doc)
        by_first_word = self.by_first_word
        matches: list[Span] = []
        for index in [index for index, word in enumerate(words) if word in by_first_word]:
            for name, label, id_ in by_first_word[words[index]]:
                end = index + len(name)
                if len(name) == 1 or tuple(words[index:end]) == name:
                    matches.append(Span(doc, index, end, label=label, span_id=id_))
        divisions = self._known_divisions(doc.user_data.get(ISSUER_DIVISIONS))
        matches += self._divisions(doc, words, divisions)
        matches += _basins(doc, words)
        matches += self._towns(doc, words)
        # an area opens with a place's name, or with a division's short name though it stands alone (和林格尔|新区)
        openers = [
            Span(doc, i, i + 1, label=PLACE, span_id=word)
            for i, word in enumerate(words)
            if word in divisions.names and not self.common_word(word)  # 会同 is a county, and "together with"
        ]
        matches += self._named_areas(doc, words, [*matches, *openers])
        if matches and self.set_phrases is not None:
            matches = self._outside_set_phrases(doc, matches)
        set_spans(doc, LEXICON_KEY, filter_spans(matches))  # overlapping names: the first longest wins
        return doc

    def _towns(self, doc: Doc, words: list[str]) -> list[Span]:
        """Towns and streets (径山镇, 良渚街道) where the document says they are: listed with another town, or
        named after one of its tribunals (良渚法庭) where a place may stand (在良渚街道). Each lies in the issuer's
        place; its name is without its 镇 or 街道."""
        text, starts = text_of(doc), starts_of(doc)
        tribunal_towns = {tribunal.town for tribunal in (doc.user_data.get(TOWN_TRIBUNALS) or {}).values()}
        written: list[Span] = []
        for start in starts:
            match = _TOWN.match(text, start)
            if match is None or self.common_word(match["town"]) or match["town"][0] in _NOT_A_TOWN:
                continue
            span = doc.char_span(match.start(), match.end(), label=PLACE, span_id=match["town"])
            if span is not None and (not written or written[-1].end <= span.start):
                written.append(span)
        listed: set[int] = set()
        for town, other in pairwise(written):
            if text[town.end_char : other.start_char] in LISTING:
                listed |= {town.start, other.start}
        found = [
            town
            for town in written
            if town.start in listed
            or (town.id_ in tribunal_towns and (town.start == 0 or words[town.start - 1] in _BEFORE_TOWN))
        ]
        for town in found:
            doc.user_data.setdefault(NEW_PLACES, {})[town.id_] = (town.text, doc.user_data.get(ISSUER_CITY))
        return found

    def _named_areas(self, doc: Doc, words: list[str], names: list[Span]) -> list[Span]:
        """Areas named after a place, as places.tsv's new areas are: each lies in its place (NEW_PLACES)."""
        found: list[Span] = []
        taken = {(name.start, name.end) for name in names}  # an area the lexicon names is no new one
        not_nouns = self.verbs | {word for name in names for word in words[name.start : name.end]}
        for place in names:
            area = _named_area(doc, words, place, self.named_areas, not_nouns) if place.label_ == PLACE else None
            if area is not None and (area.start, area.end) not in taken:
                taken.add((area.start, area.end))
                doc.user_data.setdefault(NEW_PLACES, {})[area.id_] = (area.id_, place.id_)
                found.append(area)
        return found

    def _known_divisions(self, own: dict[str, str] | None) -> _Divisions:
        """The divisions a name tells apart, and in a city's own document its own divisions besides, though
        another city has one of that name (石家庄's 平山县; 本溪 has a 平山区)."""
        if not own:
            return self.divisions
        key = tuple(sorted(own.items()))
        if key not in self._with_own:
            self._with_own = {key: _Divisions.of(self.divisions.by_full_name | {f: s for s, f in own.items()})}
        return self._with_own[key]

    def _divisions(self, doc: Doc, words: list[str], divisions: _Divisions) -> list[Span]:
        """The divisions named in full, and then by their short names too, as a reader takes them once the text
        has named them in full (瑞丽市人民法院…在瑞丽、河口等口岸: 瑞丽, not 河口)."""
        found = []
        for end in [index + 1 for index, word in enumerate(words) if word.endswith(DIVISION_ENDINGS)]:
            for start in range(max(0, end - 4), end):  # the longest first (瀍|河|回族|区: four words)
                place = divisions.by_full_name.get("".join(words[start:end]))
                if place is not None:
                    found.append(Span(doc, start, end, label=PLACE, span_id=place))
                    break
        named = {span.id_ for span in found}
        found += [Span(doc, i, i + 1, label=PLACE, span_id=word) for i, word in enumerate(words) if word in named]
        found += self._enumerated_divisions(doc, words, divisions) + self._placed_divisions(doc, words, divisions)
        if divisions is self.divisions:
            return found
        # before a court's word, the issuer's own division names that court (长安区法院, 长安法院), which the courts
        # component finds by its name
        return [
            span
            for span in found
            if span.id_ in self.divisions.names or span.end == len(words) or words[span.end] not in self.court_words
        ]

    def _placed_divisions(self, doc: Doc, words: list[str], divisions: _Divisions) -> list[Span]:
        """Divisions written short where the words around say a place is meant: before a court's name (迎泽法院,
        the courts of 迎泽), after a word of place (在珲春设立…), or enumerated with a place the lexicon knows (在西宁、
        格尔木设立…) — unless the short name is a common word too. A short name jieba does not know may be cut in two
        (晋|源|法院). Only the words next to such signs are looked at, while they may still spell a short name."""
        found: dict[tuple[int, int], Span] = {}
        count = len(words)
        for sign in [i for i, word in enumerate(words) if word in self.signs]:
            sign_word = words[sign]
            if sign_word in self.locatives or sign_word == "、":  # a name after it
                name = ""
                for end in range(sign + 2, min(sign + 4, count) + 1):
                    name += words[end - 1]
                    if name not in divisions.prefixes:
                        break
                    self._add_placed(doc, words, sign + 1, end, name, divisions, found)
            if sign_word in self.court_words or sign_word == "、":  # a name before it
                name = ""
                for start in range(sign - 1, max(sign - 4, -1), -1):
                    name = words[start] + name
                    if name not in divisions.suffixes:
                        break
                    self._add_placed(doc, words, start, sign, name, divisions, found)
        return list(found.values())

    def _add_placed(
        self,
        doc: Doc,
        words: list[str],
        start: int,
        end: int,
        name: str,
        divisions: _Divisions,
        found: dict[tuple[int, int], Span],
    ) -> None:
        if name in divisions.names and (start, end) not in found and self._placed(words, start, end, name):
            found[(start, end)] = Span(doc, start, end, label=PLACE, span_id=name)

    def _placed(self, words: list[str], start: int, end: int, name: str) -> bool:
        before = words[start - 1] if start else ""
        after = words[end] if end < len(words) else ""
        placed = before in self.locatives or after in self.court_words
        enumerated = (before == "、" and start > 1 and self._a_place(words[start - 2])) or (
            after == "、" and end + 1 < len(words) and self._a_place(words[end + 1])
        )
        # a city's short name that is a word too (安康) is a city here: no county's is
        return (placed or enumerated) and (not self.common_word(name) or name in self.cities)

    def _enumerated_divisions(self, doc: Doc, words: list[str], divisions: _Divisions) -> list[Span]:
        """Divisions written short, two or more enumerated together (在婺源、靖安探索…): alone a short name may be a
        word (会同 is "together with"), but names of counties enumerated one after another are the counties."""
        found: list[Span] = []
        index = 0
        while index < len(words):
            run = [index] if words[index] in divisions.names else []
            while run and run[-1] + 2 < len(words) and words[run[-1] + 1] == "、":
                if words[run[-1] + 2] not in divisions.names:
                    break
                run.append(run[-1] + 2)
            if len(run) >= 2:
                found += [Span(doc, i, i + 1, label=PLACE, span_id=words[i]) for i in run]
            index = run[-1] + 1 if run else index + 1
        return found

    def _a_place(self, word: str) -> bool:
        """Is the word a place's name by itself (西宁)?"""
        return any(label == PLACE and name == (word,) for name, label, _ in self.by_first_word.get(word, ()))

    def _outside_set_phrases(self, doc: Doc, matches: list[Span]) -> list[Span]:
        """Places inside a set phrase (法治中国, 中国特色社会主义) or a slogan (法治辽宁) are no mentions of the
        place."""
        assert self.set_phrases is not None
        text = text_of(doc)
        phrases = [(m.start(), m.end()) for m in self.set_phrases.finditer(text)]
        # a quoted slogan holding a place's name and more (“一江清水供京津”, “双西湖”) names no place either —
        # but for the courts it holds (“天津法院开放日”)
        quoted = [(m.start(), m.end()) for m in _QUOTED.finditer(text)]
        return [
            span
            for span in matches
            if span.label_ != PLACE
            or not (
                any(s <= span.start_char and span.end_char <= e for s, e in phrases)
                or (_in_longer_quotation(span, quoted) and not text.startswith(tuple(self.court_words), span.end_char))
                or text.endswith(self.slogans, 0, span.start_char)
                or text.startswith(self.named_after, span.end_char)
            )
        ]


_TOWN = re.compile(r"(?P<town>[\u4e00-\u9fff]{2,3}?)(?:街道|镇|乡)")
_BEFORE_TOWN = frozenset({"在", "于", "、", "和", "及", "与", "，", "（"})  # where a town's name may open
_NOT_A_TOWN = frozenset("各全本该每城乡村集在于和及与")  # 各乡镇, 城镇, 乡镇, 村镇 name no town; 在… opens none
LISTING = frozenset("、和及")  # what joins the names of a list: 径山镇、黄湖镇, 上海一中院、二中院
_WATER = "江河湖池淀水溪"  # the endings of a river's or a lake's name
BASIN = "流域"
_QUOTED = re.compile(r"“[^“”\n]{1,20}”")  # a quotation short enough to be a slogan


def _in_longer_quotation(span: Span, quotations: list[tuple[int, int]]) -> bool:
    """Is the name inside a quotation that holds more than the name (“双西湖”, not “深圳”)?"""
    return any(
        start < span.start_char < end and (start, end) != (span.start_char - 1, span.end_char + 1)
        for start, end in quotations
    )


def _named_area(
    doc: Doc, words: list[str], place: Span, endings: tuple[str, ...], not_nouns: frozenset[str]
) -> Span | None:
    """The area a place's name opens (和林格尔|新区, 长春|汽车|经济|技术开发区): nouns of two characters or more after
    it, the last ending in a kind of area that names one (area_kinds.tsv); no verb, name or court between."""
    for end in range(place.end, min(place.end + 4, len(words))):
        word = words[end]
        if len(word) < 2 or not word.isalnum() or word in not_nouns or "法院" in word:
            return None
        if word.endswith(endings):
            if words[end + 1 : end + 4 : 2] == ["（", "）"] and words[end + 2].isalnum():
                end += 3  # the district it is one with, in brackets: 杭州高新区（滨江）
            return Span(doc, place.start, end + 1, label=PLACE, span_id=doc[place.start : end + 1].text)
    return None


def _basins(doc: Doc, words: list[str]) -> list[Span]:
    """A river's or a lake's basin is a region, whether the lexicon lists it or not (金沙江流域, 滹沱河|流域): a
    water's name, then 流域, written as one word or two."""
    found = []
    for index, word in enumerate(words):
        if len(word) >= 4 and word.endswith(BASIN) and word[-3] in _WATER:
            found.append(Span(doc, index, index + 1, label=PLACE, span_id=word))
        elif word == BASIN and index and len(words[index - 1]) >= 2 and words[index - 1][-1] in _WATER:
            found.append(Span(doc, index - 1, index + 1, label=PLACE, span_id=words[index - 1] + word))
    return found


@dataclass(frozen=True)
class _Divisions:
    """County-level divisions to look for: full name → short name, and the short names' beginnings and endings,
    by which a short name cut into several words is spelled out word by word."""

    by_full_name: dict[str, str]
    names: frozenset[str]
    prefixes: frozenset[str]
    suffixes: frozenset[str]

    @staticmethod
    def of(by_full_name: dict[str, str]) -> _Divisions:
        names = frozenset(by_full_name.values())
        prefixes = frozenset(name[:i] for name in names for i in range(1, len(name) + 1))
        return _Divisions(
            by_full_name, names, prefixes, frozenset(name[i:] for name in names for i in range(len(name)))
        )


def _words(nlp: Language, text: str) -> tuple[str, ...]:
    """The words the pipeline's tokenizer cuts `text` into; our tokenizer says so without building a Doc, which
    for the lexicon's ~1,500 names is a tenth of a second of every cold start."""
    if isinstance(nlp.tokenizer, LexiconJiebaTokenizer):
        return tuple(nlp.tokenizer.segment(text)[0])
    return tuple(words_of(nlp.make_doc(text)))


@Language.factory("reformkg_names", assigns=["doc.spans"])
def make_lexicon_matcher(nlp: Language, name: str) -> LexiconMatcher:
    lexicon = load_lexicon()
    court_words = frozenset(s.suffix for s in lexicon.court_suffixes if s.type == COURT and "{" not in s.suffix)
    return LexiconMatcher(
        nlp,
        lexicon_patterns(lexicon),
        lexicon.set_phrases,
        lexicon.divisions,
        lexicon.locatives,
        court_words,
        lexicon.named_areas,
        lexicon.verbs,
        frozenset(p.name for p in lexicon.places.values() if p.by_full_name_only and p.kind == "city"),
    )
