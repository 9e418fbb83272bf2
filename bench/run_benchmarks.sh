#!/usr/bin/env bash
# Builds the benchmarks with --config=opt, runs them and prints their figures.
#
#   bench/run_benchmarks.sh                # parse throughput + every bench/js/*.js
#   bench/run_benchmarks.sh bench/js/promise_all.js ...   # only these scripts
#
# Each JavaScript benchmark runs under /usr/bin/time with jsrt and, when they
# are installed, `node --jitless` and QuickJS (`qjs`), one after the other:
# one line per engine with the wall time, the peak RSS and what the script
# printed (its own timing, from Date.now()). A script that fails shows its
# exit status. BAZEL replaces the bazel command (with startup options) and
# BAZEL_BUILD_FLAGS adds build options, e.g. on a shared machine:
#   BAZEL="bazel --output_base=/root/.cache/bazel-me" \
#   BAZEL_BUILD_FLAGS="--jobs=2 --experimental_convenience_symlinks=ignore" bench/run_benchmarks.sh
set -uo pipefail
repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$repo_root"
bazel_command=(${BAZEL:-bazel})
build_flags=(${BAZEL_BUILD_FLAGS:-})

scripts=("$@")
if [ ${#scripts[@]} -eq 0 ]; then
  bash tools/bootstrap.sh || exit 1
  "${bazel_command[@]}" build --config=opt "${build_flags[@]}" //bench:all || exit 1
  bin="$("${bazel_command[@]}" info --config=opt bazel-bin)"
  echo "== parse throughput: test262 harness/ (real source) plus a generated 5 MB file"
  "$bin/bench/parse_throughput" --repeat=5 third_party/test262/harness --generate-mb=5
  scripts=(bench/js/*.js)
fi

"${bazel_command[@]}" build --config=opt "${build_flags[@]}" //runtime:jsrt || exit 1
bin="$("${bazel_command[@]}" info --config=opt bazel-bin)"

# engine name, then the command that runs a script given as the last argument
engines=("jsrt|$bin/runtime/host/jsrt")
if command -v node >/dev/null 2>&1; then
  engines+=("node --jitless|node --jitless --no-warnings")
else
  echo "(node not installed: skipped)"
fi
if command -v qjs >/dev/null 2>&1; then
  engines+=("qjs|qjs")
else
  echo "(qjs not installed: skipped; see docs/benchmarks.md)"
fi

time_file="$(mktemp)"
output_file="$(mktemp)"
trap 'rm -f "$time_file" "$output_file"' EXIT
for script in "${scripts[@]}"; do
  echo "== $script"
  for engine in "${engines[@]}"; do
    name="${engine%%|*}"
    read -r -a command <<<"${engine#*|}"
    /usr/bin/time -o "$time_file" -f "%e %M" "${command[@]}" "$script" >"$output_file" 2>&1
    status=$?
    # /usr/bin/time prefixes its line with "Command exited with non-zero status N" on failure.
    wall="$(tail -n 1 "$time_file" | cut -d' ' -f1)"
    rss_kb="$(tail -n 1 "$time_file" | cut -d' ' -f2)"
    printf '  %-15s wall %7s s  peak RSS %7s MB  ' "$name" "$wall" "$((rss_kb / 1024))"
    if [ "$status" -ne 0 ]; then printf '[exit %s] ' "$status"; fi
    tail -n 1 "$output_file"
  done
done
