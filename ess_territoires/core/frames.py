"""Small pandas helpers that behave the same on pandas 1.5 to 3."""
import pandas as pd


def concat_rows(frames) -> pd.DataFrame:
    """The rows of ``frames`` one after the other (index renumbered), with every frame's columns.

    Empty frames are left out: pandas 2.1 deprecates their taking part in the result's dtypes (an
    empty table read or made with columns only is of dtype object) and pandas 3 lets them."""
    frames = list(frames)
    columns = list(dict.fromkeys(column for frame in frames for column in frame.columns))
    kept = [frame for frame in frames if len(frame)] or frames[:1]
    return pd.concat(kept, ignore_index=True).reindex(columns=columns)
