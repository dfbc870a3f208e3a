"""The POS tagger's features, computed in linear time, are underthesea's own, and so are its tags."""

from __future__ import annotations

import pytest

from vnnews.extractors._achv_pos import _features, _template, tags

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
