"""What an aggregate figure counts: internet fraud, cybercrime, fraud in general, or unknown.

Police and press count overlapping things. «Интернет-мошенничество» and «дистанционные
мошенничества» are internet fraud; crimes committed by means of the internet in general
(«преступлений, совершённых с использованием интернета», «интернет арқылы жасалған қылмыстар»)
and remote thefts counted with fraud («дистанционных краж и мошенничеств», «хищений … совершённых
дистанционным способом») are cybercrime; «мошенничество» / «алаяқтық» alone is all fraud. The
dataset keeps them apart (``data/README.md``, column ``scope``), so a figure filed under the wrong
one joins another series.
"""

from __future__ import annotations

from .context import NumberContext
from .lemmas import Word, may_be_participle, sentence_spans, words
from .matchers import (
    ANAPHORIC,
    CASE_NOUNS,
    CRIME_NOUNS,
    CYBER_SCOPE,
    FRAUD_NAMED,
    FRAUD_NOUNS,
    INTERNET_SCOPE,
    KIND_VERBS,
    OFFENCE,
    SCOPE_POINTERS,
    THEFT,
    part_opener_at,
)
from .period_text import YEAR_EARLIER_RE
from .role_names import AGGREGATE_ROLES


def stated_scope(found: list[Word], *, counted: list[Word] = ()) -> str:
    """The scope ``found`` states, or ``""`` when its words name none.

    Words of internet means («интернет», «онлайн», «дистанционный», «кибермошенничество») and
    of cybercrime («киберпреступления», «в сфере IT», «технологий») say how; the crime they
    qualify says what:

    * a fraud word in ``counted`` (the nouns right after the number: «29 дистанционных
      мошенничеств и 4 кражи») makes it internet fraud;
    * thefts beside fraud («краж и мошенничеств», «хищений») make it cybercrime;
    * a fraud word without a noun of crime in general makes it internet fraud
      («киберпреступлений, связанных с мошенничеством»), a noun of crime without a fraud word
      cybercrime («преступлений, совершённых с использованием интернета»);
    * otherwise internet words give internet fraud and cybercrime words cybercrime.

    Without such words, «мошенничество» / «алаяқтық» is ``all_fraud``.

    Examples
    --------
    >>> [stated_scope(words(s)) for s in ("843 факта интернет-мошенничества",
    ...     "1912 совершённых с использованием интернета преступлений",
    ...     "3 тысячи фактов дистанционных краж и мошенничеств",
    ...     "9,5 тысячи киберпреступлений, связанных с мошенничеством",
    ...     "1 245 фактов мошенничества", "58 человек стали жертвами")]
    ['internet_fraud', 'cybercrime', 'cybercrime', 'internet_fraud', 'all_fraud', '']
    """
    internet = INTERNET_SCOPE.first(found) or _online(found)
    if internet or CYBER_SCOPE.first(found):
        fraud, crime = FRAUD_NAMED.first(found), CRIME_NOUNS.first(found)
        if FRAUD_NAMED.first(list(counted)):
            return "internet_fraud"
        if THEFT.first(found) or (crime and not fraud):
            return "cybercrime"
        if fraud and not crime:
            return "internet_fraud"
        return "internet_fraud" if internet else "cybercrime"
    if FRAUD_NOUNS.first(found):
        return "all_fraud"
    return ""


def _online(found: list[Word]) -> Word | None:
    """«в сети», «по сети»: the network a crime was done in is the internet; not «в сети
    магазинов» (a chain), whose noun follows."""
    for k, w in enumerate(found[1:], 1):
        if w.lemma != "сеть" or found[k - 1].text.lower() not in _IN:
            continue
        nxt = found[k + 1] if k + 1 < len(found) else None
        if (
            nxt is None
            or nxt.start - w.end > 1
            or nxt.pos != "NOUN"
            or INTERNET_SCOPE.matches_word(nxt)
        ):
            return w
    return None


_IN = frozenset(("в", "во", "по"))


def decide_scope(ctx: NumberContext, *, last_scope: str = "") -> str:
    """The scope of an aggregate figure: internet fraud, cybercrime, fraud in general or unknown.

    The words of its clause decide first, then those of its sentence (:func:`stated_scope`);
    nothing of these gives ``unknown``. A part («из них N», «в том числе N») of a whole of
    ``whole_scope`` committed by internet means (cybercrime or internet fraud) that counts fraud
    is internet fraud («18 тысяч IT-преступлений, из них 9,4 тысячи – мошенничества»), so is a
    part of fraud committed by internet means («2 036 мошенничеств, в том числе 1 412 – с
    использованием информационных технологий»), and a part of internet fraud that does not say
    what it counts. A count that
    points back («таких преступлений», «их было 244») counts what the sentences before named;
    fraud pointed back at («осындай алаяқтықтың 97 дерегі», «97 подобных мошенничеств») is
    internet fraud when the sentence before tells of internet fraud.

    Examples
    --------
    >>> ws = words("Зарегистрировано 300 фактов мошенничества")
    >>> decide_scope(NumberContext("300", 17, 20, 300, None, False, before=ws[:1],
    ...                            after=ws[1:], sentence=ws))
    'all_fraud'

    A whole a part is taken of («Из N … M – интернет-мошенничества») is read by its own words
    only, up to the part's number (``own_after``). ``last_scope`` is the scope of the aggregate
    read before: the whole of a part, and what a figure that restates it for a year earlier
    counts when its own clause names nothing («568 фактам мошенничества (АППГ – 390), из них
    через интернет …»).
    """
    whole_scope = last_scope if ctx.opens_part else ""
    restated_scope = last_scope if _restates_the_last(ctx) else ""
    # a whole's own words end where its part begins: «Из 1 245 фактов мошенничества 980 –
    # интернет-мошенничества», «1 245 алаяқтық дерегінің 980-і интернет арқылы» (all fraud)
    after = _before_a_part(ctx.own_after if ctx.after_from or ctx.whole else ctx.after, ctx.end)
    scope = "unknown"
    for found in (ctx.before[-8:] + after[:8] + _participle_phrase(ctx, after), ctx.sentence):
        found = _outside_units_names(found)
        scope = stated_scope(found, counted=after[:2]) or restated_scope or "unknown"
        if scope != "unknown":
            break
    if scope == "unknown" and SCOPE_POINTERS.first(ctx.before[-5:] + after[:3]):
        # «таких преступлений», «их было 244»: what the sentences before named
        scope = stated_scope(ctx.story) or "unknown"
    own = ctx.before[-5:] + after[:3]
    if ANAPHORIC.first(own) and stated_scope(own) == "all_fraud":
        # «Облыста биыл осындай алаяқтықтың 97 дерегі», «97 подобных мошенничеств»: fraud of the
        # kind the sentence before told of, internet fraud when it says so
        scope = "internet_fraud" if stated_scope(ctx.story) == "internet_fraud" else scope
    carried = bool(ctx.label_kind and (ctx.header or ctx.item_role))
    counted = bool(ctx.own_after) and CASE_NOUNS.matches_word(ctx.own_after[0])
    if scope == "unknown" and carried and not counted:
        # «… 9 870 фактов интернет-мошенничества. Распределение по регионам:\n— Алматы: 1 947»:
        # an item with no noun of its own under a heading counts what the heading names, else
        # what the count before did
        scope = stated_scope(ctx.header) or last_scope or "unknown"
    if scope == "unknown" and ctx.quantity:
        # «Число интернет-мошенничеств выросло в 40 раз. В частности, с 517 до 20,5 тысячи»: a
        # change's end counts what the quantity that changed is of
        noun = ctx.quantity[-1]
        named = [w for w in ctx.story + ctx.sentence if w.end <= noun.end][-3:]
        scope = stated_scope(named) or "unknown"
    if scope in ("all_fraud", "cybercrime") and _fraud_kind_of_cybercrime(ctx):
        return "internet_fraud"  # «… киберпреступлениями являются мошенничества (1818)»
    if scope == "all_fraud" and whole_scope in ("cybercrime", "internet_fraud"):
        return "internet_fraud"  # the fraud part of crimes by internet means
    if scope == "cybercrime" and whole_scope == "all_fraud":
        # the part of fraud done by internet means: «2 036 мошенничеств, в том числе 1 412 – с
        # использованием информационных технологий»
        return "internet_fraud"
    if scope == "unknown" and whole_scope == "internet_fraud":
        return "internet_fraud"  # a part of internet fraud
    return scope


#: Nouns of a police unit, named for what it fights: «управление по противодействию
#: киберпреступности», «отдел по борьбе с киберпреступлениями».
_UNITS = frozenset(("управление", "департамент", "отдел", "служба", "подразделение", "центр"))
_FIGHTING = frozenset(("противодействие", "борьба"))


def _outside_units_names(found: list[Word]) -> list[Word]:
    """``found`` without the name of a police unit: «По словам начальника управления по
    противодействию киберпреступности, зарегистрировано 712 заявлений» counts no cybercrime;
    the unit speaks.

    Examples
    --------
    >>> ws = words("начальника управления по противодействию киберпреступности, зарегистрировано")
    >>> [w.text for w in _outside_units_names(ws)]
    ['начальника', 'управления', 'зарегистрировано']
    """
    kept, skip = [], 0
    for k, w in enumerate(found):
        if skip:
            skip -= 1
            continue
        if (
            w.lemma in _UNITS
            and k + 2 < len(found)
            and found[k + 1].text.lower() == "по"
            and found[k + 2].lemma in _FIGHTING
        ):
            kept.append(w)
            # «по противодействию киберпреступности», «по борьбе с киберпреступлениями»
            skip = 4 if found[k + 3 : k + 4] and found[k + 3].text.lower() in ("с", "со") else 3
            continue
        kept.append(w)
    return kept


def _fraud_kind_of_cybercrime(ctx: NumberContext) -> bool:
    """Whether the sentence names fraud as what the crimes by internet means it speaks of were,
    right before the number: «Самыми распространёнными киберпреступлениями являются
    мошенничества (1818)», «Большинство преступлений, совершённых с использованием ИТТ,
    составляют мошенничества (848)», «Из … дистанционных хищений случаи мошенничества составляют
    около 15 тысяч»."""
    before = ctx.sentence_before
    reach = range(len(before) - 1, max(len(before) - _KIND_REACH, 0) - 1, -1)
    verb = next((k for k in reach if KIND_VERBS.matches_word(before[k])), None)
    if verb is None:
        return False
    fraud = [
        k
        for k in (verb - 1, verb + 1)
        if 0 <= k < len(before) and FRAUD_NOUNS.matches_word(before[k])
    ]
    # the fraud word beside the verb, the number right after them («… мошенничества (848»)
    if not fraud or len(before) - 1 - max(verb, fraud[0]) > _KIND_GAP:
        return False
    return stated_scope(before[: min(verb, fraud[0])]) == "cybercrime"


#: How far back the verb may be, and how many words («около») between it and the number.
_KIND_REACH, _KIND_GAP = 6, 2


def _before_a_part(after: list[Word], end: int) -> list[Word]:
    """The words after a number (ending at ``end``) up to a part of it: «568 фактам
    мошенничества (АППГ – 390), из них с использованием сотовой связи … 235»: the means are the
    part's, not the whole's; but in «9,4 тысячи из них – мошенничества» the number is the part."""
    lowered = [w.text.lower() for w in after]
    for k in range(len(after)):
        if part_opener_at(lowered, k, one_word=False):
            return after[:k] if k or after[0].start - end > 1 else after
    return after


def _restates_the_last(ctx: NumberContext) -> bool:
    """Whether a figure restates the aggregate right before it in its sentence for a year
    earlier: a few words with a year-earlier phrase between («568 фактам мошенничества (АППГ –
    390)», «…, за аналогичный период прошлого года – 390»)."""
    between = " ".join(w.text for w in ctx.before)
    return (
        ctx.previous in AGGREGATE_ROLES
        and len(ctx.before) <= _RESTATED_WORDS
        and YEAR_EARLIER_RE.search(between) is not None
    )


#: How many words may stand between a year-earlier figure and the one it restates.
_RESTATED_WORDS = 10


def _participle_phrase(ctx: NumberContext, after: list[Word]) -> list[Word]:
    """The participle phrase, past the comma that ends the number's clause, that says what the
    counted crimes were («843 факта мошенничества, совершённых через интернет»), up to 5 words."""
    last = after[-1].end if after else ctx.end
    rest = [w for w in ctx.sentence if w.start >= last]
    if not rest or rest[0].start - last > 3 or not may_be_participle(rest[0].text):
        return []
    return rest[:5]


def text_scopes(text: str) -> set[str]:
    """The scopes the sentences of ``text`` that speak of an offence state (:func:`stated_scope`).

    A sentence with no word of crime, fraud or their doers («Будьте бдительны при покупках в
    интернете») states no scope.

    Examples
    --------
    >>> sorted(text_scopes("Жертвами интернет-мошенников стали 197 жителей. Ущерб — 76 млн. "
    ...                    "Не переходите по ссылкам в интернете."))
    ['internet_fraud']
    """
    sentences = (_outside_units_names(words(text, a, b)) for a, b in sentence_spans(text))
    return {stated_scope(found) for found in sentences if OFFENCE.first(found)} - {""}
