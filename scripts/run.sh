#!/usr/bin/env bash
# Install what is needed (once; later runs skip it), build the graph of the bundled document, print a summary
# (counts per type and the work points that involve 深圳), then serve it: the graph page at
# http://127.0.0.1:8000/graph (Ctrl-C stops). Extra arguments go to `reformkg serve`.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh notebooks
.venv/bin/reformkg build --quiet
.venv/bin/reformkg summary --involves 深圳
exec .venv/bin/reformkg serve "$@"
