#!/usr/bin/env bash
# Publishes the CLI as a ReadyToRun release build (what users run as a tool or in CI) and runs
# `scarguide bench` with it: corpora of 1,000 and 10,000 articles, several whole-process builds each,
# median wall time, CPU time, peak memory and per-step timings.
#
#   bench/run.sh [--sizes 1000,10000] [--runs 5]
#
# Needs /usr/bin/time for peak memory (Debian package `time`).
set -euo pipefail
cd "$(dirname "$0")/.."
rid="linux-$(uname -m | sed 's/x86_64/x64/; s/aarch64/arm64/')"
dotnet publish src/ScarGuide.Cli -c Release -r "$rid" --self-contained false -p:PublishReadyToRun=true -o bench/bin --nologo -v quiet
exec bench/bin/ScarGuide.Cli bench --work bench/work "$@"
