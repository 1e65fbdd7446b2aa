"""The analysts' Python API: the CLI's queries as DataFrames, the graph as rdflib and NetworkX objects."""

from __future__ import annotations

from reformkg import open_store
from tests.conftest import DOCUMENTS


def test_open_store_builds_the_bundled_document_and_answers_as_dataframes(tmp_path):
    with open_store(tmp_path) as kg:
        assert len(kg.documents()) == 1
        assert 2 in kg.items(involves="深圳").ordinal.tolist()
        assert kg.type_counts()["法院"] > 3
        assert set(kg.entities(type="法院", located_in="深圳").label) >= {"深圳市中级人民法院"}
        courts = kg.sparql("SELECT ?court WHERE { ?c a rk:Court ; skos:prefLabel ?court }")
        assert "深圳市中级人民法院" in courts.court.tolist()
        assert len(kg.rdf) > 1000 and kg.nx.number_of_nodes() > 100
        hops = kg.paths("深圳中院", "广东")[0]
        assert hops.predicate.tolist() == ["位于", "位于"]


def test_build_adds_documents_and_refreshes_the_projection(tmp_path):
    with open_store(tmp_path) as kg:
        before = kg.nx.number_of_nodes()
        kg.build(DOCUMENTS[0])
        assert len(kg.documents()) == 2 and kg.nx.number_of_nodes() > before


def test_show_embeds_the_offline_page(tmp_path):
    with open_store(tmp_path) as kg:
        shown = kg.show(entity="深圳").data
    assert shown.startswith("<div><iframe srcdoc=") and "https://" not in shown.split("srcdoc=")[0]
    assert "&lt;script" in shown  # the page travels escaped inside the attribute
