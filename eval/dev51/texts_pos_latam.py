"""dev51 positives: Latin America and the Caribbean (Colombia, Mexico's cartel wars, Haiti,
Ecuador, Rio de Janeiro, Peru's VRAEM, and crackdowns and riots in Argentina, Venezuela and
Bolivia), as the region's English-language outlets write them. POSITIVES = [(title, text, tag
codes, kind), ...]; tag codes from eval/conflictset (TAG_CODES)."""

POSITIVES = [
    (
        "ELN offensive in Catatumbo displaces over 36,000",
        "More than 36,000 people have fled their homes in the Catatumbo region of Norte de Santander since the ELN guerrilla group launched an offensive against FARC dissidents of the 33rd Front, the Ombudsman's Office said. At least 80 people have been killed, and shelters in Cucuta and Tibu are overflowing. The government declared a state of internal commotion in the region.",
        "B D H",
        "offensive",
    ),
    (
        "Dissidents attack Suarez police station with explosive drones",
        "FARC dissidents attacked the police station in Suarez, Cauca, with explosive-laden drones and rifle fire on Sunday, wounding three officers, the National Police said. Residents sheltered in their homes during the four-hour attack.",
        "E B",
        "drone_attack",
    ),
    (
        "Two police officers shot dead in Clan del Golfo 'pistol plan'",
        "Two police officers were shot dead in separate attacks in Antioquia that the police attributed to a 'pistol plan' by the Clan del Golfo, under which the armed group pays a bounty for every officer killed. The Defense Minister ordered 600 more troops to the Bajo Cauca region.",
        "B",
        "targeted_killing",
    ),
    (
        "Military bombs dissident camp in Guaviare, 19 fighters killed",
        "The Colombian military bombed a camp of FARC dissidents in Guaviare department early Tuesday, killing 19 fighters, the Defense Ministry said. It was the first aerial bombing ordered by the government in two years.",
        "E M",
        "airstrike",
    ),
    (
        "Nine dead in Culiacan gunfights as Sinaloa cartel factions battle",
        "Nine people were killed in a series of gunfights in Culiacan on Saturday as the Chapitos and Mayos factions of the Sinaloa cartel fought for control of the city, the Sinaloa Attorney General's Office said. Gunmen blocked roads with burning vehicles, and schools suspended in-person classes.",
        "B",
        "clashes",
    ),
    (
        "Families flee Michoacan community after cartel drone attacks",
        "Dozens of families from a mountain community in Michoacan's Tierra Caliente fled to Apatzingan after the Jalisco New Generation Cartel dropped explosives from drones on their homes for a third day, local authorities said. The army said it had sent 300 soldiers to the area.",
        "E V D",
        "drone_attack",
    ),
    (
        "Cartel gunmen ambush National Guard convoy in Zacatecas",
        "Cartel gunmen ambushed a National Guard convoy on a highway in Zacatecas on Thursday, killing four guardsmen in an hour-long gunfight, the Security Ministry said. The attackers used armored trucks and high-caliber rifles, and one of them was killed.",
        "B",
        "ambush",
    ),
    (
        "Two soldiers killed by cartel landmine in Michoacan",
        "Two soldiers were killed and three wounded when their vehicle hit a landmine planted by the Carteles Unidos near Cotija, Michoacan, the Defense Ministry said. Cartels in the region fight each other and the army with mines and explosive drones.",
        "E",
        "landmine",
    ),
    (
        "Gangs storm Mirebalais, free inmates; thousands flee",
        "Members of the Viv Ansanm gang coalition stormed the town of Mirebalais in Haiti's Centre department on Monday, freeing inmates from the prison and setting homes on fire, the police said. More than 5,000 residents fled, according to the IOM, and police said they were fighting to retake the town.",
        "B V D",
        "gang_attack",
    ),
    (
        "Police and Kenyan-led mission repel gang attack on Kenscoff",
        "Haitian police backed by the Kenyan-led multinational mission repelled an attack by gangs on Kenscoff, above Port-au-Prince, on Wednesday, killing several gang members, the police said. Residents of two hillside neighbourhoods fled to the town centre.",
        "B M D",
        "battle",
    ),
    (
        "Explosive drones strike gang positions in Bel Air, eight dead",
        "Explosive drones operated by a government task force struck gang positions in Port-au-Prince's Bel Air neighbourhood on Friday, killing at least eight people, including two children, a human rights group said.",
        "E M",
        "drone_strike",
    ),
    (
        "Nine soldiers killed in ambush near illegal mine in Orellana",
        "Nine soldiers were killed when an armed group linked to Colombian FARC dissidents ambushed a patrol sent to clear an illegal gold mine in Orellana province, Ecuador's armed forces said. The government declared three days of national mourning.",
        "B",
        "ambush",
    ),
    (
        "Car bomb explodes outside Guayaquil prison",
        "A car bomb exploded outside the Litoral penitentiary in Guayaquil on Friday, damaging a dozen homes, a day after the government moved gang leaders to a maximum-security prison, police said. The government, which has declared the gangs terrorist groups, called it a terrorist act.",
        "E T",
        "car_bomb",
    ),
    (
        "17 inmates killed as rival gangs fight with rifles in Machala prison",
        "Seventeen inmates were killed in fighting between rival gangs armed with rifles and explosives inside the Machala prison, Ecuador's prison agency said. Soldiers entered the prison to retake control, as part of what the government calls an internal armed conflict against the gangs.",
        "B M",
        "prison_clashes",
    ),
    (
        "Police operation in Complexo do Alemao leaves 12 dead",
        "A police operation against the Comando Vermelho in Rio de Janeiro's Complexo do Alemao left 12 people dead on Tuesday, including a police officer, after hours of gunfights, the state security secretariat said. Schools and health clinics in the area closed, and buses were set on fire.",
        "B M",
        "raid",
    ),
    (
        "Three soldiers killed in ambush in the VRAEM",
        "Three soldiers were killed when remnants of the Shining Path ambushed an army patrol in the Valley of the Apurimac, Ene and Mantaro Rivers (VRAEM), Peru's Joint Command of the Armed Forces said. It called the attackers narco-terrorists.",
        "B T",
        "ambush",
    ),
    (
        "Pensioners' march ends in clashes; photographer critically injured",
        "A Wednesday march by pensioners outside Congress ended in clashes as security forces fired rubber bullets and tear gas and some protesters threw stones, officials said. A photographer was critically injured by a tear gas canister, and 114 people were arrested.",
        "U",
        "crackdown",
    ),
    (
        "At least 11 dead as protests over election result are crushed",
        "At least 11 people were killed and hundreds arrested as security forces and armed colectivos broke up protests against the official election result in Caracas and other cities, the rights group Foro Penal said.",
        "U",
        "crackdown",
    ),
    (
        "Three police officers killed in Llallagua blockade clashes",
        "Three police officers were killed in clashes with supporters of a former president who were blocking roads in Llallagua, Potosi, the Bolivian government said, accusing the protesters of using explosives and firearms. Dozens of people were injured.",
        "U",
        "riot",
    ),
]
