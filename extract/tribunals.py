"""Tribunals that a court's plan names: town tribunals (人民法庭) such as 周市人民法庭, written short as 周市法庭,
and tribunals a court keeps in other cities, named after them (广州海事法院深圳法庭, written short as 深圳法庭).

No gazetteer lists the towns (there are some 40,000), and 法庭 also ends words that name no tribunal (速裁法庭,
车载法庭, 知识产权法庭). A town's tribunal is therefore known from the document itself: a name X (two or three
characters, a 镇 or 乡 after it allowed) that the document writes both as X人民法庭 and as X法庭 — a plan gives a
tribunal's full name, then its short one. In a basic court's own plan the tribunal is that court's
(昆山市人民法院周市人民法庭) and lies in its town; in any other plan it is named as written.

A court's tribunals in other places are known the same way: once the court's plan writes one with its court's name
(广州海事法院深圳法庭), a known place's name before 法庭 anywhere in it (湛江法庭) names another of them, lying in
that place. Courts with such tribunals are courts of special jurisdiction (maritime, railway transport), whose
tribunals sit in the ports and cities of a whole province.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

_FULL = "人民法庭"
_SHORT = "法庭"
_TOWN = re.compile(r"[\u4e00-\u9fff]{2,3}?[镇乡]?$")
_CHINESE = re.compile(r"[\u4e00-\u9fff]+")
_BEFORE = 4  # characters read before 人民法庭 or 法庭: a town's name and its 镇


@dataclass(frozen=True, slots=True)
class TribunalWords:
    """Words before 人民法庭 or 法庭 that name no town (ontology/lexicon/tribunal_words.tsv)."""

    kinds: tuple[str, ...] = ()  # a kind of tribunal, before 人民法庭 and 法庭 alike: 巡回, 速裁
    short_kinds: tuple[str, ...] = ()  # before 法庭 alone, besides the kinds: 车载, 金融, 各
    quantifiers: tuple[str, ...] = ()  # open a word that counts tribunals: 每, 两

    @classmethod
    def from_rows(cls, rows: Iterable[dict[str, str]]) -> TribunalWords:
        by_role: dict[str, list[str]] = {}
        for row in rows:
            by_role.setdefault(row["role"], []).append(row["word"])
        kinds = tuple(by_role.get("kind", ()))
        return cls(kinds, kinds + tuple(by_role.get("short", ())), tuple(by_role.get("quantifier", ())))

    def open_no_name(self, name: str, words: frozenset[str]) -> bool:
        """Does `name` open with a quantifier (每名法庭) or one of `words`, the verbs and conjunctions a name follows
        (由周市|法庭, 依托|人民法庭)? Then it names no town."""
        return name.startswith(self.quantifiers) or any(name.startswith(word) for word in words)


@dataclass(frozen=True, slots=True)
class Tribunal:
    label: str  # canonical: 昆山市人民法院周市人民法庭
    town: str  # the town it lies in: 周市
    within: str | None  # the place the town lies in, where the issuer's own court says it: 昆山


def town_tribunals(
    texts: Iterable[str], issuer: str | None, issuer_place: str | None, words: TribunalWords
) -> dict[str, Tribunal]:
    """Each way the texts write a town's tribunal (周市人民法庭, 周市镇人民法庭, 周市法庭) → the tribunal."""
    full: set[str] = set()
    short: set[str] = set()
    for text in texts:
        for match in re.finditer(_FULL, text):
            full.update(_endings(text[max(0, match.start() - _BEFORE) : match.start()]))
        for match in re.finditer(f"(?<!人民){_SHORT}", text):
            short.update(_endings(text[max(0, match.start() - _BEFORE) : match.start()]))
    towns = {_bare(name) for name in full} & {_bare(name) for name in short}
    # the longest name that both forms write (周市, not 市), and no kind of tribunal
    towns = {town for town in towns if not any(other != town and other.endswith(town) for other in towns)}
    found = {}
    for town in sorted(towns):
        if town.endswith(words.kinds):
            continue
        own = issuer is not None and basic_court(issuer)
        tribunal = Tribunal(f"{issuer if own else ''}{town}{_FULL}", town, issuer_place if own else None)
        for written in (f"{town}{_FULL}", f"{town}镇{_FULL}", f"{town}乡{_FULL}", f"{town}{_SHORT}"):
            found[written] = tribunal
    return found


def own_short_tribunals(
    texts: Iterable[str],
    issuer: str | None,
    issuer_place: str | None,
    tribunal_words: TribunalWords,
    words: frozenset[str],
) -> dict[str, Tribunal]:
    """A basic court's own plan names its tribunals short (中关村法庭, 西北旺法庭) and may never write them in
    full: a name of two or three characters before 法庭, after a break or one of `words` (the verbs, prepositions
    and conjunctions a name follows: 支持|清河法庭, 在|中关村法庭), that names no kind of tribunal."""
    if issuer is None or not basic_court(issuer):
        return {}
    found = {}
    for text in texts:
        for match in re.finditer(f"(?<!人民){_SHORT}", text):
            for size in (3, 2):
                start = match.start() - size
                town = text[start : match.start()]
                if start < 0 or not _CHINESE.fullmatch(town) or town.endswith(tribunal_words.short_kinds):
                    continue
                if tribunal_words.open_no_name(town, words):
                    continue  # 由周市|法庭 is 由|周市法庭; 每名法庭 names none
                if start == 0 or not text[start - 1].isalnum() or any(text.endswith(w, 0, start) for w in words):
                    tribunal = Tribunal(f"{issuer}{town}{_FULL}", town, issuer_place)
                    found[f"{town}{_SHORT}"] = found[f"{town}{_FULL}"] = tribunal
                    break
    return found


def _endings(before: str) -> list[str]:
    """The names of two to four characters that end `before`: candidates for a town's name."""
    return [before[-size:] for size in (2, 3, 4) if len(before) >= size and _TOWN.match(before[-size:])]


def _bare(name: str) -> str:
    return name[:-1] if len(name) > 2 and name[-1] in "镇乡" else name


def basic_court(court: str) -> bool:
    """A county's, a county-level city's or a district's court: the court whose tribunals they are."""
    return court.endswith(("县人民法院", "市人民法院", "区人民法院", "旗人民法院")) and not court.endswith(
        ("高级人民法院", "中级人民法院")
    )


def place_tribunals(
    texts: Sequence[str], issuer: str | None, place: Callable[[str], str | None]
) -> dict[str, Tribunal]:
    """Each way the texts write one of the issuer's tribunals named after a place (广州海事法院深圳法庭, 深圳法庭) →
    the tribunal; `place` gives a known place's name for a way of writing it, else None."""
    if issuer is None:
        return {}
    named = re.compile(re.escape(issuer) + r"([\u4e00-\u9fff]{2,4}?)" + _SHORT)
    if not any(place(match.group(1)) for text in texts for match in named.finditer(text)):
        return {}
    found = {}
    for text in texts:
        for match in re.finditer(f"(?<!人民){_SHORT}", text):
            before = text[max(0, match.start() - _BEFORE) : match.start()]
            # the longest known place that ends the words before 法庭 (湛江, not 江)
            written = next((name for name in _endings(before)[::-1] if place(name)), None)
            if written is None:
                continue
            tribunal = Tribunal(f"{issuer}{written}{_SHORT}", place(written) or written, None)
            found[f"{written}{_SHORT}"] = found[f"{issuer}{written}{_SHORT}"] = tribunal
    return found
