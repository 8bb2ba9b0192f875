; Inno Setup script for Windows: build dist\helpdesk-gui with PyInstaller first
; (pyinstaller packaging\helpdesk_gui.spec), then compile this script with iscc.
[Setup]
AppName=Helpdesk
AppVersion=0.1.0
DefaultDirName={autopf}\helpdesk_gui
DefaultGroupName=Helpdesk
OutputBaseFilename=helpdesk-gui-setup
Compression=lzma2
SolidCompression=yes

[Files]
Source: "..\dist\helpdesk-gui\*"; DestDir: "{app}"; Flags: recursesubdirs

[Icons]
Name: "{group}\Helpdesk 客户服务工单"; Filename: "{app}\helpdesk-gui.exe"
Name: "{commondesktop}\Helpdesk 客户服务工单"; Filename: "{app}\helpdesk-gui.exe"
