"""Words of the index page (``outputs/index.html``) that links every report of a run.

Its Kazakh words for cases and damage are the reports' («фактілер», «шығын»); the damage
column's heading is the reports' own (``headline_damage``).
"""

from __future__ import annotations

#: Headings, column headings and notes of the index page.
INDEX_STRINGS: dict[str, dict[str, str]] = {
    "index_title": {
        "en": "Internet fraud in Kazakhstan — reports by region",
        "ru": "Интернет-мошенничество в Казахстане — отчёты по регионам",
        "kk": "Қазақстандағы интернет-алаяқтық — өңірлер бойынша есептер",
    },
    "index_meta": {
        "en": "Run of {finished} UTC · data version {data_version} · package {package}",
        "ru": "Запуск {finished} UTC · версия данных {data_version} · пакет {package}",
        "kk": "Іске қосу {finished} UTC · деректер нұсқасы {data_version} · пакет {package}",
    },
    # the code's version the pages were rendered from (git)
    "index_commit": {"en": "commit", "ru": "версия кода", "kk": "код нұсқасы"},
    "index_region": {"en": "Region", "ru": "Регион", "kk": "Өңір"},
    "index_year": {"en": "Year", "ru": "Год", "kk": "Жыл"},
    "index_cases": {
        "en": "Cases registered",
        "ru": "Зарегистрировано фактов",
        "kk": "Тіркелген фактілер",
    },
    "index_average_loss": {
        "en": "Average loss per case, tenge (derived)",
        "ru": "Средний ущерб на один факт, тенге (расчётный)",
        "kk": "Бір фактіге орташа шығын, теңге (есептелген)",
    },
    "index_change": {
        "en": "Change in cases on the previous year (95% CI)",
        "ru": "Изменение числа фактов к предыдущему году (95% ДИ)",
        "kk": "Фактілер санының алдыңғы жылға өзгерісі (95% СА)",
    },
    "index_failed": {"en": "failed", "ru": "ошибка", "kk": "қате"},
    "index_see": {"en": "see {path}", "ru": "см. {path}", "kk": "қараңыз: {path}"},
    "index_unavailable": {
        "en": "Headline figures unavailable: {error}",
        "ru": "Основные показатели недоступны: {error}",
        "kk": "Негізгі көрсеткіштер қолжетімсіз: {error}",
    },
    "index_note": {
        "en": (
            "Figures as published by the police and prosecutors; «at least» and «about» carry "
            "the qualifier of the published figure. The average loss is total damage divided by "
            "registered cases, rounded to the tenge. The change is a rate ratio of case counts "
            "with its 95% interval allowing for the variation between years. Machine-readable: "
            "{summary}, {manifest}."
        ),
        "ru": (
            "Показатели в том виде, в каком их опубликовали полиция и прокуратура; «не менее» и "
            "«около» повторяют оговорку опубликованного числа. Средний ущерб — общий ущерб, "
            "делённый на число зарегистрированных фактов, с округлением до тенге. Изменение — "
            "отношение числа фактов с 95% интервалом, учитывающим колебания между годами. Для "
            "машинной обработки: {summary}, "
            "{manifest}."
        ),
        "kk": (
            "Көрсеткіштер полиция мен прокуратура жариялаған түрде берілген; «кемінде» және "
            "«шамамен» жарияланған санның ескертпесін қайталайды. Орташа шығын — жалпы шығынның "
            "тіркелген фактілер санына бөліндісі, теңгеге дейін дөңгелектенген. Өзгеріс — "
            "фактілер санының жылдар арасындағы ауытқуды ескеретін 95% аралығымен қатынасы. "
            "Машиналық өңдеуге: {summary}, {manifest}."
        ),
    },
    "index_across": {"en": "Across regions", "ru": "По всем регионам", "kk": "Барлық өңірлер"},
    "index_compare": {
        "en": "Regions compared: rates per 100 000, ranking and scheme mix",
        "ru": "Сравнение регионов: уровень на 100 000 жителей, ранжирование и структура схем",
        "kk": "Өңірлерді салыстыру: 100 000 тұрғынға шаққандағы деңгей, рейтинг және схемалар",
    },
    "index_coverage": {
        "en": "What is published, place by place and year by year (and what is not found)",
        "ru": "Что опубликовано по каждой территории и году (и чего не найдено)",
        "kk": "Әр аумақ пен жыл бойынша не жарияланған (және не табылмаған)",
    },
    "index_languages": {
        "en": "This page in other languages:",
        "ru": "Эта страница на других языках:",
        "kk": "Бұл бет басқа тілдерде:",
    },
}
