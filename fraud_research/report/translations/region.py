"""Headings, introductions, method notes and closing lines of the region report."""

from __future__ import annotations

#: The region report's words: one entry per heading, introduction, note and empty-section sentence.
REGION_STRINGS: dict[str, dict[str, str]] = {
    "region_title": {
        "en": "Internet fraud: {place}, {year}",
        "ru": "Интернет-мошенничество: {place}, {year}",
        "kk": "Интернет-алаяқтық: {place}, {year}",
    },
    "region_lede": {
        "en": "Published figures on internet fraud and what they can and cannot show, with honest "
        "uncertainty. Every number comes from a cited source (listed at the end) and keeps the "
        "source's own qualifier (at least, about).",
        "ru": "Опубликованные данные об интернет-мошенничестве и то, что из них можно и нельзя "
        "заключить с учётом неопределённости. Каждое число взято из источника (список в конце) и "
        "сохраняет оговорку источника («не менее», «около»).",
        "kk": "Интернет-алаяқтық туралы жарияланған деректер және олардан белгісіздікті ескере "
        "отырып не шығаруға болатыны мен болмайтыны. Әр сан дереккөзден алынған (тізімі соңында) "
        "және дереккөздің өз ескертпесін сақтайды («кемінде», «шамамен»).",
    },
    "section_findings": {"en": "Key findings", "ru": "Главное", "kk": "Негізгі қорытындылар"},
    "section_headline": {
        "en": "Headline figures",
        "ru": "Основные показатели",
        "kk": "Негізгі көрсеткіштер",
    },
    "intro_headline": {
        "en": "Figures as published for the year. *At least* and *about* are the source's own "
        "words; where two outlets disagree, one figure is chosen by a documented rule and the "
        "other is named.",
        "ru": "Показатели за год в том виде, в каком они опубликованы. «Не менее» и «около» — "
        "слова самого источника; если два издания расходятся, одна цифра выбирается по "
        "описанному правилу, а другая называется.",
        "kk": "Жыл бойынша көрсеткіштер жарияланған күйінде. «Кемінде» және «шамамен» — "
        "дереккөздің өз сөздері; екі басылым сәйкес келмесе, бір сан сипатталған ереже бойынша "
        "таңдалады, ал екіншісі аталады.",
    },
    "only_some_headline": {
        "en": "Only some headline figures are published for this year; nothing is filled in.",
        "ru": "За этот год опубликованы не все основные показатели; недостающие не восполняются.",
        "kk": "Бұл жылға негізгі көрсеткіштердің бәрі жарияланбаған; жетіспейтіндері "
        "толтырылмайды.",
    },
    "headline_cases": {
        "en": "Registered internet-fraud cases",
        "ru": "Зарегистрировано фактов интернет-мошенничества",
        "kk": "Тіркелген интернет-алаяқтық фактілері",
    },
    "headline_damage": {"en": "Damage, tenge", "ru": "Ущерб, тенге", "kk": "Шығын, теңге"},
    "headline_loss": {
        "en": "Average loss per case, tenge",
        "ru": "Средний ущерб на один факт, тенге",
        "kk": "Бір фактіге орташа шығын, теңге",
    },
    "section_shares": {"en": "Schemes", "ru": "Схемы мошенничества", "kk": "Алаяқтық схемалары"},
    "intro_shares": {
        "en": "How the registered cases split by scheme, as far as the source breaks them down. "
        "Bars are shares; whiskers are simultaneous 95% intervals (Goodman), which hold for all "
        "schemes at once.",
        "ru": "Как зарегистрированные случаи распределяются по схемам — насколько их разбивает "
        "источник. Столбики — доли; усы — совместные 95% интервалы (Гудман), верные сразу для "
        "всех схем.",
        "kk": "Тіркелген оқиғалардың схемалар бойынша бөлінісі — дереккөз бөлген деңгейде. "
        "Бағандар — үлестер; мұрттар — барлық схемаға бірден жарамды бірлескен 95% аралықтар "
        "(Гудман).",
    },
    "shares_reading": {
        "en": "The breakdown by scheme covers {cases} ({method}). The simultaneous intervals hold "
        "for all schemes at once, so they are the ones to use when ranking.",
        "ru": "Разбивка по схемам охватывает {cases} ({method}). Совместные интервалы верны сразу "
        "для всех схем, поэтому ранжировать следует по ним.",
        "kk": "Схемалар бойынша бөлініс {cases} қамтиды ({method}). Бірлескен аралықтар барлық "
        "схемаға бірден жарамды, сондықтан реттеу үшін соларды қолдану керек.",
    },
    "shares_tied": {
        "en": "Cannot be told apart (overlapping intervals): {groups}.",
        "ru": "Не различимы (интервалы перекрываются): {groups}.",
        "kk": "Ажыратылмайды (аралықтар қиылысады): {groups}.",
    },
    "no_breakdown_text": {
        "en": "No breakdown by scheme is published for this place and year, so no shares are "
        "shown.",
        "ru": "Разбивка по схемам для этой территории и года не опубликована, поэтому доли не "
        "показаны.",
        "kk": "Бұл аумақ пен жылға схемалар бойынша бөлініс жарияланбаған, сондықтан үлестер "
        "көрсетілмейді.",
    },
    "section_average_loss": {
        "en": "Average loss per case",
        "ru": "Средний ущерб на один факт",
        "kk": "Бір фактіге орташа шығын",
    },
    "intro_average_loss": {
        "en": "Total damage divided by registered cases: a mean. A few large losses pull it up, "
        "and the median loss cannot be derived from published totals. When damage is printed as "
        "«более X», the mean is at least the figure shown; when printed as «около X», it is "
        "about that figure.",
        "ru": "Общий ущерб, делённый на число зарегистрированных фактов, — это среднее. Несколько "
        "крупных потерь тянут его вверх, а медиану по опубликованным итогам вычислить нельзя. "
        "Если ущерб опубликован как «более X», среднее не меньше показанного; если как «около "
        "X» — примерно таково.",
        "kk": "Жалпы шығынның тіркелген фактілер санына бөліндісі — орташа мән. Бірнеше ірі шығын "
        "оны жоғары тартады, ал медиананы жарияланған қорытындылардан есептеу мүмкін емес. Шығын "
        "«X-тен астам» деп жарияланса, орташа мән көрсетілгеннен кем емес; «шамамен X» болса — "
        "шамамен сондай.",
    },
    "no_loss_text": {
        "en": "Cases and damage are not both published for any year, so no average loss can be "
        "computed.",
        "ru": "Ни за один год не опубликованы одновременно число фактов и ущерб, поэтому средний "
        "ущерб не рассчитывается.",
        "kk": "Бірде-бір жылға фактілер саны мен шығын қатар жарияланбаған, сондықтан орташа шығын "
        "есептелмейді.",
    },
    "section_counts_and_rates": {
        "en": "Counts and rates",
        "ru": "Число случаев и уровень на 100 000 жителей",
        "kk": "Оқиғалар саны және 100 000 тұрғынға шаққандағы деңгей",
    },
    "intro_counts_and_rates": {
        "en": "Counts with exact Poisson (Garwood) 95% intervals: the range of yearly counts "
        "consistent with the underlying rate of registrations. A rate per 100 000 residents is "
        "shown only where a sourced population exists; its date is named.",
        "ru": "Число случаев с точными пуассоновскими 95% интервалами (Гарвуд): диапазон годовых "
        "чисел, совместимых с базовой интенсивностью регистрации. Уровень на 100 000 жителей "
        "показан только при наличии численности населения из источника; её дата указана.",
        "kk": "Оқиғалар саны нақты пуассондық 95% аралықтарымен (Гарвуд): тіркеудің негізгі "
        "қарқынына сәйкес келетін жылдық сандар ауқымы. 100 000 тұрғынға шаққандағы деңгей тек "
        "дереккөзі бар халық саны болғанда көрсетіледі; оның күні аталады.",
    },
    "no_counts_text": {
        "en": "No full-year case counts are published for this place, so no counts, rates, "
        "change or trend can be shown.",
        "ru": "Годовые числа случаев для этой территории не опубликованы, поэтому число случаев, "
        "уровень, изменение и тренд не показаны.",
        "kk": "Бұл аумаққа жылдық оқиғалар саны жарияланбаған, сондықтан сан, деңгей, өзгеріс және "
        "үрдіс көрсетілмейді.",
    },
    "section_change": {
        "en": "Change against earlier years",
        "ru": "Изменение к предыдущим годам",
        "kk": "Алдыңғы жылдармен салыстырғандағы өзгеріс",
    },
    "intro_change": {
        "en": "Each year against the previous one as a ratio of Poisson rates with a 95% "
        "interval. An interval that includes 1 is not evidence of a change. A count printed "
        "rounded stands for every count that rounds to it, and its intervals cover them all.",
        "ru": "Каждый год по сравнению с предыдущим — отношение пуассоновских интенсивностей с "
        "95% интервалом. Интервал, включающий 1, не свидетельствует об изменении. Округлённое "
        "число означает любое число, которое так округляется, и его интервалы охватывают их все.",
        "kk": "Әр жыл алдыңғы жылмен салыстырғанда — пуассондық қарқындардың 95% аралығы бар "
        "қатынасы. 1-ді қамтитын аралық өзгерістің дәлелі емес. Дөңгелектенген сан осылай "
        "дөңгелектенетін кез келген санды білдіреді, оның аралықтары олардың бәрін қамтиды.",
    },
    "no_change_text": {
        "en": "Only one year has a full-year count, so no change can be computed.",
        "ru": "Годовое число случаев есть только за один год, поэтому изменение не рассчитывается.",
        "kk": "Жылдық оқиғалар саны тек бір жылға бар, сондықтан өзгеріс есептелмейді.",
    },
    "section_trend": {
        "en": "Trend and projection",
        "ru": "Тренд и прогноз",
        "kk": "Үрдіс және болжам",
    },
    "intro_trend": {
        "en": "What the available years can support: one year supports no trend; two years "
        "support a ratio but no projection; three or more support a count model with a "
        "projection and prediction intervals. The verdict is read from the intervals, not from "
        "the point estimate.",
        "ru": "Что позволяют сказать имеющиеся годы: один год — никакого тренда; два года — "
        "отношение, но не прогноз; три и более — модель числа случаев с прогнозом и интервалами "
        "прогноза. Вывод делается по интервалам, а не по точечной оценке.",
        "kk": "Бар жылдар не айтуға мүмкіндік береді: бір жыл — үрдіс жоқ; екі жыл — қатынас, "
        "бірақ болжам жоқ; үш және одан көп жыл — болжамы мен болжам аралықтары бар оқиғалар "
        "саны моделі. Қорытынды нүктелік бағадан емес, аралықтардан шығарылады.",
    },
    "method_label": {"en": "Method", "ru": "Метод", "kk": "Әдіс"},
    "projection_heading": {
        "en": "Projection with 80% and 95% prediction intervals",
        "ru": "Прогноз с 80% и 95% интервалами прогноза",
        "kk": "80% және 95% болжам аралықтары бар болжам",
    },
    "models_heading": {
        "en": "Candidate models compared",
        "ru": "Сравнение моделей-кандидатов",
        "kk": "Үміткер модельдерді салыстыру",
    },
    # the candidate models' table when no model has a score to compare (AICc, held-out error)
    "models_not_compared": {
        "en": "With {n} years the candidate models cannot be compared yet: a score of fit needs "
        "at least {aicc_years} years, and a test of their forecasts on past years at least "
        "{rolling_years}.",
        "ru": "По {n} годам модели-кандидаты пока нельзя сравнить: для оценки качества подгонки "
        "нужно не менее {aicc_years} лет, для проверки их прогнозов на прошлых годах — не менее "
        "{rolling_years}.",
        "kk": "{n} жыл бойынша үміткер модельдерді әлі салыстыруға болмайды: сәйкестік бағасы "
        "үшін кемінде {aicc_years} жыл, олардың болжамдарын өткен жылдарда тексеру үшін кемінде "
        "{rolling_years} жыл керек.",
    },
    "no_projection_text": {
        "en": "Too few years for a projection: nothing is projected.",
        "ru": "Слишком мало лет для прогноза: прогноз не строится.",
        "kk": "Болжам үшін жылдар тым аз: болжам жасалмайды.",
    },
    "trend_model_negbin": {
        "en": "negative binomial regression with a log-linear trend; prediction intervals by "
        "simulation including parameter and dispersion uncertainty",
        "ru": "отрицательная биномиальная регрессия с лог-линейным трендом; интервалы прогноза "
        "моделированием с учётом неопределённости параметров и дисперсии",
        "kk": "лог-сызықтық үрдісі бар теріс биномдық регрессия; болжам аралықтары параметрлер мен "
        "дисперсия белгісіздігін ескеретін модельдеу арқылы",
    },
    "trend_model_poisson": {
        "en": "Poisson regression with a log-linear trend",
        "ru": "пуассоновская регрессия с лог-линейным трендом",
        "kk": "лог-сызықтық үрдісі бар пуассондық регрессия",
    },
    "trend_model_quasi_poisson": {
        "en": "quasi-Poisson regression with a log-linear trend",
        "ru": "квазипуассоновская регрессия с лог-линейным трендом",
        "kk": "лог-сызықтық үрдісі бар квазипуассондық регрессия",
    },
    "trend_model_naive": {
        "en": "naive forecast (the last year carried forward)",
        "ru": "наивный прогноз (последний год переносится вперёд)",
        "kk": "қарапайым болжам (соңғы жыл алға көшіріледі)",
    },
    "trend_model_drift": {
        "en": "drift forecast (the line through the first and last year)",
        "ru": "прогноз со сносом (прямая через первый и последний год)",
        "kk": "дрейфті болжам (бірінші және соңғы жыл арқылы түзу)",
    },
    "trend_model_none": {
        "en": "no model: ratio of the years' counts",
        "ru": "без модели: отношение чисел за годы",
        "kk": "модельсіз: жылдар сандарының қатынасы",
    },
    "trend_caveat_short": {
        "en": "{years} can show the direction of recent change and a rough range for next year, "
        "but cannot separate a lasting trend from year-to-year variation; the intervals are wide "
        "for that reason.",
        "ru": "Данные за {years} показывают направление недавнего изменения и грубый диапазон на "
        "следующий год, но не отделяют устойчивый тренд от колебаний между годами; поэтому "
        "интервалы широкие.",
        "kk": "{years} бойынша деректер соңғы өзгерістің бағытын және келесі жылға шамамен "
        "ауқымды көрсетеді, бірақ тұрақты үрдісті жылдар арасындағы ауытқудан ажырата алмайды; "
        "сондықтан аралықтар кең.",
    },
    "trend_caveat_ahead": {
        "en": "Intervals further ahead assume the fitted trend continues; they leave out shocks "
        "and changes in recording.",
        "ru": "Интервалы на более дальние годы предполагают, что тренд сохранится; потрясения и "
        "изменения учёта в них не входят.",
        "kk": "Алыс жылдарға аралықтар үрдіс сақталады деп болжайды; күйзелістер мен есепке алу "
        "өзгерістері оларға кірмейді.",
    },
    "trend_caveat_recorded": {
        "en": "Figures are recorded cases; the intervals cover chance variation, not changes in "
        "recording or definitions.",
        "ru": "Это зарегистрированные случаи; интервалы учитывают случайные колебания, а не "
        "изменения учёта или определений.",
        "kk": "Бұл тіркелген оқиғалар; аралықтар кездейсоқ ауытқуды қамтиды, есепке алу немесе "
        "анықтамалар өзгерістерін емес.",
    },
    "trend_caveat_two": {
        "en": "Two years give a ratio, not a trend; nothing is projected.",
        "ru": "Два года дают отношение, а не тренд; прогноз не строится.",
        "kk": "Екі жыл үрдіс емес, қатынас береді; болжам жасалмайды.",
    },
    "trend_caveat_one": {
        "en": "One year gives a level, not a trend; nothing can be projected.",
        "ru": "Один год даёт уровень, а не тренд; прогноз невозможен.",
        "kk": "Бір жыл үрдіс емес, деңгей береді; болжам жасау мүмкін емес.",
    },
    "reason_growth": {
        "en": "the yearly trend is {pct:+.0f}% with a {level:g}% interval from {lower:+.0f}% to "
        "{upper:+.0f}%",
        "ru": "годовой тренд {pct:+.0f}%, {level:g}% интервал от {lower:+.0f}% до {upper:+.0f}%",
        "kk": "жылдық үрдіс {pct:+.0f}%, {level:g}% аралық: {lower:+.0f}%-дан {upper:+.0f}%-ға "
        "дейін",
    },
    "reason_includes_none": {
        "en": ", which includes no change",
        "ru": ", что включает отсутствие изменений",
        "kk": ", бұл өзгерістің болмауын да қамтиды",
    },
    "reason_too_wide": {
        "en": "; next year's 95% prediction interval ({lower} to {upper}) is too wide to be useful",
        "ru": "; 95% интервал прогноза на следующий год ({lower}–{upper}) слишком широк, чтобы "
        "быть полезным",
        "kk": "; келесі жылға 95% болжам аралығы ({lower}–{upper}) пайдалы болу үшін тым кең",
    },
    "reason_few_years": {
        "en": "{years} are too few for a trend",
        "ru": "данных за {years} недостаточно для тренда",
        "kk": "{years} бойынша деректер үрдіс үшін жеткіліксіз",
    },
    "section_sources": {"en": "Sources", "ru": "Источники", "kk": "Дереккөздер"},
    "intro_sources": {
        "en": "Every figure used in this report, with its address, publication date and the "
        "passage that carries it, word for word.",
        "ru": "Каждая цифра отчёта с адресом, датой публикации и дословным фрагментом, в котором "
        "она приведена.",
        "kk": "Есептегі әр сан — мекенжайы, жариялану күні және оны қамтитын үзіндісі сөзбе-сөз.",
    },
    "section_methods": {
        "en": "Methods and caveats",
        "ru": "Методы и оговорки",
        "kk": "Әдістер мен ескертулер",
    },
    "methods_1": {
        "en": "**Recorded, not experienced crime.** These are cases registered by the police (or "
        "figures given at briefings). Many victims never report, and registration practice "
        "changes between years and regions, so a rise may reflect more reporting as much as "
        "more fraud.",
        "ru": "**Зарегистрированная, а не фактическая преступность.** Это случаи, "
        "зарегистрированные полицией (или цифры, названные на брифингах). Многие потерпевшие не "
        "обращаются, а практика регистрации меняется по годам и регионам, поэтому рост может "
        "означать как больше мошенничества, так и больше обращений.",
        "kk": "**Нақты емес, тіркелген қылмыс.** Бұл полиция тіркеген оқиғалар (немесе "
        "брифингтерде айтылған сандар). Көптеген жәбірленушілер жүгінбейді, ал тіркеу тәжірибесі "
        "жылдар мен өңірлер арасында өзгереді, сондықтан өсу алаяқтықтың көбеюін де, жүгінудің "
        "көбеюін де білдіруі мүмкін.",
    },
    "methods_2": {
        "en": "**What the intervals mean.** Counts are treated as outcomes of a Poisson process: "
        "the intervals show how much a yearly count would vary by chance at the same underlying "
        "rate. They do not cover under-reporting, changes in definitions, or errors in the "
        "published figures.",
        "ru": "**Что означают интервалы.** Числа случаев рассматриваются как результат "
        "пуассоновского процесса: интервалы показывают, насколько годовое число менялось бы "
        "случайно при той же базовой интенсивности. Они не учитывают латентность, изменения "
        "определений и ошибки в опубликованных цифрах.",
        "kk": "**Аралықтар нені білдіреді.** Оқиғалар саны пуассондық процестің нәтижесі ретінде "
        "қарастырылады: аралықтар сол негізгі қарқында жылдық санның кездейсоқ қаншалықты "
        "өзгеретінін көрсетеді. Олар жасырын қылмысты, анықтамалардың өзгеруін және жарияланған "
        "сандардағы қателерді қамтымайды.",
    },
    "methods_3": {
        "en": "**Shares.** Simultaneous intervals hold for all schemes together; scheme categories "
        "are as the source printed them, mapped onto the toolkit's taxonomy, and may not match "
        "other regions' categories.",
        "ru": "**Доли.** Совместные интервалы верны для всех схем одновременно; категории схем — "
        "как в источнике, сопоставлены с классификацией проекта и могут не совпадать с "
        "категориями других регионов.",
        "kk": "**Үлестер.** Бірлескен аралықтар барлық схемаға бірге жарамды; схема санаттары "
        "дереккөздегідей, жобаның жіктемесіне сәйкестендірілген және басқа өңірлердің "
        "санаттарымен сәйкес келмеуі мүмкін.",
    },
    "methods_4": {
        "en": "**Qualifiers travel.** A figure printed as a lower bound («более») or "
        "approximately («около») keeps that qualifier in every derived number.",
        "ru": "**Оговорки переносятся.** Цифра, опубликованная как нижняя граница («более») или "
        "приблизительно («около»), сохраняет эту оговорку во всех производных числах.",
        "kk": "**Ескертпелер сақталады.** Төменгі шек («астам») немесе шамамен деп жарияланған "
        "сан сол ескертпені одан туындаған барлық сандарда сақтайды.",
    },
    "methods_5": {
        "en": "**What cannot be concluded.** The median loss, the number of victims (one case may "
        "have several), and causes of change cannot be read from these totals. Projections from "
        "a few years are fragile; read the verdict and the prediction interval, not the point.",
        "ru": "**Чего нельзя заключить.** Медианный ущерб, число потерпевших (по одному факту их "
        "может быть несколько) и причины изменений из этих итогов не следуют. Прогнозы по "
        "нескольким годам неустойчивы: читайте вывод и интервал прогноза, а не точку.",
        "kk": "**Нені қорытындылауға болмайды.** Шығын медианасы, жәбірленушілер саны (бір фактіде "
        "бірнешеу болуы мүмкін) және өзгеріс себептері осы қорытындылардан шықпайды. Бірнеше "
        "жылға негізделген болжамдар тұрақсыз: нүктені емес, қорытынды мен болжам аралығын "
        "оқыңыз.",
    },
    "conflicts_heading": {
        "en": "Conflicting sources",
        "ru": "Расхождения источников",
        "kk": "Дереккөздер арасындағы айырмашылықтар",
    },
    # the curators' notes of the dataset are English: kept, and said to be
    "english_note": {
        "en": "data note",
        "ru": "примечание к данным (на английском)",
        "kk": "деректерге ескертпе (ағылшынша)",
    },
    "no_conflicts_text": {
        "en": "No two sources disagree about the figures this report uses.",
        "ru": "Расхождений между источниками по цифрам этого отчёта нет.",
        "kk": "Бұл есептегі сандар бойынша дереккөздер арасында айырмашылық жоқ.",
    },
    "section_cite": {"en": "How to cite", "ru": "Как ссылаться", "kk": "Қалай сілтеме жасау керек"},
    "cite_text": {
        "en": "{publishers}: figures on internet fraud, {subject}, {year}. Compiled and analysed "
        "with fraud-research {version}.",
        "ru": "{publishers}: данные об интернет-мошенничестве, {subject}, {year}. Собрано и "
        "проанализировано с помощью fraud-research {version}.",
        "kk": "{publishers}: интернет-алаяқтық туралы деректер, {subject}, {year}. fraud-research "
        "{version} көмегімен жиналып, талданды.",
    },
    "downloads_text": {
        "en": "The numbers behind each chart, as CSV files beside this report: {links}. {readme} "
        "describes their sources, qualifiers, method and licence.",
        "ru": "Данные каждого графика — в CSV-файлах рядом с отчётом: {links}. В файле {readme} — "
        "источники, оговорки, метод и лицензия.",
        "kk": "Әр графиктің деректері есептің жанындағы CSV файлдарында: {links}. {readme} "
        "файлында — дереккөздер, ескертпелер, әдіс және лицензия.",
    },
    "source_line": {
        "en": "Source: {publishers}; via fraud-research",
        "ru": "Источник: {publishers}; через fraud-research",
        "kk": "Дереккөз: {publishers}; fraud-research арқылы",
    },
    "published_on": {"en": "published {date}", "ru": "опубл. {date}", "kk": "жарияланды {date}"},
    "not_published": {"en": "not published", "ru": "не опубликовано", "kk": "жарияланбаған"},
    "date_not_shown": {"en": "date not shown", "ru": "дата не указана", "kk": "күні көрсетілмеген"},
    # The limit of an interval that a bound («не менее», «более») leaves open.
    "open_limit": {"en": "open (bound)", "ru": "открыта (граница)", "kk": "ашық (шек)"},
    "yes": {"en": "yes", "ru": "да", "kk": "иә"},
    "no": {"en": "no", "ru": "нет", "kk": "жоқ"},
    "sections_available": {"en": "Sections", "ru": "Разделы", "kk": "Бөлімдер"},
}
