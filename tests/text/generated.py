"""Generated press sentences whose reading is known, for tests and benchmarks.

Real releases combine a handful of parts in many ways: a period phrase, a place, a count with
its bound word and noun, a loss with its verb; a list of schemes or places in one of several
shapes; a comparison with the year before. Each generator below yields every combination of
such parts (written here, in the forms press texts use) with what the extractor must give back,
so a rule that reads one combination and breaks another shows up.
``benchmarks/generated_sentences.py`` reads all of them; the tests in ``test_extract.py`` draw
a sample on every run.

Each generator yields ``(text, expected)``: ``expected`` is the list of
``[metric, value, qualifier, period_text, place_text]`` (lead sentences), ``[value, scheme]``
(scheme lists), ``[value, place word]`` (place lists, the place word a stem the place phrase
must contain) or ``[value, year_earlier, period_text]`` (comparisons) of the proposed figures;
district lists give ``[value, place word]`` too, and single losses the amount that must be read
as one case's loss (with nothing proposed).
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator

RU_PERIODS = [
    "По итогам 2025 года",
    "За 9 месяцев 2025 года",
    "С начала года",
    "В 2025 году",
    "За январь–сентябрь 2025 года",
    "За 2025 г.",
    "В первом полугодии 2025 года",
    "За 10 мес. 2025 г.",
]
RU_PLACES = [
    ("в Туркестанской области", "Туркестанской области"),
    ("в Шымкенте", "в Шымкенте"),
    ("в Сарыагашском районе", "Сарыагашском районе"),
    ("по области", ""),
    ("", ""),
]
RU_COUNTS = [
    ("843", 843, "exact"),
    ("1 204", 1204, "exact"),
    ("12", 12, "exact"),
    ("более 900", 900, "at_least"),
    ("около 1,1 тыс.", 1100, "approx"),
    ("свыше 1 100", 1100, "at_least"),
]
RU_NOUNS = ["фактов", "случаев", "преступлений", "уголовных правонарушений"]
RU_LOSSES = [
    "ущерб составил {a} тенге",
    "жители лишились {a} тенге",
    "сумма ущерба – {a} тенге",
    "мошенники похитили {a} тенге",
]
RU_AMOUNTS = [
    ("1,6 млрд", 1_600_000_000, "rounded"),
    ("1 млрд 665 млн 783 тыс.", 1_665_783_000, "exact"),
    ("свыше 400 млн", 400_000_000, "at_least"),
    ("порядка 2 млрд", 2_000_000_000, "approx"),
    ("87,5 млн", 87_500_000, "rounded"),
]
KK_PERIODS = [
    "2025 жылдың қорытындысы бойынша",
    "2025 жылдың 9 айында",
    "Жыл басынан бері",
    "2025 жылы",
    "Биыл",
    "2025 жылдың қаңтар-қыркүйек айларында",
    "Биылғы 10 айда",
]
KK_PLACES = [
    ("Түркістан облысында", "Түркістан облысында"),
    ("Шымкентте", "Шымкентте"),
    ("Сарыағаш ауданында", "Сарыағаш ауданында"),
    ("облыста", ""),
    ("", ""),
]
KK_COUNTS = [
    ("843", 843, "exact"),
    ("1 204", 1204, "exact"),
    ("12", 12, "exact"),
    ("900-ден астам", 900, "at_least"),
    ("1,1 мыңнан астам", 1100, "at_least"),
    ("шамамен 1 100", 1100, "approx"),
]
KK_NOUNS = ["дерегі", "фактісі", "жағдайы", "қылмыс"]
KK_LOSSES = [
    "келтірілген залал {a} теңгені құрады",
    "залал сомасы – {a} теңге",
    "алаяқтар {a} теңге ұрлады",
]
KK_AMOUNTS = [
    ("1,6 млрд", 1_600_000_000, "rounded"),
    ("1 млрд 665 млн 783 мың", 1_665_783_000, "exact"),
    ("400 млн-нан астам", 400_000_000, "at_least"),
    ("шамамен 2 млрд", 2_000_000_000, "approx"),
    ("87,5 млн", 87_500_000, "rounded"),
]

SCHEME_ITEMS = [
    ("звонки от имени сотрудников банков", "impersonation_call"),
    ("мошенничество при покупке товаров на маркетплейсах", "prepayment"),
    ("фиктивные инвестиции", "fake_investment"),
    ("просьбы о деньгах в мессенджерах от имени знакомых", "messenger_acquaintance"),
    ("розыгрыши призов и лотереи", "lottery"),
]
LIST_INTROS = [
    "Из них",
    "В том числе",
    "Наиболее распространённые схемы:",
    "По видам мошенничества:",
    "Из общего числа",
]
ITEM_SHAPES = ["{item} – {n}", "{n} – {item}", "{item} ({n})", "{n} фактов – {item}", "{item}: {n}"]

KK_SCHEME_ITEMS = [
    ("банк қызметкері атынан қоңырау шалу", "impersonation_call"),
    ("интернет-дүкендер арқылы алдау", "prepayment"),
    ("жалған инвестициялар", "fake_investment"),
    ("мессенджерде таныстары атынан ақша сұрау", "messenger_acquaintance"),
    ("ұтыс ойындары мен лотереялар", "lottery"),
]
KK_LIST_INTROS = ["Оның ішінде", "Соның ішінде", "Ең көп таралған тәсілдер:", "Оның ішінде:"]
KK_ITEM_SHAPES = [
    "{item} – {n}",
    "{n} дерек – {item}",
    "{item} ({n})",
    "{n}-і – {item}",
    "{item} бойынша {n} дерек",
]

# (nominative, locative with «в», with «г.», the stem every form of the place phrase holds)
PLACE_ITEMS = [
    ("Алматы", "в Алматы", "г. Алматы", "Алмат"),
    ("Астана", "в Астане", "г. Астане", "Астан"),
    ("Шымкент", "в Шымкенте", "г. Шымкенте", "Шымкент"),
    (
        "Карагандинская область",
        "в Карагандинской области",
        "Карагандинской области",
        "Карагандинск",
    ),
]
PLACE_INTROS = [
    "Больше всего фактов",
    "Больше всего фактов зарегистрировано",
    "Лидируют",
    "В разрезе регионов:",
    "Больше всего –",
]
PLACE_SHAPES = ["{loc} ({n})", "{loc} – {n}", "{nom} – {n}", "{nom} ({n})", "{g} – {n}"]

COMPARISON_LEADS = ["За 9 месяцев 2025 года", "По итогам 2025 года", "С начала года"]
# sentences giving 612 for the lead's period and 665 for the same period a year earlier
COMPARISONS = [
    "{lead} зарегистрировано 612 фактов интернет-мошенничества против 665 годом ранее.",
    "{lead} зарегистрировано 612 фактов интернет-мошенничества (АППГ – 665).",
    "{lead} зарегистрировано 612 (665) фактов интернет-мошенничества.",
    "{lead} зарегистрировано 612 фактов интернет-мошенничества, что на 8% меньше, чем годом "
    "ранее (665).",
    "{lead} зарегистрировано 612 фактов интернет-мошенничества. За аналогичный период прошлого "
    "года – 665.",
    "{lead} зарегистрировано 612 фактов интернет-мошенничества. Годом ранее их было 665.",
    "{lead} зарегистрировано 612 фактов интернет-мошенничества. В прошлом году за тот же период "
    "– 665.",
    "{lead} количество фактов интернет-мошенничества снизилось с 665 до 612.",
    "{lead} зарегистрировано 612 фактов интернет-мошенничества против прошлогодних 665.",
]
# a district list in a regional release: the first district named in full, the others by
# their adjective alone («в Сарыагашском районе (120), Мактааральском (98)») or in full
DISTRICTS = [
    ("Сарыагашском", "Сарыагаш"),
    ("Мактааральском", "Мактаарал"),
    ("Казыгуртском", "Казыгурт"),
]
DISTRICT_INTROS = [
    "Больше всего фактов – в",
    "Больше всего – в",
    "Лидируют по числу фактов",
    "Больше всего фактов зарегистрировано в",
]
FIRST_DISTRICT_SHAPES = ["{a} районе ({n})", "{a} районе – {n}"]
DISTRICT_SHAPES = [
    "{a} ({n})",
    "{a} – {n}",
    "в {a} – {n}",
    "в {a} районе – {n}",
    "{a} районе ({n})",
]

# one victim's, one company's or one arrested group's loss, in a text about internet fraud:
# none of them is the region's damage, whatever place or persons the story names
RU_STORY_LEAD = "Полиция предупреждает об интернет-мошенничестве."
RU_ARRESTS = [
    "Полицейские задержали группу мошенников, которые обманули {v} на общую сумму {a} тенге.",
    "Задержан подозреваемый, который похитил у {v} {a} тенге.",
    "Пресечена деятельность преступной группы: её участники выманили у {v} более {a} тенге.",
    "Сотрудники полиции задержали 25-летнего жителя Шымкента, обманувшего {v} на {a} тенге.",
    "Злоумышленники, задержанные в Алматы, похитили у {v} {a} тенге.",
    "В Туркестане задержали аферистов, обманувших {v} на сумму {a} тенге.",
]
RU_ARREST_VICTIMS = [
    "120 жителей области",
    "15 человек",
    "нескольких пенсионеров",
    "жителей области",
    "жителей Туркестанской области",
    "граждан",
]
RU_SINGLE_LOSSES = [
    "Жительница Туркестана перевела мошенникам {a} тенге.",
    "Пенсионерка из Шымкента лишилась {a} тенге, поверив звонку «сотрудника банка».",
    "Мошенники похитили у местного жителя {a} тенге.",
    "ТОО из Шымкента перечислило лжепоставщику {a} тенге.",
    "Предприниматель потерял {a} тенге на фейковых инвестициях.",
    "Студентка отдала аферистам {a} тенге за несуществующий iPhone.",
    "Потерпевшая перевела на указанный счёт {a} тенге.",
    "У жительницы Кентау похитили {a} тенге.",
    "Ущерб только от одной финансовой пирамиды превысил {a} тенге.",
    "Одна преступная группа похитила у жителей {a} тенге.",
]
# one victim named in the genitive after «у», often with adjectives («у пожилой волгоградки»),
# robbed by offenders named in many ways («две злоумышленницы», «лжеброкеры»)
RU_OFFENDERS = [
    "Мошенники", "Две злоумышленницы", "Лжеброкеры", "Неизвестные", "Телефонные мошенники",
    "Аферисты под видом сотрудников банка", "Преступница", "Кибермошенники",
]  # fmt: skip
RU_ONE_VICTIM_GENITIVE = [
    "пожилой волгоградки", "75-летней москвички", "местной жительницы", "пенсионерки из Шымкента",
    "жителя Караганды", "молодого человека", "пожилого мужчины", "алматинки",
    "студентки колледжа", "карагандинца", "многодетной матери",
]  # fmt: skip
RU_TAKING = [
    "похитили у {v} {a} тенге.", "выманили у {v} {a} тенге.", "украли у {v} {a} тенге.",
    "получили от {v} {a} тенге.",
]  # fmt: skip
KK_STORY_LEAD = "Полиция интернет-алаяқтықтан сақ болуға шақырады."
KK_ARRESTS = [
    "Полицейлер {v} {a} теңгеге алдаған қылмыстық топты ұстады.",
    "{v} {a} теңгесін алдап алған күдікті ұсталды.",
    "Ұсталған алаяқтар {v} {a} теңге ұрлаған.",
    "Түркістан облысында {v} {a} теңгеге алдаған күдікті ұсталды.",
]
KK_ARREST_VICTIMS = ["облыс тұрғындарын", "120 тұрғынды", "Шымкент тұрғындарын", "азаматтарды"]
KK_SINGLE_LOSSES = [
    "Шымкент тұрғыны алаяқтарға {a} теңге аударған.",
    "Зейнеткер {a} теңгесінен айырылды.",
    "Кентау қаласының тұрғыны {a} теңгесінен айырылған.",
    "ЖШС алаяқтарға {a} теңге аударды.",
    "Кәсіпкер жалған инвестицияға {a} теңге салып, алданып қалды.",
]
# one victim in Kazakh, in the genitive («студенттің 2 млн теңгесін») or as the subject
KK_ONE_VICTIM_GENITIVE = [
    "жергілікті тұрғынның", "75 жастағы зейнеткердің", "Шымкент тұрғынының", "студенттің",
    "зейнеткер әйелдің", "бір тұрғынның",
]  # fmt: skip
KK_TAKING = ["Алаяқтар {v} {a} теңгесін алдап алды.", "Алаяқтар {v} {a} теңге ұрлады."]
RU_STORY_AMOUNTS = [("45 млн", 45_000_000), ("3,2 млн", 3_200_000), ("850 тысяч", 850_000)]
KK_STORY_AMOUNTS = [("45 млн", 45_000_000), ("3,2 млн", 3_200_000), ("850 мың", 850_000)]

KK_COMPARISON_LEADS = ["2025 жылдың 9 айында", "2025 жылы", "Жыл басынан бері"]
KK_COMPARISONS = [
    "{lead} интернет-алаяқтықтың 612 дерегі тіркелді, өткен жылдың осы кезеңінде – 665.",
    "{lead} интернет-алаяқтықтың 612 (665) дерегі тіркелді.",
    "{lead} интернет-алаяқтықтың 612 дерегі тіркелді. Өткен жылдың сәйкес кезеңінде 665 дерек "
    "тіркелген.",
    "{lead} интернет-алаяқтық деректері 665-тен 612-ге дейін азайды.",
    "{lead} интернет-алаяқтықтың 612 дерегі тіркелді. Бұл өткен жылдың сәйкес кезеңімен "
    "салыстырғанда 8 пайызға аз (665).",
]  # fmt: skip


def lead_sentences(language: str) -> Iterator[tuple[str, list]]:
    """A release's lead sentence: period, place, count, noun, loss; ``ru`` or ``kk``."""
    ru = language == "ru"
    parts = (
        (RU_PERIODS, RU_PLACES, RU_COUNTS, RU_NOUNS, RU_AMOUNTS, RU_LOSSES)
        if ru
        else (KK_PERIODS, KK_PLACES, KK_COUNTS, KK_NOUNS, KK_AMOUNTS, KK_LOSSES)
    )
    for period, (place, place_text), count, noun, amount, loss in itertools.product(*parts):
        (printed, cases, count_qualifier), (money, damage, damage_qualifier) = count, amount
        said = loss.format(a=money)
        text = (
            f"{period} {place} зарегистрировано {printed} {noun} интернет-мошенничества, {said}."
            if ru
            else f"{period} {place} интернет-алаяқтықтың {printed} {noun} тіркелді, {said}."
        ).replace("  ", " ")
        yield (
            text,
            [
                ["cases", cases, count_qualifier, period, place_text],
                ["damage", damage, damage_qualifier, period, place_text],
            ],
        )


def scheme_lists(language: str) -> Iterator[tuple[str, list]]:
    """A total, then three schemes' counts in every order, intro and item shape."""
    counts = [340, 255, 98]
    ru = language == "ru"
    lead = (
        "По итогам 2025 года в области зарегистрировано 843 факта интернет-мошенничества."
        if ru
        else "2025 жылы облыста интернет-алаяқтықтың 843 дерегі тіркелді."
    )
    intros, items_, shapes = (
        (LIST_INTROS, SCHEME_ITEMS, ITEM_SHAPES)
        if ru
        else (KK_LIST_INTROS, KK_SCHEME_ITEMS, KK_ITEM_SHAPES)
    )
    for intro, items, shape in itertools.product(intros, itertools.permutations(items_, 3), shapes):
        listed = ", ".join(
            shape.format(item=item, n=n) for (item, _), n in zip(items, counts, strict=True)
        )
        text = f"{lead} {intro} {listed}."
        yield text, [[843, ""]] + [[n, s] for (_, s), n in zip(items, counts, strict=True)]


def place_lists() -> Iterator[tuple[str, list]]:
    """The country's total, then three places' counts in every order, intro and item shape."""
    counts = [3412, 2100, 1500]
    for intro, places, shape in itertools.product(
        PLACE_INTROS, itertools.permutations(PLACE_ITEMS, 3), PLACE_SHAPES
    ):
        listed = ", ".join(
            shape.format(nom=nom, loc=loc, g=g, n=f"{n:,}".replace(",", " "))
            for (nom, loc, g, _), n in zip(places, counts, strict=True)
        )
        text = (
            "По итогам 2025 года в Казахстане зарегистрировано 20 500 фактов "
            f"интернет-мошенничества. {intro} {listed}."
        )
        yield (
            text,
            [[20_500, "Казахстан"]]
            + [[n, stem] for (*_, stem), n in zip(places, counts, strict=True)],
        )


# beside part of a year, «в прошлом году» / «өткен жылы» is the same part a year earlier
PART_YEAR_COMPARISONS = [
    "{lead} зарегистрировано 612 фактов интернет-мошенничества (в прошлом году – 665).",
    "{lead} зарегистрировано 612 фактов интернет-мошенничества, в прошлом году – 665.",
    "{lead} зарегистрировано 612 фактов интернет-мошенничества (в минувшем году – 665).",
]
# the same period of the year before named by its year, the lead naming its own year
YEAR_NAMED_LEADS = [
    "За 9 месяцев 2025 года",
    "По итогам 2025 года",
    "В первом полугодии 2025 года",
    "За январь–май 2025 года",
]
YEAR_NAMED_COMPARISONS = [
    "{lead} зарегистрировано 612 фактов интернет-мошенничества, тогда как за аналогичный период "
    "2024 года – 665.",
    "{lead} зарегистрировано 612 фактов интернет-мошенничества против 665 за аналогичный период "
    "2024 года.",
    "{lead} зарегистрировано 612 фактов интернет-мошенничества, что на 8% меньше аналогичного "
    "периода 2024 года – 665.",
    "{lead} зарегистрировано 612 фактов интернет-мошенничества (за такой же период 2024 года – "
    "665).",
    "{lead} зарегистрировано 612 фактов интернет-мошенничества. За тот же период 2024 года – 665.",
]
KK_YEAR_NAMED_COMPARISONS = [
    "{lead} интернет-алаяқтықтың 612 дерегі тіркелді, 2024 жылдың осы кезеңінде – 665.",
    "{lead} интернет-алаяқтықтың 612 дерегі тіркелді. 2024 жылдың сәйкес кезеңінде 665 дерек "
    "тіркелген.",
]
KK_PART_YEAR_COMPARISONS = [
    "{lead} интернет-алаяқтықтың 612 дерегі тіркелді (өткен жылы – 665).",
    "{lead} интернет-алаяқтықтың 612 дерегі тіркелді, былтыр – 665.",
]


def comparisons() -> Iterator[tuple[str, list]]:
    """A count and the same count a year earlier, in Russian and Kazakh."""
    part_year = (
        (COMPARISON_LEADS[::2], PART_YEAR_COMPARISONS),
        (KK_COMPARISON_LEADS[::2], KK_PART_YEAR_COMPARISONS),
    )
    for leads, forms in (
        (COMPARISON_LEADS, COMPARISONS),
        (KK_COMPARISON_LEADS, KK_COMPARISONS),
        (YEAR_NAMED_LEADS, YEAR_NAMED_COMPARISONS),
        (KK_COMPARISON_LEADS[:2], KK_YEAR_NAMED_COMPARISONS),
        *part_year,
    ):
        for lead, form in itertools.product(leads, forms):
            yield form.format(lead=lead), [[612, False, lead], [665, True, lead]]


def district_lists() -> Iterator[tuple[str, list]]:
    """A region's total, then three districts' counts, the later ones often by adjective alone."""
    counts = [120, 98, 75]
    for intro, first, shape, districts in itertools.product(
        DISTRICT_INTROS, FIRST_DISTRICT_SHAPES, DISTRICT_SHAPES, itertools.permutations(DISTRICTS)
    ):
        (a0, _), *rest = districts
        listed = [first.format(a=a0, n=counts[0])]
        listed += [shape.format(a=a, n=n) for (a, _), n in zip(rest, counts[1:], strict=True)]
        text = (
            "В 2025 году в Туркестанской области зарегистрировано 843 факта "
            f"интернет-мошенничества. {intro} {listed[0]}, {listed[1]} и {listed[2]}."
        )
        yield (
            text,
            [[843, "Туркестанск"]]
            + [[n, stem] for (_, stem), n in zip(districts, counts, strict=True)],
        )


def single_losses(language: str) -> Iterator[tuple[str, list]]:
    """One victim's, one company's or one arrested group's loss; ``expected`` is its amount.

    Read right, the amount is a single-case loss and nothing is proposed.
    """
    ru = language == "ru"
    lead, arrests, victims, singles, amounts = (
        (RU_STORY_LEAD, RU_ARRESTS, RU_ARREST_VICTIMS, RU_SINGLE_LOSSES, RU_STORY_AMOUNTS)
        if ru
        else (KK_STORY_LEAD, KK_ARRESTS, KK_ARREST_VICTIMS, KK_SINGLE_LOSSES, KK_STORY_AMOUNTS)
    )
    for story, who, (money, value) in itertools.product(arrests, victims, amounts):
        yield f"{lead} {story.format(v=who, a=money)}", [value]
    for story, (money, value) in itertools.product(singles, amounts):
        yield f"{lead} {story.format(a=money)}", [value]
    if ru:
        grid = itertools.product(RU_OFFENDERS, RU_TAKING, RU_ONE_VICTIM_GENITIVE, amounts)
        for who, taking, victim, (money, value) in grid:
            yield f"{lead} {who} {taking.format(v=victim, a=money)}", [value]
    else:
        for taking, victim, (money, value) in itertools.product(
            KK_TAKING, KK_ONE_VICTIM_GENITIVE, amounts
        ):
            yield f"{lead} {taking.format(v=victim, a=money)}", [value]


# money that is no damage after a release's count: prevented, recovered, a fine, a budget
RU_NOT_DAMAGE_LEAD = "С начала года в области зарегистрировано 843 факта интернет-мошенничества."
RU_NOT_DAMAGE = {
    "prevented": [
        "Банки заблокировали подозрительные операции на {a} тенге.",
        "Антифрод-центр предотвратил хищение {a} тенге.",
        "Благодаря системе удалось сохранить {a} тенге клиентов.",
        "Банками приостановлены переводы на сумму {a} тенге.",
        "Заморожено {a} тенге на счетах дропперов.",
        "Сотрудники банка спасли {a} тенге пенсионеров.",
        "Мошенникам не удалось похитить ещё {a} тенге.",
    ],
    "recovered": [
        "Потерпевшим возвращено {a} тенге.",
        "Возмещён ущерб на сумму {a} тенге.",
        "Гражданам удалось вернуть {a} тенге.",
        "Полиция вернула владельцам {a} тенге.",
        "Добровольно погашено {a} тенге.",
    ],
    "other": [
        "Штраф для дропперов составляет {a} тенге.",
        "Кредитный лимит составил {a} тенге.",
        "Мошенники обещали доход в {a} тенге.",
        "Средний ущерб от одного преступления составил {a} тенге.",
        "Крупным размером считается ущерб свыше {a} тенге.",
        "За «разблокировку» счёта мошенники требовали {a} тенге.",
        "За мошенничество с ущербом в {a} тенге грозит до пяти лет лишения свободы.",
        "На профилактику выделено {a} тенге.",
        "Зарплата курьера достигала {a} тенге.",
    ],
}
KK_NOT_DAMAGE_LEAD = "Жыл басынан бері облыста интернет-алаяқтықтың 843 дерегі тіркелді."
KK_NOT_DAMAGE = {
    "prevented": [
        "Банктер {a} теңгенің күмәнді операцияларын бұғаттады.",
        "Антифрод орталығы {a} теңгенің ұрлануын болдырмады.",
        "{a} теңге сақталып қалды.",
    ],
    "recovered": ["Жәбірленушілерге {a} теңге қайтарылды.", "{a} теңге залал өтелді."],
    "other": ["Дропперлерге айыппұл {a} теңгені құрайды.", "Бір қылмыстан орташа залал {a} теңге."],
}


def money_not_damage(language: str) -> Iterator[tuple[str, list]]:
    """Money prevented, recovered or no loss at all after a release's count; ``expected`` is
    ``[amount, role]``, and the only proposal is the count."""
    ru = language == "ru"
    lead, table = (RU_NOT_DAMAGE_LEAD, RU_NOT_DAMAGE) if ru else (KK_NOT_DAMAGE_LEAD, KK_NOT_DAMAGE)
    for role, sentences in table.items():
        for sentence, (money, value) in itertools.product(sentences, RU_STORY_AMOUNTS[:2]):
            yield f"{lead} {sentence.format(a=money)}", [value, role]


# a damage total, then a part of it in the same sentence: returned, or one scheme's
RU_WHOLES = [
    "Ущерб от интернет-мошенничества составил {a} тенге",
    "Мошенники получили от жителей области {a} тенге",
    "Жители области перевели мошенникам {a} тенге",
    "Сумма ущерба превысила {a} тенге",
    "Общий ущерб – {a} тенге",
]
RU_PARTS = [
    ("из них {p} возвращено потерпевшим", "recovered", ""),
    ("из них {p} удалось вернуть", "recovered", ""),
    ("в том числе {p} возмещено", "recovered", ""),
    ("из них {p} возмещено в ходе следствия", "recovered", ""),
    ("в том числе по схеме «инвестиции» — {p}", "damage_scheme", "fake_investment"),
    ("из них {p} тенге по схеме «инвестиции»", "damage_scheme", "fake_investment"),
    ("в том числе {p} — от мошенничеств с предоплатой", "damage_scheme", "prepayment"),
    ("из них {p} — ущерб от лжеинвестиций", "damage_scheme", "fake_investment"),
]
KK_WHOLES = [
    "Алаяқтар тұрғындардан {a} теңге алған",
    "Интернет-алаяқтықтан келтірілген шығын {a} теңгені құрады",
    "Тұрғындар алаяқтарға {a} теңге аударған",
    "Облыс тұрғындары алаяқтардың кесірінен {a} теңгеден айырылды",
]
KK_PARTS = [
    ("оның {p} теңгесі қайтарылды", "recovered", ""),
    ("оның {p} теңгесі өтелді", "recovered", ""),
    ("оның {p} теңгесі жәбірленушілерге қайтарылды", "recovered", ""),
    ("оның ішінде жалған инвестициялар бойынша {p} теңге", "damage_scheme", "fake_investment"),
    ("оның {p} теңгесі алдын ала төлем тәсілімен алынған", "damage_scheme", "prepayment"),
]
WHOLE_AND_PART_AMOUNTS = [
    (("1,2 млрд", 1.2e9), ("300 млн", 3e8)),
    (("850 млн", 8.5e8), ("120 млн", 1.2e8)),
]


def parts_of_a_total(language: str) -> Iterator[tuple[str, list]]:
    """A release's count, then a damage total and a part of it («из них … возвращено», «оның …
    теңгесі қайтарылды», «в том числе по схеме …»); ``expected`` is the proposals, ``[value,
    scheme]`` each: the total, and the part only when it is a scheme's."""
    ru = language == "ru"
    lead, wholes, parts = (
        (RU_NOT_DAMAGE_LEAD, RU_WHOLES, RU_PARTS)
        if ru
        else (KK_NOT_DAMAGE_LEAD, KK_WHOLES, KK_PARTS)
    )
    for whole, (part, _, scheme), amounts in itertools.product(
        wholes, parts, WHOLE_AND_PART_AMOUNTS
    ):
        (money, total), (part_money, part_value) = amounts
        text = f"{lead} {whole.format(a=money)}, {part.format(p=part_money)}."
        expected = [[843, ""], [total, ""]] + ([[part_value, scheme]] if scheme else [])
        yield text, expected


# counts after a release's count that are not registered cases: solved, persons, court, things
RU_OTHER_COUNTS = {
    "solved": [
        "Раскрыто {n} преступлений.",
        "Из них раскрыто {n}.",
        "Полицейские раскрыли {n} интернет-мошенничеств.",
        "Установлены лица, совершившие {n} преступлений.",
        "Количество раскрытых преступлений – {n}.",
        "Установлена причастность задержанных к {n} эпизодам мошенничества.",
        "Задержанный подозревается в совершении {n} мошенничеств.",
        "Задержанным инкриминируют {n} фактов мошенничества.",
    ],
    "suspects": [
        "Задержаны {n} подозреваемых.",
        "К уголовной ответственности привлечены {n} человек.",
        "Установлено {n} дропперов.",
        "Задержано {n} курьеров мошенников.",
        "Эти преступления совершили {n} человек.",
        "В изолятор временного содержания помещены {n} человек.",
        "Задержаны 12 организаторов, а также {n} граждан соседних стран.",
    ],
    "victims": [
        "Потерпевшими признаны {n} жителей области.",
        "Жертвами мошенников стали {n} человек.",
        "Пострадали {n} пенсионеров.",
    ],
    "sent_to_court": ["В суд направлено {n} уголовных дел.", "{n} дел направлены в суд."],
    # what a hotline received counts what people reported, not registered crimes
    "antifraud_incidents": [
        "Поступило {n} звонков на горячую линию.",
        "На телефон доверия поступило {n} обращений.",
    ],
    "other": [
        "Заблокировано {n} банковских карт.",
        "Заблокировано {n} мошеннических сайтов.",
        "Проведено {n} профилактических встреч.",
        "Обучено {n} пенсионеров.",
        "Лица, совершившие {n} преступлений, пока не установлены.",
    ],
}
KK_OTHER_COUNTS = {
    "solved": [
        "Оның {n}-і ашылды.",
        "Полиция {n} қылмысты ашты.",
        "Ашылған қылмыстар саны – {n}.",
        "{n} қылмыстың ізі кесілді.",
    ],
    "suspects": [
        "{n} күдікті ұсталды.",
        "Қылмыстық жауапкершілікке {n} адам тартылды.",
        "{n} дроппер анықталды.",
        "Полиция {n} адамды ұстады.",
        "Кінәлі деп танылған {n} адам қамауға алынды.",
        "12 шетел азаматы, сондай-ақ {n} азаматы ұсталды.",
    ],
    "victims": ["{n} адам алаяқтардың құрбаны болды.", "{n} тұрғын зардап шекті."],
    "sent_to_court": ["{n} қылмыстық іс сотқа жолданды."],
    "antifraud_incidents": ["Сенім телефонына {n} қоңырау түсті."],
    "other": [
        "{n} банк картасы бұғатталды.",
        "{n} алаяқтық сайт бұғатталды.",
        "{n} профилактикалық кездесу өткізілді.",
        "Полиция қызметкерлері {n} тұрғынға алаяқтардың тәсілдерін түсіндірді.",
        "Полиция {n} алаяқтық call-орталықтың жұмысын тоқтатты.",
    ],
}
OTHER_COUNT_NUMBERS = [("120", 120), ("1 250", 1250), ("37", 37)]


def counts_not_cases(language: str) -> Iterator[tuple[str, list]]:
    """A count after a release's count that is solved cases, persons, cases sent to court, calls
    to a hotline or things (cards, sites, meetings); ``expected`` is ``[value, role]``, and the only proposal is
    the release's count."""
    ru = language == "ru"
    lead, table = (
        (RU_NOT_DAMAGE_LEAD, RU_OTHER_COUNTS) if ru else (KK_NOT_DAMAGE_LEAD, KK_OTHER_COUNTS)
    )
    for role, sentences in table.items():
        for sentence, (printed, value) in itertools.product(sentences, OTHER_COUNT_NUMBERS):
            yield f"{lead} {sentence.format(n=printed)}", [value, role]


# a named scheme's damage in the sentence after a release's total
SCHEME_DAMAGE_RU_LEAD = (
    "По итогам 2025 года в области зарегистрировано 843 факта интернет-мошенничества, ущерб "
    "составил 1,6 млрд тенге."
)
SCHEME_DAMAGE_KK_LEAD = (
    "2025 жылы облыста интернет-алаяқтықтың 843 дерегі тіркеліп, 1,6 млрд теңге шығын келтірілді."
)
SCHEME_DAMAGE_RU = [
    "Из них по схеме «{s}» ущерб составил {a} тенге.",
    "Наибольший ущерб причинён по схеме «{s}» – {a} тенге.",
    "На долю мошенничеств по схеме «{s}» приходится {a} тенге ущерба.",
    "По схеме «{s}» жители потеряли {a} тенге.",
    "Ущерб от схемы «{s}» – {a} тенге.",
    "Больше всего денег мошенники похитили по схеме «{s}» – {a} тенге.",
]
SCHEME_DAMAGE_KK = [
    "Оның ішінде «{s}» тәсілі бойынша {a} теңге шығын келтірілген.",
    "Ең көп шығын «{s}» тәсілімен келтірілген – {a} теңге.",
    "«{s}» схемасы бойынша тұрғындар {a} теңгеден айырылды.",
]
SCHEME_NAMES_RU = [
    ("лжеинвестиции", "fake_investment"),
    ("покупка-продажа", "prepayment"),
    ("звонок от сотрудника банка", "impersonation_call"),
]
SCHEME_NAMES_KK = [
    ("жалған инвестициялар", "fake_investment"),
    ("алдын ала төлем", "prepayment"),
    ("банк қызметкері атынан қоңырау", "impersonation_call"),
]
SCHEME_AMOUNTS = [("320 млн", 3.2e8), ("45,5 млн", 4.55e7)]


def scheme_damage(language: str) -> Iterator[tuple[str, list]]:
    """A release's count and damage total, then one named scheme's damage in the next sentence
    («Наибольший ущерб причинён по схеме «лжеинвестиции» – 320 млн тенге»); ``expected`` is the
    proposals, ``[value, scheme]`` each."""
    ru = language == "ru"
    lead, shapes, names = (
        (SCHEME_DAMAGE_RU_LEAD, SCHEME_DAMAGE_RU, SCHEME_NAMES_RU)
        if ru
        else (SCHEME_DAMAGE_KK_LEAD, SCHEME_DAMAGE_KK, SCHEME_NAMES_KK)
    )
    for shape, (name, scheme), (money, value) in itertools.product(shapes, names, SCHEME_AMOUNTS):
        text = f"{lead} {shape.format(s=name, a=money)}"
        yield text, [[843, ""], [1.6e9, ""], [value, scheme]]


# a sentence that describes a scheme without naming it as one, then a count or loss done «таким
# образом», «этим способом»: that scheme's; «Таким образом,» set apart by a comma is «thus»
SCHEME_DESCRIBED_RU = [
    ("Чаще всего злоумышленники представлялись сотрудниками банков.", "impersonation_call"),
    ("Мошенники убеждали жителей перевести сбережения на «безопасный счёт».", "impersonation_call"),
    ("Злоумышленники предлагали продлить срок действия сим-карты.", "impersonation_call"),
    (
        "Аферисты предлагали вложить деньги в инвестиционные проекты под высокий процент.",
        "fake_investment",
    ),
    ("Жители пытались купить товары по объявлениям в интернете.", "prepayment"),
    ("Мошенники оформляли онлайн-кредиты на имя жителей.", "online_loan"),
]
SCHEME_POINTED_RU = [
    ("Таким образом аферисты похитили {a} тенге.", 3.2e8),
    ("Этим способом у жителей похищено {a} тенге.", 3.2e8),
    ("Подобным образом жители потеряли {a} тенге.", 3.2e8),
    ("Общая сумма, похищенная этим способом, составила {a} тенге.", 3.2e8),
    ("По такой схеме совершено {n} мошенничеств.", 214),
    ("Таким образом было совершено {n} преступлений.", 214),
    ("Подобным образом зарегистрировано {n} фактов.", 214),
    ("Только за неделю зарегистрировано более {n} подобных случаев.", 214),
    ("С начала года зарегистрировано {n} таких преступлений.", 214),
]
SCHEME_THUS_RU = "Таким образом, аферисты похитили у жителей {a} тенге."


def scheme_pointers() -> Iterator[tuple[str, list]]:
    """A release's count and damage total, a sentence describing a scheme, then a count or loss
    pointed back at it («Таким образом аферисты похитили 320 млн тенге»); ``expected`` is the
    proposals, ``[value, scheme]`` each. With «Таким образом,» (thus) the loss is a total."""
    for (described, scheme), (pointed, value) in itertools.product(
        SCHEME_DESCRIBED_RU, SCHEME_POINTED_RU
    ):
        text = f"{SCHEME_DAMAGE_RU_LEAD} {described} {pointed.format(a='320 млн', n='214')}"
        yield text, [[843, ""], [1.6e9, ""], [value, scheme]]
    for described, _ in SCHEME_DESCRIBED_RU:
        text = f"{SCHEME_DAMAGE_RU_LEAD} {described} {SCHEME_THUS_RU.format(a='320 млн')}"
        yield text, [[843, ""], [1.6e9, ""], [3.2e8, ""]]


# a series of years' counts or losses in one sentence, each number with its own year
RU_YEAR_SERIES_CASES = [
    "В области зарегистрировано {n0} фактов интернет-мошенничества в {y0} году, {n1} – в {y1} "
    "году и {n2} – в {y2} году.",
    "Количество фактов интернет-мошенничества в области: {y0} год – {n0}, {y1} год – {n1}, {y2} "
    "год – {n2}.",
    "Количество фактов интернет-мошенничества в области: в {y0} году – {n0}, в {y1} году – {n1}, "
    "в {y2} году – {n2}.",
    # under a heading of months each item is those months of its year, still filed by its year
    "Количество фактов интернет-мошенничества за 9 месяцев: {y0} год – {n0}, {y1} год – {n1}, "
    "{y2} год – {n2}.",
    "Количество фактов интернет-мошенничества в области: за {y0} год – {n0}, за {y1} год – {n1}, "
    "за {y2} год – {n2}.",
    "Количество фактов интернет-мошенничества в области: в {y0} г. – {n0}, в {y1} г. – {n1}, в "
    "{y2} г. – {n2}.",
    "Количество фактов интернет-мошенничества в области: {y0} г. – {n0}, {y1} г. – {n1}, {y2} г. "
    "– {n2}.",
    "Если в {y0} году в области было зарегистрировано {n0} фактов интернет-мошенничества, то в "
    "{y1} году – уже {n1}, а в {y2} году – {n2}.",
    "В {y0} году в области зарегистрировано {n0} фактов интернет-мошенничества, в {y1} году – "
    "{n1}, в {y2} году – {n2}.",
    "Фактов интернет-мошенничества в области зарегистрировано: {n0} ({y0} год), {n1} ({y1} год), "
    "{n2} ({y2} год).",
    "Фактов интернет-мошенничества в области зарегистрировано: {n0} – в {y0} году, {n1} – в {y1} "
    "году, {n2} – в {y2} году.",
    "В {y0} году в области зафиксировано {n0} интернет-мошенничеств, а в {y1} — уже {n1}.",
    "Число интернет-мошенничеств в области выросло с {n0} в {y0} году до {n2} в {y2} году.",
]
KK_YEAR_SERIES_CASES = [
    "Облыста {y0} жылы интернет-алаяқтықтың {n0} дерегі тіркелсе, {y1} жылы – {n1}, {y2} жылы – "
    "{n2}.",
    "Облыстағы интернет-алаяқтық деректері: {y0} жылы – {n0}, {y1} жылы – {n1}, {y2} жылы – {n2}.",
    "Облыста интернет-алаяқтық деректері {y0} жылы {n0} болса, {y1} жылы {n1}, {y2} жылы {n2} "
    "болды.",
    "Облыстағы интернет-алаяқтық деректері: {y0} ж. – {n0}, {y1} ж. – {n1}, {y2} ж. – {n2}.",
    "Облыста интернет-алаяқтық деректерінің саны {y0} жылғы {n0}-ден {y2} жылы {n2}-ге дейін өсті.",
]
RU_YEAR_SERIES_DAMAGE = [
    "Ущерб от интернет-мошенничества: {y0} год – {a0} тенге, {y1} год – {a1} тенге, {y2} год – "
    "{a2} тенге.",
    "Ущерб от интернет-мошенничества составил {a0} тенге в {y0} году, {a1} тенге – в {y1} году и "
    "{a2} тенге – в {y2} году.",
    "Если в {y1} году жители области потеряли из-за интернет-мошенников {a1} тенге, то в {y2} году "
    "– уже {a2} тенге.",
    "Сумма ущерба от интернет-мошенничества выросла с {a0} тенге в {y0} году до {a2} тенге в {y2} "
    "году.",
    "Ущерб от интернет-мошенничества: {a0} тенге ({y0} год), {a1} тенге ({y1} год), {a2} тенге "
    "({y2} год).",
    "В {y0} году ущерб от интернет-мошенничества составил {a0} тенге, в {y1} году – {a1} тенге, в "
    "{y2} году – {a2} тенге.",
]
KK_YEAR_SERIES_DAMAGE = [
    "Интернет-алаяқтықтан келтірілген шығын {y1} жылы {a1} теңге болса, {y2} жылы {a2} теңгеге "
    "жетті.",
    "Интернет-алаяқтықтан келтірілген шығын: {y0} жылы – {a0} теңге, {y1} жылы – {a1} теңге, {y2} "
    "жылы – {a2} теңге.",
    "Интернет-алаяқтықтан келтірілген шығын {y0} жылғы {a0} теңгеден {y2} жылы {a2} теңгеге дейін "
    "өсті.",
    "{y0} жылы алаяқтар облыс тұрғындарынан {a0} теңге алса, {y1} жылы – {a1} теңге, {y2} жылы – "
    "{a2} теңге.",
]
SERIES_YEARS = [(2023, 2024, 2025), (2019, 2020, 2021)]
SERIES_COUNTS = [(("612", 612), ("743", 743), ("843", 843)), (("1 205", 1205), ("98", 98), ("2 310", 2310))]  # fmt: skip
SERIES_AMOUNTS = [
    (("1,2 млрд", 1.2e9), ("1,4 млрд", 1.4e9), ("1,6 млрд", 1.6e9)),
    (("850 млн", 8.5e8), ("920,5 млн", 9.205e8), ("1,1 млрд", 1.1e9)),
]


def year_series(language: str) -> Iterator[tuple[str, list]]:
    """Several years' counts or losses in one sentence, each with its own year («2023 год – 612,
    2024 год – 743», «612 – в 2023 году», «2023 жылы – 612», «с 612 в 2023 году до 843»);
    ``expected`` is the proposals, ``[value, year]`` each, in text order."""
    ru = language == "ru"
    tables = (
        ("n", RU_YEAR_SERIES_CASES if ru else KK_YEAR_SERIES_CASES, SERIES_COUNTS),
        ("a", RU_YEAR_SERIES_DAMAGE if ru else KK_YEAR_SERIES_DAMAGE, SERIES_AMOUNTS),
    )
    for letter, shapes, numbers in tables:
        for shape, years, triple in itertools.product(shapes, SERIES_YEARS, numbers):
            fields = {f"y{k}": year for k, year in enumerate(years)}
            fields |= {f"{letter}{k}": printed for k, (printed, _) in enumerate(triple)}
            told = [k for k in range(3) if f"{{{letter}{k}}}" in shape]
            yield shape.format(**fields), [[triple[k][1], years[k]] for k in told]


# what a release's count and loss count: internet fraud, cybercrime or fraud in general
RU_SCOPED_COUNTS = [
    ("зарегистрировано {n} фактов интернет-мошенничества", "internet_fraud"),
    ("зарегистрировано {n} фактов мошенничества с использованием интернета", "internet_fraud"),
    ("зарегистрировано {n} дистанционных мошенничеств", "internet_fraud"),
    ("зарегистрировано {n} фактов мошенничества, совершённых через интернет", "internet_fraud"),
    ("зарегистрировано {n} случаев кибермошенничества", "internet_fraud"),
    ("зарегистрировано {n} мошенничеств с использованием информационных технологий",
     "internet_fraud"),
    # the means the Russian code's articles name, by phone, «в сети»
    ("зарегистрировано {n} компьютерных мошенничеств", "internet_fraud"),
    ("зарегистрировано {n} мошенничеств с использованием электронных средств платежа",
     "internet_fraud"),
    ("зарегистрировано {n} фактов мошенничества в сети", "internet_fraud"),
    ("зарегистрировано {n} фактов мошенничества с использованием средств сотовой связи",
     "internet_fraud"),
    ("зарегистрировано {n} преступлений, совершённых с использованием интернета", "cybercrime"),
    ("зарегистрировано {n} преступлений в сфере информационных технологий", "cybercrime"),
    ("зарегистрировано {n} IT-преступлений", "cybercrime"),
    ("зарегистрировано {n} киберпреступлений", "cybercrime"),
    ("зарегистрировано {n} фактов дистанционных краж и мошенничеств", "cybercrime"),
    ("зарегистрировано {n} дистанционных хищений", "cybercrime"),
    ("зарегистрировано {n} фактов мошенничества", "all_fraud"),
    ("зарегистрировано {n} мошенничеств", "all_fraud"),
]  # fmt: skip
KK_SCOPED_COUNTS = [
    ("интернет-алаяқтықтың {n} дерегі тіркелді", "internet_fraud"),
    ("интернет арқылы жасалған алаяқтықтың {n} дерегі тіркелді", "internet_fraud"),
    ("интернет арқылы жасалған {n} қылмыс тіркелді", "cybercrime"),
    ("{n} киберқылмыс тіркелді", "cybercrime"),
    ("алаяқтықтың {n} дерегі тіркелді", "all_fraud"),
]
RU_SCOPE_LEADS = ["В 2025 году в области", "За 9 месяцев 2025 года в Шымкенте", "С начала года"]
KK_SCOPE_LEADS = ["2025 жылы облыста", "Биылғы 9 айда Шымкентте", "Жыл басынан бері"]
SCOPE_COUNTS = [("843", 843), ("1 204", 1204)]
#: A loss in the next sentence that does not say what it counts: it takes the count's scope.
RU_SCOPE_LOSS = "Ущерб составил 1,6 млрд тенге."
KK_SCOPE_LOSS = "Келтірілген залал 1,6 млрд теңгені құрады."


def scopes(language: str) -> Iterator[tuple[str, list]]:
    """A release's count of internet fraud, cybercrime or fraud in general, then a loss that does
    not say what it counts; ``expected`` is the proposals, ``[value, scope]`` each, with the scope
    ingest files them under (the loss takes the count's)."""
    ru = language == "ru"
    leads, counts, loss = (
        (RU_SCOPE_LEADS, RU_SCOPED_COUNTS, RU_SCOPE_LOSS)
        if ru
        else (KK_SCOPE_LEADS, KK_SCOPED_COUNTS, KK_SCOPE_LOSS)
    )
    for lead, (phrase, scope), (printed, value) in itertools.product(leads, counts, SCOPE_COUNTS):
        text = f"{lead} {phrase.format(n=printed)}. {loss}"
        yield text, [[value, scope], [1_600_000_000, scope]]
