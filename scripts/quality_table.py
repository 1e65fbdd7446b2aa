"""Print README's extraction-quality table: every gold document scored by `reformkg eval`'s own evaluation.

Run `.venv/bin/python scripts/quality_table.py` from the repository root; it prints Markdown.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from reformkg.extract.evaluation import Score, evaluate
from reformkg.extract.extractor import extract_file
from reformkg.extract.records import ENTITY_TYPES
from tests.conftest import ALL_DOCUMENTS, gold_for

STRUCTURE = ("sections", "items", "paths")
F1_COLUMNS = ("metadata", "ledger", "推动", "pilot sites", "concepts", "traps")


def main() -> None:
    totals: dict[str, list[int]] = {}
    header = ["document", "format", "structure", *(f"{t} P / R" for t in ENTITY_TYPES), "entities P / R / F1"]
    header += list(F1_COLUMNS)
    print("| " + " | ".join(header) + " |")
    print("|" + "---|" * len(header))
    for path in ALL_DOCUMENTS:
        scores = {s.component: s for s in evaluate(extract_file(path), gold_for(path))}
        for name, s in scores.items():
            total = totals.setdefault(name, [0, 0, 0])
            for index, value in enumerate((s.true_positives, s.predicted, s.gold)):
                total[index] += value
        structure = min(scores[c].f1 for c in STRUCTURE if c in scores)
        row = [path.stem, path.suffix.lstrip("."), f"{structure:.2f}"]
        row += [_pr(scores[f"entities:{t}"]) for t in ENTITY_TYPES]
        everything = scores["entities:all"]
        row.append(f"{everything.precision:.2f} / {everything.recall:.2f} / {everything.f1:.2f}")
        row += [f"{scores[c].f1:.2f}" if c in scores else "—" for c in F1_COLUMNS]
        print("| " + " | ".join(row) + " |")
    print()
    micro = {name: Score(name, *values) for name, values in totals.items()}
    parts = [f"{t} {_pr(micro[f'entities:{t}'])}" for t in ENTITY_TYPES]
    print(f"Micro-averaged over {len(ALL_DOCUMENTS)} documents, precision / recall: " + ", ".join(parts) + ";")
    print(
        "entities "
        + " / ".join(f"{v:.2f}" for v in (micro["entities:all"].precision, micro["entities:all"].recall))
        + f" (F1 {micro['entities:all'].f1:.2f}); F1 "
        + ", ".join(f"{c} {micro[c].f1:.2f}" for c in F1_COLUMNS if c in micro)
        + "."
    )


def _pr(score: Score) -> str:
    if not score.gold and not score.predicted:
        return "—"
    return f"{score.precision:.2f} / {score.recall:.2f}"


if __name__ == "__main__":
    main()
