<#
.SYNOPSIS
Tell wellbeing that a call started or ended, from any Windows softphone that
can run a command.

.DESCRIPTION
  powershell -NoProfile -WindowStyle Hidden -File wellbeing-call.ps1 start
  powershell -NoProfile -WindowStyle Hidden -File wellbeing-call.ps1 end
  powershell -NoProfile -WindowStyle Hidden -File wellbeing-call.ps1 end -Difficulty 4 -Tag escalated

"end" with -Difficulty also logs the call at once, rated, with its duration
since "start". Anything else a softphone appends (a caller id) is ignored:
nothing about the caller is passed on or kept. Set WELLBEING to the full
path of wellbeing.exe if it is not on PATH.
#>
param(
    [Parameter(Mandatory = $true, Position = 0)]
    [ValidateSet('start', 'end', 'busy')]
    [string] $Action,
    [ValidateRange(1, 5)]
    [int] $Difficulty,
    [string[]] $Tag = @(),
    [Parameter(ValueFromRemainingArguments = $true)]
    [string[]] $Ignored
)

$wellbeing = if ($env:WELLBEING) { $env:WELLBEING } else { 'wellbeing' }
$stamp = Join-Path $env:TEMP 'wellbeing-call.started'

if ($Action -eq 'start') {
    [DateTimeOffset]::UtcNow.ToUnixTimeSeconds() | Set-Content -LiteralPath $stamp
    & $wellbeing on-call start
    exit $LASTEXITCODE
}

& $wellbeing on-call end
if (-not $PSBoundParameters.ContainsKey('Difficulty')) { exit $LASTEXITCODE }

$arguments = @('log-call', '--difficulty', "$Difficulty")
foreach ($one in $Tag) { $arguments += @('--tag', $one) }
if (Test-Path -LiteralPath $stamp) {
    $started = [long](Get-Content -LiteralPath $stamp -TotalCount 1)
    $seconds = [DateTimeOffset]::UtcNow.ToUnixTimeSeconds() - $started
    if ($seconds -ge 0) { $arguments += @('--duration', "$seconds") }
    Remove-Item -LiteralPath $stamp
}
& $wellbeing @arguments
exit $LASTEXITCODE
