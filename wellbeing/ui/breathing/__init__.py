"""The breathing break: the window, its circle, its Change page and its last page."""
