"""Polygon helpers on OGR geometries, shared by the reference build and study creation."""
from osgeo import ogr, osr

ogr.UseExceptions()


def lambert93() -> osr.SpatialReference:
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(2154)
    srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    return srs


def polygons_only(geom: ogr.Geometry) -> ogr.Geometry:
    """A valid multipolygon: MakeValid and unions may return collections with stray lines."""
    if not geom.IsValid():
        geom = geom.MakeValid()
    multi = ogr.Geometry(ogr.wkbMultiPolygon)
    stack = [geom]
    while stack:
        part = stack.pop()
        kind = ogr.GT_Flatten(part.GetGeometryType())
        if kind == ogr.wkbPolygon:
            multi.AddGeometry(part)
        elif kind in (ogr.wkbMultiPolygon, ogr.wkbGeometryCollection):
            stack.extend(part.GetGeometryRef(i) for i in range(part.GetGeometryCount()))
    return multi


def dissolve(geometries) -> ogr.Geometry:
    union = ogr.Geometry(ogr.wkbMultiPolygon)
    for geom in geometries:
        for i in range(geom.GetGeometryCount()):
            union.AddGeometry(geom.GetGeometryRef(i))
    return polygons_only(union.UnionCascaded())
