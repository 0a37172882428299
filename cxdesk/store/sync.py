"""Exchange state of this installation: its own public keys, the peer registry, the exchange journal
and the knowledge-base conflict list (SYNC.md, ``docs/sync-format.md``).

None of these tables is synced: they describe this installation's conversation with its peers.
The node's private keys are not stored here but in a key file beside the database
(``cxdesk.sync.keys``), so that a copy of the database (a backup, a file sent for support) never
carries them.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import BigInteger, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from cxdesk.store.base import Base
from cxdesk.store.types import UTCDateTime, utc_now


class SyncNode(Base):
    """The public half of this installation's key pairs (one row; the private half is in the key file)."""

    __tablename__ = "sync_node"
    __table_args__ = {"info": {"title": "Обмен: ключи этого центра"}}

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    office_code: Mapped[str] = mapped_column(String(16), nullable=False)
    epoch: Mapped[int] = mapped_column(Integer, nullable=False)
    sign_public: Mapped[str] = mapped_column(String(64), nullable=False)  # Ed25519, base64
    box_public: Mapped[str] = mapped_column(String(64), nullable=False)  # X25519, base64
    fingerprint: Mapped[str] = mapped_column(String(64), nullable=False)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, nullable=False, default=utc_now)


class SyncPeer(Base):
    """A registered peer (the УЦЗН in an office; every office in the УЦЗН) and the numbering state."""

    __tablename__ = "sync_peer"
    __table_args__ = {"info": {"title": "Обмен: зарегистрированные ключи центров"}}

    office_code: Mapped[str] = mapped_column(String(16), primary_key=True)
    kind: Mapped[str] = mapped_column(String(8), nullable=False)  # tczn | uczn
    epoch: Mapped[int] = mapped_column(Integer, nullable=False)
    sign_public: Mapped[str] = mapped_column(String(64), nullable=False)
    box_public: Mapped[str] = mapped_column(String(64), nullable=False)
    fingerprint: Mapped[str] = mapped_column(String(64), nullable=False)
    registered_at: Mapped[datetime] = mapped_column(UTCDateTime, nullable=False, default=utc_now)
    revoked_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    # what we sent: the last number, and the last of ours the peer acknowledged
    out_msg_no: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    out_bundle_id: Mapped[str] = mapped_column(String(36), nullable=False, default="")
    acked_msg_no: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    # what we received: the peer's last applied number and the sender's clock when it made it
    in_msg_no: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    in_created_hlc: Mapped[int] = mapped_column(BigInteger, nullable=False, default=0)
    in_bundle_id: Mapped[str] = mapped_column(String(36), nullable=False, default="")


class SyncJournal(Base):
    """Every bundle made here and every bundle applied (or found already applied / superseded)."""

    __tablename__ = "sync_journal"
    __table_args__ = (
        Index("ix_sync_journal_bundle_id", "bundle_id"),
        Index("ix_sync_journal_peer_direction_msg_no", "peer", "direction", "msg_no"),
        {"info": {"title": "Журнал обмена"}},
    )

    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime, nullable=False, default=utc_now)
    direction: Mapped[str] = mapped_column(String(4), nullable=False)  # out | in
    peer: Mapped[str] = mapped_column(String(16), nullable=False)
    bundle_id: Mapped[str] = mapped_column(String(36), nullable=False)
    kind: Mapped[str] = mapped_column(String(16), nullable=False)
    epoch: Mapped[int] = mapped_column(Integer, nullable=False)
    msg_no: Mapped[int] = mapped_column(Integer, nullable=False)
    ack: Mapped[int] = mapped_column(Integer, nullable=False)
    seq_hi: Mapped[int] = mapped_column(BigInteger, nullable=False, default=0)  # out: change_log covered
    status: Mapped[str] = mapped_column(String(16), nullable=False)  # sent | applied | superseded
    file_name: Mapped[str] = mapped_column(String(300), nullable=False, default="")
    file_sha256: Mapped[str] = mapped_column(String(64), nullable=False, default="")
    records: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    actor: Mapped[str] = mapped_column(String(64), nullable=False, default="")
    report: Mapped[str] = mapped_column(Text, nullable=False, default="{}")  # JSON per entity


class SyncConflict(Base):
    """A knowledge-base article edited at both ends: the version that lost, kept for an editor."""

    __tablename__ = "sync_conflict"
    __table_args__ = {"info": {"title": "Обмен: конфликты правок базы знаний"}}

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    entity: Mapped[str] = mapped_column(String(64), nullable=False)
    record_id: Mapped[str] = mapped_column(String(36), nullable=False, index=True)
    winner_revision_id: Mapped[str] = mapped_column(String(36), nullable=False, default="")
    loser_revision_id: Mapped[str] = mapped_column(String(36), nullable=False, default="")
    loser_origin: Mapped[str] = mapped_column(String(16), nullable=False, default="")
    loser_data: Mapped[str] = mapped_column(Text, nullable=False, default="{}")  # the losing row, JSON
    detected_at: Mapped[datetime] = mapped_column(UTCDateTime, nullable=False, default=utc_now)
    bundle_id: Mapped[str] = mapped_column(String(36), nullable=False, default="")
    status: Mapped[str] = mapped_column(String(16), nullable=False, default="open")  # open | resolved
    resolved_by: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    resolved_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    resolution: Mapped[str] = mapped_column(String(16), nullable=False, default="")  # kept | restored
