#!/usr/bin/env bash
# Run newsgraph's whole test suite from nothing: install what the tests need
# (virtualenv, Debian's chromium for the browser tests), start a real Neo4j and
# a real SPARQL server (Apache Jena Fuseki) from Maven Central on free local
# ports, run pytest (which prints the extraction scores), and stop the servers.
#
#   scripts/test.sh [PYTEST ARGS...]
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
scripts/setup.sh --test

# Debian's Chromium drives the HTML-view tests (never a downloaded browser).
if ! command -v chromium >/dev/null 2>&1; then
  echo "test: installing chromium from Debian" >&2
  if [[ $(id -u) -eq 0 ]]; then SUDO=""; else SUDO="sudo"; fi
  $SUDO apt-get update -q >&2
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -q chromium chromium-driver >&2
fi

cleanup() {
  scripts/neo4j/stop.sh >&2 || true
  scripts/fuseki/stop.sh >&2 || true
}
trap cleanup EXIT
# A server that fails to start stops the run here (its script says why).
neo4j_env="$(scripts/neo4j/start.sh)"; eval "$neo4j_env"
fuseki_env="$(scripts/fuseki/start.sh)"; eval "$fuseki_env"

export CI="${CI:-}"
.venv/bin/python -m pytest "$@"
