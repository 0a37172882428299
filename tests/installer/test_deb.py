"""The Debian package on this machine: installs with dpkg, runs, starts the GUI, uninstalls and keeps
the users' databases.

Runs only when asked (``CXDESK_PACKAGE_TEST=1``), as root on a Debian-family system: it installs
into the real /opt and /usr. The package is ``CXDESK_DEB`` if set (CI builds it first with
``installer/build_deb.sh``), else it is built here. Its dependencies must be installed beforehand
(``installer/linux/install_deps.sh PACKAGE``), as a user's ``apt`` would; the test fails rather
than reaching for the network.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

import cxdesk
from cxdesk.store.migrate import head_revision

ROOT = Path(__file__).resolve().parents[2]
PREFIX = Path("/opt/cxdesk")
COMMAND = Path("/usr/bin/cxdesk")
DESKTOP = Path("/usr/share/applications/cxdesk.desktop")

pytestmark = pytest.mark.skipif(
    os.environ.get("CXDESK_PACKAGE_TEST") != "1",
    reason="installs the .deb into the system: run with CXDESK_PACKAGE_TEST=1 (as root)",
)


def run(*args: str, env: dict[str, str] | None = None, timeout: float = 300) -> subprocess.CompletedProcess:
    return subprocess.run(args, capture_output=True, text=True, env=env, timeout=timeout)


def package_file() -> Path:
    given = os.environ.get("CXDESK_DEB")
    if given:
        return Path(given)
    result = run("bash", str(ROOT / "installer" / "build_deb.sh"), timeout=1800)
    assert result.returncode == 0, result.stderr[-3000:]
    return ROOT / "dist" / f"cxdesk_{cxdesk.__version__}_amd64.deb"


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture(scope="module")
def user_env(tmp_path_factory) -> dict[str, str]:
    """A user with an empty home folder: the program's data goes to ~/.local/share/cxdesk."""
    home = tmp_path_factory.mktemp("home")
    env = {k: v for k, v in os.environ.items() if not k.startswith(("XDG_", "CXDESK_", "QT_"))}
    env.update(HOME=str(home), QT_QPA_PLATFORM="offscreen", LANG="ru_RU.UTF-8")
    return env


@pytest.fixture(scope="module")
def deb() -> Path:
    if os.geteuid() != 0 or not shutil.which("dpkg"):
        pytest.fail("The package test needs root and dpkg (it installs into /opt and /usr).")
    path = package_file()
    assert path.is_file(), f"no package at {path}"
    return path


def test_package_installs_runs_and_uninstalls_keeping_user_data(deb, user_env):
    fields = run("dpkg-deb", "-f", str(deb), "Package", "Version", "Depends").stdout
    assert "Package: cxdesk" in fields and f"Version: {cxdesk.__version__}" in fields
    glibc_needed = fields.split("libc6 (>= ")[1].split(")")[0]
    glibc_here = run("ldd", "--version").stdout.splitlines()[0].split()[-1]
    assert tuple(map(int, glibc_needed.split("."))) <= tuple(map(int, glibc_here.split(".")))

    installed = run("dpkg", "-i", str(deb))
    assert installed.returncode == 0, installed.stdout + installed.stderr
    try:
        _check_installed(user_env)
        database = Path(user_env["HOME"]) / ".local" / "share" / "cxdesk" / "cxdesk-demo.db"
        before = sha256(database)
    finally:
        removed = run("dpkg", "-r", "cxdesk")
    assert removed.returncode == 0, removed.stdout + removed.stderr
    assert not COMMAND.exists() and not PREFIX.exists() and not DESKTOP.exists()
    assert run("dpkg", "--purge", "cxdesk").returncode == 0
    # The user's database survives removal and purge untouched.
    assert database.is_file() and sha256(database) == before


def _check_installed(env: dict[str, str]) -> None:
    assert os.access(COMMAND, os.X_OK) and (PREFIX / "cxdesk").is_file()
    desktop = DESKTOP.read_text(encoding="utf-8")
    assert "Name[ru]=Клиентский опыт (cxdesk)" in desktop and "Exec=/usr/bin/cxdesk" in desktop
    assert "Icon=cxdesk" in desktop
    assert Path("/usr/share/icons/hicolor/scalable/apps/cxdesk.svg").is_file()
    assert Path("/usr/share/icons/hicolor/48x48/apps/cxdesk.png").is_file()

    version = run(str(COMMAND), "--version", env=env)
    assert version.returncode == 0 and version.stdout.strip() == f"cxdesk {cxdesk.__version__}"

    # Qt's X11 platform plugin finds every library it needs (bundled or from the dependencies).
    internal = PREFIX / "_internal"
    xcb = internal / "PySide6" / "Qt" / "plugins" / "platforms" / "libqxcb.so"
    ldd = run("ldd", str(xcb), env={**env, "LD_LIBRARY_PATH": f"{internal}:{internal / 'PySide6' / 'Qt' / 'lib'}"})
    assert ldd.returncode == 0 and "not found" not in ldd.stdout, ldd.stdout

    data = Path(env["HOME"]) / ".local" / "share" / "cxdesk"
    demo_db = data / "cxdesk-demo.db"
    made = run(str(COMMAND), "demo", "--db", str(demo_db), "--json", env=env)
    assert made.returncode == 0, made.stderr[-3000:]
    admin = next(u for u in json.loads(made.stdout)["users"] if u["role"] == "admin")

    info = run(str(COMMAND), "info", "--db", str(demo_db), "--json", env=env)
    assert info.returncode == 0, info.stderr[-3000:]
    assert json.loads(info.stdout)["schema_revision"] == head_revision()  # every migration was bundled

    # The GUI starts offscreen on the demo database, logs in and exits once its window is shown;
    # Qt's own Russian translation (qtbase_ru) and ours load from the bundle.
    gui_env = {**env, "CXDESK_EXIT_WHEN_SHOWN": "1", "CXDESK_AUTOLOGIN": f"{admin['login']}:{admin['password']}"}
    gui = run(str(COMMAND), "--demo", env=gui_env, timeout=180)
    assert gui.returncode == 0, gui.stderr[-3000:]
    assert "could not be loaded" not in gui.stderr and "is missing" not in gui.stderr, gui.stderr

    # A printed document: reportlab with the bundled fonts (and matplotlib's charts) in the frozen program.
    if run(str(COMMAND), "report", "quarterly", "--help", env=env).returncode == 0:
        today = date.today()
        pdf = Path(env["HOME"]) / "report.pdf"
        report = run(str(COMMAND), "report", "quarterly", "--db", str(demo_db), "--out", str(pdf),
                     "--period", f"{today.year}Q{(today.month - 1) // 3 + 1}", env=env)
        assert report.returncode == 0, report.stderr[-3000:]
        assert len(PdfReader(str(pdf)).pages) >= 1

    # The managing centre's server database: SQLAlchemy loads the PostgreSQL driver by name, so the build
    # must list it; with no server at the address the frozen program says so in Russian (the driver's own
    # words about the socket show that it was loaded and tried).
    nowhere = f"postgresql+psycopg://cx@/regional?host={env['HOME']}/no-server&port=1"
    server = run(str(COMMAND), "info", "--db", nowhere, env=env)
    assert server.returncode != 0 and "Нет связи с базой данных" in server.stderr, server.stderr[-3000:]
    assert ".s.PGSQL.1" in server.stderr and "Traceback" not in server.stderr, server.stderr[-3000:]

    _check_batch_import(env)

    # The native and data files the program loads lazily are in the bundle.
    for needed in ("pypdfium2_raw/libpdfium.so", "PySide6/Qt/translations/qtbase_ru.qm",
                   "PySide6/Qt/plugins/platforms/libqoffscreen.so", "pymorphy3_dicts_ru/data/words.dawg",
                   "matplotlib/mpl-data/matplotlibrc", "resources/fonts/DejaVuSans.ttf"):
        assert (internal / needed).is_file(), needed

    # User data never lands in the installation folder.
    assert not [p for p in PREFIX.rglob("*") if p.suffix in (".db", ".ini") or p.name == "backups"]


def _check_batch_import(env: dict[str, str]) -> None:
    """A batch of bundles: the importer's helper process is the frozen program started again
    (multiprocessing's spawn), which must run the helper and not a second cxdesk."""
    home = Path(env["HOME"])
    setup = {**env, "CXDESK_ADMIN_PASSWORD": "Admin-2024"}
    stick = home / "stick"
    stick.mkdir()
    for code, kind in (("TC01", "tczn"), ("UC01", "uczn")):
        made = run(str(COMMAND), "init", "--db", str(home / f"{code}.db"), "--office-code", code, "--office-name",
                   f"Центр {code}", "--kind", kind, "--region", "Энская область", "--admin", "admin",
                   "--admin-name", "Иванова Анна Петровна", env=setup)
        assert made.returncode == 0, made.stderr[-3000:]
        assert run(str(COMMAND), "keys", "export-public", "--db", str(home / f"{code}.db"), "--out",
                   str(home / f"{code}.pub"), env=env).returncode == 0
    fingerprint = json.loads(run(str(COMMAND), "keys", "show", "--db", str(home / "TC01.db"), "--json",
                                 env=env).stdout)["own"]["fingerprint"]
    assert run(str(COMMAND), "keys", "register", "--db", str(home / "UC01.db"), "--office", "TC01",
               str(home / "TC01.pub"), "--fingerprint", fingerprint, env=env).returncode == 0
    assert run(str(COMMAND), "keys", "register", "--db", str(home / "TC01.db"), "--office", "UC01",
               str(home / "UC01.pub"), env=env).returncode == 0
    files = []
    for _ in range(3):
        exported = run(str(COMMAND), "bundle", "export", "--db", str(home / "TC01.db"), "--to", str(stick), "--json",
                       env=env)
        assert exported.returncode == 0, exported.stderr[-3000:]
        files.append(json.loads(exported.stdout)[0]["path"])
    batch = run(str(COMMAND), "bundle", "import", "--db", str(home / "UC01.db"), *files, "--json", env=env,
                timeout=120)
    assert batch.returncode == 0, batch.stderr[-3000:]
    result = json.loads(batch.stdout)
    assert result["refused"] == 0 and result["checked_ahead"] == 2, result
