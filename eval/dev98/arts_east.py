"""East and Central Africa: Sudan, South Sudan, Ethiopia, Somalia and Somaliland, eastern DRC,
Cabo Delgado (12 conflict and humanitarian articles, all with figures)."""

from _wrap import item

item(
    "RSF storms Zamzam camp; aid workers among the dead",
    """EL FASHER - Fighters of the paramilitary Rapid Support Forces (RSF) stormed Zamzam camp
    for the displaced, {{15 kilometres}} south of El Fasher, on Friday after a {{two-day}}
    bombardment, killing [[more than 400 people|killed;a=the UN]], according to the UN. Among
    the dead were [[nine staff members|killed;a=the organisation;alt=Relief International]] of
    Relief International, who ran one of the last health posts in the camp, the organisation
    said. "They came from the south and the east at once, shooting at anything that moved," a
    teacher who fled with her children told Radio Dabanga by telephone from Tawila. Residents
    said the attackers had set fire to the main market and to [[hundreds of
    shelters|housing;a=Residents]]. Others said fighters went from house to house looking for
    young men. The International Organization for Migration said [[between 60,000 and 80,000
    households|displaced;a=The International Organization for Migration]] had fled the camp in
    {{three days}}, most of them towards Tawila, {{60 km}} to the west. Many walked the whole
    way; some paid donkey-cart owners up to {{100,000 Sudanese pounds}} for a place. Before the
    assault, Zamzam sheltered [[an estimated 500,000 people|displaced]], and famine had been
    declared there in {{August 2024}}. In Tawila, the Norwegian Refugee Council said [[about
    1,000 new arrivals a day|displaced;a=the Norwegian Refugee Council]] were registering at
    its distribution points. MSF said its teams had treated [[more than 150
    wounded|injured;a=MSF]] who reached Tawila, and that {{one in three}} children they
    screened was acutely malnourished. The RSF said it had "liberated" the camp, which it
    described as a base for [[thousands of fighters|combatants;a=The RSF]] allied to the army.
    The paramilitary has besieged El Fasher, the army's last stronghold in Darfur, since {{May
    2024}}. The UN Security Council demanded an end to the siege in {{June 2024}}, but the
    fighting has only intensified. Sudan's war, now in its {{third year}}, has killed [[tens of
    thousands of people|killed]].""",
)

item(
    "Sudan's RSF kills scores in Gezira villages after commander defects",
    """PORT SUDAN (Reuters) - Sudan's Rapid Support Forces killed [[at least 124
    people|killed;a=activists]] in the village of Al-Sireha in Gezira state on Friday,
    activists said, in a wave of attacks that followed the defection of a senior RSF commander
    to the army. The Gezira Conference, a local activist group, said the paramilitary fighters
    had also abducted [[more than 150 men|kidnapped;a=The Gezira Conference]] and looted homes
    and livestock. Survivors who reached Rufaa described fighters in pick-up trucks surrounding
    the village at dawn and firing on men who tried to defend their homes with sticks and old
    hunting rifles. "They told us we were Kaykal's people and that we would pay for his
    betrayal," said a farmer who lost his brother in the attack, speaking on condition of
    anonymity. A doctor at the hospital in Rufaa said [[around 200 people|injured;a=A doctor at
    the hospital in Rufaa]] had been brought in with gunshot wounds since Sunday, some of them
    children. The International Organization for Migration said [[more than 119,000
    people|displaced;a=The International Organization for Migration]] had fled eastern Gezira
    in less than {{two weeks}}, most of them to Kassala and Gedaref states. Residents said [[at
    least 30 villages|other;a=Residents]] had been attacked. The RSF, which took control of
    most of Gezira in {{December 2023}}, has denied targeting civilians. The commander, Abu
    Aqla Kaykal, switched sides on {{October 20}}. The army-aligned government in Port Sudan
    said [[14 schools|housing;a=The army-aligned government in Port Sudan]] used as shelters
    had been looted and burned. Telephone networks in the east of the state have been cut since
    {{February}}, and news of the killings reached the outside world through satellite internet
    devices. The army says it is preparing a counter-offensive to retake Wad Madani, the state
    capital. UN humanitarian coordinator Clementine Nkweta-Salami called the attacks "an
    affront to humanity". The war between the army and the RSF, which began in {{April 2023}},
    has displaced [[more than 11 million people|displaced;a=the UN]], according to the UN.""",
)

item(
    "UN helicopter attacked in Nasir as South Sudan tensions rise",
    """JUBA, South Sudan (AP) - An attack on a United Nations helicopter evacuating soldiers
    from Nasir in South Sudan's Upper Nile state killed [[one crew member|killed;a=the UN
    mission]], the UN mission said on Friday. The evacuation followed the fall of the army
    garrison in Nasir on {{March 4}} to the White Army, an armed youth group drawn from the
    Nuer community. Local officials said [[at least 27 soldiers|killed;a=Local officials]],
    including the garrison commander, had been killed in that fighting. The government
    responded with air strikes on Nasir and Ulang counties, and the state health ministry said
    [[21 civilians|killed;a=the state health ministry]] died in a strike on a market. OCHA says
    [[some 63,000 people|displaced;a=OCHA]] have fled their homes since late {{February}},
    including [[about 10,000|displaced;a=OCHA]] who crossed into Ethiopia's Gambella region.
    Security forces have since arrested [[at least 22 officials|arrested;a=the SPLM-IO]] allied
    to First Vice President Riek Machar, his party, the SPLM-IO, said. The civil war that ended
    with a peace deal in {{2018}} killed [[some 400,000 people|killed]]. The UN has warned that
    the deal is at risk of collapse. South Sudan's elections have been postponed to {{December
    2026}}.""",
)

item(
    "Raiders abduct women and children, drive off cattle in Greater Pibor",
    """Armed youths from Jonglei state raided villages in the Greater Pibor Administrative Area
    on Monday, killing [[at least 32 people|killed;a=local officials]] and abducting [[more
    than 50 women and children|kidnapped;a=local officials;n=women and children]], local
    officials said. Abraham Kelang, the area's information minister, said the attackers had
    also driven off [[about 8,000 cattle|other;a=Abraham Kelang]] and burned [[hundreds of
    tukuls|housing;a=Abraham Kelang;u=structure]], the thatched huts in which most families
    live. The UN mission, UNMISS, said it had flown [[150
    peacekeepers|combatants;a=UNMISS;alt=The UN mission]] to Gumuruk to protect civilians.
    Humanitarian agencies said [[some 5,000 people|displaced;a=Humanitarian agencies]] had fled
    to Pibor town, where [[1,200 households|aid;a=Humanitarian agencies]] received emergency
    food this week. In a similar raid in {{January 2023}}, [[more than 2,000 armed
    youths|combatants]] crossed into the area. Cattle raids and revenge attacks between the
    Murle, Lou Nuer and Dinka have grown deadlier as guns spread. The UN said [[at least 130
    children|kidnapped;a=The UN]] were abducted in Jonglei and Pibor in {{2022}}, and that only
    [[46|returned;a=The UN]] had been reunited with their families. Kelang appealed to the
    national government to help trace the abductees.""",
)

item(
    "Drone strike kills dozens in Amhara as rights body warns of rising civilian toll",
    """ADDIS ABEBA - A drone strike on a busy road junction in the town of Gonji Kolela in West
    Gojjam zone killed [[at least 28 people|killed;a=residents]] on Wednesday, residents told
    Addis Standard. A health officer in the town, who asked not to be named, said [[14
    wounded|injured;a=A health officer in the town]] had been referred to the hospital in Bahir
    Dar. The Ethiopian Human Rights Commission (EHRC) said [[more than 50
    civilians|killed;a=The Ethiopian Human Rights Commission (EHRC)]] had been killed in drone
    strikes in the region in {{January}} alone. The conflict between federal forces and Fano
    militias, which erupted in {{August 2023}}, has damaged or looted [[over 400 health
    facilities|housing;a=the regional health bureau]], according to the regional health bureau.
    [[More than 3,700 schools|other;a=the regional education bureau]] remain closed, leaving
    [[over 4 million children|civilians;a=the regional education bureau]] out of class, the
    regional education bureau said. The Ethiopian National Defense Force said this week that it
    had "neutralised" [[312 extremists|killed;a=The Ethiopian National Defense Force]] and
    captured [[hundreds of others|arrested;a=The Ethiopian National Defense Force]] in
    operations in Gojjam. Under a state of emergency declared in {{August 2023}} and extended
    for {{four months}} in {{February}}, federal authorities detained [[thousands|arrested]] in
    Addis Abeba and Amhara. The government has not commented on the Gonji Kolela strike.""",
)

item(
    "Tigray: first IDPs return to Tselemti under federal-regional plan",
    """MEKELLE - [[More than 20,000 internally displaced persons|returned;a=the Tigray Interim
    Administration]] have returned to their homes in Tselemti woreda, in north-western Tigray,
    over the past {{two weeks}}, the Tigray Interim Administration said. The returnees were
    carried in [[180 buses and trucks|other;a=the administration;alt=the Tigray Interim
    Administration;n=buses and trucks]] from Shire, the administration said. The returns,
    coordinated with the federal government and the International Organization for Migration
    (IOM), are the first phase of a plan to bring back [[about 70,000 IDPs|returned;p]] to the
    area before the rainy season. In Shire, where [[over 500,000 IDPs|displaced]] have
    sheltered since the war, displaced families live in [[53 schools|capacity]] and [[11
    collective centres|capacity]]. Each returning household receives a {{three-month}} food
    ration; WFP said [[6,400 households|aid;a=WFP]] had received food and cash so far. "We have
    been waiting for {{two and a half years}}," said Haftu Gebremedhin, {{52}}, a farmer from
    Tselemti. [[About 1 million people|displaced;a=the administration;alt=the Tigray Interim
    Administration]] remain displaced across Tigray, the administration says. The Pretoria
    agreement that ended the war was signed on {{November 2, 2022}}.""",
)

item(
    "SNA claims 70 militants killed as al-Shabaab pushes into Middle Shabelle",
    """GAROWE, Puntland (Garowe Online) - The Somali National Army said on Tuesday it had
    killed [[more than 70 al-Shabaab militants|killed;a=The Somali National Army]] in an
    operation backed by international partners near Adan Yabaal, a town the group seized
    earlier this month. Residents told Garowe Online that [[at least 15
    soldiers|killed;a=Residents]] died in the fighting and that the militants still controlled
    the road to Mahas. Al-Shabaab claimed on its Andalus radio that it had overrun [[four
    military bases|other;a=Al-Shabaab;u=structure]] in Middle Shabelle and Hiiraan since
    {{February}}. Clan militias known as Ma'awisley, with [[around 600 fighters|combatants]] in
    the area, have joined the government counter-offensive. The UN said [[over 100,000
    people|displaced;a=The UN]] had fled the two regions since the start of the offensive, many
    to camps on the outskirts of Mogadishu that already host [[more than 500,000
    IDPs|displaced;a=The UN]]. The African Union mission, AUSSOM, has an authorised strength of
    [[11,911 personnel|combatants]] but faces a funding gap of {{$166 million}}. President
    Hassan Sheikh Mohamud launched his "total war" on the group in {{2022}}, retaking [[dozens
    of towns|other]] that were later lost again. Analysts say the militants now operate within
    {{50 km}} of the capital.""",
)

item(
    "Las Anod: MSF says hospital overwhelmed as fighting enters fifth month",
    """Fighting between Somaliland forces and SSC-Khatumo clan militias in and around Las Anod
    has killed [[at least 210 people|killed;a=local health officials]] since {{February}},
    local health officials said. The city's general hospital has treated [[more than 1,200
    wounded|injured;a=MSF]], MSF said in a statement on Wednesday. The hospital has been hit by
    shelling {{four times}}, killing [[three health workers|killed;a=the
    organisation;alt=MSF]], the organisation said. "Our surgeons are operating around the
    clock," said Djoen Besselink, MSF's head of mission. The UN estimates [[as many as 185,000
    people|displaced;a=The UN]] have fled the fighting. UNHCR says [[about
    100,000|displaced;a=UNHCR]] have crossed into Ethiopia's Somali region, where many sleep
    under trees. MSF has distributed [[2,500 hygiene kits|aid]] in Bokh and Danod. Somaliland's
    defence ministry said [[40 of its soldiers|killed;a=Somaliland's defence ministry]] had
    been killed and that [[more than 300 militia fighters|killed;a=Somaliland's defence
    ministry]] had died. The SSC-Khatumo administration rejected the figures. In {{August}},
    SSC-Khatumo forces overran the Goojacade base, capturing [[hundreds of Somaliland
    soldiers|arrested]], and Somaliland's troops withdrew from the outskirts of the city.""",
)

item(
    "More than 900 bodies collected in Goma after M23 takeover, UN says",
    """GOMA, Democratic Republic of Congo (Reuters) - Aid workers and Red Cross volunteers have
    collected [[more than 900 bodies|killed;a=the UN]] from the streets of Goma since {{M23}}
    rebels seized the city last week, the UN said on Friday. A further [[2,880
    people|injured;a=the UN]] were being treated for wounds in hospitals, it said. The
    Rwanda-backed rebels entered Goma on {{January 27}} after a {{three-week}} offensive that
    sent [[hundreds of thousands of people|displaced]] fleeing. The displacement sites around
    the city, which held [[about 650,000 people|displaced;a=OCHA]] before the offensive, have
    largely emptied, OCHA said, after the {{M23}} ordered residents to leave within {{72
    hours}}. Congolese authorities said [[over 4,000 inmates|other;a=Congolese authorities]]
    escaped from Munzenze prison during the fighting. [[Thirteen foreign soldiers|killed]]
    serving with the UN mission and a southern African force were killed in the battle for the
    city. The rebels said [[about 1,200 government soldiers|combatants;a=The rebels]] had
    surrendered with their weapons. The UN appealed for {{$2.5 billion}} for Congo this year.
    Kinshasa has accused Rwanda of deploying [[some 4,000 troops|combatants;a=UN experts]] in
    eastern Congo, a figure given by UN experts; Kigali denies it.""",
)

item(
    "ADF rebels kill worshippers in night attack on Komanda church",
    """BUNIA, DR Congo (AFP) - Rebels of the Allied Democratic Forces attacked a Catholic
    church in Komanda, in Ituri province, during a night vigil, killing dozens of worshippers,
    local sources said on Sunday. Dieudonne Duranthabo, a civil society coordinator in Komanda,
    told AFP that [[at least 43 people|killed;a=Dieudonne Duranthabo]] had been killed and that
    [[about a dozen homes and shops|housing;a=Dieudonne Duranthabo;n=homes and shops]] were set
    on fire. The attackers, armed with guns and machetes, struck at about {{1am}}. The army
    spokesman in Ituri, Lieutenant Jules Ngongo, gave a toll of [[10 dead|killed;a=Lieutenant
    Jules Ngongo;alt=The army spokesman in Ituri]]. The UN mission MONUSCO said it had
    evacuated [[14 wounded|injured;a=The UN mission MONUSCO]] to Bunia. The ADF, which pledged
    allegiance to the Islamic State group in {{2019}}, has killed [[thousands of
    civilians|killed]] in Ituri and North Kivu. Ugandan and Congolese troops have carried out
    joint operations against the group since {{2021}}. In {{February}}, the bodies of [[about
    70 people|killed]] were found in a Protestant church in Lubero territory. Ituri hosts
    [[nearly 1.2 million displaced people|displaced;a=OCHA;v=1200000]], according to OCHA. Pope
    Leo XIV condemned the attack.""",
)

item(
    "Cabo Delgado: insurgents occupy Macomia, loot shops and food warehouse",
    """[[More than 100 insurgents|combatants;a=local sources]] entered the Macomia district
    headquarters on Friday morning and held parts of the town for {{two days}}, local sources
    told Club of Mozambique. The Ministry of National Defence said [[three
    soldiers|killed;a=The Ministry of National Defence]] were killed and [[two
    others|injured;a=The Ministry of National Defence]] wounded in clashes at the entrance to
    the town. The attackers looted [[at least 20 shops|other]], the district hospital's
    pharmacy and a World Food Programme warehouse holding [[about 90 tonnes|aid;a=WFP]] of
    food, WFP said. Residents said the insurgents, who are linked to the Islamic State group,
    preached at the mosque and told people not to flee. [[Some 11,000 people|displaced;a=the
    Displacement Tracking Matrix of the International Organization for Migration]] nevertheless
    left Macomia in the following days, according to the Displacement Tracking Matrix of the
    International Organization for Migration. Rwanda, which has [[about 4,000 troops and
    police|combatants;n=troops and police]] in the province, sent reinforcements from Mocimboa
    da Praia. The insurgency began in {{October 2017}} and has killed [[over 6,000
    people|killed;a=ACLED]], according to ACLED. At its height, [[more than 1 million
    people|displaced]] were displaced. TotalEnergies' {{$20 billion}} gas project at Afungi
    remains suspended.""",
)

item(
    "Mocimboa da Praia: returnees rebuild as schools and clinics reopen",
    """{{Three years}} after the army and Rwandan troops retook Mocimboa da Praia from
    insurgents, the district is slowly coming back to life. [[About 540,000
    people|returned;a=the International Organization for Migration]] have returned to their
    districts of origin across Cabo Delgado, according to the International Organization for
    Migration. In Mocimboa itself, the population has recovered to [[about
    128,000|civilians;a=local authorities]], local authorities say, close to the {{2017}}
    level. [[About 2,400 houses|housing;a=the provincial government]] were destroyed in the
    town during the occupation, the provincial government estimates. The government has rebuilt
    [[three health centres|housing]], and [[14 schools|other]] have reopened, with classes in
    tents where roofs are missing. "When we came back there was nothing, not even doors," said
    Atija Issa, {{34}}, a fishmonger. WFP has resumed distributions to [[16,000
    households|aid;a=the agency;alt=WFP]] in the district, the agency said. The FAO has handed
    over [[60 fishing boats|aid]] and nets to fishermen's associations. Yet [[over 600,000
    people|displaced;a=IOM]] remain displaced in the province, IOM says, and attacks in
    neighbouring Macomia and Muidumbe keep many families from going home. Investors are
    watching: the port handled [[1,100 containers|other]] last year.""",
)
