"""The distance to the nearest ESS point: the indexed and the searching ways give the same numbers."""
import random

from qgis.core import QgsFeature, QgsGeometry, QgsPointXY, QgsVectorLayer

from ess_territoires.gis import distances


def layer(kind, rows):
    result = QgsVectorLayer(f"{kind}?crs=EPSG:2154&field=code_commune:string", kind, "memory")
    features = []
    for code, geometry in rows:
        feature = QgsFeature(result.fields())
        feature.setAttributes([code])
        feature.setGeometry(geometry)
        features.append(feature)
    result.dataProvider().addFeatures(features)
    return result


def test_searching_around_a_commune_finds_the_indexed_nearest_point():
    rng = random.Random(4)
    communes = layer("Polygon", [
        (f"{i:05d}", QgsGeometry.fromWkt(f"POLYGON(({x} {y}, {x + 3000} {y}, {x + 1500} {y + 4000}, {x} {y}))"))
        for i, (x, y) in enumerate((rng.uniform(600000, 700000), rng.uniform(6800000, 6900000)) for _ in range(40))])
    points = layer("Point", [("", QgsGeometry.fromPointXY(QgsPointXY(rng.uniform(550000, 750000),
                                                                      rng.uniform(6750000, 6950000))))
                             for _ in range(300)]
                   + [("", QgsGeometry.fromPointXY(QgsPointXY(1200000, 7100000)))])  # one far away
    indexed, searcher = distances._indexed(points), distances._searcher(points)
    for feature in communes.getFeatures():
        assert searcher(feature.geometry()) == indexed(feature.geometry())
    lonely = QgsGeometry.fromWkt("POLYGON((1150000 7150000, 1151000 7150000, 1150000 7151000, 1150000 7150000))")
    assert searcher(lonely) == indexed(lonely) > 40000  # found by growing the search 4 times
    none = layer("Point", [])
    assert distances._searcher(none)(lonely) is None and distances._indexed(none)(lonely) is None
    # nearest_ess_km: the communes with ESS at 0, the others the same whichever way
    with_ess = {f"{i:05d}" for i in range(0, 40, 2)}
    result = distances.nearest_ess_km(communes, points, with_ess)
    distances.SEARCH_RATIO, ratio = 1, distances.SEARCH_RATIO
    try:
        assert distances.nearest_ess_km(communes, points, with_ess) == result
    finally:
        distances.SEARCH_RATIO = ratio
    assert all(result[code] == 0.0 for code in with_ess) and all(v > 0 for k, v in result.items() if k not in with_ess)
