"""A study's territory: its ``communes``, ``epci`` and ``pays`` layers, and creating a study.

The layers come from the plugin's reference GeoPackage and, for communes outside it, from the
contours added to the study from geo.api.gouv.fr (gis.geo_reference, layer
``communes_reference_ajoutees``).
"""
import datetime
import time
from typing import Optional

import pandas as pd
from osgeo import ogr

from ..core import reference
from ..core.errors import InputError
from ..core.frames import concat_rows
from ..core.i18n import tr
from ..core.paths import reference_gpkg
from ..core.progress import check_canceled
from ..core.territories import resolve
from ..core.text import sort_key
from .gpkg import GeoPackage, Table
from .ogr_geometry import dissolve, polygons_only
from .study import ADDED_COMMUNES, SETTINGS, import_row

COMMUNE_FIELDS = ["code_commune", "nom", "nom_tri", "code_departement", "code_epci", "nom_epci",
                  "population", "surface_km2"]
SITUATION_TOLERANCE_M = 400  # the location inset is ~1:2,500,000: finer detail is invisible


def reference_data(reference_path=None) -> GeoPackage:
    """The plugin's reference GeoPackage, read-only."""
    return GeoPackage(reference_path or reference_gpkg())


def read_communes(source, layer_name: str, codes: Optional[set] = None) -> tuple:
    """Rows (COMMUNE_FIELDS) and OGR geometries of the communes of the layer ``layer_name`` of
    ``source`` (a Study or a GeoPackage); only those whose code is in ``codes`` when given."""
    table = source.read_table(layer_name, COMMUNE_FIELDS)
    frame, geometries = table.frame, table.geometries
    if codes is not None:
        keep = frame["code_commune"].isin(set(codes))
        frame, geometries = frame[keep].reset_index(drop=True), [g for g, k in zip(geometries, keep) if k]
    return frame, geometries


def added_communes(study, codes) -> tuple:
    """Rows (COMMUNE_FIELDS) and Lambert-93 geometries of the communes ``codes`` that the study holds
    in communes_reference_ajoutees; empty when it has none. Study creation calls this for the
    communes that have no contour in the reference."""
    if study is None or not study.has(ADDED_COMMUNES):
        return pd.DataFrame(columns=COMMUNE_FIELDS), []
    return read_communes(study, ADDED_COMMUNES, codes)


def simplified(geometries) -> list:
    return [polygons_only(g.SimplifyPreserveTopology(SITUATION_TOLERANCE_M)) for g in geometries]


def departement_of(code_commune: str) -> str:
    return code_commune[:3] if code_commune.startswith("97") else code_commune[:2]


def communes_without_contour(territory_id: str, study=None, reference_path=None) -> set:
    """Codes of the territory's communes that neither the reference nor the study's added
    communes (geo.api.gouv.fr) give a contour for."""
    reference_path = reference_path or reference_gpkg()
    territory = resolve(territory_id, reference.communes_france(reference_path))
    mapped = set(reference_data(reference_path).read("communes", ["code_commune"])["code_commune"])
    missing = territory.commune_codes - mapped
    if missing and study is not None:
        missing -= set(added_communes(study, missing)[0]["code_commune"])
    return missing


def territory_tables(territory_id: str, reference_path=None, feedback=None, study=None) -> dict:
    """The ``communes``, ``epci`` and ``pays`` layers of a territory, from the reference, and for
    communes outside it from the contours added to ``study`` (geo.api.gouv.fr)."""
    reference_path = reference_path or reference_gpkg()
    territory = resolve(territory_id, reference.communes_france(reference_path))
    communes, geometries = read_communes(reference_data(reference_path), "communes", territory.commune_codes)
    missing = territory.commune_codes - set(communes["code_commune"])
    if missing and study is not None:
        extra, extra_geometries = added_communes(study, missing)
        communes = concat_rows([communes, extra[COMMUNE_FIELDS]])
        geometries = geometries + extra_geometries
        missing -= set(extra["code_commune"])
    if missing:
        departements = sorted({departement_of(code) for code in missing})
        raise InputError(tr("{n} communes of this territory have no contour in the reference data "
                            "(départements {deps}). Add their contours from geo.api.gouv.fr (algorithm "
                            "communes_geo_api) or with 'make data DEPARTEMENTS=…', then try again.")
                         .format(n=len(missing), deps=", ".join(departements)))
    check_canceled(feedback)
    pays_of = territory.communes.set_index("code_commune")["code_pays"]
    names = {part.id: part.name for part in territory.parts}
    communes["code_pays"] = communes["code_commune"].map(pays_of)
    communes["nom_pays"] = communes["code_pays"].map(names)
    order = communes.sort_values("nom_tri").index
    communes, geometries = communes.loc[order].reset_index(drop=True), [geometries[i] for i in order]
    geom_of = dict(zip(communes["code_commune"], geometries))

    epci_rows, epci_geoms = [], []
    for code, group in communes[communes["code_epci"] != ""].groupby("code_epci"):
        name = group["nom_epci"].iloc[0]
        epci_rows.append({"code_epci": code, "nom": name, "nom_tri": sort_key(name),
                          "code_pays": group["code_pays"].mode().iloc[0],
                          "nb_communes": len(group), "population": int(group["population"].sum()),
                          "surface_km2": round(float(group["surface_km2"].sum()), 4)})
        epci_geoms.append(dissolve(geom_of[c] for c in group["code_commune"]))
        check_canceled(feedback)
    epci = pd.DataFrame(epci_rows)
    epci["nom_pays"] = epci["code_pays"].map(names)

    pays_rows, pays_geoms = [], []
    for part in territory.parts:
        group = communes[communes["code_pays"] == part.id]
        pays_rows.append({"code_pays": part.id, "nom": part.name, "nom_tri": sort_key(part.name),
                          "nb_epci": int(group["code_epci"].nunique()), "nb_communes": len(group),
                          "population": int(group["population"].sum()),
                          "surface_km2": round(float(group["surface_km2"].sum()), 4)})
        pays_geoms.append(dissolve(geom_of[c] for c in group["code_commune"]))
    pays = pd.DataFrame(pays_rows)

    polygons = ogr.wkbMultiPolygon
    return {
        "communes_reference": Table(reference_communes(reference_path), description=tr(
            "Communes of the reference area (the départements of the reference data) for comparisons")),
        "communes": Table(communes, geometries, polygons, tr("Communes of the study")),
        "epci": Table(epci, epci_geoms, polygons, tr("EPCI of the study")),
        "pays": Table(pays, pays_geoms, polygons, tr("Pays of the study")),
        # Light layers for the atlas's location inset, drawn whole on every page.
        "communes_situation": Table(communes[["code_commune", "nom", "code_pays"]],
                                    [g.PointOnSurface() for g in geometries], ogr.wkbPoint,
                                    tr("Communes as points for the location map"), spatial_index=False),
        "epci_situation": Table(epci[["code_epci", "nom", "code_pays"]], simplified(epci_geoms), polygons,
                                tr("EPCI outlines simplified for the location map"), spatial_index=False),
        "pays_situation": Table(pays[["code_pays", "nom"]], simplified(pays_geoms), polygons,
                                tr("Pays outlines simplified for the location map"), spatial_index=False),
    }


def reference_communes(reference_path=None) -> pd.DataFrame:
    """The reference area: every commune of the reference GeoPackage's communes layer."""
    columns = ["code_commune", "nom", "code_departement", "code_epci", "population", "surface_km2"]
    frame = reference_data(reference_path).read("communes", columns)
    return frame.sort_values("code_commune").reset_index(drop=True)


def reference_area_name(reference_path=None) -> str:
    departements = reference.metadata(reference_path or reference_gpkg()).get("departements", "")
    return tr("Reference area (départements {codes})").format(codes=departements.replace(",", ", "))


def study_metadata(territory_id: str, reference_path=None) -> pd.DataFrame:
    """The settings (table etude) of a new study of ``territory_id``."""
    meta = reference.metadata(reference_path or reference_gpkg())
    return pd.DataFrame([
        ("territoire_id", territory_id),
        ("zone_reference", reference_area_name(reference_path)),
        ("reference_source", f"{meta.get('source')} {meta.get('source_version')}"),
        ("reference_licence", meta.get("source_licence", "")),
        ("reference_build_date", meta.get("build_date", "")),
        ("created", datetime.datetime.now().isoformat(timespec="seconds")),
    ], columns=["cle", "valeur"])


def new_study_tables(study, territory_id: str, feedback=None, reference_path=None) -> dict:
    """The tables of a new study of ``territory_id``: its territory layers and its settings."""
    tables = territory_tables(territory_id, reference_path, feedback, study=study)
    tables[SETTINGS] = Table(study_metadata(territory_id, reference_path), description=tr("Study settings"))
    return tables


def create_study(study, territory_id: str, reference_path=None, feedback=None) -> dict:
    """Write the territory layers and the settings of a new (or refreshed) study; returns counts."""
    started = time.monotonic()
    tables = new_study_tables(study, territory_id, feedback, reference_path)
    counts = {name: len(table.frame) for name, table in tables.items() if name != SETTINGS}
    tables["imports"] = study.append_import(import_row("etude", [territory_id], counts, started))
    study.write(tables, feedback)
    return counts
