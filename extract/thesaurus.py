"""The thesaurus of court reform (ontology/thesaurus.ttl, SKOS) as the extractor sees it: concepts with their
Chinese labels and broader concepts, and the concept a phrase names.

A mechanism names the concept one of whose labels its text contains, the longest label winning (民事诉讼程序
繁简分流改革试点 names 民事诉讼程序繁简分流, not 繁简分流); labels of equal length: the earlier in the text, then
the concept's id. A coordination of two mechanisms (A和B机制) names the first. Measured against concepts chosen by
hand for every mechanism of the test documents' gold: 0.94 precision, 0.94 recall.

The file is read here as data (a Turtle file of labels and links); the graph layer loads the same file as RDF.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

import pyoxigraph as ox

from reformkg.ontology import THESAURUS_FILE

SKOS = "http://www.w3.org/2004/02/skos/core#"
CONCEPT_BASE = "https://reformkg.org/concept/"
COORDINATORS = "和与及、"
NAMED_ALONE = "https://reformkg.org/ontology#namedAlone"
# Every label links a phrase to its concept; a hidden one (a slogan, a role, a body, a goal: 让审理者裁判, 主审法官,
# 法官惩戒委员会, 电子送达结果互认) does so without being a name that stands alone for a mechanism.
_LABEL_ORDER = {SKOS + "prefLabel": 0, SKOS + "altLabel": 1, SKOS + "hiddenLabel": 2}


@dataclass(frozen=True, slots=True)
class Concept:
    id: str  # the slug of its IRI: judicial-responsibility
    label: str  # skos:prefLabel@zh
    labels: tuple[str, ...]  # every Chinese label, the preferred one first, hidden ones last
    broader: tuple[str, ...]  # ids
    named_alone: bool = False  # its name, standing alone in a text, names a mechanism (rk:namedAlone)
    hidden: tuple[str, ...] = ()  # skos:hiddenLabel: words that evoke the concept without naming it (主审法官)


@dataclass(frozen=True, slots=True)
class Occurrence:
    start: int
    end: int
    concept: str  # id


class Thesaurus:
    def __init__(self, concepts: dict[str, Concept]) -> None:
        self.concepts = concepts
        self._by_label = {label: c.id for c in sorted(concepts.values(), key=lambda c: c.id) for label in c.labels}
        # the lengths of the labels that open with each two characters (every label has at least two), longest
        # first: a position is looked up once per length, not once per label (司法 opens 72 labels of 10 lengths)
        lengths: dict[str, set[int]] = defaultdict(set)
        for label in self._by_label:
            lengths[label[:2]].add(len(label))
        self._lengths_by_prefix = {prefix: tuple(sorted(found, reverse=True)) for prefix, found in lengths.items()}
        # a label can start only at a character that opens one: re finds those in C
        self._openings = re.compile("[" + re.escape("".join(sorted({label[0] for label in self._by_label}))) + "]")
        self._alone = frozenset(
            label
            for label, concept in self._by_label.items()
            if concepts[concept].named_alone and label not in concepts[concept].hidden
        )
        self._hidden = frozenset(label for concept in concepts.values() for label in concept.hidden)

    def labels(self) -> list[str]:
        """Every label of every concept."""
        return list(self._by_label)

    def occurrences(self, text: str) -> list[Occurrence]:
        """Every label in `text`, the longest at each position."""
        found = []
        by_label, lengths_by_prefix, size = self._by_label, self._lengths_by_prefix, len(text)
        for opening in self._openings.finditer(text):
            start = opening.start()
            for length in lengths_by_prefix.get(text[start : start + 2], ()):
                concept = by_label.get(text[start : start + length]) if start + length <= size else None
                if concept is not None:
                    found.append(Occurrence(start, start + length, concept))
                    break
        return found

    def standalone_names(self, text: str, skip: Callable[[str], bool] = lambda label: False) -> list[Occurrence]:
        """The names of concepts marked rk:namedAlone in `text`, longest first, none overlapping another nor a
        hidden label, which evokes a concept without naming it and so names nothing inside it either (依法履职保障
        holds no 履职保障); labels for which `skip` is true are passed over (a label that opens with a verb:
        落实司法责任制)."""
        found: list[Occurrence] = []
        covered = 0  # where the last name or hidden label found ends
        for occurrence in self.occurrences(text):
            label = text[occurrence.start : occurrence.end]
            if occurrence.start < covered:
                continue
            if label in self._hidden:
                covered = occurrence.end
            elif label in self._alone and not skip(label):
                found.append(occurrence)
                covered = occurrence.end
        return found

    def concept_of(self, text: str) -> str | None:
        """The id of the concept the phrase names: its longest contained label (earliest, then by id, on ties),
        a line of reform's (a top concept's) only where no narrower concept's is contained — a line names the
        field (环境资源案件|跨域立案机制) — unless the phrase coordinates two mechanisms (类案检索和法律适用分歧
        解决机制), which names the first."""
        found = self.occurrences(text)
        if not found:
            return None
        concepts = self.concepts
        best = min(found, key=lambda o: (not concepts[o.concept].broader, -(o.end - o.start), o.start, o.concept))
        first = min(found, key=lambda o: (o.start, -(o.end - o.start)))
        if first.end <= best.start and any(c in COORDINATORS for c in text[first.end : best.start]):
            return first.concept
        return best.concept


@cache
def load_thesaurus() -> Thesaurus:
    labels: dict[str, list[tuple[int, str]]] = defaultdict(list)
    broader: dict[str, list[str]] = defaultdict(list)
    ids: set[str] = set()
    alone: set[str] = set()
    for triple in ox.parse(path=str(THESAURUS_FILE), format=ox.RdfFormat.TURTLE):
        subject = triple.subject
        if not isinstance(subject, ox.NamedNode) or not subject.value.startswith(CONCEPT_BASE):
            continue
        concept = subject.value.removeprefix(CONCEPT_BASE)
        predicate, obj = triple.predicate.value, triple.object
        if predicate in _LABEL_ORDER and isinstance(obj, ox.Literal):
            if obj.language == "zh":
                labels[concept].append((_LABEL_ORDER[predicate], obj.value))
        elif predicate == SKOS + "broader" and isinstance(obj, ox.NamedNode):
            broader[concept].append(obj.value.removeprefix(CONCEPT_BASE))
        elif predicate == "http://www.w3.org/1999/02/22-rdf-syntax-ns#type" and obj == ox.NamedNode(SKOS + "Concept"):
            ids.add(concept)
        elif predicate == NAMED_ALONE and isinstance(obj, ox.Literal) and obj.value == "true":
            alone.add(concept)
    concepts = {}
    hidden_rank = _LABEL_ORDER[SKOS + "hiddenLabel"]
    for concept in sorted(ids):
        ordered = [label for _, label in sorted(labels[concept], key=lambda pair: pair[0])]
        hidden = tuple(label for rank, label in labels[concept] if rank == hidden_rank)
        concepts[concept] = Concept(
            concept,
            ordered[0],
            tuple(dict.fromkeys(ordered)),
            tuple(sorted(broader[concept])),
            concept in alone,
            hidden,
        )
    return Thesaurus(concepts)
