#!/usr/bin/env bash
# The main job: a Test262 conformance run that writes reports.
#
#   tools/conformance.sh [HARNESS_ARGS...] [PATH_OR_GLOB...]
#
# Bootstraps the machine, builds the harness with --config=opt, runs it and
# writes reports/test262.json (and the Markdown report in reports/). Without
# paths it runs the slices the engine supports today. While the engine cannot
# execute scripts yet, that is the parse-only run over test/language and
# test/annexB/language (front-end conformance); see docs/conformance.md.
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
  args=(--parse-only "${args[@]}" test/language test/annexB/language)
fi

mkdir -p reports
exec bazel run --config=opt //harness:test262 -- \
  --json=reports/test262.json --report=reports "${args[@]}"
