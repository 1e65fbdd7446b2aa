"""Text in, records out: read a document, find its structure, run the pipeline over its items, link."""

from __future__ import annotations

from dataclasses import replace
from functools import cache
from pathlib import Path

from reformkg.extract.components.common import ISSUER_CITY, ISSUER_DIVISIONS, TOWN_TRIBUNALS
from reformkg.extract.lexicon import Lexicon, load_lexicon
from reformkg.extract.linking import Issuer, Unit, link, resolve_issuer, resolve_unit
from reformkg.extract.metadata import ISSUER
from reformkg.extract.pipeline import load_pipeline
from reformkg.extract.reading import RawText, read_text
from reformkg.extract.records import COURT, Extraction
from reformkg.extract.structure import parse_document
from reformkg.extract.tribunals import Tribunal, own_short_tribunals, place_tribunals, town_tribunals


@cache
def _issuer(name: str | None) -> Issuer | None:
    """Documents of one court name it the same way: recognise each issuer once per process."""
    return resolve_issuer(load_pipeline(), load_lexicon(), name)


@cache
def _unit(issuer: Issuer | None, name: str) -> Unit:
    return resolve_unit(load_pipeline(), load_lexicon(), issuer, name)


def extract_file(path: str | Path) -> Extraction:
    """Raises extract.reading.DocumentError with the file and the reason when the file is no such document."""
    return extract_text(read_text(path))


def extract_text(raw: RawText) -> Extraction:
    document = parse_document(raw)
    nlp = load_pipeline()
    lexicon = load_lexicon()
    issuer = _issuer(document.metadata.issuer)
    if issuer is not None and document.metadata.issuer is not None and not ISSUER.match(document.metadata.issuer):
        # a court named short (北京高院, where a news report above a reprint names it): by its full name
        document = replace(document, metadata=replace(document.metadata, issuer=issuer.label))
    # what the whole document says of its tribunals, for the courts component to read in each item
    texts = [item.body for item in document.items]
    court = issuer.label if issuer is not None else None
    issuer_place = issuer.located_in[0] if issuer is not None and issuer.located_in else None
    tribunals = town_tribunals(texts, court, issuer_place, lexicon.tribunal_words)
    tribunals |= place_tribunals(texts, court, lambda name: _place_name(lexicon, name))
    written_short = own_short_tribunals(texts, court, issuer_place, lexicon.tribunal_words, lexicon.words_before_names)
    tribunals = written_short | tribunals  # a tribunal written in full too is known from that
    divisions = lexicon.divisions_by_city.get(issuer_place, {}) if issuer_place else {}
    bodies = [nlp.make_doc(item.body) for item in document.items]
    for body in bodies:
        body.user_data[TOWN_TRIBUNALS] = tribunals
        body.user_data[ISSUER_DIVISIONS] = divisions
        body.user_data[ISSUER_CITY] = issuer_place
    docs = list(nlp.pipe(bodies))
    names = {name for item in document.items for name in (*item.ledger.lead, *item.ledger.participants)}
    units = {name: _tribunal_unit(tribunals.get(name)) or _unit(issuer, name) for name in sorted(names)}
    return link(document, docs, lexicon, issuer, units)


def _place_name(lexicon: Lexicon, written: str) -> str | None:
    place = lexicon.place(written)
    return place.name if place is not None else None


def _tribunal_unit(tribunal: Tribunal | None) -> Unit | None:
    """A ledger's unit that is one of the document's tribunals (深圳法庭): the tribunal, by its full name."""
    return None if tribunal is None else Unit(tribunal.label, COURT, (tribunal.town,))
