#!/usr/bin/env bash
# The main job on the bundled example: set up, ingest examples/ into a fresh
# store, show what was found, and write the HTML view. Opens nothing.
#
#   scripts/demo.sh [STORE_DIR]     (default: ./demo-store)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
scripts/setup.sh
STORE="${1:-demo-store}"
NG=".venv/bin/newsgraph"
rm -rf "$STORE"
$NG ingest --store "$STORE" examples/article.txt examples/more
$NG influence --store "$STORE" --top 5
$NG render --store "$STORE" --out "$STORE/graph.html"
echo
echo "Store:     $STORE"
echo "HTML view: $(pwd)/$STORE/graph.html"
echo "Try:       $NG relations --store $STORE \"Ocean Star\""
