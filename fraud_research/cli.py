"""The ``fraud-research`` command line.

Each subcommand lives beside the code it drives and is registered here; heavy
modules are imported inside the commands so that ``fraud-research --help`` is fast.
"""

from __future__ import annotations

import click

from . import __version__


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="fraud-research")
def main() -> None:
    """Cited figures and honest statistics on internet fraud in Kazakhstan.

    Run `fraud-research COMMAND --help` for the options of each command.
    """


# Subcommands are registered below, one line each.
from .ingest import ingest_command  # noqa: E402, I001

main.add_command(ingest_command, name="ingest")
from .batch import reports_command  # noqa: E402, I001  (no pandas at import: --help stays fast)

main.add_command(reports_command, name="reports")
