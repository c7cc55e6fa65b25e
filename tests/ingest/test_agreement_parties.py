"""AGREEMENT_WITH parties, on invented text."""

from __future__ import annotations


def _agreements(dg):
    names = {e.id: e.name for e in dg.entities.values()}
    return {frozenset((names[r.subject], names[r.object])) for r in dg.relations
            if r.predicate == "AGREEMENT_WITH" and r.modality not in ("negated", "denied")}


def test_a_demonym_on_a_company_noun_is_the_company_not_the_country(extract):
    dg = extract("The lathe was shipped by Qingdao Ruifeng Tooling Co. Ltd to Karimabad Engineering Works. "
                 "Karimabad Engineering Works had signed a contract with the Chinese firm in May.")
    got = _agreements(dg)
    assert not any("China" in pair for pair in got)


def test_goods_shipped_under_a_contract(extract):
    dg = extract("Velmora Engines Ltd has shipped 200 diesel engines to Tarsk Motor Works LLC under a "
                 "contract signed in 2024.")
    assert frozenset(("Velmora Engines Ltd", "Tarsk Motor Works LLC")) in _agreements(dg)


def test_agreed_a_fee_with(extract):
    dg = extract("Valmont FC has agreed a transfer fee with Nordby United FC for the midfielder.")
    assert frozenset(("Valmont FC", "Nordby United FC")) in _agreements(dg)


def test_the_speaker_is_no_party(extract):
    dg = extract("The consortium has also signed a five-year bunkering contract with Meridian Fuels S.A., whose "
                 "chief executive Dana Whitlock said the deal included a switch to biofuel blends on two ships "
                 "by 2028.")
    got = _agreements(dg)
    assert not any("Dana Whitlock" in pair for pair in got)
