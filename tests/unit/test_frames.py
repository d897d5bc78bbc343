"""core.frames: concatenations that give the same result on pandas 1.5 to 3."""
import pandas as pd

from ess_territoires.core.frames import concat_rows


def test_an_empty_table_takes_no_part_in_the_dtypes_and_keeps_its_columns():
    empty = pd.DataFrame(columns=["siret", "x", "source"])  # as read from a study without the layer
    rows = pd.DataFrame({"siret": ["10000000100011"], "x": [650000.5]})
    both = concat_rows([empty, rows])
    assert list(both.columns) == ["siret", "x", "source"]
    assert both["x"].dtype == "float64" and both["x"].tolist() == [650000.5]
    assert list(both.index) == [0]
    assert concat_rows([rows, rows.iloc[0:0]])["x"].dtype == "float64"


def test_all_empty_gives_an_empty_table_with_every_column():
    both = concat_rows([pd.DataFrame(columns=["a"]), pd.DataFrame(columns=["a", "b"])])
    assert both.empty and list(both.columns) == ["a", "b"]
