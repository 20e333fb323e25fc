"""The words of the five difficulties and of the call tags, as an agent picks them.

The quick log, the rating card and the log confirmation offer the same
choice, so they use one wording (capitalised, as on a button); the journal
and the reflection read these words inside a sentence and keep their own
lower-case ones. The translation context stays ``QuickLogPopup``, where the
translations were first made.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from wellbeing.core.records import Tag


def difficulty_labels() -> dict[int, str]:
    """DESIGN.md, Calls: the meaning of each difficulty, 1 to 5."""
    return {
        1: QCoreApplication.translate("QuickLogPopup", "Routine"),
        2: QCoreApplication.translate("QuickLogPopup", "A bit tense"),
        3: QCoreApplication.translate("QuickLogPopup", "Tough"),
        4: QCoreApplication.translate("QuickLogPopup", "Difficult"),
        5: QCoreApplication.translate("QuickLogPopup", "Severe"),
    }


def tag_labels() -> dict[Tag, str]:
    return {
        Tag.ANGRY: QCoreApplication.translate("QuickLogPopup", "Angry"),
        Tag.ABUSIVE: QCoreApplication.translate("QuickLogPopup", "Abusive"),
        Tag.THREATENING: QCoreApplication.translate("QuickLogPopup", "Threatening"),
        Tag.ESCALATED: QCoreApplication.translate("QuickLogPopup", "Escalated"),
        Tag.UNRESOLVED: QCoreApplication.translate("QuickLogPopup", "Unresolved"),
        Tag.RESOLVED: QCoreApplication.translate("QuickLogPopup", "Resolved"),
        Tag.LONG: QCoreApplication.translate("QuickLogPopup", "Long"),
    }
