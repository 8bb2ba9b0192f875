"""Which packages the wheel holds; everything else about the project is in pyproject.toml.

The code lives under ``src/``; the top-level ``resources/`` folder (CJK font, compiled
translations, icons) is installed as the package ``helpdesk_gui.resources`` so that an
installed program finds it with ``importlib.resources`` exactly as a source checkout does.
pyproject.toml alone cannot map a folder outside ``src/`` into the package tree while also
finding the packages, hence this file.
"""

from setuptools import find_packages, setup

RESOURCES = "helpdesk_gui.resources"
# Only what the program reads at run time: the .ts/.tsv translation sources stay behind.
RESOURCE_FILES = {"fonts": ["*.ttc", "*.txt"], "i18n": ["*.qm"], "icons": ["*.svg"]}

setup(
    packages=[*find_packages("src"), RESOURCES, *(f"{RESOURCES}.{d}" for d in RESOURCE_FILES)],
    package_dir={"": "src", RESOURCES: "resources"},
    package_data={
        "helpdesk_gui": ["py.typed"],
        **{f"{RESOURCES}.{d}": globs for d, globs in RESOURCE_FILES.items()},
    },
)
