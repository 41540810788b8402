#!/usr/bin/env python3
"""A CPU profile of the shipped tool's precompiled code, which perf cannot name by itself.

The tool package runs from one composite ReadyToRun image (ScarGuide.Cli.r2r.dll), a PE file that perf shows as
"[unknown]". Crossgen writes a map of it (RVA, size, method) when asked, and perf script gives each frame's offset in
the image, so the frames can be named here. Methods compiled at run time are named by the runtime's perf map.

    dotnet publish src/ScarGuide.Cli -c Release -r linux-x64 -p:PublishReadyToRunEmitSymbols=true -o PUB
    DOTNET_PerfMapEnabled=3 DOTNET_EnableWriteXorExecute=0 perf record -F 2999 -g -o perf.data -- \
        PUB/ScarGuide.Cli build --input CORPUS/input --output OUT --clock 2026-12-01T00:00:00Z
    perf script -i perf.data -F comm,pid,tid,ip,sym,dso > perf.txt
    bench/r2r_profile.py PUB/ScarGuide.Cli.r2r.ni.r2rmap perf.txt                   # self and inclusive time
    bench/r2r_profile.py PUB/ScarGuide.Cli.r2r.ni.r2rmap perf.txt 'Theme::RenderOne'  # what one method calls
"""
import bisect
import collections
import re
import struct
import sys


def load_map(path):
    entries = []
    for line in open(path, encoding="utf-8", errors="replace"):
        parts = line.rstrip("\n").split(" ", 2)
        if len(parts) == 3 and not parts[0].startswith("FFFFFFF"):
            entries.append((int(parts[0], 16), int(parts[1], 16), parts[2]))
    entries.sort()
    return entries, [e[0] for e in entries]


def text_delta(image):
    # perf gives offsets in the file; the map gives RVAs: they differ by the code section's RVA minus its file offset.
    data = open(image, "rb").read()
    pe = struct.unpack_from("<I", data, 0x3C)[0]
    optional = struct.unpack_from("<H", data, pe + 20)[0]
    _, _, rva, _, raw = struct.unpack_from("<8sIIII", data, pe + 24 + optional)
    return rva - raw


def samples(perf_text, name_of):
    frames = []
    for line in open(perf_text, errors="replace"):
        if not line.strip():
            if frames:
                yield frames
            frames = []
        elif line.startswith((" ", "\t")):
            ip, _, rest = line.strip().partition(" ")
            if "r2r.dll" in rest:
                frames.append(name_of(int(ip, 16)) or "(image, unnamed)")
            else:
                # A frame without a symbol keeps its library's name (libcoreclr.so: the collector, stubs, type loading).
                frames.append(rest if rest.startswith("[unknown]") else re.sub(r"\s*\(.*\)$", "", rest) or rest)
    if frames:
        yield frames


def main():
    map_path, perf_text = sys.argv[1], sys.argv[2]
    target = sys.argv[3] if len(sys.argv) > 3 else None
    entries, starts = load_map(map_path)
    delta = text_delta(map_path.replace(".ni.r2rmap", ".dll"))

    def name_of(offset):
        i = bisect.bisect_right(starts, offset + delta) - 1
        return entries[i][2] if i >= 0 and offset + delta < entries[i][0] + max(entries[i][1], 1) else None

    total = 0
    own, inclusive, callees = collections.Counter(), collections.Counter(), collections.Counter()
    for frames in samples(perf_text, name_of):
        total += 1
        own[frames[0]] += 1
        for frame in set(frames):
            inclusive[frame] += 1
        if target:
            at = [i for i, f in enumerate(frames) if target in f]
            if at:
                callees[frames[at[-1] - 1] if at[-1] > 0 else "(itself)"] += 1
    short = lambda f: f if f.startswith("[unknown]") else re.sub(r"\(.*", "", f)[-150:]
    if target:
        print(f"{target}: {100 * sum(callees.values()) / total:.1f}% of {total} samples; its callees:")
        for frame, n in callees.most_common(30):
            print(f"{100 * n / total:5.1f}%  {short(frame)}")
        return
    print(f"{total} samples; self:")
    for frame, n in own.most_common(40):
        print(f"{100 * n / total:5.1f}%  {short(frame)}")
    print("inclusive, ScarGuide's methods:")
    for frame, n in [x for x in inclusive.most_common() if "ScarGuide." in x[0]][:40]:
        print(f"{100 * n / total:5.1f}%  {short(frame)}")


if __name__ == "__main__":
    main()
