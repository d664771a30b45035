"""The fixed words of the library: draft statuses and feedback sentiments.

Kept apart from the records so a command line that only lists them as choices
doesn't load the library's record types.
"""

STATUSES = ("draft", "ready", "published")
SENTIMENTS = ("positive", "neutral", "negative")
