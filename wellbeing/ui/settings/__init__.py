"""The settings dialog, one page or section per module."""
