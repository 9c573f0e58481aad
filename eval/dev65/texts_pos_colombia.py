"""Positives of eval/dev65: Colombia: the ELN, FARC dissidents and the Gulf Clan, social leaders and
former combatants killed, confinements, displacement, landmines, the 2021 protests (README.md)."""

POSITIVES = [
    (
        "ELN offensive in Catatumbo kills dozens and drives tens of thousands from their homes",
        (
            "Fighters of the National Liberation Army (ELN) have attacked FARC dissident positions "
            "and villages across Colombia's Catatumbo region since Thursday, killing at least 80 "
            "people, among them former guerrillas who signed the 2016 peace deal and a social "
            "leader, officials said. More than 36,000 people have fled, most of them to Cúcuta and "
            "Ocaña, where sports centres and schools have been turned into shelters. The "
            "ombudsman's office said armed men were going house to house with lists of names. The "
            "government suspended peace talks with the ELN and sent 5,000 troops to the area. In "
            "Tibú, dozens of families sheltered inside the army base."
        ),
        "B V D H",
        "offensive",
    ),
    (
        "Truck bomb near Cali air base kills six; helicopter downed by drone in Antioquia",
        (
            "A truck loaded with explosives blew up on a busy avenue next to the Marco Fidel "
            "Suárez military aviation school in Cali on Thursday, killing six civilians and "
            "wounding more than 60, the mayor said. Hours earlier, a police helicopter on a coca "
            "eradication mission was brought down by a drone in Amalfi, Antioquia, killing 13 "
            "officers. The president blamed FARC dissident factions and the Gulf Clan for the "
            "attacks and said they would be treated as terrorist organisations."
        ),
        "E T V",
        "bombing",
    ),
    (
        "FARC dissidents attack Cauca police stations with drones and explosives",
        (
            "FARC dissidents of the Central General Staff attacked police stations in Suárez and "
            "Morales in Colombia's Cauca department overnight, dropping explosives from drones and "
            "firing rifles at the buildings for hours, the national police said. Two officers were "
            "wounded, and a motorcycle bomb damaged houses near the station in Morales. The army "
            "said it had sent reinforcements and that fighting continued in rural areas on Friday "
            "morning."
        ),
        "E B",
        "drone attack",
    ),
    (
        "Gulf Clan offers bounties for police as attacks on officers mount",
        (
            "Colombia's police said on Wednesday that 36 officers had been killed in a month in "
            'what commanders call a "plan pistola" by the Gulf Clan, which is offering payments '
            "to gunmen for each officer killed. Most of the dead were shot while off duty or at "
            "checkpoints in Antioquia, Córdoba and Bolívar, and a police station in Caucasia was "
            "attacked with grenades. The defence minister ordered patrols doubled in the affected "
            "towns."
        ),
        "B E",
        "attacks on police",
    ),
    (
        "Gulf Clan armed strike paralyses northern Colombia",
        (
            'The Gulf Clan ordered an "armed strike" across 11 departments of northern Colombia '
            "after its leader was extradited, and for four days gunmen enforced it by burning "
            "buses and lorries, closing shops at gunpoint and killing at least six civilians, the "
            "ombudsman's office said. Hundreds of thousands of people stayed at home in towns "
            "across Antioquia, Córdoba and Sucre, and food and fuel ran short in some of them. "
            "Police reported 180 vehicles attacked."
        ),
        "V H",
        "armed strike",
    ),
    (
        "Indigenous and Afro-Colombian communities confined by fighting in Chocó",
        (
            "About 8,000 people in 30 Indigenous and Afro-Colombian communities along the Baudó "
            "river have been confined to their villages for three weeks by clashes between the ELN "
            "and the Gulf Clan, the UN humanitarian office said. Armed men have barred them from "
            "fishing, farming or travelling by river, and food stocks are running out. A child "
            "died of diarrhoea in one village, and a health team could not reach it. Aid agencies "
            "asked the armed groups to allow a humanitarian mission through."
        ),
        "H B",
        "confinement",
    ),
    (
        "Indigenous leader shot dead in Cauca; dissidents blamed",
        (
            "An Indigenous governor who had opposed the recruitment of children by armed groups "
            "was shot dead at his home in Toribío, Cauca, on Sunday night, the regional Indigenous "
            "council said. The council blamed the FARC dissident Dagoberto Ramos front, which has "
            "threatened community guards in the area. According to Indepaz, he was the 74th social "
            "leader killed in Colombia this year."
        ),
        "V",
        "killing of social leader",
    ),
    (
        "Colombian army bombing of dissident camp killed minors, officials confirm",
        (
            "Colombia's defence minister confirmed on Monday that minors were among the 10 people "
            "killed when the air force bombed a camp of FARC dissidents in Guaviare last week. The "
            "minister said the camp belonged to a faction led by a former FARC commander, that the "
            "operation was legal, and that armed groups who recruit children bear the "
            "responsibility. Human rights groups called for the bombings to be suspended."
        ),
        "M E",
        "air strike",
    ),
    (
        "Former FARC fighter who signed peace deal killed in Meta",
        (
            "A former FARC guerrilla who had laid down his weapons under the 2016 peace agreement "
            "was shot dead while working on a cooperative farm in Mesetas, Meta, the party founded "
            "by former FARC members said on Saturday. Two men on a motorcycle fired at him and "
            "fled. The UN verification mission has counted more than 400 former combatants killed "
            "since the deal was signed, and the party said dissident groups were behind most of "
            "the killings in the region."
        ),
        "V",
        "targeted killing",
    ),
    (
        "Car bomb kills 21 at Bogotá police academy; ELN claims attack",
        (
            "A car packed with 80 kilograms of explosives burst into the grounds of the General "
            "Santander police academy in southern Bogotá on Thursday morning and exploded during a "
            "graduation ceremony, killing 21 cadets and the driver and wounding dozens. The "
            "government called it a terrorist attack. The ELN later said it had carried out the "
            "bombing, and the president ended peace talks with the group."
        ),
        "E T",
        "car bomb",
    ),
    (
        "ELN holds father of Liverpool footballer; Colombia launches search",
        (
            "Armed men seized the parents of the Colombian international Luis Díaz at a petrol "
            "station in Barrancas, La Guajira, on Saturday, and the government said on Thursday "
            "that the ELN was holding the father. His mother was rescued by police hours after the "
            "abduction. Hundreds of soldiers and police were searching the mountains along the "
            "Venezuelan border, and the footballer appealed to the rebels to free him."
        ),
        "V",
        "abduction",
    ),
    (
        "Clashes between ELN and dissidents in Arauca leave 27 dead",
        (
            "At least 27 people were killed in clashes between the ELN and FARC dissidents in the "
            "eastern department of Arauca over the first days of the year, the defence minister "
            "said. Many of the dead were found along rural roads near the Venezuelan border. "
            "Hundreds of families fled to the town of Tame and the departmental capital, and the "
            "government sent three battalions to the area."
        ),
        "B D",
        "armed clashes",
    ),
    (
        "Eight young people killed in massacre in Nariño",
        (
            "Gunmen burst into a gathering of university students at a rural house in Samaniego, "
            "Nariño, on Saturday night and shot dead eight people aged between 17 and 25, the "
            "mayor said. The area is contested by the ELN, FARC dissidents and drug trafficking "
            "groups. It was the third massacre in Colombia in a week, according to the UN human "
            "rights office."
        ),
        "V",
        "massacre",
    ),
    (
        "Presidential hopeful shot in head at campaign rally in Bogotá",
        (
            "A conservative senator and presidential hopeful was shot twice in the head at a "
            "campaign event in a park in western Bogotá on Saturday afternoon and was in critical "
            "condition, his party said. A 15-year-old suspect was arrested at the scene with a "
            "pistol. The president condemned the attack and said investigators were looking at "
            "whether an armed group had ordered it. The senator died two months later."
        ),
        "V",
        "assassination attempt",
    ),
    (
        "Army launches operation to retake El Plateado from dissident faction",
        (
            "About 1,200 Colombian soldiers and police entered El Plateado, in the Micay canyon of "
            "Cauca, on Saturday in an operation to retake the coca-growing town from FARC "
            "dissidents who had controlled it for years. Troops exchanged fire with the dissidents "
            "on the approaches, and several families left for Argelia. The defence minister said "
            "the state would build a police station, a school and a clinic, and that the troops "
            "would stay."
        ),
        "M B D",
        "military operation",
    ),
    (
        "Protests in Cali turn deadly as police fire on demonstrators",
        (
            "At least 13 people were killed in Cali over the weekend in clashes between protesters "
            "and police and between demonstrators and armed civilians, according to human rights "
            "groups. Protesters blocked the main roads of the city for a second week during the "
            "national strike and burned several police posts and buses. Videos showed men in plain "
            "clothes firing at protesters alongside police officers. The president sent soldiers "
            "to the city."
        ),
        "U",
        "crackdown",
    ),
    (
        "Children wounded by landmine on way to school in Nariño",
        (
            "Three children were seriously injured on Tuesday when a landmine exploded on the path "
            "they used to walk to school in a rural area of Roberto Payán, Nariño, local officials "
            "said. The area is contested by armed groups who plant mines around coca crops. "
            "Colombia has registered more than 12,000 victims of landmines since 1990, and "
            "demining teams cannot work in much of the department."
        ),
        "E V",
        "landmine",
    ),
    (
        "Dozens of dissident fighters killed as rival factions clash in Guaviare",
        (
            "Fighting between two rival FARC dissident factions in the jungle of Guaviare has "
            "killed at least 20 combatants in three days, Colombia's army said on Monday. Soldiers "
            "recovered bodies and weapons after the clashes near El Retorno. The factions, which "
            "split last year, are fighting for coca-growing areas and smuggling routes, and the "
            "army said it had increased patrols in the area."
        ),
        "B",
        "armed clashes",
    ),
]
