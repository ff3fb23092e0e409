"""Turn the bytes of an input file into text, or say in one line why they are not text.

Every format goes through here first, so "empty", "binary" and "not UTF-8" are judged
the same way whatever the extension.
"""

from __future__ import annotations

from pathlib import Path

from kg.errors import InputError

UTF8_BOM = b"\xef\xbb\xbf"
UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")


def load_text(path: Path) -> str:
    """Read ``path`` as UTF-8 text with ``\\n`` line ends; raise ``InputError`` if it is not."""
    try:
        data = path.read_bytes()
    except FileNotFoundError as error:  # it was there when the folder was listed
        raise InputError("deleted while kg was reading it") from error
    except OSError as error:
        raise InputError(f"cannot read file ({error.strerror or error})") from error
    return decode(data)


def decode(data: bytes) -> str:
    """Decode UTF-8 (a leading BOM is accepted) and normalise ``\\r\\n`` and ``\\r`` to ``\\n``.

    The reasons are worded for the person who has to fix the file: a byte offset for
    bad UTF-8, so they can find it with a hex viewer.
    """
    if not data:
        raise InputError("empty file")
    if data.startswith(UTF16_BOMS):
        raise InputError("UTF-16 text; save the file as UTF-8")
    if b"\x00" in data:
        raise InputError("binary file (contains NUL bytes), not text")
    start = len(UTF8_BOM) if data.startswith(UTF8_BOM) else 0
    try:
        text = data[start:].decode("utf-8")
    except UnicodeDecodeError as error:
        offset = start + error.start
        raise InputError(f"not UTF-8 text (invalid byte 0x{data[offset]:02x} at offset {offset})") from error
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise InputError("no text (only whitespace)")
    return text
