"""Positives of eval/dev65: Ecuador's internal armed conflict against gangs, prison massacres and
assassinations; Peru (protests, VRAEM, Pataz) and Bolivia (Sacaba) (README.md)."""

POSITIVES = [
    (
        "Armed men with dynamite take over Guayaquil TV studio on air",
        (
            "Masked men armed with guns and sticks of dynamite burst into the studio of the TC "
            "Televisión channel in Guayaquil during a live news programme on Tuesday, forcing "
            "staff to the floor as the broadcast continued. Police stormed the building about half "
            "an hour later and arrested 13 people, and no one was killed. Hours later the "
            'president decreed that Ecuador was in an "internal armed conflict" and ordered the '
            "armed forces to neutralise 22 gangs, which he designated terrorist organisations. One "
            "of the attackers shouted into the camera that they had bombs. Schools across the "
            "country closed, and shops in Guayaquil shut early as explosions and looting were "
            "reported in several cities."
        ),
        "V T",
        "hostage-taking",
    ),
    (
        (
            'Ecuador\'s army raids prisons and gang strongholds under "internal armed conflict" '
            "decree"
        ),
        (
            "Ecuador's armed forces said on Friday they had killed five gang members and arrested "
            "more than 850 people in the first days of operations against gangs designated as "
            "terrorist groups. Soldiers backed by armoured vehicles entered prisons in Guayaquil, "
            "Cuenca and Esmeraldas, where inmates were still holding guards hostage, and fought "
            "gunmen in several neighbourhoods of Guayaquil. Two police officers were killed in an "
            "ambush in Nobol."
        ),
        "M B",
        "military operation",
    ),
    (
        "At least 116 killed in Guayaquil prison battle between gangs",
        (
            "At least 116 inmates were killed in a battle between rival gangs at the Litoral "
            "penitentiary in Guayaquil, Ecuador's worst prison massacre, officials said on "
            "Wednesday. Prisoners fought with rifles, pistols, knives and grenades for hours, and "
            "several were beheaded, before police and soldiers retook the wing. The president "
            "declared a state of emergency in the prison system and said gangs linked to Mexican "
            "cartels were fighting for control of the jails."
        ),
        "B E V",
        "prison massacre",
    ),
    (
        "Ecuador presidential candidate shot dead leaving campaign rally in Quito",
        (
            "A presidential candidate who had campaigned against corruption and organised crime "
            "was shot dead as he left a rally at a school in Quito on Wednesday evening, 11 days "
            "before the election. Several people were wounded. A suspected gunman died in an "
            "exchange of fire with his security detail, and police arrested six Colombians. The "
            "president declared a 60-day state of emergency and blamed organised crime."
        ),
        "V",
        "assassination",
    ),
    (
        "Explosion in Guayaquil kills five; government calls it terrorism",
        (
            "An explosive device blew up in the Cristo del Consuelo neighbourhood of Guayaquil "
            "early on Sunday, killing five people, injuring 17 and destroying houses and cars, "
            "Ecuador's police said. The interior minister called it an act of terrorism by a gang "
            "whose members had been extorting local shops, and the president declared a state of "
            "emergency in the city."
        ),
        "E V T",
        "bombing",
    ),
    (
        "Eleven Ecuadorian soldiers killed in ambush in illegal mining area",
        (
            "Eleven soldiers were killed and one wounded when members of the Los Lobos gang "
            "attacked an army patrol with rifles, grenades and explosives in the Alto Punino area "
            "of the Amazon on Friday, Ecuador's joint command said. The patrol had been sent to "
            "dismantle illegal gold mining camps. The government declared three days of national "
            "mourning and sent special forces to the area."
        ),
        "B",
        "ambush",
    ),
    (
        "Twenty-two killed in gang clash in Guayaquil neighbourhood",
        (
            "Gunmen from a faction of the Los Tiguerones gang attacked a rival group in the Socio "
            "Vivienda district of Guayaquil on Thursday, killing 22 people and wounding three, "
            "police said. The attackers, some dressed in military-style uniforms, entered the "
            "district in several cars and fired on houses. Officers found rifles and grenades, and "
            "the government sent 400 soldiers to patrol the area."
        ),
        "B V",
        "gang war",
    ),
    (
        "Prison riot in Machala leaves dozens dead and guards held hostage",
        (
            "Inmates of rival gangs fought with guns and explosives at the prison in Machala, in "
            "southern Ecuador, on Sunday, leaving at least 31 prisoners dead, most of them killed "
            "by asphyxiation after a fire in a cell block, the prison service said. Two guards "
            "were held hostage for several hours and a police officer was wounded. Soldiers took "
            "control of the prison at night."
        ),
        "B V",
        "prison riot",
    ),
    (
        "Mayor of Ecuador's Manta shot dead in street attack",
        (
            "The mayor of the port city of Manta was shot dead on Sunday by gunmen who fired on "
            "him as he inspected public works, police said. A woman who was nearby was also "
            "killed."
        ),
        "V",
        "assassination",
    ),
    (
        "Inmates hold 178 guards and staff hostage in Ecuador's prisons",
        (
            "Gang members in seven Ecuadorian prisons were holding 178 guards and administrative "
            "staff hostage on Thursday, the prison service said, as the country's armed forces "
            "began operations against the gangs. Videos circulated of guards being forced at "
            "knifepoint to read messages to the president. One showed a guard being hanged. "
            "Families of the hostages gathered outside the prisons of Cuenca and Azogues."
        ),
        "V",
        "hostage-taking",
    ),
    (
        "Prosecutor investigating TV studio attack shot dead in Guayaquil",
        (
            "An Ecuadorian prosecutor who was leading the investigation into the armed assault on "
            "a television station was shot dead in his car in northern Guayaquil on Wednesday, the "
            "attorney general's office said. Gunmen in another car fired at him several times. "
            "Colleagues said he had not been given a bodyguard."
        ),
        "V",
        "assassination",
    ),
    (
        "Security forces kill 17 as protests in southern Peru turn violent",
        (
            "Seventeen people were killed in clashes between protesters and security forces around "
            "the airport in Juliaca, in the southern Peruvian region of Puno, on Monday, the "
            "health ministry and the ombudsman's office said. Protesters demanding new elections "
            "and the president's resignation tried to take the airport, and police fired at them, "
            "according to witnesses. A police officer was later burned to death in his patrol car. "
            "The government declared a night curfew in the region. Hospitals in Juliaca appealed "
            "for blood donations."
        ),
        "U",
        "crackdown",
    ),
    (
        "Shining Path remnants ambush soldiers in Peru's VRAEM",
        (
            "Seven Peruvian soldiers were killed in an ambush by members of the Militarized "
            "Communist Party in the Valley of the Apurímac, Ene and Mantaro rivers on Saturday, "
            "Peru's joint command said. The patrol was attacked with rifles and explosives while "
            "moving on foot through a valley near the village of Natividad. The armed forces said "
            "they were searching for the group, which they describe as a Shining Path remnant "
            "allied with drug traffickers."
        ),
        "B",
        "ambush",
    ),
    (
        "Sixteen people killed in remote Peruvian valley, army blames Shining Path remnant",
        (
            "Sixteen people, including children, were killed in a remote village in the VRAEM "
            "valley on Sunday night, Peru's armed forces said, blaming the Militarized Communist "
            "Party, which they call a terrorist group. Some of the bodies were burned. Leaflets "
            "found at the scene told people not to vote in the coming election."
        ),
        "V T",
        "massacre",
    ),
    (
        "Thirteen kidnapped mine guards found dead in Peru's Pataz",
        (
            "The bodies of 13 security guards working for a contractor at a gold mine in Pataz, in "
            "northern Peru, were found in a tunnel on Sunday, a week after they were kidnapped by "
            "an armed group, police said. Criminal gangs have fought with rifles and explosives "
            "for the gold seams under the province for years. The government suspended mining in "
            "the area for 30 days and sent troops."
        ),
        "V",
        "massacre",
    ),
    (
        "Bolivian security forces open fire on protesters near Cochabamba",
        (
            "At least nine people were killed when police and soldiers fired on supporters of the "
            "ousted president at a bridge in Sacaba, near Cochabamba, on Friday, Bolivia's "
            "ombudsman said. Coca growers marching towards the city said they were unarmed. The "
            "interim government said protesters had carried weapons and that security forces did "
            "not shoot."
        ),
        "U",
        "crackdown",
    ),
]
