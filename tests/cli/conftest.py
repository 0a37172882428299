"""Fixtures of the command-line tests: run ``cli.main`` in-process or ``python -m cxdesk`` as a subprocess."""

from __future__ import annotations

import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

from cxdesk import cli

ADMIN_PASSWORD = "Admin-pass-2024"
REPO_ROOT = Path(__file__).resolve().parents[2]


@dataclass
class Run:
    code: int
    out: str
    err: str

    @property
    def text(self) -> str:
        return self.out + self.err


@pytest.fixture(autouse=True)
def _isolated(tmp_path, monkeypatch):
    """No test touches the real user data folder or inherits passwords from the environment."""
    data = tmp_path / "userdata"
    data.mkdir()
    monkeypatch.setattr("cxdesk.paths.user_data_dir", lambda: data)
    monkeypatch.delenv("CXDESK_PASSWORD", raising=False)
    monkeypatch.delenv("CXDESK_ADMIN_PASSWORD", raising=False)
    monkeypatch.setattr("cxdesk.commands.common.is_interactive", lambda: False)


@pytest.fixture
def run(capsys):
    """``run("info", "--db", path)`` → :class:`Run` with the exit code and captured output."""

    def _run(*args: object) -> Run:
        capsys.readouterr()
        code = cli.main([str(a) for a in args])
        captured = capsys.readouterr()
        return Run(code, captured.out, captured.err)

    return _run


@pytest.fixture
def run_process(tmp_path):
    """``python -m cxdesk …`` in a fresh interpreter, with its own HOME and the given extra env."""

    def _run(*args: object, env: dict[str, str] | None = None) -> Run:
        full_env = {k: v for k, v in os.environ.items() if not k.startswith("CXDESK_")}
        full_env.update({"HOME": str(tmp_path / "home"), "XDG_DATA_HOME": str(tmp_path / "home" / "data"),
                         "PYTHONIOENCODING": "utf-8"})
        full_env.update(env or {})
        proc = subprocess.run(
            [sys.executable, "-m", "cxdesk", *[str(a) for a in args]],
            capture_output=True, text=True, encoding="utf-8", env=full_env, cwd=REPO_ROOT, timeout=120,
        )
        return Run(proc.returncode, proc.stdout, proc.stderr)

    return _run


def init_args(db: Path, code: str = "TC01", admin: str = "ivanova") -> list[str]:
    return [
        "init", "--db", str(db), "--office-code", code, "--office-name", "ТЦЗН по г. Заречный",
        "--kind", "tczn", "--region", "Энская область", "--admin", admin,
        "--admin-name", "Иванова Анна Петровна",
    ]


@pytest.fixture
def db_file(tmp_path, run, monkeypatch) -> Path:
    """A database set up by ``cxdesk init`` with the administrator ``ivanova``."""
    path = tmp_path / "office.db"
    monkeypatch.setenv("CXDESK_ADMIN_PASSWORD", ADMIN_PASSWORD)
    result = run(*init_args(path))
    assert result.code == 0, result.text
    monkeypatch.delenv("CXDESK_ADMIN_PASSWORD")
    return path
