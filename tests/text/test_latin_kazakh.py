"""Kazakh published in the Latin alphabet reads as the same text in Cyrillic, quoted as published."""

import generated
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from spoilers import kazakh_in_latin

from fraud_research.text import extract_figures, propose_records, read_numbers
from fraud_research.text.latin_kazakh import latin_alphabet
from fraud_research.text.plain_text import plain_text

KAZAKH_LEADS = list(generated.lead_sentences("kk"))
#: A release of the West Kazakhstan police as Kazinform's Latin version printed it (quotes of
#: data/figures.csv, 2018 alphabet).
WEST_KAZAKHSTAN = (
    "Batys Qazaqstan oblysynda jyl basynan beri 564 ınternet-alaıaqtyq deregi tirkeldi. "
    "Jábirlenýshilerge keltirilgen jalpy zalal kólemi 1 mlrd 800 mln teńgeden asty."
)


@settings(max_examples=120, deadline=None)
@given(st.sampled_from(KAZAKH_LEADS), st.sampled_from(["2018", "2021"]))
def test_a_kazakh_lead_in_latin_gives_the_figures_of_its_cyrillic_text(case, alphabet):
    text, _ = case
    latin = kazakh_in_latin(text, alphabet)
    columns = ["metric", "value", "qualifier", "currency", "scheme"]
    cyrillic, found = extract_figures(text), extract_figures(latin)
    assert found[columns].values.tolist() == cyrillic[columns].values.tolist(), latin
    for (start, end), (s, e), sentence in zip(
        cyrillic[["start", "end"]].values,
        found[["start", "end"]].values,
        found["sentence"],
        strict=True,
    ):
        # the spans point at the same number phrase, spelt as the Latin text spells it
        assert latin[s:e] == kazakh_in_latin(text[start:end], alphabet)
        assert sentence in latin  # quoted as published, not as respelt


def test_a_release_in_the_2018_alphabet_is_read_and_quoted_as_published():
    numbers = read_numbers(WEST_KAZAKHSTAN)
    assert numbers[["value", "role", "qualifier", "currency"]].values.tolist() == [
        [564, "cases_total", "exact", ""],
        [1_800_000_000, "damage_total", "at_least", "KZT"],
    ]
    assert numbers["sentence"].tolist() == [
        "Batys Qazaqstan oblysynda jyl basynan beri 564 ınternet-alaıaqtyq deregi tirkeldi.",
        "Jábirlenýshilerge keltirilgen jalpy zalal kólemi 1 mlrd 800 mln teńgeden asty.",
    ]
    assert (
        WEST_KAZAKHSTAN[slice(*numbers.loc[1, ["start", "end"]])] == "1 mlrd 800 mln teńgeden asty"
    )
    proposal = propose_records(
        WEST_KAZAKHSTAN, place="west_kazakhstan", source_url="https://example.kz/a", year=2025,
        period_kind="year_to_date", published="2025-10-01",
    )  # fmt: skip
    assert proposal[["metric", "value", "language"]].values.tolist() == [
        ["cases_registered", 564, "kk-latn"],
        ["damage_kzt", 1_800_000_000, "kk-latn"],
    ]
    assert proposal["quote"].tolist() == [
        "Batys Qazaqstan oblysynda jyl basynan beri 564 ınternet-alaıaqtyq deregi tirkeldi",
        "Jábirlenýshilerge keltirilgen jalpy zalal kólemi 1 mlrd 800 mln teńgeden asty",
    ]


@pytest.mark.parametrize(
    ("word", "alphabet", "cyrillic"),
    [
        ("boıynsha", "2018", "бойынша"),  # «ı» after a vowel is й
        ("tirkeldi", "2018", "тіркелді"),
        ("alaıaqtyqtyń", "2018", "алаяқтықтың"),  # «ıa» after a vowel is я
        ("mıllıard", "2018", "миллиард"),  # after a consonant it is и and а
        ("kompanııanyń", "2018", "компанияның"),
        ("medıtsınadan", "2018", "медицинадан"),  # «ts» before «ı» is ц
        ("aıtsa", "2018", "айтса"),
        ("Ishki", "2018", "Ішкі"),  # the capital «I» is І unless that spells no Kazakh word
        ("Internet", "2018", "Интернет"),
        ("myńdaı", "2018", "мыңдай"),
        ("teñgesınen", "2021", "теңгесінен"),
        ("aiyrylğan", "2021", "айырылған"),
        ("Işkı", "2021", "Ішкі"),  # 2021: «I ı» is і, «İ i» is и and й
        ("İnternet", "2021", "Интернет"),
        ("Būryñğy", "2021", "Бұрыңғы"),
        ("aǧymdaǧy", "2021", "ағымдағы"),  # «ŋ» and «ǧ», written for «ñ» and «ğ»
        ("jyldyŋ", "2021", "жылдың"),
    ],
)
def test_latin_words_are_respelt_letter_by_letter(word, alphabet, cyrillic):
    text = f"{word} 843 jyl ı" if alphabet == "2018" else f"{word} 843 jyl ñ"
    assert latin_alphabet(text) == alphabet
    assert plain_text(text).text.split()[0] == cyrillic


@pytest.mark.parametrize(
    "text",
    [
        "Зарегистрировано 843 факта мошенничества в WhatsApp и Telegram, ущерб 1 млрд тенге.",
        "Police registered 843 internet fraud cases, a loss of 1.6 bn tenge.",
        # a Kazakh name in Latin letters inside a Russian text
        "Qazaqstan Respýblıkasy: 843 факта зарегистрировано в Туркестанской области за 2025 год.",
    ],
)
def test_russian_and_english_texts_are_not_respelt(text):
    plain = plain_text(text)
    assert (plain.text, plain.latin_source) == (text, None)


def test_addresses_and_english_words_in_a_latin_text_stay():
    text = (
        "843 alaıaqtyq deregi tirkeldi (WhatsApp, FaceID, call-ortalyq). QR Іshki ister "
        "mınıstrligi. Tolyǵyraq: https://qamshy.kz/news/alaıaqtyq"
    )
    assert plain_text(text).text == (
        "843 алаяқтық дерегі тіркелді (WhatsApp, FaceID, call-орталық). ҚР Ішкі істер "
        "министрлігі. Толығырақ: https://qamshy.kz/news/alaıaqtyq"
    )


def test_the_letters_eng_and_g_caron_are_read_as_the_2021_alphabet_letters():
    # astana-akshamy.kz writes ң and ғ as «ŋ» and «ǧ»: «myŋ» is a thousand, «myŋnan asyp» more
    text = (
        "Eger 2018 jyly 4 myŋ internet-alaiaqtyq tırkelse, aǧymdaǧy jyldyŋ 6 ai qorytyndysy "
        "boiynşa olardyŋ sany 5 myŋnan asyp ketkenın körıp otyrmyz."
    )
    frame = extract_figures(text)
    assert frame[["value", "qualifier"]].values.tolist() == [[4000, "rounded"], [5000, "at_least"]]
    assert frame["sentence"].str.contains("myŋ").all()  # quoted as published


@pytest.mark.parametrize(
    "text",
    [
        "Jyl basynan beri 18 myń qylmys tirkelgen. Sonyń 16-18 protsenti ǵana ashyldy.",
        "Jyl basynan berı 18 myñ qylmys tırkelgen. Sonyñ 16-18 protsentı ğana aşyldy.",
    ],
)
def test_a_russian_loan_with_ts_before_another_vowel_keeps_its_ts(text):
    # «protsenti» is «проценті» (per cent), though «ts» is ц only before «ı» elsewhere
    assert read_numbers(text)[["value", "role"]].values.tolist()[-2:] == [
        [16, "percent"],
        [18, "percent"],
    ]
