"""`kaohe extract` and `kaohe eval` from the command line."""

import json

from typer.testing import CliRunner

from conftest import NOTICES, ROOT
from kaohe.cli import app
from schemes.model import SCHEMA_VERSION

runner = CliRunner()
GOLD = ROOT / "tests" / "data" / "gold"


def test_items_format_prints_one_json_object_per_entry_with_exactly_the_contract_keys():
    result = runner.invoke(app, ["extract", str(NOTICES / "002_shaoxing_2019.docx"), "--format", "items"])
    assert result.exit_code == 0
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert all(list(r) == ["id", "kind", "category", "code", "text", "points", "departments", "rule", "path"]
               for r in rows)
    assert [r["kind"] for r in rows].count("item") == 28 and [r["kind"] for r in rows].count("veto") == 3
    assert rows[0] == {"id": "1.1", "kind": "item", "category": "思想引领", "code": "1",
                       "text": "深入开展“新时代、新思想、新气象、新征程”宣传宣讲活动。", "points": 6.0,
                       "departments": ["宣教部"], "rule": "manual", "path": ["思想引领"]}


def test_items_path_names_every_level_from_the_top_down(tmp_path):
    doc = tmp_path / "nested.xlsx"
    _nested_workbook(doc)
    result = runner.invoke(app, ["extract", str(doc), "--format", "items"])
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert [(r["text"], r["category"], r["path"]) for r in rows] == [
        ("建立台账", "安全策划", ["安全基础管理", "安全策划"]),
        ("编制预案", "安全策划", ["安全基础管理", "安全策划"]),
        ("月报按时上报", "报告", ["安全报告", "报告"]),
    ]


def _nested_workbook(path):
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.append(["序号", "考核项", "考核内容", "检查内容", "标准分"])
    ws.append(["一", "安全基础管理", "1、安全策划", "建立台账", 2])
    ws.append(["一", "安全基础管理", "1、安全策划", "编制预案", 3])
    ws.append(["二", "安全报告", "2、报告", "月报按时上报", 5])
    for rng in ("A2:A3", "B2:B3", "C2:C3"):
        ws.merge_cells(rng)
    wb.save(path)


def test_items_format_on_a_report_says_on_stderr_that_it_is_not_a_scheme_and_why():
    result = runner.invoke(app, ["extract", str(NOTICES / "004_self_report.docx"), "--format", "items"])
    assert result.exit_code == 0 and result.stdout == ""
    assert "004_self_report.docx: not an assessment scheme" in result.stderr and "first person" in result.stderr


def test_explain_prints_header_band_column_roles_and_row_kinds_on_stderr(tmp_path):
    doc = tmp_path / "nested.xlsx"
    _nested_workbook(doc)
    result = runner.invoke(app, ["extract", str(doc), "--explain", "--format", "items"])
    assert result.exit_code == 0
    assert "header band: row(s) 0" in result.stderr
    assert "4=points «标准分» (header «标准分»" in result.stderr
    assert "hierarchy columns 1, 2" in result.stderr and "rows: item 3" in result.stderr
    assert len(result.stdout.splitlines()) == 3


def test_output_file_holds_the_scheme_json(tmp_path):
    out = tmp_path / "scheme.json"
    result = runner.invoke(app, ["extract", str(NOTICES / "001_union_2011_table.docx"), "-o", str(out)])
    assert result.exit_code == 0
    data = json.loads(out.read_text(encoding="utf-8"))
    assert (data["schema_version"], len(data["items"]), data["total_points"]) == (SCHEMA_VERSION, 30, 120.0)


def test_an_unreadable_file_is_one_line_and_exit_1(tmp_path):
    bad = tmp_path / "empty.pdf"
    bad.write_bytes(b"")
    result = runner.invoke(app, ["extract", str(bad)])
    assert result.exit_code == 1
    assert "empty.pdf: the file is empty" in result.output and "Traceback" not in result.output


def test_eval_meets_the_targets_on_the_gold_set():
    result = runner.invoke(app, ["eval", str(GOLD), "--fixtures", str(NOTICES)])
    assert result.exit_code == 0, result.output
    assert "all targets met" in result.output


def test_eval_exits_1_below_a_threshold():
    result = runner.invoke(app, ["eval", str(GOLD), "--fixtures", str(NOTICES), "--min-f1", "1.01"])
    assert result.exit_code == 1
    assert "item F1" in result.output


# --------------------------------------------------------------------------- start-up that matches the command

HEAVY = ("sqlalchemy", "alembic", "pandas", "prefect", "jieba", "spacy", "openpyxl")


def modules_after(code: str) -> set[str]:
    """Top-level packages imported by a fresh interpreter running ``code``."""
    import subprocess
    import sys

    out = subprocess.run([sys.executable, "-c", f"{code}\nimport sys; print(' '.join(sys.modules))"], cwd=ROOT,
                         capture_output=True, text=True, check=True).stdout.split()
    return {m.split(".")[0] for m in out}


def test_importing_the_cli_loads_no_heavy_dependency():
    assert modules_after("import kaohe.cli") & set(HEAVY) == set()


def test_help_loads_no_heavy_dependency():
    code = "from kaohe.cli import app\ntry:\n    app(['--help'])\nexcept SystemExit:\n    pass"
    assert modules_after(code) & set(HEAVY) == set()


def test_read_loads_neither_the_store_nor_pandas_nor_the_language_pipeline():
    code = (f"from kaohe.cli import app\ntry:\n    app(['read', {str(NOTICES / '000_city_2016.html')!r}])\n"
            "except SystemExit:\n    pass")
    assert modules_after(code) & {"sqlalchemy", "alembic", "pandas", "prefect", "jieba", "spacy"} == set()


def test_the_help_table_matches_the_commands_modules():
    """`kaohe --help` lists COMMANDS without importing them; each entry must be its command's own help."""
    import typer

    from kaohe.cli import COMMANDS, load
    from kaohe.cli import app as kaohe_app

    for module in {m for m, _ in COMMANDS.values()}:
        load(module)
    group = typer.main.get_group(kaohe_app)
    assert set(group.commands) == set(COMMANDS)
    for name, (_, summary) in COMMANDS.items():
        cmd = group.commands[name]
        assert " ".join((cmd.help or "").split("\n\n")[0].split()) == summary, name


def test_trimmed_dictionary_keeps_the_most_frequent_words_and_the_total(tmp_path):
    from schemes.criteria.nlp import PLACEHOLDER, trimmed_dictionary

    source = tmp_path / "dict.txt"
    source.write_text("甲 5 n\n乙乙 40 v\n丙 1 n\n丁丁丁 20 a\n", encoding="utf-8")
    lines = trimmed_dictionary(source, words=2, cache_dir=tmp_path).read_text(encoding="utf-8").splitlines()
    assert lines == ["乙乙 40 v", "丁丁丁 20 a", f"{PLACEHOLDER} 6 x"]


def test_the_criteria_tokenizer_loads_the_trimmed_dictionary_with_the_domain_words():
    import os
    import subprocess
    import sys

    code = ("from schemes.criteria.nlp import jieba_module\nj = jieba_module()\n"
            "print(j.dt.dictionary.rsplit('/', 1)[-1].split('-')[:3], '|'.join(j.lcut('每发现一家扣0.5分，扣完为止')))")
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True,
                         env={**os.environ, "KAOHE_JIEBA_DICT": "trimmed"}).stdout.strip()
    assert out == "['kaohe', 'jieba', '50000'] 每发现|一家|扣|0.5|分|，|扣完为止"


def test_a_mistyped_command_is_matched_against_every_command():
    result = runner.invoke(app, ["scor"])
    assert result.exit_code == 2 and "Did you mean 'score'?" in result.output


def test_eval_with_corpus_targets_meets_them_on_the_corpus():
    result = runner.invoke(app, ["eval", str(ROOT / "tests" / "data" / "corpus" / "gold"), "--targets", "corpus"])
    assert result.exit_code == 0, result.output
    assert "all targets met" in result.output


def test_the_cache_folder_is_kaohe_cache_dir_else_under_xdg_cache_home(tmp_path, monkeypatch):
    from schemes.criteria.nlp import cache_dir

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    monkeypatch.delenv("KAOHE_CACHE_DIR", raising=False)
    assert cache_dir() == tmp_path / "xdg" / "kaohe"
    monkeypatch.setenv("KAOHE_CACHE_DIR", str(tmp_path / "mine"))
    assert cache_dir() == tmp_path / "mine"


def test_the_tokenizer_state_is_built_once_into_the_cache_folder_and_read_back_the_same(tmp_path):
    import os
    import subprocess
    import sys

    code = ("from schemes.criteria.nlp import jieba_module\nj = jieba_module()\n"
            "print(j.dt.total, len(j.dt.user_word_tag_tab), '|'.join(j.lcut('每少一篇扣1分，整项不得分')))")
    env = {**os.environ, "KAOHE_CACHE_DIR": str(tmp_path), "KAOHE_JIEBA_DICT": "trimmed"}
    runs = [subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True,
                           env=env).stdout.strip() for _ in range(2)]
    names = sorted(p.name.split("-")[2] for p in tmp_path.glob("kaohe-jieba-*"))
    assert names == ["50000", "prefix"] and runs[0] == runs[1]
    assert runs[0].split()[2] == "每少|一篇|扣|1|分|，|整项不得分"


def test_a_cache_folder_kaohe_cannot_write_falls_back_to_the_temp_folder(tmp_path, monkeypatch):
    import tempfile

    from schemes.criteria.nlp import cache_dir

    monkeypatch.setenv("KAOHE_CACHE_DIR", str(tmp_path / "read-only"))
    monkeypatch.setattr("os.access", lambda path, mode: False)  # as a user without write permission
    assert str(cache_dir()) == tempfile.gettempdir()
