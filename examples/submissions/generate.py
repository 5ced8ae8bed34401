"""Write the demo's sample submissions (long form) from the example notices' schemes.

    .venv/bin/python examples/submissions/generate.py

Deterministic (seeded), so the committed CSVs can be regenerated exactly.  The
units are the real ones the notices name: 002's 22 units from its 附件3 target
table, 003's five departments.  The facts are invented but plausible.
"""

from __future__ import annotations

import csv
import random
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path.insert(0, str(ROOT))

from extractors import read_document  # noqa: E402
from pipeline.extract import extract_scheme  # noqa: E402

HEADER = ["unit", "item", "input", "value", "rater", "evidence"]


def half_steps(rng: random.Random, low: float, high: float) -> str:
    value = round(rng.uniform(low, high) * 2) / 2
    return f"{value:g}"


def shaoxing_2019(rng: random.Random) -> list[list[str]]:
    scheme = extract_scheme(read_document(ROOT / "examples/notices/002_shaoxing_2019.pdf"))
    targets = scheme.targets[0].rows
    rows = []
    for unit, target in targets.items():
        for item in scheme.items:
            kind = item.rule_kind
            if kind == "manual":
                rows.append([unit, item.id, "score", half_steps(rng, item.points * 0.6, item.points), "", ""])
            elif kind == "threshold":
                insured = int(target * rng.uniform(0.85, 1.2))
                rows.append([unit, item.id, "value", str(insured), "", f"参保{insured}人次"])
            elif kind == "per_occurrence":
                rows.append([unit, item.id, "count", str(rng.choice([0, 0, 0, 1, 1, 2, 3])), "", ""])
            elif kind == "tiers":
                rows.append([unit, item.id, "value", f"{rng.randint(35, 95)}%", "", "注册家数/独立基层工会数"])
        rows.append([unit, "共性工作", "score", half_steps(rng, 75, 98), "市总领导班子成员评分", ""])
        rows.append([unit, "共性工作", "score", half_steps(rng, 70, 95), "基层评分", "问卷调查"])
        rows.append([unit, "特色品牌工作", "score", half_steps(rng, 70, 98), "", "互评"])
    rows.append(["城投集团", "V2", "met", "是", "", "市委通报批评（示例）"])
    return rows


def district_2023(rng: random.Random) -> list[list[str]]:
    departments = ["组织部", "办公室", "民管法工部", "生活保障部", "宣教调研室"]
    rows = [
        ["组织部", "1.1", "count", "2", "组织部", "重点工作A、B未按要求完成"],
        ["组织部", "2.2", "count", "3", "办公室", "签到表"],
        ["组织部", "B1", "count:市总", "1", "", "市总表彰文件"],
        ["组织部", "B1", "shared_count:省总", "1", "", "与宣教调研室共同获得"],
        ["宣教调研室", "B1", "shared_count:省总", "1", "", "与组织部共同获得"],
        ["宣教调研室", "4.3", "count", "1", "宣教调研室", ""],
        ["办公室", "5.1", "count", "1", "办公室", ""],
        ["办公室", "B2", "count:市总", "2", "", "经验交流材料"],
        ["民管法工部", "3.2", "count", "2", "民管法工部", "接待记录缺失"],
        ["民管法工部", "K2", "count", "1", "", ""],
        ["生活保障部", "B3", "count:省总", "1", "", "省总创新评比三等奖"],
        ["生活保障部", "V2", "met", "否", "", ""],
    ]
    for dept in departments:
        rows.append([dept, "2.1", "count", str(rng.choice([0, 0, 1])), "办公室", "考勤"])
    return rows


def write(path: Path, rows: list[list[str]]) -> None:
    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh, lineterminator="\n")
        writer.writerow(HEADER)
        writer.writerows(rows)
    print(f"wrote {path.relative_to(ROOT)}: {len(rows)} facts")


if __name__ == "__main__":
    write(HERE / "shaoxing_2019_units.csv", shaoxing_2019(random.Random(2019)))
    write(HERE / "district_2023_departments.csv", district_2023(random.Random(2023)))
