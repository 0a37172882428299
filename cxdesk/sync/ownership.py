"""One writer per record (SYNC.md): who owns the rows of each synced table, what goes into a bundle for
a peer, what an incoming bundle may carry, and the guard that keeps the region's reference data
read-only in an office.

A table says who owns it in its ``info`` (``__table_args__ = {"info": {"owner": …}}``):

* absent — the office that created a row owns it (complaints, surveys, minutes, events …); its rows
  go up to the УЦЗН only, and only the creating office may send them;
* ``"region"`` — reference data the УЦЗН keeps (profiles, journeys, the offices registry, KPI …);
  it goes down to the offices only, and an office may not change rows received from the УЦЗН;
* ``"shared"`` — knowledge-base articles and their revisions, edited at both ends; article conflicts
  are merged by ``cxdesk.sync.knowledge_merge``;
* ``"local"`` — a synced table whose rows stay in each installation (its own dictionaries).
"""

from __future__ import annotations

from sqlalchemy import Table, select

from cxdesk.services.errors import ValidationError
from cxdesk.store.models import Installation, Office

ORIGIN, REGION, SHARED, LOCAL = "origin", "region", "shared", "local"
TCZN, UCZN = "tczn", "uczn"


def owner(table: Table) -> str:
    return str(table.info.get("owner", ORIGIN))


def sends(table: Table, my_kind: str, peer_kind: str) -> bool:
    """Whether rows of ``table`` travel from a node of ``my_kind`` to one of ``peer_kind`` at all."""
    kind = owner(table)
    if kind == LOCAL:
        return False
    if kind == ORIGIN:
        return peer_kind == UCZN and my_kind == TCZN
    if kind == REGION:
        return my_kind == UCZN and peer_kind == TCZN
    return True


def refusal(table: Table, origin: str, sender: str, sender_kind: str, me: str) -> str | None:
    """Why a record of ``table`` created by ``origin`` may not come from ``sender`` (None: it may)."""
    kind = owner(table)
    title = table.info.get("title") or table.name
    if kind == LOCAL:
        return f"записи «{title}» ведёт каждый центр у себя, ими не обмениваются"
    if kind == SHARED:
        return None
    if kind == REGION and sender_kind != UCZN:
        return f"записи «{title}» ведёт УЦЗН, центр {sender} не может их присылать"
    if origin == me:
        return f"запись создана этим центром ({me}), её может изменять только он"
    if origin != sender:
        return (f"запись принадлежит центру {origin}, а пакет прислал {sender}: центр может передавать "
                "только свои записи")
    return None


def installation_kind(session) -> tuple[str | None, str | None]:
    """(office code, kind) of this installation."""
    row = session.execute(select(Office.code, Office.kind)
                          .join(Installation, Installation.office_id == Office.id)).first()
    return (row[0], row[1]) if row else (None, None)


def ensure_editable(session, row) -> None:
    """Refuse a local change of a row of the region's reference data received from the УЦЗН (an office's
    own drafts stay editable); call from the write functions of reference-data services."""
    table = row.__table__
    if owner(table) != REGION or row.origin is None:
        return
    code, kind = installation_kind(session)
    if kind == TCZN and row.origin != code:
        title = table.info.get("title") or table.name
        raise ValidationError(
            f"Эту запись («{title}») ведёт УЦЗН ({row.origin}): в центре занятости она только для чтения. "
            "Ничего не изменено. Сделайте копию, чтобы вести свой вариант, или предложите изменение УЦЗН; "
            "новая редакция придёт со следующим пакетом обмена."
        )
