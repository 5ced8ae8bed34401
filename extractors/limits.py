"""Resource limits for reading untrusted files (overridable by environment)."""

from __future__ import annotations

import os
from dataclasses import dataclass


def _env_mb(name: str, default: float) -> int:
    return int(float(os.environ.get(name, default)) * 1024 * 1024)


@dataclass(frozen=True)
class Limits:
    max_file_bytes: int = 50 * 1024 * 1024
    max_unzipped_bytes: int = 300 * 1024 * 1024
    max_zip_ratio: float = 200.0
    max_pdf_pages: int = 2000
    convert_timeout_s: float = 120.0
    max_field_chars: int = 20_000
    max_xlsx_cells: int = 500_000
    #: declared table area (rows × columns after spans), summed over a document
    max_table_cells: int = 500_000
    #: columns of one table (Excel's own maximum is 16,384)
    max_table_columns: int = 16_384
    #: entries of one kind in a style or numbering part (fonts, cellXfs, w:style …; Excel's cap is 65,490)
    max_styles: int = 65_490

    @classmethod
    def from_env(cls) -> "Limits":
        return cls(
            max_file_bytes=_env_mb("KAOHE_MAX_FILE_MB", 50),
            max_unzipped_bytes=_env_mb("KAOHE_MAX_UNZIPPED_MB", 300),
            max_zip_ratio=float(os.environ.get("KAOHE_MAX_ZIP_RATIO", 200)),
            max_pdf_pages=int(os.environ.get("KAOHE_MAX_PDF_PAGES", 2000)),
            convert_timeout_s=float(os.environ.get("KAOHE_CONVERT_TIMEOUT_S", 120)),
            max_field_chars=int(os.environ.get("KAOHE_MAX_FIELD_CHARS", 20_000)),
            max_xlsx_cells=int(os.environ.get("KAOHE_MAX_XLSX_CELLS", 500_000)),
            max_table_cells=int(os.environ.get("KAOHE_MAX_TABLE_CELLS", 500_000)),
            max_table_columns=int(os.environ.get("KAOHE_MAX_TABLE_COLUMNS", 16_384)),
            max_styles=int(os.environ.get("KAOHE_MAX_STYLES", 65_490)),
        )
