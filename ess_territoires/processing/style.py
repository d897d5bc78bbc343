"""ess_territoires:style — thematic map of a field, saved as the layer's default style in the GeoPackage.

A ratio becomes a choropleth (Jenks, quantiles, equal intervals, standard deviation or manual limits);
a stock becomes proportional circles on the layer's point companion. ``style_study`` gives every
layer of a study its default map (used by the demo).
"""
from qgis.core import (
    QgsProcessingOutputString,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterEnum,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
)

from ..core import choices
from ..core.i18n import tr
from .base import EssAlgorithm


def style_study(path) -> list:
    """Style every layer of the study GeoPackage ``path`` with its default map; returns their names."""
    from ..gis import thematic
    from ..gis.study import Study

    return thematic.style_study(Study.open(path))


class StyleAlgorithm(EssAlgorithm):
    group_id = "cartes"
    GPKG = "GPKG"
    COUCHE = "COUCHE"
    CHAMP = "CHAMP"
    METHODE = "METHODE"
    CLASSES = "CLASSES"
    BORNES = "BORNES"
    FORCER = "FORCER"
    OUTPUT = "OUTPUT"

    def name(self):
        return "style"

    def displayName(self):
        return tr("Style a thematic map")

    def shortHelpString(self):
        return tr("Draws a field of a study layer and saves the style as the layer's default style in the "
                  "GeoPackage. Ratios are choropleths (Jenks, quantiles, equal intervals, standard deviation or "
                  "manual limits such as 0,5,10,20) with a colour-blind-safe palette; stocks (counts, jobs) are "
                  "proportional circles on the layer's point companion. Drawing a stock as a choropleth "
                  "needs the option 'Draw a stock as a choropleth anyway'.")

    def initAlgorithm(self, config=None):
        self.add_study_file(self.GPKG)
        self.addParameter(QgsProcessingParameterString(
            self.COUCHE, tr("Layer"), defaultValue="indicateurs_communes"))
        self.addParameter(QgsProcessingParameterString(
            self.CHAMP, tr("Field"), defaultValue="etab_ess_pour_10000_hab"))
        self.addParameter(QgsProcessingParameterEnum(
            self.METHODE, tr("Classification"), options=choices.keys(choices.style_methods()), defaultValue="auto",
            usesStaticStrings=True))
        self.addParameter(QgsProcessingParameterNumber(
            self.CLASSES, tr("Number of classes"), QgsProcessingParameterNumber.Type.Integer, defaultValue=5,
            minValue=2, maxValue=9))
        self.addParameter(QgsProcessingParameterString(
            self.BORNES, tr("Manual class limits (comma-separated)"), optional=True))
        self.addParameter(QgsProcessingParameterBoolean(
            self.FORCER, tr("Draw a stock as a choropleth anyway"), defaultValue=False))
        self.addOutput(QgsProcessingOutputString(self.OUTPUT, tr("Layer styled")))
        self.add_project_output()

    def run_step(self, parameters, context, feedback):
        from ..gis import thematic

        path = self.parameterAsFile(parameters, self.GPKG, context)
        study = self.study(parameters, self.GPKG, context)
        styled = thematic.style_field(
            study, self.parameterAsString(parameters, self.COUCHE, context),
            self.parameterAsString(parameters, self.CHAMP, context),
            method=self.parameterAsEnumString(parameters, self.METHODE, context) or "auto",
            classes=self.parameterAsInt(parameters, self.CLASSES, context),
            breaks=self.parameterAsString(parameters, self.BORNES, context) or None,
            force=self.parameterAsBool(parameters, self.FORCER, context))
        self.study_changed(study, restyled=(styled,))
        feedback.pushInfo(tr("Default style of '{layer}' saved in {path}").format(layer=styled, path=path))
        return {self.OUTPUT: styled}
