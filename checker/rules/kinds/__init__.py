"""One module per rule kind (RULES.md, "Kinds"): each has ``KIND``, a ``Params``
model, a ``check(view, params)`` generator of findings, and a docstring that is the
kind's documentation (``radiocheck rules --explain`` prints it)."""
