"""Submission problems that name the file, row and column, collected and reported together."""

from __future__ import annotations

from pydantic import BaseModel

from extractors.names import shown
from kaohe.i18n import _


class Problem(BaseModel):
    """One thing wrong with a submission, located as precisely as the file allows."""

    file: str
    sheet: str | None = None
    row: int | None = None  # 1-based, as a spreadsheet shows it (the header is row 1)
    column: str | None = None
    unit: str | None = None
    message: str
    #: a problem found on several rows (an unknown unit's rows), as (sheet, row): said once, naming them all
    rows: list[tuple[str | None, int]] = []

    def __str__(self) -> str:
        where = [shown(self.file)]
        if len(self.rows) > 1:
            where.append(rows_text(self.rows))
        else:
            if self.sheet:
                where.append(_("sheet {name}").format(name=self.sheet))
            if self.row is not None:
                where.append(_("row {n}").format(n=self.row))
        if self.column:
            where.append(_("column {name}").format(name=self.column))
        return ", ".join(where) + f": {self.message}"


MAX_ROWS_SHOWN = 12


def rows_text(rows: list[tuple[str | None, int]]) -> str:
    """``rows 3, 5, 9`` (``sheet A rows 3, 5; sheet B row 4`` across sheets), the first few then a count."""
    by_sheet: dict[str | None, list[int]] = {}
    for sheet, row in rows[:MAX_ROWS_SHOWN]:
        by_sheet.setdefault(sheet, []).append(row)
    parts = [(_("sheet {name}").format(name=sheet) + " " if sheet else "")
             + (_("rows {list}") if len(rs) > 1 else _("row {n}")).format(list=", ".join(map(str, rs)), n=rs[0])
             for sheet, rs in by_sheet.items()]
    more = len(rows) - MAX_ROWS_SHOWN
    return "; ".join(parts) + (_(" … ({n} rows)").format(n=len(rows)) if more > 0 else "")


class SubmissionError(ValueError):
    """The submission cannot be scored; every problem found (up to a limit) is listed."""

    def __init__(self, problems: list[Problem], total: int | None = None) -> None:
        self.problems = problems
        self.total = total if total is not None else len(problems)
        super().__init__(str(self))

    def __str__(self) -> str:
        n = self.total
        if n == 1 and len(self.problems) == 1:  # one problem is one line, as every other refusal
            return str(self.problems[0]) + _("; nothing was scored")
        head = (_("{n} problems in the submissions; nothing was scored") if n != 1 else
                _("1 problem in the submissions; nothing was scored")).format(n=n)
        lines = [head, *("  " + str(p) for p in self.problems)]
        if n > len(self.problems):
            lines.append("  " + _("… and {n} more").format(n=n - len(self.problems)))
        return "\n".join(lines)


class SchemeNotScorable(ValueError):
    """The scheme cannot be scored as it stands (e.g. a weight names an unknown part)."""


class SchemeArgError(ValueError):
    """SCHEME on the command line is neither a scheme JSON file nor a stored scheme."""
