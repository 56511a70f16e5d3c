"""Exceptions with messages a researcher can act on: what, where, and what is allowed."""

from __future__ import annotations

#: Exit statuses of the command line: 1 when a report failed; 2 for invalid parameters, an
#: invalid dataset or an unusable option (nothing is written then); 130 when interrupted.
EXIT_FAILED, EXIT_INVALID, EXIT_INTERRUPTED = 1, 2, 130


class FraudResearchError(Exception):
    """Base class of every error the toolkit raises on purpose.

    Examples
    --------
    >>> issubclass(ParameterError, FraudResearchError), issubclass(ParameterError, ValueError)
    (True, True)
    """


class DataValidationError(FraudResearchError, ValueError):
    """A data file breaks a rule; the message names file, line, column and allowed values.

    Attributes
    ----------
    problems : list of str
        One line per problem found, so a curator can fix them all in one pass.

    Examples
    --------
    >>> err = DataValidationError(["figures.csv, line 5, column 'value': -3 is negative"])
    >>> print(err)
    1 problem(s) in the dataset:
      - figures.csv, line 5, column 'value': -3 is negative
    >>> err.problems
    ["figures.csv, line 5, column 'value': -3 is negative"]
    """

    def __init__(self, problems: list[str]):
        self.problems = list(problems)
        head = f"{len(self.problems)} problem(s) in the dataset:"
        super().__init__("\n".join([head, *(f"  - {p}" for p in self.problems)]))


class ParameterError(FraudResearchError, ValueError):
    """A parameter (notebook, command line or params file) has a value that cannot be used.

    Examples
    --------
    >>> from fraud_research.dataset import check_place
    >>> try:
    ...     check_place("atlantis")
    ... except ParameterError as err:
    ...     print(str(err).split(';')[0])
    unknown place 'atlantis' for parameter 'place'
    """


class InsufficientDataError(FraudResearchError, ValueError):
    """The data cannot support the requested analysis; the message says what is missing.

    Examples
    --------
    >>> from fraud_research.dataset import require_year
    >>> try:
    ...     require_year(place="turkestan", year=2019)
    ... except InsufficientDataError as err:
    ...     print(str(err).split("; ")[1])
    years with data: 2023, 2024, 2025
    """


class ReadOnlyFileError(FraudResearchError, PermissionError):
    """A file or folder the toolkit would write is read-only; nothing was written.

    Examples
    --------
    >>> issubclass(ReadOnlyFileError, PermissionError)
    True
    """
