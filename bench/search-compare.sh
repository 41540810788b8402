#!/usr/bin/env bash
# ScarGuide's search against Pagefind on generated corpora: build time with and without the search index, index size,
# and per query (20 patient queries, fresh browser context each): bytes downloaded, time to the first page of results
# in headless Chromium, precision at 5. Results are printed; docs/search.md records a run.
#
#   bench/search-compare.sh [--sizes 1000,10000] [--work DIR] [--runs 3] [--baseline GIT_REF]
#
# Needs Node.js, a Chromium (CHROMIUM, default /usr/bin/chromium) and two npm packages installed into a cache folder
# (no network at run time): npm install --prefix "$HOME/.cache/scarguide/pagefind" pagefind playwright-core
# --baseline builds that git revision too (default: main), to time its build and search index step beside this one's.
set -euo pipefail
cd "$(dirname "$0")/.."
sizes=1000,10000
work=bench/work/search
runs=3
baseline=main
while [[ $# -gt 0 ]]; do
  case $1 in
    --sizes) sizes=$2; shift 2 ;;
    --work) work=$2; shift 2 ;;
    --runs) runs=$2; shift 2 ;;
    --baseline) baseline=$2; shift 2 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done
cache=${SCARGUIDE_NPM_CACHE:-$HOME/.cache/scarguide/pagefind}
pagefind=$cache/node_modules/.bin/pagefind
[[ -x $pagefind ]] || { echo "pagefind is missing: npm install --prefix \"$cache\" pagefind playwright-core" >&2; exit 1; }
mkdir -p "$work"
work=$(cd "$work" && pwd)

publish() { # $1 source folder, $2 output folder
  dotnet publish "$1/src/ScarGuide.Cli" -c Release -r "linux-$(uname -m | sed 's/x86_64/x64/; s/aarch64/arm64/')" --self-contained false \
    -p:PublishReadyToRun=true --artifacts-path "$2.obj" -o "$2" --nologo -v quiet >/dev/null
}
publish . "$work/cli"
rm -rf "$work/baseline-src" && mkdir -p "$work/baseline-src" && git archive "$baseline" | tar -x -C "$work/baseline-src"
publish "$work/baseline-src" "$work/cli-baseline"
dotnet build tools/ScarGuide.Bench -c Release --nologo -v quiet >/dev/null

ms() { echo $(( ($(date +%s%N) - $1) / 1000000 )); }
median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2 ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2)}'; }

for n in ${sizes//,/ }; do
  dir=$work/$n
  [[ -d $dir/input ]] || dotnet run --no-build --project tools/ScarGuide.Bench -c Release -- generate "$n" "$dir/input" >/dev/null
  # Alternating the two builds, so both see the same load; each reports its search steps (--timings: the per-article
  # analysis and the index written at the end, summed).
  declare -A times steps
  for _ in $(seq "$runs"); do
    for cli in cli-baseline cli; do
      start=$(date +%s%N)
      step=$("$work/$cli/ScarGuide.Cli" build --input "$dir/input" --theme theme -o "$dir/$cli-site" --base-url http://127.0.0.1:8787/ \
        --clock 2026-12-01T00:00:00Z --timings text 2>&1 | awk '/^step search (analysis|index) / {ms += $4} END {print ms}')
      times[$cli]+="$(ms "$start") "
      steps[$cli]+="$step "
    done
  done
  for cli in cli-baseline cli; do
    echo "$n articles, $cli build: median $(printf '%s\n' ${times[$cli]} | median) ms of ${times[$cli]}; search steps median $(printf '%s\n' ${steps[$cli]} | median) ms of ${steps[$cli]}"
  done
  unset times steps
  rm -rf "$dir/site" && cp -r "$dir/cli-site" "$dir/site"
  start=$(date +%s%N)
  # Pagefind gets what its documentation asks of a site: only article pages, the article element, no related-article cards.
  "$pagefind" --site "$dir/site" --glob "blog/*/index.html" --root-selector "article.article" --exclude-selectors ".related" --silent
  echo "$n articles, pagefind index: $(ms "$start") ms"
  echo "$n articles, index size: scarguide $(du -sb "$dir/site/search-index" | cut -f1) bytes in $(find "$dir/site/search-index" -type f | wc -l) files" \
    "(+ $(stat -c %s "$dir/site/search-index.json") byte manifest); pagefind $(du -sb "$dir/site/pagefind" | cut -f1) bytes in $(find "$dir/site/pagefind" -type f | wc -l) files"
  NODE_PATH=$cache/node_modules node bench/search-bench.mjs "$dir/site" --pagefind --json "$dir/queries.json"
done
