#!/usr/bin/env bash
# Debian packages kg needs, installed only when missing:
#   python  python3-venv, to create the project's virtual environment (make demo, make test)
#   test    Chromium (driven by Playwright through executable_path; no browser download), a
#           CJK font, so Chinese renders in screenshots, and Virtuoso open source, a SPARQL
#           server the endpoint tests start
set -euo pipefail
group="${1:-test}"
if [ "$(id -u)" -ne 0 ]; then SUDO=sudo; else SUDO=; fi

need=()
case "$group" in
  python)
    python3 -c "import ensurepip, venv" 2>/dev/null || need+=(python3-venv)
    ;;
  test)
    command -v chromium >/dev/null 2>&1 || need+=(chromium)
    fc-list 2>/dev/null | grep -qi "noto.*cjk" || need+=(fonts-noto-cjk)
    command -v virtuoso-t >/dev/null 2>&1 || need+=(virtuoso-opensource-7-bin)
    ;;
  *)
    echo "usage: $0 [python|test]" >&2
    exit 2
    ;;
esac

if [ "${#need[@]}" -eq 0 ]; then
  exit 0
fi
echo "installing Debian packages: ${need[*]}"
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
