"""Using syndicate's exporters from another tool, as a library.

    python examples/use_exporter.py examples/articles/SOME_ARTICLE.txt out/

Parses one article and writes it in every built-in format, then lists what a
downstream tool can rely on: each exporter's name, extension and media type.
"""

from __future__ import annotations

import sys
from pathlib import Path

import syndicate
from syndicate.exporters.epub import EpubExporter  # importing one exporter directly also works


def main(source: str, out_dir: str) -> None:
    article = syndicate.parse(source)
    target = Path(out_dir)
    target.mkdir(parents=True, exist_ok=True)
    for name in ("epub", "pdf", "docx", "html"):
        path = syndicate.export(article, name, target / f"{article.slug}.{name}")
        print(f"{name:5} -> {path}")
    feed = syndicate.render([article], "atom", site_url="https://news.example.org/")
    (target / "feed.atom").write_bytes(feed)
    print(f"atom  -> {target / 'feed.atom'} ({len(feed)} bytes)")
    print("EPUB media type:", EpubExporter.media_type)
    print("every exporter:", ", ".join(syndicate.exporters()))


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2])
