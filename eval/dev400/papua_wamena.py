"""dev400 items: the 2019 unrest in Wamena, Jayapura, Deiyai and West Papua, and later riots."""

from _wrap import item

item(
    "Dozens dead as rioters torch Wamena",
    """
    [[At least 26 people|killed;a=police]] were killed and [[66|injured;n=-;a=police]] injured
    when rioters set fire to government offices, shops and homes in the highland town of Wamena
    on Monday, police said. Most of the dead were migrants from other parts of Indonesia, some of
    them trapped inside burning buildings. The riot was sparked by a rumour that a teacher had
    insulted a student. Police said [[more than 150 buildings|housing;a=Police]] and [[about 80
    cars and motorcycles|other;n=cars and motorcycles;a=Police]] were set alight. [[About 5,000
    residents|displaced;a=the Jayawijaya military commander]] took refuge at the police station,
    the military district command and churches, the Jayawijaya military commander said. Police
    arrested [[nine people|arrested]] on Monday night. [[Some 200 extra police and
    soldiers|combatants;n=police and soldiers]] were flown in from Jayapura the next morning.
    """,
)

item(
    "Air force flies thousands out of Wamena",
    """
    The air force has flown [[more than 11,000 people|displaced;a=The air force]] out of Wamena
    since last week's riot, on [[some 60 flights|other;a=The air force]] by Hercules transport
    planes to Jayapura and Timika, it said on Friday. [[About 2,500 others|displaced;a=the
    airport's manager]] had left on commercial flights, the airport's manager said. [[Thousands
    more|displaced;n=-]] waited at the terminal, many sleeping on cardboard. The West Sumatra
    government said it would fly [[around 1,000 people|displaced;p;a=The West Sumatra
    government]] of Minang descent from Jayapura to Padang. [[Seven of the dead|killed;n=dead;a=The
    West Sumatra government]] were from West Sumatra, it said. A flight from Wamena to Jayapura
    takes {{40 minutes}}.
    """,
)

item(
    "Wamena's displaced fill army compound and stadium",
    """
    [[About 7,000 displaced residents|displaced;a=the Jayawijaya government]] are still sheltering
    at [[14 sites|capacity;a=the Jayawijaya government]] across Wamena, the Jayawijaya government
    said on Sunday. The compound of the military district command, {{Kodim 1702}}, houses [[about
    2,300 people|displaced]]. A tent camp at the Pendidikan stadium can take [[up to 1,500
    people|capacity;a=the Social Affairs Ministry]], the Social Affairs Ministry said. The ministry
    said it had distributed [[25 tonnes|aid;a=The ministry;alt=the Social Affairs Ministry]] of rice
    and [[3,000 blankets|aid;a=The ministry;alt=the Social Affairs Ministry]]. [[Some 900
    families|aid;a=a ministry official]] have received cash of {{Rp 500,000}} each, a ministry
    official said. Aid workers said [[dozens of children|injured;a=Aid workers]] had been treated
    for respiratory infections.
    """,
)

item(
    "Traders trickle back to Wamena",
    """
    [[More than 2,000 people|returned;a=Jayawijaya's regent]] who fled Wamena after the September
    riot have returned, Jayawijaya's regent said on Tuesday, but many shops on the main road remain
    shuttered. Coordinating security minister Wiranto said [[about 16,000|displaced;n=-;a=Coordinating
    security minister Wiranto]] had left the town in total. Only about {{40 percent}} of the
    market stalls had reopened, traders said. The government will rebuild [[465 kiosks and
    houses|housing;p;u=structure;n=kiosks and houses;a=the public works ministry]] destroyed in
    the riot by {{March 2020}}, the public works ministry said. The regent said [[about 1,500 traders|displaced;a=The regent]] were still in Jayapura
    waiting for their kiosks to be rebuilt. [[Twelve trucks|aid]] of building
    materials arrived by road from Jayapura this week. [[Roughly 300 people a day|returned;a=airport
    staff]] are flying back to Wamena, airport staff said.
    """,
)

item(
    "Protesters burn buildings in Papua's capital",
    """
    Protesters angry at racist abuse of Papuan students in Java set fire to [[at least 30
    buildings|housing;a=police]] in Jayapura on Thursday, including the office of the state
    telecoms company and a post office, police said. [[Dozens of vehicles|other]] were torched
    along the road to Abepura. Police arrested [[28 people|arrested;a=Papua police chief Rudolf
    Rodja]], Papua police chief Rudolf Rodja said, adding that [[two officers|injured;a=Rudolf
    Rodja]] were hurt by stones. [[Some 400 residents|displaced;a=the navy]] spent the night at the
    Lantamal naval base, the navy said. The national police chief said [[1,000 more police and
    soldiers|combatants;p;n=police and soldiers;a=The national police chief]] would arrive on
    Friday. The government cut mobile internet across Papua on {{21 August}}.
    """,
)

item(
    "Soldier and civilians killed in Deiyai protest",
    """
    [[One soldier|killed;a=police]] and [[two civilians|killed;a=police]] were killed when a protest
    in Deiyai regency turned violent on Wednesday, police said. A church in Waghete said [[six
    protesters|killed;a=A church in Waghete]] had died, most of them shot. [[Five police
    officers|injured;a=police]] were wounded by arrows, police said. Protesters seized [[at least 10
    firearms|other;a=the military]] from soldiers, the military said. [[Hundreds of
    residents|displaced]] fled to the hills above the town after the shooting. The protest, on {{28
    August 2019}}, was over racist abuse of Papuan students in Surabaya.
    """,
)

item(
    "Hundreds of inmates escape Sorong jail as protests spread",
    """
    A total of [[258 inmates|other;a=the justice ministry]] escaped from Sorong prison when protesters
    set fire to part of the compound on Monday, the justice ministry said. By Wednesday [[some
    50|arrested;n=-;a=police]] had been recaptured, police said. In Manokwari protesters burned the
    regional parliament building and [[11 vehicles|other;a=West Papua police]], West Papua police
    said. [[Three police officers|injured;a=West Papua police]] were hurt, they said. [[About 1,200
    police|combatants;a=the national police]] were sent to West Papua province, the national police
    said. Police said [[34 people|arrested;a=Police]] had been detained over the arson in Manokwari.
    [[About 500 residents|displaced;a=the Sorong government]] of the Kampung Baru area spent the
    night at a navy base, the Sorong government said. Governor Dominggus Mandacan called for calm in a speech on {{20 August}}.
    """,
)

item(
    "Four killed in clash near Jayapura university, hundreds detained",
    """
    [[Four people|killed;a=Police]], among them [[one soldier|killed;a=Police]], were killed on
    Monday when police broke up a protest by students near Cenderawasih University in Jayapura,
    police said. Police detained [[318 students|arrested]], most of them from the Expo Waena area.
    [[Some 700 students|returned;a=student leaders]] had returned to Papua from campuses in Java
    and Bali after the racist abuse in Surabaya, student leaders said. By Wednesday [[232 of the
    detainees|arrested;n=detainees;a=police]] had been released, police said. [[At least
    12|injured;n=-]] were treated at Dok II hospital, a nurse said. The clash came on {{23 September
    2019}}, the day of the Wamena riot.
    """,
)

item(
    "Police detain Papuan students at Surabaya dormitory",
    """
    Police in Surabaya detained [[43 Papuan students|arrested;a=their lawyers]] at their dormitory
    on Saturday after a crowd accused them of damaging a national flag, their lawyers said. [[Some
    250 police officers|combatants]] surrounded the building, and officers fired [[23 canisters|other;a=the
    lawyers;alt=their lawyers]] of tear gas into it, the lawyers said. The students were released
    after {{16 hours}}. The army suspended [[five soldiers|other;a=The army]] filmed shouting racist
    abuse, it said. Over the following week protests spread to [[more than 30 cities|other;u=other]]
    in Papua and beyond. A student leader said [[about 1,000 Papuan
    students|civilians;a=A student leader]] live in Surabaya. The dormitory incident took place on {{17 August 2019}}, Indonesia's
    independence day.
    """,
)

item(
    "Riot in Wamena kills ten after kidnapping rumour",
    """
    [[Ten people|killed;a=police]] were killed and [[18|injured;n=-;a=police]] injured in Wamena
    on Thursday when a crowd attacked migrants over a rumour that a child had been kidnapped, police
    said. Rioters burned [[13 buildings|housing]], most of them shops, in the Sinakma
    neighbourhood. [[Two police officers|injured;a=Papua police spokesman Ignatius Benny Adi
    Prabowo]] were among the wounded, Papua police spokesman Ignatius Benny Adi Prabowo said. He
    said [[14 people|arrested;a=Ignatius Benny Adi Prabowo]] had been detained. [[About 1,500
    migrants|displaced;a=the military]] took shelter at the military district command, the military
    said. The child at the centre of the rumour was found safe with relatives.
    """,
)

item(
    "Rights commission counts Wamena riot toll",
    """
    Komnas HAM said on Friday its investigation had found that [[33 people|killed;a=Komnas HAM]]
    died in the Wamena riot, [[eight|killed;n=-;a=Komnas HAM]] of them indigenous Papuans. The
    commission counted [[76|injured;n=-;a=The commission;alt=Komnas HAM]] injured and said
    [[465 buildings|housing;a=The commission;alt=Komnas HAM]] were destroyed or damaged. It said
    [[11,646 people|displaced;a=Komnas HAM]] had fled the town, most by air, and [[about
    7,000|returned;n=-;a=Komnas HAM]] had come back by early {{2020}}. [[Nine people|missing;a=the commission;alt=Komnas HAM]] were still unaccounted for, the commission said. The report, of
    {{112 pages}}, was sent to the attorney-general.
    """,
)

item(
    "Dogiyai riot leaves kiosks in ashes",
    """
    Rioters burned [[dozens of kiosks|housing;u=structure]] in Moanemani, the capital of Dogiyai
    regency, on Saturday after a child was killed by a truck. Police said [[one man|killed;a=Police]]
    was shot dead when officers fired to disperse the crowd and [[three|injured;n=-;a=Police]] were
    wounded. [[About 300 residents|displaced;a=the regent]], most of them migrant traders, fled to
    the police station, the regent said. Police said [[200 officers|combatants;p;a=Police]] would
    be sent from Nabire. [[Seven people|arrested;a=a police spokesman]] had been detained, a police
    spokesman said. The child, {{aged eight}}, died at the scene.
    """,
)

item(
    "Clashes at governor's funeral in Papua",
    """
    [[One person|killed;a=police]] was killed and [[at least four|injured;n=-;a=police]] were hurt
    when mourners clashed with police during the funeral procession of former governor Lukas Enembe
    in Jayapura, police said. Youths set fire to [[dozens of shops|housing]] in Waena and Sentani.
    [[Seven vehicles|other]] were burned. [[About 2,000 police and soldiers|combatants;n=police and
    soldiers;a=the Papua police chief]] had been deployed along the route, the Papua police chief
    said. Police arrested [[15 people|arrested]] over the arson. Enembe, who died in detention on
    {{26 December 2023}} aged {{56}}, had been jailed for {{eight years}} for graft.
    """,
)

item(
    "Rebels free villagers abducted in Lanny Jaya",
    """
    Rebels in Lanny Jaya released [[seven villagers|kidnapped;a=the regency's police
    chief]] they had held for {{five days}}, the regency's police chief said on Sunday. The
    villagers were seized with [[two traders|kidnapped;a=the police chief]], who remain in captivity,
    the police chief said. [[One of the hostages|injured;n=hostages]] had been beaten. The rebels killed [[two
    villagers|killed]] during the raid and burned [[nine houses|housing]]. Church
    leaders who negotiated the release said [[some 40 rebels|combatants;a=Church leaders]] were
    holding the area around Balingga. [[About 600 residents|displaced;a=the regency]] had fled to
    Tiom, the regency said. Rebels had threatened to kill any outsiders in the district.
    """,
)

item(
    "Ships carry migrants out of Papua after riots",
    """
    State shipping line Pelni said its ships had carried [[about 1,800 passengers|displaced;a=State
    shipping line Pelni]] from Jayapura to Makassar and Surabaya in the week after the riots. It
    said it would add [[three extra voyages|other;u=other;p;a=State shipping line Pelni]]. [[Between 300 and
    400 people a day|displaced;a=port officials]] had been leaving through Jayapura port, port
    officials said. [[Thousands of migrants|displaced;a=migrant community leaders]] have left the
    highlands since {{August}}, migrant community leaders said, many for good. The navy said it had sent [[one warship|other;u=other;a=The navy]] able to carry [[up to
    1,200 passengers|capacity;a=The navy]]. The voyage to Makassar takes {{four days}}. The Bugis and Toraja communities said [[no more than
    500|returned;n=-;a=The Bugis and Toraja communities]] had gone back.
    """,
)

item(
    "Court jails Papuan activists for treason",
    """
    A court in Balikpapan on Wednesday sentenced a group of Papuan activists to between {{10 and 11
    months}} in prison for treason over the {{2019}} protests, far below the {{17 years}} sought for
    one of them. The defendants, {{aged 21 to 31}}, had been moved from Jayapura in {{October
    2019}} for security reasons. Their lawyers said they would be released within weeks, having
    served most of their terms. The group was known as the {{Balikpapan Seven}}.
    """,
)

item(
    "Court rules Papua internet shutdown unlawful",
    """
    A Jakarta administrative court ruled on {{3 June 2020}} that the government's shutdown of the
    internet in Papua and West Papua in {{August and September 2019}} was unlawful. The shutdown
    lasted about {{three weeks}} in some regencies. The court ordered the government to pay court
    costs of {{Rp 457,000}}. Press groups said the ruling was the first of its kind. Traffic in
    Jayapura fell by {{95 percent}} during the blackout, a monitoring firm said.
    """,
)
