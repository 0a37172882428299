<#
.SYNOPSIS
    The Windows installer of cxdesk: PyInstaller one-folder build, then Inno Setup.
.DESCRIPTION
    Run on a Windows x64 machine with Python 3.11+ (python.org) and Inno Setup 6 (jrsoftware.org):
        powershell -ExecutionPolicy Bypass -File installer\windows\build.ps1
    Makes a build environment build\venv-windows (cxdesk with its [package] extra), builds dist\cxdesk\
    (cxdesk.exe without a console for the shortcuts, cxdesk-cli.exe for the command line), checks
    that the build reports its version, and compiles installer\windows\cxdesk.iss with the version
    passed in (/DAppVersion): dist\cxdesk-<version>-setup.exe.
    UTF-8 with a byte-order mark: Windows PowerShell 5.1 reads the Russian messages correctly only so.
.PARAMETER Python
    The Python interpreter that creates the build environment (default: py -3, else python).
.PARAMETER Iscc
    Path to ISCC.exe when Inno Setup is not installed in its usual folder.
#>
param(
    [string]$Python = "",
    [string]$Iscc = ""
)
$ErrorActionPreference = "Stop"
$Root = (Resolve-Path (Join-Path $PSScriptRoot "..\..")).Path
Set-Location $Root

function Invoke-Checked([string]$What, [scriptblock]$Command) {
    & $Command
    if ($LASTEXITCODE -ne 0) { throw "$What завершилось с кодом $LASTEXITCODE." }
}

if (-not $Python) {
    $Python = if (Get-Command py -ErrorAction SilentlyContinue) { "py" } else { "python" }
}
$Venv = Join-Path $Root "build\venv-windows"
$Py = Join-Path $Venv "Scripts\python.exe"
if (-not (Test-Path $Py)) {
    $PythonArgs = if ($Python -eq "py") { @("-3", "-m", "venv", $Venv) } else { @("-m", "venv", $Venv) }
    Invoke-Checked "Создание окружения сборки" { & $Python @PythonArgs }
}
Invoke-Checked "Установка cxdesk и PyInstaller" { & $Py -m pip install --upgrade "$Root[package]" }
$Version = (& $Py -c "import cxdesk; print(cxdesk.__version__)").Trim()

Invoke-Checked "Сборка PyInstaller" {
    & $Py -m PyInstaller --noconfirm --clean --distpath (Join-Path $Root "dist") `
        --workpath (Join-Path $Root "build\pyinstaller") (Join-Path $Root "installer\cxdesk.spec")
}
$Reported = (& (Join-Path $Root "dist\cxdesk\cxdesk-cli.exe") --version).Trim()
if ($Reported -ne "cxdesk $Version") {
    throw "Собранная программа сообщает «$Reported», ожидалось «cxdesk $Version»."
}

if (-not $Iscc) {
    $Candidates = @(
        (Join-Path ${env:ProgramFiles(x86)} "Inno Setup 6\ISCC.exe"),
        (Join-Path $env:ProgramFiles "Inno Setup 6\ISCC.exe"),
        (Join-Path $env:LOCALAPPDATA "Programs\Inno Setup 6\ISCC.exe")
    )
    $Iscc = $Candidates | Where-Object { Test-Path $_ } | Select-Object -First 1
    if (-not $Iscc) {
        $Command = Get-Command iscc -ErrorAction SilentlyContinue
        if ($Command) { $Iscc = $Command.Source }
    }
    if (-not $Iscc) { throw "Не найден ISCC.exe (Inno Setup 6). Установите Inno Setup или укажите -Iscc ПУТЬ." }
}
Invoke-Checked "Компиляция установщика" {
    & $Iscc "/DAppVersion=$Version" (Join-Path $Root "installer\windows\cxdesk.iss")
}
Write-Host "Готово: $(Join-Path $Root "dist\cxdesk-$Version-setup.exe")"
