"""The progress line of a batch: a bar on a terminal, silence on a pipe."""

from __future__ import annotations

import time
from typing import TextIO

__all__ = ["Progress"]


class Progress:
    """A single-line bar on a terminal; silent otherwise. ``total`` None: count only."""

    def __init__(self, total: int | None, stream: TextIO, enabled: bool) -> None:
        self.total, self.stream, self.enabled = total, stream, enabled
        self.done = self.failed = self.skipped = 0
        self.start = time.perf_counter()
        self._last = 0.0
        self._shown = False

    def advance(self, failed: bool = False, skipped: bool = False) -> None:
        """Count one article (done, failed or skipped as already done)."""
        self.done += 1
        self.failed += int(failed)
        self.skipped += int(skipped)
        now = time.perf_counter()
        # Redraw at most ten times a second: a terminal write per article would cost more
        # than the article on a fast batch.
        if self.enabled and (now - self._last >= 0.1 or self.done == self.total):
            self._last = now
            self._draw(now)

    def _draw(self, now: float) -> None:
        rate = (self.done - self.skipped) / max(now - self.start, 1e-9)
        if self.total:
            width = 30
            filled = width * min(self.done, self.total) // self.total
            text = f"[{'#' * filled}{'.' * (width - filled)}] {self.done}/{self.total} articles"
        else:
            text = f"{self.done} articles"
        text += f" {rate:.1f}/s"
        if self.skipped:
            text += f" {self.skipped} skipped"
        if self.failed:
            text += f" {self.failed} failed"
        self.stream.write("\r" + text + "\x1b[K")
        self.stream.flush()
        self._shown = True

    def clear(self) -> None:
        """Erase the bar (before the summary line)."""
        if self._shown:
            self.stream.write("\r\x1b[K")
            self.stream.flush()
            self._shown = False

    def say(self, line: str) -> None:
        """Print a line above the bar."""
        self.clear()
        self.stream.write(line + "\n")
        if self.enabled and self.done:
            self._draw(time.perf_counter())
        else:
            self.stream.flush()
