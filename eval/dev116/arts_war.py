"""War features told through people: raids, sieges, strikes, abductions and the people who
count their dead and their survivors (16 articles with figures, 1 without)."""

from _wrap import item

item(
    "In Zamfara, a mother waits for the daughters the gunmen took",
    """Amina Yusuf was stirring a pot of millet porridge when the gunmen rode into her village in
    Nigeria's Zamfara State one evening in February {{2021}}. "They came on
    [[about 40 motorcycles|other;a=Amina Yusuf;alt=Yusuf]], firing into the air," she said.
    "They took [[14 of us|kidnapped;n=-;a=Amina Yusuf;alt=Yusuf]]," she said, "and
    [[two of them|kidnapped;n=-;a=Amina Yusuf;alt=Yusuf]] were my daughters." Yusuf, {{38}},
    was freed after {{23 days}} in a forest camp when her brother sold his land to pay a ransom
    of {{800,000 naira}}. Her daughters, aged {{15}} and {{17}}, are still held. Armed gangs
    known locally as bandits kidnapped [[more than 3,600 people|kidnapped;a=SBM Intelligence]] in
    Nigeria in the twelve months to June {{2023}}, according to the risk consultancy SBM
    Intelligence. At the clinic in the nearby town, nurse Hauwa Sani said she had treated
    [[nine women|injured;a=Hauwa Sani]] released from the same camp in the past month. The
    village had [[about 1,200 residents|civilians]] before the raid. [[Some 300 of them|displaced;n=-;a=Isa Gusau]]
    now sleep in [[four classrooms|capacity]] of a primary school in Kaura Namoda, said Isa
    Gusau, the village head. Police said [[11 suspects|arrested;a=Police]] had been detained in
    raids on the forest since March.""",
)

item(
    "Under Kharkiv, a teacher keeps her class going in a metro station",
    """Olena Kovalenko checks the names on her list as the children file down the escalator of
    Kharkiv's Universytet metro station, {{40 metres}} below the shelling. "Today there are
    [[23 children|other;a=Olena Kovalenko;alt=Kovalenko]], yesterday only
    [[17|other;a=Olena Kovalenko;alt=Kovalenko]], because the sirens went all morning," she
    said. Kovalenko, {{46}}, has taught maths for {{22 years}}. The city opened its first metro classrooms in September {{2023}}, and by spring
    [[about 1,000 pupils|other;a=the city's education department]] were studying in
    [[60 classrooms|other]] on the platforms, the city's education department said.
    Russian strikes have damaged [[more than 170 schools|housing;a=Ihor Terekhov]] in Kharkiv
    since {{2022}}, Mayor Ihor Terekhov said in April. "I had [[31 pupils|other;a=Olena Kovalenko;alt=Kovalenko]]
    before the war," Kovalenko said. "[[Nine|displaced;n=-]] left
    for Poland or Germany, and I don't know where the rest are." A guard, Serhiy, said
    [[up to 300 people|displaced;a=Serhiy]] still spend the night on the station's benches when
    the attacks are heavy.""",
)

item(
    "A nurse's night at Al-Aqsa hospital",
    """Nour Abu Shamala was changing the dressing on a boy's leg when the next ambulance pulled
    up outside Al-Aqsa Martyrs Hospital in Deir el-Balah. "In one hour we received
    [[27 wounded|injured;a=Nour Abu Shamala;alt=Abu Shamala]], [[six of them|injured;n=-;a=Nour Abu Shamala;alt=Abu Shamala]]
    children," she said. The hospital, built for [[about 200 patients|capacity;a=its director]],
    was treating [[more than 700|injured;n=-;a=its director]] in July {{2024}}, its director
    said. Abu Shamala, {{29}}, has not left the compound for {{five weeks}}. Her parents and
    [[four siblings|displaced;a=Nour Abu Shamala;alt=Abu Shamala]] are living in a tent in
    al-Mawasi, she said, and she speaks to them when the network allows. Gaza's health ministry
    says [[more than 38,000 people|killed;a=Gaza's health ministry]] have been killed since
    October {{2023}}. Only [[16|other;n=-;u=structure;a=the World Health Organization]] of the
    territory's [[36 hospitals|other;a=the World Health Organization]] are even partly working,
    according to the World Health Organization. Khaled Nassar, a volunteer surgeon from Amman,
    said his team had carried out [[40 amputations|other;u=other;a=Khaled Nassar]] in a week.
    "We run out of gauze before we run out of patients," he said.""",
)

item(
    "Across the border in Adré, the survivors of Ardamata count who is missing",
    """Mariam Abakar carried her youngest son across the dry riverbed into Chad with nothing but
    a plastic jerrycan. "We were [[about 70|displaced;n=-;a=Mariam Abakar;alt=Abakar]] when we
    left Ardamata," she said. "Only [[31 of us|displaced;n=-]] reached the border." Her husband
    and [[two brothers|killed;a=Mariam Abakar;alt=Abakar]] were shot in front of her, she said.
    Abakar, {{32}}, now lives under a sheet of tarpaulin on the edge of Adré, a town of
    [[about 40,000 people|civilians]] before the war whose camps now hold
    [[more than 150,000|displaced;n=-]]. UNHCR said
    [[more than 600,000 Sudanese refugees|displaced;a=UNHCR]] had crossed into Chad by early
    {{2024}}. Doctors Without Borders said its teams in Adré had treated
    [[858 wounded|injured;a=Doctors Without Borders]] in three days in June {{2023}}. Ahmat Saleh,
    who ferries new arrivals from the border on his lorry, said he carries
    [[up to 50 people|displaced;a=Ahmat Saleh]] on each run. "They come with nothing, not even
    shoes," he said.""",
)

item(
    "The teacher who counted the burned houses of Nyaung Kone",
    """U Kyaw Win, a retired schoolteacher, was the first to walk back into Nyaung Kone three
    days after the soldiers left. "They burned [[186 houses|housing;a=U Kyaw Win]], the
    monastery and the school," he said, standing in the ash of his own home. Villagers said
    [[about 90 soldiers|combatants;a=Villagers]] had arrived in
    [[three helicopters|other;a=Villagers]] at dawn. [[Seven villagers|killed;a=the local People's Defence Force]],
    among them [[two teenagers|killed;a=the local People's Defence Force]], were found in a
    field, according to the local People's Defence Force. Kyaw Win, {{67}}, taught at the
    village school for {{31 years}}. "[[More than 3,000 people|displaced;a=U Kyaw Win]] from here
    and [[four neighbouring villages|other;a=U Kyaw Win]] are sleeping in the forest," he said.
    The junta did not respond to questions. Data for Myanmar, a research group, counts
    [[more than 78,000 homes|housing;a=Data for Myanmar]] burned across the country since the
    coup of February {{2021}}, most of them in Sagaing.""",
)

item(
    "In blockaded Djibo, a trader sells what the convoys bring",
    """Boureima Dicko sells whatever reaches Djibo, and in March {{2023}} that was not much. "A
    sack of millet that cost {{15,000 CFA francs}} now costs {{45,000}}," he said from behind his
    empty stall. The last supply convoy of [[about 150 trucks|aid]] reached the town in February
    under army escort. When jihadists ambushed a convoy in September {{2022}}, they killed
    [[11 soldiers|killed;a=the army]] and left [[50 civilians|missing;a=the army]] unaccounted
    for, the army said. Djibo, once a town of [[60,000|civilians;n=-]], now holds
    [[more than 300,000 people|displaced;a=the UN]] who fled the villages around it, according to
    the UN. Dicko, {{52}}, shares his house with [[19 relatives|displaced;a=Boureima Dicko;alt=Dicko]]
    who fled Arbinda, he said. "We eat once a day," said Aissata Barry, a widow who feeds
    [[seven children|civilians;a=Aissata Barry]] on leaves boiled with salt. Helicopters
    chartered by the World Food Programme flew in [[200 tonnes|aid;a=the World Food Programme]]
    of food in March, the World Food Programme said.""",
)

item(
    "Digging in Aleppo with the White Helmets",
    """Ismail Abdullah digs with his hands when the excavator runs out of fuel. "This morning we
    pulled [[11 people|other;a=Ismail Abdullah;alt=Abdullah]] out alive and
    [[four|killed;n=-;a=Ismail Abdullah;alt=Abdullah]] dead from one building," he said,
    wiping grey dust from his face. His centre in al-Mashhad has
    [[32 volunteers|other;a=Ismail Abdullah;alt=Abdullah]] and
    [[two ambulances|other;u=other;a=Ismail Abdullah;alt=Abdullah]], he said, and
    [[three of his colleagues|killed;a=Ismail Abdullah;alt=Abdullah]] have been killed since the
    summer. Abdullah, {{30}}, was a tailor before the uprising of {{2011}}. The UN says
    [[about 250,000 people|civilians;a=The UN]] are trapped in the besieged east of the city.
    The Syrian Observatory for Human Rights says
    [[more than 400 people|killed;a=The Syrian Observatory for Human Rights]] have died there
    since a ceasefire collapsed on {{September 19}}. Only [[29 doctors|other;a=the World Health Organization]]
    remain for the whole of the east, according to the World Health Organization. "We do not
    sleep any more," Abdullah said. "We wait for the sound of the planes.\"""",
)

item(
    "The fishermen of al-Khokha who stopped going to sea",
    """Ali Hassan Mahdi mends a net on the beach at al-Khokha, though he has not taken a boat out
    since the night of the strike. "We went out in [[three boats|other;a=Ali Hassan Mahdi;alt=Mahdi]]
    and only one came back," he said. "There were [[14 of us|other;n=-;a=Ali Hassan Mahdi;alt=Mahdi]]
    on my boat," he said. The air strike killed [[nine fishermen|killed;a=the local fishermen's association]],
    the local fishermen's association said; [[six|missing;n=-]] are still missing and
    [[two survivors|other]] were picked up by a cargo ship. Mahdi, {{44}} and a father of
    [[five|other;n=-]], survived by clinging to a fuel drum for {{nine hours}}. The Yemen Fishermen's Union
    says [[more than 150 fishermen|killed;a=The Yemen Fishermen's Union]] have been killed at sea
    since {{2015}} and [[about 250 boats|other;a=The Yemen Fishermen's Union]] destroyed. Before
    the war, [[about 70,000 people|other;a=The Yemen Fishermen's Union]] made their living from
    fishing on the Red Sea coast, it said.""",
)

item(
    "A priest's exercise book of the dead",
    """Abba Gebremedhin keeps the names in a child's exercise book, in blue ink, one line for
    each. "I have buried [[82 people|killed;a=Abba Gebremedhin]] from this parish," he said in
    the churchyard at Mai Kelebet, a village in central Tigray. "[[Twenty-one|killed;n=-;a=Abba Gebremedhin]]
    were killed in one afternoon, here, by the wall," he said. Among the dead were
    [[three priests|killed]]. The parish had [[about 4,000 members|civilians]] before November
    {{2020}}, when the war reached it, and [[about 600 families|displaced;a=Abba Gebremedhin]]
    fled to Mekelle, the priest said. Letebrhan, a {{41}}-year-old widow, lost her husband and
    [[two sons|killed]] on the same day. Researchers at Ghent University have documented
    [[more than 10,000 civilian deaths|killed;a=Researchers at Ghent University]] in the region.
    In June {{2021}}, a UN-backed analysis said
    [[about 350,000 people|civilians;a=a UN-backed analysis]] in Tigray were living in famine
    conditions.""",
)

item(
    "From Mocímboa da Praia by dhow, a mother's crossing",
    """Fátima Assane bailed water out of the dhow with a cooking pot for two nights. "We were
    [[43|displaced;n=-;a=Fátima Assane;alt=Assane]] on a boat made for
    [[20|capacity;n=-;a=Fátima Assane;alt=Assane]]," she said on the beach at Paquitequete, in
    Pemba. Insurgents linked to the Islamic State group seized Mocímboa da Praia in August
    {{2020}}. [[About 10,000 people|displaced;a=officials]] reached Paquitequete by sea in a
    single week of October, officials said. Assane, {{26}}, travelled with her
    [[three children|displaced]]. Her husband is among [[dozens of men|kidnapped]] taken by the
    fighters from the town. In Pemba she shares a two-room house with
    [[22 people|displaced;a=Fátima Assane;alt=Assane]] from her district, she said.
    [[More than 500,000 people|displaced;a=the International Organization for Migration]] had
    fled the violence in Cabo Delgado by the end of the year, according to the International
    Organization for Migration. João Muhate, a Caritas volunteer, said
    [[at least 12 people|killed;a=João Muhate]] drowned when a boat capsized off Quissanga.""",
)

item(
    "Behind the wheel of a tap-tap in gang-held Port-au-Prince",
    """Wilner Pierre-Louis has driven the same painted tap-tap between Pétion-Ville and downtown
    Port-au-Prince for {{19 years}}. "Before, I carried [[about 40 passengers|other;a=Wilner Pierre-Louis;alt=Pierre-Louis]]
    a trip, now maybe [[15|other;n=-;q=approx;a=Wilner Pierre-Louis;alt=Pierre-Louis]]," he said,
    because people are afraid to travel. Gunmen stopped his bus twice this year and took
    [[three passengers|kidnapped;a=Wilner Pierre-Louis;alt=Pierre-Louis]], he said; one was
    released after her family paid {{$4,000}}. The UN says gang violence killed
    [[more than 5,600 people|killed;a=The UN]] in Haiti in {{2024}} and drove
    [[more than 700,000|displaced;n=-;a=The UN]] from their homes. In a school turned into a
    shelter in Delmas, [[about 1,200 people|displaced;a=Marie-Ange Joseph]] sleep on classroom
    floors, said its organiser, Marie-Ange Joseph. She said
    [[four babies|other;a=Marie-Ange Joseph]] had been born there since March. A Kenyan-led
    police mission had [[about 400 officers|combatants]] on the ground by the summer, far fewer
    than the [[2,500|combatants;n=-;p]] it was meant to reach. Pierre-Louis, {{51}}, says he
    will keep driving. "If I stop, my family does not eat," he said.""",
)

item(
    "In Toribío, a Nasa leader counts the threats",
    """Before dawn, Luz Dary Ipia walks the ridge above Toribío with the indigenous guard, carrying
    only a painted staff. She has received [[11 death threats|other;u=other;a=Luz Dary Ipia;alt=Ipia]]
    since January, she said, most of them by text message. "They killed
    [[five of our guards|killed;a=Luz Dary Ipia;alt=Ipia]] in one ambush in October," she said.
    [[About 200 guards|other]] walked behind the coffins. Colombia's ombudsman says
    [[more than 480 social leaders|killed;a=Colombia's ombudsman]] were killed between
    {{2016}} and {{2019}}, the years after the peace deal with the FARC. Ipia, {{35}}, now moves
    with [[two bodyguards|other]] assigned by the national protection unit and an armoured car.
    The Nasa reserve around Toribío is home to [[about 32,000 people|civilians]]. Dissident
    factions with [[an estimated 2,500 fighters|combatants;a=military intelligence]] operate in
    Cauca, according to military intelligence. Last year Ipia moved her
    [[three children|displaced]] to Popayán, {{three hours}} away by road. "I cannot ask them to
    live like this," she said.""",
)

item(
    "Nine days at Abbey Gate: an interpreter's escape from Kabul",
    """Farid Ahmadzai held his youngest daughter above the crowd for most of the ninth day.
    "There were [[thousands of people|displaced;a=Farid Ahmadzai;alt=Ahmadzai]] at the gate,
    pushing, and the soldiers could not see our papers," he said. Ahmadzai, {{36}}, worked as an
    interpreter for British troops in Helmand from {{2009}} to {{2013}}. On {{26 August}}, a
    suicide bomber at the gate killed [[at least 170 Afghans|killed]] and
    [[13 US service members|killed]]. Ahmadzai and [[six family members|displaced]] flew out two
    days later on an RAF plane with [[265 passengers|displaced]] aboard. Britain's operation flew
    [[more than 15,000 people|displaced;a=the Ministry of Defence]] out of Kabul in two weeks,
    the Ministry of Defence said, and the US evacuated
    [[about 124,000 people|displaced;a=the Pentagon]], according to the Pentagon.
    [[About 40 of his former colleagues|civilians;a=Farid Ahmadzai;alt=Ahmadzai]] are still in
    Afghanistan, he said. "They send me messages every night," he said from a hotel room near
    Heathrow. "I have no answer for them.\"""",
)

item(
    "Every Saturday, a sister's sign in Hostages Square",
    """Every Saturday night Yael Cohen stands in Tel Aviv's Hostages Square holding a photograph of
    her brother Omri, taken at his {{30th}} birthday. "There were
    [[17 of us|other;n=-;a=Yael Cohen;alt=Cohen]] at that table," she said, "and
    [[four|kidnapped;n=-;a=Yael Cohen;alt=Cohen]] are gone." Hamas-led gunmen killed
    [[about 1,200 people|killed;a=Israeli officials]] in southern Israel on {{7 October 2023}} and
    took [[251 hostages|kidnapped;a=Israeli officials]] into Gaza, according to Israeli
    officials. [[105 hostages|kidnapped]] were freed during a truce in November. The kibbutz
    where the Cohens grew up lost [[64 members|killed;a=its secretariat]], its secretariat said;
    the [[about 300 survivors|displaced;a=its secretariat]] live in a hotel by the Dead Sea.
    Cohen, {{41}}, a physiotherapist, has not worked since. Her mother, {{70}}, comes on
    Saturdays too, in a wheelchair. "People ask me how many weeks it has been," she said. "I
    count in days.\"""",
)

item(
    "The taxi driver who kept driving after the Zoobe bomb",
    """Abdirahman Hassan was stuck in traffic at the Zoobe junction when the truck exploded
    {{200 metres}} ahead of him. "[[Three of my passengers|killed;a=Abdirahman Hassan;alt=Hassan]]
    died in the car," he said. He drove the wounded who could still walk to Madina hospital
    until night fell. The bombing on {{14 October 2017}} killed
    [[more than 500 people|killed;a=a government inquiry]], a government inquiry later found,
    and wounded [[more than 300|injured;n=-;a=a government inquiry]]. Aamin Ambulance, the
    city's free service, said its [[12 ambulances|other;a=Aamin Ambulance]] made
    [[more than 200 trips|other;a=Aamin Ambulance]] in two days. [[Hundreds of young men|other]]
    queued outside the hospitals to give blood. Hassan, {{28}}, lost his cousin and his
    taxi. A businessman gave him a new car in {{2018}}. "[[Nine|other;n=-;a=Abdirahman Hassan;alt=Hassan]]
    drivers from our rank are still doing the route," he said.""",
)

item(
    "After the Plaine Savo attack, a camp volunteer counts the shelters",
    """Dieudonné Ngabu walked the rows of the Plaine Savo displacement camp the morning after the
    attack, writing in a notebook. "They burned [[40 shelters|housing;a=Dieudonné Ngabu;alt=Ngabu]]
    and cut down people as they ran," he said. Militiamen from the CODECO group killed
    [[62 people|killed;a=local officials]] in the camp in Ituri province on the night of
    {{1 February 2022}}, local officials said. Plaine Savo held
    [[about 24,000 displaced people|displaced]] at the time. At the health centre in Bule, nurse
    Esther Dhedonga said she had treated [[36 wounded|injured;a=Esther Dhedonga]], most of them
    with machete cuts. "[[Two of my neighbours' daughters|missing;a=Dieudonné Ngabu;alt=Ngabu]]
    are still missing," Ngabu said. Ngabu, {{45}}, has lived in the camp since {{2019}}. UN
    peacekeepers sent [[a company of 120 troops|combatants]] to guard it. Across Ituri,
    [[about 1.5 million people|displaced;v=1500000;a=the UN]] have been displaced, according to
    the UN.""",
)

item(
    "Running again, a year after Bakhmut",
    """Taras Melnyk, {{34}}, lost his left leg below the knee near Bakhmut in {{December 2022}}.
    In {{April 2024}} he ran {{5 kilometres}} in a park in Lviv on a carbon blade that cost
    {{$12,000}}, paid for by a charity. It took him {{41 minutes}}. "The first {{100 metres}}
    were the hardest," he said. He spent {{seven months}} at the Superhumans centre, which opened
    in {{2023}} and says it has fitted prostheses for veterans since its first week. Melnyk
    trains {{four times}} a week and wants to run a half-marathon, {{21.1 kilometres}}, in
    {{2025}}. His physiotherapist, Iryna Bondar, {{27}}, says he has recovered
    {{80%}} of the strength in his thigh. He finished {{third}} in his category at a veterans'
    race in Kyiv in {{September}}. "I do not think about the leg," he said. "I think about the
    next kilometre.\"""",
)
