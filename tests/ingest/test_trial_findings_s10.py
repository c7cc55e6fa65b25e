"""What a new-user trial of 2026-12-01 (three articles of the user's own) and last round's open items found:
a decision to designate unnamed tankers read as a sanction on the body that decided; "investigators say" and
"according to officials" left a claim as the writer's fact; a size class ("the 2004-built Aframax") taken as a
ship's name; "could not be reached for comment" hedged an owner; a denial's speaker listed as a source of the
claim denied; "civilian motors for agricultural drones" merged into the article's named attack drone; "It is
false that ..." kept as a fact; "mid-January" and "between February 16 and 21" left undated. The names are
invented.
"""

from __future__ import annotations

import pytest

from newsgraph.graph.model import NOT_FACT


def _rel(dg, subject, predicate, obj):
    names = {e.id: e.name for e in dg.entities.values()}
    return next((r for r in dg.relations if (names[r.subject], r.predicate, names[r.object]) ==
                 (subject, predicate, obj)), None)


def test_a_decision_to_designate_unnamed_ships_sanctions_no_body(extract, facts):
    dg = extract("Britain's Foreign Office sanctioned the tanker Orla Vey on Tuesday. Britain's move follows a "
                 "European Union decision in December to designate 52 tankers suspected of carrying Russian oil.")
    got = facts(dg)
    assert any(p == "SANCTIONED" and o == "Orla Vey" for _, p, o in got), got
    assert not any(p == "SANCTIONED" and o == "European Union" for _, p, o in got), got


def test_not_designated_by_any_government_credits_no_body(extract):
    dg = extract("The Commerce Department's Bureau of Industry and Security added Pell Avionika to its Entity List "
                 "in January. Harrow Parts Co. has not been designated by any government.")
    assert _rel(dg, "Bureau of Industry and Security", "SANCTIONED", "Harrow Parts Co.") is None


@pytest.mark.parametrize("text", [
    "The tanker Orla Vey called at Primorsk, analysts said.",
    "The tanker Orla Vey called at Primorsk, investigators say.",
    "Investigators say the tanker Orla Vey called at Primorsk.",
    "According to officials, the tanker Orla Vey called at Primorsk.",
    "The tanker Orla Vey called at Primorsk, according to investigators.",
])
def test_an_unnamed_speakers_claim_is_reported_not_asserted(extract, text):
    rel = _rel(extract(text), "Orla Vey", "VISITED", "Primorsk")
    assert rel is not None and rel.modality == "reported" and rel.attributed_to == []


def test_a_named_or_absent_speaker_is_unchanged(extract):
    assert _rel(extract("The tanker Orla Vey called at Primorsk."), "Orla Vey", "VISITED", "Primorsk").modality \
        == "asserted"
    rel = _rel(extract("Pentagon officials said the tanker Orla Vey called at Primorsk."),
               "Orla Vey", "VISITED", "Primorsk")
    assert rel.modality == "reported" and rel.attributed_to == ["Pentagon"]


def test_a_size_class_is_no_ships_name_and_refers_back(extract, facts):
    dg = extract("The tanker Marlow Dawn loaded Russian oil. The 2004-built Aframax is owned by Corvane Shipping "
                 "Ltd, and managed by Seabright Ship Management LLC of Dubai.")
    assert "Aframax" not in {e.name for e in dg.entities.values()}
    assert {("Corvane Shipping Ltd", "OWNS_OR_OPERATES", "Marlow Dawn"),
            ("Seabright Ship Management LLC", "OWNS_OR_OPERATES", "Marlow Dawn")} <= facts(dg)


def test_an_owner_who_could_not_be_reached_is_still_the_owner(extract):
    dg = extract("The Palau-flagged tanker Kestrel Moor took the cargo. The Kestrel Moor's registered owner, "
                 "Halvard Maritime Inc of Majuro, could not be reached for comment.")
    rel = _rel(dg, "Halvard Maritime Inc", "OWNS_OR_OPERATES", "Kestrel Moor")
    assert rel is not None and rel.modality == "asserted"


def test_a_spokespersons_negation_is_a_denial_and_no_source_of_the_claim(extract):
    dg = extract("Tidewake Analytics said the Marlow Dawn had loaded crude at the Russian port of Primorsk. "
                 "Seabright Ship Management denied any involvement. \"Seabright has never managed a ship-to-ship "
                 "transfer, and the Marlow Dawn has never called at Primorsk,\" company spokesperson Lina Haddar "
                 "told Reuters.")
    rel = _rel(dg, "Marlow Dawn", "VISITED", "Primorsk")
    assert rel is not None
    denial = [e for e in rel.evidence if "never called" in e.sentence]
    assert denial and denial[0].modality == "denied" and denial[0].attributed_to == ["Lina Haddar"]
    assert rel.attributed_to == ["Tidewake Analytics"]


def test_goods_of_another_use_and_parts_stay_apart_from_the_named_weapon(extract):
    dg = extract("A Chinese firm shipped 1,200 drone engines to Pell Avionika JSC. Pell Avionika is suspected of "
                 "assembling Geran-2 attack drones. Zhou said the firm sold civilian motors for agricultural drones.")
    aliases = {a for e in dg.entities.values() if e.name == "Geran-2" for a in e.aliases}
    assert aliases and not aliases & {"drone engines", "drones", "agricultural drones"}, aliases
    assert any(e.name == "drone engines" for e in dg.entities.values())


def test_the_article_s_generic_word_still_joins_its_one_named_weapon(extract):
    dg = extract("Russia has launched hundreds of Geran-2 attack drones at Kyiv. The drones were made in Yelabuga.")
    assert "drones" in next(e for e in dg.entities.values() if e.name == "Geran-2").aliases


@pytest.mark.parametrize("text", [
    "It is false that the tanker Orla Vey delivered oil to Syria, the ministry said.",
    "It is untrue that Corvane Shipping owns the tanker Orla Vey, the company said.",
])
def test_it_is_false_that_negates_the_clause(extract, text):
    dg = extract(text)
    shipped = [r for r in dg.relations if r.predicate in ("TRANSPORTED", "OWNS_OR_OPERATES")]
    assert shipped and all(r.modality in NOT_FACT for r in shipped)
    # the speaker still spoke: a REPORTED relation, if any, stays a fact
    assert all(r.modality not in NOT_FACT for r in dg.relations if r.predicate == "REPORTED")


def test_it_is_clear_that_keeps_the_fact(extract, facts):
    assert ("Orla Vey", "VISITED", "Tartus") in facts(extract("It is clear that the tanker Orla Vey called at Tartus."))


@pytest.mark.parametrize("text, qualifiers", [
    ("The tanker Orla Vey loaded crude at the Russian port of Primorsk in mid-January.", {"date": "2025-01"}),
    ("The tanker Orla Vey called at Primorsk in early March 2024.", {"date": "2024-03"}),
    ("The tanker Orla Vey called at Rajin at the end of 2023.", {"date": "2023"}),
    ("The tanker Orla Vey called at Rajin between February 16 and 21.", {"start": "2025-02-16", "end": "2025-02-21"}),
    ("Harrow Parts Co. sent the consignment to Pell Avionika JSC between September and November 2024.",
     {"start": "2024-09", "end": "2024-11"}),
    ("The tanker Orla Vey called at Rajin between 2022 and 2024.", {"start": "2022", "end": "2024"}),
])
def test_dates_of_parts_of_periods_and_ranges(extract, text, qualifiers):
    dg = extract(text, published="2025-04-03")
    rel = next(r for r in dg.relations if r.predicate in ("VISITED", "SHIPPED_TO"))
    assert rel.qualifiers == qualifiers


# ---- a break-it trial of the same day: denials, open questions and conditions kept as facts

@pytest.mark.parametrize("text, predicate", [
    ("Reports that the tanker Misty Bay unloaded fuel at Latakia are false, Syria said.", "TRANSPORTED"),
    ("Iran called allegations that the tanker Gold Wren shipped missiles to Yemen baseless.", "TRANSPORTED"),
    ("The tanker Lunar Crest was falsely reported to have docked at Tartus.", "VISITED"),
    ("The claim that the Grace Harbour sailed to Bandar Abbas was denied by Iran.", "VISITED"),
])
def test_claims_called_false_or_denied_are_no_facts(extract, text, predicate):
    rels = [r for r in extract(text).relations if r.predicate == predicate]
    assert rels and all(r.modality in NOT_FACT for r in rels), [(r.predicate, r.modality) for r in rels]


@pytest.mark.parametrize("text, predicate", [
    ("It is unclear whether the tanker Summer Wren docked at Port Sudan.", "VISITED"),
    ("If the cargo ship Spring Crest calls at Tartus, it will be sanctioned by the EU.", "VISITED"),
    ("Analysts questioned whether the tanker Amber Wren had docked at Tartus.", "VISITED"),
    ("Investigators are trying to determine whether the Silent Moor carried drones to Sudan.", "TRANSPORTED"),
    ("Satellite images suggest the tanker Grey Wren docked at Tartus.", "VISITED"),
])
def test_open_questions_conditions_and_suggestions_are_speculated(extract, text, predicate):
    rels = [r for r in extract(text).relations if r.predicate == predicate]
    assert rels and all(r.modality == "speculated" for r in rels), [(r.predicate, r.modality) for r in rels]


def test_reports_that_are_true_stay_facts(extract, facts):
    got = facts(extract("Reports that the tanker Misty Harbour unloaded fuel at Latakia are true."))
    assert ("Misty Harbour", "TRANSPORTED", "fuel") in got


def test_an_outlets_negative_report_is_a_negation_not_a_denial(extract):
    dg = extract("The tanker Ocean Wren did not call at Port Sudan, according to Lloyd's List.")
    assert next(r for r in dg.relations if r.predicate == "VISITED").modality == "negated"


# ---- a firm's dotted legal form at the end of a sentence

def test_a_dotted_legal_form_ends_a_sentence_before_a_capitalised_word(extract):
    dg = extract("The tanker Alba Wren is owned by Brisecoast Holdings Ltd. Brisecoast's sole director is Kavita Rane.")
    names = {e.name for e in dg.entities.values()}
    assert not any("Ltd. Brisecoast" in n for n in names), names
    assert {s.text for s in _sentences("The tanker Alba Wren is owned by Brisecoast Holdings Ltd. The company is "
                                       "based in Dubai.")} >= {"The company is based in Dubai."}


@pytest.mark.parametrize("name", ["Ningbo Skyfront Technology Co. Ltd.", "Lodos Denizcilik Ltd. Şti.",
                                  "Corvane Shipping Inc. (Panama)"])
def test_a_dotted_legal_form_inside_a_name_ends_nothing(name):
    assert len(_sentences(f"The tanker Alba Wren is owned by {name} of Istanbul.")) == 1


def _sentences(text):
    from newsgraph.ingest.pipeline import default_nlp
    return list(default_nlp()(text).sents)


# ---- people's posts from the new-user trial's merger article and the read batches

@pytest.mark.parametrize("text, expected", [
    ("Chukwuemeka Bello, who is the managing director of Kentro Marine Services Limited, was arrested.",
     ("Chukwuemeka Bello", "LEADS", "Kentro Marine Services Limited")),
    ("Jan van Assen, who remains chief executive of Korvia Sound B.V., said the deal would close.",
     ("Jan van Assen", "LEADS", "Korvia Sound B.V.")),
    ("Korvia Sound B.V. agreed to buy Tallwave. Jan van Assen, who remains Korvia's chief executive, said the deal "
     "would close in May.", ("Jan van Assen", "LEADS", "Korvia Sound B.V.")),
    ("Kentro Marine Services Limited owns the barge. Chukwuemeka Bello, who is the managing director of the "
     "company, was arrested.", ("Chukwuemeka Bello", "LEADS", "Kentro Marine Services Limited")),
    ("Jan van Assen, who is a director of Korvia Sound B.V., said the deal would close.",
     ("Jan van Assen", "AFFILIATED_WITH", "Korvia Sound B.V.")),
    ("Jan van Assen, who is the chief financial officer of Korvia Sound B.V., said the deal would close.",
     ("Jan van Assen", "AFFILIATED_WITH", "Korvia Sound B.V.")),
])
def test_who_is_the_post_of_a_body(extract, facts, text, expected):
    got = facts(extract(text))
    assert expected in got, got
    other = "AFFILIATED_WITH" if expected[1] == "LEADS" else "LEADS"
    assert (expected[0], other, expected[2]) not in got


def test_the_holders_of_a_plural_post_listed_after_the_body(extract, facts):
    got = facts(extract("Police charged two directors of Kentro Marine Services Limited, Mr Chukwuemeka Bello and "
                        "Mrs Folake Briggs."))
    assert {("Chukwuemeka Bello", "AFFILIATED_WITH", "Kentro Marine Services Limited"),
            ("Folake Briggs", "AFFILIATED_WITH", "Kentro Marine Services Limited")} <= got


def test_bodies_listed_after_a_plural_post_are_not_people(extract, facts):
    got = facts(extract("Police questioned officials of the Port Authority, Kentro Marine and Halvard Shipping."))
    assert not any(p == "AFFILIATED_WITH" for _, p, _ in got)


# ---- a second new-user trial: a lawyer's statement quoted at length

STATEMENT = ("Lysander Trading Ltd, a fuel trader based in Limassol, paid port fees in Benghazi for the tanker Orion "
             "Swift. Former employees said the Orion Swift carried diesel loaded at Taman to Benghazi.\n\n"
             "Asked about these findings, the company's lawyer, Elena Maranou of the Nicosia firm Maranou and "
             "Partners, sent a long statement.\n\n"
             "\"My client categorically rejects these allegations. Lysander Trading has never owned, chartered or "
             "managed the Orion Swift. It did not sell diesel to Coastline Petroleum. The Orion Swift has never "
             "called at Tartus.\"\n\n"
             "The Orion Swift arrived in Benghazi on 11 February, according to port records.")


def test_a_statement_quoted_at_length_is_its_speakers(extract):
    dg = extract(STATEMENT)
    names = {e.id: e.name for e in dg.entities.values()}
    ev = [(names[r.subject], r.predicate, names[r.object], e.modality, tuple(e.attributed_to))
          for r in dg.relations for e in r.evidence if "never called" in e.sentence]
    assert ev and all(m == "denied" and a == ("Elena Maranou",) for *_, m, a in ev), ev
    # the quoted speaker is no reporter of the quote's actors
    assert not any(r.predicate == "REPORTED" and names[r.subject] == "Elena Maranou" for r in dg.relations)


def test_it_after_a_firm_that_had_the_ship_as_object_is_the_firm(extract):
    dg = extract(STATEMENT)
    names = {e.id: e.name for e in dg.entities.values()}
    carried = [e for r in dg.relations if r.predicate == "TRANSPORTED" and names[r.subject] == "Orion Swift"
               for e in r.evidence]
    assert carried and not any("did not sell" in e.sentence for e in carried)
    assert all(e.modality not in NOT_FACT for e in carried)  # the employees' claim stands as theirs


def test_a_cargo_sold_where_the_ship_called_is_no_sale_of_the_ship(extract, facts):
    got = facts(extract("The tanker Orla Vey carried diesel to Benghazi, where it was sold to Coastline Petroleum."))
    assert ("Coastline Petroleum", "OWNS_OR_OPERATES", "Orla Vey") not in got
    got = facts(extract("The tanker Orla Vey was seized in 2023. It was sold to Corvane Shipping Ltd in March."))
    assert ("Corvane Shipping Ltd", "OWNS_OR_OPERATES", "Orla Vey") in got


def test_a_one_sentence_statement_after_its_announcement_is_the_speakers(extract):
    dg = extract("Lysander Trading Ltd is owned by Nikos Pelgrou. The company's lawyer, Elena Maranou, sent a "
                 "statement. \"Mr Pelgrou is the company's shareholder, but he has no role in its management.\"")
    ev = [e for r in dg.relations for e in r.evidence if "no role" in e.sentence]
    assert ev and all(e.attributed_to == ["Elena Maranou"] for e in ev)


def test_a_quoted_phrase_opening_a_sentence_is_no_statement(extract):
    dg = extract("The lawyer, Elena Maranou, sent a statement. \"Shadow fleet\" tankers such as the Orla Vey called "
                 "at Primorsk in March.")
    rel = next(r for r in dg.relations if r.predicate == "VISITED")
    assert rel.attributed_to == [] and rel.modality == "asserted"


# ---- a sanctions release of the second new-user trial

RELEASE = ("UK sanctions shadow fleet network\n\nThe United Kingdom has today designated two companies, one oil "
           "tanker and one individual involved in shipping Russian crude oil.\n\nThe designations target:\n\n"
           "- Meridian Seaway Trading FZE, a Dubai-based company that charters tankers.\n"
           "- Kestrel Bunkering Limited, a Hong Kong-registered ship manager which manages the tanker ARCTIC LANTERN.\n"
           "- ARCTIC LANTERN (IMO 9283741), a Cameroon-flagged crude oil tanker.\n"
           "- Anil Kothari, owner of Kestrel Bunkering Limited.\n\n"
           "Russia's oil revenues have fallen, and Russia has sought new buyers in Asia since Russia's invasion.\n\n"
           "Sanctions Minister Catherine Wyndam said: \"Today we are shutting another door on the shadow fleet.\"")


def test_the_designations_target_a_bulleted_list(extract, facts):
    got = facts(extract(RELEASE))
    assert {("United Kingdom", "SANCTIONED", x) for x in (
        "Meridian Seaway Trading FZE", "Kestrel Bunkering Limited", "ARCTIC LANTERN", "Anil Kothari")} <= got, got


def test_a_sanctions_minister_serves_the_state_that_issues_the_sanctions(extract, facts):
    got = facts(extract(RELEASE))
    assert ("Catherine Wyndam", "AFFILIATED_WITH", "United Kingdom") in got
    assert ("Catherine Wyndam", "AFFILIATED_WITH", "Russia") not in got


def test_another_bare_minister_keeps_the_storys_country(extract, facts):
    got = facts(extract("The United States sanctioned the tanker Orla Vey for carrying Iranian oil. Iran called the "
                        "move piracy, and Iran said Iran would keep exporting. Foreign Minister Abbas Karimi said "
                        "Iran would respond."))
    assert ("Abbas Karimi", "AFFILIATED_WITH", "United States") not in got


# ---- a second break-it trial: more ways to call a report false, and things that did not happen

@pytest.mark.parametrize("text, predicate", [
    ("Moscow described reports that the tanker Amber Wren delivered fuel to Latakia as lies.", "VISITED"),
    ("Accusations that the tanker Coral Wren smuggled oil to Syria are groundless, Iran said.", "TRANSPORTED"),
    ("It is a lie that the Iron Wren called at Novorossiysk.", "VISITED"),
    ("The shipowner branded as fiction reports that the Silver Wren docked at Mersin.", "VISITED"),
    ("Rumours that the vessel Marlin Wren visited Basra proved false.", "VISITED"),
    ("The story that the tanker Pearl Wren carried oil to Aden has been debunked.", "TRANSPORTED"),
    ("The tanker Iron Wren was barred from docking at Tartus.", "VISITED"),
    ("Turkey prevented the vessel Iron Wren from docking at Samsun.", "VISITED"),
])
def test_more_claims_called_false_and_calls_prevented_are_no_facts(extract, text, predicate):
    rels = [r for r in extract(text).relations if r.predicate == predicate]
    assert rels and all(r.modality in NOT_FACT for r in rels), [(r.predicate, r.modality) for r in rels]


@pytest.mark.parametrize("text", [
    "Did the tanker Iron Wren call at Sevastopol? Nobody knows.",
    "The tanker Iron Wren would have called at Jebel Ali had it not been seized.",
])
def test_questions_and_counterfactuals_are_speculated(extract, text):
    rels = [r for r in extract(text).relations if r.predicate == "VISITED"]
    assert rels and all(r.modality == "speculated" for r in rels)


@pytest.mark.parametrize("text", ["Port officials stopped the tanker Iron Wren from leaving Tartus.",
                                  "It is a fact that the Iron Wren called at Novorossiysk."])
def test_a_ship_kept_from_leaving_was_there(extract, text):
    rels = [r for r in extract(text).relations if r.predicate == "VISITED"]
    assert rels and all(r.modality == "asserted" for r in rels)


@pytest.mark.parametrize("text, predicate", [
    ("Lloyd's List said the tanker Amber Wren called at Latakia. That is not true, the port authority said.",
     "VISITED"),
    ("Some reports said the tanker Silver Wren unloaded fuel at Jeddah.\n\nThose reports were untrue, Saudi "
     "officials said.", "TRANSPORTED"),
])
def test_a_verdict_on_the_sentence_before_with_its_speaker_or_after_a_paragraph_break(extract, text, predicate):
    rels = [r for r in extract(text).relations if r.predicate == predicate]
    assert rels and all(r.modality in NOT_FACT for r in rels)


def test_a_verdict_that_it_is_true_keeps_the_report(extract):
    dg = extract("Lloyd's List said the tanker Amber Wren called at Latakia. That is true, the port authority said.")
    assert next(r for r in dg.relations if r.predicate == "VISITED").modality == "reported"
