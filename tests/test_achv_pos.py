"""The POS tagger's features, computed in linear time, are underthesea's own, and so are its tags."""

from __future__ import annotations

import subprocess
import sys

import pytest

from vnnews.extractors._achv_tags import _features, _template, tags

CRF = pytest.importorskip("underthesea.pipeline.pos_tag.model_crf")


@pytest.mark.parametrize(
    "words",
    [
        ("2", "trực thăng", "quân sự", "bay", "trên", "bầu trời"),
        ("1.150", "người", "hoạt động", "trong", "lĩnh vực", "báo chí", "tỉnh", "Lào Cai"),
        ("40",),
        ("Hà  Nội", "", "ĐẤT", "x y z", "!"),
    ],
)
def test_features_and_tags_match_underthesea(words: tuple[str, ...]) -> None:
    tagger = CRF.CRFPOSTagPredictor.Instance()
    expected = tagger.transformer.transform([[(w, "X") for w in words]])[0][0]
    assert _features(words, _template(tuple(tagger.transformer.template))) == expected
    assert tags(words) == tuple(tag for _, tag in tagger.predict(list(words)))


@pytest.mark.issue("pos-tagger-model-loaded-in-every-worker")
def test_a_batch_warm_up_loads_the_tagger_before_forking() -> None:
    """Workers forked after warm_up share the tagger's model instead of each loading it on first use."""
    code = (
        "from vnnews.batch import warm_up\n"
        "from underthesea.pipeline.pos_tag.model_crf import CRFPOSTagPredictor as C\n"
        "before = hasattr(C, '_instance')\n"
        "warm_up(model=True)\n"
        "print(before, hasattr(C, '_instance'))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True).stdout
    assert out.split() == ["False", "True"]
