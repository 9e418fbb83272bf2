#!/usr/bin/env bash
# Installs everything async_runtime needs on a Debian 12 machine whose only
# network is Debian's archive and the npm registry. Idempotent: a second run
# changes nothing. Run as root or through sudo.
#
#   1. Debian packages: Bazel 4.2.3 (bazel-bootstrap), the C++ libraries the
#      design brief names (yaml-cpp, re2 + abseil, GoogleTest, ICU), gcovr.
#   2. Test262 at the pinned commit as third_party/test262: a link to
#      ../shared/test262 when that exists, otherwise a shallow clone.
#   3. The pinned @tc39/ecma262-biblio npm package in third_party/ecma262-biblio.
set -euo pipefail

repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$repo_root"

log() { printf 'bootstrap: %s\n' "$*" >&2; }

as_root() {
  if [ "$(id -u)" -eq 0 ]; then
    "$@"
  elif command -v sudo >/dev/null 2>&1; then
    sudo "$@"
  else
    log "need root (or sudo) to run: $*"
    exit 1
  fi
}

# --- 1. Debian packages ------------------------------------------------------
debian_packages=(
  bazel-bootstrap       # Bazel 4.2.3; third_party/ makes it work offline
  g++
  git
  ca-certificates
  pkg-config
  libyaml-cpp-dev       # Test262 frontmatter
  libre2-dev libabsl-dev  # path filters
  libgtest-dev libgmock-dev googletest
  libicu-dev            # Unicode tables (identifiers, RegExp properties, normalize)
  nlohmann-json3-dev    # reads biblio.json and JSON reports
  gcovr                 # tools/coverage.sh
  npm                   # fetches @tc39/ecma262-biblio
  time                  # /usr/bin/time: peak RSS of the JavaScript benchmarks
)

missing_packages=()
for package in "${debian_packages[@]}"; do
  # `npm` may come from another source than Debian (e.g. a preinstalled Node.js).
  if [ "$package" = npm ] && command -v npm >/dev/null 2>&1; then continue; fi
  if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'ok installed'; then
    missing_packages+=("$package")
  fi
done
if [ "${#missing_packages[@]}" -gt 0 ]; then
  log "installing Debian packages: ${missing_packages[*]}"
  as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
    "${missing_packages[@]}" >/dev/null
else
  log "Debian packages present"
fi

# --- 2. Test262 ----------------------------------------------------------------
test262_commit="$(tr -d '[:space:]' < third_party/test262.version)"
shared_test262="$(cd "$repo_root/.." && pwd)/shared/test262"
if [ -e third_party/test262 ] || [ -L third_party/test262 ]; then
  if [ ! -f third_party/test262/harness/assert.js ]; then
    log "third_party/test262 is broken; recreating it"
    rm -rf third_party/test262
  fi
fi
if [ ! -e third_party/test262 ]; then
  if [ -f "$shared_test262/harness/assert.js" ]; then
    log "linking third_party/test262 -> $shared_test262"
    ln -s "$shared_test262" third_party/test262
  else
    log "cloning tc39/test262 at $test262_commit (shallow)"
    git init -q third_party/test262
    git -C third_party/test262 remote add origin https://github.com/tc39/test262.git
    git -C third_party/test262 fetch -q --depth 1 origin "$test262_commit"
    git -C third_party/test262 checkout -q FETCH_HEAD
  fi
fi
if [ -f third_party/test262/REVISION ] && ! grep -q "$test262_commit" third_party/test262/REVISION; then
  log "warning: third_party/test262/REVISION does not name the pinned commit $test262_commit"
fi

# --- 3. @tc39/ecma262-biblio ----------------------------------------------------
biblio_version="$(tr -d '[:space:]' < third_party/ecma262-biblio.version)"
biblio_dir=third_party/ecma262-biblio
if ! grep -qs "\"version\": \"$biblio_version\"" "$biblio_dir/package.json"; then
  log "fetching @tc39/ecma262-biblio@$biblio_version"
  work_dir="$(mktemp -d)"
  trap 'rm -rf "$work_dir"' EXIT
  # Debian's Node.js trusts only its bundled roots; use the system's CA store
  # too, so a machine behind a TLS-inspecting proxy whose CA is installed
  # system-wide can reach the registry.
  npm_tls=()
  if [ -f /etc/ssl/certs/ca-certificates.crt ]; then npm_tls=(--cafile=/etc/ssl/certs/ca-certificates.crt); fi
  if ! (cd "$work_dir" && npm pack --silent "${npm_tls[@]}" "@tc39/ecma262-biblio@$biblio_version" >/dev/null); then
    log "could not fetch @tc39/ecma262-biblio@$biblio_version from the npm registry"
    exit 1
  fi
  rm -rf "$biblio_dir"
  mkdir -p "$biblio_dir"
  tar -xzf "$work_dir"/tc39-ecma262-biblio-*.tgz -C "$biblio_dir" --strip-components=1
fi
test -f "$biblio_dir/biblio.json"

log "done"
