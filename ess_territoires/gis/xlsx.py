"""DataFrames written as the sheets of an XLSX workbook, through GDAL/OGR (no openpyxl)."""
import math
from pathlib import Path

import pandas as pd
from osgeo import gdal, ogr

from ..core.errors import InputError
from ..core.i18n import tr

gdal.UseExceptions()


def write_xlsx(path, sheets: dict):
    """Write {sheet name: DataFrame} as the sheets of the XLSX workbook ``path`` (replaced)."""
    path = Path(path)
    if path.suffix.lower() != ".xlsx":
        raise InputError(tr("The table file must end in .xlsx (got {name}).").format(name=path.name))
    path.parent.mkdir(parents=True, exist_ok=True)
    path.unlink(missing_ok=True)
    ds = ogr.GetDriverByName("XLSX").CreateDataSource(str(path))
    for sheet, frame in sheets.items():
        layer = ds.CreateLayer(sheet, geom_type=ogr.wkbNone)
        for column in frame.columns:
            series = frame[column]
            if pd.api.types.is_integer_dtype(series) or pd.api.types.is_bool_dtype(series):
                kind = ogr.OFTInteger64
            elif pd.api.types.is_float_dtype(series):
                kind = ogr.OFTReal
            else:
                kind = ogr.OFTString
            layer.CreateField(ogr.FieldDefn(str(column), kind))
        definition = layer.GetLayerDefn()
        for row in frame.itertuples(index=False, name=None):
            feature = ogr.Feature(definition)
            for index, value in enumerate(row):
                if value is None or value is pd.NA or (isinstance(value, float) and math.isnan(value)):
                    continue
                feature.SetField(index, value.item() if hasattr(value, "item") else value)
            layer.CreateFeature(feature)
    ds = None
