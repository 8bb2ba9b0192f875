# The two commands (see README):
#   make run    set everything up and start the application on a demo database
#   make test   set everything up and run the whole test suite headless
# Installs: make dist (one-folder bundle in dist/helpdesk-gui), make wheel,
#   make install-desktop [PROGRAM=...] / make uninstall-desktop (the user's application menu).
.PHONY: run test bootstrap lint bench translations forms dist wheel install-desktop \
	uninstall-desktop screenshots

BUNDLE := dist/helpdesk-gui/helpdesk-gui
BUNDLE_SOURCES := $(shell find src resources packaging -type f -not -path '*/__pycache__/*' \
	-not -name '*.pyc' -not -path '*.egg-info*') pyproject.toml setup.py

bootstrap:
	@bash scripts/bootstrap.sh

run: bootstrap
	.venv/bin/helpdesk-gui --demo

# The bundle is rebuilt only when its sources changed; its smoke test must not be skipped.
test: bootstrap $(BUNDLE)
	.venv/bin/ruff check src tests
	HELPDESK_REQUIRE_BUNDLE=1 QT_QPA_PLATFORM=offscreen .venv/bin/python -m pytest -q \
		-p no:cacheprovider

lint: bootstrap
	.venv/bin/ruff check src tests

bench: bootstrap
	.venv/bin/python -m helpdesk_gui.bench

translations: bootstrap
	.venv/bin/python scripts/update_translations.py

forms: bootstrap
	.venv/bin/python scripts/compile_forms.py

dist: bootstrap $(BUNDLE)

$(BUNDLE): $(BUNDLE_SOURCES) | bootstrap
	rm -rf dist/helpdesk-gui build/pyinstaller
	.venv/bin/pyinstaller --noconfirm --log-level WARN --distpath dist \
		--workpath build/pyinstaller packaging/helpdesk_gui.spec
	@du -sh dist/helpdesk-gui

wheel: bootstrap
	.venv/bin/python -m build --wheel --outdir dist .

install-desktop:
	@bash scripts/install_desktop.sh "$(PROGRAM)"

uninstall-desktop:
	@bash scripts/install_desktop.sh --uninstall

screenshots: bootstrap
	.venv/bin/python scripts/screenshots.py
