"""One BLAS thread while any engine run needs it; the original limit comes back after the last."""

import threading

import numpy as np  # noqa: F401  (loads NumPy's BLAS)
from threadpoolctl import threadpool_info, threadpool_limits

from nnlab_gui.engine.blas import one_blas_thread


def blas_threads():
    return {i["filepath"]: i["num_threads"] for i in threadpool_info() if i["user_api"] == "blas"}


def test_overlapping_users_keep_the_limit_until_the_last_leaves():
    with threadpool_limits(limits=2, user_api="blas"):
        before = blas_threads()
        assert set(before.values()) == {2}
        first, second = one_blas_thread(), one_blas_thread()
        first.__enter__()
        second.__enter__()
        first.__exit__(None, None, None)            # one run ends: the other still needs 1 thread
        assert set(blas_threads().values()) == {1}
        second.__exit__(None, None, None)
        assert blas_threads() == before


def test_users_on_other_threads_share_the_limit():
    entered, release = threading.Event(), threading.Event()

    def run():
        with one_blas_thread():
            entered.set()
            release.wait(5)

    before = blas_threads()
    t = threading.Thread(target=run)
    t.start()
    assert entered.wait(5)
    with one_blas_thread():
        assert set(blas_threads().values()) == {1}
    assert set(blas_threads().values()) == {1}       # the thread's run is still inside
    release.set()
    t.join(5)
    assert blas_threads() == before


_LATE_BLAS = """
import threading, json
import numpy
from threadpoolctl import threadpool_info, threadpool_limits
from nnlab_gui.engine.blas import one_blas_thread
threadpool_limits(limits=2, user_api="blas")
with one_blas_thread():
    pass
import scipy.linalg, scipy.optimize   # scipy's own OpenBLAS is loaded only now
threadpool_limits(limits=2, user_api="blas")
libs = len([i for i in threadpool_info() if i["user_api"] == "blas"])
seen = []
def job():
    with one_blas_thread():
        seen.append(sorted({i["num_threads"] for i in threadpool_info() if i["user_api"] == "blas"}))
t = threading.Thread(target=job); t.start(); t.join()
print(json.dumps([libs, seen[0]]))
"""


def test_a_blas_loaded_after_the_first_run_is_limited_too():
    """The libraries were scanned once: scipy's OpenBLAS, loaded later, kept its threads."""
    import json
    import subprocess
    import sys
    from pathlib import Path

    root = Path(__file__).resolve().parents[2]
    out = subprocess.run([sys.executable, "-c", _LATE_BLAS], capture_output=True, text=True, cwd=root,
                         env={**__import__("os").environ, "PYTHONPATH": str(root)}, timeout=120)
    assert out.returncode == 0, out.stderr
    libs, seen = json.loads(out.stdout.strip().splitlines()[-1])
    if libs < 2:
        import pytest

        pytest.skip("numpy and scipy share one BLAS here")
    assert seen == [1]
