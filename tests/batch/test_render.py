"""One render: executed notebook and code-free, self-contained HTML; failures keep the evidence."""

import json
import re
import time
from pathlib import Path

import nbformat
import pytest

from fraud_research.batch import export_html, render_report, strip_remote_assets

FIXTURES = Path(__file__).parents[1] / "fixtures"
_REMOTE = re.compile(
    r"<(?:script|link)\b[^>]*(?:src|href)\s*=\s*['\"]?(?:https?:)?//", flags=re.IGNORECASE
)


def job(tmp_path, notebook="tiny_report", report_id="turkestan", **parameters):
    return {
        "report_id": report_id,
        "notebook": str(FIXTURES / f"{notebook}.ipynb"),
        "parameters": {"place": "turkestan", "year": 2025, **parameters},
        "out_dir": str(tmp_path / report_id),
        "log_path": str(tmp_path / "logs" / f"{report_id}.log"),
        "stamp": {"notebook_sha256": "x"},
        "preimport": (),
        "timeout": 60,
    }


def assert_no_network(html: str) -> None:
    assert not _REMOTE.search(html), _REMOTE.search(html).group(0)


def no_temporaries(folder: Path) -> bool:
    return not list(folder.rglob(".tmp-*"))


def test_render_writes_notebook_html_and_stamp(tmp_path):
    result = render_report(job(tmp_path))
    assert result["status"] == "ok", result["error"]
    folder = tmp_path / "turkestan"
    html = (folder / "tiny_report.html").read_text(encoding="utf-8")
    assert "report for turkestan in 2025 (en)" in html  # the output
    assert "turkestan:2025" in html  # rich (HTML) output
    assert "raise ValueError" not in html and "print(f" not in html  # no code
    assert_no_network(html)
    nb = nbformat.read(folder / "tiny_report.ipynb", as_version=4)
    assert nb.metadata.papermill.parameters["year"] == 2025
    assert json.loads((folder / "tiny_report.stamp.json").read_text()) == {"notebook_sha256": "x"}
    assert "Executing Cell" in Path(result["log"]).read_text(encoding="utf-8")
    assert no_temporaries(tmp_path)


def test_cell_error_keeps_notebook_with_marker_and_previous_html(tmp_path):
    assert render_report(job(tmp_path))["status"] == "ok"
    folder = tmp_path / "turkestan"
    good_html = (folder / "tiny_report.html").read_bytes()

    result = render_report(job(tmp_path, year=1999))
    assert result["status"] == "failed"
    assert result["error"] == "ValueError in cell 3: no data for turkestan in 1999"
    assert result["notebook"] == str(folder / "tiny_report.ipynb")
    nb = nbformat.read(folder / "tiny_report.ipynb", as_version=4)
    assert any("papermill-error-cell" in "".join(c.source) for c in nb.cells)
    assert (folder / "tiny_report.html").read_bytes() == good_html  # previous good page kept
    assert not (folder / "tiny_report.stamp.json").exists()  # a failed report is retried
    assert no_temporaries(tmp_path)


def test_kernel_death_is_a_failed_report(tmp_path):
    spec = job(tmp_path, notebook="crash_report", place="crash")
    result = render_report(spec)
    assert result["status"] == "failed"
    assert result["error"].startswith("kernel died")
    assert no_temporaries(tmp_path)


def test_cell_timeout_is_a_failed_report(tmp_path, monkeypatch):
    monkeypatch.setenv("FRAUD_TEST_SLEEP", "30")
    spec = job(tmp_path, notebook="slow_report")
    spec["timeout"] = 2
    result = render_report(spec)
    assert result["status"] == "failed"
    assert "timeout" in result["error"].lower() or "Timeout" in result["error"]
    assert result["duration_s"] < 25
    assert (tmp_path / "turkestan" / "slow_report.ipynb").is_file()
    assert no_temporaries(tmp_path)


def test_warm_kernel_pool_renders_several_reports(tmp_path):
    from fraud_research.batch import kernels as render

    first = job(tmp_path, report_id="a")
    first["warm_next"] = True
    first["cwd"] = str(tmp_path)  # a warm kernel starts in the batch's folder
    assert render_report(first)["status"] == "ok"
    assert render._spare_kernels  # the next kernel is already starting
    second = job(tmp_path, report_id="b", year=2024)
    second["cwd"] = str(tmp_path)
    assert render_report(second)["status"] == "ok"
    assert not render._spare_kernels
    assert "turkestan in 2024" in (tmp_path / "b" / "tiny_report.html").read_text(encoding="utf-8")
    render.shutdown_spare_kernels()


def test_export_html_strips_cdn_scripts(tmp_path):
    nb = nbformat.v4.new_notebook()
    nb.cells = [nbformat.v4.new_markdown_cell("Formula $x^2$ and a [source](https://example.kz/a)")]
    html = export_html(nb)
    assert_no_network(html)
    assert "https://example.kz/a" in html  # a citation link is not a fetch and stays


@pytest.mark.parametrize(
    "tag",
    [
        '<script src="https://cdnjs.cloudflare.com/require.js"></script>',
        "<script type='module'>import m from 'https://cdn.example/m.mjs';</script>",
        '<link rel="stylesheet" href="http://fonts.example/f.css">',
        '<script src="//cdn.example/x.js"></script>',
    ],
)
def test_strip_remote_assets(tag):
    page = f"<head>{tag}<style>p{{}}</style><script>var a = 1;</script></head>"
    assert strip_remote_assets(page) == "<head><style>p{}</style><script>var a = 1;</script></head>"


def test_kernels_forked_from_a_zygote_render_and_are_cleaned_up(tmp_path):
    psutil = pytest.importorskip("psutil")
    from fraud_research.batch import kernels as render

    def children() -> set[int]:
        return {
            c.pid
            for c in psutil.Process().children(recursive=True)
            if c.is_running() and c.status() != psutil.STATUS_ZOMBIE
        }

    before = children()
    for i, year in enumerate((2025, 1999)):
        spec = job(tmp_path, report_id=f"r{i}", year=year)
        spec.update(fork=True, cwd=str(tmp_path), warm_next=i == 0)
        result = render_report(spec)
        assert result["status"] == ("ok" if year == 2025 else "failed")
    assert "turkestan in 2025" in (tmp_path / "r0" / "tiny_report.html").read_text("utf-8")
    assert render._zygotes  # one zygote served both kernels
    render.shutdown_spare_kernels()
    time.sleep(0.3)
    assert children() - before == set()  # zygote and kernels are gone
