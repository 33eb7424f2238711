#!/usr/bin/env bash
# The README's test command: set up what the tests need, lint, run the tests.
set -euo pipefail
cd "$(dirname "$0")/.."

python3 -m venv .venv
.venv/bin/pip install --quiet --disable-pip-version-check -r requirements-dev.txt

# The browser test drives Debian's Chromium; Playwright's own browser download is not used.
if [ ! -x /usr/bin/chromium ]; then
  if [ "$(id -u)" = 0 ]; then
    apt-get update -qq && apt-get install -y -qq chromium >/dev/null
  else
    sudo apt-get update -qq && sudo apt-get install -y -qq chromium >/dev/null
  fi
fi

.venv/bin/ruff check .
.venv/bin/python -m pytest "$@"
