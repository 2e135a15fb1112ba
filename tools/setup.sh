#!/usr/bin/env bash
# Set-up for Otbasy Komek: installs everything the build and the tests need on Debian 12 (run as root).
# Idempotent: a second run checks what is there and changes nothing.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
deps="$root/.deps"                       # unpacked third-party sources, never in git
cache="${OTBASY_CACHE:-/var/cache/otbasy}" # downloaded source tarballs, shared by every clone on the machine

imgui_version="1.90.1+ds-1"
imgui_orig="imgui_1.90.1+ds.orig.tar.xz"
imgui_orig_sha256="ecce377df0f90b292f15dcbd83d438bddc162b2388c881132bde18c787572a1c"

log() { printf '[setup] %s\n' "$*"; }

apt_packages=(
  build-essential cmake ninja-build pkg-config dpkg-dev xz-utils ca-certificates
  emscripten nlohmann-json3-dev googletest libgtest-dev libbenchmark-dev
  clang-14 libclang-rt-14-dev
  chromium
  firefox-esr webkit2gtk-driver xvfb xauth libgl1-mesa-dri
  python3 python3-fonttools python3-docx fonts-noto-core poppler-utils
  hunspell hunspell-kk hunspell-ru
  binaryen wabt gzip zopfli brotli
  nginx-light libnginx-mod-http-brotli-static
)

# Node.js runs the browser tests and the wasm tests; the machine image brings v20, a bare Debian gets its own.
command -v node >/dev/null 2>&1 && command -v npm >/dev/null 2>&1 || apt_packages+=(nodejs npm)

missing=()
for p in "${apt_packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done

# Dear ImGui 1.90.1 comes from Debian 13's source package; only sources, no binaries, so the system stays bookworm.
src_list=/etc/apt/sources.list.d/otbasy-trixie-src.sources
need_update=0
if [ ! -f "$src_list" ]; then
  log "adding a deb-src entry for Debian 13 (sources only) in $src_list"
  cat > "$src_list" <<'SRC'
Types: deb-src
URIs: http://deb.debian.org/debian
Suites: trixie
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg
SRC
  need_update=1
fi

if [ ${#missing[@]} -gt 0 ] || [ $need_update = 1 ]; then
  log "apt-get update"
  apt-get update -qq
fi
if [ ${#missing[@]} -gt 0 ]; then
  log "installing: ${missing[*]}"
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

# --- Dear ImGui sources -------------------------------------------------------------------------------------
imgui_dir="$deps/imgui"
if [ ! -f "$imgui_dir/.otbasy-version" ] || [ "$(cat "$imgui_dir/.otbasy-version")" != "$imgui_version" ]; then
  mkdir -p "$cache"
  if [ ! -f "$cache/$imgui_orig" ]; then
    log "fetching the Debian source package imgui=$imgui_version"
    tmp=$(mktemp -d); chmod 755 "$tmp"
    ( cd "$tmp" && apt-get source --download-only -qq "imgui=$imgui_version" )
    cp "$tmp/$imgui_orig" "$cache/$imgui_orig"
    rm -rf "$tmp"
  fi
  echo "$imgui_orig_sha256  $cache/$imgui_orig" | sha256sum -c --quiet - \
    || { log "SHA-256 mismatch for $cache/$imgui_orig"; rm -f "$cache/$imgui_orig"; exit 1; }
  rm -rf "$imgui_dir" && mkdir -p "$imgui_dir"
  tar -xf "$cache/$imgui_orig" -C "$imgui_dir" --strip-components=1
  echo "$imgui_version" > "$imgui_dir/.otbasy-version"
  log "Dear ImGui sources in $imgui_dir"
fi

# --- npm packages of the browser tests ----------------------------------------------------------------------
e2e="$root/tests/e2e"
if [ -f "$e2e/package-lock.json" ]; then
  # A copy of the lockfile installed from marks node_modules as current (npm's own hidden lockfile differs in form).
  if ! cmp -s "$e2e/package-lock.json" "$e2e/node_modules/.otbasy-lock.json"; then
    log "npm ci in tests/e2e"
    ( cd "$e2e" && npm ci --no-audit --no-fund --loglevel=error )
    cp "$e2e/package-lock.json" "$e2e/node_modules/.otbasy-lock.json"
  fi
fi

log "ready"
