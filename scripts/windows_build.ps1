# Windows: build the one-folder bundle and the installer from a source folder.
# Needs Python 3.11+ and Inno Setup 6 (iscc on PATH). Run from the source folder:
#   powershell -ExecutionPolicy Bypass -File scripts\windows_build.ps1
$ErrorActionPreference = "Stop"
py -3 -m venv .venv
.venv\Scripts\python -m pip install ".[dist]"
.venv\Scripts\pyinstaller --noconfirm --distpath dist --workpath build\pyinstaller packaging\helpdesk_gui.spec
dist\helpdesk-gui\helpdesk-gui.exe --version
$version = .venv\Scripts\python -c "import tomllib; print(tomllib.load(open('pyproject.toml', 'rb'))['project']['version'])"
iscc "/DAppVersion=$version" packaging\windows-installer.iss
Write-Host "installer: dist\helpdesk-gui-$version-setup.exe"
