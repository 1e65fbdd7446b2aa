"""A corpus of distinct work-points documents made by recombining the test documents' work points.

Each document draws its issuer, sections and work points from the test documents with a generator seeded by its
index, and gets a number of its own, so that no two are alike; the layout is the common one (issuer, number,
title, 一、 sections, 1. items, signature and date). `python bench/corpus.py DIR N` writes N documents to DIR.
"""

from __future__ import annotations

import random
import sys
from functools import cache
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from reformkg.extract.reading import read_text
from reformkg.extract.structure import parse_document
from tests.conftest import ALL_DOCUMENTS

NUMERALS = "一二三四五六七八九十"


@cache
def _pools() -> tuple[list[str], list[str], list[str]]:
    """The issuers, section titles and work points (first line, without its number) of the test documents."""
    issuers, sections, points = set(), set(), set()
    for path in ALL_DOCUMENTS:
        document = parse_document(read_text(path))
        if document.metadata.issuer:
            issuers.add(document.metadata.issuer)
        sections.update(section.title for section in document.sections if section.title)
        points.update(item.text.splitlines()[0] for item in document.items if len(item.text) > 20)
    return sorted(issuers), sorted(sections), sorted(points)


def document_text(index: int) -> str:
    issuers, sections, points = _pools()
    chance = random.Random(index)
    issuer = chance.choice(issuers)
    year = 2015 + index % 11
    title = f"{year}年司法改革工作要点"
    lines = [issuer, f"改发〔{year}〕{index + 1}号", f"关于印发《{title}》的通知", "", title, ""]
    ordinal = 0
    for section in range(chance.randint(3, 6)):
        lines.append(f"{NUMERALS[section]}、{chance.choice(sections)}")
        for point in chance.sample(points, chance.randint(3, 7)):
            ordinal += 1
            lines.append(f"{ordinal}.{point}")
    lines += ["", issuer, f"{year}年{1 + index % 12}月{1 + index % 28}日", ""]
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
