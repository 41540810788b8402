#!/usr/bin/env python3
"""Two or more builds of the same corpus side by side, round robin (the order flips every round), with the steps'
times and allocations from `build --timings json`. One warm-up run each is not counted; prints medians and each
build's ratio to the first. CPU is user + system time from /usr/bin/time.

    bench/step_compare.py CORPUS ROUNDS 'NAME=COMMAND' ...
    bench/step_compare.py /dev/shm/sgc/c1k 11 'old=OLD/ScarGuide.Cli' 'new=NEW/ScarGuide.Cli'

COMMAND is run as `COMMAND build --input CORPUS --output OUT --clock 2026-12-01T00:00:00Z --timings json`."""
import json, os, shutil, statistics, subprocess, sys, tempfile

corpus, rounds = sys.argv[1], int(sys.argv[2])
variants = [a.split("=", 1) for a in sys.argv[3:]]
steps = ["markdown", "templates", "readability", "search analysis", "search index", "related", "front matter", "plan pages"]
work = tempfile.mkdtemp(prefix="step-compare-", dir=os.path.dirname(os.path.abspath(corpus)))


def run(command, out):
    shutil.rmtree(out, ignore_errors=True)
    done = subprocess.run(["/usr/bin/time", "-f", "%e %U %S", *command.split(), "build", "--input", corpus, "--output", out,
                           "--clock", "2026-12-01T00:00:00Z", "--timings", "json"], capture_output=True, text=True, check=True)
    wall, user, system = map(float, done.stderr.strip().splitlines()[-1].split())
    timings = json.loads(done.stdout[done.stdout.index("{"):])
    by_step = {s["name"]: s for s in timings["steps"]}
    row = {"wall": wall, "cpu": user + system, "build": timings["totalMilliseconds"], "gc pause": timings["runtime"]["gcPauseMilliseconds"]}
    row.update({s: by_step[s]["milliseconds"] for s in steps})
    # The steps that split bodies into words, wall and CPU (all threads), and the search steps' share of the build.
    row.update({s + " cpu": by_step[s]["cpuMilliseconds"] for s in ("related", "search analysis", "search index")})
    row["search %"] = 100 * (by_step["search analysis"]["milliseconds"] + by_step["search index"]["milliseconds"]) / timings["totalMilliseconds"]
    row.update({s + " MB": by_step[s]["allocatedBytes"] / 1e6 for s in ("markdown", "templates")})
    return row


results = {name: [] for name, _ in variants}
for name, command in variants:
    run(command, os.path.join(work, name))
for r in range(rounds):
    for name, command in variants if r % 2 == 0 else variants[::-1]:
        results[name].append(run(command, os.path.join(work, name)))
shutil.rmtree(work, ignore_errors=True)

keys = list(results[variants[0][0]][0])
median = {n: {k: statistics.median(x[k] for x in rows) for k in keys} for n, rows in results.items()}
first = variants[0][0]
print(f"medians of {rounds} rounds, {corpus}, load average {os.getloadavg()[0]:.1f}")
print(f"{'':>10}" + "".join(f"{k[:12]:>13}" for k in keys))
for n in median:
    print(f"{n:>10}" + "".join(f"{median[n][k]:13.3f}" for k in keys))
for n in median:
    if n != first:
        print(f"{n + '/' + first:>10}" + "".join(f"{median[n][k] / median[first][k] if median[first][k] else 0:13.3f}" for k in keys))
