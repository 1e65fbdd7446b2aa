"""The lexicons are consistent data: every place they name exists, every predicate is in the ontology."""

from __future__ import annotations

from pathlib import Path

from reformkg import ontology
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


def test_county_level_divisions_are_known_by_their_full_names_alone_and_only_when_unambiguous():
    lexicon = load_lexicon()
    qinzhou = lexicon.places["秦州"]
    assert (qinzhou.full_name, qinzhou.within, qinzhou.surfaces) == ("秦州区", ("天水",), {"秦州区"})
    assert lexicon.ancestors("秦州")[:2] == ["天水", "甘肃"]
    assert lexicon.places["张家川"].full_name == "张家川回族自治县"
    assert "鼓楼" not in lexicon.places  # 鼓楼区 lies in four cities
    assert lexicon.places["仓山"].surfaces == {"仓山", "仓山区"}  # places.tsv's own entry, short name and all
    vocabulary = lexicon.vocabulary()
    assert {"秦州区", "秦州", "海城市"}.isdisjoint(vocabulary)  # jieba is not taught them (沿海城市 stays whole)
    assert lexicon.places["宁乡"].surfaces == {"宁乡县", "宁乡市", "宁乡区"}  # a county may since have become a city
    assert lexicon.places["会同"].surfaces == {"会同县"}  # but 会同 is "together with" too: 会同|市司法局
    # an autonomous county is written as a county too, its peoples left out; a banner as a banner
    assert lexicon.places["石林"].surfaces == {"石林彝族自治县", "石林县"}
    assert "鄂伦春旗" in lexicon.places["鄂伦春"].surfaces


def test_no_lexicon_file_lists_a_row_twice():
    # an expert extending a file should find each entry once, where changing it changes the behaviour
    lexicon_dir = Path(ontology.__file__).parent / "lexicon"
    for path in sorted(lexicon_dir.glob("*.tsv")):
        rows = [line for line in path.read_text(encoding="utf-8").splitlines() if line and not line.startswith("#")]
        repeated = sorted({row for row in rows if rows.count(row) > 1})
        assert not repeated, f"{path.name}: {repeated}"
