"""What a run tells its user: a progress bar on stderr when it helps, and one summary line at the end."""

from __future__ import annotations

import os
import time
from dataclasses import dataclass, field
from typing import Any, TextIO

from tqdm import tqdm

from .pool import Result


def _count(n: int, noun: str) -> str:
    """'1 article', '2 articles'.

    >>> _count(1, "article"), _count(0, "article")
    ('1 article', '0 articles')
    """
    return f"{n} {noun}{'' if n == 1 else 's'}"


@dataclass
class Summary:
    """Counts of a run, its closing line and its exit status."""

    articles: int = 0
    failed: int = 0
    skipped: int = 0
    facts: dict[str, int] = field(default_factory=lambda: {"people": 0, "achievements": 0, "awards": 0})
    started: float = field(default_factory=time.perf_counter)
    seconds: float = 0.0
    stopped: int | None = None  # the signal that interrupted the run

    def add(self, result: Result) -> None:
        """Count one result."""
        self.articles += 1
        counts = result.fact_counts()
        if counts is None:
            self.failed += 1
            return
        for k, v in counts.items():
            self.facts[k] += v

    @property
    def status(self) -> int:
        """Exit status: 0 all done, 1 some failed, 128 + signal when interrupted (130 Ctrl-C, 143 SIGTERM)."""
        return 128 + self.stopped if self.stopped else 1 if self.failed else 0

    def line(self) -> str:
        """One human-readable line: articles, facts, failures, time.

        >>> Summary(articles=3, failed=1, seconds=2.0).line()
        '3 articles: 2 ok, 1 failed; 0 facts (people 0, achievements 0, awards 0); 2.0 s, 1.5 articles/s'
        >>> Summary(articles=1, skipped=1, seconds=1.0).line()[:42]
        '1 article (1 already done): 1 ok, 0 failed'
        """
        rate = self.articles / self.seconds if self.seconds > 0 else 0.0
        kinds = ", ".join(f"{k} {v}" for k, v in self.facts.items())
        skipped = f" ({self.skipped} already done)" if self.skipped else ""
        return (
            f"{_count(self.articles, 'article')}{skipped}: {self.articles - self.failed} ok, {self.failed} failed; "
            f"{_count(sum(self.facts.values()), 'fact')} ({kinds}); {self.seconds:.1f} s, {rate:.1f} articles/s"
        )


def _columns(stream: TextIO) -> int:
    """Width of the terminal ``stream`` writes to; 0 when unknown (not a terminal, or one reporting no size)."""
    try:
        return os.get_terminal_size(stream.fileno()).columns
    except (OSError, ValueError, AttributeError):
        return 0


def progress_bar(
    total: int, stdout: TextIO, stderr: TextIO, *, progress: bool | None, quiet: bool, records_to_stdout: bool
) -> tqdm[Any]:
    """A progress bar on stderr when it is a terminal and records do not pour onto a terminal too."""
    auto = stderr.isatty() and not (records_to_stdout and stdout.isatty())
    show = (progress if progress is not None else auto) and not quiet
    sized = _columns(stderr) > 0  # a terminal that reports no size gets 80x24, not an empty bar
    tqdm.monitor_interval = 0  # no monitor thread: workers are forked while the bar runs
    return tqdm(total=total, unit="article", file=stderr, disable=not show, dynamic_ncols=sized,
                ncols=None if sized else 80, nrows=None if sized else 24, mininterval=0.5)
