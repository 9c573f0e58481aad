"""dev113 contrast pairs 96-100, Oceania: Papua New Guinea, Solomon Islands, New Caledonia,
Australia, New Zealand.

PAIRS = [(pair number, first twin, second twin), ...]; a twin is (title, text, tag codes, kind)
when it reports conflict and (title, text, kind code) when it does not. build.py hands them to
eval/conflictset as POSITIVES and NEGATIVES.
"""

PAIRS = [
    (
        96,
        (
            "Dozens shot dead in Enga tribal ambush",
            "At least 26 men were shot dead in an ambush near Wabag in Papua New Guinea's Enga "
            "province on Sunday, police said, in a surge of fighting between the Sikin and "
            "Kaekin tribes and their allies. Police found bodies on the roadside and in the bush "
            "near the village of Akom and said the attackers carried high-powered rifles. "
            "Hundreds of villagers have fled to Wabag town. Prime Minister James Marape said he "
            "would send more soldiers and police to the province.",
            "B D",
            "tribal fighting",
        ),
        (
            "Landslide buries Enga village, hundreds feared dead",
            "A massive landslide buried the village of Yambali in Papua New Guinea's Enga "
            "province early on Friday, and hundreds of people are feared dead, aid agencies "
            "said. The hillside collapsed at about 3am while most residents were asleep, burying "
            "more than 150 houses under earth and boulders up to eight metres deep. Villagers "
            "were digging with spades and bare hands as the provincial government sent heavy "
            "machinery along the damaged highway from Wabag.",
            "disaster",
        ),
    ),
    (
        97,
        (
            "Rioters burn Honiara's Chinatown as unrest enters third day",
            "Rioters burned shops in Honiara's Chinatown and at Point Cruz for a third day on "
            "Friday, defying a lockdown, as Australian police and soldiers arrived in the "
            "Solomon Islands capital to help restore order. The unrest began on Wednesday when "
            "protesters, many from Malaita province, tried to storm parliament and set fire to a "
            "police station. Three burned bodies were later found in a gutted store, police "
            "said.",
            "U",
            "riots",
        ),
        (
            "Two men killed as wartime shell explodes in Honiara backyard",
            "Two men were killed when a Second World War shell exploded in a residential area of "
            "Honiara on Sunday night, Solomon Islands police said. The men had been cooking over "
            "a fire beneath which the unexploded ordnance was buried, a police spokesperson "
            "said. Police urged residents to report any wartime explosives, which are still "
            "found regularly around the capital.",
            "history",
        ),
    ),
    (
        98,
        (
            "Riots in New Caledonia after Paris vote on electoral roll",
            "Rioters burned businesses, cars and a school in Nouméa and the suburbs of Dumbéa "
            "and Païta overnight and exchanged gunfire with residents manning barricades, French "
            "officials said, after Paris approved a change to New Caledonia's electoral roll. "
            "Three people were killed and hundreds wounded, including police officers. France "
            "declared a state of emergency and sent hundreds of extra gendarmes. The "
            "international airport was closed and flights to Australia were cancelled.",
            "U",
            "riots",
        ),
        (
            "New Caledonia votes to stay French in boycotted referendum",
            "New Caledonians voted overwhelmingly to remain part of France in a third "
            "independence referendum on Sunday, but turnout was only 44 percent after "
            "pro-independence parties called on Kanak voters to stay away. Voting passed calmly, "
            "the French high commissioner said.",
            "politics",
        ),
    ),
    (
        99,
        (
            "Wakeley church stabbing declared terrorist incident after crowd clashes with police",
            "A bishop was stabbed several times during a livestreamed service at an Assyrian "
            "church in Wakeley, in Sydney's west, on Monday night, and a crowd outside then "
            "clashed with police, injuring officers and damaging police cars. New South Wales "
            "police declared the stabbing a terrorist incident, saying the 16-year-old boy "
            "arrested had been religiously motivated. Residents were asked to stay away from the "
            "area.",
            "T V U",
            "terrorist attack and riot",
        ),
        (
            "Six killed in Bondi Junction shopping centre stabbing",
            "A man armed with a knife killed six people at the Westfield shopping centre in "
            "Bondi Junction, Sydney, on Saturday afternoon before he was shot dead by a police "
            "inspector, New South Wales police said. Police said there was no indication that "
            "the attack was driven by ideology and that the man had a history of mental illness. "
            "Shoppers sheltered in stores as the centre was evacuated.",
            "crime",
        ),
    ),
    (
        100,
        (
            "Gunman kills 50 at two Christchurch mosques",
            "A gunman opened fire on worshippers at two mosques in Christchurch during Friday "
            "prayers, killing 50 people, New Zealand police said. Prime Minister Jacinda Ardern "
            "called it a terrorist attack and said the suspect, an Australian man, held "
            "'extremist views'.",
            "T V",
            "terrorist attack",
        ),
        (
            "Christchurch marks five years since mosque attacks",
            "Hundreds of people gathered at Christchurch's Al Noor mosque and the Hagley Park "
            "memorial on Friday to mark five years since the attacks on two mosques in which 51 "
            "worshippers were killed. Survivors read the names of the victims, and the city "
            "council lowered flags to half-mast. Imam Gamal Fouda thanked the city for its "
            "support. Some families chose to mark the day privately.",
            "history",
        ),
    ),
]
