"""QGIS enums whose spelling changed between QGIS 3.22 and QGIS 4, in one place.

QGIS 3.30 to 3.36 moved several class enums into ``Qgis`` (``QgsUnitTypes.LayoutMillimeters`` became
``Qgis.LayoutUnit.Millimeters``) and QGIS 4 (Qt 6) accepts only fully scoped spellings: each constant
here is the first spelling that the running QGIS has. Enums that kept their class are written fully
scoped where they are used (``QgsLayoutExporter.ExportResult.Success``).
"""


def enum(*paths):
    """The first of the dotted names (in qgis.core) that exists: QGIS 3.22 to 4 spell some enums
    differently (QgsUnitTypes.LayoutUnit.LayoutMillimeters, then Qgis.LayoutUnit.Millimeters)."""
    from qgis import core

    for path in paths:
        found = core
        try:
            for part in path.split("."):
                found = getattr(found, part)
        except AttributeError:
            continue
        return found
    raise AttributeError(f"none of {paths} in this QGIS")


MM = enum("Qgis.LayoutUnit.Millimeters", "QgsUnitTypes.LayoutUnit.LayoutMillimeters")
POINTS = enum("Qgis.RenderUnit.Points", "QgsUnitTypes.RenderUnit.RenderPoints")
KILOMETERS = enum("Qgis.DistanceUnit.Kilometers", "QgsUnitTypes.DistanceUnit.DistanceKilometers")
NO_THREADING = enum("Qgis.ProcessingAlgorithmFlag.NoThreading", "QgsProcessingAlgorithm.Flag.FlagNoThreading")
POLYGON_GEOMETRY = enum("Qgis.GeometryType.Polygon", "QgsWkbTypes.GeometryType.PolygonGeometry")
POINT_GEOMETRY = enum("Qgis.GeometryType.Point", "QgsWkbTypes.GeometryType.PointGeometry")
FOLDER_PARAMETER = enum("Qgis.ProcessingFileParameterBehavior.Folder", "QgsProcessingParameterFile.Behavior.Folder")
