"""English quote attribution: "X said", "said X", "according to X"."""

from newsbot.extract.lexicon.cues_types import QuoteCues

CUES = QuoteCues(
    verbs=("said", "says", "told", "tells", "added", "adds", "wrote", "writes", "asked", "asks", "explained",
           "explains", "noted", "notes", "stated", "states", "continued", "replied", "warned", "warns",
           "insisted", "argued", "argues", "suggested", "recalled", "recalls", "acknowledged", "declared",
           "announced", "tweeted", "posted", "concluded", "admitted", "conceded", "cautioned", "stressed",
           "emphasised", "emphasized", "pointed out", "went on", "responded", "remarked", "testified", "testifies", "uttered", "saying",
           "joked", "shouted", "wondered", "reiterated", "confirmed", "added"),
    according=("according to",),
    pronouns=("he", "she", "they"),
    titles=("president", "vice president", "prime minister", "deputy prime minister", "foreign minister",
            "minister", "secretary", "secretary of state", "spokesman", "spokeswoman", "spokesperson",
            "chancellor", "senator", "sen.", "rep.", "gov.", "governor", "mayor", "chairman", "chairwoman",
            "chair", "ceo", "chief executive", "director", "general", "gen.", "gov", "king", "queen", "prince",
            "pope", "judge", "justice", "professor", "prof.", "dr.", "dr", "mr.", "mr", "mrs.", "mrs", "ms.",
            "ms", "sir", "lord", "coach", "captain", "commissioner", "ambassador", "envoy", "leader",
            "opposition leader", "head", "chief", "officer", "president-elect", "attorney general", "lt", "lt.",
            "col", "col.", "sgt", "sgt.", "maj", "maj.", "capt", "capt.", "cmdr", "adm", "rev", "rev.", "sen",
            "rep", "ambassador", "fellow", "protester", "lecturer"),
    unnamed=("a", "an", "the", "one", "another", "some", "two", "three", "officials", "police", "witnesses"),
)
