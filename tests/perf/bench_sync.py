"""Sync bundles: export and import of a 100,000-record snapshot, re-import, 60 office bundles, memory.

Goals (issue 8): import at ≥ ⅓ the row rate of a raw ``sqlite3.executemany`` insert of the same rows into
the same table (measured in this run); export within 5× of that insert's time; re-importing an applied
bundle under 1 s at any size; 60 office bundles of 5,000 records each imported in under 60 s in all; peak
memory under 300 MB for the 100,000-record snapshot (export and import measured in a child process).

The 60 bundles are imported as one batch, as the managing centre does: the importer's helper process
checks the next bundles while one is written, and bundles share commits (``docs/sync-format.md``). Their
records are dated over two years (each office's first full bundle), the hardest case for the register's
date-keyed indexes; a monthly delta would add to the end of them.

The office databases are made quickly: one office is set up through the services, copied per office
code, and filled with feedback records (the citizens' data that dominates a bundle) by a raw insert with
their change-log rows, as the services would have written them.
"""

from __future__ import annotations

import random
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
import uuid
from datetime import date, timedelta
from pathlib import Path

BIG = 100_000
OFFICES = 60
PER_OFFICE = 5_000
REPO = Path(__file__).resolve().parents[2]
WORDS = ("очередь", "консультация", "пособие", "вакансия", "специалист", "запись", "портал", "ярмарка",
         "обучение", "документы", "ожидание", "вежливость", "телефон", "справка", "работодатель")


def _admin():
    from cxdesk.services.actor import Actor

    return Actor.command_line()


def _setup(folder: Path, code: str, kind: str) -> Path:
    from cxdesk.services import offices
    from cxdesk.store.database import open_database

    path = folder / f"{code}.db"
    db = open_database(path)
    offices.initialize(db, office_code=code, office_name=f"Центр {code}", kind=kind, region="Энская область",
                       admin_login="admin", admin_full_name="Администратор", admin_password="Admin-2024")
    db.close()
    return path


def _register(at: Path, code: str, public: Path) -> None:
    from cxdesk.services import exchange
    from cxdesk.store.database import Database

    db = Database(at)
    exchange.register_peer(db, _admin(), code, public)
    db.close()


def _public(path: Path) -> Path:
    from cxdesk.services import exchange
    from cxdesk.store.database import Database

    db = Database(path)
    exchange.export_public_key(db, _admin(), path.with_suffix(".pub"))
    db.close()
    return path.with_suffix(".pub")


def _office(template: Path, folder: Path, code: str) -> Path:
    """A copy of the template office under another code, with keys of its own."""
    path = folder / f"{code}.db"
    shutil.copyfile(template, path)
    with sqlite3.connect(path) as conn:
        new_id = str(uuid.uuid4())
        conn.execute("UPDATE office SET id = ?, code = ?, origin = ? WHERE id = (SELECT office_id FROM installation)",
                     (new_id, code, code))
        conn.execute("UPDATE installation SET office_id = ?", (new_id,))
        conn.execute("DELETE FROM sync_node")
    conn.close()
    return path


def _columns(conn: sqlite3.Connection) -> list[str]:
    return [r[1] for r in conn.execute("PRAGMA table_info(feedback_record)")]


def _rows(code: str, n: int, seed: int) -> list[dict]:
    rnd = random.Random(seed)
    start = date(2025, 1, 1)
    stamp = (int(time.time() * 1000) - 86_400_000) << 16
    rows = []
    for i in range(n):
        day = start + timedelta(days=rnd.randrange(700))
        text = " ".join(rnd.choice(WORDS) for _ in range(25))
        rows.append({
            "id": str(uuid.UUID(int=rnd.getrandbits(128), version=4)), "origin": code, "version": 1,
            "hlc": stamp + i, "deleted": 0, "office_code": code, "source": "book", "number": f"1-{i + 1}",
            "book_no": 1, "entry_no": i + 1, "received_on": day.isoformat(), "received_at": None,
            "audience": "citizen", "profile_id": None, "touchpoint_id": None, "kind": "complaint",
            "channel": "книга", "author": f"Иванов Иван Иванович {i}", "address": "г. Заречный, ул. Мира, 1",
            "contacts": f"+7 900 {i:07d}", "subject": "Жалоба", "text": text, "rating": None, "ratings": "{}",
            "weight": 1, "topics": "|queue|", "topics_manual": 0, "sentiment": "negative",
            "sentiment_score": -0.5, "status": "new", "responsible": "", "measures": "", "answer": "",
            "answer_on": None, "answer_method": "", "registered_on": None, "register_due": None,
            "answer_due": None, "extended_days": 0, "applicant_notified": 0, "template_id": None, "url": "",
            "reach": None, "problem_ids": "", "import_key": None, "created_by": "bench",
            "created_at": "2025-06-01 10:00:00.000000", "updated_at": "2025-06-01 10:00:00.000000",
        })
    return rows


def _insert(path: Path, rows: list[dict], *, with_log: bool) -> float:
    """Raw ``executemany`` of the rows (and, for an office, their change-log rows); the seconds it took."""
    with sqlite3.connect(path) as conn:
        columns = _columns(conn)
        values = [tuple(r.get(c) for c in columns) for r in rows]
        started = time.perf_counter()
        conn.executemany(f"INSERT INTO feedback_record ({', '.join(columns)}) VALUES "
                         f"({', '.join('?' * len(columns))})", values)
        if with_log:
            conn.executemany("INSERT INTO change_log (entity, record_id, origin, version, hlc, op) "
                             "VALUES ('feedback_record', ?, ?, 1, ?, 'insert')",
                             [(r["id"], r["origin"], r["hlc"]) for r in rows])
        conn.commit()
        took = time.perf_counter() - started
    conn.close()
    return took


def _timed(fn):
    started = time.perf_counter()
    result = fn()
    return result, time.perf_counter() - started


def _export(path: Path, to: Path):
    from cxdesk.services import exchange
    from cxdesk.store.database import Database

    db = Database(path)
    try:
        return exchange.export_bundle(db, _admin(), to)
    finally:
        db.close()


def _import(path: Path, files: list[Path]):
    from cxdesk.services import exchange
    from cxdesk.store.database import Database

    db = Database(path)
    try:
        result = exchange.import_bundles(db, _admin(), files)
        assert result.ok, [b.message for b in result.bundles if b.refused][:3]
        return result
    finally:
        db.close()


# VmHWM is this process's own peak (ru_maxrss would carry the parent's size across fork + exec on Linux)
MEMORY_SCRIPT = """
import re, resource, sys
from pathlib import Path
from tests.perf.bench_sync import _export, _import
office, region, out = Path(sys.argv[1]), Path(sys.argv[2]), Path(sys.argv[3])
bundle = _export(office, out).path
_import(region, [bundle])
try:
    status = Path("/proc/self/status").read_text()
    print(int(re.search(r"VmHWM:\\s+(\\d+) kB", status).group(1)) // 1024)
except (OSError, AttributeError):
    print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024)
"""


def run() -> list:
    from tests.perf.measures import Measure, ratio, timing

    with tempfile.TemporaryDirectory(prefix="cxdesk-bench-sync-") as tmp:
        folder = Path(tmp)
        stick = folder / "stick"
        stick.mkdir()
        region_tpl = _setup(folder, "UC01", "uczn")
        office_tpl = _setup(folder, "TC00", "tczn")
        _register(office_tpl, "UC01", _public(region_tpl))
        empty = folder / "empty.db"
        shutil.copyfile(office_tpl, empty)

        # the 100,000-record snapshot: raw insert baseline, export, import, re-import
        rows = _rows("TC01", BIG, 1)
        big = _office(office_tpl, folder, "TC01")
        _register(region_tpl, "TC01", _public(big))
        _insert(big, rows, with_log=True)
        region = folder / "region.db"
        shutil.copyfile(region_tpl, region)
        shutil.copyfile(region_tpl.with_name(region_tpl.name + ".keys"), region.with_name(region.name + ".keys"))
        memory_region = folder / "memory-region.db"
        shutil.copyfile(region, memory_region)
        shutil.copyfile(region.with_name(region.name + ".keys"), memory_region.with_name(memory_region.name + ".keys"))
        raw = _insert(empty, rows, with_log=False)
        del rows
        exported, t_export = _timed(lambda: _export(big, stick))
        _, t_import = _timed(lambda: _import(region, [exported.path]))
        again, t_again = _timed(lambda: _import(region, [exported.path]))
        assert again.bundles[0].status == "already_applied"

        # 60 office bundles of 5,000 records each, imported as one batch
        files = []
        for n in range(OFFICES):
            code = f"T{n + 100:03d}"
            path = _office(office_tpl, folder, code)
            _register(region_tpl, code, _public(path))
            _insert(path, _rows(code, PER_OFFICE, n + 10), with_log=True)
            files.append(_export(path, stick).path)
            path.unlink()
        batch_region = folder / "batch-region.db"
        shutil.copyfile(region_tpl, batch_region)
        shutil.copyfile(region_tpl.with_name(region_tpl.name + ".keys"),
                        batch_region.with_name(batch_region.name + ".keys"))
        _, t_batch = _timed(lambda: _import(batch_region, files))

        # peak memory of exporting and importing the snapshot, in a child process
        out = folder / "memory"
        out.mkdir()
        done = subprocess.run([sys.executable, "-c", MEMORY_SCRIPT, str(big), str(memory_region), str(out)],
                              cwd=REPO, capture_output=True, text=True, check=True)
        peak_mb = int(done.stdout.strip().splitlines()[-1])

    raw_rate, import_rate = BIG / raw, BIG / t_import
    lines = [
        ("measure", "goal", "figure", "ratio"),
        ("raw executemany insert, 100,000 rows", "baseline", f"{raw_rate:,.0f} rows/s ({raw:.2f} s)", "1.00"),
        ("import of the snapshot", "≥ ⅓ of raw rate", f"{import_rate:,.0f} rows/s ({t_import:.2f} s)",
         f"{import_rate / raw_rate:.2f} (goal ≥ 0.33)"),
        ("export of the snapshot", "≤ 5× raw time", f"{t_export:.2f} s, {exported.size / 1e6:.1f} MB",
         f"{t_export / raw:.2f}× (goal ≤ 5)"),
        ("re-import of the applied snapshot", "< 1 s", f"{t_again * 1000:.0f} ms", f"{t_again:.3f} s / 1 s"),
        (f"{OFFICES} office bundles × {PER_OFFICE:,} records", "< 60 s", f"{t_batch:.1f} s "
         f"({OFFICES * PER_OFFICE / t_batch:,.0f} rows/s)", f"{t_batch / 60:.2f} of the limit"),
        ("peak memory, export + import of 100,000", "< 300 MB", f"{peak_mb} MB", f"{peak_mb / 300:.2f} of the limit"),
    ]
    widths = [max(len(str(row[i])) for row in lines) for i in range(4)]
    for row in lines:
        print("  ".join(str(cell).ljust(w) for cell, w in zip(row, widths, strict=True)))
    base = f"sqlite3.executemany тех же строк, {raw_rate:,.0f} зап./с".replace(",", " ")
    batch_rows = OFFICES * PER_OFFICE
    return [
        Measure("импорт снимка 100 000 записей (скорость)", "≥ ⅓ скорости базы", f"{import_rate:,.0f} зап./с"
                .replace(",", " "), import_rate / raw_rate, import_rate / raw_rate >= 1 / 3, base),
        ratio("выгрузка снимка 100 000 записей", t_export, raw, 5, base),
        timing("повторная загрузка применённого снимка", t_again, 1.0),
        timing(f"{OFFICES} пакетов центров × {PER_OFFICE} записей", t_batch, 60.0, raw * batch_rows / BIG,
               "та же вставка в пересчёте на 300 000 строк"),
        Measure("пиковая память: выгрузка и загрузка снимка", "< 300 МБ", f"{peak_mb} МБ", None, peak_mb < 300),
    ]


if __name__ == "__main__":
    run()
