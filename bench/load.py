"""Load on the HTTP service (a benchmark, not a test): run `.venv/bin/python bench/load.py`.

Starts the real server (`reformkg serve` on a free loopback port, over a fresh store of the bundled document),
then drives it with wrk (Debian package `wrk`: `apt-get install wrk`), a load generator in a second process,
for a bounded time per route: requests per second and p50/p99 latency for `/items?involves=深圳` and a typical
`/sparql` query. Results go to stdout and to bench-results/load.json.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path
from urllib.parse import quote

ROOT = Path(__file__).resolve().parent.parent
REFORMKG = str(Path(sys.executable).parent / "reformkg")
SPARQL = """SELECT ?court ?place WHERE { ?c a rk:Court ; skos:prefLabel ?court ; rk:locatedIn/skos:prefLabel ?place }"""
ROUTES = {
    "items_involves": "/items?involves=" + quote("深圳"),
    "sparql_select": "/sparql?query=" + quote(SPARQL),
}


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


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


def wrk(url: str, seconds: int, connections: int) -> dict[str, float]:
    done = subprocess.run(
        ["wrk", "-t1", f"-c{connections}", f"-d{seconds}s", "--latency", url],
        capture_output=True,
        text=True,
        check=True,
    )
    text = done.stdout
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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=int, default=10, help="load time per route and concurrency")
    parser.add_argument("--connections", type=int, nargs="+", default=[8, 32])
    args = parser.parse_args()
    if shutil.which("wrk") is None:
        raise SystemExit("wrk is not installed: apt-get install wrk")
    results: dict[str, object] = {"cpus": os.cpu_count(), "seconds": args.seconds}
    with tempfile.TemporaryDirectory() as store:
        port = free_port()
        server = serve(store, port)
        try:
            base = f"http://127.0.0.1:{port}"
            for name, path in ROUTES.items():
                wrk(base + path, 2, 4)  # warm: answers kept, workers started
                for connections in args.connections:
                    results[f"{name}_c{connections}"] = wrk(base + path, args.seconds, connections)
                    print(name, connections, results[f"{name}_c{connections}"], file=sys.stderr)
        finally:
            server.terminate()
            server.wait(30)
    out = ROOT / "bench-results"
    out.mkdir(exist_ok=True)
    (out / "load.json").write_text(json.dumps(results, indent=2), encoding="utf-8")
    print(json.dumps(results, indent=2))


if __name__ == "__main__":
    main()
