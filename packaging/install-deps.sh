#!/usr/bin/env bash
# Installs every Debian/Ubuntu package that building, testing and running CX Workbench needs.
# Idempotent: packages already present are left alone, and apt is not touched when nothing is missing.
set -euo pipefail

packages=(
  # toolchain
  build-essential cmake ninja-build pkg-config clang lld
  # Qt 6
  qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite qt6-charts-dev qt6-svg-dev
  qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
  qt6-qpa-plugins libgl-dev libqt6opengl6-dev
  # libraries
  libboost-dev libminizip-dev zlib1g-dev libxlsxwriter-dev libuchardet-dev libicu-dev
  libxml2-dev libfreexl-dev
  # the responsibility map's layout (Graphviz dot, linked with its plugins)
  libgraphviz-dev
  libsqlite3-dev sqlite3 libxxhash-dev
  # jieba's dictionary (jieba/dict.txt), compiled into cxcore at build time (core/text)
  python3-jieba
  # fonts: Noto CJK for the UI, WenQuanYi Micro Hei embedded in PDFs
  fonts-noto-cjk fonts-wqy-microhei
  # running and looking at the app headless; poppler checks the work-order PDFs
  xvfb xauth poppler-utils
  # tests: a real spreadsheet library edits the exported work-order workbooks
  python3-openpyxl
)

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi

echo "Installing: ${missing[*]}"
sudo_cmd=()
if [ "$(id -u)" -ne 0 ]; then
  sudo_cmd=(sudo)
fi
export DEBIAN_FRONTEND=noninteractive
"${sudo_cmd[@]}" apt-get update -qq
"${sudo_cmd[@]}" apt-get install -y --no-install-recommends "${missing[@]}"
