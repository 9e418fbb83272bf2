#!/usr/bin/env bash
# Runs spec_map in check mode over the given sources against the pinned biblio.
set -euo pipefail
spec_map="$1"
biblio="$2"
shift 2
exec "$spec_map" --biblio="$biblio" "$@"
