"""A child process run from the event loop, whose slots are cut before it goes.

A ``QProcess`` destroyed while Qt still owes it a signal (a failed start, a
kill) emits that signal from its destructor, into Python slots of objects
half gone: the interpreter crashes. ``Child`` keeps its connections and
cuts them in ``end()``, before stopping, reaping and releasing the process.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QMetaObject, QObject, QProcess, QProcessEnvironment

FAILED = -1
"""The exit code ``on_done`` gets when the program could not be started."""


class Child:
    def __init__(
        self,
        parent: QObject,
        program: str,
        arguments: Sequence[str],
        on_done: Callable[[Child, int], None],
        on_output: Callable[[Child], None] | None = None,
    ) -> None:
        self.process = process = QProcess(parent)
        environment = QProcessEnvironment.systemEnvironment()
        environment.insert("LC_ALL", "C")  # pactl translates its event lines
        process.setProcessEnvironment(environment)
        process.setStandardErrorFile(QProcess.nullDevice())
        self._links: list[QMetaObject.Connection] = [
            process.finished.connect(lambda code, status: on_done(self, _code(code, status))),
            process.errorOccurred.connect(
                lambda error: (
                    on_done(self, FAILED) if error == QProcess.ProcessError.FailedToStart else None
                )
            ),
        ]
        if on_output is not None:
            self._links.append(process.readyReadStandardOutput.connect(lambda: on_output(self)))
        process.start(program, list(arguments))

    def read(self) -> bytes:
        return bytes(self.process.readAllStandardOutput().data())

    def end(self) -> None:
        """Cut the slots, stop the program if it runs, and release the process."""
        for link in self._links:
            QObject.disconnect(link)
        self._links.clear()
        process = self.process
        if process.state() != QProcess.ProcessState.NotRunning:
            process.terminate()
            if not process.waitForFinished(1000):
                process.kill()
                process.waitForFinished(1000)
        process.deleteLater()


def _code(code: int, status: QProcess.ExitStatus) -> int:
    return code if status == QProcess.ExitStatus.NormalExit else FAILED
