"""The scheme store: SQLite in the workspace by default, PostgreSQL by URL.

    from schemes.store import Store
    with Store.open() as store:              # ./kaohe-data, KAOHE_HOME, KAOHE_DB_URL
        result = store.ingest(path, scheme, EXTRACTOR_VERSION, author="ingest")
        info = store.get(f"{result.info.scheme_id}")
        store.correct(info.ref, [{"op": "replace", "path": "/items/@3.5/points", "value": 6}],
                      author="li", reason="notice says 6", base_revision=info.revision)
"""

from .errors import (
    InvalidCorrection, InvalidTransition, NotFound, NoWorkspace, PublishBlocked, StaleWrite, StoreError,
)
from .integrity import DamagedStore, NewerStore, StoreHealth
from .records import (
    CorrectionInfo, DocumentInfo, EventInfo, IngestResult, SchemeSummary, ScoreRunInfo, VersionInfo,
)
from .refs import Ref, parse_ref
from .store import Store, file_sha256
from .tables import APPLIED, CONFLICT, DISMISSED, DRAFT, PUBLISHED, REVIEWED

__all__ = [
    "Store", "file_sha256", "Ref", "parse_ref",
    "StoreError", "DamagedStore", "NewerStore", "StoreHealth", "NotFound", "StaleWrite", "InvalidCorrection",
    "InvalidTransition", "PublishBlocked", "NoWorkspace",
    "CorrectionInfo", "DocumentInfo", "EventInfo", "IngestResult", "SchemeSummary", "ScoreRunInfo", "VersionInfo",
    "DRAFT", "REVIEWED", "PUBLISHED", "APPLIED", "CONFLICT", "DISMISSED",
]
