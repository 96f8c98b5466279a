#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs every build and test dependency of Besuk from Debian 12 packages. Idempotent: packages already
# present are skipped, so a second run costs a few seconds and touches nothing.
# Usage: packaging/install-deps.sh [build|test|bench|package|fuzz|all]   (default: all)
set -euo pipefail

build_pkgs=(
  cmake ninja-build g++ pkg-config
  qt6-base-dev libqt6opengl6-dev qt6-charts-dev qt6-multimedia-dev qt6-svg-dev qt6-tools-dev qt6-l10n-tools
  libqt6sql6-sqlite libqt6sql6-psql libsqlite3-dev # libsqlite3-dev: the domain sets how SQLite waits for a lock
  libzxing-dev catch2 libsodium-dev libespeak-ng-dev libxlsxwriter-dev tzdata
  libtesseract-dev # the identity-card (KTP) reader, platform/ktp
  # besuk-web: cpp-httplib (its header also includes OpenSSL, zlib and brotli headers) and kainjow mustache
  libcpp-httplib-dev libssl-dev zlib1g-dev libbrotli-dev libkainjow-mustache-dev
)
test_pkgs=(
  xvfb xauth xdotool poppler-utils postgresql
  gstreamer1.0-plugins-base gstreamer1.0-plugins-good gstreamer1.0-libav gstreamer1.0-tools fonts-dejavu-core
  fonts-noto-cjk fonts-noto-core # the ticket test prints Chinese and Arabic names
  sqlite3 python3 python3-openpyxl # python3-openpyxl: the XLSX export test
  tesseract-ocr-ind # the KTP reader's Indonesian model (its tests and besuk-cli ktp read)
  chromium chromium-driver python3-selenium # the booking site in a real browser (tests/browser)
  caddy nginx-light # the shipped reverse-proxy configurations are checked by the programs that read them
)
# The benchmarks (bench preset, tests/bench/run.sh): zbar for the QR comparison, PostgreSQL for its figures, and
# what run.sh reads about the machine (lscpu, free).
bench_pkgs=(libzbar-dev postgresql fonts-dejavu-core util-linux procps wrk # wrk: the booking site's load figures
  tesseract-ocr-ind) # the KTP reading figures
# Making and checking the Debian package (packaging/ci-package.sh).
package_pkgs=(dpkg-dev file lintian appstream desktop-file-utils)
# The libFuzzer targets (fuzz preset, tests/fuzz/run.sh): clang and its sanitizer/fuzzer runtime.
fuzz_pkgs=(clang libclang-rt-14-dev)

case "${1:-all}" in
  build) wanted=("${build_pkgs[@]}") ;;
  test) wanted=("${build_pkgs[@]}" "${test_pkgs[@]}") ;;
  bench) wanted=("${build_pkgs[@]}" "${bench_pkgs[@]}") ;;
  package) wanted=("${package_pkgs[@]}") ;;
  fuzz) wanted=("${fuzz_pkgs[@]}") ;;
  all) wanted=("${build_pkgs[@]}" "${test_pkgs[@]}" "${bench_pkgs[@]}" "${package_pkgs[@]}" "${fuzz_pkgs[@]}") ;;
  *) echo "usage: $0 [build|test|bench|package|fuzz|all]" >&2; exit 2 ;;
esac

missing=()
for p in "${wanted[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps: all ${#wanted[@]} packages present"
  exit 0
fi

sudo_cmd=()
[ "$(id -u)" -eq 0 ] || sudo_cmd=(sudo)
echo "install-deps: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
"${sudo_cmd[@]}" apt-get update -qq
"${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
echo "install-deps: done"
