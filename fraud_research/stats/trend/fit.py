"""Trends and projections for short annual series (cases or tenge per region per year).

:func:`fit_trend` runs five stages, each in its own module:

1. :mod:`.prepare` -- check the series and options; caveats as :class:`~fraud_research.stats.Note`;
2. :mod:`.candidates` -- fit the candidate models;
3. :mod:`.candidates` -- compare them (AICc, rolling-origin error from 6 years);
4. :mod:`.project` -- project with analytic prediction intervals (no random draws);
5. :mod:`.verdict` -- growth factor and verdict.

The year-on-year change comes from :func:`fraud_research.stats.change_table`,
the one implementation the report's change table also uses.

Model choice (documented rule)
------------------------------
The projection model is ``loglinear_pooled`` (:mod:`.project`): a log-linear
trend whose between-year variance combines the series' own with the one pooled
across all places (``dispersion=``). With 3-4 years and no pooled dispersion no
prediction interval is shown (``no_interval_short``): one or two residual
degrees of freedom cannot estimate the spread. ``model=...`` forces any
candidate; baselines and smoothing are compared, never chosen automatically
(in the calibration benchmark their intervals under-covered after selection).

Examples
--------
>>> import pandas as pd
>>> turkestan = pd.Series({2023: 567, 2024: 598, 2025: 843})
>>> res = fit_trend(turkestan)
>>> res.stage, res.n_years, res.chosen_model
('model', 3, 'loglinear_pooled')
>>> res.change[["from_year", "to_year"]].values.tolist()
[[2023, 2024], [2024, 2025]]
>>> res.verdict, res.verdict_reason.code
('too early to say', 'short_series')
>>> bool(res.projection["pi95_lower"].isna().all())   # no pooled dispersion given
True
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from ...errors import InsufficientDataError, ParameterError
from ..change import CHANGE_COLUMNS, change_table
from ..notes import Note
from .candidates import (
    BASELINES,
    ETS_MIN_YEARS,
    MAE_MARGIN,
    ROLLING_MIN_YEARS,
    candidate_names,
    compare_candidates,
    fit_candidates,
    rolling_origin_mae,
)
from .prepare import TrendInput, prepare_input
from .project import project
from .verdict import MIN_TREND_YEARS, VERDICT_LEVEL, drift_interval, growth_table, verdict

__all__ = ["MODELS", "TrendResult", "fit_trend"]

#: Candidate model codes (the report words them as ``model_<code>``).
MODELS = (
    "naive", "drift", "poisson", "quasi_poisson", "negbin", "ets_damped", "loglinear_pooled",
)  # fmt: skip


@dataclass(frozen=True)
class TrendResult:
    """Everything the trend section of a region report needs (numbers and codes, no words).

    Attributes
    ----------
    n_years : int
    stage : {"single_year", "two_years", "model"}
    observed : DataFrame
        ``year``, ``value``, ``annualised``.
    fitted : DataFrame
        ``year``, ``estimate`` (chosen model); empty when no model.
    projection : DataFrame
        ``year``, ``horizon``, ``estimate``, ``pi80_lower`` ... ``pi95_upper``, ``method``.
    comparison : DataFrame
        See :func:`~fraud_research.stats.trend.candidates.compare_candidates`.
    change : DataFrame
        :func:`~fraud_research.stats.change_table` of the series.
    growth : DataFrame
        ``estimate``, ``ci_lower``, ``ci_upper``, ``level``, ``method`` (model code).
    verdict : str
    verdict_reason : Note
    chosen_model : str or None
    method : str
        Code of the projection model (``""`` without one).
    caveats : list of Note
    kind : {"count", "amount"}
    levels : tuple of float

    Examples
    --------
    >>> import pandas as pd
    >>> res = fit_trend(pd.Series({2024: 598, 2025: 843}))
    >>> res.stage, res.chosen_model, res.change["estimate"].round(4).tolist()
    ('two_years', None, [1.4097])
    """

    n_years: int
    stage: str
    observed: pd.DataFrame
    fitted: pd.DataFrame
    projection: pd.DataFrame
    comparison: pd.DataFrame
    change: pd.DataFrame
    growth: pd.DataFrame
    verdict: str
    verdict_reason: Note
    chosen_model: str | None
    method: str
    caveats: list = field(default_factory=list)
    kind: str = "count"
    levels: tuple[float, ...] = (0.80, 0.95)


def _observed(prepared: TrendInput) -> pd.DataFrame:
    return pd.DataFrame(
        {
            "year": prepared.years,
            "value": prepared.series.to_numpy(dtype=float),
            "annualised": [int(y) in prepared.annual for y in prepared.years],
        }
    )


def _empty(columns, dtypes=None) -> pd.DataFrame:
    return pd.DataFrame({c: pd.Series(dtype=(dtypes or {}).get(c, float)) for c in columns})


def _no_model(prepared, change, reason, stage) -> TrendResult:
    pis = [f"pi{round(lv * 100)}_{e}" for lv in prepared.levels for e in ("lower", "upper")]
    return TrendResult(
        n_years=prepared.n, stage=stage, observed=_observed(prepared),
        fitted=_empty(["year", "estimate"], {"year": int}),
        projection=_empty(["year", "horizon", "estimate", *pis, "method"], {"method": str}),
        comparison=_empty(["model", "n_params", "aicc", "rolling_origin_mae", "chosen",
                           "dispersion", "note"], {"model": str, "chosen": bool, "note": str}),
        change=change, growth=_empty(["estimate", "ci_lower", "ci_upper", "level", "method"]),
        verdict="too early to say", verdict_reason=reason, chosen_model=None, method="",
        caveats=[*prepared.caveats, Note(stage)], kind=prepared.kind, levels=prepared.levels,
    )  # fmt: skip


def _choose(model, fits, n, annual) -> str:
    if model == "auto":
        return "loglinear_pooled"
    if model not in fits:
        raise ParameterError(
            f"model={model!r} is not available for this series; use 'auto' or one of {sorted(fits)}"
        )
    return model


def _rolling(names, fits, prepared, y, options, chosen) -> tuple[dict, list[Note]]:
    if prepared.n < ROLLING_MIN_YEARS:
        return {}, []
    t0 = ETS_MIN_YEARS - 3 if "ets_damped" in names else 4
    mae = rolling_origin_mae(
        [nm for nm in names if nm in fits], prepared.years, y, t0=t0, **options
    )
    baselines = [nm for nm in BASELINES if np.isfinite(mae.get(nm, np.nan))]
    if not baselines or not np.isfinite(mae.get(chosen, np.nan)):
        return mae, []
    best = min(baselines, key=lambda nm: mae[nm])
    if mae[best] < (1 - MAE_MARGIN) * mae[chosen]:
        note = Note("baseline_better", {"model": best, "mae": mae[best], "mae_chosen": mae[chosen]})
        return mae, [note]
    return mae, []


def _scope_notes(prepared: TrendInput, dispersion, show_intervals: bool) -> list[Note]:
    notes = []
    if prepared.n < MIN_TREND_YEARS:
        notes.append(Note("short_series_scope", {"n": prepared.n, "df": prepared.n - 2}))
    if not show_intervals:
        notes.append(Note("no_interval_short", {"n": prepared.n}))
    elif dispersion is not None:
        notes.append(
            Note(
                "pooled",
                {
                    "sd": dispersion.sd,
                    "df": dispersion.df,
                    "n_changes": dispersion.n_changes,
                    "places": list(dispersion.places),
                },
            )  # fmt: skip
        )
    if prepared.horizon >= 2:
        notes.append(Note("horizon"))
    notes.append(Note("process_variability", {"kind": prepared.kind}))
    return notes


def _model_stage(prepared: TrendInput, change, *, model, dispersion) -> TrendResult:
    y = prepared.series.to_numpy(dtype=float)
    if not np.any(y > 0):
        raise InsufficientDataError(
            f"all {prepared.n} values are zero: a log-linear trend cannot be fitted; report the "
            "zeros as they are (a trend needs at least one non-zero year)"
        )
    pop = prepared.population
    offset = None if pop is None else np.log(pop.loc[list(prepared.years)].to_numpy())
    f_offset = None if pop is None else np.log(pop.loc[list(prepared.future)].to_numpy())
    weights = None
    if prepared.annual:
        weights = np.array([prepared.annual.get(int(t), 12.0) / 12 for t in prepared.years])
    options = {
        "offset": offset,
        "weights": weights,
        "kind": prepared.kind,
        "dispersion": dispersion,
    }
    names = candidate_names(prepared.n, kind=prepared.kind, consecutive=not prepared.gaps)
    fits, failed = fit_candidates(names, prepared.years, y, **options)
    chosen = _choose(model, fits, prepared.n, prepared.annual)
    mae, notes = _rolling(names, fits, prepared, y, options, chosen)
    comparison = compare_candidates(
        names, fits, failed, y=y, years=prepared.years, chosen=chosen, annual=prepared.annual,
        mae=mae,
    )  # fmt: skip
    show = dispersion is not None or prepared.n >= MIN_TREND_YEARS or chosen != "loglinear_pooled"
    projection = project(chosen, fits[chosen], prepared, offset=f_offset, show_intervals=show)
    growth = fits["loglinear_pooled"].slope_interval(VERDICT_LEVEL)
    top = f"pi{round(max(prepared.levels) * 100)}"
    width = float(
        projection[f"{top}_upper"].iloc[0] / max(projection[f"{top}_lower"].iloc[0], 1e-9)
    )
    drift = drift_interval(prepared.years, y, offset=offset, dispersion=dispersion)
    label, reason = verdict(
        growth, n=prepared.n, nonzero=int(np.count_nonzero(y)), width=width, drift=drift
    )
    fitted = fits[chosen].mu if hasattr(fits[chosen], "mu") else np.full(prepared.n, np.nan)
    return TrendResult(
        n_years=prepared.n, stage="model", observed=_observed(prepared),
        fitted=pd.DataFrame({"year": prepared.years, "estimate": np.asarray(fitted, dtype=float)}),
        projection=projection, comparison=comparison, change=change,
        growth=growth_table(growth, model="loglinear_pooled"), verdict=label,
        verdict_reason=reason, chosen_model=chosen, method=chosen,
        caveats=[*prepared.caveats, *notes, *_scope_notes(prepared, dispersion, show)],
        kind=prepared.kind, levels=prepared.levels,
    )  # fmt: skip


def fit_trend(
    series,
    *,
    population=None,
    horizon=2,
    levels=(0.80, 0.95),
    cpi=None,
    kind="count",
    annualised_years=(),
    model="auto",
    dispersion=None,
    qualifiers=None,
) -> TrendResult:
    """Estimate the trend of an annual series and project it, adapting to the years available.

    Parameters
    ----------
    series : Series
        Non-negative counts (``kind="count"``) or tenge (``kind="amount"``),
        indexed by integer year; gaps are allowed and reported. Not modified.
    population : Series, optional
        Population by year, a log offset only when it covers every observed and
        projected year (otherwise a caveat says why it is not used).
    horizon : int, default 2
        Years to project.
    levels : sequence of float, default (0.80, 0.95)
        Prediction-interval levels; columns ``pi80_lower`` etc.
    cpi : Series, optional
        Consumer-price index with ``cpi.attrs["source"]`` (``kind="amount"`` only).
    kind : {"count", "amount"}, default "count"
    annualised_years : sequence of int or mapping year -> months, default ()
        Years annualised from a partial year; their Poisson noise is scaled up.
    model : str, default "auto"
        ``"auto"`` (``loglinear_pooled``) or a candidate code of :data:`MODELS`.
    dispersion : PooledDispersion, optional
        Between-year variance pooled across places
        (:func:`~fraud_research.stats.pooled_dispersion`); without it, 3-4 years get
        no prediction interval.
    qualifiers : mapping year -> str, optional
        How each value was printed; carried into the year-on-year change.

    Returns
    -------
    TrendResult

    Raises
    ------
    InsufficientDataError
        For an empty or all-zero series.
    ParameterError
        For negative values, non-integer or duplicated years, and invalid options.

    Examples
    --------
    >>> import pandas as pd
    >>> from fraud_research.stats import pooled_dispersion
    >>> res = fit_trend(pd.Series({2023: 567, 2024: 598, 2025: 843}), dispersion=pooled_dispersion())
    >>> res.projection[["pi95_lower", "pi95_upper"]].round(-1).values.tolist()
    [[610.0, 1590.0], [630.0, 2280.0]]
    >>> fit_trend(pd.Series({2024: 598, 2025: 843})).stage
    'two_years'
    """
    if model != "auto" and model not in MODELS:
        raise ParameterError(f"model={model!r} is not valid; use 'auto' or one of {list(MODELS)}")
    prepared = prepare_input(
        series, kind=kind, levels=levels, horizon=horizon, annualised_years=annualised_years,
        population=population, cpi=cpi, qualifiers=qualifiers,
    )  # fmt: skip
    exposure = prepared.population
    change = change_table(
        prepared.series, qualifiers=prepared.qualifiers, exposure=exposure,
        dispersion=dispersion, kind=kind,
    )  # fmt: skip
    assert list(change.columns) == CHANGE_COLUMNS
    if prepared.n == 1:
        return _no_model(prepared, change, Note("one_year"), "single_year")
    if prepared.n == 2:
        return _no_model(prepared, change, Note("two_years_reason"), "two_years")
    return _model_stage(prepared, change, model=model, dispersion=dispersion)
