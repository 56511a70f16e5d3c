"""Calibration benchmark for :func:`fraud_research.stats.trend.fit_trend` (not a timed test).

Simulates annual count series from known processes that resemble regional
internet-fraud data and measures

* how often the 80% and 95% one-year-ahead prediction intervals contain the
  next year's value (the held-out year ``n + 1``), and
* how often the verdict is wrong: "rising" or "falling" on a series with no
  true trend, and the opposite direction on a trending series.

Processes: Poisson, and negative binomial NB2 with ``alpha`` = 0.03 (year-to-year
extra variation of about 17% on top of Poisson). Growth is uniform on -20% to
+50% a year for trending series and exactly 0 for "flat" series; levels are
log-uniform on 30 to 30 000 cases in the first year; lengths 3 to 10 years.

Targets (from the issue): coverage within 3 points of nominal for 5+ years, no
worse than 5 points under nominal for 3-4 years, wrong "rising"/"falling" on
trendless series under 5%.

It also prints which model ``fit_trend`` chose by length and the coverage of
each chosen model (evidence for the choice rule documented in
:mod:`fraud_research.stats.trend`).

Run::

    .venv/bin/python benchmarks/trend_calibration.py            # default 250 series per cell
    .venv/bin/python benchmarks/trend_calibration.py --n 100 --jobs 2
"""

from __future__ import annotations

import argparse
import time
from multiprocessing import Pool

import numpy as np
import pandas as pd
from fraud_research.stats.trend import fit_trend

NB_ALPHA = 0.03
LENGTHS = range(3, 11)
PROCESSES = ("poisson", "negbin")


def simulate(process: str, n: int, growth: float, level: float, rng) -> np.ndarray:
    """Return ``n + 1`` annual counts (the last one is held out)."""
    mu = level * (1.0 + growth) ** np.arange(n + 1)
    if process == "poisson":
        return rng.poisson(mu)
    r = 1.0 / NB_ALPHA
    return rng.negative_binomial(r, r / (r + mu))


def one(task):
    process, n, trend, seed = task
    rng = np.random.default_rng(seed)
    growth = rng.uniform(-0.20, 0.50) if trend else 0.0
    level = float(np.exp(rng.uniform(np.log(30), np.log(30_000))))
    y = simulate(process, n, growth, level, rng)
    series = pd.Series(y[:n], index=np.arange(2016, 2016 + n))
    res = fit_trend(series, horizon=1, seed=seed, n_sim=2000)
    p = res.projection.iloc[0]
    nxt = y[n]
    if trend and growth > 0:
        wrong = res.verdict == "falling"
    elif trend and growth < 0:
        wrong = res.verdict == "rising"
    else:
        wrong = res.verdict in ("rising", "falling")
    return {
        "process": process,
        "n_years": n,
        "trend": trend,
        "cov80": p["pi80_lower"] <= nxt <= p["pi80_upper"],
        "cov95": p["pi95_lower"] <= nxt <= p["pi95_upper"],
        "wrong": wrong,
        "detected": res.verdict in ("rising", "falling"),
        "too_early": res.verdict == "too early to say",
        "model": res.chosen_model,
    }


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=250, help="series per cell and trend setting")
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--seed", type=int, default=20251129)
    ap.add_argument(
        "--lengths",
        type=int,
        nargs="*",
        default=list(LENGTHS),
        help="series lengths to simulate (default 3..10)",
    )
    args = ap.parse_args(argv)

    tasks = []
    ss = np.random.SeedSequence(args.seed)
    seeds = iter(ss.generate_state(len(PROCESSES) * len(args.lengths) * 2 * args.n))
    for process in PROCESSES:
        for n in args.lengths:
            for trend in (True, False):
                for _ in range(args.n):
                    tasks.append((process, n, trend, int(next(seeds))))
    t0 = time.time()
    with Pool(args.jobs) as pool:
        rows = pool.map(one, tasks, chunksize=20)
    df = pd.DataFrame(rows)
    el = time.time() - t0

    def agg(g):
        tr, fl = g[g["trend"]], g[~g["trend"]]
        return pd.Series(
            {
                "n_series": len(g),
                "cov80": 100 * g["cov80"].mean(),
                "cov95": 100 * g["cov95"].mean(),
                "cov80_trend": 100 * tr["cov80"].mean(),
                "cov95_trend": 100 * tr["cov95"].mean(),
                "wrong_flat": 100 * fl["wrong"].mean(),
                "wrong_dir_trend": 100 * tr["wrong"].mean(),
                "detect_trend": 100 * tr["detected"].mean(),
                "too_early": 100 * g["too_early"].mean(),
            }
        )

    table = df.groupby(["process", "n_years"])[df.columns].apply(agg)
    table["n_series"] = table["n_series"].astype(int)
    pd.set_option("display.width", 200)
    print(
        f"fit_trend calibration: {len(df)} series ({args.n} trending + {args.n} flat per cell), "
        f"{el:.0f} s on {args.jobs} processes"
    )
    print("cov80/cov95: % of series whose next-year value lies in the 80%/95% prediction interval")
    print("  (all series; *_trend: trending series only, growth -20%..+50%)")
    print("wrong_flat: % of trendless series called 'rising' or 'falling' (target < 5)")
    print("wrong_dir_trend: % of trending series called the opposite direction")
    print("detect_trend: % of trending series called 'rising' or 'falling'")
    print("too_early: % of all series with 'too early to say'")
    print(table.round(1).to_string())
    print("\nchosen model by length (% of series):")
    mix = pd.crosstab(df["n_years"], df["model"], normalize="index") * 100
    print(mix.round(0).to_string())
    print("\ncoverage by chosen model, 6+ years (% of series; n = number of series):")
    long = df[df["n_years"] >= 6]
    by = long.groupby(["process", "model"]).agg(
        n=("cov80", "size"), cov80=("cov80", "mean"), cov95=("cov95", "mean")
    )
    by[["cov80", "cov95"]] *= 100
    print(by.round(1).to_string())
    return table


if __name__ == "__main__":
    main()
