#!/usr/bin/env bash
# Debian's Chromium for the browser tests (Playwright drives it with executable_path; its own
# browser download cannot work offline). Idempotent; needs root (CI and the dev machines are root).
set -euo pipefail
if [ -x /usr/bin/chromium ]; then
  exit 0
fi
if [ "$(id -u)" != "0" ]; then
  echo "install-browser: /usr/bin/chromium missing and not root; browser tests will be skipped" >&2
  exit 0
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq chromium >/dev/null
/usr/bin/chromium --version
