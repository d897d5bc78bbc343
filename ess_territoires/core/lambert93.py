"""Lambert-93 (EPSG:2154), both ways, without PROJ: the conic conformal projection of RGF93
(GRS80 ellipsoid), standard parallels 44° and 49°, origin 46.5°N 3°E at (700 000, 6 600 000).

Formulas of IGN's notes ALG0019/ALG0054 (direct projection, constants ALG0003), inverted by
iterating on the isometric latitude. WGS84 and RGF93 agree within centimetres to decimetres, well below the precision of
establishment geocoding.
"""
import math

_A = 6378137.0
_F = 1 / 298.257222101
_E = math.sqrt(2 * _F - _F * _F)
_LON0 = math.radians(3.0)
_X0, _Y0 = 700000.0, 6600000.0


def _m(phi):
    return math.cos(phi) / math.sqrt(1 - (_E * math.sin(phi)) ** 2)


def _t(phi):
    es = _E * math.sin(phi)
    return math.tan(math.pi / 4 - phi / 2) / ((1 - es) / (1 + es)) ** (_E / 2)


_PHI1, _PHI2, _PHI0 = math.radians(44.0), math.radians(49.0), math.radians(46.5)
_N = (math.log(_m(_PHI1)) - math.log(_m(_PHI2))) / (math.log(_t(_PHI1)) - math.log(_t(_PHI2)))
_RHO_F = _A * _m(_PHI1) / (_N * _t(_PHI1) ** _N)
_RHO0 = _RHO_F * _t(_PHI0) ** _N


def wgs84_to_lambert93(lon: float, lat: float):
    """(x, y) in Lambert-93 metres of a WGS84 longitude/latitude in degrees."""
    rho = _RHO_F * _t(math.radians(lat)) ** _N
    theta = _N * (math.radians(lon) - _LON0)
    return _X0 + rho * math.sin(theta), _Y0 + _RHO0 - rho * math.cos(theta)


def lambert93_to_wgs84(x, y):
    """Longitude, latitude in degrees (numpy arrays) of Lambert-93 coordinates (arrays or lists)."""
    import numpy as np

    dx, dy = np.asarray(x, dtype=float) - _X0, _RHO0 - (np.asarray(y, dtype=float) - _Y0)
    rho = np.sqrt(dx ** 2 + dy ** 2)
    tt = (rho / _RHO_F) ** (1 / _N)
    lon = np.arctan2(dx, dy) / _N + _LON0
    lat = math.pi / 2 - 2 * np.arctan(tt)
    for _ in range(8):
        es = _E * np.sin(lat)
        lat = math.pi / 2 - 2 * np.arctan(tt * ((1 - es) / (1 + es)) ** (_E / 2))
    return np.degrees(lon), np.degrees(lat)
