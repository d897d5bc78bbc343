"""Distance from each commune to the nearest ESS establishment, in km (Lambert-93)."""
from qgis.core import QgsFeatureRequest, QgsSpatialIndex

from ..core.progress import check_canceled

CANDIDATES = 4  # nearest points by the index, then the exact polygon-to-point distance decides (see below)


def nearest_ess_km(communes_layer, points_layer, communes_with_ess: set, feedback=None) -> dict:
    """code_commune -> distance in km from the commune's polygon to the nearest point of
    ``points_layer``; 0 for a commune in ``communes_with_ess`` (it counts an ESS establishment,
    status P included, even when none of its points can be shown). None when there is no point.

    Both layers are in Lambert-93 (metres), as every layer of a study. The points are read only
    when a commune counts no ESS establishment, into an index that QGIS bulk-loads (a national
    study holds millions of points: no Python loop over them).
    """
    codes = [feature["code_commune"] for feature in communes_layer.getFeatures(
        QgsFeatureRequest().setFlags(QgsFeatureRequest.Flag.NoGeometry)
        .setSubsetOfAttributes(["code_commune"], communes_layer.fields()))]
    distances = {code: 0.0 for code in codes if code in communes_with_ess}
    if len(distances) == len(codes):
        return distances
    index = None
    if points_layer is not None:
        check_canceled(feedback)
        index = QgsSpatialIndex(points_layer.getFeatures(QgsFeatureRequest().setNoAttributes()),
                                None, QgsSpatialIndex.Flag.FlagStoreFeatureGeometries)
        check_canceled(feedback)
    request = QgsFeatureRequest().setSubsetOfAttributes(["code_commune"], communes_layer.fields())
    for number, feature in enumerate(communes_layer.getFeatures(request)):
        if number % 100 == 0:
            check_canceled(feedback)
        code = feature["code_commune"]
        if code in distances:
            continue
        polygon = feature.geometry()
        nearest = index.nearestNeighbor(polygon, CANDIDATES) if index is not None else []
        if not nearest:
            distances[code] = None
            continue
        best = min(polygon.distance(index.geometry(fid)) for fid in nearest)
        # The index's order is not exact for a polygon in every QGIS (3.40 missed a nearer point):
        # any nearer point lies in the polygon's bounding box grown by that distance.
        box = polygon.boundingBox()
        box.grow(best)
        best = min([best] + [polygon.distance(index.geometry(fid)) for fid in index.intersects(box)])
        distances[code] = best / 1000.0
    return distances
