"""Kenya's North Rift (Baringo, Turkana, West Pokot, Elgeyo Marakwet, Samburu, Laikipia) and
Ethiopia (Oromia-Somali, Gedeo-Guji, Konso, Metekel, Afar-Issa, Amhara-Oromia), 2016-2025."""

from _wrap import item

item(
    "Bandits kill herders in Kerio Valley raid",
    """ELDORET, Kenya - Bandits killed [[three herders|killed;a=police]] and stole [[more than
    400 goats|other;a=police]] in an attack at Chesegon on the border of West Pokot and Elgeyo
    Marakwet counties on Monday morning, police said. A {{14-year-old}} boy was among [[two
    people|injured]] wounded in the crossfire. The raid came a day after a peace caravan led by
    local leaders passed through the area.""",
)

item(
    "Kenya deploys soldiers to North Rift",
    """Kenya has deployed [[about 400 soldiers|combatants;a=Interior ministry officials]] to
    Baringo, West Pokot, Turkana, Samburu, Elgeyo Marakwet and Laikipia to back the police in an
    operation against cattle rustlers, Interior ministry officials said on Tuesday. The
    operation, the {{second}} in {{three years}}, follows the killing of [[more than 100
    people|killed;a=the officials]] in the region since {{January}}, the officials said.
    Residents were given {{seven days}} to surrender illegal guns.""",
)

item(
    "Police reservists recruited in Turkana",
    """The government will recruit [[1,500 Kenya Police Reservists|combatants;p;a=Rift Valley
    regional commissioner Ali Mohamed]] in Turkana, Baringo and West Pokot to protect herders
    from raiders, Rift Valley regional commissioner Ali Mohamed said. Each reservist will be
    armed and paid a monthly allowance of {{Sh10,000}}. [[Some 300 of
    them|combatants;p;n=-;a=Rift Valley regional commissioner Ali Mohamed]] will be posted along
    the Turkana-Pokot border, he said.""",
)

item(
    "Kapedo raid: camels stolen, school closed",
    """Armed Pokot raiders drove off [[about 230 camels|other;a=the local chief]] and [[1,100
    goats and sheep|other;n=goats and sheep;a=the local chief]] from Kapedo on the
    Baringo-Turkana border on Wednesday, the local chief said. [[Two boys|killed]] herding the
    animals were shot dead. Kapedo Mixed Primary School, with [[612 pupils|civilians]], was closed
    for the {{third}} time this term.""",
)

item(
    "Court charges 14 over Laikipia ranch invasion",
    """A Nanyuki court on Thursday charged [[14 herders|arrested]] with incitement and malicious
    damage after [[a dozen lodges|housing;u=structure]] on a private ranch in Laikipia were
    torched. The prosecution said the men drove [[about 2,000 cattle|other;a=The prosecution]]
    onto the ranch, where drought had left little grass. They were released on bail of
    {{Sh200,000}} each.""",
)

item(
    "Turkana herders missing after Ilemi clash",
    """[[Eleven Turkana herders|missing;a=Turkana county officials]] are missing after a clash
    with Nyangatom raiders from Ethiopia in the Ilemi Triangle, Turkana county officials said on
    Friday. They said the raiders took [[about 1,800 head of cattle|other;a=Turkana county
    officials]]. The Kenya Defence Forces sent [[two helicopters|other]] to search for the
    herders.""",
)

item(
    "Samburu families flee to Archers Post",
    """[[More than 700 families|displaced;a=the Kenya Red Cross]] have fled their homes in
    Samburu East after a week of attacks by raiders from Isiolo, the Kenya Red Cross said. The
    society said [[four primary schools|other;a=The society;alt=the Kenya Red Cross]] had closed
    and [[1,300 pupils|civilians;a=The society;alt=the Kenya Red Cross]] were out of class. It
    is distributing food to [[5,000 people|aid]] at a camp in Archers Post.""",
)

item(
    "Ethiopia's Somali-Oromo border clashes displace hundreds of thousands",
    """Clashes along the border between Ethiopia's Oromia and Somali regions have displaced
    [[hundreds of thousands of people|displaced;a=the International Organization for Migration]]
    since {{September}}, the International Organization for Migration said. The government put
    the number at [[more than 700,000|displaced;a=The government]], most of them ethnic Oromo
    expelled from the Somali region. Federal officials said [[at least 400
    people|killed;a=Federal officials]] had died.""",
)

item(
    "Gedeo displaced face hunger in camps",
    """[[About 800,000 people|displaced;a=the UN Office for the Coordination of Humanitarian
    Affairs]] have fled violence between Gedeo and Guji communities in southern Ethiopia, the UN
    Office for the Coordination of Humanitarian Affairs said, most of them living in [[more than
    100 sites|capacity;u=other;a=the UN Office for the Coordination of Humanitarian Affairs]] in
    the Gedeo zone. Aid workers said {{one in five}} children in the camps was acutely
    malnourished.""",
)

item(
    "Konso violence burns dozens of villages",
    """Violence in Ethiopia's Konso zone has displaced [[about 90,000 people|displaced;a=the
    zone administration]] and left [[at least 46 villages|housing;a=the zone administration]]
    burned, the zone administration said on Monday. Federal police said they had arrested [[91
    suspects|arrested;a=Federal police]], including [[three local officials|arrested;a=Federal
    police]].""",
)

item(
    "Gunmen kill villagers in Metekel",
    """Gunmen killed [[more than 80 people|killed;a=the Ethiopian Human Rights Commission]] in
    an attack on Bekoji village in the Metekel zone of Benishangul-Gumuz region, the Ethiopian
    Human Rights Commission said on Wednesday. A survivor said the attackers burned [[at least
    60 houses|housing;a=A survivor]] in the village. A regional official said [[up to 200
    militiamen|combatants;a=A regional official]] took part in the attack.""",
)

item(
    "Afar and Issa clashes kill 27",
    """Clashes between Afar and Somali Issa clansmen near the town of Gedamaytu killed [[27
    people|killed;a=the Afar regional government]], the Afar regional government said on Sunday,
    the latest in a dispute over [[three kebeles|other;u=other;a=the Afar regional government]]
    claimed by both regions. A Somali region spokesman said [[dozens of civilians|killed;a=A
    Somali region spokesman]] had died, without giving a number. Trade on the Addis
    Ababa-Djibouti road, which carries about {{95%}} of Ethiopia's imports, was halted for {{two
    days}}.""",
)

item(
    "Kemise attacks: thousands flee towns",
    """[[Tens of thousands of people|displaced;a=local officials]] have fled the towns of Ataye
    and Kemise in Ethiopia's Amhara region after clashes between Amhara militias and armed men
    from the Oromo Special Zone, local officials said. The regional government said [[1,539
    houses|housing;a=The regional government]] had been burned in Ataye. The federal government
    said it had deployed [[3,000 troops|combatants;a=The federal government]] to the area.""",
)

item(
    "Returnees receive seeds in West Guji",
    """[[About 12,000 households|returned;a=the regional government]] have returned to West Guji
    and Gedeo after a peace deal between community leaders, the regional government said. Aid
    agencies handed [[8,000 of them|aid;n=-;u=household]] seeds and tools for the planting
    season that begins in {{March}}.""",
)

item(
    "Bodies buried after massacre in western Oromia",
    """Residents of Gimbi in western Ethiopia said on Monday they had buried [[more than 230
    bodies|killed;a=Residents of Gimbi in western Ethiopia]], most of them ethnic Amhara, after
    gunmen attacked [[four villages|other;a=Residents of Gimbi in western Ethiopia]] on
    Saturday. One survivor, a {{56-year-old}} farmer, said he had counted [[48
    bodies|killed;a=One survivor]] in his own village. The government blamed a rebel group; the
    group denied it.""",
)

item(
    "Jijiga unrest: churches burned, 29 dead",
    """Mobs in Jijiga, the capital of Ethiopia's Somali region, burned [[eight
    churches|housing;a=the Orthodox Church]] and looted shops on Saturday, the Orthodox Church
    said, as [[29 people|killed;a=a hospital official]] were killed, according to a hospital
    official. Federal troops were deployed in the evening. [[About 140,000
    people|displaced;a=the UN]], many of them ethnic Amhara and Oromo, sought refuge in churches
    and at a military base, the UN said later.""",
)

item(
    "Moyale fighting sends thousands into Kenya",
    """[[About 10,000 Ethiopians|displaced;a=the Kenya Red Cross]] have crossed into Kenya at
    Moyale since fighting between Borana and Garre militias broke out on the Ethiopian side, the
    Kenya Red Cross said on Thursday. It has set up [[three camps|capacity]] near Sololo. Most
    of the arrivals are women, children and the elderly.""",
)

item(
    "Marsabit curfew after Borana-Gabra killings",
    """Kenya imposed a dusk-to-dawn curfew on parts of Marsabit county on Wednesday after
    [[seven people|killed;a=police]], including [[two children|killed;a=police]], were shot dead
    in attacks blamed on clan militias, police said. Interior officials said [[several dozen
    police officers|combatants;a=Interior officials]] had been sent from Nairobi and that [[11
    people|arrested;a=Interior officials]] had been arrested. The killings have been traced to a
    feud over pasture and water points that dates back to {{2005}}.""",
)

item(
    "Tot hospital overwhelmed by gunshot cases",
    """Tot sub-county hospital in Elgeyo Marakwet received [[18 patients|injured;a=a nurse]]
    with gunshot wounds in {{48 hours}}, a nurse said, after raiders from Baringo struck
    villages on the floor of the Kerio Valley. [[Four patients|injured]] were transferred to Moi
    Teaching and Referral Hospital in Eldoret, {{120 km}} away.""",
)

item(
    "Kainuk residents shelter in schools",
    """[[About 2,800 people|displaced;a=the Kenya Red Cross]] displaced by raids near Kainuk on
    the Turkana-West Pokot border are sheltering in [[two schools|capacity;a=the Kenya Red
    Cross]] and a church, the Kenya Red Cross said. The county government sent [[600 bags of
    maize|aid;n=bags;u=other]] and [[200 bags of beans|aid;n=bags;u=other]] on Friday.""",
)

item(
    "Pokot elders hand back stolen cattle",
    """Pokot elders handed back [[87 cattle|other;a=the county commissioner]] stolen from
    Turkana herders during a peace meeting in Lodwar on Saturday, the county commissioner said.
    The elders also handed [[12 young men|arrested]] accused of the raid to the police. It was
    the {{fifth}} such meeting since {{2022}}.""",
)

item(
    "Konso court jails 23 over ethnic violence",
    """A court in Karat, the administrative centre of Ethiopia's Konso zone, sentenced [[23
    people|arrested;a=the zone's justice office]] to prison terms of between {{three and 15
    years}} for their role in last year's violence, the zone's justice office said. The office
    said [[another 41 suspects|arrested;a=The office;alt=the zone's justice office]] were
    awaiting trial.""",
)

item(
    "Somali region police deployed to Afar border",
    """The Somali regional state said it had deployed [[2,000 Liyu police|combatants;a=The
    Somali regional state]] along its border with Afar after a week of clashes. The Afar region
    said the deployment violated a {{2014}} agreement and that [[13 of its
    residents|killed;n=residents;a=The Afar region]] had been killed on Tuesday.""",
)
