@echo off
rem A call began: tell wellbeing, so that prompts wait until it ends.
rem For softphones that run a program when a call connects (MicroSIP: cmdCallStart).
rem The caller id they append (%%1) is ignored: nothing about the caller is kept.
rem Set WELLBEING to the full path of wellbeing.exe if it is not on PATH.
if not defined WELLBEING set "WELLBEING=wellbeing"
"%WELLBEING%" on-call start
