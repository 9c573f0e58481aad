"""Prisoners killed and tortured, and the monitors who report it."""

from _wrap import item

HRMMU = "UN Human Rights Monitoring Mission in Ukraine"

item(
    "Olenivka: three years on, no one held to account",
    f"""The explosion at the Olenivka prison camp on the night of {{{{July 28-29, 2022}}}} killed [[at
    least 53|killed;n=-;a=the {HRMMU}]] Ukrainian prisoners of war and wounded [[at least
    75|injured;n=-;a=the {HRMMU}]], according to the {HRMMU}. The blast destroyed [[one barracks
    building|housing;a=Ukrainian officials]] to which [[193 prisoners|arrested;a=Ukrainian
    officials]] had been moved a day earlier, Ukrainian officials said. The camp held [[about 2,500
    Ukrainian prisoners|arrested]] at the time, most of them captured at Azovstal. Russia blamed a
    Ukrainian rocket strike and put the toll at [[50 dead|killed;a=Russia]] and [[73
    wounded|injured;a=Russia]], a claim the UN monitors said was not supported by the evidence. A UN
    fact-finding mission was disbanded in {{{{January 2023}}}} after Russia failed to guarantee
    access. Ukraine has so far identified [[41 of the dead|killed;a=Ukraine]], and [[at least 12
    families|other]] are still waiting for remains.""",
)

item(
    "UN records executions of soldiers trying to surrender",
    f"""The {HRMMU} said on Friday it had recorded the execution of [[at least 79 Ukrainian
    soldiers|killed;a=The {HRMMU}]] who had been captured or were trying to surrender. Of these,
    [[24|killed;n=-;a=the mission;alt={HRMMU}]] were killed in the last three months alone, the
    mission said. It also documented the killing of [[at least 12 Russian
    prisoners|killed;a={HRMMU}]] by Ukrainian forces. Ukrainian prosecutors are investigating the
    execution of [[more than 260 POWs|killed;a=Ukrainian prosecutors]]. In one video from near
    Robotyne, [[six Ukrainian soldiers|killed]] are shot after laying down their weapons. They
    belonged to a company of [[about 100 men|combatants]] that was surrounded in a
    forest belt. [[Two|other;n=-]] survived by pretending to be dead.""",
)

item(
    "Freed prisoners describe systematic torture, UN monitors say",
    f"""Of the [[205 freed Ukrainian prisoners|other;a=the {HRMMU}]] interviewed by UN monitors in
    the past year, {{{{95%}}}} said they had been tortured or ill-treated, the {HRMMU} said. [[At
    least 29|other;n=-;a=the mission;alt={HRMMU}]] described sexual violence, the mission said. The
    monitors have documented the deaths of [[at least 169 Ukrainian POWs|killed;a=The
    monitors;alt={HRMMU}]] in Russian custody. [[Hundreds of prisoners|arrested]] are held in
    colonies in Taganrog and Mordovia that the mission has never been allowed to visit. [[About
    40|injured;n=-;a=doctors]] of the freed men had fractures or wounds still untreated on release,
    doctors told the monitors. The mission also interviewed [[58 Russian POWs|other]] held by
    Ukraine, {{{{more than half}}}} of whom reported ill-treatment soon after capture.""",
)

item(
    "Body of journalist who died in Russian custody identified",
    """Ukrainian journalist Viktoriia Roshchyna, who died in Russian custody aged {{27}}, has been
    identified among [[501 bodies|killed]] handed over by Russia in February, prosecutors said.
    Her body showed signs of torture, they said. Roshchyna was one of [[about 40
    Ukrainians|kidnapped;a=her colleagues]] abducted in occupied Zaporizhzhia region that summer, her
    colleagues said. She was held in the Taganrog detention centre, where [[at least 12
    prisoners|killed;a=Slidstvo.Info]] have died since {{2022}}, according to Slidstvo.Info. The
    outlet's investigation drew on testimony from [[17 former inmates|other]]. Press freedom groups
    say Russia holds [[at least 26 Ukrainian journalists|arrested;a=Press freedom groups]]. The
    handover also included the bodies of [[ten civilians|killed]].""",
)

item(
    "Russia's penal colonies empty as convicts are sent to the front",
    """Russia's defence ministry has recruited [[at least 100,000 prisoners|combatants;a=Russian
    prisoner rights group Russia Behind Bars]] from penal colonies to fight in Ukraine, according to
    Russian prisoner rights group Russia Behind Bars. A Ukrainian brigade near Bakhmut said it had
    captured [[more than 150|arrested;n=-;a=A Ukrainian brigade near Bakhmut]] of them in a single
    month. Wagner founder Yevgeny Prigozhin said in {{2023}} that [[about 50,000
    convicts|combatants;a=Wagner founder Yevgeny Prigozhin]] had served with his group, of whom
    [[about 10,000|killed;n=-;a=Wagner founder Yevgeny Prigozhin]] were killed. Russia's prison
    population has fallen to [[about 266,000|arrested;n=-;a=the federal prison service]], according
    to the federal prison service, which has closed [[more than 20 colonies|other;u=structure]]. Its
    figures show the number fell by about {{40%}} in {{two years}}. At the peak, recruiters signed
    up [[up to 1,000 inmates a week|combatants;a=Russia Behind Bars]], Russia Behind Bars said.""",
)

item(
    "Seoul says North Korean losses in Kursk mount",
    """Ukraine's SBU security service said the [[two North Korean soldiers|arrested;a=Ukraine's SBU
    security service]] captured in Kursk region in January had asked to be sent to South Korea.
    Seoul's spy agency estimated that [[about 11,000 North Korean troops|combatants;a=Seoul's spy
    agency]] had been deployed, of whom [[about 300|killed;n=-;a=Seoul's spy agency]] had been
    killed and [[2,700|injured;n=-;a=Seoul's spy agency]] wounded. It said Pyongyang had since sent
    [[a further 3,000 troops|combatants;a=Seoul's spy agency]] and planned to send [[6,000 military
    engineers|combatants;p;a=Seoul's spy agency]]. One of the prisoners, {{26}}, told South Korean
    lawmakers he had been ordered to kill himself rather than be captured. [[Dozens of
    North Koreans|killed;n=North Koreans;a=One of the prisoners]] had done so, he said.""",
)

item(
    "Ukraine holds foreigners captured fighting for Russia",
    """Ukraine's coordination headquarters said on Friday it was holding [[more than 100 foreign
    nationals|arrested;a=Ukraine's coordination headquarters]] captured while fighting for Russia,
    from [[about 30 countries|other;u=other;a=Ukraine's coordination headquarters]]. Intelligence
    officials estimate that [[at least 18,000 foreigners|combatants;a=Intelligence officials]] have
    fought in Russia's army. Among them are [[several hundred Nepalis|combatants]] and [[dozens of
    Cubans|combatants]]. Kenya's foreign ministry said [[about 200 Kenyans|combatants;a=Kenya's
    foreign ministry]] had been recruited, many of them lured by job offers. [[Five Sri
    Lankans|arrested;n=Sri Lankans]] were among those captured last month. Kyiv has offered to exchange them for
    Ukrainian prisoners only with the consent of their governments.""",
)

item(
    "Guided bombs hit penal colony in Zaporizhzhia region",
    """Russian guided bombs struck the Bilenkivska penal colony in Zaporizhzhia region on Tuesday,
    killing [[17 inmates|killed;a=regional governor Ivan Fedorov]] and injuring [[more than
    80|injured;n=-;a=regional governor Ivan Fedorov]], regional governor Ivan Fedorov said. [[42 of
    the wounded|injured]] were still in hospital on Wednesday. The strike destroyed [[two
    dormitory buildings|housing;a=the justice ministry]] and damaged [[six other
    buildings|housing;a=the justice ministry]], the justice ministry said. The colony held [[about
    270 prisoners|arrested;a=the ministry;alt=the justice ministry]], and [[about 50
    inmates|displaced;a=the ministry;alt=the justice ministry]] have been moved to other colonies, the
    ministry said. [[Eight staff|injured]] were also hurt.""",
)

item(
    "Russian soldier jailed for killing surrendered Ukrainian",
    """A court in Zaporizhzhia on Monday sentenced a {{26-year-old}} Russian soldier, tried in
    absentia, to {{15 years}} in prison for shooting a Ukrainian soldier who had surrendered near
    Robotyne in {{October 2023}}. Prosecutors said the killing, filmed on a drone, breached article
    {{438}} of the criminal code and the Geneva Conventions of {{1949}}. The victim was {{34}}. The
    verdict can be appealed within {{30 days}}.""",
)

item(
    "Russia says it has rebuilt Mariupol as prisoners clear rubble",
    """Russian-installed authorities in Mariupol say they have rebuilt [[more than 4,000
    apartments|housing;a=Russian-installed authorities in Mariupol]] and [[about 90 residential
    buildings|housing;a=Russian-installed authorities in Mariupol]] since {{2022}}. The city lost [[an
    estimated 50,000 homes|housing;a=Ukrainian officials]] in the siege, according to Ukrainian
    officials. Former detainees told investigators that [[dozens of civilian
    prisoners|arrested;a=Former detainees]] from the Olenivka camp were made to clear rubble. The
    city's exiled council said [[about 100,000 residents|civilians;a=The city's exiled council]]
    remain, from [[about 430,000|civilians;n=-]] before the war. [[At least 8,000
    people|killed;a=Human Rights Watch]] were killed in the siege, Human Rights Watch estimated.""",
)

item(
    "Union says Russia holds nearly a hundred Ukrainian medics",
    """The Ukrainian Medical Volunteers' Union said Russia holds [[at least 97 Ukrainian
    medics|arrested;a=The Ukrainian Medical Volunteers' Union]], among them [[38
    women|arrested;a=The Ukrainian Medical Volunteers' Union]]. Many were captured at Azovstal in
    {{2022}}. Russian forces abducted [[at least 14 ambulance crew members|kidnapped;a=the
    union;alt=The Ukrainian Medical Volunteers' Union]] in occupied Kherson region, the union said.
    [[Five medics|killed]] have died in captivity. The ICRC has visited [[fewer than
    ten|other;n=-;a=its lawyers]] of them, its lawyers said. Ukraine has won the release of [[more
    than 120 medics|other;a=Ukraine]] in exchanges, among them a {{52-year-old}} surgeon held for
    {{two years}}.""",
)

item(
    "Dozens of Russian soldiers surrender after being cut off in Kursk",
    """Ukraine's general staff said on Thursday that [[between 70 and 100 Russian
    soldiers|arrested;a=Ukraine's general staff]] had surrendered near the village of Guevo after
    being cut off. The Russian garrison in the area numbered [[about 300
    troops|combatants;a=Ukraine's general staff]], it said. [[Twelve|injured;n=-]] of the prisoners
    were wounded and received treatment. Russian military bloggers said [[dozens of
    conscripts|combatants;a=Russian military bloggers]] were among the garrison. Russia's defence
    ministry said it had killed [[up to 200 Ukrainian troops|killed;a=Russia's defence ministry]] in
    the area and destroyed [[15 armoured vehicles|other;a=Russia's defence ministry]]. Kyiv said it
    would use the prisoners to free defenders of Mariupol still held in Russia.""",
)

item(
    "Police detain fraud ring that preyed on families of the missing",
    """Ukrainian police said on Monday they had detained [[23 suspects|arrested;a=Ukrainian
    police]] who took money from families of soldiers missing in action by promising to find them in
    Russian captivity. The scheme targeted relatives of [[more than 600 missing
    soldiers|missing;a=police]] and took about {{12 million hryvnias}}, police said. Police have
    opened [[about 1,400 criminal cases|other]] over such fraud since {{2023}}.
    [[Four|arrested;n=-]] of the suspects were already serving prison terms. The Coordination
    Headquarters warned that it never charges fees, and said [[more than 50,000
    families|other;a=The Coordination Headquarters]] had contacted it this year. Kyiv estimates that
    [[tens of thousands of soldiers|missing;a=Kyiv]] are missing.""",
)

item(
    "Moscow accuses Kyiv of abducting Kursk villagers",
    """Russia's Investigative Committee said on Wednesday that Ukrainian troops had abducted [[at
    least 13 residents|kidnapped;a=Russia's Investigative Committee]] of Kursk region during the
    incursion. It said [[22 civilians|killed;a=Russia's Investigative Committee]] had been found
    dead in Russkoye Porechnoye. Ukraine says the residents were evacuated at their own request and
    that [[11|returned;n=-;a=Ukraine]] have already gone back to Russia through Belarus. Tatyana
    Moskalkova said [[more than 300 Kursk residents|missing;a=Tatyana Moskalkova]] are still
    unaccounted for. [[About 2,500 people|displaced;a=the regional government]] from border districts
    are still in temporary accommodation, in [[40 centres|capacity;a=the regional government]], the
    regional government said.""",
)

item(
    "What the Geneva Conventions say about prisoners of war",
    """The Third Geneva Convention of {{1949}} requires that prisoners of war be treated humanely
    and protected against violence, intimidation and public curiosity. Under article {{118}}, they
    must be released and repatriated without delay after active hostilities end. Article {{130}}
    lists wilful killing, torture and denial of a fair trial as grave breaches. Prisoners must be
    allowed to write to their families within {{one week}} of arriving at a camp, and the ICRC
    must have access to them.""",
)

item(
    "Freed soldiers come home starved and sick, doctors say",
    """Doctors in Chernihiv region said they had examined [[150 freed soldiers|other;a=Doctors in
    Chernihiv region]] from the latest exchange, who had lost {{20 kg}} on average in captivity.
    [[About 60|injured;n=-;a=the doctors;alt=Doctors in Chernihiv region]] had untreated wounds and
    [[at least 19|injured;n=-;a=the doctors;alt=Doctors in Chernihiv region]] needed amputations, the
    doctors said. [[Three|killed;n=-]] died in hospital within days of their release, and [[14|other;n=-]]
    were diagnosed with tuberculosis. The freed men said [[more than 300|arrested;n=-;a=The freed
    men]] of their comrades remain in the same colony in Mordovia. [[Two hospitals|capacity]] in
    Kyiv have set aside wards for them.""",
)
