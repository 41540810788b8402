#!/usr/bin/env bash
# What each way of running ScarGuide costs, side by side in one run (hyperfine, Debian package): the README's
# `dotnet run`, the installed .NET tool, a plain `dotnet publish`, and the composite ReadyToRun publish that
# docs/performance.md measures. Builds the bundled site and a generated corpus (default 1,000 articles).
# Usage: bench/ways-to-run.sh [--work DIR] [--articles N] [--runs N]
set -euo pipefail
cd "$(dirname "$0")/.."
work="${TMPDIR:-/tmp}/scarguide-ways" articles=1000 runs=5
while [ $# -gt 0 ]; do
  case "$1" in
    --work) work="$2"; shift 2 ;;
    --articles) articles="$2"; shift 2 ;;
    --runs) runs="$2"; shift 2 ;;
    *) echo "unknown option $1 (use --work DIR, --articles N, --runs N)" >&2; exit 2 ;;
  esac
done
command -v hyperfine >/dev/null || { echo "needs hyperfine (apt-get install -y hyperfine)" >&2; exit 2; }
rid="linux-$(uname -m | sed 's/x86_64/x64/;s/aarch64/arm64/')"
repo="$PWD"
rm -rf "$work" && mkdir -p "$work"

echo "preparing: Debug build for dotnet run, tool package, plain publish, composite ReadyToRun publish"
dotnet build src/ScarGuide.Cli --nologo -v quiet >/dev/null
dotnet pack src/ScarGuide.Cli -c Release -o "$work/nupkg" --nologo -v quiet >/dev/null
dotnet tool install --tool-path "$work/tool" --add-source "$work/nupkg" ScarGuide.Tool >/dev/null
dotnet publish src/ScarGuide.Cli -c Release -o "$work/publish" --nologo -v quiet >/dev/null
dotnet publish src/ScarGuide.Cli -c Release -r "$rid" --self-contained true -p:PublishReadyToRun=true \
  -p:PublishReadyToRunComposite=true --artifacts-path "$work/r2r.obj" -o "$work/r2r" --nologo -v quiet >/dev/null
dotnet "$work/publish/ScarGuide.Cli.dll" bench generate "$articles" "$work/corpus/input" >/dev/null

for site in bundled corpus; do
  if [ "$site" = bundled ]; then dir="$repo"; input="$repo/input"; else dir="$work/corpus"; input="$work/corpus/input"; fi
  args="build --input $input --theme $repo/theme --output $work/out-$site"
  echo
  echo "== $site site ($input) =="
  hyperfine --warmup 1 --runs "$runs" --style basic --export-markdown "$work/$site.md" \
    -n "dotnet run" "cd $repo && dotnet run --project src/ScarGuide.Cli -- $args" \
    -n "dotnet tool" "cd $dir && $work/tool/scarguide $args" \
    -n "dotnet publish" "cd $dir && $work/publish/ScarGuide.Cli $args" \
    -n "composite ReadyToRun publish" "cd $dir && $work/r2r/ScarGuide.Cli $args" >/dev/null
  cat "$work/$site.md"
done
