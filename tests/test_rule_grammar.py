"""Criteria text → rules: the grammar on the phrasing notices use."""

import pytest

from schemes.criteria.numbers import parse_number
from schemes.criteria.rules import parse_rule


def rule(text, points=None, item_text="", deduction=False):
    return parse_rule(text, points, item_text, deduction_scheme=deduction).rule


def test_award_or_nothing_is_a_threshold():
    r = rule("达标得3分，未达标不得分", 3)
    assert r.kind == "threshold" and "points" not in type(r).model_fields  # worth the item's points


def test_threshold_target_is_read_from_达到80以上():
    r = rule("建会率达到80%以上得2分，未达标不得分", 2)
    assert (r.target.op, r.target.value, r.target.unit) == (">=", 0.8, "%")


def test_awards_summing_to_the_points_are_components():
    r = rule("有年度计划得1分，完成培训任务得1分，完成调训任务得1分", 3)
    assert r.kind == "components" and [c.points for c in r.components] == [1.0, 1.0, 1.0]


def test_numeric_tiers_keep_their_bounds_and_inclusivity():
    r = rule("比例达到50%不足80%的得1分，达到80%及以上的得2分", 2)
    assert [(t.lower, t.lower_inclusive, t.upper, t.upper_inclusive, t.points) for t in r.tiers] == [
        (0.5, True, 0.8, False, 1.0), (0.8, True, None, False, 2.0)]


def test_超过_is_a_strict_lower_bound():
    r = rule("完成率超过90%的得2分，完成率达到60%不足90%的得1分", 2)
    assert [(t.lower, t.lower_inclusive, t.points) for t in r.tiers] == [(0.9, False, 2.0), (0.6, True, 1.0)]


def test_alternative_awards_are_labelled_tiers_in_printed_order():
    r = rule("全部达标得3分，前4项达标得2分", 3)
    assert r.kind == "tiers" and [t.points for t in r.tiers] == [3.0, 2.0]


def test_per_occurrence_with_扣完为止_floors_at_zero():
    r = rule("每发现一家扣0.5分，扣完为止", 4)
    assert (r.kind, r.delta, r.unit, r.floor) == ("per_occurrence", -0.5, "家", 0.0)


def test_per_occurrence_without_a_maximum_has_no_floor_in_a_deduction_scheme():
    r = rule("无故迟到或早退的,1人一次扣0.5分", None, deduction=True)
    assert (r.delta, r.unit, r.floor) == (-0.5, "人次", None)


def test_a_cap_on_deductions():
    r = rule("每次扣1分，最多扣3分", 5)
    assert (r.delta, r.cap) == (-1.0, 3.0)


def test_whole_item_gate_is_lifted_out():
    r = rule("全面实施得3分，效果一般得2分，建档率不达标整项不得分", 3)
    assert r.gate == "建档率不达标"


def test_综合打分_is_manual():
    assert rule("根据报送数量综合打分", 4).kind == "manual"


def test_descriptive_criteria_with_points_are_manual():
    assert rule("做好财务会计规范化工作。", 2).kind == "manual"


def test_按比例_is_proportional():
    r = rule("按完成比例计分", 5)
    assert r.kind == "proportional" and "points" not in type(r).model_fields  # of the item's points


def test_chinese_numerals_and_fractions_are_numbers():
    assert [parse_number(t) for t in ("二分之一", "十二", "80%", "０.５", "三")] == [0.5, 12.0, 0.8, 0.5, 3.0]


def test_awards_exceeding_the_points_are_not_guessed():
    parsed = parse_rule("建立制度得5分，开展活动得5分", 3)
    assert parsed.rule is None and "more than" in parsed.reason


def test_criteria_that_only_say_when_nothing_is_earned_are_all_or_nothing():
    from schemes.criteria.rules import parse_rule

    r = parse_rule("未设置专职管理机构的,不得分;办公场所和经费不落实的,不得分", 2.0).rule
    assert r.kind == "threshold" and r.target is None


# --------------------------------------------------------------------------- ranges (扣1-2分)


@pytest.mark.parametrize("text, low, high, direction", [
    ("扣1-2分", 1, 2, "deduct"),
    ("扣1～3分", 1, 3, "deduct"),
    ("扣1至3分", 1, 3, "deduct"),
    ("扣1分至2分", 1, 2, "deduct"),
    ("加2-5分", 2, 5, "award"),
])
def test_a_printed_range_is_a_range_rule(text, low, high, direction):
    r = rule(text, 5)
    assert (r.kind, r.min, r.max, r.direction, r.per_occurrence) == ("range", low, high, direction, False)


def test_a_range_with_its_condition_is_a_range_rule():
    r = rule("制度未按要求落实的，扣1-2分", 3)
    assert (r.kind, r.min, r.max, r.direction) == ("range", 1, 2, "deduct")


def test_每处_makes_a_range_per_occurrence():
    r = rule("台账不全的每处扣0.5-1分", 3)
    assert (r.kind, r.min, r.max, r.per_occurrence) == ("range", 0.5, 1, True)


def test_an_occurrence_named_in_the_clause_before_makes_a_range_per_occurrence():
    r = rule("每发现一处问题，扣1-2分", 3)
    assert (r.kind, r.per_occurrence) == ("range", True)


def test_a_count_in_an_earlier_condition_is_not_an_occurrence():
    r = rule("每年开展一次培训，未开展的扣1-2分", 3)
    assert (r.kind, r.per_occurrence) == ("range", False)


def test_a_range_beside_a_fixed_deduction_keeps_the_per_occurrence_reading():
    r = rule("每项扣1分；情节严重的扣2-3分", 5)
    assert (r.kind, r.delta) == ("per_occurrence", -1.0)


def test_two_ranges_are_left_to_the_rater():
    assert rule("资料不全扣1-2分；未建台账扣2-3分", 5).kind == "manual"


def test_a_range_keeps_the_gate():
    r = rule("工作不到位扣1-2分，未开展的整项不得分", 4)
    assert (r.kind, r.gate) == ("range", "未开展")


def test_an_extracted_range_is_scored_from_the_raters_choice(tmp_path):
    from pipeline.scoring import score_file
    from pipeline.scoring.numbers import fmt
    from schemes.model import Category, DocumentRef, Item, Metadata, Scheme

    parsed = rule("台账不全的每处扣0.5-1分", 3)
    scheme = Scheme(
        metadata=Metadata(title="某单位考核办法", source=DocumentRef(file="x.docx", sha256="0" * 64, format="docx")),
        total_points=3, categories=[Category(id="1", name="基础管理", points=3)],
        items=[Item(id="1", category="1", text="台账管理", points=3, criteria=parsed.text, rule=parsed)])
    csv = tmp_path / "facts.csv"
    csv.write_text("unit,item,input,value,rater,evidence\n甲,1,score,0.5,,\n甲,1,count,2,,\n", encoding="utf-8")
    assert fmt(int(score_file(scheme, csv).items["1"][0])) == "2"  # 3 - 2 × 0.5


def test_a_range_wider_than_the_item_is_flagged_by_reconciliation():
    from schemes.model import Category, DocumentRef, Item, Metadata, Scheme
    from schemes.reconcile import check_rules

    scheme = Scheme(
        metadata=Metadata(title="某单位考核办法", source=DocumentRef(file="x.docx", sha256="0" * 64, format="docx")),
        total_points=2, categories=[Category(id="1", name="基础管理", points=2)],
        items=[Item(id="1", category="1", text="台账管理", points=2, criteria="扣1-3分", rule=rule("扣1-3分", 2))])
    assert [f.kind for f in check_rules(scheme)] == ["rule_points_mismatch"]


def test_levels_with_their_own_points_bands_are_labelled_tiers_worth_the_band_top():
    rule = parse_rule("资料齐全、分析深入（16-20分）；资料基本齐全（10-15分）；资料缺失较多（0-9分）", 20).rule
    assert rule.kind == "tiers"
    assert [(t.label, t.min_points, t.points) for t in rule.tiers] == [
        ("资料齐全、分析深入（16-20分）", 16.0, 20.0), ("资料基本齐全（10-15分）", 10.0, 15.0),
        ("资料缺失较多（0-9分）", 0.0, 9.0)]


def test_bands_written_without_brackets_after_a_level_word_are_levels_too():
    rule = parse_rule("熟练8-10分；一般5至7分", 10).rule
    assert [(t.label, t.min_points, t.points) for t in rule.tiers] == [("熟练（8-10分）", 8.0, 10.0),
                                                                       ("一般（5-7分）", 5.0, 7.0)]


def test_overlapping_bands_or_bands_after_a_verb_are_not_levels():
    assert parse_rule("较好6-9分；一般5-8分", 10).rule.kind != "tiers"
    assert parse_rule("每处扣1-2分", 10).rule.kind == "range"


def test_criteria_that_only_say_when_the_item_is_lost_are_a_threshold():
    rule = parse_rule("年内未开展演练的本项不得分", 5).rule
    assert (rule.kind, rule.gate) == ("threshold", "年内未开展演练")


def test_the_items_points_when_met_less_a_step_per_shortfall_is_per_occurrence():
    rule = parse_rule("台账齐全的得6分；每缺一本扣1.5分", 6).rule
    assert (rule.kind, rule.delta, rule.floor) == ("per_occurrence", -1.5, 0.0)


def test_a_points_verb_glued_to_the_counter_before_it_still_reads():
    # jieba's unknown-word model joins 次+扣 and 次+得; the pipeline splits them again
    assert rule("每少1次扣2.5分", 10).kind == "per_occurrence"
    r = rule("每开展1次得5分，最高15分", 15)
    assert (r.kind, r.delta, r.cap) == ("per_occurrence", 5.0, 15.0)


def test_the_amount_of_a_cap_is_not_an_award_of_its_own():
    r = rule("每项加1分，最高加5分", None)
    assert (r.kind, r.delta, r.cap) == ("per_occurrence", 1.0, 5.0)


def test_full_marks_when_done_and_the_raters_judgement_below_is_manual():
    assert rule("全面完成得15分，部分完成的酌情扣分", 15).kind == "manual"
    assert rule("全面完成得15分，未完成不得分", 15).kind == "threshold"


def test_an_alternative_in_brackets_after_the_award_is_a_lower_tier():
    r = rule("两种模式都能切换给6分（如果只实现一种给3分）", 6)
    assert (r.kind, [t.points for t in r.tiers]) == ("tiers", [6.0, 3.0])


def test_a_step_of_a_rate_below_full_marks_is_a_deduction_per_step():
    r = rule("到课率达到90%以上的得6分，每降低2个百分点扣1分", 6)
    assert (r.kind, r.delta) == ("per_occurrence", -1.0)


def test_a_floor_of_zero_is_not_an_award_of_nothing():
    r = rule("合格率达到98%以上得满分，每降低1个百分点扣0.5分，最低得0分", 8)
    assert (r.kind, r.delta, r.floor) == ("per_occurrence", -0.5, 0.0)


def test_class_periods_and_days_are_counted_occurrences():
    assert (rule("每学期评课不少于10节，每少1节扣1分", 5).unit, rule("报告每迟交1天扣2分", 10).unit) == ("节", "天")


def test_an_award_per_occurrence_beside_a_fixed_one_under_a_cap_are_components():
    r = rule("参加志愿活动的，每次计1分；获评优秀志愿者的，另计3分；本项最高6分", 6)
    assert (r.kind, [(c.points, c.per_occurrence) for c in r.components]) == ("components", [(1.0, True), (3.0, False)])


def test_levels_each_with_an_award_under_a_cap_no_sum_fits_are_tiers():
    r = rule("获省级奖加20分，市级奖加12分，县级奖加6分，最高上限20分", None)
    assert (r.kind, [t.points for t in r.tiers]) == ("tiers", [20.0, 12.0, 6.0])


def test_full_marks_in_words_is_an_award_of_the_items_points():
    r = rule("资料齐全的得满分，不齐全的不得分", 4)
    assert r.kind == "threshold"


def test_a_middle_level_left_to_the_rater_makes_three_labelled_tiers():
    # named rule judged_middle: full marks, a rater's score inside 0..points, nothing
    r = rule("按时完成的得该项分值，部分完成的酌情扣分，未完成的不得分", 6)
    assert [(t.label, t.points, t.min_points) for t in r.tiers] == [
        ("按时完成", 6.0, None), ("部分完成", 6.0, 0.0), ("未完成", 0.0, None)]


def test_levels_listed_then_their_points_after_分别_are_labelled_tiers():
    # named rule respective_levels
    r = rule("评定为优秀、良好、一般、较差的，分别得10分、8分、6分、2分", 10)
    assert [(t.label, t.points) for t in r.tiers] == [("优秀", 10.0), ("良好", 8.0), ("一般", 6.0), ("较差", 2.0)]


def test_requirements_listed_and_worth_the_same_each_are_components_when_they_make_the_items_points():
    # named rule listed_parts
    from schemes.criteria.rules import parse_rule
    rule = parse_rule("台账齐全、制度上墙、专人负责，每项4分", 12).rule
    assert (rule.kind, [(c.label, c.points) for c in rule.components]) == (
        "components", [("台账齐全", 4.0), ("制度上墙", 4.0), ("专人负责", 4.0)])
    assert parse_rule("台账齐全、制度上墙，每项4分", 12).rule.kind != "components"


def test_a_share_of_the_items_points_is_read_as_the_points_it_comes_to():
    # named rule share_of_item
    from schemes.criteria.rules import parse_rule
    rule = parse_rule("发生违纪案件的，每起按该项基础分的30%扣减，扣完为止。", 10).rule
    assert (rule.kind, rule.delta, rule.text) == ("per_occurrence", -3.0, "发生违纪案件的，每起按该项基础分的30%扣减，扣完为止。")
    assert parse_rule("按时公开的得满分；未按时公开的，按该项分值的一半计分。", 5).rule.kind == "tiers"


def test_a_share_of_the_items_points_earned_is_the_points_it_comes_to():
    # named rule share_of_item, earned form: 得该项分值的一半 / 得该项分值的60% / 得该项全部分值
    rule = parse_rule("全部落实的得该项全部分值，部分落实的得该项分值的一半，未落实的不得分", 10).rule
    assert [(t.label, t.points) for t in rule.tiers] == [("全部落实", 10.0), ("部分落实", 5.0)]
    rule = parse_rule("达标的得满分，基本达标的得该项分值的60%", 15).rule
    assert [(t.label, t.points) for t in rule.tiers] == [("达标", 15.0), ("基本达标", 9.0)]


def test_an_amount_after_每_with_no_verb_is_an_award_per_occurrence():
    # grammar pattern PER_AWARD: 每场次1分, 每人次0.2分
    from schemes.criteria.rules import parse_rule
    rule = parse_rule("每人次0.2分", 8).rule
    assert (rule.kind, rule.delta) == ("per_occurrence", 0.2)
    assert parse_rule("每篇加0.5分", 4).rule.delta == 0.5


def test_a_raw_score_out_of_100_scaled_by_a_percentage_is_proportional():
    from schemes.criteria.rules import parse_rule
    assert parse_rule("由居民代表评议，评议满分100分，按40%折算。", 40).rule.kind == "proportional"


def test_a_parts_points_and_share_in_one_note_are_read_apart():
    from pipeline.extract.grammar.entries import split_weight_note
    assert split_weight_note("日常考核（满分100分，占60%）") == (4, 100.0, 0.6)
    assert split_weight_note("组织建设（占20分）") == (10, None, None)


def test_a_dash_between_two_numbers_is_a_range():
    from schemes.criteria.numbers import fold
    from schemes.criteria.rules import parse_rule
    assert fold("优秀32—35分；较好27–31分，——") == "优秀32-35分;较好27-31分,——"
    assert parse_rule("评分：优秀14—15分；较好12—13分；一般9—11分；较差8分以下。", 15).rule.kind == "tiers"


@pytest.mark.parametrize("text, amount", [("±10", 10), ("由质量部抽查，±5分", 5), ("视情况加减2分", 2), ("上下浮动3分", 3)])
def test_one_amount_either_way_is_a_signed_adjustment(text, amount):
    r = rule(text, None)
    assert (r.kind, r.min, r.max, r.direction) == ("range", -amount, amount, "adjust")


def test_a_signed_amount_beside_a_fixed_deduction_is_not_an_adjustment():
    assert rule("±10，迟报一次扣2分", 10).kind == "per_occurrence"


@pytest.mark.parametrize("text", ["由考核组根据完成情况在0至8分之间评定", "视完成质量在0-8分范围内打分"])
def test_a_band_to_judge_in_is_a_manual_rule(text):
    assert rule(text, 8).kind == "manual"
