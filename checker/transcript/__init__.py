"""The read stage: transcript files into :class:`Transcript` (see ARCHITECTURE.md)."""

from checker.transcript.model import Line, Narration, Position, StationDecl, Transcript
from checker.transcript.reader import read_path, read_text

__all__ = ["Line", "Narration", "Position", "StationDecl", "Transcript", "read_path", "read_text"]
