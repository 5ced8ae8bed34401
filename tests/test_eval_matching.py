"""`kaohe eval` matching: text, name or criteria similar (normalised ratio ≥ 0.6)."""

import json

from pipeline.evaluate import gold_entries, gold_path, match, normalise, rule_kind_agrees, search_path


def test_normalising_removes_whitespace_and_folds_full_width_and_traditional_characters():
    assert normalise("評分 標準\n（１０分）") == "评分标准(10分)"


def test_an_item_matches_on_its_name_when_the_texts_differ():
    gold = [{"text": "形成项目HSE实施计划", "name": "编制项目HSE管理文件", "criteria": "", "code": "7"}]
    extracted = [{"text": "检查内业资料", "name": "编制项目HSE管理文件", "criteria": "", "code": "", "path": []}]
    assert [(g, e) for g, e, _ in match(gold, extracted)] == [(0, 0)]


def test_below_the_ratio_nothing_matches_unless_code_and_category_agree():
    gold = [{"text": "未经请假的,1人一次扣1分", "code": "2.1", "category": "例会"}]
    far = [{"text": "部室人员因故不能参加的,由部室事先向分管领导请假,未经请假的,1人一次扣1分", "code": "2.1",
            "path": ["例会"]}]
    assert len(match(gold, far)) == 1
    assert match(gold, [dict(far[0], path=["其他"])]) == []


def test_each_gold_entry_matches_at_most_one_extracted_entry_best_first():
    gold = [{"text": "建立制度台账"}, {"text": "开展安全培训"}]
    extracted = [{"text": "开展安全培训"}, {"text": "建立制度台账并归档"}, {"text": "建立制度台账"}]
    assert [(g, e) for g, e, _ in match(gold, extracted)] == [(0, 2), (1, 0)]


def test_gold_entries_for_other_formats_only_are_left_out():
    gold = {"items": [{"text": "a"}, {"text": "b", "fixtures": ["x.html"]}], "bonus": [{"text": "c"}]}
    assert [e["text"] for e in gold_entries(gold, "x.pdf")] == ["a", "c"]
    assert [e["text"] for e in gold_entries(gold, "x.html")] == ["a", "b", "c"]


def test_gold_category_path_follows_parents_and_the_form_disambiguates():
    gold = {"categories": [{"name": "教学表"}, {"name": "基本分项", "parent": "教学表"},
                           {"name": "研究表"}, {"name": "基本分项", "parent": "研究表"}]}
    assert gold_path(gold, {"category": "基本分项", "form": "研究表"}) == ["研究表", "基本分项"]


def test_documents_are_looked_for_beside_the_gold_folder(tmp_path):
    gold = tmp_path / "corpus" / "gold"
    gold.mkdir(parents=True)
    (gold / "x.json").write_text(json.dumps({"fixtures": ["x.docx"]}))
    assert tmp_path / "corpus" in search_path(gold)


def test_a_range_the_rater_chooses_within_is_the_golds_manual_judgement():
    assert rule_kind_agrees("manual", "range")
    assert rule_kind_agrees("tiers", "tiers")
    assert not rule_kind_agrees("threshold", "range")
    assert not rule_kind_agrees("manual", None)
