<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context>
    <name>AgentActions</name>
    <message>
        <location filename="../wellbeing/ui/tray/actions.py" line="+100"/>
        <source>1 · Routine</source>
        <translation>1 · Courant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>2 · A bit tense</source>
        <translation>2 · Un peu tendu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>3 · Tough</source>
        <translation>3 · Pénible</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>4 · Difficult</source>
        <translation>4 · Difficile</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>5 · Severe</source>
        <translation>5 · Très éprouvant</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Log call</source>
        <translation>Noter un appel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rate the last call</source>
        <translation>Évaluer le dernier appel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On a call</source>
        <translation>En appel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take a breathing break</source>
        <translation>Faire une pause respiration</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pause prompts</source>
        <translation>Suspendre les suggestions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For 30 minutes</source>
        <translation>Pendant 30 minutes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For 1 hour</source>
        <translation>Pendant 1 heure</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Until tomorrow</source>
        <translation>Jusqu&apos;à demain</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resume prompts now</source>
        <translation>Reprendre les suggestions maintenant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start now</source>
        <translation>Commencer maintenant</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Start now (waits until the call ends)</source>
        <translation>Commencer maintenant (attend la fin de l&apos;appel)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Snooze 5 min</source>
        <translation>Reporter de 5 min</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Snooze 10 min</source>
        <translation>Reporter de 10 min</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dismiss</source>
        <translation>Ignorer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reflect on the last call…</source>
        <translation>Faire le point sur le dernier appel…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Coach card</source>
        <translation>Aide-mémoire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weekly check-in…</source>
        <translation>Bilan hebdomadaire…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End my shift…</source>
        <translation>Terminer mon service…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Team sharing…</source>
        <translation>Partage avec l&apos;équipe…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>History and journal…</source>
        <translation>Historique et journal…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settings…</source>
        <translation>Paramètres…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Paused until {time}</source>
        <translation>Suspendu jusqu&apos;à {time}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Prompts paused</source>
        <translation>Suggestions suspendues</translation>
    </message>
</context>
<context>
    <name>BreathCircle</name>
    <message>
        <location filename="../wellbeing/ui/breathing/breath_circle.py" line="+31"/>
        <source>Breathing circle</source>
        <translation>Cercle de respiration</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Grows as you breathe in and shrinks as you breathe out.</source>
        <translation>Grandit quand vous inspirez et rétrécit quand vous expirez.</translation>
    </message>
</context>
<context>
    <name>BreatheOffer</name>
    <message>
        <location filename="../wellbeing/ui/reflection/reflection_more.py" line="+147"/>
        <source>Saved</source>
        <translation>Enregistré</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your body may still be on that call. A short breathing reset helps.</source>
        <translation>Votre corps est peut-être encore dans cet appel. Un court moment de respiration aide.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close without breathing</source>
        <translation>Fermer sans respirer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Breathe now</source>
        <translation>Respirer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start the breathing reset</source>
        <translation>Commencer le moment de respiration</translation>
    </message>
</context>
<context>
    <name>BreathingOptions</name>
    <message>
        <location filename="../wellbeing/ui/breathing/breathing_options.py" line="+48"/>
        <source>Change this break</source>
        <translation>Modifier cette pause</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your break keeps running while you choose: Back returns to it.</source>
        <translation>Votre pause continue pendant que vous choisissez&#xa0;: Retour vous y ramène.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>How stressed were you before this break? (optional)</source>
        <translation>Quel était votre niveau de stress avant cette pause&#xa0;? (facultatif)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Length of the break</source>
        <translation>Durée de la pause</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Back to the breathing</source>
        <translation>Revenir à la respiration</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Breathe with these</source>
        <translation>Respirer ainsi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start again with this pattern and length</source>
        <translation>Recommencer avec ce rythme et cette durée</translation>
    </message>
</context>
<context>
    <name>BreathingText</name>
    <message>
        <location filename="../wellbeing/ui/breathing/breathing_text.py" line="+21"/>
        <source>Box breathing</source>
        <translation>Respiration carrée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cyclic sigh</source>
        <translation>Soupir cyclique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>4-7-8 breathing</source>
        <translation>Respiration 4-7-8</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Coherent breathing</source>
        <translation>Cohérence cardiaque</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{s} in</source>
        <translation>inspirez {s} s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{s} more in</source>
        <translation>inspirez encore {s} s</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <source>{s} hold</source>
        <translation>retenez {s} s</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>{s} out</source>
        <translation>expirez {s} s</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>steady and even</source>
        <translation>un rythme régulier et égal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a double breath in, a long sigh</source>
        <translation>une double inspiration, un long soupir</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a long hold, a slow breath out</source>
        <translation>une longue rétention, une expiration lente</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>slow and smooth</source>
        <translation>un rythme lent et fluide</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{rhythm} — {feel}</source>
        <translation>{rhythm} — {feel}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Breathe in</source>
        <translation>Inspirez</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A little more</source>
        <translation>Encore un peu</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <source>Hold</source>
        <translation>Retenez</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Breathe out</source>
        <translation>Expirez</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{time} left</source>
        <translation>Il reste {time}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{s} s</source>
        <translation>{s} s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{m} min {s} s</source>
        <translation>{m} min {s} s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{m} min</source>
        <translation>{m} min</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>You breathed for {time}.</source>
        <translation>Vous avez respiré pendant {time}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Before the break you said {value}.</source>
        <translation>Avant la pause, vous aviez indiqué {value}.</translation>
    </message>
</context>
<context>
    <name>BreathingWindow</name>
    <message>
        <location filename="../wellbeing/ui/breathing/breathing_window.py" line="+115"/>
        <source>Breathing break</source>
        <translation>Pause respiration</translation>
    </message>
    <message>
        <location filename="../wellbeing/ui/breathing/breathing_options.py" line="-20"/>
        <source>Length</source>
        <translation>Durée</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Stress before the break, 0 to 10</source>
        <translation>Stress avant la pause, de 0 à 10</translation>
    </message>
    <message>
        <location filename="../wellbeing/ui/breathing/breathing_window.py" line="+146"/>
        <source>Seconds left in this phase</source>
        <translation>Secondes restantes dans cette phase</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Progress through this phase</source>
        <translation>Avancement de cette phase</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Change…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change the pattern, the length or say how stressed you are</source>
        <translation>Modifier le rythme, la durée ou indiquer votre niveau de stress</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Skip</source>
        <translation>Passer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Skip the rest of this break</source>
        <translation>Passer le reste de cette pause</translation>
    </message>
    <message>
        <location filename="../wellbeing/ui/breathing/breathing_after.py" line="+30"/>
        <source>Well done</source>
        <translation>Très bien</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>How do you feel now? (0–10)</source>
        <translation>Et maintenant, comment vous sentez-vous&#xa0;? (0–10)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stress after the break, 0 to 10</source>
        <translation>Stress après la pause, de 0 à 10</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Done: save this break</source>
        <translation>Terminé&#xa0;: enregistrer cette pause</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Reflect on this call</source>
        <translation>Faire le point sur cet appel</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save this break and reflect on the call before it</source>
        <translation>Enregistrer cette pause et faire le point sur l&apos;appel qui l&apos;a précédée</translation>
    </message>
</context>
<context>
    <name>CheckInText</name>
    <message>
        <location filename="../wellbeing/ui/reflection/checkin_text.py" line="+21"/>
        <source>How often do you feel worn out?</source>
        <translation>À quelle fréquence ressentez-vous une grande fatigue&#xa0;?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How often do you feel physically drained?</source>
        <translation>À quelle fréquence ressentez-vous un épuisement physique&#xa0;?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How often do you feel emotionally drained?</source>
        <translation>À quelle fréquence ressentez-vous un épuisement émotionnel&#xa0;?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How often do you think: I can&apos;t take any more of this?</source>
        <translation>À quelle fréquence vous dites-vous&#xa0;: «&#xa0;Je n&apos;en peux plus&#xa0;»&#xa0;?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Does your work leave you drained at the end of the day?</source>
        <translation>Votre travail vous laisse-t-il sans énergie à la fin de la journée&#xa0;?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Do you dread the thought of your next shift?</source>
        <translation>Appréhendez-vous l&apos;idée de votre prochain service&#xa0;?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Do you feel that every working hour tires you?</source>
        <translation>Avez-vous le sentiment que chaque heure de travail vous fatigue&#xa0;?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>After work, is there too little energy left for family and friends?</source>
        <translation>Après le travail, vous reste-t-il trop peu d&apos;énergie pour votre famille et vos amis&#xa0;?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Does callers&apos; frustration wear you down?</source>
        <translation>La frustration des appelants vous épuise-t-elle&#xa0;?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Do you find it hard to handle calls?</source>
        <translation>Avez-vous du mal à gérer les appels&#xa0;?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Do you feel you give more to callers than you get back?</source>
        <translation>Avez-vous le sentiment de donner plus aux appelants que ce que vous recevez en retour&#xa0;?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Are you tired of dealing with callers?</source>
        <translation>Le contact avec les appelants vous lasse-t-il&#xa0;?</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Never or almost never</source>
        <translation>Jamais ou presque jamais</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seldom</source>
        <translation>Rarement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sometimes</source>
        <translation>Parfois</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Often</source>
        <translation>Souvent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Always</source>
        <translation>Toujours</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Personal exhaustion</source>
        <translation>Épuisement personnel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Work-related exhaustion</source>
        <translation>Épuisement lié au travail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer-related strain</source>
        <translation>Fatigue liée aux clients</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>How you have been, in general.</source>
        <translation>Comment vous allez, de manière générale.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How your work has been for you.</source>
        <translation>Comment vous vivez votre travail.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How your calls with customers have been for you.</source>
        <translation>Comment vous vivez vos appels avec les clients.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Think of the last week; any question can be left out.</source>
        <translation>Pensez à la dernière semaine&#xa0;; vous pouvez passer n&apos;importe quelle question.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>A short self-check in three parts, about the last week: how you have been, how work has been, and how your calls with customers have been. Twelve questions, about a minute.</source>
        <translation>Un court bilan personnel en trois parties, sur la dernière semaine&#xa0;: comment vous allez, comment vous vivez votre travail et comment vous vivez vos appels avec les clients. Douze questions, environ une minute.</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Part {number} of {total}</source>
        <translation>Partie {number} sur {total}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>There are no right or wrong answers. Go with what comes to mind first, and skip any question you would rather leave.</source>
        <translation>Il n&apos;y a pas de bonne ou de mauvaise réponse. Fiez-vous à ce qui vous vient en premier, et passez les questions auxquelles vous préférez ne pas répondre.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This check-in is a self-reflection aid, not a diagnosis. If you are struggling, talk to someone you trust or to a health professional.</source>
        <translation>Ce bilan est une aide à la réflexion personnelle, pas un diagnostic. Si vous traversez une période difficile, parlez-en à une personne de confiance ou à un professionnel de santé.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{score} of 100</source>
        <translation>{score} sur 100</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>in the higher range</source>
        <translation>dans la zone haute</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not enough answers for a score</source>
        <translation>Pas assez de réponses pour calculer un score</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{score} · {band}</source>
        <translation>{score} · {band}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Thank you for taking this moment. Your answers are saved.</source>
        <translation>Merci d&apos;avoir pris ce moment. Vos réponses sont enregistrées.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No question was answered, so nothing was saved.</source>
        <translation>Aucune question n&apos;a reçu de réponse&#xa0;: rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Personal exhaustion score, 0 to 100</source>
        <translation>Score d&apos;épuisement personnel, de 0 à 100</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Work-related exhaustion score, 0 to 100</source>
        <translation>Score d&apos;épuisement lié au travail, de 0 à 100</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Customer-related strain score, 0 to 100</source>
        <translation>Score de fatigue liée aux clients, de 0 à 100</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Scores like this are common after a run of hard weeks, and they can change. It may help to talk to someone you trust, or to your team lead.</source>
        <translation>Des scores comme celui-ci sont fréquents après une série de semaines difficiles, et ils peuvent évoluer. Il peut être utile d&apos;en parler à une personne de confiance, ou à votre responsable.</translation>
    </message>
</context>
<context>
    <name>CheckInWindow</name>
    <message>
        <location filename="../wellbeing/ui/reflection/checkin_window.py" line="+160"/>
        <source>Weekly check-in</source>
        <translation>Bilan hebdomadaire</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>Your weekly check-in</source>
        <translation>Votre bilan hebdomadaire</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not now</source>
        <translation>Pas maintenant</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not now: close the check-in</source>
        <translation>Pas maintenant&#xa0;: fermer le bilan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start</source>
        <translation>Commencer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Start the check-in</source>
        <translation>Commencer le bilan</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Back to the previous page</source>
        <translation>Revenir à la page précédente</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>See my results</source>
        <translation>Voir mes résultats</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finish and see my results</source>
        <translation>Terminer et voir mes résultats</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Next part</source>
        <translation>Partie suivante</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Your check-in</source>
        <translation>Votre bilan</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Done: close this window</source>
        <translation>Terminé&#xa0;: fermer cette fenêtre</translation>
    </message>
</context>
<context>
    <name>ChipGroup</name>
    <message>
        <location filename="../wellbeing/ui/reflection/reflection_fields.py" line="+167"/>
        <source>{group}. Arrow keys move, Space chooses.</source>
        <translation>{group}. Flèches pour se déplacer, Espace pour choisir.</translation>
    </message>
</context>
<context>
    <name>CoachCard</name>
    <message>
        <location filename="../wellbeing/ui/reflection/coach_card.py" line="+57"/>
        <source>Coach card</source>
        <translation>Aide-mémoire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Coach card: phrases for Listen, Acknowledge, Solve, Thank</source>
        <translation>Aide-mémoire&#xa0;: phrases pour Écouter, Reconnaître, Résoudre, Remercier</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Coach card sections</source>
        <translation>Sections de l&apos;aide-mémoire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Steps and boundaries</source>
        <translation>Étapes et limites</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Stay on to&amp;p</source>
        <translation>Au &amp;premier plan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stay on top of other windows</source>
        <translation>Rester au-dessus des autres fenêtres</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Esc closes</source>
        <translation>Échap pour fermer</translation>
    </message>
</context>
<context>
    <name>CoachText</name>
    <message>
        <location filename="../wellbeing/ui/reflection/coach_text.py" line="+21"/>
        <source>&amp;Listen</source>
        <translation>É&amp;couter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Acknowledge</source>
        <translation>&amp;Reconnaître</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Solve</source>
        <translation>Ré&amp;soudre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Thank</source>
        <translation>Re&amp;mercier</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Listen</source>
        <translation>Écouter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Acknowledge</source>
        <translation>Reconnaître</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Solve</source>
        <translation>Résoudre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thank</source>
        <translation>Remercier</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Let them tell it all. Don&apos;t rush to fix it yet.</source>
        <translation>Laissez la personne tout raconter. Ne cherchez pas encore à régler le problème.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name the feeling before you fix the problem.</source>
        <translation>Nommez l&apos;émotion avant de régler le problème.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Say what you can do, not what you can&apos;t.</source>
        <translation>Dites ce que vous pouvez faire, pas ce que vous ne pouvez pas faire.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>End warmly, even when the call was hard.</source>
        <translation>Terminez avec chaleur, même quand l&apos;appel a été difficile.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Take your time, I&apos;m listening.</source>
        <translation>Prenez votre temps, je vous écoute.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tell me what happened, from the start.</source>
        <translation>Racontez-moi ce qui s&apos;est passé, depuis le début.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>So I get this right: can you tell me a bit more about that?</source>
        <translation>Pour bien comprendre&#xa0;: pouvez-vous m&apos;en dire un peu plus&#xa0;?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Go on, I&apos;m still here.</source>
        <translation>Allez-y, je suis toujours là.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>I can hear how frustrating this has been.</source>
        <translation>Je comprends à quel point cela a été frustrant pour vous.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That sounds really stressful. I&apos;m sorry you&apos;ve had to deal with it.</source>
        <translation>Ça a dû être vraiment stressant. Je regrette que vous ayez eu à gérer tout ça.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You expected better than that, and fairly so.</source>
        <translation>Vous vous attendiez à mieux, et c&apos;est bien légitime.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>It makes sense that you&apos;re upset.</source>
        <translation>Je comprends tout à fait votre mécontentement.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Here&apos;s what I can do right now…</source>
        <translation>Voici ce que je peux faire tout de suite…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Let me check that for you. It&apos;ll take about two minutes.</source>
        <translation>Je vérifie cela pour vous. Ça prendra environ deux minutes.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There are two ways we can fix this. Let me walk you through both.</source>
        <translation>Il y a deux façons de régler cela. Je vous explique les deux.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>I&apos;ll stay with this until we have a clear next step.</source>
        <translation>Je reste sur votre dossier jusqu&apos;à ce que nous ayons une prochaine étape claire.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Thank you for your patience while we sorted this.</source>
        <translation>Merci pour votre patience pendant que nous réglions cela.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Thanks for explaining it so clearly. It helped.</source>
        <translation>Merci de m&apos;avoir expliqué les choses aussi clairement. Ça m&apos;a été très utile.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I appreciate you bearing with me.</source>
        <translation>Je vous remercie de votre compréhension.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Is there anything else I can help with today?</source>
        <translation>Puis-je vous aider pour autre chose aujourd&apos;hui&#xa0;?</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>“{phrase}”</source>
        <translation>«&#xa0;{phrase}&#xa0;»</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Boundaries</source>
        <translation>&amp;Limites</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>If a caller becomes abusive</source>
        <translation>Si un appelant devient injurieux</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Abuse is not part of the job. Stay calm and take these steps in order.</source>
        <translation>Subir des insultes ne fait pas partie du travail. Restez calme et suivez ces étapes dans l&apos;ordre.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Warn once, calmly: “I want to help, and I can&apos;t continue if the language goes on.”</source>
        <translation>Prévenez une fois, calmement&#xa0;: «&#xa0;Je souhaite vous aider, mais je ne pourrai pas poursuivre si ces propos continuent.&#xa0;»</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Offer a supervisor: “Would you like me to pass you to my supervisor?”</source>
        <translation>Proposez un superviseur&#xa0;: «&#xa0;Souhaitez-vous que je vous passe mon superviseur&#xa0;?&#xa0;»</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>If it goes on, end the call respectfully: “I&apos;m going to end this call now. You&apos;re welcome to call back when we can talk it through.”</source>
        <translation>Si cela continue, mettez fin à l&apos;appel avec respect&#xa0;: «&#xa0;Je vais mettre fin à cet appel maintenant. Vous pouvez nous rappeler quand nous pourrons en parler sereinement.&#xa0;»</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Log the call and tag it abusive.</source>
        <translation>Notez l&apos;appel avec l&apos;étiquette «&#xa0;injurieux&#xa0;».</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take a breathing reset before the next call.</source>
        <translation>Prenez un moment pour respirer avant l&apos;appel suivant.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What they said was about their situation, not about you.</source>
        <translation>Ses propos parlaient de sa situation, pas de vous.</translation>
    </message>
</context>
<context>
    <name>Companion</name>
    <message>
        <location filename="../wellbeing/app/companion.py" line="+327"/>
        <source>Its icon is in the system tray.</source>
        <translation>Son icône se trouve dans la zone de notification.</translation>
    </message>
</context>
<context>
    <name>DraftKeeper</name>
    <message>
        <location filename="../wellbeing/services/reflection_drafts.py" line="+99"/>
        <source>Your reflection draft could not be kept: {reason}</source>
        <translation>Le brouillon de votre réflexion n’a pas pu être conservé&#xa0;: {reason}</translation>
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
        <translation>Votre bureau n&apos;affiche pas de zone de notification, alors wellbeing s&apos;installe dans cette petite fenêtre. La fermer ne fait que la réduire&#xa0;: vos pauses restent bien suivies.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Log the call that just ended:</source>
        <translation>Noter l&apos;appel qui vient de se terminer&#xa0;:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Log call: {label}</source>
        <translation>Noter l&apos;appel&#xa0;: {label}</translation>
    </message>
</context>
<context>
    <name>HistoryText</name>
    <message>
        <location filename="../wellbeing/ui/history/history_words.py" line="+28"/>
        <source>Last 30 days</source>
        <translation>30 derniers jours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 90 days</source>
        <translation>90 derniers jours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This year</source>
        <translation>Cette année</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All time</source>
        <translation>Depuis le début</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{first} to {last}</source>
        <translation>Du {first} au {last}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Calls per day, by difficulty</source>
        <translation>Appels par jour, par difficulté</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What breathing does for you: stress before and after (0–10)</source>
        <translation>Ce que la respiration vous apporte&#xa0;: stress avant et après (0–10)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Breaks offered and taken, per week</source>
        <translation>Pauses proposées et prises, par semaine</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Weekly check-in scores (0–100)</source>
        <translation>Scores des bilans hebdomadaires (0–100)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Chart: calls per day by difficulty</source>
        <translation>Graphique&#xa0;: appels par jour, par difficulté</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Chart: stress before and after breaks, per breathing pattern</source>
        <translation>Graphique&#xa0;: stress avant et après les pauses, par type de respiration</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Chart: breaks offered and taken per week</source>
        <translation>Graphique&#xa0;: pauses proposées et prises, par semaine</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Chart: check-in scores by week</source>
        <translation>Graphique&#xa0;: scores des bilans, par semaine</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{n} {word}</source>
        <translation>{n} {word}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not rated</source>
        <translation>Non évalué</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Before the break</source>
        <translation>Avant la pause</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After the break</source>
        <translation>Après la pause</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Offered</source>
        <translation>Proposées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Taken</source>
        <translation>Prises</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Personal</source>
        <translation>Personnel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Work</source>
        <translation>Travail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customers</source>
        <translation>Clients</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>higher range</source>
        <translation>zone haute</translation>
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
        <translation>Pas encore de pause avec un niveau de stress noté avant et après sur cette période.
Notez votre stress au début et à la fin d&apos;une pause&#xa0;: ce graphique montrera ce que chaque type de respiration vous apporte.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{word} {n}</source>
        <translation>{word}&#xa0;: {n}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{total} calls in {days} days: {parts}.</source>
        <translation>{total} appels en {days} jours&#xa0;: {parts}.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{pattern}: stress {before} before, {after} after, over {n} breaks.</source>
        <translation>{pattern}&#xa0;: stress à {before} avant, à {after} après, sur {n} pauses.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{offered} breaks offered, {taken} breaks taken in this range.</source>
        <translation>{offered} pauses proposées, {taken} pauses prises sur cette période.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{n} weekly check-ins in this range; 50 and above is the higher range.</source>
        <translation>{n} bilans hebdomadaires sur cette période&#xa0;; à partir de 50, c&apos;est la zone haute.</translation>
    </message>
</context>
<context>
    <name>HistoryWindow</name>
    <message>
        <location filename="../wellbeing/ui/history/history_window.py" line="+94"/>
        <location line="+1"/>
        <source>History and journal</source>
        <translation>Historique et journal</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Range shown in the charts</source>
        <translation>Période affichée dans les graphiques</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ranges</source>
        <translation>Périodes</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Drawing your charts…</source>
        <translation>Préparation de vos graphiques…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Show</source>
        <translation>&amp;Période</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>History sections</source>
        <translation>Sections de l&apos;historique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your pattern or the journal</source>
        <translation>Vos tendances ou le journal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your &amp;pattern</source>
        <translation>Vos &amp;tendances</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Journal</source>
        <translation>&amp;Journal</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Everything, JSON (*.json)</source>
        <translation>Tout, JSON (*.json)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Calls, CSV for spreadsheets (*.csv)</source>
        <translation>Appels, CSV pour tableur (*.csv)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export everything</source>
        <translation>Tout exporter</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Could not delete: {error}</source>
        <translation>Impossible de supprimer&#xa0;: {error}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Entry deleted.</source>
        <translation>Entrée supprimée.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Could not export: {error}</source>
        <translation>Impossible d&apos;exporter&#xa0;: {error}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exported everything to {path}</source>
        <translation>Tout a été exporté dans {path}</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Loading your history…</source>
        <translation>Chargement de votre historique…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Could not read your history: {error}</source>
        <translation>Impossible de lire votre historique&#xa0;: {error}</translation>
    </message>
    <message>
        <location filename="../wellbeing/ui/settings/delete_confirm.py" line="+50"/>
        <source>Delete entry</source>
        <translation>Supprimer l&apos;entrée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete this entry for good? It cannot be brought back.</source>
        <translation>Supprimer définitivement cette entrée&#xa0;? Elle ne pourra pas être récupérée.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Delete this entry</source>
        <translation>Supprimer cette entrée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep it</source>
        <translation>La garder</translation>
    </message>
</context>
<context>
    <name>JournalFilters</name>
    <message>
        <location filename="../wellbeing/ui/history/journal_filters.py" line="+51"/>
        <source>From date</source>
        <translation>Date de début</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show entries from this day on</source>
        <translation>Afficher les entrées à partir de ce jour</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To date</source>
        <translation>Date de fin</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show entries up to this day</source>
        <translation>Afficher les entrées jusqu&apos;à ce jour</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kinds</source>
        <translation>Types</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kinds of entry</source>
        <translation>Types d&apos;entrée</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+3"/>
        <source>Difficulty</source>
        <translation>Difficulté</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search what you wrote</source>
        <translation>Rechercher dans ce que vous avez écrit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search the journal text</source>
        <translation>Rechercher dans le texte du journal</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Clear the search</source>
        <translation>Effacer la recherche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;lear filters</source>
        <translation>&amp;Effacer les filtres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear filters</source>
        <translation>Effacer les filtres</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;From</source>
        <translation>D&amp;u</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Search</source>
        <translation>&amp;Rechercher</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>S&amp;how</source>
        <translation>&amp;Afficher</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Difficulty</source>
        <translation>&amp;Difficulté</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>T&amp;ags</source>
        <translation>Ét&amp;iquettes</translation>
    </message>
</context>
<context>
    <name>JournalModel</name>
    <message>
        <location filename="../wellbeing/ui/history/journal_model.py" line="+41"/>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Difficulty</source>
        <translation>Difficulté</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
</context>
<context>
    <name>JournalText</name>
    <message>
        <location filename="../wellbeing/ui/history/journal_text.py" line="+47"/>
        <source>routine</source>
        <translation>courant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a bit tense</source>
        <translation>un peu tendu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tough</source>
        <translation>pénible</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>difficult</source>
        <translation>difficile</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>severe</source>
        <translation>très éprouvant</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{n} · {word}</source>
        <translation>{n} · {word}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>not rated</source>
        <translation>non évalué</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Call</source>
        <translation>Appel</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+162"/>
        <source>Reflection</source>
        <translation>Réflexion</translation>
    </message>
    <message>
        <location line="-161"/>
        <source>Break</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Calls</source>
        <translation>Appels</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reflections</source>
        <translation>Réflexions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Breaks</source>
        <translation>Pauses</translation>
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
        <translation>{date} à {time}</translation>
    </message>
    <message>
        <location filename="../wellbeing/ui/history/journal_text.py" line="+16"/>
        <source>stress {before} → {after}</source>
        <translation>stress {before} → {after}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>stress before {n}</source>
        <translation>stress avant&#xa0;: {n}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>stress after {n}</source>
        <translation>stress après&#xa0;: {n}</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+161"/>
        <source>left early</source>
        <translation>arrêtée avant la fin</translation>
    </message>
    <message>
        <location line="-157"/>
        <source> · </source>
        <translation> · </translation>
    </message>
    <message>
        <location filename="../wellbeing/ui/duration_text.py" line="+13"/>
        <source>{s} s</source>
        <translation>{s} s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{m} min</source>
        <translation>{m} min</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{m} min {s} s</source>
        <translation>{m} min {s} s</translation>
    </message>
    <message>
        <location filename="../wellbeing/ui/history/journal_text.py" line="+11"/>
        <source>not recorded</source>
        <translation>non renseigné</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} of 10</source>
        <translation>{n} sur 10</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the tray menu</source>
        <translation>le menu de la zone de notification</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the quick-log popup</source>
        <translation>la fenêtre de notation rapide</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a keyboard shortcut</source>
        <translation>un raccourci clavier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the command line</source>
        <translation>la ligne de commande</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>another program</source>
        <translation>un autre programme</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>you, from the menu</source>
        <translation>vous, depuis le menu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a reset offered after a severe call</source>
        <translation>un moment de respiration proposé après un appel très éprouvant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a break offered after difficult calls in a row</source>
        <translation>une pause proposée après plusieurs appels difficiles d&apos;affilée</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a scheduled micro-break</source>
        <translation>une micro-pause programmée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the end-of-shift wind-down</source>
        <translation>le moment de décompression de fin de service</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not answered</source>
        <translation>Sans réponse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Call: {difficulty}</source>
        <translation>Appel&#xa0;: {difficulty}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ended</source>
        <translation>Fin de l&apos;appel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Difficulty</source>
        <translation>Difficulté</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Logged from</source>
        <translation>Noté depuis</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{step}: {rating}</source>
        <translation>{step}&#xa0;: {rating}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>not linked to a call</source>
        <translation>sans lien avec un appel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a call no longer in the journal</source>
        <translation>un appel qui n&apos;est plus dans le journal</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Written</source>
        <translation>Écrite le</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>About</source>
        <translation>Appel concerné</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stress after the call</source>
        <translation>Stress après l&apos;appel</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>How I felt</source>
        <translation>Ce que j&apos;ai ressenti</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The caller&apos;s problem</source>
        <translation>Le problème de l&apos;appelant</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The caller&apos;s emotion</source>
        <translation>L&apos;émotion de l&apos;appelant</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Listen, Acknowledge, Solve, Thank</source>
        <translation>Écouter, Reconnaître, Résoudre, Remercier</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A line was crossed</source>
        <translation>Une limite a été franchie</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What I did about it</source>
        <translation>Ce que j&apos;ai fait</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What I carry forward</source>
        <translation>Ce que je retiens</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Journal</source>
        <translation>Journal</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Break: {pattern}</source>
        <translation>Pause&#xa0;: {pattern}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>breathed to the end</source>
        <translation>respiration menée jusqu&apos;au bout</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Started</source>
        <translation>Début</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Breathing pattern</source>
        <translation>Type de respiration</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Planned</source>
        <translation>Durée prévue</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Breathed</source>
        <translation>Temps de respiration</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How it ended</source>
        <translation>Comment elle s&apos;est terminée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Started by</source>
        <translation>Origine</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stress before</source>
        <translation>Stress avant</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stress after</source>
        <translation>Stress après</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Choose an entry and press Enter (or double-click it) to read all of it here.</source>
        <translation>Choisissez une entrée et appuyez sur Entrée (ou double-cliquez dessus) pour la lire en entier ici.</translation>
    </message>
</context>
<context>
    <name>JournalView</name>
    <message>
        <location filename="../wellbeing/ui/history/journal_view.py" line="+78"/>
        <source>Journal entries</source>
        <translation>Entrées du journal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Newest first. Enter opens an entry; Delete deletes it.</source>
        <translation>Les plus récentes en premier. Entrée ouvre une entrée&#xa0;; Suppr la supprime.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Columns</source>
        <translation>Colonnes</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Entry details</source>
        <translation>Détails de l&apos;entrée</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete entry</source>
        <translation>&amp;Supprimer l&apos;entrée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the selected entry</source>
        <translation>Supprimer l&apos;entrée sélectionnée</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>E&amp;xport…</source>
        <translation>E&amp;xporter…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export everything to a file</source>
        <translation>Tout exporter dans un fichier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every record, whatever the filters show, as the command line exports it.</source>
        <translation>Tous les enregistrements, quels que soient les filtres, comme les exporte la ligne de commande.</translation>
    </message>
    <message>
        <location line="+145"/>
        <source>No entries match these filters.</source>
        <translation>Aucune entrée ne correspond à ces filtres.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln entries shown, newest first</source>
        <translation>
            <numerusform>%Ln entrée affichée, la plus récente d&apos;abord</numerusform>
            <numerusform>%Ln entrées affichées, les plus récentes d&apos;abord</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Launch</name>
    <message>
        <location filename="../wellbeing/app/main.py" line="+106"/>
        <source>wellbeing cannot start</source>
        <translation>wellbeing ne peut pas démarrer</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>wellbeing is starting…</source>
        <translation>wellbeing démarre…</translation>
    </message>
</context>
<context>
    <name>LocalApi</name>
    <message>
        <location filename="../wellbeing/services/local_api/controller.py" line="+73"/>
        <source>The local API could not start on port {port}: {reason}</source>
        <translation>L’API locale n’a pas pu démarrer sur le port {port}&#xa0;: {reason}</translation>
    </message>
</context>
<context>
    <name>LogConfirmation</name>
    <message>
        <location filename="../wellbeing/ui/prompts/log_confirmation.py" line="+38"/>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Logged · {rating}</source>
        <translation>Noté · {rating}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Undo: remove the call just logged ({rating})</source>
        <translation>Annuler&#xa0;: retirer l&apos;appel qui vient d&apos;être noté ({rating})</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>not rated</source>
        <translation>non évalué</translation>
    </message>
</context>
<context>
    <name>MessageBridge</name>
    <message>
        <location filename="../wellbeing/ui/tray/message_bridge.py" line="+43"/>
        <source>wellbeing kept your data safe</source>
        <translation>wellbeing a protégé vos données</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Team sharing did not work</source>
        <translation>Le partage avec l&apos;équipe n&apos;a pas fonctionné</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Starting at login could not be changed</source>
        <translation>Le lancement à l&apos;ouverture de session n&apos;a pas pu être modifié</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>wellbeing is already running</source>
        <translation>wellbeing est déjà ouvert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Noticing your calls</source>
        <translation>Repérage de vos appels</translation>
    </message>
</context>
<context>
    <name>MicrophoneSensor</name>
    <message>
        <location filename="../wellbeing/services/mic_sensor/__init__.py" line="+59"/>
        <source>no sound server, no microphone</source>
        <translation>ni serveur de son, ni micro</translation>
    </message>
    <message>
        <location filename="../wellbeing/services/mic_sensor/base.py" line="+29"/>
        <source>Calls are not detected on this machine ({why}). Prompts still wait while you are on a call: tick “On a call” in the menu, or let your softphone run “wellbeing on-call start” and “wellbeing on-call end”.</source>
        <translation>Les appels ne sont pas détectés sur cet ordinateur ({why}). Les suggestions peuvent quand même attendre pendant un appel&#xa0;: cochez «&#xa0;En appel&#xa0;» dans le menu, ou laissez votre softphone lancer «&#xa0;wellbeing on-call start&#xa0;» et «&#xa0;wellbeing on-call end&#xa0;».</translation>
    </message>
    <message>
        <location filename="../wellbeing/services/mic_sensor/macos.py" line="+73"/>
        <source>Core Audio cannot be read</source>
        <translation>Core Audio est illisible</translation>
    </message>
    <message>
        <location filename="../wellbeing/services/mic_sensor/pulse.py" line="+161"/>
        <source>no PulseAudio or PipeWire answers</source>
        <translation>ni PulseAudio ni PipeWire ne répondent</translation>
    </message>
    <message>
        <location filename="../wellbeing/services/mic_sensor/winreg_store.py" line="+168"/>
        <source>this Windows keeps no record of microphone use</source>
        <translation>cette version de Windows ne garde pas trace de l&apos;usage du micro</translation>
    </message>
</context>
<context>
    <name>MomentText</name>
    <message>
        <location filename="../wellbeing/ui/tray/moment_text.py" line="+33"/>
        <source>today {time}</source>
        <translation>aujourd&apos;hui à {time}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>tomorrow {time}</source>
        <translation>demain à {time}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{day} {time}</source>
        <translation>{day} à {time}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{date} {time}</source>
        <translation>{date} à {time}</translation>
    </message>
</context>
<context>
    <name>MoreQuestions</name>
    <message>
        <location filename="../wellbeing/ui/reflection/reflection_more.py" line="-99"/>
        <source>The caller&apos;s problem</source>
        <translation>Le problème de l&apos;appelant</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What they needed, in a few words</source>
        <translation>Ce dont il avait besoin, en quelques mots</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What did the caller need, and feel?</source>
        <translation>De quoi l&apos;appelant avait-il besoin, et que ressentait-il&#xa0;?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The caller seemed</source>
        <translation>Ce que l&apos;appelant exprimait</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>They seemed:</source>
        <translation>Ce qu&apos;il exprimait&#xa0;:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Listen, Acknowledge, Solve, Thank</source>
        <translation>Écouter, Reconnaître, Résoudre, Remercier</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A line was crossed: yes</source>
        <translation>Une limite a été franchie&#xa0;: oui</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A line was crossed: no</source>
        <translation>Une limite a été franchie&#xa0;: non</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Was a line crossed?</source>
        <translation>Limite franchie&#xa0;?</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+2"/>
        <source>What did you do?</source>
        <translation>Qu&apos;avez-vous fait&#xa0;?</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>e.g. warned once, offered a supervisor</source>
        <translation>p. ex. averti une fois, proposé un superviseur</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+6"/>
        <source>Journal (private)</source>
        <translation>Journal (privé)</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Free text. Tab moves on, Ctrl+Enter saves.</source>
        <translation>Texte libre. Tab pour passer à la suite, Ctrl+Entrée pour enregistrer.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anything else, just for you</source>
        <translation>Autre chose, rien que pour vous</translation>
    </message>
</context>
<context>
    <name>PromptCard</name>
    <message>
        <location filename="../wellbeing/ui/prompts/prompt_card.py" line="+66"/>
        <location line="+69"/>
        <source>Start</source>
        <translation>Commencer</translation>
    </message>
    <message>
        <location line="-66"/>
        <source>Snooze {n} min</source>
        <translation>Reporter de {n} min</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Snooze {n} minutes</source>
        <translation>Reporter de {n} minutes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Offer this again in {n} minutes.</source>
        <translation>Le proposer à nouveau dans {n} minutes.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dismiss</source>
        <translation>Ignorer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close this suggestion without taking it.</source>
        <translation>Fermer cette suggestion sans la suivre.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Reflect on this call</source>
        <translation>Faire le point sur cet appel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One minute to note what happened and what worked.</source>
        <translation>Une minute pour noter ce qui s&apos;est passé et ce qui a marché.</translation>
    </message>
</context>
<context>
    <name>PromptText</name>
    <message>
        <location filename="../wellbeing/ui/prompts/prompt_text.py" line="+26"/>
        <source>That call was severe.</source>
        <translation>Cet appel a été très éprouvant.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} difficult calls in a row.</source>
        <translation>{count} appels difficiles d&apos;affilée.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>That call was escalated.</source>
        <translation>Cet appel a été escaladé.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You have been working for a while.</source>
        <translation>Vous travaillez depuis un moment.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>It is time for your weekly check-in.</source>
        <translation>C&apos;est le moment de votre bilan hebdomadaire.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your shift is ending.</source>
        <translation>Votre service se termine.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Take a moment to reset</source>
        <translation>Prenez un moment pour vous recentrer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time for a breather</source>
        <translation>Le temps de souffler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set that call down</source>
        <translation>Déposer cet appel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A short pause</source>
        <translation>Une courte pause</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How are you, really?</source>
        <translation>Comment allez-vous, vraiment&#xa0;?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave work behind</source>
        <translation>Laisser le travail derrière vous</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A {seconds}-second breathing reset helps you leave it behind.</source>
        <translation>{seconds} secondes de respiration pour laisser cet appel derrière vous.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A {seconds}-second breathing break, between calls.</source>
        <translation>Une pause respiration de {seconds} secondes, entre deux appels.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A {minutes}-minute breathing break, between calls.</source>
        <translation>Une pause respiration de {minutes} min, entre deux appels.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>One minute to note what happened and what worked.</source>
        <translation>Une minute pour noter ce qui s&apos;est passé et ce qui a marché.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Twelve short questions, just for you.</source>
        <translation>Douze questions courtes, rien que pour vous.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One minute of breathing, then the day is done.</source>
        <translation>Une minute de respiration, et la journée est finie.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+3"/>
        <source>Breathe now</source>
        <translation>Respirer</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Start the break</source>
        <translation>Faire la pause</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reflect now</source>
        <translation>Faire le point</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start the check-in</source>
        <translation>Faire le bilan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wind down</source>
        <translation>Décompresser</translation>
    </message>
</context>
<context>
    <name>QuickLogPopup</name>
    <message>
        <location filename="../wellbeing/ui/prompts/quick_log.py" line="+106"/>
        <location line="+1"/>
        <location line="+23"/>
        <source>How was that call?</source>
        <translation>Comment s&apos;est passé cet appel&#xa0;?</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Press 1 to 5 to log the call, Tab for tags and a note, Esc to close.</source>
        <translation>Appuyez sur 1 à 5 pour noter l&apos;appel, Tab pour les étiquettes et une note, Échap pour fermer.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>What happened? (optional)</source>
        <translation>Que s&apos;est-il passé&#xa0;? (facultatif)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Private note (optional)</source>
        <translation>Note privée (facultative)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Private note</source>
        <translation>Note privée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Optional, stays on this computer. Enter logs the call.</source>
        <translation>Facultative, reste sur cet ordinateur. Entrée pour noter l&apos;appel.</translation>
    </message>
    <message>
        <location filename="../wellbeing/ui/prompts/rating_words.py" line="+20"/>
        <source>Routine</source>
        <translation>Courant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A bit tense</source>
        <translation>Un peu tendu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tough</source>
        <translation>Pénible</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Difficult</source>
        <translation>Difficile</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Severe</source>
        <translation>Très éprouvant</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Angry</source>
        <translation>En colère</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Abusive</source>
        <translation>Injurieux</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Threatening</source>
        <translation>Menaçant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Escalated</source>
        <translation>Escaladé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unresolved</source>
        <translation>Non résolu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolved</source>
        <translation>Résolu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Long</source>
        <translation>Long</translation>
    </message>
    <message>
        <location filename="../wellbeing/ui/prompts/quick_log.py" line="+17"/>
        <source>Logs the call at once with this difficulty.</source>
        <translation>Note l&apos;appel tout de suite avec cette difficulté.</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Pick a difficulty: 1–5</source>
        <translation>Choisissez une difficulté&#xa0;: 1–5</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Enter logs “{label}”.</source>
        <translation>Entrée&#xa0;: noter «&#xa0;{label}&#xa0;».</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Press 1–5 to log · Esc to close</source>
        <translation>1–5 pour noter · Échap pour fermer</translation>
    </message>
</context>
<context>
    <name>RatingCard</name>
    <message>
        <location filename="../wellbeing/ui/prompts/rating_card.py" line="+54"/>
        <source>How was that call?</source>
        <translation>Comment s&apos;est passé cet appel&#xa0;?</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Rates the call at once with this difficulty.</source>
        <translation>Évalue l&apos;appel tout de suite avec cette difficulté.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>A call of {length} just ended. One click rates it.</source>
        <translation>Un appel de {length} vient de se terminer. Un clic suffit pour l’évaluer.</translation>
    </message>
</context>
<context>
    <name>ReflectionDialog</name>
    <message>
        <location filename="../wellbeing/ui/reflection/reflection_dialog.py" line="+109"/>
        <location line="+97"/>
        <source>Set that call down</source>
        <translation>Déposer cet appel</translation>
    </message>
    <message>
        <location line="-84"/>
        <source>More: the caller, L.A.S.T., a line crossed, journal</source>
        <translation>Plus&#xa0;: l&apos;appelant, L.A.S.T., une limite franchie, journal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>More questions</source>
        <translation>Plus de questions</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>How stressed am I now?</source>
        <translation>Quel est mon niveau de stress maintenant&#xa0;?</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Stress now</source>
        <translation>Stress actuel</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+1"/>
        <source>How do I feel?</source>
        <translation>Qu&apos;est-ce que je ressens&#xa0;?</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Private: stays on this computer. Ctrl+Enter saves; Esc keeps a draft.</source>
        <translation>Privé&#xa0;: reste sur cet ordinateur. Ctrl+Entrée pour enregistrer&#xa0;; Échap garde un brouillon.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Discard</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard these answers</source>
        <translation>Effacer ces réponses</translation>
    </message>
    <message>
        <location line="+122"/>
        <source>Your draft is back, as you left it.</source>
        <translation>Votre brouillon est là, tel que vous l&apos;avez laissé.</translation>
    </message>
    <message>
        <location line="-140"/>
        <location line="+3"/>
        <source>One thing to carry forward</source>
        <translation>Une chose à retenir</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>One thing I will do again, or differently</source>
        <translation>À refaire, ou à faire autrement</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Not now</source>
        <translation>Pas maintenant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not now: keep a draft</source>
        <translation>Pas maintenant&#xa0;: garder un brouillon</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+1"/>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saves the reflection on this computer.</source>
        <translation>Enregistre la réflexion sur cet ordinateur.</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Not saved yet: {reason}</source>
        <translation>Pas encore enregistré&#xa0;: {reason}</translation>
    </message>
</context>
<context>
    <name>ReflectionText</name>
    <message>
        <location filename="../wellbeing/ui/reflection/reflection_fields.py" line="-119"/>
        <source>Calm</source>
        <translation>Calme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Relieved</source>
        <translation>Soulagement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Proud</source>
        <translation>Fierté</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tired</source>
        <translation>Fatigue</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+15"/>
        <source>Frustrated</source>
        <translation>Frustration</translation>
    </message>
    <message>
        <location line="-14"/>
        <location line="+13"/>
        <source>Angry</source>
        <translation>Colère</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Anxious</source>
        <translation>Anxiété</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sad</source>
        <translation>Tristesse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shaken</source>
        <translation>Choc</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Numb</source>
        <translation>Vide</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hurt</source>
        <translation>Blessure</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disrespected</source>
        <translation>Manque de respect</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Worried</source>
        <translation>Inquiétude</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confused</source>
        <translation>Confusion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Upset</source>
        <translation>Contrariété</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Desperate</source>
        <translation>Désespoir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rude</source>
        <translation>Impolitesse</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Listen</source>
        <translation>Écouter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Acknowledge</source>
        <translation>Reconnaître</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Solve</source>
        <translation>Résoudre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thank</source>
        <translation>Remercier</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Went well</source>
        <translation>Bien passé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Was hard</source>
        <translation>Pas facile</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not relevant</source>
        <translation>Sans objet</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>angry</source>
        <translation>en colère</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>abusive</source>
        <translation>injurieux</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>threatening</source>
        <translation>menaçant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>escalated</source>
        <translation>escaladé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unresolved</source>
        <translation>non résolu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>resolved</source>
        <translation>résolu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>long</source>
        <translation>long</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Not linked to a call</source>
        <translation>Sans lien avec un appel</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{date} {time}</source>
        <translation>{date} à {time}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Call at {time}</source>
        <translation>Appel de {time}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not rated</source>
        <translation>non évalué</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>difficulty {n}</source>
        <translation>difficulté {n}</translation>
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
        <translation>Paramètres</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+1"/>
        <source>Settings sections</source>
        <translation>Sections des paramètres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Breaks</source>
        <translation>&amp;Pauses</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Work hours</source>
        <translation>&amp;Horaires</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Co&amp;mfort</source>
        <translation>&amp;Confort</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ca&amp;lls</source>
        <translation>&amp;Appels</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Connections</source>
        <translation>Co&amp;nnexions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your d&amp;ata</source>
        <translation>Vos &amp;données</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Save and close</source>
        <translation>Enregistrer et fermer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apply</source>
        <translation>Appliquer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location line="+143"/>
        <source>{hours}, {day}</source>
        <translation>{hours}, {day}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Please check {label}:{detail}</source>
        <translation>Veuillez vérifier {label}&#xa0;:{detail}</translation>
    </message>
    <message>
        <location filename="../wellbeing/ui/settings/settings_calls.py" line="+32"/>
        <source>Calls are noticed when a phone program uses your microphone.</source>
        <translation>Les appels sont détectés quand un programme de téléphonie utilise votre micro.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Calls are noticed only when you tick “On a call” in the menu or your softphone tells wellbeing.</source>
        <translation>Les appels ne sont détectés que si vous cochez «&#xa0;En appel&#xa0;» dans le menu ou si votre softphone le signale à wellbeing.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Calls</source>
        <translation>Appels</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Separated by commas; leave it empty to count any program.</source>
        <translation>Séparés par des virgules&#xa0;; laissez vide pour compter n&apos;importe quel programme.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../wellbeing/ui/settings/settings_dialog.py" line="+15"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../wellbeing/ui/settings/settings_dialog.py" line="+1"/>
        <source>Breaks</source>
        <translation>Pauses</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> calls</source>
        <translation> appels</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Prompts</source>
        <translation>Suggestions</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A severe call is always answered at once.</source>
        <translation>Après un appel très éprouvant, une suggestion arrive toujours tout de suite.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Prompts wait while you are on a call or paused; after this long they go.</source>
        <translation>Les suggestions attendent pendant un appel ou quand elles sont suspendues&#xa0;; passé ce délai, elles sont abandonnées.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After this long without calls, the next shift starts calm.</source>
        <translation>Après ce délai sans appel, le service suivant commence au calme.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>When I work</source>
        <translation>Quand je travaille</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Micro-breaks, the check-in reminder and the wind-down come only in these hours.</source>
        <translation>Les micro-pauses, le rappel du bilan et le moment de décompression n&apos;arrivent que pendant ces horaires.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>to</source>
        <translation>à</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{day}: start time</source>
        <translation>{day}&#xa0;: heure de début</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{day}: end time</source>
        <translation>{day}&#xa0;: heure de fin</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>I work on {day}</source>
        <translation>{day}&#xa0;: jour travaillé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Weekly check-in</source>
        <translation>Bilan hebdomadaire</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>End of the shift</source>
        <translation>Fin de service</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Prompts and motion</source>
        <translation>Suggestions et animations</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Look and language</source>
        <translation>Apparence et langue</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Follow the system</source>
        <translation>Suivre le système</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>System language</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A new language shows the next time wellbeing starts.</source>
        <translation>Une nouvelle langue s&apos;affiche au prochain démarrage de wellbeing.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Starting</source>
        <translation>Démarrage</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Where your data is</source>
        <translation>Où sont vos données</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Everything this app records stays in this folder on your computer, readable by you alone.</source>
        <translation>Tout ce que l&apos;application enregistre reste dans ce dossier sur votre ordinateur, lisible uniquement par vous.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Data folder</source>
        <translation>Dossier des données</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open folder</source>
        <translation>Ouvrir le dossier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the data folder</source>
        <translation>Ouvrir le dossier des données</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Start afresh</source>
        <translation>Repartir de zéro</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Deletes every call, break, reflection and check-in on this computer. You will be asked to confirm.</source>
        <translation>Supprime tous les appels, pauses, réflexions et bilans de cet ordinateur. Une confirmation vous sera demandée.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Delete all my data…</source>
        <translation>Supprimer toutes mes données…</translation>
    </message>
    <message>
        <location filename="../wellbeing/ui/settings/delete_confirm.py" line="-23"/>
        <source>Delete all your data?</source>
        <translation>Supprimer toutes vos données&#xa0;?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete all your data from this computer?</source>
        <translation>Supprimer toutes vos données de cet ordinateur&#xa0;?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This deletes every call, break, reflection and check-in you have recorded, and withdraws anything shared with your team. It cannot be undone.</source>
        <translation>Cela supprime tous les appels, pauses, réflexions et bilans que vous avez enregistrés, et retire tout ce qui a été partagé avec votre équipe. Impossible de revenir en arrière.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../wellbeing/ui/settings/settings_dialog.py" line="+1"/>
        <source>Delete all my data</source>
        <translation>Supprimer toutes mes données</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep my data</source>
        <translation>Garder mes données</translation>
    </message>
    <message>
        <location filename="../wellbeing/ui/settings/settings_fields.py" line="+66"/>
        <source>Offer a break after this many difficult calls in a row</source>
        <translation>Proposer une pause après ce nombre d&apos;appels difficiles d&apos;affilée</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Length of that break</source>
        <translation>Durée de cette pause</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Length of the breathing reset after a severe call</source>
        <translation>Durée du moment de respiration après un appel très éprouvant</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Length of a break you start yourself</source>
        <translation>Durée d&apos;une pause que vous lancez vous-même</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Breathing pattern</source>
        <translation>Type de respiration</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A new shift starts after this long without calls</source>
        <translation>Un nouveau service commence après ce délai sans appel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Wait at least this long between prompts</source>
        <translation>Attendre au moins ce délai entre deux suggestions</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Drop a prompt that has waited longer than</source>
        <translation>Abandonner une suggestion qui attend depuis plus de</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Offer short micro-breaks during work hours</source>
        <translation>Proposer de courtes micro-pauses pendant les horaires de travail</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>One micro-break every</source>
        <translation>Une micro-pause toutes les</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Work hours</source>
        <translation>Horaires de travail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remind me to do the weekly check-in</source>
        <translation>Me rappeler de faire le bilan hebdomadaire</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reminder day</source>
        <translation>Jour du rappel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reminder time</source>
        <translation>Heure du rappel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Offer a short wind-down when my shift ends</source>
        <translation>Proposer un court moment de décompression à la fin de mon service</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reduce motion: show breathing as text, not a moving circle</source>
        <translation>Réduire les animations&#xa0;: afficher la respiration en texte plutôt qu&apos;avec un cercle animé</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Also announce prompts as desktop notifications</source>
        <translation>Annoncer aussi les suggestions par des notifications du bureau</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Play a soft sound with prompts</source>
        <translation>Jouer un son doux avec les suggestions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Colours</source>
        <translation>Couleurs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start wellbeing when I log in</source>
        <translation>Lancer wellbeing à l&apos;ouverture de ma session</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hold prompts while the microphone is in use</source>
        <translation>Retenir les suggestions pendant que le micro est utilisé</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Phone programs</source>
        <translation>Programmes de téléphonie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Count it as a call after at least</source>
        <translation>Compter comme un appel à partir de</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A pause this short is still the same call</source>
        <translation>Une pause aussi courte reste le même appel</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Monday</source>
        <translation>Lundi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tuesday</source>
        <translation>Mardi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wednesday</source>
        <translation>Mercredi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thursday</source>
        <translation>Jeudi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Friday</source>
        <translation>Vendredi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saturday</source>
        <translation>Samedi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sunday</source>
        <translation>Dimanche</translation>
    </message>
    <message>
        <location filename="../wellbeing/ui/settings/settings_api.py" line="+39"/>
        <source>Let my browser agent desktop report calls</source>
        <translation>Permettre à mon poste d’agent dans le navigateur de signaler les appels</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Port on this computer</source>
        <translation>Port sur cet ordinateur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pages allowed (one per line)</source>
        <translation>Pages autorisées (une par ligne)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Browser agent desktop</source>
        <translation>Poste d’agent dans le navigateur</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Amazon Connect, Genesys Cloud or Twilio Flex can tell wellbeing when a call starts and ends. Only this computer can reach it, and only from the pages listed here, with the token below.</source>
        <translation>Amazon Connect, Genesys Cloud ou Twilio Flex peuvent indiquer à wellbeing quand un appel commence et se termine. Seul cet ordinateur peut le joindre, et seulement depuis les pages listées ici, avec le jeton ci-dessous.</translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+9"/>
        <source>Token</source>
        <translation>Jeton</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy the token</source>
        <translation>Copier le jeton</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A token is made when you apply.</source>
        <translation>Un jeton est créé quand vous appliquez.</translation>
    </message>
</context>
<context>
    <name>SharingDialog</name>
    <message>
        <location filename="../wellbeing/ui/sharing/sharing_dialog.py" line="+68"/>
        <source>Team sharing</source>
        <translation>Partage avec l&apos;équipe</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Sharing status message</source>
        <translation>Message d&apos;état du partage</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Join the team hub</source>
        <translation>&amp;Rejoindre le hub de l&apos;équipe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Join the team hub</source>
        <translation>Rejoindre le hub de l&apos;équipe</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>S&amp;top sharing</source>
        <translation>Arrê&amp;ter le partage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop sharing and retract open weeks</source>
        <translation>Arrêter le partage et retirer les semaines ouvertes</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Stop sharing and take back the weeks that are still open?</source>
        <translation>Arrêter le partage et retirer les semaines encore ouvertes&#xa0;?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Weeks already released exist only inside your team&apos;s figures and cannot be taken out. Your own records on this computer are not touched.</source>
        <translation>Les semaines déjà publiées n&apos;existent plus que dans les chiffres de l&apos;équipe et ne peuvent pas en être retirées. Vos propres données sur cet ordinateur restent intactes.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Stop sharing</source>
        <translation>Arrêter le partage</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Please enter the hub&apos;s address and your invitation.</source>
        <translation>Veuillez saisir l&apos;adresse du hub et votre invitation.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Joining the team hub… nothing is sent yet.</source>
        <translation>Connexion au hub de l&apos;équipe… rien n&apos;est encore envoyé.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sending your finished weeks…</source>
        <translation>Envoi de vos semaines terminées…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Taking back your open weeks…</source>
        <translation>Retrait de vos semaines ouvertes…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>You joined the team hub. Nothing has been sent: each finished week goes by itself at a random moment before it closes, exactly as shown.</source>
        <translation>Vous avez rejoint le hub de l&apos;équipe. Rien n&apos;a été envoyé&#xa0;: chaque semaine terminée part seule à un moment choisi au hasard avant sa clôture, exactement comme affiché.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Sent to your team&apos;s hub. Weeks sent just now: {n}.</source>
        <translation>Envoyé au hub de votre équipe. Semaines envoyées à l&apos;instant&#xa0;: {n}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nothing new to send: every finished week still open is already sent.</source>
        <translation>Rien de nouveau à envoyer&#xa0;: toutes les semaines terminées encore ouvertes ont déjà été envoyées.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sharing is off. Open weeks taken back: {n}. Weeks already released exist only inside your team&apos;s figures, never as yours.</source>
        <translation>Le partage est désactivé. Semaines ouvertes retirées&#xa0;: {n}. Les semaines déjà publiées n&apos;existent que dans les chiffres de l&apos;équipe, jamais comme les vôtres.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Nothing to send yet</source>
        <translation>Rien à envoyer pour l&apos;instant</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Who runs the hub</source>
        <translation>Qui gère le hub</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hub address</source>
        <translation>Adresse du hub</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>https://wellbeing-hub.example.org</source>
        <translation>https://wellbeing-hub.example.org</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Invitation</source>
        <translation>Invitation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The invitation your hub&apos;s operator gave you</source>
        <translation>L&apos;invitation que la personne qui gère le hub vous a donnée</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hub &amp;address:</source>
        <translation>&amp;Adresse du hub&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Invitation:</source>
        <translation>&amp;Invitation&#xa0;:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Exactly what is sent</source>
        <translation>Exactement ce qui est envoyé</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Preview of what is sent</source>
        <translation>Aperçu de ce qui est envoyé</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>One message per finished week, each sent alone at a random moment, with nothing that names you or links your weeks.</source>
        <translation>Un message par semaine terminée, chacun envoyé seul à un moment choisi au hasard, sans rien qui vous nomme ou relie vos semaines.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Sharing is on. Weeks sent and still open: {n}.</source>
        <translation>Le partage est activé. Semaines envoyées et encore ouvertes&#xa0;: {n}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sharing is off, but files shared to a folder earlier are still there.</source>
        <translation>Le partage est désactivé, mais des fichiers partagés auparavant dans un dossier y sont encore.</translation>
    </message>
    <message>
        <location line="-230"/>
        <source>Share &amp;now</source>
        <translation>Partager &amp;maintenant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share now</source>
        <translation>Partager maintenant</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+1"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Stop sharing?</source>
        <translation>Arrêter le partage&#xa0;?</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Keep sharing</source>
        <translation>Continuer le partage</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>That did not work: {reason}</source>
        <translation>Cela n&apos;a pas fonctionné&#xa0;: {reason}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What your team sees</source>
        <translation>Ce que voit votre équipe</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Where it goes</source>
        <translation>Où vont les données</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sharing status</source>
        <translation>État du partage</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Preparing the preview…</source>
        <translation>Préparation de l&apos;aperçu…</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Sharing is off.</source>
        <translation>Le partage est désactivé.</translation>
    </message>
    <message>
        <location filename="../wellbeing/ui/sharing/sharing_words.py" line="+13"/>
        <source>&lt;b&gt;Shared, once a week:&lt;/b&gt; how many calls, how many were difficult or severe, your longest run of difficult calls, breaks offered and taken, minutes breathed, average stress, check-in scores.</source>
        <translation>&lt;b&gt;Partagé une fois par semaine&#xa0;:&lt;/b&gt; le nombre d&apos;appels, combien étaient difficiles ou très éprouvants, votre plus longue série d&apos;appels difficiles, les pauses proposées et prises, les minutes de respiration, le stress moyen, les scores du bilan.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;b&gt;Never shared:&lt;/b&gt; your name, notes, reflections, journal, tags, times of day, or anything you write.</source>
        <translation>&lt;b&gt;Jamais partagé&#xa0;:&lt;/b&gt; votre nom, vos notes, réflexions, journal, étiquettes, les heures de la journée, ni rien de ce que vous écrivez.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your weeks go to a team hub run by someone your team trusts, not to your lead. The hub keeps no link between you and your numbers, and your lead only sees a week&apos;s team figures once it closes, when enough people shared it.</source>
        <translation>Vos semaines vont à un hub d&apos;équipe géré par une personne de confiance pour votre équipe, pas à votre responsable. Le hub ne garde aucun lien entre vous et vos chiffres, et votre responsable ne voit les chiffres d&apos;équipe d&apos;une semaine qu&apos;une fois celle-ci close, quand assez de personnes l&apos;ont partagée.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Only finished weeks are sent. Stopping takes back every week that has not closed yet; closed weeks exist only inside the team&apos;s figures.</source>
        <translation>Seules les semaines terminées sont envoyées. Arrêter le partage retire toutes les semaines pas encore closes&#xa0;; les semaines closes n&apos;existent que dans les chiffres de l&apos;équipe.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Hub run by: {operator}
Your team: {team}
A week is shown only when at least {k} people shared it.</source>
        <translation>Hub géré par&#xa0;: {operator}
Votre équipe&#xa0;: {team}
Une semaine n&apos;est affichée que si au moins {k} personnes l&apos;ont partagée.</translation>
    </message>
</context>
<context>
    <name>StepGrid</name>
    <message>
        <location filename="../wellbeing/ui/reflection/reflection_fields.py" line="+151"/>
        <source>{step}: {rating}</source>
        <translation>{step}&#xa0;: {rating}</translation>
    </message>
</context>
<context>
    <name>StrainText</name>
    <message>
        <location filename="../wellbeing/ui/tray/strain_text.py" line="+20"/>
        <source>On a call</source>
        <translation>En appel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prompts paused until {until}</source>
        <translation>Suggestions suspendues jusqu&apos;à {until}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Calm</source>
        <translation>Calme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 difficult call</source>
        <translation>1 appel difficile</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} difficult calls in a row</source>
        <translation>{count} appels difficiles d&apos;affilée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A severe call, no break since</source>
        <translation>Un appel très éprouvant, pas de pause depuis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} not rated</source>
        <translation>{count} non évalués</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A severe call since your last break</source>
        <translation>Un appel très éprouvant depuis votre dernière pause</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No break yet today</source>
        <translation>Pas encore de pause aujourd&apos;hui</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last break just now</source>
        <translation>Dernière pause à l&apos;instant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last break {minutes} min ago</source>
        <translation>Dernière pause il y a {minutes} min</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last break {hours} h ago</source>
        <translation>Dernière pause il y a {hours} h</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last break {hours} h {minutes} min ago</source>
        <translation>Dernière pause il y a {hours} h {minutes} min</translation>
    </message>
</context>
<context>
    <name>StressQuestion</name>
    <message>
        <location filename="../wellbeing/ui/stress_question.py" line="+134"/>
        <source>0 is calm, 10 is very stressed. Optional: no answer until you choose one; a digit chooses, Delete skips.</source>
        <translation>0 correspond au calme, 10 à un stress très fort. Facultatif&#xa0;: sans réponse tant que vous n&apos;en choisissez pas&#xa0;; un chiffre choisit, Suppr passe.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Skip</source>
        <translation>Passer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skip this question</source>
        <translation>Passer cette question</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>0 calm</source>
        <translation>0 calme</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+41"/>
        <source>Not answered</source>
        <translation>Sans réponse</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>10 very stressed</source>
        <translation>10 stress très fort</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>{value} of 10</source>
        <translation>{value} sur 10</translation>
    </message>
</context>
<context>
    <name>WindDownWindow</name>
    <message>
        <location filename="../wellbeing/ui/reflection/wind_down.py" line="+78"/>
        <source>End of shift</source>
        <translation>Fin de service</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Leave work behind</source>
        <translation>Laisser le travail derrière vous</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Here is your day. You can set it down now.</source>
        <translation>Voici votre journée. Vous pouvez la déposer maintenant.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>60-second breathing reset</source>
        <translation>Respirer 60 secondes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start a 60-second breathing reset</source>
        <translation>Commencer un moment de respiration de 60 secondes</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>One quiet minute before you go.</source>
        <translation>Une minute au calme avant de partir.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+16"/>
        <source>What I leave here tonight</source>
        <translation>Ce que je laisse ici ce soir</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Saved only in your private journal, on this computer. Leave it empty to keep nothing.</source>
        <translation>Enregistré uniquement dans votre journal privé, sur cet ordinateur. Laissez vide pour ne rien garder.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>A call, a word, a worry. Write it down and leave it here.</source>
        <translation>Un appel, un mot, un souci. Écrivez-le et laissez-le ici.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Optional. Saved only in your private journal on this computer.</source>
        <translation>Facultatif. Enregistré uniquement dans votre journal privé, sur cet ordinateur.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Done for today</source>
        <translation>Fini pour aujourd&apos;hui</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Done for today: rest the prompts until next shift</source>
        <translation>Fini pour aujourd&apos;hui&#xa0;: suspendre les suggestions jusqu&apos;au prochain service</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Today: {calls} · {difficult} · {breaks}</source>
        <translation>Aujourd&apos;hui&#xa0;: {calls} · {difficult} · {breaks}</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>call</source>
        <translation>appel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>calls</source>
        <translation>appels</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>difficult</source>
        <translation>difficiles</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>difficult</source>
        <comment>one call</comment>
        <translation>difficile</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>break taken</source>
        <translation>pause prise</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>breaks taken</source>
        <translation>pauses prises</translation>
    </message>
    <message numerus="yes">
        <location line="+27"/>
        <source>%Ln calls</source>
        <translation>
            <numerusform>%Ln appel</numerusform>
            <numerusform>%Ln appels</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln difficult</source>
        <translation>
            <numerusform>%Ln difficile</numerusform>
            <numerusform>%Ln difficiles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln breaks</source>
        <translation>
            <numerusform>%Ln pause</numerusform>
            <numerusform>%Ln pauses</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>You breathed for {time} today.</source>
        <translation>Vous avez respiré {time} aujourd&apos;hui.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Prompts rest until your next shift.</source>
        <translation>Plus de suggestions jusqu&apos;à votre prochain service.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Prompts rest until {time}.</source>
        <translation>Plus de suggestions jusqu&apos;à {time}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Prompts rest until tomorrow at {time}.</source>
        <translation>Plus de suggestions jusqu&apos;à demain à {time}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Prompts rest until {day} at {time}.</source>
        <translation>Plus de suggestions jusqu&apos;à {day} à {time}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Prompts rest until {date} at {time}.</source>
        <translation>Plus de suggestions jusqu&apos;au {date} à {time}.</translation>
    </message>
</context>
</TS>
