"""Every word a reader sees, in English, Russian and Kazakh: the one translation table.

Keys are plain identifiers. ``COLUMN_LABELS`` are table headings (keyed by the
snake_case column of the library's frames), ``UI_STRINGS`` headings, sentences and
caveats (``caveat_<code>`` for a :class:`~fraud_research.stats.Note` code,
``method_<code>`` for a method code), ``VALUE_LABELS`` the reader's words for coded
values (qualifiers, directions, verdicts). Place names and scheme labels are data
(``data/places.csv``, ``data/schemes.csv``). Strings may hold ``{placeholders}``
filled by :func:`~fraud_research.report.labels.translate`.

Examples
--------
>>> COLUMN_LABELS["year"]["kk"]
'Жыл'
"""

from __future__ import annotations

#: Label of the ``not_listed`` remainder of a scheme breakdown.
UNLISTED_LABELS = {
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
    "cases_axis": {"en": "Cases", "ru": "Случаи", "kk": "Оқиғалар"},
    "tenge_axis": {"en": "Tenge", "ru": "Тенге", "kk": "Теңге"},
    "trend_band": {
        "en": "{level:.0%} prediction interval",
        "ru": "{level:.0%} интервал прогноза",
        "kk": "{level:.0%} болжам аралығы",
    },
    "trend_fit": {"en": "fitted trend", "ru": "модельный тренд", "kk": "модель тренді"},
    "trend_projection": {"en": "projection", "ru": "прогноз", "kk": "болжам"},
    "trend_observed": {"en": "observed", "ru": "наблюдения", "kk": "байқалған"},
    "trend_title": {"en": "Trend: {verdict}", "ru": "Тренд: {verdict}", "kk": "Үрдіс: {verdict}"},
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
    "no_breakdown_plot": {
        "en": "No scheme breakdown published for this year",
        "ru": "Разбивка по схемам за этот год не опубликована",
    },
    "no_counts_plot": {
        "en": "No full-year case counts published",
        "ru": "Годовые числа случаев не опубликованы",
    },
    "shares_axis_whiskers": {
        "en": "Share of registered cases, {year} (whiskers: Goodman simultaneous 95% intervals)",
        "ru": "Доля зарегистрированных случаев, {year} (усы: совместные 95% интервалы Гудмана)",
    },
    "caption_shares": {
        "en": "Shares of registered cases by scheme, {place}, {year}, with Goodman simultaneous "
        "95% intervals.",
        "ru": "Доли зарегистрированных случаев по схемам, {place}, {year}, с совместными 95% "
        "интервалами Гудмана.",
    },
    "caption_trend": {
        "en": "Registered cases by year, {place}, with the fitted trend and the projection's "
        "prediction intervals.",
        "ru": "Зарегистрированные случаи по годам, {place}, с модельным трендом и интервалами "
        "прогноза.",
    },
    "caption_funnel": {
        "en": "Rates per 100 000 residents against population, {year}, with control limits "
        "around the national rate.",
        "ru": "Уровни на 100 000 жителей в зависимости от численности населения, {year}, с "
        "контрольными границами вокруг уровня по стране.",
    },
    "caption_ranking": {
        "en": "Rates per 100 000 residents with 95% intervals, {year}; the line is the national "
        "rate.",
        "ru": "Уровни на 100 000 жителей с 95% интервалами, {year}; линия — уровень по стране.",
    },
    "caption_scheme_mix": {
        "en": "Scheme shares of each place beside the country's, {year}.",
        "ru": "Доли схем каждой территории рядом с долями по стране, {year}.",
    },
    "unbounded": {"en": "unbounded", "ru": "без границы", "kk": "шексіз"},
    "billion_short": {"en": "bn", "ru": "млрд", "kk": "млрд"},
    "million_short": {"en": "m", "ru": "млн", "kk": "млн"},
    "cases_unit": {"en": "cases", "ru": "случаи", "kk": "оқиғалар"},
    "tenge_unit": {"en": "tenge", "ru": "тенге", "kk": "теңге"},
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
    "limits_1": {
        "en": "Only {n_rated} of {n_places} places in the registry have a full-year count and a "
        "sourced population for {year}: {rated}. The ranking covers these places only; the "
        "other regions are not 'average', they are unknown.",
        "ru": "Только у {n_rated} из {n_places} территорий реестра есть годовое число случаев и "
        "население с источником за {year} год: {rated}. Рейтинг охватывает только их; остальные "
        "регионы не «средние», а неизвестные.",
    },
    "limits_2": {
        "en": "Counts are registered crimes: they depend on how willing victims are to report and "
        "on how each police department records a case. A higher rate may mean more fraud or "
        "more complete recording.",
        "ru": "Это зарегистрированные преступления: они зависят от готовности потерпевших обращаться "
        "и от того, как каждое подразделение полиции регистрирует случаи. Более высокий уровень "
        "может означать больше мошенничества или более полную регистрацию.",
    },
    "limits_3": {
        "en": "Intervals describe year-to-year (Poisson) variability of the count, not errors in the "
        "published figures, and they treat the population as known.",
        "ru": "Интервалы описывают случайную (пуассоновскую) изменчивость числа случаев, а не ошибки "
        "в опубликованных цифрах; население считается известным точно.",
    },
    "limits_4": {
        "en": "The national figure contains the regions' own cases, so a region is never an "
        "independent sample from it; the scheme-mix tests say so and offer 'rest of the country'.",
        "ru": "Общереспубликанская цифра включает случаи самих регионов, поэтому регион — не "
        "независимая выборка; проверки структуры схем это оговаривают и предлагают сравнение "
        "с остальной частью страны.",
    },
    "limits_5": {
        "en": "Scheme categories differ between sources; schemes a source does not name are merged "
        "into 'other / not listed', so a difference there says nothing about any single scheme.",
        "ru": "Категории схем в источниках различаются; схемы, не названные источником, объединены "
        "в «прочие / не указано», и различие в этой строке ничего не говорит об отдельной схеме.",
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
    "rising": {"en": "rising", "ru": "рост", "kk": "өсу"},
    "falling": {"en": "falling", "ru": "снижение", "kk": "төмендеу"},
    "no clear trend": {"en": "no clear trend", "ru": "явного тренда нет", "kk": "айқын үрдіс жоқ"},
    "too early to say": {
        "en": "too early to say",
        "ru": "делать выводы рано",
        "kk": "қорытынды жасауға ерте",
    },
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
