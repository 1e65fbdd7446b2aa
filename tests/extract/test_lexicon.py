"""The lexicons are consistent data: every place they name exists, every predicate is in the ontology."""

from __future__ import annotations

from reformkg.extract.lexicon import load_lexicon
from reformkg.graph.vocabulary import properties_by_label


def test_places_lie_in_known_places():
    lexicon = load_lexicon()
    for place in lexicon.places.values():
        assert set(place.within) <= set(lexicon.places), place.name
    for members in lexicon.place_groups.values():
        assert set(members) <= set(lexicon.places)


def test_every_verb_predicate_is_an_ontology_property():
    labels = set(properties_by_label())
    missing = {p for p in load_lexicon().predicates.values() if p and p not in labels}
    assert not missing


def test_place_hierarchy_reaches_the_country():
    lexicon = load_lexicon()
    assert lexicon.ancestors("深圳")[:2] == ["广东", "粤港澳大湾区"]
    assert "中国" in lexicon.ancestors("深圳")
