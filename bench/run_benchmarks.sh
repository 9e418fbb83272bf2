#!/usr/bin/env bash
# Builds the benchmarks with --config=opt, runs them and prints their figures
# (time and peak RSS as each program reports them).
#   bench/run_benchmarks.sh
set -uo pipefail
repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$repo_root"
bash tools/bootstrap.sh || exit 1
bazel build --config=opt //bench:all || exit 1
bin="$(bazel info --config=opt bazel-bin)"

echo "== parse throughput: test262 harness/ (real source) plus a generated 5 MB file"
"$bin/bench/parse_throughput" --repeat=5 third_party/test262/harness --generate-mb=5

# JavaScript benchmarks through jsrt: wall time and peak RSS from /usr/bin/time.
bazel build --config=opt //runtime:jsrt || exit 1
for script in bench/js/*.js; do
  echo "== $script"
  /usr/bin/time -f "wall %e s, peak RSS %M KB" "$bin/runtime/host/jsrt" "$script"
done
