"""What a word names, through WordNet 3.0: people who work somewhere, or a business.

"25 attorneys and 15 support staff", "9 techs and me", "140 drivers": a head count is a number
followed by people, and no list holds every occupation. WordNet does: a lawyer, a paralegal, a
waiter and a pilot are all kinds of person. People the business serves (customers, patients,
students, tenants, members) are persons too, but they are not its size, so those are left out.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from bot.nlu.wordnet_industry import WORDNET_DIR, hypernym_names, shared_reader

SENSES = 2  # a word's first senses: "drivers" is first a motor-vehicle operator, second a golf club's user
# A word whose first senses fall under one of these names the business's customers, not its staff.
NOT_STAFF = frozenset(
    {
        "customer.n.01",
        "consumer.n.01",
        "user.n.01",
        "client.n.01",
        "patient.n.01",
        "enrollee.n.01",
        "juvenile.n.01",
        "passenger.n.01",
        "tenant.n.01",
        "member.n.01",
        "traveler.n.01",
        "guest.n.01",
        "visitor.n.01",
        "follower.n.01",
        "subscriber.n.01",
        "shopper.n.01",
        "attendee.n.01",
        "participant.n.01",
        "spectator.n.01",
        "recipient.n.01",
        "applicant.n.01",
        "candidate.n.01",
        "resident.n.01",
        "inhabitant.n.01",
        "beneficiary.n.01",
        "fan.n.03",
        "viewer.n.01",
        "reader.n.01",
        "volunteer.n.01",
        "volunteer.n.02",
        "freelancer.n.01",  # they work there, but are not on its payroll
        "animal.n.01",  # "8 people + a shop dog": a dog is slang for a man, but first an animal
    }
)
STAFF = frozenset({"person.n.01", "force.n.04"})  # a person, or a workforce ("staff", "personnel")
# Shop-floor short forms WordNet spells out.
SHORT_FORMS = {
    "tech": "technician",
    "techs": "technicians",
    "dev": "developer",
    "devs": "developers",
    "rep": "representative",
    "reps": "representatives",
    "eng": "engineer",
    "engs": "engineers",
    "admin": "administrator",
    "admins": "administrators",
    "mgr": "manager",
    "mgrs": "managers",
    "ppl": "people",
    "emps": "employees",
    # slang for people WordNet reads as something else (a peep is a sound, a crew a group, a body a corpse)
    "peeps": "persons",
    "bodies": "persons",
    "crew": "staff",
    "gals": "girls",
    "dudes": "persons",
    "hands": "workers",
    "staffers": "staff",
    "fte": "employees",
    "ftes": "employees",
    "heads": "persons",
    "souls": "persons",
}


# "it's my bakery cafe", "I own a 3PL warehouse": an establishment or a company, not a team of one.
BUSINESS = frozenset(
    {
        "business.n.01",
        "enterprise.n.02",
        "company.n.01",
        "establishment.n.04",
        "place_of_business.n.01",
        "workplace.n.01",
        "building.n.01",
        "facility.n.01",
        "institution.n.01",
        "commercial_enterprise.n.02",
    }
)
NOT_BUSINESS = frozenset({"team.n.01", "unit.n.03", "department.n.01", "social_group.n.01"})


# people counted without a plural ending: "12 staff", "a 5 crew"
_MASS_PEOPLE = frozenset(
    (
        "staff",
        "crew",
        "personnel",
        "workforce",
        "faculty",
        "help",
        "labour",
        "labor",
        "manpower",
        "headcount",
        "police",
        "folk",
        "team",
        "people",
        "pax",
        "fte",
        "ftes",
        "hc",
        "kin",
        "clergy",
        "security",
        "management",
        "admin",
    )
)


_ONE_PER_BUSINESS = frozenset(("ceo", "cfo", "cto", "coo", "cio", "cmo", "owner", "founder", "president", "chairman"))


class WordNetWords:
    """`is_staff(word)`: whether a noun names people who work for a business; `is_business(word)`
    whether it names a business. Without the WordNet data they know nothing, and the rules'
    own words still count."""

    def __init__(self, wordnet_dir: Path = WORDNET_DIR) -> None:
        self.wordnet_dir = wordnet_dir
        self._cache: dict[str, bool] = {}

    def is_staff(self, word: str) -> bool:
        word = SHORT_FORMS.get(word.lower(), word.lower())
        known = self._cache.get(word)
        if known is None:
            known = self._look_up(word)
            if len(self._cache) < 20000:
                self._cache[word] = known
        return known

    def is_business(self, word: str) -> bool:
        word = word.lower()
        key = f"business:{word}"
        known = self._cache.get(key)
        if known is None:
            reader: Any = shared_reader(self.wordnet_dir)
            known = False
            if reader is not None:
                lemma = reader.morphy(word, "n") or word
                for synset in reader.synsets(lemma, "n")[:SENSES]:
                    above = hypernym_names(synset)
                    if above & BUSINESS and not {synset.name()} & NOT_BUSINESS and synset.name() not in NOT_BUSINESS:
                        known = True
                        break
            if len(self._cache) < 20000:
                self._cache[key] = known
        return known

    def counts_one(self, word: str) -> bool:
        """A singular that a number above one does not count: a role a business has one of ("11 CEO") or a word
        that is mostly a thing ("the 2024 pricing page"). "around 150 worker", as many write, still counts."""
        reader: Any = shared_reader(self.wordnet_dir)
        word = SHORT_FORMS.get(word.lower(), word.lower())
        if reader is None or word.endswith(("s", "men")) or word in _MASS_PEOPLE or word == "children":
            return False
        if (reader.morphy(word, "n") or word) != word:
            return False
        if word in _ONE_PER_BUSINESS:
            return True
        senses = reader.synsets(word, "n")
        return bool(senses) and not hypernym_names(senses[0]) & STAFF

    def is_noun(self, word: str) -> bool:
        """Mostly a noun ("stores", "contractors"), so the head of a phrase it ends."""
        reader: Any = shared_reader(self.wordnet_dir)
        if reader is None:
            return False
        word = word.lower()
        nouns, verbs = len(reader.synsets(word, "n")), len(reader.synsets(word, "v"))
        return nouns > 0 and nouns >= verbs

    def _look_up(self, word: str) -> bool:
        reader: Any = shared_reader(self.wordnet_dir)
        if reader is None:
            return False
        lemma = reader.morphy(word, "n") or word
        kinds: list[set[str]] = []
        for synset in reader.synsets(lemma, "n")[:SENSES]:
            above = hypernym_names(synset) | {synset.name()}  # "attendees" is an attendee.n.01 itself
            kinds.append(above)
        if not kinds or any(above & NOT_STAFF for above in kinds):
            return False
        return any(above & STAFF for above in kinds)
