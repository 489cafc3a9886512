"""German quote attribution: "sagte X", "X sagte", "so X", "laut X", "räumte X ein"."""

from newsbot.extract.lexicon.cues_types import QuoteCues

# Verbs of saying: (Präteritum, Präsens), both common in news ("sagte", "sagt").
_SAYING = (
    ("sagte", "sagt"), ("erklärte", "erklärt"), ("betonte", "betont"), ("meinte", "meint"), ("schrieb", "schreibt"),
    ("ergänzte", "ergänzt"), ("warnte", "warnt"), ("kritisierte", "kritisiert"), ("forderte", "fordert"),
    ("bekräftigte", "bekräftigt"), ("unterstrich", "unterstreicht"), ("antwortete", "antwortet"),
    ("fragte", "fragt"), ("erzählte", "erzählt"), ("berichtete", "berichtet"), ("kommentierte", "kommentiert"),
    ("resümierte", "resümiert"), ("mahnte", "mahnt"), ("versicherte", "versichert"), ("beteuerte", "beteuert"),
    ("bilanzierte", "bilanziert"), ("gestand", "gesteht"), ("twitterte", "twittert"), ("verkündete", "verkündet"),
    ("bestätigte", "bestätigt"), ("erläuterte", "erläutert"), ("argumentierte", "argumentiert"),
    ("behauptete", "behauptet"), ("beklagte", "beklagt"), ("bemerkte", "bemerkt"), ("entgegnete", "entgegnet"),
    ("erwiderte", "erwidert"), ("konterte", "kontert"), ("urteilte", "urteilt"), ("schilderte", "schildert"),
    ("jubelte", "jubelt"), ("klagte", "klagt"), ("lobte", "lobt"), ("glaubte", "glaubt"),
    ("sagten", "sagen"), ("erklärten", "erklären"), ("postete", "postet"),
    ("präzisierte", "präzisiert"), ("verdeutlichte", "verdeutlicht"), ("folgerte", "folgert"),
    ("prophezeite", "prophezeit"), ("scherzte", "scherzt"), ("seufzte", "seufzt"), ("staunte", "staunt"),
    ("verriet", "verrät"), ("stellte klar", "stellt klar"),
)
# Separable verbs: (stem past, stem present, particle). Printed together before a subject ("räumte ein:")
# or around the speaker ("„…“, räumte Müller ein").
SEPARABLE = (
    ("räumte", "räumt", "ein"), ("fügte", "fügt", "hinzu"), ("teilte", "teilt", "mit"), ("stellte", "stellt", "klar"),
    ("gab", "gibt", "zu"), ("führte", "führt", "aus"), ("hob", "hebt", "hervor"), ("merkte", "merkt", "an"),
    ("gab", "gibt", "an"), ("schob", "schiebt", "nach"), ("gab", "gibt", "bekannt"), ("wandte", "wendet", "ein"),
    ("legte", "legt", "nach"), ("stellte", "stellt", "fest"), ("hielt", "hält", "fest"), ("gab", "gibt", "zu bedenken"),
)

CUES = QuoteCues(
    verbs=(
        *(form for forms in _SAYING for form in forms),
        *(f"{stem} {particle}" for past, present, particle in SEPARABLE for stem in (past, present)),
        "so", "sagte dazu", "schrieb dazu",
    ),
    separable=tuple((stem, particle) for past, present, particle in SEPARABLE for stem in (past, present)),
    according=("laut", "zufolge"),
    pronouns=("er", "sie"),
    titles=("bundeskanzler", "bundeskanzlerin", "kanzler", "kanzlerin", "präsident", "präsidentin",
            "bundespräsident", "minister", "ministerin", "außenminister", "außenministerin", "innenminister",
            "finanzminister", "regierungssprecher", "sprecher", "sprecherin", "bürgermeister",
            "bürgermeisterin", "ministerpräsident", "ministerpräsidentin", "chef", "chefin", "vorsitzende",
            "vorsitzender", "trainer", "abgeordnete", "abgeordneter", "ständerat", "ständerätin", "nationalrat",
            "nationalrätin", "bundesrat", "bundesrätin", "regierungsrat", "regierungsrätin", "stadtrat",
            "stadträtin", "landrat", "landrätin", "senator", "senatorin", "dr.", "prof.", "herr", "frau"),
    unnamed=("ein", "eine", "einer", "der", "die", "das", "es", "man", "wir", "ich"),
    title_suffixes=("sprecher", "sprecherin", "leiter", "leiterin", "präsident", "präsidentin", "chef", "chefin",
                    "experte", "expertin", "vertreter", "vertreterin", "minister", "ministerin", "gründer",
                    "gründerin", "direktor", "direktorin", "vorsitzende", "vorsitzender", "bischof", "bischöfin",
                    "trainer", "trainerin", "ökonom", "ökonomin", "analyst", "analystin", "professor",
                    "professorin", "kanzler", "kanzlerin", "bürgermeister", "bürgermeisterin", "kommissar",
                    "kommissarin", "sekretär", "sekretärin", "beauftragte", "beauftragter", "forscher",
                    "forscherin", "politiker", "politikerin", "anwalt", "anwältin", "arzt", "ärztin", "sieger", "siegerin",
                    "wissenschaftler", "wissenschaftlerin", "korrespondent", "korrespondentin", "führer", "führerin",
                    "dissident", "dissidentin", "aktivist", "aktivistin", "journalist", "journalistin",
                    "reporter", "reporterin", "moderator", "moderatorin", "leutnant", "didaktiker",
                    "didaktikerin", "ukrainer", "ukrainerin", "brite", "britin", "amerikaner", "amerikanerin",
                    "abgeordnete", "abgeordneter", "ständerat", "ständerätin", "nationalrat", "nationalrätin",
                    "stadtrat", "stadträtin", "landrat", "landrätin", "senator", "senatorin", "chefarzt"),
)
