"""``python -m helpdesk_gui``: the same as the ``helpdesk-gui`` command."""

import sys

from helpdesk_gui.cli import main

sys.exit(main())
