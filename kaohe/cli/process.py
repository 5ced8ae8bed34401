"""Process-wide settings for a command's life, which is short and import-heavy.

Garbage collection: a small `kaohe extract` allocates a few hundred thousand long-lived
container objects while it imports (pydantic models, spaCy, thinc, the extractors); with
CPython's default first-generation threshold (700 allocations) the collector runs hundreds
of times and rescans them, and at exit the interpreter collects every object once more
before the operating system reclaims the memory anyway.  Measured on the small docx notice:
the final collection costs ~0.2 s CPU of ~1.3 s, the rescans ~0.05 s; with a first generation
of 10,000 allocations the command still ran 7 collections (~0.02 s CPU), with 50,000 one
(its peak memory ~5 MiB higher).

OpenBLAS: importing numpy (spaCy needs it) starts OpenBLAS's worker threads, which spin
while the main thread imports — ~0.05 s CPU, more wall time on a busy machine.  kaohe does
no linear algebra (scoring is element-wise), so one thread is enough.

pydantic plugins: the first model class kaohe defines makes pydantic look for plugins among
the entry points of every installed distribution (~0.01 s CPU); kaohe uses none, so the
search is switched off (``PYDANTIC_DISABLE_PLUGINS``) unless the user set that variable.
"""

from __future__ import annotations

import atexit
import gc
import os

#: allocations between first-generation collections (CPython's default: 700); the older
#: generations keep their defaults, so garbage cycles are still collected while a long
#: command (score, serve, flows) runs
GEN0_THRESHOLD = 50_000


def tune_process() -> None:
    """Collect less often and not at all once the command has finished; one BLAS thread and no
    pydantic plugins unless the user chose otherwise (before numpy and pydantic are imported:
    later it has no effect).

    At exit, :func:`gc.freeze` moves every object to the permanent generation, so the
    interpreter's final collection has nothing to scan; objects are still released by
    reference counting as modules are torn down.  Only unreachable cycles are left to the
    operating system — kaohe closes its files and connections explicitly (``with``
    blocks, :mod:`schemes.atomic`), never through a cycle's finaliser.
    """
    gen0, gen1, gen2 = gc.get_threshold()
    gc.set_threshold(max(GEN0_THRESHOLD, gen0), gen1, gen2)
    atexit.unregister(gc.freeze)  # once, however often the CLI is imported or reloaded
    atexit.register(gc.freeze)
    os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
    os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")


_settled = False


def settle_imports() -> None:
    """The first command's modules are imported: what exists now lives as long as the process
    (modules, classes, pydantic's validators), so move it out of the collector's sight
    (:func:`gc.freeze`) and later collections stop rescanning it (~0.03 s CPU of a small
    extract).  Once per process: a test process running many commands freezes only its start."""
    global _settled
    if not _settled:
        _settled = True
        gc.freeze()
