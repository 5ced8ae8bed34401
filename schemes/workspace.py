"""Where kaohe keeps its data: one workspace folder, optionally a database URL.

The workspace holds the stored copies of ingested notices (content-addressed
by sha256) and, unless a database URL is configured, the embedded SQLite
database.  Resolution order, most explicit first: an argument, then
``KAOHE_HOME`` / ``KAOHE_DB_URL``, then ``./kaohe-data`` and SQLite inside it.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

DEFAULT_HOME = "kaohe-data"
DB_FILE = "kaohe.sqlite3"
DOCUMENTS_DIR = "documents"


@dataclass(frozen=True)
class Workspace:
    home: Path
    db_url: str

    @classmethod
    def resolve(cls, home: str | Path | None = None, db_url: str | None = None) -> "Workspace":
        """The workspace named by the arguments, else by the environment, else the default."""
        home_path = Path(home or os.environ.get("KAOHE_HOME") or DEFAULT_HOME).expanduser().resolve()
        url = db_url or os.environ.get("KAOHE_DB_URL") or f"sqlite:///{home_path / DB_FILE}"
        return cls(home=home_path, db_url=url)

    @property
    def documents(self) -> Path:
        return self.home / DOCUMENTS_DIR

    @property
    def is_sqlite(self) -> bool:
        return self.db_url.startswith("sqlite")

    def document_path(self, sha256: str, suffix: str = "") -> Path:
        """Where the stored copy of a document lives (sharded by the first two hex digits)."""
        return self.documents / sha256[:2] / f"{sha256}{suffix}"

    def describe(self) -> str:
        """The database location without a password, for messages."""
        if self.is_sqlite:
            return self.db_url
        head, sep, tail = self.db_url.rpartition("@")
        if not sep or ":" not in head.split("//", 1)[-1]:
            return self.db_url
        scheme_user = head.rsplit(":", 1)[0]
        return f"{scheme_user}:***@{tail}"
