"""Faults: a rebuild killed at any moment, a write that fails, a full disk — the store holds the complete old
version or the complete new one, and the other documents untouched. (Issue: nothing lost, nothing wrong.)"""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from reformkg.extract import BUNDLED_DOCUMENT
from reformkg.extract.extractor import extract_file
from reformkg.graph import queries
from reformkg.graph.build import write_extractions
from reformkg.graph.store import GraphStore, StoreError
from tests.conftest import ROOT

REFORMKG = str(Path(sys.executable).parent / "reformkg")
OTHER = ROOT / "tests/documents/zhejiang-2022-gaige-yijian.txt"
NUMBER = "粤高法明传（2021）73号"


def longer_version(folder: Path, times: int) -> Path:
    """The bundled document with its work points repeated: the same number, other content — a new version."""
    text = BUNDLED_DOCUMENT.read_text(encoding="utf-8")
    start = text.index("一、")
    path = folder / f"version-{times}.txt"
    path.write_text(text[:start] + text[start:] * times, encoding="utf-8")
    return path


def state(store: Path) -> tuple[list[int], int]:
    """The item counts of the documents with the bundled number, and the other document's item count."""
    with GraphStore.open(store, read_only=True) as opened:
        documents = queries.documents(opened)
        counts = {d["id"]: sum(len(s["items"]) for s in d["sections"]) for d in documents}
        ours = [counts[d["id"]] for d in documents if d["number"] == NUMBER]
        other = next(counts[d["id"]] for d in documents if d["number"] == "浙高法〔2022〕15号")
        leftovers = opened._interrupted_writes()
    assert not leftovers
    return ours, other


def test_a_rebuild_killed_at_any_moment_leaves_the_old_or_the_new_version(tmp_path):
    store = tmp_path / "store"
    new = longer_version(tmp_path, 8)
    subprocess.run([REFORMKG, "build", str(BUNDLED_DOCUMENT), str(OTHER), "--store", str(store)], check=True)
    seen = set()
    for delay in (0.3, 0.8, 1.3, 1.8, 2.3, 2.8, 3.3, 3.8):
        build = subprocess.Popen(
            [REFORMKG, "build", str(new), "--store", str(store), "--force"], stderr=subprocess.DEVNULL
        )
        time.sleep(delay)
        build.send_signal(signal.SIGKILL)
        build.wait()
        ours, other = state(store)
        assert ours in ([24], [192]), ours  # one version, whole
        assert other == 16
        seen.add(ours[0])
        if ours == [192]:  # back to the old version for the next try
            subprocess.run([REFORMKG, "build", str(BUNDLED_DOCUMENT), "--store", str(store)], check=True)
    assert 24 in seen  # the kills did land during builds


class FailingWrites:
    """An Oxigraph store whose `step`-th write fails as a full disk would."""

    def __init__(self, inner, step: int) -> None:
        self.inner, self.step, self.writes = inner, step, 0
        self.failed: str | None = None

    def _write(self, method, *args, **options):
        self.writes += 1
        if self.writes == self.step:
            self.failed = method
            if method == "bulk_load":  # fail in the middle of the stream of quads, half of them written
                lines = args[0].read().splitlines(keepends=True)
                self.inner.bulk_load(b"".join(lines[: len(lines) // 2]), **options)
            raise OSError(28, "No space left on device")
        return getattr(self.inner, method)(*args, **options)

    def extend(self, quads):
        return self._write("extend", quads)

    def bulk_load(self, batch, **options):  # a file of N-Quads
        return self._write("bulk_load", batch, **options)

    def update(self, text):
        return self._write("update", text)

    def __getattr__(self, name):
        return getattr(self.inner, name)


@pytest.mark.parametrize(
    ("step", "write"),
    [(1, "update"), (3, "extend"), (4, "bulk_load"), (5, "update")],
    ids=["ontology", "pending mark", "new triples", "switch to the new version"],
)
def test_a_write_that_fails_at_any_step_leaves_the_old_version(tmp_path, step, write):
    store = tmp_path / "store"
    with GraphStore.open(store) as opened:
        write_extractions(opened, [extract_file(BUNDLED_DOCUMENT), extract_file(OTHER)])
    new = extract_file(longer_version(tmp_path, 3))
    with GraphStore.open(store) as opened:
        opened._inner = FailingWrites(opened._inner, step)
        with pytest.raises((StoreError, OSError)):
            write_extractions(opened, [new])
        assert opened._inner.failed == write  # it failed where it was meant to
        opened._inner = opened._inner.inner
    assert state(store) == ([24], 16)


def test_a_full_disk_leaves_the_old_version_and_says_so(tmp_path):
    if os.geteuid() != 0 or shutil.which("mount") is None:
        pytest.skip("mounting a small tmpfs needs root")
    disk = tmp_path / "disk"
    disk.mkdir()
    if subprocess.run(["mount", "-t", "tmpfs", "-o", "size=20m", "tmpfs", str(disk)]).returncode != 0:
        pytest.skip("this machine does not allow mounting a tmpfs")
    try:
        store = disk / "store"
        subprocess.run([REFORMKG, "build", str(BUNDLED_DOCUMENT), str(OTHER), "--store", str(store)], check=True)
        done = subprocess.run(
            [REFORMKG, "build", str(longer_version(tmp_path, 20)), "--store", str(store)],
            capture_output=True,
            text=True,
        )
        assert done.returncode == 2 and "full" in done.stderr and "Traceback" not in done.stderr
        shutil.rmtree(store / "holders", ignore_errors=True)
        assert state(store) == ([24], 16)
        items = subprocess.run([REFORMKG, "items", "--store", str(store), "--json"], capture_output=True, text=True)
        assert len(json.loads(items.stdout)) == 24 + 16
    finally:
        subprocess.run(["umount", str(disk)])


def test_a_write_left_half_done_by_a_dead_process_is_cleared_before_anyone_reads(tmp_path):
    import pyoxigraph as ox

    from reformkg.graph.rdf import document_parts
    from reformkg.graph.store import _ENTITIES, _PENDING, _TRUE, _quad
    from reformkg.graph.vocabulary import document_iri

    store = tmp_path / "store"
    with GraphStore.open(store) as opened:
        write_extractions(opened, [extract_file(BUNDLED_DOCUMENT), extract_file(OTHER)])
        before = set(opened._inner.quads_for_pattern(None, None, None, None))
        new = extract_file(longer_version(tmp_path, 2))
        # what a process killed in the middle of its bulk load leaves: the new version's graph, still marked,
        # half of its triples, and facts about its entities — some that no other document supports
        name = ox.NamedNode(f"{document_iri(new.document.id)}")
        own, shared = document_parts(new)
        opened._inner.extend([ox.Quad(name, _PENDING, _TRUE, name), *(_quad(t, name) for t in own[: len(own) // 2])])
        opened._inner.extend(_quad(t, _ENTITIES) for t in shared)
        assert len(set(opened._inner.quads_for_pattern(None, None, None, None)) - before) > len(own) // 2
    assert state(store) == ([24], 16)  # the first reader cleared it (through a writer's lock, briefly)
    with GraphStore.open(store, read_only=True) as opened:
        assert not opened._inner.contains_named_graph(name)
        assert set(opened._inner.quads_for_pattern(None, None, None, None)) == before
