"""Forms of stating points found by the probes of published notices, grassroots sheets, prose
regulations and rubrics (tests/data/forms7 … forms14), one named rule each.  All wording is invented."""

from extractors.model import Document, Paragraph, Provenance, Source
from pipeline.extract import extract_scheme
from test_extract_layout_stage import grid_table
from test_extract_stated_points import _doc


def _coded_table(category_cell: str):
    return _doc("食堂检查评分表", grid_table([
        ["类别", "指标", "分值", "评分标准"],
        [category_cell, "台账齐全", "6", "缺一项扣1分"],
        ["", "人员持证", "4", "一人无证扣2分"]], {(1, 0): (2, 1)}))


def test_a_category_cell_whose_last_line_is_its_points_has_those_points():
    # named rule points_line: 食品安全\n10分
    scheme = extract_scheme(_coded_table("食品安全\n10分"))
    assert [(c.name, c.points) for c in scheme.categories] == [("食品安全", 10.0)]


def test_a_capital_letter_set_apart_before_a_category_name_is_its_code():
    scheme = extract_scheme(_coded_table("B　食品安全（10）"))
    assert [(c.code, c.name, c.points) for c in scheme.categories] == [("B", "食品安全", 10.0)]


def test_minutes_are_not_points():
    # 共20分钟 is a duration: no item is worth 20 points, and an agenda is no scheme
    scheme = extract_scheme(_doc("关于召开考核工作部署会的通知", "一、会议议程：",
                                 "1.通报上年度考核情况（10分钟）；", "2.交流发言，每个单位发言（共20分钟）；",
                                 "3.领导讲话（15分钟）。"))
    assert scheme.kind == "not_a_scheme"


def test_numbered_tasks_stating_no_points_weights_or_scoring_are_no_scheme():
    # named rule no_points_stated
    scheme = extract_scheme(_doc("2026年工会重点工作安排", "一、重点工作：", "1．开展职工技能竞赛。",
                                 "2．做好困难职工帮扶。", "3．推进职工之家建设。"))
    assert scheme.kind == "not_a_scheme"
    assert "no points, weights or scoring phrases" in scheme.flags[-1].message


def test_numbered_items_judged_without_points_are_still_a_scheme():
    scheme = extract_scheme(_doc("窗口服务考评办法", "一、考评内容：", "1．服务态度：由考评组综合评定。",
                                 "2．办结时限：由考评组综合评定。"))
    assert scheme.kind == "scheme"


def test_points_columns_and_criteria_in_chinese_numerals_read_as_numbers():
    # named rule numeral_cells (cells), the numerals stage (扣两分, 计二十五分)
    scheme = extract_scheme(_doc("档案管理考核表", grid_table([
        ["类别", "考核内容", "分值", "扣分标准"],
        ["基础管理\n（计二十五分）", "台账齐全", "十五", "缺一本扣两分，扣完为止"],
        ["", "归档及时", "十", "逾期一次扣零点五分"]], {(1, 0): (2, 1)})))
    assert [(c.name, c.points) for c in scheme.categories] == [("基础管理", 25.0)]
    assert [(i.points, i.rule.kind, i.rule.text) for i in scheme.items] == [
        (15.0, "per_occurrence", "缺一本扣两分，扣完为止"), (10.0, "per_occurrence", "逾期一次扣零点五分")]


def test_points_stated_mid_sentence_as_标准分_after_a_short_name_closed_by_a_full_stop():
    scheme = extract_scheme(_doc("宣传工作考核办法", "一、宣传报道（标准分30分）",
                                 "1．稿件数量。每月报送稿件不少于4篇，标准分20分，每少1篇扣1分。",
                                 "2．稿件质量。标准分10分，由宣传部综合评定。"))
    assert [(i.text, i.points, i.rule.kind) for i in scheme.items] == [
        ("稿件数量", 20.0, "per_occurrence"), ("稿件质量", 10.0, "manual")]
    assert scheme.items[0].criteria == "每月报送稿件不少于4篇，标准分20分，每少1篇扣1分。"


def test_a_cell_opening_with_a_name_and_its_points_before_a_colon_gives_points_text_and_rule():
    # named rule name_points_rule; the 得分 column holds one unit's scores, its 合计 is no total
    scheme = extract_scheme(_doc("社区党建工作考核评分表", grid_table([
        ["序号", "考核内容及评分标准", "得分", "扣分说明"],
        ["1", "组织生活（本项20分）：按规定召开支部会议，每缺1次扣2分。", "18", "缺1次"],
        ["2", "阵地建设（本项10分）：服务中心未正常开放的每次扣3分。", "10", ""],
        ["合计", "", "28", ""]])))
    assert [(i.text, i.points, i.criteria, i.rule.kind) for i in scheme.items] == [
        ("组织生活", 20.0, "按规定召开支部会议，每缺1次扣2分", "per_occurrence"),
        ("阵地建设", 10.0, "服务中心未正常开放的每次扣3分", "per_occurrence")]
    assert scheme.total_points is None


def test_items_take_the_points_a_sentence_gives_them_by_number():
    # named rule points_by_number
    scheme = extract_scheme(_doc("楼栋长履职考评办法", "一、日常履职",
                                 "1．按时参加例会。无故缺席的每次扣2分。", "2．走访楼栋居民。由社区综合评定。",
                                 "3．协助信息采集。准确率达到95%以上的得满分，90%至95%的得5分。",
                                 "4．居民满意度。得分＝满意率×本项分值。",
                                 "二、分值说明", "第1项、第2项各10分；第3项至第4项各15分。"))
    assert [(i.code, i.points) for i in scheme.items] == [("1", 10.0), ("2", 10.0), ("3", 15.0), ("4", 15.0)]
    assert scheme.items[3].rule.kind == "proportional"


def test_a_row_stacking_numbered_entries_line_by_line_in_its_cells_is_one_item_per_line():
    # named rule stacked_rows: the category cell spans the lines; each line keeps its place in the cell
    scheme = extract_scheme(_doc("教研工作考核细则", grid_table([
        ["一级指标", "二级指标", "分值", "评分办法"],
        ["一、教研\n（15分）", "1.1 听课评课\n1.2 承担\n公开课", "8\n7", "1.1 每少1节扣0.5分\n1.2 未承担的不得分"],
        ["合计", "", "15", ""]], {(2, 0): (1, 2)})))
    assert [(c.name, c.points) for c in scheme.categories] == [("教研", 15.0)]
    assert [(i.code, i.text, i.points, i.rule.kind) for i in scheme.items] == [
        ("1.1", "听课评课", 8.0, "per_occurrence"), ("1.2", "承担公开课", 7.0, "threshold")]
    second = scheme.items[1].sources["text"]
    assert (second.row, second.start, second.quote) == (1, 9, "1.2 承担\n公开课")


def test_a_weight_column_of_whole_numbers_without_percent_signs_is_the_points_column():
    # named rule weight_numbers_as_points; 权数N in a category label is its points
    scheme = extract_scheme(_doc("职工之家考评细则", grid_table([
        ["考评项目", "考评内容", "权数", "评分办法"],
        ["一、组织建设\n（权数15）", "按期换届", "8", "超期未换届的不计分"],
        ["", "会员实名入会", "7", "录入率每低1%扣1分"]], {(1, 0): (2, 1)})))
    assert [(c.name, c.points) for c in scheme.categories] == [("组织建设", 15.0)]
    assert [(i.points, i.weight) for i in scheme.items] == [(8.0, None), (7.0, None)]


def test_a_weight_column_of_percentages_stays_weights():
    scheme = extract_scheme(_doc("科室绩效考核表", grid_table([
        ["指标", "权重", "评价要点"], ["业务工作", "60%", "完成年度任务"], ["作风建设", "40%", "无违纪"]])))
    assert [(i.points, i.weight) for i in scheme.items] == [(None, 0.6), (None, 0.4)]


def test_feedback_telling_one_unit_its_score_is_not_a_scheme():
    # named rule feedback_to_unit
    scheme = extract_scheme(_doc("关于第五小学消防安全检查情况的反馈", "第五小学：",
                                 "检查组对你校进行了检查，你校综合得分88分，排名第6位。",
                                 "一、存在问题", "1．灭火器过期2具，扣2分。", "二、整改要求", "请你校于5月底前整改完毕。"))
    assert scheme.kind == "not_a_scheme"


def test_a_register_of_peoples_results_is_not_a_scheme():
    # named rule results_register
    scheme = extract_scheme(_doc("培训成绩登记表", grid_table([
        ["序号", "姓名", "单位", "考试成绩"], ["1", "王某", "一分会", "92分"], ["2", "李某", "二分会", "86分"],
        ["3", "赵某", "三分会", "78分"]])))
    assert scheme.kind == "not_a_scheme"


def test_a_catalogue_pricing_rewards_in_points_is_not_a_scheme():
    # named rule points_as_price
    scheme = extract_scheme(_doc("会员积分兑换目录", grid_table([
        ["序号", "兑换项目", "所需积分", "兑换限制"], ["1", "保温杯", "200分", "每人限兑1个"],
        ["2", "观影券", "150分", "每人限兑1次"], ["3", "体检加项", "300分", "每年限兑1次"]])))
    assert scheme.kind == "not_a_scheme"


def test_indicator_cards_of_labelled_lines_are_items_and_a_points_line_under_a_heading_is_its_sections():
    # named rule field_cards
    scheme = extract_scheme(_doc("子公司经营业绩考核细则", "一、经营指标", "分值：30",
                                 "指标名称：营业收入", "分值：20", "考核标准：完成年度目标",
                                 "计分方法：每低于目标1%扣0.5分，扣完为止", "数据来源：财务报表",
                                 "指标名称：回款率分值：10", "考核标准：回款率达到90%",
                                 "计分方法：得分＝回款率×10"))
    assert [(c.name, c.points) for c in scheme.categories] == [("经营指标", 30.0)]
    assert [(i.text, i.points, i.rule.kind) for i in scheme.items] == [
        ("营业收入", 20.0, "per_occurrence"), ("回款率", 10.0, "proportional")]
    assert scheme.items[0].criteria == "每低于目标1%扣0.5分，扣完为止"


def test_a_points_cell_written_as_parts_times_points_is_worth_the_product():
    # named rule points_product_cell
    scheme = extract_scheme(_doc("经营户星级评定表", grid_table([
        ["序号", "评定内容", "分值", "评分方法"],
        ["1", "明码标价", "4×5=20", "价签齐全、标价清晰、一货一签、无价格欺诈，每项5分"],
        ["2", "服务承诺", "3×5", "公示承诺、设置意见箱、先行赔付，每项5分"]])))
    assert [(i.points, i.rule.kind) for i in scheme.items] == [(20.0, "components"), (15.0, "components")]


def test_a_short_name_closed_by_a_comma_before_its_基础分_is_the_items_text():
    scheme = extract_scheme(_doc("县直单位目标管理考核办法", "一、目标任务（基础分60分）",
                                 "1．重点工作任务，基础分40分。全部按期完成的得40分；每有一项未按期完成的，扣4分。",
                                 "2．常规工作，基础分20分。被通报批评的，每次扣5分。"))
    assert [(i.text, i.points) for i in scheme.items] == [("重点工作任务", 40.0), ("常规工作", 20.0)]
    assert scheme.items[1].criteria == "被通报批评的，每次扣5分"


def test_a_numbered_section_label_merged_over_the_first_columns_takes_the_points_beside_it():
    # named rule section_points_row
    scheme = extract_scheme(_doc("文体活动积分考核表", grid_table([
        ["序号", "考核项目", "计分标准", "最高分"],
        ["一、组织开展", "", "", "6"],
        ["1", "组织职工文体活动", "每场次1分", "4"],
        ["2", "报送活动信息", "每篇0.5分", "2"]], {(1, 0): (1, 3)})))
    assert [(c.code, c.name, c.points) for c in scheme.categories] == [("一", "组织开展", 6.0)]
    assert [(i.points, i.rule.kind) for i in scheme.items] == [(4.0, "per_occurrence"), (2.0, "per_occurrence")]


def test_a_short_how_it_is_checked_column_is_no_criteria_beside_a_column_stating_the_scores():
    # named rule method_not_criteria; 数据来源 is a remark
    scheme = extract_scheme(_doc("学校办学质量评估指标", grid_table([
        ["一级指标", "评价要点", "分值", "评价方式", "数据来源"],
        ["党建", "党组织会议规范。建立议事规则的得4分，未建立的不得分。", "4", "查阅资料", "会议记录"],
        ["", "活动记录完整。每缺一次记录扣0.5分。", "4", "查阅资料", "党建台账"],
        ["教学", "开齐开足课程。发现一处违规扣2分。", "6", "现场查看", "课程表"]], {(1, 0): (2, 1)})))
    assert [(i.points, i.rule.kind) for i in scheme.items] == [(4.0, "threshold"), (4.0, "per_occurrence"),
                                                             (6.0, "per_occurrence")]
    assert all("查阅" not in (i.criteria or "") and "记录" != i.text for i in scheme.items)


def test_ticks_under_减分项_and_否决项_columns_make_those_rows_deductions_and_vetoes():
    # named rule tick_columns
    scheme = extract_scheme(_doc("科室月度考核表", grid_table([
        ["序号", "考核项目", "考核标准", "分值", "项目性质", "", "得分"],
        ["", "", "", "", "减分项", "否决项", ""],
        ["1", "病历质量", "每低1个百分点扣1分", "50", "", "", ""],
        ["2", "制度落实", "发现未落实的每次扣2分", "50", "", "", ""],
        ["3", "医疗投诉", "发生有效投诉", "2", "✓", "", ""],
        ["4", "医疗事故", "发生负主要责任的医疗事故", "—", "", "✓", ""]],
        {(0, 0): (2, 1), (0, 1): (2, 1), (0, 2): (2, 1), (0, 3): (2, 1), (0, 4): (1, 2), (0, 6): (2, 1)})))
    assert [i.name for i in scheme.items] == ["病历质量", "制度落实"]
    assert [(d.text, d.points) for d in scheme.deductions] == [("发生有效投诉", 2.0)]
    assert [v.text for v in scheme.veto] == ["发生负主要责任的医疗事故"]


def test_a_points_cell_stating_an_adjustment_makes_the_row_a_bonus_or_deduction_entry():
    # named rule signed_points_cell: 加2-5分 is a rater's score of at most 5, 减1分 a fixed deduction
    scheme = extract_scheme(_doc("项目安全考核表", grid_table([
        ["序号", "考核项", "考核内容", "标准分"],
        ["1", "安全管理", "安全制度健全", "10"],
        ["2", "安全管理", "隐患整改及时", "10"],
        ["3", "特别处理", "项目受到上级好评", "加2-5分"],
        ["4", "特别处理", "发生事故不报告", "减1分"]], {(1, 1): (2, 1), (3, 1): (2, 1)})))
    assert [i.text for i in scheme.items] == ["安全制度健全", "隐患整改及时"]
    assert [(b.text, b.points, b.cap) for b in scheme.bonus] == [("项目受到上级好评", None, 5.0)]
    assert [(d.text, d.points) for d in scheme.deductions] == [("发生事故不报告", -1.0)]


def test_a_table_under_one_module_heading_is_read_beside_the_prose_of_the_other_modules():
    # named rule tables_beside_prose
    scheme = extract_scheme(_doc("乡镇环境保护考核细则", "三、评分标准", "（一）大气防治",
                                 "1.优良天数（15分）。每低1个百分点扣1.5分。", "2.秸秆禁烧（15分）。每个火点扣3分。",
                                 "（二）水污染防治。按下表评分：",
                                 grid_table([["序号", "考核指标", "分值", "评分方法"], ["3", "断面达标", "12", "每月达标得1分"],
                                             ["4", "水源保护", "8", "发现违法建设的本项不得分"]]),
                                 "（三）固废管理", "5.危废管理（10分）。每家不合格扣2分。",
                                 "6.耕地利用（10分）。由县环保局综合评定。"))
    names = {c.id: c.name for c in scheme.categories}
    assert sorted(names[i.category] for i in scheme.items) == sorted(["大气防治", "水污染防治", "固废管理"] * 2)


def test_a_table_continued_after_a_续表_caption_with_its_header_retyped_is_read_as_one():
    header = ["序号", "考核项目", "考核内容", "分值", "评分办法"]
    first = grid_table([header, ["1", "一、质量体系（10分）", "体系认证", "6", "证书过期的不得分"],
                        ["2", "", "内部审核", "4", "未开展的不得分"],
                        ["3", "二、过程控制（12分）", "工艺纪律", "3", "每发现一次扣1分"],
                        ["4", "", "首件检验", "3", "漏检一次扣1分"]], {(1, 1): (2, 1), (3, 1): (2, 1)})
    second = grid_table([header, ["5", "二、过程控制（续）", "计量器具", "3", "超期使用的每台扣1分"],
                         ["6", "", "不合格品", "3", "未隔离的每次扣1分"]], {(1, 1): (2, 1)})
    scheme = extract_scheme(_doc("质量管理考核评分表", first, "续表", second))
    assert [(c.name, c.points) for c in scheme.categories] == [("质量体系", 10.0), ("过程控制", 12.0)]
    assert len(scheme.items) == 6 and not [f for f in scheme.flags if f.kind == "subtotal_mismatch"]


def test_rating_level_columns_without_a_points_column_make_a_scheme_each_item_worth_its_top_level():
    # level_columns; a note restating the total (满分100分) is no unaccounted statement of points
    scheme = extract_scheme(_doc("项目经理综合测评表", grid_table([
        ["测评项目", "测评要点", "优", "良", "中", "差"],
        ["收缴率", "达到年度目标", "60", "48", "36", "20"],
        ["满意度", "业主满意度调查", "40", "32", "24", "12"],
        ["合计", "", "100", "", "", ""],
        ["说明：各项所选分值之和为测评得分，满分100分。", "", "", "", "", ""]], {(4, 0): (1, 6)})))
    assert [(i.points, i.rule.kind) for i in scheme.items] == [(60.0, "tiers"), (40.0, "tiers")]
    assert not [f for f in scheme.flags if f.kind == "unaccounted_points"]


def test_a_category_column_typed_on_every_row_right_of_the_items_groups_them():
    # named rule category_on_the_right; the label's points typed again on every row are one statement
    scheme = extract_scheme(_doc("规范化建设考核评分表", grid_table([
        ["分值", "评分标准", "考核内容", "考核类别"],
        ["10", "未按期换届的不得分", "按期换届", "组织建设（18分）"],
        ["8", "录入率每低1%扣1分", "会员实名录入", "组织建设（18分）"],
        ["12", "未召开的不得分", "召开职代会", "民主管理（12分）"]])))
    names = {c.id: (c.name, c.points) for c in scheme.categories}
    assert [names[i.category] for i in scheme.items] == [("组织建设", 18.0)] * 2 + [("民主管理", 12.0)]
    assert not [f for f in scheme.flags if f.kind == "unaccounted_points"]


def test_modules_declared_with_plain_points_are_filled_by_the_articles_listing_their_items():
    # named rule declared_modules (plain points after 其中, adding up to 100); 考核以下内容 names the module
    scheme = extract_scheme(_doc("基层工会考核办法", "第一条　为规范考核，制定本办法。",
                                 "第二条　考核实行百分制。其中，组织建设40分，民主管理60分。",
                                 "第三条　组织建设考核以下内容：（一）按期换届，计20分，逾期未换届的不计分；"
                                 "（二）会员实名录入，计20分，录入率每低1%扣1分。",
                                 "第四条　民主管理考核以下内容：（一）召开职代会，计30分，未召开的不计分；"
                                 "（二）厂务公开，计30分，每少公开1次扣5分。",
                                 "第五条　获得市级以上表彰的，每次加2分。",
                                 "第六条　第五条所列加分合计不超过4分。"))
    names = {c.id: (c.name, c.points) for c in scheme.categories}
    assert [(names[i.category], i.points) for i in scheme.items] == [
        (("组织建设", 40.0), 20.0), (("组织建设", 40.0), 20.0), (("民主管理", 60.0), 30.0), (("民主管理", 60.0), 30.0)]


def test_awards_listed_by_level_are_no_modules():
    from pipeline.extract.readers.articles import declared_modules
    from pipeline.extract.grammar.spans import Span
    from schemes.model import SourceRef
    span = Span("其中，国家级加3分，省级加2分，市级加1分。", SourceRef(file="t", block=0, start=0, end=20))
    assert declared_modules([span]) == []


def test_modules_listed_then_given_their_points_respectively_are_declared():
    from pipeline.extract.readers.articles import declared_modules
    from pipeline.extract.grammar.spans import Span
    from schemes.model import SourceRef
    text = "考核内容包括目标任务、依法行政、作风建设和满意度测评四个模块，分值分别为50分、20分、20分、10分。"
    span = Span(text, SourceRef(file="t", block=0, start=0, end=len(text)))
    assert [(name, points, points_span.text) for name, points, _, points_span in declared_modules([span])] == [
        ("目标任务", 50.0, "50"), ("依法行政", 20.0, "20"), ("作风建设", 20.0, "20"), ("满意度测评", 10.0, "10")]


def test_lines_listing_the_modules_with_points_declare_the_modules_scored_under_headings_of_those_names():
    # named rule module_summary_lines
    scheme = extract_scheme(_doc("护理质量考核细则", "二、考核内容及分值", "考核实行百分制，包括以下方面：",
                                 "（一）护理管理（15分）。包括制度落实、人员培训。",
                                 "（二）护理安全（10分）。包括不良事件上报。", "三、评分标准", "（一）护理管理",
                                 "1.制度落实（8分）：每发现一处不落实扣1分。", "2.人员培训（7分）：每缺一次扣1分。",
                                 "（二）护理安全", "3.不良事件上报（6分）：瞒报的不得分。", "4.压力性损伤防范（4分）：每例扣2分。"))
    assert [i.text for i in scheme.items] == ["制度落实", "人员培训", "不良事件上报", "压力性损伤防范"]
    assert sorted((c.name, c.points) for c in scheme.categories if c.name) == [("护理安全", 10.0), ("护理管理", 15.0)]


def test_a_notation_the_document_declares_for_points_is_read_as_points():
    # named rule notation_key: 各项斜杠（/）后的数字为该项满分; the quote stays as printed
    scheme = extract_scheme(_doc("调研报告评审细则", "各项斜杠（/）后的数字为该项满分，满分/30。", "二、评审细则",
                                 "（一）选题与设计/20", "1．选题意义/10", "选题紧扣实际，具有现实意义。",
                                 "2．研究设计/10", "调研目标明确，技术路线清晰。", "（二）写作规范/10",
                                 "3．结构与语言/10", "结构完整，语言流畅。"))
    assert [(c.name, c.points) for c in scheme.categories] == [("选题与设计", 20.0), ("写作规范", 10.0)]
    assert [(i.text, i.points) for i in scheme.items] == [("选题意义", 10.0), ("研究设计", 10.0), ("结构与语言", 10.0)]
    assert scheme.items[0].sources["points"].quote == "/10"


def test_a_slash_and_a_number_without_a_key_are_no_points():
    scheme = extract_scheme(_doc("工作安排", "一、重点工作", "1．走访群众/10", "2．整理台账/5"))
    assert scheme.kind == "not_a_scheme"


def test_a_name_on_its_own_line_over_a_满分_line_is_a_card_and_its_band_line_its_rule():
    # named rule field_cards, cards named by a bare line
    scheme = extract_scheme(_doc("微课制作大赛评分标准", "评委按下列各项评分。", "教学设计", "满分：20",
                                 "教学目标明确，结构清晰", "A档17-20分　B档13-16分　C档9-12分　D档0-8分",
                                 "技术运用", "满分：10", "画面清晰，声音清楚", "A档9-10分　B档7-8分　C档0-6分"))
    assert [(i.text, i.points, i.rule.kind) for i in scheme.items] == [("教学设计", 20.0, "tiers"),
                                                                    ("技术运用", 10.0, "tiers")]


def test_a_bilingual_rubric_in_points_and_pts_with_part_and_letter_digit_codes():
    # notation english (15 pts → 15分), markers Part A / A1, named rule bilingual_labels
    scheme = extract_scheme(_doc("课程小组项目评分标准", "Part A 书面报告 Written Report (30 points)",
                                 "A1 研究与内容 Research & Content — 20 pts", "资料充分，分析有深度",
                                 "A2 引用规范 Referencing — 10 pts", "每处不规范扣1 pt / 1 pt off per error",
                                 "Part B 课堂展示 Presentation (20 points)", "B1 表达 Delivery — 20 pts", "声音清晰"))
    names = {c.id: c.name for c in scheme.categories}
    assert [(names[i.category], i.code, i.text, i.points) for i in scheme.items] == [
        ("书面报告", "A1", "研究与内容", 20.0), ("书面报告", "A2", "引用规范", 10.0), ("课堂展示", "B1", "表达", 20.0)]


def test_two_item_lists_set_side_by_side_in_one_table_are_read_one_after_the_other():
    # named rule side_by_side_lists: the header repeats its labels; each half's title row is its category
    scheme = extract_scheme(_doc("办公区域检查评分表", grid_table([
        ["办公室内（18分）", "", "", "公共区域（12分）", "", ""],
        ["序号", "检查内容及标准", "分值", "序号", "检查内容及标准", "分值"],
        ["1", "桌面整洁", "8", "1", "走廊无杂物", "6"],
        ["2", "下班关闭电源", "10", "2", "会议室复位", "6"]], {(0, 0): (1, 3), (0, 3): (1, 3)})))
    names = {c.id: (c.name, c.points) for c in scheme.categories}
    assert [(names[i.category], i.text, i.points) for i in scheme.items] == [
        (("办公室内", 18.0), "桌面整洁", 8.0), (("办公室内", 18.0), "下班关闭电源", 10.0),
        (("公共区域", 12.0), "走廊无杂物", 6.0), (("公共区域", 12.0), "会议室复位", 6.0)]
    right = scheme.items[2].sources["text"]
    assert (right.row, right.col) == (2, 4)


def test_a_line_with_its_points_over_clauses_that_only_take_points_off_is_one_item():
    # named rule subclauses_as_criteria; the article's lead-in 考核以下内容 is no part of the module's name
    scheme = extract_scheme(_doc("物业服务质量考核细则", "各项按所列情形扣分，扣完该项分值为止。",
                                 "第六条　综合管理考核以下内容：",
                                 "（一）公示物业服务内容和收费标准（8分）。", "1．未公示的，扣8分；",
                                 "2．公示内容不全的，每缺一项扣1分。",
                                 "（二）建立投诉处理台账（12分）。", "1．未建立台账的，扣6分；",
                                 "2．投诉逾期未答复的，每件扣1分。"))
    assert [(i.text, i.points) for i in scheme.items] == [("公示物业服务内容和收费标准", 8.0), ("建立投诉处理台账", 12.0)]
    assert scheme.items[0].criteria == "未公示的，扣8分；公示内容不全的，每缺一项扣1分"


def _daily_check(*sections: str):
    return _doc("宿舍日常检查评分细则", *sections)


def test_a_numbered_line_that_opens_with_a_count_range_is_numbered_not_a_decimal():
    # 2.3至5次… is line 2 whose text starts with a range, not a decimal 2.3
    scheme = extract_scheme(_daily_check("一、宿舍卫生", "1.床铺整洁，物品摆放有序", "2.3至5次未整理扣1分", "注：",
                                         "1.每天宿舍卫生满分为10分"))
    assert [i.code for i in scheme.items] == ["1"]
    assert scheme.items[0].criteria == "3至5次未整理扣1分"


def test_a_numbered_scale_of_counts_after_an_item_without_points_is_that_items_rule():
    # named rule scale_line: the line has no subject of its own
    scheme = extract_scheme(_daily_check("一、晨读", "1.晨读期间不得离开座位，不得做与晨读无关的事",
                                         "2.每1人离座扣0.5分", "注：", "1.每天晨读满分为10分"))
    assert [(i.text, i.points) for i in scheme.items] == [("晨读期间不得离开座位，不得做与晨读无关的事", None)]
    assert (scheme.items[0].rule.kind, scheme.items[0].rule.delta) == ("per_occurrence", -0.5)


def test_a_scale_line_after_an_item_with_its_own_points_stays_an_item():
    scheme = extract_scheme(_daily_check("一、晨读", "1.按时到班（2分）", "2.每1人离座扣0.5分"))
    assert [i.text for i in scheme.items] == ["按时到班", "每1人离座扣0.5分"]


def test_a_total_stated_for_one_section_is_that_sections_points_not_the_documents():
    # named rule section_total: 总分为10分 in the first section's note, two sections
    scheme = extract_scheme(_daily_check("一、宿舍卫生", "1.地面干净", "2.床铺整洁", "注：", "1.每天宿舍卫生总分为10分，以上两项各占5分",
                                         "二、宿舍纪律", "1.熄灯后不得喧哗", "注：", "1.每天宿舍纪律总分为10分"))
    assert [(c.name, c.points) for c in scheme.categories] == [("宿舍卫生", 10.0), ("宿舍纪律", 10.0)]
    assert scheme.total_points is None
    assert not [f for f in scheme.flags if f.kind == "total_mismatch"]


def test_a_lettered_entry_run_into_the_line_before_it_is_split_off():
    # named rule skipped_letter: a, b, d with c's marker inside b's line
    scheme = extract_scheme(_daily_check("一、内务", "1.床铺", "a.被子叠放整齐", "b.床单平整无褶皱c.枕头摆放统一",
                                         "d.床下无杂物", "以上每列为2分"))
    assert [(i.code, i.text, i.points) for i in scheme.items] == [
        ("a", "被子叠放整齐", 2.0), ("b", "床单平整无褶皱", 2.0), ("c", "枕头摆放统一", 2.0), ("d", "床下无杂物", 2.0)]


def test_a_letter_in_a_line_is_not_split_off_where_no_letter_is_missing():
    scheme = extract_scheme(_daily_check("一、内务", "1.床铺", "a.被子叠放整齐，按b.类标准", "b.床下无杂物",
                                         "以上每列为2分"))
    assert [i.text for i in scheme.items] == ["被子叠放整齐，按b.类标准", "床下无杂物"]


def test_items_without_points_in_a_section_scored_as_a_whole_keep_their_confidence():
    # every statement of points is read: section 二's lines state none, so no misreading is suspected;
    # section 一's third line, beside two lines with points, is doubted
    scheme = extract_scheme(_daily_check("一、宿舍卫生", "1.地面干净", "2.床铺整洁", "3.门窗明亮", "注：",
                                         "1.每天宿舍卫生总分为10分，以上两项各占5分",
                                         "二、宿舍纪律", "1.熄灯后不得喧哗", "2.不得留宿外人", "注：", "1.每天宿舍纪律总分为10分"))
    assert [(i.category, i.code, i.points, i.confidence) for i in scheme.items] == [
        ("1", "1", 5.0, 0.9), ("1", "2", 5.0, 0.9), ("1", "3", None, 0.48), ("2", "1", None, 0.8), ("2", "2", None, 0.8)]


def test_a_section_of_adjustments_labelled_plus_or_minus_caps_the_bonus_and_the_deductions():
    # named rule signed_cap: 特别处理（±5分） over rows of 加1-3分 / 减2-5分
    scheme = extract_scheme(_doc("安全生产考核表", grid_table([
        ["类别", "考核内容", "分值"],
        ["基础工作", "安全台账齐全", "10"],
        ["", "安全制度健全", "10"],
        ["特别处理（±5分）", "获上级通报表扬", "加1-3分"],
        ["", "发生一般事故", "减2-5分"]], {(1, 0): (2, 1), (3, 0): (2, 1)})))
    assert [(i.text, i.points) for i in scheme.items] == [("安全台账齐全", 10.0), ("安全制度健全", 10.0)]
    assert [e.text for e in scheme.bonus] == ["获上级通报表扬"]
    assert [e.text for e in scheme.deductions] == ["发生一般事故"]
    assert (scheme.bonus_cap, scheme.deduction_cap) == (5.0, 5.0)


def _tables_with_captions(*parts) -> Document:
    blocks = []
    for caption, table in parts:
        blocks.append(Paragraph(text=caption, prov=Provenance(block=len(blocks), paragraph=len(blocks))))
        prov = Provenance(block=len(blocks), table=len(blocks) // 2)
        blocks.append(table.model_copy(update={"prov": prov, "cells": [c.model_copy(update={"prov": prov})
                                                                       for c in table.cells]}))
    return Document(source=Source(path="t.xlsx", name="t.xlsx", sha256="0" * 64, format="xlsx", size=0),
                    blocks=blocks)


def test_the_小计_of_a_table_without_categories_is_the_points_of_the_category_its_caption_names():
    scheme = extract_scheme(_tables_with_captions(
        ("表1资料报送考核", grid_table([["序号", "上报材料", "分值"], ["1", "年度工作计划", "60"],
                                  ["2", "年度工作总结", "40"], ["小计", "", "100"]])),
        ("表2现场检查考核", grid_table([["序号", "检查内容", "分值"], ["1", "现场标识规范", "50"],
                                  ["2", "设备运行正常", "30"], ["小计", "", "80"]]))))
    assert [(c.name, c.points) for c in scheme.categories] == [("资料报送考核", 100.0), ("现场检查考核", 80.0)]
    assert scheme.categories[0].sources["points"].row == 3


def test_items_that_add_or_take_off_points_from_a_stated_base_start_at_the_base():
    # named rule base_form; the total and the base in a traditional-script note (最高分數為100分)
    scheme = extract_scheme(_doc("教師教學評量細則", "一、指導學生", "1.指導學生競賽獲獎，每件加2分。",
                                 "2.獲選優良教師者加5分。", "二、教學紀律", "1.上課遲到，每次扣1分。",
                                 "2.未依規定繳交成績，每科目扣1分。", "註：基本分為70分，最高分數為100分。"))
    assert (scheme.scoring_model, scheme.base_points, scheme.total_points) == ("deduction", 70.0, 100.0)
    assert [f for f in scheme.flags if f.kind == "unaccounted_points"] == []


def test_module_headings_with_points_over_their_tables_keep_naming_them_with_their_points():
    # tables_under_headings wins over caption_categories: the heading's points are cited
    blocks = [Paragraph(text="村级评分细则", prov=Provenance(block=0, paragraph=0)),
              Paragraph(text="评分总分100分。", prov=Provenance(block=1, paragraph=1))]
    for name, rows in (("一、组织建设（40分）", [["按期换届", "20"], ["会员管理", "20"]]),
                       ("二、阵地建设（60分）", [["活动室", "30"], ["书屋", "30"]])):
        blocks.append(Paragraph(text=name, prov=Provenance(block=len(blocks), paragraph=len(blocks))))
        table = grid_table([["项目", "分值"], *rows])
        prov = Provenance(block=len(blocks), table=len(blocks) // 3)
        blocks.append(table.model_copy(update={"prov": prov, "cells": [c.model_copy(update={"prov": prov})
                                                                       for c in table.cells]}))
    scheme = extract_scheme(Document(source=Source(path="t.docx", name="t.docx", sha256="0" * 64, format="docx",
                                                   size=0), blocks=blocks))
    assert [(c.code, c.name, c.points, c.sources["points"].quote) for c in scheme.categories] == [
        ("一", "组织建设", 40.0, "（40分）"), ("二", "阵地建设", 60.0, "（60分）")]


def test_an_articles_款_listed_inside_its_paragraph_are_its_items_sharing_its_points_equally():
    # midline (一)…；(二)… cuts; equal_split worded 在该条分值内平均计分
    scheme = extract_scheme(_doc("社区工作考核办法", "第三条　考核实行百分制，由党建和服务两部分组成。",
                                 "第四条　党建工作共40分。主要考核：（一）按期召开支部会议；（二）规范发展党员。",
                                 "第五条　便民服务共60分。主要考核：（一）代办事项按时办结；（二）服务台账齐全；（三）群众评价良好。",
                                 "第六条　第四条、第五条所列各款，在该条分值内平均计分。"))
    assert [(c.name, c.points) for c in scheme.categories] == [("党建工作", 40.0), ("便民服务", 60.0)]
    assert [(i.text, i.points) for i in scheme.items] == [
        ("按期召开支部会议", 20.0), ("规范发展党员", 20.0), ("代办事项按时办结", 20.0), ("服务台账齐全", 20.0),
        ("群众评价良好", 20.0)]


def test_parts_of_a_module_given_as_shares_of_its_points_are_its_items():
    # named rule share_of_module; the module without parts keeps one item of its own name
    scheme = extract_scheme(_doc("窗口服务考核细则", "考核满分100分。",
                                 "（一）办件质量（60分）。其中，办结时限占该项分值的50%，超时一件扣1分；"
                                 "材料规范占该项分值的50%，缺一份扣2分。",
                                 "（二）群众评价（40分）。按好评率计分，得分＝好评率×40。"))
    assert [(c.name, c.points) for c in scheme.categories] == [("办件质量", 60.0), ("群众评价", 40.0)]
    assert [(i.text, i.points, i.criteria) for i in scheme.items][:2] == [
        ("办结时限", 30.0, "超时一件扣1分"), ("材料规范", 30.0, "缺一份扣2分")]
    assert scheme.items[2].points == 40.0


def test_names_with_their_points_on_one_line_over_their_requirements_are_items():
    # named rule label_points_lines; 合计：100分 is the total, not an item
    scheme = extract_scheme(_doc("演讲比赛评分标准", "一、评分项目", "演讲内容：40分", "观点鲜明，内容充实。",
                                 "语言表达：35分", "普通话标准，表达流畅。", "形象风度：25分", "仪态大方，精神饱满。",
                                 "合计：100分"))
    assert [(i.text, i.points, i.criteria) for i in scheme.items] == [
        ("演讲内容", 40.0, "观点鲜明，内容充实。"), ("语言表达", 35.0, "普通话标准，表达流畅。"),
        ("形象风度", 25.0, "仪态大方，精神饱满。")]
    assert scheme.total_points == 100.0


def test_a_bare_name_over_its_points_in_brackets_is_a_card_under_its_part_heading():
    # （本项满分15分） under a bold name; 第一部分 …（N分） opens a part; a numbered note list ends the last card
    scheme = extract_scheme(_doc("课程报告评分标准", "第一部分　书面报告（40分）", "选题意义", "（本项满分15分）",
                                 "选题贴近实际。", "分析论证", "（本项满分25分）", "论证充分。",
                                 "第二部分　课堂汇报（60分）", "汇报表达", "（本项满分60分）", "逻辑清楚。",
                                 "其他说明", "1．迟交的每迟交一天扣5分。"))
    assert [(c.code, c.name, c.points) for c in scheme.categories] == [
        ("第一部分", "书面报告", 40.0), ("第二部分", "课堂汇报", 60.0)]
    assert [(i.text, i.points, i.criteria) for i in scheme.items] == [
        ("选题意义", 15.0, "选题贴近实际。"), ("分析论证", 25.0, "论证充分。"), ("汇报表达", 60.0, "逻辑清楚。")]


def test_an_item_scored_by_the_cases_listed_under_it_is_one_item_worth_its_best_case():
    # named rule graded_outcomes; 第二条's 满分100分 is the total, not a module
    scheme = extract_scheme(_doc("窗口考核办法", "第二条　本办法适用于各进驻窗口，满分100分。",
                                 "第三条　办件时效按下列情形评分：", "（一）全部按时办结的，得60分；",
                                 "（二）超时1至3件的，得40分；", "（三）超时3件以上的，不得分。",
                                 "第四条　群众评价按下列情形评分：", "（一）好评率99%以上的，得40分；",
                                 "（二）好评率不足99%的，得20分。"))
    assert [(i.code, i.text, i.points, i.rule.kind) for i in scheme.items] == [
        ("第三条", "办件时效", 60.0, "tiers"), ("第四条", "群众评价", 40.0, "tiers")]
    assert scheme.total_points == 100.0


def test_lines_closing_with_a_signed_amount_per_unit_are_deductions_from_the_base():
    # the numerals stage reads －2分/床 as 每床扣2分 (the wording kept as printed); 每床扣1分 names no
    # fault of its own, so the item keeps the clause before it
    scheme = extract_scheme(_doc("宿舍检查评分标准", "每间宿舍以100分为基础分，按下列标准扣分。", "一、床铺（50分）",
                                 "被子未叠放整齐　－2分/床", "床上堆放杂物　－1分/床", "二、地面（50分）",
                                 "地面有积水　－2分"))
    assert (scheme.scoring_model, scheme.base_points) == ("deduction", 100.0)
    assert [(i.text, i.rule.kind, i.rule.delta) for i in scheme.items] == [
        ("被子未叠放整齐　－2分/床", "per_occurrence", -2.0), ("床上堆放杂物　－1分/床", "per_occurrence", -1.0),
        ("地面有积水　－2分", "per_occurrence", -2.0)]


def test_points_given_in_order_in_a_closing_line_go_to_the_items_above():
    # named rule points_in_sequence; a numbered line opening with a short name closed by 。 is named by it
    scheme = extract_scheme(_doc("技能竞赛评分标准", "一、评分内容", "1．安全操作。规范穿戴防护用品，每违规一处扣2分。",
                                 "2．线路安装。接线正确牢固，每处错误扣3分。", "3．故障排除。排除赛题设置的故障，由裁判评定。",
                                 "以上各项分值分别为20、50、30分，合计100分。"))
    assert [(i.text, i.points) for i in scheme.items] == [("安全操作", 20.0), ("线路安装", 50.0), ("故障排除", 30.0)]
    assert scheme.items[0].criteria == "规范穿戴防护用品，每违规一处扣2分。"
    assert scheme.total_points == 100.0


def test_a_rule_stated_once_for_every_款_applies_to_items_given_their_points_by_an_equal_split():
    # item_words: 各款/该款 read as 各项/该项; the document rule applied after equal_split
    scheme = extract_scheme(_doc("工会考核办法", "第三条　组织建设共20分。主要考核：（一）按期换届；（二）会员管理规范。",
                                 "第四条　第三条所列各款，在该条分值内平均计分。各款全部落实的得该款全部分值，"
                                 "部分落实的得该款分值的一半，未落实的不得分。"))
    assert [(i.points, i.rule.kind, [(t.label, t.points) for t in i.rule.tiers]) for i in scheme.items] == [
        (10.0, "tiers", [("各款全部落实", 10.0), ("部分落实", 5.0)]),
        (10.0, "tiers", [("各款全部落实", 10.0), ("部分落实", 5.0)])]


def test_a_modules_parts_listed_after_包括_with_one_figure_each_are_its_items():
    # named rule listed_each: as many parts as the module's points hold
    scheme = extract_scheme(_doc("科室行风考核细则", "一、考核内容及分值",
                                 "（一）制度建设（10分）。包括：值班制度；投诉处理制度。每项5分，制度健全的得5分，无制度的不得分。",
                                 "（二）服务规范（15分）。包括：首诊负责；预约诊疗；出院随访。每项5分，每发现一例不符合要求扣1分。"))
    assert [(c.name, c.points) for c in scheme.categories] == [("制度建设", 10.0), ("服务规范", 15.0)]
    assert [(i.text, i.points) for i in scheme.items] == [
        ("值班制度", 5.0), ("投诉处理制度", 5.0), ("首诊负责", 5.0), ("预约诊疗", 5.0), ("出院随访", 5.0)]
    assert scheme.items[2].criteria == "每发现一例不符合要求扣1分"


def test_a_number_column_headed_by_another_measure_is_not_points_even_when_it_adds_up():
    # 学分 adds up to its 合计 row, yet a course list is no scheme
    scheme = extract_scheme(_doc("课程设置", grid_table([
        ["课程编号", "课程名称", "课程性质", "学分", "考核方式"], ["GB01", "高等数学", "公共必修", "4", "考试"],
        ["GB02", "大学英语", "公共必修", "3", "考试"], ["GB03", "体育", "公共必修", "2", "考查"],
        ["GB04", "计算机基础", "公共必修", "3", "考试"], ["合计", "", "", "12", ""]])))
    assert scheme.kind == "not_a_scheme"
    assert scheme.flags[0].message == ("table 0 (6×5) is not part of the scheme: column 3 «学分» holds 学分, not points "
                                       "(its header names another measure)")


def test_points_set_apart_by_spaces_at_the_end_of_a_line_are_its_points_and_a_spaced_合计_is_the_total():
    # 十五分 after full-width spaces (the numerals stage reads it as 15分); 合　计 is no item
    scheme = extract_scheme(_doc("教师技能大赛评分细则", "一、弹唱　三十分", "1．伴奏准确流畅　　　十五分",
                                 "2．演唱音准、节奏正确　　　十五分", "二、绘画　二十分", "3．构图饱满，主题突出　　　二十分",
                                 "合　计　　　五十分"))
    assert [(i.text, i.points) for i in scheme.items] == [
        ("伴奏准确流畅", 15.0), ("演唱音准、节奏正确", 15.0), ("构图饱满，主题突出", 20.0)]
    assert scheme.total_points == 50.0


def test_items_listed_in_one_section_take_points_and_rules_given_by_their_names_in_others():
    # named rules points_by_name (A、B各10分 gives each) and rules_by_name (（一）A：rule); the item's
    # own 满分5分 in its rule is not the document's total
    scheme = extract_scheme(_doc("科室目标管理考核办法", "一、考核内容", "1．理论学习。科室每月集中学习。",
                                 "2．依法行政。规范性文件审核率100%。", "3．政务公开。按时限主动公开信息。",
                                 "4．信息宣传。向局里报送政务信息。",
                                 "二、分值分配", "其中，理论学习10分，依法行政、政务公开各40分，信息宣传10分。",
                                 "三、评分办法", "（一）理论学习：每少一次集中学习扣2分。", "（二）依法行政：由法规科综合评定。",
                                 "（三）政务公开：每超时一条扣1分。", "（四）信息宣传：每采用1篇得1分，满分10分。"))
    assert [(i.text, i.points, i.criteria) for i in scheme.items] == [
        ("理论学习", 10.0, "每少一次集中学习扣2分。"), ("依法行政", 40.0, "由法规科综合评定。"),
        ("政务公开", 40.0, "每超时一条扣1分。"), ("信息宣传", 10.0, "每采用1篇得1分，满分10分。")]
    assert scheme.total_points is None


def test_indicators_written_as_bracket_labelled_fields_on_one_line_are_items():
    # named rule bracket_fields; a 【 left open at a block's end is joined with the next block
    scheme = extract_scheme(_doc("市场长效管理考评细则", "一、环境卫生（25分）",
                                 "1．【考核内容】地面干净整洁。【分值】15分【评",
                                 "分标准】每发现一处不洁扣1分。", "2．【考核内容】公厕专人保洁。【分值】10分【评分标准】未达标的不得分。",
                                 "二、经营秩序（15分）", "3．【考核内容】明码标价。【分值】15分【评分标准】每户未标价扣1分。",
                                 "三、加分和扣分", "（一）获评省级放心市场的，加5分。"))
    assert [(c.name, c.points) for c in scheme.categories] == [("环境卫生", 25.0), ("经营秩序", 15.0)]
    assert [(i.code, i.text, i.points, i.criteria) for i in scheme.items] == [
        ("1", "地面干净整洁", 15.0, "每发现一处不洁扣1分"), ("2", "公厕专人保洁", 10.0, "未达标的不得分"),
        ("3", "明码标价", 15.0, "每户未标价扣1分")]


def test_points_given_first_after_a_verb_then_a_colon_are_the_items_points():
    # points_lead: （一）给予10分：first sentence names the item, the rest is its criteria
    scheme = extract_scheme(_doc("社区考核细则", "第四条　党建引领（20分），按下列事项给分：",
                                 "（一）给予10分：支部每月召开委员会会议。每缺一次扣2分。",
                                 "（二）给予10分：党员到社区报到。由考核组综合评定。"))
    assert [(i.text, i.points, i.criteria) for i in scheme.items] == [
        ("支部每月召开委员会会议", 10.0, "支部每月召开委员会会议。每缺一次扣2分。"),
        ("党员到社区报到", 10.0, "党员到社区报到。由考核组综合评定。")]


# ------------------------------------------------------------------ forms14: weights, modules, blank sheets


def _read_txt(tmp_path, text: str):
    from extractors import read_document

    path = tmp_path / "notice.txt"
    path.write_text(text, encoding="utf-8")
    return extract_scheme(read_document(path))


def test_weights_adding_up_to_100_on_a_hundred_point_scale_are_the_criteria_points():
    # named rule weights_as_points (the numerals stage): 名称（权重40%） on 百分制 is 40 points
    scheme = extract_scheme(_doc("摄影比赛评审标准", "评审实行百分制。", "1．主题（权重40%）：紧扣主题。",
                                 "2．技术（权重35%）：曝光准确。", "3．创意（权重25%）：视角独特。"))
    assert [(i.text, i.points) for i in scheme.items] == [("主题", 40.0), ("技术", 35.0), ("创意", 25.0)]
    assert scheme.total_points == 100.0


def test_weights_are_points_only_when_they_add_up_to_100_on_a_scale_of_100_and_no_line_states_points():
    from pipeline.extract.numerals import shares_as_points

    lines = ["1．主题（权重40%）：紧扣主题。", "2．技术（权重60%）：曝光准确。"]
    assert shares_as_points(_doc("评审标准", "评审实行百分制。", *lines)) == ["weights"]
    assert shares_as_points(_doc("评审标准", *lines)) == []   # no scale of 100 stated
    assert shares_as_points(_doc("评审标准", "评审实行百分制。", lines[0])) == []   # 40% alone
    assert shares_as_points(_doc("评审标准", "评审实行百分制。", lines[0], "2．技术（权重60%）：满分10分。")) == []


def test_bare_shares_of_the_grade_on_a_scale_of_100_are_points_and_so_are_the_shares_rules_give():
    # named rule shares_as_points: 预习报告（5%）…缺交一次扣1%; a line listing several shares sums the parts
    scheme = extract_scheme(_doc(
        "实验课程考核办法", "总评成绩按百分制记载。", "总评成绩 = 平时实验（40%）+ 期末考试（60%）。",
        "（1）预习报告（10%）：每次实验前提交，缺交一次扣2%，扣完为止。", "（2）操作规范（30%）：由指导教师评定。",
        "（3）期末考试（60%）：一次成功得60%，经提示后成功得40%，未完成得0。"))
    assert [(i.text, i.points) for i in scheme.items] == [("预习报告", 10.0), ("操作规范", 30.0), ("期末考试", 60.0)]
    assert (scheme.items[0].rule.kind, scheme.items[0].rule.delta) == ("per_occurrence", -2.0)


def test_bullets_under_a_numbered_line_that_states_its_points_and_its_ask_are_its_criteria():
    # named rule bullet_details
    scheme = extract_scheme(_doc("演讲比赛评分细则", "1．内容（40分）：观点鲜明", "- 论据充分",
                                 "- 结构完整", "2．表达（60分）：语言流畅", "- 感情真挚"))
    assert [(i.text, i.points) for i in scheme.items] == [("内容", 40.0), ("表达", 60.0)]
    assert "论据充分" in scheme.items[0].criteria


def test_bullets_under_a_numbered_heading_that_only_states_points_are_its_items():
    scheme = extract_scheme(_doc("实验评分标准", "1．基本要求：（全部完成可得60分）",
                                 "• 页面元素：按钮齐全；", "• 页面样式：布局合理；"))
    assert [i.text for i in scheme.items] == ["页面元素：按钮齐全", "页面样式：布局合理"]
    assert [(c.name, c.points) for c in scheme.categories] == [("基本要求", 60.0)]


def test_a_heading_without_points_after_the_items_closes_them(tmp_path):
    # named rule plain_heading_closes: ## 其他说明 over remarks is no part of the items
    scheme = _read_txt(tmp_path, "# 征文评审标准\n\n## 评审项目\n\n1. 立意（50分）：主题鲜明\n2. 文采（50分）：语言优美\n"
                                 "\n## 其他说明\n\n- 字数不超过3000字。\n- 抄袭的取消资格。\n")
    assert [(i.text, i.points) for i in scheme.items] == [("立意", 50.0), ("文采", 50.0)]


def test_a_section_heading_whose_paragraph_opens_with_its_points_is_one_item_and_its_bonus_paragraph_an_entry():
    # named rule points_opening_body; 加分：… inside a module is that module's entry, not a part of the notice
    scheme = extract_scheme(_doc("社区工作考评办法", "一、分值构成", "基础分满分100分，另设加分。", "二、考评内容",
                                 "（一）队伍建设", "基础分60分。队伍健全，制度完善。缺一项制度扣2分。",
                                 "加分：获评先进集体的，每次加1分，本模块加分不超过2分。",
                                 "（二）为民服务", "基础分40分。按时办结群众诉求，每超时一件扣1分。"))
    assert [(i.code, i.text, i.points) for i in scheme.items] == [("一", "队伍建设", 60.0), ("二", "为民服务", 40.0)]
    assert scheme.items[0].criteria == "队伍健全，制度完善。缺一项制度扣2分。"
    assert scheme.total_points == 100.0
    assert [(b.text, b.points, b.cap) for b in scheme.bonus] == [("获评先进集体的，每次加1分，本模块加分不超过2分", 1.0, 2.0)]
    assert [f.kind for f in scheme.flags if f.kind.endswith("mismatch")] == []


def test_lines_that_earn_points_in_a_document_that_assesses_nothing_are_no_scheme():
    # named rule no_assessment_frame: a shop's loyalty points
    scheme = extract_scheme(_doc("会员积分规则", "一、积分获取", "1．每消费1元积1分。", "2．每日签到得5分。",
                                 "3．会员生日当月额外赠送200分。"))
    assert scheme.kind == "not_a_scheme"
    assert "never speaks of assessing" in scheme.flags[-1].message


def test_criteria_as_columns_with_their_maxima_in_a_row_below_the_header_are_the_items():
    # named rule maxima_row: 单位 | 安全 | 卫生 | 纪律 | 总分 over 标准分 | 30 | 30 | 40 | 100, then blank rows per unit
    scheme = extract_scheme(_doc("班级量化考核表", grid_table([
        ["班级", "安全", "卫生", "纪律", "总分", "备注"],
        ["标准分", "30", "30", "40", "100", ""],
        ["一班", "", "", "", "", ""], ["二班", "", "", "", "", ""], ["三班", "", "", "", "", ""]])))
    assert [(i.text, i.points) for i in scheme.items] == [("安全", 30.0), ("卫生", 30.0), ("纪律", 40.0)]
    assert scheme.total_points == 100.0


def test_one_formula_stated_for_every_listed_item_scores_each_by_its_own_points():
    # named rule item_formula (a document rule): 各项得分＝完成率×该项分值
    scheme = extract_scheme(_doc("重点工作目标考核办法", "第一条　目标分项及分值：", "（一）项目投资（60分）；",
                                 "（二）招商引资（40分）。",
                                 "第二条　第一条所列各项得分＝该项完成率×该项分值，完成率超过100%的按100%计算。"))
    assert [(i.text, i.points, i.rule.kind) for i in scheme.items] == [
        ("项目投资", 60.0, "proportional"), ("招商引资", 40.0, "proportional")]
    assert scheme.items[0].rule.text == "第二条　第一条所列各项得分＝该项完成率×该项分值，完成率超过100%的按100%计算。"


def test_a_rule_line_naming_an_item_by_its_number_is_that_items_criteria():
    # named rule rules_by_number: 第（二）项：… scores the item numbered （二）
    scheme = extract_scheme(_doc("支部考核办法", "一、考核内容", "（一）学习教育，40分；", "（二）组织生活，60分。",
                                 "二、评分标准", "第（一）项：每少学习1次扣2分。", "第（二）项：每缺一次组织生活扣5分。"))
    assert [(i.text, i.points, i.criteria) for i in scheme.items] == [
        ("学习教育", 40.0, "每少学习1次扣2分。"), ("组织生活", 60.0, "每缺一次组织生活扣5分。")]
    assert [i.rule.kind for i in scheme.items] == ["per_occurrence", "per_occurrence"]


def test_notes_rows_of_a_header_sheet_naming_its_columns_give_their_rules():
    scheme = extract_scheme(_doc("班级量化考核表", grid_table([
        ["班级", "安全", "卫生", "纪律", "总分"],
        ["标准分", "30", "30", "40", "100"],
        ["一班", "", "", "", ""], ["二班", "", "", "", ""], ["三班", "", "", "", ""],
        ["评分说明：", "", "", "", ""], ["1．安全：发生事故一次扣10分。", "", "", "", ""]],
        {(5, 0): (1, 5), (6, 0): (1, 5)})))
    assert [(i.text, i.rule.kind) for i in scheme.items] == [
        ("安全", "per_occurrence"), ("卫生", "manual"), ("纪律", "manual")]


def test_rating_level_columns_holding_bands_of_points_give_banded_tiers():
    # named rule level_bands: 优 | 良 | 中 over 9-10 | 6-8 | 0-5
    scheme = extract_scheme(_doc("说课评价表", grid_table([
        ["评价项目", "评价要点", "分值", "优", "良", "中"],
        ["教学设计", "目标明确", "10", "9-10", "6-8", "0-5"],
        ["课堂表达", "语言清楚", "10", "9-10", "6-8", "0-5"]])))
    rule = scheme.items[0].rule
    assert rule.kind == "tiers"
    assert [(t.label, t.points, t.min_points) for t in rule.tiers] == [("优", 10.0, 9.0), ("良", 8.0, 6.0), ("中", 5.0, 0.0)]


def test_two_items_per_row_under_sections_spanning_both_halves_are_one_list_read_row_by_row():
    # named rule side_by_side_rows
    scheme = extract_scheme(_doc("班级评比表", grid_table([
        ["序号", "项目及要求", "分值", "序号", "项目及要求", "分值"],
        ["一、纪律（20分）", "", "", "", "", ""],
        ["1", "早读按时", "10", "2", "课堂安静", "10"],
        ["二、卫生（20分）", "", "", "", "", ""],
        ["3", "地面干净", "10", "4", "桌椅整齐", "10"]], {(1, 0): (1, 6), (3, 0): (1, 6)})))
    got = [(i.code, i.text, i.points, scheme.category_path(i.category)[-1].name) for i in scheme.items]
    assert got == [("1", "早读按时", 10.0, "纪律"), ("2", "课堂安静", 10.0, "纪律"),
                   ("3", "地面干净", 10.0, "卫生"), ("4", "桌椅整齐", 10.0, "卫生")]
    assert [(c.name, c.points) for c in scheme.categories] == [("纪律", 20.0), ("卫生", 20.0)]


# ------------------------------------------------------------------ forms15: shares, conversions, criteria lines


def test_items_weighted_within_a_category_that_states_its_points_are_worth_their_share():
    # named rule weights_within_category: 权重（占本模块分值） 60% and 40% of a module of 50 points
    scheme = extract_scheme(_doc("社区考核评分表", grid_table([
        ["考核模块", "考核指标", "权重（占本模块分值）", "评分标准"],
        ["市容环境（50分）", "门前三包", "60%", "每发现一处未落实扣1分"],
        ["", "占道治理", "40%", "每发现一处扣2分"]], {(1, 0): (2, 1)})))
    assert [(i.text, i.points) for i in scheme.items] == [("门前三包", 30.0), ("占道治理", 20.0)]


def test_a_column_of_falling_scores_beside_measurements_only_is_a_conversion_table_not_a_scheme():
    # named rule conversion_table
    rows = [["得分", "男子1000米", "女子800米", "立定跳远"]] + [
        [str(10 - k), f"3′{30 + 5 * k}″", f"3′{20 + 5 * k}″", str(250 - 5 * k)] for k in range(6)]
    scheme = extract_scheme(_doc("体育考试评分标准", grid_table(rows)))
    assert scheme.kind == "not_a_scheme"
    assert "conversion_table" in " ".join(f.message for f in scheme.flags)


def test_lines_stating_what_is_asked_then_how_it_is_scored_under_a_heading_with_points_are_its_criteria():
    # subclauses_as_criteria: （1）…；（2）…；（3）缺一项扣3分 under 1．机构建设（6分）
    scheme = extract_scheme(_doc("节能考核细则", "一、组织管理", "1．机构建设（6分）", "（1）成立领导小组；",
                                 "（2）配备管理员；", "（3）缺一项扣3分。", "2．能耗统计（4分）", "（1）按季度报送数据；",
                                 "（2）每迟报一次扣1分。"))
    assert [(i.text, i.points) for i in scheme.items] == [("机构建设", 6.0), ("能耗统计", 4.0)]
    assert scheme.items[0].criteria == "成立领导小组；配备管理员；缺一项扣3分"
    assert [c.name for c in scheme.categories] == ["组织管理"]


def test_lines_under_a_heading_whose_points_a_note_states_stay_items():
    scheme = extract_scheme(_doc("卫生检查细则", "一、餐厅卫生", "1．桌面整洁；", "2．椅子归位，如有大面积未归位则扣分",
                                 "注：餐厅满分为10分。"))
    assert [i.text for i in scheme.items] == ["桌面整洁；", "椅子归位，如有大面积未归位则扣分"]


def test_a_points_cell_naming_the_parts_it_is_scored_in_gives_the_items_points():
    # named rule points_parts_cell: 10分（其中台账5分、现场5分）
    scheme = extract_scheme(_doc("安全标准化考核评分表", grid_table([
        ["序号", "考核项目", "分值", "评分标准"],
        ["1", "责任制", "10分（其中台账5分、现场5分）", "每缺一份扣1分"],
        ["2", "教育培训", "8分", "无计划的扣4分"]])))
    assert [(i.text, i.points) for i in scheme.items] == [("责任制", 10.0), ("教育培训", 8.0)]


def test_marks_keyed_to_points_in_a_note_give_the_items_they_close_their_points():
    # named rule keyed_marks (the numerals stage): 标注①的项目每项5分 → …记录① is worth 5
    scheme = extract_scheme(_doc("实验室安全检查评分表", grid_table([
        ["序号", "检查内容", "得分"],
        ["1", "每月开展自查并如实记录①", ""],
        ["2", "危险化学品分类存放②", ""],
        ["3", "应急预案齐全①", ""]]),
        "注：检查内容后标注①的项目每项5分，标注②的项目每项10分，合计20分。"))
    assert [(i.text, i.points) for i in scheme.items] == [
        ("每月开展自查并如实记录", 5.0), ("危险化学品分类存放", 10.0), ("应急预案齐全", 5.0)]
    assert scheme.items[0].sources["points"].quote == "每月开展自查并如实记录①"


def test_bullets_of_another_glyph_under_a_bullet_stating_its_points_say_how_it_is_scored():
    # named rule sub_bullets: a slide's ● item 10分 over – its rule
    scheme = extract_scheme(_doc("服务考评标准", "一、安全（20分）", "● 无责任事故 10分", "– 发生事故的不得分",
                                 "● 规范停靠 10分", "– 每次越线扣2分", "二、服务（10分）", "● 文明用语 10分", "– 综合评定"))
    assert [(i.text, i.points, i.criteria) for i in scheme.items] == [
        ("无责任事故", 10.0, "发生事故的不得分"), ("规范停靠", 10.0, "每次越线扣2分"), ("文明用语", 10.0, "综合评定")]


def test_a_section_numbering_after_a_preambles_bullets_is_not_nested_under_them():
    # 一、/二、 open the notice's parts: the last bullet before 二、 is an item, not a heading over it
    scheme = extract_scheme(_doc("服务考评标准", "● 考评周期：按季度考评，满分30分", "一、安全（20分）",
                                 "● 无责任事故 10分", "● 规范停靠 10分", "二、服务（10分）", "● 文明用语 10分"))
    assert [(i.text, i.points) for i in scheme.items] == [("无责任事故", 10.0), ("规范停靠", 10.0), ("文明用语", 10.0)]
    assert scheme.total_points == 30.0


def test_bulleted_score_bands_under_a_rating_heading_are_grades_not_items():
    scheme = extract_scheme(_doc("服务考评标准", "一、安全（20分）", "● 无责任事故 10分", "● 规范停靠 10分",
                                 "星级评定", "● 18分以上：五星级", "● 15—17分：四星级", "● 15分以下：不予评星"))
    assert [i.text for i in scheme.items] == ["无责任事故", "规范停靠"]


def _checklist():
    return _doc("病区检查表", grid_table([
        ["一、基础项目", "", "", ""],
        ["序号", "检查内容", "达标（每项4分）", "未达标"],
        ["1", "台面整洁", "", ""], ["2", "物品定位", "", ""],
        ["二、重点项目", "", "", ""],
        ["序号", "检查内容", "达标（每项6分）", "未达标"],
        ["3", "通道畅通", "", ""]], {(0, 0): (1, 4), (4, 0): (1, 4)}))


def test_a_header_stating_每项N分_gives_every_row_below_it_its_points_section_by_section():
    # named rules each_row_header and section_above_header
    scheme = extract_scheme(_checklist())
    got = [(i.text, i.points, scheme.category_path(i.category)[-1].name) for i in scheme.items]
    assert got == [("台面整洁", 4.0, "基础项目"), ("物品定位", 4.0, "基础项目"), ("通道畅通", 6.0, "重点项目")]


def test_rows_ticked_as_passing_or_failing_are_scored_all_or_nothing():
    # named rule pass_fail_columns: 达标 | 未达标
    assert [i.rule.kind for i in extract_scheme(_checklist()).items] == ["threshold", "threshold", "threshold"]


def test_a_table_under_a_heading_naming_deduction_entries_lists_entries_and_the_prose_items_stand():
    # named rule entries_table
    scheme = extract_scheme(_doc("文明施工考核细则", "一、基础项目", "（一）围挡设置（60分）。围挡连续完好的得60分。",
                                 "（二）车辆冲洗（40分）。未设置冲洗设施的不得分。", "二、扣分项目",
                                 grid_table([["序号", "扣分情形", "扣分标准"], ["1", "被有效投诉的", "每起扣2分"],
                                             ["2", "被媒体曝光的", "每次扣5分"]])))
    assert [(i.text, i.points) for i in scheme.items] == [("围挡设置", 60.0), ("车辆冲洗", 40.0)]
    assert [(d.text, d.points) for d in scheme.deductions] == [("被有效投诉的", -2.0), ("被媒体曝光的", -5.0)]


def test_a_header_row_of_a_second_block_inside_a_table_is_not_an_item():
    # sub_header_row: 序号 | 评议内容 | … heading the rows of a block with columns of its own
    scheme = extract_scheme(_doc("村党组织书记考核表", grid_table([
        ["序号", "考核项目", "分值", "评分标准"],
        ["1", "党员发展", "10", "完成计划的得10分"], ["2", "三会一课", "10", "每少一次扣1分"],
        ["二、定性指标（10分）", "", "", ""],
        ["序号", "评议内容", "评议等次及计分", ""],
        ["3", "述职评议", "好：得满分；较好：得80%", ""]], {(3, 0): (1, 4)})))
    assert [i.text for i in scheme.items] == ["党员发展", "三会一课", "述职评议"]


def test_an_item_whose_rule_awards_a_share_of_its_own_missing_points_is_doubted():
    scheme = extract_scheme(_doc("村党组织书记考核表", grid_table([
        ["序号", "考核项目", "分值", "评分标准"],
        ["1", "党员发展", "10", "完成计划的得10分"], ["2", "三会一课", "10", "每少一次扣1分"],
        ["二、定性指标（10分）", "", "", ""],
        ["3", "述职评议", "", "好：得满分；较好：得80%"]], {(3, 0): (1, 4)})))
    assert [(i.text, i.points) for i in scheme.items] == [("党员发展", 10.0), ("三会一课", 10.0), ("述职评议", None)]
    assert scheme.items[2].confidence <= 0.6


def test_a_heading_followed_by_本部分N分_has_those_points():
    scheme = extract_scheme(_doc("居务公开考评细则", "一、公开内容　本部分20分", "1．目录齐全的，赋10分。",
                                 "2．按时公开的，赋10分。", "二、群众监督　本部分10分", "3．设置意见箱的，赋10分。"))
    assert [(c.name, c.points) for c in scheme.categories] == [("公开内容", 20.0), ("群众监督", 10.0)]


def test_clauses_closing_on_此项满分_under_an_article_lead_in_are_its_items_and_the_sum_line_its_points():
    scheme = extract_scheme(_doc("政务信息考核办法", "第一条　信息报送考核以下事项：",
                                 "（一）报送时效。每迟报一次扣2分。此项满分10分。",
                                 "（二）报送数量。每少4条扣1分。此项满分15分。", "本条各项合计25分。",
                                 "第二条　信息质量考核以下事项：", "（一）采用情况。每采用1条计1分。此项满分20分。",
                                 "（二）内容质量。综合评定。此项满分5分。"))
    got = [(i.text, i.points, scheme.category_path(i.category)[-1].name) for i in scheme.items]
    assert got == [("报送时效", 10.0, "信息报送"), ("报送数量", 15.0, "信息报送"),
                   ("采用情况", 20.0, "信息质量"), ("内容质量", 5.0, "信息质量")]
    assert [(c.name, c.points) for c in scheme.categories] == [("信息报送", 25.0), ("信息质量", 25.0)]


def test_column_labels_read_as_one_cell_across_the_table_are_its_header():
    # named rule header_in_one_cell: a scan whose header row lost its inner lines
    scheme = extract_scheme(_doc("安全检查评分表", grid_table([
        ["编号 检查内容 分值 责任科室", "", "", ""],
        ["1", "消防设施完好", "6", "保卫科"],
        ["2", "应急预案齐全", "4", "办公室"]], {(0, 0): (1, 4)})))
    assert [(i.text, i.points, i.departments) for i in scheme.items] == [
        ("消防设施完好", 6.0, ["保卫科"]), ("应急预案齐全", 4.0, ["办公室"])]
    assert [i.confidence for i in scheme.items] == [1.0, 1.0]
    assert scheme.items[0].sources["points"].row == 1


def test_a_full_width_title_is_not_split_into_a_header():
    from pipeline.extract.grammar.table_layout import split_header_cell

    table = grid_table([["2026 年度 安全 检查表", "", "", ""], ["1", "消防设施完好", "6", "保卫科"]], {(0, 0): (1, 4)})
    assert split_header_cell(table) == (table, None)


def test_sentences_numbered_一_under_a_section_are_items_whose_points_come_from_their_scoring_clause():
    # named rules paren_cn_sentences and scoring_clause: （一）名称。要求…（评分办法：…得6分…）
    scheme = extract_scheme(_doc(
        "档案工作考核细则", "一、基础工作",
        "（一）档案室建设。设立专用档案室，配备防火防潮设施（评分办法：设施齐全的得6分，缺一项扣2分，扣完为止）。",
        "（二）人员配备。配备专职档案员不少于1名（评分办法：配备专职人员的得4分，兼职的得2分）。",
        "二、业务工作",
        "（三）归档整理。当年文件按期归档（评分办法：由局档案科根据抽查情况在0至10分之间评定）。"))
    got = [(i.code, i.text, i.points, i.rule.kind, i.rule.text) for i in scheme.items]
    assert got == [
        ("一", "档案室建设", 6.0, "per_occurrence", "设施齐全的得6分，缺一项扣2分，扣完为止"),
        ("二", "人员配备", 4.0, "tiers", "配备专职人员的得4分，兼职的得2分"),
        ("三", "归档整理", 10.0, "manual", "由局档案科根据抽查情况在0至10分之间评定")]
    assert [c.name for c in scheme.categories] == ["基础工作", "业务工作"]


def test_items_listed_as_numbered_lines_in_one_cell_beside_their_rules_keyed_alike_are_one_row_each():
    # named rules stacked_keyed_lines, comma_points_tail and points_line (组织建设 20分)
    scheme = extract_scheme(_doc("社区工作考评表", grid_table([
        ["考核类别", "考核内容及分值", "评分细则", "得分"],
        ["阵地建设 12分", "①服务站点挂牌并对外开放，8分\n②服务制度上墙公示，4分",
         "①开放的得8分，未开放的不得分\n②每缺一项制度扣1分", ""],
        ["居民评议 8分", "①居民满意度测评，8分", "①满意率90%以上的得8分，以下的得4分", ""]])))
    assert [(c.name, c.points) for c in scheme.categories] == [("阵地建设", 12.0), ("居民评议", 8.0)]
    assert [(i.text, i.points, i.rule.kind) for i in scheme.items] == [
        ("服务站点挂牌并对外开放", 8.0, "threshold"), ("服务制度上墙公示", 4.0, "per_occurrence"),
        ("居民满意度测评", 8.0, "tiers")]


def test_an_award_per_quarter_is_worth_four_quarters_where_the_category_adds_up_so():
    # named rule per_period_award: 每季度计2分 in a year's 全年10分
    scheme = extract_scheme(_doc(
        "2026年度街道安全生产考核办法", "一、日常工作（全年14分）",
        "1．隐患排查：每季度开展一次隐患排查的，每季度计2分。",
        "2．信息报送：每月按时报送安全信息的，每月计0.5分。",
        "二、基础工作（全年6分）", "1．机构建设：设立安全办公室的计6分。"))
    got = [(i.text.split("：")[0], i.points, i.rule.kind, getattr(i.rule, "delta", None),
            getattr(i.rule, "unit", None)) for i in scheme.items]
    assert got == [("隐患排查", 8.0, "per_occurrence", 2.0, "季度"), ("信息报送", 6.0, "per_occurrence", 0.5, "月"),
                   ("机构建设", 6.0, "threshold", None, None)]


def test_an_award_per_month_keeps_its_amount_where_the_category_would_not_add_up():
    scheme = extract_scheme(_doc(
        "2026年度街道安全生产考核办法", "一、日常工作（全年5分）",
        "1．信息报送：每月按时报送安全信息的，每月计1分。",
        "2．台账管理：台账规范的计4分。"))
    assert [i.points for i in scheme.items] == [1.0, 4.0]


def test_a_labelled_rule_below_an_item_is_its_criteria_and_the_total_line_after_it_is_not():
    # named rule criteria_label_below (评估方法：), award_tail after a percentage (10%\t15分), whole_line with leaders
    scheme = extract_scheme(_doc(
        "职工书屋评估标准", "一、图书资源\t25分",
        "1．藏书每年更新不少于10%\t15分", "评估方法：藏书数量达标得10分，年更新率达标得5分。",
        "2．组织阅读活动不少于3次\t10分", "评估方法：每开展1次得5分，最高10分。",
        "合计……………………25分"))
    assert [(i.text, i.points, i.rule.kind) for i in scheme.items] == [
        ("藏书每年更新不少于10%", 15.0, "components"), ("组织阅读活动不少于3次", 10.0, "per_occurrence")]
    assert scheme.items[1].criteria == "评估方法：每开展1次得5分，最高10分。"
    assert scheme.total_points == 25.0


def test_two_requirements_joined_by_和_worth_the_same_each_are_components():
    from schemes.criteria.rules import parse_rule

    rule = parse_rule("标识牌和开放时间公示各5分", 10).rule
    assert [(c.label, c.points) for c in rule.components] == [("标识牌", 5.0), ("开放时间公示", 5.0)]


def test_a_points_programme_for_applicants_is_not_a_scheme():
    # named rule points_programme: applicants earn points to qualify (积分入学), nobody is assessed
    scheme = extract_scheme(_doc(
        "东城区2026年随迁子女积分入学积分标准", "申请人积分由以下指标构成，积分达到60分的可申请入学。",
        grid_table([["指标类别", "具体指标", "分值及计分标准"],
                    ["基础指标", "社会保险", "在本区连续缴纳社会保险，每满1年积5分，最高30分"],
                    ["", "住房", "在本区拥有合法产权住房的得20分"],
                    ["", "学历", "本科得30分；专科得20分"],
                    ["加分指标", "志愿服务", "每满50小时积1分，最高积5分"],
                    ["", "献血", "每次无偿献血积2分，最高积10分"],
                    ["减分指标", "违法记录", "受过行政拘留的，每次减50分"]], {(1, 0): (3, 1), (4, 0): (2, 1)})))
    assert scheme.kind == "not_a_scheme"
    assert "points programme for persons («积分入学»)" in scheme.flags[-1].message


def test_a_scheme_assessing_units_that_mention_credit_records_is_still_a_scheme():
    scheme = extract_scheme(_doc(
        "2026年度社区工作考核细则", "一、基础工作（20分）",
        "1．建立居民信用积分台账（10分）：台账完整的得10分。", "2．开展诚信宣传（10分）：每开展1次得2分，最高10分。"))
    assert scheme.kind == "scheme"


def test_points_before_the_number_belong_to_the_heading_or_item_the_line_opens():
    # named rule points_before_number: （20分）一、组织建设 / （8分）1．…
    scheme = extract_scheme(_doc(
        "调解委员会考评细则", "（14分）一、组织建设",
        "（8分）1．调委会依法设立。评分：组织健全的得8分；未设立的不得分。",
        "（6分）2．调解员培训上岗。评分：每有1名调解员未经培训的扣1分。",
        "（6分）二、制度建设", "（6分）3．工作制度上墙。评分：每缺一项制度扣2分。"))
    assert [(c.name, c.points) for c in scheme.categories] == [("组织建设", 14.0), ("制度建设", 6.0)]
    assert [(i.code, i.text, i.points) for i in scheme.items] == [
        ("1", "调委会依法设立", 8.0), ("2", "调解员培训上岗", 6.0), ("3", "工作制度上墙", 6.0)]
    assert scheme.items[0].sources["points"].quote == "8"


def test_rows_of_an_allocation_table_take_the_rule_the_articles_state_for_their_names():
    # named rule criteria_by_name: the articles state the rules, a 分值分配表 after them the points
    scheme = extract_scheme(_doc(
        "林业工作考核办法", "第三条　考核内容和评分标准",
        "1．林长巡林。村级林长每月巡林不少于1次。每少巡林一次扣1分。",
        "2．宣传活动。开展进校园宣传活动。开展的得满分，未开展的不得分。",
        "附：分值分配表",
        grid_table([["序号", "考核项目", "分值"], ["1", "林长巡林", "6"], ["2", "宣传活动", "4"], ["合计", "", "10"]])))
    assert [(i.text, i.points, i.rule.kind) for i in scheme.items] == [
        ("林长巡林", 6.0, "per_occurrence"), ("宣传活动", 4.0, "threshold")]
    assert scheme.items[0].criteria == "村级林长每月巡林不少于1次。每少巡林一次扣1分。"


def _article_items(preamble: str):
    return _doc("档案工作考核细则", preamble, "一、基础工作",
                "（一）档案室建设。设立专用档案室（评分办法：设立的得6分，未设立的不得分）。",
                "（二）人员配备。配备专职档案员（评分办法：配备专职人员的得4分，兼职的得2分）。")


def test_items_adding_up_to_the_declared_total_with_every_mention_read_are_more_certain():
    # named rule corroborated: the declared total (满分10分) and the items' sum agree
    stated = extract_scheme(_article_items("本细则满分10分。"))
    unstated = extract_scheme(_article_items("本细则由档案局解释。"))
    assert [i.confidence for i in unstated.items] == [0.76, 0.76]
    assert [i.confidence for i in stated.items] == [0.88, 0.88]
    assert (stated.total_points, unstated.total_points) == (10.0, None)


def test_circled_parts_adding_up_to_a_numbered_line_are_that_items_components():
    # named rule parts_of_item: （1）…（计6分） over ①…（3分） ②…（3分), where (1) lines are items elsewhere
    scheme = extract_scheme(_doc(
        "党建工作考核细则", "（一）政治建设（占14分）",
        "1．理论学习（占6分）", "（1）集中学习（计6分）", "①支部每季度专题学习1次（3分）", "②党小组每月学习1次（3分）",
        "2．意识形态（占8分）", "（1）每半年分析研判1次（计8分）。未开展研判的不得分。"))
    got = [(i.text[:9], i.points, i.rule.kind) for i in scheme.items]
    assert got == [("集中学习", 6.0, "components"), ("每半年分析研判1次", 8.0, "threshold")]
    assert [(c.label, c.points) for c in scheme.items[0].rule.components] == [
        ("支部每季度专题学习1次", 3.0), ("党小组每月学习1次", 3.0)]


def test_lettered_parts_with_points_are_components():
    from schemes.criteria.rules import parse_rule

    rule = parse_rule("a．着装整洁（3分）\nb．核对信息（2分）", 5).rule
    assert [(c.label, c.points) for c in rule.components] == [("着装整洁", 3.0), ("核对信息", 2.0)]


def test_articles_naming_a_module_with_its_points_and_its_clauses_or_its_one_rule():
    # named rules points_lead_in (师德师风20分，考核以下内容：（一）…), name_then_points (（一）名称，计10分，rule)
    # and points_sentence_module (出勤纪律15分。rule); 满分35分，其中…各N分 states the total and the shares
    scheme = extract_scheme(_doc(
        "教师年度考核办法", "第四条　考核内容包括师德师风、出勤纪律两个方面，满分35分，其中师德师风20分、出勤纪律15分。",
        "第五条　师德师风20分，考核以下内容：（一）依法执教，计10分，有违反师德规范行为的，本项不得分；"
        "（二）家校沟通，10分值，由考核小组酌情评定。",
        "第六条　出勤纪律15分。事假每天扣0.5分，旷工每天扣5分，扣完为止。"))
    assert scheme.total_points == 35.0
    assert [(c.name, c.points) for c in scheme.categories] == [("师德师风", 20.0), ("出勤纪律", 15.0)]
    assert [(i.text, i.points, i.rule.kind) for i in scheme.items] == [
        ("依法执教", 10.0, "threshold"), ("家校沟通", 10.0, "manual"), ("出勤纪律", 15.0, "per_occurrence")]


def test_a_module_said_to_be_made_of_two_parts_holds_them():
    # named rule module_parts: 职能目标分为重点工作和日常工作两部分, 职能目标60分 declared
    scheme = extract_scheme(_doc(
        "目标管理考核办法", "第三条　满分100分，其中职能目标60分、共性目标40分。",
        "第四条　职能目标分为重点工作和日常工作两部分。",
        "第五条　重点工作40分。按期完成的得满分，未完成的不得分。",
        "第六条　日常工作20分。评为好的得20分，较好的得16分，一般的得12分。",
        "第七条　共性目标40分。由考核办综合评定。"))
    parents = {c.id: c for c in scheme.categories}
    assert [(c.name, c.points, parents[c.parent].name if c.parent else None) for c in scheme.categories] == [
        ("职能目标", 60.0, None), ("重点工作", 40.0, "职能目标"), ("日常工作", 20.0, "职能目标"), ("共性目标", 40.0, None)]


def test_full_marks_less_a_fixed_deduction_or_nothing_are_three_levels():
    from schemes.criteria.rules import parse_rule

    # named rule deducted_levels
    rule = parse_rule("审议通过的得满分；编制后未经审议的扣5分；未编制的不得分", 15).rule
    assert [(t.label, t.points) for t in rule.tiers] == [("审议通过", 15.0), ("编制后未经审议", 10.0)]


def test_a_yearly_requirement_before_an_award_is_not_an_occurrence():
    from schemes.criteria.rules import parse_rule

    rule = parse_rule("建立台账并每年盘点的得10分；有台账未盘点的得5分；无台账的不得分", 10).rule
    assert [(t.label, t.points) for t in rule.tiers] == [("建立台账并每年盘点", 10.0), ("有台账未盘点", 5.0)]


def test_a_points_bracket_that_also_states_the_rule_gives_both():
    # named rule bracket_points_rule: 是否…（10分，每发现1人未持证扣2分）
    scheme = extract_scheme(_doc("食堂自查评分表", grid_table([
        ["序号", "检查内容", "是", "否"],
        ["1", "从业人员是否持健康证明上岗（10分，每发现1人未持证扣2分）", "□", "□"],
        ["2", "是否公示许可证（5分）", "□", "□"]])))
    assert [(i.text, i.points, i.rule.kind) for i in scheme.items] == [
        ("从业人员是否持健康证明上岗", 10.0, "per_occurrence"), ("是否公示许可证", 5.0, "threshold")]


def test_tables_titled_in_their_first_row_as_parts_are_those_parts_not_one_table_continued():
    # named rule table_title_part: 表一　平时考核评分表（满分100分，占40%）
    def part(title: str, rows: list[list[str]]):
        return grid_table([[title, "", "", ""], ["序号", "考核内容", "分值", "评分标准"], *rows], {(0, 0): (1, 4)})
    scheme = extract_scheme(_doc(
        "工作人员综合考评表",
        part("表一　平时考核评分表（满分100分，占40%）",
             [["1", "出勤情况", "60", "迟到每次扣1分，扣完为止"], ["2", "学习培训", "40", "缺一次扣5分"]]),
        part("表二　年终考核评分表（满分100分，占60%）",
             [["1", "工作实绩", "70", "由考核组评定"], ["2", "廉洁自律", "30", "有违纪的不得分"]])))
    assert [(c.code, c.name, c.points, c.weight) for c in scheme.categories] == [
        ("表一", "平时考核", 100.0, 0.4), ("表二", "年终考核", 100.0, 0.6)]
    assert [(i.category, i.text) for i in scheme.items] == [
        ("1", "出勤情况"), ("1", "学习培训"), ("2", "工作实绩"), ("2", "廉洁自律")]


def test_a_row_naming_the_final_score_below_the_total_is_no_item():
    # 最后得分 | 去掉一个最高分和一个最低分后取平均: where the result is written (result_row)
    scheme = extract_scheme(_doc("演讲比赛评分表", grid_table([
        ["序号", "评分项目", "分值", "评分标准"],
        ["1", "演讲内容", "60", "主题鲜明，内容充实"], ["2", "语言表达", "40", "普通话标准，吐字清晰"],
        ["", "合计", "100", ""],
        ["", "最后得分", "", "去掉一个最高分和一个最低分后取平均分"]])))
    assert [i.text for i in scheme.items] == ["演讲内容", "语言表达"]


def test_bullets_run_together_in_one_paragraph_are_entries_each_and_a_bonus_heading_in_english_lists_entries():
    # glued bullets (a PDF ran a list's lines together), Bonus as an entries heading, (+5') amounts
    from extractors.model import Heading

    doc = _doc("课程大作业评分标准", "功能实现（30分）", "• 用户登录 (10')• 课程检索 (20')", "Bonus（加分）",
               "• 部署上线 (+5')• 自动化测试 (+3')", "提交要求", "• 截止时间第16周，每组汇报 10 分钟、提问 5", "分钟。")
    doc = doc.model_copy(update={"blocks": [Heading(text=b.text, level=2, prov=b.prov) if b.text in (
        "功能实现（30分）", "Bonus（加分）", "提交要求") else b for b in doc.blocks]})
    scheme = extract_scheme(doc)
    assert [(i.text, i.points) for i in scheme.items] == [("用户登录", 10.0), ("课程检索", 20.0)]
    assert [(b.text, b.points) for b in scheme.bonus] == [("部署上线 (+5')", 5.0), ("自动化测试 (+3')", 3.0)]


def test_a_symbol_font_bullet_reads_as_a_bullet():
    from extractors.pdf_reader import _symbol_bullets

    chars = [{"text": "\uf0b7"}, {"text": "登"}]
    _symbol_bullets(chars)
    assert [c["text"] for c in chars] == ["•", "登"]


def test_items_without_points_in_a_document_stating_none_lower_the_schemes_confidence():
    # nothing in the document reads as points (its shares are not on a stated scale of 100)
    scheme = extract_scheme(_doc("课程考核办法", "3.1 平时实验（占20%）",
                                 "（1）预习报告（5%）：每次实验前提交预习报告，缺交一次扣1%，扣完为止。",
                                 "（2）操作规范（15%）：由指导教师期末汇总评定。"))
    assert [i.points for i in scheme.items] == [None, None]
    assert scheme.confidence is not None and scheme.confidence < 0.7


def test_a_line_of_levels_under_a_numbered_item_is_its_scale_and_a_range_closing_an_item_its_points():
    # named rules scale_below and the numbered variant's closing note; 本表满分100分 is the total
    scheme = extract_scheme(_doc(
        "听课评价表", "一、教学态度", "1．备课充分", "A 优（10分）；B 良（8分）；C 中（6分）",
        "二、教学效果", "2．达成教学目标（0—20分）", "提示：本表满分30分。"))
    assert [(i.text, i.points) for i in scheme.items] == [("备课充分", 10.0), ("达成教学目标", 20.0)]
    assert scheme.items[0].rule.kind == "tiers"
    assert scheme.total_points == 30.0


def test_a_personal_form_with_criteria_across_and_their_maxima_in_a_row_below_is_a_scheme():
    # maxima_band: 考核项目 | 德 | 能 | 合计 over 标准分 | 40 | 60 | 100 under the form's personal fields
    scheme = extract_scheme(_doc("社区工作者考核登记表", grid_table([
        ["姓名", "", "性别", "", "岗位", ""],
        ["考核项目", "德", "能", "勤", "绩", "合计"],
        ["标准分", "20", "20", "20", "40", "100"],
        ["评分主体", "自评", "自评", "自评", "自评", "自评"],
        ["得分", "", "", "", "", ""]])))
    assert [(i.text, i.points) for i in scheme.items] == [("德", 20.0), ("能", 20.0), ("勤", 20.0), ("绩", 40.0)]
    assert scheme.total_points == 100.0


def test_tables_under_bilingual_headings_with_points_are_those_categories_and_signed_lines_entries():
    # a heading 基本要求 Basic（60分） over its table names the category (translation dropped) with its points;
    # +5 / −2 opening the lines under Bonus 加分 / Deduction 扣分 are the entries' amounts (signed_lead)
    from extractors.model import Heading

    def table(rows):
        return grid_table([["#", "评分项 Item", "分值 Pts"], *rows])
    doc = _doc("课程项目评分细则", "基本要求 Basic（30分）", table([["1", "模型实现", "20"], ["2", "数据说明", "10"]]),
               "进阶要求 Advanced（20分）", table([["3", "消融实验", "12"], ["4", "可视化", "8"]]),
               "Bonus 加分（合计不超过 5 分）", "+3　提交可复现的代码仓库", "Deduction 扣分", "-2　报告超出页数限制")
    blocks, tables = [], 0
    for b in doc.blocks:
        if b.kind == "table":   # each table its own number
            prov = b.prov.model_copy(update={"table": tables})
            b = b.model_copy(update={"prov": prov, "cells": [c.model_copy(update={"prov": prov}) for c in b.cells]})
            tables += 1
        elif b.text.endswith("分）") or b.text.startswith(("Bonus", "Deduction")):
            b = Heading(text=b.text, level=2, prov=b.prov)
        blocks.append(b)
    doc = doc.model_copy(update={"blocks": blocks})
    scheme = extract_scheme(doc)
    assert [(c.name, c.points) for c in scheme.categories] == [("基本要求", 30.0), ("进阶要求", 20.0)]
    assert [(b.points, b.kind) for b in scheme.bonus + scheme.deductions] == [(3.0, "bonus"), (-2.0, "deduction")]


def test_points_per_unit_with_a_ceiling_in_the_points_column_and_a_minus_sign_per_counted_thing():
    # points_per_unit_cell: 每件0.5分，最高10分 / 2分/次，满分10分; PENALTY -2分/人 and PER /人
    scheme = extract_scheme(_doc("安全生产诚信考核评分表", grid_table([
        ["序号", "考核项目", "考核内容", "分值", "评分方法"],
        ["1", "调解撤诉", "以调解方式结案的民事案件", "每件0.5分，最高10分", "按件计分"],
        ["2", "安全培训", "组织驾驶员安全教育培训", "3分/次，满分15分", "每组织1次计3分"],
        ["3", "安全管理人员", "按规定配备专职安全管理人员", "10", "每少配备1人-2分/人，扣完为止"]])))
    assert [(i.name, i.points) for i in scheme.items] == [("调解撤诉", 10.0), ("安全培训", 15.0), ("安全管理人员", 10.0)]
    last = scheme.items[2].rule
    assert (last.kind, last.delta, last.unit) == ("per_occurrence", -2.0, "人")


def test_a_dash_between_two_numbers_takes_nothing_off():
    from schemes.criteria.grammar import analyse

    assert analyse("优秀13-15分；良好10-12分") == []
    assert analyse("每辆-3分") == [("PENALTY", 2, 5, "-3分")]


def test_a_numbered_row_whose_cell_lists_parts_adding_up_to_its_points_is_one_item_in_parts():
    # named rule parts_of_row: 5 | 多元解纷 | ①…（4分）②…（3分）③…（3分） | 10
    scheme = extract_scheme(_doc("法庭工作考核表", grid_table([
        ["序号", "考核项目", "考核内容及评分标准", "分值"],
        ["1", "多元解纷", "①建立诉调对接工作室（4分）②聘请特邀调解员（3分）③开展巡回审判（3分）", "10"],
        ["2", "结案率", "结案率达到95%以上的得满分", "10"]])))
    assert [(i.text, i.points, i.rule.kind) for i in scheme.items] == [
        ("多元解纷", 10.0, "components"), ("结案率", 10.0, "threshold")]


def test_a_report_of_exam_results_is_not_a_scheme():
    # named rule score_statistics: 平均分, 最高分, 合格率, 分数段 … and the points it states mostly results
    scheme = extract_scheme(_doc(
        "2026年上半年业务知识考试成绩分析报告",
        "一、考试情况：试卷满分100分，题型包括单项选择题（每题1分，共50分）和病例分析题（50分）。",
        "二、成绩情况：全县平均分76.4分，最高分97分，最低分31分，60分及以上合格458人，合格率92.0%。",
        "三、分数段：90分以上38人，80至89分161人，70至79分172人，60分以下40人。",
        "四、单项选择题平均得分41.2分，得分率82.4%；病例分析题平均得分33.9分。"))
    assert scheme.kind == "not_a_scheme"
    assert "a report of scores" in scheme.flags[-1].message


def test_a_name_its_points_and_a_colon_before_circled_parts_gives_the_items_points():
    # named rule name_note_colon: 医疗安全（10分）：①…（4分）②…（3分）③…（3分）
    scheme = extract_scheme(_doc("科室目标考核细则", "一、医疗安全",
                                 "1．医疗安全（10分）：①无不良事件漏报（4分）②无纠纷赔付（3分）③危急值规范处置（3分）。",
                                 "2．床位使用率（10分）：达到85%的得10分，每低1个百分点扣0.5分。"))
    assert [(i.text, i.points) for i in scheme.items] == [("医疗安全", 10.0), ("床位使用率", 10.0)]
    assert scheme.items[0].rule.kind == "components"


def test_an_items_maximum_said_in_words_inside_its_rule_is_its_points():
    # named rule item_max_words: 本项不超过8分 / 以12分为限 / 满分按15分计 / （本项10分）
    scheme = extract_scheme(_doc("职工书屋考核细则", grid_table([
        ["序号", "考核项目", "考核内容及评分办法"],
        ["1", "场地设施", "每配备一类设施得2分，本项不超过8分"],
        ["2", "管理制度", "每项制度得3分，以12分为限"],
        ["3", "读书活动", "每开展1次读书活动计3分，满分按15分计"],
        ["4", "参与率", "参与率达到60%的得满分，每低5个百分点扣1分，扣至0分为止（本项10分）"]])))
    assert [(i.name, i.points) for i in scheme.items] == [
        ("场地设施", 8.0), ("管理制度", 12.0), ("读书活动", 15.0), ("参与率", 10.0)]


def test_articles_stating_items_then_a_table_of_the_remaining_items_are_both_read():
    # named rule tables_after_prose
    scheme = extract_scheme(_doc(
        "股室绩效考核办法", "第三条　业务工作（30分）。",
        "（1）重点任务。每有一项未按期完成扣2分，以10分为限。", "（2）督查督办。每逾期一件扣1分，以10分为限。",
        "第四条　其余项目及分值如下：",
        grid_table([["类别", "考核项目", "分值", "评分标准"], ["业务工作", "信息报送", "10", "每少报一次扣1分"],
                    ["机关建设", "档案管理", "10", "档案不全的扣2分"]])))
    assert sorted((i.text.split("。")[0], i.points) for i in scheme.items) == [
        ("信息报送", 10.0), ("档案管理", 10.0), ("督查督办", 10.0), ("重点任务", 10.0)]


def test_a_volunteers_points_exchange_is_a_points_programme_not_a_scheme():
    scheme = extract_scheme(_doc(
        "社区志愿服务时长积分兑换公告", "各位志愿者：本站开展“时间银行”积分兑换，每服务1小时计10分，节假日每小时计15分。",
        grid_table([["兑换物品", "所需积分", "每月限兑"], ["洗衣液1瓶", "100分", "2次"], ["理发服务1次", "150分", "1次"],
                    ["米面粮油套装", "300分", "1次"]])))
    assert scheme.kind == "not_a_scheme"
