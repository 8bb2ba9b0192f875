"""Python code compiled from forms/*.ui by pyside6-uic. Generated: do not edit."""
