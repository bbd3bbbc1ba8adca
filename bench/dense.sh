#!/usr/bin/env bash
# usage: bench/dense.sh [MB...]
# CPU seconds per MB to load (clean, tag) and to put through the timeline (extract, merge, items) one dense article
# of 1, 2 and 4 MB (or the sizes given), in paragraphs and on one line, one thread: linear stages keep their figure
# as the article doubles. Builds bench/SiteGen.Benchmarks in Release (its bin/ is git-ignored; the probe reads the
# seed sentences from the repository above it).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
dotnet build "$root/bench/SiteGen.Benchmarks" -c Release -v q --nologo >/dev/null
uptime
dotnet "$root/bench/SiteGen.Benchmarks/bin/Release/net10.0/SiteGen.Benchmarks.dll" dense "$@"
