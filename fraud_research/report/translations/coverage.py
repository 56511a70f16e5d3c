"""Words of the coverage page: what is published for each place and year, and what is not."""

from __future__ import annotations

#: Headings, cell words and notes of ``outputs/coverage.html``.
COVERAGE_STRINGS: dict[str, dict[str, str]] = {
    "coverage_title": {
        "en": "What is published: internet-fraud figures by place and year",
        "ru": "Что опубликовано: данные об интернет-мошенничестве по территориям и годам",
        "kk": "Не жарияланған: интернет-алаяқтық деректері аумақтар мен жылдар бойынша",
    },
    "coverage_intro": {
        "en": (
            "Each cell lists the figures found in published sources for a place and year, each "
            "linked to its source; “not found” means that no figure was found, not that there "
            "were no cases. Part-year figures carry their span and cannot be compared with full "
            "years."
        ),
        "ru": (
            "В каждой ячейке перечислены показатели, найденные в опубликованных источниках для "
            "территории и года, со ссылкой на источник; «не найдено» означает, что показатель не "
            "найден, а не что случаев не было. Показатели за часть года указаны с периодом и не "
            "сравниваются с годовыми."
        ),
        "kk": (
            "Әр ұяшықта аумақ пен жыл бойынша жарияланған дереккөздерден табылған көрсеткіштер "
            "дереккөзге сілтемесімен берілген; «табылмады» деректің табылмағанын білдіреді, "
            "оқиғаның болмағанын емес. Жылдың бір бөлігіне арналған көрсеткіштер кезеңімен "
            "көрсетіледі және жылдық көрсеткіштермен салыстырылмайды."
        ),
    },
    "coverage_place": {"en": "Place", "ru": "Территория", "kk": "Аумақ"},
    "coverage_not_found": {"en": "not found", "ru": "не найдено", "kk": "табылмады"},
    # counted phrases (labels.plural): «792 факта», «22 560 фактов»
    "coverage_full_year": {
        "en": "{n} case (full year)|{n} cases (full year)",
        "ru": "{n} факт (за год)|{n} факта (за год)|{n} фактов (за год)",
        "kk": "{n} дерек (жыл бойы)",
    },
    "coverage_part_year": {
        "en": "{n} case ({period})|{n} cases ({period})",
        "ru": "{n} факт ({period})|{n} факта ({period})|{n} фактов ({period})",
        "kk": "{n} дерек ({period})",
    },
    "coverage_damage": {
        "en": "damage {value} tenge ({period})",
        "ru": "ущерб {value} тенге ({period})",
        "kk": "шығын {value} теңге ({period})",
    },
    "coverage_schemes": {
        "en": "breakdown by scheme",
        "ru": "разбивка по схемам",
        "kk": "схемалар бойынша бөлініс",
    },
    "coverage_population": {
        "en": "population {value} on {date}",
        "ru": "население {value} на {date}",
        "kk": "халық саны {date} күні {value}",
    },
    # one figure printed alike by several sources is listed once («население … (в 2 источниках)»)
    "coverage_in_sources": {
        "en": "{line} (in {n} sources)",
        "ru": "{line} (в {n} источниках)",
        "kk": "{line} ({n} дереккөзде)",
    },
    "coverage_counts": {
        "en": (
            "Of {place_years} place-years, {with_any_figure} have at least one published "
            "figure, {with_full_year_count} a full-year count of registered cases and "
            "{with_population} a sourced population."
        ),
        "ru": (
            "Из {place_years} сочетаний территории и года хотя бы один показатель опубликован "
            "для {with_any_figure}, годовое число зарегистрированных фактов — для "
            "{with_full_year_count}, население с источником — для {with_population}."
        ),
        "kk": (
            "{place_years} аумақ-жыл жұбының {with_any_figure} үшін кемінде бір көрсеткіш, "
            "{with_full_year_count} үшін тіркелген фактілердің жылдық саны, "
            "{with_population} үшін дереккөзі бар халық саны жарияланған."
        ),
    },
    "coverage_conflicts_title": {
        "en": "Conflicting figures",
        "ru": "Расходящиеся данные",
        "kk": "Сәйкес келмейтін деректер",
    },
    "coverage_conflict": {
        "en": "{place}, {period}: {values}.",
        "ru": "{place}, {period}: {values}.",
        "kk": "{place}, {period}: {values}.",
    },
    "coverage_no_conflicts": {
        "en": "No two sources disagree on the same figure.",
        "ru": "Расхождений между источниками по одному показателю нет.",
        "kk": "Бір көрсеткіш бойынша дереккөздер арасында алшақтық жоқ.",
    },
    "coverage_undated_title": {
        "en": "Figures without a stated year",
        "ru": "Данные без указанного года",
        "kk": "Жылы көрсетілмеген деректер",
    },
    "coverage_undated": {
        "en": "{place}: {count} figures whose source does not state the year.",
        "ru": "{place}: показателей без указания года в источнике — {count}.",
        "kk": "{place}: дереккөзде жылы көрсетілмеген көрсеткіштер саны — {count}.",
    },
    # in words for readers; the command itself is shown apart, as code (coverage_command)
    "coverage_how_to_add": {
        "en": (
            "Found a figure that is missing here? Save the press release as a text file and run "
            "the command below (researchers with the toolkit installed): it proposes the records "
            "with their quotes, and adds them when run again with `--apply`. The same table as "
            "CSV: {csv}."
        ),
        "ru": (
            "Нашли показатель, которого здесь нет? Сохраните пресс-релиз как текстовый файл и "
            "выполните команду ниже (для исследователей с установленным набором инструментов): "
            "она предложит записи с цитатами и добавит их, если выполнить её снова с `--apply`. "
            "Та же таблица в CSV: {csv}."
        ),
        "kk": (
            "Мұнда жоқ көрсеткішті таптыңыз ба? Баспасөз релизін мәтіндік файл ретінде сақтап, "
            "төмендегі команданы орындаңыз (құралдар жинағы орнатылған зерттеушілерге): ол "
            "дәйексөздерімен жазбаларды ұсынады, ал `--apply` қосып қайта орындағанда оларды "
            "қосады. Сол кесте CSV түрінде: {csv}."
        ),
    },
    "coverage_command": {
        "en": "fraud-research ingest release.txt --place <place> --source-url <address> "
        "--published <date>",
        "ru": "fraud-research ingest release.txt --place <территория> --source-url <адрес> "
        "--published <дата>",
        "kk": "fraud-research ingest release.txt --place <аумақ> --source-url <мекенжай> "
        "--published <күні>",
    },
}
