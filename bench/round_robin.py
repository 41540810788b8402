#!/usr/bin/env python3
"""Times commands side by side, round robin: each round runs every command once, in turn, so a shared machine whose
load changes slows all of them alike instead of whichever ran during a busy minute. One warm-up round is not counted.

    round_robin.py tools|photos RUNS REPORT.json 'NAME|CWD|CLEAN|COMMAND' ...

CLEAN is a comma-separated list of folders (relative to CWD) removed before each run, or "keep" to rebuild over the
previous output. Every command must exit 0. Writes every run's wall and CPU time (user + system) to REPORT and prints
the medians: "tools" as ratios of the publish's and Hugo's, "photos" as ratios of the same tool's text-only build."""
import json, os, shlex, shutil, statistics, subprocess, sys, time

mode, runs, report = sys.argv[1], int(sys.argv[2]), sys.argv[3]
specs = [a.split("|", 3) for a in sys.argv[4:]]
times = {name: [] for name, _, _, _ in specs}
cpu = {name: [] for name, _, _, _ in specs}
for round in range(runs + 1):
    for name, cwd, clean, command in specs:
        for folder in [] if clean == "keep" else clean.split(","):
            shutil.rmtree(os.path.join(cwd, folder), ignore_errors=True)
        start = time.perf_counter()
        process = subprocess.Popen(shlex.split(command), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, cwd=cwd)
        _, status, usage = os.wait4(process.pid, 0)
        wall = time.perf_counter() - start
        if os.waitstatus_to_exitcode(status) != 0: sys.exit(f"{name} failed: {command}")
        if round > 0:
            times[name].append(wall)
            cpu[name].append(usage.ru_utime + usage.ru_stime)
json.dump({"runs": runs, "wall": times, "cpu": cpu}, open(report, "w"), indent=1)
wall = {name: statistics.median(t) for name, t in times.items()}
work = {name: statistics.median(t) for name, t in cpu.items()}
if mode == "photos":
    print(f"{runs} rounds, medians (wall, CPU); photo builds also as a ratio of the same tool's text-only median wall time")
    for name in times:
        text = name.split(" ", 1)[0] + " text"
        line = f"{name:28s} {wall[name]:6.3f} s  cpu {work[name]:6.3f} s"
        if name != text: line += f"   x text {wall[name] / wall[text]:5.2f}"
        print(line)
else:
    publish, hugo = wall.get("publish (composite)"), wall.get("hugo")
    print(f"{runs} rounds, medians (wall, CPU), each also as a ratio of the publish's and Hugo's median wall time")
    for name in times:
        line = f"{name:22s} {wall[name]:6.3f} s  cpu {work[name]:6.3f} s"
        if publish: line += f"   x publish {wall[name] / publish:5.2f}"
        if hugo: line += f"   x hugo {wall[name] / hugo:5.2f}   cpu x hugo {work[name] / work['hugo']:5.2f}"
        print(line)
