"""How numbers and tables look to a reader: one number formatter, one reader-table function.

Both reports, the index page and the plots format through here, so the same
number reads the same everywhere.

Examples
--------
>>> format_amount(1_665_783_000, "exact", unit="tenge").replace(THIN, " ")
'1 665 783 000 tenge'
"""

from __future__ import annotations

import functools
import html
import math
import re
import textwrap
from collections.abc import Callable

import numpy as np
import pandas as pd

from ..dataset.qualifiers import bound_side, open_limits
from .labels import check_language, column_label, label_value, qualifier_prefix, translate
from .numerals import THIN, with_decimal_mark


def format_amount(
    value: float, qualifier: str = "exact", *, lang: str = "en", unit: str = ""
) -> str:
    """Write a figure with its qualifier for readers, e.g. ``at least 1 800 000 000 tenge``.

    Amounts of a thousand or more are written whole: a mean of published totals
    has no meaningful kopecks.

    Examples
    --------
    >>> format_amount(1_665_783_000, "exact", unit="tenge").replace(THIN, " ")
    '1 665 783 000 tenge'
    >>> format_amount(1_000_000_000, "approx", lang="ru", unit="тенге").replace(THIN, " ")
    'около 1 000 000 000 тенге'
    >>> format_amount(1976017.7936, "exact")
    '1\u202f976\u202f018'
    """
    word = qualifier_prefix(qualifier, check_language(lang))
    decimals = 0 if float(value).is_integer() or abs(value) >= 1000 else 2
    number = format_number(value, decimals, lang=lang)
    return " ".join(part for part in (word, number, unit) if part)


def format_rate(value: float, qualifier: str = "exact", *, lang: str = "en") -> str:
    """Write a rate per 100 000 with one decimal and its qualifier.

    A bound is rounded the way it bounds: a lower bound down, an upper bound up, so
    "at least" never claims more than the figures give.

    Examples
    --------
    >>> format_rate(39.18), format_rate(107.753, "at_least"), format_rate(2.21, "at_most", lang="ru")
    ('39.2', 'at least 107.7', 'не более 2,3')
    """
    x = round_bound(float(value), bound_side(qualifier), 1)
    return f"{qualifier_prefix(qualifier, lang)} {format_number(x, 1, lang=lang)}".strip()


def sentence_start(text: str) -> str:
    """Capitalise a sentence's first letter: a finding may open with a place's name or a bound
    word («город Алматы: …», "at least 2 500 …"). A number or a sign first stays as it is.

    Examples
    --------
    >>> sentence_start("at least 2 500 cases"), sentence_start("«город» и"), sentence_start("+41%")
    ('At least 2 500 cases', '«Город» и', '+41%')
    """
    for k, char in enumerate(text):
        if char.isalpha():
            return text[:k] + char.upper() + text[k + 1 :]
        if char.isdigit():
            return text
    return text


#: How a chart or a short label marks a value that is a bound («не менее 2 500»: ≥107.7).
_BOUND_MARKS = {"lower": "≥", "upper": "≤"}


def bound_label(value: float, side: str, decimals: int, write: Callable[[float], str]) -> str:
    """Write a short label (a chart's) of a value that may be a bound: rounded the way it
    bounds and marked ≥ or ≤; ``write`` writes the rounded number.

    Examples
    --------
    >>> bound_label(107.753, "lower", 1, lambda v: f"{v:.1f}"), bound_label(39.18, "", 1, str)
    ('≥107.7', '39.18')
    """
    return _BOUND_MARKS.get(side, "") + write(round_bound(value, side, decimals))


def round_bound(value: float, side: str, decimals: int) -> float:
    """Round a bound the way it bounds, to ``decimals``: a lower bound down, an upper bound up.

    Other values (``side`` "" or "undetermined", missing values) are returned as they are.

    Examples
    --------
    >>> round_bound(107.753, "lower", 1), round_bound(0.7877, "lower", 2), round_bound(2.21, "upper", 1)
    (107.7, 0.78, 2.3)
    """
    if side not in ("lower", "upper") or value is None or pd.isna(value):
        return value
    scaled = round(float(value) * 10**decimals, 9)  # 1.36 stays 1.36, not 1.3600000000000001
    return (math.floor(scaled) if side == "lower" else math.ceil(scaled)) / 10**decimals


#: Each trend model's own measure of variation beyond Poisson, and its symbol.
_DISPERSION_SYMBOLS = {
    "quasi_poisson": "φ",
    "negbin": "α",
    "loglinear": "σ²",
    "loglinear_pooled": "σ²",
}


def dispersion_text(model: str, value, *, lang: str = "en") -> str:
    """Write a trend model's variation beyond Poisson on its own scale, with its symbol.

    The models measure it differently (quasi-Poisson's φ is 1 for Poisson variation,
    the negative binomial's α and the log-linear σ² are 0), so each value carries its
    symbol; Poisson's is fixed, and a model without one gets a dash.

    Examples
    --------
    >>> dispersion_text("quasi_poisson", 8.74951), dispersion_text("negbin", 0.0030184)
    ('φ = 8.75', 'α = 0.00302')
    >>> dispersion_text("poisson", 0.0), dispersion_text("naive", float("nan"))
    ('φ = 1 (fixed)', '—')
    """
    if model == "poisson":
        return f"φ = 1 ({translate('fixed', lang)})"
    if model not in _DISPERSION_SYMBOLS or value is None or pd.isna(value):
        return "—"
    return f"{_DISPERSION_SYMBOLS[model]} = {with_decimal_mark(f'{float(value):.3g}', lang)}"


def format_number(value, decimals: int = 0, *, lang: str = "en") -> str:
    """Write a number for readers: thousands split by a narrow no-break space, fixed decimals.

    Missing values read "not published", booleans "yes"/"no" and dates as ISO
    dates, in the reader's language; text is returned as it is.

    Examples
    --------
    >>> format_number(1665783000).replace(THIN, " "), format_number(39.1296, 1)
    ('1 665 783 000', '39.1')
    >>> format_number(39.1296, 1, lang="ru")
    '39,1'
    >>> format_number(None, lang="ru"), format_number(True, lang="kk"), format_number(pd.NaT)
    ('не опубликовано', 'иә', 'not published')
    """
    if isinstance(value, (bool, np.bool_)):
        return translate("yes" if value else "no", lang)
    if not isinstance(value, str) and pd.isna(value):
        return translate("not_published", lang)
    if isinstance(value, pd.Timestamp):
        return str(value.date())
    if isinstance(value, (int, float)) or hasattr(value, "dtype"):
        if not np.isfinite(float(value)):
            return translate("unbounded", lang)
        return with_decimal_mark(f"{value:,.{decimals}f}".replace(",", THIN), lang)
    return str(value)


def wrap_label(text: str, width: int) -> str:
    """Wrap a chart label to ``width`` characters, never inside a number («100 000» stays whole).

    Examples
    --------
    >>> print(wrap_label("Случаев на 100 000 жителей", 14))
    Случаев на
    100 000
    жителей
    """
    # textwrap breaks at ASCII spaces only: a no-break space holds the groups together
    kept = re.sub(r"(?<=\d) (?=\d{3}\b)", "\u00a0", str(text))
    return textwrap.fill(kept, width).replace("\u00a0", " ")


def format_limit(
    value, *, side: str, text: Callable[[float], str] | None = None, lang: str = "en"
) -> str:
    """Write one limit of an interval; an open limit (a bound left it empty) reads 0 or ∞.

    A rate from «не менее 2 500» cases has a lower limit only: the interval is
    ``[103.6, ∞)``, written ``103.6–∞``. Rates, shares and ratios are never negative,
    so an open lower limit is 0 in ``text``'s terms.

    Examples
    --------
    >>> format_limit(103.57, side="lower"), format_limit(float("nan"), side="upper")
    ('103.6', '∞')
    >>> format_limit(float("nan"), side="lower", text=lambda r: f"{(r - 1) * 100:+.0f}%")
    '-100%'
    >>> format_limit(103.57, side="lower", lang="kk")
    '103,6'
    """
    if text is None:
        text = functools.partial(format_number, decimals=1, lang=lang)
    if value is not None and np.isfinite(float(value)):
        return text(float(value))
    return "∞" if side == "upper" else text(0.0)


def format_percent(value, *, lang: str = "en", signed: bool = False, bound: str = "") -> str:
    """Write a share as a percentage with one decimal (``0.4033`` -> ``40.3%``).

    A share that is a bound (``bound`` "lower" or "upper") is rounded the way it bounds and
    says so: 300 of 981 cases printed «более 300» is at least 30.5% (30.58), not 30.6%.

    Examples
    --------
    >>> format_percent(0.4033), format_percent(0.41, signed=True), format_percent(None)
    ('40.3%', '+41.0%', 'not published')
    >>> format_percent(0.30581, bound="lower"), format_percent(0.69419, bound="upper", lang="ru")
    ('at least 30.5%', 'не более 69,5%')
    """
    if value is None or pd.isna(value):
        return translate("not_published", lang)
    if bound in ("lower", "upper"):
        word = qualifier_prefix("at_least" if bound == "lower" else "at_most", lang)
        return f"{word} {format_percent(round_bound(value, bound, 3), lang=lang, signed=signed)}"
    return with_decimal_mark(f"{value:+.1%}" if signed else f"{value:.1%}", lang)


def format_points(value, *, lang: str = "en") -> str:
    """Write a difference of two shares in percentage points, signed, with one decimal.

    Examples
    --------
    >>> format_points(0.1004), format_points(-0.108, lang="ru"), format_points(None)
    ('+10.0 pp', '-10,8 п.п.', 'not published')
    """
    if value is None or pd.isna(value):
        return translate("not_published", lang)
    return f"{with_decimal_mark(f'{value * 100:+.1f}', lang)} {translate('points_short', lang)}"


#: Decimals shown per column in reader tables; other numbers are shown whole.
_DECIMALS = {
    "estimate": 2,
    "ci_lower": 2,
    "ci_upper": 2,
    "ratio": 2,
    "ratio_to_national": 2,
    "ratio_ci_lower": 2,
    "ratio_ci_upper": 2,
    "statistic": 1,
    "cramers_v": 2,
    "residual": 1,
    "expected": 1,
    "aicc": 1,
    "rolling_origin_mae": 0,
    "rate": 1,
    "rate_ci_lower": 1,
    "rate_ci_upper": 1,
    "average_loss": 0,
}


_SHARE_COLUMNS = (
    "share",
    "share_reference",
    "share_ci_lower",
    "share_ci_upper",
    "wilson_lower",
    "wilson_upper",
    "dissimilarity",
    "share_among_shared",
    "share_among_shared_reference",
)
#: Differences of two shares, in percentage points.
_POINT_COLUMNS = ("share_difference", "difference_ci_lower", "difference_ci_upper")
#: Point estimates a bound makes one-sided, with the decimals they are shown at (a share's
#: one decimal of a percent is three of the fraction).
_BOUNDED_ESTIMATES = {"rate": 1, "ratio": 2, "ratio_to_national": 2, "estimate": 2, "share": 3}
_P_VALUE_COLUMNS = ("p_value", "p_adjusted", "funnel_p_adjusted", "od_p_value")
_WHOLE_COLUMNS = ("year", "from_year", "to_year", "horizon", "rank", "n_params", "n_sources", "dof")
_VALUE_COLUMNS = ("qualifier", "qualifiers", "cases_qualifier", "damage_qualifier", "model")
#: Columns whose text stays as printed (quotes) or is an address or identifier.
_CELL_CLASSES = {
    "quote": "quote",
    "source_url": "address",
    "figure_id": "code",
    "note": "note",
    "caveat": "note",
}


def format_p_value(p, *, lang: str = "en") -> str:
    """Write a p-value as a reader should see it: four decimals, or ``<0.0001``, never ``0.0``.

    Examples
    --------
    >>> format_p_value(2.9e-12), format_p_value(0.0416), format_p_value(float("nan"))
    ('<0.0001', '0.0416', 'not published')
    """
    if pd.isna(p):
        return translate("not_published", lang)
    return with_decimal_mark("<0.0001" if p < 0.0001 else f"{p:.4f}", lang)


def _value_words(value, lang: str):
    if not isinstance(value, str):
        return value
    return "/".join(
        label_value(part, lang) or label_value("exact", lang) for part in value.split("/")
    )


#: What the toolkit computes (tests, rates, ratios and their limits): a dash where nothing was
#: computed (the table or its text says why), never "not published", which is said of sources.
_COMPUTED_COLUMNS = ("statistic", "dof", "p_value", "p_adjusted", "funnel_p_adjusted",
                     "od_p_value", "dissimilarity", "cramers_v", "residual", "expected", "aicc",
                     "rolling_origin_mae", "share_among_shared", "share_among_shared_reference",
                     "rate", "rate_ci_lower", "rate_ci_upper", "estimate", "ci_lower", "ci_upper",
                     "ratio", "od_ci_lower", "od_ci_upper", "ratio_to_national",
                     "ratio_ci_lower", "ratio_ci_upper")  # fmt: skip


def _formatter(column: str, decimals: dict, lang: str):
    formatter = _value_formatter(column, decimals, lang)
    if column in _COMPUTED_COLUMNS:
        return lambda v: "—" if v is None or pd.isna(v) else formatter(v)
    if column == "published":  # a source's date: the figure is published, its page shows no date
        return lambda v: (
            translate("date_not_shown", lang) if v is None or pd.isna(v) else formatter(v)
        )
    return formatter


def _value_formatter(column: str, decimals: dict, lang: str):
    if column in _P_VALUE_COLUMNS:
        return functools.partial(format_p_value, lang=lang)
    if column in _SHARE_COLUMNS:
        return functools.partial(format_percent, lang=lang)
    if column in _POINT_COLUMNS:
        return functools.partial(format_points, lang=lang)
    if column in _WHOLE_COLUMNS:
        return lambda v: translate("not_published", lang) if pd.isna(v) else str(int(v))
    return functools.partial(format_number, decimals=decimals.get(column, 0), lang=lang)


def _open_limits(shown: pd.DataFrame, lang: str) -> pd.DataFrame:
    """Write "open (bound)" where a bound («не менее 2 500») left an interval limit empty."""
    label = translate("open_limit", lang)
    for side in ("lower", "upper"):
        rows = [side in open_limits(b) for b in shown["bound"].fillna("")]
        for column in (c for c in shown.columns if c.endswith(f"_{side}")):
            cells = shown[column].isna() & pd.Series(rows, index=shown.index)
            if cells.any():
                shown[column] = shown[column].astype(object).where(~cells, label)
    return shown


#: Unicode isolates around a passage in English inside text in another language (a curator's
#: note): invisible in plain text, a ``<span lang="en">`` in a page, so a screen reader
#: pronounces it as English and the page's language checks know it is meant.
_ENGLISH_START, _ENGLISH_END = "\u2068", "\u2069"


def in_english(text: str) -> str:
    """Mark ``text`` as a passage in English inside text in another language.

    Examples
    --------
    >>> in_english("treat with caution") == "\u2068treat with caution\u2069"
    True
    >>> english_spans(html.escape(in_english("a < b")))
    '<span lang="en">a &lt; b</span>'
    """
    return f"{_ENGLISH_START}{text}{_ENGLISH_END}"


def without_marks(frame: pd.DataFrame) -> pd.DataFrame:
    """Return ``frame`` with the marks of :func:`in_english` taken out of its text (for CSV).

    Examples
    --------
    >>> without_marks(pd.DataFrame({"caveat": [in_english("note"), 1.5]}))["caveat"].tolist()
    ['note', 1.5]
    """
    text = frame.select_dtypes(include=["object", "string"]).columns
    return frame.assign(**{
        c: frame[c].map(lambda v: v.replace(_ENGLISH_START, "").replace(_ENGLISH_END, "")
                        if isinstance(v, str) else v)
        for c in text
    })  # fmt: skip


def english_spans(escaped_html: str) -> str:
    """Turn the marks of :func:`in_english` in escaped HTML text into ``<span lang="en">``."""
    return escaped_html.replace(_ENGLISH_START, '<span lang="en">').replace(_ENGLISH_END, "</span>")


def _escaped(formatter):
    def escaped(value):
        # Text is already in the reader's words (a quote, a label such as "open (bound)").
        text = value if isinstance(value, str) else formatter(value)
        return english_spans(html.escape(str(text), quote=False))

    return escaped


def reader_table(frame: pd.DataFrame, *, lang: str = "en", decimals: dict | None = None):
    """Return a table for readers: translated headings and values, no index, thin-spaced numbers.

    Parameters
    ----------
    frame : DataFrame
        A tidy table from the library (snake_case columns); it must not be empty
        (a section with nothing to show says so in a sentence instead).
    lang : {"en", "ru", "kk"}
        Language of the headings, coded values (qualifiers, models), booleans and
        missing values ("not published").
    decimals : dict, optional
        Decimals per column (defaults cover the library's usual columns).

    Returns
    -------
    pandas.io.formats.style.Styler
        Renders as an HTML table; numeric cells carry class ``num`` (right-aligned,
        never wrapped), quotes ``quote``, addresses ``address``, notes and
        caveats ``note`` (text cells read from the left).

    Raises
    ------
    ValueError
        For an empty table.

    Examples
    --------
    >>> table = pd.DataFrame({"year": [2025], "count": [1843], "qualifier": ["at_least"],
    ...                       "p_value": [2e-9], "chosen": [True]})
    >>> html = reader_table(table, lang="ru").to_html()
    >>> "Год" in html and f"1{THIN}843" in html and "не менее" in html and "&lt;0,0001" in html
    True
    >>> ">да<" in html, "index" in html.lower() or "row_heading" in html
    (True, False)
    """
    check_language(lang)
    if frame.empty:
        raise ValueError("an empty table is not shown to readers: write a sentence instead")
    decimals = {**_DECIMALS, **(decimals or {})}
    shown, worded = _with_own_qualifiers(frame.reset_index(drop=True), decimals, lang)
    for column in _VALUE_COLUMNS:
        if column in shown:
            shown[column] = [_value_words(v, lang) for v in shown[column]]
    if "bound" in shown:  # one-sided statements from bounds: "lower bound only", else blank
        for column in (c for c in _BOUNDED_ESTIMATES if c in shown):
            # «не менее 2 500» cases: at least 107.7 per 100 000 (107.753), never 107.8
            places = _BOUNDED_ESTIMATES[column]
            if column not in _SHARE_COLUMNS:  # a share's decimals are the percent's
                places = decimals.get(column, places)
            shown[column] = [
                round_bound(v, b, places)
                for v, b in zip(shown[column], shown["bound"].fillna(""), strict=True)
            ]
        shown = _open_limits(shown, lang)
        shown["bound"] = [label_value(v, lang) if v else "" for v in shown["bound"]]
    formatters = {c: _escaped(_formatter(c, decimals, lang)) for c in shown.columns}
    classes = pd.DataFrame("", index=shown.index, columns=shown.columns)
    for column in shown.columns:
        numeric = pd.api.types.is_numeric_dtype(shown[column]) and shown[column].dtype != bool
        classes[column] = _CELL_CLASSES.get(column, "num" if numeric or column in worded else "")
    labels = {c: column_label(c, lang) for c in shown.columns}
    styler = shown.rename(columns=labels).style
    styler = styler.format({labels[c]: f for c, f in formatters.items()})
    styler = styler.set_td_classes(classes.rename(columns=labels))
    # a heading sits over its column: right over numbers (Styler gives headings no class of ours)
    numeric = [j for j, c in enumerate(shown.columns) if classes[c].iat[0] == "num"]
    styler = styler.set_table_styles(
        [{"selector": f"th.col{j}", "props": "text-align: right"} for j in numeric]
    )
    return styler.hide(axis="index").set_table_attributes('class="reader-table"')


#: Numbers shown with their own qualifier column, which is then not shown apart.
_QUALIFIED_NUMBERS = {
    "damage_kzt": "damage_qualifier",
    "cases": "cases_qualifier",
    "population": "population_qualifier",
}
#: Numbers shown to the significant digits their printed inputs support (a column beside them,
#: then not shown apart): an averaged population is never printed to the resident.
_DIGITS_OF = {"population": "population_digits"}


def _with_own_qualifiers(shown: pd.DataFrame, decimals: dict, lang: str):
    """Write a number beside its qualifier column as one cell: «около 2 500 000 000», «не менее
    2 500», «about 1 530 000» (to its supported digits); return the table without those
    qualifier and digit columns, and the columns so written."""
    worded = [c for c, q in _QUALIFIED_NUMBERS.items() if c in shown and q in shown]
    for column in worded:
        number = _formatter(column, decimals, lang)
        qualifiers = shown[_QUALIFIED_NUMBERS[column]]
        if _DIGITS_OF.get(column) in shown:
            shown[column] = [
                format_derived(v, q, digits=None if pd.isna(d) else int(d), lang=lang)
                if pd.notna(v) else ""
                for v, q, d in zip(shown[column], qualifiers, shown[_DIGITS_OF[column]], strict=True)
            ]  # fmt: skip
            continue
        shown[column] = [
            " ".join(part for part in (qualifier_prefix(q, lang), number(v)) if part)
            for v, q in zip(shown[column], qualifiers, strict=True)
        ]
    helpers = [_QUALIFIED_NUMBERS[c] for c in worded] + [
        _DIGITS_OF[c] for c in worded if _DIGITS_OF.get(c) in shown
    ]
    return shown.drop(columns=helpers), worded


def format_short(value, *, lang: str = "en", full: bool = False) -> str:
    """Write a large number briefly (``1.67 bn``, ``4.3 m``) or in full (``full=True``).

    Examples
    --------
    >>> format_short(1_665_783_000), format_short(4_270).replace(THIN, " "), format_short(987.4)
    ('1.67 bn', '4 270', '987')
    >>> format_short(2_277_000_000, full=True).replace(THIN, " "), format_short(float("inf"))
    ('2 277 000 000', 'unbounded')
    >>> format_short(1_665_783_000, lang="ru")
    '1,67 млрд'
    """
    x = float(value)
    if not np.isfinite(x):
        return translate("unbounded", lang) if x > 0 else "—"
    if not full and abs(x) >= 1e9:
        return f"{format_number(x / 1e9, 2, lang=lang)} {translate('billion_short', lang)}"
    if not full and abs(x) >= 1e6:
        return f"{format_number(x / 1e6, 1, lang=lang)} {translate('million_short', lang)}"
    return format_number(x, 0, lang=lang)


def format_money(
    value: float, qualifier: str = "exact", *, lang: str = "en", digits: int = 3
) -> str:
    """Write an amount of tenge in words a reader takes in: ``about 1.98 million``.

    ``digits`` significant digits at most (three by default, fewer when the inputs
    support fewer), so the word "about" is added to an exact figure that is
    rounded; a qualifier of the source (at least, about) is kept.

    Examples
    --------
    >>> format_money(1_976_017.79), format_money(1_976_017.79, "at_least", lang="ru")
    ('about 1.98 million', 'не менее 1,98 млн')
    >>> format_money(2_270_000_000, lang="kk"), format_money(950)
    ('2,27 млрд', '950')
    >>> format_money(1_672_240.8, "approx", digits=2)
    'about 1.7 million'
    """
    x = float(value)
    if abs(x) >= 1e9:
        key, scaled = "amount_billion", x / 1e9
    elif abs(x) >= 1e6:
        key, scaled = "amount_million", x / 1e6
    else:
        return " ".join(p for p in (qualifier_prefix(qualifier, lang), format_number(x)) if p)
    shown = f"{scaled:.{max(1, min(int(digits), 3))}g}"
    text = translate(key, lang, x=with_decimal_mark(shown, lang))
    rounded = float(shown) != round(scaled, 6)
    prefix = qualifier_prefix(qualifier, lang) or (
        qualifier_prefix("approx", lang) if rounded else ""
    )
    return f"{prefix} {text}".strip()


def round_significant(value: float, digits: int | None) -> float:
    """Round a derived figure to ``digits`` significant digits, never below whole units.

    ``None`` (inputs exact) rounds to whole units only.

    Examples
    --------
    >>> round_significant(1_672_240.8, 2), round_significant(1_976_017.79, 7)
    (1700000.0, 1976018.0)
    >>> round_significant(2_313_965.35, 3), round_significant(843.6, None)
    (2310000.0, 844.0)
    """
    x = float(value)
    if not np.isfinite(x) or x == 0:
        return x
    places = 0 if digits is None else int(digits) - 1 - int(np.floor(np.log10(abs(x))))
    return float(round(x, min(places, 0)))


def format_derived(
    value: float,
    qualifier: str = "exact",
    *,
    digits: int | None,
    lang: str = "en",
    words: bool = False,
) -> str:
    """Write a derived figure (a ratio of published totals) to the precision its inputs support.

    The one rule for derived figures: rounded to ``digits`` significant digits
    (:func:`~fraud_research.dataset.qualifiers.printed_digits` of the inputs),
    never below whole units, with the qualifier's word, and "about" when the
    rounding dropped whole units. ``words=True`` writes it as a reader takes it in
    (``about 1.7 million``, at most three digits).

    Parameters
    ----------
    value : float
        The unrounded figure.
    qualifier : str
        Its qualifier (from the qualifier algebra).
    digits : int or None, keyword-only
        Significant digits supported (``significant_digits`` of the statistics).
    lang : {"en", "ru", "kk"}, keyword-only
    words : bool, keyword-only
        Millions and billions in words instead of every digit.

    Examples
    --------
    Turkestan's average loss in 2024 (damage «шамамен 1 млрд») and 2025 (damage to
    the thousand tenge):

    >>> format_derived(1_672_240.8, "approx", digits=2).replace(THIN, " ")
    'about 1 700 000'
    >>> format_derived(1_976_017.79, "exact", digits=7).replace(THIN, " ")
    '1 976 018'
    >>> format_derived(1_976_017.79, "exact", digits=7, words=True)
    'about 1.98 million'
    >>> format_derived(1_672_240.8, "approx", digits=2, lang="kk", words=True)
    'шамамен 1,7 млн'
    """
    check_language(lang)
    if words:
        return format_money(value, qualifier, lang=lang, digits=3 if digits is None else digits)
    shown = round_significant(value, digits)
    prefix = qualifier_prefix(qualifier, lang)
    if not prefix and np.isfinite(shown) and shown != round(float(value)):
        prefix = qualifier_prefix("approx", lang)
    return " ".join(part for part in (prefix, format_number(shown, 0, lang=lang)) if part)


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
    >>> [format_significant(x).replace(THIN, " ") for x in (4270.4, 1672240.8)]
    ['4 300', '1 700 000']
    >>> format_significant(978.6, 3)
    '979'
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
    return format_number(rounded, max(0, digits - 1 - exponent), lang=lang)
