"""Journey-map editor and the «Клиентские маршруты» page."""
