"""Attached files of every area, handled alike: the 50 MB cap (checked before a file is read into
memory), the file name cleaned of folders, the MIME type guessed, and the bytes written once per
SHA-256 into the area's blob table (``cxdesk.store.blobs``). The areas' own services keep their
attachment rows, permissions and audit; this module only does what is the same for all of them.
"""

from __future__ import annotations

import hashlib
import mimetypes
from dataclasses import dataclass
from pathlib import Path

from cxdesk.services.errors import NotFoundError, ValidationError

MAX_BYTES = 50 * 1024 * 1024


@dataclass(frozen=True)
class FileInfo:
    id: str
    filename: str
    mime: str
    size: int
    sha256: str


def size_mb(n: int) -> str:
    return f"{n / 1024 / 1024:.1f}".replace(".", ",")


def check(filename: str, size: int) -> str:
    """The clean file name; refuses a nameless or too large file before anything is written."""
    name = filename.replace("\\", "/").rsplit("/", 1)[-1].strip()[:255]  # a Windows path too
    if not name:
        raise ValidationError("У файла нет имени. Ничего не добавлено.")
    if size > MAX_BYTES:
        raise ValidationError(f"Файл «{name}» весит {size_mb(size)} МБ, а вложение может быть не больше 50 МБ. "
                              "Ничего не добавлено: уменьшите файл или дайте ссылку на него.")
    return name


def guess_mime(name: str, mime: str = "") -> str:
    return (mime or mimetypes.guess_type(name)[0] or "application/octet-stream")[:100]


def read_file(path: Path) -> tuple[str, bytes]:
    """(name, bytes) of a file on disk, refused by its size before it is read."""
    path = Path(path)
    name = check(path.name, path.stat().st_size)
    return name, path.read_bytes()


def store(session, model, data: bytes) -> str:
    """Write ``data`` into the blob table ``model`` unless it is there already; its SHA-256."""
    sha = hashlib.sha256(data).hexdigest()
    if session.get(model, sha) is None:
        session.add(model(sha256=sha, size=len(data), data=data))
    return sha


def load(session, model, sha256: str, filename: str) -> bytes:
    blob = session.get(model, sha256)
    if blob is None:
        raise NotFoundError(f"Содержимое файла «{filename}» ещё не получено от УЦЗН (придёт со следующим "
                            "пакетом обмена).")
    return bytes(blob.data)
