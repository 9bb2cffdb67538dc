#!/usr/bin/env bash
# Debian packages the tests use: Chromium for the browser tests, xmllint for the manifest check,
# LibreOffice to prove the .xlsx files open without repair, a CJK font for screenshots and PDFs.
# Skips what is already there; needs root (CI and the dev machines run as root).
set -euo pipefail
need=()
command -v chromium >/dev/null || need+=(chromium)
command -v xmllint >/dev/null || need+=(libxml2-utils)
command -v pdftoppm >/dev/null || need+=(poppler-utils)
command -v soffice >/dev/null || need+=(libreoffice-calc-nogui)
fc-list 2>/dev/null | grep -qi 'wenquanyi\|noto.*cjk' || need+=(fonts-wqy-microhei)
if [ ${#need[@]} -eq 0 ]; then exit 0; fi
if [ "$(id -u)" != 0 ]; then
  echo "install-system-deps: missing ${need[*]}; run as root or install them with apt-get" >&2
  exit 0
fi
echo "install-system-deps: installing ${need[*]}" >&2
apt-get update -qq
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
