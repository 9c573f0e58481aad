"""dev292 items: Tripoli and the west (clashes between armed groups, the 2014 and 2019-2020 wars
for the capital, abductions, arrests, prisons and the armed groups themselves)."""

from _wrap import item

item(
    "Death toll from Tripoli clashes rises to 55",
    """
    The death toll from fighting between two of Tripoli's most powerful armed groups rose to
    [[55 people|killed;a=the Emergency Medicine Centre]] on {{August 16, 2023}}, the Emergency
    Medicine Centre said, with [[146 others|injured;a=the Emergency Medicine Centre;n=-]] wounded.
    The clashes erupted after the Special Deterrence Force detained the commander of the
    {{444}} Brigade at Mitiga airport. The centre said its teams had evacuated
    [[234 families|displaced;a=The centre;alt=the Emergency Medicine Centre]] from the front-line
    districts of Ain Zara and Al-Fornaj. Flights at Mitiga, the capital's only working airport,
    were diverted to Misrata, about {{200 km}} to the east. A Red Crescent official said
    [[three bodies|killed;a=A Red Crescent official]] were still being recovered from a
    burned-out building in Ain Zara. The interior ministry said it had deployed
    [[1,200 police officers|combatants;a=The interior ministry]] to keep the factions apart once
    a truce brokered by the Presidential Council took hold shortly before midnight. By morning,
    residents said, [[at least 40 vehicles|other;a=residents]] had been torched in the streets
    around the airport.
    """,
)

item(
    "Tripoli fighting has displaced 120,000, says OCHA",
    """
    Fighting on the southern outskirts of Tripoli has forced
    [[more than 120,000 people|displaced;a=the UN Office for the Coordination of Humanitarian Affairs]]
    from their homes since the Libyan National Army launched its offensive on the capital in
    {{April 2019}}, the UN Office for the Coordination of Humanitarian Affairs said. Roughly
    [[30,000 people|civilians;a=OCHA]] remain in front-line areas exposed to shelling, OCHA
    said, among them [[some 3,800 refugees and migrants|arrested;a=OCHA;n=refugees and migrants]]
    held in detention centres close to the fighting. The World Health Organization put the toll
    at [[1,093 dead|killed;a=The World Health Organization]] and
    [[5,752 wounded|injured;a=The World Health Organization]], among them
    [[106 civilians|killed;a=The World Health Organization]] killed. Municipal officials in Abu
    Salim said [[14 schools|capacity;a=Municipal officials]] had been turned into shelters for
    families who fled Ain Zara and Salah al-Din. The LNA, which says it commands
    [[about 25,000 fighters|combatants;a=The LNA]], is backed by Russian mercenaries of the
    Wagner Group, whose strength UN experts have put at
    [[between 800 and 1,200|combatants;a=UN experts;n=-]].
    """,
)

item(
    "UN mission documents wave of abductions in the capital",
    """
    The UN Support Mission in Libya said on {{Tuesday}} it had documented the abduction of
    [[at least 60 people|kidnapped;a=The UN Support Mission in Libya]] in and around Tripoli
    since {{January 1}}, among them
    [[eight journalists|kidnapped;a=The UN Support Mission in Libya]] and
    [[three judges|kidnapped;a=The UN Support Mission in Libya]]. Of those,
    [[19|kidnapped;a=the mission;alt=The UN Support Mission in Libya]] have been released and
    [[41|kidnapped;a=the mission;alt=The UN Support Mission in Libya]] are still being held at
    unknown locations, the mission said. Amnesty International said a separate crackdown by the
    Internal Security Agency had led to the arrest of
    [[at least 37 young men and women|arrested;a=Amnesty International;n=men and women]] accused
    of "spreading atheism" online. In {{2023}}, the mission said,
    [[more than 100 people|arrested;a=the mission;alt=The UN Support Mission in Libya]] were
    detained arbitrarily in the capital. The Government of National Unity did not respond to
    requests for comment.
    """,
)

item(
    "Gunmen storm Tripoli's Corinthia Hotel",
    """
    Gunmen stormed the Corinthia Hotel in Tripoli on {{January 27, 2015}}, killing
    [[at least nine people|killed;a=security officials]], among them
    [[five foreigners|killed;a=security officials]], security officials said. Essam al-Naas, a
    security spokesman, told Reuters that [[two of the gunmen|killed;a=Essam al-Naas]] blew
    themselves up on the {{24th floor}} after a standoff of several hours. Hotel staff said
    guards had evacuated [[about 60 guests|displaced;a=Hotel staff]] through the kitchens.
    [[Five security guards|injured]] were wounded in the first exchange of fire at the entrance,
    where a car bomb also exploded. Islamic State's self-styled Tripoli Province claimed the
    attack online. The group said it had sent
    [[two fighters|combatants;a=The group;alt=Islamic State]] to avenge the death of a
    suspected al-Qaeda operative in US custody.
    """,
)

item(
    "Health ministry raises Tripoli clash toll to 32",
    """
    The health ministry of the Tripoli-based Government of National Unity said on {{August 28}}
    that [[32 people|killed;a=The health ministry]] were killed and
    [[159|injured;a=The health ministry]] wounded in fighting that rocked the capital overnight.
    Among the dead was a {{29-year-old}} comedian who was shot while handing out food. The
    Libyan Red Crescent said its volunteers had evacuated
    [[64 families|displaced;a=The Libyan Red Crescent]] trapped near Zawiyat al-Dahmani and that
    [[several dozen people|civilians;a=The Libyan Red Crescent]] were still sheltering in
    basements. The Tripoli municipality said
    [[more than 50 homes|housing;a=The Tripoli municipality]] and
    [[dozens of cars|other;a=The Tripoli municipality]] had been damaged. Analysts at the Sadeq
    Institute estimated that the allies of Fathi Bashagha, whose rival government was appointed
    by the eastern-based parliament in {{March 2022}}, had massed
    [[about 3,000 fighters|combatants;a=Analysts at the Sadeq Institute]] on the city's edges
    before the assault failed.
    """,
)

item(
    "Air strike on Tajoura migrant centre kills 53",
    """
    An air strike on a detention centre for migrants in Tajoura, an eastern suburb of Tripoli,
    killed [[at least 53 people|killed;a=the UN]] and wounded [[130|injured;a=the UN]], the UN
    said on {{July 4, 2019}}. The hangar that was hit held
    [[about 120 migrants|arrested]], most of them men from Sudan, Eritrea and Somalia. The centre
    was holding [[more than 600 people|arrested;a=UNHCR]] in all, UNHCR said. The UN refugee
    agency said it had relocated
    [[some 350 survivors|displaced;a=The UN refugee agency;alt=UNHCR]] to its Gathering and
    Departure Facility in central Tripoli, which was built for
    [[1,000 people|capacity;a=The UN refugee agency;alt=UNHCR]]. Witnesses told the Associated
    Press that guards had fired on detainees trying to flee, wounding
    [[at least five|injured;a=Witnesses]]. The Government of National Accord blamed forces loyal
    to Khalifa Haftar, which denied carrying out the strike.
    """,
)

item(
    "Raid on Warshefana farm frees 14 hostages",
    """
    Security forces freed [[14 hostages|kidnapped;a=the interior ministry]], including
    [[three Egyptian labourers|kidnapped;a=the interior ministry]], in a raid on a farm in
    Warshefana, west of Tripoli, the interior ministry said on {{Saturday}}. The ministry said
    [[five suspected kidnappers|arrested;a=The ministry;alt=the interior ministry]] were detained
    and [[one|killed;a=The ministry;alt=the interior ministry]] was killed in an exchange of fire.
    Relatives said the captives had been held for {{up to four months}} and their families asked
    for ransoms of {{200,000 dinars}} each. Kidnappings for ransom have surged in the towns
    between Tripoli and Zuwara since {{2014}}; a local rights group, Libya Crimes Watch, says it
    recorded the abduction of [[at least 312 people|kidnapped;a=Libya Crimes Watch]] in
    {{2024}} alone. Police said [[as many as 40 people|kidnapped;a=Police]] could still be held on
    farms in the area. [[Twenty-seven|missing;a=Libya Crimes Watch]] have never been found, it says.
    """,
)

item(
    "Central bank row cuts Libya's oil output by half",
    """
    Libya's oil production fell to about {{591,000 barrels per day}} on {{August 30, 2024}},
    less than half the {{1.28 million bpd}} pumped a month earlier, after the eastern
    authorities shut fields in protest at the Presidential Council's move to replace the central
    bank governor. The governor, Sadiq al-Kabir, {{71}}, had run the bank since {{2011}}. The
    dinar lost {{8%}} of its value on the parallel market within {{a week}}, trading at
    {{7.9 dinars}} to the dollar. The bank's revenue report showed oil sales of
    {{$19.8 billion}} in the first {{seven months}} of the year, down {{11 percent}}. Analysts
    said the {{2024}} budget of {{179 billion dinars}}, the largest since {{2013}}, could not be
    financed if the shutdown lasted beyond {{September}}.
    """,
)

item(
    "Eight civilians killed as fighting follows death of SSA chief",
    """
    Heavy fighting in Tripoli after the killing of Abdel Ghani al-Kikli, head of the Stability
    Support Apparatus, left [[at least eight civilians|killed;a=the UN Support Mission in Libya]]
    dead, the UN Support Mission in Libya said on {{May 16, 2025}}. The mission said it had
    received reports that
    [[hundreds of inmates|other;a=The mission;alt=the UN Support Mission in Libya]] escaped from
    Al-Jdeida prison during the fighting. The judicial police said
    [[about 60 of the escapees|arrested;a=The judicial police]] had been recaptured by
    {{Sunday}}. The Libyan Red Crescent evacuated [[more than 300 residents|displaced]] from Abu
    Salim, and UNSMIL said [[between 400 and 500 families|displaced;a=UNSMIL]] had fled the district
    as the {{444}} Brigade moved against the SSA's bases. Schools and universities across
    the capital closed for {{a week}}, and the education ministry said exams for
    [[some 120,000 secondary pupils|other;a=the education ministry]] would be postponed.
    Organisers said [[several thousand people|other;a=Organisers]] joined a protest in Martyrs'
    Square demanding the resignation of Prime Minister Abdul Hamid Dbeibah.
    """,
)

item(
    "Battle for Tripoli airport leaves 214 dead",
    """
    Weeks of fighting between rival militias for control of Tripoli International Airport have
    killed [[at least 214 people|killed;a=the health ministry]] and wounded
    [[981|injured;a=the health ministry]], the health ministry said on {{August 24, 2014}}.
    Officials at Libyan Airlines said
    [[more than 20 aircraft|other;a=Officials at Libyan Airlines]] had been destroyed or damaged
    on the tarmac. The UN refugee agency estimated that
    [[about 100,000 people|displaced;a=The UN refugee agency]] had fled their homes in the
    capital and in Benghazi, and that [[some 150,000|displaced;a=The UN refugee agency]] had left
    the country, many of them foreign workers crossing into Tunisia. Manila said it would
    evacuate [[13,000 Filipino workers|displaced;p;a=Manila]] by sea from Misrata and Benghazi.
    A Greek frigate took [[186 people|displaced]], including the staff of several embassies,
    from the port of Tripoli on {{August 1}}.
    """,
)

item(
    "Zawiya clashes kill three, shut refinery",
    """
    Clashes between rival armed groups in Zawiya, {{45 km}} west of Tripoli, killed
    [[three people|killed;a=the town's hospital]], including a child, and wounded
    [[nine|injured;a=the town's hospital]], the town's hospital said on {{Monday}}. Residents
    said [[dozens of families|displaced;a=Residents]] had fled the Al-Harsha and Bir Ghanam
    districts. The refinery, Libya's largest working one with a capacity of
    {{120,000 barrels a day}}, halted operations, and the National Oil Corporation said
    [[412 workers|displaced;a=the National Oil Corporation]] had been evacuated. A local
    official said [[about 50 fighters|combatants;a=A local official]] had taken up positions
    near the refinery gates. Zawiya's municipal council said
    [[15 shops|housing;a=Zawiya's municipal council]] and
    [[two schools|housing;a=Zawiya's municipal council]] were hit by rocket fire.
    """,
)

item(
    "UN experts say thousands held arbitrarily in western Libya",
    """
    The Independent Fact-Finding Mission on Libya said in its final report that
    [[thousands of people|arrested;a=The Independent Fact-Finding Mission on Libya]] were being
    held arbitrarily in prisons run by armed groups in Tripoli and the west. Mitiga prison, run
    by the Special Deterrence Force at the capital's airport, alone held
    [[about 3,600 detainees|arrested;a=the mission;alt=The Independent Fact-Finding Mission on Libya]],
    the mission said. Investigators said they had interviewed
    [[more than 400 former detainees|other;a=Investigators]] since {{2020}}. The experts
    documented the deaths in custody of
    [[at least 14 detainees|killed;a=The experts;alt=The Independent Fact-Finding Mission on Libya]]
    between {{2016}} and {{2022}}. Former detainees described cells built for
    [[no more than 20 people|capacity;a=Former detainees]] holding
    [[up to 80|arrested;a=Former detainees]]. Lawyers said [[more than 200 men|missing;a=Lawyers]] seized at
    checkpoints in {{2019}} and {{2020}} have not been seen since. The Special Deterrence Force,
    which says it has [[about 5,000 members|combatants;a=The Special Deterrence Force]], denies
    the allegations.
    """,
)

item(
    "Fighting in Janzour kills four, shuts schools",
    """
    Fighting between two armed factions in Janzour, on the western edge of Tripoli, killed
    [[four people|killed]], among them [[two children|killed]], before elders brokered a truce on
    {{Friday}} evening. It was the {{third}} outbreak of fighting in the town this year. The
    Emergency Medicine Centre said it had treated
    [[17 people|injured;a=The Emergency Medicine Centre]] for gunshot and shrapnel wounds. The
    Janzour municipality said [[23 schools|other;a=The Janzour municipality]] would stay closed
    until further notice. [[About 500 families|displaced;a=the municipality;alt=The Janzour municipality]]
    spent the night with relatives in Gargaresh, according to the municipality. The Libyan Red
    Crescent said it had delivered [[1,200 food baskets|aid;a=The Libyan Red Crescent]] to them. The interior
    ministry said [[600 officers|combatants;p;a=The interior ministry]] from the Central Security
    Directorate would be deployed to Janzour by {{Sunday}}.
    """,
)

item(
    "Returning families face mines in Tripoli's southern suburbs",
    """
    [[More than 180,000 people|returned;a=the International Organization for Migration]] have
    gone back to their homes in southern Tripoli since fighting ended in {{June 2020}}, the
    International Organization for Migration said. But explosive devices left behind by
    retreating forces have killed [[at least 130 people|killed;a=the UN Mine Action Service]] and
    wounded [[196|injured;a=the UN Mine Action Service]] in the same areas, according to the UN
    Mine Action Service. Ain Zara's municipal council says
    [[about 3,400 houses|housing;a=Ain Zara's municipal council]] were damaged and
    [[620|housing;a=Ain Zara's municipal council;u=structure;n=-]] destroyed outright.
    [[Some 16,000 people|displaced;a=IOM]] from the area are still displaced, IOM said. The
    agency plans to help [[2,500 households|aid;p;a=The agency;alt=IOM]] with cash for repairs
    in {{2021}}.
    """,
)

item(
    "Gunmen fire on Tripoli protest against power cuts",
    """
    Amnesty International said [[at least three protesters|injured;a=Amnesty International]] were
    wounded and [[six|arrested;a=Amnesty International]] detained when armed men in uniform
    opened fire on a demonstration against power cuts and corruption in central Tripoli on
    {{August 23, 2020}}. Organisers put the crowd at [[about 2,000|other;a=Organisers]].
    Interior Minister Fathi Bashagha said [[13 people|arrested;a=Fathi Bashagha]] had been
    detained for rioting and that the gunmen did not belong to his ministry. Power cuts of up to
    {{20 hours a day}}, in temperatures above {{40C}}, have fuelled anger in the capital.
    Activists said [[at least 20 people|missing;a=Activists]] had not been heard from since they
    were seized after the protest. Protesters returned to Martyrs' Square for a {{third}} night
    on {{Tuesday}}, when [[hundreds of demonstrators|other]] chanted against both governments.
    """,
)

item(
    "Libya's election day passes without a vote",
    """
    {{December 24, 2021}}, the date set for Libya's first presidential election, passed without
    a vote after the electoral commission said it could not publish the final list of
    candidates. The commission proposed {{January 24, 2022}} instead, a date parliament also
    ignored. The front-runners included Saif al-Islam Gaddafi, {{49}}, Khalifa Haftar, {{78}},
    and Abdul Hamid Dbeibah, {{62}}. Turnout had been expected to exceed {{60%}}, judging by
    voter card collection. The roadmap agreed in Tunis in {{November 2020}} had allowed
    {{18 months}} for the transition. It was the {{second}} time since {{2014}} that a national
    vote had been postponed, and the UN adviser Stephanie Williams said the rush to collect
    voter cards since {{2020}} showed that Libyans wanted to choose their leaders.
    """,
)

item(
    "Tripoli government unveils plan to absorb militias into the army",
    """
    The Government of National Unity said on {{Wednesday}} it would absorb
    [[about 20,000 members|combatants;p;a=The Government of National Unity]] of armed groups into
    the army and police over the next {{two years}}, under a plan funded with
    {{1.2 billion dinars}} from the {{2025}} budget. The defence ministry said
    [[4,300 fighters|combatants;a=The defence ministry]] had already registered. The plan foresees
    the handover of [[some 12,000 rifles|other;p]] and [[300 armoured vehicles|other;p]] to
    state depots. An earlier scheme fared badly: the Warriors Affairs Commission registered
    [[162,000 former fighters|combatants;a=the Warriors Affairs Commission]] in {{2012}}, but
    [[only about 5,000|combatants;a=the commission;alt=the Warriors Affairs Commission]] were ever
    integrated into state forces, the commission later said. UN officials welcomed the plan but
    warned that the largest groups had not signed up.
    """,
)
