"""The bundle manifest: its fields, and the strict parser that turns its bytes into a checked dict.

The format version is checked first (a bundle made by a newer program is refused with that reason,
whatever else it contains); then every field must be present with its type, JSON keys unique, and
the member list consistent. See ``docs/sync-format.md``.
"""

from __future__ import annotations

import json
import re
import uuid
from typing import Any

from cxdesk.sync.errors import BundleRefused

FORMAT = "cxdesk-bundle"
FORMAT_VERSION = 1  # what this program writes
READER_VERSION = 1  # the newest format this program reads
KINDS = ("delta", "snapshot", "reference")

FIELDS: dict[str, type | tuple[type, ...]] = {
    "format": str, "format_version": int, "min_reader_version": int, "app_version": str, "bundle_id": str,
    "kind": str, "sender": str, "sender_kind": str, "recipient": str, "recipient_key_id": str, "key_id": str,
    "epoch": int, "msg_no": int, "prev_bundle_id": str, "ack": int, "created_at": str, "created_hlc": int,
    "hlc_max": int, "encryption": dict, "files": list,
}
_DATA_ENTRY = {"path": str, "kind": str, "entity": str, "records": int, "size": int, "stored": int, "sha256": str}
_BLOB_ENTRY = {"path": str, "kind": str, "tables": list, "size": int, "stored": int, "sha256": str}
_HEX64 = re.compile(r"^[0-9a-f]{64}$")
_MAX_INT = 2**63 - 1  # what an SQLite INTEGER holds


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    keys = [k for k, _ in pairs]
    if len(keys) != len(set(keys)):
        raise ValueError("duplicate key")
    return dict(pairs)


def parse(name: str, data: bytes) -> dict[str, Any]:
    """The checked manifest of file ``name``; raises :class:`BundleRefused` with the reason."""
    def refuse(what: str) -> BundleRefused:
        return BundleRefused(f"Файл «{name}» отклонён: манифест пакета {what}. Ничего не изменено; попросите "
                             "центр-отправитель выгрузить пакет заново.")
    try:
        manifest = json.loads(data.decode("utf-8"), object_pairs_hook=_no_duplicates)
    except (UnicodeDecodeError, ValueError):
        raise refuse("не читается (не JSON в UTF-8 или повторяются поля)") from None
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise refuse("не является манифестом cxdesk")
    reader = manifest.get("min_reader_version")
    if not isinstance(reader, int) or isinstance(reader, bool):
        raise refuse("не указывает версию формата")
    if reader > READER_VERSION:
        raise BundleRefused(
            f"Файл «{name}» отклонён: пакет выпущен более новой версией cxdesk (формат {reader}, эта программа "
            f"читает формат до {READER_VERSION}). Ничего не изменено; установите новую версию cxdesk и "
            "загрузите пакет снова.")
    for key, kind in FIELDS.items():
        value = manifest.get(key)
        if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
            raise refuse(f"не содержит поля «{key}» нужного типа")
        if kind is int and abs(value) > _MAX_INT:
            raise refuse(f"содержит слишком большое число в поле «{key}»")
    if manifest["format_version"] == FORMAT_VERSION and set(manifest) != set(FIELDS):
        raise refuse(f"содержит неизвестные поля ({', '.join(sorted(set(manifest) - set(FIELDS)))})")
    try:
        if str(uuid.UUID(manifest["bundle_id"])) != manifest["bundle_id"]:
            raise ValueError
    except ValueError:
        raise refuse("содержит неверный идентификатор пакета") from None
    if manifest["kind"] not in KINDS or min(manifest["msg_no"], manifest["epoch"]) < 1 or manifest["ack"] < 0:
        raise refuse("содержит неверный вид, номер или эпоху пакета")
    paths = set()
    for entry in manifest["files"]:
        shape = _DATA_ENTRY if isinstance(entry, dict) and entry.get("kind") == "data" else _BLOB_ENTRY
        if not isinstance(entry, dict) or set(entry) != set(shape) or entry["kind"] not in ("data", "blob"):
            raise refuse("содержит неверный список файлов")
        for key, kind in shape.items():
            if not isinstance(entry[key], kind) or (kind is int and isinstance(entry[key], bool)):
                raise refuse(f"содержит неверное поле «{key}» в списке файлов")
        if not _HEX64.match(entry["sha256"]) or entry["path"] in paths or min(entry["size"], entry["stored"]) < 0:
            raise refuse("содержит неверный список файлов")
        expected = (f"data/{entry['entity']}.ndjson" if entry["kind"] == "data"
                    else f"blobs/{entry['path'].removeprefix('blobs/')}")
        if entry["path"] != expected or (entry["kind"] == "data" and entry["records"] < 0):
            raise refuse(f"называет файл «{entry['path']}» не по правилам формата")
        paths.add(entry["path"])
    return manifest
