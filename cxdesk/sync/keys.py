"""Key pairs of a node (Ed25519 to sign manifests, X25519 to receive encrypted payloads), the key file
that keeps the private halves, public-key files handed to the other side, and fingerprints.

The private keys live in ``<database file>.keys`` beside the database (mode 0600), not in the
database: backups, copies made before upgrades and files sent for support then never carry them,
while a database restored from an old backup still signs with the same key — and is caught by its
bundle numbers going backwards (the receiver refuses; the centre re-issues its keys, a new epoch).
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
from dataclasses import dataclass
from pathlib import Path

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey

from cxdesk.services.errors import ValidationError

KEY_FILE_FORMAT = "cxdesk-node-keys"
PUBLIC_FILE_FORMAT = "cxdesk-public-key"
MAX_PUBLIC_FILE = 64 * 1024
_RAW = serialization.Encoding.Raw


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def unb64(text: str, size: int | None = None) -> bytes:
    data = base64.b64decode(text.encode("ascii"), validate=True)
    if size is not None and len(data) != size:
        raise ValueError(f"expected {size} bytes")
    return data


def fingerprint(sign_public: bytes, box_public: bytes, epoch: int) -> str:
    """40 hex digits in groups of four: what two people read out to each other."""
    digest = hashlib.sha256(b"cxdesk-key\0" + sign_public + box_public + epoch.to_bytes(4, "big")).hexdigest()
    return " ".join(digest[i:i + 4] for i in range(0, 40, 4)).upper()


def compact(fp: str) -> str:
    return "".join(fp.split()).upper()


@dataclass(frozen=True)
class NodeKeys:
    office_code: str
    epoch: int
    sign: Ed25519PrivateKey
    box: X25519PrivateKey

    @property
    def sign_public(self) -> bytes:
        return self.sign.public_key().public_bytes(_RAW, serialization.PublicFormat.Raw)

    @property
    def box_public(self) -> bytes:
        return self.box.public_key().public_bytes(_RAW, serialization.PublicFormat.Raw)

    @property
    def fingerprint(self) -> str:
        return fingerprint(self.sign_public, self.box_public, self.epoch)


def generate(office_code: str, epoch: int) -> NodeKeys:
    return NodeKeys(office_code, epoch, Ed25519PrivateKey.generate(), X25519PrivateKey.generate())


def _private_raw(key) -> bytes:
    return key.private_bytes(_RAW, serialization.PrivateFormat.Raw, serialization.NoEncryption())


def save(path: Path, keys: NodeKeys) -> None:
    """Write the key file atomically, readable by its owner only."""
    data = json.dumps({"format": KEY_FILE_FORMAT, "office": keys.office_code, "epoch": keys.epoch,
                       "sign": b64(_private_raw(keys.sign)), "box": b64(_private_raw(keys.box))})
    path.parent.mkdir(parents=True, exist_ok=True)  # a server database's folder under the user data
    tmp = path.with_name(path.name + ".tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        handle.write(data)
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(tmp, path)


def load(path: Path) -> NodeKeys | None:
    if not path.exists():
        return None
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
        if raw.get("format") != KEY_FILE_FORMAT:
            raise ValueError("format")
        return NodeKeys(str(raw["office"]), int(raw["epoch"]),
                        Ed25519PrivateKey.from_private_bytes(unb64(raw["sign"], 32)),
                        X25519PrivateKey.from_private_bytes(unb64(raw["box"], 32)))
    except (ValueError, KeyError, TypeError) as exc:
        raise ValidationError(
            f"Файл ключей {path} повреждён ({exc}). Обмен невозможен. Восстановите файл из копии или "
            "перевыпустите ключи (cxdesk keys rotate) и передайте новый открытый ключ в УЦЗН."
        ) from None


@dataclass(frozen=True)
class PublicKeyFile:
    office_id: str
    office_code: str
    office_name: str
    kind: str
    region: str
    epoch: int
    sign_public: bytes
    box_public: bytes

    @property
    def fingerprint(self) -> str:
        return fingerprint(self.sign_public, self.box_public, self.epoch)

    def preview(self):
        from cxdesk.services.exchange import PublicKeyPreview

        return PublicKeyPreview(self.office_code, self.office_name, self.kind, self.region, self.epoch,
                                self.fingerprint)


def write_public_file(path: Path, keys: NodeKeys, office: dict[str, str]) -> None:
    data = {"format": PUBLIC_FILE_FORMAT, "format_version": 1, "office": office, "epoch": keys.epoch,
            "sign_public": b64(keys.sign_public), "box_public": b64(keys.box_public),
            "fingerprint": keys.fingerprint}
    path.write_text(json.dumps(data, ensure_ascii=False, indent=2), encoding="utf-8")


def read_public_file(path: Path) -> PublicKeyFile:
    bad = (f"Файл {path} не является файлом открытого ключа cxdesk или повреждён. Ничего не изменено; "
           "попросите центр выгрузить ключ заново (cxdesk keys export-public).")
    try:
        if path.stat().st_size > MAX_PUBLIC_FILE:
            raise ValidationError(bad)
        raw = json.loads(path.read_text(encoding="utf-8"))
        if raw.get("format") != PUBLIC_FILE_FORMAT:
            raise ValidationError(bad)
        office = raw["office"]
        result = PublicKeyFile(str(office["id"]), str(office["code"]), str(office["name"]), str(office["kind"]),
                               str(office.get("region", "")), int(raw["epoch"]),
                               unb64(raw["sign_public"], 32), unb64(raw["box_public"], 32))
        Ed25519PublicKey.from_public_bytes(result.sign_public)
        X25519PublicKey.from_public_bytes(result.box_public)
    except FileNotFoundError:
        raise ValidationError(f"Файл {path} не найден. Ничего не изменено; проверьте путь.") from None
    except (ValueError, KeyError, TypeError, UnicodeDecodeError):
        raise ValidationError(bad) from None
    if compact(str(raw.get("fingerprint", ""))) != compact(result.fingerprint):
        raise ValidationError(bad)
    return result
