"""The «Проблемы и меры» area: the problem register, recommendations, candidate problems, measures."""
