#!/usr/bin/env bash
# Where a check's CPU goes: runs eval.scale.ScaleCheck (every rule, the four reports) on one
# corpus folder with JFR sampling Java threads every 3 ms, and prints the share of the samples
# per phase, statistic, shared analysis and rule (cpu-share.py), with CPU seconds and peak RSS.
# usage: corpus-lint-eval/scripts/cpu-profile.sh CORPUS_FOLDER OUTPUT_FOLDER
# (for example /tmp/corpus-lint-scale-10000/files, made by scale-benchmark.sh)
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
corpus=$1
out=$(mkdir -p "$2" && cd "$2" && pwd)
cd "$root"
mvn -o -q -pl corpus-lint-core,corpus-lint-eval package -DskipTests -Dmaven.javadoc.skip=true
mvn -o -q -pl corpus-lint-core dependency:build-classpath -Dmdep.outputFile="$out/cp.txt" >/dev/null
cp="$root/corpus-lint-eval/target/classes:$root/corpus-lint-core/target/classes:$(cat "$out/cp.txt")"
jfc="$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")/lib/jfr/profile.jfc"
sed -e 's/control="method-sampling-java-interval">[^<]*</control="method-sampling-java-interval">3 ms</' \
    "$jfc" > "$out/sampling.jfc"
/usr/bin/time -v java -Xmx1g -XX:StartFlightRecording=filename="$out/check.jfr",settings="$out/sampling.jfc" \
    -cp "$cp" org.corpuslint.eval.scale.ScaleCheck "$corpus" "$out/reports" > "$out/check.out" 2> "$out/check.err"
jfr print --events jdk.ExecutionSample --stack-depth 200 "$out/check.jfr" > "$out/samples.txt"
grep -E '(User|System) time' "$out/check.err" | awk '{s += $NF} END {printf "CPU seconds: %s\n", s}'
grep -E 'Elapsed|Maximum resident' "$out/check.err" | sed 's/^\s*//'
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
python3 "$root/corpus-lint-eval/scripts/cpu-share.py" "$out/samples.txt"
