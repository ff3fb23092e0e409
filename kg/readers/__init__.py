"""Read news articles from files and folders into ``Article`` records.

One module per format (``text``, ``html``, ``jsonl``), registered by extension in
``registry``; ``walk`` turns user-given paths into a stream of ``Article`` and
``Skipped`` records. Everything a caller needs is re-exported here.
"""

from __future__ import annotations

from kg.readers.registry import READERS, SUPPORTED_EXTENSIONS, reader_for
from kg.readers.walk import read_file, read_paths

__all__ = ["READERS", "SUPPORTED_EXTENSIONS", "read_file", "read_paths", "reader_for"]
