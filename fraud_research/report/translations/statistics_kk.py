"""Kazakh for the words of the statistics (:mod:`.statistics` holds English and Russian).

Kept in its own table while the statistics' sentences are being reworked: the
merge (:func:`fraud_research.report.translations._merge`) adds a language to a
key and refuses a language defined twice, so a Kazakh string added to
``statistics.py`` later fails loudly here instead of being silently shadowed.
"""

from __future__ import annotations

#: Kazakh strings for keys defined in ``statistics.py``.
STATISTICS_KK: dict[str, dict[str, str]] = {
    "limits_95": {"kk": "95% бақылау шектері"},
    "limits_998": {"kk": "99,8% бақылау шектері"},
    "reading_over": {
        "kk": "«{scheme}»: үлесі жоғары — {place}: {share:.1%}, {reference}: {share_reference:.1%}"
    },
    "reading_under": {
        "kk": "«{scheme}»: үлесі төмен — {place}: {share:.1%}, {reference}: {share_reference:.1%}"
    },
    "reading_similar": {
        "kk": "«{scheme}»: айқын айырмашылық жоқ — {place}: {share:.1%}, "
        "{reference}: {share_reference:.1%}"
    },
    "caveat_overlap": {
        "kk": "«{reference}» деректері «{place}» оқиғаларын да қамтиды ({n_reference} ішінен "
        "{n_place}, {share:.1%}), сондықтан кестелер тәуелсіз іріктемелер емес; критерий "
        "консервативті — тәуелсіз кестелер үшін елдің қалған бөлігімен салыстырыңыз"
    },
    "caveat_merged": {
        "kk": "тек бір тарап атаған схемалар «{unlisted}» санатына біріктірілді "
        "({place}: {merged}; {reference}: {merged_reference})"
    },
    "caveat_qualifier": {"kk": "{place}: «{scheme}» {qualifier} ретінде жарияланған"},
    "caveat_rest": {
        "kk": "«{rest}» = {reference} минус {place}, әр схема бойынша; екеуі бір есепке алу "
        "жүйесінен алынған деп есептеледі"
    },
    "caveat_plain_counts": {"kk": "тек сандар берілді, сондықтан кезеңдер тексерілмеді"},
    "caveat_periods_differ": {
        "kk": "кезеңдер әртүрлі: үлестер жарияланғандай салыстырылады, схемалар құрылымы жыл "
        "бойы өзгермейді деп есептеледі"
    },
    "caveat_no_breakdown": {"kk": "{year} жылға схемалар бойынша жылдық бөлініс жоқ: {places}"},
    "caveat_count_qualifier": {"kk": "сан «{qualifier}» ретінде жарияланған: деңгей — {kind}"},
    "caveat_pop_undated": {
        "kk": "халық саны {value} күнсіз (дереккөз тек {year} жылды көрсетеді: {note})"
    },
    "caveat_pop_date": {"kk": "халық саны {year} жылғы 1 қаңтарға емес, {date} күнге"},
    "caveat_pop_qualifier": {"kk": "халық саны «{qualifier}» ретінде жарияланған"},
    "caveat_no_rate": {
        "kk": "деңгей есептелмеді: «{place}» үшін {year} жылға жақын дереккөзі бар халық саны "
        "жоқ (деректегі күндер: {dates}); бағалау жасалмайды"
    },
    "caveat_no_place_with_breakdown": {
        "kk": "{year} жылы «{reference}» деректерімен салыстыратын схемалар бойынша жылдық "
        "бөлінісі бар аумақ жоқ"
    },
    "method_garwood": {"kk": "нақты пуассондық {level}% аралық (Гарвуд)"},
    "method_goodman": {
        "kk": "Гудманның бірлескен {level}% аралықтары; әр схемаға Уилсонның {level}% аралығы"
    },
    "method_sison-glaz": {
        "kk": "Сисон–Глаздың бірлескен {level}% аралықтары; әр схемаға Уилсонның {level}% аралығы"
    },
    "method_score": {"kk": "пуассондық қарқындар қатынасы, {level}% score-аралық"},
    "method_ratio_of_totals": {
        "kk": "жарияланған қорытындылардың қатынасы (тіркелген бір фактіге орташа шығын)"
    },
    "method_proportional": {"kk": "толық жылға пропорционалды қайта есептеу (маусымдықсыз)"},
    "method_exact_poisson_test": {
        "kk": "ел деңгейіне қарсы нақты пуассондық критерий (тұрақты стандарт), Холм түзетуі; "
        "қатынастың нақты {level}% аралығы; ел деректері аумақтың өз оқиғаларын қамтиды"
    },
    "method_chi2": {"kk": "біртектілікке арналған хи-квадрат критерийі"},
    "method_monte_carlo_chi2": {
        "kk": "Монте-Карло әдісімен хи-квадрат критерийі (шеткі қосындылары тұрақты кестелер)"
    },
    "ranking_summary": {
        "kk": "{reference} деңгейіне ({rate:.2f} / 100 000) қатысты рейтингке енген аумақтар: "
        "{n}. Ел деңгейінен жоғары: {above}. Төмен: {below}. Айырмашылық жоқ: {similar}. "
        "Анықталмаған (сан шек ретінде жарияланған): {undetermined}. Топ әрпі ортақ аумақтарды "
        "бір-бірінен ажырату мүмкін емес."
    },
    "trend_one_year": {
        "kk": "Тек бір жыл бар ({year}: {value}), сондықтан үрдісті бағалау мүмкін емес. "
        "Қорытынды: {verdict}."
    },
    "trend_years": {"kk": "Бақыланған жылдар саны: {n} ({first}–{last}, {unit})."},
    "trend_change_up": {"kk": "{start} жылдан {end} жылға дейін көрсеткіш {pct:.0f}% өсті"},
    "trend_change_down": {"kk": "{start} жылдан {end} жылға дейін көрсеткіш {pct:.0f}% төмендеді"},
    "trend_change_interval": {
        "kk": " (қатынастың 95% аралығы: {lower:.2f}-ден {upper:.2f}-ге дейін)"
    },
    "trend_growth": {
        "kk": "Модель тренді: жылына {pct:+.0f}% ({level:g}% аралық: {lower:+.0f}%-дан "
        "{upper:+.0f}%-ға дейін)."
    },
    "trend_projection_text": {
        "kk": "{year} жылға болжам: шамамен {estimate}, {level:.0%} болжам аралығы: {lower} – "
        "{upper}."
    },
    "trend_verdict": {"kk": "Қорытынды: {verdict} — {reason}"},
    "caveat_city": {"kk": "облыс ішіндегі қала, өңір емес: өңірлермен абайлап салыстыру керек"},
    "none_distinguishable": {"kk": "Бірде-бір аумақты ел деңгейінен ажырату мүмкін емес."},
}
