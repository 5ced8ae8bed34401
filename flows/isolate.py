"""Reading and extracting one notice in a child process that can be killed: the per-notice time limit.

A thread cannot be stopped, and Prefect's task ``timeout_seconds`` only stops
*waiting* for a task that runs in a thread: the thread goes on reading the
pathological file, holds its worker, and keeps the process from exiting.
So the work runs in a forked child (the parent's imported readers and
models come along copy-on-write, no re-import) that is killed when the limit
passes or when the command is interrupted.  The child sends back the scheme
or what went wrong, classified:

- ``NoticeFailed`` — the notice is at fault (unreadable, too slow, or it
  crashed the reader process): quarantine it;
- ``InternalFailure`` — a bug in kaohe (``ReaderInternalError``, an
  exception in extraction): leave the notice in the inbox for a re-run after
  the fix, and log the traceback;
- ``Interrupted`` — the run was stopped (SIGTERM/SIGINT): leave it too.

The child also gets a memory limit: its address space may grow by at most
``KAOHE_MAX_MEMORY_MB`` (2048; 0 for none) beyond what it inherits from the
parent (``resource.setrlimit(RLIMIT_AS)``), so one hostile notice cannot take
the machine's memory; running out is that notice's failure (``NoticeFailed``,
quarantined with the reason), never a traceback.

Where a child cannot be forked (no ``fork``, or inside a daemonic worker
process) the work runs inline, without a time or memory limit.  ``kaohe ingest``
reads in-process under :func:`memory_limited`, the same memory limit.
"""

from __future__ import annotations

import multiprocessing
import os
import signal
import threading
import traceback
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Iterator

DEFAULT_LIMIT = 300.0  # seconds per notice
DEFAULT_MEMORY_MB = 2048  # address space a child may add to what it inherits


class NoticeFailed(Exception):
    """The notice itself could not be read or extracted (bad, hostile or too slow): quarantine it."""


class InternalFailure(Exception):
    """kaohe failed on this notice (a bug, not the file's fault): keep the notice where it is."""

    def __init__(self, message: str, details: str = "") -> None:
        super().__init__(message)
        self.details = details  # the child's traceback


class Interrupted(Exception):
    """The run was stopped while this notice was being read: keep the notice where it is."""


_children: set[Any] = set()
_lock = threading.Lock()
_stopping = threading.Event()
_warm = threading.Lock()
_warmed = False


def warm_up() -> None:
    """Load the language pipeline (jieba, spaCy and the criteria grammar) here, once, before the first fork.

    They load lazily, on the first criteria text; loaded in the parent, every
    forked child shares them instead of loading them again (seconds each).
    Best effort: a failure here only means the children load them themselves.
    """
    global _warmed
    with _warm:
        if _warmed:
            return
        _warmed = True
        try:
            from schemes.criteria.grammar import analyse

            analyse("每缺一项扣1分，最高加2分")
        except Exception:  # noqa: BLE001 - an optimisation, never a failure
            pass


def read_and_extract(path: Path) -> Any:
    """The work itself: read the notice and extract its scheme (looked up at call time, so tests can patch)."""
    import extractors
    from pipeline import extract

    document = extractors.read_document(path)
    return extract.extract_scheme(document)


def memory_limit_mb() -> int:
    """``KAOHE_MAX_MEMORY_MB`` (0: no memory limit)."""
    return int(float(os.environ.get("KAOHE_MAX_MEMORY_MB", DEFAULT_MEMORY_MB)))


def limit_memory(megabytes: int) -> None:
    """Let this process's address space grow by at most ``megabytes`` beyond what it maps now.

    Measured from what is mapped, not from zero: a forked child inherits the
    parent's mappings (language models, libraries), shared and not its to pay for.
    """
    import resource

    if megabytes <= 0:
        return
    with open("/proc/self/statm") as statm:
        mapped = int(statm.read().split()[0]) * os.sysconf("SC_PAGE_SIZE")
    _, hard = resource.getrlimit(resource.RLIMIT_AS)
    cap = mapped + megabytes * 1024 * 1024
    if hard != resource.RLIM_INFINITY:
        cap = min(cap, hard)
    resource.setrlimit(resource.RLIMIT_AS, (cap, hard))


@contextmanager
def memory_limited(megabytes: int | None = None) -> Iterator[None]:
    """Run a block with this process's address space allowed to grow by at most ``megabytes``
    (default ``KAOHE_MAX_MEMORY_MB``; 0: no limit); the soft limit is restored afterwards.

    For work done in-process (``kaohe ingest``): allocating past the limit raises
    MemoryError, which the readers report as the notice's failure.
    """
    import resource

    megabytes = memory_limit_mb() if megabytes is None else megabytes
    soft, hard = resource.getrlimit(resource.RLIMIT_AS)
    limit_memory(megabytes)
    try:
        yield
    finally:
        resource.setrlimit(resource.RLIMIT_AS, (soft, hard))


def _out_of_memory(exc: BaseException) -> bool:
    return isinstance(exc, MemoryError) or isinstance(exc.__cause__, MemoryError)


def memory_message(path: Path) -> str:
    """The one line for a notice over the memory limit (its name shown escaped)."""
    from extractors.names import shown

    return (f"{shown(str(path))}: reading and extraction needed more than {memory_limit_mb():,} MB of memory (the per-notice "
            "memory limit, KAOHE_MAX_MEMORY_MB); stopped")


def _classify(path: Path, exc: BaseException, tb: str) -> tuple[str, str, str]:
    """(kind, message, traceback) of a failure, kind being ``notice`` or ``internal``."""
    from extractors import ReadError

    if _out_of_memory(exc):
        return "notice", memory_message(path), ""
    internal = _internal_types()
    if isinstance(exc, ReadError):
        return "notice", str(exc), ""
    if internal and isinstance(exc, internal):
        return "internal", str(exc), getattr(exc, "traceback", "") or tb
    return "internal", f"{path}: extraction failed ({type(exc).__name__}: {exc}); this is a bug in kaohe", tb


def _internal_types() -> tuple[type[BaseException], ...]:
    try:
        from extractors.errors import ReaderInternalError
    except ImportError:  # an older reader package: nothing to single out
        return ()
    return (ReaderInternalError,)


def _child(conn: Any, path: Path, megabytes: int) -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent decides; it kills this process when it stops
    limit_memory(megabytes)
    try:
        try:
            message: tuple = ("ok", read_and_extract(path))
        except Exception as exc:  # reported to the parent, classified
            message = ("error", *_classify(path, exc, traceback.format_exc()))
        conn.send(message)
    except Exception as exc:  # the result itself could not be sent (unpicklable…)
        conn.send(("error", "internal", f"{path}: the result could not be returned ({type(exc).__name__}: {exc})",
                   traceback.format_exc()))
    finally:
        conn.close()


def _can_fork() -> bool:
    return "fork" in multiprocessing.get_all_start_methods() and not multiprocessing.current_process().daemon


def run_inline(path: Path) -> Any:
    """The same work and classification in this process (no time limit)."""
    try:
        return read_and_extract(path)
    except Exception as exc:
        kind, message, tb = _classify(path, exc, traceback.format_exc())
        if kind == "notice":
            raise NoticeFailed(message) from None
        raise InternalFailure(message, tb) from None


def read_scheme(path: Path, limit: float | None = DEFAULT_LIMIT) -> Any:
    """The scheme of ``path``, read and extracted within ``limit`` seconds (None or 0: no limit, inline)."""
    if _stopping.is_set():
        raise Interrupted(f"{path}: not read, the run is stopping")
    if not limit or not _can_fork():
        return run_inline(path)
    warm_up()
    ctx = multiprocessing.get_context("fork")
    receive, send = ctx.Pipe(duplex=False)
    child = ctx.Process(target=_child, args=(send, path, memory_limit_mb()), name=f"kaohe-read {path.name}",
                        daemon=True)
    with _lock:
        child.start()
        _children.add(child)
    send.close()
    try:
        if not receive.poll(limit):
            if _stopping.is_set():
                raise Interrupted(f"{path}: reading was stopped, the run is stopping")
            raise NoticeFailed(f"{path}: reading and extraction took more than {limit:g} s (the per-notice "
                               "time limit); stopped")
        try:
            message = receive.recv()
        except (EOFError, OSError):
            child.join(5)
            if _stopping.is_set():
                raise Interrupted(f"{path}: reading was stopped, the run is stopping") from None
            raise NoticeFailed(f"{path}: the reader process died ({_how(child.exitcode)}) while reading this "
                               f"file (per-notice limits: {limit:g} s, {memory_limit_mb():,} MB)") from None
    finally:
        with _lock:
            _children.discard(child)
        if child.is_alive():
            child.kill()
        child.join(5)
        receive.close()
    if message[0] == "ok":
        return message[1]
    _, kind, text, tb = message
    if kind == "notice":
        raise NoticeFailed(text)
    raise InternalFailure(text, tb)


def _how(exitcode: int | None) -> str:
    if exitcode is None:
        return "still running"
    if exitcode < 0:
        try:
            return f"killed by {signal.Signals(-exitcode).name}"
        except ValueError:
            return f"killed by signal {-exitcode}"
    return f"exit code {exitcode}"


def stop_all() -> int:
    """Kill every reading child and refuse new ones (on SIGTERM/SIGINT); returns how many were killed."""
    _stopping.set()
    with _lock:
        children = list(_children)
    for child in children:
        try:
            os.kill(child.pid, signal.SIGKILL)
        except (OSError, TypeError):
            pass
    return len(children)


def reset() -> None:
    """Accept new work again (a later run in the same process, e.g. in tests)."""
    _stopping.clear()
