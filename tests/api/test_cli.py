"""The reformkg command as a user runs it: a real process, JSON on stdout, clear errors on bad input."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import DOCUMENTS, ROOT

REFORMKG = shutil.which("reformkg") or str(Path(sys.executable).parent / "reformkg")


def run(*args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
    done = subprocess.run([REFORMKG, *args], capture_output=True, text=True, timeout=300)
    if check:
        assert done.returncode == 0, done.stderr
    return done


@pytest.fixture(scope="module")
def cli_store(tmp_path_factory) -> str:
    store = str(tmp_path_factory.mktemp("cli-store"))
    run("build", "--store", store)
    run("build", str(DOCUMENTS[0]), "--store", store)
    return store


def test_build_then_query_json(cli_store):
    items = json.loads(run("items", "--involves", "深圳", "--store", cli_store, "--json").stdout)
    assert 2 in [i["ordinal"] for i in items]
    docs = json.loads(run("documents", "--store", cli_store, "--json").stdout)
    assert len(docs) == 2


def test_store_from_environment(cli_store, monkeypatch):
    done = subprocess.run(
        [REFORMKG, "documents", "--json"],
        capture_output=True,
        text=True,
        env={"REFORMKG_STORE": cli_store, "PATH": "/usr/bin:/bin"},
        timeout=120,
    )
    assert done.returncode == 0 and len(json.loads(done.stdout)) == 2


def test_sparql_results_json_and_csv(cli_store):
    query = "SELECT ?court WHERE { ?court a rk:Court } LIMIT 3"
    results = json.loads(run("sparql", query, "--store", cli_store).stdout)
    assert results["head"]["vars"] == ["court"] and len(results["results"]["bindings"]) == 3
    assert run("sparql", query, "--format", "csv", "--store", cli_store).stdout.startswith("court")


@pytest.mark.parametrize(
    "query",
    [
        "INSERT DATA { <urn:a> <urn:b> <urn:c> }",
        "DROP ALL",
        "SELECT * WHERE { SERVICE <http://example.org/> { ?s ?p ?o } }",
        "SELECT * WHERE {",
    ],
)
def test_sparql_refuses_updates_service_and_garbage(cli_store, query):
    done = run("sparql", query, "--store", cli_store, check=False)
    assert done.returncode == 2 and "Traceback" not in done.stderr and done.stderr


def test_bad_files_fail_cleanly_and_leave_the_store_as_it_was(cli_store, tmp_path):
    before = sorted(run("export", "--format", "nt", "--store", cli_store).stdout.splitlines())
    binary = tmp_path / "image.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    poem = tmp_path / "poem.txt"
    poem.write_text("床前明月光，疑是地上霜。", encoding="utf-8")
    for path in ("/nonexistent/file.txt", str(binary), str(poem)):
        done = run(
            "build",
            str(ROOT / "extract/seed/guangdong-2021-sifa-gaige-yaodian.txt"),
            path,
            "--store",
            cli_store,
            check=False,
        )
        assert done.returncode == 2
        assert path in done.stderr and "Traceback" not in done.stderr
    assert sorted(run("export", "--format", "nt", "--store", cli_store).stdout.splitlines()) == before


def test_a_directory_builds_every_document_in_it_and_lists_what_it_skipped(tmp_path):
    folder = tmp_path / "documents"
    (folder / "2024").mkdir(parents=True)
    for name in ("henan-2023-renwu-fenjie.xlsx", "zuigaofa-2019-shishi-yijian.docx"):
        shutil.copy(ROOT / "tests/documents" / name, folder / "2024" / name)
    shutil.copy(ROOT / "tests/documents/hubei-2022-gongzuo-yaodian.pdf", folder)
    (folder / "notes.json").write_text("{}", encoding="utf-8")
    store = str(tmp_path / "store")
    done = run("build", str(folder), "--store", store, "--json")
    assert len(json.loads(done.stdout)) == 3
    assert "skipped" in done.stderr and "notes.json" in done.stderr
    assert len(json.loads(run("documents", "--store", store, "--json").stdout)) == 3


def test_every_unreadable_file_of_a_build_is_named(tmp_path):
    bad = [tmp_path / "a.txt", tmp_path / "b.docx"]
    bad[0].write_bytes(b"")
    bad[1].write_bytes(b"PK\x03\x04 not really")
    done = run("build", *map(str, bad), "--store", str(tmp_path / "store"), check=False)
    assert done.returncode == 2 and all(str(path) in done.stderr for path in bad)
    assert "Traceback" not in done.stderr and not (tmp_path / "store" / "CURRENT").exists()


def test_parallel_extraction_builds_the_same_store(tmp_path):
    """--jobs 2 extracts in two processes; the store it writes is the one --jobs 1 writes, quad for quad."""
    documents = [
        str(ROOT / "tests/documents" / name)
        for name in (
            "hainan-2022-shishi-fangan.txt",
            "beijing-2020-gaige-yijian.txt",
            "jiangsu-2023-gongzuo-yaodian.docx",
        )
    ]
    dumps = []
    for jobs in ("1", "2"):
        store = str(tmp_path / f"store-{jobs}")
        built = run("build", *documents, "--jobs", jobs, "--store", store, "--json")
        assert [row["source"] for row in json.loads(built.stdout)] == [Path(d).name for d in documents]
        dumps.append(sorted(run("export", "--format", "nt", "--store", store).stdout.splitlines()))
    assert dumps[0] == dumps[1] and len(dumps[0]) > 5000
    bad = run("build", *documents, "--jobs", "0", "--store", str(tmp_path / "none"), check=False)
    assert bad.returncode == 2 and "number of processes" in bad.stderr


def test_the_ledger_as_json_csv_and_xlsx(tmp_path):
    store = str(tmp_path / "store")
    run("build", str(ROOT / "tests/documents/henan-2023-renwu-fenjie.xlsx"), "--store", store)
    rows = json.loads(run("ledger", "--store", store, "--json").stdout)
    assert len(rows) == 20 and rows[0]["lead"] == ["审判管理办公室"] and rows[0]["deadline"] == "2023年6月底前"
    table = run("ledger", "--format", "csv", "--store", store).stdout.lstrip("\ufeff").splitlines()
    assert table[0].split(",")[:4] == ["文件", "序号", "工作任务", "牵头单位"] and len(table) == 21
    run("ledger", "--format", "xlsx", "-o", str(tmp_path / "ledger.xlsx"), "--store", store)
    from openpyxl import load_workbook

    sheet = load_workbook(tmp_path / "ledger.xlsx").active
    assert sheet.max_row == 21 and sheet["D2"].value == "审判管理办公室"
    refused = run("ledger", "--format", "xlsx", "--store", store, check=False)
    assert refused.returncode == 2 and "-o FILE" in refused.stderr


def test_querying_a_missing_store_says_what_to_do(tmp_path):
    done = run("items", "--store", str(tmp_path / "nothing"), check=False)
    assert done.returncode == 2 and "reformkg build" in done.stderr


def test_eval_prints_scores(tmp_path):
    gold = ROOT / "tests/gold/guangdong-2021-sifa-gaige-yaodian.gold.json"
    scores = json.loads(
        run("eval", str(gold), str(ROOT / "extract/seed/guangdong-2021-sifa-gaige-yaodian.txt"), "--json").stdout
    )
    assert {s["component"] for s in scores} >= {"items", "entities:机制", "推动"}


@pytest.mark.parametrize(
    "reformkg",
    [REFORMKG, f"{sys.executable} -m tests.api.on_a_server"],
    ids=["store in a directory", "store on an Oxigraph server"],
)
def test_interface_check_passes(reformkg):
    checker = ROOT.parent / "shared" / "tools" / "check_interface.py"
    if not checker.exists():
        pytest.skip("shared/tools/check_interface.py is not beside this checkout")
    done = subprocess.run(
        [sys.executable, str(checker), "--reformkg", reformkg], capture_output=True, text=True, timeout=900, cwd=ROOT
    )
    assert done.returncode == 0, done.stdout
    assert " 0 failed" in done.stdout


def _build_on_a_terminal(store: str, *extra: str) -> tuple[str, str]:
    """Build two documents with stderr on a pseudo-terminal; what stdout and the terminal received."""
    import os
    import pty

    primary, secondary = pty.openpty()
    documents = [
        str(ROOT / "tests/documents" / name)
        for name in ("beijing-2020-gaige-yijian.txt", "hubei-2022-gongzuo-yaodian.pdf")
    ]
    done = subprocess.run(
        [REFORMKG, "build", *documents, "--store", store, "--json", *extra],
        stdout=subprocess.PIPE,
        stderr=secondary,
        text=True,
        timeout=300,
        env={**os.environ, "COLUMNS": "100", "TERM": "xterm"},
    )
    os.close(secondary)
    received = b""
    while True:
        try:
            chunk = os.read(primary, 65536)
        except OSError:
            break
        if not chunk:
            break
        received += chunk
    os.close(primary)
    assert done.returncode == 0
    return done.stdout, received.decode("utf-8", errors="replace")


def test_a_build_shows_progress_on_a_terminal_and_nowhere_else(tmp_path):
    stdout, terminal = _build_on_a_terminal(str(tmp_path / "a"))
    assert "reading" in terminal and "hubei-2022-gongzuo-yaodian.pdf" in terminal
    assert len(json.loads(stdout)) == 2  # stdout is the JSON document and nothing else
    _quiet_stdout, quiet_terminal = _build_on_a_terminal(str(tmp_path / "b"), "--quiet")
    assert "reading" not in quiet_terminal and "built" in quiet_terminal
    piped = run(
        "build",
        str(ROOT / "tests/documents/beijing-2020-gaige-yijian.txt"),
        str(ROOT / "tests/documents/hubei-2022-gongzuo-yaodian.pdf"),
        "--store",
        str(tmp_path / "c"),
    )
    assert "reading" not in piped.stderr


def test_building_again_skips_what_the_store_holds_unchanged(tmp_path):
    store = str(tmp_path / "store")
    document = tmp_path / "plan.txt"
    shutil.copy(ROOT / "tests/documents/beijing-2020-gaige-yijian.txt", document)
    run("build", str(document), "--store", store)
    again = run("build", str(document), "--store", store, "--json")
    assert json.loads(again.stdout) == [] and "1 of 1 documents are in the store unchanged" in again.stderr
    forced = run("build", str(document), "--store", store, "--force", "--json")
    assert len(json.loads(forced.stdout)) == 1
    document.write_text(document.read_text(encoding="utf-8").replace("北京", "天津", 1), encoding="utf-8")
    changed = run("build", str(document), "--store", store, "--json")
    assert len(json.loads(changed.stdout)) == 1
