"""Properties of the release rules over arbitrary team trees and arbitrary bytes."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from wellbeing.core.hub_pulse import InvalidJson, parse_json
from wellbeing.core.release import TeamNode, shown_teams, subtree


@st.composite
def trees(draw: st.DrawFn) -> tuple[dict[str, TeamNode], dict[str, int]]:
    size = draw(st.integers(1, 8))
    nodes: dict[str, TeamNode] = {}
    for number in range(size):
        parent = None if number == 0 else f"t{draw(st.integers(0, number - 1))}"
        nodes[f"t{number}"] = TeamNode(f"t{number}", parent, draw(st.integers(5, 7)))
    own = {name: draw(st.integers(0, 12)) for name in nodes}
    return nodes, own


@given(trees())
def test_no_shown_team_can_be_subtracted_down_to_fewer_than_k(
    tree: tuple[dict[str, TeamNode], dict[str, int]],
) -> None:
    nodes, own = tree
    shown = shown_teams(nodes, own)
    total = {name: sum(own[t] for t in subtree(nodes, name)) for name in nodes}
    for name in shown:
        assert total[name] >= nodes[name].k
        inside = [d for d in subtree(nodes, name)[1:] if d in shown]
        largest = [d for d in inside if not any(d in subtree(nodes, o)[1:] for o in inside)]
        residual = total[name] - sum(total[d] for d in largest)
        assert residual == 0 or residual >= nodes[name].k


@given(st.binary(max_size=200))
def test_any_bytes_parse_or_fail_with_one_clear_error(body: bytes) -> None:
    try:
        parse_json(body)
    except InvalidJson as error:
        assert str(error).startswith("body: ")
