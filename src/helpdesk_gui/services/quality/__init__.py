"""Quality figures: KPIs of §8 and producing the monthly report."""
