"""English quote attribution: "X said", "said X", "according to X"."""

from newsbot.extract.lexicon.cues_types import QuoteCues

# Verbs of saying in the past tense, and the present where it is no common noun ("says", not "notes").
_PAST = (
    "said", "told", "added", "wrote", "asked", "explained", "noted", "stated", "continued", "replied", "warned",
    "insisted", "argued", "suggested", "recalled", "acknowledged", "declared", "announced", "tweeted", "posted",
    "concluded", "admitted", "conceded", "cautioned", "stressed", "emphasised", "emphasized", "pointed out",
    "went on", "responded", "remarked", "testified", "uttered", "joked", "shouted", "wondered", "reiterated",
    "confirmed", "observed", "claimed", "maintained", "contended", "predicted", "promised", "vowed", "urged",
    "boasted", "complained", "lamented", "quipped", "countered", "retorted", "exclaimed", "whispered", "yelled",
    "commented", "affirmed", "asserted", "agreed", "recounted", "mused", "pleaded", "texted", "emailed",
    "reflected", "summarized", "summarised", "clarified", "revealed", "disclosed", "confessed", "alleged",
    "advised", "demanded", "answered", "explained",
)
_PRESENT = (
    "says", "tells", "adds", "writes", "asks", "explains", "states", "continues", "replies", "warns", "insists",
    "argues", "suggests", "recalls", "acknowledges", "declares", "announces", "tweets", "concludes", "admits",
    "concedes", "cautions", "stresses", "emphasises", "emphasizes", "points out", "goes on", "responds",
    "testifies", "wonders", "reiterates", "confirms", "observes", "maintains", "contends", "predicts", "urges",
    "laments", "quips", "explains", "recounts", "muses", "reflects", "agrees", "asserts", "saying",
)

CUES = QuoteCues(
    verbs=(*_PAST, *_PRESENT),
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
            "rep", "ambassador", "fellow", "protester", "lecturer", "speaker", "house speaker", "representative",
            "congressman", "congresswoman", "assemblyman", "assemblywoman", "councilman", "councilwoman",
            "councillor", "councilor", "lawmaker", "legislator", "delegate", "treasurer", "comptroller",
            "sheriff", "superintendent", "deputy", "detective", "inspector", "sergeant", "lieutenant",
            "colonel", "trooper", "attorney", "prosecutor", "economist", "analyst", "strategist",
            "founder", "co-founder", "cfo", "coo", "cto", "manager", "quarterback", "striker", "midfielder",
            "defender", "goalkeeper", "pitcher", "rabbi", "imam", "bishop", "cardinal",
            "archbishop", "pastor",
            # military ranks before a name ("Rear Admiral Daniel Hagari", "Brigadier General Pat Ryder")
            "admiral", "rear admiral", "vice admiral", "commander", "brigadier", "brigadier general",
            "major general", "lieutenant general", "lieutenant colonel", "marshal", "field marshal", "corporal"),
    # "It said", "We said": a pronoun for an organisation or a group, no person
    unnamed=("a", "an", "the", "one", "another", "some", "two", "three", "officials", "police", "witnesses", "it", "we",
             "i", "you"),
)
