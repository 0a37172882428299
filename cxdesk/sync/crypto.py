"""Payload encryption of a bundle: a random content key per bundle, wrapped for the recipient's X25519
key (ephemeral X25519 → HKDF-SHA256 → AES-256-GCM), and every member file compressed with zlib and
sealed in 64 KiB AES-256-GCM chunks (nonce = member number ‖ chunk number, the last chunk marked in
the associated data, so a reordered, cut or extended stream fails). Streams both ways: a member
is never held in memory whole.
"""

from __future__ import annotations

import os
import zlib
from collections.abc import Callable, Iterable, Iterator

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from cxdesk.sync.keys import b64, unb64

ALGORITHM = "X25519-HKDF-SHA256/AES-256-GCM-64K"
CHUNK = 64 * 1024
TAG = 16
_INFO = b"cxdesk bundle content key v1"


class DecryptionFailed(Exception):
    """Wrong key, or the bytes were changed."""


def new_content_key() -> bytes:
    return os.urandom(32)


def _kek(shared: bytes, epk: bytes, recipient: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=epk + recipient, info=_INFO).derive(shared)


def wrap_key(content_key: bytes, recipient_box_public: bytes, bundle_id: str) -> dict[str, str]:
    ephemeral = X25519PrivateKey.generate()
    epk = ephemeral.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    shared = ephemeral.exchange(X25519PublicKey.from_public_bytes(recipient_box_public))
    nonce = os.urandom(12)
    wrapped = AESGCM(_kek(shared, epk, recipient_box_public)).encrypt(nonce, content_key, bundle_id.encode())
    return {"alg": ALGORITHM, "epk": b64(epk), "nonce": b64(nonce), "key": b64(wrapped)}


def unwrap_key(enc: dict, box_private: X25519PrivateKey, bundle_id: str) -> bytes:
    try:
        epk = unb64(enc["epk"], 32)
        recipient = box_private.public_key().public_bytes(serialization.Encoding.Raw,
                                                          serialization.PublicFormat.Raw)
        shared = box_private.exchange(X25519PublicKey.from_public_bytes(epk))
        return AESGCM(_kek(shared, epk, recipient)).decrypt(unb64(enc["nonce"], 12), unb64(enc["key"]),
                                                            bundle_id.encode())
    except (InvalidTag, ValueError, KeyError, TypeError) as exc:
        raise DecryptionFailed(str(exc)) from None


def _nonce(member_no: int, chunk_no: int) -> bytes:
    return member_no.to_bytes(4, "big") + chunk_no.to_bytes(8, "big")


class Sealer:
    """Compress and encrypt one member: ``write()`` plaintext, ``close()``; ``sink`` receives ciphertext."""

    def __init__(self, key: bytes, member_no: int, sink: Callable[[bytes], None], level: int = 3) -> None:
        self._aead = AESGCM(key)
        self._member_no = member_no
        self._sink = sink
        self._zip = zlib.compressobj(level)
        self._buffer = bytearray()
        self._chunk_no = 0
        self.plain_size = 0

    def write(self, data: bytes) -> None:
        self.plain_size += len(data)
        self._push(self._zip.compress(data))

    def _push(self, data: bytes) -> None:
        self._buffer += data
        while len(self._buffer) > CHUNK:  # strictly more: the final chunk is always sealed by close()
            self._seal(bytes(self._buffer[:CHUNK]), final=False)
            del self._buffer[:CHUNK]

    def _seal(self, data: bytes, *, final: bool) -> None:
        aad = b"\x01" if final else b"\x00"
        self._sink(self._aead.encrypt(_nonce(self._member_no, self._chunk_no), data, aad))
        self._chunk_no += 1

    def close(self) -> None:
        self._push(self._zip.flush())
        self._seal(bytes(self._buffer), final=True)
        self._buffer.clear()


def open_chunks(key: bytes, member_no: int, blocks: Iterable[bytes]) -> Iterator[bytes]:
    """Decrypt sealed chunks (``blocks`` yields exactly CHUNK + TAG bytes each, the last may be shorter)."""
    aead = AESGCM(key)
    chunk_no = 0
    pending: bytes | None = None
    for block in blocks:
        if pending is not None:
            yield _open(aead, member_no, chunk_no, pending, final=False)
            chunk_no += 1
        pending = block
    if pending is None:
        raise DecryptionFailed("empty member")
    yield _open(aead, member_no, chunk_no, pending, final=True)


def _open(aead: AESGCM, member_no: int, chunk_no: int, block: bytes, *, final: bool) -> bytes:
    try:
        return aead.decrypt(_nonce(member_no, chunk_no), block, b"\x01" if final else b"\x00")
    except InvalidTag:
        raise DecryptionFailed(f"chunk {chunk_no}") from None


def inflate(chunks: Iterable[bytes], limit: int) -> Iterator[bytes]:
    """Decompress, refusing to produce more than ``limit`` bytes (a bomb stops at the cap)."""
    z = zlib.decompressobj()
    produced = 0
    for chunk in chunks:
        data = chunk
        while data:
            out = z.decompress(data, CHUNK * 4)
            produced += len(out)
            if produced > limit:
                raise DecryptionFailed("more data than declared")
            if out:
                yield out
            data = z.unconsumed_tail
    tail = z.flush()
    produced += len(tail)
    if produced > limit:
        raise DecryptionFailed("more data than declared")
    if tail:
        yield tail
    if not z.eof:
        raise DecryptionFailed("compressed stream is cut")
