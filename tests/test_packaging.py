"""The package as a user gets it: the wheel `python -m build` makes, installed into a fresh virtual environment,
used from a folder outside the checkout. One import name, `reformkg`, and the data it needs inside it.

The fresh environment takes the project's dependencies from this one (a .pth file naming its site-packages,
which does not carry over this checkout's editable install): what is tested is the wheel, not the download."""

from __future__ import annotations

import json
import subprocess
import sys
import sysconfig
import venv
import zipfile
from pathlib import Path

import pytest

from tests.conftest import ROOT


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("dist")
    done = subprocess.run(
        [sys.executable, "-m", "build", "--wheel", "--outdir", str(out), str(ROOT)],
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-2000:]
    # no warning from the project's packaging (byte-compiling is switched off by this environment, not by it)
    warnings = [
        line
        for line in (done.stdout + done.stderr).splitlines()
        if "warning" in line.lower() and "byte-compil" not in line
    ]
    assert not warnings, warnings
    (found,) = out.glob("reformkg-*.whl")
    return found


@pytest.fixture(scope="module")
def installed(wheel: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A fresh venv with the wheel installed; returns its bin folder."""
    env = tmp_path_factory.mktemp("venv")
    venv.create(env, with_pip=True)
    python = env / "bin" / "python"
    done = subprocess.run(
        [str(python), "-m", "pip", "install", "--quiet", "--no-deps", "--no-index", str(wheel)],
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert done.returncode == 0, done.stderr
    site = subprocess.run(
        [str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    (Path(site) / "reformkg-test-dependencies.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    return env / "bin"


def test_the_wheel_holds_one_package_with_its_data(wheel: Path) -> None:
    names = zipfile.ZipFile(wheel).namelist()
    assert {name.split("/")[0] for name in names if not name.split("/")[0].endswith(".dist-info")} == {"reformkg"}
    for needed in (
        "reformkg/ontology/reformkg.ttl",
        "reformkg/ontology/shapes.ttl",
        "reformkg/ontology/lexicon/places.tsv",
        "reformkg/ontology/lexicon/ledger_fields.tsv",
        "reformkg/graph/templates/graph.html",
        "reformkg/extract/seed/guangdong-2021-sifa-gaige-yaodian.txt",
    ):
        assert needed in names
    # every module of the checkout's folders, under its import name
    modules = {
        f"reformkg/{path.relative_to(ROOT).as_posix()}"
        for folder in ("api", "extract", "graph", "ontology")
        for path in (ROOT / folder).rglob("*.py")
    }
    assert modules <= set(names), sorted(modules - set(names))


def test_only_the_one_import_name_is_installed(installed: Path, tmp_path: Path) -> None:
    python = str(installed / "python")
    assert subprocess.run([python, "-c", "import reformkg, reformkg.graph.queries"], cwd=tmp_path).returncode == 0
    for generic in ("graph", "api", "extract", "ontology"):
        done = subprocess.run([python, "-c", f"import {generic}"], cwd=tmp_path, capture_output=True, text=True)
        assert done.returncode != 0 and "ModuleNotFoundError" in done.stderr, generic


def test_the_installed_command_builds_and_answers_outside_the_checkout(installed: Path, tmp_path: Path) -> None:
    reformkg = str(installed / "reformkg")
    build = subprocess.run([reformkg, "build"], cwd=tmp_path, capture_output=True, text=True, timeout=300)
    assert build.returncode == 0, build.stderr
    assert (tmp_path / "reformkg-data" / "CURRENT").exists()
    items = subprocess.run(
        [reformkg, "items", "--involves", "深圳", "--json"], cwd=tmp_path, capture_output=True, text=True, timeout=300
    )
    assert items.returncode == 0, items.stderr
    rows = json.loads(items.stdout)
    assert 2 in {row["ordinal"] for row in rows} and all(row["matched"] for row in rows)
    word = ROOT / "tests/documents/sichuan-2022-fengong-fangan.docx"
    assert subprocess.run([reformkg, "build", str(word)], cwd=tmp_path, capture_output=True).returncode == 0
