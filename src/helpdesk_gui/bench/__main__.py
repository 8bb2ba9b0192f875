"""``python -m helpdesk_gui.bench``."""

import sys

from helpdesk_gui.bench.command import main

sys.exit(main())
