"""Territories: the presets (Pays as unions of EPCIs) and territory ids.

A territory id is a preset id (``grand-amienois``), ``epci:SIREN,SIREN``,
``communes:CODE,CODE`` or ``dep:80,60``; several ids joined by ``+`` make one study whose
parts are its Pays (the key ``code_pays`` of the study is each part's id).
"""
import csv
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pandas is imported only when a territory is resolved (QGIS start-up reads the presets)
    import pandas

from .errors import InputError
from .i18n import tr
from .paths import resource


@dataclass(frozen=True)
class Preset:
    id: str
    name: str
    siren_structure: str
    epcis: tuple


@dataclass
class Part:
    """One Pays of a study: a preset or a custom set of EPCIs, communes or départements."""
    id: str
    name: str
    communes: list = field(default_factory=list)


@dataclass
class Territory:
    id: str
    parts: list
    communes: "pandas.DataFrame"  # communes_france rows plus the column code_pays

    @property
    def name(self) -> str:
        return " + ".join(part.name for part in self.parts)

    @property
    def commune_codes(self) -> set:
        return set(self.communes["code_commune"])


def load_presets(path=None) -> list:
    rows = {}
    with open(path or resource("territoires.csv"), encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            entry = rows.setdefault(row["territoire_id"], [row["territoire_nom"], row["siren_structure"], []])
            entry[2].append(row["code_epci"])
    return [Preset(pid, name, siren, tuple(epcis)) for pid, (name, siren, epcis) in rows.items()]


def all_presets_id(presets=None) -> str:
    """The territory id of a study of every preset Pays (the demo's: the three Pays of Picardie)."""
    return "+".join(preset.id for preset in (presets or load_presets()))


def _codes(text: str) -> list:
    return [code.strip() for code in text.split(",") if code.strip()]


def resolve(territory_id: str, communes_france, presets=None) -> Territory:
    """Turn a territory id into its communes, grouped by Pays; unknown codes are errors."""
    import pandas as pd  # imported here: QGIS start-up reads the presets without pandas

    presets = {p.id: p for p in (presets or load_presets())}
    parts, frames = [], []
    for part_id in [p.strip() for p in territory_id.split("+") if p.strip()]:
        kind, _, value = part_id.partition(":")
        if part_id in presets:
            preset = presets[part_id]
            selected = communes_france[communes_france["code_epci"].isin(preset.epcis)]
            missing = set(preset.epcis) - set(selected["code_epci"])
            name = preset.name
        elif kind == "epci" and value:
            wanted = _codes(value)
            selected = communes_france[communes_france["code_epci"].isin(wanted)]
            missing = set(wanted) - set(selected["code_epci"])
            name = tr("Custom territory ({n} EPCI)").format(n=len(wanted))
        elif kind == "communes" and value:
            wanted = _codes(value)
            selected = communes_france[communes_france["code_commune"].isin(wanted)]
            missing = set(wanted) - set(selected["code_commune"])
            name = tr("Custom territory ({n} communes)").format(n=len(wanted))
        elif kind == "dep" and value:
            wanted = [code.zfill(2) for code in _codes(value)]
            selected = communes_france[communes_france["code_departement"].isin(wanted)]
            missing = set(wanted) - set(selected["code_departement"])
            name = tr("Département {codes}").format(codes=", ".join(wanted))
        else:
            known = ", ".join(sorted(presets))
            raise InputError(tr("Unknown territory '{id}'. Use a preset ({known}), epci:SIREN,…, "
                                "communes:CODE,… or dep:CODE,…").format(id=part_id, known=known))
        if missing:
            raise InputError(tr("Territory '{id}': unknown codes {codes} in the reference data.")
                             .format(id=part_id, codes=", ".join(sorted(missing))))
        parts.append(Part(part_id, name, sorted(selected["code_commune"])))
        frames.append(selected.assign(code_pays=part_id))
    if not parts:
        raise InputError(tr("No territory given: pass a preset id such as grand-amienois."))
    communes = pd.concat(frames, ignore_index=True)
    overlap = communes[communes.duplicated("code_commune")]["code_commune"]
    if len(overlap):
        raise InputError(tr("The parts of territory '{id}' overlap (communes {codes}): "
                            "give each commune to one part only.")
                         .format(id=territory_id, codes=", ".join(sorted(overlap)[:5])))
    return Territory(territory_id, parts, communes)
