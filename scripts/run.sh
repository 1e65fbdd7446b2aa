#!/usr/bin/env bash
# Install what is needed (once; later runs skip it), build the graph of the bundled document, print a summary
# (counts per type and the work points that involve 深圳), then serve it: the graph page at
# http://127.0.0.1:8000/graph (Ctrl-C stops). Extra arguments go to `reformkg serve`. REFORMKG_DEMO=1 builds the
# test documents too (fictional documents written for the tests), for a corpus to compare and browse.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh notebooks
.venv/bin/reformkg build --quiet
if [ "${REFORMKG_DEMO:-}" = "1" ]; then
    # the test documents too, for a corpus to look at: documents written for the tests, not real ones
    .venv/bin/reformkg build --quiet $(ls tests/documents/*.* | grep -v -e encrypted- -e scan-)
fi
.venv/bin/reformkg summary --involves 深圳
exec .venv/bin/reformkg serve "$@"
