"""The memo list tells memos apart: the template's name comes first (a title is elided at its
end, and six memos drafted from the same sources all read "North Korea puts milit…" with the
template cut off, as its id: "(info-memo)"), and two memos that would read alike are numbered."""
from __future__ import annotations

from PySide6.QtCore import Qt

from briefing_app.ui.memo_labels import memo_list_labels


def test_each_template_gives_a_memo_that_reads_apart_in_the_closed_list(window, qtbot, errors):
    from briefing_app.export.templates import list_templates

    panel = window.memo
    specs = list_templates()
    for spec in specs + [specs[0]]:  # one template twice
        with qtbot.waitSignal(panel.drafted, timeout=30000):
            panel.draft_memo(spec.id, spec.name)
    combo = panel.memo_combo
    labels = [combo.itemText(n) for n in range(combo.count())]
    assert len(labels) == len(specs) + 1 and not errors
    metrics = combo.fontMetrics()
    shown = {metrics.elidedText(label, Qt.TextElideMode.ElideRight, 180) for label in labels}
    assert len(shown) == len(labels), labels  # still apart when cut to 180 px
    names = {spec.name for spec in specs}
    assert all(any(label.startswith(name) for name in names) for label in labels)
    first = specs[0].name
    assert labels[-1].startswith(f"{first} 2 — ") and any(label.startswith(f"{first} 1 — ") for label in labels)
    assert combo.currentText() == labels[-1]  # the new memo is shown


def test_labels_number_only_memos_that_read_alike():
    assert memo_list_labels([(1, "Action memo", "A"), (2, "Action memo", "B"), (3, "Action memo", "A"),
                             (4, "Talking points", "")]) == [
        (1, "Action memo 1 — A"), (2, "Action memo — B"), (3, "Action memo 2 — A"), (4, "Talking points — Untitled memo")]


def test_the_built_in_names_are_the_templates_own_and_a_folder_reads_as_words():
    from briefing_app.export.templates import list_templates
    from briefing_app.ui.memo_labels import BUILTIN_TEMPLATES, template_name

    assert {spec.id: spec.name for spec in list_templates() if spec.builtin} == BUILTIN_TEMPLATES
    assert template_name("/home/ann/templates/my-memo") == "My memo" and template_name("info-memo") == "Information memo"


def test_a_long_paragraph_or_quote_is_cut_after_a_whole_word(qapp):
    """The memo tree cut own text and quotes inside a word: the drafted bottom line read
    "questionnaires in place of of…" (for "of official"), like a typo."""
    from PySide6.QtGui import QTextDocument

    from briefing_app.ui.memo_labels import QUOTE_CHARS, TEXT_CHARS, _cut, _text_label

    head = "The Home Office is to begin issuing questionnaires in place of of"
    filler = ("words " * 60)[:TEXT_CHARS - 1 - len(head) - 1] + " "
    body = filler + "The Home Office is to begin issuing questionnaires in place of official interviews to determine status."
    cut = body[:TEXT_CHARS - 1]
    assert cut.endswith(" of of"), cut[-20:]  # the case seen: a cut here read "of of…"
    label = _text_label(body)
    painted = QTextDocument()
    painted.setHtml(label.html)  # what the tree paints
    shown = painted.toPlainText().strip()
    for text in (label.text, shown):
        assert text.endswith("…") and not text.endswith("of of…") and len(text) <= TEXT_CHARS
        assert body.startswith(text[:-1]) and body[len(text) - 1] == " ", text[-20:]  # a word boundary
    quote = _cut("word " * 60, QUOTE_CHARS)
    assert quote.endswith("word…") and len(quote) <= QUOTE_CHARS
