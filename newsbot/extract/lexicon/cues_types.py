"""Shape of the per-language quote-attribution vocabularies (cues_<lang>.py)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class QuoteCues:
    """Words around a direct quote that name who said it; all lower case.

    verbs: attribution verbs that sit next to the speaker ("said", "kata", "sagte").
    self_verbs: verbs that carry the speaker in themselves ("jelasnya" = "he explained").
    according: phrases followed by the speaker ("according to X", "menurut X").
    opinion: prepositions that name the speaker only when they open the clause right before a quote
        ("Pour X, « ... »", "Para X, «...»"); elsewhere they are ordinary words.
    separable: (verb, particle) pairs of a verb split around its subject ("„…“, räumte Müller ein").
    drops_subject: the language leaves the subject out ("«…», ha añadido." = "he added"), so a verb alone
        after a quote refers to the speaker just named.
    pronouns: stand-ins for the most recent named speaker.
    titles: job titles and honorifics stripped from a speaker ("Presiden", "Foreign Minister").
    unnamed: words that open an unnamed speaker ("a spokesman"), which stays None.
    title_suffixes: endings of compound job titles ("Feuerwehrsprecher", "Landesbischof").
    title_objects: capitalised words that continue a title before the name ("Menteri Perdagangan X",
        "Kepala Dinas Kesehatan X").
    """

    verbs: tuple[str, ...]
    self_verbs: tuple[str, ...] = ()
    according: tuple[str, ...] = ()
    opinion: tuple[str, ...] = ()
    separable: tuple[tuple[str, str], ...] = ()
    drops_subject: bool = False
    pronouns: tuple[str, ...] = ()
    titles: tuple[str, ...] = ()
    unnamed: tuple[str, ...] = ()
    title_suffixes: tuple[str, ...] = ()
    title_objects: tuple[str, ...] = ()
