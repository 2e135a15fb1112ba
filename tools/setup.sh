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

zlib_version="1:1.3.dfsg+really1.3.1-1"
zlib_orig="zlib_1.3.dfsg+really1.3.1.orig.tar.gz"
zlib_orig_sha256="60dd315c07f616887caa029408308a018ace66e3d142726a97db164b3b8f69fb"

log() { printf '[setup] %s\n' "$*"; }

apt_packages=(
  build-essential cmake ninja-build pkg-config dpkg-dev xz-utils ca-certificates
  emscripten nlohmann-json3-dev googletest libgtest-dev libbenchmark-dev
  clang-14 libclang-rt-14-dev
  chromium
  firefox-esr webkit2gtk-driver xvfb xauth libgl1-mesa-dri
  python3 python3-fonttools python3-docx fonts-noto-core poppler-utils
  hunspell hunspell-kk hunspell-ru
  binaryen wabt gzip zopfli brotli node-terser
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

# --- Sources from Debian source packages, unpacked into .deps/ ----------------------------------------------------
# debian_source DIR PACKAGE VERSION ORIG SHA256 WHAT: the package's upstream tarball (downloaded once into the shared
# cache, SHA-256 checked), unpacked into .deps/DIR. A point release may replace the Debian revision; the upstream
# tarball, which is what is checked, stays the same, so an unpinned download is tried when the pinned one is gone.
debian_source() {
  local dir="$deps/$1" package=$2 version=$3 orig=$4 sha256=$5 what=$6
  if [ -f "$dir/.otbasy-version" ] && [ "$(cat "$dir/.otbasy-version")" = "$version" ]; then return 0; fi
  mkdir -p "$cache"
  if [ ! -f "$cache/$orig" ]; then
    log "fetching the Debian source package $package=$version"
    local tmp; tmp=$(mktemp -d); chmod 755 "$tmp"
    ( cd "$tmp" && { apt-get source --download-only -qq "$package=$version" || apt-get source --download-only -qq "$package"; } )
    cp "$tmp/$orig" "$cache/$orig"
    rm -rf "$tmp"
  fi
  echo "$sha256  $cache/$orig" | sha256sum -c --quiet - \
    || { log "SHA-256 mismatch for $cache/$orig"; rm -f "$cache/$orig"; exit 1; }
  rm -rf "$dir" && mkdir -p "$dir"
  tar -xf "$cache/$orig" -C "$dir" --strip-components=1
  echo "$version" > "$dir/.otbasy-version"
  log "$what sources in $dir"
}

debian_source imgui imgui "$imgui_version" "$imgui_orig" "$imgui_orig_sha256" "Dear ImGui"
# zlib's deflate and contrib/minizip for the .docx writer: the same sources build natively (the CLI) and with
# Emscripten (the browser's zip module). Debian's patch series for this version is empty.
debian_source zlib zlib "$zlib_version" "$zlib_orig" "$zlib_orig_sha256" "zlib"

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
