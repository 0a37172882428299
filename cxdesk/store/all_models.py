"""Imports every model module so that ``Base.metadata`` is complete (migrations, tests).

An area adds its model module to the list below.
"""

from cxdesk.store import (  # noqa: F401
    events,
    feedback,
    journeys,
    knowledge,
    kpi,
    models,
    problems,
    reports,
    retention,
    staff,
    sync,
    working_group,
)
from cxdesk.store.base import Base

metadata = Base.metadata
