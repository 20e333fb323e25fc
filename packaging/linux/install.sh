#!/bin/sh
# Install the one-folder wellbeing app (built by packaging/wellbeing.spec) for the
# current user, no root needed. Run it from the unpacked folder:
#
#     ./install.sh              # install or update
#     ./install.sh --uninstall  # remove the program (your records stay)
#
# It puts the program in ~/.local/opt/wellbeing, a link in ~/.local/bin, and the
# menu entry, icons and AppStream metadata in ~/.local/share. PREFIX=/usr/local
# (as root) installs for everyone instead.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
prefix=${PREFIX:-$HOME/.local}
share=$prefix/share

if [ "${1:-}" = "--uninstall" ]; then
    rm -rf "$prefix/opt/wellbeing"
    rm -f "$prefix/bin/wellbeing" "$share/applications/wellbeing.desktop" \
        "$share"/metainfo/*.Wellbeing.metainfo.xml "$share"/icons/hicolor/*/apps/wellbeing.*
    command -v gtk-update-icon-cache >/dev/null && gtk-update-icon-cache -q -t "$share/icons/hicolor" || true
    echo "wellbeing removed (your records are kept in ~/.local/share/wellbeing)"
    exit 0
fi

[ -x "$here/wellbeing" ] || { echo "run this from the unpacked wellbeing folder" >&2; exit 1; }
mkdir -p "$prefix/opt" "$prefix/bin" "$share/applications" "$share/metainfo" "$share/icons"
if [ "$here" != "$prefix/opt/wellbeing" ]; then
    rm -rf "$prefix/opt/wellbeing"
    cp -R "$here" "$prefix/opt/wellbeing"
fi
ln -sf "$prefix/opt/wellbeing/wellbeing" "$prefix/bin/wellbeing"
# The menu may not search ~/.local/bin, so its entry names the program in full.
sed "s|^Exec=wellbeing|Exec=$prefix/bin/wellbeing|" "$here/share/applications/wellbeing.desktop" \
    > "$share/applications/wellbeing.desktop"
cp "$here"/share/metainfo/*.metainfo.xml "$share/metainfo/"
cp -R "$here/share/icons/hicolor" "$share/icons/"
command -v update-desktop-database >/dev/null && update-desktop-database -q "$share/applications" || true
command -v gtk-update-icon-cache >/dev/null && gtk-update-icon-cache -q -t "$share/icons/hicolor" || true
echo "wellbeing installed: $prefix/bin/wellbeing (and in the applications menu)"
