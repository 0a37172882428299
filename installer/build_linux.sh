#!/usr/bin/env bash
# The one-folder PyInstaller build of cxdesk for Linux: dist/cxdesk/ (executable + _internal/).
#
# Usage: installer/build_linux.sh [--pyside6 SPEC]
#
#   (no option)       builds with the Python environment PYTHON (default: .venv/bin/python), which
#                     needs `pip install -e '.[package]'`.
#   --pyside6 SPEC    builds in a separate environment build/venv-<name> made from PYTHON's
#                     interpreter, with cxdesk, PyInstaller and the given PySide6 release, e.g.
#                     --pyside6 'PySide6-Essentials<6.10' for distributions with glibc < 2.34
#                     (Astra Linux SE 1.7, Debian 10, Ubuntu 20.04). The same as PYSIDE6_SPEC=SPEC.
#                     The build must then also run on such a distribution: the bundled Python and
#                     libraries need the glibc they were built against (build_deb.sh writes the
#                     minimum into the package's dependencies).
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
cd "$ROOT"
PYTHON="${PYTHON:-$ROOT/.venv/bin/python}"
PYSIDE6_SPEC="${PYSIDE6_SPEC:-}"
while [ $# -gt 0 ]; do
    case "$1" in
        --pyside6) PYSIDE6_SPEC="$2"; shift 2 ;;
        --pyside6=*) PYSIDE6_SPEC="${1#*=}"; shift ;;
        -h|--help) awk 'NR > 1 && /^#/ { print; next } NR > 1 { exit }' "$0"; exit 0 ;;
        *) echo "Неизвестный параметр: $1 (см. $0 --help)" >&2; exit 2 ;;
    esac
done

if [ -n "$PYSIDE6_SPEC" ]; then
    VENV="$ROOT/build/venv-$(printf '%s' "$PYSIDE6_SPEC" | tr -c 'A-Za-z0-9.' '_')"
    if [ ! -x "$VENV/bin/python" ]; then
        "$PYTHON" -m venv "$VENV"
    fi
    echo "Сборочное окружение $VENV: $PYSIDE6_SPEC"
    "$VENV/bin/pip" install -q --upgrade "$ROOT[package]" "$PYSIDE6_SPEC"
    PYTHON="$VENV/bin/python"
fi

"$PYTHON" -c 'import PyInstaller' 2>/dev/null || {
    echo "PyInstaller не установлен в $PYTHON. Установите: pip install -e '.[package]'" >&2
    exit 2
}
echo "PySide6 $("$PYTHON" -c 'import PySide6; print(PySide6.__version__)'), $("$PYTHON" -m PyInstaller --version | sed 's/^/PyInstaller /')"

rm -rf "$ROOT/dist/cxdesk"
QT_QPA_PLATFORM=offscreen "$PYTHON" -m PyInstaller --noconfirm --clean --log-level WARN \
    --distpath "$ROOT/dist" --workpath "$ROOT/build/pyinstaller" "$ROOT/installer/cxdesk.spec"

# The build must at least report its own version.
EXPECTED="cxdesk $("$PYTHON" -c 'import cxdesk; print(cxdesk.__version__)')"
ACTUAL="$("$ROOT/dist/cxdesk/cxdesk" --version)"
if [ "$ACTUAL" != "$EXPECTED" ]; then
    echo "Собранная программа сообщает «$ACTUAL», ожидалось «$EXPECTED»." >&2
    exit 1
fi
echo "Готово: $ROOT/dist/cxdesk ($ACTUAL, $(du -sh "$ROOT/dist/cxdesk" | cut -f1))"
