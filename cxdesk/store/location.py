"""Where a cxdesk database lives: a SQLite file at an office, or a database on a PostgreSQL server at
the managing centre (several CX specialists at once). Everything that depends on the kind asks here.

``--db`` takes either a file path or a URL ``postgresql+psycopg://user@host:port/name``. Files that
belong beside a database (the exchange key file, automatic backups) sit beside a SQLite file; for a
server database they sit in the user data folder under ``servers/HOST-PORT-NAME`` unless
``CXDESK_KEY_FILE`` names the key file (shared by the workstations that make bundles).
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import unquote

from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError

SERVER_SCHEMES = ("postgresql", "postgresql+psycopg")
KEY_FILE_ENV = "CXDESK_KEY_FILE"


class LocationError(ValueError):
    """``--db`` names neither a file nor a supported server database; ``str()`` is for the user."""


@dataclass(frozen=True)
class Location:
    """A SQLite file (``path``) or a PostgreSQL database (``url``); ``home`` overrides the folder of a
    server database's side files."""

    url: URL
    path: Path | None = None
    home: Path | None = None

    @property
    def is_sqlite(self) -> bool:
        return self.path is not None

    @property
    def dialect(self) -> str:
        return "sqlite" if self.is_sqlite else "postgresql"

    def display(self) -> str:
        """What the user is shown: the file, or the URL without its password."""
        if self.path is not None:
            return str(self.path)
        return unquote(self.url.render_as_string(hide_password=True))  # ?host=/run/postgresql as typed

    def side_stem(self) -> Path:
        """A path whose folder holds the database's side files and whose name starts theirs."""
        if self.path is not None:
            return self.path
        if self.home is not None:
            return self.home / (self.url.database or "cxdesk")
        from cxdesk import paths

        name = "-".join(_safe(part) for part in (self.url.host or "local", str(self.url.port or 5432),
                                                  self.url.database or "cxdesk"))
        return paths.user_data_dir() / "servers" / name / (self.url.database or "cxdesk")

    def key_file(self) -> Path:
        """The private exchange keys of this database's centre."""
        if self.path is None and os.environ.get(KEY_FILE_ENV):
            return Path(os.environ[KEY_FILE_ENV]).expanduser()
        stem = self.side_stem()
        return stem.with_name(stem.name + ".keys")


def _safe(part: str) -> str:
    return re.sub(r"[^0-9A-Za-z._-]", "_", part)


def is_server_url(target: object) -> bool:
    return isinstance(target, str) and "://" in target


def locate(target: Location | str | os.PathLike) -> Location:
    """The location named by ``target``: a Location, a server URL or a file path."""
    if isinstance(target, Location):
        return target
    if is_server_url(target):
        try:
            url = make_url(str(target))
        except ArgumentError as exc:
            raise LocationError(f"Адрес базы данных «{target}» не разобран: {exc}.") from exc
        if url.drivername == "postgresql":
            url = url.set(drivername="postgresql+psycopg")
        if url.drivername not in SERVER_SCHEMES or not url.database:
            raise LocationError(
                f"Адрес базы данных «{url.render_as_string(hide_password=True)}» не поддерживается: укажите "
                "файл SQLite или сервер PostgreSQL в виде postgresql+psycopg://пользователь@сервер:порт/база.")
        return Location(url=url)
    path = Path(os.fspath(target)).expanduser()
    return Location(url=URL.create("sqlite+pysqlite", database=str(path)), path=path)
