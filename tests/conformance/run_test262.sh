#!/usr/bin/env bash
# Runs the Test262 harness as a Bazel test: the first argument is the test262
# binary, the rest its arguments. With --fail-on-unexpected the test fails on
# any failure not listed in test262-filters/expectations.txt and on any listed
# failure that now passes, so the expectations stay true. Bazel's sharding
# variables and $XML_OUTPUT_FILE are read by the harness itself.
set -euo pipefail
test262="$1"
shift
exec "$test262" "$@"
