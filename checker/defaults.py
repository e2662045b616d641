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
#: models of every line, act and event, so its peak memory is a multiple of the
#: input's size (docs/errors.md, RC005;
#: measured: benchmarks/README.md, 'files.DEFAULT_MAX_BYTES').
DEFAULT_MAX_BYTES = 5 * 1024 * 1024
