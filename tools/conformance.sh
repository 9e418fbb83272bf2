#!/usr/bin/env bash
# The main job: a Test262 conformance run that writes reports.
#
#   tools/conformance.sh [HARNESS_ARGS...] [PATH_OR_GLOB...]
#
# Bootstraps the machine, builds the harness with --config=opt, runs it and
# writes reports/test262.json (and the Markdown and HTML reports in reports/).
# Without paths it executes the whole of Test262's test/ (test/language,
# test/built-ins, test/annexB; intl402 and staging are not in the pinned
# checkout); see docs/conformance.md for the figures and the time it takes.
# `--parse-only` with paths runs the front-end conformance run instead.
set -uo pipefail

repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$repo_root"
bash tools/bootstrap.sh || exit 1

args=("$@")
has_path=0
for arg in "${args[@]}"; do
  case "$arg" in --*) ;; *) has_path=1 ;; esac
done
if [ "$has_path" -eq 0 ]; then
  args=("${args[@]}" test)
fi

mkdir -p reports
exec bazel run --config=opt //harness:test262 -- \
  --json=reports/test262.json --report=reports "${args[@]}"
