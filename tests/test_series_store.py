"""Series in the store, and last year's corrections proposed on this year's scheme."""

from __future__ import annotations

import pytest
from series_pairs import ROOT, extracted

from schemes.store import NotFound, Store

OLD = "examples/notices/001_union_2011_table.docx"
NEW = "tests/data/series/union_2012.docx"
OTHER = "examples/notices/003_2669f0fbdc4810f7.txt"


def ingest(store: Store, path: str):
    return store.ingest(ROOT / path, extracted(path), "test", author="ingest").info


@pytest.fixture
def store(tmp_path):
    with Store.open(home=tmp_path / "home") as s:
        yield s


@pytest.fixture
def corrected(store):
    """2011 ingested and corrected as a reviewer would; then 2012 ingested."""
    old = ingest(store, OLD)

    def fix(ops, reason):
        store.correct(old.ref, ops, author="李明", reason=reason, base_revision=store.revision(old.scheme_id))

    fix([{"op": "replace", "path": "/items/@6/points", "value": 4}], "原表分值印错")  # item unchanged in 2012
    fix([{"op": "replace", "path": "/items/@2/points", "value": 11}], "合计不符")  # 2012 changed the points
    fix([{"op": "replace", "path": "/items/@8/departments", "value": ["办公室"]}], "组织部不参与")  # text reworded
    fix([{"op": "replace", "path": "/items/@5/text", "value": "建立健全经审组织，同步组建率达98%以上"}], "去重")
    fix([{"op": "replace", "path": "/items/@13/points", "value": 2}], "分值")  # item dropped in 2012
    fix([{"op": "replace", "path": "/items/@27/departments", "value": ["宣教部", "工会"]}], "两部门共管")  # renumbered
    new = ingest(store, NEW)
    return old, new


def test_next_years_notice_joins_the_series_and_others_do_not(store):
    old, new, other = ingest(store, OLD), ingest(store, NEW), ingest(store, OTHER)
    assert (new.scheme_id != old.scheme_id) and store.previous_in_series(new.scheme_id) == old.scheme_id
    series = store.series_of(new.scheme_id)
    assert series.name == "工会工作目标管理考核表"
    assert [(m.scheme_id, m.year) for m in series.schemes] == [(old.scheme_id, 2011), (new.scheme_id, 2012)]
    assert store.series_of(other.scheme_id).id != series.id
    assert store.previous_in_series(other.scheme_id) is None


def test_a_reviewer_moves_a_scheme_to_a_new_series_and_it_is_audited(store):
    old, new = ingest(store, OLD), ingest(store, NEW)
    moved = store.set_series(new.scheme_id, author="王芳", base_revision=store.revision(new.scheme_id),
                             new_name="某区总工会 / 目标管理考核表")
    assert [m.scheme_id for m in moved.schemes] == [new.scheme_id]
    assert store.previous_in_series(new.scheme_id) is None
    assert store.log(new.scheme_id)[-1].action == "series" and store.log(new.scheme_id)[-1].author == "王芳"
    back = store.set_series(new.scheme_id, author="王芳", base_revision=store.revision(new.scheme_id),
                            series_id=store.series_of(old.scheme_id).id)
    assert back.confirmed == {new.scheme_id: "王芳"}
    assert store.check_consistency() == []


def test_corrections_are_proposed_exactly_where_the_corrected_source_is_unchanged(store, corrected):
    _, new = corrected
    proposals = store.proposals(new.ref)
    assert sorted((p.target, p.ops[0]["path"], p.author) for p in proposals) == [
        ("item 27", "/items/@26/departments", "李明"),  # renumbered 27 → 26, same text
        ("item 6", "/items/@6/points", "李明"),
        ("item 8", "/items/@8/departments", "李明"),  # reworded outside the corrected field
    ]
    assert next(p for p in proposals if p.target == "item 6").reason == "原表分值印错"


def test_proposals_are_never_applied_by_themselves(store, corrected):
    _, new = corrected
    assert store.get(new.ref).corrections == [] and store.get(new.ref).scheme.item("6").points == 3


def test_accepting_a_proposal_records_an_audited_correction(store, corrected):
    old, new = corrected
    key = next(p.key for p in store.proposals(new.ref) if p.target == "item 6")
    info = store.accept_proposal(new.ref, key, author="王芳", base_revision=store.revision(new.scheme_id))
    assert info.scheme.item("6").points == 4
    (corr,) = info.corrections
    assert (corr.author, corr.ops) == ("王芳", [{"op": "replace", "path": "/items/@6/points", "value": 4}])
    source = store.get(old.ref).corrections[0]
    assert corr.carried_from_id == source.id and "李明" in corr.reason and "原表分值印错" in corr.reason
    assert store.log(new.scheme_id)[-1].message.startswith(f"accepted proposal {key}")
    assert key not in [p.key for p in store.proposals(new.ref)]


def test_an_unknown_proposal_is_refused(store, corrected):
    _, new = corrected
    with pytest.raises(NotFound, match="no proposal 999:item6"):
        store.accept_proposal(new.ref, "999:item6", author="王芳", base_revision=store.revision(new.scheme_id))


def test_the_migration_puts_existing_schemes_into_series(tmp_path):
    import shutil

    home = tmp_path / "old"
    home.mkdir()
    shutil.copyfile(ROOT / "tests" / "data" / "v1_store.sqlite3", home / "kaohe.sqlite3")
    with Store.open(home=home) as store:
        assert [(s.name, [m.scheme_id for m in s.schemes]) for s in store.series_list()] == [
            ("市总工会 / 重点工作绩效考核方案", [1]), ("工会工作目标管理考核表", [2])]
        ingest(store, NEW)  # next year's notice of the migrated 2011 scheme joins its series
        assert [m.year for m in store.series_list()[1].schemes] == [2011, 2012]
