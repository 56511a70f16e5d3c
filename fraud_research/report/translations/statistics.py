"""Words of the statistics: method names, caveats (``caveat_<code>`` for a
:class:`~fraud_research.stats.Note` code), trend sentences, readings and limits."""

from __future__ import annotations

#: Method notes (``method_<code>``), caveats, ranking and mix sentences.
STATISTICS_STRINGS: dict[str, dict[str, str]] = {
    "national_rate": {
        "en": "National rate",
        "ru": "Уровень по стране",
        "kk": "Ел бойынша деңгей",
    },
    "limits_95": {
        "en": "95% control limits",
        "ru": "Контрольные границы 95%",
        "kk": "95% бақылау шектері",
    },
    "limits_998": {
        "en": "99.8% control limits",
        "ru": "Контрольные границы 99,8%",
        "kk": "99,8% бақылау шектері",
    },
    "lower_bound": {
        "en": "lower bound",
        "ru": "нижняя граница",
        "kk": "төменгі шек",
    },
    "reading_over": {
        "en": "{scheme} are over-represented in {place} compared with {reference}, among the schemes both list: {share} vs {share_reference}",
        "ru": "«{scheme}»: доля выше среди схем, названных обеими сторонами, — {place}: {share}, {reference}: {share_reference}",
        "kk": "«{scheme}»: екеуі де атаған схемалар арасында үлесі жоғары — {place}: {share}, {reference}: {share_reference}",
    },
    "reading_under": {
        "en": "{scheme} are under-represented in {place} compared with {reference}, among the schemes both list: {share} vs {share_reference}",
        "ru": "«{scheme}»: доля ниже среди схем, названных обеими сторонами, — {place}: {share}, {reference}: {share_reference}",
        "kk": "«{scheme}»: екеуі де атаған схемалар арасында үлесі төмен — {place}: {share}, {reference}: {share_reference}",
    },
    "reading_similar": {
        "en": "{scheme}: no clear difference between {place} and {reference}, among the schemes both list: {share} vs {share_reference}",
        "ru": "«{scheme}»: явного различия нет среди схем, названных обеими сторонами, — {place}: {share}, {reference}: {share_reference}",
        "kk": "«{scheme}»: екеуі де атаған схемалар арасында айқын айырмашылық жоқ — {place}: {share}, {reference}: {share_reference}",
    },
    "rest_of_country": {
        "en": "rest of the country",
        "ru": "остальная часть страны",
        "kk": "елдің қалған бөлігі",
    },
    "caveat_overlap": {
        "en": "the {reference} figures include {place}'s own cases ({n_place} of {n_reference}, {share:.1%}), so the two tables are not independent samples; the test is conservative — compare with the rest of the country for independent tables",
        "ru": "цифры «{reference}» включают случаи «{place}» ({n_place} из {n_reference}, {share:.1%}), поэтому таблицы — не независимые выборки; критерий консервативен — для независимых таблиц сравнивайте с остальной частью страны",
        "kk": "«{reference}» деректері «{place}» оқиғаларын да қамтиды ({n_reference} ішінен {n_place}, {share:.1%}), сондықтан кестелер тәуелсіз іріктемелер емес; критерий консервативті — тәуелсіз кестелер үшін елдің қалған бөлігімен салыстырыңыз",
    },
    "none_merged": {"en": "none", "ru": "нет", "kk": "жоқ"},
    "caveat_merged": {
        "en": "schemes listed by one side only are merged into '{unlisted}' ({place}: {merged}; {reference}: {merged_reference})",
        "ru": "схемы, названные только одной стороной, объединены в «{unlisted}» ({place}: {merged}; {reference}: {merged_reference})",
        "kk": "тек бір тарап атаған схемалар «{unlisted}» санатына біріктірілді ({place}: {merged}; {reference}: {merged_reference})",
    },
    "caveat_qualifier": {
        "en": "{place}: '{scheme}' printed as {qualifier}",
        "ru": "{place}: число по схеме «{scheme}» опубликовано с оговоркой «{qualifier}»",
        "kk": "{place}: «{scheme}» {qualifier} ретінде жарияланған",
    },
    "caveat_rest": {
        "en": "'{rest}' = {reference} minus {place}, scheme by scheme, assuming both come from the same recording system",
        "ru": "«{rest}» = {reference} минус {place} по каждой схеме, в предположении единой системы учёта",
        "kk": "«{rest}» = {reference} минус {place}, әр схема бойынша; екеуі бір есепке алу жүйесінен алынған деп есептеледі",
    },
    "caveat_plain_counts": {
        "en": "plain counts were given, so the periods could not be checked",
        "ru": "переданы только числа, поэтому периоды не проверены",
        "kk": "тек сандар берілді, сондықтан кезеңдер тексерілмеді",
    },
    "caveat_periods_differ": {
        "en": "periods differ (adjust='annualise' was requested): shares are compared as published, which assumes the mix is the same throughout the year",
        "ru": "периоды различаются (запрошено adjust='annualise'): доли сравниваются как опубликованы, в предположении, что структура схем постоянна в течение года",
        "kk": "кезеңдер әртүрлі: үлестер жарияланғандай салыстырылады, схемалар құрылымы жыл бойы өзгермейді деп есептеледі",
    },
    "caveat_no_breakdown": {
        "en": "no full-year scheme breakdown in {year} for: {places}",
        "ru": "нет годовой разбивки по схемам за {year} год для: {places}",
        "kk": "{year} жылға схемалар бойынша жылдық бөлініс жоқ: {places}",
    },
    "caveat_count_qualifier": {
        "en": "count printed as {qualifier}: the rate is {kind}",
        "ru": "число опубликовано с оговоркой «{qualifier}»: уровень — {kind}",
        "kk": "сан «{qualifier}» ретінде жарияланған: деңгей — {kind}",
    },
    "caveat_pop_undated": {
        "en": "population {value} is undated (the source gives only the year {year})",
        "ru": "население {value} без даты (источник указывает только {year} год)",
        "kk": "халық саны {value} күнсіз (дереккөз тек {year} жылды көрсетеді)",
    },
    "caveat_pop_qualifier": {
        "en": "population as printed: {qualifier}; shown only to the digits its sources support",
        "ru": "население опубликовано с оговоркой «{qualifier}»; показано лишь с той точностью, которую дают источники",
        "kk": "халық саны «{qualifier}» ретінде жарияланған; дереккөздер беретін дәлдікпен ғана көрсетілген",
    },
    "caveat_no_rate": {
        "en": "no rate: no sourced population for {place} near {year} (dates on record: {dates}); none is estimated",
        "ru": "уровень не рассчитан: нет населения из источника для «{place}» около {year} года (даты в данных: {dates}); оценки не делаются",
        "kk": "деңгей есептелмеді: «{place}» үшін {year} жылға жақын дереккөзі бар халық саны жоқ (деректегі күндер: {dates}); бағалау жасалмайды",
    },
    "caveat_conflict": {
        "en": "sources disagree: {others}",
        "ru": "источники расходятся: {others}",
        "kk": "дереккөздер сәйкес емес: {others}",
    },
    "no_address": {
        "en": "no address",
        "ru": "без адреса",
        "kk": "мекенжайсыз",
    },
    "caveat_no_place_with_breakdown": {
        "en": "no place has a full-year scheme breakdown in {year} to compare with {reference}",
        "ru": "ни у одной территории нет годовой разбивки по схемам за {year} год для сравнения с «{reference}»",
        "kk": "{year} жылы «{reference}» деректерімен салыстыратын схемалар бойынша жылдық бөлінісі бар аумақ жоқ",
    },
    "unbounded": {
        "en": "unbounded",
        "ru": "без границы",
        "kk": "шексіз",
    },
    "method_garwood": {
        "en": "exact Poisson (Garwood) {level}% interval",
        "ru": "точный пуассоновский {level}% интервал (Гарвуд)",
        "kk": "нақты пуассондық {level}% аралық (Гарвуд)",
    },
    "method_goodman": {
        "en": "Goodman simultaneous {level}% intervals; Wilson {level}% per scheme",
        "ru": "совместные {level}% интервалы Гудмана; Уилсон {level}% для каждой схемы",
        "kk": "Гудманның бірлескен {level}% аралықтары; әр схемаға Уилсонның {level}% аралығы",
    },
    "method_sison-glaz": {
        "en": "Sison-Glaz simultaneous {level}% intervals; Wilson {level}% per scheme",
        "ru": "совместные {level}% интервалы Сисона-Глаза; Уилсон {level}% для каждой схемы",
        "kk": "Сисон–Глаздың бірлескен {level}% аралықтары; әр схемаға Уилсонның {level}% аралығы",
    },
    "method_score": {
        "en": "ratio of Poisson rates, score {level}% interval (confint_poisson_2indep)",
        "ru": "отношение пуассоновских интенсивностей, score-интервал {level}%",
        "kk": "пуассондық қарқындар қатынасы, {level}% score-аралық",
    },
    "method_ratio_of_totals": {
        "en": "ratio of published totals (mean loss per registered case)",
        "ru": "отношение опубликованных итогов (средний ущерб на зарегистрированный факт)",
        "kk": "жарияланған қорытындылардың қатынасы (тіркелген бір фактіге орташа шығын)",
    },
    "method_proportional": {
        "en": "proportional scaling to a full year (no seasonality)",
        "ru": "пропорциональный пересчёт на полный год (без учёта сезонности)",
        "kk": "толық жылға пропорционалды қайта есептеу (маусымдықсыз)",
    },
    "method_exact_poisson_test": {
        "en": "exact Poisson test against the national rate (fixed standard), Holm adjustment; exact {level}% ratio interval; the national figure includes each place's own cases",
        "ru": "точный пуассоновский критерий против уровня страны (фиксированный стандарт), поправка Холма; точный {level}% интервал отношения; цифра страны включает случаи самой территории",
        "kk": "ел деңгейіне қарсы нақты пуассондық критерий (тұрақты стандарт), Холм түзетуі; қатынастың нақты {level}% аралығы; ел деректері аумақтың өз оқиғаларын қамтиды",
    },
    "method_chi2": {
        "en": "chi-square test of homogeneity",
        "ru": "критерий хи-квадрат однородности",
        "kk": "біртектілікке арналған хи-квадрат критерийі",
    },
    "method_monte_carlo_chi2": {
        "en": "Monte-Carlo chi-square test (tables with fixed margins; small expected counts)",
        "ru": "критерий хи-квадрат методом Монте-Карло (таблицы с фиксированными суммами)",
        "kk": "Монте-Карло әдісімен хи-квадрат критерийі (шеткі қосындылары тұрақты кестелер)",
    },
    "ranking_summary": {
        "en": "{n} places can be ranked against {reference} ({rate:.2f} per 100 000). Above the national rate: {above}. Below: {below}. Not distinguishable: {similar}. Undetermined (count printed as a bound): {undetermined}. Places sharing a group letter cannot be told apart from each other.",
        "ru": "Ранжировать можно {n} территорий относительно «{reference}» ({rate:.2f} на 100 000). Выше уровня страны: {above}. Ниже: {below}. Не отличаются: {similar}. Не определено (число опубликовано как граница): {undetermined}. Территории с общей буквой группы нельзя отличить друг от друга.",
        "kk": "{reference} деңгейіне ({rate:.2f} / 100 000) қатысты рейтингке енген аумақтар: {n}. Ел деңгейінен жоғары: {above}. Төмен: {below}. Айырмашылық жоқ: {similar}. Анықталмаған (сан шек ретінде жарияланған): {undetermined}. Топ әрпі ортақ аумақтарды бір-бірінен ажырату мүмкін емес.",
    },
    "caveat_city": {
        "en": "a city inside a region, not a region: compare it with regions with care",
        "ru": "город внутри области, а не регион: сравнивать с регионами осторожно",
        "kk": "облыс ішіндегі қала, өңір емес: өңірлермен абайлап салыстыру керек",
    },
    "none_distinguishable": {
        "en": "No place can be told apart from the national rate.",
        "ru": "Ни одну территорию нельзя отличить от уровня по стране.",
        "kk": "Бірде-бір аумақты ел деңгейінен ажырату мүмкін емес.",
    },
    "method_too_few_named": {
        "en": "no test: fewer than two named schemes shared",
        "ru": "критерий не применялся: общих названных схем меньше двух",
        "kk": "тест жасалмады: ортақ аталған схемалар екіден аз",
    },
    "method_undetermined_bound": {
        "en": "no test: undetermined (a scheme count is a lower bound)",
        "ru": "критерий не применялся: не определено (число по схеме — нижняя граница)",
        "kk": "тест жасалмады: анықталмаған (схема саны — төменгі шек)",
    },
    "method_garwood_reading": {
        "en": "the exact Poisson (Garwood) interval is the range of underlying yearly rates consistent with the recorded count, not a range of counts",
        "ru": "точный пуассоновский интервал (Гарвуд) — диапазон лежащих в основе годовых интенсивностей, совместимых с зарегистрированным числом, а не диапазон чисел",
        "kk": "дәл пуассондық аралық (Гарвуд) — тіркелген санмен үйлесетін негізгі жылдық қарқындылықтардың ауқымы, сандардың ауқымы емес",
    },
    "method_loglinear_pooled": {
        "en": "log-linear trend with between-year variation pooled across places (moderated variance, Smyth 2004); analytic {level}% prediction intervals",
        "ru": "лог-линейный тренд с межгодовой изменчивостью, объединённой по территориям (сглаженная дисперсия, Smyth 2004); аналитические {level}% интервалы прогноза",
        "kk": "аумақтар бойынша біріктірілген жылдар арасындағы құбылмалылығы бар лог-сызықтық үрдіс (Smyth 2004); аналитикалық {level}% болжам аралықтары",
    },
    "method_negbin": {
        "en": "negative binomial (NB2) log-linear GLM; log-normal (delta-method) {level}% prediction intervals",
        "ru": "отрицательная биномиальная (NB2) лог-линейная модель; {level}% интервалы прогноза (дельта-метод)",
        "kk": "теріс биномдық (NB2) лог-сызықтық модель; {level}% болжам аралықтары (дельта-әдіс)",
    },
    "method_quasi_poisson": {
        "en": "quasi-Poisson log-linear GLM; {level}% prediction intervals (delta method)",
        "ru": "квазипуассоновская лог-линейная модель; {level}% интервалы прогноза (дельта-метод)",
        "kk": "квазипуассондық лог-сызықтық модель; {level}% болжам аралықтары (дельта-әдіс)",
    },
    "method_poisson": {
        "en": "Poisson log-linear GLM (ignores overdispersion); {level}% prediction intervals",
        "ru": "пуассоновская лог-линейная модель (без сверхдисперсии); {level}% интервалы прогноза",
        "kk": "пуассондық лог-сызықтық модель (асқын дисперсиясыз); {level}% болжам аралықтары",
    },
    "method_naive": {
        "en": "naive forecast on the log scale; {level}% intervals (FPP3)",
        "ru": "наивный прогноз в логарифмах; {level}% интервалы (FPP3)",
        "kk": "логарифмдік шкаладағы аңғал болжам; {level}% аралықтар (FPP3)",
    },
    "method_drift": {
        "en": "drift forecast on the log scale; {level}% intervals (FPP3)",
        "ru": "прогноз со сносом в логарифмах; {level}% интервалы (FPP3)",
        "kk": "логарифмдік шкаладағы дрейф болжамы; {level}% аралықтар (FPP3)",
    },
    "method_ets_damped": {
        "en": "damped-trend exponential smoothing on the log scale; {level}% intervals",
        "ru": "экспоненциальное сглаживание с затухающим трендом; {level}% интервалы",
        "kk": "сөнетін үрдісті экспоненциалды тегістеу; {level}% аралықтар",
    },
    "method_pooled_od": {
        "en": "ratio of Poisson rates; {level}% interval allowing for between-year variation pooled across places (t on Satterthwaite df)",
        "ru": "отношение пуассоновских интенсивностей; {level}% интервал с учётом межгодовой изменчивости, объединённой по территориям",
        "kk": "пуассондық қарқындылықтар қатынасы; аумақтар бойынша біріктірілген жылдар арасындағы құбылмалылықты ескеретін {level}% аралық",
    },
    "direction_above": {
        "en": "above",
        "ru": "выше",
        "kk": "жоғары",
    },
    "direction_below": {
        "en": "below",
        "ru": "ниже",
        "kk": "төмен",
    },
    "caveat_one_year": {
        "en": "only one year is available",
        "ru": "доступен только один год",
        "kk": "тек бір жыл бар",
    },
    "caveat_two_years_reason": {
        "en": "two years give a single change, not a trend",
        "ru": "два года дают одно изменение, а не тренд",
        "kk": "екі жыл бір өзгерісті береді, үрдісті емес",
    },
    "caveat_single_year": {
        "en": "One year gives a level, not a trend; nothing can be projected.",
        "ru": "Один год даёт уровень, а не тренд; прогноз невозможен.",
        "kk": "Бір жыл деңгейді береді, үрдісті емес; болжам жасалмайды.",
    },
    "caveat_two_years": {
        "en": "Two years give one change, which cannot separate a trend from year-to-year variation; no projection is made.",
        "ru": "Два года дают одно изменение, по которому нельзя отделить тренд от колебаний; прогноз не делается.",
        "kk": "Екі жыл бір өзгерісті береді, ол үрдісті жылдық ауытқулардан ажырата алмайды; болжам жасалмайды.",
    },
    "caveat_short_series": {
        "en": "{n} years cannot separate a lasting trend from year-to-year variation (a verdict on a trend needs {min_years} or more)",
        "ru": "по {n} годам нельзя отделить устойчивый тренд от межгодовых колебаний (для вывода о тренде нужно не менее {min_years} лет)",
        "kk": "{n} жыл тұрақты үрдісті жылдық ауытқулардан ажырата алмайды (үрдіс туралы қорытындыға кемінде {min_years} жыл керек)",
    },
    "caveat_few_nonzero": {
        "en": "only {nonzero} of the {n} years have a non-zero value, too few for a log-linear trend",
        "ru": "лишь {nonzero} из {n} лет имеют ненулевое значение — мало для лог-линейного тренда",
        "kk": "{n} жылдың тек {nonzero} жылында нөлден өзге мән бар — лог-сызықтық үрдіске аз",
    },
    "caveat_excludes_no_change": {
        "en": "the growth interval ({lower:+.0f}% to {upper:+.0f}% a year) excludes no change",
        "ru": "интервал роста (от {lower:+.0f}% до {upper:+.0f}% в год) исключает отсутствие изменений",
        "kk": "өсу аралығы (жылына {lower:+.0f}% — {upper:+.0f}%) өзгерістің жоқтығын жоққа шығарады",
    },
    "caveat_includes_no_change": {
        "en": "the growth interval ({lower:+.0f}% to {upper:+.0f}% a year) includes no change",
        "ru": "интервал роста (от {lower:+.0f}% до {upper:+.0f}% в год) включает отсутствие изменений",
        "kk": "өсу аралығы (жылына {lower:+.0f}% — {upper:+.0f}%) өзгерістің жоқтығын қамтиды",
    },
    "caveat_not_beyond_variation": {
        "en": "the fitted line's growth interval ({lower:+.0f}% to {upper:+.0f}% a year) excludes no change, but the average year-on-year change ({drift_lower:+.0f}% to {drift_upper:+.0f}%) does not: the years vary too much to tell a lasting trend from a level that wanders",
        "ru": "интервал роста по линии тренда (от {lower:+.0f}% до {upper:+.0f}% в год) исключает отсутствие изменений, а средний годовой прирост (от {drift_lower:+.0f}% до {drift_upper:+.0f}%) — нет: годы колеблются слишком сильно, чтобы отличить устойчивый тренд от блуждающего уровня",
        "kk": "үрдіс сызығының өсу аралығы (жылына {lower:+.0f}% — {upper:+.0f}%) өзгерістің жоқтығын жоққа шығарады, ал орташа жылдық өзгеріс ({drift_lower:+.0f}% — {drift_upper:+.0f}%) шығармайды: жылдар тым көп ауытқиды, тұрақты үрдісті кезбе деңгейден ажырату мүмкін емес",
    },
    "caveat_too_wide": {
        "en": "the growth interval includes no change and next year's prediction interval spans a factor {width:.1f} (useful up to {useful:g})",
        "ru": "интервал роста включает отсутствие изменений, а интервал прогноза на следующий год охватывает множитель {width:.1f} (полезно до {useful:g})",
        "kk": "өсу аралығы өзгерістің жоқтығын қамтиды, ал келесі жылдың болжам аралығы {width:.1f} есе (пайдалы шегі {useful:g})",
    },
    "caveat_short_series_scope": {
        "en": "{n} years leave the trend {df} residual df (degrees of freedom): they show recent change and a rough range for next year, not a lasting trend",
        "ru": "по {n} годам у тренда остаётся {df} ст. св. (степеней свободы): они показывают недавнее изменение и грубый диапазон на следующий год, но не устойчивый тренд",
        "kk": "{n} жыл {df} еркіндік дәрежесін қалдырады: олар соңғы өзгерісті және келесі жылдың шамамен ауқымын көрсетеді, тұрақты үрдісті емес",
    },
    "caveat_no_interval_short": {
        "en": "no prediction interval is shown: {n} years cannot estimate how much a year varies around the trend, and no pooled estimate from other places was given",
        "ru": "интервал прогноза не показан: по {n} годам нельзя оценить разброс вокруг тренда, а объединённая оценка по другим территориям не передана",
        "kk": "болжам аралығы көрсетілмейді: {n} жыл үрдіс айналасындағы ауытқуды бағалай алмайды, басқа аумақтардың біріктірілген бағасы берілмеген",
    },
    "caveat_pooled": {
        "en": "between-year variation is borrowed from {n_changes} year-on-year changes of {places} (log-scale sd {sd:.2f} on {df} df), assuming a common spread in every place",
        "ru": "межгодовая изменчивость заимствована из {n_changes} годовых изменений ({places}; стандартное отклонение логарифмов {sd:.2f}, {df} ст. св.) в предположении одинакового разброса",
        "kk": "жылдар арасындағы құбылмалылық {n_changes} жылдық өзгерістен алынды ({places}; логарифмдердің стандартты ауытқуы {sd:.2f}, {df} еркіндік дәрежесі), барлық аумақта бірдей деп есептеледі",
    },
    "caveat_horizon": {
        "en": "two-year-ahead intervals assume the fitted trend continues; they exclude shocks and recording changes",
        "ru": "интервалы на два года вперёд предполагают продолжение тренда; они не учитывают потрясения и изменения учёта",
        "kk": "екі жылға арналған аралықтар үрдіс жалғасады деп болжайды; күйзелістер мен есеп өзгерістерін ескермейді",
    },
    "caveat_process_variability": {
        "en": "figures are recorded {kind}; their uncertainty here is process variability (Poisson and between-year), not recording or definitional changes",
        "ru": "это зарегистрированные {kind}; их неопределённость — изменчивость процесса (пуассоновская и межгодовая), а не изменения учёта или определений",
        "kk": "бұл тіркелген {kind}; белгісіздік — процестің құбылмалылығы, есеп немесе анықтама өзгерістері емес",
    },
    # what a trend series holds (stats.trend kinds), in the sentence above
    "recorded_count": {"en": "counts", "ru": "числа случаев", "kk": "оқиғалар саны"},
    "recorded_amount": {"en": "amounts", "ru": "суммы ущерба", "kk": "шығын сомалары"},
    "caveat_baseline_better": {
        "en": "the {model} baseline forecast held-out years better (rolling-origin MAE {mae:,.0f} vs {mae_chosen:,.0f}); the log-linear trend may not describe this series well",
        "ru": "базовый прогноз {model} точнее на отложенных годах (MAE {mae:,.0f} против {mae_chosen:,.0f}); лог-линейный тренд может плохо описывать ряд",
        "kk": "{model} базалық болжамы дәлірек болды (MAE {mae:,.0f} / {mae_chosen:,.0f}); лог-сызықтық үрдіс қатарды нашар сипаттауы мүмкін",
    },
    "caveat_population_missing": {
        "en": "population is not used: it is missing for {years}",
        "ru": "население не используется: его нет за {years}",
        "kk": "халық саны қолданылмайды: {years} жылдары жоқ",
    },
    "caveat_nominal": {
        "en": "amounts are in nominal tenge: part of any rise can be inflation",
        "ru": "суммы в номинальных тенге: часть роста может быть инфляцией",
        "kk": "сомалар номиналды теңгемен: өсімнің бір бөлігі инфляция болуы мүмкін",
    },
    "caveat_constant_tenge": {
        "en": "amounts are in constant tenge of {year} (CPI source: {source})",
        "ru": "суммы в постоянных тенге {year} года (ИПЦ: {source})",
        "kk": "сомалар {year} жылдың тұрақты теңгесімен (ТБИ: {source})",
    },
    "caveat_gaps": {
        "en": "the series has gaps ({gaps}); baselines that need consecutive years are not used",
        "ru": "в ряду пропуски ({gaps}); базовые модели, требующие подряд идущих лет, не используются",
        "kk": "қатарда олқылықтар бар ({gaps}); қатарлас жылдарды қажет ететін модельдер қолданылмайды",
    },
    "caveat_annualised": {
        "en": "{year} is annualised from {months:g} months, not a full-year figure",
        "ru": "{year} год пересчитан на год из {months:g} месяцев, это не годовая цифра",
        "kk": "{year} жыл {months:g} айдан жылдыққа есептелген, толық жылдық сан емес",
    },
    "caveat_detected": {
        "en": "{year}: the source words the figure as «{word}» (detected), which may not be the same as registered cases",
        "ru": "{year}: источник формулирует цифру как «{word}» (выявлено), что может не совпадать с зарегистрированными фактами",
        "kk": "{year}: дереккөз санды «{word}» деп береді, бұл тіркелген фактілермен сәйкес келмеуі мүмкін",
    },
    "caveat_bound_undetermined": {
        "en": "undetermined: the count is a lower bound",
        "ru": "не определено: число — нижняя граница",
        "kk": "анықталмаған: сан — төменгі шек",
    },
    "caveat_mix_bound": {
        "en": "{place}: the scheme mix comparison is undetermined (lower bound): '{scheme}' is printed as {qualifier}, so its share could be larger",
        "ru": "{place}: сравнение структуры схем не определено (нижняя граница): число по схеме «{scheme}» опубликовано с оговоркой «{qualifier}», его доля может быть больше",
        "kk": "{place}: схемалар құрылымын салыстыру анықталмаған (төменгі шек): «{scheme}» {qualifier} ретінде жарияланған",
    },
    "caveat_mix_too_few_named": {
        "en": "{place}: no test: fewer than two named schemes are shared with {reference} ({n_shared}); one share against 'other' is not a comparison of mixes",
        "ru": "{place}: критерий не применяется: названных схем, общих со сравнением («{reference}»), меньше двух ({n_shared})",
        "kk": "{place}: тест жасалмайды: «{reference}» аумағымен ортақ аталған схемалар екіден аз ({n_shared})",
    },
    "caveat_mix_shared_only": {
        "en": "{place}: the test uses the {n_shared} named schemes both sides list; 'other / not listed' holds different schemes on each side and is shown, not tested",
        "ru": "{place}: критерий использует {n_shared} названные схемы, общие для обеих сторон; «прочие» содержат разные схемы и только показываются",
        "kk": "{place}: тест екі жаққа ортақ {n_shared} аталған схеманы қолданады; «басқалары» әр жақта әртүрлі, тек көрсетіледі",
    },
    "caveat_funnel_overdispersed": {
        "en": "places differ far more than Poisson allows (overdispersion factor {phi:.0f} from winsorised z); limits widened by additive random effects (Spiegelhalter 2005), between-place sd {tau:.1f} per 100 000",
        "ru": "территории различаются намного сильнее, чем допускает Пуассон (фактор сверхдисперсии {phi:.0f}); границы расширены аддитивными случайными эффектами (Spiegelhalter 2005), sd между территориями {tau:.1f} на 100 000",
        "kk": "аумақтар Пуассон рұқсат етегеннен әлдеқайда көп ерекшеленеді (асқын дисперсия {phi:.0f}); шектер кездейсоқ әсерлермен кеңейтілген (Spiegelhalter 2005), sd {tau:.1f}",
    },
    "caveat_pop_mid_year": {
        "en": "rate per mid-year population (mean of 1 January {year} and 1 January {next_year})",
        "ru": "уровень на среднегодовое население (среднее на 1 января {year} и {next_year} гг.)",
        "kk": "орташа жылдық халыққа шаққандағы деңгей (1 қаңтар {year} және {next_year} орташасы)",
    },
    "caveat_pop_start_only": {
        "en": "rate per population on 1 January {year} (1 January {next_year} not sourced, so no mid-year average)",
        "ru": "уровень на население на 1 января {year} г. (на 1 января {next_year} г. нет данных, среднегодовое не рассчитано)",
        "kk": "1 қаңтар {year} халқына шаққандағы деңгей ({next_year} жылғы дерек жоқ)",
    },
    "method_additive_re": {
        "en": "overdispersed funnel: additive random-effects {level}% limits (Spiegelhalter 2005), Poisson predictive quantiles without overdispersion; rank intervals by simulation",
        "ru": "воронка со сверхдисперсией: {level}% границы аддитивных случайных эффектов (Spiegelhalter 2005); интервалы рангов моделированием",
        "kk": "асқын дисперсиялы воронка: кездейсоқ әсерлердің {level}% шектері (Spiegelhalter 2005); ранг аралықтары модельдеу арқылы",
    },
    "ranking_summary_11": {
        "en": "{n} places are compared with {reference} ({rate:.0f} per 100 000), allowing for the between-place variation that recorded rates show. Above: {above}. Below: {below}. Within the overdispersed limits: {similar}. Undetermined (count printed as a bound): {undetermined}. Rank intervals show which positions each place could hold.",
        "ru": "{n} территорий сравниваются с «{reference}» ({rate:.0f} на 100 000) с учётом различий между территориями. Выше: {above}. Ниже: {below}. В пределах границ: {similar}. Не определено (число — граница): {undetermined}. Интервалы рангов показывают возможные места.",
        "kk": "{n} аумақ «{reference}» ({rate:.0f} / 100 000) деңгейімен салыстырылады. Жоғары: {above}. Төмен: {below}. Шектер ішінде: {similar}. Анықталмаған: {undetermined}. Ранг аралықтары ықтимал орындарды көрсетеді.",
    },
    "reading_not_tested": {
        "en": "{place}, {scheme}: not tested (holds different schemes on each side): {share} vs {share_reference} ({reference})",
        "ru": "{place}, «{scheme}»: не проверяется (у сторон разные схемы): {share} против {share_reference} («{reference}»)",
        "kk": "{place}, «{scheme}»: тексерілмейді (тараптарда әртүрлі схемалар): {share}, салыстыру үшін {share_reference} («{reference}»)",
    },
    "reading_undetermined": {
        "en": "{place}, {scheme}: undetermined (the count is printed as a lower bound): {share} vs {share_reference} ({reference})",
        "ru": "{place}, «{scheme}»: не определено (число опубликовано как нижняя граница): {share} против {share_reference} («{reference}»)",
        "kk": "{place}, «{scheme}»: анықталмаған (сан төменгі шек ретінде жарияланған): {share}, салыстыру үшін {share_reference} («{reference}»)",
    },
}
