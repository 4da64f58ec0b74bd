#!/usr/bin/env bash
# Measures proposed changes to the app before anyone applies them: copies the app into
# bench/results/variant/, applies the given patches from bench/proposals/ there (never to the
# working tree), compiles that copy, and runs the read benchmark on it, against the same
# newsroom_bench database as `npm run bench` (reused when already seeded).
#
#   bench/try-proposals.sh 01-by-slug-one-query 02-public-ability-cache -- --only by-slug-on,raw-by-slug
#
# DATABASE_URL must name a PostgreSQL server (the embedded one is not started here).
# Results: bench/results/read-<patches>.json.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
patches=()
while [[ $# -gt 0 && "$1" != "--" ]]; do patches+=("$1"); shift; done
[[ "${1:-}" == "--" ]] && shift
: "${DATABASE_URL:?set DATABASE_URL, e.g. postgres://postgres@127.0.0.1:5432/postgres}"

name="$(IFS=+; echo "${patches[*]:-none}")"
variant="$root/bench/results/variant"
rm -rf "$variant"
# Compiled copies must not outlive the run (prettier would check them).
trap 'rm -rf "$variant"' EXIT
mkdir -p "$variant/database" "$variant/bench"
cp -r "$root/package.json" "$root/tsconfig.json" "$root/config" "$root/src" "$root/public" "$variant/"
cp -r "$root/database/migrations" "$variant/database/"
# The benchmark itself (not results/, which holds this very copy).
cp -r "$root/bench/cli" "$root/bench/lib" "$root/bench/tsconfig.json" "$variant/bench/"
[[ -d "$root/types" ]] && cp -r "$root/types" "$variant/"
for patch in "${patches[@]}"; do
  file="$root/bench/proposals/$patch.diff"
  if patch -s -p1 -R --dry-run -d "$variant" < "$file" >/dev/null 2>&1; then
    echo "bench/proposals/$patch.diff: already in the working tree"
  else
    echo "applying bench/proposals/$patch.diff"
    patch -s -p1 -d "$variant" < "$file"
  fi
done
# Type errors elsewhere in the tree must not stop a measurement: emit anyway.
(cd "$variant" && "$root/node_modules/.bin/tsc" -p tsconfig.json --outDir dist --incremental false --noEmitOnError false >/dev/null) || true
(cd "$variant" && "$root/node_modules/.bin/tsc" -p bench/tsconfig.json --incremental false --noEmitOnError false >/dev/null) || true
test -f "$variant/dist/src/index.js" || { echo "the variant did not compile"; exit 1; }
test -f "$variant/bench/dist/bench/cli/bench.js" || { echo "the variant's benchmark did not compile"; exit 1; }
cd "$variant"
node -e "require('$root/scripts/lib/env-file').loadEnvFile('$root')
process.argv = [process.argv[0], 'bench/dist/bench/cli/bench.js', ...process.argv.slice(1)];
require('$variant/bench/dist/bench/cli/bench.js');" -- "$@"
cp "$variant/bench/results/read.json" "$root/bench/results/read-$name.json"
echo "copied to bench/results/read-$name.json"
