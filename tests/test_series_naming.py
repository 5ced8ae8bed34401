"""Series names and matching (schemes/series.py)."""

from schemes.series import best_series, series_name, strip_year


def test_the_year_is_taken_out_of_the_title():
    assert strip_year("2011年度工会工作目标管理考核表") == "工会工作目标管理考核表"
    assert strip_year("《2023年区总工会机关各部室创先争优绩效考核实施办法》") == "区总工会机关各部室创先争优绩效考核实施办法"
    assert strip_year("二〇二四年度基层工会工作考核细则") == "基层工会工作考核细则"


def test_the_part_before_the_year_is_the_issuer_when_metadata_has_none():
    s = series_name("绍兴市直部门系统（开发区）、省直协管单位工会（工委）2019年度重点工作考核办法")
    assert (s.issuer, s.title) == ("绍兴市直部门系统（开发区）、省直协管单位工会（工委）", "重点工作考核办法")
    assert s.name == "绍兴市直部门系统（开发区）、省直协管单位工会（工委） / 重点工作考核办法"


def test_an_issuer_given_by_the_metadata_is_kept():
    s = series_name("2024年基层工会工作考核办法", "绍兴市总工会")
    assert s.name == "绍兴市总工会 / 基层工会工作考核办法"


def test_two_years_of_one_notice_share_a_key_and_find_their_series():
    a = series_name("2011年度工会工作目标管理考核表")
    b = series_name("2012年度工会工作目标管理考核表")
    assert a.key == b.key
    other = series_name("2019年度重点工作考核办法")
    assert best_series([(1, other.key), (2, a.key)], b.key) == 2


def test_a_different_notice_finds_no_series():
    a = series_name("2011年度工会工作目标管理考核表")
    b = series_name("2023年区总工会机关各部室创先争优绩效考核实施办法")
    assert best_series([(1, a.key)], b.key) is None
