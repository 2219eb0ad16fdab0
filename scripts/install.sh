#!/usr/bin/env bash
# Build .venv from requirements.lock. A no-op when the lock has not changed since the last
# successful install (a hash of the lock is kept in .venv/.lock-hash).
#
# A new checkout shares the environment of its lock: .venv becomes a link to
# ~/.cache/pricing-assistant/venv-<lock hash> (PRICING_ASSISTANT_CACHE moves it), built once per
# lock and machine, so a fresh clone of an unchanged lock installs nothing. A .venv that is a real
# directory (an older checkout) is kept and updated in place.
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON=${PYTHON:-python3}
want=$(sha256sum requirements.lock | cut -d' ' -f1)
cache=${PRICING_ASSISTANT_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/pricing-assistant}
if [ -d .venv ] && [ ! -L .venv ]; then
  VENV=.venv
else
  VENV="$cache/venv-${want:0:16}"
  mkdir -p "$cache"
  exec 9> "$cache/install.lock"
  flock 9  # two checkouts installing the same lock at once build it once
fi
if [ -f "$VENV/.lock-hash" ] && [ "$(cat "$VENV/.lock-hash")" = "$want" ]; then
  [ "$VENV" = .venv ] || ln -sfn "$VENV" .venv
  echo "install: .venv is up to date with requirements.lock"
  exit 0
fi
start=$(date +%s)
if [ ! -x "$VENV/bin/python" ]; then
  echo "install: creating $VENV with $($PYTHON --version)"
  "$PYTHON" -m venv "$VENV"
fi
echo "install: upgrading pip"
"$VENV/bin/python" -m pip install --quiet --upgrade "pip>=23.2,<25" 2>&1 | grep -v "^WARNING: Location" || true
# Every package is pinned in the lock, so no resolution happens: --no-deps keeps pip from
# second-guessing rasa's declared Python range (<3.11), which it runs fine beyond.
echo "install: installing $(grep -c '==' requirements.lock) pinned packages (a few minutes on a fresh machine)"
"$VENV/bin/python" -m pip install --no-deps --ignore-requires-python --progress-bar off \
  -r requirements.lock 2>&1 | grep -vE "^(WARNING: Location|Requirement already satisfied)" \
  | sed -u 's/^/install: /'
test "${PIPESTATUS[0]}" -eq 0
"$VENV/bin/python" -c "import rasa, rasa_sdk, spacy, sqlalchemy, aiohttp" \
  || { echo "install: the installed environment does not import; see the output above" >&2; exit 1; }
echo "$want" > "$VENV/.lock-hash"
if [ "$VENV" != .venv ]; then
  ln -sfn "$VENV" .venv
  # environments of older locks go, but the newest three stay for checkouts still on them
  ls -1dt "$cache"/venv-* 2>/dev/null | tail -n +4 | xargs -r rm -rf
fi
echo "install: done in $(( $(date +%s) - start ))s"
