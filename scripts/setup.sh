#!/usr/bin/env bash
# Create .venv (Python 3.11+) and install reformkg into it, editable, with the extras asked for (default: all of
# them, `notebooks,test`; run.sh asks for `notebooks`). The install runs only when it has to: when the venv is new,
# pyproject.toml changed since the last install, or an extra asked for is not installed yet. A second run is instant.
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON="${PYTHON:-python3}"
extras="${1:-notebooks,test}"
stamp=.venv/reformkg-install.stamp
if [ ! -x .venv/bin/python ]; then
  "$PYTHON" -m venv .venv
fi
project_hash=$(sha256sum pyproject.toml | cut -d' ' -f1)
installed_extras=""
if [ -f "$stamp" ] && [ "$(head -n 1 "$stamp")" = "$project_hash" ]; then
  installed_extras=$(sed -n 2p "$stamp")
fi
missing=0
for extra in ${extras//,/ }; do
  case ",$installed_extras," in *",$extra,"*) ;; *) missing=1 ;; esac
done
if [ "$missing" -eq 0 ] && .venv/bin/python -c "import reformkg" 2>/dev/null; then
  exit 0
fi
all_extras=$(printf '%s\n' ${installed_extras//,/ } ${extras//,/ } | sort -u | paste -sd, -)
# Quiet: pip prints only what went wrong. Two notices that say nothing about this project are dropped: the
# machine's pip configuration names package mirrors that lack some packages ("Location … is ignored"), and
# setuptools explains editable installs each time it makes one ("Editable installation. Please be careful …").
quiet() { { grep -v -E "^WARNING: Location '.*' is ignored" || true; } }
.venv/bin/python -m pip install --quiet --upgrade pip 2>&1 | quiet
PYTHONWARNINGS="ignore:Editable installation" .venv/bin/python -m pip install --quiet -e ".[$all_extras]" 2>&1 | quiet
printf '%s\n%s\n' "$project_hash" "$all_extras" > "$stamp"
