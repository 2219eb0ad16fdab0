#!/usr/bin/env bash
# Debian's Chromium for the browser tests (never a downloaded browser build). Needs root and the
# Debian package mirror; a no-op when /usr/bin/chromium is already there.
set -euo pipefail
if [ -x /usr/bin/chromium ]; then
  exit 0
fi
if [ "$(id -u)" != "0" ]; then
  echo "install-browser: /usr/bin/chromium is missing; install Debian's chromium package (as root: apt-get install chromium)" >&2
  exit 1
fi
echo "install-browser: installing Debian's chromium (a minute or two)"
apt-get update -qq
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver fonts-dejavu-core >/dev/null
echo "install-browser: $(/usr/bin/chromium --version)"
