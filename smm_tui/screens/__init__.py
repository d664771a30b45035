"""Screens of the smm-tui app: editor, library, feedback, revisions and modals."""
