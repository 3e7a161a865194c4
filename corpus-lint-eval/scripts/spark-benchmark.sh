#!/usr/bin/env bash
# The Spark benchmark: lints the scale benchmark's corpora (/tmp/corpus-lint-scale-N, made by
# scale-benchmark.sh; read only) with the single-JVM engine and with the Spark job in local[2],
# one JVM after the other, each under /usr/bin/time -v, with the same corpus-lint.yaml, heap and
# reports (SARIF and JSON). Records wall and CPU seconds, peak RSS, the load average before and
# after, what each run found (documents, findings by rule, a digest of every finding) and, for
# Spark, its phases and how the rules pass divided over partitions (documents, bytes, findings,
# task milliseconds per partition).
# usage: corpus-lint-eval/scripts/spark-benchmark.sh OUTPUT_FOLDER [ARTICLES...] (default 100000)
# Environment: FORMATS (default "jsonl"; also "files"), XMX (default 3g), PARTITIONS (default 0:
# the job's own choice), ENGINES (default "single spark").
# Results: OUTPUT_FOLDER/results.tsv, one line per run; logs beside it.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
out=$(mkdir -p "$1" && cd "$1" && pwd); shift
sizes=${*:-100000}
xmx=${XMX:-3g}
cd "$root"
mvn -o -q -pl corpus-lint-core,corpus-lint-spark test-compile -Dmaven.javadoc.skip=true
mvn -o -q -pl corpus-lint-spark dependency:build-classpath -Dmdep.outputFile="$out/cp.txt" >/dev/null
cp="$root/corpus-lint-spark/target/test-classes:$root/corpus-lint-spark/target/classes"
# the tree's core, never a corpus-lint jar from the local repository
cp="$cp:$root/corpus-lint-core/target/classes:$(tr ':' '\n' < "$out/cp.txt" \
    | grep -v '/org/corpuslint/' | paste -sd:)"
opens=""
for p in java.lang java.lang.invoke java.lang.reflect java.io java.net java.nio java.util \
    java.util.concurrent java.util.concurrent.atomic jdk.internal.ref sun.nio.ch sun.nio.cs \
    sun.security.action sun.util.calendar; do
  opens="$opens --add-opens=java.base/$p=ALL-UNNAMED"
done
printf 'rules:\n  missing-date: { options: { referenceDate: 2026-01-01 } }\n' > "$out/corpus-lint.yaml"
[ -f "$out/results.tsv" ] || printf 'articles\tformat\tengine\tseconds\tcpu_seconds\tpeak_rss_kb\txmx\tload_before\tload_after\tfound\n' > "$out/results.tsv"
for n in $sizes; do
  corpus=/tmp/corpus-lint-scale-$n
  [ -f "$corpus/done" ] || { echo "no corpus $corpus: run scale-benchmark.sh first" >&2; exit 1; }
  for format in ${FORMATS:-jsonl}; do
    spark_format=$([ "$format" = files ] && echo txt || echo jsonl)
    for engine in ${ENGINES:-single spark}; do
      log="$out/$n-$format-$engine"
      rm -rf "$log.reports"
      before=$(cut -d' ' -f1 /proc/loadavg)
      if [ "$engine" = single ]; then
        /usr/bin/time -v java -Xmx"$xmx" -cp "$cp" org.corpuslint.spark.SingleJvmRun \
            "$corpus/$format" "$out/corpus-lint.yaml" "$log.reports" > "$log.out" 2> "$log.err"
      else
        /usr/bin/time -v java -Xmx"$xmx" $opens -Djdk.reflect.useDirectMethodHandle=false \
            -Dio.netty.tryReflectionSetAccessible=true -Djava.io.tmpdir="$out/tmp" \
            -cp "$cp" org.corpuslint.spark.SparkScaleRun "$corpus/$format" "$log.reports" \
            "$spark_format" "$out/corpus-lint.yaml" "${PARTITIONS:-0}" > "$log.out" 2> "$log.err"
      fi
      after=$(cut -d' ' -f1 /proc/loadavg)
      seconds=$(grep 'Elapsed (wall clock)' "$log.err" | awk '{print $NF}' \
          | awk -F: '{ if (NF == 3) print $1*3600 + $2*60 + $3; else print $1*60 + $2 }')
      rss=$(grep 'Maximum resident set size' "$log.err" | awk '{print $NF}')
      cpu=$(grep -E '(User|System) time' "$log.err" | awk '{s += $NF} END {print s}')
      found=$(grep -E '^(single JVM|spark)' "$log.out" | sed 's/^[^;]*; //')
      printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$n" "$format" "$engine" "$seconds" \
          "$cpu" "$rss" "$xmx" "$before" "$after" "$found" | tee -a "$out/results.tsv"
    done
  done
done
