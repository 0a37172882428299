"""The «Обмен с УЦЗН» area: bundle export and import wizards, the registry of centres and their keys,
the exchange journal and the knowledge-base conflicts."""
