"""Workshop contributions, interviews and recommendations: layers, forms that survive reopening,
the relation, drafted recommendations, exports and the closing page."""
import shutil
import sqlite3
import subprocess

import pytest
from osgeo import ogr
from qgis.core import (
    Qgis,
    QgsFeature,
    QgsFieldConstraints,
    QgsGeometry,
    QgsLayoutExporter,
    QgsPointXY,
    QgsProject,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QDateTime

from ess_territoires.gis import contributions as c
from ess_territoires.gis.study import Study
from ess_territoires.processing.runner import processing_run


@pytest.fixture
def study(beauvaisis_study, tmp_path):
    """A copy of the Beauvaisis study (establishments imported, indicators computed) with the workshop layers."""
    source, _ = beauvaisis_study
    path = tmp_path / "observatoire.gpkg"
    shutil.copy(source, path)
    results = processing_run("ess_territoires:contributions", {"GPKG": str(path)})
    assert results["RECOMMANDATIONS_AJOUTEES"] == 0
    return path


def layer(path, name):
    found = QgsVectorLayer(f"{path}|layername={name}", name, "ogr")
    assert found.isValid()
    return found


def commune_point(path, name):
    communes = layer(path, "communes")
    feature = next(f for f in communes.getFeatures() if f["nom"] == name)
    return feature["code_commune"], feature.geometry().pointOnSurface().asPoint(), feature.geometry()


def add(path, name, rows):
    target = layer(path, name)
    assert target.startEditing()
    for kind, theme, description, geometry in rows:
        feature = QgsFeature(target.fields())
        feature["type"], feature["theme"], feature["description"] = kind, theme, description
        feature["atelier"], feature["date"] = "Beauvais, 12 mars", QDateTime.currentDateTime()
        feature.setGeometry(geometry)
        assert target.addFeature(feature)
    assert target.commitChanges(), target.commitErrors()


def test_layers_and_geometry_types(study):
    ds = ogr.Open(str(study))
    kinds = {name: ds.GetLayerByName(name).GetGeomType() for name in (c.POINTS, c.ZONES, c.ENQUETES, c.RECOMMANDATIONS)}
    assert kinds == {c.POINTS: ogr.wkbPoint, c.ZONES: ogr.wkbMultiPolygon, c.ENQUETES: ogr.wkbNone,
                     c.RECOMMANDATIONS: ogr.wkbNone}
    fields = [d.GetName() for d in ds.GetLayerByName(c.POINTS).schema]
    assert fields == c.CONTRIBUTION_FIELDS + ["uuid", "auteur", "modifie_le"]
    assert ds.GetLayerByName(c.POINTS).GetSpatialRef().GetAuthorityCode(None) == "2154"
    ds = None


def test_forms_survive_reopening(study, tmp_path):
    points = layer(study, c.POINTS)  # a fresh layer: its form comes from the default style in the GeoPackage
    fields = points.fields()
    setup = {f.name(): points.editorWidgetSetup(i) for i, f in enumerate(fields)}
    assert setup["type"].type() == "ValueMap"
    kinds = {value for entry in setup["type"].config()["map"] for value in entry.values()}
    assert kinds == {"levier", "frein", "projet", "besoin"}
    assert setup["theme"].type() == "ValueMap" and setup["date"].type() == "DateTime"
    assert points.defaultValueDefinition(fields.indexOf("date")).expression() == "now()"
    for name in ("type", "theme", "description", "atelier", "date"):
        constraints = fields.field(name).constraints()
        assert constraints.constraints() & QgsFieldConstraints.Constraint.ConstraintNotNull, name
    assert fields.field("participant").constraints().constraints() == QgsFieldConstraints.Constraints()
    assert points.renderer().type() == "categorizedSymbol"
    assert layer(study, c.ZONES).editorWidgetSetup(fields.indexOf("type")).type() == "ValueMap"

    enquetes = layer(study, c.ENQUETES)
    siret = enquetes.editorWidgetSetup(enquetes.fields().indexOf("siret"))
    assert siret.type() == "RelationReference" and siret.config()["Relation"] == c.RELATION_ID
    recommendations = layer(study, c.RECOMMANDATIONS)
    priority = recommendations.fields().indexOf("priorite")
    assert recommendations.constraintExpression(priority) == '"priorite" IN (1, 2, 3)'

    # the relation lives in the project, and survives writing and reading it
    project = QgsProject()
    found = c.add_to_project(project, Study.open(study))
    assert project.relationManager().relation(c.RELATION_ID).isValid()
    qgz = tmp_path / "observatoire.qgz"
    assert project.write(str(qgz))
    again = QgsProject()
    assert again.read(str(qgz))
    relation = again.relationManager().relation(c.RELATION_ID)
    assert relation.isValid()
    assert relation.referencedLayer().name() == found[c.ESTABLISHMENTS].name()
    assert relation.fieldPairs() == {"siret": "siret"}


def test_an_interview_links_to_an_establishment(study):
    project = QgsProject()
    found = c.add_to_project(project, Study.open(study))
    establishment = next(found[c.ESTABLISHMENTS].getFeatures())
    enquetes = found[c.ENQUETES]
    assert enquetes.startEditing()
    feature = QgsFeature(enquetes.fields())
    feature["siret"], feature["enqueteur"] = establishment["siret"], "C. R."
    feature["date"] = QDateTime.currentDateTime()
    feature["besoins"] = "Locaux"
    assert enquetes.addFeature(feature) and enquetes.commitChanges()
    relation = project.relationManager().relation(c.RELATION_ID)
    related = list(relation.getRelatedFeatures(establishment))
    assert [f["besoins"] for f in related] == ["Locaux"]


def test_recommendations_drafted_per_pays_theme_and_type_and_kept_when_edited(study):
    code, point, polygon = commune_point(study, "Lachaussée-du-Bois-d'Écu")
    geometry = QgsGeometry.fromPointXY(QgsPointXY(point))
    add(study, c.POINTS, [
        ("levier", "cooperation", "Un réseau d'acteurs actif", geometry),
        ("levier", "cooperation", "Des élus moteurs", geometry),
        ("levier", "cooperation", "Un tiers-lieu", geometry),
        ("frein", "mobilite", "Pas de transport le soir", geometry),
        ("projet", "alimentation", "Une épicerie solidaire", geometry),
        ("besoin", "foncier_locaux", "Des locaux partagés", geometry),
    ])
    add(study, c.ZONES, [("frein", "mobilite", "Zone blanche de transport", polygon)])
    contributions = c.read_contributions(Study.open(study))
    assert len(contributions) == 7
    assert set(contributions["code_commune"]) == {code}  # from the map, when left empty
    assert set(contributions["code_pays"]) == {"epci:200067999"}

    results = processing_run("ess_territoires:contributions", {"GPKG": str(study), "RECOMMANDATIONS": True})
    assert results["RECOMMANDATIONS_AJOUTEES"] == 2
    rows = layer(study, c.RECOMMANDATIONS)
    drafted = {(f["theme"], f["type"]): f for f in rows.getFeatures()}
    assert set(drafted) == {("cooperation", "levier"), ("mobilite", "frein")}
    assert drafted[("cooperation", "levier")]["nb_contributions"] == 3
    assert drafted[("cooperation", "levier")]["priorite"] == 1
    assert drafted[("mobilite", "frein")]["priorite"] == 2
    assert "Zone blanche de transport" in drafted[("mobilite", "frein")]["constats"]

    # the user edits a row; drafting again adds only what is new and keeps the edit
    assert rows.startEditing()
    fid = drafted[("mobilite", "frein")].id()
    rows.changeAttributeValue(fid, rows.fields().indexOf("action_proposee"), "Transport à la demande")
    assert rows.commitChanges()
    add(study, c.POINTS, [("frein", "financement", "Subventions tardives", geometry)])
    assert c.draft_recommendations(Study.open(study)) == 1
    actions = {f["theme"]: f["action_proposee"] for f in layer(study, c.RECOMMANDATIONS).getFeatures()}
    assert actions["mobilite"] == "Transport à la demande" and len(actions) == 3
    assert c.draft_recommendations(Study.open(study)) == 0


def test_export_with_the_indicators(study, tmp_path):
    _, point, _ = commune_point(study, "Beauvais")
    add(study, c.POINTS, [("frein", "mobilite", "Pas de bus", QgsGeometry.fromPointXY(QgsPointXY(point)))])
    processing_run("ess_territoires:contributions", {
        "GPKG": str(study), "RECOMMANDATIONS": True, "OUTPUT_XLSX": str(tmp_path / "ateliers.xlsx"),
        "OUTPUT_CSV": str(tmp_path / "csv")})
    ds = ogr.Open(str(tmp_path / "ateliers.xlsx"))
    sheets = {ds.GetLayer(i).GetName(): ds.GetLayer(i).GetFeatureCount() for i in range(ds.GetLayerCount())}
    ds = None
    with sqlite3.connect(str(study)) as con:
        communes = con.execute("SELECT count(*) FROM indicateurs_communes").fetchone()[0]
    assert sheets == {"indicateurs_pays": 1, "indicateurs_epci": 1, "indicateurs_communes": communes,
                      "contributions": 1, "recommandations": 1}
    csv = (tmp_path / "csv" / "contributions.csv").read_text(encoding="utf-8")
    assert "Pas de bus" in csv and "Obstacle" in csv and "Mobility" in csv
    assert sorted(p.name for p in (tmp_path / "csv").iterdir()) == sorted(f"{name}.csv" for name in sheets)


def test_closing_recommendations_page_after_the_atlas(study, tmp_path):
    from ess_territoires.gis import atlas

    _, point, _ = commune_point(study, "Beauvais")
    add(study, c.POINTS, [("levier", "emploi", "Des groupements d'employeurs",
                           QgsGeometry.fromPointXY(QgsPointXY(point)))])
    c.draft_recommendations(Study.open(study))
    project = QgsProject()
    layout = atlas.build_atlas(project, Study.open(study), "pays",
                               theme_layers=c.map_layers(project, Study.open(study)))
    workshops = layout.itemById("carte_ateliers")  # drawn over the main map, exactly on it
    main = layout.itemById("carte")
    assert workshops.atlasDriven() and workshops.zValue() > main.zValue()
    assert workshops.mapRectToScene(workshops.rect()) == main.mapRectToScene(main.rect())
    assert "Workshop contributions" in [layer.name() for layer in workshops.layers()]
    assert "Workshop contributions" not in [  # the shared theme stays the territories'
        layer.name() for layer in project.mapThemeCollection().mapThemeVisibleLayers(main.followVisibilityPresetName())]
    closing = c.recommendations_layout(project, Study.open(study), territory="epci:200067999")
    settings = QgsLayoutExporter.PdfExportSettings()
    settings.textRenderFormat = Qgis.TextRenderFormat.AlwaysText  # for pdftotext
    out = tmp_path / "atlas.pdf"
    result, error = QgsLayoutExporter.exportToPdf(c.WithClosingPage(layout.atlas(), closing), str(out), settings)
    assert result == QgsLayoutExporter.ExportResult.Success, error
    info = subprocess.run(["pdfinfo", str(out)], capture_output=True, text=True, check=True).stdout
    assert [line.split()[-1] for line in info.splitlines() if line.startswith("Pages:")] == ["2"]
    last = subprocess.run(["pdftotext", "-f", "2", str(out), "-"], capture_output=True, text=True, check=True).stdout
    assert "Recommendations" in last and "Build on this lever (Employment and skills)" in last


def _closing_page_text(project, study, tmp_path, territory):
    closing = c.recommendations_layout(project, Study.open(study), territory=territory)
    settings = QgsLayoutExporter.PdfExportSettings()
    settings.textRenderFormat = Qgis.TextRenderFormat.AlwaysText  # for pdftotext
    out = tmp_path / "closing.pdf"
    assert QgsLayoutExporter(closing).exportToPdf(str(out), settings) == QgsLayoutExporter.ExportResult.Success
    return " ".join(subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True,
                                   check=True).stdout.split())


def test_closing_page_speaks_the_plugins_language_and_says_when_there_is_none(study, tmp_path):
    """The study's form was saved in French; an English atlas prints English headings and labels,
    and a territory without any recommendation gets a sentence, not an empty table."""
    from ess_territoires.gis.i18n import install_translator

    install_translator("fr")
    try:
        c.save_form(Study.open(study), c.RECOMMANDATIONS)  # headings saved in French with the study
    finally:
        install_translator("en")
    _, point, _ = commune_point(study, "Beauvais")
    add(study, c.POINTS, [("frein", "mobilite", "Pas de bus", QgsGeometry.fromPointXY(QgsPointXY(point)))])
    c.draft_recommendations(Study.open(study))
    project = QgsProject()
    text = _closing_page_text(project, study, tmp_path, "epci:200067999")
    assert "Proposed action" in text and "Priority" in text and "Obstacle" in text and "Mobility" in text, text
    assert "Action proposée" not in text and "Priorité" not in text, text
    none = _closing_page_text(QgsProject(), study, tmp_path, "grand-amienois")  # none drafted there
    assert "No recommendation has been drafted yet for this territory" in none, none
    assert "Proposed action" not in none
