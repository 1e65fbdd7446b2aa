#!/usr/bin/env bash
# Install everything and run the whole test suite, with the linters first.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh notebooks,test
bash scripts/setup-system.sh
.venv/bin/ruff check .
bash scripts/typecheck.sh
.venv/bin/python -m pytest -q "$@"
