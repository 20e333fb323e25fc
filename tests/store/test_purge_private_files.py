"""``Store.purge``: each file of the data directory goes or stays as ``layout.private_files``
says, and a file the store did not write is never touched."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from helpers_store import make_call

from wellbeing.cli import main
from wellbeing.services.rest_state import RestState
from wellbeing.store.store import Store

KINDS = ["breaks", "calls", "checkins", "prompts", "reflections"]
META, SETTINGS, SHARING = "meta.json", "settings.json", "sharing.json"
DRAFTS, REST, API_TOKEN = "reflection-drafts.json", "rest.json", "api-token"
CORRUPT = ".corrupt-20261120T101010"


def everything_in(folder: Path) -> list[str]:
    return sorted(path.relative_to(folder).as_posix() for path in folder.rglob("*"))


def test_purge_removes_the_agent_s_files_and_their_unreadable_copies(
    store: Store, data_dir: Path
) -> None:
    store.calls.add(make_call())
    store.totals()
    for name in (SETTINGS, DRAFTS, REST, API_TOKEN, SHARING):
        (data_dir / name).write_text("{}")
    for name in (SETTINGS, DRAFTS, REST, SHARING, META, API_TOKEN):
        (data_dir / f"{name}{CORRUPT}").write_text("{half a file")
    (data_dir / f".{REST}.tmp-123-0123abcd").write_text("{}")

    store.purge()
    assert everything_in(data_dir) == sorted(
        [".lock", API_TOKEN, META, SHARING, *KINDS, "summaries"]
    )


def test_purge_leaves_what_the_store_did_not_write(store: Store, data_dir: Path) -> None:
    foreign = [
        "rest.json.bak",
        "my-rest.json",
        "notes.txt",
        "calls/notes.txt",
        "photos/2026-W47.json",
        "photos/rest.json",
    ]
    (data_dir / "photos").mkdir()
    for name in foreign:
        (data_dir / name).write_text("mine")
    (data_dir / REST).write_text("{}")

    store.purge()
    assert everything_in(data_dir) == sorted([".lock", META, "photos", *foreign, *KINDS])


def test_the_command_line_purge_ends_the_rest_of_end_my_shift(tmp_path: Path) -> None:
    data = tmp_path / "data"
    assert main(["--data-dir", str(data), "log-call", "--difficulty", "3"]) == 0
    RestState(data).save(datetime.fromisoformat("2026-11-24T09:00:00+01:00"))
    assert main(["--data-dir", str(data), "purge", "--yes"]) == 0
    assert RestState(data).load() is None
    assert sorted(path.name for path in data.iterdir() if path.is_file()) == [".lock", META]
