"""Small helpers the components share. Building spaCy Token and Span objects, and Doc.text, cost more than the
rules that read them, so the tokens' texts, offsets and clause breaks are computed once per doc and cached."""

from __future__ import annotations

import re
from itertools import accumulate

from spacy.tokens import Doc, Span

_TEXT = "reformkg_text"
_LEXICON_ENDS = "reformkg_lexicon_ends"
_WORDS = "reformkg_words"
_STARTS = "reformkg_starts"
_BREAKS = "reformkg_breaks"
CLAUSE_BREAKS = frozenset("，。；：！？\n,;:!?（）")
WHITESPACE = re.compile(r"\s")  # what str.isspace calls whitespace
# The number of a point inside a work point (1. 2、 ③): the tokenizer makes it one token, a clause break.
POINT_MARKER = re.compile(r"\d{1,3}[.、](?![\d.])|[①-⑳]")
# The county-level divisions of the city whose court issues the document, short name → full name
# (Lexicon.divisions_by_city), set on each item's Doc before the pipeline runs: a city's court names its own
# divisions, though another city has one of that name.
ISSUER_DIVISIONS = "reformkg_issuer_divisions"
# Places the gazetteer does not list, known from a court's name or an area's: short name → (full name, the place it
# lies in)
NEW_PLACES = "reformkg_new_places"
# The town tribunals the whole document names (extract/tribunals.py), set on each item's Doc before the pipeline
# runs: each way of writing one → the tribunal.
TOWN_TRIBUNALS = "reformkg_town_tribunals"
ISSUER_CITY = "reformkg_issuer_city"  # and that city's place name, where it has divisions
_POINT_ENDS = frozenset(".、①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳")


def remember_text(doc: Doc, text: str, words: list[str], spaces: list[bool]) -> None:
    """Called by the tokenizer, which knows the text, the words and the spaces without asking the doc."""
    doc.user_data[_TEXT] = text
    doc.user_data[_WORDS] = words
    lengths = map(len, words) if not any(spaces) else (len(w) + s for w, s in zip(words, spaces, strict=True))
    doc.user_data[_STARTS] = list(accumulate(lengths, initial=0))


def words_of(doc: Doc) -> list[str]:
    """The tokens' texts."""
    words: list[str] | None = doc.user_data.get(_WORDS)
    if words is None:
        words = doc.user_data[_WORDS] = [token.text for token in doc]
    return words


def starts_of(doc: Doc) -> list[int]:
    """The character offset of every token (token.idx), and one more entry: the length of the text."""
    starts: list[int] | None = doc.user_data.get(_STARTS)
    if starts is None:
        starts = doc.user_data[_STARTS] = [token.idx for token in doc] + [len(text_of(doc))]
    return starts


def is_break(word: str) -> bool:
    """Does this token end a clause: punctuation that separates clauses, whitespace, a point's number?"""
    return word in CLAUSE_BREAKS or word.isspace() or _is_point(word)


def _is_point(word: str) -> bool:
    return word[-1] in _POINT_ENDS and POINT_MARKER.fullmatch(word) is not None


def breaks_of(doc: Doc) -> list[bool]:
    """is_break for every token."""
    breaks: list[bool] | None = doc.user_data.get(_BREAKS)
    if breaks is None:
        words = words_of(doc)
        if WHITESPACE.search(text_of(doc)) is not None:
            breaks = [word in CLAUSE_BREAKS or word.isspace() or _is_point(word) for word in words]
        else:  # no whitespace token to look for
            breaks = [word in CLAUSE_BREAKS or _is_point(word) for word in words]
        doc.user_data[_BREAKS] = breaks
    return breaks


def text_of(doc: Doc) -> str:
    text: str | None = doc.user_data.get(_TEXT)
    if text is None:
        text = doc.user_data[_TEXT] = doc.text
    return text


def lexicon_span_ends(doc: Doc) -> frozenset[int]:
    """Token indices where a lexicon mention (place, court, organisation) ends; fixed once the courts are found."""
    ends: frozenset[int] | None = doc.user_data.get(_LEXICON_ENDS)
    if ends is None:
        ends = doc.user_data[_LEXICON_ENDS] = frozenset(span.end for span in spans_of(doc, "lexicon"))
    return ends


def set_spans(doc: Doc, key: str, spans: list[Span]) -> None:
    """Store spans in doc.spans[key] and keep the very objects for later components: iterating a SpanGroup
    builds every Span anew, which costs more than the rules that read them."""
    doc.spans[key] = spans
    doc.user_data[f"reformkg_spans_{key}"] = spans


def spans_of(doc: Doc, key: str) -> list[Span]:
    spans: list[Span] | None = doc.user_data.get(f"reformkg_spans_{key}")
    if spans is None:
        spans = doc.user_data[f"reformkg_spans_{key}"] = list(doc.spans.get(key, []))
    return spans
