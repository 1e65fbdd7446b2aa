"""The typed records that flow from extraction to the graph. Small, frozen, with their provenance."""

from __future__ import annotations

from dataclasses import dataclass

# The entity types of the ontology, by their fixed Chinese labels.
MECHANISM = "机制"
COURT = "法院"
PILOT = "试点"
PLACE = "地区"
ORGANISATION = "机构"
NORMATIVE_DOCUMENT = "规范性文件"
ENTITY_TYPES = (MECHANISM, COURT, PILOT, PLACE, ORGANISATION, NORMATIVE_DOCUMENT)


@dataclass(frozen=True, slots=True)
class Metadata:
    """What the header and signature of a document say about it; None where the text does not say."""

    issuer: str | None = None
    number: str | None = None
    issued: str | None = None  # ISO date YYYY-MM-DD
    urgency: str | None = None
    addressees: tuple[str, ...] = ()
    handling_unit: str | None = None
    page_count: int | None = None


@dataclass(frozen=True, slots=True)
class Sentence:
    start: int  # character offsets in the item's normalised text
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class Ledger:
    """The 台账 of a work point as the document states it: units as written, the deadline as written."""

    lead: tuple[str, ...] = ()
    participants: tuple[str, ...] = ()
    deadline: str | None = None

    def __bool__(self) -> bool:
        return bool(self.lead or self.participants or self.deadline)


@dataclass(frozen=True, slots=True)
class Item:
    """A numbered work point. `text` is its normalised text without the printed label: its body, then its ledger
    lines as written (from `ledger_at` on; a bracketed ledger note is moved there). `path` is the printed markers
    from its section down to itself (["二", "（三）", "7."])."""

    ordinal: int
    label: str
    section: int  # ordinal of its section, 0 when the document has none
    text: str
    sentences: tuple[Sentence, ...]
    path: tuple[str, ...] = ()
    ledger: Ledger = Ledger()
    ledger_at: int | None = None  # where the ledger lines start in `text`

    @property
    def body(self) -> str:
        """What the work point says, without its ledger lines: what entities and relations are read from."""
        return self.text if self.ledger_at is None else self.text[: self.ledger_at].rstrip("\n")

    @property
    def title(self) -> str:
        first = self.sentences[0].text if self.sentences else self.text
        return first.rstrip("。！？；")

    def sentence_at(self, offset: int) -> Sentence:
        for sentence in self.sentences:
            if sentence.start <= offset < sentence.end:
                return sentence
        return self.sentences[-1]


@dataclass(frozen=True, slots=True)
class Section:
    ordinal: int
    label: str
    title: str
    items: tuple[int, ...]


@dataclass(frozen=True, slots=True)
class Document:
    id: str
    source: str  # the name of the file it was read from
    title: str | None
    metadata: Metadata
    preamble: str
    sections: tuple[Section, ...]
    items: tuple[Item, ...]
    closing: tuple[str, ...]
    encoding: str  # how the file was read: a text encoding (utf-8, gb18030 …) or a format (docx, pdf …)
    warnings: tuple[str, ...] = ()  # what the reader could not explain (numbering gaps, repeats …)
    content_hash: str = ""  # SHA-256 of the file's bytes
    note: str | None = None  # what its folder says of it (extract.reading.NOTE_FILE)

    def item(self, ordinal: int) -> Item:
        return self.items[ordinal - 1]

    def section_of(self, item: Item) -> Section | None:
        return self.sections[item.section - 1] if item.section else None


@dataclass(frozen=True, slots=True)
class Mention:
    """A stretch of an item's text that names an entity."""

    item: int  # item ordinal
    start: int
    end: int
    text: str
    type: str  # one of ENTITY_TYPES
    key: str  # canonical label of the entity it names


@dataclass(frozen=True, slots=True)
class Entity:
    label: str  # canonical
    types: frozenset[str]
    aliases: frozenset[str] = frozenset()
    located_in: tuple[str, ...] = ()  # canonical labels of places it lies in directly
    full_name: str | None = None
    concept: str | None = None  # the id of the thesaurus concept a mechanism or pilot names
    # what tells it apart from another entity of the same label, in other documents: a place whose name divisions
    # of several cities bear, by its city's (白云 → 贵阳市白云区, 广州市白云区); None where the label does
    key: str | None = None


@dataclass(frozen=True, slots=True)
class Evidence:
    """Where a relation was read: the item, its sentence and the character span in the item's text."""

    item: int
    sentence: str
    start: int
    end: int


# Where a relation comes from: a sentence of an item (text), an item's ledger (ledger), the gazetteer of places and
# courts (gazetteer: 位于), the document's outline and header (structure: 属于, 发布), the thesaurus (概念).
SOURCES = TEXT, LEDGER, GAZETTEER, STRUCTURE, THESAURUS = ("text", "ledger", "gazetteer", "structure", "thesaurus")


@dataclass(frozen=True, slots=True)
class Relation:
    subject: str  # canonical label, or the item reference "item:N"
    predicate: str  # Chinese label of the ontology property (推动, 试点于, 位于, …)
    object: str
    evidence: Evidence | None = None
    source: str = TEXT  # where it was read: one of SOURCES


@dataclass(frozen=True, slots=True)
class Extraction:
    """Everything extracted from one document."""

    document: Document
    entities: tuple[Entity, ...]
    mentions: tuple[Mention, ...]
    relations: tuple[Relation, ...]

    def entity(self, label: str) -> Entity:
        for entity in self.entities:
            if entity.label == label:
                return entity
        raise KeyError(label)


def item_ref(ordinal: int) -> str:
    """The subject label used for relations whose subject is an item of the document at hand."""
    return f"item:{ordinal}"
