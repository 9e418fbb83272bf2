#!/usr/bin/env bash
# Line coverage of runtime/, harness/ and spec/ by the test suite.
# Bazel's own `bazel coverage` needs tools that are downloaded on demand, so
# this builds with gcc's --coverage (`--config=coverage`, its own output
# directory), runs `bazel test //...`, and summarizes the .gcda files with
# gcovr. Extra arguments go to `bazel test` (e.g. a narrower target pattern
# after `--`).
set -uo pipefail

repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$repo_root"
bash tools/bootstrap.sh || exit 1

execution_root="$(bazel info execution_root)"
output_dir="$execution_root/bazel-out/k8-fastbuild-coverage"
# Stale counters from an earlier run would inflate the figures.
find "$output_dir" -name '*.gcda' -delete 2>/dev/null || true

targets=("$@")
[ "${#targets[@]}" -gt 0 ] || targets=(//...)
bazel test --config=coverage --keep_going "${targets[@]}" >/dev/null 2>&1
test_status=$?

mkdir -p coverage
gcovr --root "$execution_root" "$output_dir" \
  --filter "$execution_root/runtime/" \
  --filter "$execution_root/harness/" \
  --filter "$execution_root/spec/" \
  --exclude '.*_test\.cc$' \
  --gcov-ignore-parse-errors \
  --print-summary \
  --txt coverage/summary.txt \
  --html-details coverage/index.html
cat coverage/summary.txt | tail -n 40
echo "coverage: HTML report in coverage/index.html"
[ "$test_status" -eq 0 ] || echo "coverage: note: some tests failed (bazel exit $test_status)" >&2
exit 0
