#!/usr/bin/env bash
# Whole-build benchmark: generates corpora, then times cold builds, a one-article rebuild and the serve
# edit-to-reload latency, for SiteGen and (when installed) Hugo. Prints wall time and peak RSS per N.
#
#   bench/build.sh [--sizes "1000 10000 100000"] [--corpus project|peer|both] [--tools "sitegen hugo"]
#                  [--runs 3] [--no-serve] [--work DIR] [--peer-script gen_corpus.py]
#
# Corpora: "project" is bench/SiteGen.CorpusGenerator (Markdown and scraped .txt with realistic Dutch dates);
# "peer" is ../shared/bench/gen_corpus.py, the corpus the peer generators were timed on (outside this repo: used
# only when present). Cold builds are the median of --runs for N <= 10,000 and a single run above that; rebuilds
# (one article edited, nothing changed) are timed at every N, serve only up to 10,000.
# The machine is shared and noisy: the load average is printed next to every figure; compare ratios, not times.
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/.." && pwd)"
sizes="1000 10000 100000"
corpus="both"
tools="sitegen hugo"
runs=3
serve=1
work="${TMPDIR:-/tmp}/sitegen-bench"
seed=20240204

while [[ $# -gt 0 ]]; do
  case "$1" in
    --sizes) sizes="$2"; shift 2 ;;
    --corpus) corpus="$2"; shift 2 ;;
    --tools) tools="$2"; shift 2 ;;
    --runs) runs="$2"; shift 2 ;;
    --no-serve) serve=0; shift ;;
    --work) work="$2"; shift 2 ;;
    --peer-script) peer_script="$2"; shift 2 ;;
    -h|--help) sed -n '2,12p' "$0"; exit 0 ;;
    *) echo "unknown option: $1" >&2; exit 2 ;;
  esac
done

# ../shared beside the repository (a worktree sits one level deeper, hence the second guess), or --peer-script.
if [[ -z "${peer_script:-}" ]]; then
  peer_script="$repo/../shared/bench/gen_corpus.py"
  [[ -f "$peer_script" ]] || peer_script="$repo/../../shared/bench/gen_corpus.py"
fi
mkdir -p "$work"
source "$here/lib/timing.sh"

corpora=()
case "$corpus" in
  project) corpora=(project) ;;
  peer) corpora=(peer) ;;
  both) corpora=(project peer) ;;
  *) echo "--corpus must be project, peer or both" >&2; exit 2 ;;
esac
if [[ " ${corpora[*]} " == *" peer "* && ! -f "$peer_script" ]]; then
  echo "note: $peer_script not found: skipping the peer corpus (it lives outside the repo)" >&2
  corpora=("${corpora[@]/peer}")
fi

if [[ " $tools " == *" hugo "* ]] && ! command -v hugo >/dev/null; then
  echo "note: hugo not installed (apt-get install hugo): timing SiteGen only" >&2
  tools="${tools/hugo/}"
fi

if [[ " $tools " == *" sitegen "* ]]; then
  echo "building SiteGen (Release) into $work/sitegen ..." >&2
  dotnet publish "$repo/src/SiteGen/SiteGen.csproj" -c Release -o "$work/sitegen" --nologo -v quiet >&2
fi

echo "machine: $(nproc) cores, $(free -m | awk '/Mem:/ {print $2}') MiB; $(uptime)"
printf '%-8s %-8s %8s %-16s %10s %10s  %s\n' tool corpus N measure wall_s rss_mib load
for kind in "${corpora[@]}"; do
  [[ -n "$kind" ]] || continue
  for n in $sizes; do
    dir="$(make_corpus "$kind" "$n")"
    count=$runs; [[ "$n" -gt 10000 ]] && count=1
    for tool in $tools; do
      time_cold "$tool" "$kind" "$n" "$dir" "$count"
      time_rebuild "$tool" "$kind" "$n" "$dir"
      [[ "$serve" == 1 && "$n" -le 10000 ]] && time_serve "$tool" "$kind" "$n" "$dir"
    done
  done
done
