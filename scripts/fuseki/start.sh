#!/usr/bin/env bash
# Start Apache Jena Fuseki (jena-fuseki-main, from Maven Central) on a free
# local port with an updatable dataset, for newsgraph's `sparql`-marked tests.
#
#   eval "$(scripts/fuseki/start.sh)"      # sets NEWSGRAPH_TEST_SPARQL_URL
#   pytest -m sparql
#   scripts/fuseki/stop.sh
#
# Options (environment):
#   FUSEKI_STATE_DIR  where the pid, URL, log and TDB2 files go (default: a new
#                     $TMPDIR/newsgraph-fuseki.XXXXXX per start, so a test run never
#                     reuses, and then stops, a server someone else started)
#   FUSEKI_PORT       port to use (default: a free port chosen by the OS)
#   FUSEKI_DB         "tdb2" (default: a fresh TDB2 database in the state dir whose
#                     default graph is the union of the named graphs, as in
#                     newsgraph's embedded store) or "mem" (in memory, separate default graph)
#   FUSEKI_PASSWORD   when set, the dataset requires HTTP basic auth as user
#                     "newsgraph" with this password (tests use it via the URL's userinfo)
#   FUSEKI_TIMEOUT    seconds to wait for the server to answer (default 120)
#
# Prints `export NEWSGRAPH_TEST_SPARQL_URL=http://127.0.0.1:PORT/newsgraph` and
# `export NEWSGRAPH_FUSEKI_STATE=DIR` (which stop.sh reads) on stdout; everything
# else goes to stderr. The dataset URL answers SPARQL
# queries, SPARQL updates and the Graph Store HTTP Protocol.
# Needs Java 17+ and Maven; the jars are cached in ~/.m2 and scripts/fuseki/target/lib.
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
STATE="${FUSEKI_STATE_DIR:-}"
[[ -n "$STATE" ]] || STATE="$(mktemp -d "${TMPDIR:-/tmp}/newsgraph-fuseki.XXXXXX")"
DB="${FUSEKI_DB:-tdb2}"
TIMEOUT="${FUSEKI_TIMEOUT:-120}"
DATASET=newsgraph
mkdir -p "$STATE"

if [[ -f "$STATE/fuseki.pid" ]] && kill -0 "$(cat "$STATE/fuseki.pid")" 2>/dev/null; then
  echo "start.sh: Fuseki already running (pid $(cat "$STATE/fuseki.pid")); run stop.sh first" >&2
  echo "export NEWSGRAPH_TEST_SPARQL_URL=$(cat "$STATE/url")"
  printf 'export NEWSGRAPH_FUSEKI_STATE=%q\n' "$STATE"
  exit 0
fi

# Java 17+ and Maven: from Debian when missing and we may install (root, or sudo).
need=()
command -v java >/dev/null || need+=(openjdk-17-jre-headless)
command -v mvn >/dev/null || need+=(maven)
if (( ${#need[@]} )); then
  if [[ $(id -u) -eq 0 ]]; then SUDO=""; elif command -v sudo >/dev/null; then SUDO="sudo"; else
    echo "start.sh: missing ${need[*]}; install them (apt-get install ${need[*]})" >&2; exit 1; fi
  echo "start.sh: installing ${need[*]} from Debian" >&2
  $SUDO apt-get update -q >&2
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -q "${need[@]}" >&2
fi

# 1. Jars: resolve jena-fuseki-main and its dependencies once.
if ! ls "$HERE/target/lib"/jena-fuseki-main-*.jar >/dev/null 2>&1; then
  echo "start.sh: fetching Fuseki jars with Maven (first run only)" >&2
  mvn -B -q -f "$HERE/pom.xml" dependency:copy-dependencies >&2
fi

# 2. Port: free one chosen by the OS unless given.
PORT="${FUSEKI_PORT:-}"
if [[ -z "$PORT" ]]; then
  PORT="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')"
fi

# 3. Dataset and options.
ARGS=(--localhost --port "$PORT" --update)
if [[ "$DB" == tdb2 ]]; then
  rm -rf "$STATE/tdb2"; mkdir -p "$STATE/tdb2"
  ARGS+=(--tdb2 --loc "$STATE/tdb2" --set tdb2:unionDefaultGraph=true)
else
  ARGS+=(--mem)
fi
USERINFO=""
if [[ -n "${FUSEKI_PASSWORD:-}" ]]; then
  printf 'newsgraph:%s\n' "$FUSEKI_PASSWORD" > "$STATE/passwd"
  chmod 600 "$STATE/passwd"
  ARGS+=(--passwd "$STATE/passwd" --auth basic)
  USERINFO="newsgraph:${FUSEKI_PASSWORD}@"
fi
ARGS+=("/$DATASET")

nohup java -Xmx1g -cp "$HERE/target/lib/*" org.apache.jena.fuseki.main.cmds.FusekiMainCmd "${ARGS[@]}" \
  > "$STATE/fuseki.log" 2>&1 < /dev/null &
PID=$!
echo "$PID" > "$STATE/fuseki.pid"
URL="http://${USERINFO}127.0.0.1:${PORT}/${DATASET}"
echo "$URL" > "$STATE/url"

# 4. Wait until the dataset answers an ASK query.
deadline=$(( $(date +%s) + TIMEOUT ))
until curl -sf ${FUSEKI_PASSWORD:+-u "newsgraph:$FUSEKI_PASSWORD"} \
        "http://127.0.0.1:${PORT}/${DATASET}/query?query=ASK%7B%7D" >/dev/null 2>&1; do
  if ! kill -0 "$PID" 2>/dev/null; then
    echo "start.sh: Fuseki exited; log follows" >&2; cat "$STATE/fuseki.log" >&2; exit 1
  fi
  if (( $(date +%s) > deadline )); then
    echo "start.sh: Fuseki did not answer within ${TIMEOUT}s; log: $STATE/fuseki.log" >&2
    kill "$PID" 2>/dev/null || true; exit 1
  fi
  sleep 0.5
done
echo "start.sh: Fuseki $PID answers at http://127.0.0.1:${PORT}/${DATASET}" >&2
echo "export NEWSGRAPH_TEST_SPARQL_URL=$URL"
printf 'export NEWSGRAPH_FUSEKI_STATE=%q\n' "$STATE"
