<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR" sourcelanguage="en">
<context>
    <name>AgentActions</name>
    <message>
        <location filename="../wellbeing/ui/tray/actions.py" line="+100"/>
        <source>1 · Routine</source>
        <translation>1 · Rotineira</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>2 · A bit tense</source>
        <translation>2 · Um pouco tensa</translation>
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
        <translation>5 · Muito difícil</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Log call</source>
        <translation>Registrar ligação</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rate the last call</source>
        <translation>Avaliar a última ligação</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On a call</source>
        <translation>Em ligação</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take a breathing break</source>
        <translation>Fazer uma pausa para respirar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pause prompts</source>
        <translation>Pausar sugestões</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For 30 minutes</source>
        <translation>Por 30 minutos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For 1 hour</source>
        <translation>Por 1 hora</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Until tomorrow</source>
        <translation>Até amanhã</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resume prompts now</source>
        <translation>Retomar sugestões agora</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start now</source>
        <translation>Começar agora</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Start now (waits until the call ends)</source>
        <translation>Começar agora (espera a ligação terminar)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Snooze 5 min</source>
        <translation>Adiar 5 min</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Snooze 10 min</source>
        <translation>Adiar 10 min</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dismiss</source>
        <translation>Dispensar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reflect on the last call…</source>
        <translation>Refletir sobre a última ligação…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Coach card</source>
        <translation>Cartão de apoio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weekly check-in…</source>
        <translation>Check-in semanal…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End my shift…</source>
        <translation>Encerrar meu turno…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Team sharing…</source>
        <translation>Compartilhar com a equipe…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>History and journal…</source>
        <translation>Histórico e diário…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settings…</source>
        <translation>Configurações…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quit</source>
        <translation>Sair</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Paused until {time}</source>
        <translation>Pausado até {time}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Prompts paused</source>
        <translation>Sugestões pausadas</translation>
    </message>
</context>
<context>
    <name>BreathCircle</name>
    <message>
        <location filename="../wellbeing/ui/breathing/breath_circle.py" line="+31"/>
        <source>Breathing circle</source>
        <translation>Círculo de respiração</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Grows as you breathe in and shrinks as you breathe out.</source>
        <translation>Cresce quando você inspira e diminui quando você expira.</translation>
    </message>
</context>
<context>
    <name>BreatheOffer</name>
    <message>
        <location filename="../wellbeing/ui/reflection/reflection_more.py" line="+147"/>
        <source>Saved</source>
        <translation>Salvo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your body may still be on that call. A short breathing reset helps.</source>
        <translation>Seu corpo talvez ainda esteja naquela ligação. Uma respiração curta ajuda.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close without breathing</source>
        <translation>Fechar sem respirar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Breathe now</source>
        <translation>Respirar agora</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start the breathing reset</source>
        <translation>Começar a respiração</translation>
    </message>
</context>
<context>
    <name>BreathingOptions</name>
    <message>
        <location filename="../wellbeing/ui/breathing/breathing_options.py" line="+48"/>
        <source>Change this break</source>
        <translation>Mudar esta pausa</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your break keeps running while you choose: Back returns to it.</source>
        <translation>Sua pausa continua enquanto você escolhe: Voltar leva de volta a ela.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>How stressed were you before this break? (optional)</source>
        <translation>Quanto estresse você sentia antes desta pausa? (opcional)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Length of the break</source>
        <translation>Duração da pausa</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Back</source>
        <translation>Voltar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Back to the breathing</source>
        <translation>Voltar à respiração</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Breathe with these</source>
        <translation>Respirar assim</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start again with this pattern and length</source>
        <translation>Recomeçar com este ritmo e esta duração</translation>
    </message>
</context>
<context>
    <name>BreathingText</name>
    <message>
        <location filename="../wellbeing/ui/breathing/breathing_text.py" line="+21"/>
        <source>Box breathing</source>
        <translation>Respiração quadrada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cyclic sigh</source>
        <translation>Suspiro cíclico</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>4-7-8 breathing</source>
        <translation>Respiração 4-7-8</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Coherent breathing</source>
        <translation>Respiração coerente</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{s} in</source>
        <translation>inspire {s} s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{s} more in</source>
        <translation>inspire mais {s} s</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <source>{s} hold</source>
        <translation>segure {s} s</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>{s} out</source>
        <translation>expire {s} s</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>steady and even</source>
        <translation>estável e uniforme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a double breath in, a long sigh</source>
        <translation>duas inspirações seguidas, um longo suspiro</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a long hold, a slow breath out</source>
        <translation>uma pausa longa, uma expiração lenta</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>slow and smooth</source>
        <translation>lenta e suave</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{rhythm} — {feel}</source>
        <translation>{rhythm} — {feel}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Breathe in</source>
        <translation>Inspire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A little more</source>
        <translation>Mais um pouco</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <source>Hold</source>
        <translation>Segure</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Breathe out</source>
        <translation>Expire</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{time} left</source>
        <translation>Faltam {time}</translation>
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
        <translation>Você respirou por {time}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Before the break you said {value}.</source>
        <translation>Antes da pausa, você disse {value}.</translation>
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
        <translation>Duração</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Stress before the break, 0 to 10</source>
        <translation>Estresse antes da pausa, de 0 a 10</translation>
    </message>
    <message>
        <location filename="../wellbeing/ui/breathing/breathing_window.py" line="+146"/>
        <source>Seconds left in this phase</source>
        <translation>Segundos restantes nesta fase</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Progress through this phase</source>
        <translation>Progresso nesta fase</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Change…</source>
        <translation>Mudar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change the pattern, the length or say how stressed you are</source>
        <translation>Mudar o ritmo, a duração ou dizer quanto estresse você sente</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Skip</source>
        <translation>Pular</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Skip the rest of this break</source>
        <translation>Pular o resto desta pausa</translation>
    </message>
    <message>
        <location filename="../wellbeing/ui/breathing/breathing_after.py" line="+30"/>
        <source>Well done</source>
        <translation>Muito bem</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>How do you feel now? (0–10)</source>
        <translation>E agora, como você se sente? (0–10)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stress after the break, 0 to 10</source>
        <translation>Estresse depois da pausa, de 0 a 10</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Done</source>
        <translation>Concluir</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Done: save this break</source>
        <translation>Concluir: salvar esta pausa</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Reflect on this call</source>
        <translation>Refletir sobre esta ligação</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save this break and reflect on the call before it</source>
        <translation>Salvar esta pausa e refletir sobre a ligação anterior</translation>
    </message>
</context>
<context>
    <name>CheckInText</name>
    <message>
        <location filename="../wellbeing/ui/reflection/checkin_text.py" line="+21"/>
        <source>How often do you feel worn out?</source>
        <translation>Com que frequência você sente desgaste?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How often do you feel physically drained?</source>
        <translation>Com que frequência você sente esgotamento físico?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How often do you feel emotionally drained?</source>
        <translation>Com que frequência você sente esgotamento emocional?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How often do you think: I can&apos;t take any more of this?</source>
        <translation>Com que frequência você pensa: não aguento mais isso?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Does your work leave you drained at the end of the day?</source>
        <translation>Seu trabalho deixa você sem energia no fim do dia?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Do you dread the thought of your next shift?</source>
        <translation>Você sente aflição só de pensar no seu próximo turno?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Do you feel that every working hour tires you?</source>
        <translation>Você sente que cada hora de trabalho é cansativa?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>After work, is there too little energy left for family and friends?</source>
        <translation>Depois do trabalho, sobra pouca energia para a família e os amigos?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Does callers&apos; frustration wear you down?</source>
        <translation>A frustração dos clientes desgasta você?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Do you find it hard to handle calls?</source>
        <translation>Você sente dificuldade para lidar com as ligações?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Do you feel you give more to callers than you get back?</source>
        <translation>Você sente que dá mais aos clientes do que recebe de volta?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Are you tired of dealing with callers?</source>
        <translation>Lidar com clientes tem cansado você?</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Never or almost never</source>
        <translation>Nunca ou quase nunca</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seldom</source>
        <translation>Raramente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sometimes</source>
        <translation>Às vezes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Often</source>
        <translation>Com frequência</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Always</source>
        <translation>Sempre</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Personal exhaustion</source>
        <translation>Esgotamento pessoal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Work-related exhaustion</source>
        <translation>Esgotamento ligado ao trabalho</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer-related strain</source>
        <translation>Desgaste ligado aos clientes</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>How you have been, in general.</source>
        <translation>Como você tem estado, de modo geral.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How your work has been for you.</source>
        <translation>Como o trabalho tem sido para você.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How your calls with customers have been for you.</source>
        <translation>Como têm sido para você as ligações com clientes.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Think of the last week; any question can be left out.</source>
        <translation>Pense na última semana; qualquer pergunta pode ficar sem resposta.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>A short self-check in three parts, about the last week: how you have been, how work has been, and how your calls with customers have been. Twelve questions, about a minute.</source>
        <translation>Uma breve reflexão em três partes sobre a última semana: como você tem estado, como tem sido o trabalho e como têm sido as ligações com clientes. Doze perguntas, cerca de um minuto.</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Part {number} of {total}</source>
        <translation>Parte {number} de {total}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>There are no right or wrong answers. Go with what comes to mind first, and skip any question you would rather leave.</source>
        <translation>Não há respostas certas ou erradas. Responda com o que vier primeiro à cabeça e pule qualquer pergunta que preferir deixar de lado.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This check-in is a self-reflection aid, not a diagnosis. If you are struggling, talk to someone you trust or to a health professional.</source>
        <translation>Este check-in é um apoio para refletir sobre si, não um diagnóstico. Se estiver passando por um momento difícil, converse com alguém de confiança ou com um profissional de saúde.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{score} of 100</source>
        <translation>{score} de 100</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>in the higher range</source>
        <translation>na faixa mais alta</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not enough answers for a score</source>
        <translation>Respostas insuficientes para uma pontuação</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{score} · {band}</source>
        <translation>{score} · {band}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Thank you for taking this moment. Your answers are saved.</source>
        <translation>Obrigado por reservar este momento. Suas respostas foram salvas.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No question was answered, so nothing was saved.</source>
        <translation>Nenhuma pergunta foi respondida, então nada foi salvo.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Personal exhaustion score, 0 to 100</source>
        <translation>Pontuação de esgotamento pessoal, de 0 a 100</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Work-related exhaustion score, 0 to 100</source>
        <translation>Pontuação de esgotamento ligado ao trabalho, de 0 a 100</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Customer-related strain score, 0 to 100</source>
        <translation>Pontuação de desgaste ligado aos clientes, de 0 a 100</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Scores like this are common after a run of hard weeks, and they can change. It may help to talk to someone you trust, or to your team lead.</source>
        <translation>Pontuações assim são comuns depois de uma sequência de semanas difíceis, e elas podem mudar. Pode ajudar conversar com alguém de confiança ou com a sua liderança.</translation>
    </message>
</context>
<context>
    <name>CheckInWindow</name>
    <message>
        <location filename="../wellbeing/ui/reflection/checkin_window.py" line="+160"/>
        <source>Weekly check-in</source>
        <translation>Check-in semanal</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>Your weekly check-in</source>
        <translation>Seu check-in semanal</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not now</source>
        <translation>Agora não</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not now: close the check-in</source>
        <translation>Agora não: fechar o check-in</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start</source>
        <translation>Começar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Start the check-in</source>
        <translation>Começar o check-in</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Back</source>
        <translation>Voltar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Back to the previous page</source>
        <translation>Voltar à página anterior</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>See my results</source>
        <translation>Ver meus resultados</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Next</source>
        <translation>Avançar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finish and see my results</source>
        <translation>Concluir e ver meus resultados</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Next part</source>
        <translation>Próxima parte</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Your check-in</source>
        <translation>Seu check-in</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Done</source>
        <translation>Concluir</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Done: close this window</source>
        <translation>Concluir: fechar esta janela</translation>
    </message>
</context>
<context>
    <name>ChipGroup</name>
    <message>
        <location filename="../wellbeing/ui/reflection/reflection_fields.py" line="+167"/>
        <source>{group}. Arrow keys move, Space chooses.</source>
        <translation>{group}. Use as setas para mover e Espaço para escolher.</translation>
    </message>
</context>
<context>
    <name>CoachCard</name>
    <message>
        <location filename="../wellbeing/ui/reflection/coach_card.py" line="+57"/>
        <source>Coach card</source>
        <translation>Cartão de apoio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Coach card: phrases for Listen, Acknowledge, Solve, Thank</source>
        <translation>Cartão de apoio: frases para Ouvir, Reconhecer, Resolver, Agradecer</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Coach card sections</source>
        <translation>Seções do cartão de apoio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Steps and boundaries</source>
        <translation>Etapas e limites</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Stay on to&amp;p</source>
        <translation>Sempre &amp;visível</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stay on top of other windows</source>
        <translation>Manter acima das outras janelas</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Esc closes</source>
        <translation>Esc fecha</translation>
    </message>
</context>
<context>
    <name>CoachText</name>
    <message>
        <location filename="../wellbeing/ui/reflection/coach_text.py" line="+21"/>
        <source>&amp;Listen</source>
        <translation>&amp;Ouvir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Acknowledge</source>
        <translation>&amp;Reconhecer</translation>
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
        <translation>Ouvir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Acknowledge</source>
        <translation>Reconhecer</translation>
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
        <translation>Deixe o cliente contar tudo. Não tenha pressa de resolver ainda.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name the feeling before you fix the problem.</source>
        <translation>Dê nome ao sentimento antes de resolver o problema.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Say what you can do, not what you can&apos;t.</source>
        <translation>Diga o que você pode fazer, não o que não pode.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>End warmly, even when the call was hard.</source>
        <translation>Encerre com cordialidade, mesmo quando a ligação foi difícil.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Take your time, I&apos;m listening.</source>
        <translation>Pode falar com calma, estou ouvindo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tell me what happened, from the start.</source>
        <translation>Pode me contar o que aconteceu, desde o começo?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>So I get this right: can you tell me a bit more about that?</source>
        <translation>Só para eu entender bem: pode me contar um pouco mais sobre isso?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Go on, I&apos;m still here.</source>
        <translation>Pode continuar, estou aqui.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>I can hear how frustrating this has been.</source>
        <translation>Entendo o quanto isso tem sido frustrante.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That sounds really stressful. I&apos;m sorry you&apos;ve had to deal with it.</source>
        <translation>Imagino o quanto isso foi estressante. Sinto muito que você tenha passado por isso.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You expected better than that, and fairly so.</source>
        <translation>Você esperava algo melhor, e com toda a razão.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>It makes sense that you&apos;re upset.</source>
        <translation>É totalmente compreensível a sua chateação.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Here&apos;s what I can do right now…</source>
        <translation>Veja o que eu posso fazer agora mesmo…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Let me check that for you. It&apos;ll take about two minutes.</source>
        <translation>Deixa eu verificar isso para você. Leva uns dois minutos.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There are two ways we can fix this. Let me walk you through both.</source>
        <translation>Temos duas formas de resolver isso. Vou explicar as duas para você.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>I&apos;ll stay with this until we have a clear next step.</source>
        <translation>Vou acompanhar isso até termos um próximo passo claro.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Thank you for your patience while we sorted this.</source>
        <translation>Agradeço a sua paciência enquanto resolvíamos isso.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Thanks for explaining it so clearly. It helped.</source>
        <translation>Agradeço por explicar tudo com tanta clareza. Ajudou muito.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I appreciate you bearing with me.</source>
        <translation>Agradeço por aguardar comigo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Is there anything else I can help with today?</source>
        <translation>Posso ajudar em mais alguma coisa hoje?</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>“{phrase}”</source>
        <translation>“{phrase}”</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Boundaries</source>
        <translation>&amp;Limites</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>If a caller becomes abusive</source>
        <translation>Se o cliente ficar ofensivo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Abuse is not part of the job. Stay calm and take these steps in order.</source>
        <translation>Ofensas não fazem parte do trabalho. Mantenha a calma e siga estes passos, nesta ordem.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Warn once, calmly: “I want to help, and I can&apos;t continue if the language goes on.”</source>
        <translation>Avise uma vez, com calma: “Eu quero ajudar, mas não vou poder continuar se esse tipo de linguagem continuar.”</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Offer a supervisor: “Would you like me to pass you to my supervisor?”</source>
        <translation>Ofereça a supervisão: “Você gostaria que eu transferisse a ligação para a minha supervisão?”</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>If it goes on, end the call respectfully: “I&apos;m going to end this call now. You&apos;re welcome to call back when we can talk it through.”</source>
        <translation>Se continuar, encerre a ligação com respeito: “Vou encerrar a ligação agora. Fique à vontade para ligar de novo quando pudermos conversar sobre isso.”</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Log the call and tag it abusive.</source>
        <translation>Registre a ligação e marque como ofensiva.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take a breathing reset before the next call.</source>
        <translation>Tire um momento para respirar antes da próxima ligação.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What they said was about their situation, not about you.</source>
        <translation>O que o cliente disse era sobre a situação dele, não sobre você.</translation>
    </message>
</context>
<context>
    <name>Companion</name>
    <message>
        <location filename="../wellbeing/app/companion.py" line="+327"/>
        <source>Its icon is in the system tray.</source>
        <translation>O ícone está na área de notificação.</translation>
    </message>
</context>
<context>
    <name>DraftKeeper</name>
    <message>
        <location filename="../wellbeing/services/reflection_drafts.py" line="+99"/>
        <source>Your reflection draft could not be kept: {reason}</source>
        <translation>Não foi possível guardar o rascunho da sua reflexão: {reason}</translation>
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
        <translation>Sua área de trabalho não mostra uma área de notificação, então o wellbeing fica nesta pequena janela. Fechar a janela apenas a minimiza: suas pausas continuam sendo acompanhadas.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Log the call that just ended:</source>
        <translation>Registre a ligação que acabou de terminar:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Log call: {label}</source>
        <translation>Registrar ligação: {label}</translation>
    </message>
</context>
<context>
    <name>HistoryText</name>
    <message>
        <location filename="../wellbeing/ui/history/history_words.py" line="+28"/>
        <source>Last 30 days</source>
        <translation>Últimos 30 dias</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 90 days</source>
        <translation>Últimos 90 dias</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This year</source>
        <translation>Este ano</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All time</source>
        <translation>Todo o período</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{first} to {last}</source>
        <translation>{first} a {last}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Calls per day, by difficulty</source>
        <translation>Ligações por dia, por dificuldade</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What breathing does for you: stress before and after (0–10)</source>
        <translation>O que a respiração faz por você: estresse antes e depois (0–10)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Breaks offered and taken, per week</source>
        <translation>Pausas oferecidas e feitas, por semana</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Weekly check-in scores (0–100)</source>
        <translation>Pontuações do check-in semanal (0–100)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Chart: calls per day by difficulty</source>
        <translation>Gráfico: ligações por dia, por dificuldade</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Chart: stress before and after breaks, per breathing pattern</source>
        <translation>Gráfico: estresse antes e depois das pausas, por padrão de respiração</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Chart: breaks offered and taken per week</source>
        <translation>Gráfico: pausas oferecidas e feitas por semana</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Chart: check-in scores by week</source>
        <translation>Gráfico: pontuações do check-in por semana</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{n} {word}</source>
        <translation>{n} {word}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not rated</source>
        <translation>Sem avaliação</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Before the break</source>
        <translation>Antes da pausa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After the break</source>
        <translation>Depois da pausa</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Offered</source>
        <translation>Oferecidas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Taken</source>
        <translation>Feitas</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Personal</source>
        <translation>Pessoal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Work</source>
        <translation>Trabalho</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customers</source>
        <translation>Clientes</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>higher range</source>
        <translation>faixa mais alta</translation>
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
        <translation>Ainda não há pausas com nível de estresse antes e depois neste período.
Avalie seu estresse quando uma pausa começar e terminar, e este gráfico vai mostrar o que cada padrão de respiração faz por você.</translation>
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
        <translation>{total} ligações em {days} dias: {parts}.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{pattern}: stress {before} before, {after} after, over {n} breaks.</source>
        <translation>{pattern}: estresse {before} antes, {after} depois, em {n} pausas.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{offered} breaks offered, {taken} breaks taken in this range.</source>
        <translation>{offered} pausas oferecidas, {taken} pausas feitas neste período.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{n} weekly check-ins in this range; 50 and above is the higher range.</source>
        <translation>{n} check-ins semanais neste período; 50 ou mais é a faixa mais alta.</translation>
    </message>
</context>
<context>
    <name>HistoryWindow</name>
    <message>
        <location filename="../wellbeing/ui/history/history_window.py" line="+94"/>
        <location line="+1"/>
        <source>History and journal</source>
        <translation>Histórico e diário</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Range shown in the charts</source>
        <translation>Período mostrado nos gráficos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ranges</source>
        <translation>Períodos</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Drawing your charts…</source>
        <translation>Desenhando seus gráficos…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Show</source>
        <translation>&amp;Mostrar</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>History sections</source>
        <translation>Seções do histórico</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your pattern or the journal</source>
        <translation>Seu panorama ou o diário</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your &amp;pattern</source>
        <translation>Seu &amp;panorama</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Journal</source>
        <translation>Diá&amp;rio</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Everything, JSON (*.json)</source>
        <translation>Tudo, JSON (*.json)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Calls, CSV for spreadsheets (*.csv)</source>
        <translation>Ligações, CSV para planilhas (*.csv)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export everything</source>
        <translation>Exportar tudo</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Could not delete: {error}</source>
        <translation>Não foi possível excluir: {error}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Entry deleted.</source>
        <translation>Entrada excluída.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Could not export: {error}</source>
        <translation>Não foi possível exportar: {error}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exported everything to {path}</source>
        <translation>Tudo exportado para {path}</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Loading your history…</source>
        <translation>Carregando seu histórico…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Could not read your history: {error}</source>
        <translation>Não foi possível ler seu histórico: {error}</translation>
    </message>
    <message>
        <location filename="../wellbeing/ui/settings/delete_confirm.py" line="+50"/>
        <source>Delete entry</source>
        <translation>Excluir entrada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete this entry for good? It cannot be brought back.</source>
        <translation>Excluir esta entrada de vez? Não será possível recuperá-la.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Delete this entry</source>
        <translation>Excluir esta entrada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep it</source>
        <translation>Manter</translation>
    </message>
</context>
<context>
    <name>JournalFilters</name>
    <message>
        <location filename="../wellbeing/ui/history/journal_filters.py" line="+51"/>
        <source>From date</source>
        <translation>Data inicial</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show entries from this day on</source>
        <translation>Mostrar entradas a partir deste dia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To date</source>
        <translation>Data final</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show entries up to this day</source>
        <translation>Mostrar entradas até este dia</translation>
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
        <translation>Dificuldade</translation>
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
        <translation>Buscar no que você escreveu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search the journal text</source>
        <translation>Buscar no texto do diário</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Clear the search</source>
        <translation>Limpar a busca</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;lear filters</source>
        <translation>&amp;Limpar filtros</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear filters</source>
        <translation>Limpar filtros</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>to</source>
        <translation>até</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;From</source>
        <translation>&amp;De</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Search</source>
        <translation>&amp;Buscar</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>S&amp;how</source>
        <translation>Mo&amp;strar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Difficulty</source>
        <translation>Di&amp;ficuldade</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>T&amp;ags</source>
        <translation>&amp;Tags</translation>
    </message>
</context>
<context>
    <name>JournalModel</name>
    <message>
        <location filename="../wellbeing/ui/history/journal_model.py" line="+41"/>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Difficulty</source>
        <translation>Dificuldade</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Summary</source>
        <translation>Resumo</translation>
    </message>
</context>
<context>
    <name>JournalText</name>
    <message>
        <location filename="../wellbeing/ui/history/journal_text.py" line="+47"/>
        <source>routine</source>
        <translation>rotineira</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a bit tense</source>
        <translation>um pouco tensa</translation>
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
        <translation>muito difícil</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{n} · {word}</source>
        <translation>{n} · {word}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>not rated</source>
        <translation>sem avaliação</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Call</source>
        <translation>Ligação</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+162"/>
        <source>Reflection</source>
        <translation>Reflexão</translation>
    </message>
    <message>
        <location line="-161"/>
        <source>Break</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Calls</source>
        <translation>Ligações</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reflections</source>
        <translation>Reflexões</translation>
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
        <translation>estresse {before} → {after}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>stress before {n}</source>
        <translation>estresse antes: {n}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>stress after {n}</source>
        <translation>estresse depois: {n}</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+161"/>
        <source>left early</source>
        <translation>encerrada antes do fim</translation>
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
        <translation>não registrado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} of 10</source>
        <translation>{n} de 10</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the tray menu</source>
        <translation>menu da área de notificação</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the quick-log popup</source>
        <translation>janela de registro rápido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a keyboard shortcut</source>
        <translation>atalho de teclado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the command line</source>
        <translation>linha de comando</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>another program</source>
        <translation>outro programa</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>you, from the menu</source>
        <translation>por você, pelo menu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a reset offered after a severe call</source>
        <translation>respiração oferecida após uma ligação muito difícil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a break offered after difficult calls in a row</source>
        <translation>pausa oferecida após ligações difíceis seguidas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a scheduled micro-break</source>
        <translation>micropausa programada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the end-of-shift wind-down</source>
        <translation>encerramento do turno</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not answered</source>
        <translation>Sem resposta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Yes</source>
        <translation>Sim</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No</source>
        <translation>Não</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Call: {difficulty}</source>
        <translation>Ligação: {difficulty}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ended</source>
        <translation>Encerrada em</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Difficulty</source>
        <translation>Dificuldade</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duration</source>
        <translation>Duração</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Anotação</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Logged from</source>
        <translation>Origem do registro</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{step}: {rating}</source>
        <translation>{step}: {rating}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>not linked to a call</source>
        <translation>sem vínculo com uma ligação</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a call no longer in the journal</source>
        <translation>uma ligação que não está mais no diário</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Written</source>
        <translation>Escrita em</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>About</source>
        <translation>Sobre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stress after the call</source>
        <translation>Estresse após a ligação</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>How I felt</source>
        <translation>O que senti</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The caller&apos;s problem</source>
        <translation>O problema do cliente</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The caller&apos;s emotion</source>
        <translation>A emoção do cliente</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Listen, Acknowledge, Solve, Thank</source>
        <translation>Ouvir, Reconhecer, Resolver, Agradecer</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A line was crossed</source>
        <translation>Passou do limite</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What I did about it</source>
        <translation>O que fiz a respeito</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What I carry forward</source>
        <translation>O que levo adiante</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Journal</source>
        <translation>Diário</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Break: {pattern}</source>
        <translation>Pausa: {pattern}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>breathed to the end</source>
        <translation>respirou até o fim</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Started</source>
        <translation>Iniciada em</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Breathing pattern</source>
        <translation>Padrão de respiração</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Planned</source>
        <translation>Duração planejada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Breathed</source>
        <translation>Tempo de respiração</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How it ended</source>
        <translation>Como terminou</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Started by</source>
        <translation>Como começou</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stress before</source>
        <translation>Estresse antes</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stress after</source>
        <translation>Estresse depois</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Choose an entry and press Enter (or double-click it) to read all of it here.</source>
        <translation>Escolha uma entrada e pressione Enter (ou clique duas vezes nela) para ler tudo aqui.</translation>
    </message>
</context>
<context>
    <name>JournalView</name>
    <message>
        <location filename="../wellbeing/ui/history/journal_view.py" line="+78"/>
        <source>Journal entries</source>
        <translation>Entradas do diário</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Newest first. Enter opens an entry; Delete deletes it.</source>
        <translation>Mais recentes primeiro. Enter abre uma entrada; Delete a exclui.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Columns</source>
        <translation>Colunas</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Entry details</source>
        <translation>Detalhes da entrada</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete entry</source>
        <translation>&amp;Excluir entrada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the selected entry</source>
        <translation>Excluir a entrada selecionada</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export everything to a file</source>
        <translation>Exportar tudo para um arquivo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every record, whatever the filters show, as the command line exports it.</source>
        <translation>Todos os registros, independentemente dos filtros, como a linha de comando exporta.</translation>
    </message>
    <message>
        <location line="+145"/>
        <source>No entries match these filters.</source>
        <translation>Nenhuma entrada corresponde a estes filtros.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln entries shown, newest first</source>
        <translation>
            <numerusform>%Ln entrada exibida, a mais recente primeiro</numerusform>
            <numerusform>%Ln entradas exibidas, as mais recentes primeiro</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Launch</name>
    <message>
        <location filename="../wellbeing/app/main.py" line="+106"/>
        <source>wellbeing cannot start</source>
        <translation>O wellbeing não consegue abrir</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>wellbeing is starting…</source>
        <translation>Iniciando o wellbeing…</translation>
    </message>
</context>
<context>
    <name>LocalApi</name>
    <message>
        <location filename="../wellbeing/services/local_api/controller.py" line="+73"/>
        <source>The local API could not start on port {port}: {reason}</source>
        <translation>A API local não pôde iniciar na porta {port}: {reason}</translation>
    </message>
</context>
<context>
    <name>LogConfirmation</name>
    <message>
        <location filename="../wellbeing/ui/prompts/log_confirmation.py" line="+38"/>
        <source>Undo</source>
        <translation>Desfazer</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Logged · {rating}</source>
        <translation>Registrada · {rating}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Undo: remove the call just logged ({rating})</source>
        <translation>Desfazer: remover a ligação recém-registrada ({rating})</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>not rated</source>
        <translation>sem avaliação</translation>
    </message>
</context>
<context>
    <name>MessageBridge</name>
    <message>
        <location filename="../wellbeing/ui/tray/message_bridge.py" line="+43"/>
        <source>wellbeing kept your data safe</source>
        <translation>wellbeing manteve seus dados em segurança</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Team sharing did not work</source>
        <translation>O compartilhamento com a equipe não funcionou</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Starting at login could not be changed</source>
        <translation>Não foi possível mudar a opção de abrir ao entrar no sistema</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>wellbeing is already running</source>
        <translation>wellbeing já está aberto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Noticing your calls</source>
        <translation>Detecção das suas ligações</translation>
    </message>
</context>
<context>
    <name>MicrophoneSensor</name>
    <message>
        <location filename="../wellbeing/services/mic_sensor/__init__.py" line="+59"/>
        <source>no sound server, no microphone</source>
        <translation>sem servidor de som, sem microfone</translation>
    </message>
    <message>
        <location filename="../wellbeing/services/mic_sensor/base.py" line="+29"/>
        <source>Calls are not detected on this machine ({why}). Prompts still wait while you are on a call: tick “On a call” in the menu, or let your softphone run “wellbeing on-call start” and “wellbeing on-call end”.</source>
        <translation>As ligações não são detectadas neste computador ({why}). As sugestões ainda podem esperar enquanto você está em ligação: marque “Em ligação” no menu ou deixe seu softphone executar “wellbeing on-call start” e “wellbeing on-call end”.</translation>
    </message>
    <message>
        <location filename="../wellbeing/services/mic_sensor/macos.py" line="+73"/>
        <source>Core Audio cannot be read</source>
        <translation>não é possível ler o Core Audio</translation>
    </message>
    <message>
        <location filename="../wellbeing/services/mic_sensor/pulse.py" line="+161"/>
        <source>no PulseAudio or PipeWire answers</source>
        <translation>nem PulseAudio nem PipeWire respondem</translation>
    </message>
    <message>
        <location filename="../wellbeing/services/mic_sensor/winreg_store.py" line="+168"/>
        <source>this Windows keeps no record of microphone use</source>
        <translation>este Windows não registra o uso do microfone</translation>
    </message>
</context>
<context>
    <name>MomentText</name>
    <message>
        <location filename="../wellbeing/ui/tray/moment_text.py" line="+33"/>
        <source>today {time}</source>
        <translation>hoje às {time}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>tomorrow {time}</source>
        <translation>amanhã às {time}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{day} {time}</source>
        <translation>{day} às {time}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{date} {time}</source>
        <translation>{date} {time}</translation>
    </message>
</context>
<context>
    <name>MoreQuestions</name>
    <message>
        <location filename="../wellbeing/ui/reflection/reflection_more.py" line="-99"/>
        <source>The caller&apos;s problem</source>
        <translation>O problema do cliente</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What they needed, in a few words</source>
        <translation>Do que o cliente precisava, em poucas palavras</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What did the caller need, and feel?</source>
        <translation>Do que o cliente precisava, e o que ele sentia?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The caller seemed</source>
        <translation>O que o cliente demonstrava</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>They seemed:</source>
        <translation>O cliente demonstrava:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Listen, Acknowledge, Solve, Thank</source>
        <translation>Ouvir, Reconhecer, Resolver, Agradecer</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Yes</source>
        <translation>Sim</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A line was crossed: yes</source>
        <translation>Passou do limite: sim</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No</source>
        <translation>Não</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A line was crossed: no</source>
        <translation>Passou do limite: não</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Was a line crossed?</source>
        <translation>Passou do limite?</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+2"/>
        <source>What did you do?</source>
        <translation>O que você fez?</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>e.g. warned once, offered a supervisor</source>
        <translation>ex.: avisei uma vez, ofereci a supervisão</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+6"/>
        <source>Journal (private)</source>
        <translation>Diário (privado)</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Free text. Tab moves on, Ctrl+Enter saves.</source>
        <translation>Texto livre. Tab avança, Ctrl+Enter salva.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anything else, just for you</source>
        <translation>Algo mais, só para você</translation>
    </message>
</context>
<context>
    <name>PromptCard</name>
    <message>
        <location filename="../wellbeing/ui/prompts/prompt_card.py" line="+66"/>
        <location line="+69"/>
        <source>Start</source>
        <translation>Começar</translation>
    </message>
    <message>
        <location line="-66"/>
        <source>Snooze {n} min</source>
        <translation>Adiar {n} min</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Snooze {n} minutes</source>
        <translation>Adiar {n} minutos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Offer this again in {n} minutes.</source>
        <translation>Oferecer de novo em {n} minutos.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dismiss</source>
        <translation>Dispensar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close this suggestion without taking it.</source>
        <translation>Fechar esta sugestão sem aceitá-la.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Reflect on this call</source>
        <translation>Refletir sobre esta ligação</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One minute to note what happened and what worked.</source>
        <translation>Um minuto para anotar o que aconteceu e o que funcionou.</translation>
    </message>
</context>
<context>
    <name>PromptText</name>
    <message>
        <location filename="../wellbeing/ui/prompts/prompt_text.py" line="+26"/>
        <source>That call was severe.</source>
        <translation>Essa ligação foi muito difícil.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} difficult calls in a row.</source>
        <translation>{count} ligações difíceis seguidas.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>That call was escalated.</source>
        <translation>Essa ligação foi escalada.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You have been working for a while.</source>
        <translation>Você está trabalhando há um bom tempo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>It is time for your weekly check-in.</source>
        <translation>Chegou a hora do seu check-in semanal.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your shift is ending.</source>
        <translation>Seu turno está terminando.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Take a moment to reset</source>
        <translation>Um momento para se recompor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time for a breather</source>
        <translation>Hora de respirar um pouco</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set that call down</source>
        <translation>Deixe essa ligação de lado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A short pause</source>
        <translation>Uma pausa curta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How are you, really?</source>
        <translation>Como você está, de verdade?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave work behind</source>
        <translation>Deixe o trabalho para trás</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A {seconds}-second breathing reset helps you leave it behind.</source>
        <translation>Respirar por {seconds} segundos ajuda você a deixar isso para trás.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A {seconds}-second breathing break, between calls.</source>
        <translation>Uma pausa de {seconds} segundos para respirar, entre uma ligação e outra.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A {minutes}-minute breathing break, between calls.</source>
        <translation>Uma pausa de {minutes} min para respirar, entre uma ligação e outra.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>One minute to note what happened and what worked.</source>
        <translation>Um minuto para anotar o que aconteceu e o que funcionou.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Twelve short questions, just for you.</source>
        <translation>Doze perguntas rápidas, só para você.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One minute of breathing, then the day is done.</source>
        <translation>Um minuto de respiração, e o dia está encerrado.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+3"/>
        <source>Breathe now</source>
        <translation>Respirar agora</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Start the break</source>
        <translation>Começar a pausa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reflect now</source>
        <translation>Refletir agora</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start the check-in</source>
        <translation>Começar o check-in</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wind down</source>
        <translation>Desacelerar</translation>
    </message>
</context>
<context>
    <name>QuickLogPopup</name>
    <message>
        <location filename="../wellbeing/ui/prompts/quick_log.py" line="+106"/>
        <location line="+1"/>
        <location line="+23"/>
        <source>How was that call?</source>
        <translation>Como foi essa ligação?</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Press 1 to 5 to log the call, Tab for tags and a note, Esc to close.</source>
        <translation>Pressione de 1 a 5 para registrar a ligação, Tab para tags e uma anotação, Esc para fechar.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>What happened? (optional)</source>
        <translation>O que aconteceu? (opcional)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Private note (optional)</source>
        <translation>Anotação privada (opcional)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Private note</source>
        <translation>Anotação privada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Optional, stays on this computer. Enter logs the call.</source>
        <translation>Opcional, fica neste computador. Enter registra a ligação.</translation>
    </message>
    <message>
        <location filename="../wellbeing/ui/prompts/rating_words.py" line="+20"/>
        <source>Routine</source>
        <translation>Rotineira</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A bit tense</source>
        <translation>Um pouco tensa</translation>
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
        <translation>Muito difícil</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Angry</source>
        <translation>Exaltada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Abusive</source>
        <translation>Ofensiva</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Threatening</source>
        <translation>Ameaçadora</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Escalated</source>
        <translation>Escalada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unresolved</source>
        <translation>Não resolvida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolved</source>
        <translation>Resolvida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Long</source>
        <translation>Longa</translation>
    </message>
    <message>
        <location filename="../wellbeing/ui/prompts/quick_log.py" line="+17"/>
        <source>Logs the call at once with this difficulty.</source>
        <translation>Registra a ligação na hora com esta dificuldade.</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Pick a difficulty: 1–5</source>
        <translation>Escolha uma dificuldade: 1–5</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Enter logs “{label}”.</source>
        <translation>Enter registra “{label}”.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Press 1–5 to log · Esc to close</source>
        <translation>Pressione 1–5 para registrar · Esc para fechar</translation>
    </message>
</context>
<context>
    <name>RatingCard</name>
    <message>
        <location filename="../wellbeing/ui/prompts/rating_card.py" line="+54"/>
        <source>How was that call?</source>
        <translation>Como foi essa ligação?</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Rates the call at once with this difficulty.</source>
        <translation>Avalia a ligação na hora com esta dificuldade.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>A call of {length} just ended. One click rates it.</source>
        <translation>Uma ligação de {length} acabou de terminar. Um clique a avalia.</translation>
    </message>
</context>
<context>
    <name>ReflectionDialog</name>
    <message>
        <location filename="../wellbeing/ui/reflection/reflection_dialog.py" line="+109"/>
        <location line="+97"/>
        <source>Set that call down</source>
        <translation>Deixe essa ligação de lado</translation>
    </message>
    <message>
        <location line="-84"/>
        <source>More: the caller, L.A.S.T., a line crossed, journal</source>
        <translation>Mais: o cliente, L.A.S.T., um limite ultrapassado, diário</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>More questions</source>
        <translation>Mais perguntas</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>How stressed am I now?</source>
        <translation>Quanto estresse sinto agora?</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Stress now</source>
        <translation>Estresse agora</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+1"/>
        <source>How do I feel?</source>
        <translation>O que estou sentindo?</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Private: stays on this computer. Ctrl+Enter saves; Esc keeps a draft.</source>
        <translation>Privado: fica neste computador. Ctrl+Enter salva; Esc guarda um rascunho.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Discard</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard these answers</source>
        <translation>Descartar estas respostas</translation>
    </message>
    <message>
        <location line="+122"/>
        <source>Your draft is back, as you left it.</source>
        <translation>Seu rascunho voltou, do jeito que você deixou.</translation>
    </message>
    <message>
        <location line="-140"/>
        <location line="+3"/>
        <source>One thing to carry forward</source>
        <translation>Algo para levar adiante</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>One thing I will do again, or differently</source>
        <translation>Algo que vou repetir, ou fazer diferente</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Not now</source>
        <translation>Agora não</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not now: keep a draft</source>
        <translation>Agora não: guardar um rascunho</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+1"/>
        <source>Save</source>
        <translation>Salvar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saves the reflection on this computer.</source>
        <translation>Salva a reflexão neste computador.</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Not saved yet: {reason}</source>
        <translation>Ainda não foi salvo: {reason}</translation>
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
        <translation>Alívio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Proud</source>
        <translation>Orgulho</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tired</source>
        <translation>Cansaço</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+15"/>
        <source>Frustrated</source>
        <translation>Frustração</translation>
    </message>
    <message>
        <location line="-14"/>
        <location line="+13"/>
        <source>Angry</source>
        <translation>Raiva</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Anxious</source>
        <translation>Ansiedade</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sad</source>
        <translation>Tristeza</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shaken</source>
        <translation>Abalo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Numb</source>
        <translation>Vazio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hurt</source>
        <translation>Mágoa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disrespected</source>
        <translation>Desrespeito</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Worried</source>
        <translation>Preocupação</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confused</source>
        <translation>Confusão</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Upset</source>
        <translation>Chateação</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Desperate</source>
        <translation>Desespero</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rude</source>
        <translation>Grosseria</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Listen</source>
        <translation>Ouvir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Acknowledge</source>
        <translation>Reconhecer</translation>
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
        <translation>Foi bem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Was hard</source>
        <translation>Foi difícil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not relevant</source>
        <translation>Não se aplica</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>angry</source>
        <translation>exaltada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>abusive</source>
        <translation>ofensiva</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>threatening</source>
        <translation>ameaçadora</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>escalated</source>
        <translation>escalada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unresolved</source>
        <translation>não resolvida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>resolved</source>
        <translation>resolvida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>long</source>
        <translation>longa</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Not linked to a call</source>
        <translation>Sem vínculo com uma ligação</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{date} {time}</source>
        <translation>{date} {time}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Call at {time}</source>
        <translation>Ligação de {time}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not rated</source>
        <translation>sem avaliação</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>difficulty {n}</source>
        <translation>dificuldade {n}</translation>
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
        <translation>Configurações</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+1"/>
        <source>Settings sections</source>
        <translation>Seções das configurações</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Breaks</source>
        <translation>&amp;Pausas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Work hours</source>
        <translation>&amp;Horário de trabalho</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Co&amp;mfort</source>
        <translation>Co&amp;nforto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ca&amp;lls</source>
        <translation>&amp;Ligações</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Connections</source>
        <translation>Cone&amp;xões</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your d&amp;ata</source>
        <translation>Seus &amp;dados</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Save and close</source>
        <translation>Salvar e fechar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apply</source>
        <translation>Aplicar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <location line="+143"/>
        <source>{hours}, {day}</source>
        <translation>{hours}, {day}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Please check {label}:{detail}</source>
        <translation>Verifique {label}:{detail}</translation>
    </message>
    <message>
        <location filename="../wellbeing/ui/settings/settings_calls.py" line="+32"/>
        <source>Calls are noticed when a phone program uses your microphone.</source>
        <translation>As ligações são detectadas quando um programa de telefonia usa seu microfone.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Calls are noticed only when you tick “On a call” in the menu or your softphone tells wellbeing.</source>
        <translation>As ligações só são detectadas quando você marca “Em ligação” no menu ou seu softphone avisa o wellbeing.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Calls</source>
        <translation>Ligações</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Separated by commas; leave it empty to count any program.</source>
        <translation>Separados por vírgulas; deixe vazio para contar qualquer programa.</translation>
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
        <translation> ligações</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Prompts</source>
        <translation>Sugestões</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A severe call is always answered at once.</source>
        <translation>Depois de uma ligação muito difícil, a sugestão vem na hora.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Prompts wait while you are on a call or paused; after this long they go.</source>
        <translation>As sugestões aguardam enquanto você está em ligação ou com elas pausadas; depois desse tempo, são descartadas.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After this long without calls, the next shift starts calm.</source>
        <translation>Depois desse tempo sem ligações, o próximo turno começa com calma.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>When I work</source>
        <translation>Quando eu trabalho</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Micro-breaks, the check-in reminder and the wind-down come only in these hours.</source>
        <translation>Micropausas, o lembrete do check-in e o encerramento do turno só aparecem nesses horários.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>to</source>
        <translation>até</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{day}: start time</source>
        <translation>{day}: horário de início</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{day}: end time</source>
        <translation>{day}: horário de término</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>I work on {day}</source>
        <translation>Dia de trabalho: {day}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Weekly check-in</source>
        <translation>Check-in semanal</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>End of the shift</source>
        <translation>Fim do turno</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Prompts and motion</source>
        <translation>Sugestões e movimento</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Look and language</source>
        <translation>Aparência e idioma</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Follow the system</source>
        <translation>Seguir o sistema</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dark</source>
        <translation>Escuro</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>System language</source>
        <translation>Idioma do sistema</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A new language shows the next time wellbeing starts.</source>
        <translation>Um novo idioma aparece na próxima vez que o wellbeing for aberto.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Starting</source>
        <translation>Inicialização</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Where your data is</source>
        <translation>Onde ficam seus dados</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Everything this app records stays in this folder on your computer, readable by you alone.</source>
        <translation>Tudo o que este aplicativo registra fica nesta pasta no seu computador, e só você tem acesso.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Data folder</source>
        <translation>Pasta de dados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open folder</source>
        <translation>Abrir pasta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the data folder</source>
        <translation>Abrir a pasta de dados</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Start afresh</source>
        <translation>Começar do zero</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Deletes every call, break, reflection and check-in on this computer. You will be asked to confirm.</source>
        <translation>Exclui todas as ligações, pausas, reflexões e check-ins deste computador. Será pedida uma confirmação.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Delete all my data…</source>
        <translation>Excluir todos os meus dados…</translation>
    </message>
    <message>
        <location filename="../wellbeing/ui/settings/delete_confirm.py" line="-23"/>
        <source>Delete all your data?</source>
        <translation>Excluir todos os seus dados?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete all your data from this computer?</source>
        <translation>Excluir todos os seus dados deste computador?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This deletes every call, break, reflection and check-in you have recorded, and withdraws anything shared with your team. It cannot be undone.</source>
        <translation>Isso exclui todas as ligações, pausas, reflexões e check-ins que você registrou, e retira tudo o que foi compartilhado com a sua equipe. Não dá para desfazer.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../wellbeing/ui/settings/settings_dialog.py" line="+1"/>
        <source>Delete all my data</source>
        <translation>Excluir todos os meus dados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep my data</source>
        <translation>Manter meus dados</translation>
    </message>
    <message>
        <location filename="../wellbeing/ui/settings/settings_fields.py" line="+66"/>
        <source>Offer a break after this many difficult calls in a row</source>
        <translation>Oferecer uma pausa após esta quantidade de ligações difíceis seguidas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Length of that break</source>
        <translation>Duração dessa pausa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Length of the breathing reset after a severe call</source>
        <translation>Duração da respiração após uma ligação muito difícil</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Length of a break you start yourself</source>
        <translation>Duração de uma pausa iniciada por você</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Breathing pattern</source>
        <translation>Padrão de respiração</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A new shift starts after this long without calls</source>
        <translation>Um novo turno começa depois desse tempo sem ligações</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Wait at least this long between prompts</source>
        <translation>Esperar pelo menos este tempo entre sugestões</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Drop a prompt that has waited longer than</source>
        <translation>Descartar uma sugestão que esperou mais de</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Offer short micro-breaks during work hours</source>
        <translation>Oferecer micropausas durante o horário de trabalho</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>One micro-break every</source>
        <translation>Uma micropausa a cada</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Work hours</source>
        <translation>Horário de trabalho</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remind me to do the weekly check-in</source>
        <translation>Lembrar-me do check-in semanal</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reminder day</source>
        <translation>Dia do lembrete</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reminder time</source>
        <translation>Horário do lembrete</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Offer a short wind-down when my shift ends</source>
        <translation>Oferecer um encerramento tranquilo quando meu turno terminar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reduce motion: show breathing as text, not a moving circle</source>
        <translation>Reduzir movimento: mostrar a respiração como texto, não como um círculo em movimento</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Also announce prompts as desktop notifications</source>
        <translation>Mostrar as sugestões também como notificações da área de trabalho</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Play a soft sound with prompts</source>
        <translation>Tocar um som suave com as sugestões</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Colours</source>
        <translation>Cores</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start wellbeing when I log in</source>
        <translation>Abrir o wellbeing quando eu entrar no sistema</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hold prompts while the microphone is in use</source>
        <translation>Segurar as sugestões enquanto o microfone está em uso</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Phone programs</source>
        <translation>Programas de telefonia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Count it as a call after at least</source>
        <translation>Contar como ligação a partir de</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A pause this short is still the same call</source>
        <translation>Uma pausa curta assim ainda é a mesma ligação</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Monday</source>
        <translation>Segunda-feira</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tuesday</source>
        <translation>Terça-feira</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wednesday</source>
        <translation>Quarta-feira</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thursday</source>
        <translation>Quinta-feira</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Friday</source>
        <translation>Sexta-feira</translation>
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
        <translation>Permitir que meu painel de atendimento no navegador informe as ligações</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Port on this computer</source>
        <translation>Porta neste computador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pages allowed (one per line)</source>
        <translation>Páginas permitidas (uma por linha)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Browser agent desktop</source>
        <translation>Painel de atendimento no navegador</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Amazon Connect, Genesys Cloud or Twilio Flex can tell wellbeing when a call starts and ends. Only this computer can reach it, and only from the pages listed here, with the token below.</source>
        <translation>Amazon Connect, Genesys Cloud ou Twilio Flex podem avisar o wellbeing quando uma ligação começa e termina. Só este computador pode alcançá-lo, e só a partir das páginas listadas aqui, com o token abaixo.</translation>
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
        <translation>Copiar o token</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A token is made when you apply.</source>
        <translation>Um token é criado quando você aplica.</translation>
    </message>
</context>
<context>
    <name>SharingDialog</name>
    <message>
        <location filename="../wellbeing/ui/sharing/sharing_dialog.py" line="+68"/>
        <source>Team sharing</source>
        <translation>Compartilhamento com a equipe</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Sharing status message</source>
        <translation>Mensagem de status do compartilhamento</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Join the team hub</source>
        <translation>&amp;Entrar no hub da equipe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Join the team hub</source>
        <translation>Entrar no hub da equipe</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>S&amp;top sharing</source>
        <translation>&amp;Parar de compartilhar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop sharing and retract open weeks</source>
        <translation>Parar de compartilhar e retirar as semanas abertas</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Stop sharing and take back the weeks that are still open?</source>
        <translation>Parar de compartilhar e retirar as semanas que ainda estão abertas?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Weeks already released exist only inside your team&apos;s figures and cannot be taken out. Your own records on this computer are not touched.</source>
        <translation>As semanas já liberadas existem só dentro dos números da equipe e não podem ser retiradas. Seus próprios registros neste computador não são alterados.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Stop sharing</source>
        <translation>Parar de compartilhar</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Please enter the hub&apos;s address and your invitation.</source>
        <translation>Informe o endereço do hub e o seu convite.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Joining the team hub… nothing is sent yet.</source>
        <translation>Entrando no hub da equipe… nada é enviado ainda.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sending your finished weeks…</source>
        <translation>Enviando suas semanas concluídas…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Taking back your open weeks…</source>
        <translation>Retirando suas semanas abertas…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>You joined the team hub. Nothing has been sent: each finished week goes by itself at a random moment before it closes, exactly as shown.</source>
        <translation>Você entrou no hub da equipe. Nada foi enviado: cada semana concluída vai sozinha, num momento aleatório antes de fechar, exatamente como mostrado.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Sent to your team&apos;s hub. Weeks sent just now: {n}.</source>
        <translation>Enviado ao hub da sua equipe. Semanas enviadas agora: {n}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nothing new to send: every finished week still open is already sent.</source>
        <translation>Nada novo para enviar: todas as semanas concluídas ainda abertas já foram enviadas.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sharing is off. Open weeks taken back: {n}. Weeks already released exist only inside your team&apos;s figures, never as yours.</source>
        <translation>O compartilhamento está desativado. Semanas abertas retiradas: {n}. As semanas já liberadas existem só dentro dos números da equipe, nunca como suas.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Nothing to send yet</source>
        <translation>Nada para enviar ainda</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Who runs the hub</source>
        <translation>Quem administra o hub</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hub address</source>
        <translation>Endereço do hub</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>https://wellbeing-hub.example.org</source>
        <translation>https://wellbeing-hub.example.org</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Invitation</source>
        <translation>Convite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The invitation your hub&apos;s operator gave you</source>
        <translation>O convite que quem administra o hub te deu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hub &amp;address:</source>
        <translation>E&amp;ndereço do hub:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Invitation:</source>
        <translation>&amp;Convite:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Exactly what is sent</source>
        <translation>Exatamente o que é enviado</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Preview of what is sent</source>
        <translation>Prévia do que é enviado</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>One message per finished week, each sent alone at a random moment, with nothing that names you or links your weeks.</source>
        <translation>Uma mensagem por semana concluída, cada uma enviada sozinha num momento aleatório, sem nada que identifique você ou ligue suas semanas.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Sharing is on. Weeks sent and still open: {n}.</source>
        <translation>O compartilhamento está ativado. Semanas enviadas e ainda abertas: {n}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sharing is off, but files shared to a folder earlier are still there.</source>
        <translation>O compartilhamento está desativado, mas os arquivos compartilhados antes numa pasta ainda estão lá.</translation>
    </message>
    <message>
        <location line="-230"/>
        <source>Share &amp;now</source>
        <translation>Compartilhar &amp;agora</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share now</source>
        <translation>Compartilhar agora</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+1"/>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Stop sharing?</source>
        <translation>Parar de compartilhar?</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Keep sharing</source>
        <translation>Continuar compartilhando</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>That did not work: {reason}</source>
        <translation>Não funcionou: {reason}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What your team sees</source>
        <translation>O que a sua equipe vê</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Where it goes</source>
        <translation>Para onde vai</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sharing status</source>
        <translation>Status do compartilhamento</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Preparing the preview…</source>
        <translation>Preparando a prévia…</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Sharing is off.</source>
        <translation>O compartilhamento está desativado.</translation>
    </message>
    <message>
        <location filename="../wellbeing/ui/sharing/sharing_words.py" line="+13"/>
        <source>&lt;b&gt;Shared, once a week:&lt;/b&gt; how many calls, how many were difficult or severe, your longest run of difficult calls, breaks offered and taken, minutes breathed, average stress, check-in scores.</source>
        <translation>&lt;b&gt;Compartilhado, uma vez por semana:&lt;/b&gt; quantas ligações, quantas foram difíceis ou muito difíceis, sua maior sequência de ligações difíceis, pausas oferecidas e feitas, minutos de respiração, estresse médio, pontuações do check-in.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;b&gt;Never shared:&lt;/b&gt; your name, notes, reflections, journal, tags, times of day, or anything you write.</source>
        <translation>&lt;b&gt;Nunca compartilhado:&lt;/b&gt; seu nome, anotações, reflexões, diário, tags, horários do dia ou qualquer coisa que você escreva.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your weeks go to a team hub run by someone your team trusts, not to your lead. The hub keeps no link between you and your numbers, and your lead only sees a week&apos;s team figures once it closes, when enough people shared it.</source>
        <translation>Suas semanas vão para um hub da equipe administrado por alguém de confiança da sua equipe, não para a sua liderança. O hub não guarda nenhuma ligação entre você e seus números, e a sua liderança só vê os números da equipe de uma semana depois que ela fecha, quando pessoas suficientes compartilharam.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Only finished weeks are sent. Stopping takes back every week that has not closed yet; closed weeks exist only inside the team&apos;s figures.</source>
        <translation>Só semanas concluídas são enviadas. Parar retira todas as semanas que ainda não fecharam; as semanas fechadas existem só dentro dos números da equipe.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Hub run by: {operator}
Your team: {team}
A week is shown only when at least {k} people shared it.</source>
        <translation>Hub administrado por: {operator}
Sua equipe: {team}
Uma semana só aparece quando pelo menos {k} pessoas a compartilharam.</translation>
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
        <translation>Em ligação</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prompts paused until {until}</source>
        <translation>Sugestões pausadas até {until}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Calm</source>
        <translation>Tudo calmo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 difficult call</source>
        <translation>1 ligação difícil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} difficult calls in a row</source>
        <translation>{count} ligações difíceis seguidas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A severe call, no break since</source>
        <translation>Uma ligação muito difícil, sem pausa desde então</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} not rated</source>
        <translation>{count} sem avaliação</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A severe call since your last break</source>
        <translation>Uma ligação muito difícil desde a sua última pausa</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No break yet today</source>
        <translation>Nenhuma pausa ainda hoje</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last break just now</source>
        <translation>Última pausa agora há pouco</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last break {minutes} min ago</source>
        <translation>Última pausa há {minutes} min</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last break {hours} h ago</source>
        <translation>Última pausa há {hours} h</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last break {hours} h {minutes} min ago</source>
        <translation>Última pausa há {hours} h {minutes} min</translation>
    </message>
</context>
<context>
    <name>StressQuestion</name>
    <message>
        <location filename="../wellbeing/ui/stress_question.py" line="+134"/>
        <source>0 is calm, 10 is very stressed. Optional: no answer until you choose one; a digit chooses, Delete skips.</source>
        <translation>0 é calma, 10 é muito estresse. Opcional: fica sem resposta até você escolher; um número escolhe, Delete pula.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Skip</source>
        <translation>Pular</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skip this question</source>
        <translation>Pular esta pergunta</translation>
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
        <translation>Sem resposta</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>10 very stressed</source>
        <translation>10 muito estresse</translation>
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
        <translation>Fim do turno</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Leave work behind</source>
        <translation>Deixe o trabalho para trás</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Here is your day. You can set it down now.</source>
        <translation>Este foi o seu dia. Agora você pode deixá-lo de lado.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>60-second breathing reset</source>
        <translation>Respiração de 60 segundos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start a 60-second breathing reset</source>
        <translation>Começar uma respiração de 60 segundos</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>One quiet minute before you go.</source>
        <translation>Um minuto tranquilo antes de ir embora.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+16"/>
        <source>What I leave here tonight</source>
        <translation>O que eu deixo aqui hoje</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Saved only in your private journal, on this computer. Leave it empty to keep nothing.</source>
        <translation>Salvo apenas no seu diário privado, neste computador. Deixe em branco para não guardar nada.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>A call, a word, a worry. Write it down and leave it here.</source>
        <translation>Uma ligação, uma palavra, uma preocupação. Escreva e deixe aqui.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Optional. Saved only in your private journal on this computer.</source>
        <translation>Opcional. Salvo apenas no seu diário privado, neste computador.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Done for today</source>
        <translation>Encerrar o dia</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Done for today: rest the prompts until next shift</source>
        <translation>Encerrar o dia: pausar as sugestões até o próximo turno</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Today: {calls} · {difficult} · {breaks}</source>
        <translation>Hoje: {calls} · {difficult} · {breaks}</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>call</source>
        <translation>ligação</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>calls</source>
        <translation>ligações</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>difficult</source>
        <translation>difíceis</translation>
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
        <translation>pausa feita</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>breaks taken</source>
        <translation>pausas feitas</translation>
    </message>
    <message numerus="yes">
        <location line="+27"/>
        <source>%Ln calls</source>
        <translation>
            <numerusform>%Ln ligação</numerusform>
            <numerusform>%Ln ligações</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln difficult</source>
        <translation>
            <numerusform>%Ln difícil</numerusform>
            <numerusform>%Ln difíceis</numerusform>
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
        <translation>Hoje você respirou por {time}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Prompts rest until your next shift.</source>
        <translation>As sugestões ficam em pausa até o seu próximo turno.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Prompts rest until {time}.</source>
        <translation>As sugestões ficam em pausa até {time}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Prompts rest until tomorrow at {time}.</source>
        <translation>As sugestões ficam em pausa até amanhã às {time}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Prompts rest until {day} at {time}.</source>
        <translation>As sugestões ficam em pausa até {day} às {time}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Prompts rest until {date} at {time}.</source>
        <translation>As sugestões ficam em pausa até {date} às {time}.</translation>
    </message>
</context>
</TS>
