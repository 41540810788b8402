#!/usr/bin/env bash
# The installed tool against the fastest publish and Hugo, side by side in one hyperfine run (docs/performance.md,
# "The installed tool"). Packs and installs into bench/tool-*/ (nothing global), generates the corpus, then times:
#
#   tool (shipped)          the package `dotnet tool install ScarGuide.Tool` picks here: self-contained, composite ReadyToRun
#   tool (fd ReadyToRun)    the same package framework-dependent (ReadyToRun, runs on the installed .NET)
#   tool (portable IL)      a tool package without runtime-specific packages (what the tool was before)
#   publish (composite)     bench/run.sh's self-contained composite ReadyToRun publish
#   hugo                    the same corpus through Hugo (if installed; bench/hugo-compare.sh makes its site)
#
#   bench/tool-compare.sh [N] [RUNS]        default 1000 articles, 10 runs; WORK=/dev/shm/sgt keeps it in tmpfs
#
# Needs hyperfine (Debian package hyperfine); Hugo optional (Debian package hugo).
set -euo pipefail
cd "$(dirname "$0")/.."
N=${1:-1000}
RUNS=${2:-10}
WORK=${WORK:-bench/work}
mkdir -p "$WORK"
WORK=$(cd "$WORK" && pwd)
rid="$(uname -s | sed 's/Linux/linux/; s/Darwin/osx/')-$(uname -m | sed 's/x86_64/x64/; s/aarch64/arm64/')"
command -v hyperfine >/dev/null || { echo "hyperfine not found: apt-get install -y hyperfine" >&2; exit 1; }

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
pack shipped 0.1.0-bench "-p:ScarGuideToolRuntime=$rid"
pack fd 0.1.0-bench-fd "-p:ScarGuideToolRuntime=$rid" -p:SelfContained=false
pack il 0.1.0-bench-il -p:RuntimeIdentifiers= -p:ToolPackageRuntimeIdentifiers=
dotnet publish src/ScarGuide.Cli -c Release -r "$rid" --self-contained true -p:PublishReadyToRun=true \
  -p:PublishReadyToRunComposite=true --artifacts-path bench/bin-composite.obj -o bench/bin-composite --nologo -v quiet

corpus=$WORK/corpus-$N
[[ -f $corpus/site.yml ]] || bench/bin-composite/ScarGuide.Cli bench generate "$N" "$corpus"
hugo=()
if command -v hugo >/dev/null; then
  CORPUS_DIR=$corpus bench/hugo-compare.sh "$N" 1 >/dev/null
  hugo=(--prepare "rm -rf $WORK/out-hugo $WORK/hugo-cache" -n hugo
        "hugo --quiet --source $corpus-hugo --destination $WORK/out-hugo --cacheDir $WORK/hugo-cache")
fi
# The corpus's review and duplicate warnings are part of the work; every build exits 0.
build() { echo "$1 build --input $corpus --output $WORK/out-$2"; }
cd "$WORK"
hyperfine -N --warmup 1 --runs "$RUNS" --export-markdown "$WORK/tool-compare-$N.md" --export-json "$WORK/tool-compare-$N.json" \
  --prepare "rm -rf $WORK/out-shipped" -n "tool (shipped)" "$(build "$OLDPWD/bench/tool-shipped/bin/scarguide" shipped)" \
  --prepare "rm -rf $WORK/out-fd" -n "tool (fd ReadyToRun)" "$(build "$OLDPWD/bench/tool-fd/bin/scarguide" fd)" \
  --prepare "rm -rf $WORK/out-il" -n "tool (portable IL)" "$(build "$OLDPWD/bench/tool-il/bin/scarguide" il)" \
  --prepare "rm -rf $WORK/out-publish" -n "publish (composite)" "$(build "$OLDPWD/bench/bin-composite/ScarGuide.Cli" publish)" \
  "${hugo[@]}"
# Medians, and each as a ratio of the publish's median and of Hugo's.
python3 - "$WORK/tool-compare-$N.json" <<'PY'
import json, sys
results = {r["command"]: r for r in json.load(open(sys.argv[1]))["results"]}
publish = results["publish (composite)"]["median"]
hugo = results.get("hugo", {}).get("median")
for name, r in results.items():
    line = f"{name:22s} median {r['median']:.3f} s   x publish {r['median'] / publish:.2f}"
    if hugo: line += f"   x hugo {r['median'] / hugo:.2f}"
    print(line)
PY
