"""Format probes: the test documents saved again in other formats, scored against the same gold.

Every Word and Excel test document is saved by LibreOffice as Word 97 (.doc) and Excel 97 (.xls) and printed
by it to PDF; every web page is printed to PDF by Chromium (headless, without its header and footer), as a user
saving a court's page would. Each copy is scored with the gold of its original, beside the original's score, so
that a reader's weakness shows as the difference. Needs LibreOffice (Debian: libreoffice-writer-nogui,
libreoffice-calc-nogui) and Chromium; a probe whose converter is missing is skipped and says so.

    .venv/bin/python scripts/format_probes.py [--out DIR]

Prints a Markdown table: document, copy, and for original and copy the F1 of structure (the lowest of sections,
items and paths), entities, metadata and ledger.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from reformkg.extract.evaluation import evaluate  # noqa: E402
from reformkg.extract.extractor import extract_file  # noqa: E402
from tests.conftest import DOCUMENTS, gold_for  # noqa: E402

CONVERSIONS = {".docx": ("doc", "pdf"), ".xlsx": ("xls", "pdf"), ".html": ("pdf",)}
SHOWN = ("structure", "entities:all", "metadata", "ledger")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, help="keep the copies here (default: a temporary folder)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="reformkg-probes-") as temporary:
        out = args.out or Path(temporary)
        out.mkdir(parents=True, exist_ok=True)
        print("| document | copy | structure | entities F1 | metadata | ledger |")
        print("|---|---|---|---|---|---|")
        for original in DOCUMENTS:
            for target in CONVERSIONS.get(original.suffix, ()):
                copy = _convert(original, target, out)
                if copy is None:
                    print(f"| {original.stem} | {target} | skipped: no converter | | | |")
                    continue
                before, after = _scores(original), _scores(copy)
                cells = " | ".join(f"{before[name]:.2f} → {after[name]:.2f}" for name in SHOWN)
                via = "Chromium" if original.suffix == ".html" else "LibreOffice"
                print(f"| {original.stem} ({original.suffix[1:]}) | {target} by {via} | {cells} |")


def _convert(original: Path, target: str, out: Path) -> Path | None:
    copy = out / f"{original.stem}.{target}"
    if original.suffix == ".html":
        chromium = shutil.which("chromium") or shutil.which("chromium-browser")
        if chromium is None:
            return None
        command = [chromium, "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer"]
        subprocess.run([*command, f"--print-to-pdf={copy}", original.as_uri()], capture_output=True, timeout=120)
    else:
        soffice = shutil.which("soffice")
        if soffice is None:
            return None
        profile = (out / "libreoffice-profile").as_uri()
        command = [soffice, f"-env:UserInstallation={profile}", "--headless", "--convert-to", target]
        subprocess.run([*command, "--outdir", str(out), str(original)], capture_output=True, timeout=300)
    return copy if copy.is_file() else None


def _scores(path: Path) -> dict[str, float]:
    scores = {score.component: score.f1 for score in evaluate(extract_file(path), gold_for(path))}
    scores["structure"] = min(scores.get(name, 1.0) for name in ("sections", "items", "paths"))
    return {name: scores.get(name, 1.0) for name in SHOWN}


if __name__ == "__main__":
    main()
