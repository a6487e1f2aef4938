#!/usr/bin/env bash
# Installs Debian's headless Chromium and its WebDriver for the web map's browser tests (sitrep-server
# MapBrowserTest), when either is missing. Nothing is downloaded at test time: Selenium is given
# /usr/bin/chromium and /usr/bin/chromedriver explicitly.
set -euo pipefail
if command -v chromium >/dev/null 2>&1 && [ -x /usr/bin/chromedriver ]; then
  echo "install-browser: chromium and chromedriver present" >&2
  exit 0
fi
if [ "$(id -u)" != 0 ]; then
  echo "install-browser: chromium/chromium-driver missing and this user cannot apt-get install them" >&2
  exit 1
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq >&2
apt-get install -y -qq chromium chromium-driver >/dev/null
echo "install-browser: installed $(chromium --version 2>/dev/null | head -n 1)" >&2
