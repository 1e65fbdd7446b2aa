"""The `reformkg` command: thin translations of the query layer in graph/ (see shared/interface.md).

Data goes to stdout (one JSON document with --json); progress and errors go to stderr. Bad input exits with
status 2 and a message naming what was wrong; it never prints a traceback and never changes the store.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from reformkg.extract.reading import DocumentError

EXIT_BAD_INPUT = 2


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
    except Exception as error:  # a store locked by another process, a full disk …
        from reformkg.graph.store import StoreError

        if isinstance(error, StoreError | OSError):
            return _fail(str(error))
        raise


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
        "build", _build, "extract documents (default: the bundled one) and (re)write their part of the store"
    )
    build.add_argument("paths", nargs="*", metavar="PATH")
    command("documents", _documents, "the documents in the store")
    items = command("items", _items, "items, or those that involve NAME (its aliases and what lies in it too)")
    items.add_argument("--involves", metavar="NAME")
    items.add_argument("--document", metavar="ID")
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


def _build(args: argparse.Namespace) -> int:
    from reformkg.extract.extractor import BUNDLED_DOCUMENT
    from reformkg.graph.build import build_files
    from reformkg.graph.store import GraphStore

    with GraphStore.open(args.store) as store:
        extractions = build_files(store, args.paths or [BUNDLED_DOCUMENT])
        total = len(store)
    report = [
        {
            "id": x.document.id,
            "source": x.document.source,
            "encoding": x.document.encoding,
            "sections": len(x.document.sections),
            "items": len(x.document.items),
            "entities": len(x.entities),
            "relations": len(x.relations),
        }
        for x in extractions
    ]
    for row in report:
        print(
            f"built {row['id']} from {row['source']} ({row['encoding']}): {row['sections']} sections, "
            f"{row['items']} items, {row['entities']} entities, {row['relations']} relations",
            file=sys.stderr,
        )
    print(f"store {args.store or 'default'}: {total} quads", file=sys.stderr)
    return _print(
        args, report, lambda rows: "".join(f"{r['id']}\t{r['items']} items\t{r['entities']} entities\n" for r in rows)
    )


def _documents(args: argparse.Namespace) -> int:
    from reformkg.graph import queries

    with _open(args) as store:
        rows = queries.documents(store)
    return _print(
        args,
        rows,
        lambda rs: "".join(f"{r['id']}\t{r['number'] or ''}\t{r['issued'] or ''}\t{r['title'] or ''}\n" for r in rs),
    )


def _item_lines(rows: list[dict[str, Any]]) -> str:
    return "".join(f"{r['document']}\t{r['label']}\t{r['title']}\n" for r in rows)


def _items(args: argparse.Namespace) -> int:
    from reformkg.graph import queries

    with _open(args) as store:
        rows = queries.items(store, involves=args.involves, document=args.document)
    return _print(args, rows, _item_lines)


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
    from reformkg.graph.store import store_path

    query_form(args.query)  # a bad query fails here, before a worker starts
    _open(args).close()  # a missing store fails here, with the store's own message
    with QueryRunner(store_path(args.store), workers=1) as runner:
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
    if args.output:
        Path(args.output).write_bytes(data)
        print(f"wrote {len(data)} bytes to {args.output}", file=sys.stderr)
    else:
        sys.stdout.buffer.write(data)
    return 0


def _serve(args: argparse.Namespace) -> int:
    import uvicorn

    from reformkg.api.service import create_app
    from reformkg.graph.build import build_bundled_if_empty
    from reformkg.graph.store import GraphStore, store_path

    location = store_path(args.store)
    with GraphStore.open(location) as store:
        if build_bundled_if_empty(store):
            print(f"the store at {location} was empty: built the bundled document into it", file=sys.stderr)
    print(f"reformkg: serving the graph page at http://{args.host}:{args.port}/graph", file=sys.stderr)
    print(f"reformkg: API docs at http://{args.host}:{args.port}/docs (Ctrl-C stops)", file=sys.stderr)
    uvicorn.run(create_app(location), host=args.host, port=args.port, log_level="warning", access_log=False)
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
