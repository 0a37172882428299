#!/usr/bin/env bash
# The user and administrator guides (docs/*.md, Russian, with screenshots) as PDF:
# dist/docs/user-guide.pdf and dist/docs/administrator.pdf (build_deb.sh puts them into the package).
#
# Usage: installer/build_docs.sh [--screenshots]
#
#   --screenshots   first make docs/images/*.png anew from the running program (installer/screenshots.py)
#
# Qt's own Markdown reader and PDF writer do the work (installer/build_docs.py): no other tool is
# needed, and the text is set in the DejaVu fonts of resources/fonts, so Cyrillic renders everywhere.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
cd "$ROOT"
PYTHON="${PYTHON:-$ROOT/.venv/bin/python}"
case "${1:-}" in
    "") ;;
    --screenshots) QT_QPA_PLATFORM=offscreen "$PYTHON" installer/screenshots.py ;;
    -h|--help) awk 'NR > 1 && /^#/ { print; next } NR > 1 { exit }' "$0"; exit 0 ;;
    *) echo "Неизвестный параметр: $1 (см. $0 --help)" >&2; exit 2 ;;
esac
QT_QPA_PLATFORM=offscreen "$PYTHON" installer/build_docs.py --out "$ROOT/dist/docs"
