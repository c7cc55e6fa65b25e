"""Names typed on the command line resolve through aliases, case-insensitively."""

import pytest

from newsgraph.cli.common import resolve_entity
from newsgraph.exceptions import EntityNotFound
from newsgraph.graph.model import Entity

ENTITIES = [
    Entity.create("Aleksandr Volkov", "Person"),
    Entity.create("Irina Volkova", "Person"),
    Entity.create("Oleg Petrov", "Person"),
    Entity.create("Vera Petrov", "Person"),
    Entity.create("Ocean Star", "Vessel", ["OCEAN STAR", "MV Ocean Star"]),
    Entity.create("Russia", "Country", ["the Kremlin", "Moscow"]),
]


@pytest.mark.parametrize("typed, expected", [
    ("ocean star", "Ocean Star"),
    ("mv ocean star", "Ocean Star"),
    ("The Kremlin's", "Russia"),
    ("KREMLIN", "Russia"),
    ("Volkov", "Aleksandr Volkov"),
    ("vessel/ocean-star", "Ocean Star"),
])
def test_resolve_entity_through_aliases(typed, expected):
    assert resolve_entity(ENTITIES, typed).name == expected


@pytest.mark.parametrize("typed", ["Petrov"])
def test_resolve_entity_shared_surname_is_not_guessed(typed):
    with pytest.raises(EntityNotFound) as err:
        resolve_entity(ENTITIES, typed)
    assert "Oleg Petrov" in err.value.suggestions and "Vera Petrov" in err.value.suggestions


@pytest.mark.parametrize("typed", ["Ocean Stra"])
def test_resolve_entity_unknown_name_suggests_close_matches(typed):
    with pytest.raises(EntityNotFound, match="Did you mean: Ocean Star"):
        resolve_entity(ENTITIES, typed)


def test_a_firms_name_without_its_legal_form_resolves_when_one_firm_has_it():
    # a new user's trial: "newsgraph relations 'Skyline Avionics Supply'" said no entity of that name
    firms = [Entity.create("Skyline Avionics Supply LLC", "Organization"),
             Entity.create("Seyhan Dis Ticaret Ltd. Sti.", "Organization"),
             Entity.create("Vega Trading LLC", "Organization"), Entity.create("Vega Trading FZE", "Organization")]
    assert resolve_entity(firms, "Skyline Avionics Supply").name == "Skyline Avionics Supply LLC"
    assert resolve_entity(firms, "seyhan dis ticaret").name == "Seyhan Dis Ticaret Ltd. Sti."
    with pytest.raises(EntityNotFound):
        resolve_entity(firms, "Vega Trading")  # two firms have it: the user must say which
