# The two commands (see README):
#   make run    set everything up and start the application on a demo database
#   make test   set everything up and run the whole test suite headless
.PHONY: run test bootstrap lint bench translations forms screenshots

bootstrap:
	@bash scripts/bootstrap.sh

run: bootstrap
	.venv/bin/helpdesk-gui --demo

test: bootstrap
	.venv/bin/ruff check src tests
	QT_QPA_PLATFORM=offscreen .venv/bin/python -m pytest -q -p no:cacheprovider

lint: bootstrap
	.venv/bin/ruff check src tests

bench: bootstrap
	.venv/bin/python -m helpdesk_gui.bench

translations: bootstrap
	.venv/bin/python scripts/update_translations.py

forms: bootstrap
	.venv/bin/python scripts/compile_forms.py

screenshots: bootstrap
	.venv/bin/python scripts/screenshots.py
