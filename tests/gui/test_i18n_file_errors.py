"""A bad session file or a bad course file, opened with the lab in Russian: the status bar or the
page's message bar says what is wrong in Russian (the file names, keys and numbers kept, no
English word left), and nothing changes."""

from __future__ import annotations

import json
import zipfile

import numpy as np
import pytest
import scipy.io

from nnlab_gui import i18n
from nnlab_gui.app import MainWindow
from nnlab_gui.engine import session_file
from nnlab_gui.tabs.inpainting.page import InpaintingPage

from test_i18n import english_words


@pytest.fixture
def russian(qapp):
    i18n.set_language("ru")
    yield
    i18n.set_language("en")


@pytest.fixture
def window_ru(qtbot, russian):
    win = MainWindow(restore=False)
    qtbot.addWidget(win)
    win.show()
    return win


def zip_with(path, members: dict[str, str]):
    with zipfile.ZipFile(path, "w") as zf:
        for name, text in members.items():
            zf.writestr(name, text)
    return path


def test_a_session_file_without_session_json_is_refused_in_russian(window_ru, tmp_path):
    path = zip_with(tmp_path / "bad.nnlab", {"notes.txt": "x"})
    before = window_ru.session_state()
    assert window_ru.open_session(path) is False
    text = window_ru.statusBar().currentMessage()
    assert text == "Сеанс не открыт (ничего не изменилось): bad.nnlab — не файл сеанса NN Lab (внутри нет session.json)"
    assert not english_words(text), text
    assert window_ru.session_state() == before


def test_a_session_from_a_newer_lab_is_refused_in_russian(window_ru, tmp_path):
    doc = json.dumps({"format": session_file.FORMAT, "version": session_file.VERSION + 1, "tabs": {}})
    path = zip_with(tmp_path / "new.nnlab", {"session.json": doc})
    assert window_ru.open_path(path) is False
    text = window_ru.statusBar().currentMessage()
    assert f"new.nnlab сохранён более новой версией NN Lab (формат сеанса {session_file.VERSION + 1}" in text
    assert "обновите NN Lab" in text
    assert not english_words(text), text


def test_a_file_the_lab_does_not_open_is_named_in_russian(window_ru, tmp_path):
    path = tmp_path / "notes.x1"
    path.write_text("x")
    assert window_ru.open_path(path) is False
    text = window_ru.statusBar().currentMessage()
    assert text.startswith("Не открыто: notes.x1: лаборатория не открывает .x1; она открывает сеанс (.nnlab), генератор")
    assert not english_words(text), text


@pytest.fixture
def inpainting_ru(qtbot, russian):
    page = InpaintingPage(key="test/ru-inpainting-file")
    qtbot.addWidget(page)
    page.resize(1300, 850)
    page.show()
    return page


def test_course_images_of_the_wrong_size_are_refused_in_russian(inpainting_ru, tmp_path):
    page = inpainting_ru
    state = page.state()
    scipy.io.savemat(str(tmp_path / "bad.mat"), {"X_i": np.zeros((784, 4)), "X_n": np.zeros((400, 4))})
    assert page.open_file(str(tmp_path / "bad.mat")) is False
    text = page.messages.text()
    assert page.messages.level == "error"
    assert ("у ключа 'X_n' в bad.mat 400 строк: ожидалось 784 (data22: зашумлённые изображения) "
            "или 49 (data23: средние 7×7)") in text
    assert not english_words(text), text
    assert page.state() == state


def test_a_mat_file_that_is_no_course_file_is_refused_in_russian(inpainting_ru, tmp_path):
    page = inpainting_ru
    scipy.io.savemat(str(tmp_path / "w.mat"), {"w_1": np.eye(3)})
    assert page.open_file(str(tmp_path / "w.mat")) is False
    text = page.messages.text()
    assert ("в w.mat нет ни генератора (A_1, B_1, A_2, B_2), ни изображений курса (X_i, X_n); "
            "найденные ключи: w_1") in text
    assert not english_words(text), text
