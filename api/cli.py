"""The `reformkg` command: thin translations of the query layer in graph/ (see shared/interface.md).

Data goes to stdout (one JSON document with --json); progress and errors go to stderr. Bad input exits with
status 2 and a message naming what was wrong; it never prints a traceback and never changes the store.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from reformkg.extract.reading import DocumentError

EXIT_BAD_INPUT = 2
EXIT_INTERNAL = 1


class UsageError(Exception):
    pass


def main(argv: Sequence[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    try:
        result: int = args.run(args)
        return result
    except (DocumentError, UsageError) as error:
        return _fail(str(error))
    except ValueError as error:  # QueryError, SparqlError, unknown formats
        return _fail(str(error))
    except KeyboardInterrupt:
        return _fail("interrupted")
    except Exception as error:  # a store locked by another process, a full disk … or a defect
        from reformkg.graph.store import StoreError

        if isinstance(error, StoreError | OSError):
            return _fail(str(error))
        if os.environ.get("REFORMKG_DEBUG"):
            raise
        print(
            f"reformkg: internal error: {type(error).__name__}: {error}\n"
            "reformkg: this is a defect of reformkg, not of your input; run again with REFORMKG_DEBUG=1 to see "
            "where it happened, and report it",
            file=sys.stderr,
        )
        return EXIT_INTERNAL


def _fail(message: str) -> int:
    print(f"reformkg: error: {message}", file=sys.stderr)
    return EXIT_BAD_INPUT


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="reformkg", description="Knowledge graphs from Chinese court-reform documents."
    )
    commands = parser.add_subparsers(dest="command", required=True)

    def command(
        name: str, run: Callable[[argparse.Namespace], int], help_: str, json_flag: bool = True
    ) -> argparse.ArgumentParser:
        sub = commands.add_parser(name, help=help_, description=help_)
        sub.add_argument(
            "--store", default=None, help="graph store directory (default ./reformkg-data or $REFORMKG_STORE)"
        )
        if json_flag:
            sub.add_argument("--json", action="store_true", help="print one JSON document on stdout")
        sub.set_defaults(run=run)
        return sub

    build = command(
        "build",
        _build,
        "extract documents (default: the bundled one) and (re)write their part of the store; a PATH is a file "
        "(.txt .md .docx .pdf .html .htm .xlsx .csv) or a directory of them",
    )
    build.add_argument("paths", nargs="*", metavar="PATH")
    build.add_argument("--quiet", action="store_true", help="no progress bar on stderr")
    build.add_argument("--force", action="store_true", help="rebuild documents the store holds unchanged")
    build.add_argument(
        "--jobs",
        type=_positive,
        default=os.cpu_count() or 1,
        metavar="N",
        help="extract with N processes (default: the number of cores); the store is written by one",
    )
    command("documents", _documents, "the documents in the store")
    items = command("items", _items, "items, or those that involve NAME (its aliases and what lies in it too)")
    items.add_argument("--involves", metavar="NAME")
    items.add_argument("--document", metavar="ID")
    ledger = command("ledger", _ledger, "the ledger (台账): who leads each work point, who takes part, by when")
    ledger.add_argument("--document", metavar="ID")
    ledger.add_argument("--format", choices=["csv", "xlsx"], help="write a table instead of text or JSON")
    ledger.add_argument("-o", "--output", metavar="FILE", help="where to write the table (CSV: default stdout)")
    compare = command("compare", _compare, "mechanisms continued, new and dropped between two documents")
    compare.add_argument("a", metavar="ID_A")
    compare.add_argument("b", metavar="ID_B")
    timeline = command("timeline", _timeline, "every document and item that names a concept, by date")
    timeline.add_argument("concept", metavar="CONCEPT")
    pilots = command("pilots", _pilots, "pilots and where they run")
    pilots.add_argument("--at", metavar="PLACE")
    pilots.add_argument("--document", metavar="ID")
    entities = command("entities", _entities, "entities by type, place, text")
    entities.add_argument("--type", metavar="TYPE", help="机制 法院 试点 地区 机构 规范性文件")
    entities.add_argument("--in", dest="in_", metavar="PLACE")
    entities.add_argument("--q", metavar="TEXT")
    relations = command("relations", _relations, "relations with their evidence")
    relations.add_argument("--predicate", metavar="LABEL")
    relations.add_argument("--document", metavar="ID")
    sparql = command("sparql", _sparql, "run a read-only SPARQL 1.1 query", json_flag=False)
    sparql.add_argument("query", metavar="QUERY")
    sparql.add_argument("--format", choices=["json", "csv", "tsv", "xml"], default="json")
    export = command("export", _export, "the whole graph in a file format", json_flag=False)
    export.add_argument("--format", required=True, choices=["ttl", "nt", "jsonld", "trig", "graphml", "gexf", "csv"])
    export.add_argument("-o", "--output", metavar="FILE")
    serve = command(
        "serve", _serve, "build the bundled document if the store is empty, then serve the HTTP API", json_flag=False
    )
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=8000)
    serve.add_argument(
        "--allow-host",
        action="append",
        default=[],
        metavar="NAME",
        help="a host name the service answers for besides its address and localhost (repeatable; '*' for any)",
    )
    summary = command("summary", _summary, "counts per type, and the items that involve NAME")
    summary.add_argument("--involves", metavar="NAME")
    evaluate = command("eval", _eval, "precision, recall and F1 of the extractor against a gold annotation")
    evaluate.add_argument("gold", metavar="GOLD")
    evaluate.add_argument("doc", metavar="DOC")
    return parser


def _print(args: argparse.Namespace, rows: Any, text: Callable[[Any], str]) -> int:
    if getattr(args, "json", False):
        json.dump(rows, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        sys.stdout.write(text(rows))
    return 0


def _open(args: argparse.Namespace) -> Any:
    from reformkg.graph.store import GraphStore

    return GraphStore.open(args.store, read_only=True)


# -- commands -----------------------------------------------------------------------------------------------


def _positive(text: str) -> int:
    try:
        number = int(text)
    except ValueError:
        number = 0
    if number < 1:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number of processes (1 or more)")
    return number


def _build(args: argparse.Namespace) -> int:
    from reformkg.extract import BUNDLED_DOCUMENT
    from reformkg.extract.reading import document_files
    from reformkg.graph.build import build_graphs, unchanged, write_built
    from reformkg.graph.store import GraphStore, store_location

    files, skipped = document_files(args.paths or [BUNDLED_DOCUMENT])
    for path in skipped:
        print(f"reformkg: skipped {path}: not a supported format", file=sys.stderr)
    if not files:
        raise UsageError("no documents to build: " + ", ".join(map(str, args.paths)))
    same = set() if args.force else set(unchanged(store_location(args.store), files))
    if same:
        print(
            f"reformkg: {len(same)} of {len(files)} documents are in the store unchanged since they were built; "
            "skipped (--force rebuilds them)",
            file=sys.stderr,
        )
        files = [path for path in files if path not in same]
    started = time.perf_counter()
    with _progress(args, len(files)) as progress:
        spool = build_graphs(files, progress, jobs=args.jobs)  # every file read before the store is touched
    extracted = time.perf_counter()
    with spool, GraphStore.open(args.store, read_only=not spool) as store:
        written = write_built(store, spool) if spool else 0
        documents = spool.documents
    timing = f"extracted in {extracted - started:.1f} s, written in {time.perf_counter() - extracted:.1f} s"
    report = []
    for d in documents:
        print(
            f"built {d.id} from {d.source} ({d.encoding}): {d.sections} sections, {d.items} items, "
            f"{d.entities} entities, {d.relations} relations",
            file=sys.stderr,
        )
        for warning in d.warnings:
            print(f"reformkg: warning: {d.source}: {warning}", file=sys.stderr)
        row = {"id": d.id, "source": d.source, "encoding": d.encoding, "sections": d.sections, "items": d.items}
        report.append({**row, "entities": d.entities, "relations": d.relations, "warnings": list(d.warnings)})
    print(f"store {args.store or 'default'}: {written} triples written ({timing})", file=sys.stderr)
    return _print(
        args, report, lambda rows: "".join(f"{r['id']}\t{r['items']} items\t{r['entities']} entities\n" for r in rows)
    )


@contextmanager
def _progress(args: argparse.Namespace, total: int) -> Iterator[Callable[[int, int, Path], None] | None]:
    """A progress bar on stderr while documents are read: only on a terminal, only for more than one document,
    never with --quiet. stdout is untouched."""
    if args.quiet or total < 2 or not sys.stderr.isatty():
        yield None
        return
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    columns = (TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn())
    with Progress(*columns, console=Console(stderr=True), transient=True) as bar:
        task = bar.add_task("reading", total=total)

        def advance(done: int, total: int, path: Path) -> None:
            bar.update(task, completed=done, description=f"reading {path.name}")

        yield advance
        bar.update(task, completed=total)


def _documents(args: argparse.Namespace) -> int:
    from reformkg.graph import queries

    with _open(args) as store:
        rows = queries.documents(store)
    return _print(
        args,
        rows,
        lambda rs: "".join(
            f"{r['id']}\t{r['issuer'] or ''}\t{r['issued'] or ''}\t{r['number'] or ''}\t{r['title'] or ''}\n"
            for r in rs
        ),
    )


def _item_lines(rows: list[dict[str, Any]]) -> str:
    def matched(row: dict[str, Any]) -> str:
        return f"\t← {'、'.join(row['matched'])}" if row.get("matched") else ""

    return "".join(f"{r['document']}\t{' '.join(r['path'])}\t{r['title']}{matched(r)}\n" for r in rows)


def _items(args: argparse.Namespace) -> int:
    from reformkg.graph import queries

    with _open(args) as store:
        rows = queries.items(store, involves=args.involves, document=args.document)
    return _print(args, rows, _item_lines)


def _ledger(args: argparse.Namespace) -> int:
    from reformkg.graph import queries
    from reformkg.graph.export import ledger_table

    with _open(args) as store:
        rows = queries.ledger(store, document=args.document)
    if args.format:
        if args.format == "xlsx" and not args.output:
            raise UsageError("--format xlsx needs -o FILE")
        return _write(ledger_table(rows, args.format), args.output, f"{len(rows)} rows")

    def text(rs: list[dict[str, Any]]) -> str:
        return "".join(
            f"{r['document']}\t{r['label']}\t{r['title']}\t{'、'.join(r['lead']) or '—'}\t"
            f"{'、'.join(r['participants']) or '—'}\t{r['deadline'] or '—'}\n"
            for r in rs
        )

    return _print(args, rows, text)


def _compare(args: argparse.Namespace) -> int:
    from reformkg.graph import queries

    with _open(args) as store:
        result = queries.compare(store, args.a, args.b)

    def text(r: dict[str, Any]) -> str:
        lines = [f"{r['a']} → {r['b']}"]
        lines += [f"continued\t{c['concept']}\t{c['a_items']} → {c['b_items']}" for c in r["continued"]]
        lines += [f"new\t{c['concept']}\t{c['items']}" for c in r["new"]]
        lines += [f"dropped\t{c['concept']}\t{c['items']}" for c in r["dropped"]]
        lines += [f"pilot\t{p['pilot']}\t{'、'.join(p['a_places'])} → {'、'.join(p['b_places'])}" for p in r["pilots"]]
        return "\n".join(lines) + "\n"

    return _print(args, result, text)


def _timeline(args: argparse.Namespace) -> int:
    from reformkg.graph import queries

    with _open(args) as store:
        rows = queries.timeline(store, args.concept)
    return _print(
        args,
        rows,
        lambda rs: "".join(
            f"{r['issued'] or '—'}\t{r['issuer'] or ''}\t{r['document']}#{r['ordinal']}\t{r['title']}\t"
            f"{'、'.join(r['mentions'])}\n"
            for r in rs
        ),
    )


def _pilots(args: argparse.Namespace) -> int:
    from reformkg.graph import queries

    with _open(args) as store:
        rows = queries.pilots(store, at=args.at, document=args.document)
    return _print(
        args,
        rows,
        lambda rs: "".join(
            f"{r['pilot']}\t{'、'.join(r['places']) or '—'}\t{r['document']}#{r['ordinal']}\n" for r in rs
        ),
    )


def _entities(args: argparse.Namespace) -> int:
    from reformkg.graph import queries

    with _open(args) as store:
        rows = queries.entities(store, type=args.type, in_=args.in_, q=args.q)
    return _print(
        args, rows, lambda rs: "".join(f"{'、'.join(r['types'])}\t{r['label']}\t{len(r['items'])} items\n" for r in rs)
    )


def _relations(args: argparse.Namespace) -> int:
    from reformkg.graph import queries

    with _open(args) as store:
        rows = queries.relations(store, predicate=args.predicate, document=args.document)
    return _print(args, rows, lambda rs: "".join(f"{r['subject']}\t{r['predicate']}\t{r['object']}\n" for r in rs))


def _sparql(args: argparse.Namespace) -> int:
    from reformkg.graph.sparql import QueryRunner, query_form
    from reformkg.graph.store import store_location

    query_form(args.query)  # a bad query fails here, before a worker starts
    _open(args).close()  # a missing store fails here, with the store's own message
    with QueryRunner(store_location(args.store), workers=1) as runner:
        answer = runner.run(args.query, args.format)
    if answer.truncated:
        print(f"reformkg: the answer was cut at {runner.limits.rows} rows", file=sys.stderr)
    data = answer.data
    sys.stdout.buffer.write(data)
    if not data.endswith(b"\n"):
        sys.stdout.buffer.write(b"\n")
    return 0


def _export(args: argparse.Namespace) -> int:
    from reformkg.graph.export import export

    with _open(args) as store:
        data = export(store, args.format)
    return _write(data, args.output, f"{len(data)} bytes")


def _write(data: bytes, output: str | None, what: str) -> int:
    """A file's worth of answer to -o FILE (saying so on stderr), or to stdout as it is."""
    if output:
        Path(output).write_bytes(data)
        print(f"wrote {what} to {output}", file=sys.stderr)
    else:
        sys.stdout.buffer.write(data)
    return 0


def _serve(args: argparse.Namespace) -> int:
    import uvicorn

    from reformkg.api.hosts import allowed_hosts
    from reformkg.api.service import create_app
    from reformkg.graph.build import build_bundled_if_empty
    from reformkg.graph.store import store_location

    location = store_location(args.store)
    holder = f"a running service (reformkg serve at http://{args.host}:{args.port})"
    if build_bundled_if_empty(location, holder):
        print(f"the store at {location} was empty: built the bundled document into it", file=sys.stderr)
    print(f"reformkg: serving the graph page at http://{args.host}:{args.port}/graph", file=sys.stderr)
    print(f"reformkg: API docs at http://{args.host}:{args.port}/docs (Ctrl-C stops)", file=sys.stderr)
    uvicorn.run(
        create_app(location, holder=holder, hosts=allowed_hosts(args.host, args.allow_host)),
        host=args.host,
        port=args.port,
        log_level="warning",
        access_log=False,
    )
    return 0


def _summary(args: argparse.Namespace) -> int:
    from reformkg.graph import queries

    with _open(args) as store:
        summary = {
            "documents": [{"id": d["id"], "title": d["title"]} for d in queries.documents(store)],
            "counts": queries.type_counts(store),
            "involves": args.involves,
            "items": queries.items(store, involves=args.involves) if args.involves else [],
        }

    def text(s: dict[str, Any]) -> str:
        lines = [f"{d['id']}  {d['title'] or ''}" for d in s["documents"]]
        lines += [f"{t}\t{n}" for t, n in s["counts"].items()]
        if s["involves"]:
            lines.append(f"items that involve {s['involves']}: {len(s['items'])}")
            lines += [f"  {r['label']}. {r['title']}" for r in s["items"]]
        return "\n".join(lines) + "\n"

    return _print(args, summary, text)


def _eval(args: argparse.Namespace) -> int:
    from reformkg.extract.evaluation import evaluate, format_scores, load_gold
    from reformkg.extract.extractor import extract_file

    try:
        gold = load_gold(args.gold)
    except (OSError, ValueError) as error:
        raise UsageError(f"{args.gold}: cannot read the gold annotation ({error})") from error
    scores = evaluate(extract_file(args.doc), gold)
    return _print(args, [s.as_dict() for s in scores], lambda _: format_scores(scores) + "\n")


if __name__ == "__main__":
    sys.exit(main())
