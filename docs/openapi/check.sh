#!/usr/bin/env bash
# Checks the OpenAPI document as client teams use it, beyond the build (which generates a Java client
# and calls every route through it, GeneratedClientIT):
#   1. Redocly CLI's recommended ruleset: 0 errors, 0 warnings (redocly.yaml; accepted problems, each
#      with its reason, in .redocly.lint-ignore.yaml);
#   2. a TypeScript client (openapi-generator typescript-fetch) compiled by tsc --strict: 0 errors.
# Needs Java 17, Maven (the wrapper) and Node.js with npm (the npm registry). Versions are pinned.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
document=$root/adapters-rest/src/main/resources/io/audiences/adapters/rest/openapi.yaml
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"

echo "== Redocly CLI 2.77.0, recommended ruleset"
npm install --silent --no-audit --no-fund @redocly/cli@2.77.0 typescript@5.9.3 >/dev/null
lint=$(./node_modules/.bin/redocly lint --config "$root/docs/openapi/redocly.yaml" --max-problems 100 "$document" 2>&1) \
  || { echo "$lint"; exit 1; }
echo "$lint" | grep -v '[║╔╚]' | grep -v '^\s*$'
if echo "$lint" | grep -q 'You have [0-9]* warning'; then exit 1; fi

echo "== openapi-generator 7.25.0 typescript-fetch, tsc 5.9.3 --strict"
"$root/mvnw" -q -B dependency:copy -Dartifact=org.openapitools:openapi-generator-cli:7.25.0 -DoutputDirectory="$work" \
  -f "$root/pom.xml" -N
java -jar openapi-generator-cli-7.25.0.jar generate -g typescript-fetch -i "$document" -o client >/dev/null
./node_modules/.bin/tsc --strict --noEmit --target es2017 --lib es2017,dom --moduleResolution node client/index.ts
echo "TypeScript client: 0 errors"
