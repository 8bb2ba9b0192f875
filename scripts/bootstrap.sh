#!/usr/bin/env bash
# Set up everything helpdesk_gui needs, idempotently:
#  - on Debian/Ubuntu as root: the system libraries Qt needs, a CJK screen font, Xvfb and
#    poppler (for looking at the GUI and PDFs), and the PostgreSQL server (the tests start
#    a private one in a temporary folder; its system service is not needed);
#  - a virtual environment in .venv with the package (editable) and its test tools.
# Re-running is cheap: packages already present are skipped, pip runs only when
# pyproject.toml changed.
set -euo pipefail
cd "$(dirname "$0")/.."

APT_PACKAGES=(libglib2.0-0 libgl1 libegl1 libxkbcommon0 libfontconfig1 libfreetype6
  libdbus-1-3 libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1
  libxcb-shape0 libxcb-randr0 libxcb-render-util0 libxcb-image0 xvfb xauth
  fonts-wqy-microhei poppler-utils postgresql)

install_system_packages() {
  command -v dpkg-query >/dev/null 2>&1 && command -v apt-get >/dev/null 2>&1 || return 0
  local missing=()
  for pkg in "${APT_PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" \
      || missing+=("$pkg")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  if [ "$(id -u)" -ne 0 ]; then
    echo "bootstrap: missing system packages (run as root or install them): ${missing[*]}" >&2
    return 0
  fi
  echo "bootstrap: installing ${missing[*]}" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

find_python() {
  for candidate in "${PYTHON:-}" python3.13 python3.12 python3.11 python3; do
    [ -n "$candidate" ] || continue
    if command -v "$candidate" >/dev/null 2>&1 && "$candidate" -c \
        'import sys; sys.exit(0 if sys.version_info >= (3, 11) else 1)' 2>/dev/null; then
      echo "$candidate"; return 0
    fi
  done
  echo "bootstrap: Python 3.11 or newer is required" >&2
  return 1
}

make_venv() {
  local py; py=$(find_python)
  if [ ! -x .venv/bin/python ]; then
    if ! "$py" -m venv .venv 2>/dev/null; then
      rm -rf .venv
      if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
        apt-get update -qq && apt-get install -y -qq python3-venv >/dev/null
      fi
      "$py" -m venv .venv
    fi
  fi
  local stamp=.venv/.installed-$(cat pyproject.toml setup.py | sha256sum | cut -c1-16)
  if [ ! -f "$stamp" ]; then
    .venv/bin/python -m pip install -q --upgrade pip >/dev/null
    .venv/bin/python -m pip install -q -e ".[test,dist]"
    rm -f .venv/.installed-*
    touch "$stamp"
  fi
}

install_system_packages
make_venv
