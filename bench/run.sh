#!/usr/bin/env bash
# Runs every benchmark on this machine and rewrites bench/RESULTS.md. Takes about 15 minutes on 2 cores.
# With section names (bench/run.sh webhooks delivery) it runs only those and prints their figures.
# Needs JDK 17 and pgbench (Debian: postgresql-client), which it installs when missing and it may.
set -euo pipefail
cd "$(dirname "$0")/.."
if ! command -v pgbench >/dev/null 2>&1; then
  if [ "$(id -u)" = 0 ]; then (apt-get update -qq && apt-get install -y -qq postgresql-client) >/dev/null
  else echo "pgbench is missing: install postgresql-client" >&2; exit 1; fi
fi
./mvnw -B -q -DskipTests install
exec java -Xmx1g -jar bench/target/bench.jar "$@"
