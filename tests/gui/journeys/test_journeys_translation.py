"""The Russian translation of the profile and journey screens is complete and compiled."""

from __future__ import annotations

import xml.etree.ElementTree as ET

from cxdesk import paths


def test_every_string_is_translated_and_compiled():
    folder = paths.resources_dir() / "i18n"
    ts, qm = folder / "journeys_ru.ts", folder / "journeys_ru.qm"
    messages = list(ET.parse(ts).getroot().iter("message"))
    assert len(messages) > 100
    unfinished = [m.find("source").text for m in messages
                  if m.find("translation").get("type") in ("unfinished", "obsolete") or not m.find("translation").text]
    assert not unfinished
    assert qm.exists() and qm.stat().st_mtime >= ts.stat().st_mtime - 1
