"""The criteria grammar's own matcher gives spaCy's matches, and reads Chinese numbers without cn2an."""

from __future__ import annotations

import pytest

from schemes.criteria.grammar import PATTERNS, analyse
from schemes.criteria.matcher import Matcher, Token, tokens
from schemes.criteria.nlp import jieba_module
from schemes.criteria.numbers import parse_number, plain_integer, standard_chinese

#: Invented criteria, with the spacing and line breaks typed text carries.
TEXTS = [
    "每缺一次记录扣0.5分，扣完为止",
    "按时报送得3分；逾期不得分",
    "满意度达到 90% 以上 得2分, 不足 60% 整项不得分",
    "视情扣1-3分\n每发现一起违规 扣2分 最多扣6分",
    "获市级表彰加3分、省级5分、全国8分",
    "按完成比例计分，上限4分  （酌情加分）",
    "每 举办 一场 活动 加 1 分\t累计不超过5分",
]


def test_tokens_keep_one_space_after_a_word_and_make_other_gaps_tokens():
    assert tokens(["扣", " ", "1", "分"], "扣  1分") == [
        Token("扣", 0, 1), Token(" ", 2, 3), Token("1", 3, 4), Token("分", 4, 5)]
    assert tokens(["得", "\n", "2分"], "得\n2分") == [Token("得", 0, 1), Token("\n", 1, 2), Token("2分", 2, 4)]


def test_per_label_only_the_longest_matches_that_do_not_overlap_are_kept():
    m = Matcher()
    m.add("X", [[{"TEXT": "a"}, {"TEXT": "b", "OP": "?"}], [{"TEXT": "b"}, {"TEXT": "c"}]])
    words = [Token(w, k, k + 1) for k, w in enumerate("abca")]
    assert sorted(m(words)) == [("X", 0, 2), ("X", 3, 4)]


@pytest.mark.parametrize("text", TEXTS)
def test_the_matches_are_spacys(text):
    spacy_matcher = pytest.importorskip("spacy.matcher")
    import spacy

    nlp = spacy.blank("zh", config={"nlp": {"tokenizer": {"segmenter": "jieba"}}})
    jieba_module()
    reference = spacy_matcher.Matcher(nlp.vocab)
    for label, patterns in PATTERNS.items():
        reference.add(label, patterns, greedy="LONGEST")
    doc = nlp(text)
    expected = {(nlp.vocab.strings[k], doc[s:e].start_char, doc[s:e].end_char) for k, s, e in reference(doc)}
    ours = tokens(list(jieba_module().cut(text, cut_all=False)), text)
    m = Matcher()
    for label, patterns in PATTERNS.items():
        m.add(label, patterns)
    assert {(label, ours[s].start, ours[e - 1].end) for label, s, e in m(ours)} == expected
    assert [t.text for t in ours] == [t.text for t in doc]
    assert analyse(text)  # every invented text says something the grammar reads


def test_standard_chinese_integers_are_read_without_cn2an():
    assert [plain_integer(standard_chinese(n)) for n in (0, 7, 10, 16, 40, 108, 250, 1003, 20500, 300000)] == \
        [0, 7, 10, 16, 40, 108, 250, 1003, 20500, 300000]
    assert (plain_integer("两千"), plain_integer("一〇二")) == (2000, None)
    assert parse_number("三分之二") == 2 / 3 and parse_number("十五%") == 0.15


def test_other_forms_are_left_to_cn2an():
    assert [plain_integer(x) for x in ("二〇二四", "一百二", "百", "十零", "千万")] == [None] * 5


def test_extract_loads_neither_spacy_nor_numpy_nor_cn2an():
    from test_extract_cli import modules_after  # noqa: PLC0415

    from conftest import ROOT

    notice = ROOT / "examples" / "notices" / "003_district_2023.docx"
    code = f"from kaohe.cli import app\ntry:\n    app(['extract', {str(notice)!r}])\nexcept SystemExit:\n    pass"
    assert modules_after(code) & {"spacy", "thinc", "numpy", "cn2an", "pandas"} == set()
