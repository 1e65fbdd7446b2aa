"""Small helpers the components share. Doc.text joins every token anew on each call, so it is cached."""

from __future__ import annotations

from spacy.tokens import Doc

_TEXT = "reformkg_text"
_LEXICON_ENDS = "reformkg_lexicon_ends"


def remember_text(doc: Doc, text: str) -> None:
    doc.user_data[_TEXT] = text


def text_of(doc: Doc) -> str:
    text: str | None = doc.user_data.get(_TEXT)
    if text is None:
        text = doc.user_data[_TEXT] = doc.text
    return text


def lexicon_span_ends(doc: Doc) -> frozenset[int]:
    """Token indices where a lexicon mention (place, court, organisation) ends; fixed once the courts are found."""
    ends: frozenset[int] | None = doc.user_data.get(_LEXICON_ENDS)
    if ends is None:
        ends = doc.user_data[_LEXICON_ENDS] = frozenset(span.end for span in doc.spans.get("lexicon", []))
    return ends
