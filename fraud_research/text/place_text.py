"""The place a figure counts, when the text names one («в Сарыагашском районе — 120»).

A regional release often breaks its total down by district or town, or compares it with
another region's. Such a figure is an aggregate, but of another place or a part of the
release's: ``fraud-research ingest`` must not file it under the release's place.
:func:`places_of` finds the place phrase of each figure (a district, a town or a region);
:func:`is_own_place` tells whether such a phrase names the ingest place itself.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..dataset import cached_places, cached_towns
from .document import Document
from .periods import KK_MONTH_WORD

__all__ = [
    "foreign_country_named",
    "is_own_place",
    "place_kind",
    "places_compared_with",
    "places_of",
]

_UPPER = "А-ЯЁӘҒҚҢӨҰҮҺІ"
#: Capitalised words that open a sentence before «облыста», «районе» but name no place: «Биыл
#: облыста» (this year in the region), «Жалпы облыс бойынша», «В районе», «Всего по району».
_NOT_A_NAME = (
    r"(?!(?i:биыл|биылғы|былтыр|былтырғы|жалпы|осы|сол|бұл|ал|сонымен|өткен|ағымдағы|қазір|"
    r"қазіргі|барлық|оның|соның|жыл|жылы|тек|әсіресе|негізінен|мысалы|сондай-ақ|яғни|және|"
    r"бүгін|кеше|облыс|аудан|қала|в|во|по|всего|том|этом|нашем|вашем|каждом|одном|другом|"
    r"соседнем|соседней|этой|той|нашей|каждой|одной|другой)\s)"
)
#: A Russian region is named by an adjective («Жамбылской области»): «Жители области»,
#: «Прокуратура области» name no other region. (Any «… района» is a district, named or not.)
_ADJECTIVE = r"[\w-]*(?:ой|ая|ую|ое|ом|ого|ому|ий|ый|ым|им|ей|его|ему)"
#: A district, town, village or region named in Russian or Kazakh: «в Сарыагашском районе»,
#: «Ленинского района», «г. Кентау», «в городе Кентау», «в селе Шаян», «Сарыағаш ауданында»,
#: «Кентау қаласында», «Шаян ауылында», «в Жамбылской области», «Жамбыл облысында».
PLACE_RE = re.compile(
    rf"\b{_NOT_A_NAME}[{_UPPER}][\w-]*\s+район(?:е|а|у|ом)?\b|"
    rf"(?:\bг\.\s*|\bгород(?:е|а|у|ом)?\s+|\bсел(?:е|о|а)\s+|\bпос[её]лк(?:е|а)\s+)[{_UPPER}][\w-]+|"
    # a Kazakh place word after a name is possessive («Жамбыл облысында»); bare, it names none
    # («Алаяқтар облыс тұрғындарын алдаған»: the region's residents)
    rf"\b{_NOT_A_NAME}[{_UPPER}][\w-]*\s+(?:ауданы|қаласы|ауылы|кенті|облысы)\w*|"
    rf"\b{_NOT_A_NAME}[{_UPPER}]{_ADJECTIVE}\s+област(?:и|ь|ью)\b|\bобласть\s+[{_UPPER}][\w-]+|"
    # the region's capital, unnamed: a town, not the region («в областном центре (385)»)
    r"\b[Оо]бластн(?:ом|ого|ой|ый|ому)\s+центр\w*|\b[Оо]блыс\s+орталығ\w*|"
    # its districts together, unnamed: a part («в районах области – 239», «аудандарда – 239»)
    r"\b(?:[Вв]|[Пп]о)\s+(?:остальных\s+|других\s+)?район(?:ах|ам)\b(?:\s+област[иь])?|"
    r"\b[Аа]удандар(?:да|ында)\b|"
    # the regions' abbreviations («в ВКО», «по СКО»)
    r"\b(?:ВКО|СКО|ЗКО)\b"
)
#: The regions' abbreviations, by the Russian names they stand for.
_ABBREVIATIONS = {
    "ВКО": "Восточно-Казахстанская область",
    "СКО": "Северо-Казахстанская область",
    "ЗКО": "Западно-Казахстанская область",
}
#: Russian case endings after a town's stem («в Шымкенте», «по Караганде», «в Семее»).
_RU_TOWN_ENDINGS = "а|я|ы|и|е|у|ю|ом|ем|ой|ей|й"
#: Residents of a town («жителям Шымкента», «горожан Тараза»; Kazakh «Шымкент тұрғындары»).
_RESIDENTS_RU = r"[Жж]ител\w*|[Жж]ительниц\w*|[Гг]орожан\w*"
#: Kazakh locative endings («Шымкентте», «Таразда», «Ақтөбеде»).
_KK_TOWN_ENDINGS = "да|де|та|те|нда|нде"


@lru_cache(maxsize=1)
def _kazakh_demonym_re() -> re.Pattern:
    """A place's Kazakh name, written as one word, and a demonym suffix, in any case or number."""
    places = cached_places()
    names = [*cached_towns()["name_kk"], *places.loc[places["level"] != "city", "name_kk"]]
    stems = {re.sub(r"\s+(?:облысы|қаласы)$", "", name).replace(" ", "").lower() for name in names}
    alternatives = "|".join(re.escape(s) for s in sorted(stems, key=len, reverse=True))
    return re.compile(rf"(?:{alternatives})[лдт][ыі][қк]\w*")


@lru_cache(maxsize=4096)
def is_kazakh_demonym(word: str) -> bool:
    """Whether a Kazakh word names residents of a place of ``data/places.csv`` or
    ``data/towns.csv``: «ақтөбелік», «шымкенттіктер», «алматылықтарды», «қазақстандық».

    Examples
    --------
    >>> is_kazakh_demonym("ақтөбелік"), is_kazakh_demonym("шымкенттіктер"), is_kazakh_demonym("алаяқтық")
    (True, True, False)
    """
    return _kazakh_demonym_re().fullmatch(word.lower()) is not None


@lru_cache(maxsize=1)
def _town_names() -> tuple[str, str]:
    """Regex alternatives of the towns of ``data/towns.csv``: Russian stems, Kazakh names."""
    towns = cached_towns()
    ru = {re.sub(r"[аяйь]$", "", name) for name in towns["name_ru"]}
    kk = set(towns["name_kk"])

    def alternatives(names: set[str]) -> str:
        return "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))

    return alternatives(ru), alternatives(kk)


@lru_cache(maxsize=1)
def _town_re() -> re.Pattern:
    """A town of ``data/towns.csv`` named without a marker word: «в Шымкенте», «Таразда».

    Only after «в»/«по» or its residents («жителям Шымкента») or before a list item's bracket
    or dash («Астане (2 100)», «Астана – 2 100») in Russian, only in the locative or before «тұрғындары» in Kazakh: a
    bare name is often a company's or a team's («ФК Астана»).
    """
    ru, kk = _town_names()
    return re.compile(
        rf"\b(?:[Вв]о?|[Пп]о|{_RESIDENTS_RU})\s+(?:{ru})(?:{_RU_TOWN_ENDINGS})?(?![\w-])|"
        # a list's item in brackets or after a dash: «в Алматы (3 412), Астане (2 100)»,
        # «Алматы – 3 412, Астана – 2 100»
        rf"(?<![\w-])(?:(?:{ru})(?:{_RU_TOWN_ENDINGS})?|{kk})(?=\s*(?:\(|[–—-])\s*(?:\d|$))|"
        rf"(?<![\w-])(?:{kk})(?:{_KK_TOWN_ENDINGS}|\s+(?:қаласының\s+)?тұрғын\w*)(?![\w-])"
    )


@lru_cache(maxsize=1)
def _town_name_re() -> re.Pattern:
    """A town's name in any form, for a phrase already known to name a place («Астане»)."""
    ru, kk = _town_names()
    return re.compile(
        rf"(?<![\w-])(?:(?:{ru})(?:{_RU_TOWN_ENDINGS})?|(?:{kk})(?:{_KK_TOWN_ENDINGS})?)(?![\w-])"
    )


def names_place_before(text: str, start: int) -> bool:
    """Whether a place is named right before a number at ``start``, as a list item: with a
    bracket («в Улытауской области (95)», «Астане (2 100)») or a dash («в Алматы – 3 412»).

    Examples
    --------
    >>> text = "Меньше всего – в Улытауской области (95). В Алматы – 3 412."
    >>> names_place_before(text, text.index("95")), names_place_before(text, text.index("3 4"))
    (True, True)
    >>> names_place_before("итого (95)", 7)
    False
    """
    head = text[max(0, start - 80) : start]
    link = re.search(r"\s*[(–—-]\s*$", head)
    if link is None:
        return False
    return any(m.end() == link.start() for m in _any_place_re().finditer(head))


@lru_cache(maxsize=1)
def _any_place_re() -> re.Pattern:
    """:data:`PLACE_RE` or a town named without a marker word."""
    return re.compile(f"{PLACE_RE.pattern}|{_town_re().pattern}")


#: Other countries a Russian- or Kazakh-language release may report from, and their capitals.
_FOREIGN_RE = re.compile(
    r"\b(?:Кыргызстан|Киргизи|Қырғызстан|Бишкек|Росси|Ресей|Москв|Беларус|Белорус|Минск|"
    r"Узбекистан|Өзбекстан|Ташкент|Таджикистан|Тәжікстан|Душанбе|Туркменистан|Түрікменстан|"
    r"Ашхабад|Армени|Ереван|Азербайджан|Баку\b|Грузи|Тбилиси|Украин|Украін|Молдов|Кишин[её]в)\w*"
)
#: Words of Kazakhstan itself: its name, its money, «across our country».
_KAZAKHSTAN_RE = re.compile(r"казахстан|қазақстан|kazakhstan|тенге|теңге|₸|\bKZT\b|елімізде", re.I)


@lru_cache(maxsize=1)
def _kazakh_place_name_re() -> re.Pattern:
    """The stem of any region, city or town of ``data/places.csv`` and ``data/towns.csv``
    («Туркестанск», «Жамбыл», «Шымкент»), for telling whether a text names one."""
    places = cached_places()
    stems = set()
    for name in [*places["name_ru"], *places["name_kk"], *cached_towns()["name_ru"]]:
        for word in str(name).split():
            if word.lower() in ("область", "облысы", "город", "қаласы", "республика"):
                continue
            stems.add(re.sub(r"(?:ая|ий|ой|а|я|ь)$", "", word))
    stems.discard("")
    alternatives = "|".join(re.escape(n) for n in sorted(stems, key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?:{alternatives})")


def foreign_country_named(text: str) -> str:
    """The other country a text reports from, when it names one and nothing of Kazakhstan.

    A release of Kyrgyzstan's or Russia's police reads like a Kazakh one; its counts must not
    be filed under a Kazakh place. A Kazakh text that mentions another country («звонки из
    России») names Kazakhstan, its tenge or one of its places too.

    Examples
    --------
    >>> foreign_country_named("В Кыргызстане за год зарегистрировано 4 217 фактов.")
    'Кыргызстане'
    >>> foreign_country_named("В Жамбылской области 512 фактов, звонили из России.")
    ''
    >>> foreign_country_named("Ущерб составил 3 млн тенге; звонки шли из России.")
    ''
    """
    foreign = _FOREIGN_RE.search(text)
    if foreign is None or _KAZAKHSTAN_RE.search(text) or _kazakh_place_name_re().search(text):
        return ""
    return foreign.group()


#: Words of the whole country: a place before them is not the figure's place
#: («В Сарыагашском районе прошло совещание: по стране зарегистрировано …»).
_WHOLE_RE = re.compile(
    r"\bреспублик\w*|\bКазахстан\w*|Қазақстан\w*|\bпо\s+стране|елімізде|\bв\s+стране", re.I
)
#: The whole country as the place of a figure: «В целом по Казахстану зарегистрировано 20 500»,
#: «по республике», «елімізде». Its figure is the country's, never a region's.
COUNTRY_RE = re.compile(
    r"\b(?:по\s+(?:Казахстану|стране)|в\s+(?:Казахстане|стране))|"
    # not «в Республике Коми»: a republic named is a region
    r"\b(?:по|в)\s+республике(?!\s+(?!Казахстан)(?-i:[А-ЯЁ]))|"
    r"Қазақстанда|елімізде|\bреспублика\s+бойынша|\bел\s+бойынша",
    re.I,
)
#: A region, district or town named without its name after the country («в Казахстане … в
#: области»): the figure is that part's, not the country's.
_PART_WORD_RE = re.compile(r"област|облыс|регион|өңір|район|аудан|город|қала", re.I)
#: Words of a wider area than a place named before («в целом по области»): a figure after
#: them does not share the place of the figure before it.
_WIDER_RE = re.compile(
    r"област|облыс|регион|өңір|в\s+целом|всего|барлығы|жалпы|республик|стран|казахстан|"
    r"қазақстан|елімізде",
    re.I,
)
#: A district or region named by its adjective, its noun left out after the first of a list
#: («в Сарыагашском районе (120), Мактааральском (98)», «Казталовском (+400%, с 1 до 5)»).
_ELLIPTIC_RE = re.compile(rf"\b[{_UPPER}]{_ADJECTIVE}\b(?=\s*[(–—-])")
#: A place named by an adjective, with its noun («в Сарыагашском районе») or alone: a list
#: may go on with adjectives alone.
_BY_ADJECTIVE_RE = re.compile(rf"(?:[Вв]\s+)?[{_UPPER}]{_ADJECTIVE}(?:\s+(?:район|област)|$)")
#: Where the words after a figure that may name its place end (a colon opens a list of parts).
_CLAUSE_END_RE = re.compile(r"[,;:.)(!?\d]")


#: A list item after a place's figure labelled «в» and a capitalised name in the locative
#: («, в Степногорске – 98»), or a capitalised Kazakh name in the locative («, Степногорскіде –
#: 97», not a Kazakh month: «Қарашада – 96»): another town, whether or not ``data/towns.csv``
#: lists it.
_UNLISTED_TOWN_ITEM_RE = re.compile(
    rf"(?:\b([Вв]о?\s+[{_UPPER}][а-яё-]+(?:е|и|у))|(?<![\w-])(?!(?i:{KK_MONTH_WORD}))"
    rf"([{_UPPER}][а-яёәіңғүұқөһ-]+(?:да|де|та|те|нда|нде)))\s*[–—-]\s*$"
)


def places_of(doc: Document, spans: list[tuple[int, int, int, int]]) -> list[str]:
    """The place phrase of each figure ``(start, end, sentence_start, sentence_end)``.

    The last district, town or region named between the figure before it in its sentence
    (or the sentence start) and the figure, unless the whole country is named after it;
    else the first named after the figure in its clause; else the place of the figure before it
    in its sentence, unless a wider area is named between them («в целом по области»). ""
    when none is named.

    Examples
    --------
    >>> text = ("В Туркестанской области зарегистрировано 843 факта. Больше всего в "
    ...         "Сарыагашском районе — 120 фактов.")
    >>> places_of(Document(text), [(41, 44, 0, 51), (94, 97, 52, len(text))])
    ['Туркестанской области', 'Сарыагашском районе']
    >>> text = "В Шымкенте зарегистрировано 1 204 факта, ущерб составил 900 млн тенге."
    >>> places_of(Document(text), [(28, 33, 0, len(text)), (56, 63, 0, len(text))])
    ['В Шымкенте', 'В Шымкенте']
    """
    text = doc.text
    out = [""] * len(spans)
    previous_end: dict[int, int] = {}
    before_place: dict[int, str] = {}  # sentence -> place of its figure before
    for f in sorted(range(len(spans)), key=lambda f: spans[f][0]):
        start, end, sent_start, sent_end = spans[f]
        before = text[previous_end.get(sent_start, sent_start) : start]
        previous_end[sent_start] = end
        named = list(_any_place_re().finditer(before))
        if named and not _WHOLE_RE.search(before[named[-1].end() :]):
            out[f] = before_place[sent_start] = named[-1].group()
            continue
        clause_end = _CLAUSE_END_RE.search(text, end, sent_end)
        after = text[end : clause_end.start() if clause_end else sent_end]
        found = _any_place_re().search(after)
        if found and not _WHOLE_RE.search(after[: found.start()]):
            out[f] = found.group()
        elif before_place.get(sent_start) and not _WIDER_RE.search(before):
            # «В Шымкенте зарегистрировано 1 204 факта, ущерб составил 900 млн»: both Shymkent's;
            # «в Сарыагашском районе (120), Мактааральском (98)»: the next district's adjective
            prior = before_place[sent_start]
            elliptic = list(_ELLIPTIC_RE.finditer(before)) if _BY_ADJECTIVE_RE.match(prior) else []
            # «В Кокшетау … 612 фактов, в Степногорске – 98»: the next item names a town the
            # registry does not list; it is that town's, not the one before
            unlisted = _UNLISTED_TOWN_ITEM_RE.search(before)
            town = unlisted.group(1) or unlisted.group(2) if unlisted else ""
            out[f] = elliptic[-1].group() if elliptic else town or prior
        else:
            country = list(COUNTRY_RE.finditer(before))
            if country and not _PART_WORD_RE.search(before[country[-1].end() :]):
                out[f] = country[-1].group()  # «В целом по Казахстану … 20 500»: the country's
        before_place[sent_start] = out[f]
    return out


def places_compared_with(
    doc: Document,
    spans: list[tuple[int, int, int, int]],
    places: list[str],
    earlier: list[bool],
) -> list[str]:
    """``places`` with a year-earlier figure that names no place taking the place last named
    for a figure of an earlier sentence: «В Чуйской области зарегистрировано 1 212
    преступлений. Ущерб превысил 180 млн сомов. Для сравнения: за тот же период 2024 года –
    987» (the 987 is Chui's too). Words of a wider area between them («по области», «всего»)
    keep the figure's own reading.

    Examples
    --------
    >>> text = "В Сарыагашском районе — 120 фактов. Годом ранее — 98."
    >>> spans = [(24, 27, 0, 35), (49, 51, 36, len(text))]
    >>> places_compared_with(Document(text), spans, ["В Сарыагашском районе", ""], [False, True])
    ['В Сарыагашском районе', 'В Сарыагашском районе']
    """
    out = list(places)
    named: tuple[int, str] | None = None  # where the last place named for a figure ends, and it
    for f in sorted(range(len(spans)), key=lambda f: spans[f][0]):
        start, end, sent_start, _ = spans[f]
        if out[f]:
            named = (end, out[f])
        elif (
            earlier[f]
            and named is not None
            and named[0] <= sent_start  # an earlier sentence's, not its own
            and not _WIDER_RE.search(doc.text[named[0] : start])
        ):
            out[f] = named[1]
    return out


def place_kind(phrase: str) -> str:
    """``district``, ``region``, ``town`` or ``country`` for a place phrase or a registry name.

    ``""`` for a phrase of none of them.

    Examples
    --------
    >>> place_kind("Сарыағаш ауданында"), place_kind("город Алматы"), place_kind("Казахстан")
    ('district', 'town', 'country')
    """
    phrase = _ABBREVIATIONS.get(phrase.strip(), phrase)
    if re.search(r"район|аудан", phrase, re.I):
        return "district"
    if re.search(r"областн\w*\s+центр|облыс\s+орталығ", phrase, re.I):
        return "town"  # the region's capital
    if re.search(r"област|облыс", phrase, re.I):
        return "region"
    if re.search(r"\bг\.|город|қала|\bсел|посел|ауыл|кент\w*$", phrase, re.I):
        return "town"
    if _town_name_re().search(phrase):
        return "town"
    return "country" if COUNTRY_RE.search(phrase) or _WHOLE_RE.search(phrase) else ""


def is_own_place(phrase: str, names: list[str]) -> bool:
    """Whether a place phrase names the place whose registry names are ``names``.

    Same kind (a town for a city, a region for a region, the country for the country) and
    the same name (its first five letters, so that cases and the Kazakh form agree); the
    country owns no district, town or region phrase (each is a part of it), and a region owns
    no country phrase («по Казахстану»).

    Examples
    --------
    >>> is_own_place("в Туркестанской области", ["Туркестанская область", "Түркістан облысы"])
    True
    >>> is_own_place("городе Туркестан", ["Туркестанская область", "Түркістан облысы"])
    False
    >>> is_own_place("Алматы облысында", ["город Алматы", "Алматы қаласы"])
    False
    >>> is_own_place("по Казахстану", ["Казахстан", "Қазақстан"])
    True
    >>> is_own_place("в Жетысуской области", ["область Жетісу", "Жетісу облысы"])
    True
    >>> is_own_place("Абайской области", ["область Абай", "Абай облысы"])
    True
    >>> is_own_place("СКО", ["Восточно-Казахстанская область", "Шығыс Қазақстан облысы"])
    False
    >>> is_own_place("Жители Астаны", ["город Астана", "Астана қаласы"])
    True
    """
    phrase = _ABBREVIATIONS.get(phrase.strip(), phrase)
    kind = place_kind(phrase)
    if not kind or kind not in {place_kind(name) for name in names}:
        return False
    if kind == "country":
        return True  # the registry holds one country
    stems = {_stem(w) for name in names for w in re.findall(rf"[{_UPPER}][\w-]+", name)}
    # the first name word decides: «Солтүстік Қазақстан» is not «Шығыс Қазақстан»; a name
    # shorter than five letters is a prefix («Абай» of «Абайской»)
    # (past the residents of «Жители Астаны», who open a sentence)
    named = re.findall(rf"[{_UPPER}][\w-]+", phrase)
    first = next((w for w in named if not re.fullmatch(_RESIDENTS_RU, w)), None)
    return first is not None and any(_stem(first, 9)[: len(stem)] == stem for stem in stems)


#: Kazakh letters as Russian texts spell the same names: «Жетісу» is «Жетысуская», «Ұлытау»
#: «Улытауская».
_AS_RUSSIAN = str.maketrans("әғқңөұүһі", "агкноуухы")


def _stem(word: str, size: int = 5) -> str:
    """The first ``size`` letters of a name, lower-cased, Kazakh letters spelled the Russian way."""
    return word.lower().translate(_AS_RUSSIAN)[:size]
