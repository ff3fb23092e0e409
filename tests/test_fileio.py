"""kg.fileio: atomic writes, usual permissions, no temporary files left, clear errors."""

from __future__ import annotations

import os
import stat

import pytest

from kg.errors import OutputError
from kg.fileio import ensure_dir, write_atomic


@pytest.fixture
def umask():
    """Set the process umask for one test and restore it afterwards."""
    previous = os.umask(0o022)
    yield os.umask
    os.umask(previous)


def leftovers(folder) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".tmp"))


def test_write_creates_folders_and_replaces_the_file(tmp_path):
    path = tmp_path / "a" / "b" / "graph.ttl"
    assert write_atomic(path, "first é\n") == path
    assert path.read_bytes() == "first é\n".encode()
    inode = path.stat().st_ino
    write_atomic(path, b"second")
    assert path.read_bytes() == b"second"
    assert path.stat().st_ino != inode  # a new file renamed into place, not the old one rewritten
    assert sorted(p.name for p in path.parent.iterdir()) == ["graph.ttl"]


@pytest.mark.parametrize("mask, mode", [(0o022, 0o644), (0o077, 0o600), (0o002, 0o664)])
def test_permissions_follow_the_umask(tmp_path, umask, mask, mode):
    umask(mask)
    path = write_atomic(tmp_path / "out.txt", "x")
    assert stat.S_IMODE(path.stat().st_mode) == mode
    assert os.umask(mask) == mask  # the umask itself is left as it was


def test_failure_while_writing_leaves_no_temporary_file_and_keeps_the_old_one(tmp_path, monkeypatch):
    path = write_atomic(tmp_path / "out.txt", "old")

    def fail(_fd):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", fail)
    with pytest.raises(OutputError, match=r"cannot write .*out\.txt: No space left on device"):
        write_atomic(path, "new")
    assert path.read_text() == "old"
    assert leftovers(tmp_path) == []


def test_interrupt_while_writing_is_re_raised_and_cleaned_up(tmp_path, monkeypatch):
    def interrupt(_fd):
        raise KeyboardInterrupt

    monkeypatch.setattr(os, "fsync", interrupt)
    with pytest.raises(KeyboardInterrupt):
        write_atomic(tmp_path / "out.txt", "new")
    assert list(tmp_path.iterdir()) == []


def test_rename_onto_a_folder_fails_cleanly(tmp_path):
    (tmp_path / "out.txt").mkdir()
    with pytest.raises(OutputError, match=r"cannot write .*out\.txt"):
        write_atomic(tmp_path / "out.txt", "x")
    assert leftovers(tmp_path) == []


def test_folder_under_a_file_raises_output_error(tmp_path):
    # works as root too, where permissions do not stop a write
    blocker = tmp_path / "file.txt"
    blocker.write_text("not a folder")
    with pytest.raises(OutputError, match=r"cannot create output folder .*file\.txt/out: Not a directory"):
        write_atomic(blocker / "out" / "graph.ttl", "x")
    with pytest.raises(OutputError, match="cannot create output folder"):
        ensure_dir(blocker)  # an existing file is not a folder either
    assert blocker.read_text() == "not a folder"


def test_read_only_folder_raises_output_error(tmp_path, monkeypatch):
    folder = tmp_path / "locked"
    folder.mkdir()
    folder.chmod(0o500)
    if os.geteuid() == 0:  # root writes anywhere: the folder answers as it would anyone else
        real_access = os.access
        monkeypatch.setattr(os, "access", lambda path, mode: mode != os.W_OK and real_access(path, mode))
    try:
        with pytest.raises(OutputError, match="is not writable"):
            write_atomic(folder / "graph.ttl", "x")
    finally:
        folder.chmod(0o700)
    assert list(folder.iterdir()) == []


def test_a_set_of_files_changes_together_or_not_at_all(tmp_path, monkeypatch):
    """A full disk on the third file leaves all three old files (never two new, one old)."""
    from kg.fileio import write_all_atomic

    write_all_atomic(tmp_path, {"a.ttl": "old a", "b.trig": "old b", "c.csv": "old c"})
    calls = {"n": 0}
    real_fsync = os.fsync

    def third_fails(fd):
        calls["n"] += 1
        if calls["n"] == 3:
            raise OSError(28, "No space left on device")
        real_fsync(fd)

    monkeypatch.setattr(os, "fsync", third_fails)
    with pytest.raises(OutputError, match=r"cannot write .*c\.csv: No space left on device"):
        write_all_atomic(tmp_path, {"a.ttl": "new a", "b.trig": "new b", "c.csv": "new c"})
    assert [(tmp_path / n).read_text() for n in ("a.ttl", "b.trig", "c.csv")] == ["old a", "old b", "old c"]
    assert leftovers(tmp_path) == []


def test_temporaries_a_killed_run_left_are_removed(tmp_path):
    from kg.fileio import write_all_atomic

    (tmp_path / ".graph.ttl.abc123.tmp").write_text("half")
    (tmp_path / ".notes.txt.x.tmp").write_text("not ours")
    write_all_atomic(tmp_path, {"graph.ttl": "whole"})
    assert sorted(p.name for p in tmp_path.iterdir()) == [".notes.txt.x.tmp", "graph.ttl"]


@pytest.mark.parametrize("durable, fsyncs", [(True, 2), (False, 0)])
def test_replace_file_fsyncs_the_file_and_its_folder_only_when_durable(tmp_path, monkeypatch, durable, fsyncs):
    from kg.fileio import replace_file

    path = tmp_path / "pending"
    path.write_text("old")
    calls = []
    real_fsync = os.fsync
    monkeypatch.setattr(os, "fsync", lambda fd: (calls.append(fd), real_fsync(fd)))
    replace_file(path, "new\n", durable=durable)
    assert path.read_text() == "new\n"
    assert len(calls) == fsyncs  # the content before the rename, then the folder's entry
    assert leftovers(tmp_path) == []


def test_replace_file_raises_os_error_and_keeps_the_old_file(tmp_path):
    from kg.fileio import replace_file

    (tmp_path / "names").mkdir()  # a folder in its place: the rename fails
    with pytest.raises(OSError):
        replace_file(tmp_path / "names", b"{}", durable=False)
    assert (tmp_path / "names").is_dir()
    assert leftovers(tmp_path) == []
