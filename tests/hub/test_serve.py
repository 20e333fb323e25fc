"""Serving: plain http only on loopback, TLS through uvicorn, a client that checks certificates."""

from __future__ import annotations

import json
import ssl
import subprocess
import sys
import threading
import time
import urllib.request
from pathlib import Path

import pytest
from hub_servers import free_port

from wellbeing.core.errors import InvalidInput
from wellbeing.hub.cli import main
from wellbeing.hub.serve import ServeOptions, check, serve
from wellbeing.hub.service import Hub
from wellbeing.services.hub_client import HubClient, HubError


@pytest.mark.parametrize("host", ["127.0.0.1", "127.0.0.2", "::1", "[::1]", "localhost"])
def test_plain_http_on_loopback(host: str) -> None:
    check(ServeOptions(host=host))


@pytest.mark.parametrize("host", ["0.0.0.0", "::", "192.168.1.10", "hub.example.com"])
def test_plain_http_elsewhere_is_refused_unless_tls_or_a_proxy(host: str, tmp_path: Path) -> None:
    with pytest.raises(InvalidInput, match="plain http only on loopback"):
        check(ServeOptions(host=host))
    check(ServeOptions(host=host, behind_proxy=True))
    cert, key = tmp_path / "c.pem", tmp_path / "k.pem"
    cert.write_text("x")
    key.write_text("x")
    check(ServeOptions(host=host, cert=cert, key=key))


def test_the_hub_serves_tls_and_the_client_checks_its_certificate(tmp_path: Path) -> None:
    cert, key = tmp_path / "hub.pem", tmp_path / "hub-key.pem"
    subprocess.run(
        [
            "openssl",
            "req",
            "-x509",
            "-newkey",
            "rsa:2048",
            "-nodes",
            "-days",
            "2",
            "-subj",
            "/CN=127.0.0.1",
            "-addext",
            "subjectAltName=IP:127.0.0.1",
            "-keyout",
            str(key),
            "-out",
            str(cert),
        ],
        check=True,
        capture_output=True,
    )
    db = f"sqlite:///{tmp_path / 'hub.sqlite3'}"
    assert main(["hub", "init", "--db", db, "--operator", "IT security"]) == 0
    port = free_port()
    server = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "wellbeing.hub",
            "serve",
            "--db",
            db,
            "--port",
            str(port),
            "--cert",
            str(cert),
            "--key",
            str(key),
        ],
        stderr=subprocess.PIPE,
        text=True,
    )
    trusting = ssl.create_default_context(cafile=str(cert))
    url = f"https://127.0.0.1:{port}/v1/hub"
    try:
        deadline, info = time.monotonic() + 60, None
        while info is None and time.monotonic() < deadline and server.poll() is None:
            try:
                with urllib.request.urlopen(url, context=trusting, timeout=5) as answer:
                    info = json.load(answer)
            except OSError:
                threading.Event().wait(0.05)
        assert info == {"operator": "IT security", "api": "v1"}
        with pytest.raises(HubError) as untrusted:  # not in the system's trust store
            HubClient(f"https://127.0.0.1:{port}", timeout=5).info()
        assert untrusted.value.status == 0 and "certificate" in untrusted.value.message.lower()
    finally:
        server.terminate()
        _, err = server.communicate(timeout=30)
    assert f"team hub on https://127.0.0.1:{port}" in err


@pytest.mark.parametrize("access_log", [False, True])
def test_no_access_log_unless_asked_and_then_a_warning(
    hub: Hub, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], access_log: bool
) -> None:
    import uvicorn

    seen: dict[str, object] = {}
    monkeypatch.setattr(uvicorn, "run", lambda app, **options: seen.update(options))
    serve(hub, ServeOptions(access_log=access_log))
    assert seen["access_log"] is access_log
    assert seen["proxy_headers"] is False
    warned = "warning: the access log writes every client's address" in capsys.readouterr().err
    assert warned is access_log
