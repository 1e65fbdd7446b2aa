#!/usr/bin/env bash
# Debian packages the browser tests need: Chromium (Playwright drives it; its own browser download cannot work
# here) and a CJK font so that the pages' Chinese labels are drawn as text, not boxes. Installs only what is missing.
set -euo pipefail
need=()
command -v chromium >/dev/null 2>&1 || need+=(chromium)
fc-list 2>/dev/null | grep -qi "wenquanyi" || need+=(fonts-wqy-zenhei)
if [ "${#need[@]}" -gt 0 ]; then
  sudo=""
  if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${need[@]}" fontconfig >/dev/null
fi
