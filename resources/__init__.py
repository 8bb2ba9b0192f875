"""Fonts, translations and icons, installed as the package ``helpdesk_gui.resources``.

See ``setup.py`` (the mapping) and ``helpdesk_gui.paths`` (how the files are found).
"""
