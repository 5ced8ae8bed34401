"""A store written by the v1 model migrates to v2 with nothing lost.

``tests/data/v1_store.sqlite3`` was written by the code of commit 79e233a
(scheme model 1.0): ``kaohe ingest`` of 000_city_2016.html (scheme 1) and
001_union_2011_table.docx (scheme 2), then two corrections — category 3 of
scheme 1 from 8 to 7 points, item 5 of scheme 2 from 3 to 4 points (whose
threshold rule kept its own copy, 3, in v1) — and scheme 2 approved.
"""

from __future__ import annotations

import json
import shutil
import sqlite3

import pytest
from conftest import NOTICES, ROOT
from scoring_schemes import write_long_csv

from pipeline.scoring import score_file
from pipeline.scoring.numbers import fmt
from schemes.store import Store

V1_DB = ROOT / "tests" / "data" / "v1_store.sqlite3"
NOTICE_FILES = ["000_city_2016.html", "001_union_2011_table.docx"]


def _v1_rows(db) -> tuple[dict[int, dict], dict[int, list]]:
    con = sqlite3.connect(db)
    try:
        versions = {i: json.loads(x) for i, x in con.execute("select id, extracted from scheme_versions")}
        ops = {i: json.loads(x) for i, x in con.execute("select id, ops from corrections")}
    finally:
        con.close()
    return versions, ops


@pytest.fixture
def home(tmp_path):
    """A workspace holding the v1 database and the stored copies of its two notices."""
    home = tmp_path / "home"
    home.mkdir()
    shutil.copyfile(V1_DB, home / "kaohe.sqlite3")
    con = sqlite3.connect(home / "kaohe.sqlite3")
    stored = dict(con.execute("select original_name, stored_path from documents"))
    con.close()
    for name in NOTICE_FILES:
        (home / stored[name]).parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(NOTICES / name, home / stored[name])
    return home


def _without_rule_points(doc: dict) -> dict:
    doc = json.loads(json.dumps(doc))
    doc.pop("schema_version")
    for item in doc["items"]:
        if item.get("rule") and item["rule"]["kind"] in ("threshold", "proportional"):
            assert item["rule"].pop("points") == item["points"]
    return doc


def test_the_v1_file_is_really_v1():
    versions, _ = _v1_rows(V1_DB)
    assert {v["schema_version"] for v in versions.values()} == {"1.0"}
    assert any("points" in (i.get("rule") or {}) for v in versions.values() for i in v["items"])


def test_opening_migrates_every_stored_scheme_to_v2_losing_nothing(home):
    before, ops_before = _v1_rows(home / "kaohe.sqlite3")
    with Store.open(home=home) as store:
        after, ops_after = _v1_rows(home / "kaohe.sqlite3")
        assert {v["schema_version"] for v in after.values()} == {"2.0"}
        for vid, doc in before.items():
            migrated = dict(after[vid])
            migrated.pop("schema_version")
            assert migrated == _without_rule_points(doc)
        assert ops_after == ops_before  # item-level corrections need no rewriting
        assert store.check_consistency() == []


def test_history_statuses_and_corrections_survive(home):
    with Store.open(home=home) as store:
        one, two = store.get(1), store.get(2)
        assert (one.status, two.status, one.revision, two.revision) == ("draft", "reviewed", 2, 3)
        assert one.scheme.category("3").points == 7
        assert [e.action for e in store.log(2)] == ["created", "corrected", "approved"]
        assert [c.ops for c in two.corrections] == [[{"op": "replace", "path": "/items/@5/points", "value": 4}]]


def test_the_corrected_item_5_of_001_scores_4_after_the_migration(home, tmp_path):
    with Store.open(home=home) as store:
        scheme = store.scheme(2)
    item = scheme.item("5")
    assert (item.points, item.rule.kind) == (4, "threshold")
    facts = [("甲", i.id, "score", 0) for i in scheme.items if i.id != "5"] + [("甲", "5", "value", "99%")]
    results = score_file(scheme, write_long_csv(tmp_path / "subs.csv", facts))
    assert fmt(int(results.items["5"][0])) == "4"
