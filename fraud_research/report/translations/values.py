"""The reader's words for coded values: qualifiers, directions, verdicts."""

from __future__ import annotations

#: Reader-facing words for coded values (qualifiers, kinds of rate, directions).
VALUE_LABELS: dict[str, dict[str, str]] = {
    "exact": {"en": "exact", "ru": "точно", "kk": "нақты"},
    "at_least": {"en": "at least", "ru": "не менее", "kk": "кемінде"},
    "at_most": {"en": "at most", "ru": "не более", "kk": "көп дегенде"},
    "approx": {"en": "about", "ru": "около", "kk": "шамамен"},
    "rounded": {"en": "rounded", "ru": "округлено", "kk": "дөңгелектенген"},
    "approx_at_least": {"en": "at least about", "ru": "не менее примерно", "kk": "шамамен кемінде"},
    "approx_at_most": {
        "en": "at most about",
        "ru": "не более примерно",
        "kk": "шамамен көп дегенде",
    },
    "indeterminate": {"en": "roughly", "ru": "примерно", "kk": "шамамен"},
    # A figure computed from published ones (an average loss): never "as printed".
    "derived_exact": {"en": "derived", "ru": "расчётное", "kk": "есептелген"},
    "derived_approx": {
        "en": "derived, about",
        "ru": "расчётное, около",
        "kk": "есептелген, шамамен",
    },
    "derived_at_least": {
        "en": "derived, at least",
        "ru": "расчётное, не менее",
        "kk": "есептелген, кемінде",
    },
    "derived_at_most": {
        "en": "derived, at most",
        "ru": "расчётное, не более",
        "kk": "есептелген, көп дегенде",
    },
    "derived_approx_at_least": {
        "en": "derived, at least about",
        "ru": "расчётное, не менее примерно",
        "kk": "есептелген, шамамен кемінде",
    },
    "derived_approx_at_most": {
        "en": "derived, at most about",
        "ru": "расчётное, не более примерно",
        "kk": "есептелген, шамамен көп дегенде",
    },
    "derived_indeterminate": {
        "en": "derived, roughly",
        "ru": "расчётное, примерно",
        "kk": "есептелген, шамамен",
    },
    "lower bound": {"en": "lower bound", "ru": "нижняя граница", "kk": "төменгі шек"},
    "upper bound": {"en": "upper bound", "ru": "верхняя граница", "kk": "жоғарғы шек"},
    "approximate": {"en": "approximate", "ru": "приблизительно", "kk": "шамамен"},
    "above": {"en": "above", "ru": "выше", "kk": "жоғары"},
    "below": {"en": "below", "ru": "ниже", "kk": "төмен"},
    "similar": {"en": "not distinguishable", "ru": "не отличается", "kk": "айырмашылық жоқ"},
    "undetermined": {"en": "undetermined", "ru": "не определено", "kk": "анықталмаған"},
    "over": {"en": "over-represented", "ru": "доля выше", "kk": "үлесі жоғары"},
    "under": {"en": "under-represented", "ru": "доля ниже", "kk": "үлесі төмен"},
    "rising": {"en": "rising", "ru": "рост", "kk": "өсу"},
    "falling": {"en": "falling", "ru": "снижение", "kk": "төмендеу"},
    "no clear trend": {"en": "no clear trend", "ru": "явного тренда нет", "kk": "айқын үрдіс жоқ"},
    "too early to say": {
        "en": "too early to say",
        "ru": "делать выводы рано",
        "kk": "қорытынды жасауға ерте",
    },
    # issue 11: denominators, bounds and funnel flags
    "mid_year_mean": {
        "en": "mid-year population (mean of 1 January of the year and the next)",
        "ru": "среднегодовое население (среднее на 1 января года и следующего)",
        "kk": "орташа жылдық халық (жыл мен келесі жылдың 1 қаңтарындағы орташа)",
    },
    "start_of_year": {
        "en": "population on 1 January of the year",
        "ru": "население на 1 января года",
        "kk": "жылдың 1 қаңтарындағы халық",
    },
    "start_of_next_year": {
        "en": "population on 1 January of the next year",
        "ru": "население на 1 января следующего года",
        "kk": "келесі жылдың 1 қаңтарындағы халық",
    },
    "within_year": {
        "en": "population dated within the year",
        "ru": "население на дату внутри года",
        "kk": "жыл ішіндегі күнгі халық",
    },
    "year_only": {
        "en": "undated population of the year",
        "ru": "население без даты",
        "kk": "күні жоқ халық",
    },
    "lower": {"en": "lower bound only", "ru": "только нижняя граница", "kk": "тек төменгі шек"},
    "upper": {"en": "upper bound only", "ru": "только верхняя граница", "kk": "тек жоғарғы шек"},
    "above_998": {
        "en": "above the 99.8% limit",
        "ru": "выше границы 99,8%",
        "kk": "99,8% шегінен жоғары",
    },
    "above_95": {"en": "above the 95% limit", "ru": "выше границы 95%", "kk": "95% шегінен жоғары"},
    "within": {"en": "within the limits", "ru": "в пределах границ", "kk": "шектер ішінде"},
    "below_95": {"en": "below the 95% limit", "ru": "ниже границы 95%", "kk": "95% шегінен төмен"},
    "below_998": {
        "en": "below the 99.8% limit",
        "ru": "ниже границы 99,8%",
        "kk": "99,8% шегінен төмен",
    },
    "bound_undetermined": {
        "en": "undetermined: the count is a lower bound",
        "ru": "не определено: число — нижняя граница",
        "kk": "анықталмаған: сан — төменгі шек",
    },
    "definition_note": {
        "en": "definition differs (see note)",
        "ru": "определение отличается (см. примечание)",
        "kk": "анықтама өзгеше (ескертпені қараңыз)",
    },
}


#: The word written before a number printed with each qualifier ("" for exact figures).
QUALIFIER_PREFIXES: dict[str, dict[str, str]] = {
    "exact": {"en": "", "ru": "", "kk": ""},
    "at_least": VALUE_LABELS["at_least"],
    "at_most": VALUE_LABELS["at_most"],
    "approx": VALUE_LABELS["approx"],
    "rounded": VALUE_LABELS["approx"],
    "approx_at_least": VALUE_LABELS["approx_at_least"],
    "approx_at_most": VALUE_LABELS["approx_at_most"],
    "indeterminate": VALUE_LABELS["indeterminate"],
}

#: The trend models compared in the region report, by their code in ``fit_trend``'s table.
VALUE_LABELS.update(
    {
        "naive": {
            "en": "naive (last year)",
            "ru": "наивная (последний год)",
            "kk": "қарапайым (соңғы жыл)",
        },
        "drift": {"en": "drift", "ru": "со сносом", "kk": "дрейфті"},
        "poisson": {"en": "Poisson", "ru": "пуассоновская", "kk": "пуассондық"},
        "quasi_poisson": {
            "en": "quasi-Poisson",
            "ru": "квазипуассоновская",
            "kk": "квазипуассондық",
        },
        "negbin": {
            "en": "negative binomial",
            "ru": "отрицательная биномиальная",
            "kk": "теріс биномдық",
        },
        "loglinear_pooled": {
            "en": "log-linear, pooled between-year variance",
            "ru": "лог-линейная, общий межгодовой разброс",
            "kk": "лог-сызықтық, жалпы жылдар арасындағы ауытқу",
        },
    }
)

#: What a figure counts (the ``metric`` of a figure) and the language it was published in.
VALUE_LABELS.update(
    {
        "cases_registered": {
            "en": "registered cases",
            "ru": "зарегистрировано случаев",
            "kk": "тіркелген оқиғалар",
        },
        "victims": {"en": "victims", "ru": "потерпевшие", "kk": "жәбірленушілер"},
        "damage_kzt": {"en": "damage, tenge", "ru": "ущерб, тенге", "kk": "шығын, теңге"},
        "population": {"en": "population", "ru": "население", "kk": "халық саны"},
        "ru": {"en": "Russian", "ru": "русский", "kk": "орыс тілі"},
        "kk": {"en": "Kazakh", "ru": "казахский", "kk": "қазақ тілі"},
        "kk-latn": {
            "en": "Kazakh (Latin script)",
            "ru": "казахский (латиница)",
            "kk": "қазақ тілі (латын әліпбиі)",
        },
        "en": {"en": "English", "ru": "английский", "kk": "ағылшын тілі"},
    }
)
