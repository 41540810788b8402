#!/usr/bin/env bash
# Cold and warm builds of the same photo corpus by ScarGuide (AVIF + WebP + JPEG, social and JSON-LD crops) and by
# Hugo (WebP at the same four widths), in one run, with wall time, CPU and peak memory (docs/performance.md).
#
#   bench/hugo-images/run.sh PHOTOS [PLAIN]
#
# PHOTOS: a generated corpus (`dotnet run --project tools/ScarGuide.Bench -c Release -- generate N DIR`) with a photo hero per article (`dotnet run --project tools/ScarGuide.Bench -c Release -- photos DIR`).
# PLAIN: the same corpus without photos, to compare a warm build with (optional).
# Environment: SCARGUIDE (command that runs the CLI; default the Release build's dll), HUGO (default `hugo`; `none` skips it),
# WORK (scratch folder; default PHOTOS-work).
set -euo pipefail
[[ $# -ge 1 && -d $1/articles ]] || { echo "usage: $0 PHOTOS_CORPUS [PLAIN_CORPUS]" >&2; exit 2; }
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
REPO=$(cd "$HERE/../.." && pwd)
PHOTOS=$(cd "$1" && pwd)
PLAIN=${2:+$(cd "$2" && pwd)}
WORK=${WORK:-$PHOTOS-work}
HUGO=${HUGO:-hugo}
read -r -a cli <<<"${SCARGUIDE:-dotnet $REPO/src/ScarGuide.Cli/bin/Release/net10.0/ScarGuide.Cli.dll}"
CLOCK=2026-11-24T12:00:00Z

timed() { # label, command...: one line of wall seconds, CPU seconds and peak RSS
  local label=$1; shift
  /usr/bin/time -f "$label wall %e s  cpu %U+%S s  peak %M KB" "$@" >/dev/null 2>"$WORK/time.txt" || { cat "$WORK/time.txt" >&2; exit 1; }
  tail -1 "$WORK/time.txt"
}

rm -rf "$WORK" && mkdir -p "$WORK/scarguide" "$WORK/plain" "$WORK/hugo/content/blog" "$WORK/hugo/assets"
images=$(find "$PHOTOS/images" -name '*.jpg' | wc -l)
echo "corpus: $(find "$PHOTOS/articles" -name '*.md' | wc -l) articles, $images JPEG photos; $(nproc) cores"

# ScarGuide, from the site root (its cache is .cache/images there).
cd "$WORK/scarguide"
timed "scarguide cold" "${cli[@]}" build --input "$PHOTOS" --output out --clock "$CLOCK"
timed "scarguide warm" "${cli[@]}" build --input "$PHOTOS" --output out --clock "$CLOCK"
if [[ -n $PLAIN ]]; then
  cd "$WORK/plain"
  "${cli[@]}" build --input "$PLAIN" --output out --clock "$CLOCK" >/dev/null
  timed "scarguide no-photos" "${cli[@]}" build --input "$PLAIN" --output out --clock "$CLOCK"
fi

# Hugo: the same photos as page resources of assets/, the same articles.
[[ $HUGO == none ]] && exit 0
cp "$HERE/hugo.toml" "$WORK/hugo/" && cp -R "$HERE/layouts" "$WORK/hugo/"
cp "$PHOTOS"/articles/*.md "$WORK/hugo/content/blog/"
cp -R "$PHOTOS/images" "$WORK/hugo/assets/images"
cd "$WORK/hugo"
timed "hugo cold" "$HUGO" --quiet --destination public
rm -rf public
timed "hugo warm" "$HUGO" --quiet --destination public
echo "scarguide variants: $(find "$WORK/scarguide/out/images" -name '*.avif' -o -name '*.webp' -o -name '*-*.jpg' | wc -l); hugo variants: $(find "$WORK/hugo/public" -name '*.webp' | wc -l)"
