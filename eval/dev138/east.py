"""East Africa, the Horn and the Great Lakes in the style of the Daily Nation, The Citizen,
Garowe Online and the region's other papers: IEDs, bandit raids, protests, sieges, offensives,
camp attacks and abductions (13 items with figures, 1 without)."""

from _wrap import item

item(
    "Four police officers killed in Mandera IED blast",
    """[[Four police officers|killed]] were killed and [[two others|injured]] seriously injured on
    Tuesday morning when their vehicle ran over an improvised explosive device near Arabia, in
    Mandera East. Mandera County Police Commander Samuel Kosgei said the officers were part of a
    team escorting [[three lorries|other;a=Samuel Kosgei]] ferrying building materials to the
    border town when the blast occurred at about {{9.30am}}. The injured were airlifted to
    Nairobi. A police source said [[as many as 12 militants|combatants;a=A police source]] had
    been seen crossing from Somalia the previous night. The attack, blamed on al-Shabaab militants,
    came {{a week}} after
    [[six quarry workers|killed]] were shot dead in Banisa, some {{80km}} away.""",
)

item(
    "Bandits kill three, drive away 400 goats in Kerio Valley raid",
    """[[Three people|killed]], including a police reservist, were killed on Saturday when armed
    bandits raided Chesongoch village in Marakwet East, Elgeyo-Marakwet County, and drove away
    [[more than 400 goats|other]] and [[120 head of cattle|other;n=head of cattle]].
    Elgeyo-Marakwet County Commander Peter Mulinge said the raiders, numbering
    [[about 50|combatants;a=Peter Mulinge]], struck at dawn and engaged police reservists in a
    gunfight that lasted {{three hours}}. He said [[two others|injured;a=Peter Mulinge]] were
    taken to Kapsowar Mission Hospital with gunshot wounds. Residents said
    [[more than 300 families|displaced;a=Residents]] had fled to Tot and Chesoi, leaving their
    farms unattended. The County Director of Education, Florence Kiprono, said
    [[five schools|other;a=Florence Kiprono]] in the area had been closed, affecting
    [[over 1,200 pupils|civilians;a=Florence Kiprono]]. The Interior ministry announced on Sunday
    that [[200 more police officers|combatants;p;a=The Interior ministry]] would be deployed to
    the valley, where [[more than 100 people|killed]] have been killed in banditry-related
    attacks since {{2019}}.""",
)

item(
    "Rights body says 27 killed as protests rock 17 counties",
    """[[At least 27 people|killed;a=the Kenya National Commission on Human Rights (KNCHR)]]
    were killed and [[over 200|injured;a=the Kenya National Commission on Human Rights (KNCHR)]]
    injured in Monday's anti-government protests, the Kenya National Commission on Human Rights
    (KNCHR) said on Tuesday. The commission said the deaths were recorded in
    [[17 counties|other;a=The commission;alt=the Kenya National Commission on Human Rights
    (KNCHR)]], with
    Nairobi, Kiambu and Kirinyaga accounting for most of them. It said
    [[567 people|arrested;a=the Kenya National Commission on Human Rights (KNCHR)]] had been
    arrested, some of them in their homes long after the protests had ended. Police gave lower
    figures. National Police Service spokesperson Joseph Kipkorir said
    [[11 people|killed;a=Joseph Kipkorir]] died and
    [[52 police officers|injured;a=Joseph Kipkorir]] were injured, while
    [[over 500 suspects|arrested;a=Joseph Kipkorir]] were arrested for looting and arson. At the
    Kenyatta National Hospital, a spokesperson said [[41 patients|injured;a=a spokesperson]]
    with gunshot wounds had been admitted since Monday, [[nine of them|injured;n=-;a=a
    spokesperson]] in the intensive care unit. In Kiambu, a mob set ablaze the Kikuyu police
    station and a magistrate's court. Protesters also looted
    [[dozens of shops|housing;a=the Kenya Private Sector Alliance]] in Nairobi's central
    business district, the Kenya Private Sector Alliance said, putting losses at
    {{Sh1.5 billion}}. Schools in Nairobi and Kiambu were closed on Monday and public transport
    was paralysed. The protests marked the anniversary of the storming of Parliament on
    {{June 25, 2024}}. The protesters, mostly {{aged between 18 and 35}}, are demanding the
    resignation of the government over police killings. Business owners along Moi Avenue said
    they had lost goods they had taken years to build.""",
)

item(
    "Insurgents from Mozambique kill 16 in Mtwara village raid",
    """Armed insurgents who crossed the Ruvuma River from Mozambique raided Mahurunga village in
    Mtwara Rural District in the early hours of Wednesday, killing
    [[16 villagers|killed;a=the police]] and torching
    [[more than 40 houses|housing;a=the police]], the police have said. Mtwara Regional Police
    Commander Mark Njera said the attackers, [[about 150|combatants;a=Mark Njera]] in number,
    stormed the village at around {{3am}}, looting shops and a health centre before setting
    them on fire. He said [[six people|injured;a=Mark Njera]] were wounded and
    [[three|missing;a=Mark Njera]] were still missing. Residents told The Citizen that
    [[hundreds of villagers|displaced;a=Residents]] spent the night in the bush. Regional
    Commissioner Hamisi Mkanga said [[2,000 residents|displaced;a=Hamisi Mkanga]] had been moved
    to Nanyamba and would be given food and shelter. Police said
    [[eight suspects|arrested;a=Police]] had been arrested for allegedly harbouring the
    insurgents.""",
)

item(
    "Al-Shabaab attack on Mahaday base repulsed, govt says",
    """Al-Shabaab fighters on Friday attacked a Somali National Army (SNA) base in Mahaday,
    Middle Shabelle region, triggering heavy fighting that lasted {{four hours}}. The Ministry of
    Information said in a statement that troops repulsed the attack and neutralised
    [[over 70 militants|killed;a=The Ministry of Information]], among them
    [[three senior commanders|killed;a=The Ministry of Information]]. Local elders, however,
    told Garowe Online that [[at least 17 soldiers|killed;a=Local elders]] were killed and that
    the militants seized [[two military vehicles|other;a=Local elders]]. The militants used
    [[two suicide car bombs|other;u=other;a=a military officer]] to breach the base's
    perimeter, a military officer said. Medical sources at Jowhar General Hospital said
    [[23 wounded soldiers|injured;a=Medical sources at Jowhar General Hospital]] were admitted
    overnight. The attack comes as the federal government deploys
    [[more than 1,000 troops|combatants]] trained in Uganda to the Shabelle frontline. Residents
    of Mahaday said [[hundreds of families|displaced;a=Residents of Mahaday]] had fled to
    Jowhar.""",
)

item(
    "Mogadishu hotel siege ends after 30 hours; 21 dead",
    """Somali security forces on Sunday morning ended a {{30-hour}} siege at the Jubba Palace
    Hotel near the {{KM4}} junction in Mogadishu after killing
    [[all five attackers|killed;a=police]], police said. Police spokesman Abdirahman Mohamed
    Farah said [[21 people|killed;a=Abdirahman Mohamed Farah]], including
    [[three police officers|killed;a=Abdirahman Mohamed Farah]], were killed. He said security
    forces rescued [[117 people|civilians;a=Abdirahman Mohamed Farah]], among them guests, hotel
    staff and children, who had been trapped inside. The attack began on Friday evening when a
    car bomb exploded at the hotel's gate and gunmen stormed the building. Al-Shabaab claimed
    responsibility, saying on its Radio Andalus that its fighters killed
    [[over 40|killed;a=Al-Shabaab]] government officials and soldiers. Aamin Ambulance, a free
    ambulance service, said it had transported [[63 injured people|injured;a=Aamin Ambulance]]
    and [[14 bodies|killed;a=Aamin Ambulance]] from the scene. Somalia's National Intelligence
    and Security Agency (NISA) said it had arrested
    [[six suspects|arrested;a=Somalia's National Intelligence and Security Agency (NISA)]]
    linked to the attack. "I hid in the bathroom with a colleague for {{11 hours}}," said Hodan
    Ali, a {{27-year-old}} receptionist. The president's office condemned the attack and declared
    {{three days}} of national mourning. Traffic on Maka al-Mukarama road, closed during the
    siege, reopened at {{2pm}} on Sunday. The hotel, popular with lawmakers, was previously
    attacked in {{2019}}. Since the start of the year, al-Shabaab has carried out
    [[at least nine attacks|other;u=other;a=Somali Public Agenda]] in the
    capital, according to the Somali Public Agenda think tank.""",
)

item(
    "Puntland forces say 30 ISIS militants killed in Cal Miskaad offensive",
    """Puntland Security Forces (PSF) said on Wednesday they had killed
    [[30 ISIS militants|killed;a=Puntland Security Forces (PSF)]],
    [[12 of them|killed;n=-;a=Puntland Security Forces (PSF)]] foreign fighters, in fresh
    operations in the Cal Miskaad mountains of Bari region. [[Seven soldiers|killed;a=the
    Puntland Ministry of Security]] were martyred and [[14 others|injured;a=the Puntland Ministry
    of Security]] wounded in the fighting, the Puntland Ministry of Security said. PSF commander
    Colonel Abdiqadir Warsame said troops captured
    [[11 militant bases|other;u=structure;a=Abdiqadir Warsame]] and took
    [[four foreign fighters|arrested;a=Abdiqadir Warsame]] alive, including nationals of
    Ethiopia and Morocco. Since the offensive began in December, Puntland says it has killed
    [[more than 600 militants|killed;a=Puntland]] and lost [[over 90 soldiers|killed;a=Puntland]].
    [[About 4,000 residents|displaced;a=the Bari regional administration]] of the mountain
    villages have fled to Bosaso and Qandala, according to the Bari regional administration.""",
)

item(
    "Militants behead six, torch 12 houses in Lamu raid",
    """[[Six people|killed]] were killed, [[four of them|killed;n=-]] beheaded, when suspected
    al-Shabaab militants raided Salama village in Lamu West on Sunday night and set
    [[12 houses|housing]] ablaze. County Commissioner Stephen Kibet said the attackers,
    [[about 15|combatants;a=Stephen Kibet]], struck at around {{9pm}} and fled into the Boni
    forest. Residents said [[two women|kidnapped;a=Residents]] were taken away by the militants.
    [[More than 500 residents|displaced]] have since fled to Mpeketoni and Witu, where they are
    camping at [[two churches|capacity]] and a primary school. The Kenya Red Cross said it
    had distributed [[400 food packs|aid;a=The Kenya Red Cross]] to the displaced. The government
    has deployed
    [[an additional 120 officers|combatants]] to the area and imposed a {{12-hour}} curfew from
    {{6pm}} to {{6am}}.""",
)

item(
    "Drone strike on Dembecha market kills 32, residents say",
    """A drone strike on a busy market in Dembecha town, West Gojjam Zone of Amhara region, on
    Sunday killed [[at least 32 civilians|killed;a=residents and health workers]], residents and
    health workers told Addis Standard. A health worker at Dembecha Primary Hospital, who
    requested anonymity, said the hospital had received
    [[29 bodies|killed;a=A health worker at Dembecha Primary Hospital]] and
    [[more than 50 injured|injured;a=A health worker at Dembecha Primary Hospital]].
    [[Eleven of the wounded|injured]] were referred to Bahir Dar. The federal government has not
    commented on the strike, which came amid fighting between the army and Fano militias that has
    raged since {{August 2023}}. According to the Ethiopian Human Rights Commission (EHRC), drone
    strikes in the region killed [[at least 120 civilians|killed;a=the Ethiopian Human Rights
    Commission (EHRC)]] in the first {{three months}} of the year. Fano fighters said they had
    captured [[47 government soldiers|arrested;a=Fano fighters]] in clashes near the town last
    week.""",
)

item(
    "CODECO militiamen kill 41 in attack on Ituri displacement site",
    """Militiamen of the Cooperative for the Development of Congo (CODECO) killed
    [[at least 41 people|killed;a=local civil society]], including
    [[14 children|killed;a=local civil society]], in an overnight attack on the Lala
    displacement site in Djugu territory, Ituri province, local civil society said on Monday. The
    attackers, armed with machetes and guns, set fire to
    [[more than 200 shelters|housing;a=Jean Kalonda]] and looted the site's health post, the
    administrator of Djugu territory, Colonel Jean Kalonda, told Radio Okapi. He said
    [[nine wounded|injured;a=Jean Kalonda]] had been taken to the general hospital in Bunia. The
    site sheltered [[about 3,200 displaced people|displaced]], most of whom have fled to Bule,
    {{12 kilometres}} away. MONUSCO said it had deployed [[120 peacekeepers|combatants;a=MONUSCO]]
    to protect [[the remaining 11 sites|capacity;a=MONUSCO]] in the area. The UN refugee agency
    said it would send
    [[1,000 emergency shelter kits|aid;p;a=The UN refugee agency]] to Bule. Humanitarian agencies
    estimate that [[1.6 million people|displaced;v=1600000;a=Humanitarian agencies]] are
    displaced in Ituri.""",
)

item(
    "Insurgents storm Macomia, loot food stores",
    """[[Hundreds of insurgents|combatants]] linked to the Islamic State stormed the town of
    Macomia in Mozambique's Cabo Delgado province on Friday, looting food warehouses and clashing
    with soldiers until nightfall. The defence minister told parliament on Tuesday that
    [[seven soldiers|killed;a=The defence minister]] died and
    [[over 20 insurgents|killed;a=The defence minister]] were neutralised in the fighting.
    Residents said the attackers loaded [[at least eight trucks|other;a=Residents]] with rice,
    beans and cooking oil before leaving. The International Organization for Migration (IOM) said
    [[some 2,600 people|displaced;a=The International Organization for Migration (IOM)]] had fled
    Macomia to Pemba and Mucojo since the attack. The World Food Programme said it had
    suspended food distributions to [[about 45,000 people|aid;a=The World Food Programme]] in
    the district after its warehouse was looted. Rwanda has
    [[about 4,000 soldiers and police officers|combatants;n=soldiers and police officers]] in the
    province, deployed in {{2021}}. The conflict has killed [[more than 6,000
    people|killed;a=ACLED]]
    since {{2017}}, according to the monitoring group ACLED.""",
)

item(
    "Mortar shells land near Mogadishu airport; no casualties",
    """Several mortar shells landed near Aden Adde International Airport in Mogadishu on Tuesday
    evening, hours before a scheduled meeting of the National Consultative Council, police said.
    The shells were fired at about {{7.40pm}} from Dayniile, some {{5km}} north of the airport,
    and fell in an open field near the Halane compound, a police officer told Garowe Online. No
    casualties were reported. Al-Shabaab claimed the attack on its affiliated websites. The
    airport compound, which hosts the UN and several embassies, was last hit in
    {{March 2024}}, when flights were suspended for {{two hours}}.""",
)

item(
    "LSK: 82 Kenyans abducted since June, 29 still missing",
    """The Law Society of Kenya (LSK) says [[82 people|kidnapped;a=The Law Society of Kenya
    (LSK)]] have been abducted by suspected security agents since the Gen Z protests began in
    {{June 2024}}. LSK president Wanjiku Kariuki said on Monday that
    [[29 of them|missing;n=-;a=Wanjiku Kariuki]] remain missing, while the bodies of
    [[seven|killed;a=Wanjiku Kariuki]] have been found in rivers and forests around Nairobi.
    [[The remaining 46|kidnapped]] were released after days or weeks in captivity, some of them
    dumped far from home.""",
)

item(
    "Two killed in Kilosa farmer-herder clash",
    """[[Two people|killed;a=Alex Mkama]] were killed and [[five others|injured;a=Alex Mkama]]
    injured in a clash between farmers and pastoralists in Mabwegere village, Kilosa District, on
    Saturday, Morogoro Regional Police Commander Alex Mkama said. He said the fight broke out
    after a herd of [[about 300 cattle|other;a=Alex Mkama]] strayed into maize farms, and that
    [[11 suspects|arrested;a=Alex Mkama]] had been arrested. Village leaders said
    [[17 huts|housing;a=Village leaders]] belonging to pastoralists were torched in revenge on
    Sunday. [[Some 60 households|displaced;a=the district commissioner]] have fled to Dumila
    since the clash, the district commissioner said. Kilosa has recorded land conflicts between
    farmers and herders since the
    {{2000s}}.""",
)
