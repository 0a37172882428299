"""The «Обратная связь» area: the single register of the five sources, intake forms, imports."""
