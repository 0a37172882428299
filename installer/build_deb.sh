#!/usr/bin/env bash
# The Debian package of cxdesk (Debian, Ubuntu, Astra Linux): dist/cxdesk_<version>_amd64.deb.
#
# Usage: installer/build_deb.sh [--no-build] [--pyside6 SPEC]
#
#   --no-build        package the existing dist/cxdesk/ instead of running build_linux.sh first
#   --pyside6 SPEC    passed to build_linux.sh, e.g. --pyside6 'PySide6-Essentials<6.10' for glibc < 2.34
#   DEB_COMPRESSION=xz  a smaller package (default gzip, faster)
#
# The package installs the one-folder build in /opt/cxdesk, the command /usr/bin/cxdesk, the menu
# entry «Клиентский опыт (cxdesk)» with its icon, and the user and administrator guides (PDF) when
# installer/build_docs.sh has made them. Its dependency on libc6 is the newest glibc symbol version
# any bundled file needs, so dpkg refuses the package on a system whose glibc is too old.
# Removing (or purging) the package keeps the users' databases in their home folders.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
cd "$ROOT"
BUILD=1
BUILD_ARGS=()
while [ $# -gt 0 ]; do
    case "$1" in
        --no-build) BUILD=0; shift ;;
        --pyside6) BUILD_ARGS+=(--pyside6 "$2"); shift 2 ;;
        --pyside6=*) BUILD_ARGS+=("$1"); shift ;;
        -h|--help) awk 'NR > 1 && /^#/ { print; next } NR > 1 { exit }' "$0"; exit 0 ;;
        *) echo "Неизвестный параметр: $1 (см. $0 --help)" >&2; exit 2 ;;
    esac
done
[ "$BUILD" = 0 ] || bash "$ROOT/installer/build_linux.sh" ${BUILD_ARGS[@]+"${BUILD_ARGS[@]}"}

DIST="$ROOT/dist/cxdesk"
[ -x "$DIST/cxdesk" ] || { echo "Нет сборки $DIST: запустите installer/build_linux.sh." >&2; exit 2; }
VERSION="$("$DIST/cxdesk" --version | awk '{print $2}')"
PYTHON="${PYTHON:-$ROOT/.venv/bin/python}"
STAGE="$ROOT/build/deb/cxdesk_${VERSION}_amd64"
DEB="$ROOT/dist/cxdesk_${VERSION}_amd64.deb"

rm -rf "$STAGE"
mkdir -p "$STAGE/DEBIAN" "$STAGE/opt" "$STAGE/usr/bin" "$STAGE/usr/share/applications" \
    "$STAGE/usr/share/icons/hicolor/scalable/apps" "$STAGE/usr/share/doc/cxdesk"
cp -a "$DIST" "$STAGE/opt/cxdesk"
install -m 0755 installer/linux/cxdesk.sh "$STAGE/usr/bin/cxdesk"
install -m 0644 installer/linux/cxdesk.desktop "$STAGE/usr/share/applications/cxdesk.desktop"
install -m 0644 resources/icons/app.svg "$STAGE/usr/share/icons/hicolor/scalable/apps/cxdesk.svg"
QT_QPA_PLATFORM=offscreen "$PYTHON" installer/render_icons.py --png "$STAGE/usr/share/icons/hicolor"
{
    echo "cxdesk $VERSION. Сторонние компоненты и их лицензии перечислены в программе:"
    echo "Справка → О программе. Лицензия шрифтов DejaVu:"
    echo
    cat resources/fonts/DejaVu-LICENSE.txt
} > "$STAGE/usr/share/doc/cxdesk/copyright"
for PDF in dist/docs/*.pdf; do
    [ -f "$PDF" ] && install -m 0644 "$PDF" "$STAGE/usr/share/doc/cxdesk/"
done

# The oldest glibc the bundle runs on: the newest GLIBC_x.y symbol version any ELF file needs.
GLIBC="$(find "$DIST" -type f \( -name '*.so*' -o -perm -u+x \) -print0 \
    | xargs -0 objdump -T 2>/dev/null | grep -o 'GLIBC_[0-9][0-9.]*' | sed 's/GLIBC_//' | sort -uV | tail -1)"
# Qt's xcb platform plugin needs these from the system (not bundled); OpenGL comes from the
# system's drivers; fonts for the interface from fontconfig.
DEPENDS="libc6 (>= ${GLIBC:-2.17}), libgl1 | libgl1-mesa-glx, libegl1 | libegl1-mesa, libfontconfig1"
DEPENDS="$DEPENDS, libxcb-icccm4, libxcb-keysyms1, libxcb-cursor0, libxkbcommon-x11-0, fonts-dejavu-core"
sed -e "s/@VERSION@/$VERSION/" -e "s/@DEPENDS@/$DEPENDS/" \
    -e "s/@SIZE@/$(du -sk --exclude=DEBIAN "$STAGE" | cut -f1)/" \
    -e "s/@MAINTAINER@/${DEB_MAINTAINER:-cxdesk <cxdesk@localhost>}/" \
    installer/linux/control.in > "$STAGE/DEBIAN/control"
install -m 0755 installer/linux/postinst installer/linux/postrm "$STAGE/DEBIAN/"
chmod -R u+rwX,go+rX,go-w "$STAGE"

# gzip by default: every dpkg reads it (Astra Linux SE 1.7's dpkg does not read zstd) and it takes a
# fraction of xz's time; DEB_COMPRESSION=xz makes a package about a quarter smaller, several times slower.
COMPRESSION="${DEB_COMPRESSION:-gzip}"
dpkg-deb --root-owner-group "-Z$COMPRESSION" -z6 --build "$STAGE" "$DEB" >/dev/null
echo "Готово: $DEB ($(du -h "$DEB" | cut -f1)); зависимости: $DEPENDS"
