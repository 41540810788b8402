#!/usr/bin/env bash
# Benchmarks `scarguide serve` on a generated corpus, as an editor feels it:
#
#   bench/serve-bench.sh [N] [EDITS]      (from the repository root; N = articles, default 1000; EDITS default 30)
#
# 1. Builds the bench harness (tools/ScarGuide.Bench, Release) and installs wrk (Debian package) if it is
#    missing and we are root.
# 2. Runs its `serve N --edits EDITS`, which generates the corpus into a temporary folder,
#    serves it on a free loopback port and measures:
#    - article body edit -> live-reload event, median and p90 (the 30 ms quiet period included),
#      plus the rebuild's own time, per-step medians and how many pages it re-rendered;
#    - a template (partial) edit -> reload event and the full re-render;
#    - wrk -t2 -c32 -d10s against an article page while that article is saved every 500 ms.
# Loopback only, bounded (about a minute for 1,000 articles), and the temporary folder is removed.
#
# Environment: SCARGUIDE_BENCH (command that runs the harness; default: the Release build of tools/ScarGuide.Bench),
# DOTNET_gcServer=1 to compare the server garbage collector.
set -euo pipefail

usage() { echo "usage: $0 [N] [EDITS]   (N = number of articles, default 1000; EDITS = timed edits, default 30)" >&2; exit 2; }
N=${1:-1000}
EDITS=${2:-30}
[[ $N =~ ^[0-9]+$ && $N -gt 0 && $EDITS =~ ^[0-9]+$ && $EDITS -gt 0 ]] || usage

REPO_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$REPO_ROOT"

if ! command -v wrk >/dev/null; then
  if [[ $(id -u) -eq 0 ]] && command -v apt-get >/dev/null; then
    echo "installing wrk"
    apt-get install -y -qq wrk >/dev/null 2>&1 || { apt-get update -qq && apt-get install -y -qq wrk >/dev/null; }
  else
    echo "wrk not found (apt-get install -y wrk); the requests-per-second run will be skipped" >&2
  fi
fi

if [[ -n ${SCARGUIDE_BENCH:-} ]]; then
  read -r -a bench <<<"$SCARGUIDE_BENCH"
else
  dotnet build tools/ScarGuide.Bench -c Release --nologo -v quiet >/dev/null
  bench=("$REPO_ROOT/tools/ScarGuide.Bench/bin/Release/net10.0/ScarGuide.Bench")
fi

echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
"${bench[@]}" serve "$N" --edits "$EDITS" --theme "$REPO_ROOT/theme"
echo "machine: load average afterwards $(cut -d' ' -f1-3 /proc/loadavg)"
