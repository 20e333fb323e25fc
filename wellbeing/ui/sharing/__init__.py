"""The Team sharing dialog and its words."""
