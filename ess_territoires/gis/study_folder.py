"""A study folder: ``observatoire.gpkg`` and ``observatoire.qgz`` side by side, nothing else needed.

The project refers to the GeoPackage by a relative path, holds the layouts, and its layers read
their styles from the GeoPackage; no layer may need the network, so the folder can be copied to a
laptop and opened at a meeting with no connection (``check_offline`` lists what would break that).
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from qgis.core import QgsLayoutItemPicture, QgsProject

from ..core import reference
from ..core.errors import InputError
from ..core.i18n import tr
from ..core.synthetic import generate_sirene
from ..core.territories import load_presets
from . import contributions
from . import project as study_project
from .sampling import CommunePointSampler
from .study import Study
from .territory import create_study

GPKG_NAME = "observatoire.gpkg"
QGZ_NAME = "observatoire.qgz"
LOCAL_PROVIDERS = ("ogr", "gdal", "spatialite", "delimitedtext", "memory", "virtual")


@dataclass
class StudyFolder:
    folder: Path

    @property
    def gpkg(self) -> Path:
        return self.folder / GPKG_NAME

    @property
    def qgz(self) -> Path:
        return self.folder / QGZ_NAME

    @property
    def study(self) -> Study:
        return Study.open(self.gpkg)


def new_study_paths(folder) -> StudyFolder:
    """The paths of a new study in ``folder``; refuses a folder that already holds one."""
    study = StudyFolder(Path(folder))
    if study.gpkg.exists() or study.qgz.exists():
        raise InputError(tr("The folder {folder} already holds a study: open it, or choose an empty "
                            "folder.").format(folder=study.folder))
    study.folder.mkdir(parents=True, exist_ok=True)
    return study


def create_study_folder(folder, territory_id: str, project: QgsProject = None, feedback=None) -> StudyFolder:
    """Create ``folder`` with the study GeoPackage of ``territory_id`` (as the etude algorithm does) and
    its project; ``project`` (default: a new one) is cleared and becomes the study's project."""
    study = new_study_paths(folder)
    create_study(study.study, territory_id, feedback=feedback)
    project = project if project is not None else QgsProject()
    project.clear()
    save_study(project, study.folder, title=territory_title(territory_id))
    return study


def territory_title(territory_id: str) -> str:
    names = {preset.id: preset.name for preset in load_presets()}
    parts = [names.get(part.strip(), part.strip()) for part in territory_id.split("+") if part.strip()]
    return tr("ESS observatory — {territory}").format(territory=" + ".join(parts))


def save_study(project: QgsProject, folder, title: str = "") -> StudyFolder:
    """Add the study's layers (and the workshop layers, with their relation) to ``project`` and
    write ``observatoire.qgz`` next to the GeoPackage, with relative paths."""
    study = StudyFolder(Path(folder))
    if not study.gpkg.exists():
        raise InputError(tr("The folder {folder} holds no {name}: create the study first.")
                         .format(folder=study.folder, name=GPKG_NAME))
    contributions.add_to_project(project, study.study)
    study_project.save_project(project, study.study, study.qgz, title=title)
    return study


def open_study_folder(folder, project: QgsProject = None) -> QgsProject:
    """Read the folder's ``observatoire.qgz`` into ``project`` (default: the current project)."""
    study = StudyFolder(Path(folder))
    if not study.qgz.exists():
        raise InputError(tr("The folder {folder} holds no {name}: choose a study folder (made with "
                            "\"New study\" or the demo).").format(folder=study.folder, name=QGZ_NAME))
    project = project if project is not None else QgsProject.instance()
    if not project.read(str(study.qgz)):
        raise InputError(tr("The project {path} cannot be read: {error}").format(path=study.qgz,
                                                                              error=project.error()))
    return project


def layer_path(layer):
    """The local file a layer reads, or None when it is not a file (web service, database…)."""
    if layer.providerType() not in LOCAL_PROVIDERS:
        return None
    source = layer.source()
    if layer.providerType() in ("memory", "virtual"):
        return Path("")
    path = source.split("|")[0]
    if path.startswith("file://"):
        path = path[len("file://"):].split("?")[0]
    if "://" in path or path.startswith("/vsicurl") or not path:
        return None
    return Path(path)


def check_offline(project: QgsProject) -> list:
    """What the project would need the network (or a missing file) for: one line per layer that is
    not a readable local file, per invalid layer and per layout picture read from a URL."""
    problems = []
    for layer in project.mapLayers().values():
        path = layer_path(layer)
        if path is None:
            problems.append(tr("Layer '{name}' is not a local file ({provider}: {source})").format(
                name=layer.name(), provider=layer.providerType(), source=layer.source()))
        elif str(path) and not path.exists():
            problems.append(tr("Layer '{name}' reads a missing file: {path}").format(name=layer.name(), path=path))
        elif not layer.isValid():
            problems.append(tr("Layer '{name}' is not valid").format(name=layer.name()))
    for layout in project.layoutManager().layouts():
        for item in layout.items():
            if isinstance(item, QgsLayoutItemPicture) and "://" in (item.picturePath() or ""):
                problems.append(tr("Layout '{layout}' shows a picture from {url}").format(
                    layout=layout.name(), url=item.picturePath()))
    return problems


def study_layers(project: QgsProject, study) -> list:
    """The project's layers that read a layer of ``study`` (a gis.study.Study)."""
    return [layer for layer in project.mapLayers().values()
            if layer.providerType() == study.provider and study.layer_name_of(layer.source()) is not None]


def refresh_study_layers(project: QgsProject, study):
    """After a step wrote into ``study`` (in place, in one transaction): reload the project's layers
    that read it (data, fields, extent). New study layers are added when the study is saved."""
    for layer in study_layers(project, study):
        layer.dataProvider().reloadData()
        layer.reload()
        layer.updateFields()
        layer.updateExtents()
        layer.triggerRepaint()


def reload_default_style(layer) -> bool:
    """Apply the default style saved in the layer's GeoPackage again (after the style step), as
    the layer's named style of the field it draws (gis.atlas_themes.use_default_style)."""
    from .atlas_themes import use_default_style

    return use_default_style(layer)


def generate_demo_stock(study, out_dir, rows: int | None = None, seed: int = 2024, feedback=None) -> dict:
    """Fictitious SIRENE stock files for the départements of ``study`` (core.synthetic, as the
    synthetic-sirene command): ~1 establishment row per 9 inhabitants, or ``rows`` rows over the
    study's communes. Returns the files by role."""
    studied = study.read("communes", ["code_commune", "code_departement"])
    communes = reference.communes_france()
    if rows:
        selected = communes[communes["code_commune"].isin(set(studied["code_commune"]))]
        return generate_sirene(selected, out_dir, seed=seed, national_rows=rows,
                               point_sampler=CommunePointSampler(), feedback=feedback)
    departements = sorted(set(studied["code_departement"]))
    return generate_sirene(communes, out_dir, seed=seed, departements=departements,
                           point_sampler=CommunePointSampler(), feedback=feedback)

