"""The ingestion flow on next year's notice of a known series: compared, marked, artifact attached."""

from __future__ import annotations

import shutil

import pytest

pytest_plugins = ["prefect_harness"]
pytest.register_assert_rewrite("prefect_harness")

from prefect_harness import artifacts_of  # noqa: E402
from series_pairs import ROOT  # noqa: E402


@pytest.fixture(scope="module")
def two_years(tmp_path_factory, prefect_api):
    from flows.ingest import ingest_notices

    base = tmp_path_factory.mktemp("series-flow")
    inbox = base / "inbox"
    inbox.mkdir()
    shutil.copy2(ROOT / "examples/notices/001_union_2011_table.docx", inbox)
    first = ingest_notices(inbox=inbox, home=base / "kaohe", notice_timeout=None)
    shutil.copy2(ROOT / "tests/data/series/union_2012.docx", inbox)
    second = ingest_notices(inbox=inbox, home=base / "kaohe", notice_timeout=None)
    return base, first, second


def test_the_first_year_is_not_compared(two_years):
    _, first, _ = two_years
    (r,) = first.ingested
    assert (r.changed_since_last, r.changes_markdown, r.note) == (None, None, "new scheme")


def test_next_year_is_compared_and_marked(two_years):
    from schemes.store import Store

    base, _, second = two_years
    (r,) = second.ingested
    assert r.changed_since_last == 9 and r.note == "new scheme; changed since last year (1@1): 9 items"
    with Store.open(home=base / "kaohe") as store:
        assert [m.changed_since_last for m in store.series_of(r.scheme_id).schemes] == [None, 9]


def test_the_changes_are_attached_as_a_markdown_artifact(two_years):
    _, _, second = two_years
    arts = {a.key: a for a in artifacts_of(second.flow_run_id)}
    md = arts[f"changes-scheme-{second.ingested[0].scheme_id}"]
    assert md.type == "markdown"
    assert "**changed since last year: 9 items**" in md.data
    assert "| points | 2 (10) 加强工会组建，扩大覆盖面。区县和开发区企业建会率达到80%… | 2 (12) 加强工会组建，扩大覆盖面。区县和开发区企业建会率达到80%… | 10 → 12 |" in md.data
