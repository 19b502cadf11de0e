"""The Tab chain walked without Python deleting the widgets it passes.

PySide6 takes a widget that a method returns (one it has no rule for) for a child of the
widget it was asked of, in its own record of which Python object keeps which alive. For
``nextInFocusChain``, ``previousInFocusChain`` and ``focusProxy`` that is wrong: they
return a sibling, a cousin or a parent. Asked of a scroll area's viewport, ``focusProxy()``
returns the scroll area: the area and its viewport were then left holding only each
other, and the next garbage collection (every quarter second, keiconfig.ui.collector)
deleted the scroll area, a dock's whole contents, while Qt still showed the dock. After
View > Floating Panels > Comparison (which walks the chain for the first control to give
the keys to) the Comparison floated empty, and turning projector mode off then failed on
its deleted panel. A widget recorded as the child of a Python object that Python let go
of was marked deleted while Qt still showed it.

:func:`tab_chain` walks with every widget it passed held, then records each widget of the
window as the window's child (``findChildren``, as :mod:`keiconfig.ui.unentered` does), so
every one stays held as long as the window. Use a widget it gave (its ``focusProxy()``
too) while the walk goes on or after it, not after the window has been walked with
PySide's own methods again. The window itself is never asked for from its
neighbour (it has no parent to record it under): it is known to come after the chain's
last widget.
"""

from __future__ import annotations

from collections.abc import Iterator

from PySide6.QtWidgets import QWidget

_MOST = 100_000  # widgets in one chain: far more than a window holds


def _root(widget: QWidget) -> QWidget:
    """The outermost widget above ``widget`` (the main window, for a floating dock too)."""
    while (parent := widget.parentWidget()) is not None:
        widget = parent
    return widget


def _walk(start: QWidget, forward: bool) -> Iterator[QWidget]:
    root = _root(start)
    if forward:
        end, step = root.previousInFocusChain(), QWidget.nextInFocusChain
    else:
        end, step = root.nextInFocusChain(), QWidget.previousInFocusChain
    passed: list[QWidget] = []
    try:
        w = start
        for _ in range(_MOST):
            w = root if w is end and w is not root else step(w)
            if w is start:
                return
            passed.append(w)
            yield w
    finally:
        # Every widget recorded as the window's child: none held by one Python let go of.
        root.findChildren(QWidget)


def tab_chain(start: QWidget) -> Iterator[QWidget]:
    """The widgets after ``start`` in Tab's order (``nextInFocusChain``), round the
    window's ring to ``start`` (not included). Walked as they are asked for; once the
    walk ends (or is left), every widget of the window is held by the window."""
    return _walk(start, forward=True)


def tab_chain_back(start: QWidget) -> Iterator[QWidget]:
    """The widgets before ``start`` in Tab's order, nearest first (``previousInFocusChain``),
    round to ``start`` (not included); as :func:`tab_chain`."""
    return _walk(start, forward=False)


def has_focus_proxy(widget: QWidget) -> bool:
    """Whether ``widget`` gives its focus to another (``focusProxy``). Call it on a widget
    of :func:`tab_chain` (held by its window) or one made in Python."""
    return widget.focusProxy() is not None
