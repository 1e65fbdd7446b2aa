#!/usr/bin/env bash
# mypy over the package under its import names (reformkg.graph, reformkg.extract …). mypy cannot follow the
# import hook of an editable install, and the folders sit at the top of the repository rather than under
# reformkg/, so it reads a tree of links laid out as pyproject.toml's `package-dir` maps them.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
tree=.mypy_cache/package
rm -rf "$tree"
mkdir -p "$tree/reformkg"
ln -s "$root/reformkg/__init__.py" "$tree/reformkg/__init__.py"
for part in api extract graph ontology; do
  ln -s "$root/$part" "$tree/reformkg/$part"
done
cd "$tree"
exec "$root/.venv/bin/mypy" --config-file "$root/pyproject.toml" --cache-dir "$root/.mypy_cache" -p reformkg
