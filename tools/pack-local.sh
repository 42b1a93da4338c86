#!/usr/bin/env bash
# Builds the OpenApiCodegen NuGet package into a local folder feed, so a project on this machine can reference it
# before it is published:
#
#   bash tools/pack-local.sh [feed-dir]          (default: <repo>/artifacts/feed, which git ignores)
#
# then, in the consuming project's folder:
#
#   dotnet new nugetconfig
#   dotnet nuget add source <feed-dir> --name openapicodegen
#   dotnet add package OpenApiCodegen --version 0.1.0
set -euo pipefail

repo_root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
feed=${1:-$repo_root/artifacts/feed}
mkdir -p "$feed"
feed=$(cd "$feed" && pwd)

dotnet pack "$repo_root/generator/OpenApiCodegen/OpenApiCodegen.csproj" -c Release -o "$feed" --nologo -v quiet

package=$(ls "$feed"/OpenApiCodegen.*.nupkg | sort | tail -n 1)
version=$(basename "$package" .nupkg)
version=${version#OpenApiCodegen.}
echo "packed $package"
echo
echo "use it from a project folder:"
echo "  dotnet new nugetconfig"
echo "  dotnet nuget add source \"$feed\" --name openapicodegen"
echo "  dotnet add package OpenApiCodegen --version $version"
echo
# NuGet caches a package by id and version: a rebuilt package with the same version is only picked up once the cached
# copy is gone.
echo "after packing again with the same version, remove NuGet's cached copy: rm -rf ~/.nuget/packages/openapicodegen/$version"
