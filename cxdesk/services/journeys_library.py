"""The reference library: typical profiles and journeys of a Russian employment centre, shipped as data.

``resources/reference/profiles.json`` and ``journeys.json`` are read into profile data and journey
documents. Their ids are UUIDs fixed per library entry (uuid5 of the entry's key and element path,
not of its content), so the same reference record has the same id in every installation and the
УЦЗН's later edits, sent down in reference bundles, update it instead of duplicating it. Records
are installed with the installation's own office as origin; the entry key is kept in ``ref_key``.
Installing is idempotent: an entry already present (even archived or deleted) is left alone.
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass, fields
from functools import cache
from pathlib import Path

from sqlalchemy import select

from cxdesk import paths
from cxdesk.core.journey import DEFAULT_LANES, LANE_TITLES, Card, JourneyDocument, Lane, LaneKind, Stage
from cxdesk.services import audit
from cxdesk.services.actor import Actor
from cxdesk.services.journeys import write_document
from cxdesk.services.profiles import LIST_FIELDS, ProfileData, apply_data
from cxdesk.store.database import Database
from cxdesk.store.journeys import Journey, Profile

NAMESPACE = uuid.UUID("6b2d8f0e-3c1a-4e57-9a43-0c2f6f1d7a10")
LANE_COLOURS = {LaneKind.PAINS: "red", LaneKind.OPPORTUNITIES: "green", LaneKind.KPI: "violet",
                LaneKind.TOUCHPOINTS: "blue"}


def ref_id(*parts: str) -> str:
    return str(uuid.uuid5(NAMESPACE, "/".join(parts)))


def reference_dir() -> Path:
    return paths.resources_dir() / "reference"


@cache
def _load(name: str) -> dict:
    return json.loads((reference_dir() / name).read_text(encoding="utf-8"))


def reference_profiles() -> list[tuple[str, ProfileData]]:
    """(key, data) of every reference profile."""
    names = {f.name for f in fields(ProfileData)}
    result = []
    for entry in _load("profiles.json")["profiles"]:
        values = {k: (tuple(v) if k in LIST_FIELDS else v) for k, v in entry.items() if k in names}
        result.append((entry["key"], ProfileData(**values)))
    return result


def reference_journeys() -> list[tuple[str, JourneyDocument]]:
    """(key, document) of every reference journey; profiles are referred to by their reference ids."""
    result = []
    for entry in _load("journeys.json")["journeys"]:
        key = entry["key"]
        doc = JourneyDocument(
            id=ref_id("journey", key), title=entry["title"], goal=entry.get("goal", ""),
            version_label=entry.get("version_label", "as_is"), owner=entry.get("owner", ""),
            description=entry.get("description", ""),
            profile_ids=[ref_id("profile", p) for p in entry.get("profiles", [])],
        )
        doc.lanes = [Lane(ref_id("journey", key, "lane", str(kind)), str(kind), LANE_TITLES[kind])
                     for kind in DEFAULT_LANES]
        lanes = {ln.kind: ln.id for ln in doc.lanes}
        for s_no, raw in enumerate(entry["stages"]):
            stage = Stage(ref_id("journey", key, "stage", str(s_no)), raw["name"], False,
                          raw.get("emotion"), raw.get("emotion_note", ""))
            doc.stages.append(stage)
            cells: dict[str, list[tuple[str, str]]] = {
                kind: [(text, "") for text in raw.get(kind, [])] for kind in DEFAULT_LANES if kind != "touchpoints"
            }
            cells["touchpoints"] = [(tp[0], tp[1] if len(tp) > 1 else "") for tp in raw.get("touchpoints", [])]
            if not cells["channels"]:
                seen = dict.fromkeys(ch for _, ch in cells["touchpoints"] if ch)
                cells["channels"] = [(ch, "") for ch in seen]
            for kind, items in cells.items():
                for pos, (text, channel) in enumerate(items):
                    card_id = ref_id("journey", key, "stage", str(s_no), kind, str(pos))
                    doc.cards[card_id] = Card(card_id, lanes[kind], stage.id, text,
                                              LANE_COLOURS.get(LaneKind(kind), ""), channel, pos)
        result.append((key, doc))
    return result


@dataclass(frozen=True)
class LibraryResult:
    profiles_added: int
    journeys_added: int


def install_reference_library(db: Database, actor: Actor | None = None) -> LibraryResult:
    """Add the library entries this database lacks, in one transaction (call after first-run set-up)."""
    actor = actor or Actor.command_line()
    profiles, journeys = reference_profiles(), reference_journeys()
    with db.uow() as uow:
        s = uow.session
        have_p = set(s.scalars(select(Profile.ref_key).where(Profile.ref_key.is_not(None))))
        have_j = set(s.scalars(select(Journey.ref_key).where(Journey.ref_key.is_not(None))))
        added_p = added_j = 0
        for key, data in profiles:
            if key in have_p or s.get(Profile, ref_id("profile", key)) is not None:
                continue
            p = Profile(id=ref_id("profile", key), ref_key=key)
            apply_data(p, data)
            s.add(p)
            added_p += 1
        s.flush()
        for key, doc in journeys:
            if key in have_j or s.get(Journey, doc.id) is not None:
                continue
            write_document(s, doc, ref_key=key)
            added_j += 1
        if added_p or added_j:
            audit.append(s, actor, "reference.install", office=db.office_code, entity="reference",
                         details={"profiles": added_p, "journeys": added_j})
        uow.commit()
    return LibraryResult(added_p, added_j)
