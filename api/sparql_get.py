"""GET /sparql answered before routing, where nothing but the query and the Accept header matter.

A dashboard or a benchmark asks the same few queries again and again. Through FastAPI's routing, parameter parsing
and dependency machinery each request cost several times what Oxigraph's own server spends on a cheap query. So
this middleware answers a GET /sparql request itself when it can:
- a request seen answered before, by its exact query string and Accept header, gets the kept answer while it is
  kept (service.Answers);
- a request whose only parameters are `query` (and `format`), for a query whose form is known without parsing it
  (checked before, or evident from its text: graph.sparql.known_query_form), is run on a worker as the route would
  run it, and answered or refused as the route would.
Any other request goes on to the route, which checks and parses. It stands inside the host check.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import parse_qsl

from fastapi import HTTPException
from starlette.types import ASGIApp, Receive, Scope, Send

from reformkg.api.sparql_protocol import error_response, media_type, negotiate
from reformkg.graph.sparql import Answer, SparqlError, known_query_form

SPARQL_PATH = "/sparql"
# A request as the middleware knows it: its query string and its Accept header, as sent
RequestKey = tuple[bytes, bytes]
_PLAIN = frozenset({"query", "format"})


def request_key(scope: Scope) -> RequestKey:
    return scope["query_string"], _header(scope, b"accept")


def _header(scope: Scope, name: bytes) -> bytes:
    return next((value for key, value in scope["headers"] if key == name), b"")


def response_headers(form: str, fmt: str, truncated: bool) -> dict[str, str]:
    """The headers of a SPARQL answer besides its length: the same from the route and from this middleware."""
    media = media_type(form, fmt)
    # as Starlette writes a text type's content type (text/csv; charset=utf-8)
    headers = {"content-type": f"{media}; charset=utf-8" if media.startswith("text/") else media}
    if truncated:
        headers["X-Reformkg-Truncated"] = "true"
    return headers


class SparqlGet:
    """ASGI middleware: plain GET /sparql requests answered without routing."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http" and scope["method"] == "GET" and scope["path"] == SPARQL_PATH:
            answers: Any = getattr(scope["app"].state, "answers", None)
            if answers is not None:
                key = request_key(scope)
                answer = answers.kept_request(key)
                if answer is None:
                    try:
                        answer = await self._computed(scope, answers, key)
                    except SparqlError as error:
                        await error_response(error)(scope, receive, send)
                        return
                if answer is not None:
                    await _send(answer, send)
                    return
        await self.app(scope, receive, send)

    @staticmethod
    async def _computed(scope: Scope, answers: Any, key: RequestKey) -> Answer | None:
        """The answer to a plain request for a query whose form is known; None for any other request (the route's)."""
        parameters = parse_qsl(scope["query_string"].decode("latin-1"), keep_blank_values=True)
        names = [name for name, _ in parameters]
        if len(set(names)) != len(names) or not set(names) <= _PLAIN or "query" not in names:
            return None
        query = next(value for name, value in parameters if name == "query")
        form = known_query_form(query)
        if form is None:
            return None
        try:
            fmt = negotiate(form, _header(scope, b"accept").decode("latin-1") or None, dict(parameters).get("format"))
        except HTTPException:  # the route says what is wrong with the format
            return None
        answer: Answer = await answers.sparql(query, fmt, None)
        answers.remember_request(key, ("sparql", query, fmt, None))
        return answer


async def _send(answer: Answer, send: Send) -> None:
    headers = response_headers(answer.form, answer.format, answer.truncated)
    raw = [(name.lower().encode(), value.encode()) for name, value in headers.items()]
    raw.append((b"content-length", str(len(answer.data)).encode()))
    await send({"type": "http.response.start", "status": 200, "headers": raw})
    await send({"type": "http.response.body", "body": answer.data})
