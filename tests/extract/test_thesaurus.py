"""The thesaurus as the extractor reads it: a mechanism names the concept whose label it contains."""

from __future__ import annotations

import pytest

from reformkg.extract.thesaurus import load_thesaurus


@pytest.fixture(scope="module")
def thesaurus():
    return load_thesaurus()


def test_the_scheme_covers_the_field_with_a_few_hundred_concepts(thesaurus):
    assert len(thesaurus.concepts) >= 300
    tops = {c.label for c in thesaurus.concepts.values() if not c.broader}
    # the main lines of the SPC's reform outlines
    assert {"司法责任制", "司法人员分类管理", "四级法院审级职能定位", "诉讼制度改革", "多元化纠纷解决机制"} <= tops
    assert {"智慧法院", "知识产权审判", "环境资源审判", "破产审判", "金融审判", "人民法庭"} <= tops


@pytest.mark.parametrize(
    ("phrase", "label"),
    [
        ("院庭长阅核制度", "院庭长阅核"),
        ("全面落实司法责任制", "司法责任制"),
        ("小额诉讼程序", "小额诉讼"),
        # the longest label wins: the pilot of the civil-procedure reform, not 繁简分流 in general
        ("民事诉讼程序繁简分流改革试点", "民事诉讼程序繁简分流"),
        # a coordination of two mechanisms names the first
        ("类案检索和法律适用分歧解决机制", "类案检索"),
        # a line of reform (a top concept) names the field; a narrower concept what the phrase is
        ("环境资源案件跨域立案机制", "跨域立案"),
    ],
)
def test_a_phrase_names_the_concept_whose_label_it_contains(thesaurus, phrase, label):
    concept = thesaurus.concept_of(phrase)
    assert concept is not None
    assert label in thesaurus.concepts[concept].labels


def test_every_label_is_found_where_it_stands_the_longest_at_each_place(thesaurus):
    text = "深化民事诉讼程序繁简分流改革试点和诉讼制度改革"
    found = [(o.start, o.end, text[o.start : o.end]) for o in thesaurus.occurrences(text)]
    # the longest label at each place (not 民事诉讼程序, not 繁简分流), overlapping labels each at its own place
    assert found[:2] == [(2, 14, "民事诉讼程序繁简分流改革"), (8, 16, "繁简分流改革试点")]
    # a label that ends the text ends where the text does, though longer labels open with the same characters
    assert found[-1] == (17, 23, "诉讼制度改革")


def test_a_hidden_label_names_nothing_and_nothing_inside_it(thesaurus):
    # 依法履职保障 evokes the protection of judges (a hidden label); the 履职保障 inside it stands alone elsewhere
    assert [o.concept for o in thesaurus.standalone_names("加强依法履职保障")] == []
    assert [o.concept for o in thesaurus.standalone_names("健全法官履职保障")] != []
    # a case category (认罪认罚案件) and the bare 认罪认罚 evoke the leniency system without naming it
    assert thesaurus.standalone_names("依法审理认罪认罚案件，落实认罪认罚要求") == []


@pytest.mark.parametrize("phrase", ["工作机制", "衔接规则", "协调机制", "重大敏感"])
def test_a_generic_phrase_names_no_concept(thesaurus, phrase):
    assert thesaurus.concept_of(phrase) is None


def test_every_label_belongs_to_one_concept_and_every_broader_exists(thesaurus):
    owners: dict[str, str] = {}
    for concept in thesaurus.concepts.values():
        for label in concept.labels:
            assert owners.setdefault(label, concept.id) == concept.id, f"{label} labels two concepts"
            assert len(label) >= 2
        assert all(broader in thesaurus.concepts for broader in concept.broader)


def test_broader_has_no_cycles(thesaurus):
    state: dict[str, str] = {}

    def visit(concept: str, path: tuple[str, ...]) -> None:
        if state.get(concept) == "done":
            return
        assert concept not in path, " → ".join((*path, concept))
        for broader in thesaurus.concepts[concept].broader:
            visit(broader, (*path, concept))
        state[concept] = "done"

    for concept in thesaurus.concepts:
        visit(concept, ())
