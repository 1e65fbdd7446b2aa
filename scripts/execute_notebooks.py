"""Run the analyst notebooks top to bottom, each against a fresh store, and save them with their outputs.

    .venv/bin/python scripts/execute_notebooks.py [NAME ...]

The test suite runs them again and checks that what is saved is a complete run (tests/notebooks/).
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
from pathlib import Path

import nbformat
from nbclient import NotebookClient

ROOT = Path(__file__).resolve().parents[1]
NOTEBOOKS = ROOT / "notebooks"


def main(names: list[str]) -> int:
    paths = [NOTEBOOKS / f"{name.removesuffix('.ipynb')}.ipynb" for name in names] or sorted(NOTEBOOKS.glob("*.ipynb"))
    # outside /tmp and the checkout: no machine-specific path may show in what readers see
    scratch = Path(tempfile.mkdtemp(prefix="reformkg-notebooks-", dir=Path.home()))
    try:
        for path in paths:
            store = scratch / path.stem
            notebook = nbformat.read(path, as_version=4)
            client = NotebookClient(
                notebook, timeout=300, kernel_name="python3", resources={"metadata": {"path": str(NOTEBOOKS)}}
            )
            client.execute(env={**os.environ, "REFORMKG_STORE": str(store)})
            nbformat.write(notebook, path)
            print(f"executed {path.relative_to(ROOT)}", file=sys.stderr)
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
