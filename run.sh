#!/usr/bin/env bash
# Installs what is missing, builds Release, makes a demo workspace from
# generated exports (once; CXWB_DEMO_FRESH=1 makes it anew) and opens the
# desktop app on it. Arguments go to cxwb.
set -euo pipefail
cd "$(dirname "$0")"

packaging/install-deps.sh
cmake --preset release
cmake --build --preset release --parallel "$(nproc)"

bin=build/release/app
demo=build/demo
workspace="$demo/demo.cxw"
if [ "${CXWB_DEMO_FRESH:-0}" = 1 ] || [ ! -f "$workspace" ]; then
  rm -rf "$demo"
  "$bin/cli/cxwb-cli" demo -o "$demo/exports"
  "$bin/cli/cxwb-cli" import -w "$workspace" "$demo"/exports/*.csv "$demo"/exports/*.xlsx
fi

exec "$bin/desktop/cxwb" "$workspace" "$@"
