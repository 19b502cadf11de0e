"""Answering the crash-recovery question in a test, as a person would at the dialog."""

from __future__ import annotations

from typing import Any

from keiconfig.ui import recovery_dialog


def recover(window: Any, monkeypatch: Any, answer: str) -> list:
    """Offer ``window`` the copies left by a killed keiconfig, answering each with
    ``answer`` (RESTORE, LATER or DISCARD); the orphans offered, in order."""
    offered: list = []

    def ask(parent: Any, orphan: Any) -> str:
        offered.append(orphan)
        return answer

    monkeypatch.setattr(recovery_dialog, "ask_recovery", ask)
    recovery_dialog.offer_recovery(window)
    return offered
