"""Extraction quality against the hand-written gold annotations (tests/gold/, see GUIDELINES.md).

The floors sit a little under the scores measured when they were set (README lists the current figures), so a
change that makes extraction worse fails here. The test documents were written without looking at the
extractor; they differ from the bundled one in encoding, numbering, page breaks, courts and places.
"""

from __future__ import annotations

import pytest

from reformkg.extract import BUNDLED_DOCUMENT
from reformkg.extract.evaluation import evaluate
from tests.conftest import ALL_DOCUMENTS, gold_for

# component → minimal F1 on every document (components a gold file does not annotate are not scored for it)
FLOORS = {
    "metadata": 1.0,
    "sections": 1.0,
    "items": 1.0,
    "paths": 1.0,
    "ledger": 0.95,
    "entities:机制": 0.75,  # since the gold names mechanisms without a head word (司法责任制, 繁简分流)
    "entities:法院": 0.93,
    "entities:地区": 0.8,
    "entities:all": 0.87,
    "pilots": 0.85,
    "推动": 0.75,
    "courts located in": 0.85,
    "concepts": 0.75,
}
# A scan read by OCR: one character in twenty is misread, and a misread character falls on a title or a name as
# often as anywhere. Its floors hold the page's layout (paths), the metadata and the ledger nearly whole and most
# of its names; pilots' names are long, and one misread character loses one.
OCR_FLOORS = {
    "metadata": 0.8,
    "sections": 0.7,
    "items": 0.7,
    "paths": 1.0,
    "ledger": 0.9,
    "entities:机制": 0.75,
    "entities:法院": 0.75,
    "entities:all": 0.75,
    "推动": 0.75,
    "concepts": 0.75,
}
OCR_PRECISION = 0.7  # per type but pilots, whose names (审判辅助事务集约化管理试点) are the longest: misread often


def read_by_ocr(extraction) -> bool:
    return extraction.document.encoding == "pdf (OCR)"


# component → minimal F1 over all documents together (micro-averaged)
MICRO_FLOORS = {
    "entities:机构": 0.97,
    "entities:规范性文件": 0.96,
    "entities:试点": 0.95,
    "entities:机制": 0.89,
    "entities:all": 0.93,
    "pilot sites": 0.95,
    "ledger": 0.97,
    "traps": 0.97,
    # 0.92 over 43 documents, 0.91 over 57; 0.904 over 63, the same 0.91 over the 57: the six added (a river maritime
    # court at 0.76, two city courts at 0.81 and 0.83) name narrower concepts, as the maritime, financial and Corps
    # courts did; 0.900 over 68, with 20 more hidden labels for the five added last
    "concepts": 0.90,
}


@pytest.mark.parametrize("path", ALL_DOCUMENTS, ids=lambda p: p.stem)
def test_scores_per_document(path, extractions):
    scores = {s.component: s for s in evaluate(extractions[path.stem], gold_for(path))}
    floors = OCR_FLOORS if read_by_ocr(extractions[path.stem]) else FLOORS
    low = {c: round(scores[c].f1, 3) for c, floor in floors.items() if c in scores and scores[c].f1 < floor}
    assert not low, f"below the floor on {path.stem}: {low}"


@pytest.mark.parametrize("path", ALL_DOCUMENTS, ids=lambda p: p.stem)
def test_every_entity_type_is_precise_on_every_document(path, extractions):
    """Nine in ten of the names found of each type are right, on every document: a name of the wrong extent
    (改革审判委员会工作机制), a clause or a slogan counts against it as much as a name never mentioned."""
    scores = evaluate(extractions[path.stem], gold_for(path))
    ocr = read_by_ocr(extractions[path.stem])
    imprecise = {
        s.component: f"{s.true_positives}/{s.predicted}"
        for s in scores
        if s.component.startswith("entities:")
        and s.predicted
        and s.precision < (OCR_PRECISION if ocr else 0.9)
        and not (ocr and s.component == "entities:试点")
    }
    assert not imprecise, f"precision under 0.9 on {path.stem}: {imprecise}"


def test_micro_averaged_scores(extractions):
    totals: dict[str, list[int]] = {c: [0, 0, 0] for c in MICRO_FLOORS}
    for path in ALL_DOCUMENTS:
        for s in evaluate(extractions[path.stem], gold_for(path)):
            if s.component in totals:
                totals[s.component] = [
                    a + b for a, b in zip(totals[s.component], (s.true_positives, s.predicted, s.gold), strict=True)
                ]
    for component, (tp, predicted, gold) in totals.items():
        f1 = 2 * tp / (predicted + gold) if predicted + gold else 1.0
        assert f1 >= MICRO_FLOORS[component], f"{component}: F1 {f1:.3f} < {MICRO_FLOORS[component]}"


def test_bundled_document_entities_are_nearly_all_found(extractions):
    scores = {s.component: s for s in evaluate(extractions[BUNDLED_DOCUMENT.stem], gold_for(BUNDLED_DOCUMENT))}
    assert scores["entities:all"].f1 >= 0.88
    assert scores["pilot sites"].f1 == 1.0
