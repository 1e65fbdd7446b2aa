"""Precision, recall and F1 of an extraction against a hand-written gold annotation (tests/gold/GUIDELINES.md)."""

from __future__ import annotations

import json
from collections.abc import Hashable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from reformkg.extract.linking import LEADS, TAKES_PART
from reformkg.extract.records import COURT, ENTITY_TYPES, PILOT, Extraction


@dataclass(frozen=True)
class Score:
    component: str
    true_positives: int
    predicted: int
    gold: int

    @property
    def precision(self) -> float:
        return self.true_positives / self.predicted if self.predicted else (1.0 if not self.gold else 0.0)

    @property
    def recall(self) -> float:
        return self.true_positives / self.gold if self.gold else (1.0 if not self.predicted else 0.0)

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict[str, Any]:
        return {
            "component": self.component,
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
            "true_positives": self.true_positives,
            "predicted": self.predicted,
            "gold": self.gold,
        }


def score(component: str, predicted: Iterable[Hashable], gold: Iterable[Hashable]) -> Score:
    predicted_set, gold_set = set(predicted), set(gold)
    return Score(component, len(predicted_set & gold_set), len(predicted_set), len(gold_set))


def load_gold(path: str | Path) -> dict[str, Any]:
    with open(path, encoding="utf-8") as handle:
        gold: dict[str, Any] = json.load(handle)
    return gold


def evaluate(extraction: Extraction, gold: dict[str, Any]) -> list[Score]:
    """One score per component: structure, each entity type (label and item), pilots, 推动, courts' places."""
    document = extraction.document
    meta = gold.get("metadata", {})
    found_meta = {
        "issuer": document.metadata.issuer,
        "number": document.metadata.number,
        "issued": document.metadata.issued,
        "title": document.title,
    }
    scores = [
        score("metadata", [(k, v) for k, v in found_meta.items() if v], [(k, v) for k, v in meta.items() if v]),
        score(
            "sections",
            [(s.ordinal, s.title, tuple(s.items)) for s in document.sections],
            [(s["ordinal"], s["title"], tuple(s["items"])) for s in gold["sections"]],
        ),
        score(
            "items",
            [(i.ordinal, i.label, i.title) for i in document.items],
            [(i["ordinal"], i["label"], i["title"]) for i in gold["items"]],
        ),
    ]
    mentioned = {(m.type, m.key, m.item) for m in extraction.mentions}
    gold_mentioned = {
        (type_, label, ordinal)
        for type_, entities in gold["entities"].items()
        for label, ordinals in entities.items()
        for ordinal in ordinals
    }
    for type_ in ENTITY_TYPES:
        scores.append(
            score(
                f"entities:{type_}",
                {m for m in mentioned if m[0] == type_},
                {m for m in gold_mentioned if m[0] == type_},
            )
        )
    scores.append(score("entities:all", mentioned, gold_mentioned))
    scores.append(
        score(
            "pilots",
            {(m.key, m.item) for m in extraction.mentions if m.type == PILOT},
            {(p["pilot"], p["ordinal"]) for p in gold["pilots"]},
        )
    )
    scores.append(
        score(
            "pilot sites",
            {
                (r.subject, r.evidence.item, r.object)
                for r in extraction.relations
                if r.predicate == "试点于" and r.evidence
            },
            {(p["pilot"], p["ordinal"], place) for p in gold["pilots"] for place in p["places"]},
        )
    )
    scores.append(
        score(
            "推动",
            {
                (int(r.subject.split(":")[1]), r.object)
                for r in extraction.relations
                if r.predicate == "推动" and r.subject.startswith("item:")
            },
            {(p["ordinal"], p["object"]) for p in gold["promotes"]},
        )
    )
    if any("path" in item for item in gold["items"]):
        scores.append(
            score(
                "paths",
                [(i.ordinal, i.path) for i in document.items],
                [(i["ordinal"], tuple(i["path"])) for i in gold["items"] if "path" in i],
            )
        )
    if "ledger" in gold:
        scores.append(score("ledger", _ledger_facts(extraction), _gold_ledger_facts(gold["ledger"])))
    if "concepts" in gold:
        scores.append(_concept_links(extraction, gold["concepts"]))
    if "not_entities" in gold:
        traps = {(type_, label) for type_, labels in gold["not_entities"].items() for label in labels}
        sprung = {(m.type, m.key, m.item) for m in extraction.mentions if (m.type, m.key) in traps}
        # Every trap extracted is a false positive; precision is what share of the traps were left alone.
        scores.append(Score("traps", len(traps) - len({(t, k) for t, k, _ in sprung}), len(traps), len(traps)))
    courts = {e.label for e in extraction.entities if COURT in e.types}
    gold_courts = set(gold["entities"].get(COURT, {}))
    scores.append(
        score(
            "courts located in",
            {
                (r.subject, r.object)
                for r in extraction.relations
                if r.predicate == "位于" and r.subject in courts & gold_courts
            },
            {tuple(pair) for pair in gold["located_in"]},
        )
    )
    return scores


def _ledger_facts(extraction: Extraction) -> set[tuple[str, int, str]]:
    facts = {("deadline", i.ordinal, i.ledger.deadline) for i in extraction.document.items if i.ledger.deadline}
    roles = {LEADS: "lead", TAKES_PART: "participant"}
    for relation in extraction.relations:
        if relation.predicate in roles and relation.object.startswith("item:"):
            facts.add((roles[relation.predicate], int(relation.object.split(":")[1]), relation.subject))
    return facts


def _gold_ledger_facts(ledger: list[dict[str, Any]]) -> set[tuple[str, int, str]]:
    facts = set()
    for row in ledger:
        facts |= {("lead", row["ordinal"], unit) for unit in row.get("lead", [])}
        facts |= {("participant", row["ordinal"], unit) for unit in row.get("participants", [])}
        if row.get("deadline"):
            facts.add(("deadline", row["ordinal"], row["deadline"]))
    return facts


def format_scores(scores: list[Score]) -> str:
    lines = [f"{'component':<22}{'P':>8}{'R':>8}{'F1':>8}{'tp':>6}{'pred':>6}{'gold':>6}"]
    for s in scores:
        lines.append(
            f"{s.component:<22}{s.precision:>8.3f}{s.recall:>8.3f}{s.f1:>8.3f}{s.true_positives:>6}{s.predicted:>6}{s.gold:>6}"
        )
    return "\n".join(lines)


def _concept_links(extraction: Extraction, gold: dict[str, str | None]) -> Score:
    """The thesaurus concept of each mechanism and pilot that both the gold and the extraction have (whether the
    entity was found at all is scored by the entity components): a link is right when it is the gold's concept, a
    link where the gold has none is a false positive, a missing link a false negative."""
    linked = {entity.label: entity.concept for entity in extraction.entities if entity.label in gold}
    predicted = {(label, concept) for label, concept in linked.items() if concept}
    expected = {(label, concept) for label, concept in gold.items() if concept and label in linked}
    return score("concepts", predicted, expected)
