"""A version's files: kept, compared, and put back exactly."""

from pathlib import Path

from bot.settings import PROJECT_ROOT
from bot.studio import snapshot


def repo(tmp_path: Path) -> Path:
    root = tmp_path / "repo"
    snapshot.take(PROJECT_ROOT, root)
    return root


def test_a_snapshot_trains_the_same_model_as_its_source(tmp_path: Path) -> None:
    root = repo(tmp_path)
    assert snapshot.fingerprint(root) == snapshot.fingerprint(PROJECT_ROOT)
    assert snapshot.same_files(root, PROJECT_ROOT)
    assert (root / "sales" / "plans.yml").exists()


def test_a_change_of_wording_alone_is_told_from_a_change_of_training_data(tmp_path: Path) -> None:
    root = repo(tmp_path)
    before = tmp_path / "before"
    snapshot.take(root, before)
    domain = (root / "domain.yml").read_text()
    (root / "domain.yml").write_text(
        domain.replace("responses:\n", "responses:\n  utter_studio_test:\n  - text: hi\n", 1)
    )
    assert snapshot.only_wording_differs(before, root)
    (root / "data" / "nlu" / "labelled.yml").write_text(
        'version: "3.1"\nnlu:\n- intent: greet\n  examples: |\n    - yo yo\n'
    )
    assert not snapshot.only_wording_differs(before, root)
    assert snapshot.fingerprint(before) != snapshot.fingerprint(root)


def test_restoring_puts_back_every_file_and_removes_what_the_version_did_not_have(tmp_path: Path) -> None:
    version = repo(tmp_path)
    root = tmp_path / "live"
    snapshot.take(version, root)
    (root / "data" / "nlu" / "labelled.yml").write_text("nlu: []\n")
    (root / "domain.yml").write_text("version: '3.1'\n")
    snapshot.restore(version, root)
    assert snapshot.same_files(version, root)
    assert not (root / "data" / "nlu" / "labelled.yml").exists()
    assert not [p for p in root.iterdir() if p.name.startswith(".")], "no staged or retired copies are left behind"


def test_a_change_to_our_training_code_trains_a_new_model(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """The same data with a changed featurizer or intent reader must not take the older model from a cache."""
    from bot.nlu import training_code

    root = repo(tmp_path)
    before = snapshot.fingerprint(root)
    changed = tmp_path / "component.py"
    changed.write_bytes(training_code.TRAINING_CODE[0].read_bytes() + b"\n# changed\n")
    monkeypatch.setattr(training_code, "TRAINING_CODE", (changed, *training_code.TRAINING_CODE[1:]))
    assert snapshot.fingerprint(root) != before
