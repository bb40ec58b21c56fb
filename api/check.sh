#!/usr/bin/env bash
# The API checks that need Node.js, run by .ci/run after ./mvnw -B verify (which writes the three OpenAPI documents
# to <service>/target/openapi and the generated TypeScript clients to clients/target/typescript):
#   1. Spectral lints the three documents (ruleset .spectral.yaml; any error fails);
#   2. tsc --strict type-checks the generated TypeScript clients;
#   3. Portman turns each document into contract and variation (fuzz) tests, newman runs them against the packaged
#      services started by the local stack with the demo data (on the standard ports 8081-8083); any 5xx or any
#      answer that does not match the document fails. API_CHECK_WORK=dir keeps the collections and reports there.
set -euo pipefail
cd "$(dirname "$0")"
root=..
npm ci --no-audit --no-fund --loglevel=error

echo "== lint"
npx spectral lint --fail-severity=error --ruleset .spectral.yaml \
  $root/company-service/target/openapi/company-service.yaml \
  $root/thesis-service/target/openapi/thesis-service.yaml \
  $root/alert-service/target/openapi/alert-service.yaml

echo "== TypeScript client (tsc --strict)"
npx tsc -p tsconfig.json

echo "== contract and variation tests against the running services"
work=${API_CHECK_WORK:-$(mktemp -d)}
# C1 only, as in the tests (pom.xml, test.jvm.options): the services start sooner and the checks are short
JDK_JAVA_OPTIONS=-XX:TieredStopAtLevel=1 java -Dthesiswatch.root="$(cd $root && pwd)" -jar $root/local-stack/target/local-stack.jar run --fresh --fast \
  --data "$work/data" > "$work/stack.log" 2>&1 &
stack=$!
trap 'kill $stack 2>/dev/null || true; wait $stack 2>/dev/null || true; [ -n "${API_CHECK_WORK:-}" ] || rm -rf "$work"' EXIT
for _ in $(seq 1 180); do
  [ -f "$work/data/tokens.env" ] && break
  kill -0 $stack 2>/dev/null || { cat "$work/stack.log"; exit 1; }
  sleep 1
done
[ -f "$work/data/tokens.env" ] || { echo "the local stack did not come up"; tail -50 "$work/stack.log"; exit 1; }
set -a; source "$work/data/tokens.env"; set +a

failed=0
for service in company:8081 thesis:8082 alert:8083; do
  name=${service%%:*}-service
  port=${service##*:}
  node portman/config.js "$name" "$work/$name.portman-config.json"
  npx portman --local $root/$name/target/openapi/$name.yaml --baseUrl "http://127.0.0.1:$port" \
    --portmanConfigFile "$work/$name.portman-config.json" --filterFile portman/filter.json \
    --output "$work/$name.postman.json" --logAssignVariables false --warn false > "$work/$name.portman.log"
  npx newman run "$work/$name.postman.json" --env-var "bearerToken=$ADMIN_TOKEN" \
    --env-var "subscriberToken=$SUBSCRIBER_TOKEN" --ignore-redirects \
    --reporters json --reporter-json-export "$work/$name.newman.json" > /dev/null || true
  node portman/summary.js "$work/$name.newman.json" "$name" || failed=1
done
exit $failed
