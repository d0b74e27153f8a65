"""File names of a batch: ``<slug>.<ext>``, a repeated slug made unique in source order."""

from __future__ import annotations

__all__ = ["Names"]


class Names:
    """Deterministic stems: the first article with a slug gets it, later ones -2, -3…

    Stems are claimed by the driver in source order (never by a worker), so a name depends
    only on the list of sources, not on which worker finished first. Stems an earlier run
    of the same batch claimed (read from its ledger) are taken before this run starts; as
    the ledger is written in source order, that is exactly the set an uninterrupted run
    would hold at this point.
    """

    def __init__(self, taken: set[str] | None = None) -> None:
        self._used: set[str] = taken if taken is not None else set()

    def claim(self, slug: str) -> str:
        """The stem for the next article whose slug is ``slug``."""
        stem, n = slug, 1
        while stem in self._used:
            n += 1
            stem = f"{slug}-{n}"
        self._used.add(stem)
        return stem
