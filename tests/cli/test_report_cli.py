"""``guardian-desk report``: the reports in force, a report shown or written as PDF, CSV or
XLSX, who may make one, and every typing mistake said in one sentence."""

from __future__ import annotations

import csv
import io
import os
from pathlib import Path

import pytest

import guardian_desk
from tests.cli.test_cli import gd

PERIOD = ("--from", "2026-01-01", "--to", "2026-11-26", "--as-of", "2026-11-26")
# The program's own source first, by an absolute path: the tests below run it from elsewhere.
SOURCE = {"PYTHONPATH": os.pathsep.join([str(Path(guardian_desk.__file__).parents[1])])}


def _as(user: str, team: tuple[Path, Path], *args: str, cwd: Path | None = None) -> object:
    db, secret = team
    sign_in = ("--user", user, "--user-passphrase-file", str(secret))
    return gd(*args, *sign_in, db=db, cwd=cwd, env=SOURCE)


def test_the_reports_in_force_and_a_file_that_cannot_be_used(tmp_path: Path) -> None:
    own = tmp_path / "reports"
    own.mkdir()
    (own / "broken.toml").write_text('id = "Broken One"\ntitle = "x"\n', encoding="utf-8")
    listed = gd("report", "--list", env={"GUARDIAN_DESK_REPORTS": str(own)})
    assert listed.returncode == 0, listed.stderr
    rows = [line.split("\t") for line in listed.stdout.splitlines()]
    assert ["caseload", "Caseload"] in [r[:2] for r in rows]
    assert {r[0] for r in rows} >= {"caseload", "outcomes", "proceedings", "protection"}
    assert "not used: broken.toml" in listed.stderr
    assert "Traceback" not in listed.stderr


def test_a_report_written_in_each_format_and_shown(team: tuple[Path, Path], tmp_path: Path) -> None:
    from openpyxl import load_workbook
    from pypdf import PdfReader

    written = _as("dpo", team, "report", "caseload", *PERIOD, "--format", "csv", cwd=tmp_path)
    assert written.returncode == 0, written.stderr  # type: ignore[attr-defined]
    default = tmp_path / "caseload-2026-01-01-2026-11-26.csv"
    assert f"Wrote {default.name}" in written.stdout  # type: ignore[attr-defined]
    lines = list(csv.reader(io.StringIO(default.read_text(encoding="utf-8-sig"))))
    assert lines[0] == ["Cases opened, by age band and sex"]
    assert any(line[:1] == ["Notes"] for line in lines)
    xlsx = tmp_path / "out" / "caseload.xlsx"
    xlsx.parent.mkdir()
    made = _as("admin", team, "report", "caseload", *PERIOD, "-o", str(xlsx))
    assert made.returncode == 0, made.stderr  # type: ignore[attr-defined]
    assert load_workbook(xlsx).sheetnames[0] == "Report"
    pdf = tmp_path / "proceedings.pdf"
    made = _as("dpo", team, "report", "proceedings", *PERIOD, "-o", str(pdf))
    assert made.returncode == 0, made.stderr  # type: ignore[attr-defined]
    assert "Proceedings and deadlines" in PdfReader(pdf).pages[0].extract_text()
    shown = _as("dpo", team, "report", "caseload", *PERIOD, "--filter", "sex=female")
    assert shown.returncode == 0, shown.stderr  # type: ignore[attr-defined]
    out = shown.stdout  # type: ignore[attr-defined]
    assert out.startswith("Caseload\n2026-01-01 to 2026-11-26; filters: sex=female")
    assert "Cases opened, by age band and sex" in out
    assert "are shown as <5" in out
    logged = _as("admin", team, "audit", "list", "--json")
    assert logged.returncode == 0, logged.stderr  # type: ignore[attr-defined]
    assert logged.stdout.count('"report exported"') == 3  # type: ignore[attr-defined]


def test_a_clerk_is_refused_a_report(team: tuple[Path, Path], tmp_path: Path) -> None:
    refused = _as("clerk", team, "report", "caseload", *PERIOD, "--format", "pdf", cwd=tmp_path)
    assert refused.returncode == 1  # type: ignore[attr-defined]
    assert refused.stderr.startswith("guardian-desk: ")  # type: ignore[attr-defined]
    assert "see the anonymised reports" in refused.stderr  # type: ignore[attr-defined]
    assert "Traceback" not in refused.stderr  # type: ignore[attr-defined]
    assert not list(tmp_path.iterdir())


@pytest.mark.bad_input
@pytest.mark.parametrize(
    ("args", "message"),
    [
        (
            ["caseload", "--from", "2026-13-01", "--to", "2026-11-26"],
            "--from '2026-13-01': must be",
        ),
        (["caseload", "--from", "2026-01-01", "--to", "yesterday"], "--to 'yesterday': must be"),
        (["caseload", "--from", "2026-12-01", "--to", "2026-11-26"], "ends (2026-11-26) before"),
        (["caseload", "--from", "2026-01-01"], "Give the period with --from"),
        (["nope", *PERIOD], "No report 'nope' is installed (there are: caseload"),
        ([*PERIOD], "Name the report"),
        (["caseload", *PERIOD, "--filter", "colour=red"], "no dimension 'colour'"),
        (["caseload", *PERIOD, "--filter", "sex"], "DIMENSION=CATEGORY, not 'sex'"),
        (["caseload", *PERIOD, "--filter", "forum=X"], "cannot be narrowed by Forum"),
        (["caseload", *PERIOD, "-o", "x.txt"], "x.txt does not end in .pdf, .csv or .xlsx"),
        (["caseload", *PERIOD, "-o", "x.csv", "--format", "table"], "leave out -o"),
        (["caseload", *PERIOD, "-o", "{missing}/x.pdf"], "the folder does not exist"),
        (["caseload", *PERIOD, "-o", "{folder}", "--format", "pdf"], "is a folder"),
    ],
)
def test_mistakes_are_one_sentence(
    team: tuple[Path, Path], tmp_path: Path, args: list[str], message: str
) -> None:
    places = {"missing": str(tmp_path / "missing"), "folder": str(tmp_path)}
    result = _as("dpo", team, "report", *[a.format(**places) for a in args], cwd=tmp_path)
    assert result.returncode == 1, result.stderr  # type: ignore[attr-defined]
    stderr = result.stderr  # type: ignore[attr-defined]
    assert message in stderr
    assert stderr.startswith("guardian-desk: ")
    assert len(stderr.strip().splitlines()) == 1
    assert "Traceback" not in stderr
    assert [p.name for p in tmp_path.iterdir()] == []


def test_mistakes_are_found_before_signing_in(team: tuple[Path, Path]) -> None:
    db, _secret = team
    result = gd("report", "caseload", "--from", "someday", "--to", "2026-11-26", db=db)
    assert result.returncode == 1
    assert "--from 'someday'" in result.stderr
