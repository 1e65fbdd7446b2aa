"""A corpus of distinct work-points documents made by recombining the test documents' work points.

Each document draws one test document and, from it, its issuer, sections and work points, with a generator seeded
by its index, and gets a number of its own, so that no two are alike; the layout is the common one (issuer, number,
title, 一、 sections, 1. items, signature and date). `python bench/corpus.py DIR N` writes N documents to DIR.
"""

from __future__ import annotations

import random
import sys
from dataclasses import dataclass
from functools import cache
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from reformkg.extract.reading import read_text
from reformkg.extract.structure import parse_document
from tests.conftest import ALL_DOCUMENTS

NUMERALS = "一二三四五六七八九十"


@dataclass(frozen=True)
class Source:
    """What one test document lends: its issuer, its section titles and its work points (each point's first
    line, without its number)."""

    issuer: str
    sections: tuple[str, ...]
    points: tuple[str, ...]


@cache
def _sources() -> list[Source]:
    """The test documents, each one a source; those without an issuer or sections lend nothing."""
    sources = []
    for path in ALL_DOCUMENTS:
        document = parse_document(read_text(path))
        sections = tuple(section.title for section in document.sections if section.title)
        points = tuple(item.text.splitlines()[0] for item in document.items if len(item.text) > 20)
        if document.metadata.issuer and sections and points:
            sources.append(Source(document.metadata.issuer, sections, points))
    return sources


def document_text(index: int) -> str:
    """Document `index`: one source's issuer, with sections and work points drawn from that source alone, so that
    places stay within their province (深圳 in Guangdong's plans, as in a real national corpus)."""
    chance = random.Random(index)
    source = chance.choice(_sources())
    year = 2015 + index % 11
    title = f"{year}年司法改革工作要点"
    lines = [source.issuer, f"改发〔{year}〕{index + 1}号", f"关于印发《{title}》的通知", "", title, ""]
    ordinal = 0
    for section in range(chance.randint(3, 6)):
        lines.append(f"{NUMERALS[section]}、{chance.choice(source.sections)}")
        for point in chance.sample(source.points, min(len(source.points), chance.randint(3, 7))):
            ordinal += 1
            lines.append(f"{ordinal}.{point}")
    lines += ["", source.issuer, f"{year}年{1 + index % 12}月{1 + index % 28}日", ""]
    return "\n".join(lines)


def write_corpus(folder: Path, count: int) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for index in range(count):
        path = folder / f"plan-{index:05d}.txt"
        path.write_text(document_text(index), encoding="utf-8")
        paths.append(path)
    return paths


if __name__ == "__main__":
    written = write_corpus(Path(sys.argv[1]), int(sys.argv[2]))
    print(f"{len(written)} documents in {sys.argv[1]}")
