#!/usr/bin/env bash
# Start-up of the corpus-lint command and of the library, measured in fresh processes.
# usage: corpus-lint-eval/scripts/cli-startup.sh [RUNS]   (default 7)
# Builds corpus-lint.jar from the working tree (nothing installed), copies the five seed
# articles of ../shared/seeds to a scratch folder and times, per configuration, RUNS runs of
# `check` from process start to exit: median wall and median CPU (user + sys) seconds, with the
# load average, since wall time on a shared machine depends on what else runs.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
runs=${1:-7}
cd "$root"
mvn -o -q -pl corpus-lint-core,corpus-lint-cli,corpus-lint-eval package -DskipTests
jar="$root/corpus-lint-cli/target/corpus-lint.jar"
scratch=$(mktemp -d /tmp/corpus-lint-startup.XXXXXX)
trap 'rm -rf "$scratch"' EXIT
mkdir "$scratch/seeds"
cp "$root/../shared/seeds/"*.txt "$scratch/seeds/"
export CORPUS_LINT_CACHE="$scratch/cache"

measure() { # label, then the command
  local label=$1; shift
  for _ in $(seq "$runs"); do
    /usr/bin/time -f "%e %U %S" -o "$scratch/t" "$@" >/dev/null 2>&1 || true
    tail -1 "$scratch/t"
  done > "$scratch/times"
  local m=$(( (runs + 1) / 2 ))
  local wall cpu fastest
  wall=$(cut -d' ' -f1 "$scratch/times" | sort -n | sed -n "${m}p")
  fastest=$(cut -d' ' -f1 "$scratch/times" | sort -n | head -1)
  cpu=$(awk '{ printf "%.2f\n", $2 + $3 }' "$scratch/times" | sort -n | sed -n "${m}p")
  printf "%-42s median wall %s s, median cpu %s s, fastest wall %s s\n" \
      "$label" "$wall" "$cpu" "$fastest"
}

echo "load average: $(cut -d' ' -f1-3 /proc/loadavg); $(nproc) cores"
cd "$scratch"
measure "java -jar (defaults)" java -jar "$jar" check seeds
measure "java -XX:TieredStopAtLevel=1 -jar" java -XX:TieredStopAtLevel=1 -jar "$jar" check seeds
"$root/corpus-lint-cli/bin/corpus-lint" check seeds >/dev/null 2>&1 || true  # writes the archive
measure "bin/corpus-lint (C1 + AppCDS archive)" "$root/corpus-lint-cli/bin/corpus-lint" check seeds
measure "bin/corpus-lint rules (JVM + parser)" "$root/corpus-lint-cli/bin/corpus-lint" rules
cp="$root/corpus-lint-eval/target/classes:$jar"
echo "library, first finding on one small document (3 fresh JVMs):"
for _ in 1 2 3; do java -cp "$cp" org.corpuslint.eval.startup.FirstFinding; done
echo "library, first finding on one small document with a German paragraph (language identifier loaded):"
for _ in 1 2 3; do java -cp "$cp" org.corpuslint.eval.startup.FirstFinding foreign; done
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
