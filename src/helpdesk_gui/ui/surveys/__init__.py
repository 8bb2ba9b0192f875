"""Survey kiosk and survey answers pages."""
