#!/usr/bin/env bash
# Makes sure a Chromium for the browser tests is there: CHROME_PATH, else /usr/bin/chromium.
# As root on Debian it installs the package when missing; otherwise it says the one command to run.
set -euo pipefail
path="${CHROME_PATH:-/usr/bin/chromium}"
if [ -x "$path" ]; then exit 0; fi
if [ -n "${CHROME_PATH:-}" ]; then
  echo "CHROME_PATH is set to $CHROME_PATH, but no executable is there." >&2
  exit 1
fi
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "Chromium is missing: installing the Debian package (about a minute)…"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  [ -x /usr/bin/chromium ] && exit 0
fi
echo "The browser tests need Chromium at /usr/bin/chromium. Install it with:" >&2
echo "  sudo apt-get update && sudo apt-get install -y chromium" >&2
echo "or point CHROME_PATH at a Chromium or Chrome binary." >&2
exit 1
