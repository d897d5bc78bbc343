"""The plugin loads the way QGIS loads it and unloads without leaving anything behind."""
from qgis.core import QgsApplication, QgsProject
from qgis.PyQt.QtCore import QCoreApplication, QEvent, Qt


def flush_deletes():
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    QCoreApplication.processEvents()


def provider_ids():
    return [p.id() for p in QgsApplication.processingRegistry().providers()]


def test_load_and_unload_twice_leaves_qgis_clean(iface):
    import ess_territoires

    registry = QgsApplication.processingRegistry()
    # the headless session registered the provider for other tests: start from QGIS's state
    shared = registry.providerById("ess_territoires")
    if shared is not None:
        registry.removeProvider(shared)
    try:
        menus_before, docks_before = iface.plugin_menus(), len(iface.docks())
        for _ in range(2):
            plugin = ess_territoires.classFactory(iface)
            plugin.initProcessing()
            plugin.initGui()
            assert "ess_territoires" in provider_ids()
            algorithms = {a.id() for a in registry.providerById("ess_territoires").algorithms()}
            assert {"ess_territoires:etude", "ess_territoires:atlas"} <= algorithms
            assert any(a.objectName() == "EssTerritoiresAction" for a in iface.toolbar_actions())
            assert len(iface.plugin_menus()) == len(menus_before) + 1
            assert len(iface.docks()) == docks_before + 1
            plugin.action.trigger()
            assert plugin.dock.isVisible() or not iface.window.isVisible()

            plugin.unload()
            flush_deletes()
            assert "ess_territoires" not in provider_ids()
            assert iface.toolbar_actions() == []
            assert iface.plugin_menus() == menus_before
            assert len(iface.docks()) == docks_before
    finally:
        if registry.providerById("ess_territoires") is None:
            from ess_territoires.processing import runner
            runner._provider = None
            runner.register_providers()


def test_dock_shows_a_pays(iface, project, monkeypatch, tmp_path):
    from ess_territoires.gui import dock as dock_module

    monkeypatch.setattr(dock_module, "territories_folder", lambda: tmp_path)
    panel = dock_module.EssDock(iface, iface.window)
    index = panel.territory_combo.findData("pays-de-thierache")
    panel.territory_combo.setCurrentIndex(index)
    assert not panel.epci_list.isVisibleTo(panel)
    panel.show_button.click()
    names = sorted(layer.name() for layer in project.mapLayers().values())
    assert names == ["Communes", "EPCI", "Pays"]
    communes = project.mapLayersByName("Communes")[0]
    assert communes.featureCount() == 160
    assert communes.crs().authid() == "EPSG:2154"
    pays = project.mapLayersByName("Pays")[0]
    assert iface.canvas.extent().contains(pays.extent())
    panel.deleteLater()


def test_dock_custom_epci(iface, project, monkeypatch, tmp_path):
    from ess_territoires.gui import dock as dock_module

    monkeypatch.setattr(dock_module, "territories_folder", lambda: tmp_path)
    panel = dock_module.EssDock(iface, iface.window)
    panel.territory_combo.setCurrentIndex(panel.territory_combo.findData(dock_module.CUSTOM))
    assert panel.territory_id() == ""
    panel.show_button.click()  # nothing ticked: a warning, no layer
    assert project.mapLayers() == {}
    for i in range(panel.epci_list.count()):
        item = panel.epci_list.item(i)
        if item.data(Qt.ItemDataRole.UserRole) in ("240200444", "240200600"):
            item.setCheckState(Qt.CheckState.Checked)
    assert panel.territory_id() == "epci:240200444,240200600"
    panel.show_button.click()
    communes = QgsProject.instance().mapLayersByName("Communes")[0]
    assert communes.featureCount() == 68 + 26
    panel.deleteLater()


def test_start_up_imports_nothing_heavy():
    """QGIS start-up stays fast: loading the plugin imports neither pandas nor GDAL's bindings
    (timed by `make bench-startup`, key startup). Only what the plugin adds counts: QGIS 3.40 and
    later import NumPy themselves (qgis.core does)."""
    import subprocess
    import sys
    from pathlib import Path

    here = Path(__file__).resolve().parent
    script = (
        "import sys\n"
        f"sys.path[:0] = [{str(here.parents[1])!r}, {str(here)!r}]\n"
        "from qgis.core import QgsApplication\n"
        "app = QgsApplication([], False)\napp.initQgis()\n"
        "import qgis.utils\n"
        "from fake_iface import QgisLikeInterface\n"
        "iface = QgisLikeInterface()\n"
        "before = set(sys.modules)\n"
        "import ess_territoires\n"
        "plugin = ess_territoires.classFactory(iface)\n"
        "plugin.initProcessing()\nplugin.initGui()\n"
        "added = set(sys.modules) - before\n"
        "heavy = sorted(m for m in ('pandas', 'numpy', 'osgeo', 'requests') if m in added)\n"
        "print('HEAVY', heavy)\n")
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120,
                            env={**__import__("os").environ, "QT_QPA_PLATFORM": "offscreen"}, check=False)
    assert "HEAVY []" in result.stdout, result.stdout + result.stderr[-2000:]
