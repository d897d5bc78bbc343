"""Plugin metadata read from metadata.txt (one place for the version)."""
import configparser

from .core.paths import PACKAGE_DIR


def _metadata():
    parser = configparser.ConfigParser(interpolation=None)
    for candidate in (PACKAGE_DIR / "metadata.txt", PACKAGE_DIR.parent / "metadata.txt"):
        if candidate.exists():
            parser.read(candidate, encoding="utf-8")
            break
    return parser["general"] if parser.has_section("general") else {}


METADATA = _metadata()
__version__ = METADATA.get("version", "0.0.0")
__title__ = METADATA.get("name", "ESS Territoires")
