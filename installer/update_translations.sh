#!/bin/sh
# Regenerate the Russian translations of the GUI: for every translation file of
# `python -m cxdesk.gui.i18n --sources` (cxdesk_ru for the shell, <area>_ru for each area), extract
# every tr()/translate() string of its sources into resources/i18n/<stem>.ts, dropping strings that
# no longer exist, then compile it to <stem>.qm. Translate new entries (Qt Linguist:
# pyside6-linguist) and run this script again; tests/gui/test_translations.py fails while anything
# is missing or unfinished.
#
# Usage: installer/update_translations.sh [STEM…]   (from anywhere; PYSIDE6_BIN overrides the tools' folder)
set -eu
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
BIN="${PYSIDE6_BIN:-$ROOT/.venv/bin}"
cd "$ROOT"
STEMS="$*"
[ -n "$STEMS" ] || STEMS="$("$BIN/python" -m cxdesk.gui.i18n --sources)"
for STEM in $STEMS; do
    TS="$ROOT/resources/i18n/$STEM.ts"
    SOURCES="$("$BIN/python" -m cxdesk.gui.i18n --sources "$STEM")"
    # shellcheck disable=SC2086  # one path per word, none with spaces
    "$BIN/pyside6-lupdate" -no-obsolete -locations none -source-language en -target-language ru \
        $SOURCES -ts "$TS"
    "$BIN/pyside6-lrelease" "$TS" -qm "$ROOT/resources/i18n/$STEM.qm"
done
