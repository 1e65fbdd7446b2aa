"""The project's knowledge as data: the OWL ontology, SHACL shapes and the lexicons under `lexicon/`.

Nothing here is code a domain expert has to read; these helpers only say where the files are.
"""

from __future__ import annotations

from pathlib import Path

ONTOLOGY_DIR = Path(__file__).resolve().parent
LEXICON_DIR = ONTOLOGY_DIR / "lexicon"
ONTOLOGY_FILE = ONTOLOGY_DIR / "reformkg.ttl"
SHAPES_FILE = ONTOLOGY_DIR / "shapes.ttl"
THESAURUS_FILE = ONTOLOGY_DIR / "thesaurus.ttl"


def read_table(name: str) -> list[dict[str, str]]:
    """Rows of a lexicon TSV file: comment lines start with #, the first other line names the columns."""
    rows: list[dict[str, str]] = []
    header: list[str] | None = None
    for line in (LEXICON_DIR / name).read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        cells = [cell.strip() for cell in line.split("\t")]
        if header is None:
            header = cells
            continue
        cells += [""] * (len(header) - len(cells))
        rows.append(dict(zip(header, cells, strict=False)))
    return rows


def split_list(cell: str) -> tuple[str, ...]:
    return tuple(part.strip() for part in cell.split("|") if part.strip())
