"""Words of the statistics: method names, caveats (``caveat_<code>`` for a
:class:`~fraud_research.stats.Note` code), trend sentences, readings and limits."""

from __future__ import annotations

#: Method notes (``method_<code>``), caveats, trend and ranking sentences.
STATISTICS_STRINGS: dict[str, dict[str, str]] = {
    "trend_band": {
        "en": "{level:.0%} prediction interval",
        "ru": "{level:.0%} интервал прогноза",
        "kk": "{level:.0%} болжам аралығы",
    },
    "trend_fit": {"en": "fitted trend", "ru": "модельный тренд", "kk": "модель тренді"},
    "trend_projection": {"en": "projection", "ru": "прогноз", "kk": "болжам"},
    "trend_observed": {"en": "observed", "ru": "наблюдения", "kk": "байқалған"},
    "trend_title": {"en": "Trend: {verdict}", "ru": "Тренд: {verdict}", "kk": "Үрдіс: {verdict}"},
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
    "caveat_conflict": {
        "en": "sources disagree: {others}",
        "ru": "источники расходятся: {others}",
        "kk": "дереккөздер сәйкес емес: {others}",
    },
    "no_address": {"en": "no address", "ru": "без адреса", "kk": "мекенжайсыз"},
    "caveat_no_place_with_breakdown": {
        "en": "no place has a full-year scheme breakdown in {year} to compare with {reference}",
        "ru": "ни у одной территории нет годовой разбивки по схемам за {year} год для сравнения "
        "с «{reference}»",
    },
    "unbounded": {"en": "unbounded", "ru": "без границы", "kk": "шексіз"},
    "method_garwood": {
        "en": "exact Poisson (Garwood) {level}% interval",
        "ru": "точный пуассоновский {level}% интервал (Гарвуд)",
    },
    "method_goodman": {
        "en": "Goodman simultaneous {level}% intervals; Wilson {level}% per scheme",
        "ru": "совместные {level}% интервалы Гудмана; Уилсон {level}% для каждой схемы",
    },
    "method_sison-glaz": {
        "en": "Sison-Glaz simultaneous {level}% intervals; Wilson {level}% per scheme",
        "ru": "совместные {level}% интервалы Сисона-Глаза; Уилсон {level}% для каждой схемы",
    },
    "method_score": {
        "en": "ratio of Poisson rates, score {level}% interval (confint_poisson_2indep)",
        "ru": "отношение пуассоновских интенсивностей, score-интервал {level}%",
    },
    "method_ratio_of_totals": {
        "en": "ratio of published totals (mean loss per registered case)",
        "ru": "отношение опубликованных итогов (средний ущерб на зарегистрированный факт)",
    },
    "method_proportional": {
        "en": "proportional scaling to a full year (no seasonality)",
        "ru": "пропорциональный пересчёт на полный год (без учёта сезонности)",
    },
    "method_exact_poisson_test": {
        "en": "exact Poisson test against the national rate (fixed standard), Holm adjustment; "
        "exact {level}% ratio interval; the national figure includes each place's own cases",
        "ru": "точный пуассоновский критерий против уровня страны (фиксированный стандарт), "
        "поправка Холма; точный {level}% интервал отношения; цифра страны включает случаи "
        "самой территории",
    },
    "method_chi2": {
        "en": "chi-square test of homogeneity",
        "ru": "критерий хи-квадрат однородности",
    },
    "method_monte_carlo_chi2": {
        "en": "Monte-Carlo chi-square test (tables with fixed margins; small expected counts)",
        "ru": "критерий хи-квадрат методом Монте-Карло (таблицы с фиксированными суммами)",
    },
    "ranking_summary": {
        "en": "{n} places can be ranked against {reference} ({rate:.2f} per 100 000). "
        "Above the national rate: {above}. Below: {below}. Not distinguishable: {similar}. "
        "Undetermined (count printed as a bound): {undetermined}. "
        "Places sharing a group letter cannot be told apart from each other.",
        "ru": "Ранжировать можно {n} территорий относительно «{reference}» ({rate:.2f} на 100 000). "
        "Выше уровня страны: {above}. Ниже: {below}. Не отличаются: {similar}. "
        "Не определено (число опубликовано как граница): {undetermined}. "
        "Территории с общей буквой группы нельзя отличить друг от друга.",
    },
    "trend_one_year": {
        "en": "Only one year is available ({year}: {value}), so no trend can be estimated. "
        "Verdict: {verdict}.",
        "ru": "Доступен только один год ({year}: {value}), тренд оценить нельзя. Вывод: {verdict}.",
    },
    "trend_years": {
        "en": "{n} years observed ({first}-{last}, {unit}).",
        "ru": "Наблюдаемых лет: {n} ({first}–{last}, {unit}).",
    },
    "trend_change_up": {
        "en": "From {start} to {end} the figure went up {pct:.0f}%",
        "ru": "С {start} по {end} год показатель вырос на {pct:.0f}%",
    },
    "trend_change_down": {
        "en": "From {start} to {end} the figure went down {pct:.0f}%",
        "ru": "С {start} по {end} год показатель снизился на {pct:.0f}%",
    },
    "trend_change_interval": {
        "en": " (95% interval for the ratio {lower:.2f} to {upper:.2f})",
        "ru": " (95% интервал отношения от {lower:.2f} до {upper:.2f})",
    },
    "trend_growth": {
        "en": "The fitted trend is {pct:+.0f}% a year ({level:g}% interval {lower:+.0f}% to "
        "{upper:+.0f}%).",
        "ru": "Модельный тренд: {pct:+.0f}% в год ({level:g}% интервал от {lower:+.0f}% до "
        "{upper:+.0f}%).",
    },
    "trend_projection_text": {
        "en": "Projection for {year}: about {estimate}, with a {level:.0%} prediction interval "
        "from {lower} to {upper}.",
        "ru": "Прогноз на {year} год: около {estimate}, {level:.0%} интервал прогноза от {lower} "
        "до {upper}.",
    },
    "trend_verdict": {"en": "Verdict: {verdict} -- {reason}", "ru": "Вывод: {verdict} — {reason}"},
    "caveat_city": {
        "en": "a city inside a region, not a region: compare it with regions with care",
        "ru": "город внутри области, а не регион: сравнивать с регионами осторожно",
    },
    "none_distinguishable": {
        "en": "No place can be told apart from the national rate.",
        "ru": "Ни одну территорию нельзя отличить от уровня по стране.",
    },
}
