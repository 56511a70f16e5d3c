"""Compare two scheme mixes: two regions, two years, or a region against the country.

Two tables of scheme counts are aligned through the taxonomy (schemes one side
does not list are merged into the explicit ``not_listed`` row, "other / not
listed"), then compared with a chi-square test of homogeneity, or a Monte-Carlo
test with a seed when expected counts are small. Cramér's V gives the size of
the difference, and adjusted standardised residuals
``(o - e) / sqrt(e (1 - r/n) (1 - c/n))`` say which schemes drive it, with a
``direction`` code (``over``, ``under``, ``similar``); the report layer writes
the reading in the reader's language.

Examples
--------
Turkestan 2025 against the rest of the country (the default), on the three
named schemes both list:

>>> result = scheme_mix_against_reference(place="turkestan", year=2025)
>>> result.test[["statistic", "dof", "dissimilarity"]].round(3).values.tolist()
[[11.847, 2.0, 0.066]]
>>> result.schemes[["scheme", "direction"]].iloc[0].tolist()
['impersonation_call', 'over']
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
import pandas as pd
from scipy import stats
from statsmodels.stats.proportion import confint_proportions_2indep

from ..dataset import (
    UNLISTED,
    cached_schemes,
    check_like_with_like,
    load_figures,
    scheme_breakdown,
)
from ..errors import InsufficientDataError, ParameterError
from .notes import Note

#: Name of the other side when a place is compared with the rest of the country.
REST_OF_COUNTRY = "rest_of_country"

TEST_COLUMNS = [
    "place",
    "reference",
    "statistic",
    "dof",
    "p_value",
    "cramers_v",
    "dissimilarity",
    "n",
    "n_shared",
    "min_expected",
    "test",
    "n_simulations",
    "seed",
    "method",
]
#: Columns of the per-scheme table of a scheme-mix comparison (not those of schemes.csv,
#: which are :data:`fraud_research.dataset.schema.SCHEME_COLUMNS`).
MIX_SCHEME_COLUMNS = [
    "place",
    "reference",
    "scheme",
    "count",
    "count_reference",
    "share",
    "share_reference",
    "share_difference",
    "difference_ci_lower",
    "difference_ci_upper",
    "bound",
    "share_among_shared",
    "share_among_shared_reference",
    "expected",
    "residual",
    "direction",
    "merged_from",
    "merged_from_reference",
    "method",
]


@dataclass
class SchemeMixResult:
    """Outcome of a scheme-mix comparison.

    Attributes
    ----------
    test : DataFrame
        One row per comparison: ``place``, ``reference``, ``statistic``, ``dof``,
        ``p_value``, ``cramers_v``, ``n``, ``min_expected``, ``test`` (``chi2``, or
        ``monte_carlo_chi2`` when an expected count is small), ``n_simulations``,
        ``seed``, ``method``.
    schemes : DataFrame
        One row per aligned scheme: counts, shares, expected count, adjusted
        residual and ``direction`` (``over``, ``under``, ``similar``).
    caveats : list of Note
        What a reader must see next to the result (codes the report writes out).

    Examples
    --------
    >>> result = scheme_mix_against_reference(place="turkestan", year=2025)
    >>> isinstance(result, SchemeMixResult)
    True
    >>> result.test[["place", "reference", "test"]].values.tolist()
    [['turkestan', 'rest_of_country', 'chi2']]
    >>> result.schemes[["scheme", "count", "direction"]].values.tolist()
    [['impersonation_call', 340, 'over'], ['prepayment', 255, 'under'], ['fake_investment', 98, 'similar'], ['not_listed', 150, 'not_tested']]
    >>> [note.code for note in result.caveats][:3]
    ['rest', 'plain_counts', 'mix_shared_only']
    """

    test: pd.DataFrame
    schemes: pd.DataFrame
    caveats: list[Note] = field(default_factory=list)


def _as_counts(table, name: str, mapping: dict | None) -> pd.Series:
    if isinstance(table, pd.DataFrame):
        if not {"scheme", "count"} <= set(table.columns):
            raise ParameterError(f"{name}: a scheme table needs columns 'scheme' and 'count'")
        counts = table.groupby("scheme", sort=False)["count"].sum()
    else:
        counts = pd.Series(table, dtype=float)
    valid = {*cached_schemes().index, UNLISTED}
    if mapping:
        # With a mapping, what it does not cover is the explicit unmatched remainder.
        counts = (
            counts.rename(index=lambda c: mapping.get(c, c if c in valid else UNLISTED))
            .groupby(level=0, sort=False)
            .sum()
        )
    unknown = [c for c in counts.index if c not in valid]
    if unknown:
        raise ParameterError(
            f"cannot align the categories: {name} has {', '.join(map(repr, unknown))}, "
            "which are not "
            f"in the taxonomy (valid: {', '.join(sorted(valid))}); map them first, e.g. with "
            "fraud_research.dataset.crosswalk.crosswalk_mapping(framework=...) passed as mapping"
        )
    values = counts.to_numpy(dtype=float)
    if (values < 0).any() or (values != np.round(values)).any():
        raise ParameterError(
            f"{name}: counts must be non-negative integers, got {counts.to_dict()}"
        )
    return counts.astype(int)


def align_scheme_counts(
    a,
    b,
    *,
    names: tuple[str, str] = ("a", "b"),
    mapping_a: dict | None = None,
    mapping_b: dict | None = None,
) -> pd.DataFrame:
    """Align two scheme tables on the schemes both list; merge the rest into ``not_listed``.

    Parameters
    ----------
    a, b : Series or DataFrame
        Counts indexed by scheme id, or scheme breakdowns
        (:func:`~fraud_research.dataset.scheme_breakdown`).
    names : tuple of str, keyword-only
        Names of the two sides in messages.
    mapping_a, mapping_b : dict, optional
        ``{category: scheme id}`` for tables in another taxonomy (see
        :func:`fraud_research.dataset.crosswalk.crosswalk_mapping`); categories the mapping
        does not cover go to ``not_listed``.

    Returns
    -------
    DataFrame
        One row per aligned scheme (``not_listed`` last): ``scheme``, ``count_a``,
        ``count_b``, ``merged_a``, ``merged_b`` (the categories merged into the row).

    Raises
    ------
    ParameterError
        When a category is not in the taxonomy, or when the two sides share no
        scheme (only "other / not listed" would be left to compare).

    Examples
    --------
    >>> a = pd.Series({"impersonation_call": 340, "prepayment": 255, "lottery": 47, "other": 54})
    >>> b = pd.Series({"impersonation_call": 8554, "prepayment": 8357, "not_listed": 7000})
    >>> align_scheme_counts(a, b)[["scheme", "count_a", "count_b", "merged_a"]].values.tolist()
    [['impersonation_call', 340, 8554, ''], ['prepayment', 255, 8357, ''], ['not_listed', 101, 7000, 'lottery, other']]
    """
    ca = _as_counts(a, names[0], mapping_a)
    cb = _as_counts(b, names[1], mapping_b)
    shared = [s for s in ca.index if s in cb.index and s != UNLISTED]
    if not shared:
        raise ParameterError(
            f"cannot align the categories: {names[0]} ({', '.join(ca.index)}) and {names[1]} "
            f"({', '.join(cb.index)}) share no scheme, so only 'other / not listed' would remain; "
            "there is nothing to compare"
        )
    rows = []
    for scheme in shared:
        rows.append(
            {
                "scheme": scheme,
                "count_a": int(ca[scheme]),
                "count_b": int(cb[scheme]),
                "merged_a": "",
                "merged_b": "",
            }
        )
    rest_a = [s for s in ca.index if s not in shared]
    rest_b = [s for s in cb.index if s not in shared]
    row = {
        "scheme": UNLISTED,
        "count_a": int(ca[rest_a].sum()),
        "count_b": int(cb[rest_b].sum()),
        "merged_a": ", ".join(s for s in rest_a if s != UNLISTED or len(rest_a) > 1),
        "merged_b": ", ".join(s for s in rest_b if s != UNLISTED or len(rest_b) > 1),
    }
    if row["count_a"] or row["count_b"]:
        rows.append(row)
    frame = pd.DataFrame(rows)
    for column in ("merged_a", "merged_b"):
        frame[column] = (
            frame[column].str.replace(", " + UNLISTED, "").str.replace(UNLISTED + ", ", "")
        )
        frame.loc[frame[column] == UNLISTED, column] = ""
    return frame


def rest_of_country(
    national, region, *, names: tuple[str, str] = ("country", "region")
) -> pd.Series:
    """Return national minus regional counts per aligned scheme (an independent comparison table).

    Raises
    ------
    ParameterError
        When a region's count exceeds the national one (different sources or periods).

    Examples
    --------
    >>> rest_of_country(pd.Series({"prepayment": 100, "not_listed": 50}),
    ...                 pd.Series({"prepayment": 10, "lottery": 5})).to_dict()
    {'prepayment': 90, 'not_listed': 45}
    """
    aligned = align_scheme_counts(national, region, names=names)
    rest = aligned["count_a"] - aligned["count_b"]
    if (rest < 0).any():
        bad = aligned.loc[rest < 0, "scheme"].tolist()
        raise ParameterError(
            f"{names[1]} has more cases than {names[0]} for {', '.join(bad)}; the tables do not "
            "nest (different sources or periods), so 'rest of the country' is undefined"
        )
    return pd.Series(rest.to_numpy(), index=aligned["scheme"].to_numpy(), name="count")


def _chi2(table: np.ndarray) -> float:
    expected = table.sum(1, keepdims=True) * table.sum(0, keepdims=True) / table.sum()
    return float(((table - expected) ** 2 / expected).sum())


def compare_scheme_mix(
    a,
    b,
    *,
    names: tuple[str, str] = ("a", "b"),
    alpha: float = 0.05,
    min_expected: float = 5.0,
    n_simulations: int = 20_000,
    seed: int = 0,
    adjust: str | None = None,
    mapping_a: dict | None = None,
    mapping_b: dict | None = None,
    caveats: list[Note] | tuple[Note, ...] = (),
) -> SchemeMixResult:
    """Test whether two scheme mixes differ, and say which schemes drive the difference.

    Parameters
    ----------
    a, b : Series or DataFrame
        Scheme counts (index = scheme id) or scheme breakdowns
        (:func:`~fraud_research.dataset.scheme_breakdown`).
        With scheme tables the periods are checked first
        (:func:`~fraud_research.dataset.check_like_with_like`).
    names : tuple of str, keyword-only
        Place ids (shown as place names) or free labels for the two sides.
    alpha : float, keyword-only
        Significance level; a scheme's residual counts as clear when it exceeds the
        Bonferroni critical value over the schemes.
    min_expected : float, keyword-only
        Below this smallest expected count the p-value comes from a Monte-Carlo test.
    n_simulations, seed : int, keyword-only
        Tables drawn with fixed margins for the Monte-Carlo test.
    adjust : {None, "annualise"}, keyword-only
        Allow periods of different kind or length; shares are compared as they are
        and the output says so.
    mapping_a, mapping_b : dict, optional
        Category-to-scheme mappings for tables in another taxonomy.
    caveats : sequence of Note, keyword-only
        Extra caveats to carry into the result.

    Returns
    -------
    SchemeMixResult

    Raises
    ------
    ParameterError
        When the categories cannot be aligned or the periods are not alike.

    Examples
    --------
    Did the national mix shift between 2024 and 2025?

    >>> from fraud_research.dataset import scheme_breakdown
    >>> result = compare_scheme_mix(scheme_breakdown(place="kazakhstan", year=2025),
    ...                             scheme_breakdown(place="kazakhstan", year=2024),
    ...                             names=("2025", "2024"))
    >>> result.schemes[["scheme", "direction"]].values.tolist()
    [['impersonation_call', 'over'], ['prepayment', 'under'], ['fake_investment', 'over'], ['not_listed', 'not_tested']]
    """
    caveats = list(caveats)
    if isinstance(a, pd.DataFrame) and isinstance(b, pd.DataFrame) and "period_kind" in a:
        periods = check_like_with_like(a, b, names=names, adjust=adjust)
        labels = [label for label in periods["adjustment"] if label]
        if labels:
            caveats.append(Note("periods_differ"))
    else:
        caveats.append(Note("plain_counts"))
    for side, table in zip(names, (a, b), strict=True):
        if isinstance(table, pd.DataFrame) and "qualifier" in table:
            loose = table[table["qualifier"] != "exact"]
            for row in loose.itertuples():
                caveats.append(
                    Note(
                        "qualifier",
                        {"place": side, "scheme": row.scheme, "qualifier": row.qualifier},
                    )
                )
    aligned = align_scheme_counts(a, b, names=names, mapping_a=mapping_a, mapping_b=mapping_b)
    full = aligned[["count_a", "count_b"]].to_numpy(dtype=float).T
    if (full.sum(axis=1) == 0).any():
        raise ParameterError("one side has no cases in the aligned categories; nothing to compare")
    named = (aligned["scheme"] != UNLISTED).to_numpy()
    bound = _bound_scheme(a)
    skip = "too_few_named" if named.sum() < 2 else ("undetermined_bound" if bound else "")
    if skip == "too_few_named":
        caveats.append(Note("mix_too_few_named", {"place": names[0], "reference": names[1],
                                                  "n_shared": int(named.sum())}))  # fmt: skip
    if bound:
        caveats.append(Note("mix_bound", {"place": names[0], **bound}))
    if not skip:
        caveats.append(Note("mix_shared_only", {"place": names[0], "n_shared": int(named.sum())}))
    table = full[:, named]
    test_row, residuals, critical = _test_shared(
        table, skip=skip, alpha=alpha, min_expected=min_expected, n_simulations=n_simulations,
        seed=seed,
    )  # fmt: skip
    schemes = _scheme_rows(
        aligned, full, named, residuals, critical, names=names, skip=skip, bound=bound
    )
    if aligned["merged_a"].str.len().gt(0).any() or aligned["merged_b"].str.len().gt(0).any():
        caveats.append(
            Note(
                "merged",
                {
                    "place": names[0],
                    "reference": names[1],
                    "merged": aligned["merged_a"].iloc[-1],
                    "merged_reference": aligned["merged_b"].iloc[-1],
                },
            )
        )
    test = pd.DataFrame([{"place": names[0], "reference": names[1], **test_row}])[TEST_COLUMNS]
    return SchemeMixResult(test=test, schemes=schemes, caveats=caveats)


def scheme_mix_against_reference(
    figures: pd.DataFrame | None = None,
    *,
    place: str,
    year: int,
    reference: str = "kazakhstan",
    versus: str = "rest_of_country",
    **options,
) -> SchemeMixResult:
    """Compare a place's full-year scheme mix with the reference's (or the rest of the country).

    Parameters
    ----------
    versus : {"reference", "rest_of_country"}, keyword-only
        Compare with the whole reference (which contains the place's own cases),
        or with the reference minus the place (independent tables, labelled).
    **options
        Passed to :func:`compare_scheme_mix` (``alpha``, ``seed``, ``adjust`` ...).

    Raises
    ------
    InsufficientDataError
        When either side has no scheme breakdown for the year.

    Examples
    --------
    >>> rest = scheme_mix_against_reference(place="turkestan", year=2025, versus="rest_of_country")
    >>> rest.test["reference"].item(), rest.schemes["count_reference"].tolist()
    ('rest_of_country', [8214, 8102, 3012, 7721])
    """
    if versus not in ("reference", "rest_of_country"):
        raise ParameterError(f"versus must be 'reference' or 'rest_of_country', got {versus!r}")
    figures = load_figures() if figures is None else figures
    a = scheme_breakdown(figures, place=place, year=year)
    b = scheme_breakdown(figures, place=reference, year=year)
    for who, table in ((place, a), (reference, b)):
        if table.empty:
            raise InsufficientDataError(
                f"no full-year scheme breakdown for {who} in {year}; a scheme-mix comparison "
                "needs one on both sides"
            )
    if versus == "reference":
        overlap = Note(
            "overlap",
            {
                "place": place,
                "reference": reference,
                "n_place": int(a["count"].sum()),
                "n_reference": int(b["count"].sum()),
                "share": a["count"].sum() / b["count"].sum(),
            },
        )
        return compare_scheme_mix(a, b, names=(place, reference), caveats=[overlap], **options)
    check_like_with_like(a, b, names=(place, reference), adjust=options.get("adjust"))
    rest = rest_of_country(b, a, names=(reference, place))
    return compare_scheme_mix(
        a.drop(columns=["period_kind"]),
        rest,
        names=(place, REST_OF_COUNTRY),
        caveats=[Note("rest", {"place": place, "reference": reference})],
        **{k: v for k, v in options.items() if k != "adjust"},
    )


def scheme_mix_all(
    figures: pd.DataFrame | None = None,
    *,
    year: int,
    reference: str = "kazakhstan",
    places: list[str] | tuple[str, ...] | None = None,
    **options,
) -> SchemeMixResult:
    """Compare every place that has a full-year scheme breakdown with the reference.

    Places without a breakdown for ``year`` are listed in the caveats, not dropped
    silently; when no place has one, the result is empty and its caveats say so.

    Examples
    --------
    >>> result = scheme_mix_all(year=2025)
    >>> result.test["place"].tolist()
    ['kostanay_city', 'turkestan']
    """
    figures = load_figures() if figures is None else figures
    with_mix = sorted(
        {
            place
            for place in figures.loc[figures["scheme"] != "", "place"].unique()
            if not scheme_breakdown(figures, place=place, year=year).empty
        }
        - {reference}
    )
    chosen = [p for p in with_mix if not places or p in places]
    tests, schemes, caveats = [], [], []
    for place in chosen:
        result = scheme_mix_against_reference(
            figures, place=place, year=year, reference=reference, **options
        )
        tests.append(result.test)
        schemes.append(result.schemes)
        caveats.extend(result.caveats)
    missing = [p for p in (places or []) if p not in with_mix and p != reference]
    if missing:
        caveats.append(Note("no_breakdown", {"year": year, "places": missing}))
    if not tests:
        caveats.append(Note("no_place_with_breakdown", {"year": year, "reference": reference}))
        return SchemeMixResult(
            test=pd.DataFrame(columns=TEST_COLUMNS),
            schemes=pd.DataFrame(columns=MIX_SCHEME_COLUMNS),
            caveats=caveats,
        )
    return SchemeMixResult(
        test=pd.concat(tests, ignore_index=True),
        schemes=pd.concat(schemes, ignore_index=True),
        caveats=caveats,
    )


def _bound_scheme(table) -> dict:
    """The first scheme of a breakdown printed as a bound (its share could be larger or smaller)."""
    if isinstance(table, pd.DataFrame) and "qualifier" in table:
        loose = table[table["qualifier"].isin(["at_least", "at_most", "approx_at_least",
                                               "approx_at_most"])]  # fmt: skip
        if not loose.empty:
            return {"scheme": loose["scheme"].iloc[0], "qualifier": loose["qualifier"].iloc[0]}
    return {}


def _test_shared(table, *, skip, alpha, min_expected, n_simulations, seed):
    """Chi-square (or Monte-Carlo) test on the shared named schemes; NaNs when skipped."""
    k = table.shape[1]
    row = dict.fromkeys(["statistic", "dof", "p_value", "cramers_v", "dissimilarity",
                         "min_expected"], np.nan)  # fmt: skip
    row.update(n=int(table.sum()), n_shared=k, test=skip or "chi2", n_simulations=0, seed=seed)
    if skip:
        row["method"] = skip
        return row, np.full(k, np.nan), np.nan
    n = table.sum()
    rows_sum, cols_sum = table.sum(axis=1, keepdims=True), table.sum(axis=0, keepdims=True)
    expected = rows_sum * cols_sum / n
    statistic = _chi2(table)
    dof = k - 1
    if expected.min() >= min_expected:
        p_value = float(stats.chi2.sf(statistic, dof))
    else:
        draws = stats.random_table(rows_sum.ravel().astype(int), cols_sum.ravel().astype(int),
                                   seed=seed).rvs(n_simulations)  # fmt: skip
        simulated = np.array([_chi2(d.astype(float)) for d in draws])
        p_value = float((1 + (simulated >= statistic - 1e-9).sum()) / (n_simulations + 1))
        row.update(test="monte_carlo_chi2", n_simulations=n_simulations)
    residuals = (table - expected) / np.sqrt(expected * (1 - rows_sum / n) * (1 - cols_sum / n))
    critical = float(stats.norm.ppf(1 - alpha / (2 * k)))
    shares = table / rows_sum
    row.update(
        statistic=statistic, dof=dof, p_value=p_value, min_expected=float(expected.min()),
        cramers_v=float(np.sqrt(statistic / n)),
        dissimilarity=float(np.abs(shares[0] - shares[1]).sum() / 2),
        method=f"shared_named;adjusted_residuals;bonferroni;critical={critical:.4f}",
    )  # fmt: skip
    return row, residuals[0], critical


def _scheme_rows(aligned, full, named, residuals, critical, *, names, skip, bound) -> pd.DataFrame:
    """One row per aligned scheme, with share differences (Newcombe 95%) on the full totals.

    A scheme printed as a bound («более 300») has a share that is a bound too, and "other /
    not listed", the rest of an exact total, the opposite bound: the limit a bound leaves
    without meaning is left empty and the row's ``bound`` says which (``lower``: the value
    is a lower bound, so its upper limit is open).
    """
    totals = full.sum(axis=1)
    lower, upper = confint_proportions_2indep(
        full[0], totals[0], full[1], totals[1], method="newcomb", compare="diff"
    )
    residual = np.full(len(aligned), np.nan)
    residual[named] = residuals
    # the test compares shares within the named schemes both sides list: report those too,
    # so a reading never puts "higher" beside two shares of different totals
    within = np.where(named[None, :], full, 0).astype(float)
    sums = within.sum(axis=1, keepdims=True)
    within = within / np.where(sums > 0, sums, np.nan)
    direction = np.where(
        np.abs(residual) <= critical, "similar", np.where(residual > 0, "over", "under")
    )
    direction = np.where(named, "undetermined" if skip else direction, "not_tested")
    sides = pd.Series("", index=aligned.index)
    if bound:
        side = "upper" if bound["qualifier"].endswith("at_most") else "lower"
        sides[aligned["scheme"] == bound["scheme"]] = side
        sides[aligned["scheme"] == UNLISTED] = "lower" if side == "upper" else "upper"
    open_upper = (sides == "lower").to_numpy()
    open_lower = (sides == "upper").to_numpy()
    return pd.DataFrame(
        {
            "place": names[0], "reference": names[1], "scheme": aligned["scheme"],
            "count": full[0].astype(int), "count_reference": full[1].astype(int),
            "share": full[0] / totals[0], "share_reference": full[1] / totals[1],
            "share_difference": full[0] / totals[0] - full[1] / totals[1],
            "share_among_shared": np.where(named, within[0], np.nan),
            "share_among_shared_reference": np.where(named, within[1], np.nan),
            "difference_ci_lower": np.where(open_lower, np.nan, lower),
            "difference_ci_upper": np.where(open_upper, np.nan, upper), "bound": sides.to_numpy(),
            "expected": np.nan, "residual": residual, "direction": direction,
            "merged_from": aligned["merged_a"], "merged_from_reference": aligned["merged_b"],
            "method": "newcomb;shared_named" if not skip else skip,
        }
    )[MIX_SCHEME_COLUMNS]  # fmt: skip
