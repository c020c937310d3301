#!/usr/bin/env bash
# Makes an Operaton copy of Redress (README "Moving to Operaton"): copies the tree's files (those git knows, committed
# or not, without build output) to DIR and applies rewrite/operaton.yml there. The repository is left as it is.
#
#   scripts/to-operaton.sh DIR        then: cd DIR && ./mvnw verify
set -euo pipefail

target="${1:?usage: scripts/to-operaton.sh DIR (a new or empty directory)}"
repo="$(cd "$(dirname "$0")/.." && pwd)"
rewrite_plugin="org.openrewrite.maven:rewrite-maven-plugin:6.18.0"

mkdir -p "$target"
target="$(cd "$target" && pwd)"
case "$target/" in "$repo/"*) echo "DIR must be outside the repository: $target" >&2; exit 2 ;; esac
if [ -n "$(ls -A "$target")" ]; then echo "DIR is not empty: $target" >&2; exit 2; fi

# tracked and new (not ignored) files, so uncommitted work is moved too; nothing under target/ or data/
(cd "$repo" && git ls-files -z --cached --others --exclude-standard | xargs -0 -r stat --printf '%n\0' 2>/dev/null \
   | tar --null -T - -cf -) | tar -xf - -C "$target"

cd "$target"
# Operaton's fork of camunda-bpm-assert (operaton-bpm-assert) is not on Maven Central: the process tests get the
# library's own published sources (Apache 2.0) at the Camunda version Redress uses, which the recipe renames
camunda_version="$(sed -n 's:.*<camunda.version>\(.*\)</camunda.version>.*:\1:p' pom.xml)"
./mvnw -B -ntp -q dependency:unpack -Dartifact="org.camunda.bpm:camunda-bpm-assert:$camunda_version:jar:sources" \
  -DoutputDirectory=src/test/java -Dmdep.unpack.includes='**/*.java'

# the recipe: Java, pom.xml, application*.yaml and text (see rewrite/operaton.yml)
./mvnw -B -ntp -q "$rewrite_plugin:run" \
  -Drewrite.configLocation="$target/rewrite/operaton.yml" \
  -Drewrite.activeRecipes=uk.redress.rewrite.MigrateToOperaton \
  -Drewrite.exportDatatables=false

# What a recipe cannot say: files whose names change. The web apps' documented overrides live under the webjar's
# own folder (webjars/camunda becomes webjars/operaton), and ServiceLoader files are named after the interface.
webjars=src/main/resources/META-INF/resources/webjars
if [ -d "$webjars/camunda" ]; then mv "$webjars/camunda" "$webjars/operaton"; fi
find . -path ./target -prune -o -path '*/META-INF/services/org.camunda.bpm.*' -type f -print | while read -r f; do
  mv "$f" "$(dirname "$f")/$(basename "$f" | sed 's/^org\.camunda\.bpm\./org.operaton.bpm./')"
done

echo "Operaton copy ready: $target"
