#!/usr/bin/env bash
# Peak memory and time of one-shot builds of large generated corpora (issue 26: 100,000 articles within 4 GB).
#
#   bench/scale.sh [--work DIR] [--sizes 10000,50000,100000] [--bin DIR]
#
# Generates each corpus once (tools/ScarGuide.Bench `generate`, deterministic), then builds it once with the CLI
# under /usr/bin/time -v (Debian package `time`) and prints wall time, CPU time (user + system) and peak resident
# memory. --bin runs a ScarGuide.Cli.dll from another folder (an older build, to compare). Corpus and output go to
# --work (default bench/work-scale); in tmpfs the output counts against the machine's memory but not the process's.
set -euo pipefail
cd "$(dirname "$0")/.."
work=bench/work-scale
sizes=10000,50000,100000
bin=src/ScarGuide.Cli/bin/Release/net10.0
while [[ $# -gt 0 ]]; do
  case $1 in
    --work) work=$2; shift 2 ;;
    --sizes) sizes=$2; shift 2 ;;
    --bin) bin=$2; shift 2 ;;
    *) echo "unknown argument: $1" >&2; exit 2 ;;
  esac
done
[[ $bin == src/* ]] && dotnet build src/ScarGuide.Cli -c Release --nologo -v quiet
dotnet build tools/ScarGuide.Bench -c Release --nologo -v quiet
mkdir -p "$work"
echo "| articles | wall | CPU (user + system) | peak RSS |"
echo "|---|---|---|---|"
for n in ${sizes//,/ }; do
  corpus=$work/corpus-$n
  [[ -f $corpus/site.yml ]] || dotnet run --project tools/ScarGuide.Bench -c Release --no-build -- generate "$n" "$corpus" > /dev/null
  rm -rf "$work/out-$n"
  /usr/bin/time -v -o "$work/time-$n.txt" dotnet "$bin/ScarGuide.Cli.dll" build --input "$corpus" --output "$work/out-$n" \
    --clock 2026-12-01T00:00:00Z > "$work/build-$n.txt"
  wall=$(sed -n 's/.*Elapsed (wall clock) time (h:mm:ss or m:ss): //p' "$work/time-$n.txt")
  cpu=$(awk -F': ' '/User time|System time/ { s += $2 } END { printf "%.1f s", s }' "$work/time-$n.txt")
  rss=$(awk -F': ' '/Maximum resident/ { printf "%.2f GiB", $2 / 1048576 }' "$work/time-$n.txt")
  echo "| $n | $wall | $cpu | $rss |"
  rm -rf "$work/out-$n"
done
