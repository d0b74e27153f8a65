"""Publishing: a ready-to-host site folder, the feed store behind ``feed add``, a preview server.

- :mod:`.publish` — every format, feeds and an index page for a set of articles
  (``syndicate publish``);
- :mod:`.feedstore` — add or replace entries in a feed file, idempotently and under a lock
  (``syndicate feed add``);
- :mod:`.serve` — a small static server for a published folder (``syndicate serve``);
- :mod:`.sitepaths` — which names and paths a site folder accepts (shared by publish and serve).

Nothing here is imported by ``import syndicate``; the CLI imports a module when its command runs.
"""
