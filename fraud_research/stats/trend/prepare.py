"""Stage 1 of :func:`~fraud_research.stats.fit_trend`: check and prepare the input.

Examples
--------
>>> import pandas as pd
>>> prepared = prepare_input(pd.Series({2025: 843, 2023: 567, 2024: 598}))
>>> prepared.years.tolist(), prepared.future.tolist()
([2023, 2024, 2025], [2026, 2027])
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from ...errors import InsufficientDataError, ParameterError
from ..adjust import KINDS, deflate
from ..notes import Note

#: Months assumed for an annualised year given without its months (conservative).
DEFAULT_ANNUALISED_MONTHS = 6


@dataclass(frozen=True)
class TrendInput:
    """A validated series with everything the later stages need.

    Examples
    --------
    >>> import pandas as pd
    >>> prepare_input(pd.Series({2024: 598, 2025: 843})).n
    2
    """

    series: pd.Series
    kind: str
    levels: tuple[float, ...]
    horizon: int
    annual: dict
    population: pd.Series | None
    future: np.ndarray
    qualifiers: dict
    caveats: list[Note] = field(default_factory=list)

    @property
    def years(self) -> np.ndarray:
        """Observed years, ascending."""
        return np.asarray(self.series.index, dtype=int)

    @property
    def n(self) -> int:
        """Number of observed years."""
        return len(self.series)

    @property
    def gaps(self) -> list[tuple[int, int]]:
        """Pairs of consecutive observed years more than one year apart."""
        y = self.years
        return [(int(a), int(b)) for a, b in zip(y[:-1], y[1:], strict=True) if b - a > 1]


def _years(index) -> list[int]:
    bad, years = [], []
    for y in index:
        ok = not isinstance(y, bool | np.bool_) and isinstance(
            y, int | np.integer | float | np.floating
        )
        if ok and isinstance(y, float | np.floating):
            ok = bool(np.isfinite(y)) and float(y) == int(y)
        (years if ok else bad).append(int(y) if ok else y)
    if bad:
        raise ParameterError(
            f"series index must hold integer years (e.g. 2023, 2024); not valid: {bad[:5]}"
        )
    dup = sorted({y for y in years if years.count(y) > 1})
    if dup:
        raise ParameterError(
            f"duplicated years in series: {dup}; give one value per year "
            "(sum or choose the figures first)"
        )
    return years


def validate_series(series, *, kind, annualised) -> pd.Series:
    """Return the series as floats indexed by sorted integer year, or raise a clear error.

    Examples
    --------
    >>> validate_series(pd.Series({2025: 843, 2024: 598}), kind="count", annualised=set()).tolist()
    [598.0, 843.0]
    >>> validate_series(pd.Series({2025: -1}), kind="count", annualised=set())
    Traceback (most recent call last):
    ...
    fraud_research.errors.ParameterError: negative values for years [2025]; counts and tenge amounts must be >= 0
    """
    if not isinstance(series, pd.Series):
        raise ParameterError(
            f"series must be a pandas Series of values indexed by integer year, "
            f"got {type(series).__name__}"
        )
    if kind not in KINDS:
        raise ParameterError(f"kind={kind!r} is not valid; use one of {KINDS}")
    if len(series) == 0:
        raise InsufficientDataError(
            "the series is empty: a trend needs at least one year with a value "
            "(1 year: level only; 2 years: ratio; 3 or more: model and projection)"
        )
    years = _years(series.index)
    values = pd.to_numeric(pd.Series(np.asarray(series, dtype=object)), errors="coerce")
    if values.isna().any():
        miss = [years[i] for i in np.flatnonzero(values.isna().to_numpy())]
        raise ParameterError(
            f"missing or non-numeric values for years {miss}; drop those years or supply numbers"
        )
    vals = values.to_numpy(dtype=float)
    neg = [years[i] for i in np.flatnonzero(vals < 0)]
    if neg:
        raise ParameterError(
            f"negative values for years {neg}; counts and tenge amounts must be >= 0"
        )
    frac = [y for y, v in zip(years, vals, strict=True) if v != round(v) and y not in annualised]
    if kind == "count" and frac:
        raise ParameterError(
            f"non-integer counts for years {frac}; counts must be whole numbers "
            "(mark annualised years with annualised_years=..., or use kind='amount' for tenge)"
        )
    return pd.Series(vals, index=pd.Index(years, name="year"), name="value").sort_index()


def annualised_months(annualised_years, years) -> dict[int, float]:
    """Return ``{year: months observed}`` for the annualised years, checked.

    Examples
    --------
    >>> annualised_months([2025], {2024, 2025}), annualised_months({2025: 9}, {2025})
    ({2025: 6.0}, {2025: 9.0})
    """
    if annualised_years is None:
        return {}
    if isinstance(annualised_years, Mapping):
        items = {int(k): float(v) for k, v in annualised_years.items()}
    elif isinstance(annualised_years, Iterable) and not isinstance(annualised_years, str):
        try:
            items = {int(k): float(DEFAULT_ANNUALISED_MONTHS) for k in annualised_years}
        except (TypeError, ValueError) as exc:
            raise ParameterError("annualised_years must hold integer years") from exc
    else:
        raise ParameterError(
            "annualised_years must be a sequence of years or a mapping year -> months observed"
        )
    for y, m in items.items():
        if y not in years:
            raise ParameterError(
                f"annualised year {y} is not in the series; years available: {sorted(years)}"
            )
        if not 1 <= m < 12:
            raise ParameterError(
                f"annualised year {y}: months observed must be between 1 and 11, got {m}"
            )
    return items


def validate_options(horizon, levels) -> tuple[float, ...]:
    """Check ``horizon`` and ``levels``; return the levels sorted.

    Examples
    --------
    >>> validate_options(2, (0.95, 0.8))
    (0.8, 0.95)
    """
    if isinstance(horizon, bool) or not isinstance(horizon, int | np.integer) or horizon < 1:
        raise ParameterError(f"horizon must be a whole number of years >= 1, got {horizon!r}")
    try:
        levels = tuple(float(x) for x in levels)
    except TypeError as exc:
        raise ParameterError(
            f"levels must be a sequence of numbers in (0, 1), got {levels!r}"
        ) from exc
    if not levels or any(not 0 < x < 1 for x in levels):
        raise ParameterError(f"levels must be numbers strictly between 0 and 1, got {levels!r}")
    return tuple(sorted(levels))


def usable_population(population, years, future) -> tuple[pd.Series | None, Note | None]:
    """Return the population for every observed and projected year, or None and a Note why not.

    Examples
    --------
    >>> usable_population(pd.Series({2025: 2e6}), [2025], [2026])[1]
    Note('population_missing', years=[2026])
    """
    if population is None:
        return None, None
    if not isinstance(population, pd.Series):
        raise ParameterError("population must be a pandas Series indexed by integer year")
    pop = pd.to_numeric(population, errors="coerce")
    pop.index = [int(i) for i in pop.index]
    needed = [int(y) for y in (*years, *future)]
    missing = [y for y in needed if y not in pop.index or not np.isfinite(pop.get(y, np.nan))]
    if missing:
        return None, Note("population_missing", {"years": missing})
    if (pop.loc[needed] <= 0).any():
        raise ParameterError("population must be positive for every year used")
    return pop.loc[needed].astype(float), None


def prepare_input(
    series, *, kind="count", levels=(0.80, 0.95), horizon=2, annualised_years=(),
    population=None, cpi=None, qualifiers=None,
) -> TrendInput:  # fmt: skip
    """Validate a series and its options; collect the caveats that follow from them.

    Examples
    --------
    >>> prepare_input(pd.Series({2023: 1.0, 2025: 2.0}), kind="amount").caveats
    [Note('nominal'), Note('gaps', gaps='2023->2025')]
    """
    levels = validate_options(horizon, levels)
    keys = set(annualised_months(annualised_years, _all_years(series)))
    s = validate_series(series, kind=kind, annualised=keys)
    years = [int(y) for y in s.index]
    annual = annualised_months(annualised_years, set(years))
    caveats: list[Note] = []
    if cpi is not None:
        if kind != "amount":
            raise ParameterError("cpi applies to tenge amounts only; use kind='amount'")
        s = deflate(s, cpi, base_year=years[-1])
        caveats.append(Note("constant_tenge", {"year": years[-1], "source": s.attrs["cpi_source"]}))
    elif kind == "amount":
        caveats.append(Note("nominal"))
    future = np.arange(years[-1] + 1, years[-1] + horizon + 1)
    pop, pop_note = usable_population(population, years, future)
    prepared = TrendInput(
        series=s, kind=kind, levels=levels, horizon=int(horizon), annual=annual, population=pop,
        future=future, qualifiers=dict(qualifiers or {}), caveats=caveats,
    )  # fmt: skip
    if prepared.gaps:
        gaps = ", ".join(f"{a}->{b}" for a, b in prepared.gaps)
        caveats.append(Note("gaps", {"gaps": gaps}))
    caveats += [Note("annualised", {"year": y, "months": m}) for y, m in annual.items()]
    if pop_note:
        caveats.append(pop_note)
    return prepared


def _all_years(series) -> set:
    try:
        return {int(y) for y in series.index}
    except (TypeError, ValueError, AttributeError):
        return set()
