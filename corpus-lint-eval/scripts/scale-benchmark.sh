#!/usr/bin/env bash
# The scale benchmark: generates corpora of N articles from news-dev paragraphs (as text files
# and as .jsonl.gz, under /tmp/corpus-lint-scale-N, made once) and checks each with every rule
# and the four reports at a fixed heap, recording wall time and peak RSS (/usr/bin/time -v).
# usage: corpus-lint-eval/scripts/scale-benchmark.sh OUTPUT_FOLDER [ARTICLES...] (default 10000)
# Environment: XMX (default 1g), FORMATS (default "files jsonl"), MODE (streamed, the default,
# or held: the check that keeps every finding in memory).
# Results: OUTPUT_FOLDER/results.tsv, one line per run (wall and CPU seconds, peak RSS).
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
shared=$(cd "$root/../shared" && pwd)
out=$(mkdir -p "$1" && cd "$1" && pwd); shift
sizes=${*:-10000}
xmx=${XMX:-1g}
cd "$root"
mvn -o -q -pl corpus-lint-core,corpus-lint-eval package -DskipTests -Dmaven.javadoc.skip=true
mvn -o -q -pl corpus-lint-core dependency:build-classpath -Dmdep.outputFile="$out/cp.txt" >/dev/null
cp="$root/corpus-lint-eval/target/classes:$root/corpus-lint-core/target/classes:$(cat "$out/cp.txt")"
[ -f "$out/results.tsv" ] || printf 'articles\tformat\ttext_bytes\tseconds\tcpu_seconds\tpeak_rss_kb\txmx\tload\n' > "$out/results.tsv"
for n in $sizes; do
  corpus=/tmp/corpus-lint-scale-$n
  if [ ! -f "$corpus/done" ]; then
    java -Xmx1g -cp "$cp" org.corpuslint.eval.scale.ScaleCorpus "$shared/corpora/news-dev" "$corpus" "$n" \
      | tee "$corpus.generated"
    touch "$corpus/done"
  fi
  bytes=$(grep -o '[0-9,]* bytes' "$corpus.generated" | tr -d ', bytes')
  for format in ${FORMATS:-files jsonl}; do
    log="$out/$n-$format"
    /usr/bin/time -v java -Xmx"$xmx" -Dscale.mode="${MODE:-streamed}" -cp "$cp" org.corpuslint.eval.scale.ScaleCheck \
        "$corpus/$format" "$log.reports" > "$log.out" 2> "$log.err"
    seconds=$(grep 'Elapsed (wall clock)' "$log.err" | awk '{print $NF}' \
        | awk -F: '{ if (NF == 3) print $1*3600 + $2*60 + $3; else print $1*60 + $2 }')
    rss=$(grep 'Maximum resident set size' "$log.err" | awk '{print $NF}')
    cpu=$(grep -E '(User|System) time' "$log.err" | awk '{s += $NF} END {print s}')
    load=$(cut -d' ' -f1 /proc/loadavg)
    printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$n" "$format" "$bytes" "$seconds" "$cpu" "$rss" \
        "$xmx" "$load" \
        | tee -a "$out/results.tsv"
  done
done
