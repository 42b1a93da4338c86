#!/usr/bin/env bash
# Brings PublicAPI.Unshipped.txt in line with the library's public surface after a spec change (or a
# change to the hand-written code). Review the diff of the PublicAPI files: it is the change to the C# API.
#
# 1. Unshipped is emptied and refilled by the PublicApiAnalyzers' own code fix for RS0016, which adds
#    every public symbol that PublicAPI.Shipped.txt does not declare. Refilling (rather than fixing in
#    place) is how removals leave it: dotnet format has no fix for RS0017, a declared symbol that is gone.
#    --include-generated is what lets dotnet format fix diagnostics reported on source-generated files,
#    where almost all of the surface comes from.
# 2. A symbol that PublicAPI.Shipped.txt declares but that no longer exists is a breaking change: it is
#    recorded as *REMOVED*<symbol> in Unshipped, the analyzer's convention, so the review sees it.
# 3. The build, where RS0016/RS0017 are errors, proves nothing is left undeclared.
set -euo pipefail
cd "$(dirname "$0")"

printf '#nullable enable\n' > PublicAPI.Unshipped.txt
dotnet format analyzers OneSignal.csproj --diagnostics RS0016 --severity warn --include-generated

log=$(mktemp)
trap 'rm -f "$log"' EXIT
if ! dotnet build OneSignal.csproj --nologo -v quiet -consoleLoggerParameters:NoSummary > "$log" 2>&1; then
  # "PublicAPI.Shipped.txt(12,1): error RS0017: Symbol 'X' is part of the declared API, but ..."
  grep -E 'PublicAPI\.Shipped\.txt\([0-9]+,[0-9]+\): error RS0017' "$log" |
    sed -E "s/.*RS0017: Symbol '(.*)' is part of the declared API.*/*REMOVED*\1/" |
    sort -u >> PublicAPI.Unshipped.txt || true
fi

dotnet build OneSignal.csproj --nologo -v quiet
