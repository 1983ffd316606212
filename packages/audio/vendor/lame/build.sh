#!/usr/bin/env bash
# Builds lame.wasm (libmp3lame 3.100 encoder + bridge.c) with Debian's clang and wasi-libc.
#   apt-get install clang lld wasi-libc libclang-rt-14-dev-wasm32 dpkg-dev
# LAME's source comes from Debian's source package (needs a deb-src entry, see README.md) unless
# LAME_SRC names an unpacked lame-3.100 tree. Extra compiler flags: CFLAGS_EXTRA.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
orig_sha256=ddfe36cab873794038ae2c1210557ad34857a4b6bdc515785d1da9e175b1da1e
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

src="${LAME_SRC:-}"
if [ -z "$src" ]; then
  (cd "$work" && apt-get source --download-only lame >"$work/apt.log" 2>&1) || {
    cat "$work/apt.log" >&2
    echo "apt-get source lame failed: enable deb-src for bookworm (see README.md)" >&2
    exit 1
  }
  echo "$orig_sha256  $work/lame_3.100.orig.tar.gz" | sha256sum --check --quiet
  tar -xzf "$work/lame_3.100.orig.tar.gz" -C "$work"
  src="$work/lame-3.100"
fi

# Encoder sources only: mpglib_interface.c (decoder) and vector/ (x86 SSE) are left out.
sources=()
for f in bitstream encoder fft gain_analysis id3tag lame newmdct presets psymodel quantize \
  quantize_pvt reservoir set_get tables takehiro util vbrquantize VbrTag version; do
  sources+=("$src/libmp3lame/$f.c")
done

clang --target=wasm32-wasi -O3 -msimd128 -DNDEBUG -DHAVE_CONFIG_H ${CFLAGS_EXTRA:-} \
  -I"$here" -I"$src/include" -I"$src/libmp3lame" \
  -Wno-absolute-value -Wno-shift-negative-value -Wno-tautological-pointer-compare \
  -mexec-model=reactor -Wl,--strip-all -Wl,--gc-sections \
  -o "$here/lame.wasm" "$here/bridge.c" "${sources[@]}"

chmod 644 "$here/lame.wasm"
ls -l "$here/lame.wasm"
