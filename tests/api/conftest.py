"""A real `reformkg serve` on a free loopback port, over a store it builds itself from the bundled document."""

from __future__ import annotations

import json
import os
import subprocess
import time
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.api.test_cli import REFORMKG
from tests.conftest import ROOT
from tests.oxigraph_server import free_port

ARTIFACTS = ROOT / "test-artifacts"


@dataclass(frozen=True)
class Server:
    url: str
    store: Path


@pytest.fixture(scope="session")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    store = tmp_path_factory.mktemp("served-store")
    port = free_port()
    log = (tmp_path_factory.mktemp("server-log") / "serve.log").open("w")
    process = subprocess.Popen(
        [REFORMKG, "serve", "--host", "127.0.0.1", "--port", str(port), "--store", str(store)],
        stdout=log,
        stderr=subprocess.STDOUT,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )
    url = f"http://127.0.0.1:{port}"
    try:
        _wait_until_healthy(url, process)
        yield Server(url, store)
    finally:
        process.terminate()
        process.wait(30)
        log.close()


def _wait_until_healthy(url: str, process: subprocess.Popen[bytes], seconds: float = 120) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"reformkg serve exited with {process.returncode}")
        try:
            with urllib.request.urlopen(f"{url}/health", timeout=2) as answer:
                if json.load(answer)["status"] == "ok":
                    return
        except OSError:
            time.sleep(0.2)
    raise RuntimeError(f"reformkg serve did not answer at {url} within {seconds} s")
