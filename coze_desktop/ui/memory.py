"""Give the heap memory freed by deleted widgets back to the operating system (glibc's malloc_trim)."""

from __future__ import annotations

import ctypes
import ctypes.util
import functools
import sys
from collections.abc import Callable


@functools.cache
def _malloc_trim() -> Callable[[int], int] | None:
    """glibc's ``malloc_trim``, or None where there is none (macOS, Windows, musl)."""
    if not sys.platform.startswith("linux"):
        return None
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6")
        trim = libc.malloc_trim
    except (OSError, AttributeError):
        return None
    trim.argtypes = [ctypes.c_size_t]
    trim.restype = ctypes.c_int
    return trim


def trim_heap() -> bool:
    """Return free heap pages to the system; whether anything was returned (False where this is a no-op).

    Why: a conversation's widgets are thousands of small C++ and Python allocations. Once they are deleted glibc
    keeps the pages in its arenas (fragmented, below the top of the heap), so the process's RSS stays at its peak
    after the conversation is closed; ``malloc_trim(0)`` walks the arenas and gives whole free pages back
    (madvise), which is what makes the memory of a closed conversation visible as returned. Other allocators
    return memory by themselves or not at all, so elsewhere this does nothing.
    """
    trim = _malloc_trim()
    return bool(trim(0)) if trim is not None else False
