"""Printed documents (reportlab) and charts (matplotlib Figures); no Qt here."""
