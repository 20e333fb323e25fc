<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en">
<context>
    <name>AgentActions</name>
    <message>
        <location filename="../wellbeing/ui/tray/actions.py" line="+100"/>
        <source>1 · Routine</source>
        <translation>1 · Routine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>2 · A bit tense</source>
        <translation>2 · Etwas angespannt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>3 · Tough</source>
        <translation>3 · Anstrengend</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>4 · Difficult</source>
        <translation>4 · Schwierig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>5 · Severe</source>
        <translation>5 · Sehr belastend</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Log call</source>
        <translation>Anruf eintragen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rate the last call</source>
        <translation>Letzten Anruf bewerten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On a call</source>
        <translation>Im Gespräch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take a breathing break</source>
        <translation>Atempause machen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pause prompts</source>
        <translation>Hinweise pausieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For 30 minutes</source>
        <translation>Für 30 Minuten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For 1 hour</source>
        <translation>Für 1 Stunde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Until tomorrow</source>
        <translation>Bis morgen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resume prompts now</source>
        <translation>Hinweise wieder einschalten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start now</source>
        <translation>Jetzt starten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Start now (waits until the call ends)</source>
        <translation>Jetzt starten (wartet bis zum Gesprächsende)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Snooze 5 min</source>
        <translation>5 Min. später</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Snooze 10 min</source>
        <translation>10 Min. später</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dismiss</source>
        <translation>Ausblenden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reflect on the last call…</source>
        <translation>Letzten Anruf reflektieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Coach card</source>
        <translation>Gesprächshilfe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weekly check-in…</source>
        <translation>Wochen-Check-in…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End my shift…</source>
        <translation>Schicht beenden…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Team sharing…</source>
        <translation>Teilen im Team…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>History and journal…</source>
        <translation>Verlauf und Tagebuch…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settings…</source>
        <translation>Einstellungen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Paused until {time}</source>
        <translation>Pausiert bis {time}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Prompts paused</source>
        <translation>Hinweise pausiert</translation>
    </message>
</context>
<context>
    <name>BreathCircle</name>
    <message>
        <location filename="../wellbeing/ui/breathing/breath_circle.py" line="+31"/>
        <source>Breathing circle</source>
        <translation>Atemkreis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Grows as you breathe in and shrinks as you breathe out.</source>
        <translation>Wird größer, wenn du einatmest, und kleiner, wenn du ausatmest.</translation>
    </message>
</context>
<context>
    <name>BreatheOffer</name>
    <message>
        <location filename="../wellbeing/ui/reflection/reflection_more.py" line="+147"/>
        <source>Saved</source>
        <translation>Gespeichert</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your body may still be on that call. A short breathing reset helps.</source>
        <translation>Vielleicht steckt dir der Anruf noch in den Knochen. Eine kurze Atempause hilft.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close without breathing</source>
        <translation>Ohne Atempause schließen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Breathe now</source>
        <translation>Jetzt durchatmen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start the breathing reset</source>
        <translation>Kurze Atempause starten</translation>
    </message>
</context>
<context>
    <name>BreathingOptions</name>
    <message>
        <location filename="../wellbeing/ui/breathing/breathing_options.py" line="+48"/>
        <source>Change this break</source>
        <translation>Diese Pause ändern</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your break keeps running while you choose: Back returns to it.</source>
        <translation>Deine Pause läuft weiter, während du wählst: Zurück bringt dich wieder hin.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>How stressed were you before this break? (optional)</source>
        <translation>Wie gestresst warst du vor dieser Pause? (freiwillig)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Length of the break</source>
        <translation>Dauer der Pause</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Back to the breathing</source>
        <translation>Zurück zum Atmen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Breathe with these</source>
        <translation>So atmen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start again with this pattern and length</source>
        <translation>Mit diesem Rhythmus und dieser Dauer neu beginnen</translation>
    </message>
</context>
<context>
    <name>BreathingText</name>
    <message>
        <location filename="../wellbeing/ui/breathing/breathing_text.py" line="+21"/>
        <source>Box breathing</source>
        <translation>Box-Atmung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cyclic sigh</source>
        <translation>Zyklisches Seufzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>4-7-8 breathing</source>
        <translation>4-7-8-Atmung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Coherent breathing</source>
        <translation>Kohärente Atmung</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{s} in</source>
        <translation>{s} ein</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{s} more in</source>
        <translation>{s} nachatmen</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <source>{s} hold</source>
        <translation>{s} halten</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>{s} out</source>
        <translation>{s} aus</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>steady and even</source>
        <translation>ruhig und gleichmäßig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a double breath in, a long sigh</source>
        <translation>doppelt einatmen, lang ausseufzen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a long hold, a slow breath out</source>
        <translation>lange halten, langsam ausatmen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>slow and smooth</source>
        <translation>langsam und fließend</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{rhythm} — {feel}</source>
        <translation>{rhythm} – {feel}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Breathe in</source>
        <translation>Einatmen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A little more</source>
        <translation>Noch etwas</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <source>Hold</source>
        <translation>Halten</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Breathe out</source>
        <translation>Ausatmen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{time} left</source>
        <translation>Noch {time}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{s} s</source>
        <translation>{s} Sek.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{m} min {s} s</source>
        <translation>{m} Min. {s} Sek.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{m} min</source>
        <translation>{m} Min.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>You breathed for {time}.</source>
        <translation>Du hast {time} lang geatmet.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Before the break you said {value}.</source>
        <translation>Vor der Pause hast du {value} angegeben.</translation>
    </message>
</context>
<context>
    <name>BreathingWindow</name>
    <message>
        <location filename="../wellbeing/ui/breathing/breathing_window.py" line="+115"/>
        <source>Breathing break</source>
        <translation>Atempause</translation>
    </message>
    <message>
        <location filename="../wellbeing/ui/breathing/breathing_options.py" line="-20"/>
        <source>Length</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Stress before the break, 0 to 10</source>
        <translation>Stress vor der Pause, 0 bis 10</translation>
    </message>
    <message>
        <location filename="../wellbeing/ui/breathing/breathing_window.py" line="+146"/>
        <source>Seconds left in this phase</source>
        <translation>Verbleibende Sekunden in dieser Phase</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Progress through this phase</source>
        <translation>Fortschritt in dieser Phase</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Change…</source>
        <translation>Ändern…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change the pattern, the length or say how stressed you are</source>
        <translation>Rhythmus oder Dauer ändern oder sagen, wie gestresst du bist</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Skip</source>
        <translation>Überspringen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Skip the rest of this break</source>
        <translation>Den Rest dieser Pause überspringen</translation>
    </message>
    <message>
        <location filename="../wellbeing/ui/breathing/breathing_after.py" line="+30"/>
        <source>Well done</source>
        <translation>Gut gemacht</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>How do you feel now? (0–10)</source>
        <translation>Wie fühlst du dich jetzt? (0–10)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stress after the break, 0 to 10</source>
        <translation>Stress nach der Pause, 0 bis 10</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Done: save this break</source>
        <translation>Fertig: diese Pause speichern</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Reflect on this call</source>
        <translation>Diesen Anruf reflektieren</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save this break and reflect on the call before it</source>
        <translation>Diese Pause speichern und den Anruf davor reflektieren</translation>
    </message>
</context>
<context>
    <name>CheckInText</name>
    <message>
        <location filename="../wellbeing/ui/reflection/checkin_text.py" line="+21"/>
        <source>How often do you feel worn out?</source>
        <translation>Wie oft fühlst du dich erschöpft?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How often do you feel physically drained?</source>
        <translation>Wie oft fühlst du dich körperlich ausgelaugt?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How often do you feel emotionally drained?</source>
        <translation>Wie oft fühlst du dich emotional ausgelaugt?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How often do you think: I can&apos;t take any more of this?</source>
        <translation>Wie oft denkst du: Ich kann nicht mehr?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Does your work leave you drained at the end of the day?</source>
        <translation>Fühlst du dich am Ende des Arbeitstages von deiner Arbeit ausgelaugt?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Do you dread the thought of your next shift?</source>
        <translation>Graut es dir beim Gedanken an deine nächste Schicht?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Do you feel that every working hour tires you?</source>
        <translation>Hast du das Gefühl, dass dich jede Arbeitsstunde ermüdet?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>After work, is there too little energy left for family and friends?</source>
        <translation>Bleibt dir nach der Arbeit zu wenig Energie für Familie und Freunde?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Does callers&apos; frustration wear you down?</source>
        <translation>Zermürbt dich der Frust der Anrufenden?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Do you find it hard to handle calls?</source>
        <translation>Fällt es dir schwer, mit den Anrufen umzugehen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Do you feel you give more to callers than you get back?</source>
        <translation>Hast du das Gefühl, dass du den Anrufenden mehr gibst, als du zurückbekommst?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Are you tired of dealing with callers?</source>
        <translation>Bist du es leid, mit Anrufenden zu tun zu haben?</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Never or almost never</source>
        <translation>Nie oder fast nie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seldom</source>
        <translation>Selten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sometimes</source>
        <translation>Manchmal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Often</source>
        <translation>Oft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Always</source>
        <translation>Immer</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Personal exhaustion</source>
        <translation>Persönliche Erschöpfung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Work-related exhaustion</source>
        <translation>Arbeitsbezogene Erschöpfung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer-related strain</source>
        <translation>Kundenbezogene Belastung</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>How you have been, in general.</source>
        <translation>Wie es dir allgemein ging.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How your work has been for you.</source>
        <translation>Wie du deine Arbeit erlebt hast.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How your calls with customers have been for you.</source>
        <translation>Wie du deine Gespräche mit Kundinnen und Kunden erlebt hast.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Think of the last week; any question can be left out.</source>
        <translation>Denk an die letzte Woche; jede Frage kannst du auch auslassen.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>A short self-check in three parts, about the last week: how you have been, how work has been, and how your calls with customers have been. Twelve questions, about a minute.</source>
        <translation>Ein kurzer Selbst-Check in drei Teilen über die letzte Woche: wie es dir ging, wie du deine Arbeit erlebt hast und wie deine Gespräche mit Kundinnen und Kunden waren. Zwölf Fragen, etwa eine Minute.</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Part {number} of {total}</source>
        <translation>Teil {number} von {total}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>There are no right or wrong answers. Go with what comes to mind first, and skip any question you would rather leave.</source>
        <translation>Es gibt keine richtigen oder falschen Antworten. Nimm, was dir zuerst in den Sinn kommt, und lass jede Frage aus, die du lieber nicht beantworten möchtest.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This check-in is a self-reflection aid, not a diagnosis. If you are struggling, talk to someone you trust or to a health professional.</source>
        <translation>Dieser Check-in ist eine Hilfe zur Selbstreflexion, keine Diagnose. Wenn es dir nicht gut geht, sprich mit jemandem, dem du vertraust, oder mit einer Fachperson aus dem Gesundheitsbereich.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{score} of 100</source>
        <translation>{score} von 100</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>in the higher range</source>
        <translation>im höheren Bereich</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not enough answers for a score</source>
        <translation>Zu wenige Antworten für einen Wert</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{score} · {band}</source>
        <translation>{score} · {band}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Thank you for taking this moment. Your answers are saved.</source>
        <translation>Danke, dass du dir diesen Moment genommen hast. Deine Antworten sind gespeichert.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No question was answered, so nothing was saved.</source>
        <translation>Keine Frage wurde beantwortet, daher wurde nichts gespeichert.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Personal exhaustion score, 0 to 100</source>
        <translation>Wert für persönliche Erschöpfung, 0 bis 100</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Work-related exhaustion score, 0 to 100</source>
        <translation>Wert für arbeitsbezogene Erschöpfung, 0 bis 100</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Customer-related strain score, 0 to 100</source>
        <translation>Wert für kundenbezogene Belastung, 0 bis 100</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Scores like this are common after a run of hard weeks, and they can change. It may help to talk to someone you trust, or to your team lead.</source>
        <translation>Werte wie diese sind nach einer Reihe harter Wochen häufig, und sie können sich ändern. Vielleicht hilft es, mit jemandem zu sprechen, dem du vertraust, oder mit deiner Teamleitung.</translation>
    </message>
</context>
<context>
    <name>CheckInWindow</name>
    <message>
        <location filename="../wellbeing/ui/reflection/checkin_window.py" line="+160"/>
        <source>Weekly check-in</source>
        <translation>Wochen-Check-in</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>Your weekly check-in</source>
        <translation>Dein Wochen-Check-in</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not now</source>
        <translation>Nicht jetzt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not now: close the check-in</source>
        <translation>Nicht jetzt: Check-in schließen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start</source>
        <translation>Starten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Start the check-in</source>
        <translation>Check-in starten</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Back to the previous page</source>
        <translation>Zurück zur vorherigen Seite</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>See my results</source>
        <translation>Ergebnisse ansehen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finish and see my results</source>
        <translation>Abschließen und Ergebnisse ansehen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Next part</source>
        <translation>Nächster Teil</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Your check-in</source>
        <translation>Dein Check-in</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Done: close this window</source>
        <translation>Fertig: dieses Fenster schließen</translation>
    </message>
</context>
<context>
    <name>ChipGroup</name>
    <message>
        <location filename="../wellbeing/ui/reflection/reflection_fields.py" line="+167"/>
        <source>{group}. Arrow keys move, Space chooses.</source>
        <translation>{group}. Mit den Pfeiltasten bewegen, mit der Leertaste auswählen.</translation>
    </message>
</context>
<context>
    <name>CoachCard</name>
    <message>
        <location filename="../wellbeing/ui/reflection/coach_card.py" line="+57"/>
        <source>Coach card</source>
        <translation>Gesprächshilfe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Coach card: phrases for Listen, Acknowledge, Solve, Thank</source>
        <translation>Gesprächshilfe: Sätze zum Zuhören, Anerkennen, Lösen und Danken</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Coach card sections</source>
        <translation>Bereiche der Gesprächshilfe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Steps and boundaries</source>
        <translation>Schritte und Grenzen</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Stay on to&amp;p</source>
        <translation>Im &amp;Vordergrund</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stay on top of other windows</source>
        <translation>Über anderen Fenstern bleiben</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Esc closes</source>
        <translation>Esc schließt</translation>
    </message>
</context>
<context>
    <name>CoachText</name>
    <message>
        <location filename="../wellbeing/ui/reflection/coach_text.py" line="+21"/>
        <source>&amp;Listen</source>
        <translation>&amp;Zuhören</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Acknowledge</source>
        <translation>&amp;Anerkennen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Solve</source>
        <translation>&amp;Lösen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Thank</source>
        <translation>&amp;Danken</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Listen</source>
        <translation>Zuhören</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Acknowledge</source>
        <translation>Anerkennen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Solve</source>
        <translation>Lösen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thank</source>
        <translation>Danken</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Let them tell it all. Don&apos;t rush to fix it yet.</source>
        <translation>Lass dein Gegenüber alles erzählen. Mit der Lösung hat es noch Zeit.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name the feeling before you fix the problem.</source>
        <translation>Benenne das Gefühl, bevor du das Problem löst.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Say what you can do, not what you can&apos;t.</source>
        <translation>Sag, was du tun kannst, nicht, was du nicht tun kannst.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>End warmly, even when the call was hard.</source>
        <translation>Beende das Gespräch freundlich, auch wenn es schwer war.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Take your time, I&apos;m listening.</source>
        <translation>Lassen Sie sich Zeit, ich höre Ihnen zu.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tell me what happened, from the start.</source>
        <translation>Erzählen Sie mir bitte von Anfang an, was passiert ist.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>So I get this right: can you tell me a bit more about that?</source>
        <translation>Damit ich das richtig verstehe: Können Sie mir dazu noch etwas mehr sagen?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Go on, I&apos;m still here.</source>
        <translation>Erzählen Sie ruhig weiter, ich bin noch da.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>I can hear how frustrating this has been.</source>
        <translation>Ich höre, wie frustrierend das für Sie gewesen ist.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That sounds really stressful. I&apos;m sorry you&apos;ve had to deal with it.</source>
        <translation>Das klingt wirklich belastend. Es tut mir leid, dass Sie sich damit herumärgern mussten.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You expected better than that, and fairly so.</source>
        <translation>Sie haben mehr erwartet, und das zu Recht.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>It makes sense that you&apos;re upset.</source>
        <translation>Ich verstehe gut, dass Sie sich ärgern.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Here&apos;s what I can do right now…</source>
        <translation>Das kann ich jetzt gleich für Sie tun…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Let me check that for you. It&apos;ll take about two minutes.</source>
        <translation>Ich schaue mir das für Sie an. Das dauert etwa zwei Minuten.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There are two ways we can fix this. Let me walk you through both.</source>
        <translation>Es gibt zwei Wege, wie wir das lösen können. Ich erkläre Ihnen gern beide.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>I&apos;ll stay with this until we have a clear next step.</source>
        <translation>Ich bleibe dran, bis wir einen klaren nächsten Schritt haben.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Thank you for your patience while we sorted this.</source>
        <translation>Vielen Dank für Ihre Geduld, während wir das geklärt haben.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Thanks for explaining it so clearly. It helped.</source>
        <translation>Danke, dass Sie das so klar erklärt haben. Das hat mir geholfen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I appreciate you bearing with me.</source>
        <translation>Danke, dass Sie so geduldig mit mir waren.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Is there anything else I can help with today?</source>
        <translation>Kann ich heute sonst noch etwas für Sie tun?</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>“{phrase}”</source>
        <translation>„{phrase}“</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Boundaries</source>
        <translation>&amp;Grenzen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>If a caller becomes abusive</source>
        <translation>Wenn jemand ausfallend wird</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Abuse is not part of the job. Stay calm and take these steps in order.</source>
        <translation>Beschimpfungen gehören nicht zu deinem Job. Bleib ruhig und geh diese Schritte der Reihe nach.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Warn once, calmly: “I want to help, and I can&apos;t continue if the language goes on.”</source>
        <translation>Weise einmal ruhig darauf hin: „Ich möchte Ihnen gern helfen, aber wenn Sie weiter so mit mir sprechen, kann ich das Gespräch nicht fortführen.“</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Offer a supervisor: “Would you like me to pass you to my supervisor?”</source>
        <translation>Biete die Teamleitung an: „Möchten Sie, dass ich Sie mit meiner Teamleitung verbinde?“</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>If it goes on, end the call respectfully: “I&apos;m going to end this call now. You&apos;re welcome to call back when we can talk it through.”</source>
        <translation>Hört es nicht auf, beende das Gespräch respektvoll: „Ich beende dieses Gespräch jetzt. Sie können gern wieder anrufen, wenn wir in Ruhe darüber sprechen können.“</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Log the call and tag it abusive.</source>
        <translation>Trag den Anruf ein und markiere ihn als beleidigend.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take a breathing reset before the next call.</source>
        <translation>Atme vor dem nächsten Anruf kurz durch.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What they said was about their situation, not about you.</source>
        <translation>Was gesagt wurde, galt der Situation der Person, nicht dir.</translation>
    </message>
</context>
<context>
    <name>Companion</name>
    <message>
        <location filename="../wellbeing/app/companion.py" line="+327"/>
        <source>Its icon is in the system tray.</source>
        <translation>Das Symbol ist im Infobereich der Taskleiste.</translation>
    </message>
</context>
<context>
    <name>DraftKeeper</name>
    <message>
        <location filename="../wellbeing/services/reflection_drafts.py" line="+99"/>
        <source>Your reflection draft could not be kept: {reason}</source>
        <translation>Dein Entwurf der Reflexion konnte nicht gesichert werden: {reason}</translation>
    </message>
</context>
<context>
    <name>FallbackWindow</name>
    <message>
        <location filename="../wellbeing/ui/tray/fallback_window.py" line="+97"/>
        <source>wellbeing</source>
        <translation>wellbeing</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your desktop shows no system tray, so wellbeing lives in this small window. Closing it only minimises it: your breaks keep being looked after.</source>
        <translation>Dein Desktop zeigt keinen Infobereich, daher wohnt wellbeing in diesem kleinen Fenster. Schließen minimiert es nur: Um deine Pausen wird weiter gekümmert.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Log the call that just ended:</source>
        <translation>Den gerade beendeten Anruf eintragen:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Log call: {label}</source>
        <translation>Anruf eintragen: {label}</translation>
    </message>
</context>
<context>
    <name>HistoryText</name>
    <message>
        <location filename="../wellbeing/ui/history/history_words.py" line="+28"/>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 90 days</source>
        <translation>Letzte 90 Tage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This year</source>
        <translation>Dieses Jahr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All time</source>
        <translation>Gesamter Zeitraum</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{first} to {last}</source>
        <translation>{first} bis {last}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Calls per day, by difficulty</source>
        <translation>Anrufe pro Tag, nach Schwierigkeit</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What breathing does for you: stress before and after (0–10)</source>
        <translation>Was das Atmen dir bringt: Stress vor und nach der Pause (0–10)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Breaks offered and taken, per week</source>
        <translation>Angebotene und genommene Pausen pro Woche</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Weekly check-in scores (0–100)</source>
        <translation>Werte im Wochen-Check-in (0–100)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Chart: calls per day by difficulty</source>
        <translation>Diagramm: Anrufe pro Tag nach Schwierigkeit</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Chart: stress before and after breaks, per breathing pattern</source>
        <translation>Diagramm: Stress vor und nach den Pausen, je Atemtechnik</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Chart: breaks offered and taken per week</source>
        <translation>Diagramm: angebotene und genommene Pausen pro Woche</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Chart: check-in scores by week</source>
        <translation>Diagramm: Check-in-Werte nach Woche</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{n} {word}</source>
        <translation>{n} {word}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not rated</source>
        <translation>Nicht bewertet</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Before the break</source>
        <translation>Vor der Pause</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After the break</source>
        <translation>Nach der Pause</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Offered</source>
        <translation>Angeboten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Taken</source>
        <translation>Genommen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Personal</source>
        <translation>Persönlich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Work</source>
        <translation>Arbeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customers</source>
        <translation>Kundschaft</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>higher range</source>
        <translation>höherer Bereich</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>n = {n}</source>
        <translation>n = {n}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No breaks with a stress rating before and after in this range yet.
Rate your stress when a break starts and ends, and this chart will show what each breathing pattern does for you.</source>
        <translation>In diesem Zeitraum gibt es noch keine Pausen mit Stresswert vorher und nachher.
Gib deinen Stress an, wenn eine Pause beginnt und endet, dann zeigt dir dieses Diagramm, was jede Atemtechnik für dich tut.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{word} {n}</source>
        <translation>{word}: {n}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{total} calls in {days} days: {parts}.</source>
        <translation>{total} Anrufe in {days} Tagen: {parts}.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{pattern}: stress {before} before, {after} after, over {n} breaks.</source>
        <translation>{pattern}: Stress {before} vorher, {after} nachher, über {n} Pausen.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{offered} breaks offered, {taken} breaks taken in this range.</source>
        <translation>{offered} Pausen angeboten, {taken} Pausen genommen in diesem Zeitraum.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{n} weekly check-ins in this range; 50 and above is the higher range.</source>
        <translation>{n} Wochen-Check-ins in diesem Zeitraum; ab 50 beginnt der höhere Bereich.</translation>
    </message>
</context>
<context>
    <name>HistoryWindow</name>
    <message>
        <location filename="../wellbeing/ui/history/history_window.py" line="+94"/>
        <location line="+1"/>
        <source>History and journal</source>
        <translation>Verlauf und Tagebuch</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Range shown in the charts</source>
        <translation>Zeitraum der Diagramme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ranges</source>
        <translation>Zeiträume</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Drawing your charts…</source>
        <translation>Deine Diagramme werden gezeichnet…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Show</source>
        <translation>&amp;Zeitraum</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>History sections</source>
        <translation>Bereiche des Verlaufs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your pattern or the journal</source>
        <translation>Dein Verlauf oder das Tagebuch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your &amp;pattern</source>
        <translation>Dein &amp;Verlauf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Journal</source>
        <translation>&amp;Tagebuch</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Everything, JSON (*.json)</source>
        <translation>Alles, JSON (*.json)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Calls, CSV for spreadsheets (*.csv)</source>
        <translation>Anrufe, CSV für Tabellen (*.csv)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export everything</source>
        <translation>Alles exportieren</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Could not delete: {error}</source>
        <translation>Löschen nicht möglich: {error}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Entry deleted.</source>
        <translation>Eintrag gelöscht.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Could not export: {error}</source>
        <translation>Export nicht möglich: {error}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exported everything to {path}</source>
        <translation>Alles exportiert nach {path}</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Loading your history…</source>
        <translation>Dein Verlauf wird geladen…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Could not read your history: {error}</source>
        <translation>Dein Verlauf konnte nicht gelesen werden: {error}</translation>
    </message>
    <message>
        <location filename="../wellbeing/ui/settings/delete_confirm.py" line="+50"/>
        <source>Delete entry</source>
        <translation>Eintrag löschen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete this entry for good? It cannot be brought back.</source>
        <translation>Diesen Eintrag endgültig löschen? Er lässt sich nicht zurückholen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Delete this entry</source>
        <translation>Diesen Eintrag löschen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep it</source>
        <translation>Behalten</translation>
    </message>
</context>
<context>
    <name>JournalFilters</name>
    <message>
        <location filename="../wellbeing/ui/history/journal_filters.py" line="+51"/>
        <source>From date</source>
        <translation>Von-Datum</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show entries from this day on</source>
        <translation>Einträge ab diesem Tag zeigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To date</source>
        <translation>Bis-Datum</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show entries up to this day</source>
        <translation>Einträge bis zu diesem Tag zeigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kinds</source>
        <translation>Arten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kinds of entry</source>
        <translation>Arten von Einträgen</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+3"/>
        <source>Difficulty</source>
        <translation>Schwierigkeit</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search what you wrote</source>
        <translation>Suche in deinen Texten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search the journal text</source>
        <translation>Tagebuchtext durchsuchen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Clear the search</source>
        <translation>Suche leeren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;lear filters</source>
        <translation>&amp;Filter zurücksetzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear filters</source>
        <translation>Filter zurücksetzen</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;From</source>
        <translation>V&amp;on</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Search</source>
        <translation>Su&amp;che</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>S&amp;how</source>
        <translation>&amp;Art</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Difficulty</source>
        <translation>&amp;Schwierigkeit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>T&amp;ags</source>
        <translation>Ta&amp;gs</translation>
    </message>
</context>
<context>
    <name>JournalModel</name>
    <message>
        <location filename="../wellbeing/ui/history/journal_model.py" line="+41"/>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Difficulty</source>
        <translation>Schwierigkeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
</context>
<context>
    <name>JournalText</name>
    <message>
        <location filename="../wellbeing/ui/history/journal_text.py" line="+47"/>
        <source>routine</source>
        <translation>Routine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a bit tense</source>
        <translation>etwas angespannt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tough</source>
        <translation>anstrengend</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>difficult</source>
        <translation>schwierig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>severe</source>
        <translation>sehr belastend</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{n} · {word}</source>
        <translation>{n} · {word}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>not rated</source>
        <translation>nicht bewertet</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Call</source>
        <translation>Anruf</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+162"/>
        <source>Reflection</source>
        <translation>Reflexion</translation>
    </message>
    <message>
        <location line="-161"/>
        <source>Break</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Calls</source>
        <translation>Anrufe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reflections</source>
        <translation>Reflexionen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Breaks</source>
        <translation>Pausen</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+49"/>
        <location line="+101"/>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../wellbeing/ui/date_text.py" line="+31"/>
        <location filename="../wellbeing/ui/history/journal_text.py" line="-137"/>
        <source>{date}, {time}</source>
        <translation>{date}, {time}</translation>
    </message>
    <message>
        <location filename="../wellbeing/ui/history/journal_text.py" line="+16"/>
        <source>stress {before} → {after}</source>
        <translation>Stress {before} → {after}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>stress before {n}</source>
        <translation>Stress vorher: {n}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>stress after {n}</source>
        <translation>Stress danach: {n}</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+161"/>
        <source>left early</source>
        <translation>vorzeitig beendet</translation>
    </message>
    <message>
        <location line="-157"/>
        <source> · </source>
        <translation> · </translation>
    </message>
    <message>
        <location filename="../wellbeing/ui/duration_text.py" line="+13"/>
        <source>{s} s</source>
        <translation>{s} Sek.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{m} min</source>
        <translation>{m} Min.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{m} min {s} s</source>
        <translation>{m} Min. {s} Sek.</translation>
    </message>
    <message>
        <location filename="../wellbeing/ui/history/journal_text.py" line="+11"/>
        <source>not recorded</source>
        <translation>nicht angegeben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} of 10</source>
        <translation>{n} von 10</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the tray menu</source>
        <translation>das Menü im Infobereich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the quick-log popup</source>
        <translation>das Schnelleintrag-Fenster</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a keyboard shortcut</source>
        <translation>ein Tastenkürzel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the command line</source>
        <translation>die Kommandozeile</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>another program</source>
        <translation>ein anderes Programm</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>you, from the menu</source>
        <translation>dich, über das Menü</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a reset offered after a severe call</source>
        <translation>eine kurze Atempause nach einem sehr belastenden Anruf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a break offered after difficult calls in a row</source>
        <translation>eine Pause nach mehreren schwierigen Anrufen in Folge</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a scheduled micro-break</source>
        <translation>eine geplante Mini-Pause</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the end-of-shift wind-down</source>
        <translation>den Ausklang zum Schichtende</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not answered</source>
        <translation>Keine Angabe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Call: {difficulty}</source>
        <translation>Anruf: {difficulty}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ended</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Difficulty</source>
        <translation>Schwierigkeit</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Logged from</source>
        <translation>Eingetragen über</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{step}: {rating}</source>
        <translation>{step}: {rating}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>not linked to a call</source>
        <translation>mit keinem Anruf verknüpft</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a call no longer in the journal</source>
        <translation>ein Anruf, der nicht mehr im Tagebuch ist</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Written</source>
        <translation>Geschrieben</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>About</source>
        <translation>Bezieht sich auf</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stress after the call</source>
        <translation>Stress nach dem Anruf</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>How I felt</source>
        <translation>Wie ich mich gefühlt habe</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The caller&apos;s problem</source>
        <translation>Anliegen der anrufenden Person</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The caller&apos;s emotion</source>
        <translation>Stimmung der anrufenden Person</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Listen, Acknowledge, Solve, Thank</source>
        <translation>Zuhören, Anerkennen, Lösen, Danken</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A line was crossed</source>
        <translation>Eine Grenze wurde überschritten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What I did about it</source>
        <translation>Was ich dagegen getan habe</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What I carry forward</source>
        <translation>Was ich mitnehme</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Journal</source>
        <translation>Tagebuch</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Break: {pattern}</source>
        <translation>Pause: {pattern}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>breathed to the end</source>
        <translation>bis zum Ende geatmet</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Started</source>
        <translation>Begonnen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Breathing pattern</source>
        <translation>Atemtechnik</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Planned</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Breathed</source>
        <translation>Geatmet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How it ended</source>
        <translation>Wie sie endete</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Started by</source>
        <translation>Gestartet durch</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stress before</source>
        <translation>Stress vorher</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stress after</source>
        <translation>Stress nachher</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Choose an entry and press Enter (or double-click it) to read all of it here.</source>
        <translation>Wähl einen Eintrag und drück Enter (oder doppelklicke ihn), um ihn hier ganz zu lesen.</translation>
    </message>
</context>
<context>
    <name>JournalView</name>
    <message>
        <location filename="../wellbeing/ui/history/journal_view.py" line="+78"/>
        <source>Journal entries</source>
        <translation>Tagebucheinträge</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Newest first. Enter opens an entry; Delete deletes it.</source>
        <translation>Neueste zuerst. Enter öffnet einen Eintrag, Entf löscht ihn.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Columns</source>
        <translation>Spalten</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Entry details</source>
        <translation>Details zum Eintrag</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete entry</source>
        <translation>Eintrag &amp;löschen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the selected entry</source>
        <translation>Den ausgewählten Eintrag löschen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export everything to a file</source>
        <translation>Alles in eine Datei exportieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every record, whatever the filters show, as the command line exports it.</source>
        <translation>Alle Einträge, unabhängig von den Filtern, so wie der Export über die Kommandozeile.</translation>
    </message>
    <message>
        <location line="+145"/>
        <source>No entries match these filters.</source>
        <translation>Keine Einträge passen zu diesen Filtern.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln entries shown, newest first</source>
        <translation>
            <numerusform>%Ln Eintrag angezeigt, neueste zuerst</numerusform>
            <numerusform>%Ln Einträge angezeigt, neueste zuerst</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Launch</name>
    <message>
        <location filename="../wellbeing/app/main.py" line="+106"/>
        <source>wellbeing cannot start</source>
        <translation>wellbeing kann nicht starten</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>wellbeing is starting…</source>
        <translation>wellbeing startet…</translation>
    </message>
</context>
<context>
    <name>LocalApi</name>
    <message>
        <location filename="../wellbeing/services/local_api/controller.py" line="+73"/>
        <source>The local API could not start on port {port}: {reason}</source>
        <translation>Die lokale Schnittstelle konnte auf Port {port} nicht starten: {reason}</translation>
    </message>
</context>
<context>
    <name>LogConfirmation</name>
    <message>
        <location filename="../wellbeing/ui/prompts/log_confirmation.py" line="+38"/>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Logged · {rating}</source>
        <translation>Eingetragen · {rating}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Undo: remove the call just logged ({rating})</source>
        <translation>Rückgängig: den gerade eingetragenen Anruf entfernen ({rating})</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>not rated</source>
        <translation>nicht bewertet</translation>
    </message>
</context>
<context>
    <name>MessageBridge</name>
    <message>
        <location filename="../wellbeing/ui/tray/message_bridge.py" line="+43"/>
        <source>wellbeing kept your data safe</source>
        <translation>wellbeing hat deine Daten geschützt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Team sharing did not work</source>
        <translation>Das Teilen im Team hat nicht geklappt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Starting at login could not be changed</source>
        <translation>Der Start bei der Anmeldung ließ sich nicht ändern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>wellbeing is already running</source>
        <translation>wellbeing läuft bereits</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Noticing your calls</source>
        <translation>Anruferkennung</translation>
    </message>
</context>
<context>
    <name>MicrophoneSensor</name>
    <message>
        <location filename="../wellbeing/services/mic_sensor/__init__.py" line="+59"/>
        <source>no sound server, no microphone</source>
        <translation>kein Soundserver, kein Mikrofon</translation>
    </message>
    <message>
        <location filename="../wellbeing/services/mic_sensor/base.py" line="+29"/>
        <source>Calls are not detected on this machine ({why}). Prompts still wait while you are on a call: tick “On a call” in the menu, or let your softphone run “wellbeing on-call start” and “wellbeing on-call end”.</source>
        <translation>Anrufe werden auf diesem Rechner nicht erkannt ({why}). Hinweise können trotzdem warten, während du telefonierst: Hak „Im Gespräch“ im Menü an oder lass dein Softphone „wellbeing on-call start“ und „wellbeing on-call end“ ausführen.</translation>
    </message>
    <message>
        <location filename="../wellbeing/services/mic_sensor/macos.py" line="+73"/>
        <source>Core Audio cannot be read</source>
        <translation>Core Audio lässt sich nicht lesen</translation>
    </message>
    <message>
        <location filename="../wellbeing/services/mic_sensor/pulse.py" line="+161"/>
        <source>no PulseAudio or PipeWire answers</source>
        <translation>weder PulseAudio noch PipeWire antwortet</translation>
    </message>
    <message>
        <location filename="../wellbeing/services/mic_sensor/winreg_store.py" line="+168"/>
        <source>this Windows keeps no record of microphone use</source>
        <translation>dieses Windows zeichnet die Mikrofonnutzung nicht auf</translation>
    </message>
</context>
<context>
    <name>MomentText</name>
    <message>
        <location filename="../wellbeing/ui/tray/moment_text.py" line="+33"/>
        <source>today {time}</source>
        <translation>heute {time}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>tomorrow {time}</source>
        <translation>morgen {time}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{day} {time}</source>
        <translation>{day}, {time}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{date} {time}</source>
        <translation>{date}, {time}</translation>
    </message>
</context>
<context>
    <name>MoreQuestions</name>
    <message>
        <location filename="../wellbeing/ui/reflection/reflection_more.py" line="-99"/>
        <source>The caller&apos;s problem</source>
        <translation>Anliegen der anrufenden Person</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What they needed, in a few words</source>
        <translation>Was gebraucht wurde, in wenigen Worten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What did the caller need, and feel?</source>
        <translation>Was brauchte und fühlte dein Gegenüber?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The caller seemed</source>
        <translation>Die anrufende Person wirkte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>They seemed:</source>
        <translation>Die Person wirkte:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Listen, Acknowledge, Solve, Thank</source>
        <translation>Zuhören, Anerkennen, Lösen, Danken</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A line was crossed: yes</source>
        <translation>Eine Grenze wurde überschritten: ja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A line was crossed: no</source>
        <translation>Eine Grenze wurde überschritten: nein</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Was a line crossed?</source>
        <translation>Grenze überschritten?</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+2"/>
        <source>What did you do?</source>
        <translation>Was hast du getan?</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>e.g. warned once, offered a supervisor</source>
        <translation>z. B. einmal gewarnt, Teamleitung angeboten</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+6"/>
        <source>Journal (private)</source>
        <translation>Tagebuch (privat)</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Free text. Tab moves on, Ctrl+Enter saves.</source>
        <translation>Freier Text. Tab springt weiter, Strg+Enter speichert.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anything else, just for you</source>
        <translation>Alles andere, nur für dich</translation>
    </message>
</context>
<context>
    <name>PromptCard</name>
    <message>
        <location filename="../wellbeing/ui/prompts/prompt_card.py" line="+66"/>
        <location line="+69"/>
        <source>Start</source>
        <translation>Starten</translation>
    </message>
    <message>
        <location line="-66"/>
        <source>Snooze {n} min</source>
        <translation>{n} Min. später</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Snooze {n} minutes</source>
        <translation>Um {n} Minuten verschieben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Offer this again in {n} minutes.</source>
        <translation>In {n} Minuten noch einmal anbieten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dismiss</source>
        <translation>Ausblenden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close this suggestion without taking it.</source>
        <translation>Diesen Vorschlag schließen, ohne ihn anzunehmen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Reflect on this call</source>
        <translation>Diesen Anruf reflektieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One minute to note what happened and what worked.</source>
        <translation>Eine Minute, um festzuhalten, was passiert ist und was geholfen hat.</translation>
    </message>
</context>
<context>
    <name>PromptText</name>
    <message>
        <location filename="../wellbeing/ui/prompts/prompt_text.py" line="+26"/>
        <source>That call was severe.</source>
        <translation>Das war ein sehr belastender Anruf.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} difficult calls in a row.</source>
        <translation>{count} schwierige Anrufe in Folge.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>That call was escalated.</source>
        <translation>Dieser Anruf ist eskaliert.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You have been working for a while.</source>
        <translation>Du arbeitest schon eine ganze Weile.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>It is time for your weekly check-in.</source>
        <translation>Es ist Zeit für deinen Wochen-Check-in.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your shift is ending.</source>
        <translation>Deine Schicht geht zu Ende.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Take a moment to reset</source>
        <translation>Nimm dir einen Moment</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time for a breather</source>
        <translation>Zeit zum Durchatmen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set that call down</source>
        <translation>Lass den Anruf los</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A short pause</source>
        <translation>Eine kurze Pause</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How are you, really?</source>
        <translation>Wie geht es dir wirklich?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave work behind</source>
        <translation>Lass die Arbeit hinter dir</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A {seconds}-second breathing reset helps you leave it behind.</source>
        <translation>Eine kurze Atempause von {seconds} Sekunden hilft dir, Abstand zu gewinnen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A {seconds}-second breathing break, between calls.</source>
        <translation>Eine Atempause von {seconds} Sekunden, zwischen zwei Anrufen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A {minutes}-minute breathing break, between calls.</source>
        <translation>Eine {minutes}-minütige Atempause, zwischen zwei Anrufen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>One minute to note what happened and what worked.</source>
        <translation>Eine Minute, um festzuhalten, was passiert ist und was geholfen hat.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Twelve short questions, just for you.</source>
        <translation>Zwölf kurze Fragen, nur für dich.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One minute of breathing, then the day is done.</source>
        <translation>Eine Minute durchatmen, dann ist der Tag geschafft.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+3"/>
        <source>Breathe now</source>
        <translation>Jetzt durchatmen</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Start the break</source>
        <translation>Pause starten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reflect now</source>
        <translation>Jetzt reflektieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start the check-in</source>
        <translation>Check-in starten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wind down</source>
        <translation>Ausklingen lassen</translation>
    </message>
</context>
<context>
    <name>QuickLogPopup</name>
    <message>
        <location filename="../wellbeing/ui/prompts/quick_log.py" line="+106"/>
        <location line="+1"/>
        <location line="+23"/>
        <source>How was that call?</source>
        <translation>Wie war dieser Anruf?</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Press 1 to 5 to log the call, Tab for tags and a note, Esc to close.</source>
        <translation>Mit 1 bis 5 den Anruf eintragen, Tab für Tags und Notiz, Esc zum Schließen.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>What happened? (optional)</source>
        <translation>Was ist passiert? (optional)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Private note (optional)</source>
        <translation>Private Notiz (optional)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Private note</source>
        <translation>Private Notiz</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Optional, stays on this computer. Enter logs the call.</source>
        <translation>Optional, bleibt auf diesem Computer. Enter trägt den Anruf ein.</translation>
    </message>
    <message>
        <location filename="../wellbeing/ui/prompts/rating_words.py" line="+20"/>
        <source>Routine</source>
        <translation>Routine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A bit tense</source>
        <translation>Etwas angespannt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tough</source>
        <translation>Anstrengend</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Difficult</source>
        <translation>Schwierig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Severe</source>
        <translation>Sehr belastend</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Angry</source>
        <translation>Wütend</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Abusive</source>
        <translation>Beleidigend</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Threatening</source>
        <translation>Bedrohlich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Escalated</source>
        <translation>Eskaliert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unresolved</source>
        <translation>Ungelöst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolved</source>
        <translation>Gelöst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Long</source>
        <translation>Lang</translation>
    </message>
    <message>
        <location filename="../wellbeing/ui/prompts/quick_log.py" line="+17"/>
        <source>Logs the call at once with this difficulty.</source>
        <translation>Trägt den Anruf sofort mit dieser Schwierigkeit ein.</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Pick a difficulty: 1–5</source>
        <translation>Schwierigkeit wählen: 1–5</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Enter logs “{label}”.</source>
        <translation>Enter trägt „{label}“ ein.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Press 1–5 to log · Esc to close</source>
        <translation>1–5 zum Eintragen · Esc zum Schließen</translation>
    </message>
</context>
<context>
    <name>RatingCard</name>
    <message>
        <location filename="../wellbeing/ui/prompts/rating_card.py" line="+54"/>
        <source>How was that call?</source>
        <translation>Wie war dieser Anruf?</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Rates the call at once with this difficulty.</source>
        <translation>Bewertet den Anruf sofort mit dieser Schwierigkeit.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>A call of {length} just ended. One click rates it.</source>
        <translation>Ein Anruf von {length} ist gerade zu Ende gegangen. Ein Klick bewertet ihn.</translation>
    </message>
</context>
<context>
    <name>ReflectionDialog</name>
    <message>
        <location filename="../wellbeing/ui/reflection/reflection_dialog.py" line="+109"/>
        <location line="+97"/>
        <source>Set that call down</source>
        <translation>Lass den Anruf los</translation>
    </message>
    <message>
        <location line="-84"/>
        <source>More: the caller, L.A.S.T., a line crossed, journal</source>
        <translation>Mehr: Gegenüber, L.A.S.T., Grenze überschritten, Tagebuch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>More questions</source>
        <translation>Weitere Fragen</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>How stressed am I now?</source>
        <translation>Wie gestresst bin ich jetzt?</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Stress now</source>
        <translation>Stress jetzt</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+1"/>
        <source>How do I feel?</source>
        <translation>Wie fühle ich mich?</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Private: stays on this computer. Ctrl+Enter saves; Esc keeps a draft.</source>
        <translation>Privat: bleibt auf diesem Computer. Strg+Enter speichert, Esc behält einen Entwurf.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Discard</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard these answers</source>
        <translation>Diese Antworten verwerfen</translation>
    </message>
    <message>
        <location line="+122"/>
        <source>Your draft is back, as you left it.</source>
        <translation>Dein Entwurf ist wieder da, so wie du ihn verlassen hast.</translation>
    </message>
    <message>
        <location line="-140"/>
        <location line="+3"/>
        <source>One thing to carry forward</source>
        <translation>Eine Sache, die ich mitnehme</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>One thing I will do again, or differently</source>
        <translation>Was ich wieder so oder anders machen werde</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Not now</source>
        <translation>Nicht jetzt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not now: keep a draft</source>
        <translation>Nicht jetzt: Entwurf behalten</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+1"/>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saves the reflection on this computer.</source>
        <translation>Speichert die Reflexion auf diesem Computer.</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Not saved yet: {reason}</source>
        <translation>Noch nicht gespeichert: {reason}</translation>
    </message>
</context>
<context>
    <name>ReflectionText</name>
    <message>
        <location filename="../wellbeing/ui/reflection/reflection_fields.py" line="-119"/>
        <source>Calm</source>
        <translation>Ruhig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Relieved</source>
        <translation>Erleichtert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Proud</source>
        <translation>Stolz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tired</source>
        <translation>Müde</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+15"/>
        <source>Frustrated</source>
        <translation>Frustriert</translation>
    </message>
    <message>
        <location line="-14"/>
        <location line="+13"/>
        <source>Angry</source>
        <translation>Wütend</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Anxious</source>
        <translation>Ängstlich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sad</source>
        <translation>Traurig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shaken</source>
        <translation>Aufgewühlt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Numb</source>
        <translation>Wie betäubt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hurt</source>
        <translation>Verletzt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disrespected</source>
        <translation>Respektlos behandelt</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Worried</source>
        <translation>Besorgt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confused</source>
        <translation>Verwirrt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Upset</source>
        <translation>Aufgebracht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Desperate</source>
        <translation>Verzweifelt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rude</source>
        <translation>Unhöflich</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Listen</source>
        <translation>Zuhören</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Acknowledge</source>
        <translation>Anerkennen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Solve</source>
        <translation>Lösen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thank</source>
        <translation>Danken</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Went well</source>
        <translation>Lief gut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Was hard</source>
        <translation>War schwer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not relevant</source>
        <translation>Nicht relevant</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>angry</source>
        <translation>wütend</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>abusive</source>
        <translation>beleidigend</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>threatening</source>
        <translation>bedrohlich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>escalated</source>
        <translation>eskaliert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unresolved</source>
        <translation>ungelöst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>resolved</source>
        <translation>gelöst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>long</source>
        <translation>lang</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Not linked to a call</source>
        <translation>Mit keinem Anruf verknüpft</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{date} {time}</source>
        <translation>{date}, {time}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Call at {time}</source>
        <translation>Anruf um {time}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not rated</source>
        <translation>nicht bewertet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>difficulty {n}</source>
        <translation>Schwierigkeit {n}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> · </source>
        <translation> · </translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../wellbeing/ui/settings/settings_dialog.py" line="+93"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+1"/>
        <source>Settings sections</source>
        <translation>Bereiche der Einstellungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Breaks</source>
        <translation>&amp;Pausen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Work hours</source>
        <translation>&amp;Arbeitszeiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Co&amp;mfort</source>
        <translation>&amp;Komfort</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ca&amp;lls</source>
        <translation>A&amp;nrufe</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Connections</source>
        <translation>&amp;Verbindungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your d&amp;ata</source>
        <translation>&amp;Deine Daten</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Save and close</source>
        <translation>Speichern und schließen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apply</source>
        <translation>Übernehmen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location line="+143"/>
        <source>{hours}, {day}</source>
        <translation>{hours}, {day}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Please check {label}:{detail}</source>
        <translation>Bitte prüfe {label}:{detail}</translation>
    </message>
    <message>
        <location filename="../wellbeing/ui/settings/settings_calls.py" line="+32"/>
        <source>Calls are noticed when a phone program uses your microphone.</source>
        <translation>Anrufe werden erkannt, wenn ein Telefonprogramm dein Mikrofon benutzt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Calls are noticed only when you tick “On a call” in the menu or your softphone tells wellbeing.</source>
        <translation>Anrufe werden nur erkannt, wenn du „Im Gespräch“ im Menü anhakst oder dein Softphone es wellbeing mitteilt.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Calls</source>
        <translation>Anrufe</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Separated by commas; leave it empty to count any program.</source>
        <translation>Durch Kommas getrennt; leer lassen, um jedes Programm zu zählen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../wellbeing/ui/settings/settings_dialog.py" line="+15"/>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <location filename="../wellbeing/ui/settings/settings_dialog.py" line="+1"/>
        <source>Breaks</source>
        <translation>Pausen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> calls</source>
        <translation> Anrufe</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Prompts</source>
        <translation>Hinweise</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A severe call is always answered at once.</source>
        <translation>Auf einen sehr belastenden Anruf wird immer sofort reagiert.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Prompts wait while you are on a call or paused; after this long they go.</source>
        <translation>Hinweise warten, solange du im Gespräch bist oder sie pausiert sind; nach dieser Zeit verfallen sie.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> h</source>
        <translation> Std.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After this long without calls, the next shift starts calm.</source>
        <translation>Nach so langer Zeit ohne Anrufe beginnt die nächste Schicht ruhig.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>When I work</source>
        <translation>Wann ich arbeite</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Micro-breaks, the check-in reminder and the wind-down come only in these hours.</source>
        <translation>Mini-Pausen, die Check-in-Erinnerung und der Ausklang kommen nur in diesen Zeiten.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{day}: start time</source>
        <translation>{day}: Beginn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{day}: end time</source>
        <translation>{day}: Ende</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>I work on {day}</source>
        <translation>Ich arbeite am {day}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Weekly check-in</source>
        <translation>Wochen-Check-in</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>End of the shift</source>
        <translation>Schichtende</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Prompts and motion</source>
        <translation>Hinweise und Bewegung</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Look and language</source>
        <translation>Aussehen und Sprache</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Follow the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A new language shows the next time wellbeing starts.</source>
        <translation>Eine neue Sprache erscheint beim nächsten Start von wellbeing.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Starting</source>
        <translation>Programmstart</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Where your data is</source>
        <translation>Wo deine Daten liegen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Everything this app records stays in this folder on your computer, readable by you alone.</source>
        <translation>Alles, was diese App erfasst, bleibt in diesem Ordner auf deinem Computer und ist nur für dich lesbar.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Data folder</source>
        <translation>Datenordner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open folder</source>
        <translation>Ordner öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the data folder</source>
        <translation>Datenordner öffnen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Start afresh</source>
        <translation>Neu anfangen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Deletes every call, break, reflection and check-in on this computer. You will be asked to confirm.</source>
        <translation>Löscht alle Anrufe, Pausen, Reflexionen und Check-ins auf diesem Computer. Du wirst vorher um Bestätigung gebeten.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Delete all my data…</source>
        <translation>Alle meine Daten löschen…</translation>
    </message>
    <message>
        <location filename="../wellbeing/ui/settings/delete_confirm.py" line="-23"/>
        <source>Delete all your data?</source>
        <translation>Alle deine Daten löschen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete all your data from this computer?</source>
        <translation>Alle deine Daten von diesem Computer löschen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This deletes every call, break, reflection and check-in you have recorded, and withdraws anything shared with your team. It cannot be undone.</source>
        <translation>Das löscht alle Anrufe, Pausen, Reflexionen und Check-ins, die du eingetragen hast, und zieht alles zurück, was mit deinem Team geteilt wurde. Das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../wellbeing/ui/settings/settings_dialog.py" line="+1"/>
        <source>Delete all my data</source>
        <translation>Alle meine Daten löschen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep my data</source>
        <translation>Meine Daten behalten</translation>
    </message>
    <message>
        <location filename="../wellbeing/ui/settings/settings_fields.py" line="+66"/>
        <source>Offer a break after this many difficult calls in a row</source>
        <translation>Pause anbieten nach so vielen schwierigen Anrufen in Folge</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Length of that break</source>
        <translation>Dauer dieser Pause</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Length of the breathing reset after a severe call</source>
        <translation>Dauer der kurzen Atempause nach einem sehr belastenden Anruf</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Length of a break you start yourself</source>
        <translation>Dauer einer Pause, die du selbst startest</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Breathing pattern</source>
        <translation>Atemtechnik</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A new shift starts after this long without calls</source>
        <translation>Neue Schicht nach so langer Zeit ohne Anrufe</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Wait at least this long between prompts</source>
        <translation>Mindestabstand zwischen zwei Hinweisen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Drop a prompt that has waited longer than</source>
        <translation>Hinweis verwerfen, wenn er länger gewartet hat als</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Offer short micro-breaks during work hours</source>
        <translation>Kurze Mini-Pausen während der Arbeitszeit anbieten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>One micro-break every</source>
        <translation>Eine Mini-Pause alle</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Work hours</source>
        <translation>Arbeitszeiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remind me to do the weekly check-in</source>
        <translation>An den Wochen-Check-in erinnern</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reminder day</source>
        <translation>Tag der Erinnerung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reminder time</source>
        <translation>Uhrzeit der Erinnerung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Offer a short wind-down when my shift ends</source>
        <translation>Zum Schichtende einen kurzen Ausklang anbieten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reduce motion: show breathing as text, not a moving circle</source>
        <translation>Weniger Bewegung: Atmung als Text statt als bewegten Kreis zeigen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Also announce prompts as desktop notifications</source>
        <translation>Hinweise auch als Desktop-Benachrichtigung zeigen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Play a soft sound with prompts</source>
        <translation>Bei Hinweisen einen leisen Ton abspielen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Colours</source>
        <translation>Farben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start wellbeing when I log in</source>
        <translation>wellbeing bei der Anmeldung starten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hold prompts while the microphone is in use</source>
        <translation>Hinweise zurückhalten, solange das Mikrofon benutzt wird</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Phone programs</source>
        <translation>Telefonieprogramme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Count it as a call after at least</source>
        <translation>Als Anruf zählen ab</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A pause this short is still the same call</source>
        <translation>Eine so kurze Unterbrechung bleibt derselbe Anruf</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Monday</source>
        <translation>Montag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tuesday</source>
        <translation>Dienstag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wednesday</source>
        <translation>Mittwoch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thursday</source>
        <translation>Donnerstag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Friday</source>
        <translation>Freitag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saturday</source>
        <translation>Samstag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sunday</source>
        <translation>Sonntag</translation>
    </message>
    <message>
        <location filename="../wellbeing/ui/settings/settings_api.py" line="+39"/>
        <source>Let my browser agent desktop report calls</source>
        <translation>Mein Agenten-Desktop im Browser darf Anrufe melden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Port on this computer</source>
        <translation>Port auf diesem Computer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pages allowed (one per line)</source>
        <translation>Erlaubte Seiten (eine pro Zeile)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Browser agent desktop</source>
        <translation>Agenten-Desktop im Browser</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Amazon Connect, Genesys Cloud or Twilio Flex can tell wellbeing when a call starts and ends. Only this computer can reach it, and only from the pages listed here, with the token below.</source>
        <translation>Amazon Connect, Genesys Cloud oder Twilio Flex können wellbeing mitteilen, wann ein Anruf beginnt und endet. Nur dieser Computer kann es erreichen, und nur von den hier aufgeführten Seiten aus, mit dem Token unten.</translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+9"/>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy the token</source>
        <translation>Token kopieren</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A token is made when you apply.</source>
        <translation>Ein Token wird beim Übernehmen erstellt.</translation>
    </message>
</context>
<context>
    <name>SharingDialog</name>
    <message>
        <location filename="../wellbeing/ui/sharing/sharing_dialog.py" line="+68"/>
        <source>Team sharing</source>
        <translation>Teilen im Team</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Sharing status message</source>
        <translation>Statusmeldung zum Teilen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Join the team hub</source>
        <translation>Dem Team-Hub &amp;beitreten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Join the team hub</source>
        <translation>Dem Team-Hub beitreten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>S&amp;top sharing</source>
        <translation>&amp;Teilen beenden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop sharing and retract open weeks</source>
        <translation>Teilen beenden und offene Wochen zurückziehen</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Stop sharing and take back the weeks that are still open?</source>
        <translation>Teilen beenden und die noch offenen Wochen zurückziehen?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Weeks already released exist only inside your team&apos;s figures and cannot be taken out. Your own records on this computer are not touched.</source>
        <translation>Bereits freigegebene Wochen stecken nur noch in den Zahlen des Teams und lassen sich nicht herausnehmen. Deine eigenen Daten auf diesem Computer bleiben unberührt.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Stop sharing</source>
        <translation>Teilen beenden</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Please enter the hub&apos;s address and your invitation.</source>
        <translation>Bitte gib die Adresse des Hubs und deine Einladung ein.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Joining the team hub… nothing is sent yet.</source>
        <translation>Beitritt zum Team-Hub… noch wird nichts gesendet.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sending your finished weeks…</source>
        <translation>Deine abgeschlossenen Wochen werden gesendet…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Taking back your open weeks…</source>
        <translation>Deine offenen Wochen werden zurückgezogen…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>You joined the team hub. Nothing has been sent: each finished week goes by itself at a random moment before it closes, exactly as shown.</source>
        <translation>Du bist dem Team-Hub beigetreten. Noch wurde nichts gesendet: Jede abgeschlossene Woche geht einzeln zu einem zufälligen Zeitpunkt vor ihrem Abschluss raus, genau wie gezeigt.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Sent to your team&apos;s hub. Weeks sent just now: {n}.</source>
        <translation>An den Hub deines Teams gesendet. Gerade gesendete Wochen: {n}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nothing new to send: every finished week still open is already sent.</source>
        <translation>Nichts Neues zu senden: Jede abgeschlossene, noch offene Woche ist schon gesendet.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sharing is off. Open weeks taken back: {n}. Weeks already released exist only inside your team&apos;s figures, never as yours.</source>
        <translation>Teilen ist aus. Zurückgezogene offene Wochen: {n}. Bereits freigegebene Wochen gibt es nur in den Zahlen des Teams, nie als deine.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Nothing to send yet</source>
        <translation>Noch nichts zu senden</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Who runs the hub</source>
        <translation>Wer den Hub betreibt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hub address</source>
        <translation>Hub-Adresse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>https://wellbeing-hub.example.org</source>
        <translation>https://wellbeing-hub.example.org</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Invitation</source>
        <translation>Einladung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The invitation your hub&apos;s operator gave you</source>
        <translation>Die Einladung, die du von der Person bekommen hast, die den Hub betreibt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hub &amp;address:</source>
        <translation>Hub-&amp;Adresse:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Invitation:</source>
        <translation>&amp;Einladung:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Exactly what is sent</source>
        <translation>Genau das wird gesendet</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Preview of what is sent</source>
        <translation>Vorschau auf das, was gesendet wird</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>One message per finished week, each sent alone at a random moment, with nothing that names you or links your weeks.</source>
        <translation>Eine Nachricht pro abgeschlossener Woche, jede einzeln zu einem zufälligen Zeitpunkt gesendet, ohne etwas, das dich nennt oder deine Wochen verknüpft.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Sharing is on. Weeks sent and still open: {n}.</source>
        <translation>Teilen ist an. Gesendete, noch offene Wochen: {n}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sharing is off, but files shared to a folder earlier are still there.</source>
        <translation>Teilen ist aus, aber früher in einen Ordner geteilte Dateien liegen noch dort.</translation>
    </message>
    <message>
        <location line="-230"/>
        <source>Share &amp;now</source>
        <translation>&amp;Jetzt teilen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share now</source>
        <translation>Jetzt teilen</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+1"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Stop sharing?</source>
        <translation>Teilen beenden?</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Keep sharing</source>
        <translation>Weiter teilen</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>That did not work: {reason}</source>
        <translation>Das hat nicht geklappt: {reason}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What your team sees</source>
        <translation>Was dein Team sieht</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Where it goes</source>
        <translation>Wohin es geht</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sharing status</source>
        <translation>Status des Teilens</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Preparing the preview…</source>
        <translation>Vorschau wird vorbereitet…</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Sharing is off.</source>
        <translation>Teilen ist aus.</translation>
    </message>
    <message>
        <location filename="../wellbeing/ui/sharing/sharing_words.py" line="+13"/>
        <source>&lt;b&gt;Shared, once a week:&lt;/b&gt; how many calls, how many were difficult or severe, your longest run of difficult calls, breaks offered and taken, minutes breathed, average stress, check-in scores.</source>
        <translation>&lt;b&gt;Geteilt, einmal pro Woche:&lt;/b&gt; wie viele Anrufe, wie viele davon schwierig oder sehr belastend waren, deine längste Serie schwieriger Anrufe, angebotene und genommene Pausen, geatmete Minuten, durchschnittlicher Stress, Check-in-Werte.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;b&gt;Never shared:&lt;/b&gt; your name, notes, reflections, journal, tags, times of day, or anything you write.</source>
        <translation>&lt;b&gt;Nie geteilt:&lt;/b&gt; dein Name, Notizen, Reflexionen, Tagebuch, Tags, Uhrzeiten oder irgendetwas, das du schreibst.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your weeks go to a team hub run by someone your team trusts, not to your lead. The hub keeps no link between you and your numbers, and your lead only sees a week&apos;s team figures once it closes, when enough people shared it.</source>
        <translation>Deine Wochen gehen an einen Team-Hub, den jemand betreibt, dem dein Team vertraut, nicht an deine Teamleitung. Der Hub speichert keine Verbindung zwischen dir und deinen Zahlen, und deine Teamleitung sieht die Teamzahlen einer Woche erst, wenn sie abgeschlossen ist und genug Personen geteilt haben.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Only finished weeks are sent. Stopping takes back every week that has not closed yet; closed weeks exist only inside the team&apos;s figures.</source>
        <translation>Nur abgeschlossene Wochen werden gesendet. Beim Beenden wird jede Woche zurückgezogen, die noch nicht abgeschlossen ist; abgeschlossene Wochen gibt es nur in den Zahlen des Teams.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Hub run by: {operator}
Your team: {team}
A week is shown only when at least {k} people shared it.</source>
        <translation>Hub betrieben von: {operator}
Dein Team: {team}
Eine Woche wird erst gezeigt, wenn mindestens {k} Personen sie geteilt haben.</translation>
    </message>
</context>
<context>
    <name>StepGrid</name>
    <message>
        <location filename="../wellbeing/ui/reflection/reflection_fields.py" line="+151"/>
        <source>{step}: {rating}</source>
        <translation>{step}: {rating}</translation>
    </message>
</context>
<context>
    <name>StrainText</name>
    <message>
        <location filename="../wellbeing/ui/tray/strain_text.py" line="+20"/>
        <source>On a call</source>
        <translation>Im Gespräch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prompts paused until {until}</source>
        <translation>Hinweise pausiert bis {until}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Calm</source>
        <translation>Ruhig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 difficult call</source>
        <translation>1 schwieriger Anruf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} difficult calls in a row</source>
        <translation>{count} schwierige Anrufe in Folge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A severe call, no break since</source>
        <translation>Ein sehr belastender Anruf, seitdem keine Pause</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} not rated</source>
        <translation>{count} nicht bewertet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A severe call since your last break</source>
        <translation>Ein sehr belastender Anruf seit deiner letzten Pause</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No break yet today</source>
        <translation>Heute noch keine Pause</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last break just now</source>
        <translation>Letzte Pause gerade eben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last break {minutes} min ago</source>
        <translation>Letzte Pause vor {minutes} Min.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last break {hours} h ago</source>
        <translation>Letzte Pause vor {hours} Std.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last break {hours} h {minutes} min ago</source>
        <translation>Letzte Pause vor {hours} Std. {minutes} Min.</translation>
    </message>
</context>
<context>
    <name>StressQuestion</name>
    <message>
        <location filename="../wellbeing/ui/stress_question.py" line="+134"/>
        <source>0 is calm, 10 is very stressed. Optional: no answer until you choose one; a digit chooses, Delete skips.</source>
        <translation>0 ist ruhig, 10 ist sehr gestresst. Freiwillig: keine Antwort, bis du eine wählst; eine Ziffer wählt, Entf überspringt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Skip</source>
        <translation>Überspringen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skip this question</source>
        <translation>Diese Frage überspringen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>0 calm</source>
        <translation>0 ruhig</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+41"/>
        <source>Not answered</source>
        <translation>Keine Angabe</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>10 very stressed</source>
        <translation>10 sehr gestresst</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>{value} of 10</source>
        <translation>{value} von 10</translation>
    </message>
</context>
<context>
    <name>WindDownWindow</name>
    <message>
        <location filename="../wellbeing/ui/reflection/wind_down.py" line="+78"/>
        <source>End of shift</source>
        <translation>Schichtende</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Leave work behind</source>
        <translation>Lass die Arbeit hinter dir</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Here is your day. You can set it down now.</source>
        <translation>Das war dein Tag. Du kannst ihn jetzt ablegen.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>60-second breathing reset</source>
        <translation>60 Sekunden durchatmen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start a 60-second breathing reset</source>
        <translation>60 Sekunden Atempause starten</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>One quiet minute before you go.</source>
        <translation>Eine ruhige Minute, bevor du gehst.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+16"/>
        <source>What I leave here tonight</source>
        <translation>Was ich heute hierlasse</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Saved only in your private journal, on this computer. Leave it empty to keep nothing.</source>
        <translation>Wird nur in deinem privaten Tagebuch auf diesem Computer gespeichert. Lass das Feld leer, wenn du nichts aufbewahren möchtest.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>A call, a word, a worry. Write it down and leave it here.</source>
        <translation>Ein Anruf, ein Satz, eine Sorge. Schreib es auf und lass es hier.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Optional. Saved only in your private journal on this computer.</source>
        <translation>Optional. Wird nur in deinem privaten Tagebuch auf diesem Computer gespeichert.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Done for today</source>
        <translation>Feierabend</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Done for today: rest the prompts until next shift</source>
        <translation>Feierabend: Hinweise bis zur nächsten Schicht ruhen lassen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Today: {calls} · {difficult} · {breaks}</source>
        <translation>Heute: {calls} · {difficult} · {breaks}</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>call</source>
        <translation>Anruf</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>calls</source>
        <translation>Anrufe</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>difficult</source>
        <translation>davon schwierig</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>difficult</source>
        <comment>one call</comment>
        <translation>davon schwierig</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>break taken</source>
        <translation>Pause gemacht</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>breaks taken</source>
        <translation>Pausen gemacht</translation>
    </message>
    <message numerus="yes">
        <location line="+27"/>
        <source>%Ln calls</source>
        <translation>
            <numerusform>%Ln Anruf</numerusform>
            <numerusform>%Ln Anrufe</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln difficult</source>
        <translation>
            <numerusform>%Ln schwieriger</numerusform>
            <numerusform>%Ln schwierige</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln breaks</source>
        <translation>
            <numerusform>%Ln Pause</numerusform>
            <numerusform>%Ln Pausen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>You breathed for {time} today.</source>
        <translation>Heute hast du {time} bewusst geatmet.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Prompts rest until your next shift.</source>
        <translation>Die Hinweise ruhen bis zu deiner nächsten Schicht.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Prompts rest until {time}.</source>
        <translation>Die Hinweise ruhen bis {time}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Prompts rest until tomorrow at {time}.</source>
        <translation>Die Hinweise ruhen bis morgen um {time}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Prompts rest until {day} at {time}.</source>
        <translation>Die Hinweise ruhen bis {day} um {time}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Prompts rest until {date} at {time}.</source>
        <translation>Die Hinweise ruhen bis zum {date} um {time}.</translation>
    </message>
</context>
</TS>
