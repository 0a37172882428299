"""A batch of bundles in two processes: while the importer writes one bundle, a helper process checks
the members of the next ones.

Most of the Python work of an import is phase A's per-record part — decrypting, decoding and checking
every record — and the lemmas of the search index; SQLite does its writing and committing with the
interpreter released. So in a batch (the managing centre's 30–60 files) the importer hands each coming
bundle to one helper process: the manifest bytes it read and the member key it unwrapped with its own
key. The helper opens the file itself and runs ``checks.check_members`` on it — the same code the
importer would run — then returns the refusal, or the members' order, their decoded records (for
bundles small enough to be held; for a SQLite file already in the form the driver is given) and the
search bodies of those records.

The importer still makes every check of the bundle's head itself, in its transaction, and takes the
helper's result only after those passed and only for the manifest bytes it verified (the helper's
checks of the members were made against exactly those bytes). If the helper cannot start or fails,
the importer checks the members itself: the outcome is the same either way, only slower.
"""

from __future__ import annotations

import multiprocessing
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy.engine import URL

from cxdesk.sync import checks, crypto, indexes, knowledge_merge, safety
from cxdesk.sync import keys as keyring
from cxdesk.sync import manifest as manifests
from cxdesk.sync.container import BundleReader
from cxdesk.sync.errors import BundleRefused
from cxdesk.sync.records import binder, codec

AHEAD = 2  # bundles handed to the helper ahead of the one being written (each holds ≤ HOLD_RECORDS)


@dataclass
class Prepared:
    """The helper's result for one bundle, in a form that pickles quickly (records as tuples)."""

    refusal: tuple[str, str] | None = None  # (message, record) of BundleRefused
    data: list[int] = field(default_factory=list)  # member numbers in table order
    blobs: list[int] = field(default_factory=list)
    held: dict[int, list[tuple]] = field(default_factory=dict)  # as in ``checks.Checked``
    bound: list[int] = field(default_factory=list)
    bodies: dict[tuple, str] = field(default_factory=dict)

    def fill(self, checked: checks.Checked) -> None:
        """Put the result into the importer's ``Checked`` (or raise the refusal the helper met)."""
        if self.refusal is not None:
            raise BundleRefused(*self.refusal)
        files = checked.manifest["files"]
        checked.data = [(no, files[no]) for no in self.data]
        checked.blobs = [(no, files[no]) for no in self.blobs]
        checked.held, checked.bound, checked.bodies = self.held, set(self.bound), self.bodies


def prepare(path: str, raw: bytes, key: bytes, me: str, my_kind: str, latest: int, driver: str) -> Prepared:
    """In the helper process: every member of the bundle at ``path`` checked against the manifest
    ``raw`` (already read by the importer) with the member ``key``. For a SQLite file (``driver``) the
    records are bound here too (SQLite's bind processors need no connection); the knowledge base's
    merged articles stay as values for the merge."""
    try:
        reader = BundleReader(Path(path))
    except BundleRefused as exc:
        return Prepared(refusal=(exc.message, exc.record))
    try:
        checked = checks.Checked(reader, manifests.parse(reader.name, raw), checks.APPLY, key=key)
        checks.check_members(checked, me, my_kind, latest)
    except BundleRefused as exc:
        return Prepared(refusal=(exc.message, exc.record))
    finally:
        reader.close()
    files = checked.manifest["files"]
    dialect = URL.create(driver).get_dialect()() if driver.startswith("sqlite") else None
    bodies: dict[tuple, str] = {}
    bound: list[int] = []
    for no, rows in checked.held.items():
        entity = files[no]["entity"]
        c = codec(entity)
        bodies.update(indexes.bodies(entity, c.names, rows))
        if dialect is not None and entity not in knowledge_merge.MERGED:
            bind = binder(c.table, c.names, dialect)
            checked.held[no] = [bind(row) for row in rows]
            bound.append(no)
    return Prepared(data=[no for no, _ in checked.data], blobs=[no for no, _ in checked.blobs],
                    held=checked.held, bound=bound, bodies=bodies)


class Ahead:
    """One bundle handed to the helper: its manifest bytes and the future of its :class:`Prepared`."""

    def __init__(self, raw: bytes, future: Future) -> None:
        self.raw = raw
        self.future: Future | None = future
        self.used = False

    def release(self) -> None:
        """Forget the helper's result (its bundle is done): a batch must not hold every bundle's records."""
        self.future = None

    def fill(self, checked: checks.Checked, raw: bytes) -> bool:
        """Use the helper's result for the manifest ``raw`` the importer verified; False when there is
        none to use (another manifest, or the helper failed), and the importer checks the members itself."""
        if raw != self.raw or self.future is None:
            return False
        try:
            prepared = self.future.result()
        except Exception:  # noqa: BLE001 - a helper that died or failed only costs the speed-up
            return False
        self.used = True
        prepared.fill(checked)
        return True


class Prefetcher:
    """The helper process of one batch; ``with Prefetcher(...) as ahead:`` then ``ahead.plan(paths)`` and,
    per bundle, ``ahead.take(path)`` (which hands the following ones to the helper)."""

    def __init__(self, node: keyring.NodeKeys, me: str, my_kind: str, driver: str) -> None:
        self.node, self.me, self.my_kind, self.driver = node, me, my_kind, driver
        self._pool: ProcessPoolExecutor | None = None
        self._queue: list[Path] = []
        self._handed: dict[Path, Ahead | None] = {}
        self._taken: list[Ahead] = []

    def __enter__(self) -> Prefetcher:
        return self

    def __exit__(self, *exc) -> None:
        for done in self._taken:
            done.release()
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None

    def plan(self, paths: list[Path]) -> None:
        """The batch in the order it will be imported; the first is the importer's own to check (the
        helper is still starting), the next ones go to the helper."""
        self._queue = list(paths[1:])
        if self._queue:
            try:  # spawn, not fork: the GUI's threads must not be copied into a child
                self._pool = ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("spawn"))
            except (OSError, ValueError, NotImplementedError):
                self._queue = []
        self._top_up()

    def take(self, path: Path) -> Ahead | None:
        """The helper's work on ``path`` (the bundles taken before it are done and released)."""
        for done in self._taken:
            done.release()
        ahead = self._handed.pop(path, None)
        if ahead is not None:
            self._taken.append(ahead)
        self._top_up()
        return ahead

    @property
    def checked_ahead(self) -> int:
        """How many bundles the importer took from the helper."""
        return sum(ahead.used for ahead in self._taken)

    def _top_up(self) -> None:
        while self._queue and len(self._handed) < AHEAD:
            path = self._queue.pop(0)
            self._handed[path] = self._hand(path)

    def _hand(self, path: Path) -> Ahead | None:
        """Read the manifest and unwrap the member key here (the private key stays in this process), then
        start the helper on the members; None when the head is already wrong (the importer says why)."""
        try:
            reader = BundleReader(path)
            try:
                raw = reader.read_small(safety.MANIFEST)
            finally:
                reader.close()
            m = manifests.parse(path.name, raw)
            if m["recipient_key_id"] != keyring.compact(self.node.fingerprint):
                return None
            key = crypto.unwrap_key(m["encryption"], self.node.box, m["bundle_id"])
            assert self._pool is not None
            future = self._pool.submit(prepare, str(path), raw, key, self.me, self.my_kind, checks.latest_clock(),
                                       self.driver)
        except (BundleRefused, crypto.DecryptionFailed, RuntimeError, OSError):
            return None
        return Ahead(raw, future)
