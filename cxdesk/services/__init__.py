"""Use cases: each call opens one unit of work, checks permissions, audits, returns plain data."""
