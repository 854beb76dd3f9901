"""Outcome analytics: load an application log, then response rates, timing, funnel, charts.

This package imports pandas; ``import coachkit`` does not import it.
"""

from coachkit.errors import ApplicationsError
from coachkit.outcomes.load import as_timestamp, load_applications
from coachkit.outcomes.mapping import Mapping, load_mapping
from coachkit.outcomes.model import Applications, Problem
from coachkit.outcomes.reading import MAX_BYTES
from coachkit.outcomes.schema import COLUMNS, OUTCOMES, table_schema

__all__ = [
    "COLUMNS",
    "MAX_BYTES",
    "OUTCOMES",
    "Applications",
    "ApplicationsError",
    "Mapping",
    "Problem",
    "as_timestamp",
    "load_applications",
    "load_mapping",
    "table_schema",
]
