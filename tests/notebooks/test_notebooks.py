"""The analyst notebooks: each runs from a clean kernel of this interpreter against a fresh store, and each is
stored executed, with the outputs a reader sees on a code-hosting site.

A notebook states facts about the documents and asserts them in its cells, so running it here is what keeps the
prose true to what the code returns."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

import nbformat
import pytest
from jupyter_client.kernelspec import KernelSpecManager
from jupyter_client.manager import KernelManager
from nbclient import NotebookClient

from tests.conftest import stale_config

ROOT = Path(__file__).resolve().parents[2]
NOTEBOOK_DIR = ROOT / "notebooks"
NOTEBOOKS = sorted(NOTEBOOK_DIR.glob("*.ipynb"))
EXPECTED = {"01-quickstart", "02-sparql", "03-network-analysis", "04-comparing-documents"}
CELL_TIMEOUT = 300  # seconds; each notebook takes well under a minute
KERNEL = "reformkg-notebook-test"
# What a broken Chinese font set-up leaves in the outputs: matplotlib's missing-glyph and font-fallback warnings.
FONT_TROUBLE = ("missing from font", "findfont:", "Glyph ")


def test_the_four_notebooks_are_there() -> None:
    assert {path.stem for path in NOTEBOOKS} >= EXPECTED


@pytest.fixture(scope="session")
def kernel_specs(tmp_path_factory: pytest.TempPathFactory) -> KernelSpecManager:
    """A kernelspec that starts this interpreter (the virtualenv's Python), whatever `python3` means elsewhere."""
    folder = tmp_path_factory.mktemp("kernels")
    spec = folder / KERNEL
    spec.mkdir()
    argv = [sys.executable, "-m", "ipykernel_launcher", "-f", "{connection_file}"]
    (spec / "kernel.json").write_text(
        json.dumps({"argv": argv, "display_name": "reformkg tests", "language": "python"}), encoding="utf-8"
    )
    return KernelSpecManager(kernel_dirs=[str(folder)], ensure_native_kernel=False)


@pytest.fixture(scope="session")
def stale_matplotlib(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A matplotlib config folder whose font cache predates the CJK font (the state of any machine where
    matplotlib ran before the font was installed): the notebooks must find the font anyway."""
    return stale_config(tmp_path_factory.mktemp("matplotlib"))


def executed(
    path: Path, store: Path, specs: KernelSpecManager, matplotlib_config: Path | None = None
) -> nbformat.NotebookNode:
    """The notebook run top to bottom in a new kernel, in notebooks/, with $REFORMKG_STORE set to `store` (and
    $MPLCONFIGDIR to `matplotlib_config`, when given).

    One cell is added at the end to report the kernel's interpreter."""
    notebook = nbformat.read(path, as_version=4)
    notebook.cells.append(nbformat.v4.new_code_cell("import sys; print(sys.executable)"))
    manager = KernelManager(kernel_name=KERNEL, kernel_spec_manager=specs)
    client = NotebookClient(
        notebook,
        km=manager,
        timeout=CELL_TIMEOUT,
        allow_errors=False,
        resources={"metadata": {"path": str(NOTEBOOK_DIR)}},
    )
    env = {**os.environ, "REFORMKG_STORE": str(store)}
    if matplotlib_config is not None:
        env["MPLCONFIGDIR"] = str(matplotlib_config)
    client.execute(env=env)
    return notebook


def stream_text(notebook: nbformat.NotebookNode, name: str) -> str:
    return "".join(
        output.get("text", "")
        for cell in notebook.cells
        if cell.cell_type == "code"
        for output in cell.outputs
        if output.output_type == "stream" and output.name == name
    )


@pytest.mark.parametrize("path", NOTEBOOKS, ids=[path.stem for path in NOTEBOOKS])
def test_notebook_runs_from_a_clean_kernel(
    path: Path, tmp_path: Path, kernel_specs: KernelSpecManager, stale_matplotlib: Path
) -> None:
    store = tmp_path / "store"
    notebook = executed(path, store, kernel_specs, stale_matplotlib)  # raises CellExecutionError on a failing cell or assertion
    assert notebook.cells[-1].outputs[0]["text"].strip() == sys.executable
    assert (store / "CURRENT").exists(), "the notebook did not open the store named by $REFORMKG_STORE"
    assert not any(trouble in stream_text(notebook, "stderr") for trouble in FONT_TROUBLE)


@pytest.mark.parametrize("path", NOTEBOOKS, ids=[path.stem for path in NOTEBOOKS])
def test_notebook_is_stored_executed(path: Path) -> None:
    notebook = nbformat.read(path, as_version=4)
    nbformat.validate(notebook)
    cells = [cell for cell in notebook.cells if cell.cell_type == "code"]
    assert cells and "open_store()" in cells[0].source, "the first code cell opens the store"
    # executed in one run, top to bottom, and saved with its outputs
    assert [cell.execution_count for cell in cells] == list(range(1, len(cells) + 1))
    assert sum(len(cell.outputs) for cell in cells) >= len(cells) // 2
    outputs = [output for cell in cells for output in cell.outputs]
    assert not [output for output in outputs if output.output_type == "error"]
    assert not any(trouble in stream_text(notebook, "stderr") for trouble in FONT_TROUBLE)
    # nothing of the machine it ran on: no checkout or scratch-store paths in what readers see
    text = json.dumps([output for output in outputs if output.output_type != "display_data"], ensure_ascii=False)
    assert str(ROOT) not in text and "/tmp/" not in text
    # every step is told in prose: Chinese and English markdown before the code
    prose = "".join(cell.source for cell in notebook.cells if cell.cell_type == "markdown")
    assert any("\u4e00" <= char <= "\u9fff" for char in prose) and "the" in prose
