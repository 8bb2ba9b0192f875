"""The suggestions page and a suggestion's detail."""
