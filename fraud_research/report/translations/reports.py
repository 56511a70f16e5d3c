"""Headings, introductions, axis labels and captions of the reports."""

from __future__ import annotations

#: Headings, sentences and captions of the region report, the comparison and the index.
REPORT_STRINGS: dict[str, dict[str, str]] = {
    "title": {
        "en": "Comparing regions: rates, ranking and scheme mix",
        "ru": "Сравнение регионов: уровни, рейтинг и структура схем",
        "kk": "Өңірлерді салыстыру: деңгейлер, рейтинг және схемалар құрылымы",
    },
    "section_rates": {
        "en": "Rates per 100 000 residents and funnel plot",
        "ru": "Уровни на 100 000 жителей и воронкообразная диаграмма",
        "kk": "100 000 тұрғынға шаққандағы деңгейлер және воронка диаграммасы",
    },
    "section_ranking": {
        "en": "Ranking with uncertainty",
        "ru": "Рейтинг с учётом неопределённости",
        "kk": "Белгісіздікті ескеретін рейтинг",
    },
    "section_mix": {
        "en": "Scheme mix: region against the country",
        "ru": "Структура схем: регион и страна",
        "kk": "Схемалар құрылымы: өңір және ел",
    },
    "section_limits": {
        "en": "What the data cannot tell",
        "ru": "Чего данные не могут сказать",
        "kk": "Деректер нені айта алмайды",
    },
    "intro_rates": {
        "en": "Registered internet-fraud cases per 100 000 residents, for every place with a "
        "full-year count and a sourced population. Intervals are exact Poisson 95% intervals. "
        "The funnel plot shows each rate against the population, with 95% and 99.8% control "
        "limits around the national rate that allow for the real differences between places "
        "(Spiegelhalter's additive random effects): a point outside them is unlikely to be chance.",
        "ru": "Зарегистрированные случаи интернет-мошенничества на 100 000 жителей — для каждой "
        "территории с годовым числом случаев и населением из источника. Интервалы — точные "
        "пуассоновские 95%. Воронкообразная диаграмма показывает уровень против численности "
        "населения с контрольными границами 95% и 99,8% вокруг уровня по стране, учитывающими "
        "реальные различия между территориями (аддитивные случайные эффекты Шпигельхальтера): "
        "точка за границами вряд ли объясняется случайностью.",
        "kk": "100 000 тұрғынға шаққандағы тіркелген интернет-алаяқтық оқиғалары — жылдық оқиғалар "
        "саны мен дереккөзі бар халық саны бар әр аумақ үшін. Аралықтар — нақты пуассондық 95%. "
        "Воронка диаграммасы әр деңгейді халық санына қарсы, ел деңгейінің айналасындағы 95% және "
        "99,8% бақылау шектерімен көрсетеді; шектер аумақтар арасындағы нақты айырмашылықтарды "
        "ескереді (Шпигельхальтердің аддитивті кездейсоқ әсерлері): шектерден тыс нүкте "
        "кездейсоқтықпен түсіндірілуі екіталай.",
    },
    "intro_ranking": {
        "en": "Instead of a bare league table: each place is tested against the national rate "
        "(allowing for the real differences between places, Holm adjustment) and against every "
        "other place (rate ratios, Holm adjustment). The rank in brackets is a 95% interval from "
        "simulated rates: places whose rank intervals overlap cannot be told apart. A place "
        "inside the funnel is not an outlier among places; its own rate may still be clearly "
        "unlike the national one, as its region report says from its count alone.",
        "ru": "Вместо простой турнирной таблицы: каждая территория сравнивается с уровнем по "
        "стране (с учётом реальных различий между территориями, поправка Холма) и с каждой "
        "другой территорией (отношения уровней, поправка Холма). Место в скобках — 95% интервал "
        "по смоделированным уровням: территории с пересекающимися интервалами мест неразличимы. "
        "Территория внутри воронки не выделяется среди других; её собственный уровень при этом "
        "может заметно отличаться от общего по стране, как говорит её отчёт по одному её числу.",
        "kk": "Қарапайым турнирлік кестенің орнына: әр аумақ ел деңгейімен (аумақтар арасындағы "
        "нақты айырмашылықтарды ескере отырып, Холм түзетуі) және әр басқа аумақпен (деңгейлер "
        "қатынасы, Холм түзетуі) салыстырылады. Жақшадағы орын — модельденген деңгейлер бойынша "
        "95% аралық: орын аралықтары қиылысатын аумақтарды ажырату мүмкін емес. Воронка ішіндегі "
        "аумақ басқалардан ерекшеленбейді; бірақ оның өз деңгейі ел деңгейінен айқын өзгеше болуы "
        "мүмкін, мұны оның өңірлік есебі тек өз саны бойынша айтады.",
    },
    "intro_mix": {
        "en": "For every place with a scheme breakdown, against the rest of the country: a "
        "chi-square test on the named schemes both sides list (no test with fewer than two, or "
        "when a count is printed as a bound), each scheme's difference in share with a 95% "
        "interval, and the dissimilarity index (the share of cases that would have to change "
        "scheme for the two mixes to match).",
        "ru": "Для каждой территории с разбивкой по схемам, в сравнении с остальной частью "
        "страны: критерий хи-квадрат по названным схемам, которые указаны у обеих сторон (без "
        "критерия, если таких схем меньше двух или число опубликовано как граница), разница "
        "долей каждой схемы с 95% интервалом и индекс несходства (доля случаев, которым пришлось "
        "бы сменить схему, чтобы структуры совпали).",
        "kk": "Схемалар бойынша бөлінісі бар әр аумақ үшін, елдің қалған бөлігімен салыстырғанда: "
        "екі тарап та атаған схемалар бойынша хи-квадрат критерийі (мұндай схемалар екіден аз "
        "болса немесе сан шек ретінде жарияланса, критерий жоқ), әр схема үлесінің 95% "
        "аралықпен айырмашылығы және айырмашылық индексі (құрылымдар сәйкес келуі үшін схемасын "
        "ауыстыруы керек оқиғалар үлесі).",
    },
    "rate_axis": {
        "en": "Cases per 100 000 residents",
        "ru": "Случаев на 100 000 жителей",
        "kk": "100 000 тұрғынға шаққандағы оқиғалар",
    },
    "population_axis": {"en": "Population", "ru": "Население", "kk": "Халық саны"},
    "cases_axis": {"en": "Cases", "ru": "Случаи", "kk": "Оқиғалар"},
    "tenge_axis": {"en": "Tenge", "ru": "Тенге", "kk": "Теңге"},
    "share_axis": {"en": "Share of cases", "ru": "Доля случаев", "kk": "Оқиғалар үлесі"},
    "no_breakdown_plot": {
        "en": "No scheme breakdown published for this year",
        "ru": "Разбивка по схемам за этот год не опубликована",
        "kk": "Бұл жылға схемалар бойынша бөлініс жарияланбаған",
    },
    "no_counts_plot": {
        "en": "No full-year case counts published",
        "ru": "Годовые числа случаев не опубликованы",
        "kk": "Жылдық оқиғалар саны жарияланбаған",
    },
    "shares_axis_whiskers": {
        "en": "Share of registered cases, {year} (whiskers: Goodman simultaneous 95% intervals)",
        "ru": "Доля зарегистрированных случаев, {year} (усы: совместные 95% интервалы Гудмана)",
        "kk": "Тіркелген оқиғалар үлесі, {year} (мұрттар: Гудманның бірлескен 95% аралықтары)",
    },
    "caption_shares": {
        "en": "Shares of registered cases by scheme, {place}, {year}, with Goodman simultaneous "
        "95% intervals.",
        "ru": "Доли зарегистрированных случаев по схемам, {place}, {year}, с совместными 95% "
        "интервалами Гудмана.",
        "kk": "Тіркелген оқиғалардың схемалар бойынша үлестері, {place}, {year}, Гудманның бірлескен 95% аралықтарымен.",
    },
    "caption_trend": {
        "en": "Registered cases by year, {place}, with the fitted trend and the projection's "
        "prediction intervals.",
        "ru": "Зарегистрированные случаи по годам, {place}, с модельным трендом и интервалами "
        "прогноза.",
        "kk": "Жылдар бойынша тіркелген оқиғалар, {place}, модель трендімен және болжам аралықтарымен.",
    },
    # a trend chart with no fitted trend (one or two years): the counts and their intervals only
    "caption_trend_counts": {
        "en": "Registered cases by year, {place}, with 95% intervals; too few years for a fitted "
        "trend or a projection.",
        "ru": "Зарегистрированные случаи по годам, {place}, с 95% интервалами; лет слишком мало "
        "для модельного тренда и прогноза.",
        "kk": "Жылдар бойынша тіркелген оқиғалар, {place}, 95% аралықтарымен; модель тренді мен "
        "болжамға жылдар тым аз.",
    },
    "caption_funnel": {
        "en": "Rates per 100 000 residents against population, {year}, with control limits "
        "around the national rate.",
        "ru": "Уровни на 100 000 жителей в зависимости от численности населения, {year}, с "
        "контрольными границами вокруг уровня по стране.",
        "kk": "100 000 тұрғынға шаққандағы деңгейлер халық санына қарай, {year}, ел деңгейінің айналасындағы бақылау шектерімен.",
    },
    "caption_ranking": {
        "en": "Rates per 100 000 residents with 95% intervals, {year}; the line is the national "
        "rate.",
        "ru": "Уровни на 100 000 жителей с 95% интервалами, {year}; линия — уровень по стране.",
        "kk": "100 000 тұрғынға шаққандағы деңгейлер 95% аралықтарымен, {year}; сызық — ел деңгейі.",
    },
    "caption_scheme_mix": {
        "en": "Scheme shares of each place beside the country's, {year}.",
        "ru": "Доли схем каждой территории рядом с долями по стране, {year}.",
        "kk": "Әр аумақтың схемалар үлестері ел үлестерімен қатар, {year}.",
    },
    "billion_short": {"en": "bn", "ru": "млрд", "kk": "млрд"},
    "million_short": {"en": "m", "ru": "млн", "kk": "млн"},
    "fixed": {"en": "fixed", "ru": "фиксирован", "kk": "тұрақты"},
    # percentage points: the unit of a difference of two shares
    "points_short": {"en": "pp", "ru": "п.п.", "kk": "п.т."},
    "cases_unit": {"en": "cases", "ru": "случаи", "kk": "оқиғалар"},
    "tenge_unit": {"en": "tenge", "ru": "тенге", "kk": "теңге"},
    "limits_1": {
        "en": "Only {n_rated} of {n_places} places in the registry have a full-year count and a "
        "sourced population for {year}: {rated}. The ranking covers these places only; the "
        "other regions are not 'average', they are unknown.",
        "ru": "Только у {n_rated} из {n_places} территорий реестра есть годовое число случаев и "
        "население с источником за {year} год: {rated}. Рейтинг охватывает только их; остальные "
        "регионы не «средние», а неизвестные.",
        "kk": "Тізілімдегі {n_places} аумақтың тек {n_rated}-інде {year} жылға жылдық оқиғалар саны мен дереккөзі бар халық саны бар: {rated}. Рейтинг тек соларды қамтиды; қалған өңірлер «орташа» емес, белгісіз.",
    },
    "limits_2": {
        "en": "Counts are registered crimes: they depend on how willing victims are to report and "
        "on how each police department records a case. A higher rate may mean more fraud or "
        "more complete recording.",
        "ru": "Это зарегистрированные преступления: они зависят от готовности потерпевших обращаться "
        "и от того, как каждое подразделение полиции регистрирует случаи. Более высокий уровень "
        "может означать больше мошенничества или более полную регистрацию.",
        "kk": "Бұл тіркелген қылмыстар: олар жәбірленушілердің жүгінуге дайындығына және әр полиция бөлімшесінің оқиғаларды қалай тіркейтініне байланысты. Жоғары деңгей алаяқтықтың көптігін де, тіркеудің толықтығын да білдіруі мүмкін.",
    },
    "limits_3": {
        "en": "Intervals describe year-to-year (Poisson) variability of the count, not errors in the "
        "published figures, and they treat the population as known.",
        "ru": "Интервалы описывают случайную (пуассоновскую) изменчивость числа случаев, а не ошибки "
        "в опубликованных цифрах; население считается известным точно.",
        "kk": "Аралықтар оқиғалар санының кездейсоқ (пуассондық) өзгергіштігін сипаттайды, жарияланған сандардағы қателерді емес; халық саны нақты белгілі деп есептеледі.",
    },
    "limits_4": {
        "en": "The national figure contains the regions' own cases, so a region is never an "
        "independent sample from it; the scheme-mix tests say so and offer 'rest of the country'.",
        "ru": "Общереспубликанская цифра включает случаи самих регионов, поэтому регион — не "
        "независимая выборка; проверки структуры схем это оговаривают и предлагают сравнение "
        "с остальной частью страны.",
        "kk": "Ел бойынша сан өңірлердің өз оқиғаларын қамтиды, сондықтан өңір одан тәуелсіз іріктеме емес; схемалар құрылымын тексеру мұны ескертеді және елдің қалған бөлігімен салыстыруды ұсынады.",
    },
    "limits_5": {
        "en": "Scheme categories differ between sources; schemes a source does not name are merged "
        "into 'other / not listed', so a difference there says nothing about any single scheme.",
        "ru": "Категории схем в источниках различаются; схемы, не названные источником, объединены "
        "в «прочие / не указано», и различие в этой строке ничего не говорит об отдельной схеме.",
        "kk": "Дереккөздердегі схема санаттары әртүрлі; дереккөз атамаған схемалар «басқа / көрсетілмеген» санатына біріктірілген, сондықтан бұл жолдағы айырмашылық жеке схема туралы ештеңе айтпайды.",
    },
    # the funnel's spread between places when it is estimated from too few places
    "limits_funnel_floor": {
        "en": "The spread between places is estimated from {n} places only; at {tau:.0f} per 100 000 "
        "it is so wide beside the national rate ({national:.1f}) that the funnel's lower 95% limit "
        "is 0 at every population, so no place can fall below it. The funnel shows which places "
        "are extreme among these few, not which differ from the national rate.",
        "ru": "Разброс между территориями оценён всего по {n} территориям; при {tau:.0f} на 100 000 "
        "он так велик рядом с уровнем по стране ({national:.1f}), что нижняя 95% граница воронки "
        "равна 0 при любой численности населения и ни одна территория не может оказаться ниже её. "
        "Воронка показывает, какие из этих немногих территорий крайние, а не какие отличаются от "
        "уровня по стране.",
        "kk": "Аумақтар арасындағы айырма тек {n} аумақ бойынша бағаланған; 100 000-ға {tau:.0f} "
        "болғанда ол ел деңгейімен ({national:.1f}) салыстырғанда соншалық үлкен, воронканың төменгі "
        "95% шегі кез келген халық санында 0-ге тең, сондықтан ешбір аумақ одан төмен түсе алмайды. "
        "Воронка осы аз аумақтардың қайсысы шеткі екенін көрсетеді, ел деңгейінен қайсысы "
        "өзгеше екенін емес.",
    },
    "limits_funnel_poisson": {
        "en": "With fewer than two places with an exact count the spread between places cannot be "
        "estimated: the funnel's limits are Poisson only, and places differ far more than that, so "
        "it flags more than it should.",
        "ru": "Меньше двух территорий с точным числом — разброс между территориями оценить нельзя: "
        "границы воронки только пуассоновские, а территории различаются гораздо сильнее, поэтому "
        "она отмечает больше, чем следует.",
        "kk": "Нақты саны бар аумақ екеуден аз болса, аумақтар арасындағы айырманы бағалау мүмкін "
        "емес: воронка шектері тек Пуассондық, ал аумақтар әлдеқайда көп ерекшеленеді, сондықтан "
        "ол қажетінен көп белгілейді.",
    },
}
