"""Assemble the plugin folder into a zip QGIS's plugin repository accepts, or deploy it.

    python scripts/package.py --out dist/ess_territoires-0.1.0.zip
    python scripts/package.py --deploy dist/ess_territoires-0.1.0.zip [--profile DIR]
"""
import argparse
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PLUGIN = "ess_territoires"
SKIP_PARTS = {"__pycache__", ".pytest_cache"}
SKIP_SUFFIXES = {".pyc", ".pyo", ".ts"}


def plugin_files():
    """(path on disk, path in the zip) of every file of the installed plugin folder."""
    yield ROOT / "metadata.txt", f"{PLUGIN}/metadata.txt"
    yield ROOT / "LICENSE", f"{PLUGIN}/LICENSE"
    for folder, target in ((ROOT / PLUGIN, PLUGIN), (ROOT / "resources", f"{PLUGIN}/resources"),
                           (ROOT / "i18n", f"{PLUGIN}/i18n")):
        for path in sorted(folder.rglob("*")):
            relative = path.relative_to(folder)
            if path.is_dir() or SKIP_PARTS & set(relative.parts) or path.suffix in SKIP_SUFFIXES:
                continue
            if path.name.startswith(".") or path.name.endswith((".tmp.gpkg", "-wal", "-shm")):
                continue
            yield path, f"{target}/{relative.as_posix()}"


def build(out: Path):
    reference = ROOT / "resources" / "data" / "reference.gpkg"
    if not reference.exists():
        raise SystemExit("resources/data/reference.gpkg is missing: run 'make data' first.")
    if not (ROOT / "resources" / "fonts" / "DejaVuSans.ttf").exists():
        raise SystemExit("resources/fonts/DejaVuSans.ttf is missing: run 'make fonts' first.")
    out.parent.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for path, name in plugin_files():
            archive.write(path, name)
    size_mb = out.stat().st_size / 1e6
    if size_mb > 25:
        raise SystemExit(f"{out} is {size_mb:.1f} MB: the plugin repository accepts 25 MB at most.")
    print(f"{out} ({size_mb:.1f} MB)")


def default_profile() -> Path:
    return Path.home() / ".local/share/QGIS/QGIS3/profiles/default"


def deploy(package: Path, profile: Path):
    plugins = profile / "python" / "plugins"
    target = plugins / PLUGIN
    if target.exists():
        import shutil
        shutil.rmtree(target)
    plugins.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(package) as archive:
        archive.extractall(plugins)
    print(f"Installed into {target}; enable it in QGIS: Plugins > Manage and Install Plugins.")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path)
    parser.add_argument("--deploy", type=Path, help="zip to install into a QGIS profile")
    parser.add_argument("--profile", type=Path, default=default_profile())
    args = parser.parse_args()
    if args.deploy:
        deploy(args.deploy, args.profile)
    elif args.out:
        build(args.out)
    else:
        parser.error("give --out or --deploy")


if __name__ == "__main__":
    main()
