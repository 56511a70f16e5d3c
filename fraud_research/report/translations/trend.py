"""Words of the trend section: verdicts, growth, projections and what short series can say."""

from __future__ import annotations

#: Trend, growth, projection and verdict sentences.
TREND_STRINGS: dict[str, dict[str, str]] = {
    "trend_band": {
        "en": "{level:.0%} prediction interval",
        "ru": "{level:.0%} интервал прогноза",
        "kk": "{level:.0%} болжам аралығы",
    },
    "trend_fit": {
        "en": "fitted trend",
        "ru": "модельный тренд",
        "kk": "модель тренді",
    },
    "trend_projection": {
        "en": "projection",
        "ru": "прогноз",
        "kk": "болжам",
    },
    "trend_observed": {
        "en": "observed",
        "ru": "наблюдения",
        "kk": "байқалған",
    },
    "trend_title": {
        "en": "Trend: {verdict}",
        "ru": "Тренд: {verdict}",
        "kk": "Үрдіс: {verdict}",
    },
    "trend_one_year": {
        "en": "Only one year is available ({year}: {value}), so no trend can be estimated. Verdict: {verdict}.",
        "ru": "Доступен только один год ({year}: {value}), тренд оценить нельзя. Итог: {verdict}.",
        "kk": "Тек бір жыл бар ({year}: {value}), үрдісті бағалау мүмкін емес. Нәтиже: {verdict}.",
    },
    "trend_years": {
        "en": "{n} years observed ({first}-{last}, {unit}).",
        "ru": "Наблюдаемых лет: {n} ({first}–{last}, {unit}).",
        "kk": "Байқалған жылдар: {n} ({first}–{last}, {unit}).",
    },
    "trend_change_up": {
        "en": "From {start} to {end} the figure went up {pct:.0f}%",
        "ru": "С {start} по {end} год показатель вырос на {pct:.0f}%",
        "kk": "{start} жылдан {end} жылға дейін көрсеткіш {pct:.0f}% өсті",
    },
    "trend_change_down": {
        "en": "From {start} to {end} the figure went down {pct:.0f}%",
        "ru": "С {start} по {end} год показатель снизился на {pct:.0f}%",
        "kk": "{start} жылдан {end} жылға дейін көрсеткіш {pct:.0f}% төмендеді",
    },
    "trend_change_interval": {
        "en": " (95% interval for the ratio {lower:.2f} to {upper:.2f})",
        "ru": " (95% интервал отношения от {lower:.2f} до {upper:.2f})",
        "kk": " (қатынастың 95% аралығы {lower:.2f} — {upper:.2f})",
    },
    "trend_growth": {
        "en": "The fitted trend is {pct:+.0f}% a year ({level:g}% interval {lower:+.0f}% to {upper:+.0f}%).",
        "ru": "Модельный тренд: {pct:+.0f}% в год ({level:g}% интервал от {lower:+.0f}% до {upper:+.0f}%).",
        "kk": "Модель тренді: жылына {pct:+.0f}% ({level:g}% аралық: {lower:+.0f}%-дан {upper:+.0f}%-ға дейін).",
    },
    "trend_projection_text": {
        "en": "Projection for {year}: about {estimate}, with a {level:.0%} prediction interval from {lower} to {upper}.",
        "ru": "Прогноз на {year} год: около {estimate}, {level:.0%} интервал прогноза от {lower} до {upper}.",
        "kk": "{year} жылға болжам: шамамен {estimate}, {level:.0%} болжам аралығы: {lower} – {upper}.",
    },
    "trend_verdict": {
        "en": "Verdict: {verdict} — {reason}",
        "ru": "Итог: {verdict} — {reason}",
        "kk": "Нәтиже: {verdict} — {reason}",
    },
    "trend_method_label": {
        "en": "Method:",
        "ru": "Метод:",
        "kk": "Әдіс:",
    },
    "trend_growth_named": {
        "en": "Fitted trend ({model}): {pct:+.0f}% a year ({level:g}% interval {lower:+.0f}% to {upper:+.0f}%).",
        "ru": "Модельный тренд ({model}): {pct:+.0f}% в год ({level:g}% интервал от {lower:+.0f}% до {upper:+.0f}%).",
        "kk": "Модель үрдісі ({model}): жылына {pct:+.0f}% ({level:g}% аралық {lower:+.0f}% — {upper:+.0f}%).",
    },
    "model_loglinear_pooled": {
        "en": "log-linear, between-year variance pooled across places",
        "ru": "лог-линейный, межгодовая дисперсия объединена по территориям",
        "kk": "лог-сызықтық, жылдар арасындағы дисперсия аумақтар бойынша біріктірілген",
    },
    "trend_change_od": {
        "en": " (95% interval {lower:.2f} to {upper:.2f} allowing for between-year variation; Poisson only: {plower:.2f} to {pupper:.2f})",
        "ru": " (95% интервал {lower:.2f}–{upper:.2f} с учётом межгодовой изменчивости; только Пуассон: {plower:.2f}–{pupper:.2f})",
        "kk": " (жылдар арасындағы құбылмалылықты ескергенде 95% аралық {lower:.2f}–{upper:.2f}; тек Пуассон: {plower:.2f}–{pupper:.2f})",
    },
    "trend_last_change_significant": {
        "en": "{end} is significantly {direction} {start} ({pct:+.0f}%, 95% CI {lower:+.0f}% to {upper:+.0f}%, allowing for between-year variation); {n} years cannot show whether this lasts.",
        "ru": "{end} год значимо {direction} {start} ({pct:+.0f}%, 95% ДИ от {lower:+.0f}% до {upper:+.0f}% с учётом межгодовой изменчивости); по {n} годам нельзя сказать, сохранится ли это.",
        "kk": "{end} жыл {start} жылмен салыстырғанда мәнді түрде {direction} ({pct:+.0f}%, 95% СА {lower:+.0f}% — {upper:+.0f}%); {n} жыл бұның сақталатынын көрсете алмайды.",
    },
    "trend_last_change_unclear": {
        "en": "{end} is not clearly different from {start} once between-year variation is allowed for ({pct:+.0f}%, 95% CI {lower:+.0f}% to {upper:+.0f}%); {n} years cannot show a lasting trend.",
        "ru": "{end} год не отличается явно от {start} с учётом межгодовой изменчивости ({pct:+.0f}%, 95% ДИ от {lower:+.0f}% до {upper:+.0f}%); по {n} годам устойчивый тренд не виден.",
        "kk": "Жылдар арасындағы құбылмалылықты ескергенде {end} жыл {start} жылдан айқын ерекшеленбейді ({pct:+.0f}%, 95% СА {lower:+.0f}% — {upper:+.0f}%); {n} жыл тұрақты үрдісті көрсете алмайды.",
    },
    "trend_projection_median": {
        "en": "Projection for {year}: about {estimate} (median), {level:.0%} prediction interval {lower} to {upper} ({model}).",
        "ru": "Прогноз на {year} год: около {estimate} (медиана), {level:.0%} интервал прогноза {lower}–{upper} ({model}).",
        "kk": "{year} жылға болжам: шамамен {estimate} (медиана), {level:.0%} болжам аралығы {lower}–{upper} ({model}).",
    },
    "trend_projection_no_interval": {
        "en": "Projection for {year}: about {estimate} (median); no prediction interval is shown (see the caveats).",
        "ru": "Прогноз на {year} год: около {estimate} (медиана); интервал прогноза не показывается (см. оговорки).",
        "kk": "{year} жылға болжам: шамамен {estimate} (медиана); болжам аралығы көрсетілмейді.",
    },
}
