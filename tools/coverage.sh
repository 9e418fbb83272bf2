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
output_dir="$execution_root/bazel-out/k8-fastbuildcoverage"
# Stale counters from an earlier run would inflate the figures.
find "$output_dir" -name '*.gcda' -delete 2>/dev/null || true

targets=("$@")
[ "${#targets[@]}" -gt 0 ] || targets=(//...)
bazel test --config=coverage --nocache_test_results --keep_going "${targets[@]}" >/dev/null 2>&1
test_status=$?

rm -rf coverage
mkdir -p coverage/parts
# A test writes its counters relative to its working directory, the test's
# runfiles tree; gcov needs each .gcda beside its .gcno, so pair them there,
# collect each test's coverage as a gcovr tracefile, then merge them all.
part=0
while IFS= read -r runfiles_root; do
  while IFS= read -r gcda; do
    relative="${gcda#"$runfiles_root"/}"
    gcno="$execution_root/${relative%.gcda}.gcno"
    [ -f "$gcno" ] && cp -f "$gcno" "${gcda%.gcda}.gcno"
  done < <(find "$runfiles_root/bazel-out" -name '*.gcda')
  part=$((part + 1))
  gcovr --root "$execution_root" "$runfiles_root/bazel-out" --gcov-ignore-parse-errors \
    --json "coverage/parts/$part.json" >/dev/null 2>&1 || true
done < <(find "$output_dir/bin" -path '*.runfiles/async_runtime/bazel-out' -type d -prune \
           | sed 's|/bazel-out$||' | sort -u)

if [ "$part" -eq 0 ]; then
  echo "coverage: no coverage data was written" >&2
  exit 1
fi
gcovr --root "$execution_root" \
  --add-tracefile 'coverage/parts/*.json' \
  --filter "$execution_root/runtime/" \
  --filter "$execution_root/harness/" \
  --filter "$execution_root/spec/" \
  --filter 'runtime/' --filter 'harness/' --filter 'spec/' \
  --exclude '.*_test\.cc$' \
  --print-summary \
  --txt coverage/summary.txt \
  --html-details coverage/index.html >/dev/null
tail -n 40 coverage/summary.txt
echo "coverage: HTML report in coverage/index.html"
[ "$test_status" -eq 0 ] || echo "coverage: note: some tests failed (bazel exit $test_status)" >&2
exit 0
