"""Where the plugin's resources live.

Installed, ``resources/`` sits inside the plugin folder; in the repository it sits next to
the package. Both layouts are found here and nowhere else.
"""
from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent.parent


def resources_dir() -> Path:
    for candidate in (PACKAGE_DIR / "resources", PACKAGE_DIR.parent / "resources"):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError("resources/ not found next to the ess_territoires package")


def resource(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)


def reference_gpkg() -> Path:
    """The built reference GeoPackage (``make data``)."""
    return resource("data", "reference.gpkg")
