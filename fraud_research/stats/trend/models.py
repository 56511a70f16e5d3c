"""Candidate models for short annual series, used by :mod:`fraud_research.stats.trend`.

Each candidate is fitted on the observed years and exposes what the projection
engine needs: a point forecast for given future years (cheap, used for the
rolling-origin comparison) and, for the final fit, a predictive sample or
analytic prediction intervals.

Candidates
----------
``naive``, ``drift``
    The forecaster's baselines, on the log scale (Hyndman & Athanasopoulos,
    *Forecasting: Principles and Practice*, 3rd ed., section 5.5): the last
    value, or the last value moved by the mean annual log change. Prediction
    intervals use the FPP3 formulas with a *t* quantile on the residual degrees
    of freedom, and are back-transformed (median forecasts).
``poisson``, ``quasi_poisson``
    Log-linear GLM ``log E[y] = b0 + b1 * year (+ log population)`` fitted by
    iteratively reweighted least squares. The quasi-Poisson variant multiplies
    the variance by the Pearson dispersion (floored at 1 for counts).
``negbin``
    NB2 GLM (variance ``mu + alpha * mu**2``) with ``alpha`` by profile maximum
    likelihood.
``ets_damped``
    Additive damped-trend exponential smoothing on the log scale (statsmodels
    ``ETSModel``), analytic intervals; only offered for long series.

Notes
-----
Predictive samples for the GLMs are drawn by parametric simulation that includes
parameter uncertainty: a dispersion ``phi* = phi_hat * df / chi2_df``,
coefficients ``b* ~ N(b_hat, phi* * V)``, means ``mu* = exp(x b*)`` and new
observations from a gamma-Poisson mixture (counts) or a gamma law (amounts) with
mean ``mu*`` and the model's variance times ``phi*``. In the normal linear model this
construction reproduces the exact *t* prediction interval.

Examples
--------
>>> import numpy as np
>>> fit = fit_glm(np.array([2023, 2024, 2025]), np.array([567.0, 598.0, 843.0]))
>>> round(float(np.exp(fit.beta[1])), 4)   # annual growth factor
1.2308
"""

from __future__ import annotations

import math
import warnings
from dataclasses import dataclass

import numpy as np
from scipy import optimize, special, stats

__all__ = [
    "GLMFit",
    "LogRandomWalk",
    "fit_glm",
    "fit_negbin",
    "fit_log_walk",
    "fit_ets_damped",
    "simulate_glm",
    "aicc",
]


def aicc(loglik: float, k: int, n: int) -> float:
    """Return the small-sample corrected AIC, or NaN when ``n - k - 1 <= 0``.

    Examples
    --------
    >>> round(aicc(-10.0, 2, 6), 3)
    28.0
    >>> aicc(-10.0, 2, 3)
    nan
    """
    if n - k - 1 <= 0:
        return float("nan")
    return -2.0 * loglik + 2.0 * k + 2.0 * k * (k + 1) / (n - k - 1)


@dataclass(frozen=True)
class GLMFit:
    """A fitted log-linear count model (Poisson, quasi-Poisson or NB2).

    Built by :func:`fit_glm` or :func:`fit_negbin`; years are centred on their mean.

    Examples
    --------
    >>> fit = fit_glm([2023, 2024, 2025], [567, 598, 843])
    >>> fit.family, fit.center, fit.df_resid
    ('quasi_poisson', 2024.0, 1)
    >>> fit.mu.round(1).tolist()  # fitted means of the observed years
    [536.1, 659.8, 812.1]
    """

    family: str
    years: np.ndarray
    y: np.ndarray
    offset: np.ndarray
    center: float
    beta: np.ndarray
    cov_unscaled: np.ndarray  # (X' W X)^-1 with the model's working weights
    mu: np.ndarray
    dispersion: float  # Pearson dispersion (raw, not floored)
    alpha: float  # NB2 alpha (0 for Poisson families)
    loglik: float
    df_resid: int

    def design(self, years) -> np.ndarray:
        """Return the design matrix (intercept, centred year) for ``years``.

        Examples
        --------
        >>> fit_glm([2023, 2024, 2025], [567, 598, 843]).design([2025, 2026]).tolist()
        [[1.0, 1.0], [1.0, 2.0]]
        """
        years = np.asarray(years, dtype=float)
        return np.column_stack([np.ones_like(years), years - self.center])

    def predict_mean(self, years, offset=None) -> np.ndarray:
        """Return the fitted mean at ``years`` (with ``offset`` = log population).

        Examples
        --------
        >>> fit = fit_glm([2023, 2024, 2025], [567, 598, 843])
        >>> fit.predict_mean([2025, 2026]).round(1).tolist()
        [812.1, 999.5]
        """
        off = 0.0 if offset is None else np.asarray(offset, dtype=float)
        return np.exp(self.design(years) @ self.beta + off)


def _irls(X, y, offset, weights, alpha=0.0, max_iter=100, tol=1e-10):
    """Fit a log-link GLM with variance ``mu + alpha mu^2`` by IRLS."""
    # the linear predictor is kept in [-20, 35] so that series with zeros (where the
    # maximum likelihood slope can run off to infinity) still give finite, very wide
    # answers instead of a singular system
    z0 = np.log(y + 0.5) - offset
    beta = np.linalg.lstsq(X, z0, rcond=None)[0]
    with np.errstate(all="ignore"):
        for _ in range(max_iter):
            eta = np.clip(X @ beta + offset, -20.0, 35.0)
            mu = np.exp(eta)
            w = weights * mu / (1.0 + alpha * mu)
            z = eta - offset + (y - mu) / mu
            sw = np.sqrt(w)
            new = np.linalg.lstsq(X * sw[:, None], z * sw, rcond=None)[0]
            if np.max(np.abs(new - beta)) < tol:
                beta = new
                break
            beta = new
        mu = np.exp(np.clip(X @ beta + offset, -20.0, 35.0))
        w = weights * mu / (1.0 + alpha * mu)
        cov = np.linalg.pinv((X.T * w) @ X)
    return beta, mu, cov


def _poisson_loglik(y, mu):
    return float(np.sum(y * np.log(mu) - mu - special.gammaln(y + 1.0)))


def _nb_loglik(y, mu, alpha):
    if alpha <= 0:
        return _poisson_loglik(y, mu)
    r = 1.0 / alpha
    return float(
        np.sum(
            special.gammaln(y + r)
            - special.gammaln(r)
            - special.gammaln(y + 1.0)
            + r * np.log(r / (r + mu))
            + y * np.log(mu / (r + mu))
        )
    )


def fit_glm(years, y, *, offset=None, weights=None, family="quasi_poisson") -> GLMFit:
    """Fit a Poisson or quasi-Poisson log-linear trend.

    Parameters
    ----------
    years, y : array-like
        Years and non-negative values (counts, or amounts for quasi-Poisson).
    offset : array-like, optional
        Log population.
    weights : array-like, optional
        Variance weights (``var = phi * mu / w``); annualised years get ``months / 12``.
    family : {"poisson", "quasi_poisson"}

    Returns
    -------
    GLMFit

    Examples
    --------
    >>> f = fit_glm([2020, 2021, 2022, 2023], [100, 120, 150, 170], family="poisson")
    >>> f.df_resid, round(f.dispersion, 3)
    (2, 0.135)
    """
    years = np.asarray(years, dtype=float)
    y = np.asarray(y, dtype=float)
    n = len(y)
    off = np.zeros(n) if offset is None else np.asarray(offset, dtype=float)
    w = np.ones(n) if weights is None else np.asarray(weights, dtype=float)
    center = float(years.mean())
    X = np.column_stack([np.ones(n), years - center])
    beta, mu, cov = _irls(X, y, off, w)
    df = n - 2
    disp = float(np.sum(w * (y - mu) ** 2 / mu) / df) if df > 0 else float("nan")
    return GLMFit(
        family=family,
        years=years,
        y=y,
        offset=off,
        center=center,
        beta=beta,
        cov_unscaled=cov,
        mu=mu,
        dispersion=disp,
        alpha=0.0,
        loglik=_poisson_loglik(y, mu),
        df_resid=df,
    )


def fit_negbin(years, y, *, offset=None, alpha_method="ml") -> GLMFit:
    """Fit an NB2 log-linear trend.

    The log-likelihood (for AICc) is always the profile maximum-likelihood one,
    with ``alpha`` searched on ``[1e-8, 20]``. The ``alpha`` used for the fit and
    the projection is, with ``alpha_method="pearson"``, the moment
    estimate that makes the Pearson chi-square equal its residual degrees of
    freedom (0 when the data are not overdispersed); ``"ml"`` (default) keeps the
    ML value (in the calibration benchmark the two give the same coverage).
    The Pearson dispersion under NB weights is kept so that the predictive
    simulation can represent uncertainty in the variance.

    Examples
    --------
    >>> f = fit_negbin([2020, 2021, 2022, 2023, 2024], [100, 180, 120, 260, 190])
    >>> f.family, f.alpha > 0
    ('negbin', True)
    """
    years = np.asarray(years, dtype=float)
    y = np.asarray(y, dtype=float)
    n = len(y)
    off = np.zeros(n) if offset is None else np.asarray(offset, dtype=float)
    center = float(years.mean())
    X = np.column_stack([np.ones(n), years - center])
    w1 = np.ones(n)

    def negll(log_alpha):
        a = math.exp(log_alpha)
        _, mu, _ = _irls(X, y, off, w1, alpha=a, max_iter=50, tol=1e-8)
        return -_nb_loglik(y, mu, a)

    res = optimize.minimize_scalar(
        negll, bounds=(math.log(1e-8), math.log(20.0)), method="bounded", options={"xatol": 1e-4}
    )
    alpha_ml = math.exp(res.x)
    df = n - 2
    loglik = _nb_loglik(y, _irls(X, y, off, w1, alpha=alpha_ml)[1], alpha_ml)
    alpha = alpha_ml
    if alpha_method == "pearson" and df > 0:
        # moment estimate: Pearson chi-square under NB equals its degrees of freedom
        # (less biased than ML in short series, where ML alpha is pulled towards 0)
        def excess(a):
            mu_a = _irls(X, y, off, w1, alpha=a, max_iter=50, tol=1e-8)[1]
            return float(np.sum((y - mu_a) ** 2 / (mu_a + a * mu_a**2))) - df

        if excess(0.0) <= 0:
            alpha = 0.0
        elif excess(20.0) >= 0:
            alpha = 20.0
        else:
            alpha = optimize.brentq(excess, 0.0, 20.0, xtol=1e-10, rtol=1e-6)
    elif alpha_method not in ("ml", "pearson"):
        raise ValueError(f"alpha_method must be 'ml' or 'pearson', got {alpha_method!r}")
    beta, mu, cov = _irls(X, y, off, w1, alpha=alpha)
    var = mu + alpha * mu**2
    disp = float(np.sum((y - mu) ** 2 / var) / df) if df > 0 else float("nan")
    return GLMFit(
        family="negbin",
        years=years,
        y=y,
        offset=off,
        center=center,
        beta=beta,
        cov_unscaled=cov,
        mu=mu,
        dispersion=disp,
        alpha=alpha,
        loglik=loglik,
        df_resid=df,
    )


def simulate_glm(
    fit: GLMFit, years, *, offset=None, n_sim=4000, rng=None, kind="count", floor=None
) -> np.ndarray:
    """Draw predictive values (``n_sim`` x ``len(years)``) including parameter uncertainty.

    For ``poisson`` the dispersion is fixed at 1; for ``quasi_poisson`` and
    ``negbin`` a dispersion factor ``phi* = phi_hat * df / chi2_df`` is drawn (a
    scaled inverse chi-square: the source of *t*-like tails), bounded below by
    ``floor`` when given. For NB the variance is ``phi* * (mu + alpha mu^2)``.
    New counts are gamma-Poisson when the variance exceeds the mean, otherwise a
    rounded gamma draw with the drawn variance.

    Examples
    --------
    >>> f = fit_glm([2021, 2022, 2023, 2024], [100, 120, 150, 170])
    >>> draws = simulate_glm(f, [2025, 2026], n_sim=500, rng=np.random.default_rng(1))
    >>> draws.shape
    (500, 2)
    """
    rng = np.random.default_rng(rng)
    X = fit.design(years)
    off = 0.0 if offset is None else np.asarray(offset, dtype=float)
    df = fit.df_resid
    if fit.family == "poisson":
        phi = np.ones(n_sim)
    else:
        phi_hat = fit.dispersion if np.isfinite(fit.dispersion) else 1.0
        phi = phi_hat * df / rng.chisquare(df, size=n_sim)
        phi = np.maximum(phi, floor) if floor is not None else phi
    L = np.linalg.cholesky(fit.cov_unscaled + 1e-300 * np.eye(2))
    z = rng.standard_normal((n_sim, 2))
    betas = fit.beta + (z @ L.T) * np.sqrt(phi)[:, None]
    # with 1-2 residual df the draws have very heavy tails; cap the linear predictor
    # (exp(60) ~ 1e26) so that extreme draws stay finite -- they lie far beyond any
    # reported quantile.
    eta = np.clip(betas @ X.T + off, -60.0, 60.0)
    mu = np.exp(eta)  # n_sim x h
    ratio = phi[:, None] * (1.0 + fit.alpha * mu)  # variance / mean
    if kind == "count":
        out = np.empty_like(mu)
        pois = ratio <= 1.0 + 1e-12
        # a dispersion draw below 1 (it represents uncertainty about phi, as in the
        # t construction) is honoured with a rounded gamma draw of variance ratio * mu
        sh = mu[pois] / ratio[pois]
        out[pois] = np.round(rng.gamma(sh, mu[pois] / sh))
        # gamma shape k so that Poisson(G), G ~ Gamma(k, mu/k), has variance ratio * mu
        k = mu[~pois] / (ratio[~pois] - 1.0)
        g = rng.gamma(k, mu[~pois] / k)
        big = g > 1e15  # Poisson noise is negligible there and numpy cannot draw it
        out_np = np.where(big, g, rng.poisson(np.minimum(g, 1e15)))
        out[~pois] = out_np
        return out
    shape = mu / ratio
    return rng.gamma(shape, mu / shape)


@dataclass(frozen=True)
class LogRandomWalk:
    """Naive or drift forecast on the log scale with FPP3 prediction intervals.

    Built by :func:`fit_log_walk`.

    Examples
    --------
    >>> walk = fit_log_walk([567, 598, 843], kind="drift")
    >>> walk.kind, walk.df, walk.n, round(float(np.exp(walk.drift)), 4)  # annual factor
    ('drift', 1, 3, 1.2193)
    """

    kind: str  # "naive" or "drift"
    last_log: float
    drift: float
    sigma: float
    df: int
    n: int

    def predict(self, h) -> np.ndarray:
        """Return the point forecast (median) ``h`` years after the last one.

        Examples
        --------
        >>> fit_log_walk([567, 598, 843], kind="drift").predict([1, 2]).round(1).tolist()
        [1027.9, 1253.3]
        >>> fit_log_walk([567, 598, 843], kind="naive").predict([1, 2]).tolist()
        [843.0, 843.0]
        """
        h = np.asarray(h, dtype=float)
        return np.exp(self.last_log + self.drift * h)

    def interval(self, h, level) -> tuple[np.ndarray, np.ndarray]:
        """Return the lower and upper prediction limits at ``level`` (e.g. 0.8).

        Examples
        --------
        >>> lower, upper = fit_log_walk([567, 598, 843], kind="naive").interval([1], 0.8)
        >>> round(float(lower[0]), 1), round(float(upper[0]), 1)
        (530.4, 1339.8)

        One difference leaves the drift model no degree of freedom for its spread:

        >>> fit_log_walk([598, 843], kind="drift").interval([1], 0.8)
        (array([nan]), array([nan]))
        """
        h = np.asarray(h, dtype=float)
        if self.kind == "naive":
            sd = self.sigma * np.sqrt(h)
        else:  # FPP3: sigma_h = sigma * sqrt(h (1 + h / T))
            sd = self.sigma * np.sqrt(h * (1.0 + h / self.n))
        if self.df <= 0 or not np.isfinite(self.sigma):
            nan = np.full_like(h, np.nan)
            return nan, nan
        q = stats.t.ppf(0.5 + level / 2.0, self.df)
        centre = self.last_log + self.drift * h
        return np.exp(centre - q * sd), np.exp(centre + q * sd)


def _log(y):
    y = np.asarray(y, dtype=float)
    return np.log(y + 0.5) if np.any(y <= 0) else np.log(y)


def fit_log_walk(y, *, kind="naive") -> LogRandomWalk:
    """Fit the naive or drift baseline to consecutive annual values.

    Examples
    --------
    >>> m = fit_log_walk([100, 110, 121, 133.1], kind="drift")
    >>> round(float(m.predict(1)[()]), 1)
    146.4
    """
    ly = _log(y)
    d = np.diff(ly)
    n = len(ly)
    if kind == "naive":
        drift, df = 0.0, len(d)
        sigma = float(np.sqrt(np.mean(d**2))) if df > 0 else float("nan")
    else:
        drift, df = float(d.mean()) if len(d) else 0.0, len(d) - 1
        sigma = float(np.std(d, ddof=1)) if df > 0 else float("nan")
    return LogRandomWalk(kind=kind, last_log=float(ly[-1]), drift=drift, sigma=sigma, df=df, n=n)


@dataclass(frozen=True)
class ETSFit:
    """Damped additive-trend exponential smoothing on the log scale.

    Built by :func:`fit_ets_damped`; ``result`` is the statsmodels ETS results object.

    Examples
    --------
    >>> y = [567, 598, 843, 910, 1020, 1100, 1250, 1300, 1420, 1500]
    >>> ets = fit_ets_damped(y)
    >>> ets.n, type(ets.result).__name__
    (10, 'ETSResultsWrapper')
    """

    result: object
    n: int

    def predict(self, h) -> np.ndarray:
        """Return the point forecasts for horizons ``1 .. max(h)`` (back-transformed).

        Examples
        --------
        >>> ets = fit_ets_damped([567, 598, 843, 910, 1020, 1100, 1250, 1300, 1420, 1500])
        >>> forecast = ets.predict(2)
        >>> forecast.shape, bool(1500 < forecast[0] < forecast[1])
        ((2,), True)
        """
        h = int(np.max(h))
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            return np.exp(np.asarray(self.result.forecast(h)))

    def interval(self, h, level) -> tuple[np.ndarray, np.ndarray]:
        """Return the lower and upper prediction limits for horizons ``1 .. max(h)``.

        Examples
        --------
        >>> ets = fit_ets_damped([567, 598, 843, 910, 1020, 1100, 1250, 1300, 1420, 1500])
        >>> lower, upper = ets.interval([1, 2], 0.8)
        >>> forecast = ets.predict(2)
        >>> bool(np.all(lower < forecast) and np.all(forecast < upper))
        True
        >>> bool(upper[1] - lower[1] > upper[0] - lower[0])  # wider further ahead
        True
        """
        hmax = int(np.max(h))
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            pred = self.result.get_prediction(start=self.n, end=self.n + hmax - 1)
            sf = pred.summary_frame(alpha=1.0 - level)
        return np.exp(sf["pi_lower"].to_numpy()), np.exp(sf["pi_upper"].to_numpy())


def fit_ets_damped(y) -> ETSFit:
    """Fit ETS(A,Ad,N) to the log values (statsmodels ``ETSModel``).

    Examples
    --------
    >>> ets = fit_ets_damped([567, 598, 843, 910, 1020, 1100, 1250, 1300, 1420, 1500])
    >>> isinstance(ets, ETSFit), ets.n
    (True, 10)
    >>> 0 < float(ets.result.damping_trend) <= 1  # the damping parameter phi
    True
    """
    import pandas as pd
    from statsmodels.tsa.exponential_smoothing.ets import ETSModel

    ly = pd.Series(_log(y))
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        model = ETSModel(
            ly, error="add", trend="add", damped_trend=True, initialization_method="estimated"
        )
        res = model.fit(disp=False, maxiter=200)
    return ETSFit(result=res, n=len(ly))
