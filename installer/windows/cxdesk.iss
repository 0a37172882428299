; UTF-8 with a byte-order mark: Inno Setup reads the Russian texts correctly only so.
; Inno Setup 6 script of the cxdesk installer for Windows (Russian).
;
;   ISCC.exe /DAppVersion=0.1.0 installer\windows\cxdesk.iss
;
; installer\windows\build.ps1 runs PyInstaller (dist\cxdesk\) and then this script; the result is
; dist\cxdesk-<version>-setup.exe. The program goes to Program Files\cxdesk (or, chosen in the
; first dialog, to the user's own programs folder without administrator rights), with shortcuts in
; the Start menu and, if ticked, on the desktop. The users' data (%LOCALAPPDATA%\cxdesk) is not
; installed by the setup and therefore stays when the program is uninstalled; [UninstallDelete]
; deliberately names nothing there.

#ifndef AppVersion
  #error Передайте версию: ISCC /DAppVersion=X.Y.Z cxdesk.iss
#endif
#ifndef DistDir
  #define DistDir "..\..\dist\cxdesk"
#endif
#ifndef OutputDir
  #define OutputDir "..\..\dist"
#endif
#define AppName "cxdesk"
#define AppTitle "Клиентский опыт (cxdesk)"
#define AppExe "cxdesk.exe"
#define CliExe "cxdesk-cli.exe"

[Setup]
AppId={{5B0C7E0E-6A43-4E0B-9C1D-2C8B6F4A9D17}
AppName={#AppTitle}
AppVersion={#AppVersion}
AppVerName={#AppTitle} {#AppVersion}
AppPublisher=cxdesk
VersionInfoVersion={#AppVersion}
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppTitle}
DisableProgramGroupPage=yes
PrivilegesRequired=admin
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir={#OutputDir}
OutputBaseFilename=cxdesk-{#AppVersion}-setup
SetupIconFile=cxdesk.ico
UninstallDisplayIcon={app}\{#AppExe}
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
ShowLanguageDialog=no

[Languages]
Name: "russian"; MessagesFile: "compiler:Languages\Russian.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"

[Files]
Source: "{#DistDir}\{#AppExe}"; DestDir: "{app}"; Flags: ignoreversion
Source: "{#DistDir}\{#CliExe}"; DestDir: "{app}"; Flags: ignoreversion
Source: "{#DistDir}\_internal\*"; DestDir: "{app}\_internal"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\{#AppTitle}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"
; The console program: on the first start it prints the demo users' logins and passwords there.
Name: "{group}\Демонстрационная база"; Filename: "{app}\{#CliExe}"; Parameters: "--demo"; WorkingDir: "{app}"
Name: "{group}\{cm:UninstallProgram,{#AppTitle}}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\{#AppTitle}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppTitle}}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; Only what the program may have left inside its own folder; never the users' data folder.
Type: filesandordirs; Name: "{app}\_internal\__pycache__"
