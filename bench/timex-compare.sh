#!/usr/bin/env bash
# Time expressions on the 73 AQUAINT TempEval-3 development articles: Dateline's rule-based
# TimeTagger against SUTime (CoreNLP 4.5.10, TimeAnnotator at its defaults), HeidelTime 2.2.1 fed
# CoreNLP part-of-speech tags (verb tags mapped to TreeTagger's) and HeidelTime standalone without
# part-of-speech tags, each anchored on the article's publication day. The other taggers run from
# bench/timex-compare (its own Maven project, kept out of the reactor) and write TSV files there,
# under target/ with their logs; Dateline's TimexComparison scores all four with the same
# TempEval-3 scorer and prints one row per tagger: expressions found, relaxed and strict span F1,
# type accuracy, value P/R/F1.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
SHARED="${SHARED:-$ROOT/../shared}"
INPUTS=("$SHARED/datasets/aquaint-timeml-dev.jsonl" "$SHARED/gold/aquaint-timeml-dev.json")
for f in "${INPUTS[@]}"; do [[ -f "$f" ]] || { echo "missing $f (set SHARED=...)" >&2; exit 2; }; done

BENCH="$ROOT/bench/timex-compare"
OUT="$BENCH/target"
"$ROOT/mvnw" -B -q -o -f "$ROOT/pom.xml" -pl dateline-nlp -am test-compile \
    dependency:build-classpath -Dmdep.outputFile=target/test-classpath.txt >&2
# not offline: HeidelTime and UIMA come from Maven Central the first time
"$ROOT/mvnw" -B -q -f "$BENCH/pom.xml" compile \
    dependency:build-classpath -Dmdep.outputFile=target/classpath.txt >&2
JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"

tag() {  # tag NAME CLASS: one external tagger's expressions into $OUT/NAME.tsv, its log into $OUT/NAME.log
  "$JAVA" -Xmx3g -cp "$OUT/classes:$(cat "$OUT/classpath.txt")" "org.dateline.bench.timex.$2" \
      "$SHARED" "$OUT/$1.tsv" 2> "$OUT/$1.log" || { tail -20 "$OUT/$1.log" >&2; exit 1; }
  tail -1 "$OUT/$1.log" >&2
}
tag sutime SuTimeTagger
tag heideltime-corenlp-pos HeidelTimeCoreNlpTagger
tag heideltime-no-pos HeidelTimeNoPosTagger

NLP="$ROOT/dateline-nlp/target"
"$JAVA" -Xmx2g -cp "$NLP/test-classes:$NLP/classes:$(cat "$NLP/test-classpath.txt")" \
    org.dateline.nlp.dates.TimexComparison "$SHARED" \
    "$OUT/sutime.tsv" "$OUT/heideltime-corenlp-pos.tsv" "$OUT/heideltime-no-pos.tsv"
