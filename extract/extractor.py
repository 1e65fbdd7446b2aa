"""Text in, records out: read a document, find its structure, run the pipeline over its items, link."""

from __future__ import annotations

from pathlib import Path

from extract.lexicon import load_lexicon
from extract.linking import link, resolve_issuer
from extract.pipeline import load_pipeline
from extract.reading import RawText, read_text
from extract.records import Extraction
from extract.structure import parse_document

BUNDLED_DOCUMENT = Path(__file__).resolve().parent / "seed" / "guangdong-2021-sifa-gaige-yaodian.txt"


def extract_file(path: str | Path) -> Extraction:
    """Raises extract.reading.DocumentError with the file and the reason when the file is no such document."""
    return extract_text(read_text(path))


def extract_text(raw: RawText) -> Extraction:
    document = parse_document(raw)
    nlp = load_pipeline()
    lexicon = load_lexicon()
    docs = list(nlp.pipe(item.text for item in document.items))
    issuer = resolve_issuer(nlp, lexicon, document.metadata.issuer)
    return link(document, docs, lexicon, issuer)
