#!/usr/bin/env bash
# Ingest throughput: reads and stores the 922 ECB+ and BASIL dev articles (no NLP) into a fresh
# store, RUNS times, and prints each run's articles/s (as the ingest itself measures it: reading
# and storing, JVM start excluded), the wall time including JVM start, and peak resident memory;
# then the medians. A second pass does the same with ten renamed copies of them (9,220 articles),
# where the JIT has warmed up: the steady rate a large ingest runs at.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
SHARED="${SHARED:-$ROOT/../shared}"
RUNS="${RUNS:-5}"
INPUTS=("$SHARED/datasets/ecbplus-dev.jsonl" "$SHARED/datasets/basil-dev.jsonl")
for f in "${INPUTS[@]}"; do [[ -f "$f" ]] || { echo "missing $f (set SHARED=...)" >&2; exit 2; }; done

"$ROOT/dateline" --version >/dev/null   # builds if needed
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
median() { printf '%s\n' "$@" | sort -g | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }

bench() {
local label="$1"; shift
local rates=() walls=() peaks=()
for i in $(seq 1 "$RUNS"); do
  rm -rf "$WORK/store"
  start=$(date +%s.%N)
  /usr/bin/time -f '%M' -o "$WORK/peak" "$ROOT/dateline" ingest --no-progress --no-nlp --store "$WORK/store" \
      "$@" > "$WORK/out"
  end=$(date +%s.%N)
  rate=$(grep -o '[0-9]* articles/s' "$WORK/out" | grep -o '^[0-9]*')
  wall=$(awk -v a="$start" -v b="$end" 'BEGIN {print b - a}')
  peak=$(( $(cat "$WORK/peak") / 1024 ))
  printf '%s run %d: %s articles/s (reading+storing), %.2f s wall incl. JVM start, peak RSS %d MB\n' \
      "$label" "$i" "$rate" "$wall" "$peak"
  rates+=("$rate"); walls+=("$wall"); peaks+=("$peak")
done
printf '%s median of %d runs: %s articles/s, %.2f s wall, peak RSS %s MB (%s)\n' "$label" "$RUNS" \
    "$(median "${rates[@]}")" "$(median "${walls[@]}")" "$(median "${peaks[@]}")" "$(head -1 "$WORK/out" | cut -c1-60)"
}

bench "922 dev articles:" "${INPUTS[@]}"
for k in $(seq 0 9); do
  sed "s/^{\"id\": \"/{\"id\": \"copy$k-/" "${INPUTS[@]}"
done > "$WORK/dev-x10.jsonl"
bench "9,220 (10 copies):" "$WORK/dev-x10.jsonl"
