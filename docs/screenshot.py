"""Regenerate docs/review-seed.png: the seed article's review page in headless Chromium (make screenshot)."""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from playwright.sync_api import sync_playwright

from vnnews import review

REPO = Path(__file__).resolve().parents[1]
SEED = REPO / "samples" / "laocai-hoi-phu-nu-2024.txt"
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync"]


def main(out: Path = REPO / "docs" / "review-seed.png") -> None:
    """Open the page, focus an award in the list, hover an award in the text, save a PNG."""
    with tempfile.TemporaryDirectory() as tmp, sync_playwright() as p:
        page_file = Path(tmp) / "review.html"
        page_file.write_text(review.review_file(SEED), encoding="utf-8")
        context = p.chromium.launch_persistent_context(
            Path(tmp) / "profile", executable_path="/usr/bin/chromium", args=FLAGS, headless=True,
            viewport={"width": 1280, "height": 860},
        )
        page = context.new_page()
        page.goto(page_file.as_uri())
        award = page.eval_on_selector_all(".fbtn.k-award", "bs => bs.map(b => b.dataset.fact)")[5]
        page.focus(f'.fbtn[data-fact="{award}"]')
        page.evaluate("document.querySelectorAll('.p.has-award')[8].scrollIntoView({block: 'center'})")
        page.hover(".p.has-award >> nth=8")
        page.screenshot(path=str(out))
        context.close()


if __name__ == "__main__":
    main(*(Path(a) for a in sys.argv[1:]))
