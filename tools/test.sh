#!/usr/bin/env bash
# Bootstraps the machine, then builds and runs every test: `bazel test //...`.
# Prints Bazel's per-target results and closes with a count of the individual
# test cases (GoogleTest cases from each target's XML report):
#   tests: N passed, N failed, N skipped
# Exits non-zero when any target fails to build or any test fails.
# Extra arguments go to `bazel test` (e.g. --config=asan).
set -uo pipefail

repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$repo_root"

bash tools/bootstrap.sh || exit 1

log_file="$(mktemp)"
trap 'rm -f "$log_file"' EXIT

bazel test --keep_going "$@" //... 2>&1 | tee "$log_file"
bazel_status=${PIPESTATUS[0]}

# One line per test target in Bazel's summary, e.g.
#   //runtime/syntax:lexer_test    PASSED in 0.4s
#   //harness:worker_test          FAILED in 2 out of 2 in 1.1s
passed=0
failed=0
skipped=0
while read -r target status; do
  package="${target#//}"; package="${package%%:*}"
  name="${target##*:}"
  xml_total=0
  xml_failed=0
  xml_skipped=0
  while IFS= read -r xml; do
    header="$(grep -m1 -o '<testsuites [^>]*>' "$xml" || true)"
    tests="$(sed -n 's/.* tests="\([0-9]*\)".*/\1/p' <<<"$header")"
    failures="$(sed -n 's/.* failures="\([0-9]*\)".*/\1/p' <<<"$header")"
    errors="$(sed -n 's/.* errors="\([0-9]*\)".*/\1/p' <<<"$header")"
    skips="$(sed -n 's/.* skipped="\([0-9]*\)".*/\1/p' <<<"$header")"
    xml_total=$((xml_total + ${tests:-0}))
    xml_failed=$((xml_failed + ${failures:-0} + ${errors:-0}))
    xml_skipped=$((xml_skipped + ${skips:-0}))
  done < <(find "bazel-testlogs/$package/$name" -name test.xml 2>/dev/null)
  if [ "$status" = PASSED ]; then
    # A target with no GoogleTest XML (e.g. a script test) counts once.
    if [ "$xml_total" -eq 0 ]; then xml_total=1; fi
    passed=$((passed + xml_total - xml_failed - xml_skipped))
    failed=$((failed + xml_failed))
    skipped=$((skipped + xml_skipped))
  else
    # FAILED, TIMEOUT, NO STATUS, FAILED TO BUILD: at least one failure even
    # when the target crashed before writing its report.
    passed=$((passed + xml_total - xml_failed - xml_skipped))
    skipped=$((skipped + xml_skipped))
    if [ "$xml_failed" -eq 0 ]; then xml_failed=1; fi
    failed=$((failed + xml_failed))
  fi
done < <(grep -E '^//[^ ]+ +(\(cached\) )?(PASSED|FAILED|TIMEOUT|NO STATUS|FAILED TO BUILD|FLAKY)' "$log_file" \
           | sed -E 's/\(cached\) //' | awk '{print $1, $2}')

if [ "$bazel_status" -ne 0 ] && [ "$failed" -eq 0 ]; then
  # Bazel failed before running tests (analysis or build error).
  failed=1
fi
echo "tests: $passed passed, $failed failed, $skipped skipped"
[ "$bazel_status" -eq 0 ] && [ "$failed" -eq 0 ]
