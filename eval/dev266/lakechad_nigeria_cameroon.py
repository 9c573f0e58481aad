"""dev266 items: north-east Nigeria (Borno, Yobe, Adamawa), north-west Nigeria (Zamfara, Katsina,
Sokoto, Kaduna, Niger State), Cameroon's Far North and the Chadian shores of Lake Chad."""

from _wrap import item

item(
    "Chad: fishermen abducted on Lake Chad, families say",
    """Boko Haram fighters on [[five boats|other]] seized [[at least 16 fishermen|kidnapped;a=relatives]]
    near Kaiga Kindjiria on Lake Chad, relatives said. [[Three|killed;a=relatives]] were killed
    when they tried to resist, they said. The army said it was searching the islands with [[two
    helicopters|other;a=The army]]. Chad's army has deployed [[about 2,000 soldiers|combatants]]
    in the Lac province under Operation Haskanite, launched in {{October 2024}}. The fishermen's
    association said [[more than 50 of its members|kidnapped;a=The fishermen's association]] had
    been abducted since the start of the year, and [[11|missing;a=The fishermen's association]]
    were still missing.""",
)

item(
    "Kuriga: gunmen abduct pupils from school in Kaduna state",
    """Gunmen on motorcycles stormed the local government school in Kuriga, in Nigeria's Kaduna
    state, on {{Thursday}} morning and took away [[between 280 and 300 pupils|kidnapped;a=the
    headteacher]], the headteacher said. The state governor later put the number at [[137
    pupils|kidnapped;a=The state governor]] and [[one teacher|kidnapped;a=The state governor]].
    [[About 25 children|kidnapped]] had escaped on the first night and made their way home through
    the bush. The school had
    [[some 600 pupils|civilians]] on its register. Residents said the attackers numbered [[50 to 60
    men|combatants;a=Residents]]. A Kuriga resident, {{42}}, said [[three of his
    children|kidnapped;n=children;a=A Kuriga resident]] were among those taken. The pupils were
    freed {{16 days}} later; the army said no ransom was paid. Amnesty International counts [[more
    than 1,680 pupils|kidnapped;a=Amnesty International]] abducted from schools in Nigeria since
    the Chibok girls in {{2014}}.""",
)

item(
    "Gwoza: women suicide bombers strike wedding, funeral and hospital",
    """[[At least 32 people|killed;a=the Borno State Emergency Management Agency]] were killed and
    [[42|injured;a=the Borno State Emergency Management Agency]] seriously wounded when female
    suicide bombers struck a wedding, a funeral and a hospital in Gwoza, in Nigeria's Borno state,
    according to the Borno State Emergency Management Agency. A member of a militia that works with
    the army said [[two of his colleagues|killed;n=colleagues;a=A member of a militia that works with
    the army]] and a soldier died at a checkpoint. The agency said [[18 of the dead|killed;n=dead;a=The
    agency;alt=the Borno State Emergency Management Agency]] were women and children. The
    wounded were taken to Maiduguri, about {{135 km}} to the north. Gwoza, recaptured from Boko
    Haram in {{2015}}, is home to [[tens of thousands of displaced people|displaced]] living in
    camps around the town.""",
)

item(
    "Borno closes Maiduguri camps as families sent back to villages",
    """The Borno state government has closed [[all eight official camps|capacity;a=the state government]] in
    Maiduguri, sending [[some 140,000 residents|returned;a=the state government]] back to their
    home towns or to new settlements, the state government said. Each family received a bag of
    rice and {{100,000 naira}}. The government said it had rebuilt [[more than 10,000
    houses|housing;a=The government]] in Bama, Ngarannam and Marte, and plans to build [[3,000
    more|housing;p;n=-;u=structure;a=The government]] this year. Aid groups said [[about 4,000
    households|displaced;a=Aid groups]] had moved into informal camps instead of going home
    because their villages were not safe. The UN says [[2.3 million people|displaced;a=The UN]]
    remain displaced in Borno, Adamawa and Yobe, and [[nearly 4.4 million|civilians;a=The UN]]
    face acute hunger. In Bama, [[at least nine returnees|killed]] were killed by insurgents
    while farming in {{July}}.""",
)

item(
    "Zamfara: bandits kill dozens, seize women in raids on farming villages",
    """Armed bandits killed [[at least 38 villagers|killed;a=police]] in raids on [[four
    villages|other;a=police]] in the Maru area of Nigeria's Zamfara state, police said on
    {{Sunday}}. Residents said the gunmen, who came on [[more than 100 motorcycles|other;a=Residents]],
    abducted [[between 40 and 50 people|kidnapped;a=Residents]], mostly women, and
    demanded a ransom of {{20 million naira}}. [[Hundreds of families|displaced]] fled to Gusau,
    the state capital. The raid came after villagers refused to pay a levy of {{50,000 naira}} per
    community to the gang of a bandit leader known as Dogo Gide. Amnesty International says [[more
    than 3,600 people|kidnapped;a=Amnesty International]] were abducted in the north-west in the
    first half of the year. The police said they had arrested [[seven suspected
    informants|arrested;a=The police]].""",
)

item(
    "Defence headquarters: troops kill 89 insurgents in a week",
    """Troops killed [[89 insurgents|killed;a=Defence Headquarters]] and arrested [[146
    suspects|arrested;a=Defence Headquarters]] across Nigeria in the past week, Defence
    Headquarters said in its weekly briefing. The spokesman, Major General Edward Buba, said
    troops also rescued [[102 kidnapped hostages|kidnapped;a=The spokesman;alt=Major General Edward Buba]] and recovered [[63
    assorted weapons|other;a=The spokesman;alt=Major General Edward Buba]] and [[1,847 rounds|other;a=The spokesman;alt=Major General Edward Buba]] of
    ammunition. In the north-east, [[1,122 Boko Haram fighters|combatants;a=Major General Edward Buba]] surrendered to troops with their families, he
    said. The
    figures could not be verified independently. Defence Headquarters has said that [[more than 120,000
    insurgents and relatives|other;n=insurgents and relatives;a=Defence Headquarters]] have
    surrendered since {{2021}}, a number analysts treat with caution.""",
)

item(
    "Mafa: Boko Haram fighters kill traders and residents in Yobe",
    """Boko Haram fighters killed [[between 80 and 130 people|killed;a=local officials]] in an
    attack on Mafa, in Nigeria's Yobe state, local officials said, in one of the deadliest attacks
    in the state in years. The district head said the gunmen arrived on [[about 50
    motorcycles|other;a=The district head]] and set fire to [[at least 40 shops|housing;a=The
    district head]] and houses. [[Thirty-four people|injured]] were treated at the
    general hospital in Damaturu. The police said the attack was revenge for villagers' help to
    the army. [[Nearly 2,000 residents|displaced;a=the National Emergency Management Agency]] fled
    to Damaturu and Buni Yadi, according to the National Emergency Management Agency, which said
    it had sent [[two trucks|aid;a=the National Emergency Management Agency]] of food and
    mattresses. [[Dozens of people|missing]] are still unaccounted for.""",
)

item(
    "MSF: malnutrition cases soar in Borno as aid cuts bite",
    """Médecins Sans Frontières said its teams in Maiduguri had admitted [[more than 1,700
    children|aid;a=Médecins Sans Frontières]] with severe acute malnutrition in {{June}}, twice the
    number a year earlier. [[At least 652 of them|killed;n=-;a=the charity;alt=Médecins Sans
    Frontières]] died in its centres this year, the charity said. MSF runs an inpatient feeding centre with [[200
    beds|capacity]] in the city and plans to open [[two more|capacity;p;n=-;u=structure;a=MSF]]
    by {{August}}. The World Food Programme said funding cuts would force it to stop food aid to
    [[up to 1.3 million people|aid;p;a=The World Food Programme]] in north-east Nigeria in {{July}}.
    [[About 5.4 million children|civilians;a=UNICEF]] under {{five}} are at risk of acute malnutrition in the region,
    UNICEF said.""",
)

item(
    "Rann: air force strike on displacement camp kills aid workers and residents",
    """A Nigerian air force jet bombed a camp for displaced people in Rann, near the Cameroonian
    border, killing [[between 112 and 170 people|killed;a=local officials]], local officials said,
    in what the military called a mistake. Médecins Sans Frontières said [[three of its
    staff|killed;n=staff;a=Médecins Sans Frontières]] were among the dead and that its team had
    treated [[more than 120 wounded|injured;a=Médecins Sans Frontières]]. The International Committee of the Red
    Cross said [[six Red Cross volunteers|killed;a=The International Committee of the Red Cross]]
    had been killed. The camp sheltered [[about 40,000 people|displaced;a=the ICRC]] who had fled
    Boko Haram, according to the ICRC. [[Nine seriously injured patients|injured]] were flown by
    helicopter to Maiduguri. The air force said its pilot had been targeting a gathering of
    insurgents reported by ground troops.""",
)

item(
    "Cameroon's Far North: jihadists kill vigilantes, torch homes in Mayo-Tsanaga",
    """Jihadists attacked the village of Tourou, in Cameroon's Far North region, on {{Tuesday}}
    night, killing [[seven members|killed;a=a local administrative official]] of a vigilance
    committee and [[two civilians|killed;a=a local administrative official]], a local
    administrative official told AFP. The assailants, [[about 30|combatants;a=the official]] by the
    official's count, burned [[some 60 homes|housing;a=the official]] and stole goats before crossing back into Nigeria. [[Three women|missing]] are
    unaccounted for. Since {{2014}}, the conflict has displaced [[more than 450,000 people|displaced;a=UNHCR]]
    in the Far North, UNHCR says, and the Minawao camp hosts [[about 78,000 Nigerian
    refugees|displaced;a=UNHCR]]. The camp was designed for [[30,000 people|capacity]].
    Cameroon's army has deployed [[2,500 soldiers|combatants]] of its Rapid Intervention Battalion in
    the region.""",
)

item(
    "Zabarmari farmers buried as toll climbs",
    """Residents of Zabarmari, near Maiduguri, buried [[43 rice farmers|killed]] on {{Sunday}} who
    were tied up and killed by Boko Haram fighters while harvesting in the fields. The UN
    humanitarian coordinator said [[at least 110 civilians|killed;a=The UN humanitarian
    coordinator]] had died in the attack, the most violent direct attack against civilians that
    year. A militia leader told AFP that [[as many as 15 women|kidnapped;a=A militia leader]] may
    have been abducted, and that [[six farmers|missing;a=A militia leader]] were still missing.
    The farmers had come from Sokoto state to work the fields for about {{5,000 naira}} a day. In
    Zabarmari, [[about 500 households|civilians]] depend on rice farming. The governor said
    [[1,500 members|combatants;p;a=The governor]] of the Civilian Joint Task Force would be
    recruited to protect farmers. [[Hundreds of farmers|displaced]] have since left Zabarmari for
    Maiduguri.""",
)

item(
    "Soldiers missing after ISWAP overruns base in Malam Fatori",
    """Islamic State West Africa Province fighters overran a military base in Malam Fatori, in
    northern Borno, on {{Monday}}, and [[at least 20 soldiers|missing;a=two military sources]]
    were missing, two military sources told Reuters. [[Five soldiers|killed;a=the sources;alt=two military sources]] were
    killed, the sources said. The army said it had repelled the attack and killed [[up to 40
    insurgents|killed;a=The army]] with air support. ISWAP, which claimed the attack, said it had
    seized [[three armoured vehicles|other;a=ISWAP]]. [[Around 2,500 residents|displaced;a=officials
    in Niger's Diffa region]] crossed the border into Niger, officials in Niger's Diffa region
    said, many of them people who had returned to the town only in {{2022}}. Malam Fatori had
    [[about 13,000 returnees|returned]] before the attack.""",
)

item(
    "Sokoto: Lakurawa fighters kill herders, seize cattle",
    """Fighters of the Lakurawa group killed [[15 herders|killed;a=the state police command]] and
    drove off [[about 800 cattle|other;a=the state police command]] in an attack near Kebbe, in
    Nigeria's Sokoto state, the state police command said. [[Three people|injured]] were wounded.
    The army said it had arrested [[22 suspected members|arrested;a=The army]] of the group in the
    past month and killed [[two commanders|killed;a=The army]]. The group, which moved in from
    Niger and Mali, has displaced [[some 2,000 families|displaced;a=the State Emergency Management
    Agency]] in Sokoto and Kebbi states, according to the State Emergency Management Agency. Local
    leaders say the group taxes [[more than 30 villages|other;a=Local leaders]] in the area.""",
)

item(
    "Kolofata: families return as Cameroon reopens schools near border",
    """[[More than 1,200 households|returned;a=the divisional officer]] have returned to Kolofata and
    Amchidé in Cameroon's Far North since {{January}}, the divisional officer said, almost a
    {{decade}} after Boko Haram attacks emptied the border towns. [[About 9,000 people|returned;a=IOM]]
    went back to their villages in the Mayo-Sava department last year, IOM said. The government
    reopened [[14 schools|other]], closed since {{2015}}, and says [[another 20|other;p;u=structure;a=The government]]
    will follow. But [[four returnees|killed]] were killed by an explosive
    device near Amchidé in {{March}}, and [[dozens of families|displaced]] have left again. The
    UN refugee agency plans to build [[500 shelters|housing;p;a=The UN refugee agency]] for
    returnees this year.""",
)

item(
    "Nigeria's defence budget and the cost of the north-east war",
    """Nigeria's {{2025}} budget allocates {{4.9 trillion naira}} to defence and security, about
    {{10%}} of spending, President Bola Tinubu said. Inflation stood at {{34.8%}} in {{December
    2024}}, and the naira has lost about {{70%}} of its value since {{mid-2023}}. The Borno state
    government says rebuilding the north-east will cost {{$9 billion}} over {{10 years}}. Analysts
    at SBM Intelligence estimate that kidnappers were paid {{2.2 billion naira}} between {{July 2023}}
    and {{June 2024}}.""",
)

item(
    "Cameroon's Biya, 92, declared winner of eighth term",
    """Cameroon's constitutional council declared Paul Biya, {{92}}, the winner of the {{12
    October}} presidential election with {{53.7%}} of the vote, giving the world's oldest head of
    state an {{eighth}} term. Opposition candidate Issa Tchiroma Bakary, a former minister from the
    Far North, took {{35.2%}}, according to the council, and claimed victory. Biya has ruled since
    {{1982}}. Turnout was {{57.8%}}. The new {{seven-year}} term would end when he is {{99}}.""",
)
