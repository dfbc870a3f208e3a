"""The public surface: exported names, the JSON Schema, record invariants and the error hierarchy."""

from __future__ import annotations

import json
import unicodedata
from pathlib import Path

import jsonschema
import pytest
from pydantic import ValidationError

import vnnews
from vnnews.models import Article, Span
from vnnews.validate import bad_spans, iter_spans

REPO = Path(__file__).resolve().parents[1]
SCHEMA_FILE = REPO / "schema" / "article.schema.json"
SAMPLE = REPO / "samples" / "laocai-hoi-phu-nu-2024.txt"


def test_all_lists_exactly_the_public_names() -> None:
    public = {n for n in dir(vnnews) if not n.startswith("_") or n == "__version__"}
    modules = {n for n in public if type(getattr(vnnews, n)).__name__ == "module"}
    assert sorted(vnnews.__all__) == sorted(public - modules)


def test_committed_schema_matches_the_models() -> None:
    """Regenerate with `make schema` after changing models.py (and bump SCHEMA_VERSION if a field changes)."""
    assert json.loads(SCHEMA_FILE.read_text(encoding="utf-8")) == Article.model_json_schema()


def test_sample_record_validates_against_the_committed_schema() -> None:
    record = vnnews.extract_file(SAMPLE).model_dump(mode="json")
    jsonschema.validate(record, json.loads(SCHEMA_FILE.read_text(encoding="utf-8")))


def test_nothing_found_is_empty_lists_never_none() -> None:
    article = vnnews.extract("Trời hôm nay đẹp.")
    assert article.people == []
    assert article.achievements == []
    assert article.awards == []


@pytest.mark.parametrize(
    "variant",
    [
        pytest.param(lambda s: s, id="as-is"),
        pytest.param(lambda s: unicodedata.normalize("NFD", s), id="nfd"),
        pytest.param(lambda s: s.replace("Ủy", "Uỷ").replace("ủy", "uỷ").replace("hòa", "hoà"), id="old-tones"),
        pytest.param(lambda s: s.replace("\n", "\r\n"), id="crlf"),
        pytest.param(lambda s: s.replace('"', "\u201c", 1), id="curly-quote"),
    ],
)
def test_every_span_of_the_sample_is_exact_under_spelling_variants(variant: object) -> None:
    raw = variant(SAMPLE.read_text(encoding="utf-8"))  # type: ignore[operator]
    article = vnnews.extract(raw)
    assert bad_spans(article, raw) == []
    assert list(iter_spans(article.model_dump()))  # it did find something to check


def test_span_model_rejects_inconsistent_offsets() -> None:
    with pytest.raises(ValidationError):
        Span(start=5, end=3, text="")
    with pytest.raises(ValidationError):
        Span(start=0, end=3, text="ab")


@pytest.mark.parametrize(
    ("bad", "error"),
    [
        pytest.param("", vnnews.EmptyInputError, id="empty"),
        pytest.param(" \n\t ", vnnews.EmptyInputError, id="whitespace"),
        pytest.param("x" * 200, vnnews.TooLargeError, id="over-limit"),
    ],
)
def test_bad_text_raises_documented_errors(bad: str, error: type[Exception]) -> None:
    with pytest.raises(error) as info:
        vnnews.extract(bad, options=vnnews.Options(max_bytes=100))
    assert isinstance(info.value, vnnews.InputError)
    assert isinstance(info.value, vnnews.VnnewsError)


def test_error_kind_is_stable_snake_case() -> None:
    assert vnnews.EmptyInputError("x").kind == "empty_input_error"
    assert vnnews.TooLargeError("x").kind == "too_large_error"


def test_record_id_and_source_from_path() -> None:
    article = vnnews.extract_file(SAMPLE)
    assert article.id == "laocai-hoi-phu-nu-2024"
    assert article.source.path == str(SAMPLE)
    assert article.source.encoding == "utf-8"
    assert article.source.url is not None
    assert article.source.url.startswith("https://baolaocai.vn/")
    assert article.title is not None
    assert article.title.text.startswith("Bảo đảm sự lãnh đạo")


def _facts_and_spans(article: vnnews.Article) -> dict[str, object]:
    return article.model_dump(mode="json", include={"title", "people", "roles", "achievements", "awards"})


@pytest.mark.parametrize("sample", sorted((REPO / "samples").glob("*.txt")), ids=lambda p: p.stem)
@pytest.mark.parametrize("between", ["\n\n", "\n"], ids=["blank-line", "line-break"])
def test_an_article_printed_twice_gives_the_record_of_one_copy(sample: Path, between: str) -> None:
    """The Repeats rule (README): a second copy adds no fact and no span; every span points into the first copy."""
    once = sample.read_text(encoding="utf-8")
    twice = once.rstrip("\n") + between + once
    one, two = vnnews.extract(once), vnnews.extract(twice)
    assert two.achievements  # a sample with facts to lose
    assert _facts_and_spans(two) == _facts_and_spans(one)
    assert bad_spans(two, twice) == []


def test_a_lead_printed_again_as_a_caption_is_read_once() -> None:
    lead = "Hội Nông dân huyện đã vận động 120 hộ dân tham gia mô hình trồng rừng gỗ lớn."
    text = f"Trồng rừng gỗ lớn\n\n{lead} Các hộ được hỗ trợ giống cây.\n\n{lead}\n\nMô hình được nhân rộng."
    article = vnnews.extract(text)
    assert [(a.value, a.unit) for a in article.achievements] == [(120, "hộ dân")]
    assert article.achievements[0].start < text.index(lead, len("Trồng rừng gỗ lớn") + len(lead))
