"""The spaCy pipeline: blank Chinese with the lexicon-aware jieba tokenizer, a matcher of the names the
lexicons list, and the project's own components, all registered through spaCy's factory registry."""

from __future__ import annotations

from functools import cache

import spacy
from spacy.language import Language

import reformkg.extract.components.concepts
import reformkg.extract.components.courts
import reformkg.extract.components.names
import reformkg.extract.components.phrases
import reformkg.extract.components.relations
import reformkg.extract.tokenizer  # noqa: F401  (registers the tokenizer and the factories used below)


@cache
def load_pipeline() -> Language:
    """The pipeline, built once per process (loading jieba's dictionary is the costly part)."""
    nlp = spacy.blank("zh", config={"nlp": {"tokenizer": {"@tokenizers": "reformkg.lexicon_jieba.v1"}}})
    nlp.add_pipe("reformkg_names")
    nlp.add_pipe("reformkg_courts")
    nlp.add_pipe("reformkg_phrases")
    nlp.add_pipe("reformkg_concept_names")
    nlp.add_pipe("reformkg_relations")
    return nlp
