"""Knowledge-base articles edited at both ends (SYNC.md): an incoming article whose head revision descends
from the local head fast-forwards; one the local head already descends from changes nothing; otherwise
both sides pick the same winner — the higher HLC stamp, then the higher office code — and the losing
version stays in the conflict list for an editor (its revision row is kept too: nothing is lost).
"""

from __future__ import annotations

import json
import uuid

from sqlalchemy import select, update

from cxdesk.store.knowledge import KnowledgeRevision
from cxdesk.store.sync import SyncConflict
from cxdesk.sync.records import codec

MERGED = {"knowledge_article"}
MAX_DEPTH = 100_000


def _ancestors(s, revision_id: str | None) -> set[str]:
    seen: set[str] = set()
    current = revision_id
    while current and current not in seen and len(seen) < MAX_DEPTH:
        seen.add(current)
        current = s.scalar(select(KnowledgeRevision.base_revision_id).where(KnowledgeRevision.id == current))
    return seen


def merge(s, table, rows: list[dict], bundle_id: str) -> tuple[int, int, int, list[str]]:
    """(updated, unchanged, conflicts, ids written) for incoming rows that exist here and differ."""
    updated = unchanged = conflicts = 0
    written: list[str] = []
    c = codec(table.name)
    for incoming in rows:
        local = s.execute(select(table).where(table.c.id == incoming["id"])).mappings().one()
        mine, theirs = local["head_revision_id"], incoming["head_revision_id"]
        if mine == theirs or not mine or not theirs:
            take = (incoming["version"], incoming["hlc"]) > (local["version"], local["hlc"])
        elif mine in _ancestors(s, theirs):
            take = True  # fast-forward: their edit was made on our current version
        elif theirs in _ancestors(s, mine):
            take = False  # we already have their version and edited it further
        else:
            take = (incoming["hlc"], incoming["origin"]) > (local["hlc"], local["origin"])
            loser_row, loser_rev = (local, mine) if take else (incoming, theirs)
            winner_rev = theirs if take else mine
            exists = s.scalar(select(SyncConflict.id).where(SyncConflict.record_id == incoming["id"],
                                                            SyncConflict.loser_revision_id == loser_rev))
            if exists is None:
                s.add(SyncConflict(id=str(uuid.uuid4()), entity=table.name, record_id=incoming["id"],
                                   winner_revision_id=winner_rev, loser_revision_id=loser_rev,
                                   loser_origin=loser_row["origin"], bundle_id=bundle_id,
                                   loser_data=_as_json(c, loser_row)))
                conflicts += 1
        if take:
            s.execute(update(table).where(table.c.id == incoming["id"]).values(**incoming))
            written.append(incoming["id"])
            updated += 1
        else:
            unchanged += 1
    s.flush()
    return updated, unchanged, conflicts, written


def _as_json(c, row) -> str:
    values = dict(row)
    return json.dumps(json.loads(c.to_line(values))["data"], ensure_ascii=False)
