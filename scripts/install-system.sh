#!/usr/bin/env bash
# The Debian packages the tests use, in one apt transaction (one `apt-get update`, not one per
# package): WordNet's data (industry words no list holds), Chromium and its driver (browser
# tests), haproxy (the scale-out tests' load balancer). Nothing happens when all are present.
set -euo pipefail
missing=()
[ -f /usr/share/wordnet/data.noun ] || missing+=(wordnet-base)
[ -x /usr/bin/chromium ] || missing+=(chromium chromium-driver fonts-dejavu-core)
command -v haproxy >/dev/null 2>&1 || missing+=(haproxy)
[ ${#missing[@]} -gt 0 ] || exit 0
if [ "$(id -u)" != "0" ]; then
  echo "install-system: missing ${missing[*]}; install them as root: apt-get install ${missing[*]}" >&2
  exit 1
fi
echo "install-system: installing ${missing[*]} (a minute or two)"
apt-get update -qq
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
echo "install-system: done"
