#!/usr/bin/env bash
# System packages the test suite needs: Debian's Chromium (driven by Playwright through
# executable_path; no browser download) and a CJK font so Chinese renders in screenshots.
set -euo pipefail
if [ "$(id -u)" -ne 0 ]; then SUDO=sudo; else SUDO=; fi
if command -v chromium >/dev/null 2>&1 && fc-list 2>/dev/null | grep -qi "noto.*cjk"; then
  echo "system packages already installed"
  exit 0
fi
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends chromium fonts-noto-cjk >/dev/null
echo "installed: $(chromium --version)"
