#!/usr/bin/env bash
# Scores the working tree on ../shared/eval without installing anything into ~/.m2:
# planted seeds (dev half, 400 documents each), realscrape, and the finding counts on news-dev.
# usage: corpus-lint-eval/scripts/shared-eval.sh OUTPUT_FOLDER [SEEDS...]   (default seeds: 1 2 3)
# Needs ../shared next to the project and the wamerican and wbritish word lists.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
shared=$(cd "$root/../shared" && pwd)
out=$(mkdir -p "$1" && cd "$1" && pwd); shift
seeds=${*:-1 2 3}
cd "$root"
mvn -o -q -pl corpus-lint-core,corpus-lint-eval package -DskipTests -Dmaven.javadoc.skip=true
mvn -o -q -pl corpus-lint-core dependency:build-classpath -Dmdep.outputFile="$out/cp.txt" >/dev/null
cp="$root/corpus-lint-eval/target/classes:$root/corpus-lint-core/target/classes:$(cat "$out/cp.txt")"
lint() { java -Xmx2g -cp "$cp" org.corpuslint.eval.common.LintToReports "$1" "$2"; }
for seed in $seeds; do
  planted=/tmp/corpus-lint-planted$seed
  [ -d "$planted" ] || python3 "$shared/eval/make_planted.py" "$planted" --docs 400 --seed "$seed" >/dev/null
  lint "$planted" "$out/planted$seed"
  python3 "$shared/eval/score.py" "$planted.truth.json" "$out/planted$seed/corpus-lint.sarif" \
      --corpus "$planted" --show-fp 200 > "$out/planted$seed.txt" 2>&1 || true
done
lint "$shared/eval/realscrape/corpus" "$out/realscrape"
python3 "$shared/eval/realscrape/score.py" "$shared/eval/realscrape/truth.json" \
    "$out/realscrape/corpus-lint.sarif" > "$out/realscrape.txt" 2>&1 || true
lint "$shared/corpora/news-dev" "$out/newsdev"
python3 - "$out/newsdev/corpus-lint.json" > "$out/newsdev.txt" <<'PY'
import json, sys, collections
report = json.load(open(sys.argv[1]))
print(dict(collections.Counter(f['rule'] for f in report['findings'])))
PY
echo "scores in $out: planted<seed>.txt, realscrape.txt, newsdev.txt"
