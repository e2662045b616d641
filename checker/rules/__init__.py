"""The rules stage: the rule engine and one module per rule kind."""
