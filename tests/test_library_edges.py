"""The library at its edges (issue 12): many threads on a cold interpreter."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]

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
