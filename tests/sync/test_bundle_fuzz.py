"""Property-based fuzzing of exchange bundles (``.cxb``): hundreds of malformed files made from a few
valid ones — truncated, bytes flipped, zip members removed, doubled or renamed (``../`` and absolute names
too), the manifest edited (wrong types, missing keys, huge numbers, another sender or recipient, a future
format) with and without a valid signature, random garbage, an empty file, a zip inside a zip, members
claiming huge sizes.

Each file goes through ``exchange.import_bundles``: it is refused with a Russian message and the full SQL
dump of the receiving database is the same as before — or, when the damage left the bundle valid (a byte
in a field the reader ignores, a manifest re-signed with only harmless edits), it is applied exactly as
the original. No exception escapes.

Same profiles as ``tests/fuzz``: derandomised by default; ``CXDESK_FUZZ_PROFILE=explore`` draws new
files each run, ``CXDESK_FUZZ_SCALE=10`` makes ten times as many.
"""

from __future__ import annotations

import contextlib
import io
import json
import shutil
import sqlite3
import struct
import warnings
import zipfile
from dataclasses import dataclass
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from hypothesis import given
from hypothesis import strategies as st

from cxdesk.services import exchange
from cxdesk.store.database import Database
from cxdesk.store.location import locate
from cxdesk.sync import ownership
from cxdesk.sync.peers import node_keys
from tests.backends import sqlite_only
from tests.fuzz.test_import_fuzz import CYRILLIC, examples
from tests.sync.conftest import ADMIN, _copy, dump
from tests.sync.helpers import synced_state
from tests.sync.test_roundtrip import _add_samples

TRIED: dict[str, int] = {}
OUTCOMES: list[tuple[str, str, str]] = []
INTERNAL = "внутренней ошибки"  # the importer's catch-all: a refusal, but one that hides a bug

pytestmark = sqlite_only  # snapshots are file copies; the refusals themselves are tested on both engines


@dataclass(frozen=True)
class Valid:
    """A valid bundle, the receiving database it was made for, and what applying it gives."""

    name: str
    data: bytes
    receiver: Path  # the receiving database (its key file beside it), untouched
    before: list[str]  # its SQL dump
    applied: dict[str, list[bytes]]  # its synced state after the original bundle
    sign: Ed25519PrivateKey  # the sender's key, to re-sign edited manifests


def _snapshot(db: Database, folder: Path, name: str) -> Path:
    db.engine.dispose()
    target = folder / name
    shutil.copyfile(db.path, target)
    shutil.copyfile(locate(db.path).key_file(), locate(target).key_file())
    return target


@pytest.fixture(scope="module")
def valid(_pair_template, tmp_path_factory) -> list[Valid]:
    """Two valid bundles (made once, slow): the office's snapshot up and the УЦЗН's reference data down."""
    work = tmp_path_factory.mktemp("bundle-fuzz")
    office, region = _copy(_pair_template, work, "tc01.db"), _copy(_pair_template, work, "uc01.db")
    made: list[Valid] = []
    try:
        _add_samples(office, {ownership.ORIGIN, ownership.SHARED})
        _add_samples(region, {ownership.REGION, ownership.SHARED})
        for sender, receiver, name in ((office, region, "up"), (region, office, "down")):
            sent = exchange.export_bundle(sender, ADMIN, work)
            path = _snapshot(receiver, work, f"receiver-{name}.db")
            check = Database(_snapshot(receiver, work, f"check-{name}.db"))
            try:
                report = exchange.import_bundles(check, ADMIN, [sent.path]).bundles[0]
                assert report.status == exchange.APPLIED, report.message
                applied = synced_state(check)
            finally:
                check.close()
            made.append(Valid(sent.path.name, sent.path.read_bytes(), path, dump_path(path), applied,
                              node_keys(sender).sign))
    finally:
        office.close()
        region.close()
    return made


def dump_path(path: Path) -> list[str]:
    with contextlib.closing(sqlite3.connect(path)) as conn:
        return list(conn.iterdump())


# ------------------------------------------------------------------------------------------------
# Mutations


def _members(data: bytes) -> list[tuple[zipfile.ZipInfo, bytes]]:
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        return [(info, z.read(info.filename)) for info in z.infolist()]


def _build(entries: list[tuple[str, bytes]], compression: int = zipfile.ZIP_STORED) -> bytes:
    out = io.BytesIO()
    with warnings.catch_warnings(), zipfile.ZipFile(out, "w", compression) as z:
        warnings.simplefilter("ignore")  # duplicate names are the point
        for name, content in entries:
            z.writestr(name, content)
    return out.getvalue()


ODD_NAMES = ["../manifest.json", "../../etc/cron.d/x", "/manifest.json", "/abs/data/staff_member.ndjson",
             "C:/Windows/x", "data\\..\\x", "data/../manifest.json", "manifest.json", "manifest.sig",
             "data/unknown_table.ndjson", "data/staff_member.ndjson", "blobs/" + "0" * 64, "blobs/xyz",
             "Данные.txt", "", "data/", "./manifest.json"]
ODD_VALUES = [None, "", "Привет", -1, 0, 1, 10**40, -(10**40), 2**63, 1.5, True, [], {}, ["x"], {"a": 1}]


@st.composite
def manifest_edit(draw, manifest: dict) -> dict:
    m = json.loads(json.dumps(manifest))
    what = draw(st.sampled_from(["drop", "type", "party", "version", "numbers", "file", "extra"]))
    if what == "drop":
        del m[draw(st.sampled_from(sorted(m)))]
    elif what == "type":
        m[draw(st.sampled_from(sorted(m)))] = draw(st.sampled_from(ODD_VALUES))
    elif what == "party":
        m[draw(st.sampled_from(["sender", "recipient", "sender_kind"]))] = draw(
            st.sampled_from(["TC01", "TC02", "UC01", "XX99", "", "uczn", "tczn", "ТЦЗН"]))
    elif what == "version":
        m[draw(st.sampled_from(["format_version", "min_reader_version"]))] = draw(st.sampled_from([0, 2, 99, 10**40]))
        if draw(st.booleans()):
            m["format"] = draw(st.sampled_from(["cxdesk-bundle-v2", "", "CXDESK-BUNDLE"]))
    elif what == "numbers":
        key = draw(st.sampled_from(["msg_no", "ack", "epoch", "created_hlc", "hlc_max"]))
        m[key] = draw(st.sampled_from([-1, 0, 2**63, 10**40, 2**62, m[key] + 1, m[key] * 1000]))
    elif what == "file" and m["files"]:
        entry = m["files"][draw(st.integers(0, len(m["files"]) - 1))]
        key = draw(st.sampled_from(sorted(entry)))
        entry[key] = draw(st.one_of(
            st.sampled_from(ODD_VALUES),
            st.sampled_from([2**31, 2**40, 10**18, 0, "data/staff_member.ndjson", "staff_member", "f" * 64]),
        ))
        if draw(st.booleans()) and "records" in entry and isinstance(entry.get("records"), int):
            entry["records"] = entry["records"] + draw(st.sampled_from([-1, 1, 10**6]))
    else:
        m[draw(st.sampled_from(["extra", "Поле", "files "]))] = draw(st.sampled_from(ODD_VALUES))
    return m


def _patch_size(data: bytes, victim: int, size: int) -> bytes:
    """Declare ``size`` bytes for member ``victim`` in both its local and central headers."""
    raw = bytearray(data)
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        info = z.infolist()[victim]
    local = info.header_offset
    if raw[local:local + 4] == b"PK\x03\x04":
        raw[local + 22:local + 26] = struct.pack("<I", size)
    name = info.filename.encode()
    central = raw.rfind(name) - 46  # the central directory comes last; its entry precedes the name
    if central >= 0 and raw[central:central + 4] == b"PK\x01\x02":
        raw[central + 24:central + 28] = struct.pack("<I", size)
    return bytes(raw)


@st.composite
def malformed(draw, bundle: Valid) -> tuple[str, bytes]:
    data = bundle.data
    kind = draw(st.sampled_from(["truncate", "truncate", "flip", "flip", "flip", "drop", "duplicate", "rename",
                                 "manifest", "manifest", "resigned", "resigned", "resigned", "garbage", "empty",
                                 "nested", "sizes", "recompress"]))
    if kind == "truncate":
        return kind, data[: draw(st.integers(0, len(data) - 1))]
    if kind == "flip":
        raw = bytearray(data)
        for _ in range(draw(st.integers(1, 3))):
            raw[draw(st.integers(0, len(raw) - 1))] ^= draw(st.integers(1, 255))
        return kind, bytes(raw)
    if kind == "garbage":
        prefix = draw(st.sampled_from([b"", b"PK\x03\x04", b"PK\x05\x06", data[:200]]))
        return kind, prefix + draw(st.binary(max_size=3000))
    if kind == "empty":
        return kind, b""
    members = [(info.filename, content) for info, content in _members(data)]
    if kind == "nested":
        inner = draw(st.sampled_from([bundle.name, "manifest.json", "data/staff_member.ndjson"]))
        outer = [(inner, data)]
        if draw(st.booleans()):
            outer = [*[(n, c) for n, c in members if n.startswith("manifest")], *outer]
        return kind, _build(outer, draw(st.sampled_from([zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED])))
    victim = draw(st.integers(0, len(members) - 1))
    if kind == "drop":
        return kind, _build([m for i, m in enumerate(members) if i != victim])
    if kind == "duplicate":
        copy = members[victim] if draw(st.booleans()) else (members[victim][0], draw(st.binary(max_size=200)))
        return kind, _build([*members, copy] if draw(st.booleans()) else [copy, *members])
    if kind == "rename":
        # any name a zip file can carry (zipfile cuts a name at NUL; surrogates cannot be encoded)
        names = st.text(st.characters(exclude_categories=("Cs",), exclude_characters="\x00"), min_size=1, max_size=30)
        new = draw(st.one_of(st.sampled_from(ODD_NAMES), names))
        return kind, _build([(new if i == victim else n, c) for i, (n, c) in enumerate(members)])
    if kind == "sizes":
        size = draw(st.sampled_from([0, 1, 2**31 - 1, 2**32 - 1, 3 * 1024**3 // 2, 10_000_000]))
        return kind, _patch_size(data, victim, size)
    if kind == "recompress":  # the same members deflated, in another order: still the same bundle
        return kind, _build(list(reversed(members)), zipfile.ZIP_DEFLATED)
    manifest = json.loads(dict(members)["manifest.json"])
    edited = json.dumps(draw(manifest_edit(manifest)), ensure_ascii=draw(st.booleans())).encode()
    signature = bundle.sign.sign(edited) if kind == "resigned" else dict(members)["manifest.sig"]
    return kind, _build([(n, edited if n == "manifest.json" else signature if n == "manifest.sig" else c)
                         for n, c in members])


# ------------------------------------------------------------------------------------------------
# The check


def check_bundle(bundle: Valid, tmp: Path, kind: str, data: bytes) -> None:
    TRIED[kind] = TRIED.get(kind, 0) + 1
    path = tmp / bundle.name
    path.write_bytes(data)
    work = tmp / "receiver.db"
    for stale in list(tmp.glob("receiver.db*")):
        stale.unlink(missing_ok=True)
    shutil.copyfile(bundle.receiver, work)
    shutil.copyfile(locate(bundle.receiver).key_file(), locate(work).key_file())
    db = Database(work)
    try:
        result = exchange.import_bundles(db, ADMIN, [path])  # nothing may escape
        assert len(result.bundles) == 1
        report = result.bundles[0]
        OUTCOMES.append((kind, report.status, report.message))
        if report.status == exchange.APPLIED:
            assert synced_state(db) == bundle.applied, f"{kind}: a damaged bundle was applied differently"
            return
        assert report.status == exchange.REFUSED, f"{kind}: {report.status} {report.message}"
        assert report.message and CYRILLIC.search(report.message), f"{kind}: not Russian: {report.message!r}"
        assert "Traceback" not in report.message
        assert INTERNAL not in report.message, f"{kind}: an internal error: {report.message}"
        assert dump(db) == bundle.before, f"{kind}: a refused bundle changed the database"
    finally:
        db.close()


@pytest.mark.parametrize(("which", "count"), [(0, 300), (1, 200)])
def test_malformed_bundles_are_refused_in_russian(valid, tmp_path, which, count):
    bundle = valid[which]

    @examples(count)
    @given(case=malformed(bundle))
    def check(case: tuple[str, bytes]) -> None:
        check_bundle(bundle, tmp_path, *case)

    check()


def test_at_least_three_hundred_bundles_were_tried():
    if sum(TRIED.values()) < 300:
        pytest.skip("run with the fuzz tests above to count the bundles")
    assert sum(TRIED.values()) >= 300 and len(TRIED) >= 12, TRIED
    statuses = {status for _kind, status, _message in OUTCOMES}
    assert statuses == {exchange.REFUSED, exchange.APPLIED}, "harmless damage (re-zipped, re-signed) applies"


@pytest.mark.parametrize("field", ["ack", "msg_no", "epoch", "created_hlc"])
def test_a_signed_manifest_with_a_huge_number_is_refused(valid, tmp_path, field):
    """Found by the fuzzing above: a correctly signed manifest with ``ack`` = 10⁴⁰ passed the parser and
    failed in SQLite (OverflowError, reported as an internal error)."""
    bundle = valid[0]
    members = [(info.filename, content) for info, content in _members(bundle.data)]
    manifest = json.loads(dict(members)["manifest.json"])
    manifest[field] = 10**40
    edited = json.dumps(manifest).encode()
    data = _build([(n, edited if n == "manifest.json" else bundle.sign.sign(edited) if n == "manifest.sig" else c)
                   for n, c in members])
    check_bundle(bundle, tmp_path, "huge", data)
    assert "слишком большое число" in OUTCOMES[-1][2]
