"""Default addresses of the web services (a light module: the panel reads them at QGIS start-up)."""

RECHERCHE_ENTREPRISES_URL = "https://recherche-entreprises.api.gouv.fr"
GEO_API_URL = "https://geo.api.gouv.fr"
