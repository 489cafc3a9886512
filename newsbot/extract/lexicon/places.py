"""Countries and capitals that news copy makes speak ("China said", "Moskau erklärte", "kata Washington").

A quote attributed to one of these has no person as its speaker. Casefolded; English, German, French,
Spanish and Indonesian spellings where they differ. Data only.
"""

SPEAKING_PLACES: frozenset[str] = frozenset({
    # countries
    "afghanistan", "algeria", "argentina", "australia", "austria", "bangladesh", "belarus", "belgium", "brazil",
    "britain", "canada", "chile", "china", "colombia", "cuba", "denmark", "egypt", "ethiopia", "europe", "finland",
    "france", "germany", "greece", "hungary", "india", "indonesia", "iran", "iraq", "ireland", "israel", "italy",
    "japan", "jordan", "kenya", "lebanon", "libya", "malaysia", "mexico", "morocco", "myanmar", "nigeria", "norway",
    "pakistan", "palestine", "peru", "philippines", "poland", "portugal", "qatar", "romania", "russia", "serbia",
    "singapore", "spain", "sudan", "sweden", "switzerland", "syria", "taiwan", "thailand", "turkey", "türkiye",
    "ukraine", "venezuela", "vietnam", "yemen",
    "saudi arabia", "south africa", "south korea", "north korea", "united states", "united kingdom", "new zealand",
    # de / fr / es / id spellings
    "deutschland", "frankreich", "russland", "großbritannien", "spanien", "italien", "österreich", "schweiz",
    "griechenland", "türkei", "ägypten", "japon", "chine", "russie", "allemagne", "angleterre", "espagne", "italie",
    "états-unis", "alemania", "rusia", "francia", "estados unidos", "reino unido", "méxico", "brasil",
    "tiongkok", "cina", "amerika serikat", "jepang", "inggris", "jerman", "prancis", "arab saudi",
    # capitals and seats of power used for their governments
    "washington", "moscow", "moskau", "moscou", "moskow", "beijing", "peking", "pékin", "kremlin", "brussels",
    "brüssel", "bruxelles", "bruselas", "tehran", "teheran", "kyiv", "kiev", "kiew", "london", "londres", "paris",
    "berlin", "tokyo", "tokio", "seoul", "pyongyang", "ankara", "cairo", "kairo", "jakarta", "new delhi", "islamabad",
    "riyadh", "damascus", "damaskus", "baghdad", "bagdad", "jerusalem", "warsaw", "warschau", "rome", "rom", "madrid",
    "ottawa", "canberra", "taipei", "minsk", "budapest", "athens", "athen",
})
