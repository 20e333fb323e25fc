"""macOS Core Audio, through ctypes: the few properties the sensor reads.

``CoreAudio`` is the table of calls the sensor needs; ``load()`` builds the
real one from the CoreAudio framework and libproc. Tests pass a fake table,
so this file's ctypes half runs only on a Mac.

Properties (AudioHardware.h, AudioHardwareBase.h):

- ``kAudioHardwarePropertyProcessObjectList`` ('prs#', macOS 14+): one audio
  object per process using Core Audio; on each,
  ``kAudioProcessPropertyIsRunningInput`` ('piri') and ``kAudioProcessPropertyPID``
  ('ppid');
- ``kAudioHardwarePropertyDefaultInputDevice`` ('dIn '), and on a device
  ``kAudioDevicePropertyDeviceIsRunningSomewhere`` ('gone', read in the input
  scope) and ``kAudioDevicePropertyTransportType`` ('tran': 'virt' virtual,
  'grup' aggregate).
"""

from __future__ import annotations

import ctypes
from typing import Any, Protocol


class CoreAudio(Protocol):
    def process_objects(self) -> list[int] | None:
        """The process objects, or None before macOS 14 (no such property)."""

    def process_running_input(self, process: int) -> bool: ...
    def process_pid(self, process: int) -> int: ...
    def process_names(self, pid: int) -> tuple[str, ...]:
        """The process's name and executable path, for matching phone programs."""

    def default_input_device(self) -> int:
        """0 when there is none."""

    def device_running_somewhere(self, device: int) -> bool: ...
    def device_is_virtual(self, device: int) -> bool: ...


def fourcc(code: str) -> int:
    return int.from_bytes(code.encode("ascii"), "big")


SYSTEM_OBJECT = 1
GLOBAL, INPUT, MAIN = fourcc("glob"), fourcc("inpt"), 0
_VIRTUAL = {fourcc("virt"), fourcc("grup")}


class _Address(ctypes.Structure):
    _fields_ = [
        ("selector", ctypes.c_uint32),
        ("scope", ctypes.c_uint32),
        ("element", ctypes.c_uint32),
    ]


class _MacCoreAudio:
    """The real table (macOS only)."""

    def __init__(self) -> None:
        self._audio: Any = ctypes.CDLL("/System/Library/Frameworks/CoreAudio.framework/CoreAudio")
        self._proc: Any = ctypes.CDLL("/usr/lib/libproc.dylib")
        address = ctypes.POINTER(_Address)
        size = ctypes.POINTER(ctypes.c_uint32)
        self._audio.AudioObjectHasProperty.argtypes = [ctypes.c_uint32, address]
        self._audio.AudioObjectHasProperty.restype = ctypes.c_ubyte
        self._audio.AudioObjectGetPropertyDataSize.argtypes = [
            ctypes.c_uint32, address, ctypes.c_uint32, ctypes.c_void_p, size
        ]  # fmt: skip
        self._audio.AudioObjectGetPropertyData.argtypes = [
            ctypes.c_uint32, address, ctypes.c_uint32, ctypes.c_void_p, size, ctypes.c_void_p
        ]  # fmt: skip

    def _read(self, obj: int, selector: str, value: Any, scope: int = GLOBAL) -> Any:
        where = _Address(fourcc(selector), scope, MAIN)
        size = ctypes.c_uint32(ctypes.sizeof(value))
        status = self._audio.AudioObjectGetPropertyData(
            obj, ctypes.byref(where), 0, None, ctypes.byref(size), ctypes.byref(value)
        )
        if status != 0:
            raise OSError(f"Core Audio '{selector}' on {obj}: status {status}")
        return value.value

    def process_objects(self) -> list[int] | None:
        where = _Address(fourcc("prs#"), GLOBAL, MAIN)
        if not self._audio.AudioObjectHasProperty(SYSTEM_OBJECT, ctypes.byref(where)):
            return None
        size = ctypes.c_uint32(0)
        self._audio.AudioObjectGetPropertyDataSize(
            SYSTEM_OBJECT, ctypes.byref(where), 0, None, ctypes.byref(size)
        )
        objects = (ctypes.c_uint32 * (size.value // 4))()
        self._audio.AudioObjectGetPropertyData(
            SYSTEM_OBJECT, ctypes.byref(where), 0, None, ctypes.byref(size), objects
        )
        return list(objects[: size.value // 4])

    def process_running_input(self, process: int) -> bool:
        return bool(self._read(process, "piri", ctypes.c_uint32()))

    def process_pid(self, process: int) -> int:
        return int(self._read(process, "ppid", ctypes.c_int32()))

    def process_names(self, pid: int) -> tuple[str, ...]:
        name, path = ctypes.create_string_buffer(256), ctypes.create_string_buffer(4096)
        self._proc.proc_name(pid, name, ctypes.sizeof(name))
        self._proc.proc_pidpath(pid, path, ctypes.sizeof(path))
        return tuple(b.value.decode("utf-8", "replace") for b in (name, path) if b.value)

    def default_input_device(self) -> int:
        return int(self._read(SYSTEM_OBJECT, "dIn ", ctypes.c_uint32()))

    def device_running_somewhere(self, device: int) -> bool:
        return bool(self._read(device, "gone", ctypes.c_uint32(), INPUT))

    def device_is_virtual(self, device: int) -> bool:
        return int(self._read(device, "tran", ctypes.c_uint32())) in _VIRTUAL


def load() -> CoreAudio:
    return _MacCoreAudio()
