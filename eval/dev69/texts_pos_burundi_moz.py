"""Positives of dev69: Burundi, Mozambique (Cabo Delgado and Maputo) and a Lake Chad island.

Each item: (title, text, tag codes, kind); tag codes from eval/conflictset TAG_CODES.
"""

POSITIVES = [
    (
        "Police fire live rounds at protesters in Bujumbura's Musaga district",
        "Police fired tear gas and live ammunition on Monday at young protesters opposed to "
        "President Pierre Nkurunziza's bid for a third term in the Musaga and Cibitoke districts "
        "of Bujumbura, killing at least two, the Burundi Red Cross said. Protesters burnt tyres "
        'and threw stones at police lines. The government called the protests an "insurrection" '
        "and shut down the main private radio stations.",
        "U",
        "crackdown",
    ),
    (
        "Bodies in Bujumbura streets after attacks on military camps",
        "Gunmen attacked three military camps in Bujumbura on Friday, and the army said 79 "
        "assailants and eight soldiers and police officers had been killed in the fighting. "
        "Residents of Nyakabiga and Musaga said soldiers later went from house to house and shot "
        "young men, and dozens of bodies were found in the streets on Saturday morning. Some had "
        "their hands tied behind their backs.",
        "B V",
        "attacks on military camps",
    ),
    (
        "Grenades thrown at bus station and market in Bujumbura, two dead",
        "Grenades exploded at a crowded bus station in central Bujumbura and near a market on "
        "Monday evening, killing two people and wounding more than 100, the police said. The "
        'interior minister called the blasts "terrorist acts" and said suspects had been '
        "arrested. Passengers were boarding minibuses for the interior when the first grenade "
        "went off, a witness said.",
        "E V T",
        "grenade attack",
    ),
    (
        'Twenty killed in attack near Gatumba, Burundi blames RED-Tabara "terrorists"',
        "Twenty people, including twelve children and a pregnant woman, were killed on Friday "
        "evening when armed men attacked the locality of Vugizo, near the border with the DRC, "
        "Burundi's government said. The RED-Tabara rebel group claimed the attack, saying it had "
        "targeted a border post. The president called it a terrorist attack and accused Rwanda of "
        "sheltering the rebels.",
        "V T",
        "attack on village",
    ),
    (
        "Insurgents storm Palma, workers flee by sea to Pemba",
        "Insurgents linked to the Islamic State attacked the town of Palma in Mozambique's Cabo "
        "Delgado province on Wednesday, fighting security forces for days and killing dozens of "
        "civilians, the government said. A convoy of workers trying to leave the Amarula hotel "
        "came under fire. Thousands of residents fled into the bush or were taken by boat to "
        "Pemba, where relatives waited on the beach. The energy company TotalEnergies later "
        "suspended its gas project on the nearby Afungi peninsula.",
        "B V D T",
        "attack on town",
    ),
    (
        "Rwandan and Mozambican troops retake Mocímboa da Praia port",
        "Rwandan and Mozambican troops have retaken the port town of Mocímboa da Praia, held by "
        "Islamist insurgents for two years, Rwanda's army said on Sunday. The joint force met "
        "little resistance in the final assault after weeks of fighting along the roads leading "
        "to the town. Journalists taken to the port saw burnt-out buildings and abandoned "
        "weapons.",
        "M B",
        "offensive",
    ),
    (
        "Insurgents behead dozens on football pitch in Muidumbe",
        "Islamist militants beheaded more than 50 people on a football pitch in the Muidumbe "
        "district of Cabo Delgado over the weekend, state media reported, in one of the worst "
        "massacres of the insurgency. The victims had been rounded up in the village of Muatide, "
        "according to police, while other villagers fled into the forest. Homes were set on fire.",
        "V T",
        "beheadings",
    ),
    (
        "More than 100,000 flee insurgent attacks in Cabo Delgado's Chiúre district",
        "More than 100,000 people have fled attacks by Islamic State-linked insurgents in the "
        "Chiúre district of Cabo Delgado in two weeks, many of them towards Nampula province, the "
        "International Organization for Migration said. Half are children, and many arrived with "
        "nothing, UNICEF said. Schools in Chiúre have been turned into shelters and families are "
        "cooking in the open.",
        "D H T",
        "displacement",
    ),
    (
        "Insurgents ambush lorries on the N380, drivers killed",
        "Insurgents ambushed a convoy of lorries on the N380 road between Macomia and Awasse on "
        "Monday, killing three drivers and setting several vehicles on fire, a transport "
        "association said. The route is the main land link between Pemba and the gas projects in "
        "the north of Cabo Delgado. Traffic was suspended until army escorts could be organised.",
        "V T",
        "ambush",
    ),
    (
        "Police fire on protesters in Maputo as post-election unrest spreads",
        "Mozambican police fired tear gas and live rounds on Thursday at protesters who blocked "
        "roads and burnt tyres in Maputo, in the largest demonstration yet against the results of "
        "the October election. A rights group said at least 30 people had been killed since the "
        "protests began. Shops were looted in several districts and the border post with South "
        "Africa was closed.",
        "U",
        "crackdown",
    ),
    (
        "Suspected Boko Haram fighters kill nine fishermen on Lake Chad island",
        "Suspected Boko Haram fighters killed nine fishermen on an island near Ngouboua, in "
        "Chad's Lac province, on Saturday, the provincial governor said. The men had gone out at "
        "dawn to lay their nets, and their bodies were brought back to Ngouboua by canoe, and the "
        "army sent reinforcements to the islands.",
        "V T",
        "killing of fishermen",
    ),
]
