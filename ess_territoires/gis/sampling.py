"""Random points inside communes, for the synthetic SIRENE stock."""
from osgeo import ogr

from ..core.paths import reference_gpkg
from .gpkg import GeoPackage


class CommunePointSampler:
    """``sampler(code_commune, n, rng)`` -> n Lambert-93 points inside the commune, or None.

    Rejection sampling in the commune's bounding box with the caller's numpy Generator, so
    the points are deterministic for a given seed.
    """

    def __init__(self, path=None):
        communes = GeoPackage(path or reference_gpkg()).read_table("communes", ["code_commune"])
        self._geometries = dict(zip(communes.frame["code_commune"], communes.geometries))

    def __call__(self, code, n, rng):
        geometry = self._geometries.get(code)
        if geometry is None:
            return None
        xmin, xmax, ymin, ymax = geometry.GetEnvelope()
        points = []
        point = ogr.Geometry(ogr.wkbPoint)
        while len(points) < n:
            xs = rng.uniform(xmin, xmax, size=max(8, 2 * (n - len(points))))
            ys = rng.uniform(ymin, ymax, size=len(xs))
            for x, y in zip(xs, ys):
                point.SetPoint_2D(0, float(x), float(y))
                if geometry.Contains(point):
                    points.append((round(float(x), 1), round(float(y), 1)))
                    if len(points) == n:
                        break
        return points
