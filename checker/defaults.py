"""Defaults that the API and the command line share, defined once.

They sit here, at the bottom of the house with nothing imported, so that the command
line can show them in ``--help`` without loading the pipeline (``radiocheck --help``
stays instant, and no pydantic model is built before the CLI has set up its
process); ``checker.api``, the rules stage and :mod:`checker.files` take them from here.
"""

from __future__ import annotations

#: Verdicts resting on evidence below this confidence are ``uncertain``.
DEFAULT_MIN_CONFIDENCE = 0.5

#: The default limit on one input file (``--max-file-size``): 5 MiB. A check holds
#: models of every line, act and event (about 10 KB per utterance, issue 9), so its peak
#: memory is about 160 times the input's size; at the limit, under 1 GB (docs/errors.md,
#: RC005). It was 20 MiB, about 3 GB at the limit, until the lean models of issue 19.
DEFAULT_MAX_BYTES = 5 * 1024 * 1024
