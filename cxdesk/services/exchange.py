"""Exchange with the managing centre (УЦЗН) by bundle files: keys and enrolment, export, import with a
preview, the exchange journal and the knowledge-base conflict list.

The GUI wizards and the ``cxdesk keys`` / ``cxdesk bundle`` commands call only this module. Every call
checks the actor's permission, writes the audit log in the same transaction as its change and returns
dataclasses. A refused bundle changes nothing in the database: its :class:`BundleReport` carries the
reason in Russian (``status == "refused"``). The format is described in ``docs/sync-format.md``.

Permissions: exchanging bundles, showing keys and reading the journal — ``Action.SYNC_EXCHANGE``;
registering and revoking peers' keys and re-issuing this centre's keys — ``Action.OFFICES_MANAGE``
(the registry of offices and their keys is one thing); resolving knowledge-base conflicts —
``Action.KNOWLEDGE_PUBLISH``.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from sqlalchemy import select

from cxdesk.services import audit
from cxdesk.services.actor import Actor
from cxdesk.services.errors import NotFoundError
from cxdesk.services.guard import require
from cxdesk.services.roles import Action
from cxdesk.store.database import Database
from cxdesk.store.sync import SyncJournal

# progress(done, total, text): the GUI passes its operation runner's ``Progress.report``
ProgressFn = Callable[[int, int, str], None]

# BundleReport.status values
APPLIED = "applied"  # written (or, in a dry run, would be written)
ALREADY_APPLIED = "already_applied"  # the same bundle (even renamed or re-zipped) was applied before
SUPERSEDED = "superseded"  # an older bundle whose content a newer one already delivered
REFUSED = "refused"  # a check failed: nothing written, ``message`` says why

STATUS_TITLES = {
    APPLIED: "применён",
    ALREADY_APPLIED: "уже был применён",
    SUPERSEDED: "устарел (данные уже получены)",
    REFUSED: "отклонён",
    "sent": "отправлен",
    "checked": "проверен (без записи)",
}


@dataclass(frozen=True)
class KeyInfo:
    """This centre's keys: what the other side compares before registering them."""

    office_code: str
    office_name: str
    kind: str  # tczn | uczn
    epoch: int  # grows by one each time the keys are re-issued
    fingerprint: str  # «AB12 CD34 …», the same in both GUIs
    key_file: Path  # where the private keys are kept (beside the database)
    created_at: datetime


@dataclass(frozen=True)
class PublicKeyPreview:
    """The content of a public-key file, shown before it is registered."""

    office_code: str
    office_name: str
    kind: str
    region: str
    epoch: int
    fingerprint: str


@dataclass(frozen=True)
class PeerInfo:
    """A registered centre and the state of the exchange with it."""

    office_code: str
    office_name: str
    kind: str
    epoch: int
    fingerprint: str
    registered_at: datetime
    revoked_at: datetime | None
    out_msg_no: int  # number of the last bundle made for it
    acked_msg_no: int  # the last of those it confirmed having received
    in_msg_no: int  # number of the last bundle received from it

    @property
    def revoked(self) -> bool:
        return self.revoked_at is not None

    @property
    def unacknowledged(self) -> int:
        return self.out_msg_no - self.acked_msg_no


@dataclass(frozen=True)
class ExportResult:
    path: Path
    bundle_id: str
    peer: str
    kind: str  # delta | snapshot | reference
    msg_no: int
    ack: int
    records: int
    blobs: int
    size: int  # bytes of the file
    entities: dict[str, int] = field(default_factory=dict)  # table → records


@dataclass(frozen=True)
class EntityReport:
    entity: str  # table name
    title: str  # Russian name of the record type
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    conflicts: int = 0

    @property
    def total(self) -> int:
        return self.created + self.updated + self.unchanged


@dataclass(frozen=True)
class BundleReport:
    """What one file did (or would do, in a dry run)."""

    file: Path
    status: str  # APPLIED | ALREADY_APPLIED | SUPERSEDED | REFUSED
    message: str  # Russian: a one-line summary, or the reason of a refusal (file, record, what to do)
    bundle_id: str = ""
    sender: str = ""
    kind: str = ""
    msg_no: int = 0
    ack: int = 0
    dry_run: bool = False
    entities: tuple[EntityReport, ...] = ()

    @property
    def refused(self) -> bool:
        return self.status == REFUSED

    @property
    def status_title(self) -> str:
        return STATUS_TITLES.get(self.status, self.status)

    def totals(self) -> EntityReport:
        return EntityReport(
            "", "Всего",
            sum(e.created for e in self.entities), sum(e.updated for e in self.entities),
            sum(e.unchanged for e in self.entities), sum(e.conflicts for e in self.entities),
        )


@dataclass(frozen=True)
class ImportResult:
    bundles: tuple[BundleReport, ...]
    dry_run: bool
    checked_ahead: int = 0  # bundles whose records a helper process checked while the one before was written

    @property
    def refused(self) -> int:
        return sum(1 for b in self.bundles if b.refused)

    @property
    def ok(self) -> bool:
        return self.refused == 0


@dataclass(frozen=True)
class JournalEntry:
    seq: int
    at: datetime
    direction: str  # out | in
    peer: str
    bundle_id: str
    kind: str
    msg_no: int
    ack: int
    status: str  # sent | applied | superseded
    file_name: str
    records: int
    actor: str
    entities: tuple[EntityReport, ...]

    @property
    def direction_title(self) -> str:
        return "отправлен" if self.direction == "out" else "получен"

    @property
    def status_title(self) -> str:
        return STATUS_TITLES.get(self.status, self.status)


@dataclass(frozen=True)
class ConflictInfo:
    """A knowledge-base article changed at both ends: the current version won, the other is kept."""

    id: str
    article_id: str
    article_title: str  # the current (winning) title
    winner_revision_id: str
    loser_revision_id: str
    loser_origin: str  # the centre whose version lost
    loser_title: str
    loser_body: str
    detected_at: datetime
    status: str  # open | resolved
    resolved_by: str
    resolved_at: datetime | None
    resolution: str  # "" | kept | restored

    @property
    def open(self) -> bool:
        return self.status == "open"


# ------------------------------------------------------------------------------------------------
# Keys and enrolment


def own_keys(db: Database, actor: Actor) -> KeyInfo:
    """This centre's keys (made on first use): its fingerprint is read out to the other side."""
    require(db, actor, Action.SYNC_EXCHANGE)
    from cxdesk.sync import peers

    return peers.own_keys(db)


def export_public_key(db: Database, actor: Actor, target: Path) -> KeyInfo:
    """Write this centre's public-key file (to hand over on a USB stick with the fingerprint)."""
    require(db, actor, Action.SYNC_EXCHANGE)
    from cxdesk.sync import peers

    info = peers.write_public_key(db, Path(target))
    audit.append_now(db, actor, "sync.keys.export", entity="sync_node", record_id=info.office_code,
                     details={"fingerprint": info.fingerprint, "file": str(target)})
    return info


def read_public_key(path: Path) -> PublicKeyPreview:
    """Read a public-key file without registering it (the wizard shows its fingerprint first)."""
    from cxdesk.sync import keys

    return keys.read_public_file(Path(path)).preview()


def register_peer(db: Database, actor: Actor, office_code: str, key_file: Path, *,
                  fingerprint: str | None = None) -> PeerInfo:
    """Register (or replace after re-issue) a centre's public key. ``fingerprint``, when given, must match
    the file's (the one read out by the other side); the office is added to the registry if missing."""
    require(db, actor, Action.OFFICES_MANAGE)
    from cxdesk.sync import peers

    return peers.register(db, actor, office_code, Path(key_file), fingerprint)


def revoke_peer(db: Database, actor: Actor, office_code: str) -> PeerInfo:
    """Revoke a centre's key: its bundles are refused until a new key is registered."""
    require(db, actor, Action.OFFICES_MANAGE)
    from cxdesk.sync import peers

    return peers.revoke(db, actor, office_code)


def rotate_keys(db: Database, actor: Actor) -> KeyInfo:
    """Re-issue this centre's keys (a new epoch): after a restore from an old backup or a lost key file.
    The other side must register the new public key; the next bundle then carries everything again."""
    require(db, actor, Action.OFFICES_MANAGE)
    from cxdesk.sync import peers

    return peers.rotate(db, actor)


def list_peers(db: Database, actor: Actor) -> list[PeerInfo]:
    """Registered centres, by code (revoked ones included, marked)."""
    require(db, actor, Action.SYNC_EXCHANGE)
    from cxdesk.sync import peers

    return peers.list_peers(db)


# ------------------------------------------------------------------------------------------------
# Bundles


def export_bundle(db: Database, actor: Actor, folder: Path, peer: str | None = None, *,
                  progress: ProgressFn | None = None) -> ExportResult:
    """Write a bundle for ``peer`` into ``folder``: every change it has not acknowledged, signed, the
    payload encrypted for it. In an office ``peer`` defaults to its УЦЗН."""
    require(db, actor, Action.SYNC_EXCHANGE)
    from cxdesk.sync import export

    return export.export_bundle(db, actor, Path(folder), peer, progress=progress)


def export_bundles(db: Database, actor: Actor, folder: Path, peers: Sequence[str] | None = None, *,
                   progress: ProgressFn | None = None) -> list[ExportResult]:
    """One bundle per peer (at the УЦЗН: every registered office when ``peers`` is None)."""
    require(db, actor, Action.SYNC_EXCHANGE)
    from cxdesk.sync import export
    from cxdesk.sync import peers as peer_registry

    codes = list(peers) if peers else peer_registry.default_recipients(db)
    return [export.export_bundle(db, actor, Path(folder), code, progress=progress) for code in codes]


def preview_bundles(db: Database, actor: Actor, files: Sequence[Path], *,
                    progress: ProgressFn | None = None) -> ImportResult:
    """Everything :func:`import_bundles` does, rolled back: what would change, or why a file is refused."""
    return import_bundles(db, actor, files, dry_run=True, progress=progress)


def import_bundles(db: Database, actor: Actor, files: Sequence[Path], *, dry_run: bool = False,
                   progress: ProgressFn | None = None) -> ImportResult:
    """Check and apply bundle files one by one (sorted by sender and number, so a batch of 30–60 files
    from a stick works in any order). Each file is all-or-nothing; a refused one does not stop the rest."""
    require(db, actor, Action.SYNC_EXCHANGE)
    from cxdesk.sync import apply

    return apply.import_files(db, actor, [Path(f) for f in files], dry_run=dry_run, progress=progress)


# ------------------------------------------------------------------------------------------------
# Journal and conflicts


def journal(db: Database, actor: Actor, *, peer: str | None = None, direction: str | None = None,
            limit: int = 500) -> list[JournalEntry]:
    """The exchange journal, newest first."""
    require(db, actor, Action.SYNC_EXCHANGE)
    from cxdesk.sync.records import entity_title

    with db.uow() as uow:
        query = select(SyncJournal).order_by(SyncJournal.seq.desc()).limit(limit)
        if peer:
            query = query.where(SyncJournal.peer == peer)
        if direction:
            query = query.where(SyncJournal.direction == direction)
        rows = uow.session.scalars(query).all()
        return [
            JournalEntry(
                r.seq, r.at, r.direction, r.peer, r.bundle_id, r.kind, r.msg_no, r.ack, r.status,
                r.file_name, r.records, r.actor,
                tuple(EntityReport(name, entity_title(name), *counts)
                      for name, counts in json.loads(r.report or "{}").items()),
            )
            for r in rows
        ]


def list_conflicts(db: Database, actor: Actor, *, include_resolved: bool = False) -> list[ConflictInfo]:
    """Knowledge-base articles edited at both ends, newest first."""
    require(db, actor, Action.KNOWLEDGE_READ)
    from cxdesk.sync import conflicts

    return conflicts.list_conflicts(db, include_resolved=include_resolved)


def resolve_conflict(db: Database, actor: Actor, conflict_id: str, *, restore_other: bool) -> ConflictInfo:
    """Close a conflict: keep the current version, or (``restore_other``) make the other version current
    as a new revision of the article (which then travels like any edit)."""
    require(db, actor, Action.KNOWLEDGE_PUBLISH)
    from cxdesk.sync import conflicts

    info = conflicts.resolve(db, actor, conflict_id, restore_other=restore_other)
    if info is None:
        raise NotFoundError("Конфликт не найден: возможно, его уже разрешил другой редактор. Обновите список.")
    return info
