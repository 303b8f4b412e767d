"""Engine foundation: the Qt-free boundary, course-file validation, bundled digits."""

from __future__ import annotations

import ast
import shutil
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
import scipy.io

from nnlab_gui.engine import datasets, generator, matfile

ENGINE = Path(generator.__file__).parent
QT_MODULES = ("PySide6", "PyQt5", "PyQt6", "PySide2", "pyqtgraph", "superqt", "qtpy")


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


def test_no_engine_module_imports_qt():
    offenders = {}
    for path in sorted(ENGINE.rglob("*.py")):
        bad = {n for n in _imports(path) if n.split(".")[0] in QT_MODULES or n.startswith(("nnlab_gui.tabs", "nnlab_gui.widgets", "nnlab_gui.workers", "nnlab_gui.app"))}
        if bad:
            offenders[path.name] = sorted(bad)
    assert not offenders, f"engine modules import Qt or GUI code: {offenders}"


def test_importing_the_whole_engine_loads_no_qt():
    mods = [f"nnlab_gui.engine.{p.stem}" for p in sorted(ENGINE.glob("*.py")) if p.stem != "__init__"]
    code = ("import sys\n" + "".join(f"import {m}\n" for m in mods)
            + f"bad = [m for m in sys.modules if m.split('.')[0] in {QT_MODULES!r}]\nprint(','.join(bad))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "", f"importing the engine pulled in: {out.stdout.strip()}"


def test_the_detector_itself_catches_a_qt_import(tmp_path):
    f = tmp_path / "bad.py"
    f.write_text("from PySide6.QtCore import QObject\nimport numpy\n")
    assert "PySide6.QtCore" in _imports(f)


@pytest.mark.skipif(shutil.which("lint-imports") is None, reason="import-linter is not installed")
def test_import_linter_contracts_hold():
    root = Path(__file__).resolve().parents[2]
    out = subprocess.run(["lint-imports", "--no-cache"], cwd=root, capture_output=True, text=True)
    assert out.returncode == 0, out.stdout + out.stderr


# ------------------------------------------------------------ course files
def _write(tmp_path, name, **arrays):
    path = tmp_path / name
    scipy.io.savemat(str(path), arrays)
    return path


def _good_generator_arrays(rng, h=6, d=3):
    return dict(A_1=rng.normal(size=(h, d)), B_1=rng.normal(size=(h, 1)),
                A_2=rng.normal(size=(784, h)), B_2=rng.normal(size=(784, 1)))


def test_missing_key_is_named(tmp_path):
    arrays = _good_generator_arrays(np.random.default_rng(0))
    del arrays["B_2"]
    with pytest.raises(ValueError, match=r"'B_2' is missing"):
        generator.load_generator(_write(tmp_path, "g.mat", **arrays))


def test_wrong_shape_is_named_with_the_shape_found(tmp_path):
    arrays = _good_generator_arrays(np.random.default_rng(0))
    arrays["A_2"] = arrays["A_2"][:700]
    with pytest.raises(ValueError, match=r"'A_2'.*\(700, 6\)"):
        generator.load_generator(_write(tmp_path, "g.mat", **arrays))


def test_nan_is_refused_with_key_and_shape(tmp_path):
    arrays = _good_generator_arrays(np.random.default_rng(0))
    arrays["A_1"][2, 1] = np.nan
    with pytest.raises(ValueError, match=r"'A_1'.*\(6, 3\).*NaN"):
        generator.load_generator(_write(tmp_path, "g.mat", **arrays))


def test_non_numeric_array_is_refused(tmp_path):
    path = _write(tmp_path, "d.mat", X_i=np.array(["abc", "def"]), X_n=np.zeros((3, 2)))
    with pytest.raises(ValueError, match=r"'X_i' .*not a numeric array"):
        datasets.load_course_images(path)


def test_not_a_mat_file(tmp_path):
    path = tmp_path / "junk.mat"
    path.write_bytes(b"this is not matlab")
    with pytest.raises(ValueError, match="junk.mat"):
        matfile.load_mat(path, {"A": None})


def test_hidden_sizes_must_agree(tmp_path):
    arrays = _good_generator_arrays(np.random.default_rng(1))
    arrays["B_1"] = arrays["B_1"][:5]
    with pytest.raises(ValueError, match="hidden sizes disagree"):
        generator.load_generator(_write(tmp_path, "g.mat", **arrays))


def test_course_images_column_count_checked(tmp_path):
    path = _write(tmp_path, "d.mat", X_i=np.zeros((784, 4)), X_n=np.zeros((49, 3)))
    with pytest.raises(ValueError, match=r"'X_n'.* has shape \(49, 3\): expected 4 columns"):
        datasets.load_course_images(path)


def test_column_major_conversion_round_trips_and_is_matlab_order():
    rng = np.random.default_rng(3)
    images = rng.random((5, 28, 28))
    cols = matfile.images_to_col_major(images)
    assert cols.shape == (784, 5)
    # MATLAB's x(:) runs down the first column first
    np.testing.assert_array_equal(cols[:28, 2], images[2, :, 0])
    np.testing.assert_array_equal(cols[28:56, 2], images[2, :, 1])
    np.testing.assert_array_equal(matfile.col_major_to_images(cols), images)


def test_course_generator_file_decodes_upright_and_round_trips(tmp_path):
    """A course file whose decoder draws a known upright picture shows it upright."""
    target = np.zeros((28, 28))
    target[4:8, :] = 1.0        # a bar across the top ...
    target[:, 20:23] = 1.0      # ... and one down the right
    logit = np.where(target > 0.5, 6.0, -6.0)
    # the course writes X = 1/(1+exp(W2)) on column-major vectors: W2 = -logit
    B_2 = -matfile.images_to_col_major(logit[None])  # (784, 1)
    path = _write(tmp_path, "course.mat", A_1=np.zeros((4, 10)), B_1=np.zeros((4, 1)),
                  A_2=np.zeros((784, 4)), B_2=B_2)
    g = generator.load_generator(path)
    img = g.decode(np.zeros(10))
    assert img.shape == (28, 28)
    np.testing.assert_array_equal(img > 0.5, target > 0.5)
    back = tmp_path / "back.mat"
    g.save_course_mat(back)
    a, b = scipy.io.loadmat(str(path)), scipy.io.loadmat(str(back))
    for key in ("A_1", "B_1", "A_2", "B_2"):
        np.testing.assert_array_equal(a[key], b[key])


def test_npz_round_trip_is_exact(tmp_path):
    rng = np.random.default_rng(2)
    g = generator.Generator(rng.normal(size=(7, 3)), rng.normal(size=7), rng.normal(size=(784, 7)),
                            rng.normal(size=784), name="tiny", encoder={"W1": rng.normal(size=(5, 784)), "b1": rng.normal(size=5),
                                                         "Wmu": rng.normal(size=(3, 5)), "bmu": rng.normal(size=3)})
    g2 = generator.load_generator(g.save(tmp_path / "g.npz"))
    for key in ("A1", "b1", "A2", "b2"):
        np.testing.assert_array_equal(getattr(g, key), getattr(g2, key))
    np.testing.assert_array_equal(g.encoder["W1"], g2.encoder["W1"])
    assert g2.name == "tiny"
    z = rng.normal(size=(4, 3))
    np.testing.assert_array_equal(g.decode(z), g2.decode(z))


# ------------------------------------------------------------ bundled digits
def test_bundled_digits_split_is_stratified():
    d = datasets.load_digits()
    assert d.images.shape == (5000, 28, 28) and d.images20.shape == (5000, 20, 20)
    assert d.images.min() >= 0 and d.images.max() <= 1 and d.images.max() > 0.99
    train, test = d.split("train"), d.split("test")
    assert len(train) == 4000 and len(test) == 1000
    np.testing.assert_array_equal(np.bincount(train.labels), [400] * 10)
    np.testing.assert_array_equal(np.bincount(test.labels), [100] * 10)
    assert d.X400.shape == (5000, 400)


def test_bundled_20px_digits_match_their_28px_originals():
    d = datasets.load_digits()
    # the 20×20 version is an area average: its mean ink equals the 28×28 mean ink
    np.testing.assert_allclose(d.images20.mean(axis=(1, 2)), d.images.mean(axis=(1, 2)), atol=0.01)


def test_an_exception_escaping_a_slot_is_logged(tmp_path, monkeypatch):
    import sys

    from nnlab_gui import logs

    monkeypatch.setenv("NNLAB_DATA_DIR", str(tmp_path))
    seen = []
    monkeypatch.setattr(sys, "excepthook", lambda *exc: seen.append(exc[0]))
    logs.install_excepthook()
    try:
        raise KeyError("no such page")
    except KeyError:
        sys.excepthook(*sys.exc_info())
    assert seen == [KeyError]                       # the previous hook still runs
    text = (tmp_path / "nnlab.log").read_text()
    assert "uncaught KeyError" in text and "Traceback" in text
