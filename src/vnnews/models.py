"""The record vnnews writes: pydantic v2 models, validated on the way out.

Every fact carries its evidence as a half-open span ``[start, end)`` into the input text exactly
as given (after decoding, before any normalisation), so ``input[start:end] == text``, plus the id
of the rule that found it. Records are built once, by :mod:`vnnews.records`, and are frozen.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator
from typing_extensions import Self

#: Bumped whenever a field is renamed, removed or changes meaning (1.1: achievement numbers are always floats;
#: 1.2: source title, site, author, published; dates, event_date, text; 1.3 (the quality round, issues 10
#: and 11): an award's proposed flag, and its giver and named recipients are the names of people the record
#: holds; qualifier kind 'most' (at most: 'không quá', 'tối đa'), a qualifier is a hedge only ('reach' is no
#: longer given: 'đạt', 'lên tới' are verbs), achievement values keep their sign ('-1,2%', 'âm 3 độ C')).
SCHEMA_VERSION = "1.3"

#: How a hedge bends the amount: over, under, at most, nearly, about, at least. 'reach' is kept so
#: that records of schema 1.2 still validate; vnnews no longer gives it.
QualifierKind = Literal["more", "less", "most", "nearly", "about", "least", "reach"]


class _Model(BaseModel):
    """Frozen: a record is built once (by :mod:`vnnews.records`, from linked hits) and never changed."""

    model_config = ConfigDict(extra="forbid", frozen=True)


class Span(_Model):
    """A half-open slice of the input text and the text it covers."""

    start: int = Field(ge=0, description="offset of the first character, in the input text")
    end: int = Field(ge=0, description="offset after the last character (half-open)")
    text: str = Field(description="input[start:end], exactly")

    @model_validator(mode="after")
    def _ordered(self) -> Self:
        if self.end < self.start:
            raise ValueError(f"span end {self.end} before start {self.start}")
        if len(self.text) != self.end - self.start:
            raise ValueError(f"span text has {len(self.text)} chars but covers {self.end - self.start}")
        return self


class Sentence(_Model):
    """The sentence a fact sits in; its ``text`` is null when the caller asked for records without it."""

    start: int = Field(ge=0, description="offset of the first character, in the input text")
    end: int = Field(ge=0, description="offset after the last character (half-open)")
    text: str | None = Field(None, description="input[start:end], exactly; null with Options(sentence_text=False)")

    @model_validator(mode="after")
    def _ordered(self) -> Self:
        if self.end < self.start:
            raise ValueError(f"span end {self.end} before start {self.start}")
        if self.text is not None and len(self.text) != self.end - self.start:
            raise ValueError(f"span text has {len(self.text)} chars but covers {self.end - self.start}")
        return self


class Title(Span):
    """One position a person holds or held, as written (``Phó Bí thư Tỉnh ủy``)."""

    position: str | None = Field(None, description="the post itself: 'Phó Bí thư'")
    organisation: str | None = Field(None, description="where the post is: 'Tỉnh ủy'")
    former: bool = Field(False, description="written with 'nguyên' (former post)")
    rule: str = Field(description="id of the rule that found it")


class Mention(Span):
    """One place the article refers to a person: full name, short name or title alone."""

    kind: Literal["name", "short_name", "title"] = "name"
    rule: str


class Person(_Model):
    """A named person, once per article, with every title the article gives them."""

    name: str = Field(description="full name as written, without honorific, rank or degree")
    titles: list[Title] = Field(default_factory=list)
    mentions: list[Mention] = Field(default_factory=list)
    honorific: str | None = Field(None, description="'đồng chí', 'ông', 'bà', 'chị', 'anh'...")
    rank: str | None = Field(None, description="military or police rank: 'Đại tá'")
    degree: str | None = Field(None, description="academic degree: 'TS.'")


class Role(Span):
    """An office holder mentioned without a name (``Lãnh đạo UBND huyện Bắc Hà``): not a person."""

    rule: str


class Achievement(Span):
    """A stated quantity of something done, reached, given or counted; the span covers the evidence."""

    value: float = Field(
        description="the number, normalised, always a float, with its sign: '3.700' -> 3700.0, '1,5 tỷ' -> 1.5e9, "
        "'-1,2%' -> -1.2"
    )
    value_text: str = Field(description="the number as written")
    unit: str = Field(description="the counted noun phrase as written, or '%', or the currency")
    qualifier: str | None = Field(None, description="hedge word as written: 'trên', 'hơn', 'gần'...")
    qualifier_kind: QualifierKind | None = Field(None, description="the hedge, normalised")
    total: float | None = Field(None, description="Y in 'X/Y noun' (10/17 nội dung)")
    value_max: float | None = Field(None, description="upper bound of a range ('từ 10 đến 15')")
    approximate: bool = Field(False, description="a vague amount ('hàng trăm') or a range")
    target: bool = Field(False, description="a plan or target ('phấn đấu đạt 80%'), not a result")
    action: str | None = Field(None, description="the verb in front when clear: 'thành lập', 'tổ chức'")
    sentence: Sentence | None = Field(None, description="the sentence it sits in")
    rule: str
    confidence: float | None = Field(
        None, ge=0, le=1, description="the estimated chance that a careful reader signs this fact (a logistic model"
        " trained on judged facts, vnnews.confidence); null only when the run turned scoring off"
        " (Options.min_confidence None), and facts below the floor are not listed"
    )


class Award(Span):
    """An award given, with how many recipients (or awards) and of which kind."""

    count: int | None = Field(None, description="number of recipients, or of awards; null if not stated")
    recipient_type: str | None = Field(None, description="'tập thể', 'cá nhân', or the noun as written")
    award: str = Field(description="the award as written: 'Bằng khen của Trung ương Hội'")
    issuer: str | None = Field(None, description="who grants it: 'Trung ương Hội', 'Chủ tịch UBND tỉnh'")
    level: str | None = Field(None, description="'cấp tỉnh', 'cơ sở', 'toàn quốc'")
    giver: str | None = Field(
        None, description="the person who hands it over, by the name one of the record's people has (schema 1.3)"
    )
    recipients: list[str] = Field(
        default_factory=list,
        description="named recipients: the names of the record's people, or an organisation as written (schema 1.3)",
    )
    proposed: bool = Field(
        False, description="only proposed, not given: 'đề nghị tặng Bằng khen cho 5 tập thể' (schema 1.3)"
    )
    sentence: Sentence | None = None
    rule: str


class Source(_Model):
    """Where the article came from."""

    path: str | None = Field(None, description="file path as given")
    url: str | None = Field(None, description="the page's address, or the 'Nguồn ...: https://...' line")
    encoding: str | None = Field(None, description="encoding the bytes were decoded with")
    title: str | None = Field(None, description="the title a web page gives the article")
    site: str | None = Field(None, description="the site that published it: 'vnexpress.net', 'Báo Lào Cai'")
    author: str | None = Field(None, description="who wrote it, as the page names them")
    published: str | None = Field(
        None, description="when it was published, ISO 8601 ('2025-01-09T08:30:00+07:00', '2025-01-09', '2022-11'),"
        " with the zone when the source gives it; from the page's metadata or the text's dateline",
    )


DateGranularity = Literal["day", "week", "month", "quarter", "year", "period"]


class DateValue(_Model):
    """When: inclusive ISO 8601 days ``start``..``end``, so a month, a quarter or a term is one value."""

    start: str = Field(pattern=r"^(\d{4}|-)-\d{2}-\d{2}$", description="first day; '--MM-DD' when the year is unknown")
    end: str = Field(pattern=r"^(\d{4}|-)-\d{2}-\d{2}$", description="last day (inclusive)")
    granularity: DateGranularity = Field(description="what the text names: a day, a week, a month... or a period")
    part_of_day: Literal["morning", "noon", "afternoon", "evening", "night"] | None = Field(
        None, description="'sáng', 'trưa', 'chiều', 'tối', 'đêm'"
    )
    time: str | None = Field(None, pattern=r"^\d{2}:\d{2}$", description="clock time when written: '08:30'")
    year_inferred: bool = Field(False, description="the year comes from the publication date, not from the text")
    modifier: Literal["early", "mid", "late"] | None = Field(None, description="'đầu', 'giữa', 'cuối' (tháng 3)")


class DateMention(Span):
    """A date the article names, resolved against the publication date (preferring the past)."""

    kind: Literal["date", "period", "month", "quarter", "year", "relative"]
    value: DateValue | None = Field(None, description="null when it cannot be resolved ('hôm qua' with no date)")
    rule: str


class ExtractedText(_Model):
    """The text the record's spans index, so every span is checkable from the record alone."""

    content: str = Field(description="the text exactly as the spans index it")
    sha256: str = Field(pattern=r"^[0-9a-f]{64}$", description="SHA-256 of content, UTF-8")
    extractor: str | None = Field(None, description="what made it from the input: 'trafilatura 2.3.1'; null: as given")


class Article(_Model):
    """One article's facts: people, achievements and awards, each grounded in the input text."""

    schema_version: str = SCHEMA_VERSION
    id: str | None = Field(None, description="file stem, or the caller's id")
    source: Source = Field(default_factory=Source)
    title: Span | None = Field(None, description="the first line of the article")
    people: list[Person] = Field(default_factory=list)
    roles: list[Role] = Field(default_factory=list)
    achievements: list[Achievement] = Field(default_factory=list)
    awards: list[Award] = Field(default_factory=list)
    dates: list[DateMention] = Field(default_factory=list, description="every date the article names")
    event_date: DateMention | None = Field(
        None, description="when the reported meeting, ceremony or campaign took place (a day named in the lead)"
    )
    text: ExtractedText | None = Field(
        None, description="the text the spans index: always for web pages, on request (include_text) otherwise"
    )
