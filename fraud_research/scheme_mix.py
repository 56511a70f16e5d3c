"""Compare two scheme mixes: two regions, two years, or a region against the country.

Two tables of scheme counts are aligned through the taxonomy (schemes one side
does not list are merged into the explicit ``not_listed`` row, "other / not
listed"), then compared with a chi-square test of homogeneity, or a Monte-Carlo
test with a seed when expected counts are small. Cramér's V gives the size of
the difference, and adjusted standardised residuals
``(o - e) / sqrt(e (1 - r/n) (1 - c/n))`` say which schemes drive it, with a
plain reading in the reader's language.

Examples
--------
Turkestan 2025 against the country, 2025:

>>> result = scheme_mix_against_reference(place="turkestan", year=2025)
>>> result.test[["statistic", "dof", "cramers_v"]].round(3).values.tolist()
[[56.742, 3.0, 0.044]]
>>> print(result.schemes["reading"].iloc[0])
Calls posing as bank, police, state, telecom or post staff are over-represented in Turkestan Region compared with Kazakhstan: 40.3% vs 30.7%
"""

from __future__ import annotations

from dataclasses import dataclass, field

import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
from scipy import stats

from .compare import check_like_with_like
from .dataset import load_figures, load_schemes
from .errors import InsufficientDataError, ParameterError
from .labels import label_place, label_scheme, translate
from .panel import check_place, select_panel
from .shares import UNLISTED, scheme_counts

TEST_COLUMNS = [
    "place",
    "reference",
    "statistic",
    "dof",
    "p_value",
    "cramers_v",
    "n",
    "min_expected",
    "test",
    "caveat",
    "method",
]
SCHEME_COLUMNS = [
    "place",
    "reference",
    "scheme",
    "count",
    "count_reference",
    "share",
    "share_reference",
    "expected",
    "residual",
    "direction",
    "reading",
    "merged_from",
    "merged_from_reference",
    "method",
]
SCHEME_TABLE_COLUMNS = [
    "place",
    "year",
    "period_kind",
    "period_start",
    "period_end",
    "scheme",
    "count",
    "qualifier",
    "figure_id",
    "source_url",
]


@dataclass
class SchemeMixResult:
    """Outcome of a scheme-mix comparison.

    Attributes
    ----------
    test : DataFrame
        One row per comparison: ``place``, ``reference``, ``statistic``, ``dof``,
        ``p_value``, ``cramers_v``, ``n``, ``min_expected``, ``test``, ``caveat``, ``method``.
    schemes : DataFrame
        One row per aligned scheme: counts, shares, expected count, adjusted
        residual, ``direction`` and a plain ``reading``.
    caveats : list of str
        Sentences a reader must see next to the result.

    Examples
    --------
    >>> result = scheme_mix_against_reference(place="turkestan", year=2025)
    >>> isinstance(result, SchemeMixResult)
    True
    >>> result.test[["place", "reference", "test"]].values.tolist()
    [['turkestan', 'kazakhstan', 'chi-square test of homogeneity']]
    >>> result.schemes[["scheme", "count", "direction"]].values.tolist()
    [['impersonation_call', 340, 'over'], ['prepayment', 255, 'similar'], ['fake_investment', 98, 'similar'], ['not_listed', 150, 'under']]
    >>> print(result.caveats[0])  # doctest: +ELLIPSIS
    the Kazakhstan figures include Turkestan Region's own cases (843 of 27892, 3.0%), so ...
    """

    test: pd.DataFrame
    schemes: pd.DataFrame
    caveats: list[str] = field(default_factory=list)


def scheme_table(
    figures: pd.DataFrame | None = None,
    *,
    place: str,
    year: int,
    metric: str = "cases_registered",
    period_kind: str = "full_year",
) -> pd.DataFrame:
    """Return the scheme counts of one place and period, with the unlisted rest as ``not_listed``.

    One figure per scheme is chosen by the rule of
    :func:`~fraud_research.panel.select_panel`. The total of the same period
    (when published) turns the cases no scheme covers into a ``not_listed`` row.

    Returns
    -------
    DataFrame
        Columns of ``SCHEME_TABLE_COLUMNS``; empty when the place has no scheme
        breakdown for that period.

    Raises
    ------
    ParameterError
        For an unknown place, several periods of the kind in the year, or schemes
        adding up to more than their total.

    Examples
    --------
    >>> table = scheme_table(place="kazakhstan", year=2025)
    >>> table[["scheme", "count"]].values.tolist()
    [['impersonation_call', 8554], ['prepayment', 8357], ['fake_investment', 3110], ['not_listed', 7871]]
    """
    figures = load_figures() if figures is None else figures
    check_place(place)
    partial = period_kind != "full_year"
    parts = []
    for scheme in load_schemes().index:
        panel = select_panel(
            figures, place=place, metric=metric, scheme=scheme, include_partial=partial
        )
        parts.append(panel[(panel["year"] == year) & (panel["period_kind"] == period_kind)])
    rows = pd.concat([p for p in parts if not p.empty] or [pd.DataFrame(columns=parts[0].columns)])
    if rows.empty:
        return pd.DataFrame(columns=SCHEME_TABLE_COLUMNS)
    periods = rows[["period_start", "period_end"]].drop_duplicates()
    if len(periods) > 1:
        raise ParameterError(
            f"{place} has scheme figures for several {period_kind} periods in {year}; "
            "select one period before comparing"
        )
    totals = select_panel(figures, place=place, metric=metric, include_partial=partial)
    key = periods.iloc[0]
    same = totals[
        (totals["year"] == year)
        & (totals["period_kind"] == period_kind)
        & (
            totals["period_start"].fillna(pd.Timestamp(0))
            == (key["period_start"] if pd.notna(key["period_start"]) else pd.Timestamp(0))
        )
        & (
            totals["period_end"].fillna(pd.Timestamp(0))
            == (key["period_end"] if pd.notna(key["period_end"]) else pd.Timestamp(0))
        )
    ]
    total = int(same["value"].iloc[0]) if not same.empty else None
    counts = scheme_counts(rows[["scheme", "value"]], total=total)
    table = rows[
        SCHEME_TABLE_COLUMNS[:5] + ["scheme", "value", "qualifier", "figure_id", "source_url"]
    ]
    table = table.rename(columns={"value": "count"}).reset_index(drop=True)
    table["count"] = table["count"].astype(int)
    if UNLISTED in counts.index:
        first = table.iloc[0]
        extra = {c: first[c] for c in SCHEME_TABLE_COLUMNS[:5]}
        extra.update(
            scheme=UNLISTED,
            count=int(counts[UNLISTED]),
            qualifier="derived: total minus listed schemes",
            figure_id=same["figure_id"].iloc[0],
            source_url=same["source_url"].iloc[0],
        )
        table = pd.concat([table, pd.DataFrame([extra])], ignore_index=True)
    return table[SCHEME_TABLE_COLUMNS]


def _as_counts(table, name: str, mapping: dict | None) -> pd.Series:
    if isinstance(table, pd.DataFrame):
        if not {"scheme", "count"} <= set(table.columns):
            raise ParameterError(f"{name}: a scheme table needs columns 'scheme' and 'count'")
        counts = table.groupby("scheme", sort=False)["count"].sum()
    else:
        counts = pd.Series(table, dtype=float)
    valid = {*load_schemes().index, UNLISTED}
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
            "fraud_research.crosswalk.crosswalk_mapping(framework=...) passed as mapping"
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
        Counts indexed by scheme id, or scheme tables (:func:`scheme_table`).
    names : tuple of str, keyword-only
        Names of the two sides in messages.
    mapping_a, mapping_b : dict, optional
        ``{category: scheme id}`` for tables in another taxonomy (see
        :func:`fraud_research.crosswalk.crosswalk_mapping`); categories the mapping
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
    lang: str = "en",
    alpha: float = 0.05,
    min_expected: float = 5.0,
    n_simulations: int = 20_000,
    seed: int = 0,
    adjust: str | None = None,
    mapping_a: dict | None = None,
    mapping_b: dict | None = None,
    caveats: list[str] | tuple[str, ...] = (),
) -> SchemeMixResult:
    """Test whether two scheme mixes differ, and say which schemes drive the difference.

    Parameters
    ----------
    a, b : Series or DataFrame
        Scheme counts (index = scheme id) or scheme tables from :func:`scheme_table`.
        With scheme tables the periods are checked first
        (:func:`~fraud_research.compare.check_like_with_like`).
    names : tuple of str, keyword-only
        Place ids (shown as place names) or free labels for the two sides.
    lang : {"en", "ru", "kk"}, keyword-only
        Language of the readings and labels.
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
    caveats : sequence of str, keyword-only
        Extra sentences to carry into the result.

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

    >>> result = compare_scheme_mix(scheme_table(place="kazakhstan", year=2025),
    ...                             scheme_table(place="kazakhstan", year=2024),
    ...                             names=("2025", "2024"))
    >>> result.schemes[["scheme", "direction"]].values.tolist()
    [['impersonation_call', 'over'], ['prepayment', 'under'], ['fake_investment', 'over'], ['not_listed', 'under']]
    """
    caveats = list(caveats)
    if isinstance(a, pd.DataFrame) and isinstance(b, pd.DataFrame) and "period_kind" in a:
        periods = check_like_with_like(a, b, names=names, adjust=adjust)
        labels = [label for label in periods["adjustment"] if label]
        if labels:
            caveats.append(translate("caveat_periods_differ", lang))
    else:
        caveats.append(translate("caveat_plain_counts", lang))
    for side, table in zip(names, (a, b), strict=True):
        if isinstance(table, pd.DataFrame) and "qualifier" in table:
            loose = table[
                ~table["qualifier"].isin(["exact"]) & ~table["qualifier"].str.startswith("derived")
            ]
            for row in loose.itertuples():
                caveats.append(
                    translate(
                        "caveat_qualifier",
                        lang,
                        place=_name(side, lang),
                        scheme=label_scheme(row.scheme, lang),
                        qualifier=row.qualifier,
                    )
                )
    aligned = align_scheme_counts(a, b, names=names, mapping_a=mapping_a, mapping_b=mapping_b)
    table = aligned[["count_a", "count_b"]].to_numpy(dtype=float).T
    if (table.sum(axis=1) == 0).any():
        raise ParameterError("one side has no cases in the aligned categories; nothing to compare")
    n = table.sum()
    rows_sum = table.sum(axis=1, keepdims=True)
    cols_sum = table.sum(axis=0, keepdims=True)
    expected = rows_sum * cols_sum / n
    statistic = _chi2(table)
    dof = (table.shape[0] - 1) * (table.shape[1] - 1)
    if expected.min() >= min_expected:
        p_value = float(stats.chi2.sf(statistic, dof))
        test_name = "chi-square test of homogeneity"
    else:
        draws = stats.random_table(
            rows_sum.ravel().astype(int), cols_sum.ravel().astype(int), seed=seed
        ).rvs(n_simulations)
        simulated = np.array([_chi2(d.astype(float)) for d in draws])
        p_value = float((1 + (simulated >= statistic - 1e-9).sum()) / (n_simulations + 1))
        test_name = (
            f"Monte-Carlo chi-square test ({n_simulations} tables with fixed margins, "
            f"seed {seed}; smallest expected count {expected.min():.1f} < {min_expected:g})"
        )
    cramers_v = float(np.sqrt(statistic / (n * (min(table.shape) - 1))))
    residuals = (table - expected) / np.sqrt(expected * (1 - rows_sum / n) * (1 - cols_sum / n))
    k = table.shape[1]
    critical = float(stats.norm.ppf(1 - alpha / (2 * k)))
    share_a = table[0] / table[0].sum()
    share_b = table[1] / table[1].sum()
    direction = np.where(
        np.abs(residuals[0]) <= critical, "similar", np.where(residuals[0] > 0, "over", "under")
    )
    key = {"over": "reading_over", "under": "reading_under", "similar": "reading_similar"}
    place, reference = _name(names[0], lang), _name(names[1], lang)
    readings = [
        translate(
            key[d],
            lang,
            scheme=label_scheme(s, lang),
            place=place,
            reference=reference,
            share=sa,
            share_reference=sb,
        )
        for s, d, sa, sb in zip(aligned["scheme"], direction, share_a, share_b, strict=True)
    ]
    method = (
        f"{test_name}; Cramér's V; adjusted standardised residuals, clear beyond "
        f"±{critical:.2f} (Bonferroni over {k} schemes at {alpha:g})"
    )
    schemes = pd.DataFrame(
        {
            "place": names[0],
            "reference": names[1],
            "scheme": aligned["scheme"],
            "count": table[0].astype(int),
            "count_reference": table[1].astype(int),
            "share": share_a,
            "share_reference": share_b,
            "expected": expected[0],
            "residual": residuals[0],
            "direction": direction,
            "reading": readings,
            "merged_from": aligned["merged_a"],
            "merged_from_reference": aligned["merged_b"],
            "method": method,
        }
    )
    if aligned["merged_a"].str.len().gt(0).any() or aligned["merged_b"].str.len().gt(0).any():

        def merged(text: str) -> str:
            return ", ".join(label_scheme(s, lang) for s in text.split(", ")) if text else "-"

        caveats.append(
            translate(
                "caveat_merged",
                lang,
                unlisted=label_scheme(UNLISTED, lang),
                place=place,
                reference=reference,
                merged=merged(aligned["merged_a"].iloc[-1]),
                merged_reference=merged(aligned["merged_b"].iloc[-1]),
            )
        )
    test = pd.DataFrame(
        [
            {
                "place": names[0],
                "reference": names[1],
                "statistic": statistic,
                "dof": dof,
                "p_value": p_value,
                "cramers_v": cramers_v,
                "n": int(n),
                "min_expected": float(expected.min()),
                "test": test_name,
                "caveat": "; ".join(caveats),
                "method": method,
            }
        ]
    )
    return SchemeMixResult(test=test, schemes=schemes, caveats=caveats)


def _name(name: str, lang: str) -> str:
    try:
        return label_place(name, lang)
    except ParameterError:
        return name


def scheme_mix_against_reference(
    figures: pd.DataFrame | None = None,
    *,
    place: str,
    year: int,
    reference: str = "kazakhstan",
    versus: str = "reference",
    lang: str = "en",
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
    ('rest of the country', [8214, 8102, 3012, 7721])
    """
    if versus not in ("reference", "rest_of_country"):
        raise ParameterError(f"versus must be 'reference' or 'rest_of_country', got {versus!r}")
    figures = load_figures() if figures is None else figures
    a = scheme_table(figures, place=place, year=year)
    b = scheme_table(figures, place=reference, year=year)
    for who, table in ((place, a), (reference, b)):
        if table.empty:
            raise InsufficientDataError(
                f"no full-year scheme breakdown for {who} in {year}; a scheme-mix comparison "
                "needs one on both sides"
            )
    caveats = []
    if versus == "reference":
        share = a["count"].sum() / b["count"].sum()
        caveats.append(
            translate(
                "caveat_overlap",
                lang,
                reference=_name(reference, lang),
                place=_name(place, lang),
                n_place=int(a["count"].sum()),
                n_reference=int(b["count"].sum()),
                share=share,
            )
        )
        return compare_scheme_mix(
            a, b, names=(place, reference), lang=lang, caveats=caveats, **options
        )
    check_like_with_like(a, b, names=(place, reference), adjust=options.get("adjust"))
    rest = rest_of_country(b, a, names=(reference, place))
    label = translate("rest_of_country", lang)
    caveats.append(
        translate(
            "caveat_rest",
            lang,
            rest=label,
            reference=_name(reference, lang),
            place=_name(place, lang),
        )
    )
    return compare_scheme_mix(
        a.drop(columns=["period_kind"]),
        rest,
        names=(place, label),
        lang=lang,
        caveats=caveats,
        **{k: v for k, v in options.items() if k != "adjust"},
    )


def scheme_mix_all(
    figures: pd.DataFrame | None = None,
    *,
    year: int,
    reference: str = "kazakhstan",
    places: list[str] | tuple[str, ...] | None = None,
    lang: str = "en",
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
    mask = (
        (figures["scheme"] != "")
        & (figures["year"] == year)
        & (figures["period_kind"] == "full_year")
        & (figures["metric"] == "cases_registered")
    )
    with_mix = sorted(set(figures.loc[mask, "place"]) - {reference})
    chosen = [p for p in with_mix if not places or p in places]
    tests, schemes, caveats = [], [], []
    for place in chosen:
        result = scheme_mix_against_reference(
            figures, place=place, year=year, reference=reference, lang=lang, **options
        )
        tests.append(result.test)
        schemes.append(result.schemes)
        caveats.extend(result.caveats)
    missing = [p for p in (places or []) if p not in with_mix and p != reference]
    if missing:
        caveats.append(
            translate(
                "caveat_no_breakdown",
                lang,
                year=year,
                places=", ".join(_name(p, lang) for p in missing),
            )
        )
    if not tests:
        caveats.append(
            f"no place has a full-year scheme breakdown in {year} to compare with "
            f"{_name(reference, lang)}"
        )
        return SchemeMixResult(
            test=pd.DataFrame(columns=TEST_COLUMNS),
            schemes=pd.DataFrame(columns=SCHEME_COLUMNS),
            caveats=caveats,
        )
    return SchemeMixResult(
        test=pd.concat(tests, ignore_index=True),
        schemes=pd.concat(schemes, ignore_index=True),
        caveats=caveats,
    )


def plot_scheme_mix(
    result: SchemeMixResult, *, lang: str = "en", ax: plt.Axes | None = None
) -> plt.Axes:
    """Draw the two scheme mixes side by side as horizontal bars of shares.

    Examples
    --------
    >>> ax = plot_scheme_mix(scheme_mix_against_reference(place="turkestan", year=2025), lang="ru")
    >>> len(ax.patches), ax.get_xlabel()
    (8, 'Доля случаев')
    """
    ax = plt.gca() if ax is None else ax
    schemes = result.schemes
    y = np.arange(len(schemes))[::-1]
    height = 0.4
    place, reference = schemes["place"].iloc[0], schemes["reference"].iloc[0]
    ax.barh(y + height / 2, schemes["share"], height, label=_name(place, lang))
    ax.barh(y - height / 2, schemes["share_reference"], height, label=_name(reference, lang))
    ax.set_yticks(y, [label_scheme(s, lang) for s in schemes["scheme"]], fontsize=8)
    ax.set_xlabel(translate("share_axis", lang))
    ax.legend(fontsize=8)
    return ax


def plot_scheme_mix_grid(result: SchemeMixResult, *, lang: str = "en") -> plt.Figure:
    """Draw one panel of shares per compared place (a figure-level plot, like a seaborn grid).

    Examples
    --------
    >>> fig = plot_scheme_mix_grid(scheme_mix_all(year=2025))
    >>> len(fig.axes)
    2
    """
    places = list(dict.fromkeys(result.schemes["place"]))
    fig, axes = plt.subplots(
        max(len(places), 1), 1, figsize=(8, 2.2 + 1.6 * max(len(places), 1)), squeeze=False
    )
    if not places:
        axes[0, 0].text(0.5, 0.5, "-", ha="center")
        axes[0, 0].set_axis_off()
    for ax, place in zip(axes[:, 0], places, strict=False):
        part = result.schemes[result.schemes["place"] == place]
        plot_scheme_mix(SchemeMixResult(test=result.test, schemes=part), lang=lang, ax=ax)
    fig.tight_layout()
    return fig
