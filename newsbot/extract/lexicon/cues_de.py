"""German quote attribution: "sagte X", "X sagte", "so X", "laut X"."""

from newsbot.extract.lexicon.cues_types import QuoteCues

CUES = QuoteCues(
    verbs=("sagte", "sagt", "sagten", "sagen", "so", "erklärte", "erklärt", "betonte", "betont", "meinte",
           "meint", "schrieb", "schreibt", "fügte hinzu", "ergänzte", "ergänzt", "warnte", "warnt",
           "kritisierte", "kritisiert", "forderte", "fordert", "teilte mit", "bekräftigte", "unterstrich",
           "räumte ein", "erklärten", "antwortete", "fragte", "fragt", "erzählt", "erzählte", "berichtet",
           "berichtete", "betonen", "kommentierte", "resümiert", "resümierte", "ergänzte", "sagte dazu",
           "schrieb dazu", "mahnte", "mahnt", "versicherte", "beteuerte", "bilanzierte", "stellte klar"),
    according=("laut", "zufolge"),
    pronouns=("er", "sie"),
    titles=("bundeskanzler", "bundeskanzlerin", "kanzler", "kanzlerin", "präsident", "präsidentin",
            "bundespräsident", "minister", "ministerin", "außenminister", "außenministerin", "innenminister",
            "finanzminister", "regierungssprecher", "sprecher", "sprecherin", "bürgermeister",
            "bürgermeisterin", "ministerpräsident", "ministerpräsidentin", "chef", "chefin", "vorsitzende",
            "vorsitzender", "trainer", "dr.", "prof.", "herr", "frau"),
    unnamed=("ein", "eine", "einer", "der", "die", "das"),
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
                    "didaktikerin", "ukrainer", "ukrainerin", "brite", "britin", "amerikaner", "amerikanerin"),
)
