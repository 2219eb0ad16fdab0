"""Files replaced whole: a reader (a training beside this one, a page) sees the old file or the new one."""

from pathlib import Path

import numpy as np
import pytest

from bot.files import write_whole, write_whole_with


def test_a_writer_that_fails_leaves_the_old_file_and_nothing_beside_it(tmp_path: Path) -> None:
    path = tmp_path / "cache" / "vectors.npy"
    write_whole_with(path, lambda file: np.save(file, np.ones(3, dtype=np.float32)))

    def broken(file) -> None:
        file.write(b"half a fi")
        raise OSError("disk full")

    with pytest.raises(OSError):
        write_whole_with(path, broken)
    assert np.load(path).tolist() == [1.0, 1.0, 1.0]
    assert [p.name for p in path.parent.iterdir()] == ["vectors.npy"]


def test_text_is_replaced_whole(tmp_path: Path) -> None:
    path = tmp_path / "domain.yml"
    write_whole(path, "version: '3.1'\n")
    write_whole(path, "version: '3.1'\nresponses: {}\n")
    assert path.read_text(encoding="utf-8") == "version: '3.1'\nresponses: {}\n"
    assert [p.name for p in tmp_path.iterdir()] == ["domain.yml"]
