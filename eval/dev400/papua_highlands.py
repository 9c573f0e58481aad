"""dev400 items: Intan Jaya, Puncak, Yahukimo, Pegunungan Bintang and Mimika."""

from _wrap import item

item(
    "Pastor shot dead in Intan Jaya, villagers flee",
    """
    A pastor was shot dead in Hitadipa district of Intan Jaya on Saturday, days after rebels
    killed [[two soldiers|killed;a=the army]] in the same area, the army said. Church leaders
    blamed soldiers for the killing of the pastor, Yeremia Zanambani, {{68}}, and said
    [[hundreds of residents|displaced;a=Church leaders]] had fled Hitadipa for the forest or for
    Sugapa, the regency seat. [[About 800 people|displaced;a=the Intan Jaya government]] were
    sheltering at [[four churches|capacity;a=the Intan Jaya government]] in Sugapa, the Intan Jaya
    government said. The military said rebels had also killed [[one motorcycle-taxi
    driver|killed;a=The military]] and burned [[a dozen houses|housing;a=The military]] in
    Hitadipa. A fact-finding team formed by the security minister said on {{21 October 2020}}
    that security personnel were probably involved in the pastor's death.
    """,
)

item(
    "Intan Jaya's displaced crowd into Sugapa churches",
    """
    [[Some 1,237 people|displaced;a=the local disaster agency]] from villages around Sugapa were
    living in churches and schools in the town at the end of October, the local disaster agency
    said. The agency said they were spread across [[eight churches|capacity;a=The agency;alt=the
    local disaster agency]] and [[two school buildings|capacity;a=The agency;alt=the local
    disaster agency]]. A church hall in Bilogai, built to hold [[up to 250
    worshippers|capacity;a=the parish priest]], was sleeping nearly three times that, the parish
    priest said. The Social Affairs Ministry delivered [[500 sacks|aid]] of rice and [[1,200
    blankets|aid]] by air on {{29 October}}. [[Between 150 and 200 children|civilians;a=UNICEF]]
    in the shelters were at risk of pneumonia, UNICEF said. Most families walked {{two days}}
    to reach the town, carrying children and pigs.
    """,
)

item(
    "Rebels kill intelligence chief in Papua's Puncak",
    """
    Rebels in Papua shot dead the regional head of Indonesia's state intelligence agency in
    Puncak regency on Sunday, the military said, the most senior official killed in the conflict.
    Brigadier General I Gusti Putu Danny, {{51}}, was ambushed near Dambet village in Beoga
    district while travelling with [[five soldiers|combatants]]. [[One of his
    escorts|injured;a=the military]] was wounded, it said. His death came days after rebels
    killed [[two teachers|killed;a=police]] in Beoga and burned [[three schools|housing;a=police]],
    police said. [[About 400 Mobile Brigade officers|combatants;p;a=National police chief
    Listyo Sigit Prabowo]] would be sent to Puncak, National police chief Listyo Sigit Prabowo
    said. Church groups said [[more than 1,000 residents|displaced;a=Church groups]] had fled Beoga
    for Ilaga since the teachers were killed. The government said on {{29 April 2021}} it would
    designate the rebels a terrorist group.
    """,
)

item(
    "Eight telecom workers killed in Papua attack, police say",
    """
    Armed rebels killed [[eight workers|killed;a=police]] repairing a telecommunications tower in
    Beoga district of Puncak regency, police said on Thursday. The men worked for Palapa Timur
    Telematika, a contractor for the state-owned telecoms firm. [[One worker|other;a=police]]
    survived by hiding in the bush and was rescued on Friday, police said. The bodies were carried
    out by [[some 60 soldiers and police|combatants;n=soldiers and police]] sent from Ilaga.
    Satgas Nemangkawi spokesman Iqbal Alqudussy said [[seven of the
    bodies|killed;n=bodies;a=Satgas Nemangkawi spokesman Iqbal Alqudussy]] had been identified.
    The TPNPB claimed the attack and said it had taken [[two rifles|other;a=The TPNPB]] from the
    workers' guards. [[About 300 residents|displaced;a=the Puncak government]] of Beoga fled to Ilaga after the
    attack, the Puncak government said. Police said [[between 10 and 15 gunmen|combatants;a=Police]]
    took part. Telkomsel said service would be cut in Beoga for at least {{a month}}.
    """,
)

item(
    "Health worker killed as rebels torch clinic in Kiwirok",
    """
    Rebels attacked Kiwirok district of Pegunungan Bintang regency on Monday, killing [[one health worker|killed;a=police]] and burning the town's clinic, police said. [[Four other health
    workers|injured;a=police]] were wounded, and [[one|missing;n=-;a=police]] was still missing
    after falling into a ravine while fleeing, police said. The body of the missing nurse,
    Gabriella Meilani, {{22}}, was recovered on Wednesday. The attackers burned the clinic, a
    primary school, a bank office and [[five teachers' houses|housing]]. [[Nine health workers|displaced;a=the
    health ministry]] and [[11 teachers|displaced;a=the health ministry]] were evacuated by air to
    Oksibil, the health ministry said. Kiwirok's [[about 3,000 residents|displaced;a=the Catholic
    diocese of Jayapura]] fled into the forest and towards the border with Papua New Guinea,
    according to the Catholic diocese of Jayapura.
    """,
)

item(
    "Papuan refugees cross into Papua New Guinea after Kiwirok fighting",
    """
    [[More than 2,000 Papuans|displaced;a=officials in Papua New Guinea's West Sepik
    province]] have crossed into Papua New Guinea since fighting broke out in Kiwirok last month,
    officials in Papua New Guinea's West Sepik province said. [[About 600|displaced;n=-;a=the
    provincial administrator]] were staying at a church compound in Tumolbil, the provincial
    administrator said, and the rest with clan relatives in
    border villages. The administration had sent [[two trucks|aid;a=The administration]] of rice
    and tinned fish. [[At least 30 of the refugees|injured;n=refugees;a=Catholic
    sisters]] had wounds or burns, Catholic sisters running a clinic there said. [[Some
    250|returned;n=-;a=Indonesia's foreign ministry]] had gone back to Kiwirok, Indonesia's foreign
    ministry said. [[Between 15 and 20 families a week|displaced;a=the
    administrator]] were still arriving, the administrator said. The border, {{760 kilometres}} long, is largely unguarded.
    """,
)

item(
    "New Zealander shot dead at Freeport mine office in Papua",
    """
    Gunmen shot dead a New Zealand employee of Freeport Indonesia at the
    company's office complex in Kuala Kencana on Monday, police said. [[Two Indonesian
    workers|injured;a=the company]] were wounded, the company said. [[About 40 expatriate staff|displaced;a=the company]] were moved to Jakarta, the company
    added. The victim, Graeme Wall,
    {{57}}, was a mining engineer. [[About 1,000 residents|displaced;a=a Mimika government
    official]] of the nearby Banti and Kimbeli villages were moved to Timika after the attack, a
    Mimika government official said. Police said [[about 20 rebels|combatants;a=Police]] had taken
    part in the shooting. [[Three suspects|arrested;a=police]] were later arrested, police said.
    [[Some 700 police and soldiers|combatants;n=police and soldiers;a=the Cartenz
    task force]] were deployed around Tembagapura, the Cartenz task force said. Freeport said the
    Grasberg mine, {{3,500 metres}} up, was operating normally.
    """,
)

item(
    "Army says eight rebels killed in Puncak operation",
    """
    Indonesia's army said on Friday that [[eight rebels|killed;a=Indonesia's army]] had been
    killed in an operation in Gome district of Puncak, among them a local commander. The army
    said troops had seized [[three assault rifles|other;a=The army]] and [[more than 200
    rounds|other;a=The army]] of ammunition. The TPNPB said [[five of the dead|killed;n=dead;a=The
    TPNPB]] were farmers, not fighters. [[Some 3,000 people|displaced;a=the Puncak
    government]] in Gome and Ilaga had left their homes since the start of the operation, the
    Puncak government said. [[Between 2,000 and 3,000 soldiers|combatants;a=a Jakarta-based
    analyst]] are deployed in the regency, a Jakarta-based analyst estimated. The operation,
    launched on {{3 April 2024}}, was named after the mountain Gome lies beneath.
    """,
)

item(
    "Rebels kill gold miners in Yahukimo",
    """
    Rebels killed [[at least 11 gold miners|killed;a=police]] at an illegal mine in Yahukimo
    regency, police said on Wednesday, and the TPNPB said the dead were soldiers. Police said
    [[12 bodies|killed;a=Police]] had been found and [[four miners|missing;a=Police]] were
    still missing. [[Twenty-three miners|displaced]] were evacuated to Dekai, the
    regency seat. TPNPB spokesman Sebby Sambom said his fighters had given the miners
    {{three days}} to leave and had killed [[up to 17 people|killed;a=TPNPB spokesman Sebby
    Sambom]] it accused of spying. Yahukimo's regent said [[about 400 miners|civilians;a=Yahukimo's
    regent]] were still working the river camps. The killings happened between {{6 and 9 April
    2025}}, according to police.
    """,
)

item(
    "Teacher killed, schools burned in Yahukimo's Anggruk",
    """
    Rebels attacked teachers in Anggruk district of Yahukimo on Friday, killing [[one
    teacher|killed;a=the education office]] and wounding [[six|injured;n=-;a=the education
    office]], the education office said. The teachers, who came to Anggruk under a programme
    that pays {{Rp 10 million}} a month, were in their dormitory when the attackers arrived.
    [[Two school buildings|housing;a=police]] and the teachers' dormitory
    were burned, police said. [[All 37 teachers|displaced;a=the regency]] posted in the district
    would be withdrawn, the regency said. Church workers said [[at least 500
    pupils|other;a=Church workers]] had no school to go to. [[Seven
    suspects|arrested]] were arrested in Dekai in {{late March}}.
    """,
)

item(
    "Ilaga's displaced await food as fighting continues",
    """
    [[More than 4,500 people|displaced;a=the regency's social affairs office]] displaced by
    fighting in Puncak are sheltering in Ilaga, the regency's social affairs office said on
    Tuesday. Most are sleeping at [[six displacement sites|capacity;a=the office;alt=the
    regency's social affairs office]] around the airstrip and in the Gome church, the office said.
    [[About 1,100 families|aid;a=the office;alt=the regency's social affairs office]] have received
    rice since {{mid-May}}, and [[another 900|aid;p;u=household;a=the office;alt=the regency's social
    affairs office]] are due to receive it this week. The social affairs ministry flew in [[18
    tonnes|aid;a=The social affairs ministry]] of food on Monday. [[Two children|killed;a=health workers]] have
    died of diarrhoea in the sites, health workers said. The regency's [[population of about
    38,000|civilians;n=-]] lives scattered across steep valleys.
    """,
)

item(
    "Paniai killings case ends in acquittal",
    """
    A human rights court in Makassar on Thursday acquitted a retired army officer over the killing
    of [[four students|killed]] in Paniai in {{December 2014}}, the only defendant in
    the case. Prosecutors had said [[21 people|injured;a=Prosecutors]] were also wounded when
    security forces fired on protesters in Enarotali. The judges said the defendant, {{78}}, could
    not be held responsible. Komnas HAM, which had classified the case as a gross violation,
    said [[more than 30 witnesses|other;a=Komnas HAM]] had testified. [[More than 100 police officers|combatants]] guarded the courthouse on
    Thursday. The families said [[about 800 residents|other;a=The families]] had joined the protest in
    Enarotali that day. Amnesty International Indonesia said the verdict, on {{8 December 2022}}, denied justice to the families of the
    victims, who had refused to testify in protest.
    """,
)

item(
    "Rebels free construction workers held in Puncak",
    """
    Rebels in Puncak freed [[five construction workers|kidnapped;a=police]] they had held for
    {{nine days}}, police said on Sunday. The men had been building a bridge near Sinak when
    [[about 15 armed men|combatants;a=police]] seized them, police said. [[Two of the
    hostages|kidnapped;n=hostages]] were treated at the Ilaga clinic for exhaustion.
    [[One other worker|killed]] had been shot dead during the abduction. Church mediators said
    the TPNPB had demanded the release of [[three of its members|arrested;n=members;a=Church
    mediators]] held in Timika. The company said it had suspended work on [[all four
    bridges|other;u=structure;a=The company]] it was building in the regency.
    """,
)

item(
    "Rebels fire on planes at Papua airstrips",
    """
    Rebels fired on [[two aircraft|other;a=police]] at the airstrip of Oksibil in Pegunungan
    Bintang on Tuesday, police said, the latest in a series of attacks on flights into the
    highlands. No one was hurt. [[One pilot|injured]] was wounded last
    month when a plane was hit on approach to Beoga. Airlines suspended [[at least 12
    flights|other;a=the regional transport office]] a week to the highlands, the regional transport
    office said. [[About 70 passengers|displaced;a=airport staff]] were stranded in Oksibil,
    airport staff said. Police have deployed [[50 officers|combatants]] to guard the airstrip. Police said [[about 30
    rebels|combatants;a=Police]] had taken part in the attack, which lasted {{40 minutes}}.
    """,
)

item(
    "Intan Jaya gold block stirs fears of more troops",
    """
    Church leaders in Intan Jaya have urged the government to drop plans to mine the Wabu block,
    which the energy ministry says holds {{8.1 million ounces}} of gold worth about {{$14 billion}}.
    The block covers {{69,118 hectares}} of forest. Mining would require a state firm to hold {{51
    percent}}, under rules adopted in {{2020}}. Critics say Intan Jaya's security operations since
    {{2019}} began as the mining plans advanced. The energy ministry said on {{12 February 2025}}
    that no permit had been issued.
    """,
)

item(
    "Puncak's budget bends toward security",
    """
    Puncak regency will spend {{Rp 87 billion}} on security and order in {{2025}}, about {{9
    percent}} of its budget, up from {{Rp 52 billion}} in {{2023}}, the regency's finance office
    said. Health spending fell by {{14 percent}} over the same period. The regency's revenue is
    almost entirely from special autonomy transfers of {{Rp 1.3 trillion}}. The regional
    parliament approved the budget on {{30 November 2024}}, after {{four days}} of debate.
    """,
)
