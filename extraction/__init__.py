"""Pure extraction: article text to title, outlet, people, prisoner exchange and strike facts."""

import logging

from extraction.core import extract
from extraction.noise import noise_reason
from extraction.textnorm import html_to_text

logging.getLogger(__name__).addHandler(logging.NullHandler())

__all__ = ["extract", "html_to_text", "noise_reason"]
