"""`reformkg` with its store on an Oxigraph server: run as `python -m tests.api.on_a_server ARGS…`, it serves the
directory that `--store DIR` names with a real `oxigraph serve` for the one command, and runs the command with
`--store URL` of that server. So a tool that knows only store directories (../shared/tools/check_interface.py)
checks every command on the other kind of store."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from tests.api.test_cli import REFORMKG
from tests.oxigraph_server import oxigraph_server


def main(args: list[str]) -> int:
    if "--store" not in args:
        return subprocess.run([REFORMKG, *args]).returncode
    at = args.index("--store") + 1
    with oxigraph_server(Path(args[at]) / "oxigraph") as url:
        return subprocess.run([REFORMKG, *args[:at], url, *args[at + 1 :]]).returncode


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
