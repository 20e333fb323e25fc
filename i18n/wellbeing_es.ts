<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES" sourcelanguage="en">
<context>
    <name>AgentActions</name>
    <message>
        <location filename="../wellbeing/ui/tray/actions.py" line="+100"/>
        <source>1 · Routine</source>
        <translation>1 · Rutinaria</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>2 · A bit tense</source>
        <translation>2 · Algo tensa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>3 · Tough</source>
        <translation>3 · Complicada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>4 · Difficult</source>
        <translation>4 · Difícil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>5 · Severe</source>
        <translation>5 · Grave</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Log call</source>
        <translation>Registrar llamada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rate the last call</source>
        <translation>Valorar la última llamada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On a call</source>
        <translation>En una llamada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take a breathing break</source>
        <translation>Hacer una pausa para respirar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pause prompts</source>
        <translation>Pausar los avisos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For 30 minutes</source>
        <translation>Durante 30 minutos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For 1 hour</source>
        <translation>Durante 1 hora</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Until tomorrow</source>
        <translation>Hasta mañana</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resume prompts now</source>
        <translation>Reanudar los avisos ahora</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start now</source>
        <translation>Empezar ahora</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Start now (waits until the call ends)</source>
        <translation>Empezar ahora (espera a que termine la llamada)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Snooze 5 min</source>
        <translation>Posponer 5 min</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Snooze 10 min</source>
        <translation>Posponer 10 min</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dismiss</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reflect on the last call…</source>
        <translation>Reflexionar sobre la última llamada…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Coach card</source>
        <translation>Tarjeta de apoyo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weekly check-in…</source>
        <translation>Balance semanal…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End my shift…</source>
        <translation>Terminar mi turno…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Team sharing…</source>
        <translation>Compartir con el equipo…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>History and journal…</source>
        <translation>Historial y diario…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settings…</source>
        <translation>Ajustes…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Paused until {time}</source>
        <translation>En pausa hasta {time}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Prompts paused</source>
        <translation>Avisos en pausa</translation>
    </message>
</context>
<context>
    <name>BreathCircle</name>
    <message>
        <location filename="../wellbeing/ui/breathing/breath_circle.py" line="+31"/>
        <source>Breathing circle</source>
        <translation>Círculo de respiración</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Grows as you breathe in and shrinks as you breathe out.</source>
        <translation>Crece cuando inhalas y se encoge cuando exhalas.</translation>
    </message>
</context>
<context>
    <name>BreatheOffer</name>
    <message>
        <location filename="../wellbeing/ui/reflection/reflection_more.py" line="+147"/>
        <source>Saved</source>
        <translation>Guardado</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your body may still be on that call. A short breathing reset helps.</source>
        <translation>Puede que tu cuerpo siga en esa llamada. Un breve respiro ayuda.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close without breathing</source>
        <translation>Cerrar sin respirar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Breathe now</source>
        <translation>Respirar ahora</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start the breathing reset</source>
        <translation>Empezar el respiro</translation>
    </message>
</context>
<context>
    <name>BreathingOptions</name>
    <message>
        <location filename="../wellbeing/ui/breathing/breathing_options.py" line="+48"/>
        <source>Change this break</source>
        <translation>Cambiar esta pausa</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your break keeps running while you choose: Back returns to it.</source>
        <translation>Tu pausa sigue mientras eliges: Atrás te devuelve a ella.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>How stressed were you before this break? (optional)</source>
        <translation>¿Cuánto estrés tenías antes de esta pausa? (opcional)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Length of the break</source>
        <translation>Duración de la pausa</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Back to the breathing</source>
        <translation>Volver a la respiración</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Breathe with these</source>
        <translation>Respirar así</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start again with this pattern and length</source>
        <translation>Volver a empezar con este ritmo y esta duración</translation>
    </message>
</context>
<context>
    <name>BreathingText</name>
    <message>
        <location filename="../wellbeing/ui/breathing/breathing_text.py" line="+21"/>
        <source>Box breathing</source>
        <translation>Respiración cuadrada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cyclic sigh</source>
        <translation>Suspiro cíclico</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>4-7-8 breathing</source>
        <translation>Respiración 4-7-8</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Coherent breathing</source>
        <translation>Respiración coherente</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{s} in</source>
        <translation>inhala {s}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{s} more in</source>
        <translation>inhala {s} más</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <source>{s} hold</source>
        <translation>mantén {s}</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>{s} out</source>
        <translation>exhala {s}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>steady and even</source>
        <translation>constante y regular</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a double breath in, a long sigh</source>
        <translation>doble inhalación, un largo suspiro</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a long hold, a slow breath out</source>
        <translation>una retención larga, una exhalación lenta</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>slow and smooth</source>
        <translation>lento y suave</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{rhythm} — {feel}</source>
        <translation>{rhythm} — {feel}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Breathe in</source>
        <translation>Inhala</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A little more</source>
        <translation>Un poco más</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <source>Hold</source>
        <translation>Mantén</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Breathe out</source>
        <translation>Exhala</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{time} left</source>
        <translation>Quedan {time}</translation>
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
        <translation>Has respirado durante {time}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Before the break you said {value}.</source>
        <translation>Antes de la pausa marcaste {value}.</translation>
    </message>
</context>
<context>
    <name>BreathingWindow</name>
    <message>
        <location filename="../wellbeing/ui/breathing/breathing_window.py" line="+115"/>
        <source>Breathing break</source>
        <translation>Pausa para respirar</translation>
    </message>
    <message>
        <location filename="../wellbeing/ui/breathing/breathing_options.py" line="-20"/>
        <source>Length</source>
        <translation>Duración</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Stress before the break, 0 to 10</source>
        <translation>Estrés antes de la pausa, de 0 a 10</translation>
    </message>
    <message>
        <location filename="../wellbeing/ui/breathing/breathing_window.py" line="+146"/>
        <source>Seconds left in this phase</source>
        <translation>Segundos que quedan de esta fase</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Progress through this phase</source>
        <translation>Progreso de esta fase</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Change…</source>
        <translation>Cambiar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change the pattern, the length or say how stressed you are</source>
        <translation>Cambiar el ritmo, la duración o decir cuánto estrés tienes</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Skip</source>
        <translation>Saltar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Skip the rest of this break</source>
        <translation>Saltar el resto de esta pausa</translation>
    </message>
    <message>
        <location filename="../wellbeing/ui/breathing/breathing_after.py" line="+30"/>
        <source>Well done</source>
        <translation>Bien hecho</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>How do you feel now? (0–10)</source>
        <translation>¿Cómo te sientes ahora? (0–10)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stress after the break, 0 to 10</source>
        <translation>Estrés después de la pausa, de 0 a 10</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Done</source>
        <translation>Listo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Done: save this break</source>
        <translation>Listo: guardar esta pausa</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Reflect on this call</source>
        <translation>Reflexionar sobre esta llamada</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save this break and reflect on the call before it</source>
        <translation>Guardar esta pausa y reflexionar sobre la llamada anterior</translation>
    </message>
</context>
<context>
    <name>CheckInText</name>
    <message>
        <location filename="../wellbeing/ui/reflection/checkin_text.py" line="+21"/>
        <source>How often do you feel worn out?</source>
        <translation>¿Con qué frecuencia te sientes sin fuerzas?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How often do you feel physically drained?</source>
        <translation>¿Con qué frecuencia sientes agotamiento físico?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How often do you feel emotionally drained?</source>
        <translation>¿Con qué frecuencia sientes agotamiento emocional?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How often do you think: I can&apos;t take any more of this?</source>
        <translation>¿Con qué frecuencia piensas: no puedo más con esto?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Does your work leave you drained at the end of the day?</source>
        <translation>¿Tu trabajo te deja sin energía al final del día?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Do you dread the thought of your next shift?</source>
        <translation>¿Te angustia pensar en tu próximo turno?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Do you feel that every working hour tires you?</source>
        <translation>¿Sientes que cada hora de trabajo te cansa?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>After work, is there too little energy left for family and friends?</source>
        <translation>Después del trabajo, ¿te queda poca energía para tu familia y tus amistades?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Does callers&apos; frustration wear you down?</source>
        <translation>¿Te desgasta la frustración de los clientes?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Do you find it hard to handle calls?</source>
        <translation>¿Te cuesta atender las llamadas?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Do you feel you give more to callers than you get back?</source>
        <translation>¿Sientes que das a los clientes más de lo que recibes?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Are you tired of dealing with callers?</source>
        <translation>¿Te cansa tratar con clientes?</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Never or almost never</source>
        <translation>Nunca o casi nunca</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seldom</source>
        <translation>Pocas veces</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sometimes</source>
        <translation>A veces</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Often</source>
        <translation>A menudo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Always</source>
        <translation>Siempre</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Personal exhaustion</source>
        <translation>Agotamiento personal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Work-related exhaustion</source>
        <translation>Agotamiento por el trabajo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer-related strain</source>
        <translation>Desgaste por el trato con clientes</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>How you have been, in general.</source>
        <translation>Cómo has estado, en general.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How your work has been for you.</source>
        <translation>Cómo te ha ido en el trabajo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How your calls with customers have been for you.</source>
        <translation>Cómo has vivido las llamadas con clientes.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Think of the last week; any question can be left out.</source>
        <translation>Piensa en la última semana; puedes dejar cualquier pregunta sin responder.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>A short self-check in three parts, about the last week: how you have been, how work has been, and how your calls with customers have been. Twelve questions, about a minute.</source>
        <translation>Un breve repaso personal en tres partes sobre la última semana: cómo has estado, cómo te ha ido en el trabajo y cómo has vivido las llamadas con clientes. Doce preguntas, un minuto más o menos.</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Part {number} of {total}</source>
        <translation>Parte {number} de {total}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>There are no right or wrong answers. Go with what comes to mind first, and skip any question you would rather leave.</source>
        <translation>No hay respuestas correctas ni incorrectas. Quédate con lo primero que te venga a la mente y salta cualquier pregunta que prefieras dejar.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This check-in is a self-reflection aid, not a diagnosis. If you are struggling, talk to someone you trust or to a health professional.</source>
        <translation>Este balance es una ayuda para reflexionar sobre ti, no un diagnóstico. Si lo estás pasando mal, habla con alguien de confianza o con un profesional de la salud.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{score} of 100</source>
        <translation>{score} de 100</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>in the higher range</source>
        <translation>en el rango alto</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not enough answers for a score</source>
        <translation>No hay suficientes respuestas para dar una puntuación</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{score} · {band}</source>
        <translation>{score} · {band}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Thank you for taking this moment. Your answers are saved.</source>
        <translation>Gracias por dedicarte este momento. Tus respuestas se han guardado.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No question was answered, so nothing was saved.</source>
        <translation>No respondiste ninguna pregunta, así que no se ha guardado nada.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Personal exhaustion score, 0 to 100</source>
        <translation>Puntuación de agotamiento personal, de 0 a 100</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Work-related exhaustion score, 0 to 100</source>
        <translation>Puntuación de agotamiento por el trabajo, de 0 a 100</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Customer-related strain score, 0 to 100</source>
        <translation>Puntuación de desgaste por el trato con clientes, de 0 a 100</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Scores like this are common after a run of hard weeks, and they can change. It may help to talk to someone you trust, or to your team lead.</source>
        <translation>Es habitual tener puntuaciones así después de varias semanas difíciles, y pueden cambiar. Puede ayudarte hablar con alguien de confianza o con tu responsable de equipo.</translation>
    </message>
</context>
<context>
    <name>CheckInWindow</name>
    <message>
        <location filename="../wellbeing/ui/reflection/checkin_window.py" line="+160"/>
        <source>Weekly check-in</source>
        <translation>Balance semanal</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>Your weekly check-in</source>
        <translation>Tu balance semanal</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not now</source>
        <translation>Ahora no</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not now: close the check-in</source>
        <translation>Ahora no: cerrar el balance</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start</source>
        <translation>Empezar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Start the check-in</source>
        <translation>Empezar el balance</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Back to the previous page</source>
        <translation>Volver a la página anterior</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>See my results</source>
        <translation>Ver mis resultados</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finish and see my results</source>
        <translation>Terminar y ver mis resultados</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Next part</source>
        <translation>Siguiente parte</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Your check-in</source>
        <translation>Tu balance</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Done</source>
        <translation>Listo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Done: close this window</source>
        <translation>Listo: cerrar esta ventana</translation>
    </message>
</context>
<context>
    <name>ChipGroup</name>
    <message>
        <location filename="../wellbeing/ui/reflection/reflection_fields.py" line="+167"/>
        <source>{group}. Arrow keys move, Space chooses.</source>
        <translation>{group}. Muévete con las flechas y elige con Espacio.</translation>
    </message>
</context>
<context>
    <name>CoachCard</name>
    <message>
        <location filename="../wellbeing/ui/reflection/coach_card.py" line="+57"/>
        <source>Coach card</source>
        <translation>Tarjeta de apoyo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Coach card: phrases for Listen, Acknowledge, Solve, Thank</source>
        <translation>Tarjeta de apoyo: frases para Escuchar, Reconocer, Resolver, Agradecer</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Coach card sections</source>
        <translation>Secciones de la tarjeta de apoyo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Steps and boundaries</source>
        <translation>Pasos y límites</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Stay on to&amp;p</source>
        <translation>Siempre &amp;visible</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stay on top of other windows</source>
        <translation>Mantener por encima de las demás ventanas</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Esc closes</source>
        <translation>Esc cierra</translation>
    </message>
</context>
<context>
    <name>CoachText</name>
    <message>
        <location filename="../wellbeing/ui/reflection/coach_text.py" line="+21"/>
        <source>&amp;Listen</source>
        <translation>&amp;Escuchar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Acknowledge</source>
        <translation>&amp;Reconocer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Solve</source>
        <translation>Re&amp;solver</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Thank</source>
        <translation>&amp;Agradecer</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Listen</source>
        <translation>Escuchar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Acknowledge</source>
        <translation>Reconocer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Solve</source>
        <translation>Resolver</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thank</source>
        <translation>Agradecer</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Let them tell it all. Don&apos;t rush to fix it yet.</source>
        <translation>Deja que lo cuenten todo. No te apresures a solucionarlo todavía.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name the feeling before you fix the problem.</source>
        <translation>Nombra la emoción antes de resolver el problema.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Say what you can do, not what you can&apos;t.</source>
        <translation>Di lo que puedes hacer, no lo que no puedes.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>End warmly, even when the call was hard.</source>
        <translation>Despídete con calidez, aunque la llamada haya sido dura.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Take your time, I&apos;m listening.</source>
        <translation>Con calma, cuénteme; le estoy escuchando.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tell me what happened, from the start.</source>
        <translation>Cuénteme qué pasó, desde el principio.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>So I get this right: can you tell me a bit more about that?</source>
        <translation>Para entenderlo bien: ¿me puede contar un poco más sobre eso?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Go on, I&apos;m still here.</source>
        <translation>Continúe, sigo aquí.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>I can hear how frustrating this has been.</source>
        <translation>Me doy cuenta de lo frustrante que ha sido esto.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That sounds really stressful. I&apos;m sorry you&apos;ve had to deal with it.</source>
        <translation>Suena muy estresante. Siento que haya tenido que pasar por esto.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You expected better than that, and fairly so.</source>
        <translation>Usted esperaba algo mejor, y con toda la razón.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>It makes sense that you&apos;re upset.</source>
        <translation>Es lógico que esto le moleste.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Here&apos;s what I can do right now…</source>
        <translation>Esto es lo que puedo hacer ahora mismo…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Let me check that for you. It&apos;ll take about two minutes.</source>
        <translation>Permítame revisarlo. Tardaré unos dos minutos.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There are two ways we can fix this. Let me walk you through both.</source>
        <translation>Hay dos formas de solucionarlo. Le explico las dos.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>I&apos;ll stay with this until we have a clear next step.</source>
        <translation>Sigo con usted en esto hasta que tengamos claro el siguiente paso.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Thank you for your patience while we sorted this.</source>
        <translation>Gracias por su paciencia mientras lo resolvíamos.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Thanks for explaining it so clearly. It helped.</source>
        <translation>Gracias por explicarlo con tanta claridad. Me ha sido de mucha ayuda.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I appreciate you bearing with me.</source>
        <translation>Le agradezco la paciencia que ha tenido conmigo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Is there anything else I can help with today?</source>
        <translation>¿Hay algo más en lo que pueda ayudarle hoy?</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>“{phrase}”</source>
        <translation>“{phrase}”</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Boundaries</source>
        <translation>&amp;Límites</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>If a caller becomes abusive</source>
        <translation>Si la llamada se vuelve abusiva</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Abuse is not part of the job. Stay calm and take these steps in order.</source>
        <translation>Aguantar abusos no es parte de tu trabajo. Mantén la calma y sigue estos pasos en orden.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Warn once, calmly: “I want to help, and I can&apos;t continue if the language goes on.”</source>
        <translation>Avisa una vez, con calma: “Quiero ayudarle, pero no puedo continuar si sigue hablándome así.”</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Offer a supervisor: “Would you like me to pass you to my supervisor?”</source>
        <translation>Ofrece pasar la llamada: “¿Quiere que le pase con mi supervisor?”</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>If it goes on, end the call respectfully: “I&apos;m going to end this call now. You&apos;re welcome to call back when we can talk it through.”</source>
        <translation>Si continúa, termina la llamada con respeto: “Voy a finalizar la llamada ahora. Puede volver a llamar cuando podamos hablarlo con calma.”</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Log the call and tag it abusive.</source>
        <translation>Registra la llamada y márcala como abusiva.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take a breathing reset before the next call.</source>
        <translation>Tómate un respiro antes de la siguiente llamada.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What they said was about their situation, not about you.</source>
        <translation>Lo que te dijeron tenía que ver con su situación, no contigo.</translation>
    </message>
</context>
<context>
    <name>Companion</name>
    <message>
        <location filename="../wellbeing/app/companion.py" line="+327"/>
        <source>Its icon is in the system tray.</source>
        <translation>Su icono está en la bandeja del sistema.</translation>
    </message>
</context>
<context>
    <name>DraftKeeper</name>
    <message>
        <location filename="../wellbeing/services/reflection_drafts.py" line="+99"/>
        <source>Your reflection draft could not be kept: {reason}</source>
        <translation>No se pudo guardar el borrador de tu reflexión: {reason}</translation>
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
        <translation>Tu escritorio no tiene bandeja del sistema, así que wellbeing vive en esta pequeña ventana. Al cerrarla solo se minimiza: tus pausas siguen atendidas.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Log the call that just ended:</source>
        <translation>Registra la llamada que acaba de terminar:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Log call: {label}</source>
        <translation>Registrar llamada: {label}</translation>
    </message>
</context>
<context>
    <name>HistoryText</name>
    <message>
        <location filename="../wellbeing/ui/history/history_words.py" line="+28"/>
        <source>Last 30 days</source>
        <translation>Últimos 30 días</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 90 days</source>
        <translation>Últimos 90 días</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This year</source>
        <translation>Este año</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All time</source>
        <translation>Todo el historial</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{first} to {last}</source>
        <translation>Del {first} al {last}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Calls per day, by difficulty</source>
        <translation>Llamadas por día, según dificultad</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What breathing does for you: stress before and after (0–10)</source>
        <translation>Lo que la respiración hace por ti: estrés antes y después (0–10)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Breaks offered and taken, per week</source>
        <translation>Pausas ofrecidas y realizadas, por semana</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Weekly check-in scores (0–100)</source>
        <translation>Puntuaciones del balance semanal (0–100)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Chart: calls per day by difficulty</source>
        <translation>Gráfico: llamadas por día según dificultad</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Chart: stress before and after breaks, per breathing pattern</source>
        <translation>Gráfico: estrés antes y después de las pausas, por tipo de respiración</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Chart: breaks offered and taken per week</source>
        <translation>Gráfico: pausas ofrecidas y realizadas por semana</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Chart: check-in scores by week</source>
        <translation>Gráfico: puntuaciones del balance por semana</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{n} {word}</source>
        <translation>{n} {word}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not rated</source>
        <translation>Sin valorar</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Before the break</source>
        <translation>Antes de la pausa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After the break</source>
        <translation>Después de la pausa</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Offered</source>
        <translation>Ofrecidas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Taken</source>
        <translation>Realizadas</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Personal</source>
        <translation>Personal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Work</source>
        <translation>Trabajo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customers</source>
        <translation>Clientes</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>higher range</source>
        <translation>rango alto</translation>
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
        <translation>Aún no hay pausas con el estrés valorado antes y después en este periodo.
Valora tu estrés al empezar y al terminar una pausa, y este gráfico te mostrará lo que cada tipo de respiración hace por ti.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{word} {n}</source>
        <translation>{word} ({n})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{total} calls in {days} days: {parts}.</source>
        <translation>{total} llamadas en {days} días: {parts}.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{pattern}: stress {before} before, {after} after, over {n} breaks.</source>
        <translation>{pattern}: estrés de {before} antes y {after} después, en {n} pausas.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{offered} breaks offered, {taken} breaks taken in this range.</source>
        <translation>{offered} pausas ofrecidas y {taken} pausas realizadas en este periodo.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{n} weekly check-ins in this range; 50 and above is the higher range.</source>
        <translation>{n} balances semanales en este periodo; de 50 en adelante es el rango alto.</translation>
    </message>
</context>
<context>
    <name>HistoryWindow</name>
    <message>
        <location filename="../wellbeing/ui/history/history_window.py" line="+94"/>
        <location line="+1"/>
        <source>History and journal</source>
        <translation>Historial y diario</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Range shown in the charts</source>
        <translation>Periodo que muestran los gráficos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ranges</source>
        <translation>Periodos</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Drawing your charts…</source>
        <translation>Dibujando tus gráficos…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Show</source>
        <translation>&amp;Mostrar</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>History sections</source>
        <translation>Secciones del historial</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your pattern or the journal</source>
        <translation>Tus tendencias o el diario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your &amp;pattern</source>
        <translation>Tus &amp;tendencias</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Journal</source>
        <translation>&amp;Diario</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Everything, JSON (*.json)</source>
        <translation>Todo, JSON (*.json)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Calls, CSV for spreadsheets (*.csv)</source>
        <translation>Llamadas, CSV para hojas de cálculo (*.csv)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export everything</source>
        <translation>Exportar todo</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Could not delete: {error}</source>
        <translation>No se pudo eliminar: {error}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Entry deleted.</source>
        <translation>Entrada eliminada.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Could not export: {error}</source>
        <translation>No se pudo exportar: {error}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exported everything to {path}</source>
        <translation>Todo exportado a {path}</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Loading your history…</source>
        <translation>Cargando tu historial…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Could not read your history: {error}</source>
        <translation>No se pudo leer tu historial: {error}</translation>
    </message>
    <message>
        <location filename="../wellbeing/ui/settings/delete_confirm.py" line="+50"/>
        <source>Delete entry</source>
        <translation>Eliminar entrada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete this entry for good? It cannot be brought back.</source>
        <translation>¿Eliminar esta entrada para siempre? No se podrá recuperar.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Delete this entry</source>
        <translation>Eliminar esta entrada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep it</source>
        <translation>Conservarla</translation>
    </message>
</context>
<context>
    <name>JournalFilters</name>
    <message>
        <location filename="../wellbeing/ui/history/journal_filters.py" line="+51"/>
        <source>From date</source>
        <translation>Fecha de inicio</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show entries from this day on</source>
        <translation>Mostrar entradas desde este día</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To date</source>
        <translation>Fecha de fin</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show entries up to this day</source>
        <translation>Mostrar entradas hasta este día</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kinds</source>
        <translation>Tipos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kinds of entry</source>
        <translation>Tipos de entrada</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+3"/>
        <source>Difficulty</source>
        <translation>Dificultad</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search what you wrote</source>
        <translation>Buscar en lo que escribiste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search the journal text</source>
        <translation>Buscar en el texto del diario</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Clear the search</source>
        <translation>Borrar la búsqueda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;lear filters</source>
        <translation>&amp;Borrar filtros</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear filters</source>
        <translation>Borrar filtros</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>to</source>
        <translation>hasta</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;From</source>
        <translation>De&amp;sde</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Search</source>
        <translation>B&amp;uscar</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>S&amp;how</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Difficulty</source>
        <translation>Di&amp;ficultad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>T&amp;ags</source>
        <translation>&amp;Etiquetas</translation>
    </message>
</context>
<context>
    <name>JournalModel</name>
    <message>
        <location filename="../wellbeing/ui/history/journal_model.py" line="+41"/>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Difficulty</source>
        <translation>Dificultad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
</context>
<context>
    <name>JournalText</name>
    <message>
        <location filename="../wellbeing/ui/history/journal_text.py" line="+47"/>
        <source>routine</source>
        <translation>rutinaria</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a bit tense</source>
        <translation>algo tensa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tough</source>
        <translation>complicada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>difficult</source>
        <translation>difícil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>severe</source>
        <translation>grave</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{n} · {word}</source>
        <translation>{n} · {word}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>not rated</source>
        <translation>sin valorar</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Call</source>
        <translation>Llamada</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+162"/>
        <source>Reflection</source>
        <translation>Reflexión</translation>
    </message>
    <message>
        <location line="-161"/>
        <source>Break</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Calls</source>
        <translation>Llamadas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reflections</source>
        <translation>Reflexiones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Breaks</source>
        <translation>Pausas</translation>
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
        <translation>estrés {before} → {after}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>stress before {n}</source>
        <translation>estrés antes: {n}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>stress after {n}</source>
        <translation>estrés después: {n}</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+161"/>
        <source>left early</source>
        <translation>terminada antes de tiempo</translation>
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
        <translation>sin registrar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} of 10</source>
        <translation>{n} de 10</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the tray menu</source>
        <translation>el menú de la bandeja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the quick-log popup</source>
        <translation>la ventana de registro rápido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a keyboard shortcut</source>
        <translation>un atajo de teclado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the command line</source>
        <translation>la línea de comandos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>another program</source>
        <translation>otro programa</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>you, from the menu</source>
        <translation>ti, desde el menú</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a reset offered after a severe call</source>
        <translation>un respiro ofrecido tras una llamada grave</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a break offered after difficult calls in a row</source>
        <translation>una pausa ofrecida tras varias llamadas difíciles seguidas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a scheduled micro-break</source>
        <translation>una micropausa programada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the end-of-shift wind-down</source>
        <translation>la desconexión de fin de turno</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not answered</source>
        <translation>Sin responder</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Call: {difficulty}</source>
        <translation>Llamada: {difficulty}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ended</source>
        <translation>Fin</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Difficulty</source>
        <translation>Dificultad</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duration</source>
        <translation>Duración</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Logged from</source>
        <translation>Registrada desde</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{step}: {rating}</source>
        <translation>{step}: {rating}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>not linked to a call</source>
        <translation>sin vincular a una llamada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a call no longer in the journal</source>
        <translation>una llamada que ya no está en el diario</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Written</source>
        <translation>Escrita</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>About</source>
        <translation>Sobre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stress after the call</source>
        <translation>Estrés después de la llamada</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>How I felt</source>
        <translation>Cómo me sentí</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The caller&apos;s problem</source>
        <translation>El problema del cliente</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The caller&apos;s emotion</source>
        <translation>La emoción del cliente</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Listen, Acknowledge, Solve, Thank</source>
        <translation>Escuchar, Reconocer, Resolver, Agradecer</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A line was crossed</source>
        <translation>Se cruzó un límite</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What I did about it</source>
        <translation>Qué hice al respecto</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What I carry forward</source>
        <translation>Lo que me llevo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Journal</source>
        <translation>Diario</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Break: {pattern}</source>
        <translation>Pausa: {pattern}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>breathed to the end</source>
        <translation>completada</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Started</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Breathing pattern</source>
        <translation>Tipo de respiración</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Planned</source>
        <translation>Duración prevista</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Breathed</source>
        <translation>Tiempo respirado</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How it ended</source>
        <translation>Cómo terminó</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Started by</source>
        <translation>Iniciada por</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stress before</source>
        <translation>Estrés antes</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stress after</source>
        <translation>Estrés después</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Choose an entry and press Enter (or double-click it) to read all of it here.</source>
        <translation>Elige una entrada y pulsa Intro (o haz doble clic en ella) para leerla entera aquí.</translation>
    </message>
</context>
<context>
    <name>JournalView</name>
    <message>
        <location filename="../wellbeing/ui/history/journal_view.py" line="+78"/>
        <source>Journal entries</source>
        <translation>Entradas del diario</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Newest first. Enter opens an entry; Delete deletes it.</source>
        <translation>Las más recientes primero. Intro abre una entrada; Supr la elimina.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Columns</source>
        <translation>Columnas</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Entry details</source>
        <translation>Detalles de la entrada</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete entry</source>
        <translation>E&amp;liminar entrada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the selected entry</source>
        <translation>Eliminar la entrada seleccionada</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export everything to a file</source>
        <translation>Exportar todo a un archivo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every record, whatever the filters show, as the command line exports it.</source>
        <translation>Todos los registros, sin importar los filtros, tal como los exporta la línea de comandos.</translation>
    </message>
    <message>
        <location line="+145"/>
        <source>No entries match these filters.</source>
        <translation>Ninguna entrada coincide con estos filtros.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln entries shown, newest first</source>
        <translation>
            <numerusform>%Ln entrada mostrada, la más reciente primero</numerusform>
            <numerusform>%Ln entradas mostradas, las más recientes primero</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Launch</name>
    <message>
        <location filename="../wellbeing/app/main.py" line="+106"/>
        <source>wellbeing cannot start</source>
        <translation>wellbeing no puede iniciarse</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>wellbeing is starting…</source>
        <translation>wellbeing se está iniciando…</translation>
    </message>
</context>
<context>
    <name>LocalApi</name>
    <message>
        <location filename="../wellbeing/services/local_api/controller.py" line="+73"/>
        <source>The local API could not start on port {port}: {reason}</source>
        <translation>La API local no pudo iniciarse en el puerto {port}: {reason}</translation>
    </message>
</context>
<context>
    <name>LogConfirmation</name>
    <message>
        <location filename="../wellbeing/ui/prompts/log_confirmation.py" line="+38"/>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Logged · {rating}</source>
        <translation>Registrada · {rating}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Undo: remove the call just logged ({rating})</source>
        <translation>Deshacer: quitar la llamada recién registrada ({rating})</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>not rated</source>
        <translation>sin valorar</translation>
    </message>
</context>
<context>
    <name>MessageBridge</name>
    <message>
        <location filename="../wellbeing/ui/tray/message_bridge.py" line="+43"/>
        <source>wellbeing kept your data safe</source>
        <translation>wellbeing ha mantenido tus datos a salvo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Team sharing did not work</source>
        <translation>No se pudo compartir con el equipo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Starting at login could not be changed</source>
        <translation>No se pudo cambiar el inicio automático al iniciar sesión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>wellbeing is already running</source>
        <translation>wellbeing ya está en marcha</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Noticing your calls</source>
        <translation>Detección de tus llamadas</translation>
    </message>
</context>
<context>
    <name>MicrophoneSensor</name>
    <message>
        <location filename="../wellbeing/services/mic_sensor/__init__.py" line="+59"/>
        <source>no sound server, no microphone</source>
        <translation>sin servidor de sonido ni micrófono</translation>
    </message>
    <message>
        <location filename="../wellbeing/services/mic_sensor/base.py" line="+29"/>
        <source>Calls are not detected on this machine ({why}). Prompts still wait while you are on a call: tick “On a call” in the menu, or let your softphone run “wellbeing on-call start” and “wellbeing on-call end”.</source>
        <translation>En este equipo no se detectan las llamadas ({why}). Los avisos pueden esperar igualmente mientras estás en una llamada: marca «En una llamada» en el menú o deja que tu softphone ejecute «wellbeing on-call start» y «wellbeing on-call end».</translation>
    </message>
    <message>
        <location filename="../wellbeing/services/mic_sensor/macos.py" line="+73"/>
        <source>Core Audio cannot be read</source>
        <translation>no se puede leer Core Audio</translation>
    </message>
    <message>
        <location filename="../wellbeing/services/mic_sensor/pulse.py" line="+161"/>
        <source>no PulseAudio or PipeWire answers</source>
        <translation>ni PulseAudio ni PipeWire responden</translation>
    </message>
    <message>
        <location filename="../wellbeing/services/mic_sensor/winreg_store.py" line="+168"/>
        <source>this Windows keeps no record of microphone use</source>
        <translation>este Windows no registra el uso del micrófono</translation>
    </message>
</context>
<context>
    <name>MomentText</name>
    <message>
        <location filename="../wellbeing/ui/tray/moment_text.py" line="+33"/>
        <source>today {time}</source>
        <translation>hoy a las {time}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>tomorrow {time}</source>
        <translation>mañana a las {time}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{day} {time}</source>
        <translation>{day} a las {time}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{date} {time}</source>
        <translation>{time} del {date}</translation>
    </message>
</context>
<context>
    <name>MoreQuestions</name>
    <message>
        <location filename="../wellbeing/ui/reflection/reflection_more.py" line="-99"/>
        <source>The caller&apos;s problem</source>
        <translation>El problema del cliente</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What they needed, in a few words</source>
        <translation>Lo que necesitaba, en pocas palabras</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What did the caller need, and feel?</source>
        <translation>¿Qué necesitaba y qué sentía el cliente?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The caller seemed</source>
        <translation>Lo que transmitía el cliente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>They seemed:</source>
        <translation>Transmitía:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Listen, Acknowledge, Solve, Thank</source>
        <translation>Escuchar, Reconocer, Resolver, Agradecer</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A line was crossed: yes</source>
        <translation>Se cruzó un límite: sí</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A line was crossed: no</source>
        <translation>Se cruzó un límite: no</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Was a line crossed?</source>
        <translation>¿Se cruzó un límite?</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+2"/>
        <source>What did you do?</source>
        <translation>¿Qué hiciste?</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>e.g. warned once, offered a supervisor</source>
        <translation>p. ej., avisé, ofrecí un supervisor</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+6"/>
        <source>Journal (private)</source>
        <translation>Diario (privado)</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Free text. Tab moves on, Ctrl+Enter saves.</source>
        <translation>Texto libre. Tab pasa al siguiente campo, Ctrl+Intro guarda.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anything else, just for you</source>
        <translation>Cualquier otra cosa, solo para ti</translation>
    </message>
</context>
<context>
    <name>PromptCard</name>
    <message>
        <location filename="../wellbeing/ui/prompts/prompt_card.py" line="+66"/>
        <location line="+69"/>
        <source>Start</source>
        <translation>Empezar</translation>
    </message>
    <message>
        <location line="-66"/>
        <source>Snooze {n} min</source>
        <translation>Posponer {n} min</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Snooze {n} minutes</source>
        <translation>Posponer {n} minutos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Offer this again in {n} minutes.</source>
        <translation>Volver a ofrecerlo dentro de {n} minutos.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dismiss</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close this suggestion without taking it.</source>
        <translation>Cerrar esta sugerencia sin aceptarla.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Reflect on this call</source>
        <translation>Reflexionar sobre esta llamada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One minute to note what happened and what worked.</source>
        <translation>Un minuto para anotar qué pasó y qué funcionó.</translation>
    </message>
</context>
<context>
    <name>PromptText</name>
    <message>
        <location filename="../wellbeing/ui/prompts/prompt_text.py" line="+26"/>
        <source>That call was severe.</source>
        <translation>Esa llamada fue grave.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} difficult calls in a row.</source>
        <translation>{count} llamadas difíciles seguidas.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>That call was escalated.</source>
        <translation>Esa llamada se escaló.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You have been working for a while.</source>
        <translation>Llevas un buen rato trabajando.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>It is time for your weekly check-in.</source>
        <translation>Es momento de tu balance semanal.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your shift is ending.</source>
        <translation>Tu turno está terminando.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Take a moment to reset</source>
        <translation>Un momento para recuperarte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time for a breather</source>
        <translation>Momento de tomar aire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set that call down</source>
        <translation>Suelta esa llamada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A short pause</source>
        <translation>Una pausa breve</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How are you, really?</source>
        <translation>¿Cómo estás, de verdad?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave work behind</source>
        <translation>Deja el trabajo atrás</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A {seconds}-second breathing reset helps you leave it behind.</source>
        <translation>Un respiro de {seconds} segundos te ayuda a dejarla atrás.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A {seconds}-second breathing break, between calls.</source>
        <translation>Una pausa de {seconds} segundos para respirar, entre llamadas.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A {minutes}-minute breathing break, between calls.</source>
        <translation>Una pausa de {minutes} min para respirar, entre llamadas.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>One minute to note what happened and what worked.</source>
        <translation>Un minuto para anotar qué pasó y qué funcionó.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Twelve short questions, just for you.</source>
        <translation>Doce preguntas breves, solo para ti.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One minute of breathing, then the day is done.</source>
        <translation>Un minuto respirando y das el día por terminado.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+3"/>
        <source>Breathe now</source>
        <translation>Respirar ahora</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Start the break</source>
        <translation>Empezar la pausa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reflect now</source>
        <translation>Reflexionar ahora</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start the check-in</source>
        <translation>Empezar el balance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wind down</source>
        <translation>Desconectar</translation>
    </message>
</context>
<context>
    <name>QuickLogPopup</name>
    <message>
        <location filename="../wellbeing/ui/prompts/quick_log.py" line="+106"/>
        <location line="+1"/>
        <location line="+23"/>
        <source>How was that call?</source>
        <translation>¿Qué tal fue esa llamada?</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Press 1 to 5 to log the call, Tab for tags and a note, Esc to close.</source>
        <translation>Pulsa de 1 a 5 para registrar la llamada, Tab para etiquetas y una nota, Esc para cerrar.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>What happened? (optional)</source>
        <translation>¿Qué pasó? (opcional)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Private note (optional)</source>
        <translation>Nota privada (opcional)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Private note</source>
        <translation>Nota privada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Optional, stays on this computer. Enter logs the call.</source>
        <translation>Opcional, se queda en este dispositivo. Intro registra la llamada.</translation>
    </message>
    <message>
        <location filename="../wellbeing/ui/prompts/rating_words.py" line="+20"/>
        <source>Routine</source>
        <translation>Rutinaria</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A bit tense</source>
        <translation>Algo tensa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tough</source>
        <translation>Complicada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Difficult</source>
        <translation>Difícil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Severe</source>
        <translation>Grave</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Angry</source>
        <translation>Con enfado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Abusive</source>
        <translation>Abusiva</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Threatening</source>
        <translation>Amenazante</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Escalated</source>
        <translation>Escalada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unresolved</source>
        <translation>Sin resolver</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolved</source>
        <translation>Resuelta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Long</source>
        <translation>Larga</translation>
    </message>
    <message>
        <location filename="../wellbeing/ui/prompts/quick_log.py" line="+17"/>
        <source>Logs the call at once with this difficulty.</source>
        <translation>Registra la llamada al momento con esta dificultad.</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Pick a difficulty: 1–5</source>
        <translation>Elige una dificultad: 1–5</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Enter logs “{label}”.</source>
        <translation>Intro registra “{label}”.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Press 1–5 to log · Esc to close</source>
        <translation>Pulsa 1–5 para registrar · Esc para cerrar</translation>
    </message>
</context>
<context>
    <name>RatingCard</name>
    <message>
        <location filename="../wellbeing/ui/prompts/rating_card.py" line="+54"/>
        <source>How was that call?</source>
        <translation>¿Qué tal fue esa llamada?</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Rates the call at once with this difficulty.</source>
        <translation>Valora la llamada al momento con esta dificultad.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>A call of {length} just ended. One click rates it.</source>
        <translation>Acaba de terminar una llamada de {length}. Un clic la valora.</translation>
    </message>
</context>
<context>
    <name>ReflectionDialog</name>
    <message>
        <location filename="../wellbeing/ui/reflection/reflection_dialog.py" line="+109"/>
        <location line="+97"/>
        <source>Set that call down</source>
        <translation>Suelta esa llamada</translation>
    </message>
    <message>
        <location line="-84"/>
        <source>More: the caller, L.A.S.T., a line crossed, journal</source>
        <translation>Más: el cliente, L.A.S.T., un límite cruzado, diario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>More questions</source>
        <translation>Más preguntas</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>How stressed am I now?</source>
        <translation>¿Cuánto estrés siento ahora?</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Stress now</source>
        <translation>Estrés ahora</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+1"/>
        <source>How do I feel?</source>
        <translation>¿Cómo me siento?</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Private: stays on this computer. Ctrl+Enter saves; Esc keeps a draft.</source>
        <translation>Privado: se queda en este dispositivo. Ctrl+Intro guarda; Esc guarda un borrador.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Discard</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard these answers</source>
        <translation>Descartar estas respuestas</translation>
    </message>
    <message>
        <location line="+122"/>
        <source>Your draft is back, as you left it.</source>
        <translation>Aquí está tu borrador, tal como lo dejaste.</translation>
    </message>
    <message>
        <location line="-140"/>
        <location line="+3"/>
        <source>One thing to carry forward</source>
        <translation>Algo que me llevo</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>One thing I will do again, or differently</source>
        <translation>Algo que repetiré o haré distinto</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Not now</source>
        <translation>Ahora no</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not now: keep a draft</source>
        <translation>Ahora no: guardar un borrador</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+1"/>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saves the reflection on this computer.</source>
        <translation>Guarda la reflexión en este dispositivo.</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Not saved yet: {reason}</source>
        <translation>Aún no se ha guardado: {reason}</translation>
    </message>
</context>
<context>
    <name>ReflectionText</name>
    <message>
        <location filename="../wellbeing/ui/reflection/reflection_fields.py" line="-119"/>
        <source>Calm</source>
        <translation>Calma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Relieved</source>
        <translation>Alivio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Proud</source>
        <translation>Orgullo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tired</source>
        <translation>Cansancio</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+15"/>
        <source>Frustrated</source>
        <translation>Frustración</translation>
    </message>
    <message>
        <location line="-14"/>
        <location line="+13"/>
        <source>Angry</source>
        <translation>Enfado</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Anxious</source>
        <translation>Ansiedad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sad</source>
        <translation>Tristeza</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shaken</source>
        <translation>Conmoción</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Numb</source>
        <translation>Vacío</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hurt</source>
        <translation>Dolor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disrespected</source>
        <translation>Falta de respeto</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Worried</source>
        <translation>Preocupación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confused</source>
        <translation>Confusión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Upset</source>
        <translation>Malestar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Desperate</source>
        <translation>Desesperación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rude</source>
        <translation>Grosería</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Listen</source>
        <translation>Escuchar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Acknowledge</source>
        <translation>Reconocer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Solve</source>
        <translation>Resolver</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thank</source>
        <translation>Agradecer</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Went well</source>
        <translation>Salió bien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Was hard</source>
        <translation>Costó</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not relevant</source>
        <translation>No aplica</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>angry</source>
        <translation>con enfado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>abusive</source>
        <translation>abusiva</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>threatening</source>
        <translation>amenazante</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>escalated</source>
        <translation>escalada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unresolved</source>
        <translation>sin resolver</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>resolved</source>
        <translation>resuelta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>long</source>
        <translation>larga</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Not linked to a call</source>
        <translation>Sin vincular a una llamada</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{date} {time}</source>
        <translation>{time} del {date}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Call at {time}</source>
        <translation>Llamada de las {time}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not rated</source>
        <translation>sin valorar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>difficulty {n}</source>
        <translation>dificultad {n}</translation>
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
        <translation>Ajustes</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+1"/>
        <source>Settings sections</source>
        <translation>Secciones de ajustes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Breaks</source>
        <translation>&amp;Pausas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Work hours</source>
        <translation>&amp;Horario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Co&amp;mfort</source>
        <translation>Co&amp;modidad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ca&amp;lls</source>
        <translation>&amp;Llamadas</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Connections</source>
        <translation>C&amp;onexiones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your d&amp;ata</source>
        <translation>&amp;Tus datos</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Save and close</source>
        <translation>Guardar y cerrar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apply</source>
        <translation>Aplicar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location line="+143"/>
        <source>{hours}, {day}</source>
        <translation>{hours}, {day}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Please check {label}:{detail}</source>
        <translation>Revisa {label}:{detail}</translation>
    </message>
    <message>
        <location filename="../wellbeing/ui/settings/settings_calls.py" line="+32"/>
        <source>Calls are noticed when a phone program uses your microphone.</source>
        <translation>Las llamadas se detectan cuando un programa de telefonía usa tu micrófono.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Calls are noticed only when you tick “On a call” in the menu or your softphone tells wellbeing.</source>
        <translation>Las llamadas solo se detectan cuando marcas «En una llamada» en el menú o tu softphone se lo indica a wellbeing.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Calls</source>
        <translation>Llamadas</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Separated by commas; leave it empty to count any program.</source>
        <translation>Separados por comas; déjalo vacío para contar cualquier programa.</translation>
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
        <translation>Pausas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> calls</source>
        <translation> llamadas</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Prompts</source>
        <translation>Avisos</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A severe call is always answered at once.</source>
        <translation>Después de una llamada grave, el aviso llega siempre al momento.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Prompts wait while you are on a call or paused; after this long they go.</source>
        <translation>Los avisos esperan mientras estás en una llamada o en pausa; pasado este tiempo, desaparecen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After this long without calls, the next shift starts calm.</source>
        <translation>Tras este tiempo sin llamadas, el siguiente turno empieza en calma.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>When I work</source>
        <translation>Cuándo trabajo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Micro-breaks, the check-in reminder and the wind-down come only in these hours.</source>
        <translation>Las micropausas, el recordatorio del balance y la desconexión solo aparecen en este horario.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>to</source>
        <translation>a</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{day}: start time</source>
        <translation>{day}: hora de inicio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{day}: end time</source>
        <translation>{day}: hora de fin</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>I work on {day}</source>
        <translation>Día de trabajo: {day}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Weekly check-in</source>
        <translation>Balance semanal</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>End of the shift</source>
        <translation>Fin del turno</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Prompts and motion</source>
        <translation>Avisos y movimiento</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Look and language</source>
        <translation>Aspecto e idioma</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Follow the system</source>
        <translation>Igual que el sistema</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>System language</source>
        <translation>Idioma del sistema</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A new language shows the next time wellbeing starts.</source>
        <translation>El nuevo idioma se verá la próxima vez que se inicie wellbeing.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Starting</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Where your data is</source>
        <translation>Dónde están tus datos</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Everything this app records stays in this folder on your computer, readable by you alone.</source>
        <translation>Todo lo que registra esta aplicación se queda en esta carpeta de tu dispositivo, y solo tú puedes leerlo.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Data folder</source>
        <translation>Carpeta de datos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open folder</source>
        <translation>Abrir carpeta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the data folder</source>
        <translation>Abrir la carpeta de datos</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Start afresh</source>
        <translation>Empezar de cero</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Deletes every call, break, reflection and check-in on this computer. You will be asked to confirm.</source>
        <translation>Elimina todas las llamadas, pausas, reflexiones y balances de este dispositivo. Se te pedirá confirmación.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Delete all my data…</source>
        <translation>Eliminar todos mis datos…</translation>
    </message>
    <message>
        <location filename="../wellbeing/ui/settings/delete_confirm.py" line="-23"/>
        <source>Delete all your data?</source>
        <translation>¿Eliminar todos tus datos?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete all your data from this computer?</source>
        <translation>¿Eliminar todos tus datos de este dispositivo?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This deletes every call, break, reflection and check-in you have recorded, and withdraws anything shared with your team. It cannot be undone.</source>
        <translation>Se eliminan todas las llamadas, pausas, reflexiones y balances que has registrado, y se retira todo lo compartido con tu equipo. No se puede deshacer.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../wellbeing/ui/settings/settings_dialog.py" line="+1"/>
        <source>Delete all my data</source>
        <translation>Eliminar todos mis datos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep my data</source>
        <translation>Conservar mis datos</translation>
    </message>
    <message>
        <location filename="../wellbeing/ui/settings/settings_fields.py" line="+66"/>
        <source>Offer a break after this many difficult calls in a row</source>
        <translation>Ofrecer una pausa tras este número de llamadas difíciles seguidas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Length of that break</source>
        <translation>Duración de esa pausa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Length of the breathing reset after a severe call</source>
        <translation>Duración del respiro tras una llamada grave</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Length of a break you start yourself</source>
        <translation>Duración de una pausa que empiezas tú</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Breathing pattern</source>
        <translation>Tipo de respiración</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A new shift starts after this long without calls</source>
        <translation>Un turno nuevo empieza tras este tiempo sin llamadas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Wait at least this long between prompts</source>
        <translation>Esperar al menos este tiempo entre avisos</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Drop a prompt that has waited longer than</source>
        <translation>Descartar un aviso que lleve esperando más de</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Offer short micro-breaks during work hours</source>
        <translation>Ofrecer micropausas breves en horario de trabajo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>One micro-break every</source>
        <translation>Una micropausa cada</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Work hours</source>
        <translation>Horario de trabajo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remind me to do the weekly check-in</source>
        <translation>Recordarme hacer el balance semanal</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reminder day</source>
        <translation>Día del recordatorio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reminder time</source>
        <translation>Hora del recordatorio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Offer a short wind-down when my shift ends</source>
        <translation>Ofrecer una breve desconexión al terminar mi turno</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reduce motion: show breathing as text, not a moving circle</source>
        <translation>Reducir el movimiento: mostrar la respiración como texto, sin círculo animado</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Also announce prompts as desktop notifications</source>
        <translation>Mostrar también los avisos como notificaciones del escritorio</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Play a soft sound with prompts</source>
        <translation>Reproducir un sonido suave con los avisos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Colours</source>
        <translation>Colores</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start wellbeing when I log in</source>
        <translation>Iniciar wellbeing al iniciar sesión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hold prompts while the microphone is in use</source>
        <translation>Retener los avisos mientras se usa el micrófono</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Phone programs</source>
        <translation>Programas de telefonía</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Count it as a call after at least</source>
        <translation>Contar como llamada a partir de</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A pause this short is still the same call</source>
        <translation>Una pausa así de corta sigue siendo la misma llamada</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Monday</source>
        <translation>Lunes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tuesday</source>
        <translation>Martes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wednesday</source>
        <translation>Miércoles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thursday</source>
        <translation>Jueves</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Friday</source>
        <translation>Viernes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saturday</source>
        <translation>Sábado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sunday</source>
        <translation>Domingo</translation>
    </message>
    <message>
        <location filename="../wellbeing/ui/settings/settings_api.py" line="+39"/>
        <source>Let my browser agent desktop report calls</source>
        <translation>Permitir que mi escritorio de agente en el navegador informe de las llamadas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Port on this computer</source>
        <translation>Puerto en este equipo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pages allowed (one per line)</source>
        <translation>Páginas permitidas (una por línea)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Browser agent desktop</source>
        <translation>Escritorio de agente en el navegador</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Amazon Connect, Genesys Cloud or Twilio Flex can tell wellbeing when a call starts and ends. Only this computer can reach it, and only from the pages listed here, with the token below.</source>
        <translation>Amazon Connect, Genesys Cloud o Twilio Flex pueden avisar a wellbeing cuando empieza y termina una llamada. Solo este equipo puede conectarse, y solo desde las páginas de esta lista, con el token de abajo.</translation>
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
        <translation>Copiar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy the token</source>
        <translation>Copiar el token</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A token is made when you apply.</source>
        <translation>El token se crea al aplicar.</translation>
    </message>
</context>
<context>
    <name>SharingDialog</name>
    <message>
        <location filename="../wellbeing/ui/sharing/sharing_dialog.py" line="+68"/>
        <source>Team sharing</source>
        <translation>Compartir con el equipo</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Sharing status message</source>
        <translation>Mensaje de estado del uso compartido</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Join the team hub</source>
        <translation>&amp;Unirme al hub del equipo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Join the team hub</source>
        <translation>Unirme al hub del equipo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>S&amp;top sharing</source>
        <translation>&amp;Dejar de compartir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop sharing and retract open weeks</source>
        <translation>Dejar de compartir y retirar las semanas abiertas</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Stop sharing and take back the weeks that are still open?</source>
        <translation>¿Dejar de compartir y retirar las semanas que siguen abiertas?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Weeks already released exist only inside your team&apos;s figures and cannot be taken out. Your own records on this computer are not touched.</source>
        <translation>Las semanas ya publicadas solo existen dentro de las cifras del equipo y no se pueden sacar. Tus propios registros en este dispositivo no se tocan.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Stop sharing</source>
        <translation>Dejar de compartir</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Please enter the hub&apos;s address and your invitation.</source>
        <translation>Escribe la dirección del hub y tu invitación.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Joining the team hub… nothing is sent yet.</source>
        <translation>Uniéndote al hub del equipo… todavía no se envía nada.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sending your finished weeks…</source>
        <translation>Enviando tus semanas terminadas…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Taking back your open weeks…</source>
        <translation>Retirando tus semanas abiertas…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>You joined the team hub. Nothing has been sent: each finished week goes by itself at a random moment before it closes, exactly as shown.</source>
        <translation>Te has unido al hub del equipo. No se ha enviado nada: cada semana terminada se envía sola en un momento al azar antes de cerrarse, tal como se muestra.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Sent to your team&apos;s hub. Weeks sent just now: {n}.</source>
        <translation>Enviado al hub de tu equipo. Semanas enviadas ahora: {n}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nothing new to send: every finished week still open is already sent.</source>
        <translation>No hay nada nuevo que enviar: todas las semanas terminadas que siguen abiertas ya se enviaron.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sharing is off. Open weeks taken back: {n}. Weeks already released exist only inside your team&apos;s figures, never as yours.</source>
        <translation>El uso compartido está desactivado. Semanas abiertas retiradas: {n}. Las semanas ya publicadas solo existen dentro de las cifras del equipo, nunca como tuyas.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Nothing to send yet</source>
        <translation>Aún no hay nada que enviar</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Who runs the hub</source>
        <translation>Quién gestiona el hub</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hub address</source>
        <translation>Dirección del hub</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>https://wellbeing-hub.example.org</source>
        <translation>https://wellbeing-hub.example.org</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Invitation</source>
        <translation>Invitación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The invitation your hub&apos;s operator gave you</source>
        <translation>La invitación que te dio quien gestiona el hub</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hub &amp;address:</source>
        <translation>Di&amp;rección del hub:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Invitation:</source>
        <translation>&amp;Invitación:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Exactly what is sent</source>
        <translation>Exactamente lo que se envía</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Preview of what is sent</source>
        <translation>Vista previa de lo que se envía</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>One message per finished week, each sent alone at a random moment, with nothing that names you or links your weeks.</source>
        <translation>Un mensaje por semana terminada, cada uno enviado por separado en un momento al azar, sin nada que te nombre ni relacione tus semanas.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Sharing is on. Weeks sent and still open: {n}.</source>
        <translation>El uso compartido está activado. Semanas enviadas y aún abiertas: {n}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sharing is off, but files shared to a folder earlier are still there.</source>
        <translation>El uso compartido está desactivado, pero los archivos compartidos antes en una carpeta siguen ahí.</translation>
    </message>
    <message>
        <location line="-230"/>
        <source>Share &amp;now</source>
        <translation>Compartir &amp;ahora</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share now</source>
        <translation>Compartir ahora</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+1"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Stop sharing?</source>
        <translation>¿Dejar de compartir?</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Keep sharing</source>
        <translation>Seguir compartiendo</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>That did not work: {reason}</source>
        <translation>No se pudo hacer: {reason}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What your team sees</source>
        <translation>Lo que ve tu equipo</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Where it goes</source>
        <translation>Adónde va</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sharing status</source>
        <translation>Estado del uso compartido</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Preparing the preview…</source>
        <translation>Preparando la vista previa…</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Sharing is off.</source>
        <translation>El uso compartido está desactivado.</translation>
    </message>
    <message>
        <location filename="../wellbeing/ui/sharing/sharing_words.py" line="+13"/>
        <source>&lt;b&gt;Shared, once a week:&lt;/b&gt; how many calls, how many were difficult or severe, your longest run of difficult calls, breaks offered and taken, minutes breathed, average stress, check-in scores.</source>
        <translation>&lt;b&gt;Se comparte, una vez por semana:&lt;/b&gt; cuántas llamadas, cuántas fueron difíciles o graves, tu racha más larga de llamadas difíciles, pausas ofrecidas y realizadas, minutos de respiración, estrés medio y puntuaciones del balance.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;b&gt;Never shared:&lt;/b&gt; your name, notes, reflections, journal, tags, times of day, or anything you write.</source>
        <translation>&lt;b&gt;Nunca se comparte:&lt;/b&gt; tu nombre, notas, reflexiones, diario, etiquetas, horas del día ni nada de lo que escribas.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your weeks go to a team hub run by someone your team trusts, not to your lead. The hub keeps no link between you and your numbers, and your lead only sees a week&apos;s team figures once it closes, when enough people shared it.</source>
        <translation>Tus semanas van a un hub del equipo que gestiona alguien de confianza para tu equipo, no a tu responsable. El hub no guarda ningún vínculo entre tú y tus números, y tu responsable solo ve las cifras de equipo de una semana cuando esta se cierra y la han compartido suficientes personas.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Only finished weeks are sent. Stopping takes back every week that has not closed yet; closed weeks exist only inside the team&apos;s figures.</source>
        <translation>Solo se envían semanas terminadas. Al dejar de compartir se retiran todas las semanas que aún no se han cerrado; las semanas cerradas solo existen dentro de las cifras del equipo.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Hub run by: {operator}
Your team: {team}
A week is shown only when at least {k} people shared it.</source>
        <translation>Hub gestionado por: {operator}
Tu equipo: {team}
Una semana solo se muestra cuando la han compartido al menos {k} personas.</translation>
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
        <translation>En una llamada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prompts paused until {until}</source>
        <translation>Avisos en pausa hasta {until}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Calm</source>
        <translation>Todo tranquilo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 difficult call</source>
        <translation>1 llamada difícil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} difficult calls in a row</source>
        <translation>{count} llamadas difíciles seguidas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A severe call, no break since</source>
        <translation>Una llamada grave, sin pausa desde entonces</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} not rated</source>
        <translation>{count} sin valorar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A severe call since your last break</source>
        <translation>Una llamada grave desde tu última pausa</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No break yet today</source>
        <translation>Todavía sin pausas hoy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last break just now</source>
        <translation>Última pausa: hace un momento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last break {minutes} min ago</source>
        <translation>Última pausa: hace {minutes} min</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last break {hours} h ago</source>
        <translation>Última pausa: hace {hours} h</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last break {hours} h {minutes} min ago</source>
        <translation>Última pausa: hace {hours} h {minutes} min</translation>
    </message>
</context>
<context>
    <name>StressQuestion</name>
    <message>
        <location filename="../wellbeing/ui/stress_question.py" line="+134"/>
        <source>0 is calm, 10 is very stressed. Optional: no answer until you choose one; a digit chooses, Delete skips.</source>
        <translation>0 es calma, 10 es mucho estrés. Opcional: sin respuesta hasta que elijas una; un número elige, Supr la salta.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Skip</source>
        <translation>Saltar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skip this question</source>
        <translation>Saltar esta pregunta</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>0 calm</source>
        <translation>0 calma</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+41"/>
        <source>Not answered</source>
        <translation>Sin responder</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>10 very stressed</source>
        <translation>10 mucho estrés</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>{value} of 10</source>
        <translation>{value} de 10</translation>
    </message>
</context>
<context>
    <name>WindDownWindow</name>
    <message>
        <location filename="../wellbeing/ui/reflection/wind_down.py" line="+78"/>
        <source>End of shift</source>
        <translation>Fin del turno</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Leave work behind</source>
        <translation>Deja el trabajo atrás</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Here is your day. You can set it down now.</source>
        <translation>Este ha sido tu día. Ya puedes soltarlo.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>60-second breathing reset</source>
        <translation>Respiro de 60 segundos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start a 60-second breathing reset</source>
        <translation>Empezar un respiro de 60 segundos</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>One quiet minute before you go.</source>
        <translation>Un minuto tranquilo antes de irte.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+16"/>
        <source>What I leave here tonight</source>
        <translation>Lo que dejo aquí hoy</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Saved only in your private journal, on this computer. Leave it empty to keep nothing.</source>
        <translation>Se guarda solo en tu diario privado, en este dispositivo. Déjalo vacío para no guardar nada.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>A call, a word, a worry. Write it down and leave it here.</source>
        <translation>Una llamada, una palabra, una preocupación. Escríbela y déjala aquí.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Optional. Saved only in your private journal on this computer.</source>
        <translation>Opcional. Se guarda solo en tu diario privado, en este dispositivo.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Done for today</source>
        <translation>Hasta aquí por hoy</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Done for today: rest the prompts until next shift</source>
        <translation>Hasta aquí por hoy: pausar los avisos hasta el próximo turno</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Today: {calls} · {difficult} · {breaks}</source>
        <translation>Hoy: {calls} · {difficult} · {breaks}</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>call</source>
        <translation>llamada</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>calls</source>
        <translation>llamadas</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>difficult</source>
        <translation>difíciles</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>difficult</source>
        <comment>one call</comment>
        <translation>difícil</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>break taken</source>
        <translation>pausa realizada</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>breaks taken</source>
        <translation>pausas realizadas</translation>
    </message>
    <message numerus="yes">
        <location line="+27"/>
        <source>%Ln calls</source>
        <translation>
            <numerusform>%Ln llamada</numerusform>
            <numerusform>%Ln llamadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln difficult</source>
        <translation>
            <numerusform>%Ln difícil</numerusform>
            <numerusform>%Ln difíciles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln breaks</source>
        <translation>
            <numerusform>%Ln pausa</numerusform>
            <numerusform>%Ln pausas</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>You breathed for {time} today.</source>
        <translation>Hoy has respirado {time}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Prompts rest until your next shift.</source>
        <translation>Los avisos descansan hasta tu próximo turno.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Prompts rest until {time}.</source>
        <translation>Los avisos descansan hasta las {time}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Prompts rest until tomorrow at {time}.</source>
        <translation>Los avisos descansan hasta mañana a las {time}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Prompts rest until {day} at {time}.</source>
        <translation>Los avisos descansan hasta el {day} a las {time}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Prompts rest until {date} at {time}.</source>
        <translation>Los avisos descansan hasta el {date} a las {time}.</translation>
    </message>
</context>
</TS>
