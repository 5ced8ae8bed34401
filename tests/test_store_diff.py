"""Diffing two schemes, e.g. two years' notices (pure)."""

from __future__ import annotations

from store_schemes import SHAOXING, build_scheme

from schemes.diff import diff_schemes, match_by_id_and_text, normalize


def test_normalize_ignores_spacing_punctuation_and_width():
    assert normalize("深入开展 “宣传宣讲” 活动。") == normalize("深入开展宣传宣讲活动")
    assert normalize("ＡＢＣ１") == "abc1"


def test_matching_prefers_text_over_shifted_ids():
    old = [("3.1", "加强风险排查"), ("3.2", "推进和谐劳动关系创建"), ("3.3", "做好困难职工帮扶工作")]
    new = [("3.1", "加强风险排查"), ("3.2", "做好困难职工帮扶工作")]  # 3.2 dropped, 3.3 renumbered
    assert match_by_id_and_text(old, new) == {"3.1": "3.1", "3.3": "3.2"}


def test_same_id_with_unrelated_text_is_not_a_match():
    assert match_by_id_and_text([("1", "职工医疗互助保障")], [("1", "网上工会建设与宣传")]) == {}
    assert match_by_id_and_text([("1", "职工医疗互助保障活动")], [("1", "职工医疗互助保障工作")]) == {"1": "1"}


def test_diff_between_two_years():
    y2019 = build_scheme()
    specs_2020 = [
        ("思想引领", 20, [
            ("1", "深入开展宣传宣讲活动", 6),
            ("2", "组织开展主题宣传教育系列活动", 7),  # points 5 → 7
            ("3", "组织开展送文化下基层活动", 5),
            ("4", "加强思想政治工作的舆情关注", 2),
        ]),
        ("岗位建功", 15, [
            ("1", "广泛开展劳动和技能竞赛活动，组织职工参加", 8),  # text extended
            ("2", "做好劳模工匠馆资料收集", 7),
        ]),
        ("维权帮扶", 22, [  # 困难职工帮扶 gone, codes shift
            ("1", "加强职工队伍稳定风险排查研判化解", 5),
            ("2", "推进和谐劳动关系创建", 4),
            ("3", "维护女职工合法权益", 4),
            ("4", "开展法律援助服务", 4),
            ("5", "推进职工服务阵地建设", 5),  # new
        ]),
        ("网上工会", 10, [("1", "加强网上工会建设", 10)]),  # new category
    ]
    y2020 = build_scheme(specs_2020, title="2020年度考核办法", year=2020, total=67)
    d = diff_schemes(y2019, y2020, "1@1", "2@1")
    assert (d.a_total, d.b_total) == (56, 67)
    assert sorted(i.text for i in d.added) == ["加强网上工会建设", "推进职工服务阵地建设"]
    assert [i.text for i in d.removed] == ["做好困难职工帮扶工作"]
    changes = {c.b.text: c.changed for c in d.changed}
    assert changes["组织开展主题宣传教育系列活动"] == ["points"]
    assert changes["广泛开展劳动和技能竞赛活动，组织职工参加"] == ["text"]
    assert changes["维护女职工合法权益"] == ["id"]  # 3.4 → 3.3: same item, new number
    assert changes["开展法律援助服务"] == ["id"]  # 5 → 3.4, while the new id 5 is another item
    assert next(i for i in d.added if i.id == "5").text == "推进职工服务阵地建设"
    cats = {c.name: c for c in d.categories}
    assert (cats["思想引领"].a_points, cats["思想引领"].b_points, cats["思想引领"].change) == (18, 20, "changed")
    assert cats["岗位建功"].change == "same"
    assert (cats["维权帮扶"].a_items_sum, cats["维权帮扶"].b_items_sum) == (22, 22)
    assert cats["网上工会"].change == "added"


def test_identical_schemes_have_an_empty_diff():
    assert diff_schemes(build_scheme(), build_scheme(SHAOXING)).is_empty
