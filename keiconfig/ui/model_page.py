"""How the model works: the model's equations with the current build's numbers filled in.

A non-modal window (Help > How the Model Works) that a teacher can keep open beside the
main window; it follows the build live (after a short pause, like the other live views).
The text is :func:`keiconfig.core.model_explanation.model_explanation` (equations, this build's
figures, the fitted constants, what the model leaves out), plus the "leaves out" part
of ``resources/model.md`` when that file ships, rendered as Markdown.

While Guess First hides the times, the page leaves out its run section (the times).

The window's text-size keys (Ctrl+=, Ctrl+-, Ctrl+0) and projector mode (F5) work from
the page too (:func:`keiconfig.ui.shortcuts.share_view_keys`).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from keiconfig.core.model_explanation import LEFT_OUT_TITLE, RUN_TITLE, model_explanation
from keiconfig.core.resources_path import resource_path
from keiconfig.core.text import translate
from keiconfig.ui import plain, shortcuts
from keiconfig.ui.document import Change, Document

DEBOUNCE_MS = 120
# The page's size at its first showing, at most SCREEN_SHARE of the screen's room each
# way: 720 px high, its Close button was below the bottom of a 1280x720 screen.
PAGE_SIZE = (760, 720)
SCREEN_SHARE = 0.9


def model_md_left_out(language: str = "en") -> str:
    """The "leaves out" part of ``resources/model.md`` (empty if there is no such file);
    in Japanese, its translation ``resources/i18n/model_ja.md`` when it ships."""
    if language != "en":
        try:
            translated = resource_path("i18n", f"model_{language}.md").read_text(encoding="utf-8")
        except OSError:
            translated = ""
        # the file's first line says which English text it translates (a comment)
        body = "\n".join(translated.splitlines()[1:]).strip()
        if body:
            return body
    try:
        text = resource_path("model.md").read_text(encoding="utf-8")
    except (OSError, FileNotFoundError):
        return ""
    out: list[str] = []
    keep = False
    for line in text.splitlines():
        if line.startswith("#"):
            title = line.lstrip("#").strip().lower()
            keep = "leave" in title or "left out" in title or "limitation" in title
        if keep:
            out.append(line)
    return "\n".join(out).strip()


class ModelPage(QDialog):
    def __init__(
        self,
        document: Document,
        times_hidden: Callable[[], bool] = lambda: False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._doc = document
        self._times_hidden = times_hidden
        self.setObjectName("modelPage")
        self.setWindowTitle(self.tr("How the Model Works — keiconfig"))
        self.setModal(False)
        # what F1 says in it (keiconfig.ui.dialog_help)
        self.setWhatsThis(
            self.tr(
                "How each figure of your build is worked out: the model's equations with "
                "the build's own numbers, which follow the build as you change it. "
                "Ctrl+= and Ctrl+- change the text size; F5 is projector mode."
            )
        )
        self.browser = QTextBrowser(self)
        self.browser.setAccessibleName(self.tr("How the model works"))
        self.browser.setOpenExternalLinks(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)
        self.resize(*PAGE_SIZE)
        self._fitted = False
        if parent is not None:  # the text sizes and projector mode from the page too
            shortcuts.share_view_keys(parent.window(), self)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self.refresh)
        document.changed.connect(self._changed)
        self.refresh()

    def _changed(self, _change: Change) -> None:
        if self.isVisible():
            self._timer.start()

    def markdown(self) -> str:
        sections = model_explanation(self._doc.build, self._doc.performance)
        parts = [f"# {self.tr('How the model works')}", self.tr(
            "The model's equations with **%s**'s own numbers filled in. "
            "Change the car and the numbers follow."
        ) % plain.markdown_text(self._doc.build.name)]  # fmt: skip
        for s in sections:
            if s.title == translate("explain", RUN_TITLE) and self._times_hidden():
                parts.append(f"## {s.title}\n\n" + self.tr("Hidden until you guess (Guess First)."))
                continue
            parts.append(f"## {s.title}\n\n{s.text}")
        from keiconfig.ui import i18n

        extra = model_md_left_out(i18n.current_language())
        if extra:
            heading, _, body = extra.partition("\n")
            if sections and sections[-1].title == translate("explain", LEFT_OUT_TITLE):
                # the page's last section has this title already: model.md's part goes on
                # under it, not under a second heading of the same words
                extra = body.strip() if heading.startswith("#") else extra
            parts.append(extra)
        return "\n\n".join(parts)

    def refresh(self) -> None:
        self._timer.stop()
        bar = self.browser.verticalScrollBar()
        position = bar.value()
        self.browser.setMarkdown(self.markdown())
        bar.setValue(position)  # keep the reader's place while the numbers change

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:  # the page written in the new language
            self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        if not self._fitted:  # once: a size the reader chose afterwards is kept
            self._fitted = True
            self._fit_screen()
        super().showEvent(event)
        self.refresh()

    def _fit_screen(self) -> None:
        screen = self.screen()
        if screen is None:
            return
        room = screen.availableGeometry()
        self.resize(
            min(self.width(), int(room.width() * SCREEN_SHARE)),
            min(self.height(), int(room.height() * SCREEN_SHARE)),
        )
