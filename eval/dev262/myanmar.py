"""dev262 items: Myanmar after the coup, Rakhine, the Thai and Indian borders (17 texts)."""

from _wrap import item

item(
    "Rakhine fighting pushes Rohingya toward the Naf river",
    """Fighting between the Arakan Army and Myanmar's military in northern Rakhine State has
    forced [[more than 45,000 people|displaced;a=UNHCR]] from their homes since mid-May, UNHCR
    said on Friday. The agency said [[at least 600 Rohingya|displaced;a=The agency;alt=UNHCR]]
    had reached the Bangladesh side of the Naf river, most of them women and children. Township
    administrators said [[some 200 houses|housing;a=Township administrators]] in Buthidaung were
    burned on {{17 May}}, a figure that could not be independently verified. A Rohingya activist
    reached by phone said [[at least 14 people|killed;a=A Rohingya activist]] were killed on the
    road to Maungdaw and [[about 30|missing;a=A Rohingya activist]] were still unaccounted for.
    Bangladesh's Border Guard said it had turned back [[nine boats|other;a=Bangladesh's Border
    Guard]] on the river overnight. "We cannot take in more people," a senior official in Cox's
    Bazar said.""",
)

item(
    "Myanmar displacement passes 1.9 million, OCHA says",
    """More than {{two years}} after the coup, [[over 1.9 million people|displaced;a=OCHA]] are
    displaced across Myanmar, OCHA said in its monthly update, [[nearly 1.6 million|displaced;
    a=OCHA]] of them since {{February 2021}}. Sagaing region alone hosts [[around 690,000|
    displaced]] of the newly displaced, followed by Magway and Chin. The office said
    [[18.6 million people|civilians;a=The office;alt=OCHA]] across the country need assistance
    this year and that it planned to reach [[5.3 million|aid;p;a=The office;alt=OCHA]] of them,
    under an appeal of {{$994 million}} that was only {{29 per cent}} funded by October. Data
    for Myanmar, a local research group, estimates that [[about 78,000 homes|housing;a=Data for
    Myanmar]] and other civilian buildings have been burned since {{2021}}.""",
)

item(
    "Shan offensive uproots tens of thousands near Chinese border",
    """Fighting in northern Shan State since an alliance of ethnic armed groups launched
    {{Operation 1027}} in late October has displaced [[more than 50,000 people|displaced;a=the
    United Nations]], the United Nations said. In Laukkai alone, [[about 10,000 residents|
    displaced]] are sheltering in monasteries and schools, while Chinese authorities said
    [[some 300 Myanmar nationals|displaced;a=Chinese authorities]] had crossed into Yunnan to
    seek refuge. Local media reported that [[at least 23 civilians|killed;a=Local media]] died
    when shells hit a camp for displaced people near Namhkan, and [[56 others|injured]] were
    hurt. The alliance said it had overrun [[more than 100 military outposts|other;a=The
    alliance]] and that [[41 junta soldiers|arrested;a=The alliance]] had surrendered and were
    being held. Junta spokesman Zaw Min Tun said on state television that [[a few thousand
    fighters|combatants;a=Junta spokesman Zaw Min Tun]] had taken part in the attacks.""",
)

item(
    "Loikaw empties as Karenni fighting spreads",
    """Almost the whole of Loikaw, the capital of Kayah State, has emptied since resistance
    forces entered the town in {{November 2023}}. The Karenni Civil Society Network says
    [[about 130,000 people|displaced;a=The Karenni Civil Society Network]] from Loikaw and
    nearby Demoso are now living in the forest or in [[more than 200 displacement sites|
    capacity;a=The Karenni Civil Society Network]] along the Pekon border. The network counted
    [[2,400 tarpaulins|aid;a=The network;alt=The Karenni Civil Society Network]] and [[600
    sacks|aid;a=The network;alt=The Karenni Civil Society Network]] of rice delivered in
    December, far short of need. A volunteer doctor at one site said [[three children|
    killed;a=A volunteer doctor]] had died of diarrhoea in a week and that [[dozens of
    patients|other;a=A volunteer doctor]] were waiting for treatment. Junta troops have burned
    [[at least 14 villages|housing]] in the township, according to the Karenni Human Rights
    Group.""",
)

item(
    "Airstrike on Sagaing village gathering kills scores",
    """A military airstrike on a village hall in Pazigyi, in Sagaing's Kanbalu township, killed
    [[at least 160 people|killed;a=a survivor]], including [[about 30 children|killed;a=a
    survivor]], a survivor told the Associated Press on {{Wednesday}}. Residents said villagers had gathered for the opening of a local office of the
    opposition administration when a fighter jet and a helicopter attacked at about {{8am}}. Volunteers said [[more than 40 wounded|injured;a=Volunteers]] were carried to
    clinics in neighbouring villages. In the days after the attack, [[some 3,500 villagers|
    displaced]] fled Pazigyi and [[four surrounding villages|other]] for the forest, local
    aid groups said. Witnesses said [[about 40 houses|housing;a=Witnesses]] nearby caught fire. The military
    said it had targeted "terrorists" of the People's Defence Force.""",
)

item(
    "Thousands cross into Mae Sot as Myawaddy battle flares",
    """[[About 3,000 people|displaced;a=Thai authorities]] crossed the Moei river into Mae Sot on
    Friday and Saturday as Karen fighters attacked junta positions around Myawaddy, Thai
    authorities said. The Thai foreign ministry said the country could take in [[up to 100,000
    people|capacity;p;a=The Thai foreign ministry]] fleeing the fighting if needed. Tak
    province officials said [[1,247|displaced;a=Tak province officials]] were sheltering at a
    temporary site near the second Friendship Bridge, while the last junta troops in the town had taken refuge
    under the bridge itself. A doctor at Mae Sot hospital said it had treated
    [[17 people|injured;a=A doctor at Mae Sot hospital]] with shrapnel wounds since {{5 April}}.
    Thailand said it would send [[five trucks|aid;p;a=Thailand]] of food and medicine. By
    Sunday evening [[more than 2,000|returned;a=the Tak governor]] had gone back across the river
    as the shooting eased, the Tak governor said.""",
)

item(
    "Karen refugee camps brace for ration cuts",
    """Refugees in the [[nine camps|capacity;a=The Border Consortium]] along the Thai-Myanmar
    border will receive smaller food baskets from next month, The Border Consortium said,
    citing the loss of US funding. The consortium supports [[about 86,000 refugees|displaced;
    a=The consortium;alt=The Border Consortium]], most of them Karen and Karenni who fled
    fighting decades ago, and [[more than 30,000 children|displaced;a=The consortium;alt=The
    Border Consortium]] in the camps were born there. Rations will fall to {{8 kg}} of rice per
    person a month, it said. At Mae La, the largest camp, with [[some 37,000 residents|
    displaced]], camp committee members said [[about 200 families|aid;a=camp committee
    members]] classed as self-reliant would get half rations. The International Rescue
    Committee said it would close [[two clinics|other;p;a=The International Rescue
    Committee]] in {{July}}.""",
)

item(
    "Mizoram shelters Chin refugees as Myanmar fighting spills over",
    """[[More than 31,000 people|displaced;a=the Mizoram home department]] from Myanmar are
    sheltering in Mizoram, according to the Mizoram home department, most of them Chin who
    crossed after the {{2021}} coup. Champhai district hosts [[around 12,000|displaced]] of
    them in [[more than 60 relief camps|capacity]] and in private homes. After fresh clashes
    at Rikhawdar this week, the deputy commissioner of Champhai said [[2,100 new arrivals|
    displaced;a=the deputy commissioner of Champhai]] had been registered and that
    [[39 Myanmar soldiers|returned;a=the deputy commissioner of Champhai]] who had fled across
    the border had been flown back to Myanmar. The Young Mizo Association said it had distributed
    [[1,800 food kits|aid;a=The Young Mizo Association]]. India's home ministry has asked the
    state to collect the biometric data of the refugees.""",
)

item(
    "Quake deepens displacement in war-torn Sagaing and Mandalay",
    """The {{7.7}}-magnitude earthquake that struck central Myanmar on {{28 March}} killed
    [[3,649 people|killed;a=the military government]] and injured [[5,018|injured;a=the military
    government]], the military government said, while [[145|missing;a=the military
    government]] remain missing. The UN said [[more than 200,000 people|displaced;a=The UN]]
    were sleeping outside, many of them already displaced by fighting. In Sagaing town, relief
    workers said [[about 2,000 houses|housing;a=relief workers]] had collapsed. Resistance
    groups accused the military of carrying out [[at least 61 air strikes|other;a=Resistance
    groups;u=other]] in the {{two weeks}} after the quake, despite a declared ceasefire. The Red Cross said
    it had handed out [[4,300 hygiene kits|aid;a=The Red Cross]] and [[1,200 tents|aid;a=The
    Red Cross]].""",
)

item(
    "Rohingya men abducted and forced to fight, rights group says",
    """The Myanmar military and, later, the Arakan Army have forced [[at least 1,000 Rohingya men|
    kidnapped;a=Human Rights Watch]] to fight since {{February 2024}}, Human Rights Watch said
    in a report, many of them seized from the camps around Sittwe. The group said soldiers
    rounded up [[about 100 men|kidnapped;a=The group;alt=Human Rights Watch]] from one camp in
    a single night. Families said [[at least 12 conscripts|killed;a=Families]] had been killed
    in their first weeks at the front. Under the conscription law activated that month, the
    junta plans to call up [[5,000 people a month|combatants;p;a=the junta]], men aged {{18}} to
    {{35}} and women aged {{18}} to {{27}}. [[Thousands of young men|displaced]] have since fled to Thailand to avoid the draft. Fortify
    Rights said [[some 400 Rohingya|displaced;a=Fortify Rights]] from Buthidaung had crossed
    into Bangladesh to escape it and that [[up to 60|arrested;a=Fortify Rights]] had been
    detained at checkpoints on the way.""",
)

item(
    "Kachin displaced return to villages after years in camps",
    """The first group of [[1,300 displaced people|returned;a=church leaders]] left camps in
    Myitkyina this week for their home villages in Waingmaw township, church leaders said.
    They are among the [[roughly 100,000 people|displaced]] who have lived in camps in Kachin and
    northern Shan since fighting resumed in {{2011}}. The state government said it had built
    [[350 houses|housing;a=The state government]] for returning families and would build
    [[another 500|housing;p;a=The state government;u=structure]] next year. Camp leaders said
    [[about 40 families|displaced;a=Camp leaders]] refused to go, citing landmines. A UN official
    said returns had to be voluntary, safe and dignified. [[Two returnees|injured;a=the
    official;alt=A UN official]] were wounded by a landmine near Nam Lim Pa in {{May}}, the
    official said.""",
)

item(
    "Thai police detain Myanmar youths fleeing conscription",
    """Thai police said they had arrested [[87 Myanmar nationals|arrested;a=Thai police]] who
    crossed the border illegally near Mae Sot over the weekend, most of them young men fleeing
    Myanmar's conscription drive. Tak immigration officers said [[more than 1,200 people|
    arrested;a=Tak immigration officers]] had been detained in the province since {{February}}
    and [[about 900|returned;a=Tak immigration officers]] of them deported through the Friendship
    Bridge. Rights groups said those sent back face arrest on arrival. A migrant support
    group in Mae Sot estimates that [[tens of thousands of young people|displaced;a=A migrant
    support group in Mae Sot]] have crossed since the law was activated. The group runs [[four safe houses|capacity;a=The group;alt=A migrant support group in Mae Sot]]
    in the town that shelter [[120 to 150 men|displaced;a=The group;alt=A migrant support group
    in Mae Sot]] at any one time, it said. Thailand said it would not round up migrants with
    valid work permits.""",
)

item(
    "Kachin civilians trapped in forest as fighting nears",
    """[[About 2,000 civilians|civilians;a=Baptist church leaders]] are trapped in the forest
    near Tanai in Kachin State as the military and the Kachin Independence Army fight for control
    of amber and gold mines, Baptist church leaders said. A further [[5,000 people|displaced;
    a=the United Nations]] have fled to Tanai town since {{early April}}, the United Nations
    said. The army has blocked aid groups from reaching the area, according to the Kachin
    Baptist Convention, which said [[two elderly people|killed;a=the Kachin Baptist Convention]]
    had died in the forest. A military statement said [[several hundred KIA fighters|combatants;
    a=A military statement]] were operating near the mines. Church volunteers said they had brought out [[about 150
    people|displaced;a=Church volunteers]] by boat along the Tanai river and that [[as many as
    20|missing;a=Church volunteers]] had gone missing in the jungle.""",
)

item(
    "Cyclone Mocha tears through Rakhine displacement camps",
    """Cyclone Mocha destroyed or damaged [[more than 1,200 shelters|housing;a=camp leaders]] in
    the camps near Sittwe, where [[about 120,000 Rohingya|displaced]] have been confined since the
    violence of {{2012}}, camp leaders said. Rohingya community leaders said [[at least 113
    people|killed;a=Rohingya community leaders]] had died in the camps and nearby villages,
    while the military government put the toll for the whole of Rakhine at [[145|killed;a=the
    military government]]. In Basara camp, [[dozens of residents|missing]] were still missing
    {{two days}} after the storm made landfall with winds of up to {{250 km/h}}. The authorities
    said they had moved [[more than 100,000 people|displaced;a=The authorities]] to monasteries
    and schools before landfall, but Rohingya were largely left in place. The World Food
    Programme said it had started distributing rice to [[50,000 people|aid;a=The World Food
    Programme]] in Sittwe.""",
)

item(
    "Aid convoy turned back from Pekon as Karenni camps run short",
    """Junta troops turned back a convoy of [[12 trucks|aid;a=local aid groups]] carrying rice and
    medicine to Pekon township on Tuesday, local aid groups said. Pekon, in southern Shan
    State, shelters [[some 80,000 displaced Karenni|displaced]], many of them in
    monasteries and in [[three schools|capacity]] that have not held classes since {{2021}}.
    Soldiers detained [[four aid workers|arrested;a=the Karenni Civil Society Network]] at a
    checkpoint near Moebye, the Karenni Civil Society Network said, and [[two volunteers|
    missing;a=the Karenni Civil Society Network]] have not been heard from since. A camp
    leader said [[about 1,500 families|civilians;a=A camp leader]] had run out of rice. The
    military has accused resistance forces of using aid deliveries to smuggle weapons.""",
)

item(
    "Junta sets phased election as conflict rages",
    """Myanmar's military government said on {{18 August}} that the first phase of a general
    election would be held on {{28 December 2025}}, with later phases in {{January 2026}}. The
    vote will take place under the {{2008}} constitution, which reserves {{25%}} of
    parliamentary seats for the armed forces. Candidates must be at least {{25 years}} old, and
    parties had until {{30 September}} to register, the election commission said. The United
    Nations special rapporteur said in {{2024}} that no vote held under the current conditions
    could be free or fair. The junta declared a state of emergency on {{1 February 2021}} and
    has extended it {{seven times}}.""",
)

item(
    "Myanmar aid plan seeks more than $1 billion with little funded",
    """The {{2025}} Humanitarian Needs and Response Plan for Myanmar seeks {{$1.1 billion}},
    up from {{$994 million}} in {{2024}}, the UN said on {{13 January}}. By the end of {{June}},
    donors had provided only {{11 per cent}} of that sum, the lowest level at that point of any
    year since {{2021}}. The cut in US foreign aid in {{early 2025}} removed about {{a third}}
    of expected funding, aid officials said. Rakhine and the north-west receive {{40%}} of the
    planned budget. The plan runs until {{31 December}}.""",
)
