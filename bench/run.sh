#!/usr/bin/env bash
# Runs every benchmark on this machine and rewrites bench/RESULTS.md. Takes about 15 minutes on 2 cores.
# With section names (bench/run.sh webhooks delivery) it runs only those and prints their figures.
# Needs JDK 17, pgbench (Debian: postgresql-client) and wrk (Debian: wrk), which it installs when missing and it may.
# BENCH_PROFILE=<name> also records the services with JFR during ingest, reads, checks and the mixed load and writes
# what the recordings show to bench/profiles/<name>-<section>-<service>.txt (recording slows the figures down).
set -euo pipefail
cd "$(dirname "$0")/.."
for tool in pgbench:postgresql-client wrk:wrk; do
  if ! command -v "${tool%%:*}" >/dev/null 2>&1; then
    if [ "$(id -u)" = 0 ]; then (apt-get update -qq && apt-get install -y -qq "${tool##*:}") >/dev/null
    else echo "${tool%%:*} is missing: install ${tool##*:}" >&2; exit 1; fi
  fi
done
./mvnw -B -q -DskipTests install
exec java -Xmx1g -jar bench/target/bench.jar "$@"
