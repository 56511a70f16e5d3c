"""Money that came onto an account: received, not lost.

«На счет астраханки неожиданно поступило 40 тысяч рублей», «на его счет падает миллион
рублей», «оның шотына 2 миллион теңге түскен»: the sum arrived on someone's account, and no one
lost it there. Money that came onto the fraudsters' or their helpers' accounts («на счета
мошенников поступило 5 млн», «алаяқтардың шотына түскен») is what the victims lost, and stays
a loss.
"""

from __future__ import annotations

from . import cues
from .lemmas import Word
from .matchers import ARREST, DAMAGE, OFFENDER_NOUNS, RECOVERED, CueSet, first_cue

__all__ = ["credited"]

_CREDITED = CueSet(cues.CREDITED)
_ACCOUNTS = CueSet(cues.ACCOUNT_WORDS)
_MULES = CueSet(cues.MULE_WORDS)
#: The words before a Russian account word that put money onto it: «на счет», «на его счет».
_ONTO = ("на", "его", "её", "ее", "их")
#: How many words around an account word may name its owner («на счет астраханки», «на счета
#: подставных лиц», «оның шотына»).
_OWNER_WORDS = 3


def credited(before: list[Word], after: list[Word]) -> list[str]:
    """The verb and account word that make a sum money credited to someone's account, or ``[]``.

    Parameters
    ----------
    before, after : list of Word
        The words of the clause before the sum and the few after it.

    Returns
    -------
    list of str
        The verb of arriving and the account word; empty when no sum came onto an account
        here, when the account is the fraudsters' or their helpers', or when the words after
        tell the money was then lost («…, которые она затем перевела»).

    Examples
    --------
    >>> from fraud_research.text.lemmas import words
    >>> credited(words("На счет астраханки неожиданно поступило"), words("рублей."))
    ['поступило', 'счет']
    >>> credited(words("На счета мошенников поступило"), words("рублей."))
    []
    """
    words = before + after
    verb = first_cue(_CREDITED, words)
    if not verb or first_cue(RECOVERED, words):
        return []  # money returned onto a victim's account is recovered, read elsewhere
    if any(DAMAGE.matches_word(w) and w.pos != "INFN" for w in after):
        return []  # «поступило 40 тысяч, которые она затем перевела»: then lost
    for k, w in enumerate(words):
        russian = _ACCOUNTS.matches_word(w) and k > 0 and words[k - 1].text.lower() in _ONTO
        if not (russian or w.text.lower() in cues.KAZAKH_ACCOUNT_DATIVES):
            continue
        owner = words[max(0, k - _OWNER_WORDS) : k + _OWNER_WORDS + 1]
        if OFFENDER_NOUNS.first(owner) or ARREST.first(owner) or _MULES.first(owner):
            return []  # the fraudsters' account: what came there was taken from the victims
        return [*verb, w.text]
    return []
