"""Text in, records out: read a document, find its structure, run the pipeline over its items, link."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from reformkg.extract.lexicon import load_lexicon
from reformkg.extract.linking import Issuer, Unit, link, resolve_issuer, resolve_unit
from reformkg.extract.pipeline import load_pipeline
from reformkg.extract.reading import RawText, read_text
from reformkg.extract.records import Extraction
from reformkg.extract.structure import parse_document


@cache
def _issuer(name: str | None) -> Issuer | None:
    """Documents of one court name it the same way: recognise each issuer once per process."""
    return resolve_issuer(load_pipeline(), load_lexicon(), name)


@cache
def _unit(issuer: Issuer | None, name: str) -> Unit:
    return resolve_unit(load_pipeline(), load_lexicon(), issuer, name)


def extract_file(path: str | Path) -> Extraction:
    """Raises extract.reading.DocumentError with the file and the reason when the file is no such document."""
    return extract_text(read_text(path))


def extract_text(raw: RawText) -> Extraction:
    document = parse_document(raw)
    nlp = load_pipeline()
    lexicon = load_lexicon()
    docs = list(nlp.pipe(item.body for item in document.items))
    issuer = _issuer(document.metadata.issuer)
    names = {name for item in document.items for name in (*item.ledger.lead, *item.ledger.participants)}
    return link(document, docs, lexicon, issuer, {name: _unit(issuer, name) for name in sorted(names)})
