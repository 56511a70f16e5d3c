"""Key findings, counted phrases (plural forms), the spine chart and plot titles.

A counted phrase holds its forms separated by ``|``: English one|other, Russian
one|few|many, Kazakh one form (a noun after a numeral stays singular); see
:func:`fraud_research.report.labels.plural`.
"""

from __future__ import annotations

#: Key findings, plural phrases, chart titles and legends.
FINDINGS_STRINGS: dict[str, dict[str, str]] = {
    "n_cases": {
        "en": "{n} case|{n} cases",
        "ru": "{n} случай|{n} случая|{n} случаев",
        "kk": "{n} оқиға",
    },
    "n_cases_acc": {
        "en": "{n} case|{n} cases",
        "ru": "{n} случай|{n} случая|{n} случаев",
        "kk": "{n} оқиғаны",
    },
    "n_places_acc": {
        "en": "{n} place|{n} places",
        "ru": "{n} территорию|{n} территории|{n} территорий",
        "kk": "{n} аумақты",
    },
    "n_years": {"en": "{n} year|{n} years", "ru": "{n} год|{n} года|{n} лет", "kk": "{n} жыл"},
    "registered_cases": {
        "en": "{n} internet-fraud case was registered|{n} internet-fraud cases were registered",
        "ru": "зарегистрирован {n} факт интернет-мошенничества|зарегистрировано {n} факта "
        "интернет-мошенничества|зарегистрировано {n} фактов интернет-мошенничества",
        "kk": "интернет-алаяқтықтың {n} фактісі тіркелді",
    },
    "f_cases": {
        "en": "{registered} in {place} in {year}.",
        "ru": "{place}: в {year} году {registered}.",
        "kk": "{place}: {year} жылы {registered}.",
    },
    # the interval of a change named in a finding: with between-year variation, or Poisson only
    "f_ci_pooled_od": {
        "en": "95% CI allowing for year-to-year variation:",
        "ru": "95% ДИ с учётом колебаний между годами:",
        "kk": "жылдар арасындағы ауытқуды ескергенде 95% СА:",
    },
    "f_ci_score": {"en": "95% CI", "ru": "95% ДИ:", "kk": "95% СА:"},
    "f_cases_up": {
        "en": "{registered} in {place} in {year}, {pct}% more than in {prev} ({ci} {lower} to "
        "{upper}).",
        "ru": "{place}: в {year} году {registered} — на {pct}% больше, чем в {prev} году ({ci} "
        "от {lower} до {upper}).",
        "kk": "{place}: {year} жылы {registered} — бұл {prev} жылғыдан {pct}% көп ({ci} "
        "{lower}…{upper}).",
    },
    "f_cases_down": {
        "en": "{registered} in {place} in {year}, {pct}% fewer than in {prev} ({ci} {lower} to "
        "{upper}).",
        "ru": "{place}: в {year} году {registered} — на {pct}% меньше, чем в {prev} году ({ci} "
        "от {lower} до {upper}).",
        "kk": "{place}: {year} жылы {registered} — бұл {prev} жылғыдан {pct}% аз ({ci} "
        "{lower}…{upper}).",
    },
    "f_cases_same": {
        "en": "{registered} in {place} in {year}; the change from {prev} ({pct}, {ci} {lower} "
        "to {upper}) may be chance variation.",
        "ru": "{place}: в {year} году {registered}; изменение к {prev} году ({pct}, {ci} от "
        "{lower} до {upper}) может быть случайным колебанием.",
        "kk": "{place}: {year} жылы {registered}; {prev} жылмен салыстырғандағы өзгеріс ({pct}, "
        "{ci} {lower}…{upper}) кездейсоқ ауытқу болуы мүмкін.",
    },
    "f_rate": {
        "en": "That is {rate} cases per 100 000 residents (95% CI {lower}–{upper}), {comparison} "
        "({reference}: {national}).",
        "ru": "Это {rate} случая на 100 000 жителей (95% ДИ: {lower}–{upper}) — {comparison} "
        "({reference}: {national}).",
        "kk": "Бұл 100 000 тұрғынға {rate} оқиға (95% СА: {lower}–{upper}) — {comparison} "
        "({reference}: {national}).",
    },
    "cmp_above": {
        "en": "clearly above the national rate",
        "ru": "заметно выше уровня по стране",
        "kk": "ел деңгейінен айқын жоғары",
    },
    "cmp_below": {
        "en": "clearly below the national rate",
        "ru": "заметно ниже уровня по стране",
        "kk": "ел деңгейінен айқын төмен",
    },
    "cmp_similar": {
        "en": "not clearly different from the national rate",
        "ru": "без явного отличия от уровня по стране",
        "kk": "ел деңгейінен айқын айырмашылығы жоқ",
    },
    "cmp_undetermined": {
        "en": "a bound, so its comparison with the national rate is undetermined",
        "ru": "это граница, поэтому сравнение с уровнем по стране не определено",
        "kk": "бұл шек, сондықтан ел деңгейімен салыстыру анықталмаған",
    },
    "f_scheme_top": {
        "en": "{scheme} are the largest scheme: {share} of cases ({lower}–{upper}).",
        "ru": "Крупнейшая схема — «{scheme}»: {share} случаев ({lower}–{upper}).",
        "kk": "Ең ірі схема — «{scheme}»: оқиғалардың {share} ({lower}–{upper}).",
    },
    "f_scheme_bound": {
        "en": "{scheme} are the largest listed scheme: {qualifier} {share} of cases (the count is "
        "printed as a bound, so only a one-sided limit can be given: {limit}).",
        "ru": "Крупнейшая из названных схем — «{scheme}»: {qualifier} {share} случаев (число "
        "опубликовано как граница, поэтому возможна лишь односторонняя оценка: {limit}).",
        "kk": "Аталған схемалардың ең ірісі — «{scheme}»: оқиғалардың {qualifier} {share} (сан шек "
        "ретінде жарияланған, сондықтан тек біржақты шек беріледі: {limit}).",
    },
    "f_scheme_tied": {
        "en": "{scheme} are the most frequent listed scheme at {share} of cases ({lower}–{upper}), "
        "but cannot be told apart from {next} ({next_share}).",
        "ru": "Самая частая схема — «{scheme}»: {share} случаев ({lower}–{upper}), но её нельзя "
        "отличить от схемы «{next}» ({next_share}).",
        "kk": "Ең жиі схема — «{scheme}»: оқиғалардың {share} ({lower}–{upper}), бірақ оны "
        "«{next}» схемасынан ({next_share}) ажырату мүмкін емес.",
    },
    "f_loss": {
        "en": "The average loss per case was {amount} tenge (derived from total damage; the median "
        "cannot be computed from published totals).",
        "ru": "Средний ущерб на один факт — {amount} тенге (рассчитан по общему ущербу; медиану по "
        "опубликованным итогам вычислить нельзя).",
        "kk": "Бір фактіге орташа шығын — {amount} теңге (жалпы шығыннан есептелген; медиананы "
        "жарияланған қорытындылардан есептеу мүмкін емес).",
    },
    "f_trend_too_early": {
        "en": "It is too early to call a trend: {years} of data cannot tell a lasting change from "
        "year-to-year variation.",
        "ru": "Говорить о тренде рано: данных за {years} недостаточно, чтобы отличить устойчивое "
        "изменение от колебаний между годами.",
        "kk": "Үрдіс туралы айтуға ерте: {years} бойынша деректер тұрақты өзгерісті жылдар "
        "арасындағы ауытқудан ажыратуға жеткіліксіз.",
    },
    "f_trend_rising": {
        "en": "Over {years} the counts are rising: the fitted trend's interval lies above no change.",
        "ru": "За {years} число случаев растёт: интервал модельного тренда выше нулевого изменения.",
        "kk": "{years} ішінде оқиғалар саны өсуде: модель трендінің аралығы өзгеріссіз деңгейден "
        "жоғары.",
    },
    "f_trend_falling": {
        "en": "Over {years} the counts are falling: the fitted trend's interval lies below no "
        "change.",
        "ru": "За {years} число случаев снижается: интервал модельного тренда ниже нулевого "
        "изменения.",
        "kk": "{years} ішінде оқиғалар саны азаюда: модель трендінің аралығы өзгеріссіз деңгейден "
        "төмен.",
    },
    "f_trend_no_clear": {
        "en": "Over {years} there is no clear trend: the fitted trend's interval includes no change.",
        "ru": "За {years} явного тренда нет: интервал модельного тренда включает нулевое изменение.",
        "kk": "{years} ішінде айқын үрдіс жоқ: модель трендінің аралығы өзгеріссіз деңгейді "
        "қамтиды.",
    },
    "amount_million": {"en": "{x} million", "ru": "{x} млн", "kk": "{x} млн"},
    "amount_billion": {"en": "{x} billion", "ru": "{x} млрд", "kk": "{x} млрд"},
    "compare_lede": {
        "en": "Internet-fraud rates of Kazakhstan's regions side by side, with their "
        "uncertainty: which places differ from the country and from each other, and how their "
        "scheme mixes differ. Every number comes from a cited source.",
        "ru": "Уровни интернет-мошенничества в регионах Казахстана рядом друг с другом, с учётом "
        "неопределённости: какие территории отличаются от страны и друг от друга и чем "
        "различаются их схемы. Каждое число взято из источника.",
        "kk": "Қазақстан өңірлеріндегі интернет-алаяқтық деңгейлері қатар, белгісіздігімен бірге: "
        "қай аумақтар елден және бір-бірінен ерекшеленеді, схемалар құрылымы қалай өзгеше. Әр "
        "сан дереккөзден алынған.",
    },
    "cf_compared": {
        "en": "For {year}, {places} can be compared: {names}; the other regions publish no rate "
        "and are unknown, not average.",
        "ru": "За {year} год можно сравнить {places}: {names}; остальные регионы не публикуют "
        "данных для уровня — они неизвестны, а не «средние».",
        "kk": "{year} жылға {places} салыстыруға болады: {names}; қалған өңірлер деңгейге дерек "
        "жарияламайды — олар «орташа» емес, белгісіз.",
    },
    "cf_highest": {
        "en": "The highest rate is in {place}: {rate} per 100 000 (95% CI {lower}–{upper}); the "
        "national rate is {national}.",
        "ru": "Самый высокий уровень — {place}: {rate} на 100 000 (95% ДИ: {lower}–{upper}); по "
        "стране — {national}.",
        "kk": "Ең жоғары деңгей — {place}: 100 000 тұрғынға {rate} (95% СА: {lower}–{upper}); ел "
        "бойынша — {national}.",
    },
    # against the national rate allowing for the spread between places (the funnel): a place
    # inside it may still have a rate clearly unlike the national one by its own count
    "cf_above": {
        "en": "Higher than the usual spread between places allows (above the funnel): {names}.",
        "ru": "Выше, чем допускает обычный разброс между территориями (над воронкой): {names}.",
        "kk": "Аумақтар арасындағы әдеттегі айырмадан жоғары (воронкадан жоғары): {names}.",
    },
    "cf_below": {
        "en": "Lower than the usual spread between places allows (below the funnel): {names}.",
        "ru": "Ниже, чем допускает обычный разброс между территориями (под воронкой): {names}.",
        "kk": "Аумақтар арасындағы әдеттегі айырмадан төмен (воронкадан төмен): {names}.",
    },
    "cf_similar": {
        "en": "Within the usual spread between places (inside the funnel), which does not make "
        "their rates equal to the national one: {names}.",
        "ru": "В пределах обычного разброса между территориями (внутри воронки), что не делает "
        "их уровень равным общему по стране: {names}.",
        "kk": "Аумақтар арасындағы әдеттегі айырма шегінде (воронка ішінде), бұл олардың "
        "деңгейі ел деңгейіне тең дегенді білдірмейді: {names}.",
    },
    "cf_undetermined": {
        "en": "Undetermined, because the count is printed as a bound: {names}.",
        "ru": "Не определено, так как число опубликовано как граница: {names}.",
        "kk": "Анықталмаған, өйткені сан шек ретінде жарияланған: {names}.",
    },
    "cf_groups": {
        "en": "Places whose rank intervals (in brackets) overlap cannot be told apart.",
        "ru": "Территории, чьи интервалы мест (в скобках) пересекаются, неразличимы.",
        "kk": "Орын аралықтары (жақшада) қиылысатын аумақтарды ажырату мүмкін емес.",
    },
    "spine_rate": {"en": "Cases per 100 000", "ru": "Случаев на 100 000", "kk": "100 000 тұрғынға"},
    "spine_change": {
        "en": "Change on previous year",
        "ru": "Изменение к прошлому году",
        "kk": "Өткен жылға өзгеріс",
    },
    "spine_loss": {
        "en": "Average loss per case",
        "ru": "Средний ущерб на факт",
        "kk": "Фактіге орташа шығын",
    },
    # named: «other / not listed» may be larger, but it is no scheme
    "spine_share": {
        "en": "Share of the largest named scheme",
        "ru": "Доля крупнейшей названной схемы",
        "kk": "Аталған схемалардың ең ірісінің үлесі",
    },
    "spine_axis": {
        "en": "Ratio to {reference} (1 = the same as the country)",
        "ru": "Отношение к показателю страны ({reference}; 1 = как по стране)",
        "kk": "Ел көрсеткішіне қатынас ({reference}; 1 = ел бойынша сияқты)",
    },
    "spine_higher": {
        "en": "significantly higher",
        "ru": "значимо выше",
        "kk": "айтарлықтай жоғары",
    },
    "spine_lower": {"en": "significantly lower", "ru": "значимо ниже", "kk": "айтарлықтай төмен"},
    "spine_similar": {
        "en": "no significant difference, or no interval",
        "ru": "без значимого отличия или без интервала",
        "kk": "айтарлықтай айырмашылық жоқ немесе аралық жоқ",
    },
    "spine_title": {
        "en": "{place} against the country, {year}",
        "ru": "{place} в сравнении со страной, {year}",
        "kk": "{place} ел көрсеткіштерімен салыстырғанда, {year}",
    },
    "spine_vs": {
        "en": "{value} vs {national}",
        "ru": "{value} и {national}",
        "kk": "{value} және {national}",
    },
    "caption_spine": {
        "en": "Each headline indicator of {place} as a ratio to the national figure, with its 95% "
        "interval; coloured only where the interval excludes the national figure (the average "
        "loss has no interval: it is a ratio of totals).",
        "ru": "Каждый основной показатель ({place}) в отношении к показателю страны, с 95% "
        "интервалом; цветом выделено только то, где интервал не включает показатель страны (у "
        "среднего ущерба интервала нет: это отношение итогов).",
        "kk": "{place}: әр негізгі көрсеткіштің ел көрсеткішіне қатынасы, 95% аралығымен; түспен "
        "тек аралық ел көрсеткішін қамтымайтын жерлер белгіленген (орташа шығынның аралығы жоқ: "
        "бұл қорытындылардың қатынасы).",
    },
    "rates_title": {
        "en": "Internet-fraud cases per 100 000 residents, {year}",
        "ru": "Интернет-мошенничество: случаев на 100 000 жителей, {year}",
        "kk": "Интернет-алаяқтық: 100 000 тұрғынға шаққандағы оқиғалар, {year}",
    },
    "caption_place_rates": {
        "en": "Registered internet-fraud cases per 100 000 residents with exact Poisson 95% "
        "intervals, {year}. Coloured only where a rate lies beyond the usual spread between "
        "places (its test against the national rate allows for that spread, Holm-adjusted): a "
        "grey rate whose interval misses the national line differs from it by its own count, "
        "but not by more than places usually differ. Places without a published count or "
        "population are listed as such.",
        "ru": "Зарегистрированные случаи интернет-мошенничества на 100 000 жителей с точными "
        "95% интервалами Пуассона, {year}. Цветом выделены только уровни за пределами обычного "
        "разброса между территориями (проверка против уровня страны учитывает этот разброс, "
        "поправка Холма): серый уровень, интервал которого не касается линии страны, отличается "
        "от неё по собственному числу случаев, но не больше, чем обычно различаются территории. "
        "Территории без опубликованного числа или населения отмечены отдельно.",
        "kk": "100 000 тұрғынға шаққандағы тіркелген интернет-алаяқтық оқиғалары, Пуассонның "
        "дәл 95% аралықтарымен, {year}. Түспен тек аумақтар арасындағы әдеттегі шашыраңқылықтан "
        "тыс деңгейлер белгіленген (ел деңгейімен салыстыру сол шашыраңқылықты ескереді, Холм "
        "түзетуі): аралығы ел сызығына жетпейтін сұр деңгей өз санымен одан ерекшеленеді, бірақ "
        "аумақтар әдетте ерекшеленетіннен артық емес. Саны немесе халық саны жарияланбаған "
        "аумақтар бөлек көрсетілген.",
    },
    "rates_above_spread": {
        "en": "above the usual spread",
        "ru": "выше обычного разброса",
        "kk": "әдеттегі шашыраңқылықтан жоғары",
    },
    "rates_below_spread": {
        "en": "below the usual spread",
        "ru": "ниже обычного разброса",
        "kk": "әдеттегі шашыраңқылықтан төмен",
    },
    "rates_within_spread": {
        "en": "within the usual spread, or undetermined",
        "ru": "в пределах обычного разброса или не определено",
        "kk": "әдеттегі шашыраңқылық ішінде немесе анықталмаған",
    },
    "no_data": {
        "en": "no published rate",
        "ru": "нет данных для уровня",
        "kk": "деңгейге дерек жоқ",
    },
    "shares_title": {
        "en": "Schemes, {place}, {year}",
        "ru": "Схемы мошенничества: {place}, {year}",
        "kk": "Алаяқтық схемалары: {place}, {year}",
    },
    "shares_axis": {
        "en": "Share of registered cases (whiskers: 95% simultaneous intervals)",
        "ru": "Доля зарегистрированных случаев (усы: совместные 95% интервалы)",
        "kk": "Тіркелген оқиғалар үлесі (мұрттар: бірлескен 95% аралықтар)",
    },
    "trend_clipped": {
        "en": "95% band continues to {value}",
        "ru": "95% интервал продолжается до {value}",
        "kk": "95% аралық {value} дейін жалғасады",
    },
    "funnel_title": {
        "en": "Rates against population, {year}",
        "ru": "Уровни и численность населения, {year}",
        "kk": "Деңгейлер және халық саны, {year}",
    },
    "ranking_title": {
        "en": "Ranking with 95% intervals, {year}",
        "ru": "Рейтинг с 95% интервалами, {year}",
        "kk": "95% аралықтары бар рейтинг, {year}",
    },
    "mix_title": {
        "en": "Scheme mix against the country, {year}",
        "ru": "Структура схем в сравнении со страной, {year}",
        "kk": "Схемалар құрылымы елмен салыстырғанда, {year}",
    },
}
