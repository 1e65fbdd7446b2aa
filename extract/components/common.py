"""Small helpers the components share. Doc.text joins every token anew on each call, so it is cached."""

from __future__ import annotations

from spacy.tokens import Doc, Span

_TEXT = "reformkg_text"
_LEXICON_ENDS = "reformkg_lexicon_ends"
_WORDS = "reformkg_words"
CLAUSE_BREAKS = frozenset("，。；：！？\n,;:!?（）")


def remember_text(doc: Doc, text: str, words: list[str]) -> None:
    doc.user_data[_TEXT] = text
    doc.user_data[_WORDS] = words


def words_of(doc: Doc) -> list[str]:
    """The tokens' texts; creating spaCy Token objects costs more than the rules that read them."""
    words: list[str] | None = doc.user_data.get(_WORDS)
    if words is None:
        words = doc.user_data[_WORDS] = [token.text for token in doc]
    return words


def is_break(word: str) -> bool:
    """Does this token end a clause: punctuation that separates clauses, or whitespace?"""
    return word in CLAUSE_BREAKS or word.isspace()


def breaks_of(doc: Doc) -> list[bool]:
    return [is_break(word) for word in words_of(doc)]


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
