"""The study file's advisory locks (gis.file_lock): shared for snapshots, exclusive for a writer."""
import os

from ess_territoires.gis import file_lock


def test_readers_share_the_lock_and_a_writer_waits_for_them(tmp_path):
    study = tmp_path / "etude.gpkg"
    study.write_bytes(b"GeoPackage")
    first, second, writer = (file_lock.open_lock_handle(study) for _ in range(3))
    try:
        assert file_lock.try_lock(first, shared=True)
        assert file_lock.try_lock(second, shared=True)
        assert not file_lock.try_lock(writer, shared=False)
        file_lock.unlock(first)
        assert not file_lock.try_lock(writer, shared=False)
        file_lock.unlock(second)
        assert file_lock.try_lock(writer, shared=False)
        assert not file_lock.try_lock(first, shared=True)
    finally:
        for handle in (first, second, writer):
            os.close(handle)
    assert study.read_bytes() == b"GeoPackage"  # a lock never touches the file's content


def test_a_study_not_yet_created_is_locked_through_its_folder(tmp_path):
    study = tmp_path / "nouvelle.gpkg"
    one, other = file_lock.open_lock_handle(study), file_lock.open_lock_handle(study)
    try:
        assert file_lock.try_lock(one, shared=False)
        assert not file_lock.try_lock(other, shared=False)
    finally:
        os.close(one)
        os.close(other)
    assert not study.exists()
    if not file_lock.WINDOWS:
        assert list(tmp_path.iterdir()) == []  # nothing left beside it
