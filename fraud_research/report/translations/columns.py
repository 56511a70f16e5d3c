"""Table headings (keyed by the snake_case column of the library's frames) and the remainder label."""

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
        "kk": "Халық саны (жарияланғандай)",
    },
    "population_source": {
        "en": "Population source",
        "ru": "Источник населения",
        "kk": "Халық саны дереккөзі",
    },
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
    # shares within the named schemes both sides list: what the test and its reading compare
    "share_among_shared": {
        "en": "Share among schemes both name",
        "ru": "Доля среди схем, названных обеими сторонами",
        "kk": "Екеуі де атаған схемалар ішіндегі үлес",
    },
    "share_among_shared_reference": {
        "en": "Same, in reference",
        "ru": "То же, в сравнении",
        "kk": "Сол, салыстырмада",
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
    "funnel_p_adjusted": {
        "en": "p-value against the overdispersed limits (Holm)",
        "ru": "p-значение относительно границ со сверхдисперсией (Холм)",
        "kk": "Асқын дисперсиялы шектерге қатысты p-мәні (Холм)",
    },
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
    "count_reference": {
        "en": "Cases (compared with)",
        "ru": "Случаи (сравнение)",
        "kk": "Оқиғалар (салыстыру)",
    },
    "ratio_to_national": {
        "en": "Ratio to national rate",
        "ru": "Отношение к уровню по стране",
        "kk": "Ел деңгейіне қатынас",
    },
    "ratio_ci_lower": {
        "en": "Ratio, lower 95%",
        "ru": "Отношение, нижняя 95%",
        "kk": "Қатынас, төменгі 95%",
    },
    "ratio_ci_upper": {
        "en": "Ratio, upper 95%",
        "ru": "Отношение, верхняя 95%",
        "kk": "Қатынас, жоғарғы 95%",
    },
    "place_a": {"en": "Place", "ru": "Территория", "kk": "Аумақ"},
    "place_b": {"en": "Compared with", "ru": "С чем сравнивается", "kk": "Салыстыру"},
    "distinguishable": {"en": "Distinguishable", "ru": "Различимы", "kk": "Ажыратылады"},
    "direction": {"en": "Direction", "ru": "Направление", "kk": "Бағыт"},
    "n": {"en": "Cases in the test", "ru": "Случаев в проверке", "kk": "Тексерудегі оқиғалар"},
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
    "wilson_lower": {
        "en": "Wilson lower 95%",
        "ru": "Уилсон, нижняя 95%",
        "kk": "Уилсон, төменгі 95%",
    },
    "wilson_upper": {
        "en": "Wilson upper 95%",
        "ru": "Уилсон, верхняя 95%",
        "kk": "Уилсон, жоғарғы 95%",
    },
    "share_ci_lower": {
        "en": "Share, lower 95% (simultaneous)",
        "ru": "Доля, нижняя 95% (совм.)",
        "kk": "Үлес, төменгі 95% (бірлескен)",
    },
    "share_ci_upper": {
        "en": "Share, upper 95% (simultaneous)",
        "ru": "Доля, верхняя 95% (совм.)",
        "kk": "Үлес, жоғарғы 95% (бірлескен)",
    },
    "tied_with_next": {
        "en": "Tied with next",
        "ru": "Не отличимо от следующей",
        "kk": "Келесісінен ажыратылмайды",
    },
    "damage_kzt": {"en": "Damage, tenge", "ru": "Ущерб, тенге", "kk": "Шығын, теңге"},
    "cases": {"en": "Cases", "ru": "Факты", "kk": "Фактілер"},
    "average_loss": {
        "en": "Average loss per case, tenge",
        "ru": "Средний ущерб на факт, тенге",
        "kk": "Бір фактіге орташа шығын, теңге",
    },
    "count_ci_lower": {
        "en": "Cases, lower 95%",
        "ru": "Факты, нижняя 95%",
        "kk": "Фактілер, төменгі 95%",
    },
    "count_ci_upper": {
        "en": "Cases, upper 95%",
        "ru": "Факты, верхняя 95%",
        "kk": "Фактілер, жоғарғы 95%",
    },
    "rate_ci_lower": {
        "en": "Rate, lower 95%",
        "ru": "Уровень, нижняя 95%",
        "kk": "Деңгей, төменгі 95%",
    },
    "rate_ci_upper": {
        "en": "Rate, upper 95%",
        "ru": "Уровень, верхняя 95%",
        "kk": "Деңгей, жоғарғы 95%",
    },
    "from_year": {"en": "From", "ru": "С", "kk": "Бастап"},
    "to_year": {"en": "To", "ru": "По", "kk": "Дейін"},
    "ratio": {"en": "Ratio", "ru": "Отношение", "kk": "Қатынас"},
    "qualifiers": {"en": "As printed", "ru": "Как опубликовано", "kk": "Жарияланғандай"},
    "figure_id": {"en": "Figure id", "ru": "Код показателя", "kk": "Көрсеткіш коды"},
    "metric": {"en": "Metric", "ru": "Показатель", "kk": "Көрсеткіш"},
    "value": {"en": "Value", "ru": "Значение", "kk": "Мәні"},
    "source_url": {"en": "Address", "ru": "Адрес", "kk": "Мекенжай"},
    "published": {"en": "Published", "ru": "Опубликовано", "kk": "Жарияланды"},
    "language": {"en": "Language", "ru": "Язык", "kk": "Тіл"},
    "quote": {"en": "Quote", "ru": "Цитата", "kk": "Дәйексөз"},
    "note": {"en": "Note", "ru": "Примечание", "kk": "Ескертпе"},
    "horizon": {"en": "Years ahead", "ru": "Лет вперёд", "kk": "Неше жыл алға"},
    "pi80_lower": {
        "en": "80% PI lower",
        "ru": "80% ИП, нижняя",
        "kk": "80% болжам аралығы, төменгі",
    },
    "pi80_upper": {
        "en": "80% PI upper",
        "ru": "80% ИП, верхняя",
        "kk": "80% болжам аралығы, жоғарғы",
    },
    "pi95_lower": {
        "en": "95% PI lower",
        "ru": "95% ИП, нижняя",
        "kk": "95% болжам аралығы, төменгі",
    },
    "pi95_upper": {
        "en": "95% PI upper",
        "ru": "95% ИП, верхняя",
        "kk": "95% болжам аралығы, жоғарғы",
    },
    "model": {"en": "Model", "ru": "Модель", "kk": "Модель"},
    "n_params": {"en": "Parameters", "ru": "Параметров", "kk": "Параметрлер"},
    "dispersion": {
        "en": "Variation beyond Poisson",
        "ru": "Разброс сверх пуассоновского",
        "kk": "Пуассоннан тыс ауытқу",
    },
    "aicc": {"en": "AICc", "ru": "Критерий Акаике (скорр.)", "kk": "Акаике критерийі (түзетілген)"},
    "rolling_origin_mae": {
        "en": "Rolling-origin MAE",
        "ru": "Средняя абсолютная ошибка (скользящее начало)",
        "kk": "Орташа абсолютті қате (жылжымалы бастау)",
    },
    "chosen": {"en": "Chosen", "ru": "Выбрана", "kk": "Таңдалды"},
    # issue 11: overdispersion-aware change, one-sided bounds, rank intervals, denominators
    "od_ci_lower": {
        "en": "Lower 95% (between-year variation)",
        "ru": "Нижняя 95% (с межгодовой изменчивостью)",
        "kk": "Төменгі 95% (жылдар арасындағы құбылмалылықпен)",
    },
    "od_ci_upper": {
        "en": "Upper 95% (between-year variation)",
        "ru": "Верхняя 95% (с межгодовой изменчивостью)",
        "kk": "Жоғарғы 95% (жылдар арасындағы құбылмалылықпен)",
    },
    "od_p_value": {
        "en": "p (between-year variation)",
        "ru": "p (с межгодовой изменчивостью)",
        "kk": "p (жылдар арасындағы құбылмалылықпен)",
    },
    "bound": {"en": "One-sided", "ru": "Односторонняя", "kk": "Біржақты"},
    "reason": {"en": "Why", "ru": "Почему", "kk": "Неліктен"},
    "rank_lower": {
        "en": "Best plausible rank",
        "ru": "Лучший возможный ранг",
        "kk": "Ең жақсы ықтимал орын",
    },
    "rank_upper": {
        "en": "Worst plausible rank",
        "ru": "Худший возможный ранг",
        "kk": "Ең нашар ықтимал орын",
    },
    "funnel_flag": {
        "en": "Against the overdispersed limits",
        "ru": "Относительно границ со сверхдисперсией",
        "kk": "Асқын дисперсиялы шектерге қатысты",
    },
    "denominator": {"en": "Denominator", "ru": "Знаменатель", "kk": "Бөлгіш"},
    "share_difference": {"en": "Share difference", "ru": "Разница долей", "kk": "Үлестер айырмасы"},
    "difference_ci_lower": {
        "en": "Difference lower 95%",
        "ru": "Разница: нижняя 95%",
        "kk": "Айырма: төменгі 95%",
    },
    "difference_ci_upper": {
        "en": "Difference upper 95%",
        "ru": "Разница: верхняя 95%",
        "kk": "Айырма: жоғарғы 95%",
    },
    "dissimilarity": {
        "en": "Dissimilarity index",
        "ru": "Индекс несходства",
        "kk": "Айырмашылық индексі",
    },
    "n_shared": {
        "en": "Shared named schemes",
        "ru": "Общих названных схем",
        "kk": "Ортақ аталған схемалар",
    },
    "derived": {"en": "Derived", "ru": "Производная", "kk": "Туынды"},
}
