"""Real archives end to end: web pages, legacy encodings and dates through the library and the CLI."""

from __future__ import annotations

import gzip
import hashlib
import json
import random
import shutil
import unicodedata
from collections import Counter
from pathlib import Path

import pytest
from click.testing import CliRunner

import vnnews
from vnnews import legacy
from vnnews.cli import cli
from vnnews.validate import iter_spans

from .conftest import needs_shared

REPO = Path(__file__).resolve().parents[1]
PAGES = REPO / "tests" / "pages"
SAMPLE = REPO / "samples" / "laocai-hoi-phu-nu-2024.txt"
PAGE = PAGES / "01-html5-000.html"


def run(*args: str, stdin: bytes | None = None) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, list(args), input=stdin, catch_exceptions=False)
    return result.exit_code, result.stdout, result.stderr


def _checkable(record: dict[str, object]) -> bool:
    """Every span of the record is exact on the text the record carries."""
    content = record["text"]["content"]  # type: ignore[index]
    spans = [s for path, s in iter_spans(record) if not path.startswith("$.text")]
    return bool(spans) and all(content[s["start"] : s["end"]] == s["text"] for s in spans)


def test_one_page_on_the_command_line() -> None:
    code, out, err = run("extract", str(PAGE))
    assert code == 0, err
    record = json.loads(out)
    assert record["text"]["extractor"] == "trafilatura 2.3.1"
    assert record["text"]["sha256"] == hashlib.sha256(record["text"]["content"].encode()).hexdigest()
    assert record["source"]["published"] == "2024-01-09T16:45:00+07:00"
    assert record["source"]["author"] == "Thu Hà"
    assert record["event_date"]["text"] == "sáng 9/1"
    assert record["event_date"]["value"]["start"] == "2024-01-09"
    assert _checkable(record)


def test_library_extract_html_takes_the_url() -> None:
    html = PAGE.read_text(encoding="utf-8")
    article = vnnews.extract_html(html, url="https://example.vn/bai-viet.html")
    assert article.source.url == "https://example.vn/bai-viet.html"
    assert article.text is not None
    assert article.text.content.startswith("Bảo đảm sự lãnh đạo của Đảng")


@needs_shared  # three of its text articles are shared eval articles
def test_folder_mixing_text_and_pages_with_workers_then_resume(tmp_path: Path) -> None:
    src = tmp_path / "archive"
    (src / "sub").mkdir(parents=True)
    for name in ("00-portal-000.htm", "02-wordpress-02.html.gz", "03-cms-02.html"):
        shutil.copy(PAGES / name, src / name)
    shutil.copy(PAGES / "01-html5-000.html", src / "sub" / "page.html")
    for p in sorted((REPO.parent / "shared" / "eval" / "articles").glob("0*.txt"))[:3]:
        shutil.copy(p, src / p.name)
    (src / "notes.md").write_text("không phải bài báo", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    code, _, err = run("extract", str(src), "-o", str(out), "--workers", "2", "--quiet")
    assert code == 0, err
    lines = out.read_text(encoding="utf-8").splitlines()
    assert len(lines) == 7
    extractors = Counter((json.loads(line)["text"] or {}).get("extractor") for line in lines)
    assert extractors == {"trafilatura 2.3.1": 4, None: 3}
    # a run cut short: the last record torn in half, one missing
    out.write_text("\n".join(lines[:5]) + "\n" + lines[5][:40], encoding="utf-8")
    code, _, err = run("extract", str(src), "-o", str(out), "--workers", "2", "--quiet", "--resume")
    assert code == 0, err
    again = [json.loads(line)["source"]["path"] for line in out.read_text(encoding="utf-8").splitlines()]
    assert sorted(again) == again
    assert Counter(again) == Counter(json.loads(line)["source"]["path"] for line in lines)


def test_stdin_is_sniffed_for_html() -> None:
    code, out, err = run("extract", "-", stdin=gzip.decompress((PAGES / "02-wordpress-02.html.gz").read_bytes()))
    assert code == 0, err
    record = json.loads(out)
    assert record["source"]["path"] == "<stdin>"
    assert record["source"]["published"] == "2016-12-21T21:36:00+07:00"
    assert record["text"]["extractor"] == "trafilatura 2.3.1"


@pytest.mark.parametrize("encoding", ["tcvn3", "vni", "viscii", "vps"])
def test_legacy_file_detected_or_named_on_the_command_line(tmp_path: Path, encoding: str) -> None:
    text = unicodedata.normalize("NFC", SAMPLE.read_text(encoding="utf-8"))
    text = text.translate(str.maketrans({"–": "-", "“": '"', "”": '"', "…": "."}))  # what VISCII and VPS lack
    path = tmp_path / "old.txt"
    path.write_bytes(legacy.encode(text, encoding))
    for extra in ((), ("--encoding", encoding.upper())):
        code, out, err = run("extract", str(path), *extra)
        assert code == 0, err
        record = json.loads(out)
        assert record["source"]["encoding"] == encoding
        assert len(record["awards"]) == len(vnnews.extract(text).awards) > 0


def test_unknown_encoding_is_a_usage_error() -> None:
    code, _, err = run("extract", str(SAMPLE), "--encoding", "klingon")
    assert code == 2
    assert "unknown encoding 'klingon'" in err


def test_include_text_makes_a_text_record_checkable_alone() -> None:
    code, out, _ = run("extract", str(SAMPLE), "--include-text")
    assert code == 0
    record = json.loads(out)
    assert record["text"]["content"] == SAMPLE.read_text(encoding="utf-8")
    assert record["text"]["extractor"] is None
    assert _checkable(record)
    assert json.loads(run("extract", str(SAMPLE))[1])["text"] is None


def test_random_8bit_file_is_a_decoding_error(tmp_path: Path) -> None:
    """Words of random letters and high bytes: text-like, but no encoding makes it Vietnamese."""
    rng = random.Random(7)
    alphabet = [*range(0x61, 0x7B), *range(0xC0, 0x100)]
    words = [bytes(rng.choice(alphabet) for _ in range(rng.randint(2, 8))) for _ in range(400)]
    path = tmp_path / "x.txt"
    path.write_bytes(b" ".join(words))
    code, _, err = run("extract", str(path))
    assert code == 1
    assert "no Vietnamese legacy encoding reads it as Vietnamese" in err
    assert "[decoding_error]" in err


def test_dateline_in_text_gives_published_and_resolves_dates() -> None:
    text = "Hội nghị tổng kết\nNgày đăng: 10/01/2025 08:30\nSáng 9/1, Hội LHPN tỉnh tổ chức hội nghị."
    article = vnnews.extract(text)
    assert article.source.published == "2025-01-10T08:30:00"
    assert article.event_date is not None
    assert article.event_date.value is not None
    assert (article.event_date.text, article.event_date.value.start) == ("Sáng 9/1", "2025-01-09")
    assert [d.text for d in article.dates] == ["10/01/2025 08:30", "Sáng 9/1"]


def test_review_page_of_a_web_page_record_uses_the_text_it_carries() -> None:
    from vnnews import review

    article = vnnews.extract_html(PAGE.read_text(encoding="utf-8"))
    page = review.render(article)  # no text passed: the record's own
    assert "sáng 9/1" in page
