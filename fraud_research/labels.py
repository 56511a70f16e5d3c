"""Labels a reader sees, in English, Russian or Kazakh: places, schemes, headings, UI strings.

Place names come from ``data/places.csv`` and scheme labels from
``data/schemes.csv`` (the taxonomy), so there is one source of truth for every
name. Column headings and the short interface strings used by reports live in
this module. When a Kazakh label is missing the Russian one is used, and when a
Russian one is missing the English one: a reader always sees a label, never an id.

Examples
--------
>>> label_place("turkestan", "ru")
'Туркестанская область'
>>> label_scheme("not_listed", "en")
'Other / not listed'
>>> translate("rate_axis", "ru")
'Случаев на 100 000 жителей'
"""

from __future__ import annotations

from functools import lru_cache

import pandas as pd

from .dataset import load_places, load_schemes
from .errors import ParameterError
from .shares import UNLISTED

#: Languages a report can be written in.
LANGUAGES = ("en", "ru", "kk")
#: Where each language looks for a label, in order.
FALLBACKS = {"en": ("en",), "ru": ("ru", "en"), "kk": ("kk", "ru", "en")}

_UNLISTED_LABELS = {
    "en": "Other / not listed",
    "ru": "Прочие / не указано",
    "kk": "Басқа / көрсетілмеген",
}

#: Column headings of the tidy tables the toolkit returns.
COLUMN_LABELS: dict[str, dict[str, str]] = {
    "place": {"en": "Place", "ru": "Территория", "kk": "Аумақ"},
    "year": {"en": "Year", "ru": "Год", "kk": "Жыл"},
    "scheme": {"en": "Scheme", "ru": "Схема", "kk": "Схема"},
    "count": {"en": "Cases", "ru": "Случаи", "kk": "Оқиғалар"},
    "qualifier": {"en": "As printed", "ru": "Как опубликовано", "kk": "Жарияланғандай"},
    "population": {"en": "Population", "ru": "Население", "kk": "Халық саны"},
    "population_date": {
        "en": "Population as of",
        "ru": "Население на дату",
        "kk": "Халық саны күні",
    },
    "population_qualifier": {
        "en": "Population as printed",
        "ru": "Население (как опубликовано)",
    },
    "population_source": {"en": "Population source", "ru": "Источник населения"},
    "estimate": {"en": "Estimate", "ru": "Оценка", "kk": "Бағалау"},
    "rate": {"en": "Rate per 100 000", "ru": "На 100 000 жителей", "kk": "100 000 тұрғынға"},
    "ci_lower": {"en": "Lower 95% limit", "ru": "Нижняя граница 95%", "kk": "Төменгі шек 95%"},
    "ci_upper": {"en": "Upper 95% limit", "ru": "Верхняя граница 95%", "kk": "Жоғарғы шек 95%"},
    "method": {"en": "Method", "ru": "Метод", "kk": "Әдіс"},
    "caveat": {"en": "Caveat", "ru": "Оговорка", "kk": "Ескерту"},
    "share": {"en": "Share", "ru": "Доля", "kk": "Үлес"},
    "share_reference": {
        "en": "Share in reference",
        "ru": "Доля в сравнении",
        "kk": "Салыстырмадағы үлес",
    },
    "residual": {
        "en": "Adjusted residual",
        "ru": "Скорректированный остаток",
        "kk": "Түзетілген қалдық",
    },
    "reading": {"en": "Reading", "ru": "Вывод", "kk": "Түсіндірме"},
    "group": {"en": "Group", "ru": "Группа", "kk": "Топ"},
    "rank": {"en": "Rank", "ru": "Место", "kk": "Орын"},
    "p_value": {"en": "p-value", "ru": "p-значение", "kk": "p-мәні"},
    "p_adjusted": {"en": "p-value (Holm)", "ru": "p-значение (Холм)", "kk": "p-мәні (Холм)"},
    "distinguishable_from_national": {
        "en": "Differs from national rate",
        "ru": "Отличается от уровня по стране",
        "kk": "Ел деңгейінен өзгеше",
    },
    "statistic": {"en": "Statistic", "ru": "Статистика", "kk": "Статистика"},
    "dof": {"en": "Degrees of freedom", "ru": "Степени свободы", "kk": "Еркіндік дәрежесі"},
    "cramers_v": {"en": "Cramér's V", "ru": "V Крамера", "kk": "Крамер V"},
    "test": {"en": "Test", "ru": "Критерий", "kk": "Критерий"},
    "reference": {"en": "Compared with", "ru": "С чем сравнивается", "kk": "Салыстыру"},
    "count_reference": {"en": "Cases (compared with)", "ru": "Случаи (сравнение)"},
    "ratio_to_national": {"en": "Ratio to national rate", "ru": "Отношение к уровню по стране"},
    "place_a": {"en": "Place", "ru": "Территория", "kk": "Аумақ"},
    "place_b": {"en": "Compared with", "ru": "С чем сравнивается", "kk": "Салыстыру"},
    "distinguishable": {"en": "Distinguishable", "ru": "Различимы"},
    "direction": {"en": "Direction", "ru": "Направление"},
    "n": {"en": "Cases in the test", "ru": "Случаев в проверке"},
    # Region report tables
    "figure": {"en": "Figure", "ru": "Показатель", "kk": "Көрсеткіш"},
    "as_printed": {"en": "Value", "ru": "Значение", "kk": "Мәні"},
    "n_sources": {
        "en": "Outlets agreeing",
        "ru": "Совпадающих источников",
        "kk": "Сәйкес дереккөздер",
    },
    "conflict": {"en": "Other outlets", "ru": "Другие источники", "kk": "Басқа дереккөздер"},
    "label": {"en": "Scheme", "ru": "Схема", "kk": "Схема"},
    "wilson_lower": {"en": "Wilson lower 95%", "ru": "Уилсон, нижняя 95%"},
    "wilson_upper": {"en": "Wilson upper 95%", "ru": "Уилсон, верхняя 95%"},
    "share_ci_lower": {"en": "Share, lower 95% (simultaneous)", "ru": "Доля, нижняя 95% (совм.)"},
    "share_ci_upper": {"en": "Share, upper 95% (simultaneous)", "ru": "Доля, верхняя 95% (совм.)"},
    "tied_with_next": {"en": "Tied with next", "ru": "Не отличимо от следующей"},
    "damage_kzt": {"en": "Damage, tenge", "ru": "Ущерб, тенге", "kk": "Шығын, теңге"},
    "cases": {"en": "Cases", "ru": "Факты", "kk": "Фактілер"},
    "average_loss": {"en": "Average loss per case, tenge", "ru": "Средний ущерб на факт, тенге"},
    "count_ci_lower": {"en": "Cases, lower 95%", "ru": "Факты, нижняя 95%"},
    "count_ci_upper": {"en": "Cases, upper 95%", "ru": "Факты, верхняя 95%"},
    "rate_ci_lower": {"en": "Rate, lower 95%", "ru": "Уровень, нижняя 95%"},
    "rate_ci_upper": {"en": "Rate, upper 95%", "ru": "Уровень, верхняя 95%"},
    "from_year": {"en": "From", "ru": "С", "kk": "Бастап"},
    "to_year": {"en": "To", "ru": "По", "kk": "Дейін"},
    "ratio": {"en": "Ratio", "ru": "Отношение", "kk": "Қатынас"},
    "qualifiers": {"en": "As printed", "ru": "Как опубликовано", "kk": "Жарияланғандай"},
    "figure_id": {"en": "Figure id", "ru": "Код показателя"},
    "metric": {"en": "Metric", "ru": "Показатель", "kk": "Көрсеткіш"},
    "value": {"en": "Value", "ru": "Значение", "kk": "Мәні"},
    "source_url": {"en": "Address", "ru": "Адрес", "kk": "Мекенжай"},
    "published": {"en": "Published", "ru": "Опубликовано", "kk": "Жарияланды"},
    "language": {"en": "Language", "ru": "Язык", "kk": "Тіл"},
    "quote": {"en": "Quote", "ru": "Цитата", "kk": "Дәйексөз"},
    "note": {"en": "Note", "ru": "Примечание", "kk": "Ескертпе"},
    "horizon": {"en": "Years ahead", "ru": "Лет вперёд"},
    "pi80_lower": {"en": "80% PI lower", "ru": "80% ИП, нижняя"},
    "pi80_upper": {"en": "80% PI upper", "ru": "80% ИП, верхняя"},
    "pi95_lower": {"en": "95% PI lower", "ru": "95% ИП, нижняя"},
    "pi95_upper": {"en": "95% PI upper", "ru": "95% ИП, верхняя"},
    "model": {"en": "Model", "ru": "Модель", "kk": "Модель"},
    "n_params": {"en": "Parameters", "ru": "Параметров"},
    "aicc": {"en": "AICc", "ru": "AICc"},
    "rolling_origin_mae": {"en": "Rolling-origin MAE", "ru": "MAE скользящего начала"},
    "chosen": {"en": "Chosen", "ru": "Выбрана", "kk": "Таңдалды"},
}

#: Short interface strings (headings, axes, legends, sentences with ``{placeholders}``).
UI_STRINGS: dict[str, dict[str, str]] = {
    "title": {
        "en": "Comparing regions: rates, ranking and scheme mix",
        "ru": "Сравнение регионов: уровни, рейтинг и структура схем",
        "kk": "Өңірлерді салыстыру: деңгейлер, рейтинг және схемалар құрылымы",
    },
    "section_rates": {
        "en": "Rates per 100 000 residents and funnel plot",
        "ru": "Уровни на 100 000 жителей и воронкообразная диаграмма",
    },
    "section_ranking": {
        "en": "Ranking with uncertainty",
        "ru": "Рейтинг с учётом неопределённости",
    },
    "section_mix": {
        "en": "Scheme mix: region against the country",
        "ru": "Структура схем: регион и страна",
    },
    "section_limits": {"en": "What the data cannot tell", "ru": "Чего данные не могут сказать"},
    "intro_rates": {
        "en": "Registered internet-fraud cases per 100 000 residents, for every place with a "
        "full-year count and a sourced population. Intervals are exact Poisson 95% intervals. "
        "The funnel plot shows each rate against the population, with 95% and 99.8% control "
        "limits around the national rate: a point outside the limits is unlikely to be chance.",
        "ru": "Зарегистрированные случаи интернет-мошенничества на 100 000 жителей — для каждой "
        "территории с годовым числом случаев и населением из источника. Интервалы — точные "
        "пуассоновские 95%. Воронкообразная диаграмма показывает уровень против численности "
        "населения с контрольными границами 95% и 99,8% вокруг уровня по стране: точка за "
        "границами вряд ли объясняется случайностью.",
    },
    "intro_ranking": {
        "en": "Instead of a bare league table: each place is tested against the national rate "
        "(exact Poisson test, Holm adjustment) and against every other place (rate ratios, Holm "
        "adjustment). Places that share a group letter cannot be told apart.",
        "ru": "Вместо простой турнирной таблицы: каждая территория сравнивается с уровнем по "
        "стране (точный пуассоновский критерий, поправка Холма) и с каждой другой территорией "
        "(отношения уровней, поправка Холма). Территории с общей буквой группы неразличимы.",
    },
    "intro_mix": {
        "en": "For every place with a scheme breakdown: a chi-square test of homogeneity against "
        "the country, Cramér's V for the size of the difference, and adjusted standardised "
        "residuals per scheme with a plain reading. Schemes one side does not list are merged "
        "into 'other / not listed'.",
        "ru": "Для каждой территории с разбивкой по схемам: критерий хи-квадрат однородности в "
        "сравнении со страной, V Крамера для величины различия и скорректированные "
        "стандартизованные остатки по схемам с выводом словами. Схемы, не названные одной из "
        "сторон, объединены в «прочие / не указано».",
    },
    "rate_axis": {
        "en": "Cases per 100 000 residents",
        "ru": "Случаев на 100 000 жителей",
        "kk": "100 000 тұрғынға шаққандағы оқиғалар",
    },
    "population_axis": {"en": "Population", "ru": "Население", "kk": "Халық саны"},
    "share_axis": {"en": "Share of cases", "ru": "Доля случаев", "kk": "Оқиғалар үлесі"},
    "national_rate": {
        "en": "National rate",
        "ru": "Уровень по стране",
        "kk": "Ел бойынша деңгей",
    },
    "limits_95": {"en": "95% control limits", "ru": "Контрольные границы 95%"},
    "limits_998": {"en": "99.8% control limits", "ru": "Контрольные границы 99,8%"},
    "lower_bound": {"en": "lower bound", "ru": "нижняя граница", "kk": "төменгі шек"},
    "reading_over": {
        "en": "{scheme} are over-represented in {place} compared with {reference}: "
        "{share:.1%} vs {share_reference:.1%}",
        "ru": "«{scheme}»: доля выше — {place}: {share:.1%}, {reference}: {share_reference:.1%}",
    },
    "reading_under": {
        "en": "{scheme} are under-represented in {place} compared with {reference}: "
        "{share:.1%} vs {share_reference:.1%}",
        "ru": "«{scheme}»: доля ниже — {place}: {share:.1%}, {reference}: {share_reference:.1%}",
    },
    "reading_similar": {
        "en": "{scheme}: no clear difference between {place} and {reference}: "
        "{share:.1%} vs {share_reference:.1%}",
        "ru": "«{scheme}»: явного различия нет — {place}: {share:.1%}, "
        "{reference}: {share_reference:.1%}",
    },
    "rest_of_country": {
        "en": "rest of the country",
        "ru": "остальная часть страны",
        "kk": "елдің қалған бөлігі",
    },
    "caveat_overlap": {
        "en": "the {reference} figures include {place}'s own cases ({n_place} of {n_reference}, "
        "{share:.1%}), so the two tables are not independent samples; the test is conservative "
        "— compare with the rest of the country for independent tables",
        "ru": "цифры «{reference}» включают случаи «{place}» ({n_place} из {n_reference}, "
        "{share:.1%}), поэтому таблицы — не независимые выборки; критерий консервативен — для "
        "независимых таблиц сравнивайте с остальной частью страны",
    },
    "caveat_merged": {
        "en": "schemes listed by one side only are merged into '{unlisted}' "
        "({place}: {merged}; {reference}: {merged_reference})",
        "ru": "схемы, названные только одной стороной, объединены в «{unlisted}» "
        "({place}: {merged}; {reference}: {merged_reference})",
    },
    "caveat_qualifier": {
        "en": "{place}: '{scheme}' printed as {qualifier}",
        "ru": "{place}: «{scheme}» опубликовано как {qualifier}",
    },
    "caveat_rest": {
        "en": "'{rest}' = {reference} minus {place}, scheme by scheme, assuming both come from "
        "the same recording system",
        "ru": "«{rest}» = {reference} минус {place} по каждой схеме, в предположении единой "
        "системы учёта",
    },
    "caveat_plain_counts": {
        "en": "plain counts were given, so the periods could not be checked",
        "ru": "переданы только числа, поэтому периоды не проверены",
    },
    "caveat_periods_differ": {
        "en": "periods differ (adjust='annualise' was requested): shares are compared as "
        "published, which assumes the mix is the same throughout the year",
        "ru": "периоды различаются (запрошено adjust='annualise'): доли сравниваются как "
        "опубликованы, в предположении, что структура схем постоянна в течение года",
    },
    "caveat_no_breakdown": {
        "en": "no full-year scheme breakdown in {year} for: {places}",
        "ru": "нет годовой разбивки по схемам за {year} год для: {places}",
    },
    "caveat_count_qualifier": {
        "en": "count printed as {qualifier}: the rate is {kind}",
        "ru": "число опубликовано как «{qualifier}»: уровень — {kind}",
    },
    "caveat_pop_undated": {
        "en": "population {value} is undated (the source gives only the year {year}: {note})",
        "ru": "население {value} без даты (источник указывает только {year} год: {note})",
    },
    "caveat_pop_date": {
        "en": "population as of {date}, not 1 January {year}",
        "ru": "население на {date}, а не на 1 января {year} года",
    },
    "caveat_pop_qualifier": {
        "en": "population printed as {qualifier}",
        "ru": "население опубликовано как «{qualifier}»",
    },
    "caveat_no_rate": {
        "en": "no rate: no sourced population for {place} near {year} (dates on record: {dates}); "
        "none is estimated",
        "ru": "уровень не рассчитан: нет населения из источника для «{place}» около {year} года "
        "(даты в данных: {dates}); оценки не делаются",
    },
    "caveat_city": {
        "en": "a city inside a region, not a region: compare it with regions with care",
        "ru": "город внутри области, а не регион: сравнивать с регионами осторожно",
    },
    "none_distinguishable": {
        "en": "No place can be told apart from the national rate.",
        "ru": "Ни одну территорию нельзя отличить от уровня по стране.",
    },
}


#: Reader-facing words for coded values (qualifiers, kinds of rate, directions).
VALUE_LABELS: dict[str, dict[str, str]] = {
    "exact": {"en": "exact", "ru": "точно", "kk": "нақты"},
    "at_least": {"en": "at least", "ru": "не менее", "kk": "кемінде"},
    "at_most": {"en": "at most", "ru": "не более", "kk": "көп дегенде"},
    "approx": {"en": "about", "ru": "около", "kk": "шамамен"},
    "rounded": {"en": "rounded", "ru": "округлено", "kk": "дөңгелектенген"},
    "approx_at_least": {"en": "at least about", "ru": "не менее примерно", "kk": "шамамен кемінде"},
    "approx_at_most": {
        "en": "at most about",
        "ru": "не более примерно",
        "kk": "шамамен көп дегенде",
    },
    "indeterminate": {"en": "roughly", "ru": "примерно", "kk": "шамамен"},
    "lower bound": {"en": "lower bound", "ru": "нижняя граница", "kk": "төменгі шек"},
    "upper bound": {"en": "upper bound", "ru": "верхняя граница", "kk": "жоғарғы шек"},
    "approximate": {"en": "approximate", "ru": "приблизительно", "kk": "шамамен"},
    "above": {"en": "above", "ru": "выше", "kk": "жоғары"},
    "below": {"en": "below", "ru": "ниже", "kk": "төмен"},
    "similar": {"en": "not distinguishable", "ru": "не отличается"},
    "undetermined": {"en": "undetermined", "ru": "не определено"},
    "over": {"en": "over-represented", "ru": "доля выше"},
    "under": {"en": "under-represented", "ru": "доля ниже"},
}


#: The word written before a number printed with each qualifier ("" for exact figures).
QUALIFIER_PREFIXES: dict[str, dict[str, str]] = {
    "exact": {"en": "", "ru": "", "kk": ""},
    "at_least": VALUE_LABELS["at_least"],
    "at_most": VALUE_LABELS["at_most"],
    "approx": VALUE_LABELS["approx"],
    "rounded": VALUE_LABELS["approx"],
    "approx_at_least": VALUE_LABELS["approx_at_least"],
    "approx_at_most": VALUE_LABELS["approx_at_most"],
    "indeterminate": VALUE_LABELS["indeterminate"],
}


def qualifier_prefix(qualifier: str, lang: str = "en") -> str:
    """Return the word to write before a number with this qualifier («более» -> "at least").

    Examples
    --------
    >>> qualifier_prefix("at_least", "ru"), qualifier_prefix("rounded"), qualifier_prefix("exact")
    ('не менее', 'about', '')
    """
    check_language(lang)
    if qualifier not in QUALIFIER_PREFIXES:
        return qualifier.replace("_", " ") if qualifier else ""
    return QUALIFIER_PREFIXES[qualifier].get(lang, QUALIFIER_PREFIXES[qualifier]["en"])


def label_value(value: str, lang: str = "en") -> str:
    """Return the reader's word for a coded value (a qualifier, a direction), or the value itself.

    Examples
    --------
    >>> label_value("at_least", "ru"), label_value("at_least", "en"), label_value("xyz", "ru")
    ('не менее', 'at least', 'xyz')
    """
    check_language(lang)
    labels = VALUE_LABELS.get(value)
    return (_pick(labels, lang) if labels else None) or value


def check_language(lang: str, *, parameter: str = "lang") -> str:
    """Return ``lang`` if reports can be written in it, else raise listing the languages.

    Examples
    --------
    >>> check_language("ru")
    'ru'
    >>> check_language("de")
    Traceback (most recent call last):
    ...
    fraud_research.errors.ParameterError: unknown language 'de' for parameter 'lang'; valid: en, ru, kk
    """
    if lang not in LANGUAGES:
        raise ParameterError(
            f"unknown language {lang!r} for parameter {parameter!r}; valid: {', '.join(LANGUAGES)}"
        )
    return lang


def _pick(labels: dict[str, str], lang: str) -> str | None:
    for candidate in FALLBACKS[check_language(lang)]:
        text = labels.get(candidate, "")
        if isinstance(text, str) and text.strip():
            return text
    return None


@lru_cache(maxsize=1)
def _places() -> pd.DataFrame:
    return load_places()


@lru_cache(maxsize=1)
def _schemes() -> pd.DataFrame:
    return load_schemes()


def label_place(place_id: str, lang: str = "en") -> str:
    """Return the name of a place in ``lang`` (Kazakh falls back to Russian, then English).

    Parameters
    ----------
    place_id : str
        Place id from ``data/places.csv``.
    lang : {"en", "ru", "kk"}
        Language of the label.

    Raises
    ------
    ParameterError
        For an unknown place (listing the valid ids) or language.

    Examples
    --------
    >>> [label_place("almaty_city", lang) for lang in LANGUAGES]
    ['Almaty (city)', 'город Алматы', 'Алматы қаласы']
    >>> label_place("atlantis")
    Traceback (most recent call last):
    ...
    fraud_research.errors.ParameterError: unknown place 'atlantis'; valid ids: abai, ...
    """
    check_language(lang)
    places = _places()
    if place_id not in places.index:
        raise ParameterError(
            f"unknown place {place_id!r}; valid ids: {', '.join(sorted(places.index))}"
        )
    row = places.loc[place_id]
    label = _pick({code: row[f"name_{code}"] for code in LANGUAGES}, lang)
    return label if label is not None else place_id


def label_scheme(scheme_id: str, lang: str = "en") -> str:
    """Return the label of a scheme in ``lang``, including the ``not_listed`` remainder.

    Examples
    --------
    >>> label_scheme("fake_investment", "ru")
    'Лже-инвестиции'
    >>> label_scheme("not_listed", "kk")
    'Басқа / көрсетілмеген'
    >>> label_scheme("romance")
    Traceback (most recent call last):
    ...
    fraud_research.errors.ParameterError: unknown scheme 'romance'; valid ids: fake_investment, ..., not_listed, ...
    """
    check_language(lang)
    if scheme_id == UNLISTED:
        return _UNLISTED_LABELS[lang]
    schemes = _schemes()
    if scheme_id not in schemes.index:
        valid = sorted([*schemes.index, UNLISTED])
        raise ParameterError(f"unknown scheme {scheme_id!r}; valid ids: {', '.join(valid)}")
    row = schemes.loc[scheme_id]
    label = _pick({code: row[f"label_{code}"] for code in LANGUAGES}, lang)
    return label if label is not None else scheme_id


def translate(key: str, lang: str = "en", **fields) -> str:
    """Return an interface string or column heading in ``lang``, filled with ``fields``.

    Parameters
    ----------
    key : str
        A key of ``UI_STRINGS`` or ``COLUMN_LABELS``.
    lang : {"en", "ru", "kk"}
        Language; a missing Kazakh string falls back to Russian, then English.
    **fields
        Values for the ``{placeholders}`` of the string.

    Raises
    ------
    ParameterError
        For an unknown key (listing the known ones) or language.

    Examples
    --------
    >>> translate("section_limits", "kk")
    'Чего данные не могут сказать'
    >>> translate("reading_over", "en", scheme="Impersonation calls", place="Turkestan Region",
    ...           reference="Kazakhstan", share=0.4033, share_reference=0.3067)
    'Impersonation calls are over-represented in Turkestan Region compared with Kazakhstan: 40.3% vs 30.7%'
    """
    check_language(lang)
    labels = UI_STRINGS.get(key) or COLUMN_LABELS.get(key)
    if labels is None:
        known = sorted({*UI_STRINGS, *COLUMN_LABELS})
        raise ParameterError(f"no label for key {key!r}; known keys: {', '.join(known)}")
    text = _pick(labels, lang) or key
    return text.format(**fields) if fields else text


def column_label(column: str, lang: str = "en") -> str:
    """Return the heading of a table column in ``lang`` (the column name when none is defined).

    Examples
    --------
    >>> column_label("population_date", "ru"), column_label("line", "ru")
    ('Население на дату', 'line')
    """
    check_language(lang)
    labels = COLUMN_LABELS.get(column)
    return (_pick(labels, lang) if labels else None) or column


def relabel(
    frame: pd.DataFrame,
    lang: str = "en",
    *,
    place_columns: tuple[str, ...] = ("place", "reference", "place_a", "place_b"),
    scheme_columns: tuple[str, ...] = ("scheme",),
    value_columns: tuple[str, ...] = (
        "qualifier",
        "population_qualifier",
        "rate_kind",
        "direction",
    ),
    headings: bool = True,
    decimals: int | None = None,
) -> pd.DataFrame:
    """Return a copy of ``frame`` for readers: place and scheme ids as names, headings translated.

    Only the listed columns that exist are translated; values that are not ids
    (e.g. "rest of the country") are kept as they are. With ``decimals`` the float
    columns are rounded for display. The input is not changed.

    Examples
    --------
    >>> table = pd.DataFrame({"place": ["turkestan"], "scheme": ["not_listed"], "count": [150]})
    >>> relabel(table, "ru").to_dict("records")
    [{'Территория': 'Туркестанская область', 'Схема': 'Прочие / не указано', 'Случаи': 150}]
    """
    check_language(lang)
    out = frame.copy()
    places = set(_places().index)
    schemes = {*_schemes().index, UNLISTED}
    for column in place_columns:
        if column in out.columns:
            out[column] = [
                label_place(v, lang) if isinstance(v, str) and v in places else v
                for v in out[column]
            ]
    for column in scheme_columns:
        if column in out.columns:
            out[column] = [
                label_scheme(v, lang) if isinstance(v, str) and v in schemes else v
                for v in out[column]
            ]
    for column in value_columns:
        if column in out.columns:
            out[column] = [label_value(v, lang) if isinstance(v, str) else v for v in out[column]]
    if decimals is not None:
        floats = out.select_dtypes("float").columns
        out[floats] = out[floats].round(decimals)
    if headings:
        out = out.rename(columns={c: column_label(c, lang) for c in out.columns})
    return out
