"""The SPARQL 1.1 Protocol's HTTP side: where the query is in a request, and which result format the client
accepts. Running the query is graph.sparql's business."""

from __future__ import annotations

import re
from urllib.parse import parse_qs

from fastapi import HTTPException, Request
from fastapi.responses import JSONResponse

from reformkg.graph.sparql import RequestDataset, SparqlError, formats_for

MAX_QUERY_CHARS = 100_000

# media type → format name, per query form; the first is the default
RESULT_MEDIA = {
    "application/sparql-results+json": "json",
    "application/json": "json",
    "application/sparql-results+xml": "xml",
    "application/xml": "xml",
    "text/xml": "xml",
    "text/csv": "csv",
    "text/tab-separated-values": "tsv",
}
GRAPH_MEDIA = {
    "text/turtle": "ttl",
    "application/x-turtle": "ttl",
    "application/ld+json": "jsonld",
    "application/json": "jsonld",
    "application/n-triples": "nt",
    "text/plain": "nt",
    "application/rdf+xml": "xml",
    "application/xml": "xml",
}
MEDIA_OF = {
    ("SELECT", "json"): "application/sparql-results+json",
    ("SELECT", "xml"): "application/sparql-results+xml",
    ("SELECT", "csv"): "text/csv; charset=utf-8",
    ("SELECT", "tsv"): "text/tab-separated-values; charset=utf-8",
    ("GRAPH", "ttl"): "text/turtle; charset=utf-8",
    ("GRAPH", "jsonld"): "application/ld+json",
    ("GRAPH", "nt"): "application/n-triples",
    ("GRAPH", "xml"): "application/rdf+xml",
}


def error_response(error: SparqlError) -> JSONResponse:
    """A query the endpoint does not answer: 403 for what it never runs (updates, SERVICE), 429 when every worker
    is busy, 400 for the rest (malformed, too slow, too big)."""
    if error.forbidden:
        return JSONResponse({"detail": str(error)}, status_code=403)
    if error.busy:
        return JSONResponse({"detail": str(error)}, status_code=429, headers={"Retry-After": "1"})
    return JSONResponse({"detail": str(error)}, status_code=400)


def media_type(form: str, fmt: str) -> str:
    return MEDIA_OF[("SELECT" if form in ("SELECT", "ASK") else "GRAPH", fmt)]


def negotiate(form: str, accept: str | None, override: str | None) -> str:
    """The format to answer a query of `form` in: `format=` if given, else the best match of Accept."""
    allowed = formats_for(form)
    media = RESULT_MEDIA if form in ("SELECT", "ASK") else GRAPH_MEDIA
    media = {kind: name for kind, name in media.items() if name in allowed}
    if override:
        chosen = _format_named(override, media, allowed)
        if chosen is None:
            raise HTTPException(400, f"a {form} query cannot be answered as {override!r}; one of {', '.join(allowed)}")
        return chosen
    default = next(iter(media.values()))
    for wanted, _ in _ranked(accept or "*/*"):
        if wanted in media:
            return media[wanted]
        if wanted in ("*/*", "application/*", "text/*"):
            return default
    raise HTTPException(406, f"none of the accepted types can carry a {form} answer; try one of {', '.join(media)}")


ALIASES = {"turtle": "ttl", "json-ld": "jsonld", "n-triples": "nt", "ntriples": "nt", "rdf": "xml", "rdfxml": "xml"}


def _format_named(override: str, media: dict[str, str], allowed: tuple[str, ...]) -> str | None:
    """`format=` as a name (csv, ttl …), a common alias (turtle, json-ld) or media types, as clients such as
    SPARQLWrapper send it."""
    for wanted in override.lower().split(","):
        wanted = wanted.split(";")[0].strip()
        name = media.get(wanted) or ALIASES.get(wanted, wanted)
        if name in allowed:
            return name
    return None


def _ranked(accept: str) -> list[tuple[str, float]]:
    ranked = []
    for part in accept.split(","):
        fields = [f.strip() for f in part.split(";")]
        quality = 1.0
        for field in fields[1:]:
            if field.startswith("q="):
                try:
                    quality = float(field[2:])
                except ValueError:
                    quality = 0.0
        if fields[0] and quality > 0:
            ranked.append((fields[0].lower(), quality))
    return sorted(ranked, key=lambda r: -r[1])


async def query_of(request: Request) -> tuple[str, RequestDataset | None]:
    """The query of a GET (`?query=`), a form POST (`query=`) or a direct POST (application/sparql-query), and the
    dataset the request names (`default-graph-uri`, `named-graph-uri`), if it names one.
    Updates, by any of the protocol's ways of sending them, are refused with 403."""
    if "update" in request.query_params:
        raise HTTPException(403, "updates are not allowed: the endpoint is read-only")
    parameters: dict[str, list[str]] = {}
    for name, value in request.query_params.multi_items():
        parameters.setdefault(name, []).append(value)
    if request.method == "POST":
        kind = request.headers.get("content-type", "").split(";")[0].strip().lower()
        body = await request.body()
        if len(body) > 4 * MAX_QUERY_CHARS:
            raise HTTPException(413, f"the query is longer than {MAX_QUERY_CHARS} characters")
        text = body.decode("utf-8", errors="replace")
        if kind == "application/sparql-update":
            raise HTTPException(403, "updates are not allowed: the endpoint is read-only")
        if kind == "application/sparql-query":
            parameters["query"] = [text]
        elif kind == "application/x-www-form-urlencoded":
            form = parse_qs(text, keep_blank_values=True)
            if "update" in form:
                raise HTTPException(403, "updates are not allowed: the endpoint is read-only")
            for name, values in form.items():
                parameters[name] = values + [v for v in parameters.get(name, []) if name != "query"]
        else:
            raise HTTPException(
                415, "send the query as application/sparql-query or application/x-www-form-urlencoded (query=…)"
            )
    query = parameters.get("query")
    return _checked(query[0] if query else None), _dataset(parameters)


def _dataset(parameters: dict[str, list[str]]) -> RequestDataset | None:
    """The protocol's default-graph-uri and named-graph-uri: the dataset of the query, replacing its FROM clauses."""
    defaults = parameters.get("default-graph-uri", [])
    named = parameters.get("named-graph-uri", [])
    if not defaults and not named:
        return None
    for iri in (*defaults, *named):
        if not _ABSOLUTE_IRI.fullmatch(iri):
            raise HTTPException(400, f"a graph must be named by an absolute IRI, not {iri[:200]!r}")
    return tuple(defaults), tuple(named)


_ABSOLUTE_IRI = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*:[^\s<>\"{}|^`\\]+")


def _checked(query: str | None) -> str:
    if not query or not query.strip():
        raise HTTPException(400, "no query: pass it as `query`")
    if len(query) > MAX_QUERY_CHARS:
        raise HTTPException(413, f"the query is longer than {MAX_QUERY_CHARS} characters")
    return query
