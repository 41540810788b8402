#!/usr/bin/env bash
# Publishes the CLI the way to deploy it for a large site and times it with the bench harness
# (tools/ScarGuide.Bench `run --scarguide` that publish): corpora of 1,000 and 10,000 articles, several
# whole-process builds each, median wall time, CPU time, peak memory and per-step timings.
#
#   bench/run.sh [--framework-dependent] [--sizes 1000,10000] [--runs 5] [--work DIR]
#
# By default the publish is self-contained with one composite ReadyToRun image of the runtime, the libraries
# and ScarGuide (about 145 MB; the publish itself takes a minute or two): almost nothing is left to compile
# at run time. --framework-dependent publishes the small ReadyToRun build that runs on an installed .NET
# instead (more start-up compiling; see docs/performance.md for both).
#
# Needs /usr/bin/time for peak memory (Debian package `time`). --work /dev/shm/sgb keeps corpora and outputs
# in tmpfs, which measures the build rather than this machine's disk.
set -euo pipefail
cd "$(dirname "$0")/.."
rid="linux-$(uname -m | sed 's/x86_64/x64/; s/aarch64/arm64/')"
mode=(--self-contained true -p:PublishReadyToRun=true -p:PublishReadyToRunComposite=true)
out=bench/bin-composite
if [[ ${1:-} == --framework-dependent ]]; then
  mode=(--self-contained false -p:PublishReadyToRun=true)
  out=bench/bin
  shift
fi
# Each kind builds in its own intermediate folder: the SDK mixes up ReadyToRun leftovers of the other kind.
dotnet publish src/ScarGuide.Cli -c Release -r "$rid" "${mode[@]}" --artifacts-path "$out.obj" -o "$out" --nologo -v quiet
work=bench/work
args=()
while [[ $# -gt 0 ]]; do
  if [[ $1 == --work ]]; then work=$2; shift 2; else args+=("$1"); shift; fi
done
dotnet build tools/ScarGuide.Bench -c Release --nologo -v quiet >/dev/null
exec tools/ScarGuide.Bench/bin/Release/net10.0/ScarGuide.Bench run --scarguide "$out/ScarGuide.Cli" --work "$work" "${args[@]}"
