"""All knobs of an extraction run, as one frozen object (the CLI builds it in one place)."""

from __future__ import annotations

from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field, field_validator

from .legacy import canonical

#: Articles larger than this are refused with a clear error instead of exhausting memory.
DEFAULT_MAX_BYTES = 20 * 1024 * 1024
#: The highest confidence floor that keeps every development gold fact (benchmarks/train_confidence.py prints it);
#: README Quality says what each floor trades on general news.
GOLD_SAFE_MIN_CONFIDENCE = 0.74


class Options(BaseModel):
    """How to extract: size limits, extra vocabulary folders, what to keep."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    max_bytes: int = Field(DEFAULT_MAX_BYTES, gt=0, description="refuse inputs larger than this")
    lexicon_dirs: tuple[Path, ...] = Field(
        (), description="extra folders whose vocabulary files extend the packaged ones"
    )
    keep_targets: bool = Field(
        False, description="also report planned targets ('phấn đấu đạt 80%') as achievements, flagged"
    )
    sentence_text: bool = Field(
        True, description="False: achievements and awards keep their sentence's start and end but not its text"
    )
    max_piece_chars: int = Field(
        2000, gt=100, description="longest text handed to underthesea in one call"
    )
    encoding: str | None = Field(
        None, description="decode files with this encoding ('tcvn3', 'vni', 'viscii', 'vps', 'cp1258' or any Python"
        " codec) instead of guessing it"
    )
    min_confidence: float | None = Field(
        GOLD_SAFE_MIN_CONFIDENCE, ge=0, le=1, description="score each achievement's confidence"
        " (vnnews.confidence) and leave out those below this; the default keeps every development gold fact,"
        " 0 keeps every one (scored), None scores nothing and keeps every one"
    )
    include_text: bool = Field(
        False, description="put the text the spans index in the record (always done for web pages)"
    )

    @field_validator("encoding")
    @classmethod
    def _known_encoding(cls, value: str | None) -> str | None:
        """One name per encoding ('ABC' -> 'tcvn3'); an unknown one is refused here, not per file."""
        if value is None:
            return None
        try:
            return canonical(value)
        except LookupError:
            raise ValueError(f"unknown encoding {value!r} (tcvn3, vni, viscii, vps, cp1258, utf-8, ...)") from None


DEFAULT_OPTIONS = Options()
