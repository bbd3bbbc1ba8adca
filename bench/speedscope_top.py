#!/usr/bin/env python3
"""Summarises a speedscope profile (dotnet-trace collect --format speedscope): top frames by inclusive and by
exclusive sample count, over all threads. Usage: speedscope_top.py FILE [--top 40] [--match TEXT]"""
import argparse
import collections
import json

ap = argparse.ArgumentParser()
ap.add_argument("file")
ap.add_argument("--top", type=int, default=40)
ap.add_argument("--match", default="")
ap.add_argument("--native", action="store_true", help="also count UNMANAGED_CODE_TIME samples")
ap.add_argument("--callers", default="", help="also list who calls leaf frames containing this")
ap.add_argument("--only", default="SiteGen", help="keep only samples whose stack has a frame containing this")
a = ap.parse_args()
doc = json.load(open(a.file))
frames = [f["name"] for f in doc["shared"]["frames"]]
incl, excl, callers, total = collections.Counter(), collections.Counter(), collections.Counter(), 0
for prof in doc["profiles"]:
    if prof["type"] == "sampled":
        stacks = zip(prof["samples"], prof["weights"])
    else:  # evented: rebuild stacks from open/close events
        stacks, stack, last = [], [], None
        for ev in prof["events"]:
            if last is not None and stack:
                stacks.append((list(stack), ev["at"] - last))
            last = ev["at"]
            if ev["type"] == "O":
                stack.append(ev["frame"])
            else:
                stack.pop()
    for stack, w in stacks:
        # Idle pool threads are sampled too: count only stacks that run SiteGen code.
        if a.only and not any(a.only in frames[f] for f in stack):
            continue
        # dotnet-trace ends each stack with a pseudo frame: CPU_TIME (running managed code) or
        # UNMANAGED_CODE_TIME (native: GC, I/O, waiting). Keep running samples; attribute them to the real leaf.
        if stack and frames[stack[-1]] in ("CPU_TIME", "UNMANAGED_CODE_TIME"):
            if frames[stack[-1]] != "CPU_TIME" and not a.native:
                continue
            stack = stack[:-1]
        total += w
        seen = set()
        for f in stack:
            if f not in seen:
                incl[frames[f]] += w
                seen.add(f)
        if stack:
            excl[frames[stack[-1]]] += w
            if a.callers and a.callers in frames[stack[-1]]:
                chain = [frames[f] for f in stack[-7:-1] if "System.Private.CoreLib" not in frames[f]]
                callers[" <- ".join(x.split("!")[-1][:60] for x in reversed(chain[-3:]))] += w
print("total", round(total))
for title, c in (("inclusive", incl), ("exclusive", excl)):
    print("==", title)
    for name, w in c.most_common(400):
        if a.match in name:
            print(f"{100 * w / total:6.1f}%  {name[:160]}")
            a.top -= 1
            if a.top == 0:
                break
    a.top = 40
if a.callers:
    print("== callers of", a.callers)
    for name, w in callers.most_common(15):
        print(f"{100 * w / total:6.1f}%  {name}")
