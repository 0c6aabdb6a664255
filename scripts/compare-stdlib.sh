#!/usr/bin/env bash
# Conformance: pyx's AST vs CPython 3.13's ast.dump on the whole stdlib (152 Lib/*.py) and
# the grammar-heavy tests, with and without include_attributes. CPython writes the expected
# dumps once; ONE node process then parses every file (no per-file start-up cost).
#
# Usage: scripts/compare-stdlib.sh [--quiet]   (PYTHON=… picks the interpreter)
# Exit status: 0 when every file matches both ways, 1 otherwise.
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON="${PYTHON:-/root/.pyenv/versions/3.13.0/bin/python3.13}"
if [ ! -x "$PYTHON" ]; then
  echo "compare-stdlib: CPython 3.13 not found at $PYTHON (set PYTHON=…)" >&2
  exit 2
fi
expected="$(mktemp -d "${TMPDIR:-/tmp}/pyx-compare-XXXXXX")"
trap 'rm -rf "$expected"' EXIT
"$PYTHON" scripts/compare-stdlib.py "$expected"
node --import tsx scripts/compare-stdlib.ts "$expected" "$@"
