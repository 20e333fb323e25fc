"""The history window: its charts, the journal and their words."""
