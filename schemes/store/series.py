"""The store's series: which schemes are the same notice year after year.

A new scheme is put into a series when it is stored (:meth:`SeriesStore._assign_series`,
called by :meth:`Store._ingest`): the most similar series by issuer and title
without the year (:mod:`schemes.series`), else a new one.  A reviewer
confirms the choice or moves the scheme to another (or a new) series; both
are audited events that bump the scheme's revision like any write.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..compare import Comparison, compare
from ..corrections import to_scheme
from ..forward import PastCorrection, Proposal, propose
from ..model import Scheme
from ..series import best_series, series_name
from .errors import NotFound, StoreError
from .records import utc
from .tables import APPLIED, PUBLISHED, SchemeRow, SeriesRow, VersionRow


@dataclass(frozen=True)
class SeriesMember:
    scheme_id: int
    title: str
    year: int | None
    latest_version: int
    status: str
    changed_since_last: int | None


@dataclass(frozen=True)
class SeriesInfo:
    id: int
    name: str
    issuer: str | None
    schemes: list[SeriesMember] = field(default_factory=list)  # by year (unknown years last), then id
    confirmed: dict[int, str] = field(default_factory=dict)  # scheme id → reviewer who confirmed


def _year_order(row: SchemeRow) -> tuple:
    return (row.year is None, row.year or 0, row.id)


class SeriesStore:
    """Mixed into :class:`schemes.store.Store` (uses its sessions, lookups and optimistic lock)."""

    # ------------------------------------------------------------------ assigning

    def _assign_series(self, s: Session, row: SchemeRow, scheme: Scheme) -> None:
        if scheme.kind != "scheme":
            return
        name = series_name(scheme.metadata.title, scheme.metadata.issuer)
        if not name.key:
            return
        known = [(sid, key) for sid, key in s.execute(select(SeriesRow.id, SeriesRow.key))]
        sid = best_series(known, name.key)
        if sid is None:
            series = SeriesRow(name=name.name, issuer=name.issuer, key=name.key)
            s.add(series)
            s.flush()
            sid = series.id
        row.series_id = sid
        s.flush()

    # ------------------------------------------------------------------ reading

    def _series_info(self, s: Session, series: SeriesRow) -> SeriesInfo:
        rows = sorted(s.scalars(select(SchemeRow).where(SchemeRow.series_id == series.id)), key=_year_order)
        members = [SeriesMember(r.id, r.title, r.year, r.versions[-1].number if r.versions else 0,
                                r.versions[-1].status if r.versions else "", r.changed_since_last) for r in rows]
        confirmed = {r.id: r.series_confirmed_by for r in rows if r.series_confirmed_by}
        return SeriesInfo(series.id, series.name, series.issuer, members, confirmed)

    def series_list(self) -> list[SeriesInfo]:
        """Every series with its schemes by year."""
        with self._read() as s:
            return [self._series_info(s, r) for r in s.scalars(select(SeriesRow).order_by(SeriesRow.id))]

    def series(self, series_id: int) -> SeriesInfo:
        with self._read() as s:
            row = s.get(SeriesRow, series_id)
            if row is None:
                raise NotFound(f"no series {series_id} (see `kaohe schemes series`)")
            return self._series_info(s, row)

    def series_of(self, scheme_id: int) -> SeriesInfo | None:
        with self._read() as s:
            row = self._scheme_row(s, scheme_id)
            return self._series_info(s, s.get(SeriesRow, row.series_id)) if row.series_id else None

    def previous_in_series(self, scheme_id: int) -> int | None:
        """The scheme of the same series just before this one (by year; by id when years are missing)."""
        with self._read() as s:
            return self._previous_id(s, scheme_id)

    # ------------------------------------------------------------------ reviewers

    def set_series(self, scheme_id: int, *, author: str, base_revision: int, series_id: int | None = None,
                   new_name: str | None = None) -> SeriesInfo:
        """Confirm a scheme's series (neither argument), move it to series ``series_id``, or to a
        new series named ``new_name``.  Audited (action ``series``)."""
        if not author:
            raise StoreError("a series change needs an author")
        with self._write() as s:
            row = self._scheme_row(s, scheme_id)
            old = s.get(SeriesRow, row.series_id) if row.series_id else None
            if new_name is not None:
                name = new_name.strip()
                if not name:
                    raise StoreError("a new series needs a name")
                target = SeriesRow(name=name, issuer=None, key=series_name(name).key or name)
                s.add(target)
                s.flush()
            elif series_id is not None:
                target = s.get(SeriesRow, series_id)
                if target is None:
                    raise NotFound(f"no series {series_id} (see `kaohe schemes series`)")
            elif old is not None:
                target = old
            else:
                raise StoreError(f"scheme {scheme_id} has no series yet; name one with --to or --new")
            revision = self._bump(s, scheme_id, base_revision, author)
            row = self._scheme_row(s, scheme_id)
            if old is None or old.id != target.id:
                row.changed_since_last = None  # compared with another series' scheme, if at all
            row.series_id, row.series_confirmed_by = target.id, author
            what = (f"confirmed series {target.id} ({target.name})" if old is not None and old.id == target.id
                    else f"series {old.id if old else '—'} → {target.id} ({target.name})")
            self._event(s, scheme_id, None, revision, author, "series", what,
                        data={"from": old.id if old else None, "to": target.id})
            s.flush()
            return self._series_info(s, target)

    def mark_changed_since_last(self, scheme_id: int, changed: int | None) -> None:
        """Record how many items changed since the previous scheme of the series (a derived note for
        reviewers, not a correction: no revision)."""
        with self._write() as s:
            self._scheme_row(s, scheme_id).changed_since_last = changed

    # ------------------------------------------------------------------ corrections carried forward

    def proposals(self, ref) -> list[Proposal]:
        """Last year's corrections proposed on this version (see :mod:`schemes.forward`): those of the
        previous scheme of the series (its published version, else its latest), never applied here."""
        with self._read() as s:
            v = self._version(s, ref)
            prev_id = self._previous_id(s, v.scheme_id)
            if prev_id is None:
                return []
            prev = self._reference_version(s, prev_id)
            past = [PastCorrection(c.id, c.author, utc(c.at), c.reason, list(c.ops))
                    for c in prev.corrections if c.status == APPLIED]
            if not past:
                return []
            return propose(to_scheme(prev.extracted), past, to_scheme(v.extracted), self._current(v))

    def accept_proposal(self, ref, key: str, *, author: str, base_revision: int):
        """Record a proposal as a correction of this version, by ``author``, audited like any other
        (the reason names last year's author and reason; the row points at the original correction)."""
        found = next((p for p in self.proposals(ref) if p.key == key), None)
        if found is None:
            raise NotFound(f"no proposal {key} on {ref} (see `kaohe schemes proposals {ref}`)")
        reason = f"{found.reason} (proposed from last year's correction {found.correction_id} by {found.author})"
        return self.apply_corrections(ref, [found.ops], author=author, reason=reason, base_revision=base_revision,
                                      message=f"accepted proposal {key}: {'; '.join(found.changes)}",
                                      carried_from=found.correction_id)

    def _previous_id(self, s: Session, scheme_id: int) -> int | None:
        row = self._scheme_row(s, scheme_id)
        if row.series_id is None:
            return None
        others = sorted(s.scalars(select(SchemeRow).where(SchemeRow.series_id == row.series_id)), key=_year_order)
        ids = [r.id for r in others]
        before = [r for r in others[: ids.index(row.id)] if row.year is None or r.year != row.year]
        return before[-1].id if before else None

    def _reference_version(self, s: Session, scheme_id: int) -> VersionRow:
        row = self._scheme_row(s, scheme_id)
        published = [v for v in row.versions if v.status == PUBLISHED]
        return published[-1] if published else row.versions[-1]

    # ------------------------------------------------------------------ what changed since last year

    def compare_with_previous(self, ref) -> tuple[str, Comparison] | None:
        """This version against the previous scheme of its series (published version, else latest), and
        the scheme marked "changed since last year: N items"; None when it is the first of its series."""
        with self._read() as s:
            v = self._version(s, ref)
            prev_id = self._previous_id(s, v.scheme_id)
            if prev_id is None:
                return None
            prev = self._reference_version(s, prev_id)
            prev_ref, old = f"{prev.scheme_id}@{prev.number}", self._current(prev)
            new_ref, new = f"{v.scheme_id}@{v.number}", self._current(v)
            scheme_id = v.scheme_id
        result = compare(old, new, prev_ref, new_ref)
        self.mark_changed_since_last(scheme_id, result.changed_items)
        return prev_ref, result
