"""The store: ingest, versions, corrections, optimistic locking, publishing, score runs."""

from __future__ import annotations

import pytest
from store_schemes import SHAOXING, build_scheme, edited, sha, write_notice

from schemes.store import (
    InvalidCorrection, InvalidTransition, NotFound, PublishBlocked, StaleWrite, Store, StoreError,
)
from schemes.workspace import Workspace

FIX_5 = [{"op": "replace", "path": "/items/@5/points", "value": 5}]  # 开展法律援助服务 4 → 5: 维权帮扶 adds up


@pytest.fixture
def store(tmp_path):
    with Store.open(home=tmp_path / "home") as s:
        yield s


def ingest(store, tmp_path, name="002_shaoxing_2019.pdf", content="v1", scheme=None, extractor="x-1"):
    return store.ingest(write_notice(tmp_path, name, content), scheme or build_scheme(), extractor, author="bot")


# --------------------------------------------------------------------------- workspace


def test_workspace_resolution(monkeypatch, tmp_path):
    monkeypatch.delenv("KAOHE_HOME", raising=False)
    monkeypatch.delenv("KAOHE_DB_URL", raising=False)
    monkeypatch.chdir(tmp_path)
    assert Workspace.resolve().home == tmp_path / "kaohe-data"
    monkeypatch.setenv("KAOHE_HOME", str(tmp_path / "env"))
    ws = Workspace.resolve()
    assert ws.home == tmp_path / "env" and ws.db_url == f"sqlite:///{tmp_path / 'env' / 'kaohe.sqlite3'}"
    assert Workspace.resolve(home=tmp_path / "arg").home == tmp_path / "arg"
    monkeypatch.setenv("KAOHE_DB_URL", "postgresql+psycopg://u:secret@db/kaohe")
    assert Workspace.resolve().describe() == "postgresql+psycopg://u:***@db/kaohe"


def test_sqlite_is_wal_with_foreign_keys(store):
    with store.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() > 0


def head_revision() -> str:
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    from schemes.store.engine import MIGRATIONS

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    return ScriptDirectory.from_config(cfg).get_current_head()


def test_migrations_create_exactly_the_model_tables(store):
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    from schemes.store.tables import Base

    with store.engine.connect() as conn:
        assert MigrationContext.configure(conn).get_current_revision() == head_revision()
        diff = compare_metadata(MigrationContext.configure(conn, opts={"compare_type": True}), Base.metadata)
    assert diff == []


# --------------------------------------------------------------------------- ingest


def test_ingest_stores_document_scheme_and_draft(store, tmp_path):
    r = ingest(store, tmp_path)
    assert (r.new_scheme, r.skipped, r.info.version, r.info.status, r.info.revision) == (True, False, 1, "draft", 1)
    doc = r.info.document
    assert doc.sha256 == sha(tmp_path / "002_shaoxing_2019.pdf") and doc.original_name == "002_shaoxing_2019.pdf"
    stored = store.workspace.home / doc.stored_path
    assert stored.read_text(encoding="utf-8") == "v1" and doc.sha256 in stored.name
    assert r.as_json()["flags"] == [{"kind": "subtotal_mismatch", "target": "3",
                                     "message": "维权帮扶: items add up to 22, declared 23"}]
    assert store.get(1).scheme == build_scheme()


def test_same_file_same_extractor_is_a_no_op(store, tmp_path):
    first = ingest(store, tmp_path)
    again = ingest(store, tmp_path)  # same bytes under the same name
    assert again.skipped and again.info.ref == first.info.ref
    assert store.revision(1) == 1 and len(store.log(1)) == 1
    assert store.find_ingested(first.info.document.sha256, "x-1").ref == "1@1"


def test_changed_file_or_better_extractor_makes_a_new_version(store, tmp_path):
    ingest(store, tmp_path)
    newer = ingest(store, tmp_path, extractor="x-2")  # same file, better extractor
    assert (newer.skipped, newer.new_scheme, newer.info.ref, newer.info.status) == (False, False, "1@2", "draft")
    changed = ingest(store, tmp_path, content="v2", extractor="x-2")  # same name, changed content
    assert changed.info.ref == "1@3"
    assert [e.action for e in store.log(1)] == ["created", "ingested", "ingested"]


def test_which_scheme_a_new_file_belongs_to(store, tmp_path):
    ingest(store, tmp_path)
    same_title = ingest(store, tmp_path, name="shaoxing.docx", content="docx")
    assert same_title.info.ref == "1@2"  # same title and year
    other_year = ingest(store, tmp_path, name="2020.pdf", content="2020", scheme=build_scheme(year=2020))
    assert other_year.new_scheme and other_year.info.scheme_id == 2
    renamed = ingest(store, tmp_path, name="2020.pdf", content="2020b", scheme=build_scheme(title="新标题", year=2021))
    assert renamed.info.ref == "2@2"  # same original file name
    report = ingest(store, tmp_path, name="report.docx", content="r", scheme=build_scheme(kind="not_a_scheme"))
    assert report.new_scheme and report.info.scheme.kind == "not_a_scheme"


# --------------------------------------------------------------------------- corrections


def test_corrections_are_replayed_and_audited(store, tmp_path):
    ingest(store, tmp_path)
    info = store.correct(1, FIX_5, author="li", reason="notice p4 says 5", base_revision=1)
    assert info.revision == 2 and info.scheme.item("5").points == 5
    assert store.get(1).scheme.item("5").points == 5  # replayed from the stored correction
    [created, corrected] = store.log(1)
    assert (corrected.action, corrected.author, corrected.revision) == ("corrected", "li", 2)
    [c] = corrected.corrections
    assert (c.reason, c.base_revision, c.ops) == ("notice p4 says 5", 1, FIX_5)


def test_positional_patches_are_stored_with_stable_targets(store, tmp_path):
    ingest(store, tmp_path)
    info = store.correct(1, [{"op": "replace", "path": "/items/10/points", "value": 5}], author="li",
                         reason="r", base_revision=1)
    assert info.corrections[0].ops == FIX_5


def test_stale_write_is_refused_naming_the_current_revision(store, tmp_path):
    ingest(store, tmp_path)
    base = store.revision(1)
    store.correct(1, FIX_5, author="li", reason="first", base_revision=base)
    with pytest.raises(StaleWrite, match=r"changed by li .* now at revision 2; this write was based on revision 1"):
        store.correct(1, [{"op": "replace", "path": "/items/@1.1/points", "value": 7}], author="wang",
                      reason="second", base_revision=base)
    with pytest.raises(StaleWrite):
        store.approve(1, author="wang", base_revision=base)
    assert store.revision(1) == 2 and store.get(1).scheme.item("1.1").points == 6


def test_invalid_correction_is_refused_and_not_recorded(store, tmp_path):
    ingest(store, tmp_path)
    with pytest.raises(InvalidCorrection, match="not a valid scheme"):
        store.correct(1, [{"op": "replace", "path": "/items/@5/points", "value": "five"}], author="li",
                      reason="r", base_revision=1)
    with pytest.raises(InvalidCorrection, match="item 9.9 does not exist"):
        store.correct(1, [{"op": "remove", "path": "/items/@9.9"}], author="li", reason="r", base_revision=1)
    assert store.revision(1) == 1 and store.get(1).corrections == []


def test_reingest_reapplies_corrections_and_lists_conflicts(store, tmp_path):
    ingest(store, tmp_path)
    store.correct(1, FIX_5, author="li", reason="p4 says 5", base_revision=1)
    store.correct(1, [{"op": "replace", "path": "/items/@3.3/departments", "value": ["保障部"]}], author="li",
                  reason="rated by 保障部", base_revision=2)
    # the 2020 re-issue drops 困难职工帮扶 (3.3) and renumbers the rest of 维权帮扶
    specs = edited(SHAOXING, 2, drop="做好困难职工帮扶工作")
    r = ingest(store, tmp_path, content="v2", scheme=build_scheme(specs))
    assert (r.info.ref, r.carried, r.conflicts) == ("1@2", 1, 1)
    info = store.get(1)
    assert info.scheme.item("3.4").text == "开展法律援助服务" and info.scheme.item("3.4").points == 5
    [conflict] = info.conflicts
    assert "item 3.3 (做好困难职工帮扶工作) is no longer in the extracted scheme" in conflict.conflict
    assert conflict.author == "li" and conflict.reason == "rated by 保障部"
    event = store.log(1)[-1]
    assert event.action == "ingested" and "1 conflict(s)" in event.message
    assert [c.status for c in event.corrections] == ["applied", "conflict"]
    assert store.publish_blockers(1)[-1].startswith("1 correction(s) from the previous version no longer apply")
    # the reviewer looks at it and sets it aside; it stays in the log
    info = store.dismiss(1, conflict.id, author="li", reason="item dropped in 2020", base_revision=info.revision)
    assert info.conflicts == [] and store.log(1)[-1].action == "dismissed"


def test_corrections_survive_a_reordering_extractor(store, tmp_path):
    ingest(store, tmp_path)
    store.correct(1, FIX_5, author="li", reason="p4", base_revision=1)
    scheme = build_scheme()
    reordered = scheme.model_copy(update={"items": list(reversed(scheme.items))})
    r = ingest(store, tmp_path, scheme=reordered, extractor="x-2")
    assert (r.carried, r.conflicts) == (1, 0)
    assert store.get(1).scheme.item("5").points == 5


def test_only_the_latest_unpublished_version_takes_corrections(store, tmp_path):
    ingest(store, tmp_path)
    ingest(store, tmp_path, extractor="x-2")
    with pytest.raises(InvalidTransition, match="not the latest version"):
        store.correct("1@1", FIX_5, author="li", reason="r", base_revision=2)
    with pytest.raises(NotFound, match="no version 7"):
        store.get("1@7")
    with pytest.raises(NotFound, match="no scheme 9"):
        store.get(9)
    with pytest.raises(StoreError, match="not a scheme id"):
        store.get("abc")


# --------------------------------------------------------------------------- status and publishing


def test_status_transitions_and_publish_checks(store, tmp_path):
    ingest(store, tmp_path)
    with pytest.raises(InvalidTransition, match="approve it first"):
        store.publish(1, author="zhang", base_revision=1)
    info = store.approve(1, author="zhang", base_revision=1)
    assert (info.status, info.status_by, info.revision) == ("reviewed", "zhang", 2)
    with pytest.raises(InvalidTransition, match="only a draft can be approved"):
        store.approve(1, author="zhang", base_revision=2)
    with pytest.raises(PublishBlocked) as blocked:
        store.publish(1, author="zhang", base_revision=2)
    assert blocked.value.blockers == [
        "open flag subtotal_mismatch (3): 维权帮扶: items add up to 22, declared 23",
    ]  # the total adds up: 18 + 15 + 23 declared; the open flag is the sum that does not
    assert store.revision(1) == 2  # the refused publish changed nothing

    # a correction sends the reviewed version back to draft
    info = store.correct(1, FIX_5, author="li", reason="p4 says 5", base_revision=2)
    assert info.status == "draft" and "back to draft" in store.log(1)[-1].message
    assert store.publish_blockers(1) == []  # the sum adds up now: the fix closed its flag
    info = store.correct(1, [{"op": "replace", "path": "/items/@5/points", "value": 6}], author="li",
                         reason="try 6", base_revision=info.revision)
    assert store.publish_blockers(1) == ["open flag subtotal_mismatch (3): 维权帮扶: items add up to 22, declared 23"]
    info = store.approve(1, author="zhang", base_revision=info.revision)  # broken again: the flag is open again
    info = store.publish(1, author="zhang", base_revision=info.revision, override_reason="checked with the issuer")
    assert info.status == "published"
    last = store.log(1)[-1]
    assert (last.action, last.override_reason) == ("published", "checked with the issuer")
    assert last.data["overridden"][0].startswith("open flag subtotal_mismatch")
    with pytest.raises(InvalidTransition, match="published and frozen"):
        store.correct(1, FIX_5, author="li", reason="r", base_revision=info.revision)

    # to fix a published scheme: a new draft with the corrections carried
    draft = store.revise(1, author="li", base_revision=info.revision)
    assert (draft.ref, draft.status, draft.scheme.item("5").points) == ("1@2", "draft", 6)
    assert store.get("1@published").version == 1


def test_clean_scheme_publishes_without_override(store, tmp_path):
    ingest(store, tmp_path)
    store.correct(1, FIX_5 + [{"op": "replace", "path": "/flags/@subtotal_mismatch:3/resolved", "value": True}],
                  author="li", reason="p4 says 5", base_revision=1)
    assert store.publish_blockers(1) == []
    store.approve(1, author="zhang", base_revision=2)
    info = store.publish(1, author="zhang", base_revision=3)
    assert info.status == "published" and store.log(1)[-1].override_reason is None


# --------------------------------------------------------------------------- score runs and consistency


def test_score_runs_are_idempotent(store, tmp_path):
    ingest(store, tmp_path)
    first = store.record_score_run("1@1", submissions_sha256="a" * 64, options={"round": 2, "x": [1]},
                                   outputs="out/run1")
    again = store.record_score_run("1@1", submissions_sha256="a" * 64, options={"x": [1], "round": 2},
                                   outputs="out/run2")
    assert first.created and not again.created and again.id == first.id and again.outputs == "out/run1"
    other = store.record_score_run("1@1", submissions_sha256="b" * 64, options={"round": 2, "x": [1]},
                                   outputs="out/run3")
    assert other.created and other.id != first.id
    store.correct(1, FIX_5, author="li", reason="r", base_revision=1)  # the scheme changed: a new run
    assert store.record_score_run("1@1", submissions_sha256="a" * 64, options={"round": 2, "x": [1]},
                                  outputs="out/run4").created
    assert len(store.score_runs("1@1")) == 3


def test_consistency_check_passes_on_a_busy_store(store, tmp_path):
    ingest(store, tmp_path)
    store.correct(1, FIX_5, author="li", reason="r", base_revision=1)
    ingest(store, tmp_path, content="v2")
    assert store.check_consistency() == []
    summary = store.list_schemes()[0]
    assert (summary.versions, summary.latest_status, summary.revision, summary.open_flags) == (2, "draft", 3, 0)


def test_concurrent_writers_on_the_same_revision(store, tmp_path, monkeypatch):
    from store_schemes import race_two_writers

    ingest(store, tmp_path)
    results = race_two_writers(store, monkeypatch)
    assert results["first"] == 2
    assert isinstance(results["second"], StaleWrite) and results["second"].by == "first"
    assert store.get(1).scheme.item("5").points == 5 and store.check_consistency() == []
