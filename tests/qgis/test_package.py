"""`make package`: a zip the QGIS plugin repository accepts, which loads from a profile."""
import configparser
import os
import subprocess
import sys
import textwrap
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def package(tmp_path_factory):
    out = tmp_path_factory.mktemp("dist") / "ess_territoires-test.zip"
    subprocess.run([sys.executable, str(ROOT / "scripts" / "package.py"), "--out", str(out)], check=True)
    return out


def test_zip_layout(package):
    names = zipfile.ZipFile(package).namelist()
    assert {name.split("/")[0] for name in names} == {"ess_territoires"}
    for required in ("__init__.py", "metadata.txt", "LICENSE", "plugin.py",
                     "resources/data/reference.gpkg", "resources/territoires.csv",
                     "resources/icons/ess_territoires.svg", "resources/fonts/DejaVuSans.ttf",
                     "resources/fonts/LICENSE"):
        assert f"ess_territoires/{required}" in names, required
    assert not [n for n in names if "__pycache__" in n or n.endswith((".pyc", ".pyo"))]
    assert package.stat().st_size < 25 * 1024 * 1024
    metadata = zipfile.ZipFile(package).read("ess_territoires/metadata.txt").decode()
    for key in ("name", "qgisMinimumVersion=3.22", "qgisMaximumVersion=4.99", "description", "about",
                "version", "author", "email", "repository", "tracker", "homepage", "tags", "category",
                "hasProcessingProvider=yes"):
        assert f"\n{key}" in metadata, key
    general = configparser.ConfigParser(interpolation=None)
    general.read_string(metadata)
    # 3.22 (Debian 12) to QGIS 4 (Qt 6): the plugin repository offers a plugin to QGIS 4 users when
    # its maximum is at least 4.0
    assert (general["general"]["qgisMinimumVersion"], general["general"]["qgisMaximumVersion"]) == ("3.22", "4.99")


def test_plugin_loads_from_a_profile(package, tmp_path):
    """Unpack into a fresh profile's plugin folder and let qgis.utils load and start it."""
    plugins = tmp_path / "profile" / "python" / "plugins"
    plugins.mkdir(parents=True)
    zipfile.ZipFile(package).extractall(plugins)
    script = textwrap.dedent(f"""
        import sys
        sys.path.insert(0, {str(plugins)!r})
        sys.path.insert(0, {str(Path(__file__).parent)!r})
        from qgis.core import QgsApplication
        app = QgsApplication([], False)
        app.initQgis()
        import qgis.utils
        from fake_iface import QgisLikeInterface
        qgis.utils.iface = QgisLikeInterface()
        qgis.utils.plugin_paths = [{str(plugins)!r}]
        qgis.utils.updateAvailablePlugins()
        assert "ess_territoires" in qgis.utils.available_plugins
        assert qgis.utils.loadPlugin("ess_territoires")
        assert qgis.utils.startPlugin("ess_territoires")
        import ess_territoires
        assert ess_territoires.__file__.startswith({str(plugins)!r}), ess_territoires.__file__
        ids = [p.id() for p in QgsApplication.processingRegistry().providers()]
        assert "ess_territoires" in ids, ids
        from ess_territoires.core.paths import reference_gpkg
        assert str(reference_gpkg()).startswith({str(plugins)!r})
        assert qgis.utils.unloadPlugin("ess_territoires")
        ids = [p.id() for p in QgsApplication.processingRegistry().providers()]
        assert "ess_territoires" not in ids, ids
        print("LOADED")
    """)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": ""}
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, env=env,
                            cwd=tmp_path, timeout=120, check=False)
    assert "LOADED" in result.stdout, result.stdout + result.stderr
