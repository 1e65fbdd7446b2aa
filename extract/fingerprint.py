"""What a build depends on besides the document — the extraction code and the knowledge under ontology/ — as a
short hash, so that a document whose bytes and fingerprint the store holds already need not be built again.
Light on purpose: asking it imports no NLP."""

from __future__ import annotations

import hashlib
from functools import cache
from pathlib import Path

from reformkg.ontology import ONTOLOGY_DIR

PACKAGE = Path(__file__).resolve().parent


@cache
def extraction_fingerprint() -> str:
    digest = hashlib.sha256()
    for path in sorted([*PACKAGE.rglob("*.py"), *ONTOLOGY_DIR.rglob("*.tsv"), *ONTOLOGY_DIR.glob("*.ttl")]):
        digest.update(path.name.encode("utf-8"))
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]
