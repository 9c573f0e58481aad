"""dev292 items: the east (the Derna floods of 2023 and their aftermath, the battles for
Benghazi, Derna and Sirte, the oil crescent, the eastern authorities' troops and prisons)."""

from _wrap import item

item(
    "Derna death toll climbs as bodies wash ashore",
    """
    The Libyan Red Crescent said on {{September 14, 2023}} that
    [[at least 5,300 people|killed;a=The Libyan Red Crescent]] had died in Derna after the Abu
    Mansour and Al-Bilad dams burst above the city during Storm Daniel. The International
    Federation of Red Cross and Red Crescent Societies said
    [[about 10,000 people|missing;a=The International Federation of Red Cross and Red Crescent Societies]]
    were still missing. The eastern health minister, Othman Abduljalil, said
    [[more than 1,000 of the dead|killed;a=Othman Abduljalil]] had been buried in mass graves.
    Rescue teams recovered [[hundreds of bodies|killed]] from the sea and
    from the mud along the wadi. The mayor, Abdulmenam al-Ghaithi, told Al Arabiya the toll
    could reach [[18,000 to 20,000|killed;p;a=Abdulmenam al-Ghaithi]], given the number of
    districts swept away. IOM said [[at least 30,000 people|displaced;a=IOM]] had been displaced
    in Derna alone. Whole neighbourhoods on both banks of the wadi were carried into the sea,
    and the eastern government said
    [[about 900 buildings|housing;a=the eastern government]] were destroyed.
    """,
)

item(
    "WHO says 3,958 flood victims identified",
    """
    WHO said on {{Sunday}} that [[3,958 bodies|killed;a=WHO]] had been recovered and identified
    in the flood-hit east and that [[more than 9,000 people|missing;a=WHO]] were still missing.
    The agency said it had flown in [[29 tonnes|aid;a=The agency;alt=WHO]] of medical supplies
    from its hub in Dubai. Algeria sent [[eight planes|aid;u=other]] carrying tents, food and
    medicine. OCHA estimated that [[884,000 people|civilians;a=OCHA]] lived in areas hit by the
    storm, of whom [[250,000|civilians;a=OCHA]] needed humanitarian assistance. The health
    ministry of the eastern government said
    [[several hundred people|injured;a=The health ministry of the eastern government]] were being
    treated for injuries, and [[55 children|injured;a=The health ministry of the eastern government]]
    for poisoning after drinking contaminated water. Water from {{50%}} of the city's wells was
    unsafe, the ministry added.
    """,
)

item(
    "A year on, 16,000 people from Derna still displaced",
    """
    A year after the floods, [[about 16,000 people|displaced;a=IOM]] from Derna were still
    displaced, IOM said in {{September 2024}}, most of them living with relatives in Benghazi,
    Al-Bayda and Tobruk. The Development and Reconstruction Fund, headed by Belgasem Haftar, says
    it has rebuilt [[1,500 homes|housing;a=The Development and Reconstruction Fund]] and will hand
    over [[another 3,000 housing units|housing;p;a=The Development and Reconstruction Fund]] by
    {{2026}}. [[About 2,800 families|returned;a=local officials]] have moved back into repaired
    homes in the city, local officials say. Residents complained that compensation of
    {{100,000 dinars}} per destroyed house was too low. The fund says
    [[12 schools|housing;a=The fund;alt=The Development and Reconstruction Fund]] have been
    rebuilt, and UNICEF said [[about 4,500 children|aid;a=UNICEF]] had received psychological
    support since the disaster.
    """,
)

item(
    "Court jails 12 officials over Derna dam collapse",
    """
    A court in Derna sentenced [[12 officials|arrested;a=the Attorney General's office]] to
    prison terms of {{nine to 27 years}} over the collapse of the city's dams, the Attorney
    General's office said on {{July 28, 2024}}. [[Four other defendants|other]] were acquitted.
    The office said investigators had questioned
    [[more than 60 witnesses|other;a=The office;alt=the Attorney General's office]], including
    engineers who had warned since {{2021}} that the dams needed urgent repairs. In the week
    after the floods, witnesses said [[thousands of people|other;a=witnesses]] protested outside
    the Sahaba mosque and set fire to the mayor's house. Amnesty International said
    [[at least nine protesters|arrested;a=Amnesty International]] were detained in the days that
    followed. Reporters Without Borders said
    [[at least 12 journalists|other;a=Reporters Without Borders]] were ordered to leave the city.
    """,
)

item(
    "Families trapped in Ganfouda as Benghazi battle drags on",
    """
    Human Rights Watch said [[about 130 families|civilians;a=Human Rights Watch]], many of them
    foreign workers, remained trapped in the Ganfouda district of Benghazi, where the Libyan
    National Army is besieging [[several hundred fighters|combatants;a=Human Rights Watch]] of the
    Shura Council of Benghazi Revolutionaries. The UN said
    [[more than 90,000 people|displaced;a=The UN]] had fled Benghazi since the fighting began in
    {{May 2014}}, and that [[about 13,000 homes|housing;a=The UN]] had been damaged or destroyed.
    An LNA spokesman, Ahmed al-Mismari, said the army had lost
    [[more than 5,000 soldiers|killed;a=Ahmed al-Mismari]] in {{two years}} of fighting. The Red
    Crescent evacuated [[41 people|displaced]], mostly women and children, during a {{four-hour}}
    pause on {{January 3}}.
    """,
)

item(
    "Misrata forces say Sirte battle cost them 700 fighters",
    """
    Forces aligned with the Government of National Accord said
    [[more than 700 of their fighters|killed;a=Forces aligned with the Government of National Accord]]
    had been killed and [[about 3,200|injured;a=Forces aligned with the Government of National Accord]]
    wounded in the {{seven-month}} battle to retake Sirte from Islamic State. At its height, the
    group had [[as many as 6,000 fighters|combatants;a=US officials]] in the city, US officials
    estimated. The US military carried out
    [[495 air strikes|other;a=the US Africa Command;u=other]] between {{August 1}} and
    {{December 19, 2016}}, according to the US Africa Command. Sirte's municipal council says
    [[about 80,000 residents|displaced;a=Sirte's municipal council]] fled the city and that
    [[some 3,000 families|returned;a=Sirte's municipal council]] had returned by the end of
    {{2017}}. Commanders said they had detained
    [[dozens of women and children|arrested;a=Commanders;n=women and children]] from the families
    of Islamic State fighters.
    """,
)

item(
    "Derna short of food and medicine as LNA tightens siege",
    """
    The UN humanitarian coordinator for Libya, Maria Ribeiro, said
    [[about 125,000 people|civilians;a=Maria Ribeiro]] in Derna were short of food, water and
    medicine as the Libyan National Army tightened its siege of the city. Ribeiro said
    [[at least 750 families|displaced;a=Ribeiro]] had fled the Shiha and Maghar neighbourhoods in
    the past week. A doctor at the city's Al-Wahda hospital said
    [[17 civilians|killed;a=A doctor at the city's Al-Wahda hospital]] had been killed by shelling
    since {{May 7, 2018}}, [[six of them|killed;a=A doctor at the city's Al-Wahda hospital;n=-]]
    children. The LNA said it had captured
    [[more than 60 fighters|arrested;a=The LNA]] of the Derna Protection Force, which it
    estimates still has [[up to 1,000|combatants;a=The LNA]] in the old city. A convoy of
    [[12 trucks|aid]] from the World Food Programme reached the city on {{Thursday}}, the first
    in {{three weeks}}.
    """,
)

item(
    "Turkish-Egyptian group to rebuild Derna's dams",
    """
    The eastern authorities signed a {{$1.1 billion}} contract on {{March 4, 2025}} with a
    Turkish-Egyptian consortium to rebuild the dams that collapsed above Derna in
    {{September 2023}}. The larger dam, Abu Mansour, will be raised to {{75 metres}} and hold
    {{22.5 million cubic metres}} of water, the reconstruction fund said. Storm Daniel dropped
    {{414 millimetres}} of rain on Al-Bayda in {{24 hours}}, a record for the region. Engineers
    had warned in {{2022}} that the old dams, built in the {{1970s}}, had not been maintained
    since {{2002}}. Work is due to take {{36 months}}, and the fund expects to cover {{15%}} of
    the cost from its {{2025}} allocation.
    """,
)

item(
    "Sudanese refugees swell Kufra's population",
    """
    [[More than 240,000 Sudanese|displaced;a=UNHCR]] have crossed into Libya since war broke out
    in their country in {{April 2023}}, UNHCR said on {{Tuesday}}, most of them arriving in the
    remote south-eastern town of Kufra. Kufra's mayor said the town, home to
    [[about 60,000 people|civilians;a=Kufra's mayor]], was now hosting
    [[roughly 50,000 refugees|displaced;a=Kufra's mayor]]. The agency said it and its partners
    had set up [[two reception centres|capacity;a=The agency;alt=UNHCR]] with space for
    [[up to 2,000 people|capacity;a=The agency;alt=UNHCR]]. WFP said it had distributed food to
    [[95,000 refugees|aid;a=WFP]] in Kufra and Al-Jawf since {{January}}. Temperatures in the town
    reach {{46C}} in summer. At the height of the influx, UNHCR said,
    [[as many as 700 people a day|displaced;a=UNHCR]] were arriving.
    """,
)

item(
    "LNA sends 1,000 troops towards Ghadames",
    """
    The Libyan National Army said on {{August 8, 2024}} it had sent
    [[more than 1,000 troops|combatants;a=The Libyan National Army]] and
    [[about 200 armoured vehicles|other;a=The Libyan National Army]] south-west towards Ghadames
    and the Algerian border, under the command of Saddam Haftar. Officials in Tripoli said they
    had placed [[several thousand fighters|combatants;a=Officials in Tripoli]] on alert in
    response. The UN mission urged restraint, noting that
    [[about 11,000 people|civilians;a=The UN mission]] live in and around the oasis town. In
    Ubari, [[two soldiers|killed;a=the LNA's media office]] died when their vehicle hit a mine,
    the LNA's media office said. Local councils in Ghadames said
    [[about 400 families|displaced;a=Local councils in Ghadames]] had left for Nalut as a
    precaution.
    """,
)

item(
    "Bodies of 36 men found near Al-Abyar",
    """
    The bodies of [[36 men|killed;a=a local official]], their hands tied and with gunshot wounds
    to the head, were found dumped near the town of Al-Abyar, east of Benghazi, on
    {{October 26, 2017}}, a local official said. The UN mission said it had documented the
    summary execution of [[at least 43 people|killed;a=The UN mission]] in Benghazi since
    {{March 2016}}. The LNA said it had arrested [[three officers|arrested;a=The LNA]] and opened
    an investigation. Relatives say [[more than 150 men|missing;a=Relatives]] have disappeared in
    Benghazi since {{2014}} after being stopped at checkpoints. Human Rights Watch said
    [[dozens of people|kidnapped;a=Human Rights Watch]] had been abducted by armed groups
    affiliated with the LNA. Hospital records seen by Reuters show
    [[19 unidentified bodies|killed;a=Hospital records seen by Reuters]] were buried in Benghazi
    in {{November}} alone.
    """,
)

item(
    "Aid reaches Derna as UN appeals for $71.4 million",
    """
    WFP said it had reached [[more than 100,000 people|aid;a=WFP]] in Derna and surrounding
    towns with food since {{September 12}}. The Libyan Red Crescent distributed
    [[25,000 food parcels|aid]], and UNICEF shipped [[1,000 hygiene kits|aid]] by road from
    Benghazi. The UN launched a flash appeal for {{$71.4 million}} to help
    [[250,000 people|aid;p;a=The UN]] over {{three months}}. A convoy of
    [[40 trucks|aid;a=the Tripoli-based government]] crossed the front line from the west, the
    Tripoli-based government said. The eastern authorities said
    [[about 4,000 displaced people|displaced;a=The eastern authorities]] were staying in
    [[36 schools|capacity;a=The eastern authorities]] in Derna and nearby towns.
    """,
)

item(
    "Fire at Ras Lanuf tanks after Jadhran attack",
    """
    Fighters loyal to Ibrahim Jadhran attacked the oil ports of Ras Lanuf and Es Sider on
    {{June 14, 2018}}, and the National Oil Corporation said
    [[two storage tanks|other;a=the National Oil Corporation]] had caught fire, cutting output by
    {{240,000 barrels per day}}. The corporation said it had evacuated
    [[about 1,200 employees|displaced;a=The corporation;alt=the National Oil Corporation]] from
    both terminals. An LNA spokesman said [[at least 14 soldiers|killed;a=An LNA spokesman]] had
    died in the fighting and [[23|injured;a=An LNA spokesman]] had been wounded. Jadhran, who says
    he commands [[about 1,000 men|combatants;a=Jadhran]], said he wanted to end the
    marginalisation of his tribe. Residents said
    [[several hundred families|displaced;a=Residents]] had fled Ras Lanuf town for Brega. Libya's output had stood at about {{1 million bpd}} before the
    attack.
    """,
)

item(
    "Derna families still waiting for names of their dead",
    """
    {{Two years}} after the floods, the General Authority for Search and Identification of
    Missing Persons says it has collected DNA samples from
    [[more than 3,400 relatives|other;a=the General Authority for Search and Identification of Missing Persons]]
    and identified [[about 1,100|killed;a=the General Authority for Search and Identification of Missing Persons]]
    of the [[3,800 bodies|killed;a=the General Authority for Search and Identification of Missing Persons]]
    buried on the city's outskirts. The Libyan Red Crescent still lists
    [[4,100 people|missing;a=The Libyan Red Crescent]] as missing. Many of the dead were buried
    hastily in [[two mass graves|other;u=other]] near the Martouba road in the first
    {{10 days}}. The social affairs ministry says
    [[about 230 children|other;a=The social affairs ministry]] were orphaned.
    """,
)

item(
    "Egypt bombs Derna after IS kills Egyptian Christians",
    """
    Egyptian warplanes struck Islamic State positions in Derna on {{February 16, 2015}}, a day
    after the group released a video showing the beheading of
    [[21 Christian workers|killed]], [[20 of them|killed;n=-]] Egyptians, who had been abducted
    in Sirte. Egypt's military said the raids had killed
    [[about 50 militants|killed;a=Egypt's military]]. Residents of Derna said
    [[seven civilians|killed;a=Residents of Derna]], including
    [[three children|killed;a=Residents of Derna]], died when a house was hit. Cairo said it would
    help [[thousands of Egyptian workers|displaced;p;a=Cairo]] leave Libya. By the end of the
    week, [[about 15,000 Egyptians|returned;a=Egyptian officials]] had crossed back through the
    Salloum border post, Egyptian officials said.
    """,
)

item(
    "Eastern-based parliament approves budget for fiscal 2025",
    """
    The House of Representatives in Benghazi approved a budget of {{69 billion dinars}} for the
    eastern government for fiscal {{2025}} on {{July 10, 2025}}, after {{two days}} of debate.
    Salaries take {{52 percent}} of the total. The spending plan is {{14%}} larger than in
    {{FY2024}}, and {{6 billion dinars}} are set aside for reconstruction in Derna and other areas
    hit by Storm Daniel. The Tripoli-based government rejected the vote, saying the
    {{2025/26}} spending must be agreed jointly. Inflation reached {{2.4%}} in {{June}}, the
    central bank said, and the dinar traded at {{5.5}} to the dollar.
    """,
)
