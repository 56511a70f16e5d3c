"""Which statistical terms a page uses, and their one-sentence explanations for readers.

A page's "how to read this page" box (:func:`fraud_research.report.page.finish_page`)
lists only the terms its text uses, each explained once, in
:mod:`fraud_research.report.translations.glossary`. A term is spotted by the
forms it takes on the pages (:data:`TERM_FORMS`): «поправка Холма» and
«p-значение (Холм)» are both the Holm adjustment.

Examples
--------
>>> glossary_terms("Ratio ×1.41 (95% CI 1.01–1.96), p-value (Holm) 0.03", lang="en")
['ci', 'ratio', 'p_value', 'holm']
>>> glossary_items("+10,0 п.п.", lang="ru")
['**п.п.** (процентные пункты): разница двух процентов, так 40% против 30% — это +10 п.п.']
"""

from __future__ import annotations

import re

from .labels import check_language, translate

#: How each term shows on a page, by language ("*": every language), in the box's order.
#: Percentage points are spotted by the page's own abbreviation (``points_short``).
TERM_FORMS: dict[str, dict[str, str]] = {
    "ci": {"en": r"\bCI\b", "ru": r"\bДИ\b", "kk": r"\bСА\b"},
    "pi": {"en": r"\bPI\b", "ru": r"\bИП\b", "kk": r"[Бб]олжам аралығ"},
    "ratio": {"*": r"×\s?\d"},
    "pp": {},
    "p_value": {"en": r"\bp-value|\bp \(", "ru": r"\bp-значени|\bp \(", "kk": r"\bp-мәні|\bp \("},
    "holm": {"en": r"\bHolm\b", "ru": r"\bХолм", "kk": r"\bХолм"},
    "spiegelhalter": {"en": r"Spiegelhalter", "ru": r"Шпигельхальтер", "kk": r"Шпигельхальтер"},
    "goodman_wilson": {"en": r"\bGoodman|\bWilson", "ru": r"Гудман|Уилсон", "kk": r"Гудман|Уилсон"},
    "poisson": {"en": r"Poisson", "ru": r"[Пп]уассон", "kk": r"[Пп]уассон"},
    "phi": {"*": r"φ"},
    "alpha": {"*": r"α"},
    "sigma2": {"*": r"σ²"},
    "aicc": {"en": r"\bAICc\b", "ru": r"Акаике", "kk": r"Акаике"},
    "mae": {"en": r"\bMAE\b", "ru": r"\bMAE\b|[Сс]редняя абсолютная ошибка",
            "kk": r"\bMAE\b|[Оо]рташа абсолютті қате"},
    "residual": {"en": r"[Aa]djusted residual", "ru": r"[Сс]корректированн\w* остат",
                 "kk": r"[Тт]үзетілген қалдық"},
}  # fmt: skip


def _form(term: str, lang: str) -> str:
    if term == "pp":
        return r"(?<!\w)" + re.escape(translate("points_short", lang)) + r"(?!\w)"
    forms = TERM_FORMS[term]
    return forms.get(lang, forms.get("*", ""))


def glossary_terms(text: str, *, lang: str) -> list[str]:
    """Return the terms of :data:`TERM_FORMS` that ``text`` uses, in the box's order.

    Parameters
    ----------
    text : str
        What a reader sees of a page (:func:`~fraud_research.report.page.visible_text`).
    lang : {"en", "ru", "kk"}
        The page's language: a term is looked for in the forms it takes in it.

    Returns
    -------
    list of str
        Term codes (``"ci"``, ``"holm"``, …); empty when the page uses none.

    Examples
    --------
    >>> glossary_terms("95% СА: 36,6–41,9; Холм түзетуі; φ = 8,75", lang="kk")
    ['ci', 'holm', 'phi']
    >>> glossary_terms("843 cases in 2025", lang="en")
    []
    """
    check_language(lang)
    return [term for term in TERM_FORMS if re.search(_form(term, lang), text)]


def glossary_items(text: str, *, lang: str) -> list[str]:
    """Return one Markdown sentence per term ``text`` uses: the term in bold, then its meaning.

    Examples
    --------
    >>> glossary_items("σ² = 0.00784", lang="en")
    ['**σ²**: the variance of the yearly counts around the fitted trend, on a log scale; the larger it is, the wider the intervals.']
    """
    pp = translate("points_short", lang)
    return [translate(f"glossary_{term}", lang, pp=pp) for term in glossary_terms(text, lang=lang)]


__all__ = ["TERM_FORMS", "glossary_items", "glossary_terms"]
