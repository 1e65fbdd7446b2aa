"""The spaCy pipeline: blank Chinese with the lexicon-aware jieba tokenizer, a span ruler fed by the
lexicons, and the project's own components, all registered through spaCy's factory registry."""

from __future__ import annotations

from functools import cache
from typing import Any

import spacy
from spacy.language import Language

import extract.components.courts
import extract.components.phrases
import extract.components.relations
import extract.tokenizer  # noqa: F401  (registers the tokenizer and the factories used below)
from extract.components.courts import LEXICON_KEY
from extract.lexicon import Lexicon, load_lexicon
from extract.records import COURT, ORGANISATION, PLACE

SELF_REFERENCE = "@self"  # the id of 本院/省法院: resolved to the issuer when the mentions are linked


@cache
def load_pipeline() -> Language:
    """The pipeline, built once per process (loading jieba's dictionary is the costly part)."""
    nlp = spacy.blank("zh", config={"nlp": {"tokenizer": {"@tokenizers": "reformkg.lexicon_jieba.v1"}}})
    ruler = nlp.add_pipe(
        "span_ruler",
        name="lexicon_ruler",
        config={
            "spans_key": LEXICON_KEY,
            "spans_filter": {"@misc": "spacy.first_longest_spans_filter.v1"},
            "phrase_matcher_attr": "ORTH",
            "validate": False,
        },
    )
    ruler.add_patterns(lexicon_patterns(load_lexicon()))  # type: ignore[attr-defined]
    nlp.add_pipe("reformkg_courts")
    nlp.add_pipe("reformkg_phrases")
    nlp.add_pipe("reformkg_relations")
    return nlp


def lexicon_patterns(lexicon: Lexicon) -> list[dict[str, Any]]:
    """Span-ruler patterns: every surface form of a place, joint abbreviation, named court or organisation,
    and the words by which a document names its own court. The id is the canonical name."""
    patterns: list[dict[str, Any]] = []
    for place in lexicon.places.values():
        for surface in {place.name, place.full_name, *place.aliases}:
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
