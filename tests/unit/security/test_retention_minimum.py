"""§4: closed tickets are kept at least 3 years — no shorter retention is accepted."""

from __future__ import annotations

import pytest

from helpdesk_gui.cli import build_parser
from helpdesk_gui.domain.errors import ValidationError
from helpdesk_gui.services.security import privacy


@pytest.mark.parametrize("years", [0, 1, 2])
def test_service_refuses_less_than_three_years(db, years):
    with pytest.raises(ValidationError) as err:
        privacy.anonymize_closed_before(years)
    assert "at least 3 years" in err.value.errors["years"]


def test_three_years_is_accepted(db):
    assert privacy.anonymize_closed_before(3).tickets == 0


def test_cli_refuses_one_year(capsys):
    with pytest.raises(SystemExit):
        build_parser().parse_args(["retention", "run", "--years", "1"])
    assert "at least 3 years" in capsys.readouterr().err
