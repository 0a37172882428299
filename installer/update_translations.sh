#!/bin/sh
# Regenerate the Russian translation of the GUI shell: extract every tr()/translate() string of
# the shell's sources (cxdesk/gui/*.py, cxdesk/gui/admin, cxdesk/gui/pages — the list comes from
# `python -m cxdesk.gui.i18n --shell-sources`) into resources/i18n/cxdesk_ru.ts, dropping
# strings that no longer exist, then compile it to cxdesk_ru.qm. Translate new entries (Qt
# Linguist: pyside6-linguist) and run this script again; tests/gui/test_translations.py fails
# while anything is missing or unfinished. Area sub-packages keep their own <area>_ru.ts.
#
# Usage: installer/update_translations.sh   (from anywhere; PYSIDE6_BIN overrides the tools' folder)
set -eu
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
BIN="${PYSIDE6_BIN:-$ROOT/.venv/bin}"
TS="$ROOT/resources/i18n/cxdesk_ru.ts"
QM="$ROOT/resources/i18n/cxdesk_ru.qm"

cd "$ROOT"
SOURCES="$("$BIN/python" -m cxdesk.gui.i18n --shell-sources)"
# shellcheck disable=SC2086  # one path per word, none with spaces
"$BIN/pyside6-lupdate" -no-obsolete -locations none -source-language en -target-language ru \
    $SOURCES -ts "$TS"
"$BIN/pyside6-lrelease" "$TS" -qm "$QM"
