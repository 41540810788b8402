#!/usr/bin/env bash
# The languages budget (issue: more than one language), side by side in one run, round robin:
#
#   one language          the generated corpus (N articles) as it is
#   two languages         the same corpus with a translation of every article (`translate`), so 2N articles
#   one language, before  the same one-language corpus through another build of the CLI (BEFORE=path/to/ScarGuide.Cli.dll),
#                         e.g. the commit before languages, to show the one-language build is no slower
#
#   bench/languages-compare.sh [N] [RUNS]    default 1000 articles, 7 runs; WORK=/dev/shm/sgl keeps it in tmpfs
#
# Measures `dotnet ScarGuide.Cli.dll build` of a Release build (what `dotnet run -c Release` runs after its up-to-date
# check), wall time per build, and prints each variant's median and the ratios.
set -euo pipefail
cd "$(dirname "$0")/.."
N=${1:-1000}
RUNS=${2:-7}
WORK=${WORK:-bench/work}
mkdir -p "$WORK"
WORK=$(cd "$WORK" && pwd)
CLOCK=2026-11-24T12:00:00Z

dotnet build src/ScarGuide.Cli -c Release --nologo -v quiet >/dev/null
dotnet build tools/ScarGuide.Bench -c Release --nologo -v quiet >/dev/null
CLI=$PWD/src/ScarGuide.Cli/bin/Release/net10.0/ScarGuide.Cli.dll
bench() { dotnet tools/ScarGuide.Bench/bin/Release/net10.0/ScarGuide.Bench.dll "$@"; }

one=$WORK/lang-one-$N
two=$WORK/lang-two-$N
rm -rf "$one" "$two"
bench generate "$N" "$one/input" >/dev/null
cp -r "$one" "$two"
bench translate "$two/input" --language es >/dev/null

variants=("one|$CLI|$one" "two|$CLI|$two")
[[ -n ${BEFORE:-} ]] && variants+=("before|$BEFORE|$one")
declare -A times
for ((r = 1; r <= RUNS; r++)); do
  for v in "${variants[@]}"; do
    IFS='|' read -r name cli site <<<"$v"
    rm -rf "$site/output"
    start=$(date +%s.%N)
    (cd "$site" && dotnet "$cli" build --clock "$CLOCK" --output output >/dev/null 2>&1) || { echo "$name: build failed"; exit 1; }
    end=$(date +%s.%N)
    times[$name]+="$(echo "$end - $start" | bc) "
  done
done
median() { tr ' ' '\n' | grep -v '^$' | sort -g | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }
declare -A med
for v in "${variants[@]}"; do
  name=${v%%|*}
  med[$name]=$(echo "${times[$name]}" | median)
  printf '%-8s median %6.3f s   runs: %s\n' "$name" "${med[$name]}" "${times[$name]}"
done
printf 'two languages / one language: %.2f×\n' "$(echo "${med[two]} / ${med[one]}" | bc -l)"
[[ -n ${BEFORE:-} ]] && printf 'one language / before: %.2f×\n' "$(echo "${med[one]} / ${med[before]}" | bc -l)"
exit 0
