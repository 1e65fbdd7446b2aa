"""Which host names the service answers for. A page on another site can point a name it controls at 127.0.0.1
(DNS rebinding) and then read the API as if it were that site; checking the Host header against the names the
service was started for closes that door."""

from __future__ import annotations

import json
from collections.abc import Iterable

from starlette.types import ASGIApp, Receive, Scope, Send

LOOPBACK = ("localhost", "127.0.0.1", "::1")


def allowed_hosts(bound: str, extra: Iterable[str] = ()) -> frozenset[str]:
    """The bound address, the loopback names, and any the user names (`--allow-host`; `*` for any)."""
    return frozenset(name.strip("[]").lower() for name in (bound, *LOOPBACK, *extra) if name)


def host_name(header: str) -> str:
    """`example.org:8000` → example.org; `[::1]:8000` → ::1."""
    header = header.strip().lower()
    if header.startswith("["):
        return header[1 : header.find("]")] if "]" in header else header
    return header.rsplit(":", 1)[0] if header.count(":") == 1 else header


class HostCheck:
    """ASGI middleware: a request whose Host is not an allowed name gets 421 with the reason, as JSON."""

    def __init__(self, app: ASGIApp, hosts: frozenset[str]) -> None:
        self.app = app
        self.hosts = hosts

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] not in ("http", "websocket") or "*" in self.hosts:
            await self.app(scope, receive, send)
            return
        header = next((value.decode("latin-1") for key, value in scope["headers"] if key == b"host"), "")
        name = host_name(header)
        if name in self.hosts:
            await self.app(scope, receive, send)
            return
        detail = (
            f"this service does not answer for the host {header[:100]!r}; "
            f"start it with --allow-host {name[:100] or 'NAME'} to allow it"
        )
        body = json.dumps({"detail": detail}, ensure_ascii=False).encode("utf-8")
        await send(
            {
                "type": "http.response.start",
                "status": 421,
                "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())],
            }
        )
        await send({"type": "http.response.body", "body": body})
