"""dev439 items: army and police operations in Khyber Pakhtunkhwa and Balochistan, the ISPR's
tallies of militants killed, arrests, border clashes and the protests they set off, 16 texts,
2 without a figure."""

from _wrap import item

item(
    "Khwarij killed in North Waziristan infiltration bid, ISPR says",
    """RAWALPINDI - Security forces killed [[30 khwarij|killed;a=the ISPR]] trying to cross into
    North Waziristan from Afghanistan in the Hassan Khel area on the night of {{April 25 and 26}},
    the ISPR said on Saturday.
    [[Eleven more|killed;n=-;a=the military's media wing;alt=the ISPR]] were killed on Sunday,
    the military's media wing said, bringing the number killed in {{two days}} to
    [[41|killed;a=the military's media wing;alt=the ISPR]]. Troops recovered
    [[17 rifles|other;a=the statement]], [[six rocket launchers|other;a=the statement]] and
    [[hundreds of rounds|other;a=the statement]] of ammunition from the bodies, according to the
    statement. The ISPR used the word khwarij, the state's term for the Pakistani Taliban, and
    said the group had acted on the orders of "foreign masters". It urged the Taliban government
    in Kabul to stop militants from using Afghan soil, and said troops would stay deployed along
    the {{2,640-km}} border. A security official told Reuters that
    [[at least 70 militants|combatants;a=A security official]] had been in the group that tried to
    cross, and that the survivors had fled back into Afghanistan.""",
)

item(
    "Army says Bajaur operation nearing end",
    """KHAR, Bajaur - The military said on Monday that
    [[more than 80 militants|killed;a=The military]] had been killed in the {{six weeks}} since
    it launched an operation against the Pakistani Taliban in Bajaur's Loi Mamund tehsil, and
    that [[11 soldiers|killed;a=The military]] had died. Lieutenant General Khalid Zaman, the
    Peshawar corps commander, told tribal elders in Khar that
    [[about 300 militants|combatants;a=Lieutenant General Khalid Zaman;alt=the Peshawar corps commander]] had been operating from
    the tehsil's mountains before the offensive, many of them Afghans. The army said its troops had
    cleared [[27 villages|other;a=The army]] and destroyed
    [[43 hideouts|other;u=structure;a=The army]]. Local elders said
    [[at least 12 civilians|killed;a=Local elders]] had been killed by mortar fire, a figure the
    military disputed. [[Some 2,000 troops|combatants;a=an official in the district administration]]
    backed by helicopter gunships are taking part, an official in the district administration
    said. A curfew imposed on {{August 11}} is now lifted for {{eight hours}} a day.""",
)

item(
    "Military reports record year of operations",
    """RAWALPINDI - Security forces carried out
    [[more than 59,000 intelligence-based operations|other;u=other;a=the military's spokesman]]
    across the country last year, killing [[925 terrorists|killed;a=the military's spokesman]],
    the military's spokesman told a news conference on Friday. That is an average of
    [[162 operations a day|other;u=other]]. He said
    [[383 officers and soldiers|killed;n=officers and soldiers;a=the military's spokesman]] had
    been killed in the same period, the highest number in a decade. Of the militants killed,
    [[73|killed;a=the military's spokesman]] were Afghan nationals, he said.
    [[Hundreds of suspected facilitators|arrested;a=the military's spokesman]] had also been
    detained, he said, without giving a number. Khyber Pakhtunkhwa accounted for {{58 percent}} of
    the operations and Balochistan for {{33 percent}}. He said
    [[more than 25,000 additional troops|combatants;a=the military's spokesman]] had been moved to
    the western border since {{2023}}.""",
)

item(
    "Counter-terrorism police arrest suspects in Quetta raids",
    """QUETTA - The Balochistan Counter-Terrorism Department said on Thursday it had arrested
    [[14 suspected militants|arrested;a=The Balochistan Counter-Terrorism Department]] in raids in
    Quetta, Mastung and Nushki and recovered
    [[four suicide vests|other;u=other;a=The Balochistan Counter-Terrorism Department]] and
    [[62 hand grenades|other;a=The Balochistan Counter-Terrorism Department]].
    [[Three|arrested;a=the department;alt=The Balochistan Counter-Terrorism Department]] of those
    held were Afghan nationals, the department said. A CTD spokesman said
    [[two suspects|killed;a=A CTD spokesman]] were killed when they opened fire on a raiding party
    in Mastung. The arrests brought to [[211|arrested;a=the provincial home department]] the number
    of people detained in the province since the Jaffar Express attack, according to the
    provincial home department. Police have also set up [[35 new checkposts|other;u=structure]]
    on the roads into Quetta, and motorcycles with pillion riders are banned after {{8pm}}.""",
)

item(
    "Tirah offensive tally rises",
    """PESHAWAR - Security forces have killed [[117 militants|killed;a=military officials]] since
    launching an offensive in the Tirah valley of Khyber district {{five weeks}} ago, military
    officials said on Tuesday. The military estimates that
    [[between 600 and 800 fighters|combatants;a=The military]] of the Pakistani Taliban and
    Lashkar-e-Islam were based in the valley when the operation began. An official in Khyber's
    district administration, speaking on condition of anonymity, said
    [[19 soldiers|killed;a=An official in Khyber's district administration]] had been killed and
    [[46|injured;a=An official in Khyber's district administration]] wounded. Troops have set up
    [[16 new posts|other;u=structure;a=the official;alt=An official in Khyber's district administration]]
    on the ridges above the Maidan area, the official said. Most of the valley's
    [[roughly 150,000 residents|civilians]] have left for Bara and Peshawar. Residents say
    [[at least 30 homes|housing;a=Residents]] in Maidan were destroyed by shelling.""",
)

item(
    "Children killed in North Waziristan strike, residents say",
    """MIR ALI, North Waziristan - [[Four children|killed;a=residents]] were killed and
    [[five people|injured;a=residents]] wounded when a quadcopter dropped explosives on a house in
    Hurmaz village on Monday, residents said, while the military said it had targeted a militant
    hideout nearby. The district's health officer said
    [[two of the wounded|injured;a=The district's health officer]] had been referred to Peshawar.
    [[Hundreds of people|other]] blocked the Bannu-Miranshah road with the children's bodies and
    refused to bury them until a case was registered. Malik Khan Zaman, a tribal elder, said
    [[at least 27 civilians|killed;a=Malik Khan Zaman]] had died in drone and quadcopter strikes
    in the tehsil since January. Protest organisers said
    [[about 5,000 people|other;a=Protest organisers]] had joined the sit-in by evening. The ISPR
    said in a statement that troops had killed [[three khwarij|killed;a=The ISPR]], including a
    commander, in an operation in the same area. The provincial government announced
    compensation of {{Rs 1 million}} for each family and ordered an inquiry to be completed within
    {{15 days}}.""",
)

item(
    "Security forces report 'Fitna al-Hindustan' fighters killed in Kech",
    """QUETTA - Security forces killed [[nine terrorists|killed;a=the military]] of "Fitna
    al-Hindustan", the term the state now uses for Baloch separatist groups, in an
    intelligence-based operation in Kech district, the military said on Wednesday.
    [[Two soldiers|killed;a=the military]], including a captain, were also killed in the exchange
    of fire, it added. In a separate operation in Zhob,
    [[four khwarij|killed;a=the statement]] were killed, the statement said. The Baloch
    Yakjehti Committee (BYC) said
    [[five of the dead|killed;a=The Baloch Yakjehti Committee (BYC)]] in Kech were men who had
    been detained by security forces months earlier and whose names were on its list of
    [[more than 1,400 missing persons|missing;a=The Baloch Yakjehti Committee (BYC)]]. The
    military did not respond to the claim. The committee said
    [[hundreds of people|other;a=The committee;alt=The Baloch Yakjehti Committee (BYC)]] had
    gathered in Turbat to receive the bodies on Thursday.""",
)

item(
    "Bunkers razed in Kurram under peace deal",
    """PARACHINAR - The Kurram district administration said on Saturday that
    [[156 bunkers|other;u=structure;a=The Kurram district administration]] had been demolished in
    the {{three weeks}} since a peace agreement took effect, out of
    [[about 900|other;u=structure;a=The Kurram district administration]] built by tribes on both
    sides of the conflict. Under the agreement, signed by [[45 elders|other]] from each side, the
    tribes must hand over their heavy weapons by {{February 1}}. So far
    [[412 weapons|other;a=officials]] have been surrendered, officials said. Security forces
    launched an operation in Bagan last week after an attack on an aid convoy in which
    [[three people|killed]] were killed, [[two of them soldiers|killed]].
    [[Thirty-eight suspects|arrested;a=police]] have been arrested, police said.
    [[Some 2,000 families|displaced;a=the deputy commissioner]] left Bagan and nearby villages
    ahead of the operation, the deputy commissioner said.""",
)

item(
    "Military gives toll from clashes with Afghan forces",
    """ISLAMABAD - Pakistan's military said on Sunday that
    [[more than 200 Taliban and affiliated fighters|killed;a=Pakistan's military]] had been killed
    in overnight clashes along the border with Afghanistan, and that
    [[23 Pakistani soldiers|killed;a=Pakistan's military]] had died. The Taliban government's
    spokesman said [[nine of its soldiers|killed;a=The Taliban government's spokesman]] had been
    killed, and claimed that Afghan forces had killed
    [[58 Pakistani soldiers|killed;a=The Taliban government's spokesman]] and captured
    [[25 border posts|other;u=structure;a=The Taliban government's spokesman]]. Pakistani officials
    said [[19 Afghan posts|other;u=structure;a=Pakistani officials]] had been captured or
    destroyed. In Chaman, [[four civilians|killed;a=hospital officials]] were killed by mortar
    shells, hospital officials said. [[Dozens of families|displaced]] fled the border villages on
    foot. Trade through Torkham and Chaman was halted, and
    [[about 2,000 trucks|other;a=customs officials]] were stranded on the Pakistani side,
    according to customs officials. The fighting began on the night of {{October 11}}, hours after
    explosions in Kabul that the Taliban blamed on Pakistan.""",
)

item(
    "Wanted commander among militants killed in Lakki Marwat",
    """LAKKI MARWAT - Police and the Counter-Terrorism Department killed
    [[six militants|killed;a=a police spokesman]], including a commander who carried a bounty of
    {{Rs 5 million}}, in a raid in Lakki Marwat's Bargai area on Tuesday night, a police spokesman
    said. The commander, {{31}}, had taken part in
    [[more than 20 attacks|other;u=other;a=the spokesman;alt=a police spokesman]] on police since
    {{2022}}, the spokesman said, including the killing of
    [[seven policemen|killed;a=the spokesman;alt=a police spokesman]] at a post in Bargai in
    {{2023}}.
    [[About 150 police and CTD personnel|combatants;n=police and CTD personnel]] took part in the
    raid, which lasted {{four hours}}. [[One constable|injured]] was wounded. Police said
    [[two suspects|arrested;a=Police]] were arrested at the compound and
    [[three rifles|other;a=Police]] recovered.""",
)

item(
    "Roadside bomb kills soldiers in South Waziristan",
    """WANA, South Waziristan - [[Seven soldiers|killed;a=the ISPR]],
    [[two of them officers|killed;a=the ISPR]], were killed when a roadside bomb struck their
    vehicle near Ladha on Wednesday, the ISPR said. It said troops had killed
    [[four terrorists|killed;a=the ISPR]] in a follow-up operation. The vehicle was thrown about
    {{20 metres}} by the blast. A security official told AFP that
    [[more than 60 IED attacks|other;u=other;a=A security official]] had been recorded in the
    former tribal districts this year, against
    [[38|other;u=other;a=A security official]] in the whole of {{2024}}.
    [[Dozens of tribesmen|other]] attended the funeral prayers in Wana on Thursday.""",
)

item(
    "Police raid jirga camp outside Peshawar",
    """PESHAWAR - Police raided a camp set up for the Pashtun National Jirga on the outskirts of
    Peshawar on Thursday, leaving [[three people|killed;a=the Pashtun Tahaffuz Movement]] dead and
    [[more than 20|injured;a=the Pashtun Tahaffuz Movement]] injured, the Pashtun Tahaffuz
    Movement said. Provincial police said [[11 officers|injured;a=Provincial police]] had been hurt
    by stones and that [[83 people|arrested;a=Provincial police]] were detained. Organisers said
    [[40 tents|other;a=Organisers]] and [[a dozen vehicles|other;a=Organisers]] had been burned in
    the raid. The movement said
    [[tens of thousands of people|other;p;a=The movement;alt=the Pashtun Tahaffuz Movement]] would
    attend the jirga despite the ban imposed on it a week earlier under {{Section 11B}} of the
    Anti-Terrorism Act of {{1997}}. The provincial government deployed
    [[about 4,000 police|combatants]] around the site on Friday.""",
)

item(
    "Government approves funds for counter-terrorism drive",
    """ISLAMABAD: The federal cabinet on Tuesday approved {{Rs 60 billion}} for Operation
    Azm-e-Istehkam, the counter-terrorism campaign announced on {{June 22}}, for the fiscal year
    {{2024-25}}. The allocation is {{18 percent}} higher than the sum spent in the last year of the
    previous campaign, Radd-ul-Fasaad, launched in {{February 2017}}. Officials said the campaign
    would run for at least {{three years}}, with a review every {{six months}}. Khyber Pakhtunkhwa
    will receive {{Rs 22 billion}}, or {{37 percent}} of the total, and Balochistan
    {{Rs 15 billion}}, with the first tranche due in the {{second quarter}}.""",
)

item(
    "Risk allowance raised for police in southern districts",
    """PESHAWAR: Khyber Pakhtunkhwa police have raised the monthly risk allowance of constables
    serving in the southern districts to {{Rs 7,500}} from {{Rs 3,000}}, effective {{July 1}}.
    Candidates in the new recruitment drive must be aged {{18 to 25}}, at least
    {{5 feet 7 inches}} tall, with a chest of {{33 inches}}, and must complete a {{six-month}}
    course at the Police Training College in Hangu. The starting salary is {{Rs 48,000}} a month,
    {{20 percent}} more than last year. Applications close on {{September 15}}; it is the
    {{12th}} drive since {{2015}}.""",
)

item(
    "Attack on Gwadar Port Authority complex repulsed",
    """GWADAR - Security forces killed [[all eight attackers|killed;a=the military]] who tried to
    storm the Gwadar Port Authority complex on Wednesday afternoon, the military said, ending a
    {{two-hour}} gunfight. The ISPR said [[two soldiers|killed;a=The ISPR]] were killed and
    [[three|injured;a=The ISPR]] wounded. Port officials said
    [[about 400 employees|displaced;a=Port officials]] had been evacuated from the complex, which
    houses the offices of the port's Chinese operator. Police said the attackers had arrived in
    [[two vehicles|other;a=Police]] and carried [[12 hand grenades|other;a=Police]]. The BLA's
    Majeed Brigade claimed the attack.
    [[More than 2,000 Frontier Corps personnel|combatants;a=provincial officials]] guard the port
    and its foreign staff, according to provincial officials. It was the {{second}} attack on the
    complex since {{2024}}.""",
)

item(
    "Khyber Pakhtunkhwa to recruit thousands more police",
    """PESHAWAR - The Khyber Pakhtunkhwa cabinet on Wednesday approved the recruitment of
    [[20,000 more police|combatants;p]] for the province's southern and merged districts, where
    militant attacks have risen sharply. The province's force of
    [[about 120,000 personnel|combatants;a=police records]] has lost
    [[more than 2,100 officers|killed;a=police records]] to militant attacks since {{2001}},
    according to police records. Of the new recruits,
    [[5,000|combatants;p]] will join the Counter-Terrorism Department. Provincial officials say
    that [[at least 40 police stations|other;u=structure;a=Provincial officials]] in Bannu, Lakki
    Marwat and Dera Ismail Khan have been attacked since January. The police will also buy
    [[150 armoured vehicles|other;p]] and [[300 night-vision devices|other;p]], at a cost of
    {{Rs 18 billion}} over {{two years}}.""",
)
