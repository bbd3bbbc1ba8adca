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
a = ap.parse_args()
doc = json.load(open(a.file))
frames = [f["name"] for f in doc["shared"]["frames"]]
incl, excl, total = collections.Counter(), collections.Counter(), 0
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
        total += w
        seen = set()
        for f in stack:
            if f not in seen:
                incl[frames[f]] += w
                seen.add(f)
        if stack:
            excl[frames[stack[-1]]] += w
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
