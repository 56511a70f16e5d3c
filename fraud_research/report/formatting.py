"""How numbers and tables look to a reader: one number formatter, one reader-table function.

Both reports, the index page and the plots format through here, so the same
number reads the same everywhere.

Examples
--------
>>> format_amount(1_665_783_000, "exact", unit="tenge")
'1 665 783 000 tenge'
"""

from __future__ import annotations

import functools
from collections.abc import Callable

import numpy as np
import pandas as pd

from .labels import check_language, column_label, label_value, qualifier_prefix, translate


def format_amount(
    value: float, qualifier: str = "exact", *, lang: str = "en", unit: str = ""
) -> str:
    """Write a figure with its qualifier for readers, e.g. ``at least 1 800 000 000 tenge``.

    Examples
    --------
    >>> format_amount(1_665_783_000, "exact", unit="tenge")
    '1 665 783 000 tenge'
    >>> format_amount(1_000_000_000, "approx", lang="ru", unit="тенге")
    'около 1 000 000 000 тенге'
    >>> format_amount(1976017.7936, "exact", unit="tenge")
    '1 976 017.79 tenge'
    """
    word = qualifier_prefix(qualifier, check_language(lang))
    number = format_number(value, 0 if float(value).is_integer() else 2)
    return " ".join(part for part in (word, number, unit) if part)


def format_number(value, decimals: int = 0) -> str:
    """Write a number for readers: thousands separated by a space, a fixed number of decimals.

    Missing values show as a dash, booleans as a tick, dates as ISO dates; text is
    returned as it is.

    Examples
    --------
    >>> format_number(1665783000), format_number(39.1296, 2), format_number(None)
    ('1 665 783 000', '39.13', '—')
    """
    if not isinstance(value, str) and pd.isna(value):
        return "—"
    if isinstance(value, (bool,)):
        return "✓" if value else ""
    if isinstance(value, pd.Timestamp):
        return str(value.date())
    if isinstance(value, (int, float)) or hasattr(value, "dtype"):
        return f"{value:,.{decimals}f}".replace(",", " ")
    return str(value)


#: Decimals shown per column in reader tables; other numbers are shown whole.
_DECIMALS = {
    "estimate": 2,
    "ci_lower": 2,
    "ci_upper": 2,
    "wilson_lower": 4,
    "wilson_upper": 4,
    "count_ci_lower": 1,
    "count_ci_upper": 1,
    "rate_ci_lower": 2,
    "rate_ci_upper": 2,
    "ratio": 4,
    "ratio_to_national": 3,
    "ratio_ci_lower": 3,
    "ratio_ci_upper": 3,
    "statistic": 2,
    "cramers_v": 3,
    "residual": 2,
    "expected": 1,
    "aicc": 2,
    "rolling_origin_mae": 1,
    "rate": 2,
    "average_loss": 2,
}


_SHARE_COLUMNS = (
    "share",
    "share_reference",
    "share_ci_lower",
    "share_ci_upper",
    "wilson_lower",
    "wilson_upper",
)
_P_VALUE_COLUMNS = ("p_value", "p_adjusted")


def format_p_value(p) -> str:
    """Write a p-value as a reader should see it: four decimals, or ``<0.0001``, never ``0.0``.

    Examples
    --------
    >>> format_p_value(2.9e-12), format_p_value(0.0416), format_p_value(float("nan"))
    ('<0.0001', '0.0416', '—')
    """
    if pd.isna(p):
        return "—"
    return "<0.0001" if p < 0.0001 else f"{p:.4f}"


def reader_table(frame: pd.DataFrame, *, lang: str = "en", decimals: dict | None = None):
    """Return a table for readers: translated headings, no index, numbers with thin spacing.

    Parameters
    ----------
    frame : DataFrame
        A tidy table from the library (snake_case columns).
    lang : {"en", "ru", "kk"}
        Language of the headings and coded values (qualifiers).
    decimals : dict, optional
        Decimals per column (defaults cover the library's usual columns).

    Returns
    -------
    pandas.io.formats.style.Styler
        Renders as an HTML table in notebooks and in the exported report.

    Examples
    --------
    >>> table = pd.DataFrame({"year": [2025], "count": [843], "qualifier": ["at_least"]})
    >>> html = reader_table(table, lang="ru").to_html()
    >>> "Год" in html and "843" in html and "не менее" in html
    True
    """
    check_language(lang)
    decimals = {**_DECIMALS, **(decimals or {})}
    shown = frame.copy()
    for column in ("qualifier", "qualifiers", "cases_qualifier", "damage_qualifier"):
        if column in shown:
            shown[column] = [
                "/".join(label_value(part, lang) or "exact" for part in str(v).split("/"))
                if isinstance(v, str)
                else v
                for v in shown[column]
            ]
    formatters = {}
    for column in shown.columns:
        if column in _P_VALUE_COLUMNS:
            formatters[column] = format_p_value
        elif column in _SHARE_COLUMNS:
            formatters[column] = lambda v: "—" if pd.isna(v) else f"{v:.1%}"
        elif column in ("year", "from_year", "to_year", "horizon", "rank", "n_params", "n_sources"):
            formatters[column] = lambda v: "—" if pd.isna(v) else str(int(v))
        else:
            formatters[column] = functools.partial(format_number, decimals=decimals.get(column, 0))
    shown = shown.rename(columns={c: column_label(c, lang) for c in shown.columns})
    formatters = {column_label(c, lang): f for c, f in formatters.items()}
    return shown.style.format(formatters).hide(axis="index")


def format_short(value, *, lang: str = "en", full: bool = False) -> str:
    """Write a large number briefly (``1.67 bn``, ``4.3 m``) or in full (``full=True``).

    Examples
    --------
    >>> format_short(1_665_783_000), format_short(4_270), format_short(987.4)
    ('1.67 bn', '4 270', '987')
    >>> format_short(2_277_000_000, full=True), format_short(float("inf"))
    ('2 277 000 000', 'unbounded')
    >>> format_short(1_665_783_000, lang="ru")
    '1.67 млрд'
    """
    x = float(value)
    if not np.isfinite(x):
        return translate("unbounded", lang) if x > 0 else "—"
    if not full and abs(x) >= 1e9:
        return f"{x / 1e9:.2f} {translate('billion_short', lang)}"
    if not full and abs(x) >= 1e6:
        return f"{x / 1e6:.1f} {translate('million_short', lang)}"
    return format_number(x, 0)


class MarkdownText(str):
    """Text that notebooks display as Markdown and Python prints as it is.

    Examples
    --------
    >>> text = MarkdownText("**843** cases")
    >>> print(text), text._repr_markdown_()
    **843** cases
    (None, '**843** cases')
    """

    def _repr_markdown_(self) -> str:
        return str(self)


def as_markdown(method: Callable[..., str]) -> Callable[..., MarkdownText]:
    """Decorate a method returning Markdown text so that notebooks display it as Markdown."""

    @functools.wraps(method)
    def wrapper(*args, **kwargs) -> MarkdownText:
        return MarkdownText(method(*args, **kwargs))

    return wrapper


def format_significant(value, digits: int = 2, *, lang: str = "en") -> str:
    """Write a derived or projected figure to ``digits`` significant figures (no false precision).

    Used for projections and figures derived from rounded inputs: their printed
    digits must not change with a random seed or imply more than the inputs hold.

    Examples
    --------
    >>> format_significant(4270.4), format_significant(978.6, 3), format_significant(1672240.8)
    ('4 300', '979', '1 700 000')
    >>> format_significant(float("nan")), format_significant(0)
    ('—', '0')
    """
    x = float(value)
    if not np.isfinite(x):
        return format_short(x, lang=lang)
    if x == 0:
        return "0"
    exponent = int(np.floor(np.log10(abs(x))))
    rounded = round(x, digits - 1 - exponent)
    return format_number(rounded, max(0, digits - 1 - exponent))
