"""One open store per process and workspace, shared by the tasks that run there.

Opening a store migrates its database; doing that once per process instead of
once per document keeps small tasks small.  The store's engine is
thread-safe and every write is its own ``BEGIN IMMEDIATE`` transaction, so
tasks in threads share it; Dask worker processes each open their own.
"""

from __future__ import annotations

import threading

from schemes.store import Store
from schemes.workspace import Workspace

_lock = threading.Lock()
_stores: dict[Workspace, Store] = {}


def store_for(workspace: Workspace) -> Store:
    """The open store of ``workspace`` in this process (opened and migrated on first use)."""
    with _lock:
        store = _stores.get(workspace)
        if store is None:
            store = _stores[workspace] = Store.open(workspace=workspace)
        return store


def close_stores() -> None:
    """Close every store opened by :func:`store_for` in this process (their engines' connections)."""
    with _lock:
        stores = list(_stores.values())
        _stores.clear()
    for store in stores:
        store.close()
