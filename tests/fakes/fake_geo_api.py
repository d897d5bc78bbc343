"""Fake geo.api.gouv.fr serving deterministic generated communes and EPCIs.

Implements, following reference/api-geo-definition.yml: ``/departements/{code}/communes``,
``/epcis/{code}/communes``, ``/communes`` (filters code, codeEpci, codeDepartement), ``/epcis``
(filter codeDepartement), ``/epcis/{code}``; ``fields`` (unknown field: 400), ``format=json|geojson``
and ``geometry=centre|contour|bbox`` (FeatureCollection whose properties are the asked fields
other than geometries); 404 with {code, message} for an unknown département or EPCI.
Faults, rate limit and request recording come from server.FakeServer.
"""
from .server import FakeServer

COMMUNE_FIELDS = {"nom", "code", "codesPostaux", "siren", "centre", "surface", "contour", "bbox", "codeEpci",
                  "codeDepartement", "codeRegion", "population"}
COMMUNE_DEFAULT = ["nom", "code", "codesPostaux", "siren", "codeEpci", "codeDepartement", "codeRegion", "population"]
EPCI_FIELDS = {"nom", "code", "population", "type", "codesDepartements", "codesRegions", "centre", "surface",
               "contour", "bbox"}
EPCI_DEFAULT = ["nom", "code", "codesRegions", "codesDepartements"]
GEOMETRIES = ("centre", "contour", "bbox", "mairie")


class FakeGeoApi(FakeServer):
    def __init__(self, rate_limit=None):
        super().__init__(rate_limit=rate_limit)
        self.communes = {}
        self.epcis = {}

    def add_departement(self, code, epcis, communes_per_epci, region="32"):
        """Communes on a grid of 0.05° squares; ``epcis``: {siren: name}. Names carry accents."""
        row = len({c["codeDepartement"] for c in self.communes.values()})
        for e_index, (siren, name) in enumerate(sorted(epcis.items())):
            self.epcis[siren] = {"code": siren, "nom": name, "type": "CC", "population": 0,
                                 "codesDepartements": [code], "codesRegions": [region]}
            for k in range(communes_per_epci):
                number = e_index * communes_per_epci + k + 1
                commune = f"{code}{number:03d}"
                lon = 1.5 + 0.05 * number
                lat = 49.0 + 0.5 * row + 0.05 * e_index
                ring = [[lon, lat], [lon + 0.05, lat], [lon + 0.05, lat + 0.05], [lon, lat + 0.05], [lon, lat]]
                population = 100 + 37 * number
                self.communes[commune] = {
                    "code": commune, "nom": f"Saint-Étienne-{number}", "codesPostaux": [f"{code}{number:03d}"],
                    "siren": f"21{commune}0"[:9], "codeEpci": siren, "codeDepartement": code,
                    "codeRegion": region, "population": population, "surface": 2500.0 + number,
                    "centre": {"type": "Point", "coordinates": [lon + 0.025, lat + 0.025]},
                    "contour": {"type": "Polygon", "coordinates": [ring]},
                    "bbox": {"type": "Polygon", "coordinates": [ring]},
                }
                self.epcis[siren]["population"] += population

    def route(self, path, query):
        parts = [p for p in path.split("/") if p]
        if parts[:1] == ["departements"] and len(parts) == 3 and parts[2] == "communes":
            if not any(c["codeDepartement"] == parts[1] for c in self.communes.values()):
                return 404, {"code": 404, "message": "Département non trouvé"}
            items = [c for c in self.communes.values() if c["codeDepartement"] == parts[1]]
            return self._communes(items, query)
        if parts[:1] == ["epcis"] and len(parts) == 3 and parts[2] == "communes":
            if parts[1] not in self.epcis:
                return 404, {"code": 404, "message": "EPCI non trouvé"}
            items = [c for c in self.communes.values() if c["codeEpci"] == parts[1]]
            return self._communes(items, query)
        if parts == ["communes"]:
            items = [c for c in self.communes.values()
                     if all(c.get(k) == query[k] for k in ("code", "codeEpci", "codeDepartement") if k in query)]
            return self._communes(items, query)
        if parts == ["epcis"]:
            items = [e for e in self.epcis.values()
                     if "codeDepartement" not in query or query["codeDepartement"] in e["codesDepartements"]]
            return self._output(items, query, EPCI_FIELDS, EPCI_DEFAULT)
        if parts[:1] == ["epcis"] and len(parts) == 2:
            if parts[1] not in self.epcis:
                return 404, {"code": 404, "message": "EPCI non trouvé"}
            status, body = self._output([self.epcis[parts[1]]], query, EPCI_FIELDS, EPCI_DEFAULT)
            return status, body[0] if status == 200 and isinstance(body, list) else body
        return 404, {"code": 404, "message": "Route inconnue"}

    def _communes(self, items, query):
        return self._output(sorted(items, key=lambda c: c["code"]), query, COMMUNE_FIELDS, COMMUNE_DEFAULT)

    @staticmethod
    def _output(items, query, allowed, default):
        fields = [f for f in query.get("fields", "").split(",") if f] or default
        unknown = [f for f in fields if f not in allowed]
        if unknown:
            return 400, {"code": 400, "message": f"Champ(s) inconnu(s) : {','.join(unknown)}"}
        if query.get("format", "json") == "geojson":
            geometry = query.get("geometry", "centre")
            if geometry not in GEOMETRIES:
                return 400, {"code": 400, "message": "Géométrie inconnue"}
            return 200, {"type": "FeatureCollection", "features": [
                {"type": "Feature", "geometry": item.get(geometry),
                 "properties": {f: item[f] for f in fields if f not in GEOMETRIES and f in item}}
                for item in items]}
        return 200, [{f: item[f] for f in fields if f in item} for item in items]
