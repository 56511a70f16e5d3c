"""Exceptions with messages a researcher can act on: what, where, and what is allowed."""

from __future__ import annotations


class FraudResearchError(Exception):
    """Base class of every error the toolkit raises on purpose."""


class DataValidationError(FraudResearchError, ValueError):
    """A data file breaks a rule; the message names file, line, column and allowed values.

    Attributes
    ----------
    problems : list of str
        One line per problem found, so a curator can fix them all in one pass.
    """

    def __init__(self, problems: list[str]):
        self.problems = list(problems)
        head = f"{len(self.problems)} problem(s) in the dataset:"
        super().__init__("\n".join([head, *(f"  - {p}" for p in self.problems)]))


class ParameterError(FraudResearchError, ValueError):
    """A parameter (notebook, command line or params file) has a value that cannot be used."""


class InsufficientDataError(FraudResearchError, ValueError):
    """The data cannot support the requested analysis; the message says what is missing."""
