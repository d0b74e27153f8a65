"""Shared helpers for the benchmark scripts: machine facts, timed subprocesses, peak RSS, tables.

Peak memory is read from ``/proc/<pid>/status`` (``VmHWM``, the kernel's high-water mark of
resident memory) for the command and every process it starts, sampled while it runs. No
psutil: only the standard library.
"""

from __future__ import annotations

import os
import platform
import shutil
import subprocess
import sys
import threading
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PYTHON = sys.executable
SITE = "https://news.example.org/"

ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
"""The environment for timed commands: bytecode caching on, as in any real installation
(a development shell that sets PYTHONDONTWRITEBYTECODE would make every run recompile
syndicate's sources and time the compiler)."""


def precompile() -> None:
    """Byte-compile syndicate once (what pip does when installing a wheel)."""
    subprocess.run([PYTHON, "-m", "compileall", "-q", str(ROOT / "syndicate")], check=True)


def syndicate_cmd() -> list[str]:
    """How to run the installed command line (the console script beside this Python)."""
    script = Path(PYTHON).with_name("syndicate")
    return [str(script)] if script.exists() else [PYTHON, "-m", "syndicate"]


def machine() -> str:
    """One line: cores, CPU model, memory, load, Python."""
    cpu = "?"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    mem = "?"
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal:"):
                mem = f"{int(line.split()[1]) / 2**20:.1f} GiB"
                break
    except OSError:
        pass
    load = "/".join(f"{x:.2f}" for x in os.getloadavg())
    return (
        f"nproc={os.cpu_count()}, CPU {cpu}, memory {mem}, load average {load} at start, "
        f"Python {platform.python_version()}, {platform.system()} {platform.release()}"
    )


def _children(pid: int) -> list[int]:
    """Every descendant of ``pid`` (through /proc/<pid>/task/*/children)."""
    found: list[int] = []
    stack = [pid]
    while stack:
        current = stack.pop()
        try:
            tasks = os.listdir(f"/proc/{current}/task")
        except OSError:
            continue
        for task in tasks:
            try:
                text = Path(f"/proc/{current}/task/{task}/children").read_text()
            except OSError:
                continue
            for child in text.split():
                found.append(int(child))
                stack.append(int(child))
    return found


def _hwm_kib(pid: int) -> int:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    except OSError:
        pass
    return 0


@dataclass
class Run:
    """A finished command: wall seconds, exit code, stderr, peak RSS (KiB) per process."""

    seconds: float
    returncode: int
    stderr: str
    peak_kib: dict[int, int] = field(default_factory=dict)

    @property
    def max_peak_mib(self) -> float:
        """The largest per-process peak, in MiB."""
        return max(self.peak_kib.values(), default=0) / 1024


def run(cmd: Sequence[str], *, sample: float = 0.05, env: dict[str, str] | None = None) -> Run:
    """Run ``cmd``; sample the peak RSS of it and its descendants while it runs."""
    peaks: dict[int, int] = {}
    start = time.perf_counter()
    with subprocess.Popen(
        list(cmd), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, env=env or ENV
    ) as proc:
        err_chunks: list[str] = []
        assert proc.stderr is not None
        stderr = proc.stderr
        # Drain stderr in a thread so a chatty command never blocks on a full pipe.
        reader = threading.Thread(target=lambda: err_chunks.append(stderr.read()))
        reader.start()
        while proc.poll() is None:
            for pid in [proc.pid, *_children(proc.pid)]:
                hwm = _hwm_kib(pid)
                if hwm:
                    peaks[pid] = max(peaks.get(pid, 0), hwm)
            time.sleep(sample)
        reader.join()
    return Run(time.perf_counter() - start, proc.returncode, "".join(err_chunks), peaks)


def wall(cmd: Sequence[str], repeat: int = 5, env: dict[str, str] | None = None) -> float:
    """Median wall seconds of ``cmd`` over ``repeat`` runs (output discarded)."""
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        subprocess.run(
            list(cmd),
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            check=True,
            env=env or ENV,
        )
        times.append(time.perf_counter() - start)
    times.sort()
    return times[len(times) // 2]


def walls_interleaved(
    cmds: Sequence[Sequence[str]], repeat: int = 11, env: dict[str, str] | None = None
) -> list[float]:
    """Median wall seconds of each command, run in turn (a, b, a, b...) so that a change in
    the machine's load during the measurement weighs on every command alike."""
    times: list[list[float]] = [[] for _ in cmds]
    for _ in range(repeat):
        for cmd, bucket in zip(cmds, times, strict=True):
            start = time.perf_counter()
            subprocess.run(
                list(cmd),
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
                check=True,
                env=env or ENV,
            )
            bucket.append(time.perf_counter() - start)
    return [sorted(bucket)[len(bucket) // 2] for bucket in times]


def table(headers: Sequence[str], rows: Sequence[Sequence[object]]) -> str:
    """A Markdown table (prints well in a terminal and pastes into the README)."""
    cells = [[str(h) for h in headers]] + [[str(c) for c in row] for row in rows]
    widths = [max(len(r[i]) for r in cells) for i in range(len(headers))]
    lines = ["| " + " | ".join(c.ljust(w) for c, w in zip(cells[0], widths, strict=True)) + " |"]
    lines.append("|" + "|".join("-" * (w + 2) for w in widths) + "|")
    for row in cells[1:]:
        lines.append("| " + " | ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)) + " |")
    return "\n".join(lines)


def have(program: str) -> bool:
    """Whether ``program`` is on PATH."""
    return shutil.which(program) is not None
