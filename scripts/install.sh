#!/usr/bin/env bash
# Build .venv (Rasa, the actions, the tests) from requirements.lock and .venv-web (the public web
# app) from requirements-web.lock. A no-op when a lock has not changed since the last successful
# install (a hash of the lock is kept in the environment's .lock-hash).
#
# A new checkout shares the environments of its locks: .venv becomes a link to
# ~/.cache/pricing-assistant/venv-<lock hash> (PRICING_ASSISTANT_CACHE moves it), built once per
# lock and machine, so a fresh clone of unchanged locks installs nothing. An environment that is a
# real directory (an older checkout, the Docker image) is kept and updated in place.
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON=${PYTHON:-python3}
cache=${PRICING_ASSISTANT_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/pricing-assistant}

# build LINK LOCK IMPORTS: the environment of LOCK, at LINK (a directory there is updated in place)
build() {
  local link=$1 lock=$2 imports=$3 want venv start
  want=$(sha256sum "$lock" | cut -d' ' -f1)
  if [ -d "$link" ] && [ ! -L "$link" ]; then
    venv=$link
  else
    venv="$cache/${want:0:16}-${link#.}"
    mkdir -p "$cache"
    exec 9> "$cache/install.lock"
    flock 9  # two checkouts installing the same lock at once build it once
  fi
  if [ -f "$venv/.lock-hash" ] && [ "$(cat "$venv/.lock-hash")" = "$want" ]; then
    [ "$venv" = "$link" ] || ln -sfn "$venv" "$link"
    echo "install: $link is up to date with $lock"
    return 0
  fi
  start=$(date +%s)
  if [ ! -x "$venv/bin/python" ]; then
    echo "install: creating $venv with $($PYTHON --version)"
    "$PYTHON" -m venv "$venv"
  fi
  "$venv/bin/python" -m pip install --quiet --upgrade "pip>=23.2,<25" 2>&1 | grep -v "^WARNING: Location" || true
  # Every package is pinned in the lock, so no resolution happens: --no-deps keeps pip from
  # second-guessing rasa's declared Python range (<3.11), which it runs fine beyond.
  echo "install: installing $(grep -c '==' "$lock") pinned packages into $link (a few minutes on a fresh machine)"
  "$venv/bin/python" -m pip install --no-deps --ignore-requires-python --progress-bar off \
    -r "$lock" 2>&1 | grep -vE "^(WARNING: Location|Requirement already satisfied)" \
    | sed -u 's/^/install: /'
  test "${PIPESTATUS[0]}" -eq 0
  "$venv/bin/python" -c "import $imports" \
    || { echo "install: the environment in $link does not import; see the output above" >&2; exit 1; }
  echo "$want" > "$venv/.lock-hash"
  if [ "$venv" != "$link" ]; then
    ln -sfn "$venv" "$link"
    # environments of older locks go, but the newest three stay for checkouts still on them
    ls -1dt "$cache"/*-"${link#.}" 2>/dev/null | tail -n +4 | xargs -r rm -rf
  fi
  echo "install: $link done in $(( $(date +%s) - start ))s"
}

build .venv requirements.lock "rasa, rasa_sdk, spacy, sqlalchemy, aiohttp"
# The public web app's own environment: current aiohttp and python-socketio (docs/environments.md)
build .venv-web requirements-web.lock "aiohttp, socketio, sqlalchemy, jinja2"
