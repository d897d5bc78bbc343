"""Offline copies for meetings and back: workshop rows with uuid, author and time; "Take offline" writes a
study folder from a study in either home; "Bring back" merges what the copy captured, keeps both versions of
a row edited on both sides as a conflict, is all or nothing and idempotent. Each test runs on a GeoPackage
study and on a PostGIS study of a throwaway cluster."""
import json
import re
import shutil
import zipfile
from pathlib import Path

import pandas as pd
import pytest
import test_database_study
import test_gui_panel
from osgeo import ogr
from qgis.core import QgsGeometry, QgsProcessingException, QgsProject, QgsVectorLayerUtils

from ess_territoires.core.errors import InputError
from ess_territoires.gis import conflicts, layers, offline, study_folder, tracking
from ess_territoires.gis import contributions as c
from ess_territoires.gis.gpkg import Table
from ess_territoires.gis.study import Study
from ess_territoires.processing.runner import processing_run

# the panel loaded as QGIS loads it (settings of its own), a QGIS saved connection to the test database
settings_file = test_gui_panel.settings_file
plugin = test_gui_panel.plugin
saved_connection = test_database_study.saved_connection
UTC = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$")
UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")


@pytest.fixture(scope="module")
def small_study(qgis_app, tmp_path_factory):
    """A study of one EPCI (Trois Rivières, in the Thiérache) with its workshop layers."""
    from ess_territoires.gis.territory import create_study

    path = tmp_path_factory.mktemp("offline") / "etude.gpkg"
    create_study(Study.open(path), "epci:240200600")
    return path


@pytest.fixture(params=["gpkg", "postgis"])
def team_study(request, small_study, tmp_path):
    """The team's study: a GeoPackage, or a PostGIS schema (the same tables)."""
    path = tmp_path / "equipe" / "etude.gpkg"
    path.parent.mkdir()
    shutil.copy(small_study, path)
    study = Study.open(path)
    if request.param == "postgis":
        target = Study.open(request.getfixturevalue("postgis_location"))
        target.write({name: study.read_table(name) for name in study.layer_names()})
        study = target
    c.ensure_tables(study, "Équipe")
    return study


@pytest.fixture
def author():
    tracking.set_panel_author("")
    yield tracking.set_panel_author
    tracking.set_panel_author("")


def commune_point(study):
    communes = layers.open_layer(study, "communes")
    feature = next(communes.getFeatures())
    return QgsGeometry.fromPointXY(feature.geometry().pointOnSurface().asPoint())


def add(study, name, rows, geometry=None) -> list:
    """Add rows as QGIS's add-feature tool does (default values evaluated); their uuids."""
    layer = layers.open_layer(study, name)
    assert layer.startEditing()
    added = []
    for values in rows:
        attributes = {layer.fields().indexOf(key): value for key, value in values.items()}
        feature = QgsVectorLayerUtils.createFeature(layer, geometry or QgsGeometry(), attributes,
                                                    layer.createExpressionContext())
        assert layer.addFeature(feature)
        added.append(feature[tracking.UUID])
    assert layer.commitChanges(), layer.commitErrors()
    return added


def edit(study, name, key, **values):
    """Change fields of the row ``key`` (uuid) as a user does in the attribute table."""
    layer = layers.open_layer(study, name)
    feature = next(f for f in layer.getFeatures() if f[tracking.UUID] == key)
    assert layer.startEditing()
    for field, value in values.items():
        assert layer.changeAttributeValue(feature.id(), layer.fields().indexOf(field), value)
    assert layer.commitChanges(), layer.commitErrors()


def delete(study, name, key):
    layer = layers.open_layer(study, name)
    feature = next(f for f in layer.getFeatures() if f[tracking.UUID] == key)
    assert layer.startEditing() and layer.deleteFeature(feature.id()) and layer.commitChanges()


def rows(study, name) -> dict:
    frame = study.read(name)
    return {row[tracking.UUID]: row for row in frame.to_dict("records")}


def age(study, name):
    """Every row of the table as if written long ago (so that a new edit shows in modifie_le)."""
    table = study.read_table(name)
    frame = table.frame.assign(modifie_le="2020-01-01T00:00:00Z")
    c.write_workshop(study, {name: c.workshop_table(name, frame, table.geometries)})


def contribution(kind, description):
    return {"type": kind, "theme": "mobilite", "description": description, "atelier": "Guise, 12 mars",
            "date": "2026-03-12T10:00:00"}


def snapshot(study) -> dict:
    return {name: study.read(name) for name in study.layer_names() if name != "layer_styles"}


# ----------------------------------------------------------------------------------------------
# uuid, auteur, modifie_le


def test_workshop_rows_carry_uuid_author_and_time_from_qgis_and_from_our_writers(team_study, author):
    study = team_study
    for name in c.WORKSHOP_TABLES:
        assert set(tracking.TRACKING_FIELDS) <= set(study.read(name).columns), name
    layer = layers.open_layer(study, c.POINTS)
    index = layer.fields().indexOf(tracking.MODIFIED)
    assert layer.defaultValueDefinition(index).applyOnUpdate()
    assert "now()" in layer.defaultValueDefinition(index).expression()
    assert layer.defaultValueDefinition(layer.fields().indexOf("uuid")).expression().startswith("uuid(")
    assert "@user_full_name" in layer.defaultValueDefinition(layer.fields().indexOf("auteur")).expression()

    author("Claire Martin, CRESS")
    first, second = add(study, c.POINTS, [contribution("levier", "Un tiers-lieu"),
                                          contribution("frein", "Pas de bus")], commune_point(study))
    written = rows(study, c.POINTS)
    assert UUID.match(first) and first != second and set(written) == {first, second}
    assert written[first]["auteur"] == "Claire Martin, CRESS"
    assert UTC.match(written[first]["modifie_le"])
    assert abs(pd.Timestamp(written[first]["modifie_le"]) - pd.Timestamp(tracking.utc_now())) < pd.Timedelta("2min")

    author("")  # QGIS's user name when none is set
    age(study, c.POINTS)
    edit(study, c.POINTS, first, description="Un tiers-lieu à Guise")
    edited = rows(study, c.POINTS)
    assert edited[first]["modifie_le"] != "2020-01-01T00:00:00Z" and UTC.match(edited[first]["modifie_le"])
    assert edited[second]["modifie_le"] == "2020-01-01T00:00:00Z"  # untouched
    assert edited[first]["uuid"] == first  # stable

    # our writers fill them too: drafted recommendations carry the author given
    assert c.draft_recommendations(study, "Paul (CLI)") == 2  # a lever and an obstacle
    drafted = study.read(c.RECOMMANDATIONS)
    assert list(drafted["auteur"]) == ["Paul (CLI)"] * 2 and drafted["uuid"].str.match(UUID.pattern).all()
    assert drafted["modifie_le"].str.match(UTC.pattern).all()


@pytest.mark.parametrize("zone", ["Europe/Paris", "America/Cayenne", "Pacific/Noumea"])
def test_qgis_writes_modifie_le_in_utc_whatever_the_local_time_zone(qgis_app, monkeypatch, zone):
    import time

    from qgis.core import QgsExpression, QgsExpressionContext

    monkeypatch.setenv("TZ", zone)
    time.tzset()
    try:
        value = QgsExpression(tracking.MODIFIED_DEFAULT).evaluate(QgsExpressionContext())
        local = QgsExpression("format_date(now(), 'yyyy-MM-ddTHH:mm:ss')").evaluate(QgsExpressionContext())
    finally:
        monkeypatch.delenv("TZ")
        time.tzset()
    assert UTC.match(value)
    assert abs(pd.Timestamp(value) - pd.Timestamp(tracking.utc_now())) < pd.Timedelta("2min")
    assert abs(pd.Timestamp(local) - pd.Timestamp(value[:-1])) > pd.Timedelta("50min")  # the zone was in force


def test_a_study_made_before_the_tracking_fields_gets_them_when_opened(team_study):
    study = team_study
    point = commune_point(study)
    old = Table(pd.DataFrame({"type": ["levier", "frein"], "theme": ["emploi", "mobilite"],
                              "description": ["A", "B"], "atelier": ["x", "x"]}),
                [ogr.CreateGeometryFromWkt(point.asWkt()), ogr.CreateGeometryFromWkt(point.asWkt())],
                ogr.wkbPoint)
    study.write({c.POINTS: old})
    assert c.needs_upgrade(study) == [c.POINTS]
    processing_run("ess_territoires:contributions", {"GPKG": str(study), "AUTEUR": "Migration"})
    upgraded = study.read(c.POINTS)
    assert list(upgraded["description"]) == ["A", "B"]
    assert upgraded["uuid"].map(lambda v: bool(UUID.match(v))).all() and upgraded["uuid"].is_unique
    assert list(upgraded["auteur"]) == ["Migration", "Migration"]
    assert c.needs_upgrade(study) == []
    layer = layers.open_layer(study, c.POINTS)  # the form saved again: QGIS fills them from now on
    assert layer.defaultValueDefinition(layer.fields().indexOf("modifie_le")).applyOnUpdate()


# ----------------------------------------------------------------------------------------------
# Take offline, bring back


def take_offline(study, folder):
    return processing_run("ess_territoires:hors_ligne", {"ETUDE": str(study), "OUTPUT": str(folder),
                                                          "AUTEUR": "Équipe"})


def bring_back(folder, study, who="Équipe"):
    return processing_run("ess_territoires:retour", {"DOSSIER": str(folder), "ETUDE": str(study), "AUTEUR": who})


def counts(result) -> tuple:
    return result["INSERTIONS"], result["MISES_A_JOUR"], result["SUPPRESSIONS"], result["CONFLITS"]


def test_take_offline_writes_a_study_folder_that_records_its_source(team_study, tmp_path, author):
    study = team_study
    author("Claire")
    keys = add(study, c.POINTS, [contribution("levier", "A"), contribution("frein", "B")], commune_point(study))
    result = take_offline(study, tmp_path / "reunion")
    assert result["LIGNES_ATELIER"] == 2
    copy = Study.open(tmp_path / "reunion" / "observatoire.gpkg")
    assert (tmp_path / "reunion" / "observatoire.qgz").exists()
    settings = copy.settings()
    assert settings["hors_ligne_source"] == offline._location_of(study)
    assert UTC.match(settings["hors_ligne_date"]) and settings["etude_uuid"] == study.settings()["etude_uuid"]
    base = json.loads(settings["hors_ligne_lignes"])
    assert set(base[c.POINTS]) == set(keys) and base[c.ENQUETES] == {}
    assert base[c.POINTS][keys[0]][0] == rows(study, c.POINTS)[keys[0]]["modifie_le"]
    assert set(copy.read("communes")["code_commune"]) == set(study.read("communes")["code_commune"])
    assert rows(copy, c.POINTS)[keys[0]]["description"] == "A"

    project = QgsProject()
    study_folder.open_study_folder(tmp_path / "reunion", project)
    assert study_folder.check_offline(project) == []  # nothing needs the network or the team's database
    names = {layer.name() for layer in project.mapLayers().values()}
    assert {"Workshop contributions", "Interviews", "Recommendations", "Communes"} <= names
    points = next(layer for layer in project.mapLayers().values() if layer.name() == "Workshop contributions")
    assert points.providerType() == "ogr" and points.featureCount() == 2
    assert points.defaultValueDefinition(points.fields().indexOf("modifie_le")).applyOnUpdate()
    project.clear()

    with pytest.raises(QgsProcessingException, match="is not empty"):
        take_offline(study, tmp_path / "reunion")


def team_project(study, other_database_layer=None):
    """The study's project as a team makes it: a layout (a map locked on the communes, an atlas over them,
    their attribute table), a map theme, a WMS basemap and, for a study in PostGIS, a layer of another
    schema of the database; saved where the study keeps its project (stored in the database)."""
    from qgis.core import (
        QgsLayoutFrame,
        QgsLayoutItemAttributeTable,
        QgsLayoutItemMap,
        QgsMapThemeCollection,
        QgsPrintLayout,
        QgsRasterLayer,
    )
    from qgis.PyQt.QtCore import QRectF

    from ess_territoires.gis import project as study_project

    project = QgsProject()
    c.add_to_project(project, study)  # the workshop layers with their forms, as the panel adds them
    study_project.save_project(project, study)
    communes = next(layer for layer in project.mapLayers().values()
                    if study.layer_name_of(layer.source()) == "communes")
    layout = QgsPrintLayout(project)
    layout.initializeDefaults()
    layout.setName("Carte de la réunion")
    map_item = QgsLayoutItemMap(layout)
    map_item.attemptSetSceneRect(QRectF(10, 10, 180, 180))
    map_item.setLayers([communes])
    map_item.setKeepLayerSet(True)
    map_item.zoomToExtent(communes.extent())
    layout.addLayoutItem(map_item)
    layout.atlas().setCoverageLayer(communes)
    layout.atlas().setEnabled(True)
    map_item.setAtlasDriven(True)
    table = QgsLayoutItemAttributeTable.create(layout)
    table.setVectorLayer(communes)
    layout.addMultiFrame(table)
    frame = QgsLayoutFrame(layout, table)
    frame.attemptSetSceneRect(QRectF(200, 10, 90, 180))
    table.addFrame(frame)
    project.layoutManager().addLayout(layout)
    record = QgsMapThemeCollection.MapThemeRecord()
    record.setLayerRecords([QgsMapThemeCollection.MapThemeLayerRecord(communes)])
    project.mapThemeCollection().insert("Communes seules", record)
    basemap = QgsRasterLayer("type=xyz&url=http://127.0.0.1:9/%7Bz%7D/%7Bx%7D/%7By%7D.png&zmax=19&zmin=0",
                             "Fond de plan", "wms")
    project.addMapLayer(basemap)
    if other_database_layer is not None:
        project.addMapLayer(other_database_layer)
    assert project.write(), project.error()
    return project


def test_the_copy_keeps_the_layouts_themes_and_layers_of_the_study_project(team_study, tmp_path, request):
    """The copy's project starts from the study's: layout, atlas, map theme and basemap kept, every study
    layer read from the copy's GeoPackage, no connection to the team's database left in the file."""
    from qgis.core import QgsLayoutItemMap, QgsVectorLayer

    from ess_territoires.gis import project as study_project

    study = team_study
    other = None
    if study.provider == "postgres":  # a layer of another schema: the copy must leave it out
        elsewhere = Study.open(request.getfixturevalue("postgres_server").new_location("voisine"))
        elsewhere.write({"communes": study.read_table("communes")})
        other = QgsVectorLayer(elsewhere.layer_uri("communes"), "Communes voisines", "postgres")
        assert other.isValid()
    source = team_project(study, other)
    source_sources = {layer.source() for layer in source.mapLayers().values() if layer.providerType() != "wms"}
    source.clear()

    result = take_offline(study, tmp_path / "reunion")
    assert "Fond de plan" in result["BESOINS"] and "127.0.0.1:9" in result["BESOINS"]
    assert result["COUCHES_ECARTEES"] == ("Communes voisines" if other is not None else "")
    copy_folder = (tmp_path / "reunion").resolve()
    with zipfile.ZipFile(copy_folder / "observatoire.qgz") as archive:
        xml = "".join(archive.read(name).decode("utf-8", "replace") for name in archive.namelist()
                      if name.endswith(".qgs"))
    for word in ("postgres", "dbname", "password", "host=", str(Path(study.location).parent)):
        assert word not in xml, word
    assert not any(text in xml for text in source_sources)

    project = QgsProject()
    study_folder.open_study_folder(copy_folder, project)
    assert study_project.study_location(project) == str(copy_folder / "observatoire.gpkg")
    names = {layer.name() for layer in project.mapLayers().values()}
    assert "Fond de plan" in names and "Communes voisines" not in names
    copy = Study.open(copy_folder / "observatoire.gpkg")
    for layer in project.mapLayers().values():
        if layer.name() == "Fond de plan":
            assert layer.providerType() == "wms"
            continue
        assert layer.providerType() == "ogr" and copy.layer_name_of(layer.source()), layer.source()
        assert layer.isValid() and Path(layer.source().split("|")[0]).resolve() == copy_folder / "observatoire.gpkg"
    communes = next(layer for layer in project.mapLayers().values() if copy.layer_name_of(layer.source()) == "communes")
    assert communes.featureCount() == len(study.read("communes"))
    layout = project.layoutManager().layoutByName("Carte de la réunion")
    assert layout is not None and layout.atlas().coverageLayer() is communes
    (map_item,) = [item for item in layout.items() if isinstance(item, QgsLayoutItemMap)]
    assert map_item.layers() == [communes]
    assert layout.multiFrames()[0].vectorLayer() is communes
    assert project.mapThemeCollection().hasMapTheme("Communes seules")
    assert project.mapThemeCollection().mapThemeVisibleLayers("Communes seules") == [communes]
    assert "(offline copy)" in project.title()
    # the workshop layer of the team's project, now reading the copy: a row captured at the meeting
    points = next(layer for layer in project.mapLayers().values() if copy.layer_name_of(layer.source()) == c.POINTS)
    assert points.startEditing()
    feature = QgsVectorLayerUtils.createFeature(points, commune_point(copy), {
        points.fields().indexOf("type"): "levier", points.fields().indexOf("description"): "Vu en réunion"},
        points.createExpressionContext())
    assert points.addFeature(feature) and points.commitChanges(), points.commitErrors()
    project.clear()
    assert UUID.match(rows(copy, c.POINTS)[feature["uuid"]]["uuid"])
    assert counts(bring_back(copy_folder, study)) == (1, 0, 0, 0)
    assert rows(study, c.POINTS)[feature["uuid"]]["description"] == "Vu en réunion"


def test_a_copy_whose_project_cannot_be_written_is_removed_with_a_message(team_study, tmp_path, monkeypatch):
    from ess_territoires.gis import project as study_project

    def refuse(*_args, **_kwargs):
        raise InputError("The project observatoire.qgz could not be written: disk full")

    monkeypatch.setattr(study_project, "save_project", refuse)
    with pytest.raises(QgsProcessingException, match="could not be written: disk full"):
        take_offline(team_study, tmp_path / "reunion")
    assert not (tmp_path / "reunion").exists()


def test_the_copy_opens_and_draws_with_the_team_database_stopped(small_study, tmp_path):
    """A cluster of its own, stopped and removed once the copy is taken: the copy's layers, layout and
    atlas still read and draw everything from its GeoPackage."""
    from pg_cluster import throwaway
    from qgis.core import QgsLayoutExporter
    from qgis.PyQt.QtCore import QSize
    from qgis.PyQt.QtGui import QColor

    with throwaway() as cluster:
        study = Study.open(cluster.new_location("equipe"))
        source = Study.open(small_study)
        study.write({name: source.read_table(name) for name in source.layer_names()})
        team_project(study).clear()
        take_offline(study, tmp_path / "reunion")
    project = QgsProject()
    study_folder.open_study_folder(tmp_path / "reunion", project)
    vectors = [layer for layer in project.mapLayers().values() if layer.providerType() != "wms"]
    assert len(vectors) >= 7 and all(layer.isValid() and layer.providerType() == "ogr" for layer in vectors)
    layout = project.layoutManager().layoutByName("Carte de la réunion")
    atlas = layout.atlas()
    assert atlas.beginRender() and atlas.count() == len(source.read("communes")) and atlas.first()
    image = QgsLayoutExporter(layout).renderPageToImage(0, QSize(1188, 840))  # 4 px per mm
    inside_map = {image.pixelColor(x, y).name() for x in range(60, 760, 10) for y in range(60, 760, 10)}
    assert len(inside_map - {QColor("white").name()}) >= 2, "the map drew no commune"
    atlas.endRender()
    project.clear()


def test_bring_back_merges_inserts_updates_deletes_and_keeps_conflicts(team_study, tmp_path, author):
    study = team_study
    author("Équipe")
    point = commune_point(study)
    a, b, cc, d, e = add(study, c.POINTS, [contribution("levier", text) for text in "ABCDE"], point)
    (f,) = add(study, c.ENQUETES, [{"siret": "12345678900011", "enqueteur": "C. R.", "besoins": "Locaux",
                                    "date": "2026-03-01T09:00:00"}])
    age(study, c.POINTS)
    age(study, c.ENQUETES)
    take_offline(study, tmp_path / "reunion")
    copy = Study.open(tmp_path / "reunion" / "observatoire.gpkg")

    author("Laptop")  # at the meeting
    (new,) = add(copy, c.POINTS, [contribution("projet", "Une épicerie solidaire")], point)
    edit(copy, c.POINTS, a, description="A, précisé à la réunion")
    edit(copy, c.POINTS, cc, description="C selon la réunion")
    delete(copy, c.POINTS, d)
    delete(copy, c.POINTS, e)
    edit(copy, c.ENQUETES, f, besoins="Locaux et véhicule")
    author("Bureau")  # meanwhile, at the office
    edit(study, c.POINTS, b, description="B corrigé au bureau")
    edit(study, c.POINTS, cc, description="C selon le bureau")
    edit(study, c.POINTS, e, theme="emploi")
    (office,) = add(study, c.POINTS, [contribution("besoin", "Ajout du bureau")], point)

    result = bring_back(tmp_path / "reunion", study)
    assert counts(result) == (1, 2, 1, 2)
    merged = rows(study, c.POINTS)
    assert set(merged) == {a, b, cc, e, new, office}  # d deleted; e kept: edited at the office
    assert merged[new]["description"] == "Une épicerie solidaire" and merged[new]["auteur"] == "Laptop"
    assert merged[a]["description"] == "A, précisé à la réunion" and merged[a]["auteur"] == "Laptop"
    assert merged[b]["description"] == "B corrigé au bureau"
    assert merged[cc]["description"] == "C selon le bureau"  # a conflict: the study's row stays
    assert merged[e]["theme"] == "emploi"
    assert rows(study, c.ENQUETES)[f]["besoins"] == "Locaux et véhicule"
    moved = study.read_table(c.POINTS)
    assert all(g is not None and g.GetGeometryType() == ogr.wkbPoint for g in moved.geometries)

    found = conflicts.open_conflicts(study)
    assert sorted(found["uuid"]) == sorted([cc, e]) and set(found["nom_table"]) == {c.POINTS}
    on_c = found[found["uuid"] == cc].iloc[0]
    assert json.loads(on_c["version_etude"])["description"] == "C selon le bureau"
    assert json.loads(on_c["version_copie"])["description"] == "C selon la réunion"
    assert (on_c["auteur_etude"], on_c["auteur_copie"]) == ("Bureau", "Laptop")
    assert UTC.match(on_c["modifie_le_etude"]) and UTC.match(on_c["modifie_le_copie"])
    assert ("description", "C selon le bureau", "C selon la réunion") in conflicts.differences(on_c)
    on_e = found[found["uuid"] == e].iloc[0]
    assert on_e["version_copie"] is None and json.loads(on_e["version_etude"])["theme"] == "emploi"

    # the same folder again: nothing new, not even a second copy of the conflicts
    before = snapshot(study)
    assert counts(bring_back(tmp_path / "reunion", study)) == (0, 0, 0, 0)
    after = snapshot(study)
    assert set(after) == set(before)
    for name in before:
        pd.testing.assert_frame_equal(after[name], before[name], check_dtype=False, obj=name)

    # the user chooses: the copy's text for C, the study's row for E (the copy had deleted it)
    conflicts.resolve(study, on_c["id_conflit"], conflicts.COPY, "Claire")
    conflicts.resolve(study, on_e["id_conflit"], conflicts.STUDY, "Claire")
    resolved = rows(study, c.POINTS)
    assert resolved[cc]["description"] == "C selon la réunion" and resolved[cc]["uuid"] == cc
    assert resolved[e]["theme"] == "emploi" and len(resolved) == 6
    assert conflicts.open_conflicts(study).empty
    done = conflicts.read(study).set_index("uuid")
    assert done.loc[cc, "choix"] == "copie" and done.loc[e, "choix"] == "etude"
    assert set(done["statut"]) == {"resolu"} and set(done["resolu_par"]) == {"Claire"}
    with pytest.raises(InputError, match="already resolved"):
        conflicts.resolve(study, on_c["id_conflit"], conflicts.STUDY)
    assert counts(bring_back(tmp_path / "reunion", study)) == (0, 0, 0, 0)

    # the copy keeps being used: a later edit there comes back as an update
    edit(copy, c.POINTS, new, description="Une épicerie solidaire et un marché")
    assert counts(bring_back(tmp_path / "reunion", study)) == (0, 1, 0, 0)
    assert rows(study, c.POINTS)[new]["description"] == "Une épicerie solidaire et un marché"


def test_resolving_for_the_copy_brings_back_a_row_the_study_deleted(team_study, tmp_path, author):
    study = team_study
    author("Équipe")
    (key,) = add(study, c.RECOMMANDATIONS, [{"code_pays": "epci:240200600", "theme": "emploi", "type": "levier",
                                             "priorite": 2, "action_proposee": "Un groupement d'employeurs"}])
    age(study, c.RECOMMANDATIONS)
    take_offline(study, tmp_path / "reunion")
    copy = Study.open(tmp_path / "reunion" / "observatoire.gpkg")
    edit(copy, c.RECOMMANDATIONS, key, priorite=1)
    delete(study, c.RECOMMANDATIONS, key)
    assert counts(bring_back(tmp_path / "reunion", study)) == (0, 0, 0, 1)
    assert key not in rows(study, c.RECOMMANDATIONS)
    (conflict,) = conflicts.open_conflicts(study).to_dict("records")
    assert conflict["version_etude"] is None
    conflicts.resolve(study, conflict["id_conflit"], conflicts.COPY)
    back = rows(study, c.RECOMMANDATIONS)[key]
    assert back["priorite"] == 1 and back["action_proposee"] == "Un groupement d'employeurs"


def test_a_failed_bring_back_leaves_the_study_and_the_copy_as_they_were(team_study, tmp_path, author, monkeypatch):
    from ess_territoires.gis import gpkg, postgis

    study = team_study
    author("Équipe")
    point = commune_point(study)
    a, b = add(study, c.POINTS, [contribution("levier", "A"), contribution("frein", "B")], point)
    age(study, c.POINTS)
    take_offline(study, tmp_path / "reunion")
    copy = Study.open(tmp_path / "reunion" / "observatoire.gpkg")
    add(copy, c.POINTS, [contribution("projet", "Nouveau")], point)
    edit(copy, c.POINTS, a, description="A modifié")
    edit(copy, c.POINTS, b, description="B hors ligne")
    edit(study, c.POINTS, b, description="B au bureau")  # a conflict: the conflicts table is written too
    add(copy, c.ENQUETES, [{"siret": "12345678900011", "enqueteur": "C. R.", "date": "2026-03-01T09:00:00"}])
    before, copy_before = snapshot(study), copy.settings()

    calls = []
    if study.provider == "ogr":
        real = gpkg.write_table

        def failing(ds, name, table):
            calls.append(name)
            if len(calls) == 2:
                del ds  # the traceback must not keep the datasource open after the rollback
                raise RuntimeError("disk full")
            return real(ds, name, table)

        monkeypatch.setattr(gpkg, "write_table", failing)
    else:
        real = postgis.PostGIS._create

        def failing(self, cursor, name, table):
            calls.append(name)
            if len(calls) == 2:
                raise RuntimeError("server gone")
            return real(self, cursor, name, table)

        monkeypatch.setattr(postgis.PostGIS, "_create", failing)
    with pytest.raises(QgsProcessingException):
        bring_back(tmp_path / "reunion", study)
    monkeypatch.undo()
    assert len(calls) == 2  # failed halfway through the tables
    after = snapshot(study)
    assert set(after) == set(before)
    for name in before:
        pd.testing.assert_frame_equal(after[name], before[name], check_dtype=False, obj=name)
    assert copy.settings() == copy_before

    assert counts(bring_back(tmp_path / "reunion", study)) == (2, 1, 0, 1)  # then it works, whole


def test_bad_input_gets_a_clear_message_and_changes_nothing(team_study, tmp_path, small_study):
    study = team_study
    with pytest.raises(QgsProcessingException, match="holds no observatoire.gpkg"):
        bring_back(tmp_path / "absent", study)
    plain = tmp_path / "pas_une_copie"
    study_folder.create_study_folder(plain, "epci:240200600", QgsProject())
    with pytest.raises(QgsProcessingException, match="is not an offline copy"):
        bring_back(plain, study)
    # a copy of another study (same territory, another study)
    other = Study.open(tmp_path / "autre" / "etude.gpkg")
    (tmp_path / "autre").mkdir()
    shutil.copy(small_study, other.location)
    take_offline(other, tmp_path / "copie_autre")
    before = snapshot(study)
    with pytest.raises(QgsProcessingException, match="offline copy of another study"):
        bring_back(tmp_path / "copie_autre", study)
    take_offline(study, tmp_path / "reunion")
    with pytest.raises(QgsProcessingException, match="is the offline copy itself"):
        bring_back(tmp_path / "reunion", Study.open(tmp_path / "reunion" / "observatoire.gpkg"))
    assert set(snapshot(study)) == set(before) | {"etude"}
    with pytest.raises(QgsProcessingException, match="not a study"):
        take_offline(Study.open(tmp_path / "vide.gpkg"), tmp_path / "copie_vide")
    assert not (tmp_path / "copie_vide").exists()


def test_the_command_line_takes_offline_and_brings_back(postgres_server, small_study, tmp_path):
    from test_cli import run  # in a process of its own: the command stops QGIS when it ends

    location = postgres_server.new_location("cli_hors_ligne")
    source = Study.open(small_study)
    Study.open(location).write({name: source.read_table(name) for name in source.layer_names()})
    result = run("hors-ligne", "--etude", location, "--out", str(tmp_path / "reunion"), "--auteur", "CLI")
    assert result.returncode == 0, result.stderr
    assert Study.open(tmp_path / "reunion" / "observatoire.gpkg").settings()["hors_ligne_source"] == location
    copy = Study.open(tmp_path / "reunion" / "observatoire.gpkg")
    add(copy, c.POINTS, [contribution("levier", "Vu à la réunion")], commune_point(copy))
    result = run("retour", "--dossier", str(tmp_path / "reunion"), "--etude", location, "--auteur", "CLI")
    assert result.returncode == 0, result.stderr
    assert "1 rows added" in result.stdout
    assert list(Study.open(location).read(c.POINTS)["description"]) == ["Vu à la réunion"]
    for args, message in [
        (("retour", "--dossier", str(tmp_path / "rien"), "--etude", location), "holds no observatoire.gpkg"),
        (("retour", "--dossier", str(tmp_path / "reunion"), "--etude", str(small_study)),
         "offline copy of another study"),
        (("hors-ligne", "--etude", location, "--out", str(tmp_path / "reunion")), "is not empty"),
    ]:
        result = run(*args)
        assert result.returncode == 2, (args, result.stderr)
        assert message in result.stderr and "Traceback" not in result.stderr


def test_the_panel_takes_a_database_study_offline_and_lists_its_conflicts(plugin, iface, saved_connection,
                                                                          postgres_server, tmp_path, monkeypatch):
    """The team's study in PostGIS, opened in the panel through a saved connection: taken offline from the
    panel, the copy brought back into it, the conflict listed and resolved for the study."""
    from qgis.core import Qgis, QgsPrintLayout

    from ess_territoires.gui import offline_panel

    connection, server = saved_connection, postgres_server
    panel = plugin.dock
    panel.territory_combo.setCurrentIndex(panel.territory_combo.findData("pays-de-thierache"))
    panel.open_database_study(connection, "thierache_reunions")
    test_gui_panel.wait_for(panel)
    location = f"postgresql://postgres@127.0.0.1:{server.port}/ess?schema=thierache_reunions"
    assert panel.gpkg == location
    study = Study.open(location)
    c.ensure_tables(study)
    (key,) = add(study, c.POINTS, [contribution("levier", "A")], commune_point(study))
    layout = QgsPrintLayout(QgsProject.instance())  # added in QGIS to the open study's project, not saved
    layout.initializeDefaults()
    layout.setName("Plan de salle")
    QgsProject.instance().layoutManager().addLayout(layout)
    folder = tmp_path / "reunion"
    monkeypatch.setattr(offline_panel.QFileDialog, "getExistingDirectory", lambda *args: str(folder))
    panel.take_offline_button.click()
    test_gui_panel.wait_for(panel)
    assert not test_gui_panel.bar_messages(iface, Qgis.MessageLevel.Critical)
    copy = Study.open(folder / "observatoire.gpkg")
    assert copy.settings()["hors_ligne_source"] == location
    copy_project = QgsProject()
    study_folder.open_study_folder(folder, copy_project)
    assert copy_project.layoutManager().layoutByName("Plan de salle") is not None  # what the user saw
    assert all(layer.providerType() == "ogr" for layer in copy_project.mapLayers().values())
    copy_project.clear()
    edit(copy, c.POINTS, key, description="A selon la réunion")
    edit(study, c.POINTS, key, description="A selon le bureau")
    panel.bring_back_button.click()  # the open study is the team's: the copy's folder is asked
    test_gui_panel.wait_for(panel)
    assert not test_gui_panel.bar_messages(iface, Qgis.MessageLevel.Critical)
    assert panel.conflicts_list.count() == 1
    panel.conflicts_list.setCurrentRow(0)
    panel.keep_study_button.click()
    test_gui_panel.wait_for(panel)
    assert panel.conflicts_list.count() == 0 and conflicts.open_conflicts(study).empty
    assert rows(study, c.POINTS)[key]["description"] == "A selon le bureau"
    assert conflicts.read(study)["choix"].tolist() == ["etude"]

