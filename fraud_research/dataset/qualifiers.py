"""How a qualifier travels into a derived figure: sums, differences and ratios of published figures.

A figure printed «более 300» is a lower bound; a total printed «около 1 млрд» is
approximate. A number derived from such figures inherits what they were: the
rest of a total after its listed schemes, the sum of two counts, the mean loss
per case. These are the rules, written once and used by the dataset (remainder
rows), the statistics (ratios, changes) and the reports.

The qualifiers are those of the dataset (``exact``, ``at_least``, ``at_most``,
``approx``, ``rounded``) plus ``approx_at_least``, ``approx_at_most`` (a bound
that is itself approximate) and ``indeterminate`` (bounds that pull in opposite
directions: nothing can be said about the direction).

Examples
--------
>>> difference_qualifier("exact", "at_least")  # 981 cases, «более 300» of them by calls
'at_most'
>>> combine_ratio_qualifier("at_least", "exact")  # «более 1,8 млрд» / 564 cases
'at_least'
>>> sum_qualifier(["exact", "at_least"])
'at_least'

A derived figure also inherits how precisely its inputs were printed: the
average loss from damage «шамамен 1 млрд» supports two significant digits, not
the kopecks of a division (:func:`printed_digits`, :func:`derived_digits`).

>>> derived_digits(printed_digits(1_000_000_000, "approx"), printed_digits(598, "exact", count=True))
2
"""

from __future__ import annotations

from collections.abc import Iterable

#: Qualifiers that say a figure is not exact but carry no direction.
ROUGH = ("approx", "rounded")
#: Qualifiers that are one-sided bounds.
BOUNDS = ("at_least", "at_most")
#: Qualifiers of derived figures that are lower / upper bounds (also when approximate).
LOWER_BOUNDS = ("at_least", "approx_at_least")
UPPER_BOUNDS = ("at_most", "approx_at_most")
#: Significant digits a derived figure keeps at least; an approximate input («около») supports
#: no more (its second digit is already uncertain).
MIN_DIGITS = 2


def printed_digits(value: float, qualifier: str = "exact", *, count: bool = False) -> int | None:
    """Return the significant digits a published figure supports (None: exact, no limit).

    An exact count (843 cases) is exact. An amount is as precise as it was printed:
    «1 млрд 665 млн 783 тыс.» is printed to the thousand (7 digits), «2 миллиарда
    270 миллионов» to ten million (3); trailing zeros are not digits. An
    approximate figure («шамамен 1 млрд») supports :data:`MIN_DIGITS`; no figure
    supports fewer (one digit would round 1.67 to 2, more than the input is off).

    Parameters
    ----------
    value : float
        The figure as published.
    qualifier : str
        Its qualifier (``exact``, ``approx``, ``rounded``, ``at_least``, ...).
    count : bool, keyword-only
        True for a count of cases, whose ``exact`` value has no rounding at all.

    Examples
    --------
    >>> printed_digits(1_665_783_000), printed_digits(2_270_000_000), printed_digits(843, count=True)
    (7, 3, None)
    >>> printed_digits(1_000_000_000, "approx"), printed_digits(2500, "at_least", count=True)
    (2, 2)
    """
    if count and qualifier == "exact":
        return None
    if qualifier in ("approx", "approx_at_least", "approx_at_most", "indeterminate"):
        return MIN_DIGITS
    digits = len(str(abs(round(float(value)))).rstrip("0"))
    return max(MIN_DIGITS, digits)


def derived_digits(*digits: int | None) -> int | None:
    """Return the significant digits of a product or ratio: those of its least precise input.

    Examples
    --------
    >>> derived_digits(7, None), derived_digits(3, 2), derived_digits(None, None)
    (7, 2, None)
    """
    known = [d for d in digits if d is not None]
    return min(known) if known else None


def combine_ratio_qualifier(numerator: str, denominator: str) -> str:
    """Return the qualifier of ``numerator / denominator`` from those of its parts.

    A lower bound over an exact count is a lower bound; an approximate amount over
    a lower bound of cases is *at most about* the ratio; two bounds in the same
    direction leave the ratio without a direction (``indeterminate``).

    Examples
    --------
    >>> combine_ratio_qualifier("at_least", "exact")
    'at_least'
    >>> combine_ratio_qualifier("exact", "at_least")
    'at_most'
    >>> combine_ratio_qualifier("rounded", "exact")
    'approx'
    >>> combine_ratio_qualifier("rounded", "at_least")
    'approx_at_most'
    >>> combine_ratio_qualifier("at_least", "at_least")
    'indeterminate'
    """
    # A ratio moves with its numerator and against its denominator, as a difference does.
    return difference_qualifier(numerator, denominator)


def sum_qualifier(qualifiers: Iterable[str]) -> str:
    """Return the qualifier of a sum of figures from the qualifiers of its terms.

    Lower bounds add up to a lower bound; a lower and an upper bound give no
    direction (``indeterminate``); a rough term makes the sum approximate.

    Examples
    --------
    >>> sum_qualifier(["exact", "exact"]), sum_qualifier(["exact", "rounded"])
    ('exact', 'approx')
    >>> sum_qualifier(["at_least", "approx"]), sum_qualifier(["at_least", "at_most"])
    ('approx_at_least', 'indeterminate')
    """
    kinds = set(qualifiers) or {"exact"}
    directions = {q.removeprefix("approx_") for q in kinds if q.endswith(BOUNDS)}
    rough = bool(kinds & set(ROUGH)) or any(q.startswith("approx_") for q in kinds)
    if "indeterminate" in kinds or len(directions) > 1:
        return "indeterminate"
    if directions:
        (direction,) = directions
        return f"approx_{direction}" if rough else direction
    return "approx" if rough else "exact"


def difference_qualifier(total: str, parts: str) -> str:
    """Return the qualifier of ``total - parts`` (the rest of a total after its listed parts).

    Subtracting a lower bound gives an upper bound, and subtracting from a lower
    bound gives a lower bound.

    Examples
    --------
    >>> difference_qualifier("exact", "exact"), difference_qualifier("at_least", "exact")
    ('exact', 'at_least')
    >>> difference_qualifier("exact", "at_least"), difference_qualifier("approx", "exact")
    ('at_most', 'approx')
    >>> difference_qualifier("at_least", "at_least")
    'indeterminate'
    """
    flipped = {
        "at_least": "at_most",
        "at_most": "at_least",
        "approx_at_least": "approx_at_most",
        "approx_at_most": "approx_at_least",
    }.get(parts, parts)
    return sum_qualifier([total, flipped])


def values_consistent(a: float, qualifier_a: str, b: float, qualifier_b: str) -> bool:
    """Whether two published figures for the same period can both be right.

    A bound is consistent with any value on its side of it: «более 11 000» does not
    contradict 12 390, nor «около 17 200» «более 14 000». Two figures that are not
    bounds must be equal (two outlets printing 1 104 and 1 134 million for the same
    briefing disagree, however close the numbers are).

    Examples
    --------
    >>> values_consistent(12390, "exact", 11000, "at_least")
    True
    >>> values_consistent(1104, "rounded", 1134, "rounded")
    False
    >>> values_consistent(300, "at_most", 400, "at_least")
    False
    """

    def interval(value: float, qualifier: str) -> tuple[float, float]:
        if qualifier.endswith("at_least"):
            return value, float("inf")
        if qualifier.endswith("at_most"):
            return 0.0, value
        return value, value

    low_a, high_a = interval(float(a), qualifier_a)
    low_b, high_b = interval(float(b), qualifier_b)
    return max(low_a, low_b) <= min(high_a, high_b)


def bound_side(qualifier: str) -> str:
    """Return which side a qualifier bounds: ``"lower"``, ``"upper"``, ``"undetermined"`` or ``""``.

    A figure printed «не менее 2 500» is a lower bound: a statement about it is
    one-sided. ``indeterminate`` (bounds pulling both ways) bounds nothing.

    Examples
    --------
    >>> [bound_side(q) for q in ("at_least", "approx_at_most", "indeterminate", "approx")]
    ['lower', 'upper', 'undetermined', '']
    """
    if qualifier in LOWER_BOUNDS:
        return "lower"
    if qualifier in UPPER_BOUNDS:
        return "upper"
    return "undetermined" if qualifier == "indeterminate" else ""


def open_limits(bound: str) -> tuple[str, ...]:
    """Return the interval limits a bound leaves without meaning (shown as open, not computed).

    The upper limit of an interval around a lower bound («не менее 2 500» cases) says
    nothing: the true count may be any larger number.

    Examples
    --------
    >>> open_limits("lower"), open_limits("undetermined"), open_limits("")
    (('upper',), ('lower', 'upper'), ())
    """
    return {"lower": ("upper",), "upper": ("lower",), "undetermined": ("lower", "upper")}.get(
        bound, ()
    )
