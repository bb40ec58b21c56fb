#!/usr/bin/env bash
# Starts the whole system on this machine: embedded PostgreSQL, an SMTP catcher with an inbox, the three
# services, and (on first start) the demo data. Needs only JDK 17. Ctrl-C stops everything.
#   ./run-local.sh            build what is missing, then start
#   ./run-local.sh --fresh    start over with empty databases
#   ./run-local.sh --fast     PostgreSQL without fsync (faster; a crash of the machine may lose data)
#   ./run-local.sh --build    rebuild before starting
set -euo pipefail
cd "$(dirname "$0")"
args=()
build=false
for a in "$@"; do
  if [ "$a" = "--build" ]; then build=true; else args+=("$a"); fi
done
jar=local-stack/target/local-stack.jar
if $build || [ ! -f "$jar" ] || [ ! -f alert-service/target/quarkus-app/quarkus-run.jar ] \
   || [ -n "$(find . -path ./.local-stack -prune -o -path '*/src/*' -newer "$jar" -type f -print -quit)" ]; then
  echo "Building (the first build takes a few minutes) ..."
  ./mvnw -B -q -DskipTests install
fi
exec java -jar local-stack/target/local-stack.jar run ${args[@]+"${args[@]}"}
