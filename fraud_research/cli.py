"""The ``fraud-research`` command line: ``reports`` and ``ingest``.

The commands only read options, call the library and turn its errors into one
``Error:`` line each with a documented exit status (0 done, 1 a report failed, 2
invalid input or option, 130 interrupted). The library is imported inside the
commands so that ``fraud-research --help`` is fast.

Examples
--------
>>> from click.testing import CliRunner
>>> result = CliRunner().invoke(main, ["reports", "--help"])
>>> result.exit_code, result.output.splitlines()[0]
(0, 'Usage: main reports [OPTIONS] [REGION ...]')
>>> CliRunner().invoke(main, ["ingest", "--help"]).output.splitlines()[0]
'Usage: main ingest [OPTIONS] FILE'
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path
from typing import NoReturn

import click

from . import __version__, paths
from .errors import (
    EXIT_INTERRUPTED,
    EXIT_INVALID,
    DataValidationError,
    FraudResearchError,
    ParameterError,
)

#: Lines of a dataset's problems shown before "... and N more".
MAX_PROBLEM_LINES = 20


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="fraud-research")
def main() -> None:
    """Cited figures and honest statistics on internet fraud in Kazakhstan.

    Run `fraud-research COMMAND --help` for the options of each command.
    """


@main.command("reports")
@click.argument("regions", nargs=-1, metavar="[REGION ...]")
@click.option(
    "--params",
    "params_files",
    multiple=True,
    type=click.Path(dir_okay=False),
    metavar="FILE",
    help="A params YAML file to render (repeatable); the report is named after the file.",
)
@click.option(
    "--workers",
    "-j",
    type=click.IntRange(min=1),
    default=None,
    help="Local worker processes [default: the cores available].",
)
@click.option("--force", is_flag=True, help="Render even the reports whose inputs are unchanged.")
@click.option(
    "--scheduler",
    metavar="ADDRESS",
    default=None,
    help="Render on an existing Dask cluster, e.g. tcp://host:8786 "
    "(needs: pip install 'fraud-research[cluster]').",
)
@click.option(
    "--timeout",
    type=click.FloatRange(min=1),
    default=None,
    metavar="S",
    help="Fail a report when one of its cells runs longer than S seconds [default: no limit].",
)
@click.option(
    "--outputs",
    "outputs_dir",
    type=click.Path(),
    default=None,
    metavar="DIR",
    help="Where to write the reports: outputs/ of the project [the default] or a folder "
    "outside data/, fraud_research/, notebooks/ and params/.",
)
@click.option(
    "--lang",
    "languages",
    multiple=True,
    type=click.Choice(["en", "ru", "kk"]),
    help="Render every report in this language, into outputs/<lang>/ with its own index "
    "(repeatable: --lang ru --lang kk). Without it, each params file's language, into outputs/.",
)
@click.option("--no-progress", is_flag=True, help="No progress bar (one line per report only).")
@click.option("--params-dir", type=click.Path(file_okay=False), default=None, hidden=True)
@click.option("--notebooks-dir", type=click.Path(file_okay=False), default=None, hidden=True)
@click.option("--no-preimport", is_flag=True, hidden=True)
def reports_command(
    regions,
    params_files,
    workers,
    force,
    scheduler,
    timeout,
    outputs_dir,
    languages,
    no_progress,
    params_dir,
    notebooks_dir,
    no_preimport,
):
    """Render a report per region, plus the regional comparison, into outputs/.

    With no REGION, renders every region that has data (and every params file of
    params/ that names another notebook, such as compare_regions.yaml). A region's
    parameters come from params/<region>.yaml when present, else the latest year
    with data.

    \b
    Reports run in parallel; one failing report never stops the others. A report
    whose notebook, parameters, data and package are unchanged since its last
    good render is skipped (--force renders it anyway). Files appear atomically;
    after an interruption, run the command again to complete the rest.

    \b
    Writes, under outputs/ (or --outputs DIR):
      <report>/region_report.html   the report, without code, self-contained
      <report>/region_report.ipynb  the executed notebook (kept when it failed)
      index.html                    links and headline figures per region
      summary.csv                   headline figures, one row per region and year
      manifest.json                 parameters, hashes, versions, times, status
      runs/<time>/logs/<report>.log one log per report

    \b
    Before any kernel starts, every parameter is checked as its notebook would
    check it, the dataset is validated, and --outputs and --scheduler are tried;
    a problem stops the command with one line per problem and nothing written.

    \b
    Exit status: 0 when every report rendered (or was unchanged), 1 when any
    failed (a table lists them with their notebooks), 2 for invalid parameters,
    an invalid dataset or an unusable option (--outputs, --scheduler), 130 when
    interrupted.

    \b
    Examples:
      fraud-research reports
      fraud-research reports turkestan almaty_city --force
      fraud-research reports --params params/turkestan.yaml --timeout 600
      fraud-research reports --scheduler tcp://10.0.0.5:8786
    """
    folders = {
        "params_dir": Path(params_dir) if params_dir else None,
        "notebooks_dir": Path(notebooks_dir) if notebooks_dir else None,
    }
    options = {"workers": workers, "force": force, "scheduler": scheduler, "timeout": timeout,
               "preimport": () if no_preimport else None, "progress": not no_progress,
               "echo": click.echo if no_progress else None}  # fmt: skip
    runs = [_checked_plan(regions, params_files, outputs_dir, scheduler, folders, lang=lang)
            for lang in languages or [None]]  # fmt: skip
    status = 0
    for lang, (out, specs) in zip(languages or [None], runs, strict=True):
        others = {other: f"../{other}/index.html" for other in languages if other != lang}
        result = _run_checked(specs, out, {**options, "lang": lang, "other_languages": others})
        _say_result(result, specs, out)
        status = max(status, result.exit_code)
        if result.interrupted:
            break
    sys.exit(status)


def _say_result(result, specs, out: Path) -> None:
    """One line of counts and the index's path; the failed reports' table on stderr."""
    ok = sum(r["status"] == "ok" for r in result.results)
    skipped = sum(r["status"] == "skipped" for r in result.results)
    click.echo(
        f"{ok} rendered, {skipped} unchanged, {len(result.failed)} failed of {len(specs)}; "
        f"index: {out / 'index.html'}"
    )
    if result.interrupted:
        click.echo(
            "Interrupted: no partial file was left; run the command again to finish.", err=True
        )
    elif result.failed:
        from .batch import failure_table

        click.echo("\nFailed reports:\n" + failure_table(result, out), err=True)


def _checked_plan(regions, params_files, outputs_dir, scheduler, folders, *, lang=None):
    """Every check before any kernel starts: ``(outputs folder, specs)``, or exit 2.

    With ``lang``, the reports go to ``<outputs>/<lang>/`` in that language.
    """
    from .batch import (
        check_outputs_dir,
        check_outputs_writable,
        check_scheduler_address,
        connect_scheduler,
        plan_reports,
    )

    try:
        out = check_outputs_dir(outputs_dir or paths.OUTPUTS_DIR, **folders)
        out = out / lang if lang else out
        if scheduler:
            check_scheduler_address(scheduler)
        specs = plan_reports(regions, params_files, **folders, lang=lang)
        check_outputs_writable(out)
        if scheduler:
            connect_scheduler(scheduler).close()  # a closed port fails here, in seconds
    except ParameterError as err:
        _fail(str(err).splitlines())
    except DataValidationError as err:
        _fail(err.problems or [str(err)])
    except KeyboardInterrupt:
        _fail(["interrupted before any report started"], EXIT_INTERRUPTED)
    return out, specs


def _run_checked(specs, out: Path, options: dict):
    """Run the batch; a problem that arises during the run is one line and exit 2."""
    from .batch import run_batch

    try:
        return run_batch(specs, outputs_dir=out, **options)
    except ParameterError as err:  # the scheduler went away since the check
        _fail(str(err).splitlines())
    except DataValidationError as err:  # the dataset was changed during the run
        _fail(err.problems or [str(err)])
    except OSError as err:
        target = err.filename2 or err.filename  # os.replace(tmp, target): name the target
        if not (target and Path(target).resolve().is_relative_to(out)):
            raise  # not about --outputs: a fault of this machine or of the toolkit
        _fail([f"--outputs {out}: cannot write {target} ({err.strerror or type(err).__name__})"])


def _fail(problems: Sequence[str], status: int = EXIT_INVALID) -> NoReturn:
    """Print one ``Error:`` line per problem on stderr (no traceback) and exit with ``status``."""
    lines = [" ".join(str(p).split()) for p in problems if str(p).strip()]
    shown = lines[:MAX_PROBLEM_LINES]
    for line in shown:
        click.echo(f"Error: {line}", err=True)
    if len(lines) > len(shown):
        click.echo(f"Error: ... and {len(lines) - len(shown)} more problem(s)", err=True)
    sys.exit(status)


@main.command("ingest")
@click.argument("file", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--place", required=True, help="Place id from data/places.csv, e.g. turkestan.")
@click.option("--source-url", required=True, help="Address of the page the text comes from.")
@click.option("--published", default=None, help="Publication date, YYYY-MM-DD.")
@click.option(
    "--year", type=int, default=None, help="Year of figures whose period the text does not state."
)
@click.option(
    "--period-kind",
    type=click.Choice(["full_year", "year_to_date", "months", "multi_year", "unknown"]),
    default=None,
    help="Period kind of figures whose period the text does not state.",
)
@click.option(
    "--apply", "apply_", is_flag=True, help="Validate and add the records (default: review only)."
)
@click.option(
    "--json",
    "as_json",
    is_flag=True,
    help="Print the review as JSON (proposed records and the numbers not proposed) for tools.",
)
def ingest_command(file, place, source_url, published, year, period_kind, apply_, as_json):
    """Propose dataset records from a press release FILE; add them with --apply.

    Without --apply nothing changes: the proposed records are printed for review,
    grouped by what each number was read as, each with the quote it came from and
    the words that decided its role; then the numbers not proposed (single-case
    losses, sums returned, dates, ...), so that nothing is dropped silently. With --apply they are validated, the text is
    archived under data/sources/ and the records are appended to data/figures.csv.
    Existing records are never changed: a matching record is reported as already
    present, a disagreeing one is added beside the existing one as a conflict.

    Exit status: 0 when the records were proposed (or added), 2 when the text, an
    option or the dataset is refused (a one-line message says why; nothing is
    written).
    """
    from .text import format_proposal, ingest, proposal_json, read_source, review_numbers

    try:
        result = ingest(
            file,
            place=place,
            source_url=source_url,
            published=published,
            apply=apply_,
            year=year,
            period_kind=period_kind,
        )
    except FraudResearchError as err:
        click.echo(f"Error: {err}", err=True)
        sys.exit(EXIT_INVALID)
    numbers = review_numbers(read_source(file))
    not_proposed = numbers[numbers["status"] != "proposed"]
    if as_json:
        click.echo(proposal_json(result, not_proposed))
        return
    click.echo(format_proposal(result, not_proposed))
    counts = result["status"].value_counts().to_dict()
    summary = ", ".join(f"{n} {s}" for s, n in counts.items())
    if apply_:
        added = counts.get("added", 0) + counts.get("conflict", 0)
        click.echo(f"\nApplied: {summary}. {added} record(s) written to the dataset.")
    else:
        click.echo(f"\nProposed: {summary}. Nothing was changed; run again with --apply to add.")
