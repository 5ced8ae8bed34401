"""Content words of report sentences and scheme items: jieba with kaohe's domain dictionary.

Numbers, punctuation, single characters and words every report uses (开展, 工作, 完成 …) carry no
information about which item a sentence speaks of and are dropped.
"""

from __future__ import annotations

import re
from functools import lru_cache

from schemes.criteria.nlp import jieba_module

#: words too common in assessment texts to tell items apart
STOP = frozenset("""
的 了 和 与 及 等 在 对 为 是 有 得 分 按 各 全 年 每 项 以上 以下 达到 达 开展 工作 加强 积极 做好 进一步 认真 全面
深入 推进 推动 组织 我们 我会 我局 我镇 我区 本 今年 全年 年度 其中 并 均 已 个 进行 通过 情况 要求 相关 有关 以 及时
不断 大力 切实 扎实 持续 充分 相应 一是 二是 三是 四是 五是 六是 七是 八是 方面 同时 根据 按照 围绕 结合 一 二 三
得分 扣 加 不得分 扣完为止 达标 未达标 标准 考核 规定 做到 实现 确保 落实 完成 提高 建设 活动 单位 部门 职工 工会
""".split())
_KEEP = re.compile(r"[\u4e00-\u9fffA-Za-z]")


@lru_cache(maxsize=4096)
def tokens(text: str) -> tuple[str, ...]:
    """Content words of ``text`` in order (repeats kept, for BM25 term frequencies)."""
    jieba = jieba_module()
    out = []
    for w in jieba.lcut(text):
        w = w.strip()
        if len(w) < 2 or w in STOP or not _KEEP.search(w) or w[0].isdigit():
            continue
        out.append(w)
    return tuple(out)
