"""The schemes the scoring tests run on: extracted from the real notices.

``scheme_001/002/003`` read and extract the fixture notices (examples/notices),
so every scoring test runs on what kaohe itself produces.  The hand-built
``hand_scheme_00N`` mirrors of the same notices (item ids, points, criteria and
rules as printed, hand-checked against tests/data/gold/00N.json) are kept: a
test compares them with the extracted ones, so a change in extraction that
would silently change scores shows up as a difference in rules.
"""

from __future__ import annotations

import hashlib
from functools import cache
from pathlib import Path

from schemes.model import (
    Category, Comparison, Component, ComponentsRule, DocumentRef, Entry, Grade, Item, ManualRule,
    Metadata, Part, PerOccurrenceRule, Scheme, TargetTable, ThresholdRule, Tier, TiersRule, Veto,
    Weight,
)

NOTICES = Path(__file__).resolve().parents[1] / "examples" / "notices"


def _meta(title: str, year: int, file: str, scope: str | None = None) -> Metadata:
    path = NOTICES / file
    sha = hashlib.sha256(path.read_bytes()).hexdigest() if path.exists() else "0" * 64
    return Metadata(title=title, year=year, scope=scope,
                    source=DocumentRef(file=file, sha256=sha, format="txt"))


def _comps(*pairs: tuple[str, float], per_occurrence: tuple[int, ...] = ()) -> ComponentsRule:
    return ComponentsRule(components=[
        Component(label=label, points=pts, per_occurrence=(k in per_occurrence))
        for k, (label, pts) in enumerate(pairs, 1)
    ])


# --------------------------------------------------------------------------- extracted


@cache
def _extracted(name: str) -> Scheme:
    from extractors import read_document
    from pipeline.extract import extract_scheme

    return extract_scheme(read_document(NOTICES / name))


def scheme_001() -> Scheme:
    return _extracted("001_union_2011_table.docx").model_copy(deep=True)


def scheme_002() -> Scheme:
    return _extracted("002_shaoxing_2019.pdf").model_copy(deep=True)


def scheme_003() -> Scheme:
    return _extracted("003_district_2023.docx").model_copy(deep=True)


# --------------------------------------------------------------------------- 001


def hand_scheme_001() -> Scheme:
    """2011年度工会工作目标管理考核表: 30 items, 120 分, 加分项 without points."""
    cats = [
        Category(id="1", name="组织建设自身建设", points=41),
        Category(id="2", name="制度机制建设", points=18),
        Category(id="3", name="维权维稳工作", points=29),
        Category(id="4", name="服务职工提高素质", points=19),
        Category(id="5", name="财务经审工作", points=13),
    ]
    达标3 = "同步组建率达标得3分，未达标不得分"
    rows: list[tuple[str, str, str, float, list[str], str, object]] = [
        ("1", "1", "深入开展党工共建创先争优活动，落实领导责任、加强舆论宣传、树立先进典型、强化督促检查", 6, ["组织部"],
         "建立相应领导机构和工作机构得2分，以创先争优推动工会工作成效明显得4分",
         _comps(("建立相应领导机构和工作机构", 2), ("以创先争优推动工会工作成效明显", 4))),
        ("1", "2", "加强工会组建，扩大覆盖面。区县和开发区企业建会率达到80%以上，职工入会率达到市总下达的目标任务；"
         "局（产业）工会企业建会率达到95%以上，职工入会率达到市总下达的目标任务", 10, ["组织部"],
         "建会率达到目标要求得5分，职工入会率完成市总目标任务得5分",
         _comps(("建会率达到目标要求", 5), ("职工入会率完成市总目标任务", 5))),
        ("1", "3", "积极开展“职工之家”创建活动，增强基层工会活力", 3, ["组织部"],
         "建家活动有计划、有部署得1分，普遍开展建家活动得1分，基层工会作用发挥明显得1分",
         _comps(("建家活动有计划、有部署", 1), ("普遍开展建家活动", 1), ("基层工会作用发挥明显", 1))),
        ("1", "4", "积极开展工会干部教育培训，有计划、有部署、有安排；认真完成全年教育培训任务和市总调训任务", 3, ["组织部"],
         "教育培训有年度计划得1分，完成年度培训任务得1分，完成市总调训任务得1分",
         _comps(("教育培训有年度计划", 1), ("完成年度培训任务", 1), ("完成市总调训任务", 1))),
        ("1", "5", "建立健全经审组织，经审组织同步组建率达98%以上", 3, ["经审办"], 达标3,
         ThresholdRule(target=Comparison(op=">=", value=0.98, unit="%", text="达98%以上"))),
        ("1", "6", "建立健全女职工组织，女职工组织同步组建率达97%以上", 3, ["女工部"], 达标3,
         ThresholdRule(target=Comparison(op=">=", value=0.97, unit="%", text="达97%以上"))),
        ("1", "7", "不断扩大企事业单位劳动争议调解组织覆盖面，建会企事业单位60%以上建立劳动争议调解组织", 3, ["法律部"],
         "建立劳动争议调解组织达标得3分，未达标不得分",
         ThresholdRule(target=Comparison(op=">=", value=0.6, unit="%", text="60%以上"))),
        ("1", "8", "加强信息工作，及时报送相关信息、材料，积极参与市总组织的有关会议、活动", 4, ["办公室", "组织部"],
         "根据信息报送数量和录用情况及市总会议签到情况综合打分", ManualRule()),
        ("1", "9", "加强调查研究，按时完成市总委托调研课题或调研任务，每年至少提交1篇调研成果", 3, ["研究室"],
         "建立相应调研工作部门得1分，积极申报并按时完成市总委托调研课题得1分，提交1篇以上调研报告或论文的得1分",
         _comps(("建立相应调研工作部门", 1), ("积极申报并按时完成市总委托调研课题", 1), ("提交1篇以上调研报告或论文", 1))),
        ("1", "10", "努力提高工会法人资格登记率，基层工会法人资格登记率达90%以上，其中25人以上的基层工会法人资格登记率达100%",
         3, ["法律部"], "法人资格登记率达标得1分，25人以上的基层工会法人资格登记率达标得2分",
         _comps(("法人资格登记率达标", 1), ("25人以上的基层工会法人资格登记率达标", 2))),
        ("2", "11", "大力推进集体协商机制，建会企业80%以上建立集体合同制度、60%以上建立工资集体协商制度，"
         "同步推进女职工等专项集体合同，同步签订率达88%以上", 10, ["法律部", "女工部"],
         "集体合同制度达标得4分，工资集体协商制度达标得4分，女职工专项合同达标得2分",
         _comps(("集体合同制度达标", 4), ("工资集体协商制度达标", 4), ("女职工专项合同达标", 2))),
        ("2", "12", "大力推进职代会制度建设，公有制企事业单位实现全部建制，非公企业职代会建制率达建会企业80%以上，"
         "区域性、行业性职代会建制率在上年基础上提高30%。职代会提案制度、巡视制度、职工代表工作制度和质量评估制度等作用发挥明显",
         5, ["民管部"],
         "有推进的工作目标、措施，取得很好成效的得1分；建制率符合目标要求得2分；所属企事业单位职代会各项工作制度运作有成效，"
         "其经验值得普遍推广的得2分",
         _comps(("有推进的工作目标、措施，取得很好成效", 1), ("建制率符合目标要求", 2),
                ("所属企事业单位职代会各项工作制度运作有成效，其经验值得普遍推广", 2))),
        ("2", "13", "积极推行厂务公开制度建设，公有制企事业单位100%推行厂务公开，非公企业厂务公开达到80%以上", 3, ["民管部"],
         "有推进厂务公开民主管理目标、措施，并付诸实施，取得明显成效的得1分；建制率符合目标要求的得1分；"
         "所属企事业单位推进工作有成效，其经验值得普遍推广的得1分",
         _comps(("有推进厂务公开民主管理目标、措施，并付诸实施，取得明显成效", 1), ("建制率符合目标要求", 1),
                ("所属企事业单位推进工作有成效，其经验值得普遍推广", 1))),
        ("3", "14", "督促企事业单位按时、足额为职工缴纳社会保险费和公积金，参保率和缴交率达100%", 3, ["保障部"],
         "达标得3分，未达标不得分",
         ThresholdRule(target=Comparison(op=">=", value=1.0, unit="%", text="达100%"))),
        ("3", "15", "大力开展职工职业培训、职业介绍、创业帮扶、就业援助等活动，就业援助服务成功率达25%以上", 3, ["保障部"],
         "达标得3分，未达标不得分",
         ThresholdRule(target=Comparison(op=">=", value=0.25, unit="%", text="达25%以上"))),
        ("3", "16", "大力开展工会“帮困送温暖”和“金秋助学”活动，建立帮困基金，组织职工“一日捐”，困难职工建档率100%", 3,
         ["保障部"], "全面实施各项活动并取得明显实效得3分，效果一般得2分，困难职工建档率不达标整项不得分",
         TiersRule(gate="困难职工建档率不达标", tiers=[
             Tier(label="全面实施各项活动并取得明显实效", points=3), Tier(label="效果一般", points=2)])),
        ("3", "17", "广泛组织职工参加工会互助互济活动，当年职工参加“在职住院补充医疗保障计划”达60%以上；"
         "退休职工参加“退休职工补充医疗保障计划”达80%以上；职工参加“特重病保障计划”达20%以上；"
         "女职工参加“女职工特重病保障计划”达15%以上；职工或从业人员参加“从业人员意外伤残”和“职工团体意外伤残”互助保障计划达25%以上",
         3, ["保障部"], "5项计划参保率全部达标得3分，前4项计划参保率达标得2分",
         TiersRule(tiers=[Tier(label="5项计划参保率全部达标", points=3), Tier(label="前4项计划参保率达标", points=2)])),
        ("3", "18", "认真做好全国五一劳动奖章、全国工人先锋号、上海市五一劳动奖状（章）评选表彰工作，"
         "进一步做好全国、上海市劳动模范管理服务工作", 5, ["经济工作部"],
         "做好全国五一劳动奖章、全国工人先锋号、上海市五一劳动奖状（章）评选表彰工作得1分；做好全国劳模“三金”、"
         "市劳模特困金的申报工作，按时按要求发放得1分；建立健全劳模管理组织网络并正常开展工作，组织劳模疗休养体检、帮困等工作得2分；"
         "做好劳模日常管理工作，按时报送劳模动态信息得1分",
         _comps(("做好全国五一劳动奖章、全国工人先锋号、上海市五一劳动奖状（章）评选表彰工作", 1),
                ("做好全国劳模“三金”、市劳模特困金的申报工作，按时按要求发放", 1),
                ("建立健全劳模管理组织网络并正常开展工作，组织劳模疗休养体检、帮困等工作", 2),
                ("做好劳模日常管理工作，按时报送劳模动态信息", 1))),
        ("3", "19", "深入开展“安康杯”竞赛，加强安全生产和劳动保护监督检查，及时上报重特大安全生产事故", 3, ["经济工作部"],
         "积极组织本地区（系统）“安康杯”竞赛，且覆盖面大于80%得1分；认真做好劳动保护工作得2分；"
         "发生较大以上事故，2小时以内未上报的扣2分",
         _comps(("积极组织本地区（系统）“安康杯”竞赛，且覆盖面大于80%", 1), ("认真做好劳动保护工作", 2),
                ("发生较大以上事故，2小时以内未上报", -2))),
        ("3", "20", "进一步推进劳动关系和谐企业创建，国有、集体及其控股企业创建率达95%以上，非公企业创建率达60%以上，"
         "积极推进街道、镇和工业园区和谐劳动关系的创建", 4, ["民管部"],
         "成立由党政领导挂帅，各方参与的领导小组和工作班子，有总体推进思路和工作目标的得2分；"
         "创建率达到目标要求，创建工作有成效，经验具有普遍推广价值的得2分",
         _comps(("成立由党政领导挂帅，各方参与的领导小组和工作班子，有总体推进思路和工作目标", 2),
                ("创建率达到目标要求，创建工作有成效，经验具有普遍推广价值", 2))),
        ("3", "21", "切实发挥工会维稳组织网络作用，工会主席认真履行“第一报告人”职责，及时上报和化解群体性突发事件", 5,
         ["法律部", "办公室"],
         "切实发挥工会维稳组织网络作用得1分，工会主席认真履行“第一报告人”职责得1分，及时上报和化解群体性突发事件得3分",
         _comps(("切实发挥工会维稳组织网络作用", 1), ("工会主席认真履行“第一报告人”职责", 1), ("及时上报和化解群体性突发事件", 3))),
        ("4", "22", "全面施行“培训、练兵、比武、晋级”四位一体的职工技能登高行动，职工获初级以上技能等级证书达60%以上，"
         "中高级工和技师比率逐年增长", 3, ["经济工作部"],
         "积极开展具有针对性的技能比赛得1分，职工技能等级有显著提高得1分，高技能人才培养有规划、目标和措施得1分",
         _comps(("积极开展具有针对性的技能比赛", 1), ("职工技能等级有显著提高", 1), ("高技能人才培养有规划、目标和措施", 1))),
        ("4", "23", "积极推动群众性科技创新、节能减排活动、深入开展群众性“五小”活动和合理化建议活动及节能减排义务监督活动", 4,
         ["经济工作部"],
         "群众性科技创新和节能减排活动职工参与面广、活动成效显著得1.5分，开展群众性“五小”活动和合理化建议活动得1.5分，"
         "建立并完善节能减排义务监督员制度积极开展节能减排义务监督活动得1分",
         _comps(("群众性科技创新和节能减排活动职工参与面广、活动成效显著", 1.5),
                ("开展群众性“五小”活动和合理化建议活动", 1.5),
                ("建立并完善节能减排义务监督员制度积极开展节能减排义务监督活动", 1))),
        ("4", "24", "以创建“工人先锋号”为载体，广泛开展劳动竞赛，切实加强班组建设", 3, ["经济工作部"],
         "“工人先锋号”创建和劳动竞赛推进有力、成效显著得2分，班组建设有内容、有活动、有成效得1分",
         _comps(("“工人先锋号”创建和劳动竞赛推进有力、成效显著", 2), ("班组建设有内容、有活动、有成效", 1))),
        ("4", "25", "深入推进职工素质工程，促进职工全面发展，其中学习型企事业单位创建率达70%以上", 4, ["宣教部"],
         "推进素质工程有年度实施意见得1分，开展形势任务教育、职业道德建设、精神文明创建得1分，开展“创争”活动、读书活动得1分，"
         "开展职工心理援助和思想政治工作得1分",
         _comps(("推进素质工程有年度实施意见", 1), ("开展形势任务教育、职业道德建设、精神文明创建", 1),
                ("开展“创争”活动、读书活动", 1), ("开展职工心理援助和思想政治工作", 1))),
        ("4", "26", "足额提取职工教育经费，纳入集体合同条款和职代会报告程序，确保60%的职工教育经费用于一线职工培训", 2,
         ["宣教部"], "每年足额提取教育经费并有60%以上用于一线职工得1分，提取使用情况纳入集体合同并向职代会报告得1分",
         _comps(("每年足额提取教育经费并有60%以上用于一线职工", 1), ("提取使用情况纳入集体合同并向职代会报告", 1))),
        ("4", "27", "加强职工文化建设，确保每年开展文体活动，有资金保障", 3, ["宣教部"],
         "建有职工文体协会得1分，自建或指导基层加强职工文体活动场地建设得1分，每年至少举办1项职工文化或体育活动得1分",
         _comps(("建有职工文体协会", 1), ("自建或指导基层加强职工文体活动场地建设", 1), ("每年至少举办1项职工文化或体育活动", 1))),
        ("5", "28", "加大工会经费收缴力度，足额上缴经费并持续增长", 7, ["财务部"],
         "完成经费上缴考核基数得4分，上缴经费在市总考核基数上增长得7分",
         TiersRule(tiers=[Tier(label="完成经费上缴考核基数", points=4), Tier(label="上缴经费在市总考核基数上增长", points=7)])),
        ("5", "29", "建立工会经费大额度使用和专项资金管理决策机制，严格工会财务制度，规范合理使用工会经费", 2, ["财务部"],
         "建立工会经费大额度使用和专项资金管理决策机制得1分，严格工会财务制度，规范合理使用工会经费得1分",
         _comps(("建立工会经费大额度使用和专项资金管理决策机制", 1), ("严格工会财务制度，规范合理使用工会经费", 1))),
        ("5", "30", "健全审计监督各项制度，实现经审工作规范化；认真开展预、决算执行情况和专项资金等各项市总下达的工作目标任务", 4,
         ["经审办"], "开展各项审计工作得2分，未按规定开展审计工作缺一项扣1分；参加经审工作规范化建设考核得2分",
         _comps(("开展各项审计工作", 2), ("未按规定开展审计工作（缺一项）", -1), ("参加经审工作规范化建设考核", 2),
                per_occurrence=(2,))),
    ]
    items = []
    for cat, code, text, pts, depts, criteria, rule in rows:
        rule = rule.model_copy(update={"text": criteria})
        items.append(Item(id=code, category=cat, code=code, text=text, points=pts, departments=depts,
                          criteria=criteria, rule=rule))
    bonus = [
        Entry(id="B1", kind="bonus", code="1", text="创先争优工作有特色、有创新，取得的成效在全市有推广价值", departments=["主席室"]),
        Entry(id="B2", kind="bonus", code="2", text="“两个普遍”等重点工作取得突破性进展或成绩突出的", departments=["主席室"]),
        Entry(id="B3", kind="bonus", code="3", text="荣获全国先进称号的；出色完成市总交办的各项任务的"),
    ]
    return Scheme(metadata=_meta("2011年度工会工作目标管理考核表", 2011, "001_a79c898a44027441.txt"),
                  total_points=120, categories=cats, items=items, bonus=bonus)


# --------------------------------------------------------------------------- 002

TARGETS_002 = {
    "教育系统": 5000, "市文广旅游局": 350, "财贸系统": 7000, "城投集团": 200, "工贸国资": 5500, "交投集团": 2200,
    "交通运输": 1300, "震元集团": 2200, "住建局": 2000, "滨海新城": 3900, "市直机关": 7000, "绍兴电信": 700,
    "市卫健委": 5500, "绍兴邮政": 500, "文旅集团": 900, "绍兴联通": 250, "黄酒集团": 2100, "绍兴移动": 800,
    "公用事业集团": 2350, "绍兴供电": 2500, "自然资源和规划局": 300, "绍兴烟草": 300,
}

GROUPS_002 = ("市总领导班子成员评分", "业务部门评分", "基层评分")


def hand_scheme_002() -> Scheme:
    """绍兴 2019: 共性工作 (7 categories, 100 分) ×70% + 特色品牌工作 ×30%; 医疗互助 against 附件3."""
    depts = {
        "1": ["宣教部"], "2": ["经济部"], "3": ["法律工作部", "保障部", "经济工作部", "女职工部", "服务中心"],
        "4": ["组织与基层工作部"], "5": ["宣教部"], "6": ["财务与资产管理部"], "7": ["经审办"],
    }
    cats = [
        Category(id="1", code="1", name="思想引领", points=18, part="P1", departments=depts["1"]),
        Category(id="2", code="2", name="岗位建功", points=15, part="P1", departments=depts["2"]),
        Category(id="3", code="3", name="维权帮扶", points=23, part="P1", departments=depts["3"]),
        Category(id="4", code="4", name="组织建设", points=14, part="P1", departments=depts["4"]),
        Category(id="5", code="5", name="网上工会", points=10, part="P1", departments=depts["5"]),
        Category(id="6", code="6", name="经费资产管理", points=13, part="P1", departments=depts["6"]),
        Category(id="7", code="7", name="审计监督", points=7, part="P1", departments=depts["7"]),
    ]
    M = ManualRule
    rows: list[tuple[str, str, str, float, object]] = [
        ("1", "1", "深入开展“新时代、新思想、新气象、新征程”宣传宣讲活动。", 6, M()),
        ("1", "2", "组织开展“中国梦·劳动美——庆祝新中国成立70周年”主题宣传教育系列活动。", 5, M()),
        ("1", "3", "组织开展送文化下基层、农民工求学圆梦行动、职工读书活动、群众性文体活动等，加强职工文化阵地建设。", 5, M()),
        ("1", "4", "加强思想政治工作的舆情关注，及时有效应对处置相关舆情。", 2, M()),
        ("2", "1", "广泛开展劳动和技能竞赛活动。", 8, M()),
        ("2", "2", "做好劳模工匠馆和劳模大辞典资料收集", 7, M()),
        ("3", "1", "加强职工队伍稳定风险排查研判化解", 5, M()),
        ("3", "2", "落实集体协商三年规划", 3, M()),
        ("3", "3", "完成解困脱困下达任务，困难职工档案齐全，送温暖资金使用规范。", 2, M()),
        ("3", "4", "组织开展一线职工疗休养，做好职工疗休养管理平台数据的应用维护。", 3, M()),
        ("3", "5", "职工医疗互助保障达到上年参保数或完成当年任务数。", 8,
         ThresholdRule(target_table="T1")),
        ("3", "6", "开展妈咪暖心小屋建设，有开展文件、有档案、有管理、有成效，每缺少一项扣0.25分。", 1,
         PerOccurrenceRule(delta=-0.25, unit="项", floor=0)),
        ("3", "7", "开展女职工特色工作品牌建设，有品牌方案设计，品牌培育和实施，并做好品牌监督考评，每缺少一项扣0.33分。", 1,
         PerOccurrenceRule(delta=-0.33, unit="项", floor=0)),
        ("4", "1", "深化工会组建专项行动，确保职工百人以上企业建会全覆盖，扎实推进25人以上企业应建尽建。", 7, M()),
        ("4", "2", "继续提高实名制数据库入库率，争取落实实名制基本覆盖目标。", 7, M()),
        ("5", "1", "认真开展“文润同心·争做网上好职工”等省总和市总部署的网上工会建设活动。", 3, M()),
        ("5", "2", "加强网上工会建设，相关栏目和新闻实时动态更新。", 3, M()),
        ("5", "3", "组建好工会网宣队伍，开展网宣队伍培训，参加好市总组织的相关培训。", 2, M()),
        ("5", "4", "在重要会议、重点时段开展网络安全值班工作，及时处置网络安全问题。", 2, M()),
        ("6", "1", "抓好工会经费催缴工作，每发现一家下属基层工会未足额缴纳工会经费的扣0.5分，扣完为止。", 4,
         PerOccurrenceRule(delta=-0.5, unit="家", floor=0)),
        ("6", "2", "做好财务会计规范化工作。", 2, M()),
        ("6", "3", "做好对下属基层工会的经费保障工作。", 1, M()),
        ("6", "4", "做好下属基层工会预决算审核、批复工作，发现一家未批复的扣0.5分扣完为止。", 2,
         PerOccurrenceRule(delta=-0.5, unit="家", floor=0)),
        ("6", "5", "加强工会资产管理，本级及下属基层工会资产处置不符合规定要求，每发现一起扣1分，扣完为止。", 2,
         PerOccurrenceRule(delta=-1, unit="起", floor=0)),
        ("6", "6", "基层工会注册使用财务管理平台家数占下属独立基层工会（按上年度统计口径计算），"
         "比例达到50%不足80%的得1分，达到80%及以上的得2分。", 2,
         TiersRule(tiers=[Tier(label="达到50%不足80%", points=1, lower=0.5, upper=0.8),
                          Tier(label="达到80%及以上", points=2, lower=0.8)])),
        ("7", "1", "履行审查审计主体责任，开展 “1+x”督查工作，对管辖范围内实行审查审计全覆盖，并出具审查或审计报告。", 4, M()),
        ("7", "2", "加强经审组织和队伍建设，完成市总经审办下达的各项任务。", 2, M()),
        ("7", "3", "积极整改落实本年度审查审计发现的问题。", 1, M()),
    ]
    items = []
    for cat, code, text, pts, rule in rows:
        rule = rule.model_copy(update={"text": text})
        items.append(Item(id=f"{cat}.{code}", category=cat, code=code, text=text.rstrip("。"), points=pts,
                          departments=depts[cat], criteria=text, rule=rule))
    veto = [
        Veto(id="V1", code="1", text="本级工会班子成员严重违法违纪(以纪委立案审查结果为准)"),
        Veto(id="V2", code="2", text="受到所在系统党委行政或上级工会通报批评(以正式文件或主流媒体公布为准)"),
        Veto(id="V3", code="3", text="涉及重大群体性事件处理不当造成严重影响"),
    ]
    weights = [
        Weight(part="共性工作", weight=0.7),
        Weight(part="特色品牌工作", weight=0.3),
        Weight(part="共性工作", rater="市总领导班子成员评分", weight=0.25),
        Weight(part="共性工作", rater="业务部门评分", weight=0.6, rates_items=True),
        Weight(part="共性工作", rater="基层评分", weight=0.15),
    ]
    target = TargetTable(id="T1", name="2019年度市直职工医疗互助保障工作目标", unit="人次", column="参保基数",
                         total=52850, rows=dict(TARGETS_002), applies_to=["3.5"])
    return Scheme(
        metadata=_meta("绍兴市直部门系统（开发区）、省直协管单位工会（工委）2019年度重点工作考核办法", 2019,
                       "002_02ed08d96c414266.txt", scope="市直部门系统（开发区）、省直协管单位工会（工委）"),
        total_points=100,
        parts=[Part(id="P1", name="共性工作", weight=0.7), Part(id="P2", name="特色品牌工作", weight=0.3)],
        categories=cats, items=items, veto=veto, veto_effect="取消当年评优资格", weights=weights,
        raters=list(GROUPS_002), grades=[Grade(name="优秀"), Grade(name="良好")], targets=[target],
    )


# --------------------------------------------------------------------------- 003


def hand_scheme_003() -> Scheme:
    """区总工会机关各部室 2023: 百分制 from 100, deductions per occurrence, bonus by level, awards by rank."""
    cats = [
        Category(id="1", code="1", name="完成工作任务", departments=["组织部"]),
        Category(id="2", code="2", name="集中学习和月度例会", departments=["办公室"]),
        Category(id="3", code="3", name="信访接待", departments=["民管法工部", "生活保障部"]),
        Category(id="4", code="4", name="联系基层和完成调研报告", departments=["组织部", "宣教调研室"]),
        Category(id="5", code="5", name="信息报送工作", departments=["办公室"]),
        Category(id="6", code="6", name="文明机关建设", departments=["办公室"]),
    ]
    rows = [
        ("1", "1", "因部室原因未按要求完成的,其责任部室每项扣5分", -5, "项"),
        ("1", "2", "延迟完成的每项扣3分", -3, "项"),
        ("1", "3", "部室确定的工作任务,因部室自身原因未按计划完成的每项扣2分", -2, "项"),
        ("2", "1", "未经请假的,1人一次扣1分", -1, "人次"),
        ("2", "2", "无故迟到或早退的,1人一次扣0.5分", -0.5, "人次"),
        ("2", "3", "个人不能按要求汇报、学习记载和读书笔记不全的每次扣1分", -1, "次"),
        ("3", "1", "无特殊原因未及时到岗的,每起扣1分", -1, "起"),
        ("3", "2", "接待无记录,或接待后未处理或未转办的,一次扣0.5分", -0.5, "次"),
        ("3", "3", "因接待不认真或接待态度不好,引发越级上访或上访人出现过激行为,或出现投诉,经调查属实的,每起扣3分", -3, "起"),
        ("4", "1", "未按要求前往联系点进行工作指导的扣2分", -2, "次"),
        ("4", "2", "全年下基层调研时间未达到要求的扣2分", -2, "次"),
        ("4", "3", "未完成调研报告和理**章的扣3分", -3, "次"),
        ("5", "1", "在会议和活动结束后1日内,未将有关情况上报的,每项扣1分", -1, "项"),
        ("5", "2", "部室掌握的重要情况和突发性事件等未在第一时间形成书面材料报送分管领导并提供给办公室的,每项扣2分", -2, "项"),
        ("6", "1", "发现存在违反上述规定的现象一次扣1分", -1, "次"),
    ]
    items = [
        Item(id=f"{cat}.{code}", category=cat, code=code, text=text, points=None, criteria=text,
             rule=PerOccurrenceRule(text=text, delta=delta, unit=unit))
        for cat, code, text, delta, unit in rows
    ]
    levels = lambda a, b, c: {"全总": a, "省总": b, "市总": c}  # noqa: E731
    bonus = [
        Entry(id="B1", kind="bonus", code="1", text="部室工作获全总、省总、市总表彰的,每项加10分、8分、5分",
              levels=levels(10, 8, 5), shared_factor=0.5, unit="项"),
        Entry(id="B2", kind="bonus", code="2", text="部室总结的经验材料在全总、省总、市总会议上进行交流的,每项加10分、8分、5分",
              levels=levels(10, 8, 5), unit="项"),
        Entry(id="B3", kind="bonus", code="3", text="部室工作有创新,在全总、省总、市总评比获三等奖以上的,每项加12分、10分、8分",
              levels=levels(12, 10, 8), unit="项"),
    ]
    deductions = [
        Entry(id="K1", kind="deduction", code="1", text="上级交办的工作未按要求完成或完成不好的,每项扣5分", points=-5, unit="项"),
        Entry(id="K2", kind="deduction", code="2", text="部室工作出现差错,造成负面影响或其他损失的,每起扣5分", points=-5, unit="起"),
        Entry(id="K3", kind="deduction", code="3", text="基层或职工群众对工作人员作风不满意,发生举报或投诉,经调查属实的,每起扣5分",
              points=-5, unit="起"),
    ]
    veto = [
        Veto(id="V1", code="1", text="违反计划生育规定的"),
        Veto(id="V2", code="2", text="发生重大责任事故的"),
        Veto(id="V3", code="3", text="发生违***治安综合治理有关规定的"),
        Veto(id="V4", code="4", text="发生违反党风廉政建设规定行为的"),
        Veto(id="V5", code="5", text="区总党组会确定的其他否决内容"),
    ]
    grades = [
        Grade(name="一等奖", count=1, award="人均2000元"),
        Grade(name="二等奖", count=2, award="人均1000元"),
        Grade(name="酌情奖励", min_score=90),
    ]
    return Scheme(
        metadata=_meta("2023年区总工会机关各部室创先争优绩效考核实施办法", 2023, "003_2669f0fbdc4810f7.txt",
                       scope="区总工会机关各部室"),
        scoring_model="deduction", base_points=100, total_points=100, categories=cats, items=items,
        bonus=bonus, deductions=deductions, veto=veto, veto_effect="取消年度考核奖和年终评先资格",
        grades=grades, raters=["组织部", "办公室", "民管法工部", "生活保障部", "宣教调研室"],
    )


# --------------------------------------------------------------------------- complete submissions for tests

Fact = tuple  # (unit, item, input, value[, rater[, evidence]])


def full_facts(scheme: Scheme, unit: str, **override: object) -> list[Fact]:
    """Long-form facts giving every required input of ``unit`` its best value.

    ``override`` replaces the fact of one item: ``{"6.1": ("count", 3)}`` (keys with a dot
    are passed as ``**{"6.1": …}``); ``None`` drops the item's facts.
    """
    facts: list[Fact] = []
    for item in scheme.items:
        if item.id in override:
            o = override[item.id]
            if o is None:
                continue
            for inp, val in (o if isinstance(o, list) else [o]):
                facts.append((unit, item.id, inp, val))
            continue
        rule = item.rule
        kind = rule.kind if rule else "manual"
        if kind == "manual":
            facts.append((unit, item.id, "score", item.points))
        elif kind == "threshold":
            if rule.target_table:
                table = next(t for t in scheme.targets if t.id == rule.target_table)
                facts.append((unit, item.id, "value", table.rows[unit]))
            else:
                facts.append((unit, item.id, "met", "是"))
        elif kind == "components":
            for k, comp in enumerate(rule.components, 1):
                if comp.per_occurrence:
                    facts.append((unit, item.id, f"count:{k}", 0))
                else:
                    facts.append((unit, item.id, f"met:{k}", "是" if comp.points > 0 else "否"))
        elif kind == "tiers":
            if any(t.lower is not None for t in rule.tiers):
                facts.append((unit, item.id, "value", "90%"))
            else:
                best = max(range(len(rule.tiers)), key=lambda k: rule.tiers[k].points)
                facts.append((unit, item.id, f"met:{best + 1}", "是"))
        elif kind == "per_occurrence":
            facts.append((unit, item.id, "count", 0))
        elif kind == "proportional":
            facts.append((unit, item.id, "value", 1))
        if rule is not None and rule.gate:
            facts.append((unit, item.id, "met", "是"))
    return facts


def part_scores_002(unit: str, leader: float = 90, grassroots: float = 70, brand: float = 85) -> list[Fact]:
    """002's direct scores: 共性工作 from the leaders and 基层 groups, 特色品牌工作 without a rater."""
    return [
        (unit, "共性工作", "score", leader, "市总领导班子成员评分"),
        (unit, "P1", "score", grassroots, "基层评分"),
        (unit, "特色品牌工作", "score", brand),
    ]


def write_long_csv(path: Path, facts: list[Fact]) -> Path:
    """Write facts as the long CSV contract (unit,item,input,value,rater,evidence)."""
    import csv

    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(["unit", "item", "input", "value", "rater", "evidence"])
        for fact in facts:
            row = [*fact] + [""] * (6 - len(fact))
            w.writerow(["" if v is None else v for v in row])
    return path
