"""Advisory locks on a study file, shared (readers' snapshots) or exclusive (a writer), on every system
QGIS runs on: ``flock`` on Linux and macOS, ``LockFileEx`` on Windows.

``open_lock_handle(path)`` gives a descriptor to lock: the GeoPackage itself, or its folder while the
file does not exist yet. Windows cannot open a folder, so there a new study is locked through a
companion file ``<name>.lock`` in the folder, left in place (removing it would race with a run that
has just opened it). Windows locks are mandatory, so they are taken on a byte far beyond any
GeoPackage's end, never on a byte SQLite reads or locks itself.
"""
import os
from pathlib import Path

WINDOWS = os.name == "nt"
_FAR_OFFSET = 0x7FFF_FFFF_0000_0000  # Windows: the byte locked, beyond the end of any file

if WINDOWS:  # pragma: no cover (Windows)
    import ctypes
    import msvcrt
    from ctypes import wintypes

    class _Overlapped(ctypes.Structure):
        _fields_ = [("Internal", ctypes.c_void_p), ("InternalHigh", ctypes.c_void_p),
                    ("Offset", wintypes.DWORD), ("OffsetHigh", wintypes.DWORD), ("hEvent", wintypes.HANDLE)]

    _kernel32 = ctypes.WinDLL("kernel32", use_last_error=True)
    _LOCKFILE_FAIL_IMMEDIATELY, _LOCKFILE_EXCLUSIVE_LOCK = 0x1, 0x2

    def _overlapped():
        return _Overlapped(0, 0, _FAR_OFFSET & 0xFFFF_FFFF, _FAR_OFFSET >> 32, None)

    def try_lock(handle: int, shared: bool) -> bool:
        flags = _LOCKFILE_FAIL_IMMEDIATELY | (0 if shared else _LOCKFILE_EXCLUSIVE_LOCK)
        return bool(_kernel32.LockFileEx(wintypes.HANDLE(msvcrt.get_osfhandle(handle)), flags, 0, 1, 0,
                                         ctypes.byref(_overlapped())))

    def unlock(handle: int):
        _kernel32.UnlockFileEx(wintypes.HANDLE(msvcrt.get_osfhandle(handle)), 0, 1, 0, ctypes.byref(_overlapped()))
else:
    import fcntl

    def try_lock(handle: int, shared: bool) -> bool:
        """Take the lock without waiting; False when a conflicting lock is held."""
        try:
            fcntl.flock(handle, (fcntl.LOCK_SH if shared else fcntl.LOCK_EX) | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        return True

    def unlock(handle: int):
        fcntl.flock(handle, fcntl.LOCK_UN)


def open_lock_handle(path: Path) -> int:
    """A descriptor to lock for the study file ``path`` (closing it releases its lock)."""
    if path.exists():
        return os.open(path, os.O_RDONLY | getattr(os, "O_BINARY", 0))
    if WINDOWS:  # pragma: no cover (Windows)
        return os.open(path.with_name(path.name + ".lock"), os.O_RDWR | os.O_CREAT | os.O_BINARY)
    return os.open(path.parent, os.O_RDONLY)
