"""Tests for kg.readers: exact values on small handmade inputs, and every bad input."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import kg.readers
from kg.errors import InputError, UnsupportedFormat
from kg.model import Article, Skipped
from kg.readers import SUPPORTED_EXTENSIONS, read_file, read_paths
from kg.readers.dates import to_iso
from kg.readers.decode import decode
from kg.readers.furniture import is_caption
from kg.readers.text import markdown_line

DATA = Path(__file__).parent / "data" / "readers"
SEED = Path(__file__).parent.parent / "seeds" / "000_424b65836abdcf18.txt"


def write(folder: Path, name: str, content: str | bytes) -> Path:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return path


def only(path: Path) -> Article | Skipped:
    [record] = list(read_paths([path]))
    return record


# --- public surface ------------------------------------------------------------------


def test_public_api_is_pinned() -> None:
    assert sorted(kg.readers.__all__) == [
        "READERS",
        "SUPPORTED_EXTENSIONS",
        "read_file",
        "read_paths",
        "reader_for",
    ]
    assert SUPPORTED_EXTENSIONS == (".txt", ".md", ".markdown", ".html", ".htm", ".jsonl")


# --- plain text ----------------------------------------------------------------------


def test_text_title_date_body_publisher(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "quake.txt",
        "Quake shakes Lima\r\n\r\nFriday, January 4, 2019 \r\n\r\n"
        "A quake hit Lima on Friday.  \r\n\r\n\r\nNo one was hurt.\r\n\r\n"
        "Source: Andina News\r\n",
    )
    assert read_file(path) == [
        Article(
            id="quake",
            title="Quake shakes Lima",
            text="A quake hit Lima on Friday.  \n\n\nNo one was hurt.",
            source_path=str(path),
            date="2019-01-04",
            publisher="Andina News",
        )
    ]


def test_text_without_date_line_keeps_first_paragraph(tmp_path: Path) -> None:
    path = write(tmp_path, "a.txt", "Title\nJanuary was cold.\n")
    [article] = read_file(path)
    assert (article.title, article.date, article.text) == ("Title", None, "January was cold.")


@pytest.mark.parametrize(
    ("line", "iso"),
    [
        ("Friday, January 4, 2019", "2019-01-04"),
        ("January 4, 2019", "2019-01-04"),
        ("Jan. 4th, 2019", "2019-01-04"),
        ("2019-01-04", "2019-01-04"),
        ("4 January 2019", "2019-01-04"),
        ("Wed 25 Sept 2019", "2019-09-25"),
        ("2019-01-04T10:00:00Z", "2019-01-04"),
        ("January 44, 2019", None),
        ("On January 4, 2019 it rained.", None),
        ("", None),
    ],
)
def test_date_formats(line: str, iso: str | None) -> None:
    assert to_iso(line) == iso


def test_seed_article() -> None:
    [article] = read_file(SEED)
    assert article.id == "000_424b65836abdcf18"
    assert article.title == "Xi Urges ‘breakthrough’ in Core Technologies at Symposium"
    assert article.publisher == "Global Times"
    assert article.date is None
    assert article.text.startswith("Chinese President Xi Jinping on Monday called for")
    assert article.text.endswith("sustainable and rapid growth of the Chinese economy.")
    assert "Check Also" not in article.text and "Knights of Rizal" not in article.text
    assert article.title not in article.text


@pytest.mark.parametrize(
    "marker",
    [
        "Check Also",
        "Related Articles",
        "related stories",
        "Read More:",
        "Also read",
        "You may also like",
        "Recommended",
        "More from",
        "Share this:",
        "Sources",
        "References",
        "External links",
    ],
)
def test_furniture_cuts_to_end(tmp_path: Path, marker: str) -> None:
    path = write(tmp_path, "a.txt", f"Title\n\nBody one.\n\n{marker}\n\nOther story.\n")
    assert read_file(path)[0].text == "Body one."


def test_advertisement_line_is_dropped_not_cut(tmp_path: Path) -> None:
    path = write(tmp_path, "a.txt", "Title\n\nOne.\n\nADVERTISEMENT\n\nTwo.\n")
    assert read_file(path)[0].text == "One.\n\n\nTwo."


@pytest.mark.parametrize(
    "caption",
    [
        "Placards. Image: Jane Roe (flickr).",
        "Image: A. Person.",
        "Marchers in the square. Photo: AP",
        '"Stop the war" sign at the march. Image: J.Doe.',
        "File photo of the court building.",
        "Crowds outside (Wikimedia Commons).",
        "Ana Berg Image: City Council.",  # a name run straight into its credit
        "Tom ReidImage: Tom Reid for Mayor.",
    ],
)
def test_caption_line_is_dropped_not_cut(tmp_path: Path, caption: str) -> None:
    path = write(tmp_path, "a.txt", f"Title\n\nOne.\n\n{caption}\n\nTwo.\n")
    assert read_file(path)[0].text == "One.\n\n\nTwo."


@pytest.mark.parametrize(
    "line",
    [
        "Police released an image of the suspect.",
        "Credit: she said the credit was due to the whole team.",
        "The photo: it showed him at the scene, officers said.",
        "He posted the photo on Flickr.",
        "Officials said the image: a fake.",
    ],
)
def test_text_about_a_picture_is_kept(line: str) -> None:
    assert not is_caption(line)


def test_source_line_only_counts_near_the_end(tmp_path: Path) -> None:
    body = "Source - Reuters\n\nOne.\n\nTwo.\n\nThree.\n\nFour."
    path = write(tmp_path, "a.txt", f"Title\n\n{body}\n")
    article = read_file(path)[0]
    assert (article.publisher, article.text) == (None, body)
    path = write(tmp_path, "b.txt", "Title\n\nOne.\n\nSource - Reuters\n")
    article = read_file(path)[0]
    assert (article.publisher, article.text) == ("Reuters", "One.")


def test_bom_is_accepted(tmp_path: Path) -> None:
    path = write(tmp_path, "a.txt", b"\xef\xbb\xbfTitle\n\nBody.\n")
    assert read_file(path)[0].title == "Title"


def test_long_article_is_read_whole(tmp_path: Path) -> None:
    paragraphs = [" ".join(f"word{p}x{w}" for w in range(100)) + "." for p in range(250)]
    body = "\n\n".join(paragraphs)
    path = write(tmp_path, "long.txt", f"Long read\n\n{body}\n")
    [article] = read_file(path)
    assert article.words == 25_000
    assert article.text == body


# --- Markdown ------------------------------------------------------------------------


def test_markdown_fixture() -> None:
    [article] = read_file(DATA / "article.md")
    assert article.title == "Rivers rise across the Rhine valley"
    assert article.date == "2024-03-03"
    assert article.publisher == "Rhine Courier"
    assert article.text == (
        "Heavy rain raised the Rhine and its tributaries on Sunday, said the\n"
        "federal water agency.\n\n"
        "Evacuations\n\n"
        "About 200 people left their homes in Koblenz; see the flood_map for details."
    )


@pytest.mark.parametrize(
    ("line", "plain"),
    [
        ("## A heading ##", "A heading"),
        ("#hashtag stays", "#hashtag stays"),
        ("see [the report](http://x.org/a_(b)) now", "see the report now"),
        ("a [ref link][1] here", "a ref link here"),
        ("[1]: http://x.org", ""),
        ("![img](http://x.org/i.png)", ""),
        ("**bold**, *em*, _em_, __strong__, ~~gone~~", "bold, em, em, strong, gone"),
        ("snake_case_name and 2*3*4", "snake_case_name and 2*3*4"),
        ("* a list item with *stress*", "* a list item with stress"),
        (r"an \*escaped\* star", "an *escaped* star"),
        ("> quoted words", "quoted words"),
        ("***", ""),
    ],
)
def test_markdown_line(line: str, plain: str) -> None:
    assert markdown_line(line) == plain


# --- HTML ----------------------------------------------------------------------------


def test_html_page_drops_chrome() -> None:
    [article] = read_file(DATA / "page.html")
    assert article.title == "Harbour bridge reopens after repairs"
    assert article.date == "2021-03-15"
    assert article.publisher == "Coastal Daily"
    assert article.url == "https://coastal.example/news/harbour-bridge-reopens"
    paragraphs = article.text.split("\n\n")
    assert len(paragraphs) == 3
    assert paragraphs[0].startswith("The harbour bridge in Port Elling reopened")
    assert paragraphs[2].endswith("is due to be completed.")
    for chrome in ("cookies", "Home", "Sport", "Ferry timetable", "Copyright", "tracking"):
        assert chrome not in article.text


@pytest.mark.parametrize(
    "body",
    [
        "<nav><a href='/'>Home</a></nav>",
        "<header><a href='/'>Home</a> <a href='/n'>News</a></header><footer>(c) 2020</footer>",
        "<script>var x = 1;</script>",
    ],
)
def test_html_without_text_is_skipped(tmp_path: Path, body: str) -> None:
    page = f"<html><head><title>x</title></head><body>{body}</body></html>"
    path = write(tmp_path, "empty.html", page)
    assert only(path) == Skipped(str(path), "no article text found in HTML")


# --- JSONL ---------------------------------------------------------------------------


def test_jsonl_good_and_bad_lines(tmp_path: Path) -> None:
    lines = [
        json.dumps(
            {"id": 7, "title": "A", "text": "Alpha.", "date": "4 January 2019", "url": "http://a", "source": "Wire"}
        ),
        "{not json",
        "",
        json.dumps(["a list"]),
        json.dumps({"id": "b", "title": "B"}),
        json.dumps({"id": "c", "text": "   "}),
        json.dumps({"id": "d", "text": 3}),
        json.dumps({"id": "e", "text": "E.", "title": ["x"]}),
        json.dumps({"text": "No id.", "date": "someday"}),
    ]
    path = write(tmp_path, "feed.jsonl", "\n".join(lines) + "\n")
    assert list(read_paths([path])) == [
        Article(
            id="7", title="A", text="Alpha.", source_path=str(path), date="2019-01-04", url="http://a", publisher="Wire"
        ),
        Skipped(f"{path}:2", "invalid JSON: Expecting property name enclosed in double quotes (column 2)"),
        Skipped(f"{path}:4", "expected a JSON object, got array"),
        Skipped(f"{path}:5", "missing 'text' field"),
        Skipped(f"{path}:6", "empty 'text' field"),
        Skipped(f"{path}:7", "'text' must be a string, got number"),
        Skipped(f"{path}:8", "'title' must be a string, got array"),
        Article(id="feed-9", title="feed-9", text="No id.", source_path=str(path)),
    ]
    with pytest.raises(InputError, match=rf"^{path}:2: invalid JSON"):
        read_file(path)


# --- bad files -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "content", "reason"),
    [
        ("empty.txt", b"", "empty file"),
        ("blank.md", b" \n\t\r\n", "no text (only whitespace)"),
        ("bin.txt", b"Title\n\x00\x01\x02", "binary file (contains NUL bytes), not text"),
        ("latin.txt", "Title\n\nCaf\u00e9".encode("latin-1"), "not UTF-8 text (invalid byte 0xe9 at offset 10)"),
        ("bom-latin.txt", b"\xef\xbb\xbfTitle\n\nCaf\xe9", "not UTF-8 text (invalid byte 0xe9 at offset 13)"),
        ("title-only.txt", b"Just a title\n\nMonday, March 15, 2021\n", "no article text after the title"),
        (
            "paper.pdf",
            b"%PDF-1.4",
            "unsupported extension '.pdf' (supported: .txt, .md, .markdown, .html, .htm, .jsonl)",
        ),
    ],
)
def test_bad_file_is_skipped_and_raises(tmp_path: Path, name: str, content: bytes, reason: str) -> None:
    path = write(tmp_path, name, content)
    assert only(path) == Skipped(str(path), reason)
    with pytest.raises(InputError) as raised:
        read_file(path)
    assert str(raised.value) == f"{path}: {reason}"


def test_unsupported_extension_raises_unsupported_format(tmp_path: Path) -> None:
    with pytest.raises(UnsupportedFormat):
        read_file(write(tmp_path, "notes.docx", b"x"))


def test_missing_path_raises_before_reading(tmp_path: Path) -> None:
    good = write(tmp_path, "a.txt", "T\n\nBody.\n")
    missing = tmp_path / "nope.txt"
    with pytest.raises(InputError, match=f"^no such file or folder: {missing}$"):
        read_paths([good, missing])
    with pytest.raises(InputError, match="^no such file or folder"):
        read_file(missing)


def test_utf16_names_the_fix() -> None:
    with pytest.raises(InputError, match="UTF-16"):
        decode("Title".encode("utf-16"))


# --- folders -------------------------------------------------------------------------


def test_folder_is_walked_recursively_in_sorted_order(tmp_path: Path) -> None:
    write(tmp_path, "b.txt", "B\n\nBee.\n")
    write(tmp_path, "a/z.md", "# Z\n\nZed.\n")
    write(tmp_path, "a/y/x.txt", "X\n\nEx.\n")
    write(tmp_path, "c/broken.txt", b"")
    write(tmp_path, "c/image.png", b"\x89PNG")
    write(tmp_path, ".hidden.txt", "H\n\nHidden.\n")
    write(tmp_path, ".git/config.txt", "G\n\nGit.\n")
    write(tmp_path, "c/b.txt", "B again\n\nSecond b.\n")
    records = list(read_paths([tmp_path]))
    summary = [(r.id, r.title) if isinstance(r, Article) else (Path(r.source).name, r.reason) for r in records]
    assert summary == [
        ("x", "X"),
        ("z", "Z"),
        ("b", "B"),
        ("b-2", "B again"),
        ("broken.txt", "empty file"),
        ("image.png", "unsupported extension '.png' (supported: .txt, .md, .markdown, .html, .htm, .jsonl)"),
    ]
    assert records == list(read_paths([tmp_path]))


def test_file_named_twice_is_read_once(tmp_path: Path) -> None:
    path = write(tmp_path, "a.txt", "A\n\nAy.\n")
    assert [r.id for r in read_paths([path, tmp_path, str(path)])] == ["a"]


def test_hidden_file_named_directly_is_read(tmp_path: Path) -> None:
    path = write(tmp_path, ".draft.txt", "Draft\n\nText.\n")
    assert only(path).title == "Draft"


def test_folder_given_to_read_file_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="is a folder"):
        read_file(tmp_path)


def _skipped(paths) -> dict[str, str]:
    return {Path(s.source).name: s.reason for s in read_paths(paths) if isinstance(s, Skipped)}


def test_jsonl_lone_surrogate_and_deep_nesting_skip_their_line_only(tmp_path: Path) -> None:
    feed = tmp_path / "feed.jsonl"
    feed.write_text(
        "\n".join(
            [
                json.dumps({"id": "ok", "text": "Huawei opened a lab."}),
                '{"id": "half", "text": "A \\ud800 B"}',
                '{"id": "deep", "text": "x", "extra": ' + "[" * 100_000 + "]" * 100_000 + "}",
                '{"id": "title", "title": "\\udfff", "text": "y"}',
            ]
        ),
        encoding="utf-8",
    )
    records = list(read_paths([feed]))
    assert [r.id for r in records if isinstance(r, Article)] == ["ok"]
    reasons = {r.source.rsplit(":", 1)[1]: r.reason for r in records if isinstance(r, Skipped)}
    assert "lone surrogate" in reasons["2"] and "'text'" in reasons["2"]
    assert "nested too deeply" in reasons["3"]
    assert "'title'" in reasons["4"]


def test_a_folder_tree_of_any_depth_is_walked(tmp_path: Path) -> None:
    folder = tmp_path
    for _ in range(1200):  # deeper than Python's recursion limit
        folder = folder / "d"
        folder.mkdir()
    (folder / "story.txt").write_text("Deep story\n\nHuawei opened a lab.\n", encoding="utf-8")
    try:
        assert [a.title for a in read_paths([tmp_path]) if isinstance(a, Article)] == ["Deep story"]
    finally:  # pytest's own clean-up recurses once per level
        (folder / "story.txt").unlink()
        while folder != tmp_path:
            folder.rmdir()
            folder = folder.parent


def test_what_is_not_a_regular_file_is_skipped_with_why(tmp_path: Path) -> None:
    import os

    (tmp_path / "real.txt").write_text("Title\n\nBody text here.\n", encoding="utf-8")
    os.mkfifo(tmp_path / "pipe.txt")
    (tmp_path / "loop.txt").symlink_to(tmp_path / "loop.txt")
    (tmp_path / "dangling.txt").symlink_to(tmp_path / "gone.txt")
    (tmp_path / "sub").mkdir()
    (tmp_path / "folder-link").symlink_to(tmp_path / "sub")
    reasons = _skipped([tmp_path])
    assert reasons == {
        "pipe.txt": "a named pipe, not a regular file",
        "loop.txt": "a symbolic link that loops",
        "dangling.txt": "a symbolic link to nothing",
        "folder-link": "a symbolic link to a folder (links to folders are not followed)",
    }


def test_a_file_deleted_while_reading_says_so(tmp_path: Path, monkeypatch) -> None:
    from kg.readers import walk

    story = tmp_path / "story.txt"
    story.write_text("Title\n\nBody.\n", encoding="utf-8")
    listed = list(walk._files(tmp_path))
    story.unlink()
    monkeypatch.setattr(walk, "_files", lambda path: iter(listed))
    assert _skipped([tmp_path]) == {"story.txt": "deleted while kg was reading it"}
