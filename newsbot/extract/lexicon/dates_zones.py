"""Time-zone abbreviations printed next to news timestamps, as UTC offsets or IANA zones (data only).

Only unambiguous-in-practice abbreviations: "IST" (India/Ireland/Israel) and "CST" (US/China) are left
out on purpose, a wrong offset is worse than none.
"""

DATES_ZONE_OFFSETS: dict[str, str] = {
    # Indonesia
    "WIB": "+07:00",
    "WITA": "+08:00",
    "WIT": "+09:00",
    # universal
    "UTC": "+00:00",
    "GMT": "+00:00",
    "Z": "+00:00",
    # North America
    "EST": "-05:00",
    "EDT": "-04:00",
    "ET": "America/New_York",  # no fixed offset: daylight saving decides
    "PT": "America/Los_Angeles",
    "CDT": "-05:00",
    "MST": "-07:00",
    "MDT": "-06:00",
    "PST": "-08:00",
    "PDT": "-07:00",
    # Europe
    "BST": "+01:00",
    "WET": "+00:00",
    "WEST": "+01:00",
    "CET": "+01:00",
    "CEST": "+02:00",
    "MEZ": "+01:00",
    "MESZ": "+02:00",
    "EET": "+02:00",
    "EEST": "+03:00",
    "MSK": "+03:00",
    # Asia / Pacific
    "SGT": "+08:00",
    "MYT": "+08:00",
    "PHT": "+08:00",
    "HKT": "+08:00",
    "JST": "+09:00",
    "KST": "+09:00",
    "AEST": "+10:00",
    "AEDT": "+11:00",
    "NZST": "+12:00",
    "NZDT": "+13:00",
    # Africa
    "SAST": "+02:00",
    "CAT": "+02:00",
    "EAT": "+03:00",
    "WAT": "+01:00",
}

# Words that introduce a time inside a human date ("19 Mei 2021 pukul 10.15", "19. Mai 2021 um 10:15 Uhr").
DATES_TIME_CONNECTORS = ("pukul", "jam", "um", "at", "à", "a las", "alle", "om", "kl.", "kl", "klo", "às")
