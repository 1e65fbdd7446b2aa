"""A real Oxigraph server (`oxigraph serve`, from the package index's `oxigraph` wheel) on a free loopback port:
the SPARQL server the remote-store tests and the benchmark put the graph on."""

from __future__ import annotations

import contextlib
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

OXIGRAPH = Path(sys.executable).parent / "oxigraph"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@contextlib.contextmanager
def oxigraph_server(location: Path | None = None, port: int | None = None) -> Iterator[str]:
    """A server over the database at `location` (None: in memory) until the block ends; its URL."""
    port = port or free_port()
    command = [str(OXIGRAPH), "serve", "--bind", f"127.0.0.1:{port}"]
    if location is not None:
        command += ["--location", str(location)]
    with tempfile.TemporaryFile() as log:
        process = subprocess.Popen(command, stdout=log, stderr=subprocess.STDOUT)
        url = f"http://127.0.0.1:{port}"
        try:
            _wait_until_answering(url, process)
            yield url
        finally:
            process.terminate()
            process.wait(30)


def _wait_until_answering(url: str, process: subprocess.Popen[bytes], seconds: float = 60) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"oxigraph serve exited with {process.returncode}")
        with contextlib.suppress(OSError), urllib.request.urlopen(f"{url}/query?query=ASK%7B%7D", timeout=2):
            return
        time.sleep(0.1)
    raise RuntimeError(f"oxigraph serve did not answer at {url} within {seconds} s")


def clear(url: str) -> None:
    """Drop every graph of the server's database."""
    request = urllib.request.Request(
        f"{url}/update", data=b"DROP ALL", headers={"content-type": "application/sparql-update"}, method="POST"
    )
    with urllib.request.urlopen(request, timeout=30):
        pass
