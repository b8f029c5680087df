"""Word lists for the figures extractor: which lemmas make a number a toll, a count of refugees...

Kept apart from the parse logic so the lists can be read (and extended) at a glance. All
entries are lower-case lemmas as spaCy's English lemmatizer gives them.
"""

from __future__ import annotations

from groundwatch import lexicons


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# --- verbs whose OBJECT (or passive subject) is what is counted ----------------------------
TRANSITIVE: dict[str, str] = {
    "kill": "killed", "drown": "killed", "massacre": "killed", "execute": "killed", "slaughter": "killed",
    "murder": "killed", "behead": "killed", "slay": "killed", "gun": "killed",
    "liquidate": "killed",  # state media's word for fighters killed ("liquidated 20 militants")
    "martyr": "killed",  # a side's word for its own killed ("12 policemen were martyred")
    "injure": "injured", "wound": "injured", "hurt": "injured", "maim": "injured",
    "hospitalize": "injured", "hospitalise": "injured",
    "displace": "displaced", "uproot": "displaced", "expel": "displaced", "deport": "displaced",
    "resettle": "displaced",  # moved to live elsewhere for good or for long: "315 families were resettled"
    "evacuate": "evacuated", "relocate": "evacuated", "airlift": "evacuated",
    "arrest": "detained", "detain": "detained", "jail": "detained", "imprison": "detained",
    "apprehend": "detained", "abduct": "detained", "kidnap": "detained",
    "affect": "affected", "trap": "affected", "strand": "affected", "maroon": "affected",
    "isolate": "affected",
    "shelter": "displaced",
    # the tagger reads "maimed" after a subject as a present-tense VBP and leaves it unlemmatised
    # (of the verbs above, the only one: each checked in "Gunmen <past> two guards.")
    "maimed": "injured",
}
#: Prepositions that make "treat" a matter of manners, not medicine: "treated as", "with contempt".
NON_MEDICAL_TREAT = frozenset({"as", "with", "like", "to", "differently", "fairly", "badly", "well"})
#: Phrasal verbs that hand aid out: "handed out 5,000 blankets", "flew in 40 tonnes of flour".
AID_PHRASAL = frozenset({("hand", "out"), ("give", "out"), ("dole", "out"), ("pass", "out"), ("fly", "in"),
                         ("ship", "in"), ("bring", "in"), ("send", "in"), ("truck", "in")})
# Phrasal verbs: (verb lemma, particle) -> kind.
PHRASAL: dict[tuple[str, str], str] = {
    ("round", "up"): "detained", ("cut", "off"): "affected", ("wipe", "out"): "killed",
    ("drive", "out"): "displaced", ("force", "out"): "displaced",
    ("drive", "abroad"): "displaced", ("force", "abroad"): "displaced",
    # taken out of danger: "150 diplomats were flown out", "700 nationals were pulled out"
    ("fly", "out"): "evacuated", ("pull", "out"): "evacuated", ("ship", "out"): "evacuated",
    ("bus", "out"): "evacuated", ("get", "out"): "evacuated", ("airlift", "out"): "evacuated",
    ("move", "out"): "evacuated", ("shift", "out"): "evacuated",
    # carried off by water: not yet found, whatever became of them ("14 people swept away by the river")
    ("sweep", "away"): "missing", ("wash", "away"): "missing",
}
#: Phrasal verbs that detain people only when the police or the army do it: "security forces picked up
#: 11 activists", but "a bus picked up 40 passengers".
AGENT_PHRASAL: dict[tuple[str, str], str] = {("pick", "up"): "detained", ("haul", "in"): "detained",
                                             ("lock", "up"): "detained", ("bring", "in"): "detained"}
#: Who arrests: the subject (or the "by" agent) that makes AGENT_PHRASAL a detention.
ARRESTING_AGENTS = frozenset({"police", "policeman", "officer", "force", "troop", "soldier", "army", "authority",
                              "security", "agent", "gendarme", "militia", "military", "guard", "intelligence",
                              "coastguard"})
#: Verbs whose negated passive leaves people missing: "nine fishermen have not been heard from",
#: "have not been seen since Tuesday", "have not been found".
NOT_FOUND_VERBS = frozenset({"hear", "see", "find", "locate", "trace", "contact", "reach"})
#: Verbs of command whose object told to leave is evacuated, not displaced: "ordered 20,000 people to
#: leave the coast" ("forced thousands to flee" stays displacement: see CAUSATIVE).
ORDER_VERBS = frozenset({"order", "tell", "instruct", "direct"})
LEAVING_VERBS = frozenset({"leave", "flee", "evacuate", "vacate", "move", "quit"})
#: Homes people leave behind when they are displaced: "900 families abandoned their villages".
HOME_NOUNS = frozenset({"home", "house", "village", "town", "farm", "land", "dwelling"})
#: What people are held for when they are detained: "held for questioning".
QUESTIONING_WORDS = frozenset({"questioning", "interrogation", "investigation"})
#: What people are held without when they are detained: "held without charge", "kept without trial".
UNCHARGED_WORDS = frozenset({"charge", "charges", "trial"})
#: Participles that name a tally's kind only after a bare tally noun: "took the total held to 88"
#: ("held" alone is too common a verb to mean detained).
TALLY_PARTICIPLES = {"hold": "detained", "house": "displaced", "shelter": "displaced", "accommodate": "displaced"}
#: Verbs that detain their object only when the police or the army do it: "police are holding 9 people"
#: (but "the hall holds 900 people").
AGENT_VERBS = {"hold": "detained", "intercept": "detained"}
#: Bars people are behind when they are detained: "fourteen people remain behind bars".
BARS_NOUNS = frozenset({"bar"})
#: Verbs that move people "to safety": "the navy ferried 1,700 foreigners to safety".
SAFETY_VERBS = frozenset({"ferry", "carry", "bring", "move", "take", "lead", "airlift", "fly", "ship", "bus", "buss",
                          "transport", "escort", "guide", "evacuate", "get",
                          "shift"})  # South Asian copy's "move": "2,143 people were shifted from vulnerable areas"
#: Nouns of coming in whose "of N" counts aid or forces by the noun counted: "the arrival of 20
#: trucks", "the entry of 300 troops".
ARRIVAL_NOUNS = frozenset({"arrival", "entry", "passage", "dispatch", "crossing"})
#: Motion verbs whose SUBJECT is aid when a path follows: "twelve lorries went through the gate",
#: "30 trucks made it into the city"; "trucks went up in flames" has no path and is no delivery
#: ("in" is left out for that reason).
AID_MOTION_VERBS = frozenset({"go", "pass", "roll", "drive", "move", "make", "get", "come", "travel", "head",
                              "proceed"})
AID_PATH_WORDS = frozenset({"through", "into", "across", "via", "past"})
#: Verbs of people leaving in numbers whose SUBJECT is displaced when they go "out of" a place:
#: "3,000 people streamed out of the town", "people who moved out of the flooded wards". Verbs of a
#: crowd leaving a venue ("poured out of the stadium", "spilled out") are left out.
EXODUS_VERBS = frozenset({"move", "stream", "trek", "trickle", "head"})
# --- verbs whose SUBJECT is what is counted ------------------------------------------------
INTRANSITIVE: dict[str, str] = {
    "die": "killed", "perish": "killed", "drown": "killed", "succumb": "killed",
    "expire": "killed",  # a person who "expired" died (South Asian English: "one more injured person expired")
    "flee": "displaced", "escape": "displaced", "leave": "displaced",
    "live": "affected", "need": "affected", "require": "affected", "lack": "affected",
    "disappear": "missing", "vanish": "missing",
    # fighters who give themselves up are taken: "400 rebels surrendered" (things surrendered are weapons)
    "surrender": "detained",
}
# Verbs that make their object do the xcomp verb ("forced thousands to flee").
CAUSATIVE = frozenset({"force", "prompt", "cause", "compel", "drive", "push", "make", "lead", "order", "oblige"})
# Causatives that take the place the people are moved from ("forced 20,000 people from their homes"): "made
# from" / "made out of" says what a thing is made of ("an estimate made from the size of the boat").
SOURCE_CAUSATIVE = CAUSATIVE - {"make"}
# Verbs that pass a figure on to their complement ("were reported killed", "are feared dead").
REPORTING = frozenset({"report", "confirm", "fear", "believe", "say", "know", "presume", "declare",
                       "list", "estimate", "think", "leave", "remain", "be", "become", "go", "lie"})
# --- adjectives and participles used as predicates or modifiers ("left 200 dead") ------------
ADJECTIVES: dict[str, str] = {
    "dead": "killed", "killed": "killed", "deceased": "killed", "drowned": "killed", "liquidated": "killed",
    "lifeless": "killed",  # "found lifeless": a translated report's word for found dead
    "injured": "injured", "wounded": "injured", "hurt": "injured", "hospitalised": "injured", "hospitalized": "injured",
    "missing": "missing", "unaccounted": "missing",
    "homeless": "displaced", "displaced": "displaced",
    "evacuated": "evacuated",
    "detained": "detained", "arrested": "detained", "jailed": "detained",
    "abducted": "detained", "kidnapped": "detained",  # held by an armed group is detained (the lead, corpus_l)
    "trapped": "affected", "stranded": "affected", "affected": "affected", "isolated": "affected",
    "needy": "affected",
}
# --- nouns naming the event the count belongs to ("the death of six", "toll rose to 50") -----
EVENT_NOUNS: dict[str, str] = {
    "death": "killed", "killing": "killed", "toll": "killed", "fatality": "killed",
    "murder": "killed", "execution": "killed", "massacre": "killed",
    "injury": "injured", "wounding": "injured",
    "disappearance": "missing",
    "displacement": "displaced", "exodus": "displaced", "expulsion": "displaced",
    "evacuation": "evacuated", "relocation": "evacuated",
    "arrest": "detained", "detention": "detained", "abduction": "detained", "kidnapping": "detained",
    "deployment": "forces", "delivery": "aid", "surrender": "weapons", "seizure": "weapons",
}
# Nouns that are themselves what is counted ("50 refugees", "300 evacuees").
PERSON_KIND_NOUNS: dict[str, str] = {
    "refugee": "displaced", "evacuee": "evacuated", "detainee": "detained", "hostage": "detained",
    "fatality": "killed", "dead": "killed", "idp": "displaced", "asylum": "displaced",
    "body": "killed", "corpse": "killed",
    "martyr": "killed",  # a side's word for its own dead, by count ("the toll rose to 30 martyrs", "8 martyrs")
}
#: A suspect counted is one held: "12 suspects were questioned" (unless sought, see SEARCH_VERBS).
SUSPECT_NOUNS = frozenset({"suspect"})
#: Wrongdoers: when they flee or escape they are at large, never displaced ("four suspects who fled").
PERPETRATOR_NOUNS = frozenset({"suspect", "gunman", "attacker", "assailant", "perpetrator", "culprit", "robber",
                               "thief", "kidnapper", "abductor", "hijacker", "fugitive", "escapee", "bomber"})
#: Verbs of looking for someone or of getting away: "police are hunting three suspects", "two
#: suspects fled" count nobody held.
SEARCH_VERBS = frozenset({"hunt", "seek", "search", "look", "pursue", "chase", "identify", "want", "track",
                          "trace", "name", "flee", "escape", "evade", "elude"})
# Nouns counted in "claimed 40 lives".
LIFE_NOUNS = frozenset({"life"})
LIFE_VERBS = frozenset({"claim", "lose", "cost", "take"})
# Subjects of "rise to N", "stands at N", "nears N", "had fallen to N".
TALLY_VERBS = frozenset({"rise", "climb", "jump", "reach", "stand", "increase", "hit", "surpass",
                         "top", "exceed", "pass", "soar", "grow", "be", "mount", "swell", "near",
                         "approach", "total", "edge", "creep", "inch", "double", "triple", "fall",
                         "drop", "decline", "decrease", "dip", "shrink", "leap", "spike", "surge", "touch",
                         "cross", "breach", "rocket", "balloon", "go",
                         "come",  # "the number missing has come down to 41", "the toll came to 45": as "go"
                         "remain", "stay",  # "the toll remains at 23": a tally that has not moved
                         "become",  # "the number of arrests has become 7": a tally told as what it turned into
                         # translated copulas of a tally's value: "the number of the injured makes 63 persons",
                         # "amounts to 63", "constitutes 63" (Russian "sostavlyaet", said where English has "is")
                         "make", "amount", "constitute"})
# Verbs whose OBJECT is the tally and whose "to N" / "at N" is its value: "bringing the toll to 47",
# "officials put the toll at 88", "revised the death toll up to 30".
TALLY_SETTERS = frozenset({"put", "place", "estimate", "set", "bring", "raise", "push", "take", "lift",
                           "revise", "update", "increase", "drive", "send", "correct", "adjust", "amend"})
# Event nouns that are themselves counted ("31 deaths", "120 arrests"): each stands for one person.
# "toll", "massacre" and "exodus" are left out: "two massacres" counts events, not people.
COUNTED_EVENT_NOUNS: dict[str, str] = {
    "death": "killed", "fatality": "killed", "killing": "killed", "murder": "killed",
    "execution": "killed", "injury": "injured", "wounding": "injured", "arrest": "detained",
    "abduction": "detained", "kidnapping": "detained", "disappearance": "missing",
    "evacuation": "evacuated", "displacement": "displaced",
    "hospitalisation": "injured", "hospitalization": "injured",
}
# Nouns whose "of N" counts the dead: "the bodies of four miners were recovered".
REMAINS_NOUNS = frozenset({"body", "corpse", "remains", "remain"})

# --- shelters and hospitals: where the counted people are says what they are -------------------
#: Places that by themselves mean the people in them have lost their homes ("20,000 people are in
#: shelters", "remain in camps").
SHELTERS = _words("""
shelter camp tent refuge
""")
#: Buildings that house the displaced only when people are moved or sleep there ("moved to
#: schools", "sleeping in gyms"); "200 children were in the school" is no displacement.
TEMPORARY_SHELTERS = _words("""
school gym gymnasium hall church mosque temple monastery stadium centre center relative
""")
#: Verbs of staying: their subject in a shelter is displaced ("remain in shelters").
STAY_VERBS = frozenset({"be", "remain", "stay", "live", "sleep", "shelter", "camp", "huddle", "crowd",
                        "seek", "find", "take", "register", "enrol", "enroll", "spend"})
#: Of these, the ones that count with a temporary shelter too ("sleeping in schools", "spent the night in
#: school buildings").
STAY_TEMPORARY_VERBS = frozenset({"live", "sleep", "shelter", "camp", "huddle", "crowd", "spend"})
#: Verbs of moving people: their object (or passive subject) taken to a shelter is displaced.
MOVE_VERBS = frozenset({"move", "transfer", "house", "host", "accommodate", "lodge", "bus", "take", "bring", "shift",
                        "put", "place", "send", "pack", "cram", "squeeze", "crowd", "herd", "register",
                        "enrol", "enroll", "admit", "relocate"})
#: Evacuation verbs that, with a shelter as their goal, say the people were displaced ("relocated to a
#: camp"), where "relocated to safer areas" stays an evacuation.
RELOCATING_VERBS = frozenset({"relocate"})
#: Of these, the ones that count with a temporary shelter too ("moved to schools", "packed into three schools");
#: "taken to the exhibition centre" may be a visit.
MOVE_TEMPORARY_VERBS = frozenset({"move", "transfer", "house", "accommodate", "lodge", "bus", "shift", "cram",
                                  "squeeze", "herd", "pack", "crowd"})
#: Verbs that give shelter to their object: "the camp houses 20,000 people" (only when the subject
#: is itself a shelter: "the district houses 30,000 people" is no displacement).
HOUSING_VERBS = frozenset({"house", "accommodate", "host", "lodge", "hold", "shelter"})
HOSPITALS = _words("""
hospital clinic infirmary
""")
#: Verbs that take the injured to hospital ("were taken to hospital", "rushed 30 people to hospital").
HOSPITAL_VERBS = frozenset({"take", "rush", "bring", "admit", "carry", "ferry", "transport", "airlift",
                            "fly", "send", "treat", "keep", "hold", "transfer", "move", "deliver", "shift"})
#: What people are "treated for" when they are injured ("treated for minor injuries").
INJURY_NOUNS = _words("""
injury wound burn fracture cut bruise trauma laceration inhalation poisoning asphyxia asphyxiation
""")
#: Hardships whose sufferers are counted as affected ("face acute food insecurity").
HARDSHIP_NOUNS = _words("""
insecurity hunger famine starvation malnutrition shortage threat risk danger
""")
#: Where the detained are ("in custody", "in captivity": held by an armed group is detained too) and the verbs
#: that put them there ("taken into custody").
CUSTODY_NOUNS = _words("""
custody detention prison jail gaol cell captivity
""")
CUSTODY_VERBS = frozenset({"take", "put", "place", "hold", "keep", "send", "remand", "transfer", "throw", "sentence",
                           "commit"})
#: Verbs whose "to death" is a sentence, not a killing: "sentenced to death" are held, not dead.
SENTENCING_VERBS = frozenset({"sentence", "condemn"})
#: Vehicles that count as aid only when they carry it: "27 vehicles carrying food" (but "40 armoured
#: vehicles entered the town" are no delivery).
CARRIER_NOUNS = frozenset({"vehicle", "van", "bus", "boat", "barge", "ship", "plane", "helicopter"})
CARRYING_VERBS = frozenset({"carry", "load", "transport", "bring", "deliver", "haul", "ferry"})
#: Verbs of posture a state may follow after "found": "were found lying dead in a shed" (the state is the
#: posture's complement, not the finding verb's; events-dev tune audit, docs/figures_audit.md).
POSTURE_VERBS = frozenset({"lie", "slump", "sprawl", "sit", "hang", "float"})
#: Words a capitalised headline puts between a count and its state: "At Least 20 Feared Dead".
HEADLINE_REPORTING = frozenset({"feared", "reported", "confirmed", "believed", "presumed", "now", "found", "left"})
#: What the taken become: "taken prisoner", "held hostage".
CAPTIVITY_NOUNS = frozenset({"prisoner", "hostage", "captive"})
#: Verbs that make their captive objects detained: "3,200 prisoners were taken", "holds 40 captives".
TAKING_VERBS = frozenset({"take", "capture", "seize", "hold", "grab"})
#: Verbs that detain people but seize things: "captured 45 fighters" / "captured 12 tanks".
CAPTURE_VERBS = frozenset({"capture", "seize", "grab", "snatch"})
#: What people wait for when they are stranded ("waiting to be rescued", "awaiting evacuation").
RESCUE_WORDS = frozenset({"rescue", "evacuate", "evacuation", "help", "aid", "airlift", "relief"})

# --- people ----------------------------------------------------------------------------------
PEOPLE = _words("""
person people man woman child boy girl baby infant teenager adult minor youth civilian resident
inhabitant villager citizen national family household soldier troop serviceman servicewoman officer
policeman policewoman police fighter militant rebel insurgent separatist combatant guerrilla gunman
protester protestor demonstrator activist student worker labourer laborer miner farmer fisherman
journalist reporter photographer doctor nurse medic paramedic surgeon midwife volunteer staff employee official
passenger pilgrim worshipper tourist migrant refugee evacuee detainee prisoner hostage survivor victim
patient student pupil teacher member supporter voter opponent member crew crewman sailor pilot
peacekeeper guard guardsman gendarme militiaman conscript reservist recruit marine paratrooper commander
driver rescuer firefighter elderly pensioner resident dweller occupant settler asylum seeker
individual casualty body corpse sibling mother father son daughter wife husband brother sister
parent relative neighbour neighbor local shopper spectator fan athlete player monk nun priest
contractor engineer diplomat councillor councilor legislator lawmaker politician minister mp staffer personnel
shepherd herder trader vendor shopkeeper motorist cyclist pedestrian porter imam
suspect assailant attacker perpetrator culprit captive abductee commando bodyguard airman trooper sniper
juvenile teen youngster toddler adolescent male female
accomplice accused defendant
fugitive escapee inmate convict
general colonel brigadier lieutenant sergeant corporal captain
dissident critic blogger lawyer cleric academic colleague comrade friend compatriot countryman
guest visitor worshiper holidaymaker
hh hhs
""")
# Closed compounds ending in a people word ("schoolgirl", "fireman", "farmworker"; "schoolchildren", which
# the lemmatiser leaves plural).
PEOPLE_HEADS = ("girl", "boy", "man", "woman", "child", "children", "worker", "people", "person")
# Plural endings of agent nouns ("protesters", "journalists", "detainees") accepted as people.
PEOPLE_SUFFIXES = ("ers", "ists", "ees", "ians", "ants")
# Nouns that look like agents by their ending but are things.
NOT_PEOPLE = _words("""
container center centre computer helicopter tanker launcher quarter border shelter flyer poster
trailer bunker corner chamber letter number meter metre kilometer kilometre liter litre dollar
order paper report water river tower hunger banner barrier member-state plant tent grant ant
german roman human woman-hour
""")

# --- things: aid, forces, weapons ---------------------------------------------------------------
AID_UNITS = _words("""
tonne ton tonnes tons truck truckload lorry tanker convoy kilogram kg litre liter gallon parcel package
kit meal ration tent blanket pallet shipment consignment bag sack carton box crate plane flight
tarpaulin tarp mattress jerrycan basket hamper packet bottle dose
""")
#: Nouns of a column of carriers travelling together (figures_convoy; "sent a convoy with 80 tonnes").
CONVOY_NOUNS = frozenset({"convoy", "column", "caravan", "fleet"})
#: The road, air and water carriers a convoy or a delivery is made of, counted as aid when what they carry is goods
#: ("a 14-truck convoy of medicines", "airlifted 38 tonnes in four flights": figures_convoy).
AID_CARRIERS = _words("""
truck lorry tanker truckload plane flight vehicle van bus boat barge ship helicopter airdrop sortie trip
shipment consignment
""")
#: The aid units that measure rather than carry: by themselves they say nothing of aid ("a gas flux of 6,400
#: tonnes a day", "pumping 300 litres an hour"); only a load of goods makes them aid ("40 tonnes of flour").
AID_MEASURES = _words("""
tonne ton tonnes tons kilogram kg litre liter gallon
""")
#: Verbs of a carrier reaching a place (data/figure_words.tsv): a carrier of aid that is their subject is a
#: delivery ("nine relief flights landed at the airport", "40 trucks entered the town").
LANDING_VERBS = lexicons.words("figure_words", list="landing")
#: Verbs whose object in aid units is a delivery; "average" too ("convoys have averaged 12 trucks a day": a rate).
AID_VERBS = _words("""
deliver send dispatch distribute provide ship airlift airdrop drop bring carry arrive enter cross
reach donate supply unload transport allow let pledge receive handle admit truck average
""")
FORCES_NOUNS = _words("""
troop soldier peacekeeper personnel serviceman servicemen marine paratrooper police officer policeman
gendarme guard reservist helmet commando sailor airman force contingent firefighter guardsman
fighter militiaman trooper rebel insurgent militant guerrilla combatant
""")
#: Verbs whose object in forces nouns is a count of forces; "direct" as translated text says "send" ("were
#: directed 250 servicemen").
FORCES_VERBS = _words("""
deploy station send dispatch base mobilize mobilise position post amass mass redeploy keep
maintain have number patrol fly airlift rush draft move transfer bring ship pledge commit
summon muster recall conscript enlist call withdraw direct
""")
#: Places forces may be in without being stationed there: "40 soldiers are in hospital", "in custody".
NON_STATION_PLACES = frozenset({"hospital", "clinic", "custody", "prison", "jail", "detention", "captivity",
                                "care", "coma", "condition", "shock", "mourning", "need", "danger", "talk",
                                "contact", "charge", "command", "control", "favour", "favor"})
#: Phrasal verbs that put forces in the field: "2,000 reservists were called up", "sent in 300 police".
FORCES_PHRASAL = frozenset({("call", "up"), ("send", "in"), ("fly", "in"), ("bring", "in"), ("ship", "in"),
                            ("draft", "in"), ("move", "in"), ("pull", "back"), ("pull", "out")})
#: Verbs of taking a side's forces away: not doing it says the forces stay ("would not pull back its 3,000
#: soldiers"), so a negated one still counts them where its object is the side's own ("its", "their").
WITHDRAWAL = frozenset({("withdraw", None), ("recall", None), ("pull", "back"), ("pull", "out")})
#: Verbs whose SUBJECT is the force counted: "200 peacekeepers arrived in the capital"; armed groups
#: massing, crossing or pushing into a place are in the field as troops are ("800 insurgents crossed into").
FORCES_SUBJECT_VERBS = _words("""
arrive land deploy patrol battle fight tackle move join mass cross push advance enter pour infiltrate roll
""")
#: Verbs whose SUBJECT is a force when their object is a place: "2,000 rebels are holding the old town".
FORCES_HOLDING_VERBS = frozenset({"hold", "occupy", "control", "besiege", "surround", "encircle"})
WEAPON_NOUNS = _words("""
weapon arm rifle gun handgun shotgun pistol revolver vehicle tank round ammunition cartridge grenade missile
rocket launcher mortar shell mine explosive drone system howitzer artillery munition bullet carrier machinegun
firearm ied landmine magazine bomb aircraft warplane helicopter jet
""")
#: Verbs that count weapons only when the weapon cannot be anything else: "found 14 firearms",
#: "defused 17 IEDs", but not "found 40 burnt-out vehicles" or "discovered three tanks" (of water).
WEAPON_FIND_VERBS = frozenset({"find", "discover", "remove", "defuse", "unearth", "dismantle", "clear"})
#: Weapon nouns a finding verb may count.
ARMS_ONLY_NOUNS = _words("""
weapon rifle gun handgun shotgun pistol revolver firearm ammunition cartridge grenade missile mine landmine
explosive munition bullet machinegun ied mortar bomb
""")
#: Rounds that, found or recovered, are evidence of a shooting rather than arms: only seized or handed
#: over do they count as weapons ("seized 5,000 bullets"; not "recovered two bullets from the wall").
SPENT_ROUND_NOUNS = frozenset({"bullet", "cartridge", "casing", "shell"})
#: Nouns of what was seized or found in one go, whose contents are the weapons counted: "the haul included".
SEIZURE_NOUNS = frozenset({"haul", "cache", "seizure", "stash", "stockpile", "arsenal", "consignment"})
#: Verbs under which spent rounds count as arms (taken or handed over, not found or recovered). Kept apart
#: from WEAPON_VERBS, which also counts weapons recovered, collected or destroyed: a recovered bullet is evidence.
SEIZING_VERBS = frozenset({"seize", "confiscate", "capture", "surrender", "hand", "turn", "intercept", "smuggle"})
#: Verbs that count any weapon noun as matériel taken out of use ("seized 40 rifles", "destroyed 3 tanks";
#: "knocked out several tanks", "took out two batteries": with their particle only, see WEAPON_PARTICLE_VERBS).
WEAPON_VERBS = _words("""
surrender seize confiscate capture recover collect hand turn give lay destroy knock take
""")
#: Civilian vehicles count as seized matériel only with verbs of seizure ("seized two pickup
#: trucks"), never with "destroy" ("the storm destroyed 300 cars").
VEHICLE_NOUNS = _words("""
truck lorry pickup car jeep van motorcycle motorbike boat vessel bulldozer tractor suv
""")
VEHICLE_VERBS = _words("""
seize confiscate capture impound surrender intercept hand turn
""")
# Particles that make hand/turn/give/lay mean "surrender".
WEAPON_PARTICLES = frozenset({"over", "in", "up", "down"})
#: Weapon verbs that count matériel only with a particle: "handed over", "laid down"; "knocked out" and "took
#: out" put it out of action (events-dev tune audit, docs/figures_audit.md), "took 40 rifles" is a seizure only
#: when "take" says so by itself, which it does not.
WEAPON_PARTICLE_VERBS: dict[str, frozenset[str]] = {
    "hand": WEAPON_PARTICLES, "turn": WEAPON_PARTICLES, "give": WEAPON_PARTICLES, "lay": WEAPON_PARTICLES,
    "knock": frozenset({"out"}), "take": frozenset({"out"})}

# --- numbers that are never figures -------------------------------------------------------------
#: Nouns of time, distance, money, places, events and objects: "16 settlements", "two wars",
#: "three rounds of talks", "295 km" are counts, but not of people or aid.
NON_FIGURE_NOUNS = _words("""
year day week month hour minute second decade century time times km kilometre kilometer mile metre
meter cm mm inch foot feet yard acre hectare percent cent point degree dollar euro pound ruble rouble
dram manat rupee yuan yen franc lira cent settlement village town city district region province
country nation state territory area zone home house apartment building school hospital clinic church
mosque site facility street road bridge neighbourhood neighborhood community camp checkpoint post
position base war battle conflict round talk meeting session summit visit conference vote resolution
attack strike raid incident explosion blast shell election term article page chapter story fact
photo picture video reason way step thing case sector front line mission statement call occasion
opportunity time storey floor seat member_state cattle sheep goat cow animal horse dog head percent
""")
#: Words right before a number that make it a label, a price or a measure: "No. 5", "$200".
NON_FIGURE_BEFORE = ("$", "€", "£", "¥", "no.", "number", "#", "page", "route", "article", "resolution",
                     "magnitude", "aged", "age", "ages", "rs", "usd", "eur", "us$", "gbp", "class",
                     "category", "level", "phase", "flight", "highway", "room", "chapter", "section")

#: Kinds a lone person ("a worker", "another civilian", the pronoun "another") or a bare pair ("Father and son")
#: may be counted in: a single person fleeing or living somewhere is narrative, not a count, while a single
#: death or arrest is a reported figure.
SINGLE_PERSON_KINDS = frozenset({"killed", "injured", "missing", "detained"})
