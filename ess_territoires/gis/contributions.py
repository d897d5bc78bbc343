"""Workshop contributions, interviews and recommendations in a study (the brief's phases 2 and 3).

Layers written into the study:
- ``contributions_atelier`` (points) and ``contributions_atelier_zones`` (multipolygons): what the
  participants raise at a meeting, drawn on the map. Two layers, because QGIS 3.22 reads a
  GeoPackage layer of generic geometry type as the type of its first feature and drops the others.
  Same fields in both: type (levier / frein / projet / besoin), theme, description, participant,
  atelier, date, code_commune, code_pays.
- ``enquetes``: interviews with establishments (siret of ``etablissements_ess``, date, interviewer,
  answers), linked to the establishments by a QgsRelation of the project.
- ``recommandations``: lever or obstacle → proposed action, actors, priority 1-3, per Pays and
  theme; ``draft_recommendations`` drafts one row per Pays, theme and type (lever or obstacle)
  from the contributions, for the user to edit.
Each layer gets a ready form (value maps, default date now(), not-null constraints, relation
reference) saved as its default style in the study, so the forms survive any reopening.
Creating the layers never touches a layer that exists: what users typed is kept.
Every row carries ``uuid``, ``auteur`` and ``modifie_le`` (gis.tracking): a study made before them
gets them when its workshop layers are next opened by ``ensure_tables`` (``upgrade_tables``).
"""
import datetime
from pathlib import Path

import pandas as pd
from osgeo import ogr
from qgis.core import (
    QgsAbstractLayoutIterator,
    QgsCategorizedSymbolRenderer,
    QgsDefaultValue,
    QgsEditorWidgetSetup,
    QgsExpression,
    QgsFeatureRequest,
    QgsFieldConstraints,
    QgsLayoutFrame,
    QgsLayoutItemAttributeTable,
    QgsLayoutItemLabel,
    QgsLayoutPoint,
    QgsLayoutSize,
    QgsPrintLayout,
    QgsProject,
    QgsRelation,
    QgsRelationContext,
    QgsRendererCategory,
    QgsSymbol,
    QgsTextFormat,
)
from qgis.PyQt.QtGui import QColor, QFont

from ..core.errors import InputError
from ..core.i18n import tr
from . import layers, tracking
from .atlas_layout import FONT, PAGE_FORMATS
from .compat import MM
from .gpkg import Table
from .project import study_layer_titles
from .xlsx import write_xlsx

POINTS = "contributions_atelier"
ZONES = "contributions_atelier_zones"
ENQUETES = "enquetes"
RECOMMANDATIONS = "recommandations"
ESTABLISHMENTS = "etablissements_ess"
RELATION_ID = "ess_territoires_enquetes_etablissements"

CONTRIBUTION_FIELDS = ["type", "theme", "description", "participant", "atelier", "date", "code_commune",
                       "code_pays"]
ENQUETE_FIELDS = ["siret", "date", "enqueteur", "interlocuteur", "fonction", "salaries", "benevoles",
                  "activites", "besoins", "freins", "projets", "cooperations", "commentaire"]
RECOMMANDATION_FIELDS = ["code_pays", "theme", "type", "constats", "nb_contributions", "action_proposee",
                         "acteurs", "priorite"]
INTEGER_FIELDS = {"salaries", "benevoles", "nb_contributions", "priorite"}
DATE_FIELDS = {"date"}
DRAFTED_TYPES = ("levier", "frein")
WORKSHOP_TABLES = (POINTS, ZONES, ENQUETES, RECOMMANDATIONS)


def contribution_types() -> dict:
    return {"levier": tr("Lever"), "frein": tr("Obstacle"), "projet": tr("Project"), "besoin": tr("Need")}


def themes() -> dict:
    return {
        "emploi": tr("Employment and skills"),
        "financement": tr("Funding"),
        "cooperation": tr("Cooperation between actors"),
        "foncier_locaux": tr("Land and premises"),
        "mobilite": tr("Mobility"),
        "services_population": tr("Services to the population"),
        "transition_ecologique": tr("Ecological transition"),
        "alimentation": tr("Food and agriculture"),
        "visibilite": tr("Visibility of the ESS"),
        "gouvernance": tr("Governance and public policy"),
        "autre": tr("Other"),
    }


def priorities() -> dict:
    return {1: tr("1 — high"), 2: tr("2 — medium"), 3: tr("3 — low")}


def field_aliases() -> dict:
    return {
        "type": tr("Type"), "theme": tr("Theme"), "description": tr("Description"),
        "participant": tr("Participant"), "atelier": tr("Workshop"), "date": tr("Date"),
        "code_commune": tr("Commune code"), "code_pays": tr("Pays"), "siret": tr("Establishment (SIRET)"),
        "enqueteur": tr("Interviewer"), "interlocuteur": tr("Person interviewed"), "fonction": tr("Role"),
        "salaries": tr("Employees"), "benevoles": tr("Volunteers"), "activites": tr("Activities"),
        "besoins": tr("Needs"), "freins": tr("Obstacles"), "projets": tr("Projects"),
        "cooperations": tr("Cooperations"), "commentaire": tr("Comment"), "constats": tr("What was said"),
        "nb_contributions": tr("Contributions"), "action_proposee": tr("Proposed action"),
        "acteurs": tr("Actors"), "priorite": tr("Priority"), "uuid": tr("Identifier"),
        "auteur": tr("Author"), "modifie_le": tr("Modified on (UTC)"),
    }


# ----------------------------------------------------------------------------------------------
# Tables


def _field_types(columns) -> dict:
    types = {}
    for column in columns:
        if column in INTEGER_FIELDS:
            types[column] = (ogr.OFTInteger, ogr.OFSTNone)
        elif column in DATE_FIELDS:
            types[column] = (ogr.OFTDateTime, ogr.OFSTNone)
        else:
            types[column] = (ogr.OFTString, ogr.OFSTNone)
    return types


def _empty_table(columns, geometry_type, description) -> Table:
    columns = list(columns) + tracking.TRACKING_FIELDS
    frame = pd.DataFrame({column: pd.Series([], dtype="object") for column in columns})
    geometries = None if geometry_type == ogr.wkbNone else []
    return Table(frame, geometries, geometry_type, description, _field_types(columns))


def _writable(column: str, values: pd.Series) -> pd.Series:
    """Values both homes accept for the field: whole numbers as int, dates as ISO text."""
    plain = [tracking.plain(value, dates=column in DATE_FIELDS) for value in values]
    if column in INTEGER_FIELDS:
        plain = [None if value is None else int(value) for value in plain]
    return pd.Series(plain, index=values.index, dtype=object)


def workshop_table(name: str, frame: pd.DataFrame, geometries=None) -> Table:
    """The workshop table ``name`` holding ``frame`` (and ``geometries``), with its fields' types;
    fields of the definition missing from ``frame`` are added empty, others kept after them."""
    columns, geometry_type, description = table_definitions()[name]
    known = list(columns) + tracking.TRACKING_FIELDS
    frame = frame.drop(columns=[c for c in ("fid", "geom") if c in frame.columns]).reset_index(drop=True)
    for column in known:
        if column not in frame.columns:
            frame[column] = None
    frame = frame[known + [c for c in frame.columns if c not in known]]
    frame = pd.DataFrame({column: _writable(column, frame[column]) for column in frame.columns})
    types = _field_types(known)
    if geometry_type == ogr.wkbNone:
        geometries = None
    else:
        geometries = list(geometries) if geometries is not None else [None] * len(frame)
    return Table(frame, geometries, geometry_type, description, types)


def write_workshop(study, tables: dict, feedback=None):
    """Write workshop tables (and others given with them) into ``study``, all or nothing; the
    workshop tables stay editable in QGIS (a PostGIS table gets its row numbering and defaults)."""
    study.write(tables, feedback)
    for name in tables:
        if name in WORKSHOP_TABLES:
            study.make_editable(name, tracking.SQL_DEFAULTS)


def table_definitions() -> dict:
    return {
        POINTS: (CONTRIBUTION_FIELDS, ogr.wkbPoint, tr("Workshop contributions (points)")),
        ZONES: (CONTRIBUTION_FIELDS, ogr.wkbMultiPolygon, tr("Workshop contributions (areas)")),
        ENQUETES: (ENQUETE_FIELDS, ogr.wkbNone, tr("Interviews with ESS establishments")),
        RECOMMANDATIONS: (RECOMMANDATION_FIELDS, ogr.wkbNone, tr("Recommendations per Pays")),
    }


def ensure_tables(study, who: str = "") -> list:
    """Create the workshop layers missing from ``study`` (all or nothing) and save their forms as
    default styles; returns the names created. Existing layers keep their rows; those made before
    the tracking fields get them (``upgrade_tables``)."""
    present = study.layer_names()
    if "communes" not in present:
        raise InputError(tr("{path} is not a study GeoPackage (no layer 'communes'): create the study first.")
                         .format(path=study))
    upgrade_tables(study, who)
    missing = {name: _empty_table(*definition) for name, definition in table_definitions().items()
               if name not in present}
    if missing:
        write_workshop(study, missing)
    for name in missing:
        save_form(study, name)
    return list(missing)


def needs_upgrade(study) -> list:
    """The workshop tables of ``study`` that lack a tracking field or hold a row without uuid, author
    or time."""
    present = set(study.layer_names())
    names = []
    for name in WORKSHOP_TABLES:
        if name not in present:
            continue
        frame = study.read(name)
        if any(column not in frame.columns for column in tracking.TRACKING_FIELDS) or \
                frame[tracking.TRACKING_FIELDS].isna().any().any() or frame[tracking.UUID].duplicated().any():
            names.append(name)
    return names


def upgrade_tables(study, who: str = "") -> list:
    """Give the workshop tables of ``study`` their tracking fields (uuid, auteur, modifie_le) and fill
    them where empty, all or nothing; their forms are saved again. Returns the tables changed."""
    names = needs_upgrade(study)
    if not names:
        return []
    who = tracking.author(who)
    tables = {}
    for name in names:
        table = study.read_table(name)
        tables[name] = workshop_table(name, tracking.stamp(table.frame, who), table.geometries)
    write_workshop(study, tables)
    for name in names:
        save_form(study, name)
    return names


# ----------------------------------------------------------------------------------------------
# Forms


def _value_map(values: dict) -> QgsEditorWidgetSetup:
    return QgsEditorWidgetSetup("ValueMap", {"map": [{label: key} for key, label in values.items()]})


def _not_null(layer, name):
    layer.setFieldConstraint(layer.fields().indexOf(name), QgsFieldConstraints.Constraint.ConstraintNotNull,
                             QgsFieldConstraints.ConstraintStrength.ConstraintStrengthHard)


def _widget(layer, name, setup):
    layer.setEditorWidgetSetup(layer.fields().indexOf(name), setup)


def _date_now(layer, name="date"):
    index = layer.fields().indexOf(name)
    layer.setDefaultValueDefinition(index, QgsDefaultValue("now()", False))
    layer.setEditorWidgetSetup(index, QgsEditorWidgetSetup("DateTime", {
        "allow_null": False, "calendar_popup": True, "display_format": "yyyy-MM-dd HH:mm",
        "field_format": "yyyy-MM-dd HH:mm:ss", "field_iso_format": False}))


def _multiline(layer, *names):
    for name in names:
        _widget(layer, name, QgsEditorWidgetSetup("TextEdit", {"IsMultiline": True, "UseHtml": False}))


def _aliases(layer):
    aliases = field_aliases()
    for index, field in enumerate(layer.fields()):
        if field.name() in aliases:
            layer.setFieldAlias(index, aliases[field.name()])


def configure_form(layer, name: str):
    """The ready form of the workshop layer ``name`` (widgets, defaults, constraints, aliases)."""
    _aliases(layer)
    if name in (POINTS, ZONES):
        _widget(layer, "type", _value_map(contribution_types()))
        _widget(layer, "theme", _value_map(themes()))
        _multiline(layer, "description")
        _date_now(layer)
        for field in ("type", "theme", "description", "atelier", "date"):
            _not_null(layer, field)
        layer.setDisplayExpression('"description"')
    elif name == ENQUETES:
        _widget(layer, "siret", QgsEditorWidgetSetup("RelationReference", {
            "Relation": RELATION_ID, "AllowNULL": False, "ShowForm": False, "ShowOpenFormButton": True,
            "MapIdentification": True, "OrderByValue": True, "ReadOnly": False, "AllowAddFeatures": False}))
        _date_now(layer)
        _multiline(layer, "activites", "besoins", "freins", "projets", "cooperations", "commentaire")
        for field in ("siret", "date", "enqueteur"):
            _not_null(layer, field)
        for field in ("salaries", "benevoles"):
            _widget(layer, field, QgsEditorWidgetSetup("Range", {"Min": 0, "Max": 1000000, "Step": 1,
                                                                 "AllowNull": True, "Style": "SpinBox"}))
        layer.setDisplayExpression("\"siret\" || ' — ' || format_date(\"date\", 'yyyy-MM-dd')")
    elif name == RECOMMANDATIONS:
        _widget(layer, "type", _value_map(contribution_types()))
        _widget(layer, "theme", _value_map(themes()))
        _widget(layer, "priorite", _value_map(priorities()))
        _multiline(layer, "constats", "action_proposee", "acteurs")
        for field in ("code_pays", "theme", "type", "priorite"):
            _not_null(layer, field)
        index = layer.fields().indexOf("priorite")
        layer.setConstraintExpression(index, '"priorite" IN (1, 2, 3)', tr("The priority is 1, 2 or 3."))
        layer.setFieldConstraint(index, QgsFieldConstraints.Constraint.ConstraintExpression,
                                 QgsFieldConstraints.ConstraintStrength.ConstraintStrengthHard)
        layer.setDefaultValueDefinition(index, QgsDefaultValue("2", False))
        layer.setDisplayExpression('"action_proposee"')
    tracking.configure_layer(layer)
    if name in (POINTS, ZONES):
        _type_renderer(layer)


def _type_renderer(layer):
    """One colour per type of contribution (colour-blind-safe: Okabe-Ito)."""
    colors = {"levier": "#009E73", "frein": "#D55E00", "projet": "#0072B2", "besoin": "#E69F00"}
    categories = []
    for key, label in contribution_types().items():
        symbol = QgsSymbol.defaultSymbol(layer.geometryType())
        symbol.setColor(QColor(colors[key]))
        if layer.geometryType() != 0:  # polygons: half-transparent fill
            symbol.setOpacity(0.6)
        else:
            symbol.setSize(3.2)
        categories.append(QgsRendererCategory(key, symbol, label))
    layer.setRenderer(QgsCategorizedSymbolRenderer("type", categories))


def save_form(study, name: str):
    """Configure the form of layer ``name`` and save it as the layer's default style in ``study``."""
    layer = layers.open_layer(study, name)
    configure_form(layer, name)
    study.save_style(layer, name)


# ----------------------------------------------------------------------------------------------
# Project: layers and the interviews' relation


def layer_titles() -> dict:
    return {POINTS: tr("Workshop contributions"), ZONES: tr("Workshop contributions (areas)"),
            ENQUETES: tr("Interviews"), RECOMMANDATIONS: tr("Recommendations")}


def add_to_project(project: QgsProject, study) -> dict:
    """Add the workshop layers of ``study`` (those it holds) to ``project`` in a group, and the
    relation from the interviews to the establishments; returns the layers by name."""
    present = set(study.layer_names())
    titles = layer_titles()
    found = {}
    root = project.layerTreeRoot()
    for name in (RECOMMANDATIONS, ENQUETES, ZONES, POINTS):
        if name not in present:
            continue
        layer = layers.find_or_add_layer(project, study, name, titles[name])
        group = root.findGroup(tr("Workshops")) or root.insertGroup(0, tr("Workshops"))
        node = root.findLayer(layer.id())
        if node is not None and node.parent() is not group:
            group.insertChildNode(0, node.clone())
            node.parent().removeChildNode(node)
        found[name] = layer
    if ENQUETES in found and ESTABLISHMENTS in present:
        title = dict(study_layer_titles())[ESTABLISHMENTS]
        establishments = layers.find_or_add_layer(project, study, ESTABLISHMENTS, title)
        found[ESTABLISHMENTS] = establishments
        add_relation(project, found[ENQUETES], establishments)
    return found


def add_relation(project: QgsProject, enquetes, establishments) -> QgsRelation:
    manager = project.relationManager()
    existing = manager.relation(RELATION_ID)
    if existing.isValid():
        if (existing.referencingLayerId(), existing.referencedLayerId()) == (enquetes.id(), establishments.id()):
            return existing
        manager.removeRelation(RELATION_ID)
    relation = QgsRelation(QgsRelationContext(project))  # layer ids resolved in this project
    relation.setId(RELATION_ID)
    relation.setName(tr("Interviews of the establishment"))
    relation.setReferencingLayer(enquetes.id())
    relation.setReferencedLayer(establishments.id())
    relation.addFieldPair("siret", "siret")
    if not relation.isValid():
        raise InputError(tr("The relation between the interviews and the establishments is not valid: check "
                            "that the layers '{a}' and '{b}' have a field siret.").format(
            a=enquetes.name(), b=establishments.name()))
    manager.addRelation(relation)
    if not establishments.displayExpression() or establishments.displayExpression() == '"siret"':
        establishments.setDisplayExpression("\"nom\" || ' (' || \"siret\" || ')'")
    return relation


# ----------------------------------------------------------------------------------------------
# Reading the contributions, drafting recommendations


def _positions(geometries) -> pd.DataFrame:
    """x, y (Lambert-93, rounded to 0.1 m) of each geometry: the point, or a point on the area."""
    rows = []
    for geometry in geometries:
        point = None if geometry is None else (geometry if geometry.GetGeometryType() == ogr.wkbPoint
                                               else geometry.PointOnSurface())
        rows.append({"x": None if point is None else round(point.GetX(), 1),
                     "y": None if point is None else round(point.GetY(), 1)})
    return pd.DataFrame(rows, columns=["x", "y"])


def read_contributions(study) -> pd.DataFrame:
    """Points and areas together (column ``geometrie``: point or zone, ``x``/``y`` in Lambert-93);
    an empty code_commune or code_pays is filled from the commune the contribution lies in."""
    frames = []
    present = study.layer_names()
    for name, kind in ((POINTS, "point"), (ZONES, "zone")):
        if name not in present:
            continue
        table = study.read_table(name, CONTRIBUTION_FIELDS, fid=True)
        if table.frame.empty:
            continue
        frame = pd.concat([table.frame, _positions(table.geometries)], axis=1)
        frame.insert(0, "geometrie", kind)
        frames.append(frame)
    if not frames:
        return pd.DataFrame(columns=["geometrie", "fid"] + CONTRIBUTION_FIELDS + ["x", "y"])
    frame = pd.concat(frames, ignore_index=True)
    return _fill_codes(study, frame)


def _fill_codes(study, frame: pd.DataFrame) -> pd.DataFrame:
    communes = study.read("communes", ["code_commune", "code_pays"])
    pays_of = dict(zip(communes["code_commune"], communes["code_pays"]))
    missing = frame["code_commune"].isna() | (frame["code_commune"].astype(str).str.strip() == "")
    if missing.any():
        communes = study.read_table("communes", ["code_commune"])
        frame.loc[missing, "code_commune"] = [_commune_at(communes, x, y) for x, y in
                                              zip(frame.loc[missing, "x"], frame.loc[missing, "y"])]
    no_pays = frame["code_pays"].isna() | (frame["code_pays"].astype(str).str.strip() == "")
    frame.loc[no_pays, "code_pays"] = frame.loc[no_pays, "code_commune"].map(pays_of)
    return frame


def _commune_at(communes: Table, x, y):
    """The code of the commune (of the Table ``communes``) that contains the point x, y; None when none does."""
    if x is None or y is None or pd.isna(x) or pd.isna(y):
        return None
    point = ogr.Geometry(ogr.wkbPoint)
    point.AddPoint_2D(float(x), float(y))
    for code, geometry in zip(communes.frame["code_commune"], communes.geometries):
        if geometry is not None and geometry.Contains(point):
            return code
    return None


def draft_action(kind: str, theme_label: str) -> str:
    if kind == "levier":
        return tr("Build on this lever ({theme}): name a lead partner and a first step.").format(theme=theme_label)
    return tr("Remove this obstacle ({theme}): who can act, with which means, by when?").format(theme=theme_label)


def draft_priority(count: int) -> int:
    """The more often a point was raised, the higher its draft priority (3+ times: 1, twice: 2)."""
    return 1 if count >= 3 else 2 if count == 2 else 3


def draft_recommendations(study, who: str = "") -> int:
    """Add to ``recommandations`` one draft row per Pays, theme and type (lever or obstacle) raised
    in the contributions and not yet in the table, written by ``who`` (gis.tracking.author); rows
    already there are kept as edited. Returns the number of rows added."""
    ensure_tables(study, who)
    contributions = read_contributions(study)
    contributions = contributions[contributions["type"].isin(DRAFTED_TYPES)]
    if contributions.empty:
        return 0
    contributions = contributions.assign(code_pays=contributions["code_pays"].fillna(""),
                                         theme=contributions["theme"].fillna("autre"))
    previous = study.read(RECOMMANDATIONS)
    done = set(zip(previous["code_pays"], previous["theme"], previous["type"]))
    labels = themes()
    rows = []
    for (pays, theme, kind), group in contributions.groupby(["code_pays", "theme", "type"], sort=True):
        if (pays, theme, kind) in done:
            continue
        said = [str(text).strip() for text in group["description"] if str(text).strip()]
        rows.append({"code_pays": pays, "theme": theme, "type": kind, "constats": "\n".join(f"– {s}" for s in said),
                     "nb_contributions": len(group), "action_proposee": draft_action(kind, labels.get(theme, theme)),
                     "acteurs": "", "priorite": draft_priority(len(group))})
    if not rows:
        return 0
    frame = tracking.stamp(pd.concat([previous, pd.DataFrame(rows)], ignore_index=True), tracking.author(who))
    write_workshop(study, {RECOMMANDATIONS: workshop_table(RECOMMANDATIONS, frame)})
    return len(rows)


def export_sheets(study) -> dict:
    """The tables exported with the indicators: indicators per Pays, EPCI and commune (when
    computed), contributions and recommendations, with labels next to the codes."""
    present = study.layer_names()
    sheets = {}
    for name in ("indicateurs_pays", "indicateurs_epci", "indicateurs_communes"):
        if name in present:
            sheets[name] = study.read(name)
    types, theme_labels = contribution_types(), themes()
    contributions = read_contributions(study)
    contributions["type_libelle"] = contributions["type"].map(types)
    contributions["theme_libelle"] = contributions["theme"].map(theme_labels)
    contributions["date"] = contributions["date"].astype(str).str.replace("T", " ").str[:19]
    sheets["contributions"] = contributions.drop(columns=["fid"])
    if RECOMMANDATIONS in present:
        recommendations = study.read(RECOMMANDATIONS)
        recommendations["type_libelle"] = recommendations["type"].map(types)
        recommendations["theme_libelle"] = recommendations["theme"].map(theme_labels)
        sheets["recommandations"] = recommendations
    return sheets


def export_tables(study, xlsx_path=None, csv_folder=None) -> dict:
    """Write the export sheets (``export_sheets``) as one XLSX and/or one CSV per table in
    ``csv_folder``; returns the row count of each sheet."""
    with study.snapshot():  # every sheet from one version of the study
        sheets = export_sheets(study)
    if xlsx_path:
        write_xlsx(xlsx_path, sheets)
    if csv_folder:
        folder = Path(csv_folder)
        folder.mkdir(parents=True, exist_ok=True)
        for name, frame in sheets.items():
            frame.to_csv(folder / f"{name}.csv", index=False, encoding="utf-8")
    return {name: len(frame) for name, frame in sheets.items()}


# ----------------------------------------------------------------------------------------------
# Printing: contributions on the atlas map, recommendations as a closing page


def map_layers(project: QgsProject, study) -> list:
    """The contributions layers (styled by type) to draw above an atlas map; [] when empty."""
    present = study.layer_names()
    found = []
    for name in (ZONES, POINTS):
        if name in present and len(study.read(name, ["fid"])):
            found.append(layers.find_or_add_layer(project, study, name, layer_titles()[name]))
    return found


def _set_font(label: QgsLayoutItemLabel, font: QFont):
    """A label's font: as a text format from QGIS 3.24 (3.40 deprecates setFont), setFont before."""
    if hasattr(label, "setTextFormat"):
        label.setTextFormat(QgsTextFormat.fromQFont(font))
    else:
        label.setFont(font)


def recommendations_layout(project: QgsProject, study, territory: str = "", page_format: str = "A4") -> QgsPrintLayout:
    """A one-page layout listing the recommendations (of the Pays ``territory``, or all), in the
    order drafted (Pays, theme, type): the atlas's closing page."""
    if not study.has(RECOMMANDATIONS):
        raise InputError(tr("The study has no recommendations yet: draft them first (contributions)."))
    layer = layers.find_or_add_layer(project, study, RECOMMANDATIONS, layer_titles()[RECOMMANDATIONS])
    if page_format not in PAGE_FORMATS:
        raise InputError(tr("Unknown page format {format}: A4 or A3.").format(format=page_format))
    width, height = PAGE_FORMATS[page_format]
    layout = QgsPrintLayout(project)
    layout.initializeDefaults()
    layout.pageCollection().page(0).setPageSize(QgsLayoutSize(width, height, MM))
    layout.setName(tr("Recommendations") + (f" — {territory}" if territory else ""))
    title = QgsLayoutItemLabel(layout)
    title.setId("titre_recommandations")
    title.setText(tr("Recommendations"))
    _set_font(title, QFont(FONT, 20))
    layout.addLayoutItem(title)
    title.attemptMove(QgsLayoutPoint(12, 10))
    title.attemptResize(QgsLayoutSize(width - 24, 14))

    # Headings are the fields' aliases and values their value-map labels: set again in the language
    # the plugin speaks now (the form saved in the study may be in another one).
    configure_form(layer, RECOMMANDATIONS)
    expression = QgsExpression.createFieldEqualityExpression("code_pays", territory) if territory else ""
    request = QgsFeatureRequest().setFilterExpression(expression) if expression else QgsFeatureRequest()
    request.setNoAttributes().setFlags(QgsFeatureRequest.Flag.NoGeometry).setLimit(1)
    if next(layer.getFeatures(request), None) is None:
        none = QgsLayoutItemLabel(layout)
        none.setId("aucune_recommandation")
        none.setText(tr("No recommendation has been drafted yet for this territory. They are drafted from the "
                        "workshops' contributions (step Workshops), then edited by the study team."))
        _set_font(none, QFont(FONT, 11))
        layout.addLayoutItem(none)
        none.attemptMove(QgsLayoutPoint(12, 28))
        none.attemptResize(QgsLayoutSize(width - 24, 20))
    else:
        table = QgsLayoutItemAttributeTable.create(layout)
        table.setVectorLayer(layer)
        table.setDisplayOnlyVisibleFeatures(False)
        if expression:
            table.setFilterFeatures(True)
            table.setFeatureFilter(expression)
        table.setMaximumNumberOfFeatures(200)
        # (QGIS 3.22's Python setColumns/setSortColumns corrupt memory: displayed fields only.)
        table.setDisplayedFields(["priorite", "type", "theme", "action_proposee", "acteurs"])
        table.setWrapBehavior(QgsLayoutItemAttributeTable.WrapBehavior.WrapText)
        layout.addMultiFrame(table)
        frame = QgsLayoutFrame(layout, table)
        frame.attemptMove(QgsLayoutPoint(12, 28))
        frame.attemptResize(QgsLayoutSize(width - 24, height - 40))
        table.addFrame(frame)
        frame.setFrameEnabled(False)
        table.setGridStrokeWidth(0.2)
    note = QgsLayoutItemLabel(layout)
    note.setText(tr("Drafted from the workshops' contributions on {date}, then edited by the study team.")
                 .format(date=datetime.date.today().isoformat()))
    _set_font(note, QFont(FONT, 7))
    layout.addLayoutItem(note)
    note.attemptMove(QgsLayoutPoint(12, height - 10))
    note.attemptResize(QgsLayoutSize(width - 24, 6))
    manager = project.layoutManager()
    existing = manager.layoutByName(layout.name())
    if existing is not None:
        manager.removeLayout(existing)
    manager.addLayout(layout)
    return layout


class WithClosingPage(QgsAbstractLayoutIterator):
    """The atlas's pages followed by one closing page (a layout without atlas), for
    QgsLayoutExporter.exportToPdf(iterator, …): one PDF holding both."""

    def __init__(self, atlas, closing: QgsPrintLayout):
        super().__init__()
        self._atlas = atlas
        self._closing = closing
        self._index = -1
        self._pages = 0

    def layout(self):
        return self._atlas.layout() if self._index < self._pages else self._closing

    def beginRender(self):
        ok = self._atlas.beginRender()
        self._pages = self._atlas.count()
        self._index = -1
        return ok

    def endRender(self):
        return self._atlas.endRender()

    def next(self):
        self._index += 1
        if self._index < self._pages:
            return self._atlas.seekTo(self._index)
        return self._index == self._pages

    def count(self):
        return self._atlas.count() + 1

    def filePath(self, base, extension):
        if self._index < self._pages:
            return self._atlas.filePath(base, extension)
        return f"{base}_recommandations.{extension}"
