#!/usr/bin/env bash
# Install everything, build the graph of the bundled document and print a summary:
# counts per type and the work points that involve 深圳.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
.venv/bin/reformkg build
.venv/bin/reformkg summary --involves 深圳
