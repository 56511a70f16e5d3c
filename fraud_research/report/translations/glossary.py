"""Words of the "how to read this page" box: one plain sentence per statistical term.

Each ``glossary_<term>`` starts with the term in bold as the page shows it, then says
what it means in one sentence; :mod:`fraud_research.report.glossary` lists on a page
only the terms that page uses. ``{pp}`` is the page's abbreviation of percentage points
(``points_short``), filled in when the box is written.
"""

from __future__ import annotations

#: The box's heading and one explanation per term, in the order the box lists them.
GLOSSARY_STRINGS: dict[str, dict[str, str]] = {
    "glossary_heading": {
        "en": "How to read this page: the terms used",
        "ru": "Как читать эту страницу: термины",
        "kk": "Бұл бетті қалай оқу керек: терминдер",
    },
    "glossary_ci": {
        "en": "**CI** (confidence interval, here 95%): the range of values the published counts "
        "are consistent with once chance variation is allowed for; the wider it is, the less "
        "certain the figure.",
        "ru": "**ДИ** (доверительный интервал, здесь 95%): диапазон значений, с которыми "
        "согласуются опубликованные числа с учётом случайных колебаний; чем он шире, тем менее "
        "точна оценка.",
        "kk": "**СА** (сенімді аралық, мұнда 95%): кездейсоқ ауытқуды ескергенде жарияланған "
        "сандар сәйкес келетін мәндер ауқымы; ол неғұрлым кең болса, баға соғұрлым дәлсіз.",
    },
    "glossary_pi": {
        "en": "**PI** (prediction interval): the range in which a future year's count is "
        "expected to fall with the stated probability (80% or 95%).",
        "ru": "**ИП** (интервал прогноза): диапазон, в который с указанной вероятностью (80% или "
        "95%) должно попасть число случаев будущего года.",
        "kk": "**Болжам аралығы**: келесі жылдың оқиғалар саны көрсетілген ықтималдықпен (80% "
        "немесе 95%) түсуі күтілетін ауқым.",
    },
    "glossary_ratio": {
        "en": "**×1.41**: a ratio of two counts or rates: 1.41 times as many, that is 41% more "
        "(×0.80 is 20% fewer).",
        "ru": "**×1,41**: отношение двух чисел или уровней: в 1,41 раза больше, то есть на 41% "
        "больше (×0,80 — на 20% меньше).",
        "kk": "**×1,41**: екі санның немесе деңгейдің қатынасы: 1,41 есе көп, яғни 41%-ға көп "
        "(×0,80 — 20%-ға аз).",
    },
    "glossary_pp": {
        "en": "**{pp}** (percentage points): the difference between two percentages, so 40% "
        "against 30% is +10 {pp}.",
        "ru": "**{pp}** (процентные пункты): разница двух процентов, так 40% против 30% — это "
        "+10 {pp}",
        "kk": "**{pp}** (пайыздық тармақ): екі пайыздың айырмасы, мысалы 40% пен 30% арасы — "
        "+10 {pp}",
    },
    "glossary_p_value": {
        "en": "**p-value**: how likely a difference at least this large would be if chance alone "
        "were at work; a small value (below 0.05) points to a real difference.",
        "ru": "**p-значение**: насколько вероятна разница не меньше наблюдаемой, если действует "
        "только случай; малое значение (меньше 0,05) указывает на реальную разницу.",
        "kk": "**p-мәні**: тек кездейсоқтық әсер етсе, кемінде осындай айырмашылықтың қаншалықты "
        "ықтимал екені; кіші мән (0,05-тен аз) нақты айырмашылықты көрсетеді.",
    },
    "glossary_holm": {
        "en": "**Holm adjustment**: a correction of p-values when many comparisons are made at "
        "once, so that a difference found by chance is not reported as real.",
        "ru": "**Поправка Холма**: поправка p-значений при многих сравнениях сразу, чтобы "
        "случайная разница не выдавалась за реальную.",
        "kk": "**Холм түзетуі**: көп салыстыру қатар жасалғанда p-мәндерін түзету, кездейсоқ "
        "айырмашылық нақты деп көрсетілмес үшін.",
    },
    "glossary_spiegelhalter": {
        "en": "**Funnel limits (Spiegelhalter)**: the band in which a place's rate would lie if it "
        "differed from the national rate only by chance and the usual spread between places; it "
        "is wider for smaller populations.",
        "ru": "**Границы воронки (Шпигельхальтер)**: полоса, в которой лежал бы уровень "
        "территории, если бы он отличался от уровня по стране только случайно и на обычный "
        "разброс между территориями; для меньшего населения она шире.",
        "kk": "**Воронка шектері (Шпигельхальтер)**: аумақ деңгейі ел деңгейінен тек кездейсоқ "
        "және аумақтар арасындағы әдеттегі ауытқу шамасында ерекшеленсе, жататын белдеу; халқы "
        "аз жерде ол кеңірек.",
    },
    "glossary_goodman_wilson": {
        "en": "**Goodman and Wilson intervals**: 95% intervals for shares; Goodman's cover all "
        "shares of one total at once, Wilson's one share on its own.",
        "ru": "**Интервалы Гудмана и Уилсона**: 95% интервалы для долей; интервалы Гудмана "
        "охватывают все доли одного итога сразу, Уилсона — одну долю отдельно.",
        "kk": "**Гудман және Уилсон аралықтары**: үлестердің 95% аралықтары; Гудман аралықтары "
        "бір жиынның барлық үлесін бірге, Уилсон аралығы бір үлесті жеке қамтиды.",
    },
    "glossary_poisson": {
        "en": "**Poisson**: the model of counts that vary by chance alone; real counts usually "
        "vary more between years and places, and intervals that allow for this say so.",
        "ru": "**Пуассоновская модель**: модель чисел, которые колеблются только случайно; "
        "реальные числа обычно колеблются сильнее между годами и территориями, и интервалы, "
        "которые это учитывают, так и подписаны.",
        "kk": "**Пуассон моделі**: тек кездейсоқ ауытқитын сандардың моделі; нақты сандар жылдар "
        "мен аумақтар арасында әдетте көбірек ауытқиды, ал мұны ескеретін аралықтар соны "
        "көрсетеді.",
    },
    "glossary_phi": {
        "en": "**φ** (overdispersion): how many times more the counts vary than a Poisson model "
        "allows (1 means no extra variation); a quasi-Poisson model widens its intervals by it.",
        "ru": "**φ** (сверхдисперсия): во сколько раз числа колеблются сильнее, чем допускает "
        "пуассоновская модель (1 — без лишнего разброса); квазипуассоновская модель расширяет на "
        "неё свои интервалы.",
        "kk": "**φ** (артық дисперсия): сандар Пуассон моделі рұқсат ететіннен неше есе көп "
        "ауытқитыны (1 — артық ауытқу жоқ); квазипуассондық модель өз аралықтарын соған "
        "кеңейтеді.",
    },
    "glossary_alpha": {
        "en": "**α**: the extra variation beyond Poisson that a negative binomial model allows "
        "(0 means none).",
        "ru": "**α**: дополнительный разброс сверх пуассоновского в отрицательной биномиальной "
        "модели (0 — никакого).",
        "kk": "**α**: теріс биномдық модельдегі Пуассоннан тыс қосымша ауытқу (0 — жоқ).",
    },
    "glossary_sigma2": {
        "en": "**σ²**: the variance of the yearly counts around the fitted trend, on a log scale; "
        "the larger it is, the wider the intervals.",
        "ru": "**σ²**: дисперсия годовых чисел вокруг линии тренда в логарифмической шкале; чем "
        "она больше, тем шире интервалы.",
        "kk": "**σ²**: жылдық сандардың логарифмдік шкаладағы үрдіс сызығы айналасындағы "
        "дисперсиясы; ол неғұрлым үлкен болса, аралықтар соғұрлым кең.",
    },
    "glossary_aicc": {
        "en": "**AICc**: a score of how well a model fits the counts, with a penalty for each "
        "extra parameter; lower is better.",
        "ru": "**Критерий Акаике**: оценка того, насколько хорошо модель описывает числа, со "
        "штрафом за каждый лишний параметр; чем меньше, тем лучше.",
        "kk": "**Акаике критерийі**: модельдің сандарға қаншалықты сай келетінін әр артық "
        "параметр үшін айыппен бағалау; неғұрлым аз болса, соғұрлым жақсы.",
    },
    "glossary_mae": {
        "en": "**Rolling-origin MAE**: the average error when each year is predicted from the "
        "years before it; lower is better.",
        "ru": "**Средняя абсолютная ошибка (MAE, скользящее начало)**: средняя ошибка, когда каждый "
        "год предсказывается по предыдущим годам; чем меньше, тем лучше.",
        "kk": "**Орташа абсолютті қате (MAE, жылжымалы бастау)**: әр жыл алдыңғы жылдар бойынша "
        "болжанғандағы орташа қате; неғұрлым аз болса, соғұрлым жақсы.",
    },
    "glossary_residual": {
        "en": "**Adjusted residual**: how far a scheme's count lies from what the national mix "
        "would give, in standard units; beyond ±2 is unusual.",
        "ru": "**Скорректированный остаток**: насколько число случаев схемы отличается от того, "
        "что дала бы структура по стране, в стандартных единицах; больше ±2 — необычно.",
        "kk": "**Түзетілген қалдық**: схема оқиғаларының саны ел құрылымы беретін саннан "
        "стандартты бірліктермен қаншалықты алыс; ±2-ден асса, әдеттен тыс.",
    },
}
