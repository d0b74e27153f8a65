"""Small, single-purpose helpers of the scraped-plain-text reader.

Each module recognises one kind of line (noise, captions, bylines, dates,
credit lines) or one part of the page (header, tail, body). The reader in
:mod:`syndicate.readers.plaintext` runs them in the order docs/reader.md lists.
"""
