# Functions for bench/build.sh (sourced): corpus generation and the three measurements.
# Expects: repo, here, work, seed, peer_script, runs. Rows go to stdout, progress to stderr.

sitegen_bin() { echo "$work/sitegen/SiteGen"; }

# Corpora are cached in $work/corpus and reused while the generator's inputs are the same.
make_corpus() {
  local kind="$1" n="$2" dir="$work/corpus/$1-$2"
  if [[ ! -f "$dir/.complete" ]]; then
    rm -rf "$dir"
    echo "generating $kind corpus, N=$n ..." >&2
    if [[ "$kind" == project ]]; then
      dotnet run --project "$repo/bench/SiteGen.CorpusGenerator" -c Release -- "$n" "$dir" --seed "$seed" >&2
    else
      python3 "$peer_script" "$n" "$dir" --seed "$seed"
    fi
    touch "$dir/.complete"
  fi
  echo "$dir"
}

# One timed command: prints "wall_seconds rss_mib" from GNU time's verbose report.
measure() {
  local report
  report="$(mktemp)"
  /usr/bin/time -v -o "$report" "$@" >/dev/null 2>"$report.err" || { echo "command failed: $*" >&2; tail -5 "$report.err" >&2; rm -f "$report"*; return 1; }
  awk -F': ' '/Elapsed \(wall clock\)/ { n = split($2, p, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + p[i]; wall = s }
              /Maximum resident set size/ { rss = $2 / 1024 }
              END { printf "%.2f %.0f\n", wall, rss }' "$report"
  rm -f "$report" "$report.err"
}

median_of() { sort -n | awk '{ v[NR] = $0 } END { print v[int((NR + 1) / 2)] }'; }

load_now() { awk '{ print $1 }' /proc/loadavg; }

row() { printf '%-8s %-8s %8s %-16s %10s %10s  %s\n' "$@"; }

# A sitegen.yml in the bench site root: the corpus in, the repo's templates and wwwroot, the cache beside it.
site_config() {
  local dir="$1" root="$2"
  mkdir -p "$root"
  printf 'input: %s\noutput: _site\ntemplates: %s\nwwwroot: %s\nbase_url: /repo/\n' "$dir" "$repo/templates" "$repo/wwwroot" >"$root/sitegen.yml"
  echo "$root/sitegen.yml"
}

# The command line of a cold or incremental build of corpus $1 into site root $2.
build_cmd() {
  local tool="$1" dir="$2" root="$3"
  case "$tool" in
    sitegen) echo "$(sitegen_bin) build --config $(site_config "$dir" "$root") ${SITEGEN_FLAGS:-}" ;;
    hugo) echo "hugo --quiet --source $here/hugo --contentDir $dir --destination $root/_site" ;;
  esac
}

time_cold() {
  local tool="$1" kind="$2" n="$3" dir="$4" count="$5" root="$work/site/$1-$2-$3" walls="" rsss=""
  mkdir -p "$root"
  for ((i = 0; i < count; i++)); do
    rm -rf "$root/_site" "$root/.sitegen-cache"
    read -r wall rss < <(cd "$root" && measure $(build_cmd "$tool" "$dir" "$root")) || return 0
    walls+="$wall"$'\n'; rsss+="$rss"$'\n'
  done
  row "$tool" "$kind" "$n" "cold(median$count)" "$(printf '%s' "$walls" | median_of)" "$(printf '%s' "$rsss" | median_of)" "$(load_now)"
}

# Edits the first article (appends a sentence to it), rebuilds with the cache warm, restores the article.
time_rebuild() {
  local tool="$1" kind="$2" n="$3" dir="$4" root="$work/site/$1-$2-$3"
  [[ "$tool" == sitegen ]] || return 0
  local file
  file="$(find "$dir" -maxdepth 1 -type f \( -name '*.md' -o -name '*.txt' \) | sort | sed -n 1p)"
  cp "$file" "$work/edit.bak"
  (cd "$root" && measure $(build_cmd "$tool" "$dir" "$root")) >/dev/null || true
  printf '\nDe redactie heeft dit artikel later aangevuld.\n' >>"$file"
  read -r wall rss < <(cd "$root" && measure $(build_cmd "$tool" "$dir" "$root")) || { cp "$work/edit.bak" "$file"; return 0; }
  cp "$work/edit.bak" "$file"
  row "$tool" "$kind" "$n" "rebuild-1-edit" "$wall" "$rss" "$(load_now)"
  # restoring the file is an edit too: build it, then time a build with nothing changed since
  (cd "$root" && measure $(build_cmd "$tool" "$dir" "$root")) >/dev/null || true
  read -r wall rss < <(cd "$root" && measure $(build_cmd "$tool" "$dir" "$root")) || return 0
  row "$tool" "$kind" "$n" "rebuild-no-edit" "$wall" "$rss" "$(load_now)"
}

time_serve() {
  local tool="$1" kind="$2" n="$3" dir="$4" root="$work/site/$1-$2-$3" port=$((18000 + RANDOM % 1000)) ms
  local file
  file="$(find "$dir" -maxdepth 1 -type f -name '*.md' | sort | sed -n 1p)"
  case "$tool" in
    sitegen) ms="$(cd "$root" && python3 "$here/serve_latency.py" --mode sse --edit "$file" --port "$port" -- \
                 $(sitegen_bin) serve --config "$(site_config "$dir" "$root")" --port "$port" ${SITEGEN_FLAGS:-})" || ms="failed" ;;
    hugo) ms="$(python3 "$here/serve_latency.py" --mode hugo-log --edit "$file" --port "$port" -- \
                 hugo server --source "$here/hugo" --contentDir "$dir" --bind 127.0.0.1 --port "$port" --baseURL "http://127.0.0.1:$port/repo/")" || ms="failed" ;;
  esac
  row "$tool" "$kind" "$n" "serve-edit-ms" "$ms" "-" "$(load_now)"
}
