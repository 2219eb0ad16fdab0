#!/usr/bin/env bash
# Debian's HAProxy, the load balancer `RASA_REPLICAS=N make run` puts in front of the Rasa and
# action server replicas. Needs root and the Debian package mirror; a no-op when it is there.
set -euo pipefail
if command -v haproxy >/dev/null 2>&1; then
  exit 0
fi
if [ "$(id -u)" != "0" ]; then
  echo "install-haproxy: haproxy is missing; install Debian's haproxy package (as root: apt-get install haproxy)" >&2
  exit 1
fi
echo "install-haproxy: installing Debian's haproxy"
apt-get update -qq
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends haproxy >/dev/null
echo "install-haproxy: $(haproxy -v | head -1)"
