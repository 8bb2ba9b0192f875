; Inno Setup script of the Windows installer. Build the one-folder bundle first, then
; compile this script with the version of pyproject.toml (scripts\windows_build.ps1 and
; .github\workflows\windows-build.yml do both):
;
;   pyinstaller --noconfirm --distpath dist --workpath build\pyinstaller packaging\helpdesk_gui.spec
;   iscc /DAppVersion=0.1.0 packaging\windows-installer.iss
;
; It installs dist\helpdesk-gui\ (helpdesk-gui.exe and _internal\) into Program Files, or
; into the user's own programs folder without administrator rights, adds a start-menu
; entry (and a desktop icon if asked). Uninstalling removes the program files only: the
; database, backups, settings and logs in %LOCALAPPDATA%\helpdesk_gui are left in place,
; so a reinstall or upgrade finds everything as it was.
; tests/installs/test_installers.py keeps the names here in step with the spec.

#ifndef AppVersion
  #error Pass the version of pyproject.toml: iscc /DAppVersion=X.Y.Z packaging\windows-installer.iss
#endif
#define AppName "Helpdesk 客户服务工单"
#define BundleDir "..\dist\helpdesk-gui"
#define AppExe "helpdesk-gui.exe"

[Setup]
; The AppId identifies the installation across versions: never change it.
AppId={{6C1F3B5E-2A4D-4E8B-9B61-7F2D0C9A4E17}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=helpdesk_gui
DefaultDirName={autopf}\helpdesk_gui
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=..\dist
OutputBaseFilename=helpdesk-gui-{#AppVersion}-setup
SetupIconFile=..\resources\icons\helpdesk.ico
UninstallDisplayIcon={app}\{#AppExe}
Compression=lzma2
SolidCompression=yes
WizardStyle=modern

[Languages]
Name: "chinesesimplified"; MessagesFile: "compiler:Languages\ChineseSimplified.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\{#AppExe}"
Name: "{group}\{cm:UninstallProgram,{#AppName}}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

; No [UninstallDelete] for the data folder: %LOCALAPPDATA%\helpdesk_gui stays on purpose.
