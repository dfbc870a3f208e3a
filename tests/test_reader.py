"""Bad input: every kind of file people drop into an article folder gets a record or a clear one-line reason."""

from __future__ import annotations

import os
import resource
import unicodedata
from collections.abc import Callable
from pathlib import Path

import pytest

import vnnews
from vnnews.batch import process_one
from vnnews.document import Document
from vnnews.errors import BinaryInputError, DecodingError, EmptyInputError, InputError, TooLargeError
from vnnews.options import Options
from vnnews.reader import decode, read_article
from vnnews.validate import bad_spans

ARTICLE = (
    "Hội Nông dân tỉnh tổng kết năm 2023\n"
    "Chiều 5/1, Hội Nông dân tỉnh tổ chức hội nghị tổng kết. Dự hội nghị có đồng chí Hoàng Giang, "
    "Phó Bí thư Tỉnh uỷ. Năm qua, toàn tỉnh có 1.250 hộ đạt danh hiệu sản xuất, kinh doanh giỏi các cấp.\n"
    "Dịp này, 25 tập thể và 40 cá nhân được tặng Bằng khen của Chủ tịch UBND tỉnh.\n"
)
_TONES = "\u0300\u0301\u0303\u0309\u0323"


def cp1258(text: str) -> bytes:
    """Encode as Windows-1258 the way Vietnamese legacy files are: base letter + combining tone mark."""
    out = []
    for ch in unicodedata.normalize("NFC", text):
        d = unicodedata.normalize("NFD", ch)
        base = unicodedata.normalize("NFC", "".join(c for c in d if c not in _TONES))
        out.append(base + "".join(c for c in d if c in _TONES))
    return "".join(out).encode("cp1258")


# (id, bytes of the file, expected encoding or error class, a string the decoded text must contain)
GOOD: list[tuple[str, Callable[[], bytes], str, str]] = [
    ("utf8", lambda: ARTICLE.encode(), "utf-8", "Tỉnh uỷ"),
    ("utf8-bom", lambda: b"\xef\xbb\xbf" + ARTICLE.encode(), "utf-8-sig", "Hội Nông dân"),
    ("utf16-bom-le", lambda: ARTICLE.encode("utf-16"), "utf-16", "Bằng khen"),
    ("utf16-bom-be", lambda: b"\xfe\xff" + ARTICLE.encode("utf-16-be"), "utf-16", "Bằng khen"),
    ("utf16-le-no-bom", lambda: ARTICLE.encode("utf-16-le"), "utf-16-le", "Bằng khen"),
    ("utf16-be-no-bom", lambda: ARTICLE.encode("utf-16-be"), "utf-16-be", "Bằng khen"),
    ("utf32-bom", lambda: ARTICLE.encode("utf-32"), "utf-32", "Bằng khen"),
    ("cp1258", lambda: cp1258(ARTICLE), "cp1258", "B\u0103\u0300ng khen"),
    ("nfd", lambda: unicodedata.normalize("NFD", ARTICLE).encode(), "utf-8", "Ho\u0323\u0302i"),
    ("crlf", lambda: ARTICLE.replace("\n", "\r\n").encode(), "utf-8", "\r\n"),
    ("control-chars", lambda: ARTICLE.replace("hội nghị", "hội\x07nghị\x1b").encode(), "utf-8", "\x07"),
    ("one-long-line", lambda: (ARTICLE.replace("\n", " ") * 2000).encode(), "utf-8", "Bằng khen"),
]
BAD: list[tuple[str, Callable[[], bytes], type[InputError], str]] = [
    ("empty", lambda: b"", EmptyInputError, "empty"),
    ("whitespace-only", lambda: b" \n\t\r\n  \n", EmptyInputError, "empty"),
    ("bom-only", lambda: b"\xef\xbb\xbf\n", EmptyInputError, "empty"),
    ("pdf", lambda: b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", BinaryInputError, "PDF"),
    ("png", lambda: b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", BinaryInputError, "PNG"),
    ("jpeg", lambda: b"\xff\xd8\xff\xe0\x00\x10JFIF", BinaryInputError, "JPEG"),
    ("docx-zip", lambda: b"PK\x03\x04\x14\x00\x06\x00", BinaryInputError, "ZIP"),
    ("nul-bytes", lambda: b"abc\x00\x01\x02\x03" * 50 + os.urandom(200), BinaryInputError, "NUL"),
    ("random-no-nul", lambda: bytes(range(1, 32)) * 40, BinaryInputError, "control"),
    ("bad-utf16-bom", lambda: b"\xff\xfe\x00\xd8a\x00", DecodingError, "byte-order mark"),
]


@pytest.mark.parametrize(("data", "encoding", "needle"), [pytest.param(*c[1:], id=c[0]) for c in GOOD])
def test_text_files_decode_and_extract(tmp_path: Path, data: Callable[[], bytes], encoding: str, needle: str) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes(data())
    text, used = read_article(path)
    assert used == encoding
    assert needle in text
    article = vnnews.extract_file(path)
    assert article.source.encoding == encoding
    assert bad_spans(article, text.removeprefix("\ufeff")) == []


@pytest.mark.parametrize(("data", "error", "reason"), [pytest.param(*c[1:], id=c[0]) for c in BAD])
def test_bad_files_get_a_one_line_reason(
    tmp_path: Path, data: Callable[[], bytes], error: type[InputError], reason: str
) -> None:
    path = tmp_path / "bad.txt"
    path.write_bytes(data())
    with pytest.raises(error, match=reason) as info:
        read_article(path)
    assert "\n" not in str(info.value)
    assert str(path) in str(info.value)
    result = process_one(str(path))
    assert not result.ok
    assert result.kind == info.value.kind


def test_too_large_is_refused_before_reading(tmp_path: Path) -> None:
    path = tmp_path / "big.txt"
    with path.open("wb") as f:  # a sparse 50 MB file: costs no disk, would cost memory if read
        f.truncate(50 * 1024 * 1024)
    with pytest.raises(TooLargeError, match="over the limit"):
        read_article(path)
    small = tmp_path / "small.txt"
    small.write_bytes(ARTICLE.encode())
    with pytest.raises(TooLargeError, match="max_bytes"):
        read_article(small, Options(max_bytes=100))
    assert read_article(small, Options(max_bytes=10_000))[1] == "utf-8"


@pytest.mark.parametrize(
    ("make", "reason"),
    [
        pytest.param(lambda d: d / "missing.txt", "No such file", id="missing"),
        pytest.param(lambda d: d, "is a directory", id="directory"),
        pytest.param(lambda d: (d / "loop.txt").symlink_to(d / "loop.txt") or d / "loop.txt", "symbolic link loop",
                     id="symlink-loop"),
        pytest.param(lambda d: (d / "dangling.txt").symlink_to(d / "nowhere") or d / "dangling.txt", "No such file",
                     id="dangling-symlink"),
    ],
)
def test_unreadable_paths(tmp_path: Path, make: Callable[[Path], Path], reason: str) -> None:
    with pytest.raises(InputError, match=reason) as info:
        read_article(make(tmp_path))
    assert info.value.kind == "input_error"


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads anything")
def test_permission_denied(tmp_path: Path) -> None:
    path = tmp_path / "secret.txt"
    path.write_bytes(ARTICLE.encode())
    path.chmod(0)
    with pytest.raises(InputError, match="Permission denied"):
        read_article(path)


def test_decode_prefers_utf8_and_names_the_encoding() -> None:
    assert decode("Uỷ ban".encode()) == ("Uỷ ban", "utf-8")
    assert decode(cp1258("Uỷ ban nhân dân tỉnh Lào Cai tặng Bằng khen cho các tập thể"))[1] == "cp1258"


def test_lone_surrogates_and_controls_in_a_str_are_normalised() -> None:
    text = "Phó Bí thư Tỉnh ủy Hoàng Giang \ud800 trao 5 Bằng khen\x00\x1b cho 10 tập thể.\udfff"
    article = vnnews.extract(text)
    assert bad_spans(article, text) == []


def _five_megabyte_line() -> str:
    line = ARTICLE.replace("\n", " ")
    return line * (5 * 1024 * 1024 // len(line.encode()))


def _grown_mb(before_kb: int) -> float:
    return (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before_kb) / 1024


def test_five_megabyte_single_line_reaches_underthesea_in_bounded_pieces() -> None:
    """underthesea holds ~2 KiB per character of one call: a 5 MB line must reach it in bounded pieces."""
    text = _five_megabyte_line()
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    doc = Document.from_text(text)
    assert max(s.end - s.start for s in doc.sentences) <= doc.options.max_piece_chars
    tokens = [t for s in doc.sentences[:: max(1, len(doc.sentences) // 50)] for t in doc.tokens(s)]
    assert tokens
    assert all(doc.text[t.start : t.end] == t.text for t in tokens)
    assert _grown_mb(before) < 600


def test_five_megabyte_single_line_full_extract() -> None:
    """The whole pipeline on one 5 MB line: bounded memory, exact spans (about 20 s)."""
    text = _five_megabyte_line()
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    article = vnnews.extract(text)
    assert bad_spans(article, text) == []
    assert article.people
    assert article.awards
    assert _grown_mb(before) < 1500
