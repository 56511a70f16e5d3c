"""Words about periods and denominators: which population a rate divides by, which figures
cover another span, part-year figures in a region report.
"""

from __future__ import annotations

#: Month names in the nominative («январь–май 2025»).
MONTH_NAMES: dict[str, tuple[str, ...]] = {
    "en": ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"),
    "ru": ("январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август",
           "сентябрь", "октябрь", "ноябрь", "декабрь"),
    "kk": ("қаңтар", "ақпан", "наурыз", "сәуір", "мамыр", "маусым", "шілде", "тамыз",
           "қыркүйек", "қазан", "қараша", "желтоқсан"),
}  # fmt: skip

#: Month names in a date («1 января 2025»): Russian in the genitive, the others as named.
DATE_MONTHS: dict[str, tuple[str, ...]] = {
    **MONTH_NAMES,
    "ru": ("января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа",
           "сентября", "октября", "ноября", "декабря"),
}  # fmt: skip

#: Sentences and cell words of the period and denominator topic.
PERIOD_STRINGS: dict[str, dict[str, str]] = {
    "date_words": {
        "en": "{day} {month} {year}",
        "ru": "{day} {month} {year}",
        "kk": "{year} жылғы {day} {month}",
    },
    "denominator_mid_year_average": {
        "en": "population: average of {date} and {date_2}",
        "ru": "население: среднее на {date} и {date_2}",
        "kk": "халық саны: {date} және {date_2} орташасы",
    },
    "denominator_on_date": {
        "en": "population: {date} (the only sourced date near {year}; not a mid-year average)",
        "ru": "население: на {date} (единственная дата из источника около {year} года; "
        "не среднегодовое)",
        "kk": "халық саны: {date} (дереккөздегі {year} жылға жақын жалғыз күн; "
        "жылдың ортасындағы орташа емес)",
    },
    "denominator_nearest_midpoint": {
        "en": "population: {date} (the sourced date nearest the period's midpoint)",
        "ru": "население: на {date} (дата из источника, ближайшая к середине периода)",
        "kk": "халық саны: {date} (кезеңнің ортасына ең жақын дереккөздегі күн)",
    },
    "denominator_year_only": {
        "en": "population: for {year}, date not stated",
        "ru": "население: за {year} год, дата не указана",
        "kk": "халық саны: {year} жыл үшін, күні көрсетілмеген",
    },
    "denominator_none": {
        "en": "no sourced population: no rate",
        "ru": "нет населения из источника: уровень не рассчитан",
        "kk": "дереккөзден халық саны жоқ: деңгей есептелмеді",
    },
    "caveat_pop_single": {
        "en": "population as of {date}: the only sourced date near {year}, not a mid-year average",
        "ru": "население на {date}: единственная дата из источника около {year} года, "
        "а не среднегодовое",
        "kk": "халық саны {date} күнге: {year} жылға жақын дереккөздегі жалғыз күн, "
        "жылдың ортасындағы орташа емес",
    },
    # the rule is dataset.panel's: the most precise figure, then the fullest source, the earliest
    "caveat_pop_conflict": {
        "en": "outlets disagree on the population, another gives {others}; the most precise "
        "figure of the fullest, earliest source is used",
        "ru": "источники расходятся в численности населения, другой даёт {others}; взято самое "
        "точное значение наиболее полного и раннего источника",
        "kk": "халық саны бойынша дереккөздер сәйкес емес, басқасы {others} береді; ең толық әрі "
        "ерте дереккөздің ең дәл мәні алынды",
    },
    "compare_period_title": {
        "en": "{title} — {period}",
        "ru": "{title} — {period}",
        "kk": "{title} — {period}",
    },
    "compare_period_lede": {
        "en": (
            "Every place with a published figure for exactly {period} is compared; figures for "
            "other spans are listed below as not comparable, never mixed in."
        ),
        "ru": (
            "Сравниваются все территории, для которых опубликован показатель ровно за период "
            "«{period}»; показатели за другие периоды перечислены ниже как несопоставимые и не "
            "смешиваются."
        ),
        "kk": (
            "Дәл «{period}» кезеңіне жарияланған көрсеткіші бар барлық аумақ салыстырылады; "
            "басқа кезеңдердің көрсеткіштері төменде салыстыруға келмейтін ретінде беріледі, "
            "араластырылмайды."
        ),
    },
    "section_not_comparable": {
        "en": "Not comparable: figures for another period",
        "ru": "Несопоставимо: показатели за другой период",
        "kk": "Салыстыруға келмейді: басқа кезеңнің көрсеткіштері",
    },
    "intro_not_comparable": {
        "en": (
            "These places published a figure for {year}, but for a different span than "
            "{period}: each is shown with its own period and left out of the rates and ranking."
        ),
        "ru": (
            "Эти территории опубликовали показатель за {year} год, но за другой период, чем "
            "«{period}»: каждый показан со своим периодом и не входит в уровни и рейтинг."
        ),
        "kk": (
            "Бұл аумақтар {year} жылға көрсеткіш жариялаған, бірақ «{period}» кезеңінен басқа "
            "кезеңге: әрқайсысы өз кезеңімен көрсетіледі және деңгейлер мен рейтингке кірмейді."
        ),
    },
    # places with a figure for another span of the year are listed apart, in a table
    "no_figure_for_period": {
        "en": "No figure for any span of {year} was found for: {names}.",
        "ru": "Ни одного показателя за {year} год не найдено для: {names}.",
        "kk": "{year} жылдың ешбір кезеңіне көрсеткіш табылмады: {names}.",
    },
    "nothing_not_comparable": {
        "en": "No other place published a figure for another span of this year.",
        "ru": "Другие территории не публиковали показателей за иные периоды этого года.",
        "kk": "Басқа аумақтар осы жылдың басқа кезеңіне көрсеткіш жарияламаған.",
    },
    "no_rate_places": {
        "en": "Counted but without a rate (no sourced population): {names}.",
        "ru": "Есть число случаев, но нет уровня (нет населения из источника): {names}.",
        "kk": "Оқиғалар саны бар, бірақ деңгей жоқ (дереккөзден халық саны жоқ): {names}.",
    },
    "caveat_mix_full_year_only": {
        "en": "Scheme mixes are compared on full years only: no place publishes a scheme breakdown "
        "for {period} beside the country's.",
        "ru": "Структура схем сравнивается только за полные годы: за период «{period}» разбивку по "
        "схемам рядом с общереспубликанской не публикует ни одна территория.",
        "kk": "Схемалар құрылымы тек толық жылдар бойынша салыстырылады: «{period}» кезеңіне ел "
        "деректерімен қатар схемалар бөлінісін ешбір аумақ жарияламайды.",
    },
    "cf_compared_period": {
        "en": "For {period}, {places} can be compared: {names}; the other regions publish no rate "
        "for this span and are unknown, not average.",
        "ru": "За период «{period}» можно сравнить {places}: {names}; остальные регионы не "
        "публикуют данных для уровня за этот период — они неизвестны, а не «средние».",
        "kk": "«{period}» кезеңіне {places} салыстыруға болады: {names}; қалған өңірлер бұл "
        "кезеңге деңгейге дерек жарияламайды — олар «орташа» емес, белгісіз.",
    },
    "limits_1_period": {
        "en": "Only {n_rated} of {n_places} places in the registry have a count for exactly "
        "{period} and a sourced population: {rated}. The ranking covers these places only; the "
        "other regions are not 'average', they are unknown.",
        "ru": "Только у {n_rated} из {n_places} территорий реестра есть число случаев ровно за "
        "период «{period}» и население с источником: {rated}. Рейтинг охватывает только их; "
        "остальные регионы не «средние», а неизвестные.",
        "kk": "Тізілімдегі {n_places} аумақтың тек {n_rated}-інде дәл «{period}» кезеңіне "
        "оқиғалар саны мен дереккөзі бар халық саны бар: {rated}. Рейтинг тек соларды қамтиды; "
        "қалған өңірлер «орташа» емес, белгісіз.",
    },
    "intro_rates_period": {
        "en": "Registered internet-fraud cases per 100 000 residents for every place with a count "
        "for exactly this period; the population is the sourced one nearest the period's "
        "midpoint (the Denominator column says which), and a place without one keeps its count "
        "but gets no rate. Intervals are exact Poisson 95% intervals. The funnel plot shows each "
        "rate against the population, with 95% and 99.8% control limits around the national rate.",
        "ru": "Зарегистрированные случаи интернет-мошенничества на 100 000 жителей для каждой "
        "территории с числом случаев ровно за этот период; население — из источника, ближайшее к "
        "середине периода (см. столбец «Знаменатель»); у территории без него остаётся число "
        "случаев, но уровень не рассчитывается. Интервалы — точные пуассоновские 95%. "
        "Воронкообразная диаграмма показывает уровень против численности населения с "
        "контрольными границами 95% и 99,8% вокруг уровня по стране.",
        "kk": "Дәл осы кезеңге оқиғалар саны бар әр аумақ үшін 100 000 тұрғынға шаққандағы "
        "тіркелген интернет-алаяқтық оқиғалары; халық саны — кезеңнің ортасына ең жақын "
        "дереккөздегі сан («Бөлгіш» бағанын қараңыз); ол жоқ аумақтың оқиғалар саны қалады, "
        "бірақ деңгейі есептелмейді. Аралықтар — нақты пуассондық 95%. Воронка диаграммасы әр "
        "деңгейді халық санына қарсы, ел деңгейінің айналасындағы 95% және 99,8% бақылау "
        "шектерімен көрсетеді.",
    },
    "f_part_year": {
        "en": "No full-year count is published for {year}; the latest figure is {count} "
        "in {period} (part of a year: not comparable with a full year).",
        "ru": "Годовой показатель за {year} год не опубликован; последний показатель — {count} "
        "за период «{period}» (часть года: не сравнивается с полным годом).",
        "kk": "{year} жылға жылдық көрсеткіш жарияланбаған; соңғы көрсеткіш — «{period}» "
        "кезеңінде {count} (жылдың бір бөлігі: толық жылмен салыстырылмайды).",
    },
    "section_part_year": {
        "en": "Published figures for part of a year",
        "ru": "Опубликованные показатели за часть года",
        "kk": "Жылдың бір бөлігіне жарияланған көрсеткіштер",
    },
    "intro_part_year": {
        "en": (
            "Figures published for part of a year, each with its own period: a part of a year "
            "is not a year, and only the same span in different years is compared, as full "
            "years are. A count printed rounded («7 тыс.») stands for every count that rounds "
            "to it, and its intervals cover them all."
        ),
        "ru": (
            "Показатели, опубликованные за часть года, каждый со своим периодом: часть года — "
            "не год, и сравниваются только одинаковые периоды разных лет, как и целые годы. "
            "Округлённое число («7 тыс.») означает любое число, которое так округляется, и его "
            "интервалы охватывают их все."
        ),
        "kk": (
            "Жылдың бір бөлігіне жарияланған көрсеткіштер, әрқайсысы өз кезеңімен: жылдың бір "
            "бөлігі жыл емес, тек әр жылдың бірдей кезеңдері ғана салыстырылады, толық жылдар "
            "сияқты. Дөңгелектенген сан («7 мың») осылай дөңгелектенетін кез келген санды "
            "білдіреді, оның аралықтары олардың бәрін қамтиды."
        ),
    },
    "no_part_year_text": {
        "en": "No part-year figure is published for this place up to this year.",
        "ru": "Показателей за часть года для этой территории до этого года не опубликовано.",
        "kk": "Бұл аумаққа осы жылға дейін жылдың бір бөлігіне көрсеткіш жарияланбаған.",
    },
    "part_year_change_heading": {
        "en": "Same span, different years",
        "ru": "Один и тот же период в разные годы",
        "kk": "Әртүрлі жылдардағы бірдей кезең",
    },
    "no_part_year_change_text": {
        "en": "No span is published for two different years, so no change can be shown.",
        "ru": "Ни один период не опубликован за два разных года, поэтому изменение не показано.",
        "kk": "Ешбір кезең екі түрлі жылға жарияланбаған, сондықтан өзгеріс көрсетілмейді.",
    },
    "annualised_heading": {
        "en": "Annualised estimate (asked for; seasonality unknown)",
        "ru": "Пересчёт на год (по запросу; сезонность неизвестна)",
        "kk": "Жылға шаққандағы бағалау (сұрау бойынша; маусымдылық белгісіз)",
    },
    "annualised_note": {
        "en": (
            "An estimate, not a published figure: the count × 12 / months, as if cases were "
            "spread evenly over the year. The interval is a 95% predictive interval for the "
            "full-year count under that assumption; seasonality is unknown, so the true yearly "
            "count may lie outside it."
        ),
        "ru": (
            "Оценка, а не опубликованный показатель: число случаев × 12 / число месяцев, как "
            "если бы случаи распределялись по году равномерно. Интервал — 95% прогнозный "
            "интервал годового числа при этом допущении; сезонность неизвестна, поэтому истинное "
            "годовое число может выйти за его пределы."
        ),
        "kk": (
            "Бұл жарияланған көрсеткіш емес, бағалау: оқиғалар саны × 12 / айлар саны, оқиғалар "
            "жыл бойы біркелкі бөлінгендей. Аралық — осы болжам бойынша жылдық санның 95% "
            "болжамды аралығы; маусымдылық белгісіз, сондықтан нақты жылдық сан одан тыс болуы "
            "мүмкін."
        ),
    },
}

#: Column headings of the period tables.
PERIOD_COLUMN_LABELS: dict[str, dict[str, str]] = {
    "period": {"en": "Period", "ru": "Период", "kk": "Кезең"},
    "from_period": {"en": "From", "ru": "С", "kk": "Бастап"},
    "to_period": {"en": "To", "ru": "По", "kk": "Дейін"},
    "months": {"en": "Months", "ru": "Месяцев", "kk": "Ай"},
    "annualised": {
        "en": "Annualised (estimate)",
        "ru": "На год (оценка)",
        "kk": "Жылға шаққанда (бағалау)",
    },
    "annualised_ci_lower": {
        "en": "Annualised, lower 95%",
        "ru": "На год, нижняя 95%",
        "kk": "Жылға, төменгі 95%",
    },
    "annualised_ci_upper": {
        "en": "Annualised, upper 95%",
        "ru": "На год, верхняя 95%",
        "kk": "Жылға, жоғарғы 95%",
    },
}
