"""A study GeoPackage: its territory (communes, EPCI, Pays) and what was run on it."""
import contextlib
import datetime
import json
import sqlite3
import time
from pathlib import Path

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
from ..sources.cache import TABLE as CACHE_TABLE
from . import gpkg
from .ogr_geometry import dissolve, polygons_only

# Study setting (table etude): "oui" when the data is synthetic; every page built from it says so.
SYNTHETIC_DATA_KEY = "donnees_fictives"
# Study settings holding the dates of the current stock and of an earlier one (core.dynamics)
STOCK_DATE_KEY = "date_stock"
EARLIER_STOCK_DATE_KEY = "date_stock_anterieur"

COMMUNE_FIELDS = ["code_commune", "nom", "nom_tri", "code_departement", "code_epci", "nom_epci",
                  "population", "surface_km2"]


def read_communes(path, layer_name: str, codes: set = None) -> tuple:
    """Rows (COMMUNE_FIELDS) and OGR geometries of the communes of layer ``layer_name`` of the
    GeoPackage ``path``; only those whose code is in ``codes`` when given."""
    ds = ogr.Open(str(path))
    layer = ds.GetLayerByName(layer_name)
    rows, geometries = [], []
    for feature in layer:
        if codes is None or feature.GetField("code_commune") in codes:
            rows.append({name: feature.GetField(name) for name in COMMUNE_FIELDS})
            geometries.append(feature.GetGeometryRef().Clone())
    return pd.DataFrame(rows, columns=COMMUNE_FIELDS), geometries


SITUATION_TOLERANCE_M = 400  # the location inset is ~1:2,500,000: finer detail is invisible


def simplified(geometries) -> list:
    return [polygons_only(g.SimplifyPreserveTopology(SITUATION_TOLERANCE_M)) for g in geometries]


def departement_of(code_commune: str) -> str:
    return code_commune[:3] if code_commune.startswith("97") else code_commune[:2]


def communes_without_contour(territory_id: str, study_path=None, reference_path=None) -> set:
    """Codes of the territory's communes that neither the reference nor the study's added
    communes (geo.api.gouv.fr) give a contour for."""
    reference_path = reference_path or reference_gpkg()
    territory = resolve(territory_id, reference.communes_france(reference_path))
    with contextlib.closing(sqlite3.connect(f"file:{reference_path}?mode=ro", uri=True)) as con:
        mapped = {row[0] for row in con.execute("SELECT code_commune FROM communes")}
    missing = territory.commune_codes - mapped
    if missing and study_path is not None:
        from .geo_reference import added_communes

        missing -= set(added_communes(study_path, missing)[0]["code_commune"])
    return missing


def territory_tables(territory_id: str, reference_path=None, feedback=None, study_path=None) -> dict:
    """The ``communes``, ``epci`` and ``pays`` layers of a territory, from the reference, and for
    communes outside it from the contours added to the study ``study_path`` (geo.api.gouv.fr)."""
    reference_path = reference_path or reference_gpkg()
    territory = resolve(territory_id, reference.communes_france(reference_path))
    communes, geometries = read_communes(reference_path, "communes", territory.commune_codes)
    missing = territory.commune_codes - set(communes["code_commune"])
    if missing and study_path is not None:
        from .geo_reference import added_communes

        extra, extra_geometries = added_communes(study_path, missing)
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
        "communes_reference": gpkg.Table(reference_communes(reference_path), description=tr(
            "Communes of the reference area (the départements of the reference data) for comparisons")),
        "communes": gpkg.Table(communes, geometries, polygons, tr("Communes of the study")),
        "epci": gpkg.Table(epci, epci_geoms, polygons, tr("EPCI of the study")),
        "pays": gpkg.Table(pays, pays_geoms, polygons, tr("Pays of the study")),
        # Light layers for the atlas's location inset, drawn whole on every page.
        "communes_situation": gpkg.Table(communes[["code_commune", "nom", "code_pays"]],
                                         [g.PointOnSurface() for g in geometries], ogr.wkbPoint,
                                         tr("Communes as points for the location map"), spatial_index=False),
        "epci_situation": gpkg.Table(epci[["code_epci", "nom", "code_pays"]], simplified(epci_geoms), polygons,
                                     tr("EPCI outlines simplified for the location map"), spatial_index=False),
        "pays_situation": gpkg.Table(pays[["code_pays", "nom"]], simplified(pays_geoms), polygons,
                                     tr("Pays outlines simplified for the location map"), spatial_index=False),
    }


def reference_communes(reference_path=None) -> pd.DataFrame:
    """The reference area: every commune of the reference GeoPackage's communes layer."""
    with contextlib.closing(sqlite3.connect(f"file:{reference_path or reference_gpkg()}?mode=ro", uri=True)) as con:
        return pd.read_sql("SELECT code_commune, nom, code_departement, code_epci, population, surface_km2 "
                           "FROM communes ORDER BY code_commune", con)


def reference_area_name(reference_path=None) -> str:
    departements = reference.metadata(reference_path or reference_gpkg()).get("departements", "")
    return tr("Reference area (départements {codes})").format(codes=departements.replace(",", ", "))


def reference_area(path):
    """The study's reference area for the indicators, or None when the study has none (then
    the whole study is the reference)."""
    from ..core.indicators import ReferenceArea

    names = gpkg.layer_names(path)
    if not {"communes_reference", "ess_communes_reference", "emploi_communes_reference"} <= set(names):
        return None
    settings = study_settings(path)
    return ReferenceArea(settings.get("zone_reference") or reference_area_name(),
                         gpkg.read_frame(path, "communes_reference"),
                         gpkg.read_frame(path, "ess_communes_reference"),
                         gpkg.read_frame(path, "emploi_communes_reference"),
                         study_dynamics(path, "_reference"))


def study_dynamics(path, suffix: str = ""):
    """The study's dynamics (core.indicators.Dynamics), or None when its SIRENE import predates
    them; ``suffix`` "_reference" for those of the reference area."""
    from ..core.dynamics import ANTERIEUR_SUFFIX, parse_date
    from ..core.indicators import Dynamics

    names = set(gpkg.layer_names(path))
    settings = study_settings(path)
    if not {"dynamique_communes" + suffix, "ess_dates_communes" + suffix} <= names or STOCK_DATE_KEY not in settings:
        return None
    dynamics = Dynamics(gpkg.read_frame(path, "dynamique_communes" + suffix),
                        gpkg.read_frame(path, "ess_dates_communes" + suffix),
                        parse_date(settings[STOCK_DATE_KEY], STOCK_DATE_KEY))
    earlier = "ess_communes" + ANTERIEUR_SUFFIX + suffix
    if earlier in names and settings.get(EARLIER_STOCK_DATE_KEY):
        dynamics.anterieur = gpkg.read_frame(path, earlier)
        dynamics.anterieur_date = parse_date(settings[EARLIER_STOCK_DATE_KEY], EARLIER_STOCK_DATE_KEY)
    return dynamics


def study_metadata(territory_id: str, reference_path=None) -> pd.DataFrame:
    meta = reference.metadata(reference_path or reference_gpkg())
    return pd.DataFrame([
        ("territoire_id", territory_id),
        ("zone_reference", reference_area_name(reference_path)),
        ("reference_source", f"{meta.get('source')} {meta.get('source_version')}"),
        ("reference_licence", meta.get("source_licence", "")),
        ("reference_build_date", meta.get("build_date", "")),
        ("created", datetime.datetime.now().isoformat(timespec="seconds")),
    ], columns=["cle", "valeur"])


def import_row(step: str, inputs: list, counts: dict, started: float, perimeter_version="") -> dict:
    """One row of the ``imports`` table: what produced what, from which inputs, how long."""
    return {
        "date": datetime.datetime.now().isoformat(timespec="seconds"),
        "etape": step,
        "entrees": json.dumps(inputs, ensure_ascii=False),
        "comptes": json.dumps(counts, ensure_ascii=False),
        "version_perimetre": perimeter_version,
        "duree_s": round(time.monotonic() - started, 3),
    }


def replace_rejets(path, rejets: pd.DataFrame, step: str, keep=None) -> pd.DataFrame:
    """The ``rejets`` table with this step's previous rows replaced by ``rejets`` (``keep``: a
    function of the previous rows telling which of this step's rows to keep anyway)."""
    rejets = rejets.assign(etape=step)
    if "rejets" not in gpkg.layer_names(path):
        return rejets.reset_index(drop=True)
    previous = gpkg.read_frame(path, "rejets")
    if "etape" not in previous.columns:
        return rejets.reset_index(drop=True)
    drop = previous["etape"].eq(step)
    if keep is not None:
        drop &= ~keep(previous)
    return pd.concat([previous[~drop], rejets], ignore_index=True)


def append_import(path, row: dict) -> gpkg.Table:
    """The ``imports`` table with ``row`` added, to be written in the same transaction."""
    previous = gpkg.read_frame(path, "imports") if "imports" in gpkg.layer_names(path) else pd.DataFrame()
    return gpkg.Table(pd.concat([previous, pd.DataFrame([row])], ignore_index=True),
                      description=tr("Runs that produced the tables of this study"))


def check_gpkg_name(path: Path):
    if path.suffix.lower() != ".gpkg":
        raise InputError(tr("The study file must end in .gpkg (got {name}).").format(name=path.name))


def create_study(territory_id: str, out, reference_path=None, feedback=None) -> dict:
    """Write the territory layers of a new (or refreshed) study GeoPackage; returns counts."""
    started = time.monotonic()
    out = Path(out)
    check_gpkg_name(out)
    tables = territory_tables(territory_id, reference_path, feedback, study_path=out)
    counts = {name: len(table.frame) for name, table in tables.items()}
    tables["etude"] = gpkg.Table(study_metadata(territory_id, reference_path),
                                 description=tr("Study settings"))
    tables["imports"] = append_import(out, import_row(
        "etude", [territory_id], counts, started))
    gpkg.write_tables(out, tables, feedback)
    return counts


# Layers a file may hold before its study is created: the cache and added reference communes.
PREPARATION_LAYERS = {CACHE_TABLE, "communes_reference_ajoutees"}


def is_study(path) -> bool:
    return "communes" in gpkg.layer_names(path)


def check_study(out, territory_id=None) -> bool:
    """True when ``out`` is an existing study (of ``territory_id`` when given), False when the
    study is to be created; raises InputError for anything else."""
    out = Path(out)
    check_gpkg_name(out)
    names = set(gpkg.layer_names(out))
    if "communes" in names:
        existing = study_territory(out)
        if territory_id and territory_id != existing:
            raise InputError(tr("The study {path} was created for the territory '{existing}', not '{asked}'. "
                                "Give another file name to start a new study.")
                             .format(path=out, existing=existing, asked=territory_id))
        return True
    if out.exists() and not names <= PREPARATION_LAYERS:
        raise InputError(tr("{path} is not a study GeoPackage (no communes layer). Give a new file name "
                            "or a study created by ESS Territoires.").format(path=out))
    if not territory_id:
        raise InputError(tr("{path} does not exist: give a territory (e.g. --territoire "
                            "pays-de-thierache) to create the study.").format(path=out))
    return False


def study_settings(path) -> dict:
    """The study's settings (table etude: key -> value); empty when it has none."""
    if "etude" not in gpkg.layer_names(path):
        return {}
    frame = gpkg.read_frame(path, "etude")
    return dict(zip(frame["cle"], frame["valeur"]))


def study_territory(path) -> str:
    """The territory id a study GeoPackage was created for."""
    return study_settings(path)["territoire_id"]
