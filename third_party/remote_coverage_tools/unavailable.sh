#!/bin/sh
echo "bazel coverage is not available offline; run tools/coverage.sh" >&2
exit 1
