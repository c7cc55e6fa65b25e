#!/usr/bin/env bash
# Stop the Fuseki server that scripts/fuseki/start.sh started (by its pid file).
#
#   scripts/fuseki/stop.sh [STATE_DIR]
#
# STATE_DIR defaults to $NEWSGRAPH_FUSEKI_STATE (set by `eval "$(start.sh)"`),
# then $FUSEKI_STATE_DIR.
set -euo pipefail
STATE="${1:-${NEWSGRAPH_FUSEKI_STATE:-${FUSEKI_STATE_DIR:-}}}"
if [[ -z "$STATE" ]]; then
  echo "stop.sh: no state dir (NEWSGRAPH_FUSEKI_STATE unset, no argument): nothing to stop" >&2; exit 0
fi
if [[ ! -f "$STATE/fuseki.pid" ]]; then
  echo "stop.sh: no pid file in $STATE; nothing to stop" >&2; exit 0
fi
PID="$(cat "$STATE/fuseki.pid")"
if kill -0 "$PID" 2>/dev/null; then
  kill "$PID"
  for _ in $(seq 1 40); do kill -0 "$PID" 2>/dev/null || break; sleep 0.25; done
  kill -0 "$PID" 2>/dev/null && kill -9 "$PID" || true
  echo "stop.sh: stopped Fuseki $PID" >&2
fi
rm -f "$STATE/fuseki.pid" "$STATE/url" "$STATE/passwd"
rm -rf "$STATE/tdb2"
# a state dir start.sh made for itself goes too
case "$(basename "$STATE")" in newsgraph-fuseki.*) rm -rf "$STATE" ;; esac
