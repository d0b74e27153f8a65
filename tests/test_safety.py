"""Cross-cutting safety: atomic writes, image confinement and checks, source limits."""

from __future__ import annotations

import os
import struct
import warnings
import zlib
from collections.abc import Sequence
from pathlib import Path
from typing import BinaryIO

import pytest

import syndicate
from syndicate import registry
from syndicate.errors import ExportFailed, OutputNotWritable
from syndicate.exporters.base import Exporter, ExportOptions, ExportWarning
from syndicate.images import load_image
from syndicate.model import Article, Figure, Paragraph


class _HalfWayFailure(Exporter):
    """A real exporter that writes some bytes, then fails, as a library crash would."""

    name = "test-halfway"
    extension = "bin"
    media_type = "application/octet-stream"

    def write(self, articles: Sequence[Article], stream: BinaryIO, options: ExportOptions) -> None:
        stream.write(b"partial output " * 1000)
        raise ExportFailed("renderer gave up half-way")


@pytest.fixture
def halfway() -> str:
    registry.register(_HalfWayFailure, override=True)
    return _HalfWayFailure.name


def _leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".tmp"))


def test_failed_export_keeps_the_existing_file_and_leaves_no_temp(
    tmp_path: Path, halfway: str
) -> None:
    target = tmp_path / "story.bin"
    target.write_bytes(b"the good old version")
    with pytest.raises(ExportFailed):
        syndicate.export(Article(title="T", blocks=(Paragraph("p"),)), halfway, target)
    assert target.read_bytes() == b"the good old version"
    assert _leftovers(tmp_path) == []


def test_failed_export_creates_no_file(tmp_path: Path, halfway: str) -> None:
    target = tmp_path / "new.bin"
    with pytest.raises(ExportFailed):
        syndicate.export(Article(title="T"), halfway, target)
    assert list(tmp_path.iterdir()) == []


def test_real_exporter_failure_keeps_the_old_epub(tmp_path: Path, kitchen_sink: Article) -> None:
    target = tmp_path / "story.epub"
    syndicate.export(kitchen_sink, "epub", target)
    good = target.read_bytes()
    escaping = kitchen_sink.replace(
        blocks=(Figure(caption="c", credit="k", src="../../../../etc/passwd"),)
    )
    with pytest.raises(ExportFailed, match="outside the source folder"):
        syndicate.export(escaping, "epub", target)
    assert target.read_bytes() == good
    assert _leftovers(tmp_path) == []


def test_output_into_a_missing_folder_is_a_clear_error(
    tmp_path: Path, kitchen_sink: Article
) -> None:
    with pytest.raises(OutputNotWritable, match="does not exist"):
        syndicate.export(kitchen_sink, "epub", tmp_path / "missing" / "x.epub")


def _png(width: int, height: int) -> bytes:
    """A tiny PNG whose header claims ``width`` x ``height`` (the data need not match)."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return (
            struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
        )

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    pixels = zlib.compress(b"\0" + b"\0\0\0" * min(width, 4))
    return (
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", pixels) + chunk(b"IEND", b"")
    )


def _article_with(tmp_path: Path, src: str) -> tuple[Article, Figure]:
    figure = Figure(caption="c", credit="k", src=src)
    return Article(title="T", blocks=(figure,), source_dir=str(tmp_path)), figure


def test_image_bomb_is_refused_with_a_warning(tmp_path: Path) -> None:
    (tmp_path / "huge.png").write_bytes(_png(100_000, 100_000))
    article, figure = _article_with(tmp_path, "huge.png")
    with pytest.warns(ExportWarning, match="pixels"):
        assert load_image(figure, article, ExportOptions()) is None


def test_fake_image_is_refused_by_signature(tmp_path: Path) -> None:
    (tmp_path / "photo.jpg").write_text("#!/bin/sh\necho not an image\n")
    article, figure = _article_with(tmp_path, "photo.jpg")
    with pytest.warns(ExportWarning, match="not a PNG, JPEG or GIF"):
        assert load_image(figure, article, ExportOptions()) is None


def test_symlink_out_of_the_source_folder_is_refused(tmp_path: Path) -> None:
    outside = tmp_path / "outside"
    inside = tmp_path / "inside"
    outside.mkdir()
    inside.mkdir()
    (outside / "secret.png").write_bytes(_png(2, 2))
    os.symlink(outside / "secret.png", inside / "innocent.png")
    article, figure = _article_with(inside, "innocent.png")
    with pytest.raises(ExportFailed, match="outside the source folder"):
        load_image(figure, article, ExportOptions())
    allowed = ExportOptions(allow_image_dirs=(str(outside),))
    assert load_image(figure, article, allowed) is not None


def test_remote_images_are_not_fetched_unless_asked(tmp_path: Path) -> None:
    article, figure = _article_with(tmp_path, "https://images.example.org/a.jpg")
    with pytest.warns(ExportWarning, match="fetching is off"):
        assert load_image(figure, article, ExportOptions()) is None


def test_missing_image_warns_and_keeps_going(tmp_path: Path) -> None:
    article, figure = _article_with(tmp_path, "gone.png")
    with pytest.warns(ExportWarning, match="not found"):
        assert load_image(figure, article, ExportOptions()) is None


def test_good_image_is_measured(kitchen_sink: Article) -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        image = load_image(kitchen_sink.figures()[0], kitchen_sink, ExportOptions())
    assert image is not None
    assert (image.width, image.height, image.media_type) == (320, 200, "image/png")


def test_source_size_limit(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from syndicate import readers
    from syndicate.errors import SourceUnreadable

    monkeypatch.setattr(readers, "MAX_SOURCE_BYTES", 1000)
    big = tmp_path / "big.txt"
    big.write_text("Title\n\n" + "word " * 1000)
    with pytest.raises(SourceUnreadable, match="limit"):
        syndicate.parse(big)
