"""Evacuations: people taken out by bus, lorry, car, boat, plane and on foot through corridors,
the wounded and sick among them, and those left behind (15 texts with figures, 1 without)."""

from _wrap import item

item(
    "Children crushed to death on Srebrenica evacuation lorries",
    """[[Nineteen UN lorries|other;a=UNHCR]] left Srebrenica yesterday packed with
    [[about 2,900 people|displaced;a=UNHCR]], most of them women, children and the elderly, UNHCR
    said. Tuzla hospital doctors said [[at least six people|killed;a=Tuzla hospital doctors]],
    [[four of them|killed;n=-;a=Tuzla hospital doctors]] children, had been crushed or
    suffocated on the {{five-hour}} journey over the mountains. In Tuzla, a UNHCR official said
    [[about 60,000 people|civilians;a=a UNHCR official]] were crammed into the enclave and
    [[as many as 15,000|civilians;a=a UNHCR official]] wanted to leave. [[A further 500
    wounded|injured]] are waiting to be flown out by helicopter. The previous evacuation, on
    Monday, brought out [[some 2,000 people|displaced]] in [[14 lorries|other]].""",
)

item(
    "Homs evacuation: More than 1,400 leave Old City",
    """[[More than 1,400 people|displaced;a=the UN]] have now been evacuated from the besieged Old
    City of Homs during a humanitarian pause, the UN says. It says
    [[about 300 men|arrested;a=the UN]] aged {{between 15 and 55}} who left were taken for
    questioning by the authorities at a school building; [[111 of them|arrested;n=-;a=the UN]]
    have since been released. The pause was broken on Saturday when mortar fire hit the area
    where aid workers were waiting, and the Syrian Arab Red Crescent said
    [[11 people|killed;a=the Syrian Arab Red Crescent]] had died in shelling during the truce.
    Before the evacuation began, the UN estimated that
    [[about 2,500 people|civilians;a=the UN]] were trapped in the Old City. Aid workers brought
    in [[250 food parcels|aid]] and [[190 hygiene kits|aid]] on Sunday. The truce was extended by
    {{three days}} on Wednesday.""",
)

item(
    "First convoy leaves east Aleppo under evacuation deal",
    """ALEPPO/BEIRUT (Reuters) - The first convoy of
    [[20 buses|other;a=the International Committee of the Red Cross]] and
    [[13 ambulances|other;a=the International Committee of the Red Cross]] left rebel-held eastern
    Aleppo on Thursday with [[951 people|displaced;a=the International Committee of the Red
    Cross]] on board, among them [[108 wounded|displaced;a=the International Committee of the
    Red Cross]], the International Committee of the Red Cross said. A second convoy followed in
    the afternoon, and Turkish officials said
    [[more than 3,000 people|displaced;a=Turkish officials]] had left by nightfall. Under the
    deal brokered by Russia and Turkey, [[about 4,000 fighters|combatants;p;a=a rebel
    official]] and their families are to be taken to rebel-held Idlib province, a rebel
    official said. The United Nations said [[about 50,000 people|civilians;a=The United
    Nations]] were still in the pocket, which has shrunk to less than {{10 square km}}. IHH, a
    Turkish aid group, said it had put up [[2,000 tents|aid;a=IHH]] for the evacuees near the
    border.""",
)

item(
    "UN says 101 civilians evacuated from Mariupol steel plant",
    """ZAPORIZHZHIA, Ukraine (AP) - The U.N. said on Tuesday that
    [[101 civilians|displaced;a=The U.N.]], including [[17 children|displaced;a=The U.N.]] and a
    {{six-month-old}} baby, had been evacuated from the Azovstal steel plant in Mariupol in an
    operation run with the International Committee of the Red Cross. Osnat Lubrani, the U.N.
    humanitarian coordinator for Ukraine, said [[another 58 people|displaced;a=Osnat Lubrani]]
    joined the convoy in the town of Manhush. The evacuees reached Zaporizhzhia after a
    {{two-day}} journey through [[more than a dozen checkpoints|other]]. Mariupol's mayor said
    [[more than 100,000 people|civilians;a=Mariupol's mayor]] remained in the city. Ukrainian
    commanders said [[hundreds of wounded soldiers|injured;a=Ukrainian commanders]] were still
    inside the plant. Earlier attempts to open a corridor, first agreed on {{March 5}}, collapsed
    under shelling.""",
)

item(
    "Police evacuate last families with children from Avdiivka",
    """Police officers from the White Angels unit evacuated
    [[three families|displaced;a=the Donetsk Oblast police]] with
    [[five children|displaced;a=the Donetsk Oblast police]] from Avdiivka on Tuesday, the
    Donetsk Oblast police said. According to the city military administration,
    [[about 1,600 residents|civilians;a=the city military administration]] remain in Avdiivka,
    which had a pre-war population of [[more than 30,000|civilians;a=the city military
    administration]]. Vitalii Barabash, head of the administration, said
    [[about 20 people a week|displaced;a=Vitalii Barabash]] were still being taken out. He said
    the parents of [[at least 12 children|civilians;a=Vitalii Barabash]] still refused to leave.
    Russian forces launched a large-scale assault on the town on {{October 10}}. Ukraine's
    General Staff said Russian troops had used
    [[more than 200 armoured vehicles|other;a=Ukraine's General Staff]] in the first
    {{three days}} of the assault.""",
)

item(
    "Hundreds of thousands flee Zamzam for Tawila after RSF assault",
    """TAWILA (Sudan Tribune) - The UN Office for the Coordination of Humanitarian Affairs (OCHA)
    said on Sunday that [[between 400,000 and 450,000 people|displaced;a=The UN Office for the
    Coordination of Humanitarian Affairs (OCHA)]] had fled Zamzam camp since the Rapid Support
    Forces stormed it {{four days}} earlier. Most headed to Tawila, about {{60 kilometres}} west
    of El Fasher, where [[more than 150,000|displaced;a=the agency;alt=The UN Office for the
    Coordination of Humanitarian Affairs (OCHA)]] had arrived by Saturday, the agency said. The
    International Organization for Migration estimated that
    [[about 10,000 families|displaced;a=The International Organization for Migration]] were
    sleeping in the open. Médecins Sans Frontières said its teams in Tawila had treated
    [[more than 130 people|injured;a=Médecins Sans Frontières]] for gunshot and shrapnel wounds.
    Survivors said [[dozens of people|killed;a=Survivors]] were killed on the road. Zamzam, which
    a famine review committee declared in famine in August {{2024}}, had sheltered
    [[about 500,000 people|displaced]] before the attack.""",
)

item(
    "WHO evacuates 25 sick children from Gaza to Jordan",
    """GENEVA (Reuters) - The World Health Organization said on Wednesday it had evacuated
    [[25 children|displaced;a=The World Health Organization]] with cancer, kidney failure and
    other serious conditions from Gaza to Jordan, along with
    [[57 relatives|displaced;a=The World Health Organization]]. WHO said
    [[more than 12,000 patients|civilians;a=WHO]] in Gaza still needed medical evacuation and that
    only [[about 5,000|displaced;a=WHO]] had been taken out since the Rafah crossing closed in
    May {{2024}}. Gaza's health ministry said
    [[at least 600 patients|killed;a=Gaza's health ministry]] on the waiting list had died. An
    Emirati aircraft carried [[another 33 patients|displaced]] and
    [[66 companions|displaced]] to Abu Dhabi on Thursday. WHO chief Tedros Adhanom Ghebreyesus
    urged more countries to take patients, saying only
    [[12 hospitals|other;u=structure;a=Tedros Adhanom Ghebreyesus]] in the territory were
    even partly functioning.""",
)

item(
    "Families leave besieged Kadugli in army-escorted convoy",
    """KADUGLI - [[About 3,000 families|displaced;a=local authorities]] left Kadugli for El Obeid
    on Wednesday in an army-escorted convoy of
    [[more than 70 vehicles|other;a=local authorities]], local authorities told Radio Dabanga.
    The convoy, the first to leave the South Kordofan capital since {{April}}, took
    {{three days}} to cover {{240 kilometres}} of dirt road. Residents said
    [[at least four passengers|killed;a=Residents]] died when a truck overturned near Dilling.
    Families paid up to {{SDG 500,000}} a person for a seat. A community leader said
    [[more than 20,000 people|civilians;a=A community leader]] stayed behind, most of them too
    poor or too old to travel. Drones hit the road twice last week, killing
    [[seven people|killed]], including a {{12-year-old}} girl. In El Obeid, the Sudanese Red
    Crescent said it had registered [[1,850 households|displaced;a=the Sudanese Red Crescent]]
    from Kadugli at [[two reception centres|capacity;a=the Sudanese Red Crescent]].""",
)

item(
    "US flies more Americans out of Haiti as gangs choke capital",
    """MIAMI (AP) - The State Department said Sunday that it had flown
    [[more than 230 Americans|displaced;a=The State Department]] out of Haiti on charter flights
    and helicopters since gangs shut down the capital's main airport. In Port-au-Prince, Doctors
    Without Borders said it had moved [[38 patients|displaced;a=Doctors Without Borders]] from
    its Turgeau emergency centre to a hospital in Tabarre after gunmen sprayed the building with
    bullets. The U.N. migration agency said
    [[more than 362,000 people|displaced;a=The U.N. migration agency]] were now displaced across
    Haiti, [[some 17,000 of them|displaced;n=-;a=The U.N. migration agency]] having fled the capital
    in the past {{two weeks}}. Gangs have stormed [[two prisons|other;u=structure]], freeing
    [[more than 4,000 inmates|other]]. Kenya has pledged [[1,000 police officers|combatants;p]]
    to lead a multinational force.""",
)

item(
    "Babies die as Sarajevo children's convoy is shot at",
    """[[Two babies|killed;a=Bosnian officials]] died after Serb gunmen fired on a convoy of buses
    taking children out of Sarajevo on Sunday, Bosnian officials say. [[Three adults|injured]]
    were also wounded. The convoy of [[11 buses|other]] was carrying
    [[about 300 children|displaced]], many travelling without their parents, to Split on the
    Croatian coast. The Children's Embassy, a Sarajevo charity, said
    [[more than 6,000 children|displaced;a=The Children's Embassy]] had left the city since
    {{May}}. For most of the city's [[400,000 people|civilians]] there is no way out. The
    Bosnian presidency says [[at least 2,000 people|killed;a=The Bosnian presidency]] have been
    killed in Sarajevo since {{April}}.""",
)

item(
    "Mosul residents cross Tigris by boat as bridges lie in ruins",
    """Mosul's [[five bridges|other;u=other]] have all been knocked out by air strikes, so
    residents fleeing the west of the city cross the Tigris in small boats. A boatman said he
    had ferried [[about 200 people|displaced;a=A boatman]] across on Tuesday, charging
    {{1,000 dinars}} each. Iraqi officials said [[more than 30 boats|other;a=Iraqi officials]]
    were working the river between the old city and the eastern bank.
    [[Two people|killed;a=police]] drowned on Monday when an overloaded boat capsized, police
    said. The International Organization for Migration said
    [[some 45,000 people|displaced;a=The International Organization for Migration]] had fled
    western Mosul in the past {{week}}, with [[as many as 4,000 a day|displaced;a=The
    International Organization for Migration]] arriving at the Hamam al-Alil camp. Aid agencies
    handed out [[12,000 food baskets|aid]] at the river landings.""",
)

item(
    "Burkina army airlifts wounded from blockaded Djibo",
    """OUAGADOUGOU (AFP) - Burkina Faso's army flew [[about 40 wounded|displaced;a=a security
    source]] out of Djibo on Wednesday, a day after jihadists attacked the northern town, a
    security source told AFP. The assault by [[hundreds of gunmen|combatants;a=a local
    resident]] on Sunday killed [[at least 30 people|killed;a=a local resident]], among them
    [[17 volunteer fighters|killed;a=a local resident]], a local resident said. Djibo, which had
    [[about 60,000 residents|civilians;a=the UN]] before the conflict, now shelters
    [[more than 300,000 people|displaced;a=the UN]], most of them from surrounding villages,
    according to the UN. The town has been under a jihadist blockade since {{2022}} and is
    supplied mainly by air. The World Food Programme said its helicopters had delivered
    [[250 tonnes|aid;a=The World Food Programme]] of food there in {{three months}}.""",
)

item(
    "Residents flee Marawi by boat across Lake Lanao",
    """MARAWI CITY - [[More than 200 residents|displaced;a=the provincial disaster office]] who
    had been hiding in their homes crossed Lake Lanao in
    [[17 bancas|other;u=other;a=the provincial disaster office]] on Sunday, the provincial
    disaster office said. [[Four of them|injured;n=-;a=the office;alt=the provincial disaster
    office]] had been hit by sniper fire, the office said. Rescuers believe
    [[at least 500 residents|civilians;a=Rescuers]] are still inside the commercial district.
    [[At least 18 civilians|killed;a=the military]] have been killed inside the city since
    {{May 23}}, according to the military. The evacuees were taken to Saguiaran, whose
    evacuation centre now shelters [[some 2,300 families|displaced]].""",
)

item(
    "ICRC: wounded taken out of Zabadani, Foua and Kefraya in simultaneous operation",
    """GENEVA - The International Committee of the Red Cross said on Monday that
    [[some 450 people|displaced;a=The International Committee of the Red Cross]] had been taken
    out of the besieged Syrian towns of Zabadani, Foua and Kefraya in a simultaneous operation.
    From Zabadani, [[126 people|displaced;a=the ICRC]], most of them wounded fighters and their
    relatives, were driven to Beirut airport and flown to Turkey, while
    [[336 people|displaced;a=the ICRC]] from Foua and Kefraya travelled the other way, the ICRC
    said. The operation involved [[more than 60 vehicles|other]] and
    [[about 150 Red Crescent volunteers|other]]. A spokesman said
    [[about 40,000 people|civilians;a=A spokesman]] remained in nearby Madaya and
    [[some 20,000|civilians;a=A spokesman]] in Foua and Kefraya, with food stocks almost gone.""",
)

item(
    "Thousands of cars leave Mariupol through corridor",
    """[[About 4,000 private cars|other;a=the Mariupol city council]] left the city on Wednesday
    for Zaporizhzhia, carrying [[about 20,000 people|displaced;a=the Mariupol city council]], the
    Mariupol city council said. [[Another 570 cars|other]] were waiting in Berdiansk for fuel.
    Deputy Prime Minister Iryna Vereshchuk said [[45 buses|other;a=Iryna Vereshchuk]] sent to
    collect those without cars had been stopped at a Russian checkpoint in Manhush. Ukrainian
    officials estimate that [[300,000 people|civilians;a=Ukrainian officials]] were trapped in
    the city before the corridor opened. Mayor Vadym Boychenko said
    [[at least 2,500 residents|killed;a=Vadym Boychenko]] had been killed. People reaching
    Zaporizhzhia described sheltering for {{three weeks}} in basements.""",
)

item(
    "Five years after the siege, Marawi's ground zero is still empty",
    """{{Five years}} after the {{five-month}} siege, most of Marawi's worst-hit area, a
    {{250-hectare}} zone residents call ground zero, remains off-limits. The government says it
    has spent {{₱17 billion}} on roads, a stadium and a museum. Residents say they were promised
    they could go home by {{2022}}. "We are tired of waiting," said Norhaina, {{52}}, who lives
    in a shelter on the edge of the city.""",
)
