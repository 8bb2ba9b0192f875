#!/usr/bin/env bash
# Put helpdesk_gui into the desktop's application menu for the current user (no root):
# packaging/helpdesk-gui.desktop into $XDG_DATA_HOME/applications and the icon into the
# hicolor theme, with Exec= pointing at the program to start. Which program: the first
# argument (make install-desktop PROGRAM=/path/to/helpdesk-gui), else the one-folder
# bundle if `make dist` built it, else `helpdesk-gui` on PATH, else this tree's .venv.
# `--uninstall` removes both files again. The database and settings are not touched.
set -euo pipefail
cd "$(dirname "$0")/.."
data="${XDG_DATA_HOME:-$HOME/.local/share}"
desktop="$data/applications/helpdesk-gui.desktop"
icon="$data/icons/hicolor/scalable/apps/helpdesk-gui.svg"

refresh() {
  if command -v update-desktop-database >/dev/null 2>&1; then
    update-desktop-database -q "$data/applications" || true
  fi
  if command -v gtk-update-icon-cache >/dev/null 2>&1; then
    gtk-update-icon-cache -q -t "$data/icons/hicolor" 2>/dev/null || true
  fi
}

if [ "${1:-}" = "--uninstall" ]; then
  rm -f "$desktop" "$icon"
  refresh
  echo "removed $desktop and $icon"
  exit 0
fi

program="${1:-}"
if [ -z "$program" ]; then
  if [ -x dist/helpdesk-gui/helpdesk-gui ]; then
    program="$PWD/dist/helpdesk-gui/helpdesk-gui"
  elif command -v helpdesk-gui >/dev/null 2>&1; then
    program="$(command -v helpdesk-gui)"
  elif [ -x .venv/bin/helpdesk-gui ]; then
    program="$PWD/.venv/bin/helpdesk-gui"
  else
    echo "install-desktop: no helpdesk-gui found; run make dist or pip install . first," \
         "or give PROGRAM=/path/to/helpdesk-gui" >&2
    exit 1
  fi
fi
if [ ! -x "$program" ]; then
  echo "install-desktop: $program is not an executable program" >&2
  exit 1
fi
program="$(cd "$(dirname "$program")" && pwd)/$(basename "$program")"

install -d "$data/applications" "$(dirname "$icon")"
install -m 644 resources/icons/helpdesk.svg "$icon"
sed -e "s|^Exec=.*|Exec=\"$program\"|" -e "s|^TryExec=.*|TryExec=$program|" \
  packaging/helpdesk-gui.desktop > "$desktop.tmp"
chmod 644 "$desktop.tmp"
mv "$desktop.tmp" "$desktop"
refresh
echo "installed $desktop (starts $program) and $icon"
