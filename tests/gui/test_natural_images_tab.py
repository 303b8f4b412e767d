"""Natural images page: the step sweep and the patch-count sweep driven by clicks, Cancel mid-run,
presets, colour tiles and the report's table beside the lab's."""

import pytest
from PySide6.QtCore import Qt

from nnlab_gui.tabs.hidden_units.natural_images import NaturalImagesPage


@pytest.fixture
def page(qtbot):
    p = NaturalImagesPage(key="test/natural")
    qtbot.addWidget(p)
    p.resize(1300, 900)
    p.show()
    p.form.set_values({"hidden": 8, "deep": (8, 5, 8), "patches": 300, "max_iter": 3, "steps": (32, 16),
                       "counts": (100, 300), "count_step": 16})
    return p


def test_step_sweep_fills_both_columns_and_shows_the_report(page, qtbot):
    assert page.report_table.item(0, 0).text() == "pixels"
    assert page.report_table.item(7, 2).text() == "0.465"        # the report's one-layer LR at step 8
    with qtbot.waitSignal(page.run_panel.runner.done, timeout=300000):
        qtbot.mouseClick(page.run_panel.run_button, Qt.MouseButton.LeftButton)
    assert [page.lab_table.horizontalHeaderItem(j).text() for j in range(3)] == ["features", "one layer", "8-5-8"]
    assert [page.lab_table.item(i, 0).text() for i in range(3)] == ["pixels", "step 32", "step 16"]
    assert 0.0 <= float(page.lab_table.item(2, 2).text()) <= 1.0
    assert page.tiles.tiles.shape == (8, 8, 8, 3)                  # colour tiles of the first network's filters
    assert [page.tiles_of.itemText(i) for i in range(page.tiles_of.count())] == ["one layer", "8-5-8"]
    from nnlab_gui.tabs.hidden_units.natural_images import colour_tiles
    import numpy as np
    assert np.allclose(page.tiles.tiles, colour_tiles(page.sweep.tiles["one layer"]))
    page.tiles_of.setCurrentIndex(1)                                # the three-layer network's first layer
    assert np.allclose(page.tiles.tiles, colour_tiles(page.sweep.tiles["8-5-8"]))
    assert len(page.sweep.rows) == 5
    assert "sweep done" in page.messages.text()


def test_patch_count_sweep_and_cancel_mid_run(page, qtbot):
    with qtbot.waitSignal(page.run_panel.runner.done, timeout=300000):
        qtbot.mouseClick(page.count_button, Qt.MouseButton.LeftButton)
    assert page.report_table.item(1, 0).text() == "100 patches"
    assert [page.lab_table.item(i, 0).text() for i in range(3)] == ["pixels", "100 patches", "300 patches"]
    page.form.set_values({"max_iter": 5000, "patches": 3000})
    runner = page.run_panel.runner
    with qtbot.waitSignal(runner.snapshot, timeout=120000):
        qtbot.mouseClick(page.run_panel.run_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.stage.text().startswith("training"), timeout=120000)
    with qtbot.waitSignal(runner.cancelled, timeout=120000):
        qtbot.mouseClick(page.run_panel.cancel_button, Qt.MouseButton.LeftButton)
    assert not runner.is_running()
    assert page.stage.text().startswith("cancelled")
    assert page.lab_table.item(0, 0).text() == "pixels"           # the rows so far are kept
    assert page.run_panel.run_button.isEnabled()


def test_presets_set_the_reports_settings(page, qtbot):
    page.preset_picker.choose("ρ = 0.1")
    assert page.form.value("rho") == pytest.approx(0.1) and page.form.value("lam") == pytest.approx(1e-5)
    page.preset_picker.choose("λ = 1e-3")
    assert page.form.value("rho") == pytest.approx(0.01) and page.form.value("lam") == pytest.approx(1e-3)
    page.preset_picker.choose("Report: ρ = 0.01, λ = 1e-5, β = 3")
    assert page.form.value("beta") == pytest.approx(3.0) and page.form.value("lam") == pytest.approx(1e-5)


def test_whitening_fields_fold_under_more_settings_and_reach_the_engine(page, qtbot):
    from PySide6.QtCore import QPoint
    more = page.form.more
    assert not page.form.widget("epsilon").isVisible() or more.is_expanded()
    if not more.is_expanded():
        qtbot.mouseClick(more.header, Qt.MouseButton.LeftButton)
    box = page.form.widget("whiten")
    assert box.isVisible() and box.isChecked() and page.form.widget("epsilon").isEnabled()
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))
    assert page.form.value("whiten") is False
    assert not page.form.widget("epsilon").isEnabled() and not page.form.widget("patch_mean").isEnabled()
    job = page.job()
    assert job.kwargs["whiten"] is False and job.kwargs["epsilon"] == pytest.approx(0.3)
    page.preset_picker.choose("Course recipe: whitened, ρ = 0.035, λ = 3e-3, β = 5")
    assert page.form.value("whiten") is True and page.form.widget("epsilon").isEnabled()
    kw = page.count_job().kwargs
    assert (kw["rho"], kw["beta"], kw["lam"], kw["epsilon"], kw["patch_mean"]) == (0.035, 5.0, 3e-3, 0.3, False)


def test_colour_tiles_are_centred_on_grey():
    import numpy as np
    from nnlab_gui.tabs.hidden_units.natural_images import colour_tiles
    t = np.zeros((2, 8, 8, 3))
    t[0, :4] = 2.0                        # an edge: top half bright, bottom half dark after centring
    out = colour_tiles(t)
    assert out[0, 0, 0, 0] == pytest.approx(1.0) and out[0, 7, 0, 0] == pytest.approx(0.0)
    assert np.allclose(out[1], 0.5)       # a flat tile is grey


def test_the_tables_and_the_stage_speak_russian(qtbot):
    """The rows (pixels, step k, n patches), the network columns and the stage line are engine
    Phrases: English as before, Russian on a Russian page, the numbers kept."""
    from nnlab_gui import i18n
    from nnlab_gui.engine import natural_images as ni

    assert ni.step_label(8) == "step 8" and ni.patches_label(10000) == "10,000 patches"
    i18n.set_language("ru")
    try:
        p = NaturalImagesPage(key="test/natural-ru")
        qtbot.addWidget(p)
        p.resize(1300, 900)
        p.show()
        p.form.set_values({"hidden": 8, "deep": (8, 5, 8), "patches": 300, "max_iter": 3, "steps": (32, 16)})
        assert [p.report_table.item(i, 0).text() for i in (0, 1, 7)] == ["пиксели", "шаг 32", "шаг 8"]
        stages = []
        p.run_panel.runner.snapshot.connect(lambda *_: stages.append(p.stage.text()))
        with qtbot.waitSignal(p.run_panel.runner.done, timeout=300000):
            qtbot.mouseClick(p.run_panel.run_button, Qt.MouseButton.LeftButton)
        assert [p.lab_table.horizontalHeaderItem(j).text() for j in range(3)] == ["признаки", "один слой", "8-5-8"]
        assert [p.lab_table.item(i, 0).text() for i in range(3)] == ["пиксели", "шаг 32", "шаг 16"]
        assert p.tiles_of.itemText(0) == "один слой"
        assert any(s.startswith("обучение (один слой): итерация") for s in stages) or \
            any(s.startswith("один слой, шаг") for s in stages), stages
        assert p.sweep.rows[1].label == "step 32"                       # the data keep the English
    finally:
        i18n.set_language("en")
