"""Write the atlas page templates resources/layouts/atlas_<format>.qpt from atlas_layout.

    /usr/bin/python3 scripts/build_layouts.py
"""
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main():
    from qgis.core import QgsApplication, QgsProject, QgsReadWriteContext

    app = QgsApplication([], False)
    app.initQgis()
    from ess_territoires.gis.atlas_layout import PAGE_FORMATS, design_layout

    for page_format in PAGE_FORMATS:
        layout = design_layout(page_format, QgsProject.instance())
        path = ROOT / "resources" / "layouts" / f"atlas_{page_format}.qpt"
        path.parent.mkdir(parents=True, exist_ok=True)
        if not layout.saveAsTemplate(str(path), QgsReadWriteContext()):
            raise SystemExit(f"could not write {path}")
        print(path)
    app.exitQgis()


if __name__ == "__main__":
    main()
