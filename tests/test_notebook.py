"""kg in Jupyter: examples/notebook.ipynb executed by a real kernel (nbclient), its outputs checked:
a build result shows as its short report, the view inline with no network, query results as
HTML tables and as a pandas DataFrame."""

from __future__ import annotations

import re

import pytest

from conftest import ROOT

pytestmark = [pytest.mark.notebook, pytest.mark.model]


@pytest.fixture(scope="module")
def cells():
    import nbformat
    from nbclient import NotebookClient

    notebook = nbformat.read(ROOT / "examples" / "notebook.ipynb", as_version=4)
    NotebookClient(notebook, timeout=300, kernel_name="python3", resources={"metadata": {"path": str(ROOT)}}).execute()
    return [cell for cell in notebook.cells if cell.cell_type == "code"]


def _data(cell) -> dict:
    (output,) = [o for o in cell.outputs if o.output_type == "execute_result"]
    return output.data


def test_no_cell_fails_or_warns(cells):
    for cell in cells:
        assert not [o for o in cell.outputs if o.output_type == "error"], cell.source
        assert not [o for o in cell.outputs if o.get("name") == "stderr"], cell.source


def test_a_build_result_is_its_short_report(cells):
    data = _data(cells[0])
    assert re.fullmatch(
        r"<BuildResult 1 article \([\d,]+ words\): [\d,]+ entities, [\d,]+ facts.*>", data["text/plain"]
    )
    assert "<table>" in data["text/html"] and len(data["text/html"]) < 3000


def test_the_view_is_inline_and_offline(cells):
    page = _data(cells[1])["text/html"]
    assert "<iframe" in page and "Huawei" in page
    assert not re.search(r"""(src|href)=\\?["']?(https?:)?//""", page)  # no script or style from the network


def test_query_results_are_tables_and_data_frames(cells):
    table = _data(cells[2])["text/html"]
    assert "<table" in table and "Xi Jinping" in table
    frame = _data(cells[3])
    assert "Xi Jinping" in frame["text/plain"] and "<table" in frame["text/html"]
    count = _data(cells[4])["text/html"]
    assert re.search(r">\s*\d+\s*<", count)
