"""Stages 2-3 of :func:`~fraud_research.stats.fit_trend`: fit the candidate models and compare them.

Candidates: the naive and drift baselines (log scale), Poisson, quasi-Poisson
and NB2 log-linear GLMs, damped-trend smoothing from :data:`ETS_MIN_YEARS`
years, and the projection model ``loglinear_pooled`` (see :mod:`.project`).
AICc is shown for the likelihood models on the same counts (Poisson, NB);
from :data:`ROLLING_MIN_YEARS` years every candidate gets a one-step-ahead
rolling-origin mean absolute error. Notes are codes (``model_note_<code>``).

Examples
--------
>>> import numpy as np
>>> candidate_names(3, kind="count", consecutive=True)
['naive', 'drift', 'poisson', 'quasi_poisson', 'negbin', 'loglinear_pooled']
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from .models import aicc, fit_ets_damped, fit_glm, fit_log_walk, fit_negbin
from .project import fit_loglinear

#: From this many years on, models are compared by rolling-origin error.
ROLLING_MIN_YEARS = 6
#: From this many years on, damped-trend exponential smoothing is a candidate.
ETS_MIN_YEARS = 10
#: Relative rolling-origin MAE gain of a baseline over the chosen model that triggers a caveat.
MAE_MARGIN = 0.33
#: Parameters of each candidate (for the table).
N_PARAMS = {
    "naive": 1, "drift": 2, "poisson": 2, "quasi_poisson": 3, "negbin": 3, "ets_damped": 6,
    "loglinear_pooled": 3,
}  # fmt: skip
BASELINES = ("naive", "drift", "ets_damped")
#: The fewest years with a fit score (AICc) for a likelihood model: Poisson's parameters + 2
#: (:func:`~fraud_research.stats.trend.models.aicc` is undefined for ``n <= k + 1``).
AICC_MIN_YEARS = N_PARAMS["poisson"] + 2


def candidate_names(n, *, kind, consecutive) -> list[str]:
    """Return the candidate models for a series of ``n`` years.

    Examples
    --------
    >>> candidate_names(4, kind="amount", consecutive=False)
    ['quasi_poisson', 'loglinear_pooled']
    """
    names = ["naive", "drift"] if consecutive else []
    names += ["poisson", "quasi_poisson", "negbin"] if kind == "count" else ["quasi_poisson"]
    if consecutive and n >= ETS_MIN_YEARS:
        names.append("ets_damped")
    return [*names, "loglinear_pooled"]


def fit_one(name, years, y, *, offset=None, weights=None, kind="count", dispersion=None):
    """Fit one candidate to the years given.

    Examples
    --------
    >>> round(float(np.exp(fit_one("poisson", np.array([2023, 2024, 2025]),
    ...                            np.array([567.0, 598.0, 843.0])).beta[1])), 4)
    1.2308
    """
    if name in ("naive", "drift"):
        return fit_log_walk(y, kind=name)
    if name in ("poisson", "quasi_poisson"):
        return fit_glm(years, y, offset=offset, weights=weights, family=name)
    if name == "negbin":
        return fit_negbin(years, y, offset=offset)
    if name == "ets_damped":
        return fit_ets_damped(y)
    if name == "loglinear_pooled":
        return fit_loglinear(
            years, y, offset=offset, weights=weights, kind=kind, dispersion=dispersion
        )
    raise ValueError(f"unknown model {name!r}")


def point_forecast(name, model, future_years, last_year, future_offset=None) -> np.ndarray:
    """Return a candidate's point forecast for ``future_years``.

    Examples
    --------
    >>> walk = fit_one("naive", None, np.array([567.0, 598.0, 843.0]))
    >>> point_forecast("naive", walk, [2026], 2025).round(1).tolist()
    [843.0]
    """
    if name in BASELINES:
        h = np.asarray(future_years) - last_year
        return model.predict(h) if name != "ets_damped" else model.predict(h)[h - 1]
    if name == "loglinear_pooled":
        return model.median(future_years, future_offset)
    return model.predict_mean(future_years, future_offset)


def fit_candidates(names, years, y, **options) -> tuple[dict, dict]:
    """Fit every candidate; return ``(fits, failures)`` (failures are reported, never hidden).

    Examples
    --------
    >>> fits, failed = fit_candidates(["poisson"], np.array([2024, 2025]), np.array([1.0, 2.0]))
    >>> sorted(fits), failed
    (['poisson'], {})
    """
    fits, failed = {}, {}
    for name in names:
        try:
            fits[name] = fit_one(name, years, y, **options)
        except Exception as exc:  # noqa: BLE001 - reported in the comparison table
            failed[name] = f"fit_failed:{type(exc).__name__}"
    return fits, failed


def rolling_origin_mae(names, years, y, *, t0, offset=None, **options) -> dict[str, float]:
    """Return each candidate's one-step-ahead rolling-origin mean absolute error.

    Examples
    --------
    >>> yrs, ys = np.arange(2015, 2023), np.array([10.0, 12, 15, 14, 18, 21, 20, 25])
    >>> mae = rolling_origin_mae(["naive", "poisson"], yrs, ys, t0=4)
    >>> sorted(mae), all(v > 0 for v in mae.values())
    (['naive', 'poisson'], True)
    """
    errors = {nm: [] for nm in names}
    for t in range(t0, len(y)):
        part = {**options, "offset": None if offset is None else offset[:t]}
        if options.get("weights") is not None:
            part["weights"] = options["weights"][:t]
        f_off = None if offset is None else offset[t : t + 1]
        for nm in names:
            try:
                model = fit_one(nm, years[:t], y[:t], **part)
                f = point_forecast(nm, model, years[t : t + 1], years[t - 1], f_off)
                errors[nm].append(abs(float(y[t]) - float(f[0])))
            except Exception:  # noqa: BLE001 - a failed fit counts as missing
                errors[nm].append(np.nan)
    return {
        nm: float(np.mean(e)) if e and np.all(np.isfinite(e)) else float("nan")
        for nm, e in errors.items()
    }


def _notes(name, fits, aics, n, annual, failed) -> list[str]:
    codes = []
    if name in BASELINES:
        codes.append("log_scale")
    elif name == "quasi_poisson":
        codes.append("quasi")
    elif name == "poisson":
        codes.append("ignores_overdispersion")
    elif name == "loglinear_pooled":
        codes.append("pooled_dispersion")
    if name in ("poisson", "negbin") and not np.isfinite(aics.get(name, np.nan)):
        codes.append("aicc_undefined")
    if name == "negbin" and annual:
        codes.append("ignores_weights")
    if n < ROLLING_MIN_YEARS:
        codes.append("no_rolling_origin")
    if name in failed:
        codes.append(failed[name])
    return codes


def compare_candidates(names, fits, failed, *, y, years, chosen, annual, mae=None) -> pd.DataFrame:
    """Return the comparison table: ``model``, ``n_params``, ``aicc``, ``rolling_origin_mae``,
    ``chosen``, ``dispersion``, ``note`` (``;``-separated codes).

    Examples
    --------
    >>> yrs, ys = np.array([2023, 2024, 2025]), np.array([567.0, 598.0, 843.0])
    >>> fits, failed = fit_candidates(["poisson", "negbin"], yrs, ys)
    >>> compare_candidates(["poisson", "negbin"], fits, failed, y=ys, years=yrs,
    ...                    chosen="negbin", annual={})["chosen"].tolist()
    [False, True]
    """
    n = len(y)
    aics = {
        nm: aicc(fits[nm].loglik, N_PARAMS[nm], n) if nm in ("poisson", "negbin") and nm in fits
        else float("nan")
        for nm in names
    }  # fmt: skip
    mae = mae or {}
    return pd.DataFrame(
        {
            "model": names,
            "n_params": [N_PARAMS[nm] for nm in names],
            "aicc": [aics[nm] for nm in names],
            "rolling_origin_mae": [mae.get(nm, np.nan) for nm in names],
            "chosen": [nm == chosen for nm in names],
            "dispersion": [_dispersion(fits.get(nm)) for nm in names],
            "note": [";".join(_notes(nm, fits, aics, n, annual, failed)) for nm in names],
        }
    )


def _dispersion(fit) -> float:
    if fit is None:
        return float("nan")
    for attribute in ("sigma2", "alpha"):
        if hasattr(fit, attribute) and getattr(fit, "family", "") != "quasi_poisson":
            return float(getattr(fit, attribute))
    return float(getattr(fit, "dispersion", np.nan))
