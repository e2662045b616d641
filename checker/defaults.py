"""Defaults that the API and the command line share, defined once.

They sit here, at the bottom of the house with nothing imported, so that the command
line can show them in ``--help`` without loading the pipeline (``radiocheck --help``
stays instant); ``checker.api`` and the rules stage take them from here too.
The file-size limit is :data:`checker.files.DEFAULT_MAX_BYTES`, beside the policy it
belongs to.
"""

from __future__ import annotations

#: Verdicts resting on evidence below this confidence are ``uncertain``.
DEFAULT_MIN_CONFIDENCE = 0.5
