#!/bin/sh
# Runs a GUI test on a virtual X server. Custom scene-graph geometry (the canvas
# arrows) is not drawn by the offscreen platform, so these tests need a real one.
set -e
if ! command -v xvfb-run >/dev/null 2>&1 || ! command -v xauth >/dev/null 2>&1; then
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
        apt-get install -y --no-install-recommends xvfb xauth >/dev/null
    else
        echo "run-under-xvfb: xvfb-run/xauth missing; install the xvfb and xauth packages" >&2
        exit 1
    fi
fi
unset QT_QPA_PLATFORM
exec xvfb-run -a -s "-screen 0 1600x1000x24" "$@"
