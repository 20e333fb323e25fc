"""The single-instance socket is the user's alone; what squats its address is refused.

On a desktop shared between shifts another user could listen at the app's
address first: the victim's app would then believe it is already running,
and their call states would go to the other user. Tests run as one user, so
"another user" is stood in for at ``socket_owner.file_uid``/``peer_uid``.
"""

from __future__ import annotations

import os
import socket
import stat
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from tests.services.instance_helpers import listening_socket, mode, private_runtime
from wellbeing.services import ipc_client, socket_owner
from wellbeing.services.instance import InstanceServer
from wellbeing.store.os_lock import OsLock

pytestmark = pytest.mark.skipif(os.name != "posix", reason="Unix sockets")


@pytest.fixture
def runtime(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    return private_runtime(monkeypatch, tmp_path)


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "data"


@pytest.fixture
def address(data_dir: Path, runtime: Path) -> Path:
    return Path(ipc_client.server_name(data_dir))


@pytest.fixture
def umask_022() -> Iterator[None]:
    """The usual umask, under which files are created 0644 unless asked otherwise."""
    previous = os.umask(0o022)
    yield
    os.umask(previous)


def lock_is_held(data_dir: Path) -> bool:
    lock = OsLock(data_dir / ".instance.lock")
    if not lock.acquire(0):
        return True
    lock.release()
    return False


def another_users_sockets(monkeypatch: pytest.MonkeyPatch) -> None:
    """Socket files (not folders) belong to another user."""
    real = socket_owner.file_uid

    def owner(status: os.stat_result) -> int:
        return socket_owner.my_uid() + 1 if stat.S_ISSOCK(status.st_mode) else real(status)

    monkeypatch.setattr(socket_owner, "file_uid", owner)


def another_users_peer(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(socket_owner, "peer_uid", lambda _connection: socket_owner.my_uid() + 1)


def test_the_socket_lives_in_the_users_private_runtime_folder(
    data_dir: Path, runtime: Path, address: Path, qtbot: QtBot
) -> None:
    assert address.parent == runtime
    server = InstanceServer(data_dir)
    assert server.claim()
    try:
        assert address.exists() and mode(address) & 0o077 == 0
    finally:
        server.close()


def test_without_a_private_runtime_folder_a_0700_one_is_made_in_temp(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, data_dir: Path, umask_022: None, qtbot: QtBot
) -> None:
    shared = tmp_path / "shared"
    shared.mkdir(mode=0o755)
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(shared))  # open to others: not used
    monkeypatch.setenv("TMPDIR", str(tmp_path))
    address = Path(ipc_client.server_name(data_dir))
    assert address.parent == tmp_path / f"wellbeing-{os.getuid()}"
    server = InstanceServer(data_dir)
    assert server.claim()
    try:
        assert mode(address.parent) == 0o700
    finally:
        server.close()


def test_a_runtime_folder_open_to_others_is_refused(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, data_dir: Path, qtbot: QtBot
) -> None:
    monkeypatch.delenv("XDG_RUNTIME_DIR", raising=False)
    monkeypatch.setenv("TMPDIR", str(tmp_path))
    (tmp_path / f"wellbeing-{os.getuid()}").mkdir(mode=0o777)
    (tmp_path / f"wellbeing-{os.getuid()}").chmod(0o777)
    with pytest.raises(ipc_client.ForeignInstance, match="not a private folder"):
        ipc_client.send(data_dir, {"activate": True})
    server = InstanceServer(data_dir)
    with pytest.raises(ipc_client.ForeignInstance):
        server.claim()
    server.close()


def test_a_plain_file_at_the_address_is_reported_and_left_alone(
    data_dir: Path, address: Path, qtbot: QtBot
) -> None:
    address.write_text("not a socket")
    with pytest.raises(ipc_client.ForeignInstance, match="not a socket"):
        ipc_client.send(data_dir, {"on_call": True})
    server = InstanceServer(data_dir)
    with pytest.raises(ipc_client.ForeignInstance, match="not a socket"):
        server.claim()
    assert address.read_text() == "not a socket"
    assert not lock_is_held(data_dir)


def test_another_users_socket_is_never_sent_a_message(
    data_dir: Path, address: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    another_users_sockets(monkeypatch)
    with listening_socket(address) as squatter:
        with pytest.raises(ipc_client.ForeignInstance, match="another user"):
            ipc_client.send(data_dir, {"on_call": True})
        with pytest.raises(BlockingIOError):
            squatter.accept()  # nobody even connected


def test_a_peer_of_another_user_is_never_sent_a_message(
    data_dir: Path, address: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    another_users_peer(monkeypatch)
    with listening_socket(address) as squatter:
        with pytest.raises(ipc_client.ForeignInstance, match="another user"):
            ipc_client.send(data_dir, {"on_call": True})
        connection, _ = squatter.accept()
        with connection:
            connection.settimeout(5)
            assert connection.recv(64) == b""  # connected, then left without a word


def test_the_peer_check_reads_the_real_uid_of_the_app(
    data_dir: Path, address: Path, qtbot: QtBot
) -> None:
    server = InstanceServer(data_dir)
    assert server.claim()
    try:
        with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as client:
            client.connect(str(address))
            expected = os.getuid() if hasattr(socket, "SO_PEERCRED") else None
            assert socket_owner.peer_uid(client) == expected
    finally:
        server.close()


def test_a_squatted_address_stops_the_app_with_one_line(
    data_dir: Path, address: Path, capsys: pytest.CaptureFixture[str], qtbot: QtBot
) -> None:
    from wellbeing.app import launch

    address.write_text("")
    assert launch(data_dir) == 1
    error = capsys.readouterr().err
    assert error.count("\n") == 1 and "not a socket" in error


def test_on_call_to_a_squatted_address_fails_with_one_line(
    data_dir: Path, address: Path, runtime: Path
) -> None:
    address.write_text("")
    done = subprocess.run(
        [sys.executable, "-m", "wellbeing", "--data-dir", str(data_dir), "on-call", "start"],
        capture_output=True,
        text=True,
        env={**os.environ, "XDG_RUNTIME_DIR": str(runtime)},
        timeout=60,
        check=False,
    )
    assert done.returncode == 1
    assert done.stderr.count("\n") == 1 and "not a socket" in done.stderr


def test_the_instance_lock_is_private(data_dir: Path, umask_022: None, qtbot: QtBot) -> None:
    server = InstanceServer(data_dir)
    assert server.claim()
    server.close()
    assert mode(data_dir / ".instance.lock") == 0o600


def test_an_old_lock_open_to_others_is_narrowed(
    data_dir: Path, umask_022: None, qtbot: QtBot
) -> None:
    data_dir.mkdir(mode=0o700)
    (data_dir / ".instance.lock").touch(mode=0o644)
    server = InstanceServer(data_dir)
    assert server.claim()
    server.close()
    assert mode(data_dir / ".instance.lock") == 0o600
