"""Distance from each commune to the nearest ESS establishment, in km (Lambert-93)."""
from qgis.core import QgsFeatureRequest, QgsSpatialIndex

from ..core.progress import check_canceled

CANDIDATES = 4  # nearest points by the index, then the exact polygon-to-point distance decides (see below)
# Searching around each commune without ESS beats indexing every point when they are this much fewer
# (a national study: a few hundred such communes, ~2 M points).
SEARCH_RATIO = 1000
SEARCH_START_M = 2000.0


def nearest_ess_km(communes_layer, points_layer, communes_with_ess: set, feedback=None) -> dict:
    """code_commune -> distance in km from the commune's polygon to the nearest point of
    ``points_layer``; 0 for a commune in ``communes_with_ess`` (it counts an ESS establishment,
    status P included, even when none of its points can be shown). None when there is no point.

    Both layers are in Lambert-93 (metres), as every layer of a study. The points are read only
    for the communes without ESS: all of them into an index that QGIS bulk-loads, or, when those
    communes are few beside the points, around each of them (no Python loop over all the points).
    """
    codes = [feature["code_commune"] for feature in communes_layer.getFeatures(
        QgsFeatureRequest().setFlags(QgsFeatureRequest.Flag.NoGeometry)
        .setSubsetOfAttributes(["code_commune"], communes_layer.fields()))]
    distances = {code: 0.0 for code in codes if code in communes_with_ess}
    lacking = len(codes) - len(distances)
    if lacking == 0:
        return distances
    if points_layer is None or points_layer.featureCount() == 0:
        return {**distances, **{code: None for code in codes if code not in distances}}
    if lacking * SEARCH_RATIO <= points_layer.featureCount():
        nearest_m = _searcher(points_layer)
    else:
        nearest_m = _indexed(points_layer, feedback)
    request = QgsFeatureRequest().setSubsetOfAttributes(["code_commune"], communes_layer.fields())
    for number, feature in enumerate(communes_layer.getFeatures(request)):
        if number % 100 == 0:
            check_canceled(feedback)
        code = feature["code_commune"]
        if code not in distances:
            best = nearest_m(feature.geometry())
            distances[code] = best / 1000.0 if best is not None else None
    return distances


def _indexed(points_layer, feedback=None):
    """polygon -> distance (m) to the nearest point, through an index of every point."""
    check_canceled(feedback)
    index = QgsSpatialIndex(points_layer.getFeatures(QgsFeatureRequest().setNoAttributes()),
                            None, QgsSpatialIndex.Flag.FlagStoreFeatureGeometries)
    check_canceled(feedback)

    def nearest_m(polygon):
        nearest = index.nearestNeighbor(polygon, CANDIDATES)
        if not nearest:
            return None
        best = min(polygon.distance(index.geometry(fid)) for fid in nearest)
        # The index's order is not exact for a polygon in every QGIS (3.40 missed a nearer point):
        # any nearer point lies in the polygon's bounding box grown by that distance.
        box = polygon.boundingBox()
        box.grow(best)
        return min([best] + [polygon.distance(index.geometry(fid)) for fid in index.intersects(box)])
    return nearest_m


def _searcher(points_layer):
    """polygon -> distance (m) to the nearest point, from the points in the polygon's bounding box
    grown until it holds one within the growth: every point nearer than d lies in the box grown
    by d, so the nearest point in that box is the nearest of all."""
    extent = points_layer.extent()
    if extent.isNull():  # no point (QGIS 3.40 gives a null extent a width that is not a number)
        return lambda polygon: None
    reach = max(extent.width(), extent.height()) * 2 + SEARCH_START_M

    def nearest_m(polygon):
        grow = SEARCH_START_M
        while True:
            box = polygon.boundingBox()
            box.grow(grow)
            request = QgsFeatureRequest().setFilterRect(box).setNoAttributes()
            found = [polygon.distance(f.geometry()) for f in points_layer.getFeatures(request) if f.hasGeometry()]
            best = min(found) if found else None
            if (best is not None and best <= grow) or grow > reach:
                return best
            grow *= 4
    return nearest_m
