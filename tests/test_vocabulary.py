"""Vocabulary is data: Chinese words and word patterns live in lexicon.json, not in the extractors.

The scan flags a string with Han characters in ``pipeline/extract/**/*.py`` wherever it is
vocabulary: an argument of a ``re`` function, an element of a tuple/list/set/dict literal,
the value of an UPPER_CASE constant, an operand of a comparison (``== "分"``, ``"合计" in``),
of ``+`` or of ``or``/``and``, or the argument of a string test (``startswith``/``endswith``/
``replace``/``split``/``count``/``find``/``strip``).  Docstrings, comments and messages (f-strings, ``_()``) may keep examples.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

from pipeline.extract.grammar.vocabulary import pattern, words
from schemes.criteria.grammar import lexicon

ROOT = Path(__file__).resolve().parents[1]
EXTRACT = sorted((ROOT / "pipeline" / "extract").rglob("*.py"))
#: an English sentence (a reason or an explanation) that quotes Chinese examples is a message
MESSAGE = re.compile(r"[A-Za-z]{2,} [A-Za-z]{2,} [A-Za-z]{2,}")
HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
RE_FUNCTIONS = {"compile", "search", "match", "fullmatch", "sub", "subn", "finditer", "findall", "split"}
STRING_TESTS = {"startswith", "endswith", "replace", "split", "count", "find", "index", "rfind",
                "strip", "lstrip", "rstrip"}
#: the arguments of a ``re`` function that are pattern text (the pattern, and sub's replacement)
PATTERN_ARGS = {"sub": 2, "subn": 2}


def _han_constants(node: ast.AST) -> list[ast.Constant]:
    return [n for n in ast.walk(node) if isinstance(n, ast.Constant) and isinstance(n.value, str)
            and HAN.search(n.value)]


def _words(nodes: list) -> list[ast.AST]:
    """The string elements of a literal or comparison that are not messages."""
    return [n for n in nodes if isinstance(n, ast.Constant) and not MESSAGE.search(str(n.value))]


def _vocabulary_nodes(tree: ast.Module) -> list[ast.AST]:
    """The expressions whose strings are vocabulary by where they stand."""
    found: list[ast.AST] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
            owner = node.func.value
            if isinstance(owner, ast.Name) and owner.id == "re" and node.func.attr in RE_FUNCTIONS:
                found += node.args[:PATTERN_ARGS.get(node.func.attr, 1)]
            elif node.func.attr in STRING_TESTS:
                found += [a for a in node.args if not isinstance(a, ast.JoinedStr)]
        elif isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "compile_kept":
            found += node.args[:1]   # re.compile, kept (schemes/criteria/kept.py)
        elif isinstance(node, (ast.Tuple, ast.List, ast.Set)):
            found += _words(node.elts)
        elif isinstance(node, ast.Dict):
            found += _words([*node.keys, *node.values])
        elif isinstance(node, ast.Compare):
            found += _words([node.left, *node.comparators])
        elif isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
            found += _words([node.left, node.right])
        elif isinstance(node, ast.BoolOp):
            found += _words(node.values)
        elif isinstance(node, (ast.Assign, ast.AnnAssign)):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            if any(isinstance(t, ast.Name) and t.id.isupper() for t in targets) and node.value is not None:
                found.append(node.value)
    return found


def vocabulary_in_code(path: Path) -> list[str]:
    """``file:line: text`` for each Chinese word or pattern written in ``path``."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    seen: dict[int, ast.Constant] = {}
    for node in _vocabulary_nodes(tree):
        for const in _han_constants(node):
            seen[id(const)] = const
    return [f"{path.name}:{c.lineno}: {c.value!r}" for c in sorted(seen.values(), key=lambda c: c.lineno)]


@pytest.mark.parametrize("path", EXTRACT, ids=lambda p: p.relative_to(ROOT / "pipeline" / "extract").as_posix())
def test_extractors_keep_no_chinese_vocabulary_in_code(path):
    assert vocabulary_in_code(path) == []


def test_the_scan_flags_a_pattern_a_word_list_a_constant_and_a_comparison(tmp_path):
    sample = tmp_path / "sample.py"
    sample.write_text(
        '"""文档说明 may stay."""\n'
        "import re\n"
        'A = re.compile(r"(甲|乙)")\n'
        'B = ("丙", "x")\n'
        'C = "丁"\n'
        'def f(s):\n'
        '    """函数说明."""\n'
        '    log(f"读到 {s}")\n'
        '    return s == "戊" or s.startswith("己") or s + "庚"\n'
        'def g():\n'
        '    return "scheme", "a header names its columns (序号/分值)"\n'
        'def h():\n'
        '    return compile_kept(r"(辛|壬)")\n',
        encoding="utf-8")
    assert vocabulary_in_code(sample) == [
        "sample.py:3: '(甲|乙)'", "sample.py:4: '丙'", "sample.py:5: '丁'",
        "sample.py:9: '戊'", "sample.py:9: '己'",
        "sample.py:9: '庚'", "sample.py:13: '(辛|壬)'"]


#: a vocabulary name an extractor asks for: pattern("facts.truncation") → facts
GROUP_NAMED = re.compile(r"""\b(?:pattern|words|text|entry)\(\s*f?["']([a-z_]+)\.""")


def test_each_extractor_group_says_what_it_is_for():
    groups = {g for p in EXTRACT for g in GROUP_NAMED.findall(p.read_text(encoding="utf-8"))}
    assert len(groups) >= 20
    assert {g: lexicon()[g].get("_doc") for g in groups if not lexicon()[g].get("_doc")} == {}


def test_a_pattern_is_compiled_once_per_name_and_flags():
    assert pattern("facts.truncation") is pattern("facts.truncation")
    assert pattern("facts.truncation", re.I) is not pattern("facts.truncation")


def test_every_pattern_the_extractors_name_compiles():
    """Patterns compile when first used: a broken regex in lexicon.json fails here, not on the
    first notice that needs it."""
    from pipeline.extract import pipeline
    from pipeline.extract.grammar.vocabulary import named_patterns

    pipeline()  # imports every stage module, and so names every pattern
    assert len(named_patterns()) > 100
    for p in named_patterns():
        assert isinstance(p.compiled(), re.Pattern)
        assert p.pattern == p.compiled().pattern


def test_asking_for_words_where_a_pattern_is_stored_is_an_error():
    with pytest.raises(TypeError, match="facts.truncation"):
        words("facts.truncation")


def test_a_missing_name_is_an_error_naming_it():
    with pytest.raises(KeyError, match="facts.nothing"):
        pattern("facts.nothing")


KEPT = """
import json, re, sys
from schemes.criteria import kept
existed = kept.kept_file().exists()
from pipeline.extract import pipeline
from pipeline.extract.grammar.vocabulary import named_patterns
pipeline()   # the stage modules compile their own patterns, and name the lexicon's
same = all(p.compiled() == re.compile(p._source, p._flags) and p.groupindex == re.compile(p._source, p._flags).groupindex
           for p in named_patterns())
code = [v for name, m in list(sys.modules.items()) if name.startswith(("pipeline.extract", "schemes.criteria"))
        for v in vars(m).values() if isinstance(v, re.Pattern)]
same = same and len(code) > 40 and all(p == re.compile(p.pattern, p.flags) for p in code)
print(json.dumps({"existed": existed, "same": same, "compiled": kept._unsaved}))
"""


def _kept_run(env: dict) -> dict:
    import json
    import os
    import subprocess
    import sys

    out = subprocess.run([sys.executable, "-c", KEPT], cwd=ROOT, capture_output=True, text=True, check=True,
                         env={**os.environ, **env})
    return json.loads(out.stdout.strip().splitlines()[-1])


def test_compiled_patterns_are_kept_in_the_cache_folder_and_built_from_it_the_same(tmp_path):
    env = {"KAOHE_CACHE_DIR": str(tmp_path)}
    # the first process compiles, and keeps the code when it ends; the next builds every pattern from it
    assert _kept_run(env) == {"existed": False, "same": True, "compiled": True}
    assert _kept_run(env) == {"existed": True, "same": True, "compiled": False}


def test_a_damaged_file_of_kept_patterns_is_compiled_past(tmp_path):
    env = {"KAOHE_CACHE_DIR": str(tmp_path)}
    _kept_run(env)
    (kept,) = tmp_path.glob("kaohe-regex-*.marshal")
    kept.write_bytes(b"not marshal")
    assert _kept_run(env) == {"existed": True, "same": True, "compiled": True}
    assert _kept_run(env) == {"existed": True, "same": True, "compiled": False}
