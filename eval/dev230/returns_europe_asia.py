"""Returns in Europe, Asia, the Middle East's other fronts and the Americas: Ukraine, Gaza,
Lebanon, Israel, Azerbaijan, Myanmar and Bangladesh, the Philippines, Pakistan, Libya, Colombia
and Haiti: 15 texts with figures, 2 without."""

from _wrap import item

item(
    "Przemyśl station: more Ukrainians going east than west",
    """Polish Border Guard data show [[about 22,000 people|returned;a=Polish Border Guard data]]
    crossed from Poland into Ukraine on {{Sunday}}, against [[some 18,500|displaced;a=Polish
    Border Guard data]] who entered Poland, the {{fifth}} week running in which departures have
    outnumbered arrivals. Since {{February 24, 2022}}, Poland has recorded [[more than 10 million
    arrivals|displaced;a=Poland]] from Ukraine, though many people crossed more than once.
    [[Nearly 1 million Ukrainians|displaced;a=the UN refugee agency]] are still registered for
    temporary protection in Poland, the UN refugee agency said. Ukrzaliznytsia, the state railway,
    said it had added [[14 extra trains|other;a=Ukrzaliznytsia;u=other]] from Przemyśl and Chełm
    for the holidays. Ukraine's State Border Guard Service said [[about 40 coaches|other;a=Ukraine's
    State Border Guard Service;u=other]] had crossed at Shehyni alone on the same day. Olena Marchuk, {{34}}, went home to Kharkiv this month with [[two
    sons|returned]] after {{two years}} in Wrocław. A survey by the Centre for Economic Strategy
    found that {{38%}} of refugees in Poland intend to return.""",
)

item(
    "Kherson's right bank: residents return to a city under drones",
    """Kherson's military administration said [[about 68,000 residents|civilians;a=Kherson's
    military administration]] now live in the city, down from [[some 280,000|civilians;a=Kherson's
    military administration]] before the full-scale invasion, even as [[thousands of
    people|returned;a=Kherson's military administration]] came back after its liberation in {{November 2022}}. Russian drones and
    artillery across the Dnipro killed [[11 civilians|killed;a=regional officials]] and wounded
    [[46|injured;a=regional officials]] in the city last week, regional officials said. The
    administration ordered the evacuation of [[12 villages|displaced;a=The administration;alt=Kherson's
    military administration;u=other;p]] along the river. Engineers have repaired [[more than 1,700
    apartments|housing]] since the flood of {{June 2023}}. Volunteers take [[between 300 and 400
    food parcels a day|aid]] to older people who refuse to leave.""",
)

item(
    "Izium: three years after occupation, fewer than half are back",
    """Izium had [[around 45,000 residents|civilians]] before the war; the city council now counts
    [[about 20,000|returned;a=the city council]], most of them people who came back after Ukrainian
    forces retook it in {{September 2022}}. The council said {{80%}} of the city's [[1,200 apartment
    blocks and houses|housing;a=The council;alt=the city council;n=blocks and houses]] had been
    damaged. Exhumations in the forest after liberation recovered [[447 bodies|killed]]. Families
    of [[about 60 residents|missing;a=police]] taken during the occupation are still waiting for
    news, police said, and [[nine|kidnapped;a=police]] are known to be held in Russia. The region's
    governor said [[2,500 families|displaced;a=The region's governor]] from Izium district were
    still living in Kharkiv and would be offered modular homes. A modular town for [[up to 1,000
    people|capacity;p]] is due to open in {{spring}}.""",
)

item(
    "Gaza: a river of people walks north on the coastal road",
    """[[Hundreds of thousands of Palestinians|returned]] walked north along al-Rashid coastal road
    on {{January 27, 2025}}, after Israel opened the Netzarim corridor under the ceasefire deal.
    The UN humanitarian office said [[more than 376,000 people|returned;a=The UN humanitarian
    office]] had crossed into northern Gaza within {{48 hours}}. Many found nothing to go back to:
    the UN Satellite Centre has assessed that {{69%}} of all structures in the Strip were damaged or
    destroyed. Gaza's civil defence said it had pulled [[more than 120 bodies|killed;a=Gaza's civil
    defence]] from the rubble of the north in the {{first week}} of the truce. Israeli fire near
    the corridor killed [[two people|killed;a=health officials]] and wounded [[nine|injured;a=health
    officials]] who approached before it opened, health officials said. UNRWA said it had handed
    out tents to [[12,000 families|aid;a=UNRWA]] in Gaza City and Jabalia, while
    [[135,000 more tents|aid;a=aid groups]] were waiting at the crossings, aid groups
    said.""",
)

item(
    "South Lebanon: villagers return to a border strip that is no longer there",
    """[[More than 900,000 people|returned;a=the International Organization for Migration]]
    displaced by the Israel-Hezbollah war had returned to their home areas by {{mid-December
    2024}}, the International Organization for Migration said, most of them within days of the
    ceasefire of {{November 27}}. But [[about 100,000|displaced;a=the agency;alt=the International
    Organization for Migration]] were still displaced, the agency said, many from [[some 60
    border villages|displaced;a=the agency;alt=the International Organization for Migration]] that the Israeli army declared off-limits. The Lebanese
    army said it had deployed [[about 5,000 soldiers|combatants;a=The Lebanese army]] south of the
    Litani. In Khiam and Aita al-Shaab, the National Council for Scientific Research counted
    [[more than 9,000 buildings|housing;a=the National Council for Scientific Research]] destroyed
    or damaged. Israeli troops fired on residents trying to return on {{January 26}}, killing
    [[22 people|killed;a=Lebanon's health ministry]] and wounding [[124|injured;a=Lebanon's health
    ministry]], Lebanon's health ministry said.""",
)

item(
    "Northern Israel: evacuees head back to Kiryat Shmona and Metula",
    """Israel's government said [[about 60,000 residents|displaced;a=Israel's government]] of
    [[43 communities|displaced;a=Israel's government;u=other]] along the Lebanese border had been
    evacuated in {{October 2023}}, and set {{March 1, 2025}} as the date for their return. By
    {{summer}}, the Kiryat Shmona municipality said, [[roughly 14,000|returned;a=the Kiryat
    Shmona municipality]] of the town's [[22,000 residents|civilians;a=the Kiryat Shmona
    municipality]] had come back. In Metula, [[fewer than 300 people|returned;a=the local
    council]] had returned, the local council said; it counted [[about 120 homes|housing;a=the local council]]
    hit by Hezbollah rockets and anti-tank missiles. Families who return receive a grant of up to
    {{50,000 shekels}}. The army has stationed [[about 150 reservists|combatants]] in Metula.""",
)

item(
    "Azerbaijan's 'Great Return' reaches Lachin and Fuzuli",
    """Azerbaijan's State Committee for Affairs of Refugees and IDPs said [[more than 50,000
    people|returned;a=Azerbaijan's State Committee for Affairs of Refugees and IDPs]] had been
    resettled in Karabakh and the surrounding districts by {{the end of 2025}}, under a programme
    that aims to move [[about 140,000|returned;a=Azerbaijan's State Committee for Affairs of
    Refugees and IDPs;p]] by {{2026}}. Most are people displaced in the war of the early {{1990s}}
    and their children. In Fuzuli, [[1,520 families|returned]] have moved into new apartment
    blocks. Demining remains slow: ANAMA, the national mine agency, said mines had killed [[at
    least 390 people|killed;a=ANAMA]] and injured [[hundreds more|injured;a=ANAMA;n=-]] since
    {{November 2020}}. Almost all of Karabakh's [[more than 100,000 ethnic Armenians|displaced]]
    fled to Armenia in {{September 2023}}, and none has gone back.""",
)

item(
    "Rohingya repatriation pilot stalls again",
    """Bangladesh and Myanmar said a pilot scheme would send [[1,176 Rohingya|returned;a=Bangladesh
    and Myanmar;p]] back to Rakhine state in {{2023}}, but no one went. Myanmar's junta later
    said it had verified [[about 180,000 refugees|returned;a=Myanmar's junta]] as eligible to
    return from the [[more than 800,000|displaced;a=Myanmar's junta]] whose names Dhaka submitted.
    The camps in Cox's Bazar now shelter [[some 1.1 million Rohingya|displaced]], including [[about
    150,000 new arrivals|displaced;a=UNHCR]] since {{2024}}, according to UNHCR. Rohingya leaders
    say [[at least 40 families|returned;a=Rohingya leaders]] went back on their own to Maungdaw,
    and that [[about 90 of the returnees|arrested;a=Rohingya leaders]] were detained on arrival.
    Fighting between the Arakan Army and the military has since burned [[dozens of
    villages|housing;u=other]] around the town.""",
)

item(
    "Marawi: the most affected area reopens to its owners",
    """[[About 17,000 families|displaced;a=Task Force Bangon Marawi]] from Marawi's most affected
    area were still living in transitory shelters and with relatives {{five years}} after the
    {{2017}} siege, Task Force Bangon Marawi said. The {{five-month}} battle between the army and
    fighters loyal to the Islamic State killed [[more than 1,100 people|killed]], most of them
    militants, and [[about 360,000 people|displaced;a=officials]] fled Marawi and
    nearby towns, officials said. The task force has built [[about 2,600 permanent shelters|capacity;a=The task
    force;alt=Task Force Bangon Marawi]] for displaced families, it said, and allowed [[some 3,000
    property owners|returned;a=The task force;alt=Task Force Bangon Marawi]] to rebuild in the
    ground zero zone. Residents say [[between 20 and 30 families a week|returned;a=Residents]]
    are moving back as permits are issued. Under a law passed in {{2022}}, owners of destroyed homes can
    claim compensation of up to {{PHP 1.5 million}}; the Marawi Compensation Board said it had
    received [[more than 12,000 claims|other;a=the Marawi Compensation Board;u=other]].""",
)

item(
    "Tirah valley: families go back after the army's latest operation",
    """[[Over 8,000 families|returned;a=the Khyber district administration]] have returned to
    Tirah valley since the army declared the area cleared of militants in {{October}}, the Khyber
    district administration said. The families had fled in {{spring}}, when the military launched
    an operation against the Pakistani Taliban that residents say involved [[several
    thousand troops|combatants;a=residents]]. The district's disaster management authority gave
    each returning family a cash grant of {{35,000 rupees}} and said it had distributed [[8,450
    food packages|aid;a=The district's disaster management authority]]. Tribal elders said [[at
    least 140 houses|housing;a=Tribal elders]] had been demolished by the security forces and [[a
    dozen men|arrested;a=Tribal elders]] picked up on return had not been released. [[Around
    2,000 families|displaced]] remain with relatives in Bara and Peshawar.""",
)

item(
    "Tawergha: a town waits seven years for its people",
    """The people of Tawergha, expelled by Misrata brigades in {{2011}}, began returning in
    {{February 2018}} under a reconciliation deal, but local officials said only [[about 450
    families|returned;a=local officials]] had settled in the town by the end of that year. Before
    {{2011}}, the town had [[some 40,000 inhabitants|civilians]]. [[Around 1,800 Tawerghans|displaced;a=the
    UN mission in Libya]] were still living in camps in Tripoli and Benghazi in {{2019}}, the UN
    mission in Libya said. Militia gunmen raided the Tariq al-Matar camp in Tripoli in {{2018}},
    detaining [[more than 90 men|arrested;a=Amnesty International]], according to Amnesty
    International. Gunmen abducted [[four returnees|kidnapped]] on the Misrata road in {{2019}}. The
    reconciliation fund promised {{150,000 dinars}} to each family whose home was
    destroyed; the government said [[about 1,300 homes|housing;a=the government]] qualified.""",
)

item(
    "Colombia: Chocó families return to the river with a state escort",
    """[[One hundred and twelve families|returned;a=the agency;alt=the Victims' Unit]], [[about 380
    people|returned;a=the agency;alt=the Victims' Unit]], went back to their communities on the Bojayá river on
    {{Wednesday}} under a return plan overseen by the Victims' Unit, the agency said. They had
    fled in {{2023}} when fighting between the ELN guerrillas and the Gulf Clan confined
    [[thousands of Afro-Colombian and Indigenous people|civilians;n=people]] to their villages.
    The navy provided [[eight boats|other]] and [[120 marines|combatants]] for the journey. The
    Ombudsman's Office warned that [[at least 15 community leaders|missing;a=The Ombudsman's
    Office]] in the department had disappeared since {{January}} and that armed groups had
    recruited [[dozens of children|combatants;a=The Ombudsman's Office]]. Colombia's registry
    lists [[more than 9 million internally displaced people|displaced;a=Colombia's registry]]
    since {{1985}}.""",
)

item(
    "Port-au-Prince: families leave a school shelter for a neighbourhood gangs just quit",
    """[[About 1,500 people|returned;a=the International Organization for Migration]] who had
    sheltered in a school in downtown Port-au-Prince returned to Solino this month after the
    Viv Ansanm gang coalition pulled back, the International Organization for Migration said. The
    agency counts [[more than 1 million internally displaced people|displaced;a=The agency;alt=the
    International Organization for Migration]] in Haiti, and [[about 140 displacement
    sites|capacity;a=The agency;alt=the International Organization for Migration]] in the capital
    alone. Police said [[three returnees|killed;a=Police]] were shot by gang members who came back
    to the area {{two nights}} later, and that [[six others|kidnapped;a=Police]] were taken. The
    Kenyan-led security mission has [[fewer than 1,000 officers|combatants]] on the ground.
    "We came home to empty walls," said Marie-Lourdes Joseph, {{58}}. The municipality said
    [[some 400 houses|housing;a=The municipality]] in Solino had been burned.""",
)

item(
    "Karenni State: IDPs trickle back to Loikaw after the junta pulls out",
    """[[Around 20,000 people|returned;a=the Karenni Interim Executive Council]] have returned to
    Loikaw and Demoso since resistance forces took control of much of the area, the Karenni Interim
    Executive Council said. Yet [[over 150,000 people|displaced;a=the council;alt=the Karenni
    Interim Executive Council]], more than half the state's population, remain in forest camps,
    the council said. Junta airstrikes on returnee villages killed [[at least 26 people|killed;a=the
    Karenni Human Rights Group]] in {{March}}, including [[eight children|killed;a=the Karenni
    Human Rights Group]], according to the Karenni Human Rights Group. [[Another 35|injured]] were wounded. Volunteers have recorded [[some 2,900
    houses|housing;a=Volunteers]] destroyed in Loikaw township since {{2023}}. Local groups say
    [[up to 300 people|missing;a=Local groups]] from the area are unaccounted for.""",
)

item(
    "Yemen: Hodeidah's displaced go home to fields full of mines",
    """[[More than 2,300 families|returned;a=the International Organization for Migration]] have
    returned to districts south of Hodeidah since the front lines moved in {{2021}}, the
    International Organization for Migration said. Landmines and unexploded ordnance killed [[14
    returnees|killed;a=Project Masam]] and injured [[31|injured;a=Project Masam]] in the area in
    the first half of the year, according to Project Masam, the Saudi-funded demining programme.
    The project says it has removed [[more than 500,000 mines|other;a=The project;alt=Project
    Masam]] and other explosive items across Yemen since {{2018}}. [[About 4.5 million
    people|displaced]] remain displaced across the country. Each returning family received a
    cash grant of {{$250}} from the agency, which said [[some 640 households|aid;a=the agency;alt=the
    International Organization for Migration]] had also been given shelter kits. Residents of
    al-Tuhayta said Houthi forces had detained [[11 returnees|arrested;a=Residents of
    al-Tuhayta]] accused of spying.""",
)

item(
    "Survey: Ukrainian refugees' plans to return keep slipping",
    """Ukrainians abroad are less and less sure they will go home, a survey published on
    {{Thursday}} by the Centre for Economic Strategy in Kyiv found. In its {{sixth}} wave, carried
    out in {{August 2025}}, {{43%}} said they planned to return, against {{77%}} in {{2022}}. Those
    who have been abroad for more than {{three years}} were least likely to say so, and the share
    fell to {{29%}} among people aged {{18 to 34}}. The government's "Unity" ministry has offered
    returnees a payment of {{UAH 10,000}} and help with housing loans at {{3%}}.""",
)

item(
    "Rohingya talks in Naypyitaw end without a date",
    """Bangladeshi and Myanmar officials ended {{two days}} of talks on repatriation in Naypyitaw on
    {{Tuesday}} without setting a date for the first returns, the {{third}} round since {{January
    2025}}. The foreign ministry in Dhaka said the sides had agreed to meet again within {{60
    days}}. The Joint Response Plan for the Rohingya camps for {{2025}} sought {{$934 million}}
    and was only {{56%}} funded by {{November}}. A UN-backed conference on the Rohingya crisis is
    scheduled for {{September 30}} in New York.""",
)
