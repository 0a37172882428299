"""The benchmark-size demo database, built once per schema and kept in the user cache.

Building the ``large`` demo (1,000,000 feedback records over 40 offices and 5 years) takes
minutes, so benchmarks share one copy; an administrator's credentials are stored beside it.
Benchmarks that write work on a copy.
"""

from __future__ import annotations

import json
import time
from dataclasses import dataclass
from pathlib import Path

from platformdirs import user_cache_path

from cxdesk import paths
from cxdesk.core.canonical import sha256_hex
from cxdesk.services.roles import Role


def _schema_key() -> str:
    """Changes whenever any migration file changes (an unreleased revision may be edited in place)."""
    files = sorted((paths.migrations_dir() / "versions").glob("*.py"))
    return sha256_hex(*(f.name.encode() + f.read_bytes() for f in files))[:12]


@dataclass(frozen=True)
class BenchDatabase:
    path: Path
    admin_login: str
    admin_password: str


def large_demo(size: str = "large", seed: int = 1) -> BenchDatabase:
    folder = user_cache_path("cxdesk-bench", ensure_exists=True)
    stem = f"demo-{size}-{seed}-{_schema_key()}"
    path, credentials = folder / f"{stem}.db", folder / f"{stem}.json"
    if not (path.exists() and credentials.exists()):
        from cxdesk.services.demo import build_demo

        for stale in folder.glob(f"demo-{size}-{seed}-*"):
            stale.unlink()
        started = time.perf_counter()
        result = build_demo(path, size=size, seed=seed)
        admin = next(u for u in result.users if u.role == Role.ADMIN)
        credentials.write_text(json.dumps({"login": admin.login, "password": admin.password}))
        print(f"built the {size} demo database in {time.perf_counter() - started:.0f} s: {path}")
    data = json.loads(credentials.read_text())
    return BenchDatabase(path, data["login"], data["password"])
