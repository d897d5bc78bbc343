"""ess_territoires:communes_geo_api — communes of any département or EPCI from geo.api.gouv.fr into a study."""
from qgis.core import (
    QgsProcessingOutputNumber,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterString,
)

from ..core.i18n import tr
from .base import EssAlgorithm


class CommunesGeoApiAlgorithm(EssAlgorithm):
    group_id = "sources"
    DEPARTEMENTS = "DEPARTEMENTS"
    EPCI = "EPCI"
    GEO_URL = "GEO_URL"
    OFFLINE = "OFFLINE"
    OUTPUT = "OUTPUT"

    def name(self):
        return "communes_geo_api"

    def displayName(self):
        return tr("Add communes from geo.api.gouv.fr")

    def shortHelpString(self):
        return tr("Fetches the communes (contour, population, surface, EPCI) of départements or EPCIs from "
                  "geo.api.gouv.fr and stores them in the study GeoPackage (layer communes_reference_ajoutees, "
                  "Lambert-93), so that a study can cover communes that the plugin's reference data lacks. "
                  "Answers are cached in the study; offline mode uses the cache only.")

    def initAlgorithm(self, config=None):
        self.addParameter(QgsProcessingParameterString(
            self.DEPARTEMENTS, tr("Départements (codes separated by commas, e.g. 59,62)"), optional=True))
        self.addParameter(QgsProcessingParameterString(
            self.EPCI, tr("EPCI (SIREN separated by commas)"), optional=True))
        self.addParameter(QgsProcessingParameterString(
            self.GEO_URL, tr("geo.api.gouv.fr address (empty: the plugin setting)"), optional=True))
        self.addParameter(QgsProcessingParameterBoolean(
            self.OFFLINE, tr("Offline: use the cache only, no network call"), defaultValue=False))
        self.add_study_destination(self.OUTPUT)
        self.addOutput(QgsProcessingOutputNumber("COMMUNES", tr("Communes stored")))

    def run_step(self, parameters, context, feedback):
        from ..gis.geo_reference import add_reference_communes

        out = self.parameterAsFileOutput(parameters, self.OUTPUT, context)
        counts = add_reference_communes(
            self.study(parameters, self.OUTPUT, context, destination=True),
            self.parameterAsString(parameters, self.DEPARTEMENTS, context),
            self.parameterAsString(parameters, self.EPCI, context),
            geo_url=self.parameterAsString(parameters, self.GEO_URL, context) or None,
            offline=self.parameterAsBoolean(parameters, self.OFFLINE, context), feedback=feedback)
        feedback.pushInfo(tr("{n} communes stored in {out}.").format(n=counts["communes"], out=out))
        return {self.OUTPUT: out, "COMMUNES": counts["communes"]}
