#!/usr/bin/env bash
# Lints spec/onesignal.yaml with the Redocly CLI pinned in spec/package-lock.json.
# Fails on any problem: redocly.yaml reports every rule as an error, and this script also fails
# on a warning, should a rule or the config check ever report one.
set -euo pipefail
cd "$(dirname "$0")"

# No telemetry or update check from a CI job.
export REDOCLY_TELEMETRY=off REDOCLY_SUPPRESS_UPDATE_NOTICE=true NO_UPDATE_NOTIFIER=1

# Exactly the locked version; the package has no install scripts, so none need to run.
npm ci --no-audit --no-fund --ignore-scripts --loglevel=error

output=$(mktemp)
trap 'rm -f "$output"' EXIT

status=0
./node_modules/.bin/redocly lint onesignal.yaml --config redocly.yaml --lint-config error --format stylish --max-problems 1000 >"$output" 2>&1 || status=$?
# Drop the banner Redocly prints about the Node.js version; keep everything else.
grep -v '[║╔╚]' "$output" | sed '/^[[:space:]]*$/d' || true

if [ "$status" -ne 0 ]; then
  echo "lint: failed (redocly exit code $status)" >&2
  exit "$status"
fi

if grep -Eq '^[[:space:]]+[0-9]+:[0-9]+[[:space:]]+warning[[:space:]]' "$output"; then
  echo "lint: failed on warnings" >&2
  exit 1
fi

echo "lint: spec/onesignal.yaml is clean"
