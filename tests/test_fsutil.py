"""Atomic writes leave the process umask alone and make the rename durable (issue 16)."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from syndicate import fsutil


def test_reading_the_umask_never_changes_it(monkeypatch: pytest.MonkeyPatch) -> None:
    """``os.umask`` can only be read by setting it: a race with every other thread."""
    calls: list[int] = []
    real_umask = os.umask

    def recording_umask(mask: int) -> int:
        calls.append(mask)
        return real_umask(mask)

    monkeypatch.setattr(os, "umask", recording_umask)
    expected = real_umask(0o022)
    real_umask(expected)
    assert fsutil._umask() == expected
    assert calls == []


def test_new_files_follow_the_umask_of_the_process(tmp_path: Path) -> None:
    code = (
        "import os, stat, sys\n"
        "os.umask(0o027)\n"
        "from syndicate import fsutil\n"
        "fsutil.atomic_write_bytes(sys.argv[1], b'x')\n"
        "print(oct(stat.S_IMODE(os.stat(sys.argv[1]).st_mode)), oct(fsutil._umask()))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code, str(tmp_path / "a.bin")],
        capture_output=True, text=True, check=True,
    ).stdout.split()
    assert out == ["0o640", "0o27"]


def test_threads_creating_files_never_see_the_umask_drop_to_zero(tmp_path: Path) -> None:
    # The race of issue 16: while one thread wrote outputs, another created files with
    # the umask momentarily 0, so a file meant to be 0644 became world-writable.
    old = os.umask(0o022)
    old_interval = sys.getswitchinterval()
    sys.setswitchinterval(1e-6)  # switch threads as often as possible: the race shows up
    stop = threading.Event()
    try:
        def writer() -> None:
            n = 0
            while not stop.is_set():
                out = tmp_path / f"out{n}.bin"  # a new file: its mode comes from the umask
                fsutil.atomic_write_bytes(out, b"x")
                out.unlink()
                n += 1

        thread = threading.Thread(target=writer)
        thread.start()
        modes = set()
        try:
            for n in range(3000):
                path = tmp_path / f"plain{n}"
                fd = os.open(path, os.O_CREAT | os.O_WRONLY, 0o666)
                os.close(fd)
                modes.add(stat.S_IMODE(path.stat().st_mode))
                path.unlink()
        finally:
            stop.set()
            thread.join()
    finally:
        os.umask(old)
        sys.setswitchinterval(old_interval)
    assert modes == {0o644}


def test_durable_write_fsyncs_the_folder_after_the_rename(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    synced: list[str] = []
    real_fsync = os.fsync

    def recording_fsync(fd: int) -> None:
        kind = "folder" if stat.S_ISDIR(os.fstat(fd).st_mode) else "file"
        exists = (tmp_path / "out.pdf").exists()
        synced.append(f"{kind}{'' if exists else ' before rename'}")
        real_fsync(fd)

    monkeypatch.setattr(os, "fsync", recording_fsync)
    fsutil.atomic_write_bytes(tmp_path / "out.pdf", b"%PDF")
    assert synced == ["file before rename", "folder"]
    synced.clear()
    with fsutil.atomic_writer(tmp_path / "out.pdf", durable=False) as stream:
        stream.write(b"%PDF")
    assert synced == []


def test_the_fallback_probe_reads_the_same_umask() -> None:
    # Where /proc/self/status is missing, a probe file shows the umask; both must agree.
    assert fsutil._probe_umask() == fsutil._umask()
