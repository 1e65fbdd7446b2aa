"""Load on the HTTP service (a benchmark, not a test): run `.venv/bin/python bench/load.py`.

Builds a store (the bundled document, or with `--documents N` a generated corpus of N documents, bench/corpus.py)
twice from the same files: into a directory and onto a real Oxigraph server (`oxigraph serve`). Then drives the
real servers with wrk (Debian package `wrk`: `apt-get install wrk`), a load generator in a second process, for a
bounded time per route: requests per second and p50/p99 latency of

- `reformkg serve` over the directory: `/items?involves=深圳`, and `/sparql` for a cheap and a heavy query,
  each beside the same query sent to `oxigraph serve` over the same data at the same concurrency (the ratio);
  and the cheap query as if every request were a new one (each its own LIMIT: neither kept nor checked before),
  as analysts' queries come;
- two `reformkg serve` processes over the one Oxigraph server (`--store URL`), loaded at once, beside one alone.

Results go to stdout and to bench-results/load.json.
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path
from urllib.parse import quote

ROOT = Path(__file__).resolve().parent.parent
REFORMKG = str(Path(sys.executable).parent / "reformkg")
sys.path.insert(0, str(ROOT))
from reformkg.graph.vocabulary import SPARQL_PROLOGUE  # noqa: E402
from tests.oxigraph_server import free_port, oxigraph_server  # noqa: E402

# selective (cheap for the engine): every work point that involves a court in 深圳, with its title, as README's
# SPARQL examples write it; wide (heavy): every court with where it lies, which reads every court of the store
SPARQL = {
    "wide": """SELECT ?court ?place WHERE {
      ?c a rk:Court ; skos:prefLabel ?court ; rk:locatedIn/skos:prefLabel ?place }""",
    "selective": """SELECT ?title WHERE { ?court a rk:Court ; rk:locatedIn ?place . ?place skos:prefLabel "深圳"@zh .
      ?item rk:involves ?court ; rk:title ?title }""",
}
ROUTES = {"items_involves": "/items?involves=" + quote("深圳")} | {
    f"sparql_{weight}": "/sparql?query=" + quote(query) for weight, query in SPARQL.items()
}
JSON_RESULTS = "Accept: application/sparql-results+json"


def serve(store: str, port: int) -> subprocess.Popen[bytes]:
    process = subprocess.Popen(
        [REFORMKG, "serve", "--port", str(port), "--store", store],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/health", timeout=2):
                return process
        except OSError:
            time.sleep(0.2)
    process.kill()
    raise SystemExit("the server did not start")


NEW_QUERIES = Path(__file__).with_name("new_queries.lua")  # a wrk script
_RUNS = itertools.count(1)  # each run of new queries counts from its own million: no run repeats another's


def wrk(url: str, seconds: int, connections: int, new_queries: bool = False) -> dict[str, float]:
    return _wrk_output(_wrk(url, seconds, connections, new_queries).communicate()[0])


def _wrk(url: str, seconds: int, connections: int, new_queries: bool = False) -> subprocess.Popen[str]:
    command = ["wrk", "-t1", f"-c{connections}", f"-d{seconds}s", "--latency", "-H", JSON_RESULTS]
    if not new_queries:
        return subprocess.Popen([*command, url], stdout=subprocess.PIPE, text=True)
    base, path = re.fullmatch(r"(https?://[^/]+)(/.*)", url).groups()  # type: ignore[union-attr]
    command += ["-s", str(NEW_QUERIES), base, "--", path, str(next(_RUNS) * 10**6)]
    return subprocess.Popen(command, stdout=subprocess.PIPE, text=True)


def _wrk_output(text: str) -> dict[str, float]:
    latency = {p: _milliseconds(v) for p, v in re.findall(r"^\s+(50|75|90|99)%\s+(\S+)\s*$", text, re.M)}
    if "99" not in latency:
        raise SystemExit(f"cannot read wrk's output:\n{text}")
    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", text)
    return {
        "requests_per_s": float(re.search(r"Requests/sec:\s+([\d.]+)", text).group(1)),  # type: ignore[union-attr]
        "p50_ms": latency["50"],
        "p99_ms": latency["99"],
        "non_2xx": int(errors.group(1)) if errors else 0,
    }


def _milliseconds(value: str) -> float:
    number, unit = re.fullmatch(r"([\d.]+)(us|ms|s)", value).groups()  # type: ignore[union-attr]
    return round(float(number) * {"us": 0.001, "ms": 1.0, "s": 1000.0}[unit], 3)


def build(store: str, documents: list[str]) -> None:
    subprocess.run([REFORMKG, "build", "--quiet", "--store", store, *documents], check=True, capture_output=True)


def against_oxigraph(base: str, oxigraph: str, seconds: int, connections: int) -> dict[str, object]:
    """Each SPARQL query on the service's /sparql and on `oxigraph serve`'s /query, over the same data."""
    results: dict[str, object] = {}
    for weight, query in SPARQL.items():
        reference = f"{oxigraph}/query?union-default-graph&query=" + quote(SPARQL_PROLOGUE + query)
        ours = f"{base}/sparql?query=" + quote(query)
        for url in (reference, ours):
            wrk(url, 2, 4)  # warm
        measured = {"oxigraph_serve": wrk(reference, seconds, connections), "reformkg": wrk(ours, seconds, connections)}
        ratio = measured["reformkg"]["requests_per_s"] / measured["oxigraph_serve"]["requests_per_s"]
        results[f"sparql_{weight}_c{connections}"] = {**measured, "ratio": round(ratio, 2)}
        print(weight, results[f"sparql_{weight}_c{connections}"], file=sys.stderr)
    reference = f"{oxigraph}/query?union-default-graph&query=" + quote(SPARQL_PROLOGUE + SPARQL["selective"])
    ours = f"{base}/sparql?query=" + quote(SPARQL["selective"])
    for url in (reference, ours):
        wrk(url, 2, 4, new_queries=True)
    measured = {
        "oxigraph_serve": wrk(reference, seconds, connections, new_queries=True),
        "reformkg": wrk(ours, seconds, connections, new_queries=True),
    }
    ratio = measured["reformkg"]["requests_per_s"] / measured["oxigraph_serve"]["requests_per_s"]
    results[f"sparql_selective_new_queries_c{connections}"] = {**measured, "ratio": round(ratio, 2)}
    print("selective, new queries", results[f"sparql_selective_new_queries_c{connections}"], file=sys.stderr)
    return results


def two_services(oxigraph: str, seconds: int, connections: int) -> dict[str, object]:
    """One `reformkg serve --store URL`, then two at once, over the one Oxigraph server."""
    ports = [free_port(), free_port()]
    services = [serve(oxigraph, port) for port in ports]
    results: dict[str, object] = {}
    try:
        for name, path in ROUTES.items():
            urls = [f"http://127.0.0.1:{port}{path}" for port in ports]
            for url in urls:
                wrk(url, 2, 4)
            alone = wrk(urls[0], seconds, connections)
            loads = [_wrk(url, seconds, connections // 2) for url in urls]
            together = [_wrk_output(load.communicate()[0]) for load in loads]
            total = sum(run["requests_per_s"] for run in together)
            results[name] = {"one_service": alone, "two_services": together, "two_services_requests_per_s": total}
            print(name, results[name], file=sys.stderr)
    finally:
        for service in services:
            service.terminate()
            service.wait(30)
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=int, default=10, help="load time per route and concurrency")
    parser.add_argument("--connections", type=int, nargs="+", default=[8, 32])
    parser.add_argument(
        "--documents", type=int, default=0, help="a generated corpus of N documents (0: the bundled one)"
    )
    args = parser.parse_args()
    if shutil.which("wrk") is None:
        raise SystemExit("wrk is not installed: apt-get install wrk")
    results: dict[str, object] = {"cpus": os.cpu_count(), "seconds": args.seconds, "documents": args.documents or 1}
    with tempfile.TemporaryDirectory() as folder:
        store = str(Path(folder) / "store")
        documents = [str(ROOT / "extract/seed/guangdong-2021-sifa-gaige-yaodian.txt")]
        if args.documents:
            from corpus import write_corpus  # bench/corpus.py, beside this script

            documents = [str(path) for path in write_corpus(Path(folder) / "corpus", args.documents)]
        build(store, documents)
        with oxigraph_server(Path(folder) / "oxigraph") as oxigraph:
            build(oxigraph, documents)
            port = free_port()
            server = serve(store, port)
            try:
                base = f"http://127.0.0.1:{port}"
                for name, path in ROUTES.items():
                    wrk(base + path, 2, 4)  # warm: answers kept, workers started
                    for connections in args.connections:
                        results[f"{name}_c{connections}"] = wrk(base + path, args.seconds, connections)
                        print(name, connections, results[f"{name}_c{connections}"], file=sys.stderr)
                results["against_oxigraph_serve"] = against_oxigraph(base, oxigraph, args.seconds, 16)
            finally:
                server.terminate()
                server.wait(30)
            results["two_services_on_one_oxigraph_server"] = two_services(oxigraph, args.seconds, 16)
    out = ROOT / "bench-results"
    out.mkdir(exist_ok=True)
    (out / "load.json").write_text(json.dumps(results, indent=2), encoding="utf-8")
    print(json.dumps(results, indent=2))


if __name__ == "__main__":
    main()
