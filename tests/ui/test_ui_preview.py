"""Live preview: the memo's real PDF beside the editor, re-rendered off the GUI thread."""
from __future__ import annotations

import pytest



@pytest.fixture
def drafted(window, qtbot, errors):
    window.memo.draft_button.click()
    qtbot.waitUntil(lambda: window.memo.drafting is None, timeout=30000)  # planned in a worker
    assert not errors, errors  # the built-in templates ship with the app: never a reason to skip
    qtbot.waitUntil(lambda: window.preview.shown_generation == window.preview.generation
                    and window.preview.document is not None, timeout=10000)
    return window


def test_preview_shows_the_memo_pdf_with_page_budget(drafted):
    from PySide6.QtPdf import QPdfDocument
    from PySide6.QtPdfWidgets import QPdfView

    p = drafted.preview
    assert p.document.status() == QPdfDocument.Status.Ready
    assert p.document.pageCount() == p.pages >= 1
    assert p.document.parent() is drafted  # never the view (segfault on teardown)
    assert p.view.pageMode() == QPdfView.PageMode.MultiPage
    assert p.view.zoomMode() == QPdfView.ZoomMode.FitToWidth
    assert p.page_budget == 2
    assert p.page_label.text() == f"{p.pages} / 2 pages"
    assert ("c62828" in p.page_label.styleSheet()) == (p.pages > 2)


def test_the_preview_renders_the_export_pages_unpacked(drafted):
    """Packing the page and font streams was a tenth of each render; the preview's PDF stays in
    memory, so it is left unpacked (the pages are those of File > Export: tests/export)."""
    from briefing_app.ui.preview import render_memo

    data, pages, budget, _warnings = render_memo(drafted.memo.memo, drafted.session.path)
    assert data.startswith(b"%PDF") and b"/FlateDecode" not in data
    assert pages == drafted.preview.pages and budget == 2


def test_the_page_count_keeps_clear_of_the_window_edge(drafted, qtbot):
    """The page count sat flush against the window's right edge (the panel had no right margin):
    "2 / 1 pages" touched the frame in red."""
    p = drafted.preview
    drafted.resize(1024, 700)
    qtbot.waitUntil(lambda: drafted.width() == 1024)
    qtbot.wait(50)
    label = p.page_label
    right = label.mapTo(drafted, label.rect().topRight()).x()
    used = label.fontMetrics().horizontalAdvance(label.text())
    assert label.width() >= used and right <= drafted.width() - 6, (right, drafted.width())


def test_preview_updates_after_adding_an_item(drafted, qtbot):
    from briefing_app.core import actions

    win, p = drafted, drafted.preview
    before_doc, before_gen = p.document, p.shown_generation
    memo = win.memo.memo
    section = memo.section("background") or memo.sections[0]
    marker = "Preview marker paragraph " + "with quite a lot of words to fill the page " * 60
    with qtbot.waitSignal(p.shown, timeout=10000):
        win.session.run(actions.add_memo_item(win.session.project, section.id, "text", body=marker))
    assert p.shown_generation > before_gen
    assert p.document is not before_doc
    text = " ".join(p.document.getAllText(n).text() for n in range(p.document.pageCount()))
    assert "Preview marker paragraph" in text
    # more pages than the budget: the indicator turns red
    for _ in range(6):
        win.session.run(actions.add_memo_item(win.session.project, section.id, "text", body=marker))
    qtbot.waitUntil(lambda: p.shown_generation == p.generation, timeout=10000)
    assert p.pages > 2
    assert p.page_label.text() == f"{p.pages} / 2 pages"
    assert "c62828" in p.page_label.styleSheet()
    win.menu_actions.undo.trigger()
    qtbot.waitUntil(lambda: p.shown_generation == p.generation, timeout=10000)


def test_a_burst_of_edits_renders_once_and_stale_results_are_dropped(drafted, qtbot, monkeypatch):
    import briefing_app.ui.preview as preview

    p = drafted.preview
    renders = []
    real = preview.render_memo
    monkeypatch.setattr(preview, "render_memo", lambda memo, path: renders.append(1) or real(memo, path))
    shown = []
    p.shown.connect(shown.append)
    for _ in range(5):
        p.set_memo(drafted.memo.memo, drafted.session.path)
    qtbot.waitUntil(lambda: p.shown_generation == p.generation, timeout=10000)
    assert len(renders) == 1 and shown == [p.generation]
    # a result that arrives after a newer edit is dropped
    old_doc = p.document
    p._on_result(p.generation - 1, (b"%PDF-1.4 stale", 9, 2, []))
    assert p.document is old_doc and p.pages != 9


def test_closing_the_window_with_a_preview_does_not_crash(qtbot, errors, project_path):
    from briefing_app.ui.main_window import MainWindow

    win = MainWindow(persist=False)
    qtbot.addWidget(win)
    assert win.open_project(project_path)
    win.show()
    win.memo.draft_button.click()
    qtbot.waitUntil(lambda: win.memo.drafting is None, timeout=30000)
    qtbot.waitUntil(lambda: win.preview.document is not None, timeout=10000)
    win.memo.draft_button.click()  # a second memo: a new document, the old one deleted later
    qtbot.waitUntil(lambda: win.memo.drafting is None, timeout=30000)
    win.close()
    win.deleteLater()
    qtbot.wait(50)
    assert not errors


def test_a_template_fixed_in_an_editor_shows_once_the_app_is_back(window, qtbot, tmp_path, errors):
    """The preview said "No preview: … template.toml is not valid TOML" until the memo was next
    edited, though the template had been fixed in an editor meanwhile. Coming back to the app
    renders it again."""
    import shutil

    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from briefing_app.core.paths import builtin_templates_dir

    folder = tmp_path / "my-memo"
    shutil.copytree(builtin_templates_dir() / "info-memo", folder)
    good = (folder / "template.toml").read_text(encoding="utf-8")
    p = window.preview
    with qtbot.waitSignal(window.memo.drafted, timeout=30000):
        window.memo.draft_memo(str(folder), "My memo")  # a memo on a template of one's own
    (folder / "template.toml").write_text("name = \n", encoding="utf-8")  # broken again, in an editor
    window.memo.set_citation_style("apa")  # an edit: rendered with the broken template
    qtbot.waitUntil(lambda: "not valid TOML" in p.placeholder.text(), timeout=10000)
    (folder / "template.toml").write_text(good, encoding="utf-8")  # fixed, the app in the background
    app = QApplication.instance()
    app.applicationStateChanged.emit(Qt.ApplicationState.ApplicationInactive)  # another app in front
    with qtbot.waitSignal(p.shown, timeout=10000):
        app.applicationStateChanged.emit(Qt.ApplicationState.ApplicationActive)
    assert p.document is not None and p.pages >= 1 and not errors


def test_an_edit_after_a_quiet_spell_renders_on_the_next_turn_and_a_burst_waits(drafted, qtbot, monkeypatch):
    """A single edit waited out the whole 100 ms debounce before its render started (a third of
    the time to the new PDF). After a quiet spell the render now starts on the next turn of the
    event loop; changes made in the same turn still make one render; changes that follow one
    another within the debounce wait for the burst to end."""
    from types import SimpleNamespace

    import briefing_app.ui.preview as preview

    p, memo, path = drafted.preview, drafted.memo.memo, drafted.session.path
    clock = [p._last_change + 1.0]  # a second after the last change: quiet
    monkeypatch.setattr(preview, "time", SimpleNamespace(perf_counter=lambda: clock[0]))
    renders = []
    real = preview.render_memo
    monkeypatch.setattr(preview, "render_memo", lambda m, where: renders.append(m) or real(m, where))

    p.set_memo(memo, path)
    assert p.timer.isActive() and p.timer.interval() == 0  # no debounce after a quiet spell
    p.set_memo(memo, path)  # the same turn (one command's changes): still one render, still at once
    assert p.timer.isActive() and p.timer.interval() == 0
    qtbot.waitUntil(lambda: p.shown_generation == p.generation, timeout=10000)
    assert len(renders) == 1

    for _ in range(3):  # a burst: each change 50 ms after the one before
        clock[0] += 0.05
        p.set_memo(memo, path)
        assert p.timer.isActive() and p.timer.interval() == preview.DEBOUNCE_MS
    qtbot.waitUntil(lambda: p.shown_generation == p.generation, timeout=10000)
    assert len(renders) == 2  # the burst made one render, after it

    clock[0] += 1.0  # quiet again
    p.set_memo(memo, path)
    assert p.timer.interval() == 0
    qtbot.waitUntil(lambda: p.shown_generation == p.generation, timeout=10000)
    assert len(renders) == 3


def test_a_memo_newly_shown_waits_the_debounce(drafted, qtbot, monkeypatch):
    """Only an edit of the memo on show renders at once after a quiet spell: a memo newly shown (the
    project opened at startup, another memo chosen) waits the debounce, so its first render does not
    hold the GIL while the window paints for the first time (bench_startup: 2.3x -> 3.0x without)."""
    from types import SimpleNamespace

    import briefing_app.ui.preview as preview

    p, memo, path = drafted.preview, drafted.memo.memo, drafted.session.path
    clock = [p._last_change + 1.0]  # quiet
    monkeypatch.setattr(preview, "time", SimpleNamespace(perf_counter=lambda: clock[0]))
    p.set_memo(None, path)  # no memo on show
    clock[0] += 1.0
    p.set_memo(memo, path)  # shown anew after a quiet spell: still the debounce
    assert p.timer.isActive() and p.timer.interval() == preview.DEBOUNCE_MS
    qtbot.waitUntil(lambda: p.shown_generation == p.generation, timeout=10000)
    clock[0] += 1.0
    p.set_memo(memo, path)  # an edit of the memo on show: at once
    assert p.timer.isActive() and p.timer.interval() == 0
    qtbot.waitUntil(lambda: p.shown_generation == p.generation, timeout=10000)
