#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs a test program against a real X server of its own: Xvfb on a free display, 1366x768 (the usual kiosk and
# gate screen), with the program on Qt's xcb platform. Where Xvfb or xdotool is missing, or Xvfb cannot start, it
# says so and exits 77, which CTest reports as skipped.
# Usage: run-under-xvfb.sh [--screen WxH] PROGRAM [ARGS...]
set -u
screen=1366x768
if [ "${1:-}" = "--screen" ]; then
  screen="$2"
  shift 2
fi
for tool in Xvfb xdotool; do
  if ! command -v "$tool" >/dev/null 2>&1; then
    echo "SKIPPED: $tool is not installed (packaging/install-deps.sh test installs it); no real X server test ran."
    exit 77
  fi
done

workdir=$(mktemp -d)
trap 'kill "$xvfb_pid" 2>/dev/null; wait "$xvfb_pid" 2>/dev/null; rm -rf "$workdir"' EXIT
# -displayfd: Xvfb picks a free display itself and writes its number once it accepts connections. The X server
# stamps key events with their time; as root it runs ahead of the load the program under test meets, as a real
# X server's input thread does.
boost=()
[ "$(id -u)" -eq 0 ] && boost=(nice -n -10)
"${boost[@]}" Xvfb -displayfd 3 -screen 0 "${screen}x24" -nolisten tcp -noreset 3>"$workdir/display" 2>"$workdir/xvfb.log" &
xvfb_pid=$!
for _ in $(seq 1 100); do
  [ -s "$workdir/display" ] && break
  kill -0 "$xvfb_pid" 2>/dev/null || break
  sleep 0.1
done
if [ ! -s "$workdir/display" ]; then
  echo "SKIPPED: Xvfb could not start here; no real X server test ran."
  cat "$workdir/xvfb.log"
  exit 77
fi
# GStreamer's video4linux2 device provider starts a thread of its own that outlives QApplication; LeakSanitizer's
# thread suspension at exit then crashed now and then ("Tracer caught signal 11") after every test had passed.
# These tests use no camera: GStreamer sees every system plugin but that one.
gst_system=$(pkg-config --variable=pluginsdir gstreamer-1.0 2>/dev/null || echo "/usr/lib/$(uname -m)-linux-gnu/gstreamer-1.0")
if [ -d "$gst_system" ]; then
  mkdir -p "$workdir/gst-plugins"
  for plugin in "$gst_system"/*.so; do
    case "$plugin" in */libgstvideo4linux2.so) ;; *) ln -s "$plugin" "$workdir/gst-plugins/" ;; esac
  done
  export GST_PLUGIN_SYSTEM_PATH_1_0="$workdir/gst-plugins" GST_REGISTRY_1_0="$workdir/gst-registry.bin"
fi
export DISPLAY=":$(head -n1 "$workdir/display")"
export QT_QPA_PLATFORM=xcb
export XDG_RUNTIME_DIR="${XDG_RUNTIME_DIR:-$workdir}"
"$@"
