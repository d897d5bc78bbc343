"""QGIS 4 (Qt 6) spellings in every source file: fully scoped enums and exec(), not exec_().

flake8-qgis (`make lint`) knows a list of Qt enums; this test asks the running PyQt and QGIS instead:
any `Class.Name` where Class is a Qt or QGIS class and Name one of its enum values (not an enum type)
is an unscoped spelling that Qt 6 refuses (`Qt.AlignLeft`, `QMessageBox.Yes`, `QgsTask.CanCancel`…).
"""
import ast
import enum
from pathlib import Path

import pytest
from qgis import core, gui
from qgis.PyQt import QtCore, QtGui, QtNetwork, QtWidgets, QtXml

ROOT = Path(__file__).resolve().parents[2]
FOLDERS = ("ess_territoires", "scripts", "bench", "tests")
MODULES = (QtCore, QtGui, QtWidgets, QtXml, QtNetwork, core, gui)


def sources():
    for folder in FOLDERS:
        yield from sorted((ROOT / folder).rglob("*.py"))


def qt_or_qgis_class(name: str):
    if not name.startswith("Q"):
        return None
    for module in MODULES:
        found = getattr(module, name, None)
        if isinstance(found, type):
            return found
    return None


def is_enum_value(value) -> bool:
    if isinstance(value, (type, bool)) or type(value) is int:
        return False
    return isinstance(value, (enum.Enum, int))


def unscoped(path: Path) -> list:
    where = path.relative_to(ROOT) if path.is_relative_to(ROOT) else path.name
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
        if not (isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name)):
            continue
        owner = qt_or_qgis_class(node.value.id)
        if owner is not None and is_enum_value(getattr(owner, node.attr, None)):
            found.append(f"{where}:{node.lineno}: {node.value.id}.{node.attr}")
    return found


def test_the_scan_sees_unscoped_spellings(tmp_path):
    sample = tmp_path / "sample.py"
    sample.write_text("Qt.AlignLeft, Qt.AlignmentFlag.AlignLeft, QMessageBox.Yes, QDialog.Accepted, QgsTask.CanCancel,"
                      " QImage.Format_ARGB32, QImage.Format.Format_ARGB32, Qt.AlignmentFlag, QDialog.exec\n")
    names = sorted(line.split(": ")[1] for line in unscoped(sample))
    assert names == ["QDialog.Accepted", "QImage.Format_ARGB32", "QMessageBox.Yes", "QgsTask.CanCancel", "Qt.AlignLeft"]


@pytest.mark.parametrize("folder", FOLDERS)
def test_enums_are_fully_scoped(folder):
    found = [hit for path in sources() if path.relative_to(ROOT).parts[0] == folder for hit in unscoped(path)]
    assert found == [], "unscoped Qt/QGIS enums (Qt 6 refuses them):\n" + "\n".join(found)


def test_exec_not_exec_():
    calls = [f"{path.relative_to(ROOT)}:{node.lineno}" for path in sources()
             for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
             if isinstance(node, ast.Attribute) and node.attr in ("exec_", "print_")]
    assert calls == [], "exec_()/print_() are gone in Qt 6: exec()/print()"


def test_no_qtwebkit_no_html_layout_item_no_pyrcc():
    banned = ("QtWebKit", "QgsLayoutItemHtml", "QgsLayoutFrame(html", "resources_rc", "pyrcc")
    this = Path(__file__).resolve()
    hits = [f"{path.relative_to(ROOT)}: {word}" for path in sources() if path.resolve() != this
            for word in banned if word in path.read_text(encoding="utf-8")]
    assert hits == []
