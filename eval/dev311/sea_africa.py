"""dev311 items: the Gulf of Guinea, West Africa's Atlantic coast, Somalia and the Mozambique
Channel."""

from _wrap import item

item(
    "Pirates kidnap 15 from container ship off Sao Tome",
    """Pirates boarded the Liberian-flagged container ship Mozart about {{100 nautical miles}}
    north-west of Sao Tome on Saturday and abducted [[15 of its 19 crew|kidnapped;a=the
    Turkish maritime directorate]], the Turkish maritime directorate said. [[One Azerbaijani
    engineer|killed]] was shot dead during the raid. The gang of [[eight armed pirates|
    combatants;a=the captain]] spent {{six hours}} trying to break into the citadel where the
    crew had taken refuge, the captain told Turkish media. [[The remaining three sailors|
    civilians]] sailed the ship to Port-Gentil in Gabon. President Recep Tayyip Erdogan said
    Turkey would do everything to free [[the 15|kidnapped;a=President Recep Tayyip Erdogan]].
    It was the worst kidnapping in the Gulf of Guinea since {{2019}}. [[Three of the hostages|injured;a=relatives]] had gunshot wounds, relatives said.""",
)

item(
    "IMB: kidnappings at sea fall but crews still at risk",
    """The International Maritime Bureau recorded [[116 incidents|other;u=other;a=The
    International Maritime Bureau]] of piracy and armed robbery against ships last year, down from
    [[120|other;u=other;a=The International Maritime Bureau]] the year before. The bureau said
    in its annual report that [[14 crew members|kidnapped;a=The bureau;alt=The International
    Maritime Bureau]] had been kidnapped, [[nine|injured;a=The bureau;alt=The International
    Maritime Bureau]] injured and [[one|killed;a=The bureau;alt=The International Maritime
    Bureau]] killed.
    In the Gulf of Guinea, pirates boarded [[18 vessels|other;u=other;a=the bureau;alt=The International Maritime Bureau]]; in {{2020}}, the worst
    year, [[130 seafarers|kidnapped;a=the bureau]] were taken there, the bureau said. The
    Singapore Strait accounted for [[43 incidents|other;u=other]], mostly thefts of engine spares
    from bulk carriers. The bureau said the real number of attacks was probably
    higher because owners fear delays if they report.""",
)

item(
    "Nigerian navy arrests nine oil thieves in Bayelsa",
    """Nigerian navy patrol boats arrested [[nine suspects|arrested;a=a navy spokesman]] and
    seized [[three wooden barges|other;u=other;a=a navy spokesman]] laden with stolen crude in
    creeks near Brass on Tuesday, a navy spokesman said. Sailors also destroyed
    [[42 illegal refining sites|other]] and [[about 250 drums|other;u=other]] of refined diesel.
    The navy said its Operation Delta Sanity had arrested [[more than 300 people|arrested;a=The
    navy]] since {{April}}. The suspects, aged between {{19 and 45}}, will be handed to the
    Economic and Financial Crimes Commission. Nigeria loses about {{400,000 barrels a day}} to
    theft, officials say. Residents said [[about 200 people|displaced;a=Residents]] fled a fishing settlement after the refining sites were burned.""",
)

item(
    "Eight sailors freed five weeks after Gulf of Guinea kidnapping",
    """[[Eight crew members|kidnapped;a=the ship's German owner]] abducted from a product tanker
    off Bioko Island have been released after {{five weeks}} in captivity in the Niger Delta,
    the ship's German owner said on Friday. The men, [[five Ukrainians|kidnapped;a=the company]],
    [[two Russians|kidnapped;a=the company]] and [[one Filipino|kidnapped;a=the company]], were in good health but
    exhausted, the company said. It did not say whether a ransom had been paid; security sources
    said about {{$400,000}} changed hands. [[The 12 crew|civilians]] left aboard had sailed the
    tanker to Malabo. The kidnappers, [[about 10 men|combatants;a=the crew]] in a speedboat,
    had fired on the bridge before boarding, the crew told investigators.""",
)

item(
    "Indian navy frees hijacked bulk carrier Ruen",
    """Indian marine commandos retook the Malta-flagged bulk carrier Ruen off Somalia on
    Saturday, and [[all 35 pirates|arrested;a=the Indian navy]] aboard surrendered, the Indian
    navy said. [[The 17 crew members|kidnapped]] held since the ship was
    hijacked in {{December}} were rescued unharmed. The {{40-hour}} operation, {{1,400 nautical
    miles}} from the Indian coast, involved [[two warships|other;u=other]], a drone and
    [[about 20 commandos|combatants]] dropped by a {{C-17}} transport aircraft. The pirates had used
    the Ruen as a mother ship to attack [[two other vessels|other;u=other]]. The navy said
    [[the 35|arrested;a=The navy]] were being held aboard INS Kolkata and would face trial
    in Mumbai.""",
)

item(
    "Iranian fishing vessel and 19 Pakistanis freed from pirates",
    """The Indian navy said on Tuesday it had freed [[19 Pakistani sailors|kidnapped;a=The Indian
    navy]] held by Somali pirates aboard the Iranian-flagged fishing vessel Al Naeemi, off the
    east coast of Somalia. [[Eleven pirates|arrested]] were detained. It was
    the navy's {{second}} such rescue in {{36 hours}}: on Sunday it freed
    [[17 Iranian crew|kidnapped]] from another fishing vessel. Since {{December}}, Somali
    pirates have hijacked [[more than 20 dhows and fishing boats|other;n=dhows and fishing
    boats;u=other;a=EU Naval Force Atalanta]], according to EU Naval Force Atalanta. The Indian navy says it has freed [[more than 100 sailors|kidnapped;a=The Indian navy]] from pirates since {{December}} and has [[at least 10 warships|other;u=other;a=The Indian navy]] in the Arabian Sea.""",
)

item(
    "Six pirates handed to Seychelles for trial",
    """[[Six suspected pirates|arrested;a=EU Naval Force Atalanta]] captured by the Spanish
    frigate Victoria were handed to authorities in the Seychelles on Monday to stand trial,
    EU Naval Force Atalanta said. The men had boarded a Chinese-flagged fishing vessel off
    Eyl and held [[its 18 crew|kidnapped]] for {{two days}} before the frigate arrived. The
    mission said it now had [[three warships|other;u=other;a=The mission;alt=EU Naval Force
    Atalanta]] and [[about 600 personnel|combatants;a=The mission;alt=EU Naval Force Atalanta]]
    in the area. A court in Victoria has jailed [[more than 150 Somali pirates|arrested;a=the Seychelles attorney general]] since
    {{2010}}, the Seychelles attorney general said. [[Two of the fishermen|injured]] had been beaten.""",
)

item(
    "Puntland deploys maritime police after new hijackings",
    """Puntland has deployed [[300 maritime police officers|combatants;a=the region's
    security minister]] along its coast to stop a revival of piracy, the region's security
    minister said on Thursday. The force arrested [[12 suspected pirates|arrested]] near
    Eyl last month and seized [[four skiffs|other;u=other]], [[six rifles|other]] and a ladder.
    [[Another 200 recruits|combatants;p;a=the minister]] will join after training by the UAE, the
    minister said. Fishermen in the area said foreign trawlers, some with
    armed guards on board, were back in Somali waters. The World Food Programme said it was feeding [[about 70 fishing households|aid;a=The World Food Programme]] in Eyl whose boats had been seized.""",
)

item(
    "Abdullah crew home after a month held by Somali pirates",
    """[[The 23 Bangladeshi sailors|kidnapped;a=KSRM Group]] of the bulk carrier MV
    Abdullah were freed on Saturday, {{32 days}} after Somali pirates hijacked the ship, the
    owner, KSRM Group, said. Local elders said [[about 65 pirates|combatants;a=Local elders]]
    had been aboard at times. A plane dropped a ransom of about {{$5m}} in cash next to the ship,
    according to a pirate who spoke to Reuters. [[All 23|returned;p;a=the company;alt=KSRM Group]] will fly home
    from Dubai once the ship docks, the company said. EU warships followed the vessel after its
    release and [[two frigates|other;u=other]] escorted it out of Somali waters. EU Naval Force Atalanta said pirates still held [[17 crew|kidnapped;a=EU Naval Force Atalanta]] of an Iranian dhow off Garacad, guarded by [[some 30 gunmen|combatants;a=EU Naval Force Atalanta]].""",
)

item(
    "Scores feared dead as pirogue capsizes off Mauritania",
    """[[More than 150 people|killed;a=Mauritania's coast guard]] are feared dead after a pirogue
    carrying migrants capsized off Nouakchott, Mauritania's coast guard said on Thursday. Its
    boats pulled [[103 survivors|other]] from the water. The boat had left the Gambia
    {{a week}} earlier with [[about 300 passengers|civilians;a=the survivors]], the survivors
    said. [[Eighty-nine bodies|killed;a=the coast guard]] were brought ashore, the coast guard
    said. The Atlantic route to the Canary Islands is the deadliest for migrants; Caminando
    Fronteras says [[more than 9,700 people|missing;a=Caminando Fronteras]] vanished at sea on
    it last year. Mauritania itself hosts [[more than 100,000 Malian refugees|displaced]] in its east.""",
)

item(
    "Togolese navy repels pirate attack off Lome",
    """The Togolese navy said it had fought off [[five pirates|combatants;a=The Togolese navy]]
    who tried to board a tanker at anchor off Lome before dawn on Wednesday. [[Two of the
    attackers|killed]] were killed and [[two|arrested]]
    were captured, while [[one|other]] escaped in a speedboat. [[One sailor|injured]] was hurt in
    the exchange of fire. The tanker's [[22 crew|civilians]] had locked themselves in the
    engine room. Lome has some of the safest anchorages in the region, with
    [[about 40 vessels|other;u=other]] waiting at a time.""",
)

item(
    "Smugglers force migrants overboard off Djibouti",
    """Smugglers forced [[dozens of migrants|other;a=the IOM]] into the sea off Djibouti on
    Monday, and [[at least 45|killed;a=the IOM]] drowned, the IOM said. The boats had left
    Yemen with [[310 people|civilians]] bound for the Horn of Africa, many of them Ethiopians
    returning home. [[Thirty-two survivors|other]] were pulled from the water by
    fishermen. [[At least 100|missing]] remain missing. IOM's migrant response centre at
    Obock, with [[250 beds|capacity]], gave the survivors food and clothing.""",
)

item(
    "Insurgents seize dhows off Cabo Delgado",
    """Insurgents linked to the Islamic State seized [[two dhows|other;u=other;a=local
    officials]] off the Quirimbas islands and abducted [[11 fishermen|kidnapped;a=local
    officials]], local officials said on Friday. [[Three of the fishermen|kidnapped]] were later
    released and returned to Ibo. The insurgents, [[about 30 fighters|combatants;a=Cabo Ligado]]
    in small boats, also burned [[20 huts|housing;a=Cabo Ligado]] on Matemo island, Cabo Ligado,
    a conflict monitor, said. [[About 400 people|displaced]] fled Matemo for Pemba. The Rwandan army has
    [[about 4,000 troops|combatants]] in the province. Islanders said [[12 houses|housing;a=Islanders]] on Ibo had also been set alight.""",
)

item(
    "Somali coast guard rescues crew of sinking dhow",
    """Somaliland's coast guard rescued [[14 Indian sailors|other;a=Somaliland's coast guard]]
    from a dhow that sank off Berbera on Sunday, Somaliland's coast guard said.
    [[Two others|missing]] are missing. The dhow, carrying rice and sugar from Gujarat, broke up
    in a storm. The survivors were housed at a seafarers' centre in Berbera, which has
    [[space for 40|capacity]], and the Mission to Seafarers said it had handed out
    [[28 food parcels|aid;a=the Mission to Seafarers]] and phone cards.
    India's embassy in Nairobi said [[the 14|returned;p;a=India's embassy in Nairobi]] would be
    flown to Mumbai. [[Two of the rescued sailors|injured]] were treated for hypothermia.""",
)

item(
    "Gulf of Guinea ransoms and premiums fall",
    """Average ransoms paid to Gulf of Guinea kidnappers fell to about {{$250,000}} a crew last
    year, from {{$1m}} in {{2020}}, a security adviser told an industry conference in London.
    Kidnap-and-ransom premiums for ships calling at Nigerian ports fell by {{30%}}. Ships must
    still report their position every {{six hours}} within {{250 nautical miles}} of the coast.
    The Yaounde Code of Conduct, signed in {{2013}}, marks its {{12th}} anniversary in
    {{June}}.""",
)

item(
    "Indian Ocean high-risk area shrinks",
    """Shipping industry groups have cut the Indian Ocean high-risk area to waters within
    {{200 nautical miles}} of Somalia, from about {{600 nautical miles}} at the peak of piracy in
    {{2011}}, a change that takes effect on {{1 January}}. Ships in the area are advised to keep
    speeds above {{18 knots}} and to report every {{four hours}}. Armed guards' day rates have fallen
    {{20%}} since {{2023}}, and war-risk cover now costs about {{0.1%}} of hull value.""",
)
