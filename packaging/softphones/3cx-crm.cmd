@echo off
rem 3CX "Call CRM Executable": 3CX runs it with /N:S (ringing), /N:C (connected)
rem or /N:E (ended, answered or not), and /T:, /I:, /C: details that are ignored.
rem A call is on from "connected" to "ended"; ringing alone is no call.
rem Set WELLBEING to the full path of wellbeing.exe if it is not on PATH.
if not defined WELLBEING set "WELLBEING=wellbeing"
for %%A in (%*) do (
    if /I "%%~A"=="/N:C" "%WELLBEING%" on-call start
    if /I "%%~A"=="/N:E" "%WELLBEING%" on-call end
)
