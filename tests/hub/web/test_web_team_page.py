"""A team's page and CSV: released weeks only, gaps that leak nothing, the notice."""

from __future__ import annotations

import csv
import io
import re
from typing import Any

import pytest
from lead_client import BILLING_KEY, DEPARTMENT_KEY, make_client, sign_in, signed_in
from lead_fakes import SECRET_FIGURE, FakeAccess, default_reports, make_weeks

pytestmark = pytest.mark.filterwarnings("ignore:Using `httpx` with `starlette.testclient`")

THIN = "2026-W45"


def four_contributor_week() -> dict[str, Any]:
    """Billing's reports with W45 from 4 agents: released as not shown.

    The fake even leaves the raw figures beside ``shown: false``, as a
    careless hub might; the page must read nothing but ``shown``.
    """
    reports = default_reports()
    weeks = make_weeks(7, contributors=12)
    for index, week in enumerate(weeks):
        if week["week"] == THIN:
            leaked = make_weeks(8, contributors=4, count=1)[0]["indicators"]
            leaked["median"]["calls"] = SECRET_FIGURE
            leaked["difficult_share"] = SECRET_FIGURE / 100
            weeks[index] = {"week": THIN, "shown": False, "contributors": 4, "indicators": leaked}
    reports["Billing"]["weeks"] = weeks
    return reports


def rows_of(html: str, week: str) -> list[str]:
    return [row for row in re.findall(r"<tr>(.*?)</tr>", html, re.S) if week in row]


def test_a_week_of_four_says_not_enough_participants_and_leaks_no_number() -> None:
    client = make_client(FakeAccess(four_contributor_week()))
    sign_in(client, BILLING_KEY)
    html = client.get("/lead/teams/Billing").text
    rows = rows_of(html, THIN)
    assert len(rows) == 14  # one row per chart's table
    for row in rows:
        assert "not enough participants" in row
        text = re.sub(r"<[^>]+>", " ", row).replace(THIN, "")
        assert re.findall(r"\d", text) == []
    assert str(SECRET_FIGURE) not in html
    table = list(csv.reader(io.StringIO(client.get("/lead/teams/Billing/figures.csv").text)))
    thin = next(r for r in table if r[0] == THIN)
    assert thin[1] == "not enough participants"
    assert all(cell == "" for cell in thin[2:])
    assert str(SECRET_FIGURE) not in client.get("/lead/teams/Billing/figures.csv").text


def test_the_csv_holds_every_released_week_with_its_figures() -> None:
    response = signed_in().get("/lead/teams/Billing/figures.csv")
    assert response.headers["content-type"].startswith("text/csv")
    assert "attachment" in response.headers["content-disposition"]
    table = list(csv.DictReader(io.StringIO(response.text)))
    assert [r["week"] for r in table] == [f"2026-W{n}" for n in range(37, 49)]
    expected = default_reports()["Billing"]["weeks"]
    for row, week in zip(table, expected, strict=True):
        if week["shown"]:
            assert row["contributors"] == str(week["contributors"])
            indicators = week["indicators"]
            assert row["difficult_share_percent"] == str(round(indicators["difficult_share"] * 100))
            assert float(row["calls_median"]) == indicators["median"]["calls"]
            assert float(row["calls_q1"]) == indicators["quartiles"]["calls"][0]
        else:
            assert row["status"] == "not enough participants" and row["contributors"] == ""


def test_quartiles_appear_only_for_weeks_of_ten_or_more() -> None:
    client = signed_in(DEPARTMENT_KEY)
    assert "Lower quartile" in client.get("/lead/teams/Billing").text  # 12 contributors
    tech = client.get("/lead/teams/Tech%20Support").text  # 7 contributors
    assert "Lower quartile" not in tech and 'class="band"' not in tech


def test_the_burnout_notice_shows_with_what_a_lead_can_do() -> None:
    client = signed_in(DEPARTMENT_KEY)
    billing = client.get("/lead/teams/Billing").text
    assert "Strain may be building in this team" in billing
    assert "40% or more of the team" in billing
    assert "difficult calls went up while fewer of the offered breaks were taken" in billing
    for advice in (
        "short break after an escalated",
        "Rotate the hardest queues",
        "policy for abusive callers",
        "Recognise the effort",
    ):
        assert advice in billing
    tech = client.get("/lead/teams/Tech%20Support").text
    assert "Strain may be building" not in tech
    assert "No sign of building strain" in tech


def test_the_department_page_lists_its_teams_and_which_show_a_sign() -> None:
    html = signed_in(DEPARTMENT_KEY).get("/lead/teams/Customer%20Care").text
    overview = html[html.index("The teams under this one") :]
    billing_row = next(r for r in rows_of(overview, "Billing"))
    tech_row = next(r for r in rows_of(overview, "Tech Support"))
    assert "yes" in billing_row and "none" in tech_row


def test_every_chart_has_its_table_and_the_page_says_what_a_lead_never_sees() -> None:
    html = signed_in().get("/lead/teams/Billing").text
    assert html.count("<svg") == html.count("<table") == 14
    assert "What you can never see, and why" in html
    assert "health data" in html


def test_the_page_follows_the_browsers_language() -> None:
    client = make_client()
    sign_in(client, BILLING_KEY)
    for header, words in (
        ("de-DE,de;q=0.9,en;q=0.5", ("Abmelden", "zu wenige Teilnehmende", 'lang="de"')),
        ("fr-CH, fr;q=0.9", ("Se déconnecter", "pas assez de participants", 'lang="fr"')),
        ("pt-BR", ("Sair", "participantes insuficientes", 'lang="pt-BR"')),
        ("pt", ("participantes insuficientes",)),
        ("es-MX", ("Cerrar sesión", "no hay suficientes participantes", 'lang="es"')),
        ("ja, nl;q=0.8", ("Sign out", 'lang="en"')),
    ):
        html = client.get("/lead/teams/Billing", headers={"Accept-Language": header}).text
        for word in words:
            assert word in html, (header, word)


def test_a_team_with_no_released_week_says_so() -> None:
    reports = default_reports()
    reports["Billing"]["weeks"] = []
    client = make_client(FakeAccess(reports))
    sign_in(client, BILLING_KEY)
    html = client.get("/lead/teams/Billing").text
    assert "No week has been released for this team yet." in html
    assert "<svg" not in html
