#!/usr/bin/env bash
# Times Hugo on a ScarGuide benchmark corpus, for the side-by-side comparison in docs/performance.md.
#
#   bench/hugo-compare.sh N [RUNS]
#
# 1. Generates a corpus of N articles with ScarGuide's generator (the bench harness's `generate N DIR`),
#    or reuses bench/corpus-N if it already holds N articles. CORPUS_DIR overrides the folder.
# 2. Maps it into a Hugo site beside it (bench/corpus-N-hugo): articles/*.md -> content/blog/,
#    authors.yml -> data/, images/ -> static/images/, plus bench/hugo/hugo.toml and layouts/.
# 3. Runs `hugo --quiet` RUNS times (default 5) into a fresh output folder each run under
#    /usr/bin/time, and prints each run and the median wall time, CPU time (user + system) and peak RSS.
#
# Environment: CORPUS_DIR (corpus folder), HUGO (hugo binary, default `hugo`),
# SCARGUIDE_BENCH (command that runs the bench harness tools/ScarGuide.Bench, e.g. "path/to/ScarGuide.Bench").
set -euo pipefail

usage() { echo "usage: $0 N [RUNS]   (N = number of articles, RUNS = timed runs, default 5)" >&2; exit 2; }
[[ $# -ge 1 && $1 =~ ^[0-9]+$ && $1 -gt 0 ]] || usage
N=$1
RUNS=${2:-5}
[[ $RUNS =~ ^[0-9]+$ && $RUNS -gt 0 ]] || usage

BENCH_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
REPO_ROOT=$(cd "$BENCH_DIR/.." && pwd)
CORPUS=${CORPUS_DIR:-$BENCH_DIR/corpus-$N}
CORPUS=${CORPUS%/}
SITE=$CORPUS-hugo
HUGO=${HUGO:-hugo}

command -v "$HUGO" >/dev/null || { echo "hugo not found: apt-get install -y hugo" >&2; exit 1; }
[[ -x /usr/bin/time ]] || { echo "/usr/bin/time not found: apt-get install -y time" >&2; exit 1; }

count_articles() { find "$1/articles" -name '*.md' 2>/dev/null | wc -l; }

# --- 1. corpus ---------------------------------------------------------------------------------
if [[ -f $CORPUS/site.yml && $(count_articles "$CORPUS") -eq $N ]]; then
  echo "corpus: reusing $CORPUS ($N articles)"
else
  echo "corpus: generating $N articles into $CORPUS"
  if [[ -n ${SCARGUIDE_BENCH:-} ]]; then
    read -r -a bench <<<"$SCARGUIDE_BENCH"
  elif [[ -d $REPO_ROOT/tools/ScarGuide.Bench ]]; then
    bench=(dotnet run --project "$REPO_ROOT/tools/ScarGuide.Bench" -c Release --)
  else
    echo "no bench harness found; set SCARGUIDE_BENCH or CORPUS_DIR to an existing corpus" >&2
    exit 1
  fi
  "${bench[@]}" generate "$N" "$CORPUS"
  [[ $(count_articles "$CORPUS") -eq $N ]] || { echo "generator did not write $N articles into $CORPUS" >&2; exit 1; }
fi

# --- 2. Hugo site ------------------------------------------------------------------------------
rm -rf "$SITE"
mkdir -p "$SITE/content/blog" "$SITE/data" "$SITE/static"
cp "$BENCH_DIR/hugo/hugo.toml" "$SITE/"
cp -R "$BENCH_DIR/hugo/layouts" "$SITE/"
find "$CORPUS/articles" -name '*.md' -exec cp -t "$SITE/content/blog/" {} +
printf -- '---\ntitle: "Blog"\n---\n' >"$SITE/content/blog/_index.md"
cp "$CORPUS/authors.yml" "$SITE/data/authors.yml"
cp -R "$CORPUS/images" "$SITE/static/images"

# --- 3. timed runs -----------------------------------------------------------------------------
VERSION=$("$HUGO" version)
echo "hugo:   $VERSION"
echo "site:   $SITE"
echo "cores:  $(nproc), runs: $RUNS, clean output each run"

WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
walls=()
cpus=()
rss=()
for ((i = 1; i <= RUNS; i++)); do
  OUT=$WORK/public
  rm -rf "$OUT"
  /usr/bin/time -f "%e s %M KB %U %S" -o "$WORK/time" "$HUGO" --quiet --source "$SITE" --destination "$OUT" --cacheDir "$WORK/cache"
  read -r wall _ kb _ user sys <"$WORK/time"
  cpu=$(awk -v u="$user" -v s="$sys" 'BEGIN { printf "%.2f", u + s }')
  walls+=("$wall")
  cpus+=("$cpu")
  rss+=("$kb")
  pages=$(find "$OUT" -name '*.html' | wc -l)
  printf 'run %d: %s s wall, %s s CPU, %d MiB peak RSS, %d HTML files\n' "$i" "$wall" "$cpu" $((kb / 1024)) "$pages"
done

median() { printf '%s\n' "$@" | sort -g | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else printf "%.2f\n", (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
med_wall=$(median "${walls[@]}")
med_kb=$(median "${rss[@]}")
max_kb=$(printf '%s\n' "${rss[@]}" | sort -g | tail -n 1)
printf 'hugo %s articles: median wall %s s, median CPU %s s, median peak RSS %d MiB (max %d MiB) over %d runs\n' \
  "$N" "$med_wall" "$(median "${cpus[@]}")" "$(awk -v k="$med_kb" 'BEGIN { printf "%d", k / 1024 }')" $((max_kb / 1024)) "$RUNS"
