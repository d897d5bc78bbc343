"""A small study built from a synthetic stock, shared by the fixtures of the QGIS tests."""


def synthetic_study(folder, departement, seed, rows, territoire, name="etude.gpkg"):
    """A study of ``territoire`` imported from a synthetic stock of one département (``rows``
    establishments, fixed seed) with its indicators computed: (path, stock files)."""
    from ess_territoires.core import reference
    from ess_territoires.core.synthetic import generate_sirene
    from ess_territoires.gis.sampling import CommunePointSampler
    from ess_territoires.processing.runner import processing_run

    communes = reference.communes_france()
    communes = communes[communes["code_departement"] == departement]
    stock = generate_sirene(communes, folder / "sirene", seed=seed, national_rows=rows,
                            point_sampler=CommunePointSampler())
    path = folder / name
    processing_run("ess_territoires:import_sirene", {
        "ETABLISSEMENTS": str(stock["etablissements"]), "UNITES_LEGALES": str(stock["unites_legales"]),
        "GEOLOCALISATION": str(stock["geolocalisation"]), "TERRITOIRE": territoire, "OUTPUT": str(path)})
    processing_run("ess_territoires:indicateurs", {"GPKG": str(path)})
    return path, stock
