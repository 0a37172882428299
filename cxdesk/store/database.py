"""An open cxdesk database and the unit of work that services use.

A service opens ``with db.uow() as uow:``, reads and writes through ``uow.session``, and calls
``uow.commit()`` once; leaving the block without committing rolls everything back.
"""

from __future__ import annotations

from pathlib import Path
from types import TracebackType

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from cxdesk.core.hlc import HybridClock
from cxdesk.store import changelog  # noqa: F401  (registers the flush hook)
from cxdesk.store.changelog import SYNC_CONTEXT, SyncContext
from cxdesk.store.engine import create_database_engine
from cxdesk.store.location import Location, locate
from cxdesk.store.models import ChangeLog, Installation, Office


class Database:
    """Engine, session factory, the office identity and the HLC of one database (a SQLite file, or a
    PostgreSQL database at the managing centre: ``path`` is then None)."""

    def __init__(self, target: Location | Path | str) -> None:
        self.location = locate(target)
        self.path: Path | None = self.location.path
        self.engine = create_database_engine(self.location)
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)
        self.clock = HybridClock()
        self.office_code: str | None = None
        self.refresh()

    def refresh(self) -> None:
        """Re-read the office identity and the last HLC stamp (after init or restore)."""
        with self._sessions() as session:
            # the newest log row carries the newest stamp (the clock never goes back); O(1) on the key
            last = session.scalar(select(ChangeLog.hlc).order_by(ChangeLog.seq.desc()).limit(1)) or 0
            self.clock = HybridClock(last=max(last, self.clock.last))
            self.office_code = session.scalar(
                select(Office.code).join(Installation, Installation.office_id == Office.id)
            )

    @property
    def is_sqlite(self) -> bool:
        return self.location.is_sqlite

    @property
    def dialect(self) -> str:
        return self.location.dialect

    def display(self) -> str:
        """The file or the server database, as the user is shown it (no password)."""
        return self.location.display()

    def uow(self) -> UnitOfWork:
        return UnitOfWork(self)

    def new_session(self) -> Session:
        session = self._sessions()
        session.info[SYNC_CONTEXT] = SyncContext(origin=self.office_code, clock=self.clock)
        return session

    def close(self) -> None:
        self.engine.dispose()


class UnitOfWork:
    """One transaction of one service call."""

    def __init__(self, db: Database) -> None:
        self.db = db
        self.session: Session
        self._committed = False

    def __enter__(self) -> UnitOfWork:
        self.session = self.db.new_session()
        return self

    def commit(self) -> None:
        self.session.commit()
        self._committed = True

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        try:
            if not self._committed:
                self.session.rollback()
        finally:
            self.session.close()


def open_database(target: Location | Path | str) -> Database:
    """Migrate the database to this program's schema (creating a missing file), then open it."""
    from cxdesk.store.migrate import upgrade

    location = locate(target)
    upgrade(location)
    return Database(location)
