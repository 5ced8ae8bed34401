"""Chinese by default, English on request: the catalogue, the command line, the review page, results.xlsx.

The rest of the suite runs in English (conftest sets KAOHE_LANG=en); here the
language is chosen per test.  The scans look for English words a user would
read: codes, file names, options, product names and placeholders are allowed.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import warnings
from pathlib import Path

import pytest
from openpyxl import load_workbook

with warnings.catch_warnings():
    warnings.filterwarnings("ignore", message=".*starlette.testclient.*")
    from fastapi.testclient import TestClient

from extractors import read_document
from kaohe.i18n import _, language
from pipeline.extract import EXTRACTOR_VERSION, extract_scheme
from pipeline.scoring import score_file
from pipeline.scoring.output import write_all
from review.app import create_app
from schemes.labels import FLAG_KINDS, flag_label, severity
from schemes.store import Store
from scoring_schemes import scheme_003, write_long_csv

ROOT = Path(__file__).resolve().parents[1]
NOTICES = ROOT / "examples" / "notices"

#: English a Chinese user may meet: product and format names, units of measure.
ALLOWED = {"kaohe", "json", "csv", "xlsx", "docx", "pdf", "html", "txt", "ocr", "url", "urls", "cron", "prefect",
           "dask", "localcluster", "cookie", "https", "secure", "token", "patch", "excel", "ctrl", "tcp", "host",
           "stdout", "stderr", "sha", "gold_dir", "home", "path", "str", "int", "range", "float", "text", "choice",
           "sqlite", "parquet"}


def english_words(text: str, allowed: set[str] = frozenset()) -> list[str]:
    """Words of 3+ Latin letters outside codes: `quoted`, --options, file names, ids, CONSTANTS."""
    text = "\n".join(re.sub(r"`[^`]*`|'[^'\n]*'", " ", line) for line in text.splitlines())
    words = []
    for token in re.findall(r"[A-Za-z0-9_./@:<>|$,{}…-]+", text):
        if re.search(r"[./@:_$|,{}<>…-]|\d", token) or token.isupper():
            continue  # options, paths, file names, ids, column lists, placeholders, env vars
        for word in re.findall(r"[A-Za-z]{3,}", token):
            if word.lower() not in ALLOWED and word not in allowed:
                words.append(word)
    return words


def run_cli_help(lang: str | None) -> str:
    """Every help screen of the command line, rendered by one process in ``lang`` (None: the default)."""
    env = {k: v for k, v in os.environ.items() if k != "KAOHE_LANG"}
    env.update(LANG="C.UTF-8", COLUMNS="80", TERMINAL_WIDTH="80", PYTHONPATH=str(ROOT))
    if lang:
        env["KAOHE_LANG"] = lang
    code = """
import typer
from typer.testing import CliRunner
from kaohe import cli
runner = CliRunner()
paths = [[]]
for name in cli.COMMANDS:
    paths.append([name])
    cli.load(cli.COMMANDS[name][0])
group = typer.main.get_group(cli.app)
for name in cli.COMMANDS:
    sub = group.get_command(None, name)
    paths += [[name, s] for s in getattr(sub, "commands", {})]
for p in paths:
    out = runner.invoke(cli.app, [*p, "--help"], prog_name="kaohe", terminal_width=80)
    assert out.exit_code == 0, (p, out.output)
    print("=== " + " ".join(p))
    print(out.output)
"""
    done = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    return done.stdout


def test_the_catalogue_translates_every_string_and_its_mo_is_compiled():
    done = subprocess.run([sys.executable, str(ROOT / "scripts" / "messages.py"), "--check"], cwd=ROOT,
                          capture_output=True, text=True, timeout=300, env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert (done.returncode, done.stdout) == (0, "")


@pytest.mark.parametrize(("kaohe_lang", "lang", "chosen"), [
    (None, "C.UTF-8", "zh_CN"), (None, "zh_CN.UTF-8", "zh_CN"), (None, "en_US.UTF-8", "en"),
    ("en", "zh_CN.UTF-8", "en"), ("zh_CN", "en_US.UTF-8", "zh_CN"), ("en_GB", None, "en"),
])
def test_kaohe_lang_then_lang_choose_the_language_chinese_by_default(monkeypatch, kaohe_lang, lang, chosen):
    for name, value in (("KAOHE_LANG", kaohe_lang), ("LANG", lang)):
        if value is None:
            monkeypatch.delenv(name, raising=False)
        else:
            monkeypatch.setenv(name, value)
    assert language() == chosen


def test_a_message_is_translated_in_chinese_and_itself_in_english(monkeypatch):
    monkeypatch.setenv("KAOHE_LANG", "zh_CN")
    assert (_("missing points"), _("Save correction"), _("rank")) == ("缺分值", "保存更正", "名次")
    monkeypatch.setenv("KAOHE_LANG", "en")
    assert (_("missing points"), _("Save correction"), _("rank")) == ("missing points", "Save correction", "rank")


def test_every_help_screen_is_chinese_by_default():
    text = run_cli_help(None)
    assert text.count("=== ") >= 25
    assert "用法：kaohe score [选项]" in text and "╭─ 选项 " in text and "显示本帮助并退出。" in text
    commands = {"read", "demo", "extract", "eval", "ingest", "score", "explain", "template", "serve", "schemes",
                "review", "flows", "reextract", "list", "show", "log", "approve", "publish", "correct", "resolve",
                "dismiss", "revise", "export", "diff", "import", "run", "prefill", "check", "compare", "series",
                "proposals", "accept", "table"}
    arguments = {"file", "scheme", "submissions", "outdir", "unit", "ref", "flag", "sheet", "correction", "folder",
                 "old", "new", "key"}
    # codes cut by the line wrap: --format's values, a JSON Patch example, default folders
    wrapped_codes = {"items", "replace", "value", "fixtures", "quarantine"}
    assert english_words(text, commands | arguments | wrapped_codes) == []


def test_help_is_english_with_kaohe_lang_en_and_flags_show_no_type():
    text = run_cli_help("en")
    assert "Usage: kaohe score [OPTIONS]" in text and "Show this message and exit." in text
    assert "Score units' submissions against a scheme" in text
    assert "<bool>" not in text


def test_help_lines_fit_80_columns():
    assert max(len(line) for line in run_cli_help(None).splitlines()) <= 80


@pytest.fixture(scope="module")
def review_home(tmp_path_factory) -> dict:
    """Two notices extracted and stored in Chinese (the default): their flags and history are in Chinese."""
    root = tmp_path_factory.mktemp("i18n-review")
    db = f"sqlite:///{root / 'home' / 'kaohe.sqlite3'}"
    ids = []
    before = os.environ.get("KAOHE_LANG")
    os.environ["KAOHE_LANG"] = "zh_CN"
    try:
        with Store.open(root / "home", db) as store:
            for name in ("002_shaoxing_2019.pdf", "000_city_2016.html"):
                path = NOTICES / name
                ids.append(store.ingest(path, extract_scheme(read_document(path)), EXTRACTOR_VERSION,
                                        author="李明").info.scheme_id)
    finally:
        os.environ["KAOHE_LANG"] = before if before is not None else "en"
    return {"home": root / "home", "db": db, "id": ids[0], "ids": ids}


def visible_text(html: str) -> str:
    """What a reader sees, with the attributes a screen reader speaks (placeholder, aria-label, title)."""
    html = re.sub(r"<script.*?</script>|<textarea.*?</textarea>|<option value=\"\".*?</option>", " ", html, flags=re.S)
    spoken = " ".join(re.findall(r'(?:placeholder|aria-label|title)="([^"]*)"', html))
    return re.sub(r"<[^>]+>", " ", html) + " " + spoken


def test_the_review_page_is_chinese_by_default(monkeypatch, review_home):
    monkeypatch.delenv("KAOHE_LANG", raising=False)
    monkeypatch.setenv("LANG", "C.UTF-8")
    app = create_app(review_home["home"], review_home["db"])
    with TestClient(app, base_url="http://127.0.0.1") as client:
        listing = client.get("/").text
        pages = [client.get(f"/schemes/{sid}").text for sid in review_home["ids"]]
    page = pages[0]
    assert "<th>标题</th>" in listing and "草稿" in listing
    assert "保存更正" in page and "<h2>提示" in page and "您的姓名" in page and "修改记录" in page
    assert english_words(visible_text(listing)) == []
    # the whole page: flags (as extraction wrote them), their notes, the history
    assert "类别合计不符" in pages[1] and "已导入 000_city_2016.html，作为第 1 版" in pages[1]
    assert [english_words(visible_text(p)) for p in pages] == [[], []]
    js = json.loads(page.split('id="kaohe-i18n">', 1)[1].split("</script>", 1)[0])
    assert js["total Σ {n}"] == "总分 Σ {n}"  # the texts review.js writes, translated


def test_the_review_page_is_english_with_kaohe_lang_en(monkeypatch, review_home):
    monkeypatch.setenv("KAOHE_LANG", "en")
    app = create_app(review_home["home"], review_home["db"])
    with TestClient(app, base_url="http://127.0.0.1") as client:
        page = client.get(f"/schemes/{review_home['id']}").text
    assert "Save correction" in page and "保存更正" not in page


def test_every_flag_kind_has_a_label_and_a_severity(monkeypatch):
    from typing import get_args

    from schemes.model import FlagKind

    monkeypatch.setenv("KAOHE_LANG", "zh_CN")
    assert set(get_args(FlagKind)) == set(FLAG_KINDS)
    assert (flag_label("missing_points"), severity("missing_points")) == ("缺分值", "blocks")
    assert (flag_label("reader_note"), severity("reader_note")) == ("读取说明", "info")


def test_results_xlsx_headers_are_chinese_with_names_and_maxima(monkeypatch, tmp_path):
    monkeypatch.setenv("KAOHE_LANG", "zh_CN")
    facts = [("组织部", "1.1", "count", 2), ("办公室", "1.2", "count", 1), ("办公室", "V2", "met", "是")]
    out = write_all(score_file(scheme_003(), write_long_csv(tmp_path / "f.csv", facts)), tmp_path / "out")
    rows = list(load_workbook(out / "results.xlsx")["results"].iter_rows(values_only=True))
    assert rows[0][:6] == ("名次", "单位", "总分", "等次", "一票否决", "1.1 因部室原因未按要求完成的…")
    assert "K1 上级交办的工作未按要求完…（-5分）" in rows[0] and "类别 1 完成工作任务" in rows[0]
    assert rows[0][-1] == "备注" and [r[:3] for r in rows[1:]] == [(1, "办公室", 97), (2, "组织部", 90)]
    assert rows[1][-1] == "一票否决 V2"
    assert english_words(" ".join(str(h) for h in rows[0])) == []


def test_the_template_instruction_sheet_is_chinese_by_default(monkeypatch, tmp_path):
    from pipeline.scoring.template import HELP_SHEET, write_template

    monkeypatch.setenv("KAOHE_LANG", "zh_CN")
    ws = load_workbook(write_template(scheme_003(), tmp_path / "t.xlsx"))[HELP_SHEET]
    lines = [row[0] for row in ws.iter_rows(values_only=True) if row[0]]
    assert lines[1:3] == ["填写说明", "- 工作表 考核数据：每个考核单位一行；每项数据一列，列标题为 `<指标> <数据项>`。"]
    assert english_words("\n".join(lines[1:])) == []


def explained(lang: str, monkeypatch, tmp_path) -> dict:
    from pipeline.scoring.explain import Explainer

    monkeypatch.setenv("KAOHE_LANG", lang)
    facts = [("组织部", "1.1", "count", 2), ("组织部", "B1", "count:市总", 1), ("办公室", "V2", "met", "是")]
    res = score_file(scheme_003(), write_long_csv(tmp_path / f"{lang}.csv", facts))
    return Explainer(res).unit_dict(0)


def test_explanations_are_plain_chinese_by_default(monkeypatch, tmp_path):
    unit = explained("zh_CN", monkeypatch, tmp_path)
    item = next(i for i in unit["items"] if i["id"] == "1.1")
    assert (item["rule"], item["arithmetic"]) == ("按次计分：−5 分/项，计入基础分", "−5 × 2 = −10")
    assert unit["entries"][0]["rule"] == "加分: 全总 10, 省总 8, 市总 5/次；共同获得的按 × 0.5 计"
    assert unit["total_explanation"] == "总分 = 基础分 100 + 各指标（−10） + 加分 5 − 扣分 0 = 95"
    texts = [unit["total_explanation"], *(x for line in [*unit["items"], *unit["entries"], *unit["vetoes"]]
                                          for x in (line["rule"], line["arithmetic"], *line["notes"]))]
    assert english_words("\n".join(texts)) == []


def test_explanations_are_english_with_kaohe_lang_en(monkeypatch, tmp_path):
    unit = explained("en", monkeypatch, tmp_path)
    item = next(i for i in unit["items"] if i["id"] == "1.1")
    assert item["rule"] == "per occurrence: −5 per 项 applied to the base"
    assert unit["total_explanation"] == "total = base 100 + items (−10) + bonus 5 − deductions 0 = 95"


def test_report_html_is_chinese_by_default(monkeypatch, tmp_path):
    monkeypatch.setenv("KAOHE_LANG", "zh_CN")
    facts = [("组织部", "1.1", "count", 2), ("组织部", "B1", "count:市总", 1), ("办公室", "V2", "met", "是")]
    out = write_all(score_file(scheme_003(), write_long_csv(tmp_path / "f.csv", facts)), tmp_path / "out")
    html = (out / "report.html").read_text(encoding="utf-8")
    assert "<h2>排名</h2>" in html and "<th>名次</th><th>单位</th><th>总分</th>" in html
    assert "一票否决 V2" in html and "ROUND_HALF_UP" not in html
    text = re.sub(r"<style.*?</style>|<svg.*?</svg>|<code>.*?</code>", " ", html, flags=re.S)
    assert english_words(visible_text(text)) == []


def test_kaohe_score_speaks_chinese_by_default(tmp_path):
    facts = write_long_csv(tmp_path / "f.csv", [("组织部", "1.1", "count", 2), ("办公室", "1.2", "count", 1)])
    scheme = tmp_path / "s.json"
    scheme.write_text(scheme_003().model_dump_json(), encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if k != "KAOHE_LANG"}
    env.update(LANG="C.UTF-8", PYTHONPATH=str(ROOT), COLUMNS="100", KAOHE_DOCUMENTS="docx")
    done = subprocess.run([sys.executable, "-c", "from kaohe.cli import app; app()", "score", str(scheme), str(facts),
                           "-o", str(tmp_path / "out")], env=env, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    assert "名次" in done.stdout and "已写入" in done.stdout and "2 个单位" in done.stdout
    output = re.sub(r"/\S+", " ", done.stdout)  # the output folder's path
    assert english_words(output) == []


def test_reader_limit_errors_are_chinese_by_default(monkeypatch, tmp_path):
    from extractors.budget import GridBudget
    from extractors.errors import FileTooLarge
    from extractors.limits import Limits

    monkeypatch.setenv("KAOHE_LANG", "zh_CN")
    budget = GridBudget(str(tmp_path / "通知.html"), Limits(max_table_cells=100))
    budget.table(5, 10, _("table {n}").format(n=1))
    with pytest.raises(FileTooLarge) as err:
        budget.table(8, 10, _("table {n}").format(n=2))
    assert str(err.value) == (f"{tmp_path / '通知.html'}: 表格 2：80 个单元格（8 行 × 10 列），此前各表已有 50 个，"
                              "超过上限 100 个（KAOHE_MAX_TABLE_CELLS）")


def test_an_empty_notice_is_refused_in_chinese_by_default(monkeypatch, tmp_path):
    from extractors.errors import EmptyFile

    monkeypatch.setenv("KAOHE_LANG", "zh_CN")
    (tmp_path / "空.txt").write_bytes(b"")
    with pytest.raises(EmptyFile) as err:
        read_document(tmp_path / "空.txt")
    assert str(err.value) == f"{tmp_path / '空.txt'}: 文件为空"


def test_the_whole_template_is_chinese_by_default(monkeypatch, tmp_path):
    """Every sheet a unit fills in: the unit column, each header's note (item, rule, what to enter) and
    the messages Excel shows for a wrong value; the headers themselves are codes (`1.1 count`)."""
    from pipeline.scoring.template import write_template
    from scoring_schemes import scheme_001, scheme_002

    monkeypatch.setenv("KAOHE_LANG", "zh_CN")
    for n, scheme in enumerate((scheme_001(), scheme_002(), scheme_003())):
        wb = load_workbook(write_template(scheme, tmp_path / f"t{n}.xlsx"))
        texts = []
        for ws in (ws for ws in wb.worksheets if ws.sheet_state == "visible"):
            header = next(ws.iter_rows(max_row=1))
            texts.append(str(header[0].value))
            texts += ["\n".join(c.comment.text.splitlines()[1:]) for c in header if c.comment]
            texts += [f"{dv.errorTitle} {dv.error}" for dv in ws.data_validations.dataValidation]
            if ws.title == "说明":
                texts += [str(row[0]) for row in ws.iter_rows(min_row=2, values_only=True) if row[0]]
        assert texts[0] == "单位"
        assert english_words("\n".join(texts)) == [], scheme.metadata.title


def test_the_ingest_summary_prints_in_chinese_by_default(monkeypatch):
    from flows.ingest import DocumentResult, IngestSummary
    from kaohe.cli import flows_cmd
    from kaohe.cli.common import console

    monkeypatch.setenv("KAOHE_LANG", "zh_CN")
    stored = DocumentResult(document="甲.docx", source="/收件箱/甲.docx", status="ingested", ref="1@1", items=3,
                            total=100, flags=["missing_points"], review_url="http://127.0.0.1:8765/schemes/1",
                            processed="/已处理/甲.docx", note="新方案")
    broken = DocumentResult(document="乙.docx", source="/收件箱/乙.docx", status="failed",
                            error="乙.docx: 文件为空", quarantined="/隔离/乙.docx")
    summary = IngestSummary(inbox="/收件箱", quarantine="/隔离", processed="/已处理", ingested=[stored], failed=[broken])
    with console.capture() as captured:
        flows_cmd._print_ingest(summary)
    out = captured.get()
    assert "缺分值" in out and "导入 1 份，跳过 0 份，失败 1 份（隔离目录：/隔离）" in out
    assert english_words(re.sub(r"\S*/\S*", " ", out)) == []


@pytest.mark.parametrize("command", ["show", "log"])
def test_kaohe_schemes_show_and_log_speak_chinese_by_default(review_home, command):
    env = {k: v for k, v in os.environ.items() if k != "KAOHE_LANG"}
    env.update(LANG="C.UTF-8", PYTHONPATH=str(ROOT), COLUMNS="200")
    done = subprocess.run([sys.executable, "-c", "from kaohe.cli import app; app()", "schemes", command,
                           str(review_home["ids"][1]), "--home", str(review_home["home"])],
                          env={**env, "KAOHE_DB_URL": review_home["db"]}, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    assert ("方案 2" in done.stdout and "条待处理提示" in done.stdout) if command == "show" else "创建" in done.stdout
    assert english_words(re.sub(r"\S*[/\\]\S*", " ", done.stdout)) == []


def test_a_refused_submission_is_explained_in_chinese_by_default(tmp_path):
    facts = write_long_csv(tmp_path / "f.csv", [("某单位", "1.1", "count", -1), ("某单位", "9.9", "count", 1),
                                                ("某单位", "1.2", "count", "两次")])
    scheme = tmp_path / "s.json"
    scheme.write_text(scheme_003().model_dump_json(), encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if k != "KAOHE_LANG"}
    env.update(LANG="C.UTF-8", PYTHONPATH=str(ROOT), COLUMNS="200")
    done = subprocess.run([sys.executable, "-c", "from kaohe.cli import app; app()", "score", str(scheme), str(facts),
                           "-o", str(tmp_path / "out")], env=env, capture_output=True, text=True, timeout=300)
    assert done.returncode == 1
    lines = done.stderr.splitlines()
    assert lines[0] == "kaohe: 报送数据中有 3 处问题；未进行评分"
    assert lines[1] == f"  {facts}, 第 2 行, 列 value: 次数 -1 为负数；次数应为 0 或以上"
    assert english_words(re.sub(r"\S*/\S*", " ", done.stderr)) == []
