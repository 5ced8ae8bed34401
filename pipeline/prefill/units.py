"""Which unit a report is from: given (--unit), a known unit named in it, its title, or its self-reference.

Titles name the unit before the year or ``关于`` (``城投集团工会2019年度…自评报告``); a report without
one refers to itself (``我镇``, ``我局``, ``区总工会``) and names itself in full somewhere, often in the
title of one of its own documents (``《泾县榔桥镇…方案》``).
"""

from __future__ import annotations

import re
from collections import Counter

_ORG = r"(?:总工会|工会|工委|集团|公司|镇|乡|街道|局|委|办|部|室|中心|系统|院|校)"
_TITLE = re.compile(rf"^\s*([\u4e00-\u9fff（）()]{{2,24}}?{_ORG})(?:\d{{4}}|20xx|[〇零一二三四五六七八九]{{4}}|关于|年度|工作)")
_SELF = {"镇": "镇", "乡": "乡", "局": "局", "委": "委", "区": "区总工会", "会": "工会", "集团": "集团"}
_SELF_REF = re.compile(r"我(镇|乡|局|委|区|会|集团)")
_PLACE = re.compile(r"^.{1,8}?[县市区](?=.{2,}[镇乡]$)")


def unit_name(title: str, text: str, known: list[str] | None = None) -> tuple[str, str]:
    """(unit, how it was found); ("", "none") when the report does not say."""
    head = title[:80]
    for name in sorted(known or [], key=len, reverse=True):
        if name and name in head:
            return name, "known unit in the title"
    m = _TITLE.match(title)
    if m:
        name = m.group(1)
        if "工会" in name and name[-1] in "部室办" and not name.endswith("工会"):
            name = name.rsplit("工会", 1)[1] or name  # 区总工会组织部 → 组织部
        return name, "title"
    if known:
        counts = Counter({k: text.count(k) for k in known if k})
        best = counts.most_common(1)
        if best and best[0][1] > 0:
            return best[0][0], "known unit in the text"
    ref = Counter(_SELF_REF.findall(text)).most_common(1)
    suffix = _SELF[ref[0][0]] if ref else "总工会"
    names = Counter()
    for m in re.finditer(rf"《([\u4e00-\u9fff]{{2,20}}?{suffix})", text):
        names[m.group(1)] += 1
    if not names:
        for m in re.finditer(rf"[\u4e00-\u9fff]{{2,4}}[县市区][\u4e00-\u9fff]{{2,3}}{suffix}", text):
            names[m.group(0)] += 1
    if not names:
        return "", "none"
    name = names.most_common(1)[0][0]
    if suffix in ("镇", "乡"):
        name = _PLACE.sub("", name)  # 泾县榔桥镇 → 榔桥镇: a township is named without its county
    return name, "self-reference"
