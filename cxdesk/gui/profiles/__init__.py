"""The «Профили клиентских групп» page and the profile form."""
