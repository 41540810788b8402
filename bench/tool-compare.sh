#!/usr/bin/env bash
# The installed tool against the fastest publish and Hugo, side by side in one run (docs/performance.md,
# "The installed tool"). Packs and installs into bench/tool-*/ (nothing global), generates the corpus, then times:
#
#   dotnet run (README)     the README's first command, `dotnet run -c Release --project src/ScarGuide.Cli -- build`
#                           (MSBuild's up-to-date check, then the Release build of the CLI run as IL)
#   tool (shipped)          the package `dotnet tool install ScarGuide.Tool` picks here: self-contained, composite ReadyToRun
#   tool (fd ReadyToRun)    the same package framework-dependent (ReadyToRun, runs on the installed .NET)
#   tool (portable IL)      a tool package without runtime-specific packages (what the tool was before)
#   publish (composite)     bench/run.sh's self-contained composite ReadyToRun publish
#   hugo                    the same corpus through Hugo (if installed; bench/hugo-compare.sh makes its site)
#
#   bench/tool-compare.sh [N] [RUNS]        default 1000 articles, 10 runs; WORK=/dev/shm/sgt keeps it in tmpfs
#
# Hugo is optional (Debian package hugo). SKIP_PACK=1 reuses the packages and publish of an earlier run.
#
# Photos variant (issue 26): the same corpus as a text-only site and as a site with a 2400 x 1600 JPEG hero on every
# article, each in a folder of its own laid out as a checkout is (input/, the image cache in .cache/images/, output/,
# all on WORK's file system), built from that folder:
#
#   PHOTOS=1 bench/tool-compare.sh [N] [RUNS]
#
#   text                    a rebuild of the text-only site over its previous output
#   photos warm             a rebuild of the photo site over its previous output, image cache warm (editing locally)
#   photos warm, fresh      the photo site into an empty output folder, image cache warm (CI: cache restored, no output)
#
# TOOL is the command measured (default the shipped tool; e.g. TOOL="dotnet src/ScarGuide.Cli/bin/Release/net10.0/
# ScarGuide.Cli.dll" for the framework-dependent Release build); BASELINE, if set, a second command measured in the same
# rounds (another build, for a before/after). The first photo build encodes 16 variants per photo (minutes of CPU).
set -euo pipefail
cd "$(dirname "$0")/.."
N=${1:-1000}
RUNS=${2:-10}
WORK=${WORK:-bench/work}
mkdir -p "$WORK"
WORK=$(cd "$WORK" && pwd)
rid="$(uname -s | sed 's/Linux/linux/; s/Darwin/osx/')-$(uname -m | sed 's/x86_64/x64/; s/aarch64/arm64/')"

# Each variant gets its own version, output folders and package cache, so no install reuses another's package.
pack() { # name version extra-properties...
  local name=$1 version=$2; shift 2
  rm -rf "bench/tool-$name" && mkdir -p "bench/tool-$name"
  dotnet pack src/ScarGuide.Cli -c Release --nologo -v quiet -o "bench/tool-$name/nupkg" \
    --artifacts-path "bench/tool-$name/artifacts" "-p:Version=$version" "$@"
  NUGET_PACKAGES="$PWD/bench/tool-$name/packages" dotnet tool install --tool-path "bench/tool-$name/bin" \
    --add-source "bench/tool-$name/nupkg" --version "$version" ScarGuide.Tool >/dev/null
  echo "tool-$name installed: $(ls "bench/tool-$name/bin/.store/scarguide.tool/$version" | tr '\n' ' ')"
}
if [[ -n ${PHOTOS:-} ]]; then
  [[ -n ${TOOL:-} || -n ${SKIP_PACK:-} ]] || pack shipped 0.1.0-bench "-p:ScarGuideToolRuntime=$rid"
  TOOL=${TOOL:-$PWD/bench/tool-shipped/bin/scarguide}
  text=$WORK/site-text-$N photos=$WORK/site-photos-$N
  [[ -f $text/input/site.yml ]] || dotnet run --project tools/ScarGuide.Bench -c Release -- generate "$N" "$text/input"
  if [[ ! -f $photos/input/site.yml ]]; then
    rm -rf "$photos" && mkdir -p "$photos" && cp -R "$text/input" "$photos/input"
    dotnet run --project tools/ScarGuide.Bench -c Release -- photos "$photos/input" --width 2400 --height 1600
  fi
  tools=("tool|$TOOL")
  [[ -n ${BASELINE:-} ]] && tools+=("baseline|$BASELINE")
  specs=()
  for t in "${tools[@]}"; do
    name=${t%%|*} command=${t#*|}
    build="build --input input --clock 2026-12-01T00:00:00Z --output"
    # Cold builds first (the cache fills once; every tool reads the same cache, keyed by the photos' bytes).
    (cd "$photos" && $command $build "out-$name" >/dev/null)
    (cd "$text" && $command $build "out-$name" >/dev/null)
    specs+=("$name text|$text|keep|$command $build out-$name"
            "$name photos warm|$photos|keep|$command $build out-$name"
            "$name photos warm, fresh|$photos|out-$name-fresh|$command $build out-$name-fresh")
  done
  python3 bench/round_robin.py photos "$RUNS" "$WORK/tool-compare-photos-$N.json" "${specs[@]}"
  exit 0
fi
# VARIANTS picks what runs (default all): run shipped fd il publish. BASELINE, if set, is one more command measured in
# the same rounds (e.g. the installed tool of an earlier commit, for a before/after).
VARIANTS=" ${VARIANTS:-run shipped fd il publish} "
want() { [[ $VARIANTS == *" $1 "* ]]; }
if [[ -z ${SKIP_PACK:-} ]]; then
  want shipped && pack shipped 0.1.0-bench "-p:ScarGuideToolRuntime=$rid"
  want fd && pack fd 0.1.0-bench-fd "-p:ScarGuideToolRuntime=$rid" -p:SelfContained=false
  want il && pack il 0.1.0-bench-il -p:RuntimeIdentifiers= -p:ToolPackageRuntimeIdentifiers=
  want publish && dotnet publish src/ScarGuide.Cli -c Release -r "$rid" --self-contained true -p:PublishReadyToRun=true \
    -p:PublishReadyToRunComposite=true --artifacts-path bench/bin-composite.obj -o bench/bin-composite --nologo -v quiet
fi

corpus=$WORK/corpus-$N
[[ -f $corpus/site.yml ]] || dotnet run --project tools/ScarGuide.Bench -c Release -- generate "$N" "$corpus"
hugo=()
if command -v hugo >/dev/null; then
  CORPUS_DIR=$corpus bench/hugo-compare.sh "$N" 1 >/dev/null
  hugo=("hugo|$WORK|out-hugo,hugo-cache|hugo --quiet --source $corpus-hugo --destination $WORK/out-hugo --cacheDir $WORK/hugo-cache")
fi
# Round robin: each round runs every command once, in turn, into a cleaned output folder, so a machine whose load
# changes (it is shared) slows all of them alike instead of whichever ran during the busy minute. One warm-up round.
# The corpus's review and duplicate warnings are part of the work; every build must exit 0.
specs=()
want run && specs+=("dotnet run (README)|$WORK|out-run|dotnet run -c Release --project $PWD/src/ScarGuide.Cli -- build --input $corpus --output $WORK/out-run")
want shipped && specs+=("tool (shipped)|$WORK|out-shipped|$PWD/bench/tool-shipped/bin/scarguide build --input $corpus --output $WORK/out-shipped")
want fd && specs+=("tool (fd ReadyToRun)|$WORK|out-fd|$PWD/bench/tool-fd/bin/scarguide build --input $corpus --output $WORK/out-fd")
want il && specs+=("tool (portable IL)|$WORK|out-il|$PWD/bench/tool-il/bin/scarguide build --input $corpus --output $WORK/out-il")
want publish && specs+=("publish (composite)|$WORK|out-publish|$PWD/bench/bin-composite/ScarGuide.Cli build --input $corpus --output $WORK/out-publish")
[[ -n ${BASELINE:-} ]] && specs+=("baseline|$WORK|out-baseline|$BASELINE build --input $corpus --output $WORK/out-baseline")
python3 bench/round_robin.py tools "$RUNS" "$WORK/tool-compare-$N.json" "${specs[@]}" "${hugo[@]}"
