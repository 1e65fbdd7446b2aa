"""Read-only SPARQL: queries only (never updates), no SERVICE (which would make the server fetch arbitrary
addresses), the project's prefixes predeclared, and results serialised in the W3C formats."""

from __future__ import annotations

from pyparsing import ParseException
from rdflib.plugins.sparql.parser import parseQuery, parseUpdate
from rdflib.query import Result

from graph.store import GraphStore
from graph.vocabulary import SPARQL_PROLOGUE

RESULT_FORMATS = {"json": "json", "xml": "xml", "csv": "csv", "tsv": "tsv"}
GRAPH_FORMATS = {"json": "json-ld", "xml": "xml", "csv": "nt", "tsv": "nt", "ttl": "turtle", "jsonld": "json-ld"}


class SparqlError(ValueError):
    """A query that is malformed, or not allowed (updates, SERVICE)."""

    def __init__(self, message: str, forbidden: bool = False) -> None:
        super().__init__(message)
        self.forbidden = forbidden


def check_query(query: str) -> None:
    text = SPARQL_PROLOGUE + query
    try:
        tree = parseQuery(text)
    except ParseException as error:
        if _is_update(text):
            raise SparqlError("updates are not allowed: the endpoint is read-only", forbidden=True) from None
        raise SparqlError(f"malformed SPARQL query: {error}") from None
    if "ServiceGraphPattern" in repr(tree):
        raise SparqlError("SERVICE is not allowed: the endpoint does not fetch other addresses", forbidden=True)


def _is_update(text: str) -> bool:
    try:
        parseUpdate(text)
    except ParseException:
        return False
    return True


def run_read_only(store: GraphStore, query: str) -> Result:
    check_query(query)
    try:
        return store.query(SPARQL_PROLOGUE + query)
    except (SyntaxError, ValueError, RuntimeError) as error:
        raise SparqlError(f"query failed: {error}") from None


def serialise(result: Result, fmt: str) -> bytes:
    """SELECT/ASK results in JSON/XML/CSV/TSV; CONSTRUCT/DESCRIBE graphs as JSON-LD, RDF/XML or N-Triples."""
    if result.type in ("SELECT", "ASK"):
        return result.serialize(format=RESULT_FORMATS[fmt]) or b""
    assert result.graph is not None
    data = result.graph.serialize(format=GRAPH_FORMATS[fmt])
    return data.encode("utf-8") if isinstance(data, str) else data
