"""Shared fixtures: the bundled and test documents, and stores built from them."""

from __future__ import annotations

import json
import random
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from reformkg.extract import BUNDLED_DOCUMENT
from reformkg.extract.extractor import extract_file
from reformkg.extract.records import Extraction
from reformkg.graph.build import write_extractions
from reformkg.graph.store import GraphStore

TESTS = Path(__file__).resolve().parent
ROOT = TESTS.parent
GOLD = TESTS / "gold"
# Every test document with a gold annotation, in any format (txt, docx, pdf, html, xlsx, csv).
DOCUMENTS = sorted(
    path for path in (TESTS / "documents").iterdir() if path.is_file() and (GOLD / f"{path.stem}.gold.json").exists()
)
ALL_DOCUMENTS = [BUNDLED_DOCUMENT, *DOCUMENTS]

# Debian's Chromium (Playwright's own browser download cannot work here). The flags keep it from reaching for
# Google's services, which this machine's closed network refuses; --no-sandbox because the tests run as root.
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def damaged_copies(original: Path, folder: Path, copies: int) -> Iterator[Path]:
    """Copies of a file with 1, 5, 50 or 500 bytes changed at random — seeded by its name, so that every run
    damages it alike."""
    generator = random.Random(original.name)
    data = original.read_bytes()
    for number in range(copies):
        damaged = bytearray(data)
        for _ in range(generator.choice((1, 5, 50, 500))):
            damaged[generator.randrange(len(damaged))] = generator.randrange(256)
        copy = folder / f"{number}{original.suffix}"
        copy.write_bytes(bytes(damaged))
        yield copy


def gold_for(document: Path) -> dict:
    return json.loads((GOLD / f"{document.stem}.gold.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def bundled() -> Extraction:
    return extract_file(BUNDLED_DOCUMENT)


@pytest.fixture(scope="session")
def extractions() -> dict[str, Extraction]:
    return {path.stem: extract_file(path) for path in ALL_DOCUMENTS}


@pytest.fixture(scope="session")
def store_dir(tmp_path_factory: pytest.TempPathFactory, extractions: dict[str, Extraction]) -> Path:
    path = tmp_path_factory.mktemp("store")
    with GraphStore.open(path) as store:
        write_extractions(store, list(extractions.values()))
    return path


@pytest.fixture()
def store(store_dir: Path):
    with GraphStore.open(store_dir, read_only=True) as opened:
        yield opened


@pytest.fixture(scope="session")
def chromium() -> Iterator[Any]:
    """Debian's Chromium driven by Playwright (scripts/setup-system.sh installs it)."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


def stale_config(folder: Path) -> Path:
    """A matplotlib config folder whose font cache lists no CJK font, as if written before one was installed."""
    subprocess.run(
        [sys.executable, "-c", "from matplotlib import font_manager"],
        env={"MPLCONFIGDIR": str(folder), "PATH": "/usr/bin:/bin"},
        check=True,
        timeout=300,
    )
    (cache,) = folder.glob("fontlist-*.json")
    listing = json.loads(cache.read_text(encoding="utf-8"))
    from reformkg.graph.fonts import fontconfig_cjk_files

    cjk = {str(path) for path in fontconfig_cjk_files()}
    listing["ttflist"] = [font for font in listing["ttflist"] if font["fname"] not in cjk]
    cache.write_text(json.dumps(listing), encoding="utf-8")
    return folder
