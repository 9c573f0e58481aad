"""dev22 texts: negatives: accidents; negatives: health.

NEGATIVES = [(title, text, kind code), ...]
"""

NEGATIVES = [
    # ---------------------------------------------------------------- negatives: accidents
    (
        "Yeti Airlines plane crashes on approach to Pokhara",
        "The twin-engine plane from Kathmandu came down in a river gorge just short of the new airport, and none of the 72 people on board survived.",
        "accident",
    ),
    (
        "Train collision in Odisha kills more than 280",
        "An express train hit a stationary goods train near Balasore and derailed, and a second express ran into the wreckage.",
        "accident",
    ),
    (
        "Chemical containers blamed for huge blast at Iranian port",
        "Officials said dozens were killed and more than 1,000 injured at Shahid Rajaee, and that the fire was still burning a day later.",
        "accident",
    ),
    (
        "Mine blast kills 41 in Turkey's Amasra",
        "A firedamp explosion trapped workers 300 metres underground, the energy minister said. Rescuers worked through the night to reach them.",
        "accident",
    ),
    (
        "More than 700 pilgrims die in crush at Mina",
        "Two large crowds met at a narrow crossroads on the way to the ritual at the Jamarat, Saudi officials said.",
        "accident",
    ),
    (
        "Pylos shipwreck: 104 rescued, hundreds missing",
        "The fishing boat, carrying migrants from Libya to Italy, went down in deep water off the Greek coast. Survivors said women and children were in the hold.",
        "accident",
    ),
    (
        "Revellers trapped in narrow alley as Seoul Halloween crowd surges",
        "159 people died in the crush in Itaewon, most of them in their twenties. Police admitted that emergency calls had gone unanswered.",
        "accident",
    ),
    (
        "Jeju Air plane crash-lands at Muan airport",
        "The aircraft skidded off the runway and hit a concrete wall. Only two of the 181 people on board survived.",
        "accident",
    ),
    (
        "Overturned tanker explodes as people gather to collect fuel",
        "Scores were killed in Niger state, emergency officials said, and many of the injured were taken to hospital in Minna.",
        "accident",
    ),
    (
        "Helicopter carrying Iran's president found crashed in fog",
        "State media said there were no survivors, including President Raisi and the foreign minister, after the aircraft came down in mountains near the border with Azerbaijan.",
        "accident",
    ),
    (
        "Overloaded boat sinks metres from Goma port",
        "Dozens of passengers drowned when the ferry capsized on Lake Kivu as it approached the quay, local officials said.",
        "accident",
    ),
    (
        "Army helicopter collides with passenger jet near Washington airport",
        "The Black Hawk was on a training flight when it hit the regional jet as it approached Reagan National Airport. There were no survivors.",
        "accident",
    ),
    # ---------------------------------------------------------------- negatives: health
    (
        "Mpox spread from Congo prompts WHO's highest alarm",
        "A new strain has reached several neighbouring countries, and the agency declared a global health emergency for the second time in two years.",
        "health",
    ),
    (
        "Uganda declares Ebola outbreak in Mubende",
        "Health officials confirmed a case of the Sudan strain of the virus, for which there is no approved vaccine.",
        "health",
    ),
    (
        "Vaccinators fan out across Pakistan in new polio round",
        "Health workers will go door to door for a week, and the ministry says parents who refuse will be visited again.",
        "health",
    ),
    (
        "Zambia delays school reopening as cholera spreads",
        "Hundreds have died in the outbreak. The national stadium in Lusaka has been turned into a treatment centre.",
        "health",
    ),
    (
        "China ends mass quarantine and lifts Covid curbs",
        "Travellers arriving from abroad will no longer have to isolate, and many cities are already seeing a wave of infections.",
        "health",
    ),
    (
        "Cameroon begins routine malaria vaccination for children",
        "The country is the first to roll out the vaccine in its national programme. Eighteen more African countries are expected to follow this year.",
        "health",
    ),
    (
        "Dhaka hospitals overwhelmed as dengue season peaks",
        "Patients are lying on corridor floors, and health officials say this year's death toll is the highest on record.",
        "health",
    ),
    (
        "Rwanda reports first Marburg cases",
        "Most of the patients are health workers in two intensive care units in Kigali, the health minister said.",
        "health",
    ),
    (
        "Samoa closes schools as measles outbreak kills dozens of children",
        "The government has made vaccination compulsory and declared a state of emergency, and most of the dead are under five.",
        "health",
    ),
    (
        "Brazil races to contain Zika ahead of Olympics",
        "Soldiers went house to house in Rio de Janeiro to destroy mosquito breeding sites. The WHO said the risk to athletes was low.",
        "health",
    ),
]
