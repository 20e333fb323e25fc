"""Screenshots of the breathing window and the reflection dialog in a language,
and (in English) of the weekly check-in and the coach card.

``python tests/screenshots/shoot_i18n.py en de pseudo`` writes
``packaging/screenshots/<lang>-breathing.png``, ``<lang>-reflection.png``
(the three essentials) and ``<lang>-reflection-more.png`` (with *More*
open and a draft typed) for each language (plus ``checkin.png`` and ``coach-card.png`` for en),
under Xvfb on display :85 (started and stopped here), in the light theme.
The pseudo-locale lengthens every string by about 40 %: a layout that
survives it survives German. Open the PNGs and look.
"""

from __future__ import annotations

import subprocess
import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tests"))
from xdisplay import settle, virtual_display  # noqa: E402

OUT = ROOT / "packaging" / "screenshots"
DISPLAY = ":85"


def shoot(language: str) -> list[Path]:
    from doubles import FakeClock
    from PySide6.QtWidgets import QApplication

    from wellbeing.core.records import Call, Tag
    from wellbeing.ui.breathing.breathing_window import BreathingWindow
    from wellbeing.ui.reflection.reflection_dialog import ReflectionDialog
    from wellbeing.ui.theme import apply_theme
    from wellbeing.ui.translations import install_translators

    app = QApplication.instance() or QApplication([sys.argv[0]])
    assert isinstance(app, QApplication)
    install_translators(app, language)
    colors = apply_theme(app, "light")
    clock = FakeClock(datetime(2026, 11, 23, 14, 40, tzinfo=timezone(timedelta(hours=1))))
    written = []

    breathing = BreathingWindow(
        clock, pattern_id="box", seconds=90, reduced_motion=False, colors=colors
    )
    breathing.show()
    clock.advance(seconds=2.5)
    breathing.tick()
    settle()
    path = OUT / f"{language}-breathing.png"
    breathing.grab().save(str(path))
    written.append(path)
    breathing.hide()

    call = Call.create(
        ended_at=clock.now() - timedelta(minutes=3),
        difficulty=5,
        tags=[Tag.ABUSIVE, Tag.ESCALATED],
    )
    dialog = ReflectionDialog(call, clock, colors=colors)
    dialog.present()
    settle()
    path = OUT / f"{language}-reflection.png"
    dialog.grab().save(str(path))
    written.append(path)
    dialog.feelings.chips()[3].click()
    dialog.carry_forward.setText("Offer the supervisor sooner")
    dialog.show_more()
    dialog.caller_problem.setText("Refund never arrived")
    dialog.steps.buttons()[0].click()
    settle()
    path = OUT / f"{language}-reflection-more.png"
    dialog.grab().save(str(path))
    written.append(path)
    dialog.hide()
    if language == "en":
        written += shoot_more(app, clock, colors)
    return written


def shoot_more(app: object, clock: object, colors: object) -> list[Path]:
    from PySide6.QtWidgets import QRadioButton

    from wellbeing.ui.reflection.checkin_window import CheckInWindow
    from wellbeing.ui.reflection.coach_card import CoachCard

    checkin = CheckInWindow(clock, colors=colors)  # type: ignore[arg-type]
    checkin.show()
    checkin.start()
    for item, value in (("p1", 50), ("p2", 75), ("p3", 25), ("p4", 50)):
        button = checkin.findChild(QRadioButton, f"{item}_{value}")
        assert button is not None
        button.click()
    settle()
    checkin_path = OUT / "checkin.png"
    checkin.grab().save(str(checkin_path))
    checkin.hide()

    coach = CoachCard(colors)  # type: ignore[arg-type]
    coach.show()
    coach.show_section(1)
    settle()
    coach_path = OUT / "coach-card.png"
    coach.grab().save(str(coach_path))
    coach.hide()
    return [checkin_path, coach_path]


def main() -> int:
    languages = sys.argv[1:] or ["en", "de", "pseudo"]
    with virtual_display(DISPLAY):
        for language in languages:
            code = f"import sys; sys.path.insert(0, {str(ROOT)!r}); " + (
                "from tests.screenshots.shoot_i18n import shoot; "
                f"print(*shoot({language!r}), sep='\\n')"
            )
            subprocess.run([sys.executable, "-c", code], check=True, cwd=ROOT)
    return 0


if __name__ == "__main__":
    sys.exit(main())
