"""Speed of reformkg on this machine (a benchmark, not a test): run `.venv/bin/python bench/benchmark.py`, or
name the parts to run: `.venv/bin/python bench/benchmark.py throughput`.

1. Cold `reformkg build` of the bundled document, whole process, median of 5 runs, beside the floor every cold
   build pays (Python, spaCy, rdflib, Oxigraph imports and jieba's dictionary) timed in the same run.
2. Extraction throughput in characters per second on a corpus of at least 1 MB (the five bundled and test
   documents, recombined), against bare jieba segmentation of the same text measured in the same run.
3. Store load time and `items --involves 深圳` latency inside a warm process on a graph of at least 1M quads.
4. Peak memory (maximum resident set) of a whole `reformkg build` process per input size: 0.1 MB, the longest text
   accepted (MAX_CHARACTERS), 1, 10 and 50 MB of text, beside the floor process's in the same run. Inputs over the
   limit are refused up front; the figure shows what refusing them costs.
5. Reading speed per format (txt, docx, pdf, html, xlsx, csv): the test documents of each format read again and
   again, characters of text per second, against bare jieba segmentation of the same text in the same run.
6. `corpus`: a corpus of distinct documents (bench/corpus.py; $REFORMKG_BENCH_CORPUS of them, 10,000 by default)
   built with --jobs 1 and 2 and a tenth of it with --jobs 2 (time, peak memory, extraction and writing apart),
   writing and export against Oxigraph's bulk loader and dump of the same quads, the store's size, warm latencies
   of items --involves, pilots --at, entities --in, compare and README's SPARQL examples; then the same corpus
   built onto a real Oxigraph server (`--store URL`) and the same queries answered from it.
"""

from __future__ import annotations

import contextlib
import dataclasses
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from reformkg.extract import BUNDLED_DOCUMENT
from reformkg.extract.extractor import extract_text
from reformkg.extract.reading import DocumentError, read_text
from reformkg.graph.build import write_extractions
from reformkg.graph.queries import items
from reformkg.graph.store import GraphStore
from reformkg.graph.vocabulary import SPARQL_PROLOGUE

ROOT = Path(__file__).resolve().parent.parent

DOCUMENTS = [BUNDLED_DOCUMENT, *sorted((ROOT / "tests" / "documents").glob("*.txt"))]
REFORMKG = str(Path(sys.executable).parent / "reformkg")


# What any cold build must pay before reformkg's own work: starting Python, importing spaCy, rdflib and Oxigraph,
# and loading jieba's dictionary. Timed in the same run, it tells the machine's speed apart from the code's.
FLOOR = "import spacy, rdflib, pyoxigraph, jieba; jieba.Tokenizer().initialize()"


def cold_build() -> dict[str, float]:
    times, floors = [], []
    for _ in range(5):
        with tempfile.TemporaryDirectory() as store:
            start = time.perf_counter()
            subprocess.run([REFORMKG, "build", "--store", store], check=True, capture_output=True)
            times.append(time.perf_counter() - start)
        start = time.perf_counter()
        subprocess.run([sys.executable, "-c", FLOOR], check=True, capture_output=True)
        floors.append(time.perf_counter() - start)
    return {
        "cold_build_median_s": round(statistics.median(times), 3),
        "cold_build_min_s": round(min(times), 3),
        "floor_median_s": round(statistics.median(floors), 3),
        "cold_build_over_floor_s": round(statistics.median(times) - statistics.median(floors), 3),
    }


def throughput(target_chars: int = 1_000_000) -> dict[str, float]:
    import jieba

    raws = [read_text(path) for path in DOCUMENTS]
    passes = 0
    total = 0
    while total < target_chars:
        passes += 1
        total += sum(len(raw.text) for raw in raws)
    extract_text(raws[0])  # warm the pipeline: this measures extraction, not start-up
    jieba.lcut("预热")
    # Extraction and bare jieba take turns, one pass over the documents each, and each total is the sum of its
    # turns: on a shared machine the load then weighs on both alike, where timing one whole run after the other
    # measured the load as often as the code.
    extraction = segmentation = 0.0
    for _ in range(passes):
        start = time.perf_counter()
        for raw in raws:
            extract_text(raw)
        extraction += time.perf_counter() - start
        start = time.perf_counter()
        for raw in raws:
            jieba.lcut(raw.text)
        segmentation += time.perf_counter() - start
    return {
        "corpus_chars": total,
        "extraction_chars_per_s": round(total / extraction),
        "bare_jieba_chars_per_s": round(total / segmentation),
        "extraction_vs_jieba": round(segmentation / extraction, 3),
    }


def large_store(target_quads: int = 1_000_000) -> dict[str, float]:
    """The test documents written again and again under other ids (each round one build's write: the spool and
    Oxigraph's bulk loader) until the store holds `target_quads`, then `items --involves 深圳` in a warm process."""
    extractions = [extract_text(read_text(path)) for path in DOCUMENTS]
    with tempfile.TemporaryDirectory() as path:
        with GraphStore.open(path) as store:
            start = time.perf_counter()
            write_extractions(store, extractions)
            copy, quads = 0, len(store)
            while quads < target_quads:
                copies = [
                    dataclasses.replace(
                        extraction,
                        document=dataclasses.replace(
                            extraction.document,
                            id=f"copy{copy}-{extraction.document.id}",
                            metadata=dataclasses.replace(extraction.document.metadata, number=None),
                        ),
                    )
                    for extraction in extractions
                ]
                write_extractions(store, copies)
                copy += 1
                quads = len(store)
            load = time.perf_counter() - start
        with GraphStore.open(path, read_only=True) as store:
            items(store, involves="深圳")  # warm
            latencies = []
            for _ in range(20):
                start = time.perf_counter()
                rows = items(store, involves="深圳")
                latencies.append(time.perf_counter() - start)
    return {
        "store_quads": quads,
        "documents": (copy + 1) * len(extractions),
        "load_s": round(load, 1),
        "load_quads_per_s": round(quads / load),
        "items_involves_shenzhen_rows": len(rows),
        "items_involves_median_ms": round(statistics.median(latencies) * 1000, 1),
        "items_involves_p95_ms": round(sorted(latencies)[18] * 1000, 1),
    }


def memory() -> dict[str, dict[str, float | int | str]]:
    from reformkg.extract.reading import MAX_CHARACTERS

    text = BUNDLED_DOCUMENT.read_text(encoding="utf-8-sig")
    sizes = {"0.1MB": 100_000, "1MB": 10**6, "10MB": 10 * 10**6, "50MB": 50 * 10**6 - 1024}
    results: dict[str, dict[str, float | int | str]] = {"floor": _peak([sys.executable, "-c", FLOOR])}
    longest = (text * (MAX_CHARACTERS // len(text) + 1))[: MAX_CHARACTERS - 100].encode("utf-8")
    with tempfile.TemporaryDirectory() as folder:
        for name, size in [("longest_accepted", len(longest)), *sizes.items()]:
            document = Path(folder) / f"plan-{name}.txt"
            data = (text * (size // len(text.encode("utf-8")) + 1)).encode("utf-8")
            data = longest if name == "longest_accepted" else data[:size].decode("utf-8", "ignore").encode("utf-8")
            document.write_bytes(data)
            if name == "50MB":  # and a web page just under the size its parser may hold
                page = Path(folder) / "plan-39MB.html"
                paragraphs = "".join(f"<p>{line}</p>" for line in text.splitlines())
                body = paragraphs * (39 * 10**6 // len(paragraphs.encode("utf-8")))
                page.write_text(f"<html><body><div>{body}</div></body></html>", encoding="utf-8")
                command = [REFORMKG, "build", "--quiet", "--store", str(Path(folder) / "store-html"), str(page)]
                results["39MB_html"] = {"bytes": page.stat().st_size} | _peak(command)
            store = Path(folder) / f"store-{name}"
            results[name] = {"bytes": len(data)} | _peak(
                [REFORMKG, "build", "--quiet", "--store", str(store), str(document)]
            )
    return results


def _peak(command: list[str]) -> dict[str, float | int | str]:
    """The peak resident memory of the largest process of the command (it or one of its children, such as
    extraction processes), wall time and outcome.

    The peak is each process's own high-water mark (VmHWM), read while it runs: wait4's figure starts from this
    benchmark's own resident memory when it forked the command (Linux keeps it across exec), which after a few
    parts is over a gigabyte."""
    start = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    assert process.stderr is not None
    peaks: dict[int, int] = {}
    errors: list[bytes] = []
    reader = threading.Thread(target=lambda: errors.append(process.stderr.read()))  # type: ignore[union-attr]
    reader.start()
    while process.poll() is None:
        for pid in _process_tree(process.pid):
            peaks[pid] = max(peaks.get(pid, 0), _high_water_kb(pid))
        time.sleep(0.05)
    reader.join()
    error = b"".join(errors).decode("utf-8", errors="replace").strip().splitlines()
    result: dict[str, float | int | str] = {
        "peak_rss_mb": round(max(peaks.values(), default=0) / 1024),
        "seconds": round(time.perf_counter() - start, 2),
        "outcome": "built"
        if process.returncode == 0
        else f"exit {process.returncode}: {error[-1][:160] if error else ''}",
    }
    for line in error:  # a build says how long it extracted and how long it wrote
        phases = re.search(r"extracted in ([\d.]+) s, written in ([\d.]+) s", line)
        if phases:
            result["extract_s"], result["write_s"] = float(phases[1]), float(phases[2])
    return result


def _process_tree(pid: int) -> list[int]:
    tree, index = [pid], 0
    while index < len(tree):
        for task in Path(f"/proc/{tree[index]}/task").glob("*/children"):
            with contextlib.suppress(OSError):  # it ended meanwhile
                tree += [int(child) for child in task.read_text().split()]
        index += 1
    return tree


def _high_water_kb(pid: int) -> int:
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return 0
    found = re.search(r"^VmHWM:\s+(\d+) kB", status, re.MULTILINE)
    return int(found[1]) if found else 0


def reading() -> dict[str, dict[str, float | int]]:
    import jieba

    by_format: dict[str, list[Path]] = {}
    for path in sorted((ROOT / "tests" / "documents").iterdir()):
        if path.is_file() and path.suffix in (".txt", ".docx", ".pdf", ".html", ".xlsx", ".csv"):
            try:
                encoding = read_text(path).encoding
            except DocumentError:  # refused documents (an encrypted PDF) are not timed
                continue
            fmt = "pdf (OCR)" if "OCR" in encoding else path.suffix.lstrip(".")  # a scan is timed apart
            by_format.setdefault(fmt, []).append(path)
    jieba.lcut("预热")
    results: dict[str, dict[str, float | int]] = {}
    for fmt, readable in by_format.items():
        chars = reading_s = segmenting_s = 0.0
        rounds = 0
        while reading_s < 2.0 or rounds < 3:  # turns of reading and bare jieba, as in throughput()
            rounds += 1
            start = time.perf_counter()
            raws = [read_text(path) for path in readable]
            reading_s += time.perf_counter() - start
            start = time.perf_counter()
            for raw in raws:
                jieba.lcut(raw.text)
                for table in raw.tables:
                    for row in table.rows:
                        jieba.lcut(row.text)
            segmenting_s += time.perf_counter() - start
            # a task table's cells are text too (they are most of a spreadsheet's)
            chars += sum(len(raw.text) + sum(len(r.text) for t in raw.tables for r in t.rows) for raw in raws)
        results[fmt] = {
            "documents": len(readable),
            "chars_per_s": round(chars / reading_s),
            "reading_vs_bare_jieba": round(segmenting_s / reading_s, 2),
        }
    return results


def corpus(count: int = int(os.environ.get("REFORMKG_BENCH_CORPUS", "10000"))) -> dict[str, Any]:
    """A corpus of `count` distinct documents (bench/corpus.py: the test documents' work points recombined, each
    document with a number of its own): whole `reformkg build` processes with --jobs 1 and --jobs 2 (wall time,
    documents per second, the peak memory of the largest process, the time to extract and to write), the same
    with a tenth of the corpus (memory must not grow with it), the store's size, writing against Oxigraph's bulk
    loader and `reformkg export` against Oxigraph's dump on the same quads, and warm latencies of the queries."""
    from corpus import write_corpus  # bench/corpus.py, beside this script

    results: dict[str, Any] = {"documents": count}
    with tempfile.TemporaryDirectory() as folder:
        base = Path(folder)
        paths = write_corpus(base / "corpus", count)
        tenth = base / "tenth"
        tenth.mkdir()
        for path in paths[: max(1, count // 10)]:
            (tenth / path.name).symlink_to(path)
        for name, jobs_, source in [
            ("jobs_2_tenth", "2", tenth),
            ("jobs_1", "1", base / "corpus"),
            ("jobs_2", "2", base / "corpus"),
        ]:
            store = base / f"store-{name}"
            run = _peak([REFORMKG, "build", "--quiet", "--jobs", jobs_, "--store", str(store), str(source)])
            documents_built = count // 10 if source == tenth else count
            run["documents_per_s"] = round(documents_built / float(run["seconds"]), 1)
            results[name] = run
            if name == "jobs_1":
                shutil.rmtree(store)  # the same store as jobs_2's
        store = base / "store-jobs_2"
        results["speedup_jobs_2"] = round(float(results["jobs_1"]["seconds"]) / float(results["jobs_2"]["seconds"]), 2)
        results["store_mb"] = round(sum(f.stat().st_size for f in store.rglob("*") if f.is_file()) / 2**20)
        results |= _against_oxigraph(store, base)
        with GraphStore.open(store, read_only=True) as opened:
            results["quads"] = len(opened)
            results |= _query_latencies(opened)
        results["on_oxigraph_server"] = _on_oxigraph_server(base / "corpus", base / "server")
    return results


def _query_latencies(opened: GraphStore) -> dict[str, dict[str, float | None]]:
    """Warm latencies of the relationship queries and of README's SPARQL examples on an open store."""
    from reformkg.graph.queries import compare, documents, entities, pilots

    ids = [row["id"] for row in documents(opened)]
    asked: dict[str, Callable[[], object]] = {
        "items_involves_shenzhen": lambda: items(opened, involves="深圳"),
        "pilots_at_shenzhen": lambda: pilots(opened, at="深圳"),
        "entities_in_guangdong": lambda: entities(opened, in_="广东"),
        "compare_two_documents": lambda: compare(opened, ids[0], ids[1]),
    }
    for number, query in enumerate(_readme_sparql(), 1):
        asked[f"readme_sparql_{number}"] = lambda q=query: opened.select(SPARQL_PROLOGUE + q)
    return {name: _warm_latency(ask) for name, ask in asked.items()}


def _on_oxigraph_server(source: Path, database: Path) -> dict[str, Any]:
    """The same corpus built onto a real Oxigraph server (`reformkg build --jobs 2 --store URL`), the same queries
    answered from it, and its quads against the embedded store's."""
    import httpx

    sys.path.insert(0, str(ROOT))
    from tests.oxigraph_server import oxigraph_server

    with oxigraph_server(database) as url:
        run = _peak([REFORMKG, "build", "--quiet", "--jobs", "2", "--store", url, str(source)])
        dataset = httpx.get(f"{url}/store", headers={"accept": "application/n-quads"}, timeout=3600).content
        with GraphStore.open(url, read_only=True) as opened:
            results = {"build_jobs_2": run, "quads": len(opened), **_query_latencies(opened)}
    # the reference for writing: the server's own load of the same quads in one transaction (Graph Store POST)
    with oxigraph_server(database.with_name("server-reference")) as url:
        start = time.perf_counter()
        httpx.post(
            f"{url}/store", content=dataset, headers={"content-type": "application/n-quads"}, timeout=3600
        ).raise_for_status()
        results["oxigraph_server_transactional_load_s"] = round(time.perf_counter() - start, 1)
    return results


def _against_oxigraph(store: Path, base: Path) -> dict[str, Any]:
    """`reformkg export --format nt` against Oxigraph's own dump of the same store, and a store written by Oxigraph's
    bulk loader from that dump, then compacted as a build compacts (the reference for writing: the build's `written
    in` figure)."""
    import pyoxigraph as ox

    dump = base / "dump.nq"
    start = time.perf_counter()
    ox.Store.read_only(str(store)).dump(str(dump), format=ox.RdfFormat.N_QUADS)
    dumped = time.perf_counter() - start
    start = time.perf_counter()
    subprocess.run(
        [REFORMKG, "export", "--store", str(store), "--format", "nt", "-o", str(base / "export.nt")], check=True
    )
    exported = time.perf_counter() - start
    loaded_store = base / "bulk"
    start = time.perf_counter()
    bulk = ox.Store(str(loaded_store))
    bulk.bulk_load(path=str(dump), format=ox.RdfFormat.N_QUADS)
    bulk.flush()
    loaded = time.perf_counter() - start
    bulk.optimize()  # as a build does after writing
    optimized = time.perf_counter() - start
    del bulk
    return {
        "oxigraph_dump_s": round(dumped, 1),
        "reformkg_export_nt_s": round(exported, 1),
        "export_vs_dump": round(exported / dumped, 2),
        "oxigraph_bulk_load_s": round(loaded, 1),
        "oxigraph_bulk_load_and_optimize_s": round(optimized, 1),
        "bulk_loaded_store_mb": round(sum(f.stat().st_size for f in loaded_store.rglob("*") if f.is_file()) / 2**20),
    }


def _warm_latency(ask: Callable[[], object], runs: int = 10) -> dict[str, float | None]:
    answer = ask()  # warm
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        ask()
        times.append(time.perf_counter() - start)
    rows = len(answer) if isinstance(answer, list) else None  # the answer's size, which its time grows with
    return {"median_ms": round(statistics.median(times) * 1000, 1), "max_ms": round(max(times) * 1000, 1), "rows": rows}


def _readme_sparql() -> list[str]:
    """The SPARQL examples of README (its ```sparql blocks), as users would paste them."""
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    return [block.split("```", 1)[0] for block in text.split("```sparql\n")[1:]]


PARTS = {
    "cold_build": cold_build,
    "throughput": throughput,
    "large_store": large_store,
    "memory": memory,
    "reading": reading,
    "corpus": corpus,
}


def main() -> None:
    names = sys.argv[1:] or list(PARTS)
    unknown = [name for name in names if name not in PARTS]
    if unknown:
        sys.exit(f"unknown part {', '.join(unknown)}; the parts are {', '.join(PARTS)}")
    results = {name: PARTS[name]() for name in names}
    print(json.dumps(results, ensure_ascii=False, indent=2))


if __name__ == "__main__":
    main()
