#!/usr/bin/env python3
"""Edit-to-reload latency of a watching dev server (used by bench/build.sh).

Usage: serve_latency.py --mode sse|hugo-log --edit FILE --port P [--repeats 5] -- COMMAND...

Starts COMMAND, waits until it serves, then edits FILE (appends a sentence, later restores it) several times
and measures, per edit, the wall time from the file write to:
  sse       the `reload` event on SiteGen's live-reload stream (/repo/__sitegen/events), i.e. what the
            browser acts on: watcher delay + rebuild + notification;
  hugo-log  Hugo's own "Total in N ms" log line after the rebuild (Hugo's live reload is a WebSocket; its log
            line is what Hugo users read). Hugo's own figure is printed in brackets.
Prints the median in milliseconds on one line. The file is restored and the server stopped in every case.
"""
import argparse
import http.client
import os
import queue
import re
import signal
import statistics
import subprocess
import sys
import threading
import time

BASE = "/repo/"


def wait_http(port, timeout):
    deadline = time.time() + timeout
    while time.time() < deadline:
        try:
            conn = http.client.HTTPConnection("127.0.0.1", port, timeout=2)
            conn.request("GET", BASE)
            if conn.getresponse().status == 200:
                return
        except OSError:
            pass
        time.sleep(0.2)
    raise TimeoutError("server did not answer on port %d" % port)


def edit(path, original, k):
    # Alternate between an appended sentence and the original, so every edit changes the content hash.
    text = original if k % 2 else original + "\nDe redactie vulde dit artikel aan (%d).\n" % k
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write(text)


def sse_latencies(args, original):
    conn = http.client.HTTPConnection("127.0.0.1", args.port, timeout=args.timeout)
    conn.request("GET", BASE + "__sitegen/events")
    stream = conn.getresponse()
    stream.fp.readline()  # the stream opens with a comment line, so we know it is live before editing
    walls = []
    for k in range(args.repeats):
        time.sleep(args.pause)
        t0 = time.perf_counter()
        edit(args.edit, original, k)
        while True:
            line = stream.fp.readline().decode("utf-8", "replace")
            if not line:
                raise EOFError("event stream closed")
            if line.startswith("event: reload") or line.startswith("event: failed"):
                walls.append((time.perf_counter() - t0) * 1000)
                break
    return walls, []


def hugo_latencies(args, original, lines):
    walls, logged = [], []
    for k in range(args.repeats):
        time.sleep(args.pause)
        t0 = time.perf_counter()
        edit(args.edit, original, k)
        while True:
            line = lines.get(timeout=args.timeout)
            m = re.search(r"Total in (\d+) ms", line)
            if m:
                walls.append((time.perf_counter() - t0) * 1000)
                logged.append(int(m.group(1)))
                break
    return walls, logged


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--mode", choices=["sse", "hugo-log"], required=True)
    ap.add_argument("--edit", required=True)
    ap.add_argument("--port", type=int, required=True)
    ap.add_argument("--repeats", type=int, default=6)
    ap.add_argument("--pause", type=float, default=1.0)
    ap.add_argument("--timeout", type=float, default=900)
    ap.add_argument("command", nargs=argparse.REMAINDER)
    args = ap.parse_args()
    command = args.command[1:] if args.command[:1] == ["--"] else args.command
    with open(args.edit, encoding="utf-8", newline="") as f:
        original = f.read()
    proc = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
                            start_new_session=True)
    lines = queue.Queue()
    threading.Thread(target=lambda: [lines.put(l) for l in proc.stdout], daemon=True).start()
    try:
        wait_http(args.port, args.timeout)
        if args.mode == "sse":
            walls, logged = sse_latencies(args, original)
        else:
            walls, logged = hugo_latencies(args, original, lines)
        print("walls", [round(w) for w in walls], "logged", logged, file=sys.stderr)
        result = "%.0f" % statistics.median(walls)
        if logged:
            result += " [%d]" % statistics.median(logged)
        print(result)
    finally:
        edit(args.edit, original, 1)
        os.killpg(proc.pid, signal.SIGTERM)
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)


if __name__ == "__main__":
    sys.exit(main())
