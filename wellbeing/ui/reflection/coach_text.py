"""What the coach card says: phrases for each step of Listen–Acknowledge–
Solve–Thank, and what to do when a caller becomes abusive.

The wording is the project's own, short enough to read mid-call and natural
to say aloud. Every string is a literal inside
``QCoreApplication.translate("CoachText", ...)`` so that pyside6-lupdate
extracts it; a translator may change a phrase freely as long as it still
sounds like a person talking.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from wellbeing.core.records import LastStep


def step_tab(step: LastStep) -> str:
    """The step's tab label; the ``&`` letters spell L, A, S, T for Alt+key."""
    labels = {
        LastStep.LISTEN: QCoreApplication.translate("CoachText", "&Listen"),
        LastStep.ACKNOWLEDGE: QCoreApplication.translate("CoachText", "&Acknowledge"),
        LastStep.SOLVE: QCoreApplication.translate("CoachText", "&Solve"),
        LastStep.THANK: QCoreApplication.translate("CoachText", "&Thank"),
    }
    return labels[step]


def step_name(step: LastStep) -> str:
    names = {
        LastStep.LISTEN: QCoreApplication.translate("CoachText", "Listen"),
        LastStep.ACKNOWLEDGE: QCoreApplication.translate("CoachText", "Acknowledge"),
        LastStep.SOLVE: QCoreApplication.translate("CoachText", "Solve"),
        LastStep.THANK: QCoreApplication.translate("CoachText", "Thank"),
    }
    return names[step]


def step_hint(step: LastStep) -> str:
    """One line on what the step is for, shown above its phrases."""
    hints = {
        LastStep.LISTEN: QCoreApplication.translate(
            "CoachText", "Let them tell it all. Don't rush to fix it yet."
        ),
        LastStep.ACKNOWLEDGE: QCoreApplication.translate(
            "CoachText", "Name the feeling before you fix the problem."
        ),
        LastStep.SOLVE: QCoreApplication.translate(
            "CoachText", "Say what you can do, not what you can't."
        ),
        LastStep.THANK: QCoreApplication.translate(
            "CoachText", "End warmly, even when the call was hard."
        ),
    }
    return hints[step]


def phrases(step: LastStep) -> tuple[str, ...]:
    """Three or four things to say, in the order an agent might reach for them."""
    if step is LastStep.LISTEN:
        return (
            QCoreApplication.translate("CoachText", "Take your time, I'm listening."),
            QCoreApplication.translate("CoachText", "Tell me what happened, from the start."),
            QCoreApplication.translate(
                "CoachText", "So I get this right: can you tell me a bit more about that?"
            ),
            QCoreApplication.translate("CoachText", "Go on, I'm still here."),
        )
    if step is LastStep.ACKNOWLEDGE:
        return (
            QCoreApplication.translate("CoachText", "I can hear how frustrating this has been."),
            QCoreApplication.translate(
                "CoachText", "That sounds really stressful. I'm sorry you've had to deal with it."
            ),
            QCoreApplication.translate(
                "CoachText", "You expected better than that, and fairly so."
            ),
            QCoreApplication.translate("CoachText", "It makes sense that you're upset."),
        )
    if step is LastStep.SOLVE:
        return (
            QCoreApplication.translate("CoachText", "Here's what I can do right now…"),
            QCoreApplication.translate(
                "CoachText", "Let me check that for you. It'll take about two minutes."
            ),
            QCoreApplication.translate(
                "CoachText", "There are two ways we can fix this. Let me walk you through both."
            ),
            QCoreApplication.translate(
                "CoachText", "I'll stay with this until we have a clear next step."
            ),
        )
    return (
        QCoreApplication.translate(
            "CoachText", "Thank you for your patience while we sorted this."
        ),
        QCoreApplication.translate("CoachText", "Thanks for explaining it so clearly. It helped."),
        QCoreApplication.translate("CoachText", "I appreciate you bearing with me."),
        QCoreApplication.translate("CoachText", "Is there anything else I can help with today?"),
    )


def quoted(phrase: str) -> str:
    """A phrase in the language's quotation marks, as something to say aloud."""
    return QCoreApplication.translate("CoachText", "“{phrase}”").format(phrase=phrase)


def boundary_tab() -> str:
    return QCoreApplication.translate("CoachText", "&Boundaries")


def boundary_title() -> str:
    return QCoreApplication.translate("CoachText", "If a caller becomes abusive")


def boundary_intro() -> str:
    return QCoreApplication.translate(
        "CoachText", "Abuse is not part of the job. Stay calm and take these steps in order."
    )


def boundary_steps() -> tuple[str, ...]:
    """The protocol, one step per entry; the card numbers them."""
    return (
        QCoreApplication.translate(
            "CoachText",
            "Warn once, calmly: “I want to help, and I can't continue if the language goes on.”",
        ),
        QCoreApplication.translate(
            "CoachText", "Offer a supervisor: “Would you like me to pass you to my supervisor?”"
        ),
        QCoreApplication.translate(
            "CoachText",
            "If it goes on, end the call respectfully: “I'm going to end this call now. "
            "You're welcome to call back when we can talk it through.”",
        ),
        QCoreApplication.translate("CoachText", "Log the call and tag it abusive."),
        QCoreApplication.translate("CoachText", "Take a breathing reset before the next call."),
    )


def boundary_footer() -> str:
    return QCoreApplication.translate(
        "CoachText", "What they said was about their situation, not about you."
    )
