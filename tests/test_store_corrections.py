"""Corrections as JSON Patch with stable targets (pure functions, no store)."""

from __future__ import annotations

import pytest
from store_schemes import SHAOXING, build_scheme, edited

from schemes.corrections import (
    CorrectionError, TargetMissing, apply_ops, check_correction, element_keys, replay, resolve_path, scheme_doc,
    stabilize,
)
from schemes.store.carry import Previous, carry


def doc():
    return scheme_doc(build_scheme())


def test_paths_address_items_by_id_not_position():
    d = doc()
    assert resolve_path(d, "/items/@5/points") == "/items/10/points"
    assert resolve_path(d, "/categories/@3/points") == "/categories/2/points"
    assert resolve_path(d, "/flags/@subtotal_mismatch:3/resolved") == "/flags/0/resolved"
    with pytest.raises(TargetMissing, match="item 9.9 does not exist"):
        resolve_path(d, "/items/@9.9/points")


def test_a_correction_survives_reordered_lists():
    ops = [{"op": "replace", "path": "/items/@5/points", "value": 5}]
    d = doc()
    reordered = dict(d, items=list(reversed(d["items"])))
    for base in (d, reordered):
        after = apply_ops(base, ops)
        assert next(i for i in after["items"] if i["id"] == "5")["points"] == 5
        changed = [a["id"] for a, b in zip(after["items"], base["items"]) if a != b]
        assert changed == ["5"]


def test_stabilize_rewrites_positions_to_keys():
    d = doc()
    ops = stabilize(d, [{"op": "replace", "path": "/items/10/points", "value": 5},
                        {"op": "remove", "path": "/items/0"},
                        {"op": "add", "path": "/items/0", "value": d["items"][3]},
                        {"op": "replace", "path": "/flags/0/resolved", "value": True}])
    assert [o["path"] for o in ops] == ["/items/@5/points", "/items/@1.1", "/items/@1.2", "/flags/@subtotal_mismatch:3/resolved"]


def test_add_before_an_anchor_and_append():
    d = doc()
    new = dict(d["items"][0], id="1.9", code="9", text="新增的考核内容")
    after = apply_ops(d, [{"op": "add", "path": "/items/@1.2", "value": new},
                          {"op": "add", "path": "/items/-", "value": dict(new, id="1.10")}])
    ids = [i["id"] for i in after["items"]]
    assert ids[:3] == ["1.1", "1.9", "1.2"] and ids[-1] == "1.10"


def test_repeated_keys_get_a_counter():
    assert element_keys("flags", [{"kind": "truncated"}, {"kind": "truncated"}, {"kind": "x", "target": "1"}]) == [
        "truncated", "truncated#2", "x:1"]


def test_invalid_results_are_refused_with_the_reason():
    d = doc()
    with pytest.raises(CorrectionError, match="not a valid scheme.*points"):
        check_correction(d, [{"op": "replace", "path": "/items/@5/points", "value": "six"}])
    with pytest.raises(CorrectionError, match="category 9, which does not exist"):
        check_correction(d, [{"op": "replace", "path": "/items/@5/category", "value": "9"}])
    with pytest.raises(CorrectionError, match="2 items have the id 1.1"):
        check_correction(d, [{"op": "add", "path": "/items/-", "value": d["items"][0]}])
    with pytest.raises(CorrectionError, match="not a JSON Patch operation"):
        check_correction(d, [{"op": "frobnicate", "path": "/items"}])


def test_existing_problems_do_not_block_unrelated_corrections():
    d = doc()
    d["items"].append(dict(d["items"][0]))  # the extraction itself produced a duplicate id
    _, scheme = check_correction(d, [{"op": "replace", "path": "/items/@5/points", "value": 5}])
    assert scheme.item("5").points == 5


def test_replay_applies_corrections_in_order():
    scheme = replay(doc(), [[{"op": "replace", "path": "/items/@5/points", "value": 5}],
                            [{"op": "replace", "path": "/items/@5/points", "value": 4.5}]])
    assert scheme.item("5").points == 4.5


def test_carry_follows_items_by_text_when_codes_shift():
    old = doc()
    previous = [
        Previous(1, [{"op": "replace", "path": "/items/@5/points", "value": 5}]),  # 开展法律援助服务
        Previous(2, [{"op": "replace", "path": "/items/@3.3/points", "value": 4}]),  # 做好困难职工帮扶工作
        Previous(3, [{"op": "replace", "path": "/flags/@subtotal_mismatch:3/resolved", "value": True}]),
    ]
    current = replay(old, [p.ops for p in previous])
    # the new notice drops 困难职工帮扶 and inserts a new first item: every code in category 3 moves
    specs = edited(SHAOXING, 2, drop="做好困难职工帮扶工作", insert=(0, ("", "建立职工服务阵地", 2)))
    new = scheme_doc(build_scheme(specs))
    results = carry(old, current, previous, new)
    assert [r.status for r in results] == ["applied", "conflict", "applied"]
    assert results[0].ops[0]["path"] == "/items/@5/points"  # 开展法律援助服务 is code 5 again (one in, one out)
    assert "item 3.3 (做好困难职工帮扶工作) is no longer in the extracted scheme" in results[1].conflict
    after = replay(new, [r.ops for r in results if r.status == "applied"])
    assert next(i for i in after.items if i.text == "开展法律援助服务").points == 5
    assert next(i for i in after.items if i.text == "维护女职工合法权益").points == 4  # untouched


def test_carry_follows_a_reviewer_fix_that_the_new_extractor_reads_itself():
    old = doc()
    fix = [{"op": "replace", "path": "/items/@1.1/text", "value": "深入开展“新时代”宣传宣讲活动"},
           {"op": "replace", "path": "/items/@1.1/points", "value": 6.5}]
    current = replay(old, [fix])
    specs = [("思想引领", 18, [("1", "深入开展“新时代”宣传宣讲活动", 6)] + list(SHAOXING[0][2][1:]))] + SHAOXING[1:]
    specs[0][2][0:1] = []  # code 1 disappears from category 1 …
    specs[0][2].append(("5", "深入开展“新时代”宣传宣讲活动", 6))  # … and comes back as 1.5 with the fixed text
    new = scheme_doc(build_scheme(specs))
    [result] = carry(old, current, [Previous(1, fix)], new)
    assert result.status == "applied"
    assert result.ops[1]["path"] == "/items/@1.5/points"


def test_carry_sets_aside_flag_fixes_that_are_no_longer_needed_and_refuses_duplicates():
    old = doc()
    added = dict(old["items"][0], id="3.6", category="3", code="6", text="开展职工法律服务", points=1)
    previous = [
        Previous(1, [{"op": "replace", "path": "/flags/@subtotal_mismatch:3/resolved", "value": True}]),
        Previous(2, [{"op": "add", "path": "/items/-", "value": added}]),
    ]
    current = replay(old, [p.ops for p in previous])
    # the better extractor reads the missing item itself (as 3.6 under code 6) and the subtotal adds up
    specs = edited(SHAOXING, 2, insert=(5, ("", "开展职工法律服务", 1)))
    new = scheme_doc(build_scheme(specs))
    assert new["flags"] == []
    results = carry(old, current, previous, new)
    assert [r.status for r in results] == ["dismissed", "conflict"]
    assert results[0].conflict == "not needed: the extractor no longer raises subtotal_mismatch:3"
    assert "already in the new extraction as item 6" in results[1].conflict
