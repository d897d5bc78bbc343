"""Each choice list (atlas coverage, themes, page formats, map methods) is defined once, in
core/choices.py, and the algorithms, the panel, the command line and the map code all follow it."""
from ess_territoires.core import choices


def test_the_algorithms_offer_the_lists_in_their_order(qgis_app):
    from qgis.core import QgsApplication

    registry = QgsApplication.processingRegistry()
    atlas = registry.algorithmById("ess_territoires:atlas")
    for parameter, choice_list in (("COUVERTURE", choices.atlas_coverages()), ("THEME", choices.atlas_themes()),
                                   ("FORMAT", choices.page_formats())):
        assert atlas.parameterDefinition(parameter).options() == choices.labels(choice_list)
    methods = registry.algorithmById("ess_territoires:style").parameterDefinition("METHODE")
    assert methods.options() == choices.keys(choices.style_methods()) and methods.usesStaticStrings()


def test_the_command_line_takes_the_keys():
    from ess_territoires.cli import build_parser

    parser = build_parser()
    commands = next(a for a in parser._actions if a.dest == "command").choices
    options = {a.dest: a.choices for a in commands["atlas"]._actions}
    assert options["couverture"] == choices.keys(choices.atlas_coverages())
    assert options["theme"] == [key for key in choices.keys(choices.atlas_themes()) if key]
    assert options["format"] == choices.keys(choices.page_formats())
    methods = {a.dest: a.choices for a in commands["style"]._actions}["methode"]
    assert methods == choices.keys(choices.style_methods())


def test_the_panel_keeps_the_keys_and_shows_the_labels(iface, project):
    from ess_territoires.gui.dock import EssDock

    panel = EssDock(iface, iface.window)
    for combo, choice_list in ((panel.atlas_coverage_combo, choices.atlas_coverages()),
                               (panel.atlas_theme_combo, choices.atlas_themes()),
                               (panel.atlas_format_combo, choices.page_formats()),
                               (panel.map_method_combo, choices.style_methods())):
        assert [(combo.itemData(i), combo.itemText(i)) for i in range(combo.count())] == list(choice_list)
    panel.deleteLater()


def test_the_map_code_knows_every_key():
    from ess_territoires.gis import atlas, atlas_layout, atlas_themes, thematic

    themes = [key for key in choices.keys(choices.atlas_themes()) if key]
    assert sorted(atlas.theme_titles()) == sorted(themes) == sorted(atlas_themes.THEME_LAYERS)
    assert sorted(atlas.coverage_titles()) == sorted(choices.keys(choices.atlas_coverages()))
    assert sorted(atlas_layout.PAGE_FORMATS) == sorted(choices.keys(choices.page_formats()))
    assert [thematic.AUTO, *thematic.METHODS] == choices.keys(choices.style_methods())
