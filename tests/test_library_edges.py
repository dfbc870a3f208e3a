"""The library at its edges (issue 12): many threads on a cold interpreter, a path passed as text,
records without sentence text, and error messages that name what they mean."""

from __future__ import annotations

import json
import random
import subprocess
import sys
import textwrap
import warnings
from pathlib import Path

import jsonschema
import pytest

import vnnews
from vnnews.reader import decode
from vnnews.validate import bad_spans

REPO = Path(__file__).resolve().parents[1]
SAMPLE = REPO / "samples" / "laocai-hoi-phu-nu-2024.txt"

THREADS = textwrap.dedent(
    """
    import json, sys, threading
    from pathlib import Path
    import vnnews

    texts = [p.read_text(encoding="utf-8") for p in sorted(Path(sys.argv[1]).glob("*.txt"))[:16]]
    barrier = threading.Barrier(16)
    got, errors = {}, []

    def work(i):
        barrier.wait()  # all 16 make their first call at once, on models nobody has loaded yet
        try:
            got[i] = vnnews.extract(texts[i % len(texts)]).model_dump_json()
        except Exception as e:
            errors.append(f"{type(e).__name__}: {e}")

    threads = [threading.Thread(target=work, args=(i,)) for i in range(16)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    serial = [vnnews.extract(texts[i % len(texts)]).model_dump_json() for i in range(16)]
    print(json.dumps({"errors": errors, "same": [got.get(i) == serial[i] for i in range(16)]}))
    """
)


@pytest.mark.issue("12-threads-half-loaded-model")
def test_sixteen_threads_on_a_cold_interpreter_get_the_serial_records() -> None:
    """underthesea's loader published its model before loading it: 'NoneType' object has no attribute 'process'."""
    done = subprocess.run([sys.executable, "-c", THREADS, str(REPO / "tests" / "holdout" / "articles")],
                          capture_output=True, text=True, timeout=300, check=False)
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout)
    assert result["errors"] == []
    assert all(result["same"])


@pytest.mark.issue("12-path-read-as-text")
def test_a_file_name_passed_as_text_warns_and_article_text_does_not(tmp_path: Path) -> None:
    with pytest.warns(UserWarning, match="use extract_file"):
        vnnews.extract(str(SAMPLE))
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        vnnews.extract("Ông Nguyễn Văn An dự họp.")
        vnnews.extract(str(tmp_path / "not-there.txt"))


@pytest.mark.issue("12-output-shape")
def test_records_without_sentence_text_keep_every_other_byte_and_validate() -> None:
    text = SAMPLE.read_text(encoding="utf-8")
    full = vnnews.extract(text).model_dump(mode="json")
    bare = vnnews.extract(text, options=vnnews.Options(sentence_text=False)).model_dump(mode="json")
    facts = [*full["achievements"], *full["awards"]]
    assert facts
    assert all(f["sentence"]["text"] for f in facts)
    for fact in facts:
        fact["sentence"]["text"] = None
    assert bare == full
    schema = json.loads((REPO / "schema" / "article.schema.json").read_text(encoding="utf-8"))
    jsonschema.validate(bare, schema)
    assert bad_spans(bare, text) == []


@pytest.mark.issue("12-messages")
def test_size_and_decoding_messages_say_what_they_counted() -> None:
    with pytest.raises(vnnews.TooLargeError, match=r"text of 120 bytes \(UTF-8\) is over the limit of 100 bytes"):
        vnnews.extract("ư" * 60, options=vnnews.Options(max_bytes=100))  # 60 characters, 120 bytes
    with pytest.raises(vnnews.DecodingError) as info:
        decode(random.Random(0).randbytes(3000).replace(b"\0", b"a"))
    assert "cp1258" in str(info.value)
    assert "latin" not in str(info.value)  # latin_1 decodes any bytes: it never "failed"
