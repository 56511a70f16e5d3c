"""Read the labelled extraction corpus (``tests/data/extraction_corpus``) for tests and benchmarks.

One YAML file per outlet holds its passages; every number of a passage is labelled with
its role, value, qualifier, currency, scope, scheme, period and cue (see the corpus
``README.md``). ``split.yaml`` assigns each outlet to one split: ``development``,
``evaluation`` (looked at in round 1) or ``evaluation_N``, the held-out set of round N, scored once
at the end of its round and development from the next round on; the last of :data:`SPLITS` is
the frozen held-out set of the current round. These helpers load the files, find each
labelled number's span in its passage and list the passages of a split.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

import yaml

# the corpus is labelled with the package's own vocabularies
from fraud_research.dataset import QUALIFIERS  # noqa: F401
from fraud_research.text import AGGREGATE_ROLES, ROLES  # noqa: F401

CORPUS_DIR = Path(__file__).resolve().parents[1] / "data" / "extraction_corpus"
#: Texts written, not collected: blind test sets a helper who never saw the extractor wrote and
#: labelled by the corpus rules, once the stored pages were used up (see their ``README.md``).
WRITTEN_DIR = CORPUS_DIR.parent / "written_texts"

CURRENCIES = (
    None, "KZT", "RUB", "KGS", "UZS", "TJS", "BYN", "USD", "EUR", "UAH", "CNY", "AMD", "GEL",
    "AZN", "TMT",
)  # fmt: skip
SCOPES = (None, "internet_fraud", "all_fraud", "cybercrime", "unknown")
SCHEMES = (
    None,
    "impersonation_call",
    "prepayment",
    "fake_investment",
    "messenger_acquaintance",
    "lottery",
    "phishing",
    "online_loan",
    "other",
)
KINDS = ("aggregate", "single_case", "not_damage", "no_figure", "mixed")
LANGUAGES = ("ru", "kk")
#: The splits of ``split.yaml``, in order: ``evaluation`` was looked at in round 1 and counts
#: as development from round 2 on; ``evaluation_2`` is the held-out set of round 2 (scored at
#: the end of round 2, development from round 3 on); ``evaluation_3`` is the held-out set of
#: round 3 (scored at the end of round 3, development from round 4 on); ``evaluation_4`` is the
#: held-out set of round 4 (scored at the end of round 4, development from round 5 on);
#: ``evaluation_5`` is the held-out set of round 5 (scored at the end of round 5, development
#: from round 6 on); ``evaluation_6`` is the held-out set of round 6 (scored at the end of round 6,
#: development from round 7 on); ``evaluation_7`` is the held-out set of round 7 (scored at the
#: end of round 7, development from round 8 on); ``evaluation_8`` is the held-out set of round 8
#: (scored at the end of round 8, development from round 9 on); ``evaluation_9`` is the held-out
#: set of round 9 (scored at the end of round 9, development from round 10 on); ``evaluation_10``
#: is the held-out set of round 10 (scored at its end, development from round 11 on);
#: ``evaluation_11`` is the held-out set of round 11 (scored at its end, development from round
#: 12 on); ``evaluation_12`` is the held-out set of round 12 (scored at its end, development from
#: round 13 on); ``evaluation_13`` is the held-out set of round 13 (scored at its end, development
#: from round 14 on); ``evaluation_14`` is the held-out set of round 14 (scored at its end,
#: development from round 15 on); ``evaluation_15`` is the held-out set of round 15 (scored at its
#: end, development from round 16 on); ``evaluation_16`` is the held-out set of round 16 (scored at its
#: end, development from round 17 on); ``evaluation_17`` is the held-out set of round 17 (scored at its
#: end, development from round 18 on); ``evaluation_18`` is the held-out set of round 18 (scored at its
#: end, development from round 19 on); ``evaluation_19`` is the held-out set of round 19 (scored at its
#: end, development from round 20 on); ``evaluation_20`` is the held-out set of round 20 (scored at its
#: end, development from round 21 on); ``evaluation_21`` is the held-out set of round 21 (scored at its
#: end, development from round 22 on); ``evaluation_22`` is the held-out set of round 22 (scored at its
#: end, development from round 23 on); ``evaluation_23`` is the held-out set of round 23 (scored at its
#: end, development from round 24 on); ``evaluation_24`` is the held-out set of round 24 (scored at its
#: end, development from round 25 on); ``evaluation_25`` is the held-out set of round 25 (scored at its
#: end, development from round 26 on); ``evaluation_26`` is the held-out set of round 26 (scored at its
#: end, development from round 27 on); ``evaluation_27`` is the held-out set of round 27 (scored at its
#: end, development from round 28 on); ``evaluation_28`` is the held-out set of round 28 (scored at its
#: end, development from round 29 on); ``evaluation_29`` is the held-out set of round 29 (development
#: from round 30 on); ``evaluation_30`` is the held-out set of round 30 (development from round 31
#: on); ``evaluation_31`` is the held-out set of round 31 (development from round 32 on);
#: ``evaluation_32`` is the held-out set of round 32 (development from round 33 on);
#: ``evaluation_33`` is the held-out set of round 33 (development from round 34 on);
#: ``evaluation_34`` is the held-out set of round 34 (development from round 35 on);
#: ``evaluation_35`` is the held-out set of round 35 (development from round 36 on);
#: ``evaluation_36`` is the held-out set of round 36 (development from round 37 on);
#: ``evaluation_37`` is the held-out set of round 37 (development from round 38 on);
#: ``evaluation_38`` is the held-out set of round 38 (development from round 39 on);
#: ``evaluation_39`` is the held-out set of round 39 (development from round 40 on);
#: ``evaluation_40`` is the held-out set of round 40 (development from round 41 on);
#: ``evaluation_41`` is the held-out set of round 41 (development from round 42 on);
#: ``evaluation_42`` is the held-out set of round 42 (development from round 43 on);
#: ``evaluation_43`` is the held-out set of round 43 (development from round 44 on);
#: ``evaluation_44`` is the held-out set of round 44 (development from round 45 on);
#: ``evaluation_45`` is the held-out set of round 45 (development from round 46 on);
#: ``evaluation_46`` is the held-out set of round 46 (development from round 47 on);
#: ``evaluation_47`` is the held-out set of round 47 (development from round 48 on);
#: ``evaluation_48`` is the held-out set of round 48 (development from round 49 on);
#: ``evaluation_49`` is the held-out set of round 49 (development from round 50 on);
#: ``evaluation_50`` is the held-out set of round 50 (development from round 51 on);
#: ``evaluation_51`` is the held-out set of round 51 (development from round 52 on);
#: ``evaluation_52`` is the held-out set of round 52 (development from round 53 on);
#: ``evaluation_53`` is the held-out set of round 53 (development from round 54 on), drawn by page,
#: not by outlet: its passages are new pages of outlets already in the corpus and name their split
#: themselves; ``evaluation_54`` is the held-out set of round 54 (development from round 55 on),
#: drawn by page in the same way. ``evaluation_55`` is the held-out set of round 55 (development
#: from round 56 on), drawn by page in the same way, with one passage from an outlet new to the
#: corpus listed under it. ``evaluation_56`` is the held-out set of round 56 (development
#: from round 57 on), drawn by page in the same way from new pages of outlets already in the
#: corpus (its key lists no outlet). ``evaluation_57`` is the held-out set of round 57 (development
#: from round 58 on), drawn by page in the same way from new pages of outlets already in the corpus,
#: with one passage from an outlet new to the corpus listed under it. ``evaluation_58`` is the
#: held-out set of round 58 (development from round 59 on), drawn by page in the same way from new
#: pages of outlets already in the corpus, with one passage from an outlet new to the corpus listed
#: under it. ``evaluation_59`` is the held-out set of round 59 (development from round 60 on), drawn
#: by page in the same way from new pages of outlets already in the corpus only (its key lists no
#: outlet). ``evaluation_60`` is the held-out set of round 60 (development from round 61 on), drawn
#: by page in the same way from new pages of outlets already in the corpus, with one passage from an
#: outlet new to the corpus (rim.media) listed under it. ``evaluation_61`` is the held-out set of
#: round 61 (development from round 62 on), drawn by page in the same way from new pages of outlets
#: already in the corpus, with one passage from an outlet new to the corpus (samaratoday.ru) listed
#: under it. ``evaluation_62`` is the held-out set of round 62 (development from round 63 on), drawn by
#: page in the same way from new pages of outlets already in the corpus only (its key lists no outlet).
#: ``evaluation_63`` is the held-out set of round 63 (development from round 64 on), drawn by page in
#: the same way from new pages of outlets already in the corpus, with two passages from outlets new to
#: the corpus (kriminal78.ru and obltv.ru) listed under it. ``evaluation_64`` is the held-out set
#: of round 64 (development from round 65 on), drawn by page in the same way from new pages of outlets
#: already in the corpus, with three passages from two outlets new to the corpus (telegraf.news and
#: primepress.info) listed under it. ``evaluation_65`` is the held-out set of round 65 (development
#: from round 66 on), drawn by page in the same way from new pages of outlets already in the corpus,
#: with one passage from an outlet new to the corpus (bogoroditskievesti.ru) listed under it.
#: ``evaluation_66`` is the held-out set of round 66 (development from round 67 on), drawn by page in
#: the same way from new pages of outlets already in the corpus, with five passages from five outlets
#: new to the corpus (pressa53.ru, mosvedomosti.ru, ulanmedia.ru, mamontovo22.ru and uralpolit.ru)
#: listed under it. ``evaluation_67`` is the held-out set of round 67 (development from round 68 on),
#: drawn by page in the same way from new pages of outlets already in the corpus only (its key lists no
#: outlet). ``evaluation_68`` is the held-out set of round 68 (development from round 69 on), drawn by page
#: in the same way from new pages of outlets already in the corpus, with one passage from an outlet new to
#: the corpus (legalacademy.ru) listed under it. ``evaluation_69`` is the frozen held-out set of round 69,
#: drawn by page in the same way from new pages of outlets already in the corpus, with two passages from
#: two outlets new to the corpus (tvsamara.ru and yamal-news.net) listed under it. From round 70 on
#: ``evaluation_69`` is development data; ``evaluation_70`` is the frozen held-out set of round 70, drawn
#: by page in the same way from new pages of outlets already in the corpus, with four passages from four
#: outlets new to the corpus (tatarstan24.tv, bankiros.ru, wm-rb.net and finance.mail.ru) listed under it.
#: From round 71 on ``evaluation_70`` is development data; ``evaluation_71`` is the frozen held-out set of
#: round 71, drawn by page in the same way from new pages of outlets already in the corpus, with two
#: passages from two outlets new to the corpus (totdom.com and geoktb.ru) listed under it.
#: From round 72 on ``evaluation_71`` is development data; ``evaluation_72`` is the frozen held-out set of
#: round 72, drawn by page in the same way from new pages of outlets already in the corpus, with three
#: passages from three outlets new to the corpus (kbpravda.ru, inkazan.ru and prokrzn.ru) listed under it.
#: From round 73 on ``evaluation_72`` is development data; ``evaluation_73`` is the frozen held-out set of
#: round 73, drawn by page in the same way from new pages of outlets already in the corpus, with three
#: passages from three outlets new to the corpus (taurica.net, neperm.ru and pulse19.ru) listed under it.
#: From round 74 on ``evaluation_73`` is development data; ``evaluation_74`` is the frozen held-out set of
#: round 74, drawn by page in the same way from new pages of outlets already in the corpus, with three
#: passages from three outlets new to the corpus (sev.tv, pln24.ru and kemerovo-news.net) listed under it.
#: From round 75 on ``evaluation_74`` is development data; ``evaluation_75`` is the frozen held-out set of
#: round 75, drawn by page in the same way from new pages of outlets already in the corpus, with six
#: passages from six outlets new to the corpus (prikubanskieogni.ru, tkgorod.ru, gomel-sat.bz,
#: chinalogist.ru, biang.ru and elitetrader.ru) listed under it.
#: From round 76 on ``evaluation_75`` is development data; ``evaluation_76`` is the frozen held-out set of
#: round 76, drawn by page in the same way from new pages of outlets already in the corpus only (its key
#: lists no outlet).
#: From round 77 on ``evaluation_76`` is development data; ``evaluation_77`` is the frozen held-out set of
#: round 77, drawn by page in the same way from new pages of outlets already in the corpus only (its key
#: lists no outlet).
#: From round 78 on ``evaluation_77`` is development data; ``evaluation_78`` is the frozen held-out set of
#: round 78, drawn by page in the same way from new pages of outlets already in the corpus, with five passages
#: from five outlets new to the corpus (kursk-news.net, tversocium.ru, vesti53.com, silkway.news and
#: qazaqparat.kz) listed under it.
#: From round 79 on ``evaluation_78`` is development data; ``evaluation_79`` is the frozen held-out set of
#: round 79, drawn by page in the same way from new pages of outlets already in the corpus, with four passages
#: from four outlets new to the corpus (newsmosreg.ru, trk-bratsk.tv, voronezh-news.ru and
#: krasnoyarsk-news.ru) listed under it.
#: From round 80 on ``evaluation_79`` is development data; ``evaluation_80`` is the frozen held-out set of
#: round 80, drawn by page in the same way from new pages of outlets already in the corpus, with three passages
#: from three outlets new to the corpus (zpravda.ru, gorodnews.ru and koryazhma-poisk.ru) listed under it.
#: From round 81 on ``evaluation_80`` is development data; ``evaluation_81`` is the frozen held-out set of
#: round 81, drawn by page in the same way from new pages of outlets already in the corpus, with two passages
#: from two outlets new to the corpus (45region.net and val-zvezda31.ru) listed under it.
#: From round 82 on ``evaluation_81`` is development data; ``evaluation_82`` is the frozen held-out set of
#: round 82, drawn by page in the same way from new pages of outlets already in the corpus, with one passage
#: from one outlet new to the corpus (pravdaurfo.ru) listed under it.
#: From round 83 on ``evaluation_82`` is development data; ``evaluation_83`` is the frozen held-out set of
#: round 83, drawn by page in the same way from new pages of outlets already in the corpus, with no outlet
#: new to the corpus (the key lists none).
#: From round 84 on ``evaluation_83`` is development data; ``evaluation_84`` is the frozen held-out set of
#: round 84, drawn by page in the same way from new pages of outlets already in the corpus, with four passages
#: from four outlets new to the corpus (great-income.ru, lentv24.ru, allcrimea.net and forbes.ru) listed under it.
#: From round 85 on ``evaluation_84`` is development data; ``evaluation_85`` is the frozen held-out set of
#: round 85, drawn by page in the same way from new pages of outlets already in the corpus, with five passages
#: from five outlets new to the corpus (gig26.ru, gradm.ru, news-kuban.ru, bavly-tat.ru and pressreader.com)
#: listed under it.
#: From round 86 on ``evaluation_85`` is development data; ``evaluation_86`` is the frozen held-out set of
#: round 86, drawn by page in the same way from new pages of outlets already in the corpus, with three passages
#: from three outlets new to the corpus (telecon-tv.ru, newsvostok.ru and nizhnekamsk-rt.ru) listed under it.
#: From round 87 on ``evaluation_86`` is development data; ``evaluation_87`` is the frozen held-out set of
#: round 87, drawn by page in the same way from new pages of outlets already in the corpus, with two passages
#: from two outlets new to the corpus (chita-news.ru and vesti-k.ru) listed under it.
#: From round 88 on ``evaluation_87`` is development data; ``evaluation_88`` is the frozen held-out set of
#: round 88, drawn by page in the same way from new pages of outlets already in the corpus, with two passages
#: from two outlets new to the corpus (ng58.ru and yaroslavl-news.ru) listed under it.
#: From round 89 on ``evaluation_88`` is development data; ``evaluation_89`` is the frozen held-out set of
#: round 89, drawn by page in the same way from new pages of outlets already in the corpus, with one passage
#: from one outlet new to the corpus (mosregion.info) listed under it.
#: From round 90 on ``evaluation_89`` is development data; ``evaluation_90`` is the frozen held-out set of
#: round 90, drawn by page in the same way from new pages of outlets already in the corpus, with five passages
#: from five outlets new to the corpus (balasaguntimes.com, vechastana.kz, ushayka.ru, record-cult.ru and
#: vremya31.ru) listed under it.
#: From round 91 on ``evaluation_90`` is development data; ``evaluation_91`` is the frozen held-out set of
#: round 91, drawn by page in the same way from new pages of outlets already in the corpus, with eleven
#: passages from eleven outlets new to the corpus (klichew.by, islam.kz, adm-nao.ru, telegra.ph, qazcrypto.kz,
#: bankhys.ru, nalatty.com, abn.agency, aex.ru, dom13.ru and uznews.uz) listed under it.
#: From round 92 on ``evaluation_91`` is development data; ``evaluation_92`` is the frozen held-out set of
#: round 92, drawn by page in the same way from new pages of outlets already in the corpus, with three
#: passages from three outlets new to the corpus (nastroenie.tv, crypto-novosti.ru and ruwest.ru) listed under it.
#: From round 93 on ``evaluation_92`` is development data; ``evaluation_93`` is the frozen held-out set of
#: round 93, drawn by page in the same way from new pages of outlets already in the corpus, with two
#: passages from two outlets new to the corpus (zianzori.ru and xn--80ayif.xn--p1ai) listed under it.
#: From round 94 on ``evaluation_93`` is development data; ``evaluation_94`` is the frozen held-out set of
#: round 94, drawn by page in the same way from new pages of outlets already in the corpus, with three
#: passages from three outlets new to the corpus (tribuna.club, sportmail.ru and xn--90arfsrm.xn--p1ai)
#: listed under it.
#: From round 95 on ``evaluation_94`` is development data; ``evaluation_95`` is the frozen held-out set of
#: round 95, drawn by page in the same way from new pages of outlets already in the corpus, with five
#: passages from five outlets new to the corpus (ifin.ru, gazeta-star.ru, mayak1932.kz, detitambov.ru and
#: asbrf.ru) listed under it.
#: From round 96 on ``evaluation_95`` is development data; ``evaluation_96`` is the frozen held-out set of
#: round 96, drawn by page in the same way from new pages of outlets already in the corpus, with five
#: passages from five outlets new to the corpus (usinsk-news.ru, novosti-murmanskoy-oblasti.ru, gumvd.ru,
#: singlenews.ru and cq.ru) listed under it.
#: From round 97 on ``evaluation_96`` is development data; ``evaluation_97`` is the frozen held-out set of
#: round 97, drawn by page in the same way from new pages of outlets already in the corpus, with eleven
#: passages from eleven outlets new to the corpus (mmgp.ru, 36on.ru, spbvedomosti.ru, liter.kz, gazeta.spb.ru,
#: rodina.news, mostimes.com, enovosty.com, bki-okb.ru, mosaica.ru and plusworld.ru) listed under it.
#: From round 98 on ``evaluation_97`` is development data; ``evaluation_98`` is the frozen held-out set of
#: round 98, drawn by page in the same way from new pages of outlets already in the corpus, with five
#: passages from five outlets new to the corpus (018.kz, togliatti24.ru, itweek.ru, omportal.com and
#: kuluars.info) listed under it.
#: From round 99 on ``evaluation_98`` is development data; ``evaluation_99`` is the frozen held-out set of
#: round 99, drawn by page in the same way from new pages of outlets already in the corpus, with nine
#: passages from nine outlets new to the corpus (xn--80aaaa7ced.xn--p1ai, coronavirus-live.ru,
#: rossaprimavera.ru, mosvedi.ru, kibersec.ru, data-to-data.ru, alletf.ru, centerforpoliticsanalysis.ru and
#: rueconomics.ru) listed under it.
#: From round 100 on ``evaluation_99`` is development data; ``evaluation_100`` is the frozen held-out set of
#: round 100, drawn by page in the same way from new pages of outlets already in the corpus, with five passages
#: from five outlets new to the corpus (news-samara.ru, miloserdie.ru, doctorpiter.ru, news-kmv.ru and
#: inopressa.ru) listed under it.
#: From round 101 on ``evaluation_100`` is development data; ``evaluation_101`` is the frozen held-out set of
#: round 101, drawn by page in the same way from new pages of outlets already in the corpus, with three passages
#: from three outlets new to the corpus (itcrumbs.ru, globalcio.ru and myeconomy.ru) listed under it.
#: From round 102 on ``evaluation_101`` is development data; ``evaluation_102`` is the frozen held-out set of
#: round 102, drawn by page in the same way from new pages of outlets already in the corpus, with six passages
#: from six outlets new to the corpus (profinansi.com, cheb-live.ru, it-world.ru, rb.ru, runews24.ru and
#: 015.by) listed under it.
#: From round 103 on ``evaluation_102`` is development data; ``evaluation_103`` is the frozen held-out set of
#: round 103, drawn by page in the same way from new pages of outlets already in the corpus, with three passages
#: from three outlets new to the corpus (afk.kz, alatautv.kz and amur.life) listed under it.
#: From round 104 on ``evaluation_103`` is development data; ``evaluation_104`` is the frozen held-out set of
#: round 104, drawn by page in the same way from new pages of outlets already in the corpus, with six passages
#: from six outlets new to the corpus (stophish.ru, informpskov.ru, stroysar.ru, astrakhan.su, sarinform.ru and
#: ehonews.kz) listed under it.
#: From round 105 on ``evaluation_104`` is development data; ``evaluation_105`` is the frozen held-out set of
#: round 105, drawn by page in the same way from new pages of outlets already in the corpus, with four passages
#: from four outlets new to the corpus (metronews.ru, trc33.ru, tvernews.ru and takiedela.ru) listed under it.
#: From round 106 on ``evaluation_105`` is development data; ``evaluation_106`` is the frozen held-out set of
#: round 106, drawn by page in the same way from new pages of outlets already in the corpus only (its key lists
#: no outlet).
SPLITS = (
    "development",
    "evaluation",
    "evaluation_2",
    "evaluation_3",
    "evaluation_4",
    "evaluation_5",
    "evaluation_6",
    "evaluation_7",
    "evaluation_8",
    "evaluation_9",
    "evaluation_10",
    "evaluation_11",
    "evaluation_12",
    "evaluation_13",
    "evaluation_14",
    "evaluation_15",
    "evaluation_16",
    "evaluation_17",
    "evaluation_18",
    "evaluation_19",
    "evaluation_20",
    "evaluation_21",
    "evaluation_22",
    "evaluation_23",
    "evaluation_24",
    "evaluation_25",
    "evaluation_26",
    "evaluation_27",
    "evaluation_28",
    "evaluation_29",
    "evaluation_30",
    "evaluation_31",
    "evaluation_32",
    "evaluation_33",
    "evaluation_34",
    "evaluation_35",
    "evaluation_36",
    "evaluation_37",
    "evaluation_38",
    "evaluation_39",
    "evaluation_40",
    "evaluation_41",
    "evaluation_42",
    "evaluation_43",
    "evaluation_44",
    "evaluation_45",
    "evaluation_46",
    "evaluation_47",
    "evaluation_48",
    "evaluation_49",
    "evaluation_50",
    "evaluation_51",
    "evaluation_52",
    "evaluation_53",
    "evaluation_54",
    "evaluation_55",
    "evaluation_56",
    "evaluation_57",
    "evaluation_58",
    "evaluation_59",
    "evaluation_60",
    "evaluation_61",
    "evaluation_62",
    "evaluation_63",
    "evaluation_64",
    "evaluation_65",
    "evaluation_66",
    "evaluation_67",
    "evaluation_68",
    "evaluation_69",
    "evaluation_70",
    "evaluation_71",
    "evaluation_72",
    "evaluation_73",
    "evaluation_74",
    "evaluation_75",
    "evaluation_76",
    "evaluation_77",
    "evaluation_78",
    "evaluation_79",
    "evaluation_80",
    "evaluation_81",
    "evaluation_82",
    "evaluation_83",
    "evaluation_84",
    "evaluation_85",
    "evaluation_86",
    "evaluation_87",
    "evaluation_88",
    "evaluation_89",
    "evaluation_90",
    "evaluation_91",
    "evaluation_92",
    "evaluation_93",
    "evaluation_94",
    "evaluation_95",
    "evaluation_96",
    "evaluation_97",
    "evaluation_98",
    "evaluation_99",
    "evaluation_100",
    "evaluation_101",
    "evaluation_102",
    "evaluation_103",
    "evaluation_104",
    "evaluation_105",
    "evaluation_106",
)
#: Roles whose numbers are money (as ``fraud_research.text.role_names.MONEY_ROLES``, written out
#: here because ``benchmarks/extraction_accuracy.py --revisions`` loads this corpus with the code
#: of earlier revisions, which have no such name; ``test_extraction_corpus.py`` checks they agree).
MONEY_ROLES = ("damage_total", "damage_scheme", "single_case_loss", "recovered", "prevented")
#: Roles that become proposed records: aggregate cases and aggregate damage.


@dataclass
class Passage:
    """One labelled passage, with its outlet, country and split."""

    id: str
    outlet: str
    country: str
    split: str
    url: str
    language: str
    kind: str
    text: str
    numbers: list[dict] = field(default_factory=list)
    #: the publication date (ISO), when the page gives one: the reference of «в прошлом году»
    published: str | None = None


def occurrences(text: str, needle: str) -> list[int]:
    """Start offsets of ``needle`` in ``text`` not glued to another digit (or letter).

    A match that starts or ends with a digit must not continue a number («12» in «312»,
    «1,2»); one that starts or ends with a letter must not continue a word. A line break
    parts two numbers: a list number opening a line is found after a line ending in a digit.

    Examples
    --------
    >>> occurrences("12 и 312 и 12,5 и 12", "12")
    [0, 18]
    >>> occurrences("Орал: 1 206\\n3. Ақсай: 91", "3")
    [12]
    """
    out, i = [], text.find(needle)
    while i >= 0:
        j = i + len(needle)
        glued = (
            (needle[0].isdigit() and re.search(r"\d[.,]?\Z", text[max(0, i - 2) : i]))
            or (needle[-1].isdigit() and re.match(r"[.,]?\d", text[j : j + 2]))
            or (needle[0].isalpha() and i > 0 and text[i - 1].isalpha())
            or (needle[-1].isalpha() and j < len(text) and text[j].isalpha())
        )
        if not glued:
            out.append(i)
        i = text.find(needle, i + 1)
    return out


def number_span(passage: Passage, number: dict) -> tuple[int, int] | None:
    """The ``(start, end)`` of a labelled number in its passage, or None if not found."""
    found = occurrences(passage.text, number["text"])
    k = number.get("occurrence", 1)
    if len(found) < k:
        return None
    return found[k - 1], found[k - 1] + len(number["text"])


_SAFE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def outlet_files(corpus_dir: Path = CORPUS_DIR) -> list[Path]:
    """The outlet files of the corpus, sorted by name."""
    return sorted(p for p in corpus_dir.glob("*.yaml") if p.name != "split.yaml")


def load_split(corpus_dir: Path = CORPUS_DIR) -> dict[str, list[str]]:
    """``split.yaml``: the outlets of each split."""
    return yaml.safe_load((corpus_dir / "split.yaml").read_text(encoding="utf-8"))


def load_outlets(corpus_dir: Path = CORPUS_DIR) -> dict[str, dict]:
    """Every outlet file, loaded, by outlet name."""
    outlets = {}
    for path in outlet_files(corpus_dir):
        # libyaml's safe loader reads the same documents six times faster: the suite loads
        # the corpus once per split
        doc = yaml.load(path.read_text(encoding="utf-8"), Loader=_SAFE_LOADER)
        outlets[doc["outlet"]] = doc
    return outlets


def passage_split(passage: dict, outlet_split: str) -> str:
    """The split of one passage: its own ``split`` if it names one, else its outlet's.

    The corpus is split by outlet. Once the stored pages held no more new outlets with
    figures, a held-out set could still be drawn from *new pages* of outlets already in
    the corpus; such a passage names its held-out split itself, so it is scored with that
    set and not with its outlet's split.

    Examples
    --------
    >>> passage_split({"id": "x-01"}, "development")
    'development'
    >>> passage_split({"id": "x-02", "split": "evaluation_53"}, "development")
    'evaluation_53'
    """
    return passage.get("split") or outlet_split


def load_passages(split: str | None = None, corpus_dir: Path = CORPUS_DIR) -> list[Passage]:
    """The passages of one split (a name of :data:`SPLITS`) or, with ``split=None``, of all outlets."""
    split_of = {o: s for s, names in load_split(corpus_dir).items() for o in names}
    passages = []
    for name, doc in load_outlets(corpus_dir).items():
        for p in doc["passages"]:
            # a held-out set of new pages on outlets already in the corpus names its split on
            # each passage (see :func:`passage_split`)
            own = passage_split(p, split_of.get(name, ""))
            if split is not None and own != split:
                continue
            passages.append(
                Passage(
                    id=p["id"],
                    outlet=name,
                    country=doc["country"],
                    split=own,
                    url=p.get("url") or "",
                    language=p["language"],
                    kind=p["kind"],
                    text=p["text"],
                    numbers=list(p["numbers"]),
                    published=str(p["published"]) if p.get("published") else None,
                )
            )
    return passages


def field_problems(passage: Passage) -> list[str]:
    """Labels of one passage whose fields are not in the closed lists, or that lack what their role needs."""
    out = [] if passage.kind in KINDS and passage.language in LANGUAGES else ["kind or language"]
    for n in passage.numbers:
        if not (
            n["role"] in ROLES
            and n["qualifier"] in QUALIFIERS
            and n["currency"] in CURRENCIES
            and n["scope"] in SCOPES
            and n["scheme"] in SCHEMES
        ):
            out.append(f"not in the closed lists: {n}")
        if n["role"] in MONEY_ROLES and n["currency"] is None:
            out.append(f"money without currency: {n}")
        if n["role"] in AGGREGATE_ROLES and n["scope"] is None:
            out.append(f"aggregate figure without scope: {n}")
        if n["role"].endswith("_scheme") and n["scheme"] is None:
            out.append(f"scheme figure without scheme: {n}")
    return out


def span_problems(passage: Passage) -> list[str]:
    """Labelled numbers or cues not found in their passage, and spans labelled twice."""
    out, spans = [], []
    for n in passage.numbers:
        span = number_span(passage, n)
        if span is None:
            out.append(f"{n['text']!r} (occurrence {n.get('occurrence', 1)}) not found")
        else:
            spans.append(span)
        if n["cue"] is not None and n["cue"] not in passage.text:
            out.append(f"cue {n['cue']!r} not in the passage")
    if len(set(spans)) != len(spans):
        out.append("two numbers label the same span")
    return out


def loose_digits(passage: Passage) -> list[str]:
    """The surroundings of every digit of a passage that lies in no labelled number."""
    spans = [number_span(passage, n) for n in passage.numbers]
    return [
        passage.text[max(0, m.start() - 20) : m.start() + 20]
        for m in re.finditer(r"\d", passage.text)
        if not any(s is not None and s[0] <= m.start() < s[1] for s in spans)
    ]
