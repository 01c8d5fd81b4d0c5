#!/usr/bin/env bash
# `npm start`: install (when needed), build and serve the story; prints its address.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci --no-audit --no-fund
fi
npm run --silent build
exec npx tsx scripts/serve.ts dist
