"""Checks of a bundle's zip structure made before any member is read: safe names only (no absolute
paths, ``..``, drive letters, back-slashes, links or duplicates — and nothing outside the names the
format knows), caps on the number of entries, declared sizes and compression ratio. Sizes are counted
again while members are streamed (``container``); nothing is ever extracted to disk.
"""

from __future__ import annotations

import re
import stat
import zipfile
from collections.abc import Sequence

from cxdesk.sync.errors import BundleRefused

MAX_ENTRIES = 50_000
MAX_MEMBER = 2 * 1024**3  # bytes stored per member
MAX_TOTAL = 8 * 1024**3  # bytes stored in all members
MAX_RATIO = 100  # uncompressed / compressed for a deflated member
MAX_MANIFEST = 32 * 1024**2

MANIFEST = "manifest.json"
SIGNATURE = "manifest.sig"
_ALLOWED = re.compile(r"^(manifest\.json|manifest\.sig|data/[a-z][a-z0-9_]{0,62}\.ndjson|blobs/[0-9a-f]{64})$")
_UNSAFE = re.compile(r"(^[/\\])|(^[A-Za-z]:)|((^|[/\\])\.\.([/\\]|$))|\\|\x00")


def check_entries(name: str, infos: Sequence[zipfile.ZipInfo]) -> None:
    """Refuse the archive ``name`` when any entry is unsafe; every message says which and why."""
    if len(infos) > MAX_ENTRIES:
        raise BundleRefused(
            f"Файл «{name}» отклонён: в архиве {len(infos)} элементов, а пакет обмена может содержать не больше "
            f"{MAX_ENTRIES}. Это не пакет cxdesk или он собран со злым умыслом; ничего не изменено.")
    seen: set[str] = set()
    total = 0
    for info in infos:
        entry = info.filename
        if _UNSAFE.search(entry):
            raise BundleRefused(
                f"Файл «{name}» отклонён: небезопасное имя элемента архива «{entry}» (абсолютный путь, «..», "
                "буква диска или обратная косая черта). Такой архив мог бы записать файлы вне папки; "
                "ничего не изменено, файл не распаковывался.")
        if stat.S_ISLNK(info.external_attr >> 16):
            raise BundleRefused(f"Файл «{name}» отклонён: элемент «{entry}» — символическая ссылка. "
                                "Ничего не изменено.")
        if not _ALLOWED.match(entry):
            raise BundleRefused(f"Файл «{name}» отклонён: элемент «{entry}» не предусмотрен форматом пакета "
                                "обмена. Ничего не изменено.")
        if entry in seen:
            raise BundleRefused(f"Файл «{name}» отклонён: элемент «{entry}» встречается в архиве дважды. "
                                "Ничего не изменено.")
        seen.add(entry)
        if info.flag_bits & 0x1 or info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
            raise BundleRefused(f"Файл «{name}» отклонён: элемент «{entry}» сжат или зашифрован неизвестным "
                                "способом. Ничего не изменено.")
        if info.file_size > MAX_MEMBER:
            raise BundleRefused(_bomb(name, entry, f"заявленный размер {info.file_size} байт больше допустимого"))
        if info.compress_type == zipfile.ZIP_DEFLATED and info.file_size > MAX_RATIO * max(info.compress_size, 1):
            raise BundleRefused(_bomb(name, entry, f"степень сжатия {info.file_size // max(info.compress_size, 1)}:1 "
                                                   "недопустимо высока"))
        total += info.file_size
        if total > MAX_TOTAL:
            raise BundleRefused(_bomb(name, entry, "общий размер распакованных данных больше допустимого"))
    for required in (MANIFEST, SIGNATURE):
        if required not in seen:
            raise BundleRefused(f"Файл «{name}» отклонён: в нём нет «{required}» — это не пакет обмена cxdesk "
                                "или файл повреждён. Ничего не изменено.")


def _bomb(name: str, entry: str, what: str) -> str:
    return (f"Файл «{name}» отклонён: элемент «{entry}» — {what} (признак «zip-бомбы»). Ничего не изменено, "
            "файл не распаковывался.")
