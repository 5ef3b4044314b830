# Windows 10/11 Enterprise or Education: make Tooth Rebirth the shell of a kiosk account with Shell Launcher v2,
# restarting it whenever it exits. Run in an elevated PowerShell after installing the app (per machine).
#   .\windows-shell-launcher.ps1 -Account 'KIOSK\exhibit'
# See docs/kiosk.md for Assigned Access and the Task Scheduler alternative.
param(
  [Parameter(Mandatory = $true)][string]$Account,
  [string]$App = "$env:ProgramFiles\Tooth Rebirth\Tooth Rebirth.exe",
  [string]$Config = "$env:ProgramData\Tooth Rebirth\kiosk.json"
)
$ErrorActionPreference = 'Stop'

# Shell Launcher is an optional Windows feature.
Enable-WindowsOptionalFeature -Online -FeatureName Client-EmbeddedShellLauncher -All -NoRestart | Out-Null

$sid = (New-Object System.Security.Principal.NTAccount($Account)).Translate(
  [System.Security.Principal.SecurityIdentifier]).Value
$launcher = [wmiclass]'\\.\root\standardcimv2\embedded:WESL_UserSetting'

# Everyone else keeps Explorer.
$launcher.SetDefaultShell('explorer.exe', 0) | Out-Null
# 0 = restart the shell whenever it exits, whatever the exit code (a crash, or a restart the app asked for).
$shell = "`"$App`" --kiosk --supervised --config `"$Config`""
$launcher.SetCustomShell($sid, $shell, $null, $null, 0) | Out-Null
$launcher.SetEnabled($true) | Out-Null
Write-Host "Tooth Rebirth is the shell of $Account. Sign in as that account to start the exhibit."
