"""The Inno Setup script (installer/windows/cxdesk.iss), read by a small parser of its sections and
keys: Russian, the version passed in, shortcuts, the data folder kept, and every file it names
present in the PyInstaller output for Windows.

The Windows output folder is dist/cxdesk with the executables of ``bundle.executables("win32")``
and the same ``_internal`` folder as the Linux build: the real Linux build's when one exists
(``installer/build_linux.sh``), else the layout the spec gives it (project data folders).
"""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass, field
from pathlib import Path, PureWindowsPath

import pytest

ROOT = Path(__file__).resolve().parents[2]
ISS = ROOT / "installer" / "windows" / "cxdesk.iss"
sys.path.insert(0, str(ROOT / "installer"))

import bundle  # noqa: E402

VERSION = "9.8.7"


@dataclass
class Script:
    defines: dict[str, str] = field(default_factory=dict)
    setup: dict[str, str] = field(default_factory=dict)
    sections: dict[str, list[dict[str, str]]] = field(default_factory=dict)
    errors: list[str] = field(default_factory=list)


def _split_entry(line: str) -> dict[str, str]:
    """``Name: "a;b"; Flags: x y`` → {"Name": "a;b", "Flags": "x y"} (semicolons inside quotes kept)."""
    entry: dict[str, str] = {}
    for part in re.findall(r'(?:[^;"]|"[^"]*")+', line):
        key, sep, value = part.partition(":")
        assert sep, f"not a key: value pair: {part!r}"
        entry[key.strip()] = value.strip().strip('"')
    return entry


def parse(text: str, passed: dict[str, str]) -> Script:
    """Inno Setup's preprocessor (#define, #ifndef/#endif, #error) and sections, as far as the script uses them."""
    script = Script(defines=dict(passed))
    section = ""
    skipping: list[bool] = []
    for raw in text.splitlines():
        line = raw.strip()
        if not line or line.startswith(";"):
            continue
        if line.startswith("#"):
            directive, _, rest = line[1:].partition(" ")
            if directive == "ifndef":
                skipping.append(rest.strip() in script.defines)
            elif directive == "endif":
                skipping.pop()
            elif not any(skipping):
                if directive == "define":
                    name, _, value = rest.strip().partition(" ")
                    script.defines[name] = value.strip().strip('"')
                elif directive == "error":  # the compiler stops here
                    script.errors.append(rest.strip())
                    return script
            continue
        if any(skipping):
            continue
        line = re.sub(r"\{#(\w+)\}", lambda m: script.defines[m.group(1)], line)
        if line.startswith("[") and line.endswith("]"):
            section = line[1:-1]
            script.sections.setdefault(section, [])
        elif section == "Setup":
            key, _, value = line.partition("=")
            script.setup[key.strip()] = value.strip()
        else:
            script.sections[section].append(_split_entry(line))
    return script


@pytest.fixture(scope="module")
def script() -> Script:
    raw = ISS.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf"), "Inno Setup reads the Russian texts correctly only with a UTF-8 BOM"
    return parse(raw.decode("utf-8-sig"), {"AppVersion": VERSION})


def windows_output() -> set[str]:
    """Relative paths (lower case, /) of the PyInstaller output folder on Windows."""
    files = set(bundle.executables("win32"))
    built = ROOT / "dist" / bundle.APP_NAME / bundle.CONTENTS_DIR
    if built.is_dir():
        files |= {f"{bundle.CONTENTS_DIR}/{p.relative_to(built).as_posix()}" for p in built.rglob("*") if p.is_file()}
    else:
        files |= {f"{bundle.CONTENTS_DIR}/{dest}/{Path(src).name}" for src, dest in bundle.data_files()}
    return {f.lower() for f in files}


def _relative(path: str, prefix: str) -> str:
    assert path.startswith(prefix + "\\"), path
    return PureWindowsPath(path[len(prefix) + 1:]).as_posix().lower()


def test_without_a_version_the_compiler_stops_with_a_message():
    script = parse(ISS.read_text(encoding="utf-8-sig"), {})
    assert script.errors and "AppVersion" in script.errors[0]


def test_version_language_and_names(script):
    assert script.errors == []
    assert script.setup["AppVersion"] == VERSION
    assert VERSION in script.setup["OutputBaseFilename"]
    assert "Клиентский опыт" in script.setup["AppName"]
    (language,) = script.sections["Languages"]
    assert language["Name"] == "russian" and language["MessagesFile"] == r"compiler:Languages\Russian.isl"
    assert (ISS.parent / script.setup["SetupIconFile"]).is_file()


def test_every_file_it_installs_is_in_the_pyinstaller_output(script):
    output = windows_output()
    dist = script.defines["DistDir"]
    assert (ISS.parent / PureWindowsPath(dist).as_posix()).resolve() == ROOT / "dist" / bundle.APP_NAME
    for entry in script.sections["Files"]:
        source = _relative(entry["Source"], dist)
        if source.endswith("/*"):
            folder = source[:-1]
            assert any(f.startswith(folder) for f in output), source
            assert "recursesubdirs" in entry["Flags"]
        else:
            assert source in output, source
    # Together they install the whole output folder.
    covered = [_relative(e["Source"], dist).rstrip("*") for e in script.sections["Files"]]
    assert all(any(f == c or (c.endswith("/") and f.startswith(c)) for c in covered) for f in output)


def test_shortcuts_start_menu_and_desktop_point_at_the_program(script):
    output = windows_output()
    icons = script.sections["Icons"]
    targets = [e for e in icons if e["Filename"].startswith("{app}\\")]
    assert all(_relative(e["Filename"], "{app}") in output for e in targets)
    assert any(e["Name"].startswith("{group}\\") and e["Filename"] == r"{app}\cxdesk.exe" for e in icons)
    desktop = [e for e in icons if e["Name"].startswith("{autodesktop}\\")]
    assert desktop and desktop[0]["Filename"] == r"{app}\cxdesk.exe"
    assert desktop[0]["Tasks"] in {t["Name"] for t in script.sections["Tasks"]}
    for entry in script.sections["Run"]:
        assert _relative(entry["Filename"], "{app}") in output
    assert _relative(script.setup["UninstallDisplayIcon"], "{app}") in output


def test_uninstall_keeps_the_users_data_folder(script):
    # The program's data is %LOCALAPPDATA%\cxdesk (platformdirs); nothing the setup installs or deletes
    # is outside {app}, the Start menu and the desktop.
    for entry in script.sections.get("UninstallDelete", []) + script.sections.get("InstallDelete", []):
        assert entry["Name"].startswith("{app}\\"), entry
    for entry in script.sections["Files"] + script.sections.get("Dirs", []):
        assert entry.get("DestDir", entry.get("Name", "")).startswith("{app}"), entry
    assert script.setup["DefaultDirName"].startswith("{autopf}")
