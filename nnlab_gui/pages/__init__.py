"""The page contract: declared controls, a run panel, presets, saving and messages.

``from nnlab_gui.pages import Page, Job, Int, Float, Choice, Flag, Text, Numbers, Preset``
is all a page module needs from here; ``docs/ARCHITECTURE.md`` walks through adding one.
"""

from nnlab_gui.pages.fields import Choice, Field, Flag, Float, Int, Numbers, Preset, Text, format_float
from nnlab_gui.pages.form import Form
from nnlab_gui.pages.group import PageGroup
from nnlab_gui.pages.page import Page
from nnlab_gui.pages.run_panel import Job, RunPanel

__all__ = ["Choice", "Field", "Flag", "Float", "Form", "Int", "Job", "Numbers", "Page", "PageGroup",
           "Preset", "RunPanel", "Text", "format_float"]
