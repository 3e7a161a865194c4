#!/usr/bin/env bash
# Weighs language identifiers for the language rule (docs/rules/language.md): load time, heap,
# accuracy on translated paragraphs, sentences and short lines, and on English news lines.
# usage: corpus-lint-eval/scripts/identifier-comparison.sh [candidate...]
# Candidates: corpus-lint (the rule's identifier as built), optimaize (its profiles read the
# library's way), lingua-high, lingua-low, lingua-high-16, lingua-low-16, opennlp. The
# candidates that are not the project's dependencies are resolved into the local Maven
# repository (third-party artifacts only; nothing of the project is installed).
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
candidates=${*:-corpus-lint optimaize lingua-low lingua-high lingua-low-16 lingua-high-16 opennlp}
for artifact in com.github.pemistahl:lingua:1.2.2 org.apache.opennlp:opennlp-tools:2.5.4 \
                org.apache.opennlp:opennlp-models-langdetect:1.1.0; do
  mvn -q dependency:get -Dartifact="$artifact" >/dev/null
done
mvn -o -q -pl corpus-lint-core,corpus-lint-eval package -DskipTests
scratch=$(mktemp -d /tmp/identifier-comparison.XXXXXX)
trap 'rm -rf "$scratch"' EXIT
cat > "$scratch/pom.xml" <<POM
<project xmlns="http://maven.apache.org/POM/4.0.0"><modelVersion>4.0.0</modelVersion>
<groupId>local</groupId><artifactId>identifier-comparison</artifactId><version>1</version>
<dependencies>
<dependency><groupId>com.github.pemistahl</groupId><artifactId>lingua</artifactId><version>1.2.2</version></dependency>
<dependency><groupId>org.apache.opennlp</groupId><artifactId>opennlp-tools</artifactId><version>2.5.4</version></dependency>
<dependency><groupId>org.apache.opennlp</groupId><artifactId>opennlp-models-langdetect</artifactId><version>1.1.0</version></dependency>
</dependencies></project>
POM
(cd "$scratch" && mvn -o -q dependency:build-classpath -Dmdep.outputFile="$scratch/candidates.cp")
mvn -o -q -pl corpus-lint-eval dependency:build-classpath -Dmdep.outputFile="$scratch/eval.cp"
cp="corpus-lint-eval/target/classes:corpus-lint-core/target/classes:$(cat "$scratch/eval.cp"):$(cat "$scratch/candidates.cp")"
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "| identifier | load CPU | load wall | heap | paragraphs | sentences | short lines | English paragraphs | English short lines | per paragraph |"
echo "|---|---|---|---|---|---|---|---|---|---|"
for candidate in $candidates; do
  java -Xmx4g -cp "$cp" corpus-lint-eval/scripts/IdentifierComparison.java "$candidate" \
      "$root/../shared/corpora/news-dev"
done
