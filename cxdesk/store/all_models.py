"""Imports every model module so that ``Base.metadata`` is complete (migrations, tests)."""

from cxdesk.store import models  # noqa: F401
from cxdesk.store.base import Base

metadata = Base.metadata
