#!/usr/bin/env bash
# WordNet 3.0 from Debian's wordnet-base package (read by nltk in bot/nlu/wordnet_industry.py):
# the industry of a business described in words no taxonomy holds. A no-op when the data is
# there. Without root or the package mirror the product still runs; that fallback stays off.
set -euo pipefail
if [ -f /usr/share/wordnet/data.noun ]; then
  exit 0
fi
if [ "$(id -u)" != "0" ]; then
  echo "install-wordnet: /usr/share/wordnet is missing; as root: apt-get install wordnet-base (industry descriptions outside the taxonomy are not read until then)" >&2
  exit 0
fi
echo "install-wordnet: installing Debian's wordnet-base"
apt-get update -qq
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wordnet-base >/dev/null
echo "install-wordnet: $(ls /usr/share/wordnet | wc -l) files in /usr/share/wordnet"
