"""Legacy Vietnamese encodings: tables, round trips over every letter, detection, and facts read back."""

from __future__ import annotations

import random
import shutil
import subprocess
import sys
import unicodedata
from pathlib import Path
from typing import Any

import pytest

import vnnews
from vnnews import legacy
from vnnews.errors import DecodingError

from .conftest import REPO

VOWELS = "aăâeêioôơuưy"
TONES = ("", "\u0301", "\u0300", "\u0309", "\u0303", "\u0323")
SMALL = [c for c in (unicodedata.normalize("NFC", v + t) for v in VOWELS for t in TONES) if not c.isascii()] + ["đ"]
CAPITAL = [c.upper() for c in SMALL]
UNTONED_CAPITALS = "ĂÂÊÔƠƯĐ"
# What VISCII and VPS have no room for, written the way a typist of the time would.
PLAIN_PUNCTUATION = str.maketrans({"–": "-", "—": "-", "“": '"', "”": '"', "‘": "'", "’": "'", "…": ".", "\u200b": " "})


def test_there_are_134_letters() -> None:
    assert len(SMALL) == len(CAPITAL) == 67
    assert len(set(SMALL + CAPITAL)) == 134


@pytest.mark.parametrize("encoding", ["vni", "viscii", "vps", "cp1258"])
@pytest.mark.parametrize("case", ["small", "capital"])
def test_every_letter_round_trips(encoding: str, case: str) -> None:
    letters = SMALL if case == "small" else CAPITAL
    for ch in letters:
        data = legacy.encode(ch, encoding)
        assert unicodedata.normalize("NFC", legacy.decode(data, encoding)) == ch, (ch, data)
    # and in running text, where VNI's mark bytes sit between letters
    text = " ".join(f"x{c}y" for c in letters)
    assert unicodedata.normalize("NFC", legacy.decode(legacy.encode(text, encoding), encoding)) == text


def test_tcvn3_small_letters_and_untoned_capitals_round_trip() -> None:
    for ch in [*SMALL, *UNTONED_CAPITALS]:
        data = legacy.encode(ch, "tcvn3")
        assert len(data) == 1
        assert legacy.decode(data, "tcvn3", restore_case=False) == ch


def test_tcvn3_toned_capitals_are_written_as_small_letters() -> None:
    """TCVN3 (VN3) has no toned capitals: a capital is written with its small letter's code."""
    for ch in CAPITAL:
        if ch in UNTONED_CAPITALS:
            continue
        assert legacy.encode(ch, "tcvn3") == legacy.encode(ch.lower(), "tcvn3"), ch
        assert legacy.decode(legacy.encode(ch, "tcvn3"), "tcvn3", restore_case=False) == ch.lower()


@pytest.mark.parametrize("ch", [c for c in CAPITAL if c not in UNTONED_CAPITALS])
def test_tcvn3_capitals_come_back_where_the_text_says_so(ch: str) -> None:
    """In a word in capitals, at the start of a line or sentence the decoder restores the capital."""
    word = f"N{ch}I"
    assert legacy.decode(legacy.encode(f"HỘI NGHỊ {word} X", "tcvn3"), "tcvn3") == f"HỘI NGHỊ {word} X"
    assert legacy.decode(legacy.encode(f"{ch}nh sáng. {ch}m", "tcvn3"), "tcvn3") == f"{ch}nh sáng. {ch}m"
    assert legacy.decode(legacy.encode(f"Tỉnh {ch.lower()}y", "tcvn3"), "tcvn3") == f"Tỉnh {ch.lower()}y"


@pytest.mark.parametrize("encoding", legacy.LEGACY_ENCODINGS)
def test_tables_give_each_letter_one_code(encoding: str) -> None:
    cm = legacy.charmap(encoding)
    for ch in SMALL + CAPITAL:
        if encoding == "tcvn3" and ch in CAPITAL and ch not in UNTONED_CAPITALS:
            continue
        codes = [seq for seq, c in cm.to_char.items() if c == ch] or ([ch.encode("latin-1")] if ch < "\u0100" else [])
        assert len(codes) == 1, (encoding, ch, codes)


@pytest.mark.skipif(not Path("/usr/share/i18n/charmaps/TCVN5712-1.gz").is_file(), reason="glibc charmaps not installed")
def test_generated_tables_match_their_sources() -> None:
    """tcvn3, viscii and vni tables are generated: regenerating them changes nothing."""
    tool = REPO / "tests" / "tools" / "make_charmaps.py"
    done = subprocess.run([sys.executable, str(tool), "--check"], capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr


@pytest.mark.skipif(shutil.which("recode") is None, reason="GNU recode not installed")
def test_vps_table_agrees_with_gnu_recode() -> None:
    """The hand-edited VPS table reads every letter as GNU recode does (recode leaves 0x99 unassigned)."""
    cm = legacy.charmap("vps")
    for seq, ch in cm.to_char.items():
        if seq in (b"\x99", b"\x91", b"\x92", b"\xa0"):
            continue
        done = subprocess.run(["recode", "-f", "VPS..UTF-8"], input=seq, capture_output=True, check=False)
        assert done.stdout.decode("utf-8") == ch, (seq, ch)


def test_encoding_names_and_aliases() -> None:
    assert [legacy.canonical(n) for n in ("TCVN3", "abc", "VNI-Windows", "VISCII", "vps", "cp1258")] == [
        "tcvn3", "tcvn3", "vni", "viscii", "vps", "cp1258"
    ]
    with pytest.raises(LookupError):
        legacy.canonical("klingon")


def test_unencodable_characters() -> None:
    with pytest.raises(UnicodeEncodeError):
        legacy.encode("Hà Nội – 2024", "viscii")
    assert legacy.encode("Hà Nội – 2024", "viscii", errors="replace").endswith(b"? 2024")


def _eval_articles() -> list[Path]:
    folder = REPO.parent / "shared" / "eval" / "articles"
    return sorted(folder.glob("*.txt"))


def _facts(article: vnnews.Article, fold: bool) -> dict[str, Any]:
    """The scorer's view of a record: names, titles, values, units, awards (case-folded when asked)."""
    f = (lambda s: s.casefold() if isinstance(s, str) else s) if fold else (lambda s: s)
    return {
        "people": [(f(p.name), [(f(t.text), t.start, t.end) for t in p.titles]) for p in article.people],
        "achievements": [(a.value, f(a.unit), f(a.qualifier), a.start, a.end) for a in article.achievements],
        "awards": [(a.count, f(a.recipient_type), f(a.award), a.start, a.end) for a in article.awards],
    }


@pytest.mark.parametrize("encoding", ["tcvn3", "vni", "viscii", "vps"])
@pytest.mark.parametrize("path", _eval_articles(), ids=lambda p: p.stem[:24])
def test_eval_articles_read_back_to_the_same_facts(path: Path, encoding: str) -> None:
    """Each shared eval article written in a legacy encoding is detected and gives the same facts, same spans."""
    text = unicodedata.normalize("NFC", path.read_text(encoding="utf-8"))
    if encoding in ("viscii", "vps"):
        text = text.translate(PLAIN_PUNCTUATION)
    data = legacy.encode(text, encoding)
    decoded, used = legacy.detect(data, path.name)
    assert used == encoding
    if encoding != "tcvn3":
        assert decoded == text
    expected = vnnews.extract(text)
    got = vnnews.extract(decoded)
    assert _facts(got, fold=encoding == "tcvn3") == _facts(expected, fold=encoding == "tcvn3")


def _random_8bit(n: int = 4000, seed: int = 13) -> bytes:
    rng = random.Random(seed)
    return bytes(rng.randrange(0x20, 0x100) for _ in range(n))


NOT_VIETNAMESE = {
    "russian-cp1251": lambda: ("Председатель областного совета провёл заседание комиссии. " * 20).encode("cp1251"),
    "greek-cp1253": lambda: ("Το δημοτικό συμβούλιο συνεδρίασε χθες το απόγευμα. " * 20).encode("cp1253"),
    "random-8bit": _random_8bit,
}


@pytest.mark.parametrize("make", NOT_VIETNAMESE.values(), ids=NOT_VIETNAMESE.keys())
def test_non_vietnamese_8bit_text_is_refused(make: Any) -> None:
    with pytest.raises(DecodingError, match="no Vietnamese legacy encoding reads it as Vietnamese"):
        legacy.detect(make(), "x.txt")
