"""SPARQL answers written straight from Oxigraph's terms, cut at a number of rows: yes/no answers, graphs and
solutions as JSON by Oxigraph's own writers; other solutions by the SPARQL 1.1 results formats below, because an
answer cut at the row cap is a list that Oxigraph's writer of solutions cannot take back. No rdflib term is made
for any value (converting each one through rdflib was most of the endpoint's time per request)."""

from __future__ import annotations

import csv
import io
import itertools
import json
import re
from collections.abc import Callable, Iterable
from typing import IO, Any, cast
from xml.sax.saxutils import escape, quoteattr

import pyoxigraph as ox

from reformkg.graph.vocabulary import PREFIXES

XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
GRAPH_FORMATS = {
    "ttl": ox.RdfFormat.TURTLE,
    "jsonld": ox.RdfFormat.JSON_LD,
    "nt": ox.RdfFormat.N_TRIPLES,
    "xml": ox.RdfFormat.RDF_XML,
}
BOOLEAN_FORMATS = {"json": ox.QueryResultsFormat.JSON, "xml": ox.QueryResultsFormat.XML}
Answer = ox.QuerySolutions | ox.QueryBoolean | Iterable[ox.Triple]


def write(answer: Answer, fmt: str, rows: int, again: Callable[[], Answer]) -> tuple[bytes, bool]:
    """The answer in `fmt` (json, xml, csv, tsv for solutions; json, xml for a boolean; ttl, jsonld, nt, xml for
    a graph), and whether it was cut at `rows` rows (solutions) or triples (a graph). `again` asks the query
    again, for the rare answer too long for Oxigraph's own writer of solutions."""
    if isinstance(answer, ox.QueryBoolean):
        return answer.serialize(format=BOOLEAN_FORMATS[fmt]) or b"", False
    if isinstance(answer, ox.QuerySolutions):
        if fmt == "json":
            written = _oxigraph_json(answer, rows)
            if written is not None:
                return written
            answer = again()
            assert isinstance(answer, ox.QuerySolutions)
        names = [variable.value for variable in answer.variables]
        solutions = list(itertools.islice(answer, rows + 1))
        return _SOLUTION_WRITERS[fmt](names, solutions[:rows]), len(solutions) > rows
    triples = list(itertools.islice(answer, rows + 1))
    return ox.serialize(triples[:rows], format=GRAPH_FORMATS[fmt], prefixes=PREFIXES) or b"", len(triples) > rows


# Oxigraph's writer of solutions writes at most this much before the answer is written again by the writers below,
# which cut it at the row cap without holding every row. An answer within it may still have to be parsed to count
# its rows (it can be shorter than the row cap's worth of solutions of one short value each), which takes ten
# times its size: 16 MB would take a query worker past its memory limit. Cheap queries answer in far less.
OXIGRAPH_BYTES = 2**20
# the fewest bytes a solution takes in Oxigraph's JSON (`{},`): an answer shorter than this times the row cap
# cannot have more rows than the cap
_FEWEST_JSON_BYTES = 3


class _Full(Exception):
    pass


class _CappedSink(io.RawIOBase):
    """Collects what a writer writes, and stops it (raising) past `cap` bytes."""

    def __init__(self, cap: int) -> None:
        self.parts: list[bytes] = []
        self.size = 0
        self.cap = cap

    def writable(self) -> bool:
        return True

    def write(self, data: Any) -> int:
        self.size += len(data)
        if self.size > self.cap:
            raise _Full
        self.parts.append(bytes(data))
        return len(data)


def _oxigraph_json(solutions: ox.QuerySolutions, rows: int) -> tuple[bytes, bool] | None:
    """Solutions as Oxigraph writes them in JSON, cut at `rows`; None when they run past `OXIGRAPH_BYTES`."""
    sink = _CappedSink(OXIGRAPH_BYTES)
    try:
        solutions.serialize(cast(IO[bytes], sink), format=ox.QueryResultsFormat.JSON)
    except _Full:
        return None
    data = b"".join(sink.parts)
    if len(data) <= _FEWEST_JSON_BYTES * rows:
        return data, False
    answer = json.loads(data)  # long enough to have more rows than the cap: count them
    bindings = answer["results"]["bindings"]
    if len(bindings) <= rows:
        return data, False
    answer["results"]["bindings"] = bindings[:rows]
    return json.dumps(answer, ensure_ascii=False, separators=(",", ":")).encode(), True


def _json(names: list[str], solutions: list[ox.QuerySolution]) -> bytes:
    bindings = [
        {name: _json_term(term) for name, term in zip(names, solution, strict=True) if term is not None}
        for solution in solutions
    ]
    return json.dumps({"head": {"vars": names}, "results": {"bindings": bindings}}, ensure_ascii=False).encode()


def _json_term(term: Any) -> dict[str, Any]:
    if isinstance(term, ox.NamedNode):
        return {"type": "uri", "value": term.value}
    if isinstance(term, ox.BlankNode):
        return {"type": "bnode", "value": term.value}
    if isinstance(term, ox.Literal):
        if term.language:
            return {"type": "literal", "value": term.value, "xml:lang": term.language}
        if term.datatype.value == XSD_STRING:
            return {"type": "literal", "value": term.value}
        return {"type": "literal", "value": term.value, "datatype": term.datatype.value}
    parts = zip(("subject", "predicate", "object"), (term.subject, term.predicate, term.object), strict=True)
    return {"type": "triple", "value": {part: _json_term(value) for part, value in parts}}


def _xml(names: list[str], solutions: list[ox.QuerySolution]) -> bytes:
    out = ['<?xml version="1.0"?>\n<sparql xmlns="http://www.w3.org/2005/sparql-results#"><head>']
    out += [f"<variable name={quoteattr(name)}/>" for name in names]
    out.append("</head><results>")
    for solution in solutions:
        out.append("<result>")
        for name, term in zip(names, solution, strict=True):
            if term is not None:
                out.append(f"<binding name={quoteattr(name)}>{_xml_term(term)}</binding>")
        out.append("</result>")
    out.append("</results></sparql>\n")
    return "".join(out).encode()


def _xml_term(term: Any) -> str:
    if isinstance(term, ox.NamedNode):
        return f"<uri>{escape(term.value)}</uri>"
    if isinstance(term, ox.BlankNode):
        return f"<bnode>{escape(term.value)}</bnode>"
    if isinstance(term, ox.Literal):
        if term.language:
            return f"<literal xml:lang={quoteattr(term.language)}>{_xml_text(term.value)}</literal>"
        if term.datatype.value == XSD_STRING:
            return f"<literal>{_xml_text(term.value)}</literal>"
        return f"<literal datatype={quoteattr(term.datatype.value)}>{_xml_text(term.value)}</literal>"
    parts = (("subject", term.subject), ("predicate", term.predicate), ("object", term.object))
    return "<triple>" + "".join(f"<{part}>{_xml_term(value)}</{part}>" for part, value in parts) + "</triple>"


def _xml_text(value: str) -> str:
    """Escaped, with white space at either end as character references: XML readers (Oxigraph's among them) trim
    it from an element's text otherwise."""
    return _EDGE_SPACE.sub(lambda edge: "".join(f"&#{ord(c)};" for c in edge.group()), escape(value))


_EDGE_SPACE = re.compile(r"^\s+|\s+$")


def _csv(names: list[str], solutions: list[ox.QuerySolution]) -> bytes:
    """SPARQL 1.1 CSV: plain values (a blank node as _:label), CRLF line ends."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(names)
    for solution in solutions:
        writer.writerow(["" if term is None else _csv_value(term) for term in solution])
    return out.getvalue().encode()


def _csv_value(term: Any) -> str:
    return f"_:{term.value}" if isinstance(term, ox.BlankNode) else term.value if hasattr(term, "value") else str(term)


def _tsv(names: list[str], solutions: list[ox.QuerySolution]) -> bytes:
    """SPARQL 1.1 TSV: terms as N-Triples writes them (Oxigraph's term syntax: tabs and newlines escaped)."""
    lines = ["\t".join(f"?{name}" for name in names)]
    lines += ["\t".join("" if term is None else str(term) for term in solution) for solution in solutions]
    return ("\n".join(lines) + "\n").encode()


_SOLUTION_WRITERS = {"json": _json, "xml": _xml, "csv": _csv, "tsv": _tsv}
