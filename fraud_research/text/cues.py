"""Cue words that decide what a number means, as data: Russian lemmas and Kazakh stems.

Each table maps a cue group to words. A word is a Russian lemma (as pymorphy3 gives it:
«перевести», «потерпевший») matched exactly, or a stem ending in ``*`` matched at the
start of a word's lemma: Kazakh words are not lemmatised, so «алаяқ*» matches
«алаяқтарға» and «алаяқтық»; Russian compounds use stems too («*мошенничеств» is not
allowed: a stem is a prefix). Extend the tables, not the code, when a new wording appears.

The groups are read by :mod:`fraud_research.text.roles`. The words of persons (victims,
suspects, officials, one victim) are in :mod:`fraud_research.text.person_cues`.
"""

from __future__ import annotations

from .person_cues import (  # noqa: F401  (read as ``cues.PERSON_NOUNS`` and so on)
    ACCOMPLICE_NOUNS,
    ANIMALS,
    COMPLAINED,
    DROPPER_NOUNS,
    FAKE_PREFIXES,
    LOSER_KINDS,
    OFFENDER_NOUNS,
    OFFICIAL_TITLES,
    ONE_ENTITIES,
    PERSON_NOUNS,
    SINGLE,
    SUSPECTS,
    VICTIM_GROUPS,
    VICTIMS,
)

# fmt: off

#: Nouns a count of registered cases is of.
CASE_NOUNS = (
    "факт", "случай", "преступление", "правонарушение", "мошенничество", "дело", "расследование",
    "эпизод", "киберпреступление", "кибермошенничество", "интернет-мошенничество", "действие",
    "заявление", "хищение", "деяние", "злодеяние", "афера", "посягательство", "происшествие",
    "интернет-мошенничеств*", "кибермошенничеств*", "мошенничеств*", "киберпреступлен*",
    "дерек*", "дерег*", "факті*", "фактіг*", "қылмыс*", "киберқылмыс*", "іс", "істі", "істер*", "жағдай*",
    "алаяқтық*", "алаяқтығ*", "интернет-алаяқтық*", "интернет-алаяқтығ*", "оқиға*", "эпизод*",
    # «epizod» of a Kazakh text in the Latin alphabet, respelt in Cyrillic with «е»
    "епизод*",
    "заңбұзушылық*", "заңбұзушылығ*", "бұзушылық*",
    # «В Саяногорске произошло 261 обман»
    "обман",
)


#: Words that say the number before again, as written (lower case): «фактически
#: полмиллиарда», «то есть …», «т. е. 17 млн сумов», «порядка трёхсот, если точно — 296 млн».
RESTATED = ("фактически", "практически", "то есть", "т е", "иначе говоря", "если точно", "точнее",
            "вернее", "дәлірек айтсақ", "нақтырақ айтсақ")


#: Nouns of anti-fraud incidents and citizens' reports.
INCIDENT_NOUNS = ("инцидент", "обращение", "жалоба", "сообщение", "инцидент*", "арыз*", "өтініш*", "шағым*")

#: Units of time: a number before them is a date or a duration.
TIME_UNITS = (
    "год", "месяц", "мес", "неделя", "день", "сутки", "час", "часами", "минута", "квартал", "полугодие",
    "секунда", "секунд*", "утро", "вечер",
    # glued to a number: «11-дневные рейды», «3-месячный срок»
    "дневный", "недельный", "месячный",
    "жыл", "жылы", "жылғы", "жылдың", "жылда", "жылға", "жылдан", "жылдар*", "ай", "айы", "айда", "айдың", "айында", "айындағы", "айдағы", "айдай", "айының", "айдан", "айлар*",
    "күн*", "апта*", "сағат*", "минут*", "тоқсан*", "айға",
)

#: The months, the one home of their names: (number, Russian lemma, Russian stem of every case
#: form, Russian abbreviations, Kazakh stem, English name). «ма» is May's stem only for
#: «мая/маю/мае»: as a prefix it would take «мамыр», «машина».
MONTH_NAMES = (
    (1, "январь", "январ", ("янв",), "қаңтар", "january"),
    (2, "февраль", "феврал", ("фев",), "ақпан", "february"),
    (3, "март", "март", ("мар",), "наурыз", "march"),
    (4, "апрель", "апрел", ("апр",), "сәуір", "april"),
    (5, "май", "ма", (), "мамыр", "may"),
    (6, "июнь", "июн", ("июн",), "маусым", "june"),
    (7, "июль", "июл", ("июл",), "шілде", "july"),
    (8, "август", "август", ("авг",), "тамыз", "august"),
    # the Kazakh stem without its last «к», which turns «г» before a vowel («22 қыркүйегінде»)
    (9, "сентябрь", "сентябр", ("сен", "сент"), "қыркүйе", "september"),
    (10, "октябрь", "октябр", ("окт",), "қазан", "october"),
    (11, "ноябрь", "ноябр", ("ноя",), "қараша", "november"),
    (12, "декабрь", "декабр", ("дек",), "желтоқсан", "december"),
)

#: Month names as cue words (Russian lemmas, abbreviations and stems; Kazakh stems).
MONTHS = tuple(
    dict.fromkeys(
        [m[1] for m in MONTH_NAMES]
        + [a for m in MONTH_NAMES for a in m[3]]
        + [f"{m[2]}*" for m in MONTH_NAMES if m[0] != 5]
        + [f"{m[4]}*" for m in MONTH_NAMES]
    )
)

#: A number before these is a percent, a share or a growth factor.
PERCENT_WORDS = ("процент*", "пайыз*", "раз", "раза", "есе", "есеге", "еселен*", "п")
#: Nouns of a share: a bare number they are the subject of is a percent («Процент успеха
#: составил всего 1,58», «доля таких преступлений — 45,3»).
SHARE_NOUNS = ("процент", "доля", "үлес*")

#: Ages: «73-летняя», «67 жастағы», «в возрасте 45 лет».
#: The Kazakh «жас» (age) in its case forms only, by the stems its endings open with: not
#: «жасөспірім» (a teenager), «жасанды», «жасады».
KAZAKH_AGE_STEMS = ("жасқа", "жасы", "жасар", "жаст")
AGE_AFTER = ("летний", "летняя", "лет", "жас", *(f"{s}*" for s in KAZAKH_AGE_STEMS), "летн*")
AGE_BEFORE = ("возраст", "возрастной", "старше", "младше")
#: Nouns of an age group: years right after them are ages («в группе 45–59 лет»).
AGE_GROUP_NOUNS = ("группа", "категория")

#: Words before article, law and phone numbers.
ARTICLE_WORDS = ("статья", "ст", "часть", "ч", "пункт", "п", "бап*", "бабы*", "закон")
PHONE_WORDS = ("номер", "телефон", "телефоны", "тел", "линия", "позвонить", "звонить", "нөмір*", "контакт-центр*")
#: Abbreviations of criminal and administrative codes, written after an article's number
#: («168 УК РУз», «190 ҚК»); matched as written.
CODE_ABBREVIATIONS = ("УК", "ҚК", "КоАП", "ӘҚБтК", "ӘҚБК")
#: Short numbers that are phone lines.
PHONE_NUMBERS = ("102", "112", "1414", "1409", "101", "103", "104", "115", "111", "150")
#: Words of a call to get in touch: a short line with no word after it is a phone line only in
#: such a sentence («сообщите в полицию по номеру: 102 (112)», «набирайте 102», «Күмәндансаңыз
#: – 102»: if in doubt), not a count («составило 150»).
CONTACT_WORDS = (*PHONE_WORDS, "сообщить", "обратиться", "обращаться", "хабарлас*", "набирать", "набрать",
                 "күмәндан*", "күмәнді*", "байланыс")  # fmt: skip

#: A verb of being right after a count of another period or after the end of a change: «… было
#: 1 655», «Былтыр … 1 212 болған», «… 12 пайызға азайып, 538 болды».
WAS_AFTER_A_COUNT = ("было", "был", "была", "были", "болған", "болды", "болатын", "болып")

#: Verbs and nouns of registration (a count after them is of registered cases).
REGISTERED = (
    "зарегистрировать", "зарегистрированный", "зафиксировать", "выявить", "учесть",
    "регистрировать", "отметить", "совершить", "возбудить",
    "тіркел*", "тіркеді*", "тіркеп*", "анықталған*",
)

#: Solved cases: «раскрыто», «ашылды», episodes of identified suspects.
SOLVED = (
    "раскрыть", "раскрытие", "раскрываемость", "раскрытый", "окончить", "завершить", "расследовать", "ашыл*", "ашқан*", "ашты", "ашып", "жасап",
    "аяқталды*", "аяқтады*", "аяқтаған*", "жасаған*", "совершивший", "причастный",
    # «15 қылмыстың ізі кесілді»: the trail of the crimes cut off, their doers found
    "кесілді",
)

#: Words that lay a count of crimes at a known offender's door: solved, not registered
#: («причастность задержанного к 5 эпизодам», «подозревается в совершении 12 мошенничеств»,
#: «ему вменяется 134 эпизода», «обвинение предъявлено по 14 эпизодам»).
ATTRIBUTING = (
    "причастность", "подозреваться", "обвиняться", "вменяться", "вменять",
    "инкриминировать", "инкриминироваться", "обвинение",
    # «Мошенника подозревают в 23 эпизодах»
    "подозревать", "обвинять",
)
#: Kazakh words after a count of crimes that lay them at a known person's door: charged («14
#: эпизод бойынша айып тағылды»), confessed («кінәсін мойындап»), involved («күдіктінің 15
#: эпизодқа қатысы бар»; not «қатысты», regarding).
KAZAKH_CHARGED = ("айып", "айыбы", "айыптал*", "мойында*", "қатысы")

#: Cases sent to court.
SENT_TO_COURT = ("суд", "сот*", "сотқа*")
COURT_VERBS = (
    "направить", "передать", "жолда*", "жібер*",
    # «180 из этих дел уже находятся на рассмотрении в судах»
    "рассмотрение",
)


#: Trends a verb of stopping may stop instead of money: «рост краж был остановлен», «удалось
#: остановить рост похищенных средств» (the growth stopped, not the sum).
TRENDS = ("рост", "прирост", "увеличение", "тенденция", "тренд", "динамика")

#: Money prevented, blocked, frozen, saved.
PREVENTED = (
    "предотвратить", "предотвращение", "заблокировать", "блокировать", "блокировка",
    "заморозить", "замороженный", "спасти", "сохранить", "остановить", "пресечь",
    "уберечь", "сберечь", "приостановить", "не допустить",
    # «удалось избежать ущерба в 250 млн»
    "избежать", "избегать", "помешать",  # «помешали пенсионерке перевести аферистам 780 тысяч»
    # money intercepted on its way: «перехватили незаконных транзакций на сумму 150 млн»
    "перехватить", "перехват",
    # kept it: «остался при своих 70 тысячах»
    "остаться при свой",
    # loans refused to the fraudsters: «Банки отказали в выдаче кредитов на сумму 4 млрд»
    "отказать в выдача", "отказать в оформление", "отказывать в выдача",
    # «банк защитил от хищения 14 млрд»: the verb's past forms only, not «защищённой категории»
    "защитил*",
    # and «защитить от …» («помог защитить от мошенников более 2,4 млрд»; not «наименее
    # защищенной категории»)
    "защитить от",
    "бұғат*", "тоқтат*", "сақтал*", "сақтап*", "құтқар*", "тосқауыл*", "болдырма*",
    # «алдын алды» (prevented; not «алдын ала», in advance, nor «алдын алу шаралары»,
    # measures of prevention), «жолын кесті» (cut short)
    "алдын алды*", "алдын алын*", "алдын алған*", "алдын алып", "жолын кес*",
    "жолы кесіл*",
)

#: A loss that nearly happened («чуть не перевела», «жоғалтып ала жаздаған»): prevented,
#: unless the text says the money was returned.
NEARLY = ("чуть", "едва", "жазда*")

#: A loss that did not happen: verbs of letting or managing between «не» and a loss verb («не
#: дали увести», «не успели похитить»), a loss only attempted («пытались перевести»,
#: «попыток похитить») or only possible («ущерб мог бы составить»): prevented.
BLOCKED = ("дать", "смочь", "успеть", "удаться", "позволить")
ATTEMPT = (
    "пытаться", "попытаться", "попытка",
    # an intention: «собиралась передать мошенникам», «намереваясь снять», «готовил для передачи»
    "собираться", "намереваться", "намерение", "планировать", "готовить", "готовиться",
    "хотеть",  # «хотела отправить мошенникам 1,5 млн»
    "готовый",  # «уже была готова перевести 230 тысяч»
)

#: Words of a loss that might have been: «полиция предотвратила … потенциальный ущерб более чем на
#: 2 млн» (prevented), Kazakh «ықтимал залал».
POTENTIAL = ("потенциальный", "ықтимал")

#: Kazakh «A мен B арасында» (between A and B): the words that join the ends, and the words
#: after the second end.
KAZAKH_AND = ("мен", "бен", "пен")
KAZAKH_BETWEEN = ("арасында", "аралығында", "аралығындағы", "арасындағы")

#: Verbs of sums varying between bounds: «суммы … варьировались от 15 тыс. до 25 млн» tells
#: the sizes of many losses, not a loss.
VARYING = ("варьироваться", "варьировать", "колебаться", "разниться")

#: Verbs of demanding: a sum demanded is no loss unless its sentence tells it was paid
#: («мошенники требовали 40 тысяч рублей за разблокировку», «құрбымнан 50 мың теңге сұраған»);
#: so is a sum the fraudster says is needed («для решения проблемы нужно передать курьеру 800
#: тысяч»).
DEMANDS = (
    "требовать", "потребовать", "затребовать", "просить", "попросить", "нужно", "необходимо",
    "запросить", "запрашивать",  # «запросил с двоих человек $20 тысяч»
    "надо", "сұраған*", "сұрап*", "сұрады*", "предлагать", "предложить", "обещать", "пообещать",
    # Kazakh «талап ету» (to demand): «адамдардан 5 млн теңге талап еткен»
    "талап",
)

#: Verbs of money coming onto an account: what came onto someone's account is received, not
#: lost («На счет астраханки неожиданно поступило 40 тысяч рублей», «оның шотына 2 миллион
#: теңге түскен»).
CREDITED = (
    "поступить", "поступать", "поступление", "зачислить", "зачисление", "падать", "упасть",
    "түскен*", "түсті*", "түсіп*",
)
#: Accounts and cards money comes onto: Russian after «на», Kazakh in the dative.
ACCOUNT_WORDS = ("счет", "счёт", "карта", "кошелек", "кошелёк")
KAZAKH_ACCOUNT_DATIVES = (
    "шотына", "шоттарына", "есепшотына", "есепшоттарына", "картасына", "карточкасына",
)  # fmt: skip
#: Words of persons whose accounts fraudsters use («подставных лиц», «третьих лиц»): money that
#: came onto their accounts was taken from the victims.
MULE_WORDS = ("подставной", "третий")

#: Verbs of receiving: what fraudsters «получили» from a victim was taken from them («получили от
#: жительницы 2 млн», «… и все 6 млн получили»).
RECEIVING = ("получить",)

#: Handing money over or taking it out: a loss only when it happened, so read after an attempt
#: or an intention («намереваясь снять со счёта», «готовил для передачи аферистам»).
HANDOVER = ("снять", "снятие", "передача", "перевод", "обналичить")

#: Verbs of theft: a sum cashed out *and* stolen is a loss («обналичили и похитили 242 миллиона»).
THEFT_VERBS = ("похитить", "украсть", "присвоить", "завладеть")
#: Verbs of taking money from others, a doer's haul («похитил у пенсионеров», «собрала с
#: вкладчиков»): Russian lemmas; the Kazakh stems are :data:`KAZAKH_TAKING`.
TAKING = (
    *THEFT_VERBS, "похищать", "красть", "выманить", "выманивать", "собрать", "собирать",
    "привлечь", "забрать", "забирать",
)
#: Kazakh stems of taking money («салымшылардан … жинаған», «жымқырған», «алған»).
KAZAKH_TAKING = ("жымқыр", "ұрла", "жина", "иемден", "алған", "алды")

#: Money returned, compensated, recovered.
RECOVERED = (
    "вернуть", "возвратить", "возвращать", "возместить", "возмещение", "возмещать",
    "компенсировать", "компенсация", "возврат", "погасить", "погашение", "погашенный",
    "қайтар*", "өтел*", "өтемақы*", "өндірілд*", "өндіріліп*", "өндіріп*", "өтеді*", "өтеген*", "өтеп*", "өтеу*",
)

#: «56 млн из этой суммы белгородцы взяли в кредит»: the part of a loss the victims borrowed
#: (a verb of taking, then «в» and the loan), not a further loss.
BORROWING_VERBS = ("взять", "брать")
LOAN_NOUNS = ("кредит", "долг", "заем", "займ")

#: Budget money misspent, no theft, when said right before the amount («выявило неэффективное
#: использование 10,5 миллиарда», «нецелевое использование кредитов на 553 миллиона»).
MISSPENT = ("нецелевой использование", "неэффективный использование")

#: Money that is neither damage nor a loss: prices, fines, limits, laundering, seizures.
OTHER_MONEY = (
    "стоить", "стоимость", "цена", "доходить", "штраф", "лимит", "лимит*", "отмывание", "конфисковать",
    # a penalty on a loan («начислена неустойка в 4–5 тысяч рублей»), like a fine
    "неустойка", "пеня",
    # property seized or frozen in a case («изъято …, а арестовано — на 19 миллионов»,
    # «алаяқтардан 1,2 млрд теңге тәркіленді»)
    "арестовать", "изъять", "тәркі*",
    "арест", "имущество", "зарплата", "покупка",
    "мрп", "пособие", "вознаграждение", "доход", "превышающий",
    "легализация", "конфискация", "выделить", "бюджет*", "финансирование", "бөлу*", "бөлін*", "қарастыр*", "жұмса*", "грант*",
    "айыппұл*", "жәрдемақы*", "бағасы*", "сатып*", "саудалан*",
    # a reward or pay («дропперлер … 200-ден 350 долларға дейін сыйақы алған»)
    "сыйақы*", "сыяқы*", "жалақы*",  # («сыяқы»: «syıaqy» as the Latin alphabet respells it)
    "вещественный", "доказательство", "айғақ*",
    "иск", "выплатить", "взыскать", "взыскание",
    "номинал", "достоинство", "купюра", "фальшивый", "покушаться", "покушение",
    # (counterfeit) banknotes: «9700 АҚШ доллары көлемінде жалған банкноттарды»
    "банкнота", "банкнот*",
)

#: Nouns of the turnover of payments (all transfers, not the stolen ones) or of lending: an
#: amount they name with no word of a loss or a fraud is no damage («операций по переводу
#: денежных средств … 71,03 трлн рублей», «общий объем кредитов населению … 20,8 трлн»).
TURNOVER = ("платеж", "платёж", "оборот", "кредитование")
#: Nouns of a volume or a portfolio: before a loan noun, the size of a lending market («объем
#: кредитов населению»), not one loan taken out in a victim's name («оформили кредит на …»).
VOLUME_NOUNS = ("объем", "объём", "портфель")

#: Words of a market's size or of earnings: an amount they name in its clause, with no word of a
#: loss there, is what offenders or a market earned («спамеры, которые заработали 830 млн долл.»,
#: «внутренний рынок … составил 230 млн долл.»), not what victims lost; «заработали на омичах
#: 360 миллионов» (earned on someone) is a loss; what a business brought its owners («бизнесу …,
#: принесшему им около $1,6 млрд») is earned too.
EARNINGS = ("рынок", "заработать", "зарабатывать", "выручка", "принести")

#: Nouns of a loss as a whole («ущерб», «потери»): the loss a scheme caused («ущерб от …»), a bound
#: that sets a class of crimes apart («где ущерб более 250 тыс.»), a range that estimates a total.
LOSS_NOUNS = ("ущерб", "потеря", "убыток", "урон")

#: Damage nouns and verbs of losing money to fraudsters.
DAMAGE = (
    "ущерб", "урон", "потеря", "убыток", "похитить", "похищенный", "украсть", "лишиться",
    "пропажа", "списание",  # «обнаружила пропажу 86 тысяч», «произошло списание 92 тысяч»
    "перевести", "отдать", "потерять", "обмануть", "выманить", "перечислить", "хищение", "увести",
    "нанести", "причинить", "вложить", "передать", "внести", "отправить",
    # the same losses said in the present or as a habit («компании теряют», «отдают мошенникам»)
    "терять", "лишаться", "похищать", "красть", "переводить", "отдавать", "выманивать",
    "перечислять", "уводить", "обманывать", "вкладывать", "передавать",
    # depriving of money («Аферисты лишили ее 6,5 млн»); talked into paying («На 144 тысячи
    # уговорили раскошелиться … пенсионерку»)
    "лишить", "лишать", "раскошелиться",
    "отправлять", "снять", "снят*", "списать",
    "шығын*", "залал*", "айырыл*", "айырды*", "аудар*", "жоғалт*", "санап*", "берген*",
    "жұмса*", "алып*", "ақшасы*", "қаржысы*", "жымқыр*", "ұрла*",
)

#: Kazakh verbs of losing one's money, after the amount («9 млн теңгесінен айырылған»): a loss
#: whatever the words before it bought or promised.
KAZAKH_LOST = ("айырыл*", "айырды*", "жоғалт*")

#: Channels a loss is taken through, by which reviews split a damage total («с использованием
#: банкоматов», «через интернет-банк», «через организации торговли», «основными каналами»).
LOSS_CHANNELS = (
    "банкомат", "терминал", "интернет-банк", "интернет-банкинг", "онлайн-банк", "онлайн-банкинг",
    "канал", "торговля",
)
#: What «мобильный» names when it is a channel: «через мобильное приложение», «мобильный банк».
MOBILE_CHANNELS = ("приложение", "банк", "банкинг", "устройство")
#: Kinds of account holder reviews also split a damage total by, after it («Объем хищений у
#: юридических лиц достиг 667,4 миллиона», «юридические лица потеряли … 1,2 млрд»; Kazakh «заңды
#: тұлғаларға»; not «жеке», which also opens the total «жеке азаматтардың шығыны»).
ACCOUNT_HOLDERS = (
    "юрлицо", "юридический", "физлицо", "клиент-физлицо", "клиент-юрлицо", "организация", "заңды",
)


#: Verbs of saying or judging: «считают в страховой компании», «сообщили в компании» name who
#: said it, not who lost the money.
SAYING = (
    "сообщить", "сообщать", "считать", "рассказать", "рассказывать", "отметить", "отмечать",
    "заявить", "заявлять", "пояснить", "уточнить", "подчеркнуть", "говорить", "сказать",
    "оценить", "оценивать", "подсчитать", "прогнозировать", "напомнить", "напоминать", "призвать",
    "призывать",
)

#: Verbs of living somewhere: the persons counted after them are residents («где проживают 76
#: пожилых людей»), not victims.
LIVING_VERBS = ("проживать", "жить", "насчитываться")
#: Verbs of teaching, warning or asking: the persons counted after them are an audience
#: («обучили 60 тысяч пенсионеров») or respondents («опросил более 600 жителей»), not victims.
OUTREACH_VERBS = (
    "обучить", "обучать", "проинформировать", "информировать", "охватить", "проконсультировать",
    "консультировать", "предупредить", "предупреждать", "опросить", "опрашивать", "анкетировать",
    # Kazakh puts the verb after the persons: «1700 жуық тұрғын оқудан өткен» (were trained)
    "оқудан", "оқытыл*", "үйретіл*", "қамтыл*", "хабардар*", "түсіндір*", "ескертіл*",
)
#: Verbs of keeping persons from a loss: the persons counted after them («спасли более 45
#: миллионов человек», «уберегли 300 пенсионеров») did not fall victim.
SAVED_VERBS = ("спасти", "уберечь", "защитить", "оградить", "предостеречь", "құтқар*")
#: Bans and services a person sets on himself: counts of them, and of the persons who set or
#: switch them on, are neither cases nor victims nor suspects («установили уже 22 млн
#: самозапретов», «установили почти 8 млн человек» with «самозапрета» in the sentence, «752 780
#: казахстанцев активировали услугу»).
SELF_BANS = ("самозапрет", "самоограничение", "запрет", "услуга", "тыйым*", "шектеу*")
#: Verbs of setting or switching on such a ban or service.
SIGNUP_VERBS = (
    "установить", "устанавливать", "оформить", "оформлять", "активировать", "подключить",
    "подключиться", "воспользоваться", "ввести", "орнат*", "ресімде*", "белсендір*", "қосыл*",
    "салды*", "салған*", "салып*", "қойған*", "қойды*",
)
#: Verbs that name what something is: «самой крупной суммой стали …», «рекордом стала сумма».
COPULAS = ("стать", "являться", "оказаться")
#: Verbs that name what crimes spoken of were («… киберпреступлениями являются мошенничества»,
#: «Большинство преступлений … составляют мошенничества»).
KIND_VERBS = ("являться", "составлять")
#: Verbs of being that carry a count after «их» («их было 750», «их стало 900»).
BEING_VERBS = ("быть", "стать", "насчитываться")

#: Words that make money or counts an aggregate over a place and period (weighed against the
#: words of one victim, sentence by sentence).
AGGREGATE = (
    "всего", "общий", "регион", "область", "республика", "страна",
    "начало", "период", "казахстанец",
    "суммарный", "совокупный", "статистика",
    "жалпы*", "барлығы*", "облыс*", "өңір*", "биыл*", "былтыр*", "жыл*",
)

#: Words that sum amounts up in an amount's own clause («всего», «в общей сложности»,
#: «суммарно»); narrower than :data:`AGGREGATE`, which also weighs places and periods, and
#: wider in «сложность», «итого», which would outweigh one victim's words a sentence later.
SUMMED = ("всего", "общий", "сложность", "суммарный", "суммарно", "совокупный", "итого")

#: Subjects that lose money as a whole, not as one victim («экономика России потеряла»,
#: «российский бизнес теряет»), in the nominative.
WHOLE_SUBJECTS = ("экономика", "бизнес", "страна", "регион", "государство", "отрасль")

#: Words that make a count or amount one scheme's («таким способом», «под предлогом»).
SCHEME_WORDS = (
    "способ", "предлог", "вишинг", "фишинг", "онлайн-займ", "онлайн-займы", "займ", "заем",
    "онлайн-кредит", "инвестиция", "лотерея", "розыгрыш", "приз", "выигрыш", "предоплата",
    "онлайн-торговля", "маркетплейс", "вложение", "романтический", "знакомство",
    "онлайн-займ*", "онлайн-кредит*", "инвестиц*", "фишинг*", "вишинг*", "лжеинвестиц*",
)

#: A pointer and a noun of a way that point back to the scheme the text just described:
#: «этим способом», «по такой схеме», «осы тәсілмен», «осындай жолмен» (pymorphy3 gives
#: «этим» the lemma «это»).
SCHEME_POINTERS = (
    "этот", "это", "такой", "данный", "подобный", "аналогичный", "осы", "осындай*", "мұндай*",
)
WAY_NOUNS = ("способ", "схема", "предлог", "метод", "приём", "прием", "тәсіл*", "әдіс*", "схема*", "жолмен")

#: Words after a count that make it a change, not a count («112 фактіге артқан»).
CHANGE_WORDS = (
    "больше", "меньше", "көп", "аз", "артық", "артқан*", "артты*", "артып*", "өскен*", "өсті*",
    "өсіп*", "азай*", "превышать", "превысить",
    "кем*", "төменде*",
)

#: Verbs and nouns of a change: a number after them and «на» is the size of the change
#: («выросли на 7 тыс», «снизилось на 112»), not a count.
CHANGE_VERBS = (
    "вырасти", "возрасти", "увеличиться", "сократиться", "снизиться", "уменьшиться",
    "рост", "снижение", "увеличение", "сокращение", "прирост", "разница",
    # the same as a process («стало сокращаться … до 382,3 тыс.»)
    "расти", "возрастать", "увеличиваться", "сокращаться", "снижаться", "уменьшаться",
    # inflating or understating a sum: «завышают реальный ущерб на 30–50 тыс. рублей»
    "завышать", "завысить", "занижать", "занизить",
    # a change someone made («удалось сократить сумму похищенного почти на миллиард»)
    "сократить", "снизить", "уменьшить", "увеличить",
    # «на две тысячи превышает цифры минувшего года»
    "превышать", "превысить",
)

#: Words that set a figure against another period's («по сравнению с», «чем», «против»).
COMPARED = ("сравнение", "чем", "против", "относительно", "аналогичный")

#: Words that point back to crimes just named («таких преступлений», «мұндай қылмыстар»).
ANAPHORIC = ("такой", "подобный", "аналогичный", "мұндай*", "осындай*")
#: Kazakh words of whose data «деректер» is (personal, confidential, a bank's): then it is
#: data, not cases («жеке деректерін», «дербес деректер»).
DATA_OWNERS = ("жеке", "дербес", "құпия", "банктік", "төлем")

#: Words by which a count points back to the crimes a sentence before named («таких
#: преступлений», «их было 244», «таковых», «преступлений данной категории»).
SCOPE_POINTERS = (*ANAPHORIC, "таковой", "данный", "их", "олар*")

#: Collective numerals: they count persons without a noun («двое», «екеуі»).
COLLECTIVE = (
    "двое", "двоих", "двоим", "трое", "троих", "троим", "четверо", "четверых", "четверым",
    "пятеро", "пятерых", "пятерым", "шестеро", "шестерых", "шестерым", "семеро", "семерых",
    "семерым", "восьмеро", "восьмерых", "девятеро", "девятерых", "десятеро", "десятерых",
    "екеуі", "біреуі", "үшеуі", "төртеуі",
)

#: Other crimes a count may be of (then it is not a fraud count).
OTHER_CRIMES = (
    "кража", "киберкража", "наркотик", "наркотический", "киберкраж*", "есірткі*", "ұрлық*",
    "дорожно-транспортный", "телесный",
    "модификация", "вредоносный", "тяжкий",
    # classes of crime police statistics count apart from fraud («экономических преступлений»,
    # «преступлений коррупционной направленности»)
    "экономический", "сфера экономика", "коррупционный", "коррупция", "взяточничество",
)

#: Words of an arrest story: money in it is one group's haul, not the region's damage.
#: Go-betweens money passes through, arrested in some stories and only handed the money in
#: others (see :func:`arrest_story.handed_to`).
GO_BETWEENS = ("курьер", "дроп", "дроппер", "посредник")

ARREST = (
    "задержать", "задержанный", "подозреваемый", "подозревать", "арестовать", "обвиняемый",
    "опг", "группа", *GO_BETWEENS,
    # the penalty the offenders face («Злоумышленникам, похитившим свыше 3 млн тенге, грозит …»)
    # or were given («супругов осудили за продажу несуществующих товаров»)
    "грозить", "осудить", "приговорить", "осуждённый", "осужденный", "сотталды*", "сотталған*",
    "күдікті*", "күдіктел*", "айыпта*", "ұстал*", "дроп*",
    # a Kazakh group in its case forms: the bare «топ» is also the Russian «топ» («РИА «ТОП68»»)
    "тобы*", "топт*", "топқа*", "топпен*", "қылмыстық топ",
    # caught («… жымқырған қылмыстық топ құрықталды»); a verdict («приговор», «үкім», «бас
    # бостандығынан айыру жазасын тағайындады»)
    "құрықтал*", "приговор", "үкім*", "бостандығынан айыр*",
)

#: Verbs of handing money over to a go-between («передать наличку курьером»).
HANDING_VERBS = ("передать", "передавать", "отдать", "отдавать", "вручить", "принести")

#: Nouns of a band of offenders: its members («группа из 5 человек»), its earnings («доходы
#: преступных групп»).
GANG_NOUNS = ("группа", "банда", "опг", "группировка", "сообщество", "шайка")

#: Words beside «группа» that make it no criminal group: people at risk («группа риска»), social
#: or age groups («социальных групп»), a working or police unit («создана группа «Киберпол»»).
NOT_A_GANG = (
    "риск", "социальный", "возрастной", "рабочий", "следственный", "оперативный",
    "следственно-оперативный", "межведомственный", "создать",
    # a group of companies («группа компаний»)
    "компания",
)

#: What an arrest of property takes («арестовано имущество», «арестовано — на 19 миллионов»):
#: after «арестовать» they make it a seizure, not an arrest of persons.
SEIZED_THINGS = (
    "имущество", "средство", "счёт", "счет", "сумма", "актив", "деньги", "автомобиль",
    "недвижимость", "квартира", "тысяча", "миллион", "миллиард", "тыс", "млн", "млрд",
)

#: Words that make a whole text the story of an arrest, when it names no statistics.
ARREST_STORY = (
    "задержать", "задержанный", "задержание", "арестовать", "обвиняемый",
    # a case against an organised group («дело … против 21 участника ОПГ»; not «фигурант»,
    # which phone scammers tell their victims they are); Kazakh arrests («ұсталды», «қамауға»)
    "опг", "ұстал*", "ұстады*", "қамау*", "құрықтал*",
    # a trial or a verdict («суд вынес приговор организаторам колл-центра», «подсудимые
    # обманули 212 граждан», «обвиняются шесть участников»)
    "приговор", "приговорить", "подсудимый", "осудить", "обвиняться", "сотталды*", "сотталған*",
    # sentenced to prison («7 жылға бас бостандығынан айырылды», «сот … 5 жылға бас бостандығынан
    # айырды»), a Kazakh verdict or defendant («үкім шығарды», «сотталушы»)
    "бостандығынан айыр*", "үкім*", "сотталушы*",
)

#: Words of regional statistics (they outweigh an arrest story).
STATISTICS = (
    "зарегистрировать", "зарегистрированный", "зафиксировать", "итог", "начало", "статистика",
    "тіркел*", "қорытынды*", "биыл*", "басынан*",
)

#: Scope words: internet fraud, cybercrime, fraud in general.
INTERNET = (
    "интернет", "онлайн", "дистанционный", "телефонный", "интернет-мошенничество",
    "кибермошенничество", "кибермошенник", "интернет-мошенник", "вишинг", "фишинг",
    "интернет*", "онлайн*", "кибермошен*", "кибералаяқ*", "интернет-алаяқ*", "паутина",
    # «дистанционно украли», «виртуальных аферистов», «IT-мошенники»
    "дистанционно", "виртуальный", "it-мошенник*", "ит-мошенник*", "it-мошенничеств*",
)
CYBER = (
    "киберпреступление", "киберпреступность", "кибератака", "технология", "it-злодеяние",
    "it-преступление", "ит-преступление", "it-преступлен*", "ит-преступлен*",
    "киберпреступлен*", "кибершабуыл*", "киберқылмыс*", "киберкраж*", "киберхищен*",
    # «преступления в сфере IT / ИТТ / ИКТ», «в киберпространстве», Kazakh «технологиялар»;
    # «ІТ» as Kazakh writes it, and as a Latin «I» beside a Cyrillic «Т» is respelt («IТ-преступлений»)
    "it", "ит", "итт", "икт", "итк", "ikt", "іт", "іт-преступлен*", "киберпространство", "технология*",
    # Kazakhstan's code: «в сфере информатизации и связи», «ақпараттандыру және байланыс саласында»
    "информатизация", "ақпараттандыру*",
    # hackers and their attacks («ущерб от хакерских атак», «хакеры похитили», «хакерлерден»)
    "хакер*",
)
#: Means that say the scope of a crime named beside them, but (unlike ``INTERNET`` and
#: ``CYBER``, which also decide roles) never make a number a crime's count on their own
#: («с использованием электронных средств платежа (40,3 млрд единиц …)» counts payments).
#: Internet means: by phone and messenger, as «телефонный» («мобильные мошенники», «средств
#: сотовой связи», «в соцсетях и мессенджерах»), «киберобман», «криптовалютных мошенничеств».
INTERNET_MEANS = ("мобильный", "сотовый", "соцсеть", "мессенджер", "киберобман*", "криптовалютный")
#: Cyber means, those of the Russian code's articles: «компьютерных мошенничеств», «в сфере
#: компьютерной информации», «с использованием электронных средств платежа / платёжных карт»,
#: «высокотехнологичных преступлений», «в информационно-телекоммуникационной сфере».
CYBER_MEANS = (
    "компьютерный", "электронный", "платежный", "высокотехнологичный",
    "информационно-телекоммуникационный", "телекоммуникационный",
)  # fmt: skip
#: Cyber means named by a noun, which say a crime's scope only right after «с» or a word of
#: means («было связано с компьютерами», «с помощью компьютера»; not «перед компьютером»).
CYBER_MEANS_NOUNS = ("компьютер",)
#: Spheres of crime that are cyber ones by their nouns, beside ``CYBER`` («информатизация»,
#: «технология»): «в сфере информации и телекоммуникации», «в сфере связи».
CYBER_SPHERES = ("информация", "телекоммуникация", "связь")
FRAUD_NOUNS = ("мошенничество", "мошенничеств*", "алаяқтық*", "алаяқтығ*", "афера")
#: Thefts: counted beside fraud («краж и мошенничеств», «дистанционных хищений») by internet
#: means they make cybercrime, not internet fraud.
THEFT_NOUNS = ("кража", "хищение", "киберкража", "киберкраж*", "ұрлық*")
#: Words that name the means a crime was committed by («с использованием», «посредством сети
#: интернет», «интернет арқылы»), beside an internet word.
MEANS_WORDS = ("использование", "посредство", "помощь", "через", "сеть", "арқылы", "пайдалан*")

#: Units of measure: a number before them measures something, it counts nothing.
MEASURES = (
    "кг", "килограмм", "грамм", "тонна", "км", "километр", "литр", "гектар", "метр",
    "килограмм*", "тонна*", "шақырым*", "литр*", "гектар*",
)

#: Words of the law that make a bounded sum a size it names, not a loss: deeming verbs and
#: penalties («крупным размером считается ущерб свыше …», «с ущербом в … грозит», «… асатын
#: залал ірі мөлшер деп танылады»).
LAW_WORDS = (
    "считаться", "признаваться", "квалифицироваться", "грозить", "наказываться",
    "саналады", "танылады", "жазалан*",
    # a size defined: «Особо крупный размер — это ущерб … более одного миллиона рублей»
    "крупный размер это",
)

#: Prison terms: a number after them is «other», not a date.
TERMS = (
    "срок", "лишение", "свобода", "бостандығ*",
    # «обязательные работы – до 360 часов», «наказание … может достигать 10 лет»
    "наказание", "обязательный", "принудительный", "исправительный", "арест",
    # «за мошенничество грозит до 10 лет»: a penalty's years; «7 лет колонии», «5 лет заключения»
    "грозить", "колония", "колония-поселение", "заключение", "тюрьма",
)

#: Counted things that are neither cases nor persons (cards, flats, sites, calls, groups).
COUNT_WORDS = (
    "карта", "квартира", "участок", "помещение", "автомобиль", "сайт", "аккаунт",
    "строка", "колл-центр", "группа", "схема", "номер", "звонок", "ресурс", "сим-карта",
    # schemes in Kazakh forms: «алаяқтықтың алты негізгі схемасын атады»
    "схема*",
    # call centres, in Kazakh too: «15 алаяқтық call-орталықтың жұмысын тоқтатты»
    "call-центр*", "call-орталық*", "колл-орталық*", "кол-центр*", "call-center*",
    "мрп", "кража", "киберкража", "колл-центр*",
    "карта*", "сайт*", "ресурс*", "топ*", "қоңырау*", "есепшот*", "транзакци*", "счет",
    "банк", "банк*", "иск", "ұрлық*", "тип", "вид", "разновидность", "категория", "түрі*", "түрлер*",
    # pupils, school grades and schools, counted in the outreach a fraud text tells of: an
    # audience, not victims («120-дан астам оқушысы … байқауына қатысты», «7–11 сынып
    # оқушыларына», «Өскеменнің 7 мектебінде»)
    "оқушы*", "сынып*", "школа", "мектеп*", "мектеб*",
    # counted groups and livestock: «27 қылмыстық тор», «8 бас жылқы»
    "тор", "торы", "торлар*", "бас", "жылқы*",
    # decisions counted: «3 387 заңсыз шешімі жойылды», «отменено 120 незаконных решений»
    "решение", "шешім*",
    "операция*", "сілтеме*", "хабарлама*", "аударым*",
    # directions and ways counted: «күрес үш бағытта жүргізілуге тиіс»
    "бағыт*", "направление",
    # organisations counted, not crimes: «число финансовых пирамид — до 2176»
    "пирамида", "финпирамида", "пирамид*", "финпирамид*", "компания", "проект", "организация",
)

#: Words of an anti-fraud centre or system: the events it registers are incidents, not cases.
ANTIFRAUD = ("антифрод*", "anti-fraud*", "antifraud*", "антифрод-центр", "антифрод-орталық*")

#: Bodies other than the police that receive or study people's reports and complaints (a
#: consumer-protection commission, the FBI's complaint centre, a central bank, a regulator,
#: experts): the reports they count are incidents told to them, not registered crimes («FTC …
#: получила около 2,2 млн заявлений о столкновении с мошенниками», «ФБР получило 207,5 тыс.
#: заявлений», «эксперты ОНФ проанализировали более 140 тыс. сообщений с жалобами»).
COMPLAINT_BODIES = (
    "комиссия", "фбр", "fbi", "ftc", "ic3", "онф", "эксперт", "омбудсмен", "роспотребнадзор",
    "цб", "центробанк", "регулятор",
)

#: A hotline or a call centre that takes people's calls and reports («телефон доверия»,
#: «горячая линия», «call-центр полиции», «сенім телефоны»): what it received are incidents,
#: not registered crimes («На телефон доверия поступило 1 150 звонков о мошенничестве»).
HOTLINES = ("доверие", "горячий", "call-центр", "колл-центр", "контакт-центр", "сенім")
#: Calls people make («звонок», «қоңырау»): a hotline counts them as it counts reports.
CALL_NOUNS = ("звонок", "қоңырау*")
#: Verbs of a hotline receiving calls or reports («поступило», «принято», «түсті»).
RECEIVED = ("поступить", "поступать", "принять", "принимать", "получить", "түс*")

#: Nouns of registered events (an Anti-Fraud centre's «оқиға», «инцидент», «событие»).
EVENT_NOUNS = ("оқиға*", "событие", "инцидент", "инцидент*", "жағдай*")

#: Words that open a part of the count before («из них 25», «оның ішінде 90 мыңы»): the
#: part counts what the whole counts.
SUBSET_WORDS = ("из них", "из которых", "в том числе", "оның ішінде", "соның ішінде", "оның", "олардың")

#: Russian prepositions: a number's noun never follows one («18 млн из них»), and a noun after
#: one is governed, not counted («2 тыс. 150 из жителей»).
PREPOSITIONS = ("из", "с", "со", "на", "в", "во", "за", "по", "от", "до", "у", "к", "для")

#: Words after «с» that make a number a lower bound: «204 с лишним миллиона», «100 с лишним».
MORE_THAN_AFTER_WORDS = ("лишним", "лишком", "небольшим")

#: Lemmas of words that take a share of a group: with persons after them («половина
#: пострадавших», «большинство из них») they name a share of the people.
SHARES_OF_PEOPLE = ("половина", "большинство", "меньшинство", "треть", "четверть", "часть")

#: Fraction words and their percent: they are shares, not counts («четверть», «половина»).
FRACTION_WORDS = {
    "четверть": 25, "четверти": 25, "половина": 50, "половины": 50, "половину": 50,
    "половине": 50, "треть": 33.3,
    "трети": 33.3, "третьих": 33.3, "третей": 33.3, "четвертей": 25, "четвертых": 25, "пятых": 20,
    "десятых": 10,
    "ширек": 25, "жартысы": 50, "жартысынан": 50,
}

#: Words that make a large round number without a currency money («сумма», «ущерб»).
MONEY_WORDS = (
    "сумма", "ущерб", "потеря", "убыток", "потерять", "похитить", "перевести", "шығын*",
    "залал*", "сома*",
    # money itself («Больше всего денег – около 480 млн – жители отдали …»; pymorphy3 gives
    # «денег» the lemma «деньга»)
    "деньги", "деньга",
)

#: Words that make a text speak of fraud (or cybercrime) rather than of crime in general.
FRAUD_TOPIC = (
    "мошенник", "мошеннический", "аферист", "кибермошенник", "интернет-мошенник", "пирамида",
    "киберпреступник", "обман", "обмануть",
    "алаяқ*", "пирамид*", "финпирамид*", "кибералаяқ*", "интернет-алаяқ*",
)

#: Words of crime in general: a count of crimes with these and no fraud word is all crime.
#: Nouns of crime in general («преступлений», «қылмыстар»): counted by internet means with no
#: fraud word, they are cybercrime.
CRIME_NOUNS = ("преступление", "правонарушение", "деяние", "қылмыс*", "құқықбұзушылық*")
CRIME_WORDS = (*CRIME_NOUNS, "преступность", "уголовный", "преступный", "құқық")

#: Words of all crime taken together («общее число преступлений», «общий массив»,
#: «жалпы қылмыс»): a sentence of crime with them and no fraud word counts all crime,
#: whatever the sentences around it speak of.
ALL_CRIME = ("общий", "массив", "жалпы*")
#: Words of a police summary of everything reported («919 сообщений о преступлениях и
#: происшествиях»): the crimes it counts are all crime.
ALL_REPORTS = ("происшествие", "оқиға*")
#: Reports to the police: «сообщения о преступлениях» with no fraud word are all reports.
REPORT_NOUNS = ("сообщение", "заявление", "обращение")
#: Severity classes of crime («тяжких и особо тяжких»): a sentence that counts by them breaks
#: all crime down.
SEVERITY = ("тяжкий", "ауыр*")

#: Words of victims, of damage and of taking money that, beside the fraud, crime and offender
#: words, make a text speak of an offence at all: money «lost» in a text with none of them
#: («экономика потеряла 189 млн долларов из-за отключений интернета») is no fraud damage.
OFFENCE_WORDS = (
    "похитить", "украсть", "выманить", "злоумышленник", "жертва", "потерпевший", "пострадавший",
    "пострадавш*",  # «пострадавших»: pymorphy3 gives the verb «пострадать», too wide a word
    "хищение", "обман*", "киберобман*", "ущерб", "потеря", "урон",
    "жәбірлен*", "зардап*", "ұрла*", "залал*",
)

#: Other crimes a text may name: a count in their story is not a fraud count.
NAMED_CRIMES = (
    "убийство", "грабеж", "разбой", "кража", "хулиганство", "изнасилование", "наркотик",
    "вымогательство", "разбойный", "скотокрадство", "скотокрад", "фальшивомонетничество",
    "похищение", "угон", "ұрлау*", "ұрланған*",
    "ұрлық*", "тонау*", "бұзақылық*", "өлтіру*", "зорлау*", "есірткі*", "қарақшы*",
    # further crimes of the criminal codes that police lists name beside fraud
    "поджог", "вандализм", "бандитизм", "браконьерство", "контрабанда", "побои", "истязание",
    "терроризм", "экстремизм", "самоуправство", "мародерство", "мародёрство",
    "собственность",  # «преступлений против собственности»: a class fraud is a part of
    "өртеу*", "контрабанда*", "браконьерлік*",
    # a computer crime of its own (art. 272 of Russia's code), not fraud: the corpus labels its
    # counts ``other`` (bfm_ru, gazeta_n1_ru, tetyushy_ru)
    "неправомерный доступ",
    # violence, drug trade, illegal gambling («случаев, связанных с наркоторговлей, незаконным
    # игорным бизнесом»; «402 бала зорлық-зомбылыққа ұшыраған»)
    "насилие", "зорлық*", "наркоторговля", "наркоторговец", "игорный",
    # embezzlement, a crime of its own beside fraud («52 случая — как присвоение или растрата»)
    "присвоение", "растрата",
)

#: Words of a period that may stand between a count's noun or verb and the count: «таких
#: случаев в этом году уже 140», «зарегистрировано с начала года более 400».
PERIOD_OF_A_COUNT = frozenset(("в", "с", "за", "это", "этот", "текущий", "год", "начало", "месяц"))

#: Criminal-code articles on fraud (Kazakhstan 190, Russia 159, Belarus 209) and Belarus's
#: theft by computer means (212, «Хищение путем использования компьютерной техники»): a
#: count under them is a fraud count.
FRAUD_ARTICLES = ("190", "159", "209", "212")

#: Staff of a bank, the police, an operator: in a fraud story they are who the fraudsters pose as
#: («поверив «сотрудникам банка»», «банк қызметкерлеріне сеніп»), not people who lost money.
STAFF_NOUNS = ("сотрудник", "работник", "служащий", "қызметкер*", "қызметші*")

#: Words of a place: a list item «Алматы қаласы - 6742» labelled with them counts what the
#: list counts, not one scheme.
PLACE_WORDS = (
    "область", "город", "район", "регион", "республика", "край", "округ", "столица", "облыс*",
    "қала*", "аудан*", "өңір*", "аймақ*", "астана*", "алматы*", "шымкент*",
)

#: Parts of a region: a superlative beside them ranks places, not single losses («наибольший
#: ущерб — в Аскизском районе»).
SUB_AREAS = ("город", "район", "округ", "қала*", "аудан*")

#: Nouns naming a quantity whose change a text gives («число преступлений … с 1465 до 1454»,
#: «интернет-алаяқтықтар саны … (4 385-тен 4 023-ке дейін)»): Russian before its noun
#: phrase, Kazakh after it.
QUANTITY_BEFORE = ("число", "количество", "показатель", "уровень", "цифра")
QUANTITY_AFTER = ("саны", "санының", "саны*", "көрсеткіш*")

#: Unsolved cases: a count of them is neither registered nor solved.
UNSOLVED = (
    "нераскрытый", "ашылмаған*", "ашылмай*",
    # still searched for: «37-і бойынша әлі жедел-іздестіру шаралары жүргізілуде», «по 37
    # проводятся оперативно-розыскные мероприятия» (not «Жедел-іздестіру іс-шарасында 11 қылмыс
    # ашылды», solved by them)
    "жедел-іздестіру шаралары жүргізілу*", "проводиться оперативно-розыскной",
    "вестись оперативно-розыскной",
)

#: «каждый», «әр»: with an ordinal or a number after them they give a share («каждое третье»
#: = 33 %, «әр бесіншісі» = 20 %, «каждое 20 преступление» = 5 %).
EVERY_WORDS = ("каждый", "әр", "әрбір")
#: Some periods, not the whole one: «в отдельные дни ущерб превышал 11 млн» is a peak day's sum.
SOME_WORDS = ("отдельный", "некоторый")

#: A place in a ranking: «на втором месте оказалось мошенничество при онлайн-покупках»,
#: «екінші орында – …»; its ordinal is one of :data:`ORDINAL_WORDS` or a first.
RANK_PLACES = ("место", "орын*")
#: Word starts of the first place said without one: «самым распространённым …», «наиболее
#: популярной схемой …», Kazakh after «ең»: «ең көп тараған тәсіл», «ең жиі кездесетін».
MOST_COMMON = ("распространённ", "распространенн", "популярн", "тараған", "таралған", "кездесетін")
FIRST_WORDS = ("первый", "бірінші*")
#: Ordinals: Russian lemmas, Kazakh stems (matched at a word's start: «бесіншісінің»).
ORDINAL_WORDS = {
    "второй": 2,
    "третий": 3,
    "четвертый": 4,
    "пятый": 5,
    "шестой": 6,
    "седьмой": 7,
    "восьмой": 8,
    "девятый": 9,
    "десятый": 10,
    "двадцатый": 20,
    "сотый": 100,
    "тысячный": 1000,
    "екінші*": 2,
    "үшінші*": 3,
    "төртінші*": 4,
    "бесінші*": 5,
    "алтыншы*": 6,
    "жетінші*": 7,
    "сегізінші*": 8,
    "тоғызыншы*": 9,
    "оныншы*": 10,
    "жиырмасыншы*": 20,
}

#: Growth factors written as one word («вдвое больше», «вдвойне»); «вполовину», «наполовину»
#: are a share of 50 percent.
FACTOR_WORDS = {
    "вдвое": 2, "втрое": 3, "вчетверо": 4, "впятеро": 5, "вдесятеро": 10, "вдвойне": 2,
    "вполовину": 50, "наполовину": 50,
}  # fmt: skip
#: Growth factors as lemmas of verbs, nouns and adjectives: «число мошенников удвоилось»,
#: «удвоение», «в двукратном размере».
FACTOR_LEMMAS = {
    "удвоиться": 2, "удвоить": 2, "удвоение": 2, "утроиться": 3, "утроить": 3, "утроение": 3,
    "двукратный": 2, "трехкратный": 3, "четырехкратный": 4, "пятикратный": 5,
    "десятикратный": 10,
}  # fmt: skip

#: A half as a number word before «раза» («в полтора раза»): a growth factor.
HALF_FACTORS = {"полтора": 1.5, "полторы": 1.5}

#: Durations written as one word, in months («за полгода») or minutes («за полчаса»).
DURATION_WORDS = {"полгода": 6, "полугода": 6, "полчаса": 30, "получаса": 30}

#: The genitive number stems that open a compound adjective of age («тридцатипятилетняя»:
#: тридцати + пяти + летняя; «семнадцатилетний», «восьмидесятилетней»): tens, then units or
#: teens.
AGE_WORD_TENS = {
    "двадцати": 20, "тридцати": 30, "сорока": 40, "пятидесяти": 50, "шестидесяти": 60,
    "семидесяти": 70, "восьмидесяти": 80, "девяноста": 90, "сто": 100,
}  # fmt: skip
AGE_WORD_UNITS = {
    "одно": 1, "двух": 2, "трех": 3, "четырех": 4, "пяти": 5, "шести": 6, "семи": 7,
    "восьми": 8, "девяти": 9, "десяти": 10, "одиннадцати": 11, "двенадцати": 12,
    "тринадцати": 13, "четырнадцати": 14, "пятнадцати": 15, "шестнадцати": 16,
    "семнадцати": 17, "восемнадцати": 18, "девятнадцати": 19,
}  # fmt: skip

#: Superlatives: «наибольшая сумма … составила», «ең ірі шығын» is one victim's loss.
SUPERLATIVE = ("самый", "рекордный", "максимальный", "минимальный", "наибольш*", "крупнейш*", "рекордн*", "антирекорд*", "ең")

#: Parts of a year an ordinal numbers: a quarter or a half («4-ші тоқсанында», «во 2-м
#: полугодии»; Kazakh «тоқсан» is also «ninety», so only after an ordinal).
PARTS_OF_A_YEAR = ("квартал", "полугодие", "тоқсан*", "жартыжылдық*")

#: Per-period averages: «по 20 млн рублей в месяц», «айына 190 млн», «5-6 фактов в день».
#: Russian lemmas count after «в» («за месяц» is the period of a total), Kazakh stems alone.
PER_PERIOD = (
    "месяц", "день", "сутки", "неделя", "квартал",
    "айына*", "күніне*", "тәулігіне*", "аптасына*",
)  # fmt: skip

#: Words of an average or a per-period rate anywhere before a number in its clause («средний
#: еженедельный ущерб … 20 млн», «в среднем за день … 30 человек», «ежедневного дохода»): the
#: number is an average, not a total.
AVERAGE = (
    "средний", "среднее", "среднестатистический", "ежедневный", "еженедельный", "ежемесячный", "ежедневно",
    "еженедельно", "ежемесячно", "орташа*", "обычно", "әдетте*", "күніне*", "тәулігіне*",
    # an occasional sum is no period's total either: «Иногда ущерб потерпевшим составлял более
    # 1 млн», «Суммы … порой достигают 2 тысяч долларов»
    "иногда", "порой", "подчас", "кейде",
)
#: «как правило»: a typical sum, said with two words («Суммы, как правило, не больше 1000»).
AS_A_RULE = ("как", "правило")
#: «орта есеппен»: Kazakh «on average», said with two words.
ON_AVERAGE = ("орта", "есеппен")
#: «в основном» right before a sum: a typical one («Раньше ущерб составлял в основном 15-50
#: тысяч»), as lemmas.
MOSTLY = ("в", "основное")

#: The base of a rate («в расчете на 10 тыс. населения», «10 мың тұрғынға шаққанда»).
RATE_WORDS = ("расчет", "расчёт", "пересчет", "шаққанда*")
POPULATION_NOUNS = ("население", "халық", "халқы*")

#: Particles and bound words right before a number, which say how much, not what it counts
#: («а раскрыто – всего лишь чуть больше 3400»): the role word is looked for before them.
NUMBER_PARTICLES = (
    "всего", "лишь", "только", "чуть", "уже", "еще", "ещё", "больше", "более", "свыше", "около",
    "почти", "порядка", "примерно", "приблизительно", "менее", "меньше", "немногим", "немного", "где-то",
)

#: Words that point back to the count before («их было лишь восемь», «этот показатель
#: составил 31», «олардың саны»): the number counts what that count counted.
ANAPHORA = ("их", "показатель", "цифра", "олардың", "көрсеткіш*")
#: Demonstratives that point back at persons told before («эти сотрудники», «данные лица»).
PERSON_POINTERS = ("этот", "данный", "указанный", "тот")
#: Nouns of how many: a number they are the subject of is a count, never money («количество
#: заблокированных вызовов достигало одного млн»).
HOW_MANY = ("число", "количество")
#: Nouns that, after «этот»/«это», point back to the count before («это число», «эта цифра»)
#: or to the amount before («этот показатель», «эта сумма»).
POINTER_COUNT_NOUNS = ("число", "количество", "цифра", "сан")  # Kazakh «бұл сан»
#: «их», «олардың» (their) right beside a quantity word: «их число», «олардың саны» count
#: the crime named before them.
THEIR = ("их", "они", "олардың")
POINTER_MONEY_NOUNS = ("показатель", "сумма", "цифра", "көрсеткіш*")
#: Words of an earlier period an indicator is given for again: «Годом ранее показатель
#: составлял …», «год назад показатель был …».
EARLIER_PERIOD = ("ранее", "назад", "прошлый", "предыдущий", "минувший")

#: A caseload («в производстве находилось 193 уголовных дела»): cases being investigated,
#: whenever registered, are no count of the period's registered cases.
CASELOAD = ("находиться", "остаться", "оставаться")

#: Verdicts: cases with a verdict are counted as such («по девяти делам вынесены приговоры»),
#: not as registered cases.
VERDICT = ("приговор", "осудить", "үкім*")

#: Cases closed without a charge: «прекращено 129 дел», «129 іс тоқтатылды».
CLOSED_CASES = ("прекратить", "прекращённый", "прекращенный", "тоқтатыл*")
#: Checks before a case is opened («по трем заявлениям проводится проверка»): the reports
#: under check are not registered cases.
CHECKS = ("проверка", "проверить", "проверять", "тексеру*", "тексеріл*")

#: Period words of a comparison label («Былтырғы осы мерзімде – 1 310», «В прошлом году —
#: 980»): a bare number after them counts what the count before counted.
PERIOD_WORDS = (
    "год", "период", "прошлый", "аналогичный", "текущий", "былтыр*", "мерзім*", "кезең*",
    "жыл*", "биыл*",
)

#: «годом ранее»: a unit of time in the instrumental that dates a comparison, not a number.
DATING_UNITS = ("годом",)
# fmt: on

#: Currency signs written before or after an amount («$300 млн», «5 млн ₸», Belarusian «Br9
#: тыс.») and their codes.
CURRENCY_SYMBOLS = {"₸": "KZT", "₽": "RUB", "$": "USD", "€": "EUR", "₴": "UAH", "Br": "BYN"}
