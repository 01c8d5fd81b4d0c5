#!/usr/bin/env bash
# `npm test`: everything, in the order a failure is cheapest to find.
set -euo pipefail
cd "$(dirname "$0")/.."
[ -d node_modules ] || npm ci --no-audit --no-fund
bash scripts/ensureChromium.sh
echo "== type checks (svelte-check, tsc)"
npm run --silent check
echo "== data validation"
npm run --silent check:data
echo "== build"
npm run --silent build
echo "== unit and browser tests"
report="${VITEST_REPORT:-$(mktemp)}"
status=0
npx vitest run --reporter=default --reporter=json --outputFile="$report" || status=$?
node -e '
  const r = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
  console.log(`${r.numPassedTests} passed, ${r.numFailedTests} failed` + (r.numPendingTests ? `, ${r.numPendingTests} skipped` : ""));
' "$report" || true
[ -n "${VITEST_REPORT:-}" ] || rm -f "$report"
exit "$status"
