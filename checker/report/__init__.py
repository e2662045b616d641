"""The report stage: the Report model and its output formats."""
