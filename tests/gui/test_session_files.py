"""Sessions refer to loaded files by path and SHA-256: restored where they are the same, named (and
the rest kept) where a file is missing or changed."""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

import pytest

from nnlab_gui.app import MainWindow
from nnlab_gui.engine import file_refs

COURSE = Path("/work/shared/course_files")
NET = "input 32x32x3; conv 16 3 s1 p1; pool 2 s2; fc 10\n"


def fresh(qtbot) -> MainWindow:
    win = MainWindow(restore=False)
    qtbot.addWidget(win)
    win.show()
    return win


def test_digest_of_files_and_folders(tmp_path):
    f = tmp_path / "a.txt"
    f.write_text("abc")
    assert file_refs.digest(f) == hashlib.sha256(b"abc").hexdigest()
    ref = file_refs.make_ref(f, reread=False)
    assert ref == {"path": str(f.resolve()), "sha256": hashlib.sha256(b"abc").hexdigest(), "reread": False}
    assert file_refs.check_ref(ref) is None
    f.write_text("abd")
    assert "differs" in file_refs.check_ref(ref)
    f.unlink()
    assert "is not on this machine" in file_refs.check_ref(ref)
    d = tmp_path / "TU"
    d.mkdir()
    (d / "X_A.txt").write_text("1, 2\n")
    before = file_refs.digest(d)
    (d / "X_A.txt").write_text("1, 3\n")
    assert file_refs.digest(d) != before
    with pytest.raises(ValueError, match="file reference"):
        file_refs.check_ref({"path": 3})


def test_cnn_text_file_is_referred_to_and_a_missing_one_is_named(qtbot, tmp_path):
    net = tmp_path / "net.txt"
    net.write_text(NET)
    win = fresh(qtbot)
    assert win.open_path(net)
    cnn = win.show_page("CNN calculator")
    ref = cnn.state()["files"]["network"]
    assert ref["sha256"] == hashlib.sha256(NET.encode()).hexdigest() and ref["path"] == str(net.resolve())
    session = tmp_path / "s.nnlab"
    assert win.save_session(session)
    net.unlink()                                           # the other machine lacks the file
    other = fresh(qtbot)
    assert other.open_session(session)
    text = other.statusBar().currentMessage()
    assert "net.txt is not on this machine" in text and "the rest is kept" in text
    page = other.show_page("CNN calculator")
    assert page.state()["layers"] == cnn.state()["layers"] and page.state()["input"] == [32, 32, 3]
    assert "net.txt" in page.messages.text()


def test_course_images_are_read_again_or_named_when_changed(qtbot, tmp_path):
    for name in ("data21.mat", "data22.mat"):
        shutil.copy(COURSE / name, tmp_path / name)
    win = fresh(qtbot)
    page = win.show_page("Inpainting:Inpainting")
    assert page.open_file(str(tmp_path / "data22.mat"))
    assert page.target_box.course is not None
    assert set(page.state()["files"]) == {"images"}
    session = tmp_path / "s.nnlab"
    assert win.save_session(session)
    other = fresh(qtbot)                                    # same files: read again
    assert other.open_session(session)
    again = other.show_page("Inpainting:Inpainting")
    assert again.target_box.course is not None and len(again.target_box.course) == len(page.target_box.course)
    assert "restored without" not in other.statusBar().currentMessage()
    with open(tmp_path / "data22.mat", "ab") as f:          # the file changed since
        f.write(b"\0")
    third = fresh(qtbot)
    assert third.open_session(session)
    assert "data22.mat differs" in third.statusBar().currentMessage()
    assert third.show_page("Inpainting:Inpainting").target_box.course is None


def test_trained_results_are_saved_only_when_asked(qtbot, tmp_path):
    import numpy as np

    win = fresh(qtbot)
    assert not win.results_action.isChecked()                  # off by default
    inpaint = win.show_page("Inpainting:Inpainting")
    inpaint.form.set_values({"iterations": 30, "restarts": 2})
    with qtbot.waitSignal(inpaint.run_panel.runner.done, timeout=60000):
        inpaint.run_panel.run_button.click()
    sweep = win.show_page("Hidden units (λ):λ sweep")
    sweep.form.set_values({"lams": [0.0, 1.0], "max_iter": 2})
    with qtbot.waitSignal(sweep.run_panel.runner.done, timeout=120000):
        sweep.run_panel.run_button.click()
    plain, full = tmp_path / "plain.nnlab", tmp_path / "full.nnlab"
    assert win.save_session(plain)
    win.results_action.setChecked(True)                         # File → Include trained results
    assert win.save_session(full)
    assert full.stat().st_size > plain.stat().st_size
    other = fresh(qtbot)
    assert other.open_session(plain)
    assert other.show_page("Inpainting:Inpainting").plot.last is None
    assert other.show_page("Hidden units (λ):λ sweep").results is None
    third = fresh(qtbot)
    assert third.open_session(full)
    again = third.show_page("Inpainting:Inpainting")
    np.testing.assert_array_equal(again.plot.last.image, inpaint.plot.last.image)
    assert again.plot.last.costs.shape == inpaint.plot.last.costs.shape
    weights = third.show_page("Hidden units (λ):λ sweep")
    assert [r.lam for r in weights.results] == [0.0, 1.0]
    np.testing.assert_array_equal(weights.results[1].thetas[0], sweep.results[1].thetas[0])


def test_typed_answers_and_exercise_numbers_travel_in_a_session(qtbot, tmp_path):
    win = fresh(qtbot)
    att = win.show_page("RNN & attention:Attention")
    att.answer_check.new_exercise(42)
    att.answer_check.set_answer("weights", "0.1 0.2 0.3 0.4")
    wl = win.show_page("WL kernel:Two graphs")
    wl.answer_check.set_answer("K", "65")
    wl.answer_check.tolerance_box.setValue(0.5)
    session = tmp_path / "answers.nnlab"
    assert win.save_session(session)
    other = fresh(qtbot)
    assert other.open_session(session)
    a2 = other.show_page("RNN & attention:Attention")
    assert a2.answer_check.number == 42 and a2.state()["Q"] == att.state()["Q"]
    assert a2.answer_check.answers() == {"weights": "0.1 0.2 0.3 0.4"}
    w2 = other.show_page("WL kernel:Two graphs").answer_check
    assert w2.answers() == {"K": "65"} and w2.tolerance() == 0.5
    assert w2.check().all_right


def test_a_tu_folder_is_referred_to_by_its_digest_and_read_again(qtbot, tmp_path):
    folder = tmp_path / "MUTAG"
    shutil.copytree(COURSE / "MUTAG", folder)
    win = fresh(qtbot)
    ds = win.show_page("WL kernel:Dataset")
    with qtbot.waitSignal(ds.run_panel.runner.done, timeout=60000):
        assert win.open_path(folder)
    ref = ds.state()["files"]["dataset"]
    assert ref["sha256"] == file_refs.digest(folder) and ref["reread"] is True
    session = tmp_path / "tu.nnlab"
    assert win.save_session(session)
    other = fresh(qtbot)
    other_ds = other.show_page("WL kernel:Dataset")
    with qtbot.waitSignal(other_ds.run_panel.runner.done, timeout=60000):
        assert other.open_session(session)
    assert other_ds.dataset is not None and other_ds.dataset.n_graphs == ds.dataset.n_graphs


def test_a_trained_autoencoder_travels_in_a_session_with_results(qtbot, tmp_path):
    import numpy as np

    win = fresh(qtbot)
    ae = win.show_page("Hidden units (λ):Sparse autoencoder")
    ae.form.set_values({"samples": 200, "hidden": 9, "max_iter": 3})
    with qtbot.waitSignal(ae.run_panel.runner.done, timeout=120000):
        ae.run_panel.run_button.click()
    assert ae.ae_result is not None
    win.results_action.setChecked(True)
    path = tmp_path / "ae.nnlab"
    assert win.save_session(path)
    other = fresh(qtbot)
    assert other.open_session(path)
    again = other.show_page("Hidden units (λ):Sparse autoencoder")
    np.testing.assert_array_equal(again.ae_result.W1, ae.ae_result.W1)
    np.testing.assert_array_equal(again.ae_result.costs, ae.ae_result.costs)
    assert again.ae_grid.tiles.shape == ae.ae_grid.tiles.shape == (9, 8, 8)
    assert again.compare_job() is not None                     # the comparison can run on it
