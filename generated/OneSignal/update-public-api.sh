#!/usr/bin/env bash
# Brings PublicAPI.Shipped.txt / PublicAPI.Unshipped.txt in line with the library's public surface
# after a spec change (or a change to the hand-written code), using the PublicApiAnalyzers' own code
# fixes: RS0016 adds each new public symbol to PublicAPI.Unshipped.txt, RS0017 removes each declared
# symbol that no longer exists. --include-generated is what makes dotnet format fix diagnostics
# reported on source-generated files, which is where almost all of the surface comes from.
# Review the diff of the two files: it is the change to the C# API.
set -euo pipefail
cd "$(dirname "$0")"

dotnet format analyzers OneSignal.csproj --diagnostics RS0016 RS0017 --severity warn --include-generated

# The fixes work on what the analyzer reports; a clean build proves nothing is left undeclared.
dotnet build OneSignal.csproj --nologo -v quiet
