"""The tray icon, its menu and what the agent reads there: the strain tooltip, the
no-tray window, the in-app toast and the bridge that brings messages to it."""
