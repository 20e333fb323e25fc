"""The team lead's dashboard: shown weeks carry core.team's figures, hidden ones nothing."""

from __future__ import annotations

import subprocess
import sys
from itertools import count
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QComboBox, QPushButton, QTableWidget

from wellbeing.cli import main
from wellbeing.core.checkin import Scores
from wellbeing.core.errors import InvalidInput
from wellbeing.core.indicators import WeeklyIndicators
from wellbeing.core.pulse import make_pulse
from wellbeing.services import team_folder
from wellbeing.services.sharing import encode
from wellbeing.services.team_folder import LocalFolder
from wellbeing.store.sharing_state import pulse_path
from wellbeing.ui.team_dashboard import TeamDashboard, number, percent, points, week_label
from wellbeing.ui.theme import LIGHT

W46, W47, W48 = "2026-W46", "2026-W47", "2026-W48"
TIMEOUT_MS = 5000
_serial = count(1)


def write_pulses(folder: Path, week: str, n: int, *, calls: int = 20, difficult: int = 5) -> None:
    """``n`` contributors for ``week``, each a little different."""
    target = LocalFolder(folder)
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(n):
        token = f"{next(_serial):032x}"
        indicators = WeeklyIndicators(
            calls=calls + 3 * i,
            difficult=difficult + i % 3,
            severe=i % 2,
            max_streak=1 + i % 3,
            breaks_prompted=4,
            breaks_taken=1 + i % 4,
            breathing_minutes=2.5 * i,
            mean_stress=3.0 + 0.5 * i,
            checkin=Scores(personal=25.0 * (i % 4), work=40.0, customer=None),
        )
        target.write(pulse_path(week, token), encode(make_pulse(indicators, week, token)))


def write_invalid(folder: Path, week: str, n: int) -> None:
    (folder / week).mkdir(parents=True, exist_ok=True)
    bad = [b'{"schema": "wellbeing.pulse/1", "week"', b"[" * 50, b'{"calls": -1}']
    for i in range(n):
        (folder / week / f"{i:032x}.json").write_bytes(bad[i % len(bad)])


@pytest.fixture
def team(tmp_path: Path) -> Path:
    folder = tmp_path / "team"
    write_pulses(folder, W47, 4)
    write_pulses(folder, W48, 6)
    return folder


def open_dashboard(qtbot: Any, location: Path | str, **kwargs: Any) -> TeamDashboard:
    dashboard = TeamDashboard(str(location), colors=LIGHT, **kwargs)
    qtbot.addWidget(dashboard)
    # The result comes back queued, so it cannot arrive before the wait starts.
    with qtbot.waitSignal(dashboard.loaded, timeout=TIMEOUT_MS):
        pass
    return dashboard


def test_a_week_below_k_shows_not_enough_participants_and_nothing_else(
    qtbot: Any, team: Path
) -> None:
    dashboard = open_dashboard(qtbot, team)
    rows = dashboard.row_texts()
    assert len(rows) == 2
    newest, oldest = rows
    assert oldest == [week_label(W47), "Not enough participants"]
    table = dashboard.table
    assert table.columnSpan(1, 1) == table.columnCount() - 1
    assert all(table.item(1, column) is None for column in range(2, table.columnCount()))
    assert "4" not in "".join(oldest[1:])  # not even how many took part
    assert newest[0] == week_label(W48)


def test_a_shown_week_has_the_figures_of_core_team(qtbot: Any, team: Path) -> None:
    dashboard = open_dashboard(qtbot, team)
    (week,) = [w for w in team_folder.report(str(team))[""].weeks if w.week == W48]
    ind = week.indicators
    assert ind is not None
    median = ind["median"]
    assert dashboard.row_texts()[0] == [
        week_label(W48),
        "6",
        percent(ind["difficult_share"]),
        points(ind["difficult_share_trend"]),
        percent(ind["break_acceptance"]),
        percent(ind["high_checkin_share"]),
        number(median["calls"]),
        number(median["mean_stress"], 1),
        number(median["breathing_minutes"], 1),
    ]
    # Worked by hand: calls 20..35 step 3 = 165; difficult 5,6,7,5,6,7 = 36 -> 22%;
    # taken 1,2,3,4,1,2 = 13 of 24 prompted -> 54%; high check-in: personal 50 or 75
    # for 2 of 6 -> 33%; median calls 27.5, stress 4.25 -> 4.2, breathing 6.25 -> 6.2.
    assert dashboard.row_texts()[0][2:] == ["22%", "–", "54%", "33%", "27.5", "4.2", "6.2"]
    tip = dashboard.table.item(0, 6).toolTip()
    assert tip.startswith("Middle half of the team:")


def test_the_chart_has_gaps_for_hidden_and_missing_weeks(qtbot: Any, tmp_path: Path) -> None:
    folder = tmp_path / "team"
    write_pulses(folder, W46, 5)
    write_pulses(folder, W47, 3)
    write_pulses(folder, "2026-W50", 7)
    dashboard = open_dashboard(qtbot, folder)
    plotted = dashboard.charts.plotted()
    assert plotted.weeks == (W46, W47, W48, "2026-W49", "2026-W50")
    assert plotted.hidden == (W47,)
    report = team_folder.report(str(folder))[""]
    shown = {w.week: w.indicators for w in report.weeks if w.indicators is not None}
    for key, values in plotted.values.items():
        assert values[1:4] == (None, None, None)
        assert values[0] == shown[W46][key] and values[4] == shown["2026-W50"][key]
    assert plotted.legend == (
        "Difficult calls",
        "Breaks taken per break offered",
        "High check-in",
        "Not enough participants",
    )


def test_invalid_files_are_counted_in_the_header(qtbot: Any, team: Path) -> None:
    write_invalid(team, W48, 3)
    dashboard = open_dashboard(qtbot, team)
    assert dashboard.invalid_label.isVisibleTo(dashboard)
    assert dashboard.invalid_label.text() == "3 files could not be read and were skipped"
    assert dashboard.row_texts()[0][1] == "6"  # the bad files change no figure


def test_one_invalid_file_and_none(qtbot: Any, team: Path, tmp_path: Path) -> None:
    assert not open_dashboard(qtbot, team).invalid_label.isVisibleTo(None)
    write_invalid(team, W47, 1)
    dashboard = open_dashboard(qtbot, team)
    assert dashboard.invalid_label.text() == "1 file could not be read and was skipped"


def test_the_header_names_the_folder_and_k(qtbot: Any, team: Path) -> None:
    dashboard = open_dashboard(qtbot, team, min_group=6)
    assert str(team) in dashboard.folder_label.text()
    assert dashboard.explainer.text() == (
        "Team-level figures only. A week appears when at least 6 people shared it."
    )
    assert [row[1] for row in dashboard.row_texts()] == ["6", "Not enough participants"]


def test_sub_groups_can_be_chosen(qtbot: Any, tmp_path: Path) -> None:
    folder = tmp_path / "team"
    write_pulses(folder / "north", W47, 5)
    write_pulses(folder / "south", W47, 6)
    write_invalid(folder / "south", W47, 2)
    dashboard = open_dashboard(qtbot, folder)
    combo = dashboard.group_combo
    assert [combo.itemText(i) for i in range(combo.count())] == [
        "The whole folder",
        "north",
        "south",
    ]
    assert combo.isEnabled()
    assert dashboard.row_texts()[0][1] == "11"
    combo.setCurrentIndex(combo.findData("north"))
    assert dashboard.current_group() == "north"
    assert dashboard.row_texts()[0][1] == "5"
    assert not dashboard.invalid_label.isVisibleTo(dashboard)
    combo.setCurrentIndex(combo.findData("south"))
    assert dashboard.row_texts()[0][1] == "6"
    assert dashboard.invalid_label.text() == "2 files could not be read and were skipped"


def test_a_parent_that_would_reveal_a_small_residual_is_hidden(qtbot: Any, tmp_path: Path) -> None:
    folder = tmp_path / "team"
    write_pulses(folder, W47, 2)
    write_pulses(folder / "north", W47, 5)
    dashboard = open_dashboard(qtbot, folder)
    assert dashboard.row_texts() == [[week_label(W47), "Not enough participants"]]
    dashboard.group_combo.setCurrentIndex(dashboard.group_combo.findData("north"))
    assert dashboard.row_texts()[0][1] == "5"


def test_refresh_reads_again_and_keeps_the_group(qtbot: Any, tmp_path: Path) -> None:
    folder = tmp_path / "team"
    write_pulses(folder / "north", W47, 5)
    write_pulses(folder / "south", W47, 5)
    dashboard = open_dashboard(qtbot, folder)
    dashboard.group_combo.setCurrentIndex(dashboard.group_combo.findData("south"))
    write_pulses(folder / "south", W48, 5)
    with qtbot.waitSignal(dashboard.loaded, timeout=TIMEOUT_MS):
        dashboard.refresh_button.click()
        assert not dashboard.refresh_button.isEnabled()
    assert dashboard.current_group() == "south"
    assert [row[0] for row in dashboard.row_texts()] == [week_label(W48), week_label(W47)]
    assert dashboard.refresh_button.isEnabled()


def test_an_empty_folder_says_so(qtbot: Any, tmp_path: Path) -> None:
    dashboard = open_dashboard(qtbot, tmp_path)
    assert dashboard.row_texts() == []
    assert "Nobody has shared a week" in dashboard.notice.label.text()
    assert not dashboard.group_combo.isEnabled()


def test_a_folder_that_cannot_be_read_is_said_calmly(qtbot: Any, tmp_path: Path) -> None:
    dashboard = TeamDashboard(str(tmp_path / "gone"), colors=LIGHT)
    qtbot.addWidget(dashboard)
    with qtbot.waitSignal(dashboard.load_failed, timeout=TIMEOUT_MS) as failed:
        pass
    assert failed.args[0].startswith("no such folder")
    assert dashboard.notice.label.text().startswith("The team folder could not be read: ")
    assert dashboard.refresh_button.isEnabled()


def test_k_below_three_is_refused(qtbot: Any, tmp_path: Path) -> None:
    with pytest.raises(InvalidInput, match="at least 3"):
        TeamDashboard(str(tmp_path), min_group=2)


def test_controls_have_accessible_names(qtbot: Any, team: Path) -> None:
    dashboard = open_dashboard(qtbot, team)
    controls = [
        *dashboard.findChildren(QPushButton),
        *dashboard.findChildren(QComboBox),
        *dashboard.findChildren(QTableWidget),
        dashboard.charts.plot,
    ]
    for control in controls:
        assert control.accessibleName() and "&" not in control.accessibleName(), control
    assert "Weeks shown: 1" in dashboard.charts.plot.accessibleDescription()


# --- the command line ------------------------------------------------------------


def run_cli(*args: str) -> subprocess.CompletedProcess[str]:
    """``wellbeing`` in a fresh process that reports whether Qt got imported."""
    code = (
        "import sys\n"
        "from wellbeing.cli import main\n"
        f"code = main({list(args)!r})\n"
        "print('qt imported' if 'PySide6' in sys.modules else 'no qt')\n"
        "sys.exit(code)\n"
    )
    return subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=False
    )


def test_dashboard_min_group_below_three_exits_2_before_qt(tmp_path: Path) -> None:
    done = run_cli("team", "dashboard", "--folder", str(tmp_path), "--min-group", "2")
    assert done.returncode == 2
    assert done.stdout.strip() == "no qt"
    assert done.stderr.count("\n") == 1
    assert "--min-group: must be at least 3" in done.stderr


def test_dashboard_missing_folder_exits_2_in_one_line(tmp_path: Path) -> None:
    done = run_cli("team", "dashboard", "--folder", str(tmp_path / "nowhere"))
    assert done.returncode == 2 and done.stdout.strip() == "no qt"
    assert done.stderr.startswith("wellbeing: error: --folder: no such folder")
    assert done.stderr.count("\n") == 1


def test_team_report_stays_free_of_qt(team: Path) -> None:
    done = run_cli("team", "report", "--folder", str(team))
    assert done.returncode == 0
    assert done.stdout.strip().endswith("no qt")


def test_dashboard_module_does_not_load_pyqtgraph_until_built() -> None:
    code = (
        "import sys, wellbeing.ui.team_dashboard, wellbeing.app.dashboard\n"
        "print('pyqtgraph' in sys.modules)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True
    )
    assert done.stdout.strip() == "False"


def test_dashboard_command_shows_the_window(
    qtbot: Any, qapp: QApplication, team: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[TeamDashboard] = []
    monkeypatch.setattr(TeamDashboard, "show", lambda self: shown.append(self))
    with restored_look(qapp):
        QTimer.singleShot(0, qapp.quit)
        assert main(["team", "dashboard", "--folder", str(team), "--min-group", "4"]) == 0
    (window,) = shown
    assert window.min_group == 4 and window.location == str(team.resolve())
    window.wait(TIMEOUT_MS)


class restored_look:  # noqa: N801 - used as a context manager
    """Put the app's style, palette and style sheet back after ``apply_theme``."""

    def __init__(self, app: QApplication) -> None:
        self.app = app

    def __enter__(self) -> None:
        self.style = self.app.style().name()
        self.palette = self.app.palette()
        self.sheet = self.app.styleSheet()

    def __exit__(self, *exc: object) -> None:
        self.app.setStyleSheet(self.sheet)
        self.app.setPalette(self.palette)
        self.app.setStyle(self.style)
