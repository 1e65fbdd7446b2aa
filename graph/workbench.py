"""The Python API for analysts (Jupyter): the graph as objects they already know.

    from reformkg import open_store
    kg = open_store()                      # ./reformkg-data or $REFORMKG_STORE; builds the bundled document if empty
    kg.items(involves="深圳")               # a pandas DataFrame, the same rows as `reformkg items --involves 深圳`
    kg.sparql("SELECT ?c WHERE { ?c a rk:Court }")
    kg.rdf, kg.nx                          # the rdflib Dataset and the NetworkX projection
    kg.show(entity="深圳")                  # the interactive page of the service, inline and offline

Every method calls the same functions of graph.queries, graph.network and graph.pages as the command line and
the HTTP service: no query is written here.
"""

from __future__ import annotations

import html
import os
from typing import Any

import networkx as nx
import pandas as pd
from rdflib import Dataset

from reformkg.graph import network, queries
from reformkg.graph.build import build_bundled_if_empty, build_graphs, write_built
from reformkg.graph.pages import render_page
from reformkg.graph.projection import project
from reformkg.graph.sparql import Limits, select
from reformkg.graph.store import GraphStore, Location, store_location

HOLDER = "a Python session (reformkg.open_store)"


def open_store(
    path: str | os.PathLike[str] | None = None, *, read_only: bool = True, build_if_empty: bool = True
) -> ReformGraph:
    """The store at `path` (default ./reformkg-data or $REFORMKG_STORE; a URL for a SPARQL server), opened for
    reading — beside a running service or other readers — with the bundled document built into it first if it is
    empty. `read_only=False` holds it for writing instead (no one else can read it meanwhile); `kg.build()` takes
    the writer's lock only while it writes, whichever was chosen. A server's store has no lock: it applies each
    write as one transaction while it answers others."""
    location = store_location(path)
    if build_if_empty:
        build_bundled_if_empty(location, HOLDER)
    return ReformGraph(location, read_only=read_only)


class ReformGraph:
    """An open store: the queries of the command line as DataFrames, the graph as rdflib and NetworkX objects."""

    def __init__(self, path: Location, read_only: bool = True) -> None:
        self.path = path
        self.read_only = read_only
        self._store = GraphStore.open(path, read_only=read_only, holder=HOLDER)
        self._graph: nx.MultiDiGraph | None = None

    # -- the graph as objects -----------------------------------------------------------------------------

    @property
    def rdf(self) -> Dataset:
        """The rdflib Dataset of every document (the default graph is their union)."""
        return self._store.dataset

    @property
    def nx(self) -> nx.MultiDiGraph:
        """The NetworkX projection: typed nodes, edges labelled with the relation's Chinese label and evidence."""
        if self._graph is None:
            self._graph = project(self._store)
        return self._graph

    def build(self, *paths: str | os.PathLike[str]) -> ReformGraph:
        """Extract documents into the store, replacing earlier versions of the same documents. Refused, with a
        message naming who reads the store, while a service or another reader holds it."""
        with build_graphs(paths) as spool:  # before the store is let go: a bad file changes nothing
            if self.read_only:
                self._store.close()
                try:
                    with GraphStore.open(self.path, holder=HOLDER) as store:
                        write_built(store, spool)
                finally:
                    self._store = GraphStore.open(self.path, read_only=True, holder=HOLDER)
            else:
                write_built(self._store, spool)
        self._graph = None
        return self

    def close(self) -> None:
        self._store.close()

    def __enter__(self) -> ReformGraph:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- the queries of the command line, as DataFrames ---------------------------------------------------

    def documents(self) -> pd.DataFrame:
        return pd.DataFrame(
            queries.documents(self._store), columns=["id", "title", "issuer", "number", "issued", "sections"]
        )

    def type_counts(self) -> pd.Series:
        return pd.Series(queries.type_counts(self._store), name="entities")

    def items(self, involves: str | None = None, document: str | None = None) -> pd.DataFrame:
        rows = queries.items(self._store, involves=involves, document=document)
        columns = ["document", "ordinal", "label", "title", "section", "path", "text"]
        return pd.DataFrame(rows, columns=columns + (["matched"] if involves else []))

    def ledger(self, document: str | None = None) -> pd.DataFrame:
        """The ledger (台账): for every item its lead units, participants and deadline, with what it names."""
        rows = queries.ledger(self._store, document=document)
        columns = ["document", "ordinal", "label", "title", "lead", "participants", "deadline"]
        return pd.DataFrame(rows, columns=[*columns, "mechanisms", "pilots", "places"])

    def compare(self, a: str, b: str) -> pd.DataFrame:
        """One row per concept: `change` is continued, new or dropped, with the items on each side."""
        found = queries.compare(self._store, a, b)
        rows = [{"change": "continued", **row} for row in found["continued"]]
        rows += [{"change": "new", "concept": r["concept"], "a_items": [], "b_items": r["items"]} for r in found["new"]]
        rows += [
            {"change": "dropped", "concept": r["concept"], "a_items": r["items"], "b_items": []}
            for r in found["dropped"]
        ]
        return pd.DataFrame(rows, columns=["change", "concept", "a_items", "b_items"])

    def timeline(self, concept: str) -> pd.DataFrame:
        rows = queries.timeline(self._store, concept)
        return pd.DataFrame(rows, columns=["document", "issued", "issuer", "ordinal", "title", "mentions"])

    def pilots(self, at: str | None = None, document: str | None = None) -> pd.DataFrame:
        rows = queries.pilots(self._store, at=at, document=document)
        return pd.DataFrame(rows, columns=["pilot", "document", "ordinal", "title", "places"])

    def entities(self, type: str | None = None, located_in: str | None = None, q: str | None = None) -> pd.DataFrame:
        rows = queries.entities(self._store, type=type, in_=located_in, q=q)
        return pd.DataFrame(rows, columns=["id", "label", "types", "aliases", "items", "located_in"])

    def entity(self, name: str) -> dict[str, Any]:
        return queries.entity(self._store, name)

    def relations(self, predicate: str | None = None, document: str | None = None) -> pd.DataFrame:
        rows = queries.relations(self._store, predicate=predicate, document=document)
        columns = ["subject", "predicate", "object", "document", "ordinal", "title", "evidence", "span", "provenance"]
        return pd.DataFrame(rows, columns=columns)

    def paths(self, source: str, target: str) -> list[pd.DataFrame]:
        """The shortest connections between two entities, one DataFrame of hops (with evidence) per path."""
        found = network.paths(self._store, source, target)
        return [pd.DataFrame(path) for path in found["paths"]]

    def neighbours(self, name: str, depth: int = 1) -> pd.DataFrame:
        return pd.DataFrame(network.neighbours(self._store, name, depth)["nodes"])

    def sparql(self, query: str, rows: int = Limits.rows) -> pd.DataFrame:
        """A read-only SELECT (prefixes rk:, skos:, rdfs: … predeclared) as a DataFrame of Python values."""
        names, found = select(self._store, query, rows)
        return pd.DataFrame(found, columns=names)

    # -- pictures ------------------------------------------------------------------------------------------

    def page(
        self, *, document: str | None = None, item: int | None = None, entity: str | None = None, depth: int = 1
    ) -> str:
        """The service's interactive page (a whole HTML document, vis-network inlined)."""
        view = network.page_view(self._store, lambda: self.nx, document=document, item=item, entity=entity, depth=depth)
        return render_page(view.graph, title=view.title, highlight=view.highlight, overview=view.overview)

    def show(
        self,
        *,
        document: str | None = None,
        item: int | None = None,
        entity: str | None = None,
        depth: int = 1,
        height: int = 640,
    ) -> Any:
        """The interactive page inline in a notebook, in a sandboxed frame of its own (it needs no internet)."""
        from IPython.display import HTML

        page = self.page(document=document, item=item, entity=entity, depth=depth)
        # (in a <div>: IPython suggests its IFrame for bare iframes, which cannot carry a page inline)
        return HTML(
            f'<div><iframe srcdoc="{html.escape(page, quote=True)}" style="width:100%;height:{height}px;border:0" '
            'sandbox="allow-scripts"></iframe></div>'
        )
