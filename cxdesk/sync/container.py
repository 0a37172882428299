"""The bundle file: a zip of encrypted members, ``manifest.json`` (canonical JSON listing every member
with its size, record count and SHA-256) and ``manifest.sig`` (Ed25519 over the exact manifest bytes).

:class:`BundleWriter` streams members into a ``.part`` file and renames it only when complete;
:class:`BundleReader` checks the zip structure first (``safety``) and streams each member back through
its hash, the AES-GCM chunks and zlib with every size counted. Neither holds a member in memory.
"""

from __future__ import annotations

import hashlib
import os
import zipfile
import zlib
from collections.abc import Iterator
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from cxdesk.core.canonical import canonical_json
from cxdesk.sync import crypto, safety
from cxdesk.sync.errors import BundleRefused

EXTENSION = ".cxb"


class _Member:
    def __init__(self, writer: BundleWriter, path: str, entry: dict) -> None:
        self._handle = writer.zip.open(path, "w", force_zip64=True)
        self._hash = hashlib.sha256()
        self.stored = 0
        self.entry = entry
        self._sealer = crypto.Sealer(writer.key, len(writer.files), self._sink)

    def _sink(self, data: bytes) -> None:
        self._hash.update(data)
        self.stored += len(data)
        self._handle.write(data)

    def write(self, data: bytes) -> None:
        self._sealer.write(data)

    def close(self) -> dict:
        self._sealer.close()
        self._handle.close()
        self.entry.update(size=self._sealer.plain_size, stored=self.stored, sha256=self._hash.hexdigest())
        return self.entry


class BundleWriter:
    """``member()`` → ``write()`` → ``add()`` for each file, then ``finish(manifest, key)`` and ``publish()``."""

    def __init__(self, target: Path, key: bytes) -> None:
        self.target = target
        self.tmp = target.with_name(target.name + ".part")
        self.key = key
        self.zip = zipfile.ZipFile(self.tmp, "w", zipfile.ZIP_STORED, allowZip64=True)
        self.files: list[dict] = []

    def member(self, path: str, **entry) -> _Member:
        return _Member(self, path, {"path": path, **entry})

    def add(self, member: _Member) -> None:
        self.files.append(member.close())

    def finish(self, manifest: dict, sign_key: Ed25519PrivateKey) -> bytes:
        manifest = {**manifest, "files": self.files}
        data = canonical_json(manifest)
        self.zip.writestr(safety.MANIFEST, data)
        self.zip.writestr(safety.SIGNATURE, sign_key.sign(data))
        self.zip.close()
        with open(self.tmp, "rb+") as handle:
            os.fsync(handle.fileno())
        return data

    def publish(self) -> None:
        """Give the finished file its name (after the journal recorded it)."""
        os.replace(self.tmp, self.target)

    def abort(self) -> None:
        try:
            self.zip.close()
        finally:
            self.tmp.unlink(missing_ok=True)


class BundleReader:
    """Read access to a bundle file after its structure passed :func:`safety.check_entries`."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.name = path.name
        try:
            self.zip = zipfile.ZipFile(path)
            infos = self.zip.infolist()
        except FileNotFoundError:
            raise BundleRefused(f"Файл «{path}» не найден. Проверьте путь.") from None
        except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, OSError, ValueError):
            raise BundleRefused(self._damaged("это не zip-архив, или файл обрезан при копировании")) from None
        safety.check_entries(self.name, infos)
        self.infos = {info.filename: info for info in infos}

    def _damaged(self, what: str) -> str:
        return (f"Файл «{self.name}» отклонён: {what}. Ничего не изменено; попросите центр-отправитель "
                "прислать пакет ещё раз (или скопируйте файл заново).")

    def close(self) -> None:
        self.zip.close()

    def read_small(self, entry: str, cap: int = safety.MAX_MANIFEST) -> bytes:
        """A small member read whole (manifest, signature), counting what is really read."""
        out = bytearray()
        try:
            with self.zip.open(entry) as handle:
                while block := handle.read(64 * 1024):
                    out += block
                    if len(out) > cap:
                        raise BundleRefused(self._damaged(f"«{entry}» больше допустимых {cap} байт"))
        except (zipfile.BadZipFile, EOFError, zlib.error, OSError):
            raise BundleRefused(self._damaged(
                f"элемент «{entry}» не совпадает с заголовком архива (заявленный размер или контрольная сумма "
                "неверны)")) from None
        return bytes(out)

    def stream(self, entry: dict, member_no: int, key: bytes) -> Iterator[bytes]:
        """The plaintext of a member listed in the manifest; its hash and sizes are checked on the way."""
        path = entry["path"]
        info = self.infos.get(path)
        if info is None:
            raise BundleRefused(self._damaged(f"в архиве нет файла «{path}», указанного в манифесте"))
        if info.file_size != entry["stored"]:
            raise BundleRefused(self._damaged(f"размер «{path}» не совпадает с манифестом"))
        digest = hashlib.sha256()
        stored = 0

        def blocks() -> Iterator[bytes]:
            nonlocal stored
            with self.zip.open(path) as handle:
                while True:
                    block = _read_exact(handle, crypto.CHUNK + crypto.TAG)
                    if not block:
                        return
                    stored += len(block)
                    if stored > entry["stored"]:
                        raise BundleRefused(self._damaged(f"«{path}» длиннее, чем заявлено"))
                    digest.update(block)
                    yield block

        try:
            yield from crypto.inflate(crypto.open_chunks(key, member_no, blocks()), entry["size"])
        except crypto.DecryptionFailed:
            raise BundleRefused(self._damaged(
                f"содержимое «{path}» не проходит проверку подлинности (изменён хотя бы один байт)")) from None
        except (zipfile.BadZipFile, EOFError, zlib.error, OSError):
            raise BundleRefused(self._damaged(
                f"«{path}» повреждён: не сходятся контрольная сумма или размер, записанные в архиве")) from None
        if stored != entry["stored"] or digest.hexdigest() != entry["sha256"]:
            raise BundleRefused(self._damaged(f"контрольная сумма «{path}» не совпадает с манифестом"))


def _read_exact(handle, size: int) -> bytes:
    out = bytearray()
    while len(out) < size:
        block = handle.read(size - len(out))
        if not block:
            break
        out += block
    return bytes(out)


MAX_LINE = 96 * 1024**2  # one record: a 50 MB scan in base64 fits


def iter_lines(chunks: Iterator[bytes], name: str = "") -> Iterator[bytes]:
    """Split a byte stream into lines without holding more than one chunk plus one (capped) line."""
    rest = b""
    for chunk in chunks:
        data = rest + chunk
        lines = data.split(b"\n")
        rest = lines.pop()
        if len(rest) > MAX_LINE:
            raise BundleRefused(f"Файл «{name}» отклонён: запись длиннее {MAX_LINE // 1024**2} МБ. "
                                "Ничего не изменено.")
        yield from lines
    if rest:
        yield rest
