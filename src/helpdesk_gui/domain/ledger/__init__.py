"""Ledger (台账) imports: keys of rows already imported."""
