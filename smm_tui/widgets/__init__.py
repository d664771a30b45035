"""Widgets the smm-tui screens are built from."""
