"""Repeated SPARQL requests answered before routing.

A dashboard or a tool asks the same GET /sparql again and again. Its answer is kept (service.Answers), but reaching
it through FastAPI's routing, parameter parsing and the query check cost several times what Oxigraph's own server
spends on a cheap query. This middleware knows each GET /sparql request it has seen answered by the request's
exact query string and Accept header, and sends the kept answer at once while it is kept; any other request, and a
request whose answer is no longer kept, goes on to the routes. It stands inside the host check.
"""

from __future__ import annotations

from typing import Any

from starlette.types import ASGIApp, Receive, Scope, Send

from reformkg.api.sparql_protocol import media_type

SPARQL_PATH = "/sparql"
# A request as the middleware knows it: its query string and its Accept header, as sent
RequestKey = tuple[bytes, bytes]


def request_key(scope: Scope) -> RequestKey:
    accept = next((value for name, value in scope["headers"] if name == b"accept"), b"")
    return scope["query_string"], accept


def response_headers(form: str, fmt: str, truncated: bool) -> dict[str, str]:
    """The headers of a SPARQL answer besides its length: the same from the route and from a kept request."""
    media = media_type(form, fmt)
    # as Starlette writes a text type's content type (text/csv; charset=utf-8)
    headers = {"content-type": f"{media}; charset=utf-8" if media.startswith("text/") else media}
    if truncated:
        headers["X-Reformkg-Truncated"] = "true"
    return headers


class KeptRequests:
    """ASGI middleware: GET /sparql requests seen before, answered from the service's kept answers."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http" and scope["method"] == "GET" and scope["path"] == SPARQL_PATH:
            answers: Any = getattr(scope["app"].state, "answers", None)
            answer = answers.kept_request(request_key(scope)) if answers is not None else None
            if answer is not None:
                headers = response_headers(answer.form, answer.format, answer.truncated)
                raw = [(name.lower().encode(), value.encode()) for name, value in headers.items()]
                raw.append((b"content-length", str(len(answer.data)).encode()))
                await send({"type": "http.response.start", "status": 200, "headers": raw})
                await send({"type": "http.response.body", "body": answer.data})
                return
        await self.app(scope, receive, send)
