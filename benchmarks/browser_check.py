"""Open the index and both reports in a real browser at 1280 and 390 px: width, language, network.

Renders the pages first unless ``--pages DIR`` names a folder that already has
them (``index.html``, ``<report>/region_report.html``, ``compare_regions/compare_regions.html``
as ``fraud-research reports`` writes them). For each page and window width it
prints the page's scroll width against the window (a page wider than its window
scrolls sideways), the ``<html lang>`` and ``<title>``, the share of
untranslated (Latin-letter) words, the table cells of text (not ``num``) that the
browser aligns right, the headings of number columns it does not align right (a heading
sits over its numbers), the margin left of the text (at least 8 px: text that touches the
window's edge is hard to read) and the widest paragraph (at most 1000 px: longer lines are hard
to follow), and any request that left the disk; it saves
a full-page screenshot to ``outputs/browser_check/``.

Needs Playwright's Python driver and a Chromium; Debian's ``chromium`` package
is used by default (``--chromium PATH``)::

    python benchmarks/browser_check.py --pages /tmp/h14out
"""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

from fraud_research import paths
from fraud_research.report.page import untranslated_share

WIDTHS = (1280, 390)
#: Text cells of reader tables that the browser aligns right (a quote read from its right edge).
RIGHT_ALIGNED_TEXT = """() => [...document.querySelectorAll('table.reader-table td:not(.num)')]
  .filter(td => getComputedStyle(td).textAlign === 'right').length"""
#: The space between the window's left edge and the page's text (its first heading): text that
#: touches the edge of a phone is hard to read.
TEXT_MARGIN = """() => document.querySelector('h1').getBoundingClientRect().left"""
MIN_TEXT_MARGIN = 8
#: The width of the widest paragraph: lines much longer than about 60rem are hard to follow.
TEXT_WIDTH = """() => Math.max(0, ...[...document.querySelectorAll('p')]
  .map(p => p.getBoundingClientRect().width))"""
MAX_TEXT_WIDTH = 1000
#: Headings of number columns (first body row's cell is ``num``) that the browser does not align
#: right, so they stand apart from the numbers below them.
LEFT_NUMBER_HEADINGS = """() => [...document.querySelectorAll('table')].flatMap(table => {
  const row = table.querySelector('tbody tr');
  const cells = row ? [...row.children] : [];
  return [...table.querySelectorAll('thead tr:last-child th')].filter((th, j) =>
    cells[j] && cells[j].classList.contains('num') && getComputedStyle(th).textAlign !== 'right');
}).length"""
ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


def find_pages(folder: Path) -> list[Path]:
    """Return the index and every report page under ``folder``."""
    pages = [folder / "index.html"] if (folder / "index.html").exists() else []
    pages += sorted(folder.glob("*/region_report*.html")) + sorted(
        folder.glob("*/compare_regions*.html")
    )
    pages += sorted(p for p in folder.glob("*.html") if p.name != "index.html")
    return pages


def _recorder(remote: list[str]):
    """Return a request handler that records every request leaving the disk."""

    def record(request) -> None:
        if not request.url.startswith(("file:", "data:")):
            remote.append(request.url)

    return record


def check(pages: list[Path], out: Path, chromium: str) -> list[dict]:
    """Open each page at each width; return one row per page and width."""
    from playwright.sync_api import sync_playwright

    out.mkdir(parents=True, exist_ok=True)
    rows = []
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=chromium, args=ARGS)
        for width in WIDTHS:
            context = browser.new_context(viewport={"width": width, "height": 900})
            page = context.new_page()
            remote: list[str] = []
            page.on("request", _recorder(remote))
            for path in pages:
                remote.clear()
                page.goto(path.resolve().as_uri(), wait_until="load")
                scroll = page.evaluate("document.documentElement.scrollWidth")
                lang = page.evaluate("document.documentElement.lang")
                title = page.title()
                right_text = page.evaluate(RIGHT_ALIGNED_TEXT)
                left_headings = page.evaluate(LEFT_NUMBER_HEADINGS)
                margin = page.evaluate(TEXT_MARGIN)
                measure = page.evaluate(TEXT_WIDTH)
                name = f"{path.parent.name}_{path.stem}_{width}.png".lstrip("_")
                page.screenshot(path=str(out / name), full_page=True)
                share = untranslated_share(path.read_text(encoding="utf-8"))
                rows.append(
                    {
                        "page": str(path),
                        "window": width,
                        "page_width": scroll,
                        "lang": lang,
                        "title": title,
                        "latin": share,
                        "right_aligned_text": right_text,
                        "left_number_headings": left_headings,
                        "text_margin": margin,
                        "text_width": measure,
                        "remote": list(remote),
                        "screenshot": str(out / name),
                    }
                )
            context.close()
        browser.close()
    return rows


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=Path, help="folder with rendered pages")
    parser.add_argument("--chromium", default="/usr/bin/chromium")
    parser.add_argument("--out", type=Path, default=paths.OUTPUTS_DIR / "browser_check")
    args = parser.parse_args(argv)
    folder = args.pages
    if folder is None:
        folder = paths.OUTPUTS_DIR / "browser_check_pages"
        subprocess.run(
            [
                sys.executable,
                "-m",
                "fraud_research",
                "reports",
                "turkestan",
                "--outputs",
                str(folder),
                "--force",
            ],
            check=False,
        )
    rows = check(find_pages(folder), args.out, args.chromium)
    failed = False
    for row in rows:
        wide = row["page_width"] > row["window"]
        misaligned = row["right_aligned_text"] + row["left_number_headings"]
        edge = row["text_margin"] < MIN_TEXT_MARGIN or row["text_width"] > MAX_TEXT_WIDTH
        failed |= wide or bool(row["remote"]) or bool(misaligned) or edge
        status = "WIDE " if wide else "ALIGN" if misaligned else "EDGE " if edge else "ok   "
        print(
            f"{status}{row['window']:>5} px window, page {row['page_width']:>5} px"
            f"  lang={row['lang']!r:5} latin={row['latin']:.1%}"
            f"  right-aligned text cells={row['right_aligned_text']}"
            f"  left number headings={row['left_number_headings']}"
            f"  text margin={row['text_margin']:.0f} px, width={row['text_width']:.0f} px"
            f"  {Path(row['page']).parent.name}/{Path(row['page']).name}"
            f"  title={row['title'][:50]!r}  remote={len(row['remote'])}"
        )
    print(f"screenshots: {args.out}")
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
