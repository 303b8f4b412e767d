"""One BLAS thread per worker thread while the engine computes on several threads.

The engine's products are small or are split over the cores by the engine itself; a
multi-threaded OpenBLAS inside each worker thread only spins against the others (on a
busy 2-core machine a step became ~20× slower).  :class:`one_blas_thread` asks every
BLAS library for one thread while any user is inside it, and restores the original
limits when the last one leaves, so overlapping runs (an inpainting run while a λ sweep
trains) cannot undo each other's limit.
"""

from __future__ import annotations

import sys
import threading

from threadpoolctl import ThreadpoolController

try:                                   # threadpoolctl ≥ 3.6
    from threadpoolctl import OpenBLASController as _OpenBLAS
except ImportError:                    # pragma: no cover - older threadpoolctl: any thread may set
    _OpenBLAS = None

__all__ = ["one_blas_thread"]

_lock = threading.Lock()
_users = 0
_limiter = None
_controller: ThreadpoolController | None = None
_seen_modules = 0    # len(sys.modules) when _controller scanned the libraries


def _any_thread_may_set() -> None:
    """Forget which thread last set OpenBLAS's (process-wide, pthreads) limit.

    threadpoolctl ≥ 3.6 lets only that thread change the limit and silently ignores the
    others, so a job on a second worker thread (while the first one idles in the pool)
    would run with every BLAS thread.  Here the module's own lock decides who sets it."""
    if _OpenBLAS is not None and hasattr(_OpenBLAS, "clear_controlling_thread"):
        _OpenBLAS.clear_controlling_thread(force=True)


class one_blas_thread:
    """Context manager: BLAS at one thread while any ``with one_blas_thread():`` block runs."""

    def __enter__(self):
        global _users, _limiter, _controller, _seen_modules
        with _lock:
            _users += 1
            if _users == 1:
                if _controller is None or len(sys.modules) != _seen_modules:
                    # a scan costs ~1 ms: redone only when an import may have loaded
                    # another BLAS (scipy brings its own OpenBLAS after numpy's)
                    _seen_modules = len(sys.modules)
                    _controller = ThreadpoolController()
                _any_thread_may_set()
                _limiter = _controller.limit(limits=1, user_api="blas")
        return self

    def __exit__(self, *exc):
        global _users, _limiter
        with _lock:
            _users -= 1
            if _users == 0 and _limiter is not None:
                _any_thread_may_set()
                _limiter.restore_original_limits()
                _any_thread_may_set()
                _limiter = None
        return False
