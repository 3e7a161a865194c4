#!/usr/bin/env bash
# The incremental-run benchmark: copies the scale benchmark's corpus of N articles as files
# (/tmp/corpus-lint-scale-N/files, made by scale-benchmark.sh, never written to), runs the CLI
# jar's `check --cache` once to write the cache (a full run), edits one article, runs the cached
# check, then a full check without cache on the same edited corpus, each under /usr/bin/time -v,
# and compares the findings of the last two (their JSON reports).
# usage: corpus-lint-eval/scripts/cache-benchmark.sh OUTPUT_FOLDER [ARTICLES] (default 100000)
# Environment: XMX (default 2g); LAUNCHER=1 runs the jar through corpus-lint-cli/bin/corpus-lint
# (quick compiler only, an AppCDS archive written by the first run into OUTPUT_FOLDER/cds) as
# users start it, instead of `java -jar`. Needs corpus-lint-cli/target/corpus-lint.jar
# (mvn -o -q package -pl corpus-lint-cli -am -DskipTests).
# Results: OUTPUT_FOLDER/results.tsv: run, wall and CPU seconds, peak RSS; findings compared.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
out=$(mkdir -p "$1" && cd "$1" && pwd)
n=${2:-100000}
source=/tmp/corpus-lint-scale-$n/files
corpus=$out/corpus
jar=$out/corpus-lint.jar
cp "$root/corpus-lint-cli/target/corpus-lint.jar" "$jar"
rm -rf "$corpus" "$out/cache"
cp -a "$source" "$corpus"
printf 'run\tseconds\tcpu_seconds\tpeak_rss_kb\tload\n' > "$out/results.tsv"
check() { # label, extra arguments
  local label=$1; shift
  local run=(java -Xmx"${XMX:-2g}" -jar "$jar")
  if [ "${LAUNCHER:-0}" = 1 ]; then
    run=(env CORPUS_LINT_JAR="$jar" CORPUS_LINT_CACHE="$out/cds" JAVA_OPTS="-Xmx${XMX:-2g}"
         "$root/corpus-lint-cli/bin/corpus-lint")
  fi
  /usr/bin/time -v -o "$out/$label.time" "${run[@]}" check "$corpus" \
      --format json -o "$out/$label.json" --fail-on none "$@" > "$out/$label.out" 2> "$out/$label.err"
  awk -v label="$label" -v load="$(cut -d' ' -f1 /proc/loadavg)" -F': ' '
    /Elapsed \(wall clock\)/ { n = split($2, t, ":"); wall = (n == 3) ? t[1]*3600 + t[2]*60 + t[3] : t[1]*60 + t[2] }
    /User time/ { user = $2 } /System time/ { sys = $2 } /Maximum resident/ { rss = $2 }
    END { printf "%s\t%.1f\t%.1f\t%s\t%s\n", label, wall, user + sys, rss, load }' \
      "$out/$label.time" >> "$out/results.tsv"
}
check build --cache "$out/cache"
# One article edited: a word misspelt and a sentence added.
article=$(find "$corpus" -name '*.txt' | sort | sed -n "$((n / 2))p")
python3 - "$article" <<'PY'
import sys
p = sys.argv[1]
s = open(p, encoding='utf-8').read()
open(p, 'w', encoding='utf-8').write(s.replace(' the ', ' teh ', 1)
    + "The minister said the harbour would reopen on Monday.\n")
PY
check cached --cache "$out/cache"
check full
python3 - "$out/cached.json" "$out/full.json" <<'PY' | tee -a "$out/results.tsv"
import json, sys
def findings(p):
    return sorted(json.dumps(f, sort_keys=True) for f in json.load(open(p))['findings'])
a, b = findings(sys.argv[1]), findings(sys.argv[2])
print(f"# findings: cached {len(a)}, full {len(b)}, equal: {a == b}")
PY
cat "$out/results.tsv"
