"""The store commands through typer's CliRunner, with a stand-in extractor."""

from __future__ import annotations

import json
import re
import sys
import types

import pytest
from openpyxl import load_workbook
from store_schemes import SHAOXING, build_scheme, edited
from typer.testing import CliRunner

from kaohe.cli import app


def fake_extract(doc):
    """Schemes keyed by what the stand-in notice says (the real extractor is tested elsewhere)."""
    text = doc.text
    specs = edited(SHAOXING, 2, drop="做好困难职工帮扶工作") if "删除困难职工帮扶" in text else SHAOXING
    year = 2020 if "2020" in text else 2019
    return build_scheme(specs, year=year, file=doc.source.name, title=f"绍兴市直部门工会{year}年度重点工作考核办法",
                        total=55 if year == 2020 else 56)


@pytest.fixture
def cli(tmp_path, monkeypatch):
    fake = types.ModuleType("pipeline.extract")
    fake.extract_scheme = fake_extract
    fake.EXTRACTOR_VERSION = "fake-1"
    monkeypatch.setitem(sys.modules, "pipeline.extract", fake)
    monkeypatch.setenv("KAOHE_HOME", str(tmp_path / "home"))
    monkeypatch.delenv("KAOHE_DB_URL", raising=False)
    runner = CliRunner()

    def run(*args: str, code: int = 0):
        result = runner.invoke(app, list(args))
        assert result.exit_code == code, result.output + (result.stderr if result.stderr_bytes else "")
        return result

    return run


def notice(tmp_path, name, text="绍兴市直部门工会2019年度重点工作考核办法\n维权帮扶（23分）\n"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return str(path)


def lines(result):
    return [json.loads(line) for line in result.stdout.splitlines() if line.strip()]


def test_ingest_json_lines_errors_and_skips(cli, tmp_path):
    a = notice(tmp_path, "2019.txt")
    b = notice(tmp_path, "2020.txt", "2020年度重点工作考核办法\n删除困难职工帮扶\n")
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    result = cli("ingest", a, str(empty), b, "--json", code=1)
    first, broken, second = lines(result)
    assert (first["scheme_id"], first["version"], first["status"], first["skipped"]) == (1, 1, "draft", False)
    assert first["flags"][0]["kind"] == "subtotal_mismatch" and first["file"] == "2019.txt"
    assert broken["file"] == str(empty) and "empty" in broken["error"]
    assert "empty" in result.stderr and len(result.stderr.strip().splitlines()) == 1
    assert (second["scheme_id"], second["year"]) == (2, 2020)
    [again] = lines(cli("ingest", a, "--json"))
    assert again["skipped"] is True and (again["scheme_id"], again["version"]) == (1, 1)
    text = cli("ingest", a).stdout
    assert "already stored; skipped" in text and "1@1" in text


def test_review_cycle_through_the_cli(cli, tmp_path):
    cli("ingest", notice(tmp_path, "2019.txt"))
    [listed] = json.loads(cli("schemes", "list", "--json").stdout)
    assert (listed["title"], listed["latest_status"], listed["open_flags"]) == (
        "绍兴市直部门工会2019年度重点工作考核办法", "draft", 1)
    assert "1 scheme(s)" in cli("schemes", "list").stdout
    shown = cli("schemes", "show", "1").stdout
    assert "subtotal_mismatch:3" in shown and "still does not reconcile" in shown

    sheet = tmp_path / "review.xlsx"
    cli("review", "export", "1", "-o", str(sheet))
    wb = load_workbook(sheet)
    points = [c.value for c in wb["items"][1]].index("points")
    next(r for r in wb["items"].iter_rows(min_row=2) if r[0].value == "5")[points].value = 5
    wb.save(sheet)
    out = cli("review", "import", str(sheet), "--author", "li", "--reason", "p4 says 5").stdout
    assert "item 5: points 4 → 5" in out and "stays open: now reconciles" in out
    # the same sheet again, now stale: its one edit was made since, so nothing to do
    assert "no changes in" in cli("review", "import", str(sheet), "--author", "li").stdout
    next(r for r in wb["items"].iter_rows(min_row=2) if r[0].value == "5")[points].value = 3
    wb.save(sheet)
    conflict = cli("review", "import", str(sheet), "--author", "li", code=1).stdout
    assert conflict.splitlines()[-1] == "  ! item 5, column points: sheet 3, now 5"
    cli("schemes", "resolve", "1", "subtotal_mismatch:3", "--author", "li", "--reason", "fixed item 5")

    cli("schemes", "publish", "1", "--author", "zhang", code=1)  # not approved yet
    cli("schemes", "approve", "1", "--author", "zhang")
    assert "published" in cli("schemes", "publish", "1", "--author", "zhang").stdout

    exported = tmp_path / "scheme.json"
    cli("schemes", "export", "1", "-o", str(exported))
    data = json.loads(exported.read_text(encoding="utf-8"))
    assert next(i for i in data["items"] if i["id"] == "5")["points"] == 5

    shown = json.loads(cli("schemes", "show", "1@1", "--json").stdout)
    assert (shown["status"], shown["revision"], shown["open_flags"], shown["conflicts"]) == ("published", 5, [], [])
    log = cli("schemes", "log", "1").stdout
    for expected in ("created", "corrected", "approved", "published", "5 points 4 → 5（li：p4 says 5）",
                     "flag subtotal_mismatch:3 resolved no → yes（li：fixed item 5）"):
        assert expected in log


def test_reingest_conflict_and_publish_override(cli, tmp_path):
    path = notice(tmp_path, "2019.txt")
    cli("ingest", path)
    cli("schemes", "correct", "1", "--author", "li", "--reason", "rated by 保障部",
        "--op", '{"op": "replace", "path": "/items/@3.3/departments", "value": ["保障部"]}')
    cli("schemes", "correct", "1", "--author", "li", "--reason", "p4 says 5",
        "--op", '{"op": "replace", "path": "/items/@5/points", "value": 5}')
    result = cli("schemes", "correct", "1", "--author", "wang", "--reason", "x", "--revision", "1",
                 "--op", '{"op": "replace", "path": "/items/@5/points", "value": 6}', code=1)
    assert "conflict: scheme 1 was changed by li" in result.stderr

    notice(tmp_path, "2019.txt", "绍兴市直部门工会2019年度重点工作考核办法\n删除困难职工帮扶\n")  # same name, changed
    [r] = lines(cli("ingest", path, "--json"))
    assert (r["version"], r["carried"], r["conflicts"]) == (2, 1, 1)
    shown = cli("schemes", "show", "1").stdout
    assert "conflict" in shown and "做好困难职工帮扶工作" in shown
    assert "CONFLICT" in cli("schemes", "log", "1").stdout

    cli("schemes", "approve", "1", "--author", "zhang")
    blocked = cli("schemes", "publish", "1", "--author", "zhang", code=1)
    assert "cannot be published" in blocked.stderr and "no longer apply" in blocked.stderr
    cli("schemes", "publish", "1", "--author", "zhang", "--override-reason", "3.3 was dropped in this issue")
    assert "override" in cli("schemes", "log", "1").stdout


def test_diff_between_two_schemes(cli, tmp_path):
    cli("ingest", notice(tmp_path, "2019.txt"), notice(tmp_path, "2020.txt", "2020年度考核办法\n删除困难职工帮扶\n"))
    d = json.loads(cli("schemes", "diff", "1", "2", "--json").stdout)
    assert (d["a"], d["b"], d["a_total"], d["b_total"]) == ("1@1", "2@1", 56, 55)
    assert [i["text"] for i in d["removed"]] == ["做好困难职工帮扶工作"]
    text = cli("schemes", "diff", "1", "2").stdout
    assert "- 3.3" in text and "total 56 → 55" in text
    assert "no differences" in cli("schemes", "diff", "1", "1@1").stdout


def test_errors_are_one_line(cli, tmp_path):
    cli("ingest", notice(tmp_path, "2019.txt"))
    assert "no scheme 7" in cli("schemes", "show", "7", code=1).stderr
    assert "not a scheme id" in cli("schemes", "show", "x@y", code=1).stderr
    missing = cli("review", "import", str(tmp_path / "nope.xlsx"), "--author", "a", code=1).stderr
    assert "nope.xlsx: not a readable .xlsx workbook" in missing and len(missing.strip().splitlines()) == 1


def test_home_option_overrides_the_environment(cli, tmp_path):
    other = tmp_path / "other"
    cli("ingest", notice(tmp_path, "2019.txt"), "--home", str(other))
    assert (other / "kaohe.sqlite3").exists()
    assert "1 scheme(s)" in cli("schemes", "list", "--home", str(other)).stdout


@pytest.mark.parametrize("command", [("schemes", "list"), ("schemes", "show", "1"), ("schemes", "log", "1"),
                                     ("review", "export", "1", "-o", "r.xlsx")])
def test_a_command_that_reads_the_store_creates_no_workspace_and_says_why(cli, tmp_path, command):
    error = cli(*command, code=1).stderr
    assert error == (f"kaohe: no workspace here ({tmp_path / 'home'}); use --home or KAOHE_HOME "
                     "(`kaohe ingest` creates one)\n")
    assert not (tmp_path / "home").exists()


def test_reextract_makes_new_drafts_from_the_stored_copies_carrying_corrections(cli, tmp_path):
    cli("ingest", notice(tmp_path, "2019.txt"))
    op = '{"op":"replace","path":"/items/@%s/points","value":%s}'
    cli("schemes", "correct", "1", "--author", "li", "--reason", "法律援助5分", "--op", op % ("5", 5))
    cli("schemes", "correct", "1", "--author", "li", "--reason", "帮扶6分", "--op", op % ("3.3", 6))
    fake = sys.modules["pipeline.extract"]
    fake.EXTRACTOR_VERSION = "fake-2"  # a newer extractor, which no longer reads 做好困难职工帮扶工作
    fake.extract_scheme = lambda doc: build_scheme(edited(SHAOXING, 2, drop="做好困难职工帮扶工作"), file=doc.source.name)
    out = cli("schemes", "reextract", "--all").stdout.splitlines()
    assert out[0] == ("✓ scheme 1@1 (extractor fake-1) → 1@2 draft (extractor fake-2); "
                      "1 correction(s) re-applied, 1 conflict(s)")
    assert out[1].startswith("    conflict correction 4 by li (帮扶6分): item 3.3 (做好困难职工帮扶工作) is no longer")
    [again] = lines(cli("schemes", "reextract", "1", "--json"))
    assert (again["skipped"], again["from"], again["extractor"]) == (True, "1@2", "fake-2")
    assert cli("schemes", "reextract", "--all").stdout.strip() == \
        "every stored scheme was extracted by the running extractor (fake-2)"
    shown = json.loads(cli("schemes", "show", "1", "--json").stdout)
    assert shown["extractor_version"] == "fake-2" and shown["scheme"]["items"][-1]["points"] == 5  # 法律援助 (now 3.4)


def test_reextract_needs_one_id_or_all(cli):
    assert "name one scheme ID or give --all" in cli("schemes", "reextract", code=1).stderr


def test_show_and_diff_handle_nested_categories(cli, tmp_path):
    from store_schemes import build_three_level

    fake = sys.modules["pipeline.extract"]
    fake.extract_scheme = lambda doc: build_three_level(declared_111=21 if "21" in doc.text else 20)
    cli("ingest", notice(tmp_path, "a.txt", "指标体系"), notice(tmp_path, "b.txt", "指标体系 21"))
    out = cli("schemes", "show", "1@1").stdout
    assert re.search(r"│ 1\.1\.1 │     工业\s+│ 20\s+│\s+│ 20 ", out)  # indented two levels deep
    assert re.search(r"│ 2\.2\s+│   就业\s+│ 20\+5\s+│\s+│ 25 ", out) and re.search(r"│ 1\s+│ 经济发展\s+│ 60\s+│ 60%", out)
    diff = json.loads(cli("schemes", "diff", "1@1", "1@2", "--json").stdout)
    changed = [(c["path"], c["depth"], c["a_points"], c["b_points"]) for c in diff["categories"] if c["change"] != "same"]
    assert changed == [("经济发展 / 产业发展 / 工业", 2, 20, 21)]
