"""Shared Qt widgets: image views and grids, paint canvas, run controls, messages, export."""
