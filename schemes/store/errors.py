"""Errors of the scheme store; each message says what to do next."""

from __future__ import annotations


MAX_CHANGES_SHOWN = 12


class StoreError(Exception):
    """Base class: a store operation was refused."""


class NoWorkspace(StoreError):
    """No store where the command looked (and the command may not create one)."""


class NotFound(StoreError):
    """No such scheme, version, or correction."""


class StaleWrite(StoreError):
    """A write was based on a revision that is no longer current (optimistic locking)."""

    def __init__(self, scheme_id: int, base: int, current: int, by: str | None, at: str | None,
                 changes: list[str] | None = None):
        self.scheme_id, self.base, self.current, self.by, self.at = scheme_id, base, current, by, at
        self.changes = list(changes or [])  # what changed since ``base``, one line per change, oldest first
        who = f" by {by}" if by else ""
        when = f" at {at}" if at else ""
        what = ""
        if self.changes:
            shown = self.changes[-MAX_CHANGES_SHOWN:]
            more = len(self.changes) - len(shown)
            what = " Changed since: " + "; ".join(shown) + (f" (and {more} earlier)" if more else "") + "."
        super().__init__(
            f"conflict: scheme {scheme_id} was changed{who}{when} and is now at revision {current}; "
            f"this write was based on revision {base}.{what} Reload (or re-export) and apply your change again."
        )


class InvalidCorrection(StoreError):
    """A correction was refused: it does not apply, or its result is not a valid scheme."""


class InvalidTransition(StoreError):
    """A status change that the workflow draft → reviewed → published does not allow."""


class PublishBlocked(StoreError):
    """Publishing was refused because of open flags, conflicts, or sums that do not reconcile."""

    def __init__(self, ref: str, blockers: list[str]):
        self.blockers = blockers
        lines = "\n".join(f"  - {b}" for b in blockers)
        super().__init__(
            f"{ref} cannot be published:\n{lines}\n"
            "Fix these (corrections, resolved flags) or publish with an override reason."
        )
