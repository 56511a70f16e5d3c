"""The documented workflow for a new year: ingest the release, rerun the reports, only that region changes.

Runs the real command line on a copy of the project (``FRAUD_RESEARCH_ROOT``), so the
shipped dataset is never touched. The 2026 release is a clearly marked test fixture,
not a published figure.
"""

import csv
import os
import subprocess
import sys
from pathlib import Path

import pytest

FIXTURE = Path(__file__).parents[1] / "fixtures" / "hypothetical-turkestan-2026-release.txt"
CLI = Path(sys.executable).with_name("fraud-research")
INGEST = (
    "ingest",
    str(FIXTURE),
    "--place",
    "turkestan",
    "--source-url",
    "https://example.org/test-fixture",
    "--published",
    "2027-01-20",
)


def _run(root, *args):
    # The hypothetical 2026 release is published in January 2027: simulate that date.
    env = {**os.environ, "FRAUD_RESEARCH_ROOT": str(root), "FRAUD_RESEARCH_TODAY": "2027-02-01"}
    return subprocess.run(
        [str(CLI), *args], env=env, capture_output=True, text=True, timeout=600, check=False
    )


@pytest.mark.notebook
def test_adding_a_year_rerenders_only_the_region_it_touches(project_copy):
    outputs = project_copy / "outputs"
    first = _run(
        project_copy,
        "reports",
        "turkestan",
        "kostanay_city",
        "--no-progress",
        "--outputs",
        str(outputs),
    )
    assert first.returncode == 0, first.stdout + first.stderr
    kostanay_html = (outputs / "kostanay_city" / "region_report.html").read_bytes()

    review = _run(project_copy, *INGEST)
    assert review.returncode == 0, review.stderr
    assert "1020" in review.stdout.replace(" ", "").replace("\u00a0", "")
    applied = _run(project_copy, *INGEST, "--apply")
    assert applied.returncode == 0, applied.stdout + applied.stderr
    with (project_copy / "data" / "figures.csv").open(encoding="utf-8") as handle:
        added = [
            r
            for r in csv.DictReader(handle)
            if r["year"] == "2026" and r["place"] == "turkestan" and r["period_kind"] == "full_year"
        ]
    assert {(r["metric"], r["value"]) for r in added} == {
        ("cases_registered", "1020"),
        ("damage_kzt", "2040000000"),
    }

    second = _run(
        project_copy,
        "reports",
        "turkestan",
        "kostanay_city",
        "--no-progress",
        "--outputs",
        str(outputs),
    )
    assert second.returncode == 0, second.stdout + second.stderr
    lines = second.stdout + second.stderr
    assert any(line.startswith("ok") and "turkestan 2026" in line for line in lines.splitlines())
    assert any("kostanay_city" in line and "unchanged" in line for line in lines.splitlines())
    assert (outputs / "kostanay_city" / "region_report.html").read_bytes() == kostanay_html

    html = (outputs / "turkestan" / "region_report.html").read_text(encoding="utf-8")
    assert "4 years observed (2023-2026, cases)" in html
    assert "Projection for 2027" in html
    with (outputs / "summary.csv").open(encoding="utf-8") as handle:
        summary = {(r["place"], r["year"]): r for r in csv.DictReader(handle)}
    assert summary[("turkestan", "2026")]["cases"] == "1020"
    assert float(summary[("turkestan", "2026")]["change_ratio"]) == pytest.approx(1020 / 843)
    index = (outputs / "index.html").read_text(encoding="utf-8")
    shown = index.replace("\u202f", " ").replace("\xa0", " ")
    assert "1 020" in shown and "2 040 000 000" in shown
