"""The installers agree with the bundle: names, paths, version, menu entries, data kept.

The Inno Setup script cannot be compiled here (no Windows); what can be checked is that
it installs what the spec builds, under the version of pyproject.toml, and leaves the data.
The Linux menu entry is installed for real, into a temporary XDG data folder.
"""

from __future__ import annotations

import configparser
import os
import re
import subprocess
import tomllib

import pytest

from helpdesk_gui import __version__

from .checks import ROOT

SPEC = (ROOT / "packaging" / "helpdesk_gui.spec").read_text(encoding="utf-8")
ISS = (ROOT / "packaging" / "windows-installer.iss").read_text(encoding="utf-8")
WORKFLOW = (ROOT / ".github" / "workflows" / "windows-build.yml").read_text(encoding="utf-8")
PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))


def _iss_define(name: str) -> str:
    return re.search(rf'^#define {name} "(.*)"$', ISS, re.MULTILINE).group(1)


def test_the_version_has_one_value():
    assert PYPROJECT["project"]["version"] == __version__


def test_the_installer_takes_what_the_spec_builds():
    name = re.search(r'^NAME = "(.+?)"', SPEC, re.MULTILINE).group(1)
    assert _iss_define("BundleDir") == rf"..\dist\{name}"
    assert _iss_define("AppExe") == f"{name}.exe"
    assert re.search(r'^Source: "\{#BundleDir\}\\\*";.*recursesubdirs', ISS, re.MULTILINE)
    assert (ROOT / "resources" / "icons" / "helpdesk.ico").is_file()
    assert "SetupIconFile=..\\resources\\icons\\helpdesk.ico" in ISS


def test_the_installer_version_comes_from_pyproject():
    assert "AppVersion={#AppVersion}" in ISS and "#ifndef AppVersion" in ISS
    assert not re.search(r"^AppVersion=\d", ISS, re.MULTILINE)  # never written in by hand
    assert "tomllib.load(open('pyproject.toml'" in WORKFLOW
    assert '"/DAppVersion=$version" packaging\\windows-installer.iss' in WORKFLOW


def test_start_menu_entry_and_the_data_folder_stays():
    icons = ISS.split("[Icons]")[1].split("\n[")[0]
    assert re.search(r'^Name: "\{group\}\\\{#AppName\}"; Filename: "\{app\}\\\{#AppExe\}"',
                     icons, re.MULTILINE)
    assert "[UninstallDelete]" not in ISS.replace("No [UninstallDelete]", "")
    assert "localappdata" not in ISS.lower().replace("%localappdata%\\helpdesk_gui", "")


def _desktop_entry(path):
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str
    entry.read(path, encoding="utf-8")
    return entry["Desktop Entry"]


@pytest.fixture
def xdg(tmp_path):
    env = {**os.environ, "XDG_DATA_HOME": str(tmp_path / "share"), "HOME": str(tmp_path)}
    return tmp_path / "share", env


def test_install_desktop_puts_entry_and_icon_into_the_users_menu(xdg, tmp_path):
    data, env = xdg
    program = tmp_path / "my apps" / "helpdesk-gui"
    program.parent.mkdir()
    program.write_text("#!/bin/sh\n")
    program.chmod(0o755)
    done = subprocess.run(["make", "-s", "install-desktop", f"PROGRAM={program}"], cwd=ROOT,
                          env=env, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    entry = _desktop_entry(data / "applications" / "helpdesk-gui.desktop")
    assert entry["Exec"] == f'"{program}"' and entry["TryExec"] == str(program)
    assert entry["Type"] == "Application" and entry["Name[zh_CN]"] == "客户服务工单系统"
    icon = data / "icons" / "hicolor" / "scalable" / "apps" / f"{entry['Icon']}.svg"
    assert icon.read_bytes() == (ROOT / "resources" / "icons" / "helpdesk.svg").read_bytes()
    done = subprocess.run(["make", "-s", "uninstall-desktop"], cwd=ROOT, env=env,
                          capture_output=True, text=True)
    assert done.returncode == 0 and not icon.exists()
    assert not (data / "applications" / "helpdesk-gui.desktop").exists()


def test_install_desktop_refuses_a_program_that_is_not_there(xdg, tmp_path):
    _, env = xdg
    done = subprocess.run(["bash", "scripts/install_desktop.sh", str(tmp_path / "nothing")],
                          cwd=ROOT, env=env, capture_output=True, text=True)
    assert done.returncode == 1 and "is not an executable program" in done.stderr
