"""The graph: RDF store, NetworkX projection and the one query layer. `from graph import open_store` is the
analysts' entry point (see graph.workbench); it is loaded on first use, so that the command line does not pay
for pandas."""

from __future__ import annotations

from typing import Any

__all__ = ["ReformGraph", "open_store"]


def __getattr__(name: str) -> Any:
    if name in __all__:
        from graph import workbench

        return getattr(workbench, name)
    raise AttributeError(f"module 'graph' has no attribute {name!r}")
