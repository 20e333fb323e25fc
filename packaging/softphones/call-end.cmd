@echo off
rem The call ended, or was never answered (MicroSIP: cmdCallEnd and cmdCallBusy).
rem The caller id they append (%%1) is ignored: nothing about the caller is kept.
rem Set WELLBEING to the full path of wellbeing.exe if it is not on PATH.
if not defined WELLBEING set "WELLBEING=wellbeing"
"%WELLBEING%" on-call end
