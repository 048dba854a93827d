#!/usr/bin/env bash
# Story clustering cost per article as the corpus grows: the 922 ECB+ and BASIL dev articles
# and synthetic copies of them (names and one word in ten changed per copy, dates a week later
# per copy; undated ones dated 2010-01-01 first) fed in order to one clusterer, text only (no analyses). Prints the mean cost of the
# 1,000 articles added before 1k, 10k and 100k articles, the median of RUNS runs after a warm-up.
# Then the time to save the 100k clusterer as an ingest does (clusterer.bin) and to read it back,
# and the file's size: the part of an ingest's cost that still grows with the store.
# Goal: the 100k figure at most twice the 1k figure.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
SHARED="${SHARED:-$ROOT/../shared}"
RUNS="${RUNS:-3}"
INPUTS=("$SHARED/datasets/ecbplus-dev.jsonl" "$SHARED/datasets/basil-dev.jsonl")
for f in "${INPUTS[@]}"; do [[ -f "$f" ]] || { echo "missing $f (set SHARED=...)" >&2; exit 2; }; done

"$ROOT/mvnw" -B -q -o -f "$ROOT/pom.xml" -pl dateline-app -am package -DskipTests >&2  # -DskipTests still compiles the benchmark (a test class)
CP="$ROOT/dateline-app/target/test-classes:$ROOT/dateline-app/target/dateline.jar:$(ls "$ROOT"/dateline-app/target/lib/*.jar | tr '\n' ':')"
JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"
"$JAVA" -Xmx6g -cp "$CP" org.dateline.app.stories.StoryClusteringBenchmark "$RUNS" "${INPUTS[@]}"
