"""The reviewer's walkthrough from the README, on the real 000 notice, through the CLI:
ingest → export the review sheet → fix 权益维护's subtotal in it → import → approve →
publish (with a reason for the flags that stay open) → re-ingest the notice's GBK twin →
the correction is still applied to the new version."""

import json

from openpyxl import load_workbook
from typer.testing import CliRunner

from conftest import NOTICES
from kaohe.cli import app

runner = CliRunner()


def kaohe(home, *args):
    result = runner.invoke(app, [*args, "--home", str(home)])
    assert result.exit_code == 0, result.output
    return result.output


def test_a_subtotal_fixed_in_the_sheet_survives_re_ingestion(tmp_path):
    home = tmp_path / "ws"
    first = json.loads(kaohe(home, "ingest", str(NOTICES / "000_city_2016.html"), "--json").splitlines()[0])
    assert "subtotal_mismatch" in json.dumps(first["flags"])

    sheet = tmp_path / "review.xlsx"
    kaohe(home, "review", "export", str(first["scheme_id"]), "-o", str(sheet))
    wb = load_workbook(sheet)
    header = [c.value for c in wb["categories"][1]]
    name, points = header.index("name"), header.index("points")
    cats = {row[name].value: row for row in wb["categories"].iter_rows(min_row=2)}
    assert cats["权益维护"][points].value == 8
    cats["权益维护"][points].value = 7   # the items as printed add up to 7
    wb.save(sheet)
    kaohe(home, "review", "import", str(sheet), "--author", "李明", "--reason", "各项分值合计为7分", "--resolve-flags")

    kaohe(home, "schemes", "approve", "1", "--author", "王芳")
    kaohe(home, "schemes", "publish", "1", "--author", "王芳", "--override-reason", "网页版被截断，互助保障分值待确认")

    again = json.loads(kaohe(home, "ingest", str(NOTICES / "000_city_2016_gbk.html"), "--json").splitlines()[0])
    assert (again["scheme_id"], again["version"]) == (first["scheme_id"], 2)
    shown = json.loads(kaohe(home, "schemes", "show", "1@2", "--json"))
    scheme = shown.get("scheme", shown)
    category = next(c for c in scheme["categories"] if c["name"] == "权益维护")
    assert category["points"] == 7
    log = kaohe(home, "schemes", "log", "1")
    assert "李明" in log and "各项分值合计为7分" in log
