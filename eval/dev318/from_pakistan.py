"""dev318 items: Pakistan's repatriation drive, 2023-2026 (deadlines, arrests, holding centres,
demolitions, the PoR phase, the 2025 border clashes)."""

from _wrap import item

item(
    "Pakistan orders undocumented migrants out by November 1",
    """ISLAMABAD - Pakistan has ordered all undocumented foreigners to leave the country by
    {{November 1}} or face arrest and deportation, a decision aimed chiefly at Afghans. Sarfraz
    Bugti, the caretaker interior minister, told a news conference on Tuesday that [[1.73 million
    Afghans|civilians;a=Sarfraz Bugti]] in the country had no legal documents. Pakistan also hosts
    [[about 1.3 million registered Afghan refugees|displaced;a=the UN refugee agency]] and
    [[another 880,000|displaced;a=the UN refugee agency]] with legal status to stay, the UN
    refugee agency says. [[A few thousand Afghans|returned;a=officials at Torkham]] had already left in the days since the announcement, officials at Torkham said. Provincial officials said [[about 10,000 police|combatants;a=Provincial
    officials;p]] would be assigned to the drive once the deadline passed. In Karachi, police
    detained [[more than 300 Afghans|arrested;a=Ayesha Baloch]] in raids over the weekend, said
    Ayesha Baloch, a lawyer representing some of the detainees. Human Rights Watch said the
    deadline gave families {{four weeks}} to wind up lives built over {{four decades}}.""",
)

item(
    "Trucks back up for miles at Torkham as deadline expires",
    """TORKHAM, Afghanistan - Lines of trucks piled with bedding, livestock and children stretched
    back from the Torkham crossing on Thursday as Pakistan's deadline for undocumented Afghans
    expired. [[More than 24,000 people|returned;a=Afghan border officials]] crossed on Wednesday
    alone, Afghan border officials said. The Khyber district administration said [[128,000
    Afghans|returned;a=The Khyber district administration]] had left through Torkham since
    {{October 1}}. Pakistani police said they had set up [[49 holding centres|capacity;a=Pakistani
    police]] across the country where those arrested would be processed before removal. On the
    Afghan side, [[some 7,000 families|displaced;a=Mohammad Jan]] were sleeping in the open near
    the crossing, said Mohammad Jan, who runs the site for the Taliban's refugee ministry. He said
    [[nine children|killed;a=Mohammad Jan]] had died of exposure and illness there. Pakistani officials said [[about 60 Afghans|arrested;a=Pakistani officials]] were detained on the road to Torkham for lacking papers. UNHCR staff
    counted [[about 1,200 trucks|other;a=UNHCR]] still queuing on the Pakistani side on Thursday
    evening, the agency said.""",
)

item(
    "Karachi lawyers say holding centre is packed beyond capacity",
    """KARACHI - Police in Karachi said on Monday they had detained [[1,836 Afghan
    nationals|arrested;a=Police in Karachi]] in the {{six weeks}} since the deadline and that
    [[1,412|returned;a=Police in Karachi]] of them had already been deported. Rights lawyers say
    the real number held is far higher. Those awaiting removal are kept at a holding centre in
    Sultanabad that was built for [[about 500 people|capacity;a=Ali Haider Shah]] but held [[more
    than 900|arrested;a=Ali Haider Shah]] last week, according to Ali Haider Shah, a lawyer who
    visited it. Among those arrested were [[37 children|arrested;a=the Sindh Human Rights
    Commission]] and [[two women|arrested;a=the Sindh Human Rights Commission]] who were later
    released, the Sindh Human Rights Commission said. [[About 400 police|combatants]] took part
    in the latest sweep through Sohrab Goth. A {{62-year-old}} vegetable seller there, Gul Agha,
    said he had lived in the neighbourhood since {{1985}} and had never seen Afghanistan.""",
)

item(
    "Pakistan moves against Afghan Citizen Card holders",
    """ISLAMABAD - Pakistan began the second phase of its repatriation drive on Tuesday, moving
    against holders of Afghan Citizen Cards after a {{March 31}} deadline expired. Pakistan's
    interior ministry said [[about 800,000 Afghans|civilians;a=Pakistan's interior ministry]] held
    the cards, issued from {{2017}} to people who were never registered as refugees. Police in the
    capital and neighbouring Rawalpindi picked up [[several hundred people|arrested;a=residents]]
    in the first {{two days}}, residents said. In a statement at the end of the month, the
    ministry said [[84,869 Afghans|returned;a=the ministry;alt=Pakistan's interior ministry]] had
    left in {{April}}, including [[23,410 card holders|returned;a=the ministry;alt=Pakistan's
    interior ministry]]. The UN refugee agency said [[nearly 6,000 people|arrested;a=The UN
    refugee agency]] had been arrested or detained across Pakistan in {{April}}, up from [[about
    1,800|arrested;a=The UN refugee agency]] in {{March}}. Authorities have said the [[1.3 million
    registered refugees|displaced;a=Authorities]] who hold Proof of Registration cards will be
    dealt with later.""",
)

item(
    "Pakistan to deport registered Afghan refugees from September",
    """ISLAMABAD - Pakistan will begin deporting Afghans who hold Proof of Registration cards from
    {{September 1}}, the interior ministry said on Monday, ending the protection of [[roughly 1.26
    million people|displaced;a=the interior ministry]]. The cards expired on {{June 30}} and the
    government declined to renew them. UNHCR said the decision could force [[up to 1 million
    people|returned;a=UNHCR;p]] back to Afghanistan by the end of the year, on top of the [[1.2
    million|returned;a=UNHCR]] who have gone back from Pakistan since the drive began in
    {{2023}}. Mohsin Naqvi, the interior minister, said [[about 10,000 police and paramilitary
    personnel|combatants;a=Mohsin Naqvi;p]] would be deployed in Khyber Pakhtunkhwa and
    Balochistan. Officials in Khyber Pakhtunkhwa said [[54 holding centres|capacity;a=Officials in
    Khyber Pakhtunkhwa;p]] would be reopened. In Peshawar's Board Bazaar, where many Afghan traders
    work, [[more than 200 shops|other;a=shopkeepers]] stayed shut on Tuesday in protest,
    shopkeepers said. "I was born here. Where do they want me to go?" asked one, a {{40-year-old}}
    carpet seller.""",
)

item(
    "Eleven deportees killed as bus plunges into Khyber gorge",
    """PESHAWAR - [[Eleven Afghans|killed;a=rescue officials]], among them [[four
    children|killed;a=rescue officials]], were killed when a bus taking deportees to the Torkham
    border overturned on the Khyber Pass on Sunday, rescue officials said. Rescue {{1122}} said
    [[23 people|injured;a=Rescue 1122]] were taken to hospital in Landi Kotal and [[seven|injured;a=Rescue
    1122]] of them were in a critical condition. The bus, one of [[14 vehicles|other]] in a convoy
    organised by the district administration, was carrying [[62 passengers|returned]] who had been
    held at a holding centre in Peshawar. It fell about {{300 metres}} into a ravine after its
    brakes failed, a survivor said. Police said [[three people|missing;a=Police]] were still
    unaccounted for late on Sunday.""",
)

item(
    "Police free Afghan migrants held for ransom near Quetta",
    """QUETTA - Police in Balochistan said on Friday they had freed [[19 Afghan
    migrants|kidnapped;a=Police in Balochistan]], including [[five women|kidnapped;a=Police in
    Balochistan]], who had been held for ransom in a house on the outskirts of Quetta. The
    migrants, who were trying to reach Iran after being expelled from Karachi, were held for {{11
    days}} and their relatives were told to pay {{$2,000}} each, a police official said. [[Four
    suspected smugglers|arrested]] were arrested in the raid and [[two others|other]] escaped.
    Officials said [[another 34 Afghans|kidnapped;a=Officials]] had been rescued from similar
    hideouts in Chagai and Nushki districts since {{January}}. Smugglers charge between {{$400 and
    $600}} to take a person across the border into Iran. Balochistan's home department said [[more
    than 16,000 Afghans|returned;a=Balochistan's home department]] had been deported through
    Chaman this year.""",
)

item(
    "Bulldozers flatten Afghan settlement on Islamabad's edge",
    """ISLAMABAD - Bulldozers flattened [[about 300 mud homes|housing;a=residents]] in an Afghan
    settlement on the edge of Islamabad on Wednesday, leaving [[some 2,000 people|displaced;a=residents]]
    without shelter, residents said. [[Two schools|housing;a=residents]] run by Afghan teachers were also
    demolished, they said. The Capital Development Authority said the structures were illegal and
    that notices had been served on [[412 households|civilians;a=The Capital Development
    Authority]] {{a month}} earlier. [[Around 200 police officers|combatants]] guarded the
    demolition, and police detained [[26 men|arrested]] who tried to stop it. Many of the residents
    arrived in Pakistan in the {{1980s}}, and their children were born there. UNHCR said [[at least
    1,500 Afghans|returned;a=UNHCR]] had left the capital for Afghanistan in the {{10 days}} since
    police began house-to-house checks. Landlords have been warned they face fines of {{Rs 50,000}}
    for renting to undocumented foreigners.""",
)

item(
    "Returns from Pakistan surge in first week of September",
    """Returns from Pakistan rose sharply in the first week of September, with [[more than 60,000
    Afghans|returned;a=the International Organization for Migration (IOM)]] crossing at Torkham
    and Spin Boldak between {{September 1 and 7}}, according to the International Organization
    for Migration (IOM). The agency said {{40 percent}} of them had been deported and the rest had
    left under pressure. Border officials at Torkham said [[between 6,000 and 7,000 people a
    day|returned;a=Border officials at Torkham]] were arriving. The Taliban's refugee ministry said
    [[1,840 families|aid;a=The Taliban's refugee ministry]] had been taken on to their home
    provinces on Saturday alone in [[312 trucks|aid;a=The Taliban's refugee ministry]] it had
    hired. [[About 1,200 people|displaced]] spent the night at the zero point. UNICEF said [[nearly 2,000 unaccompanied children|returned;a=UNICEF]] had crossed since
    the start of the month. UNHCR warned that [[as many as 1.4 million people|civilians;a=UNHCR]]
    still in Pakistan were at risk of removal.""",
)

item(
    "Pakistan extends refugee cards for another year",
    """Pakistan's federal cabinet on Wednesday extended the validity of Proof of Registration cards
    held by Afghan refugees until {{June 30, 2025}}, the {{fourth}} extension since {{2023}}. The
    cards had been due to expire at the end of this month. The decision, taken at a meeting chaired
    by Prime Minister Shehbaz Sharif, came {{two weeks}} after UNHCR appealed for more time. The
    refugee agency has said its {{2024}} programme in Pakistan is only {{23 percent}} funded, with
    {{$41 million}} received. Refugee advocates welcomed the decision but said {{12 months}} was
    too short for families to plan their lives.""",
)

item(
    "Peshawar court halts deportation of Afghan journalist",
    """The Peshawar High Court on {{July 14}} barred the authorities from deporting a
    {{29-year-old}} Afghan journalist who fled Kabul in {{August 2021}}, pending a full hearing of
    her petition. Her lawyer argued that {{Article 4}} of the constitution protects anyone in
    Pakistan from action not taken in accordance with law. The court adjourned the case for {{three
    weeks}} and ordered the federal government to respond. The journalist, who worked for a Kabul
    radio station until the Taliban took over, was arrested in Peshawar on {{July 2}} and fined
    {{Rs 10,000}} for overstaying her visa. Press freedom groups said she would face reprisals if
    returned.""",
)

item(
    "Returnees stranded as Torkham shuts after border fighting",
    """Afghans waiting to be deported were stranded on Pakistan's side of the frontier on Monday
    after Islamabad closed Torkham and Chaman following {{two days}} of clashes with Taliban
    forces. The Pakistani military said [[23 of its soldiers|killed;a=The Pakistani military]]
    were killed and [[29|injured;a=The Pakistani military]] wounded in the fighting, while the
    Taliban said [[nine of their fighters|killed;a=the Taliban]] died. Officials at the Landi Kotal
    holding centre said [[about 4,500 people|displaced;a=Officials at the Landi Kotal holding
    centre]] were waiting there to cross. UNHCR said [[12,000 Afghans|returned;a=UNHCR]] had gone
    back through Torkham in the week before the closure. On the Afghan side, traders said [[more
    than 5,000 trucks|other;a=traders]] loaded with goods were stuck. Security officials said
    Pakistan had moved [[about 3,000 extra troops|combatants;a=Security officials]] to the Kurram
    and Khyber sectors.""",
)

item(
    "Rights group says Pakistan deported Afghans at risk",
    """Human Rights Watch (HRW) said in a report on Thursday that Pakistani police had detained [[at
    least 22 Afghan journalists|arrested;a=Human Rights Watch (HRW)]] and [[dozens of former
    soldiers|arrested;a=Human Rights Watch (HRW)]] since the deportation drive began, and had
    deported [[at least nine|returned;a=Human Rights Watch (HRW)]] of them despite the risks they
    face under the Taliban. The report draws on interviews with [[48 Afghans|other]] in Islamabad,
    Rawalpindi and Peshawar. HRW said [[two of the journalists|missing;a=HRW]] had not been heard
    from since they were handed over at Torkham. One former army officer, {{aged 35}}, said he had
    been held for {{nine days}} before being driven to the border. Pakistani officials deny
    targeting those at risk and say [[some 25,000 Afghans|displaced;a=Pakistani officials]] waiting
    for resettlement to Western countries have been exempted.""",
)

item(
    "Naqvi tells Senate remaining Afghans will be removed in phases",
    """ISLAMABAD - Pakistan expects to have sent [[about 3 million Afghans|returned;a=Mohsin
    Naqvi;p]] home by the end of {{2026}}, Mohsin Naqvi, the interior minister, told the Senate on
    Tuesday. He said [[1.5 million|returned;a=Mohsin Naqvi]] had already left since {{2023}} and
    that [[the remaining 1.6 million|civilians;a=Mohsin Naqvi]] would be removed in phases. Naqvi said [[up to 3,000 people a day|returned;a=Naqvi;p]] would be moved through Torkham and Chaman. The
    government has set aside {{Rs 2.5 billion}} for transport and for [[40 new holding
    centres|capacity;p]]. Naqvi said police had also arrested [[nearly 9,000 people|arrested;a=Naqvi]]
    for sheltering or employing undocumented foreigners. Senators from Khyber Pakhtunkhwa objected,
    saying [[some 300,000 Afghan children|civilians;a=Senators from Khyber Pakhtunkhwa]] were
    enrolled in Pakistani schools and would lose a year of study.""",
)

item(
    "A Lahore family's last days before Torkham",
    """When police knocked on the door in Lahore, Zarmina and her husband had lived in Pakistan for
    {{32 years}}. Within {{two days}} the family, [[11 people|returned]] including a
    {{three-month-old}} baby, was on a bus to Torkham. They were among [[about 3,800
    people|returned;a=the Taliban-run reception centre]] who crossed that day, according to the
    Taliban-run reception centre. At the centre each family was given {{10,000 afghanis}}, about
    {{$140}}, and a SIM card, and WFP said [[2,100 families|aid;a=WFP]] received food parcels there
    that week. [[About 90 families|displaced]] slept in the open there for lack of tents. The family sold [[two rickshaws|other;u=other]] before leaving, for less than half what they
    were worth. Zarmina's eldest son, who is {{19}}, has never been to Afghanistan. Her husband's
    brother and his family, [[another eight people|civilians]], are still in Lahore and waiting for
    the knock.""",
)

item(
    "Heat and crowds at Spin Boldak as Chaman deportations climb",
    """SPIN BOLDAK, Afghanistan - The Taliban's provincial refugee department in Kandahar said
    [[3,271 people|returned;a=The Taliban's provincial refugee department in Kandahar]] from [[612
    families|returned;a=The Taliban's provincial refugee department in Kandahar]] crossed from
    Chaman on Monday. Of them, [[1,097|returned;a=the department;alt=The Taliban's provincial
    refugee department in Kandahar]] had been deported, the department said. The department runs
    [[two camps|capacity]] near the crossing that can shelter [[about 8,000 people|capacity]] at a
    time. On Sunday night [[more than 10,000|displaced;a=Hafiz Mohammad Zahir]] slept there, said
    Hafiz Mohammad Zahir, a camp official. He said [[two elderly men|killed;a=Hafiz Mohammad Zahir]]
    had died of heatstroke last week, with temperatures above {{45C}}. UNICEF said it had
    vaccinated [[4,600 children|aid;a=UNICEF]] against measles and polio at the crossing in
    {{June}}.""",
)

item(
    "Afghan families in Lahore search for men taken in sweeps",
    """LAHORE - Afghan families in Lahore say they have lost track of relatives detained in police
    sweeps. Haji Abdul Wahid, a community elder, said [[at least 60 men|missing;a=Haji Abdul
    Wahid]] from the city's Afghan neighbourhoods had not been seen since they were detained in
    {{June}}. Punjab police said [[3,900 Afghans|arrested;a=Punjab police]] had been held across
    the province in {{June and July}} and [[3,620|returned;a=Punjab police]] had been deported.
    [[The remaining 280|arrested;a=police]] were still in [[seven holding centres|capacity;a=police]],
    police said. Amnesty International said [[at least 12 children|other;a=Amnesty International]]
    had been separated from their parents during the raids, and that [[five|missing;a=Amnesty
    International]] were still unaccounted for. Families say they have been told to pay up to {{Rs
    100,000}} to have a name found on a list.""",
)
