"""reformkg: knowledge graphs from Chinese court-reform documents.

The distribution installs this one import name. Its parts are the repository's top-level folders, mapped into
the package (pyproject.toml, `package-dir`): `reformkg.extract` (text → typed records), `reformkg.graph` (RDF
store, NetworkX projection, the one query layer), `reformkg.api` (command line and HTTP service) and
`reformkg.ontology` (ontology, shapes, lexicons as data).

    from reformkg import open_store
    kg = open_store()
    kg.items(involves="深圳")

`open_store` and `ReformGraph` are loaded on first use, so that the command line does not pay for pandas.
"""

from __future__ import annotations

from importlib import metadata
from typing import Any

try:
    __version__ = metadata.version("reformkg")
except metadata.PackageNotFoundError:  # run from a checkout that was not installed
    __version__ = "0+unknown"

__all__ = ["ReformGraph", "__version__", "open_store", "use_cjk_font"]


def __getattr__(name: str) -> Any:
    if name in ("ReformGraph", "open_store"):
        from reformkg.graph import workbench

        return getattr(workbench, name)
    if name == "use_cjk_font":
        from reformkg.graph.fonts import use_cjk_font

        return use_cjk_font
    raise AttributeError(f"module 'reformkg' has no attribute {name!r}")
