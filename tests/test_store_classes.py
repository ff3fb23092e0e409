"""One name in two classes is one node in a store too, whatever order the articles come in
(the stand-in parser of tests/test_store_build.py, no model)."""

from __future__ import annotations

import pytest
from test_store_build import no_model, subjects_and_objects, write  # noqa: F401 (a fixture)

from kg.pipeline import update_store


@pytest.mark.parametrize("names", [("a", "b", "c"), ("c", "b", "a"), ("b", "a", "c")])
def test_a_name_tagged_organisation_once_joins_its_person_node(tmp_path, no_model, names):  # noqa: F811
    docs = tmp_path / "docs"
    write(docs, names[0], "Organization:Dana Whitfield | founded | Organization:Acme Holdings")
    write(docs, names[1], "Person:Dana Whitfield | met | Person:Tom Ray")
    write(docs, names[2], "Person:Dana Whitfield | wrote | Work:Notes")
    update_store([docs], tmp_path / "store")
    assert subjects_and_objects(tmp_path / "store", names[0]) == {"person/dana-whitfield", "organization/acme-holdings"}
    assert "person/dana-whitfield" in subjects_and_objects(tmp_path / "store", names[1])
