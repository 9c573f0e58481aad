"""Anniversaries of wars, massacres, sieges and mass abductions as today's news recalls them
(15 texts, all with figures)."""

from _wrap import item

item(
    "Srebrenica buries seven more victims on 30th anniversary",
    """[[Tens of thousands of people|other]] gathered at the memorial centre in Potocari on
    Friday for the {{30th}} anniversary of the Srebrenica genocide, as the remains of [[seven
    newly identified victims|killed]] were buried beside their relatives. The youngest, Bego
    Hasanovic, was {{19}} when Bosnian Serb forces overran the UN-protected enclave on {{July
    11, 1995}}; the oldest was a woman of {{67}}. Over the following days [[about 8,000 Bosniak
    men and boys|killed;n=men and boys]] were killed and their bodies pushed into pits, which
    were later dug up with bulldozers to hide the crime. The remains of a single victim have
    been found in [[as many as five mass graves|other;u=other;a=forensic experts]], forensic
    experts say. [[More than 6,700 victims|killed;a=the memorial centre]] now lie at Potocari,
    the memorial centre said, while the Missing Persons Institute says [[around 1,000
    people|missing;a=the Missing Persons Institute]] are still unaccounted for. Courts in The
    Hague, Sarajevo and Belgrade have convicted [[some 50 people|arrested]] over the killings,
    handing down sentences totalling more than {{700 years}}. "Every July I come back and hope
    they have found my brother," said Mejra Dudic, {{74}}, whose husband and son are buried
    here. [[Some 4,000 marchers|other]] had arrived on Thursday after walking {{100 km}}
    through the forests the men had tried to escape through. Before the war, [[about 36,000
    people|civilians]] lived in the municipality, most of them Bosniaks. The enclave had been
    guarded by [[about 400 Dutch peacekeepers|combatants]], who handed over the men sheltering
    at their base. It was the worst atrocity on European soil since the Second World War. Last
    year the UN General Assembly designated {{July 11}} as an international day of remembrance,
    over Serbia's objections. Serbian officials again stayed away, and Bosnian Serb leader
    Milorad Dodik, who accepts that a "terrible crime" was committed but rejects the word
    genocide, spent the day in Banja Luka.""",
)

item(
    "Rwanda begins 100 days of mourning, 30 years after genocide",
    """KIGALI - Rwanda on Sunday began {{100 days}} of national mourning to mark {{30 years}}
    since the genocide against the Tutsi, in which [[more than 800,000 people|killed]], mostly
    Tutsi but also moderate Hutu, were slaughtered between April and July {{1994}}. President
    Paul Kagame laid a wreath and lit the flame of remembrance at the Kigali Genocide Memorial,
    where [[more than 250,000 victims|killed]] are buried in mass graves. [[Several thousand
    mourners|other]] filled BK Arena for an evening vigil. "Our people were abandoned by the
    world," Kagame told them. The remains of [[about 1,200 victims|killed;a=Ibuka]] discovered
    under houses in Huye district last year were reburied on Saturday, Ibuka, the survivors'
    association, said. Between {{2005}} and {{2012}}, community gacaca courts heard [[more than
    1.9 million cases|other;v=1900000]], and the government says it has built [[about 5,000
    homes|housing;a=the government]] for destitute survivors since the {{2000s}}. [[More than 1
    million refugees|returned]] who had fled to Zaire and Tanzania came home in {{1996}} and
    {{1997}}. By {{1998}}, [[about 130,000 suspects|arrested]] were crammed into prisons built
    for [[12,000|capacity;n=-]]. The government puts the toll at [[more than 1
    million|killed;n=-;a=The government]], above UN estimates. Some {{60%}} of Rwandans today
    were born after {{1994}}. The commemoration week, known as Kwibuka, ends on {{April 13}}.""",
)

item(
    "Rohingya mark seven years in Bangladesh camps with no return in sight",
    """[[Tens of thousands of Rohingya refugees|displaced]] rallied in the camps of Cox's Bazar
    on Sunday to mark {{seven years}} since a Myanmar military crackdown drove [[more than
    700,000 people|displaced]] across the border, chanting "We want to go home". Bangladesh now
    hosts [[about 1 million Rohingya|displaced;a=the UN refugee agency]] in [[33
    camps|capacity;a=the UN refugee agency]] on the country's southern tip, according to the UN
    refugee agency, one of the most crowded settlements on earth. Since {{2020}}, the
    government has moved [[about 36,000 refugees|displaced;a=the government]] to Bhasan Char, a
    silt island in the Bay of Bengal built to house [[100,000 people|capacity;a=the
    government]], the government says. Doctors Without Borders has estimated that [[at least
    6,700 Rohingya|killed;a=Doctors Without Borders]] were killed in the first month of the
    {{2017}} operation alone. Renewed fighting between the army and the Arakan Army in Rakhine
    state has pushed [[another 18,000 people|displaced;a=Bangladeshi officials]] over the Naf
    river since June, Bangladeshi officials said. Food rations, cut to {{$8}} a person last
    year, were restored to {{$12}} in January. "Not one family has gone back," said Mohammed
    Jubayer, {{31}}, a teacher who fled his village {{aged 24}}.""",
)

item(
    "Bucha marks three years since liberation as search for missing goes on",
    """Bucha on Monday marked {{three years}} since Ukrainian forces retook the town from
    Russian troops, who occupied it for {{33 days}} in the spring of {{2022}}. Local
    authorities have documented the deaths of [[501 civilians|killed;a=Local authorities]] in
    the Bucha district during the occupation, including [[nine children|killed;a=Local
    authorities]]. [[Several hundred people|other]] laid flowers at the mass grave behind the
    Church of St Andrew, where [[116 bodies|killed]] were exhumed in April {{2022}}. [[Eleven
    residents|missing;a=Mayor Anatolii Fedoruk]] are still listed as missing, Mayor Anatolii
    Fedoruk said. Of the [[1,200 homes|housing;a=the city council]] damaged in the town, the
    city council says [[about 900|housing;n=-;u=structure;a=the city council]] have been
    repaired. The city plans to rebuild [[the remaining 300|housing;p;n=-;u=structure;a=The
    city;alt=Bucha]] by {{2027}}.""",
)

item(
    "MH17 relatives gather a decade after plane shot down over Ukraine",
    """Relatives of the [[298 people|killed]] killed when Malaysia Airlines flight {{MH17}} was
    shot down over eastern Ukraine gathered at the national monument near Schiphol airport on
    Wednesday, {{10 years}} to the day after the disaster. The Boeing {{777}}, flying from
    Amsterdam to Kuala Lumpur, was hit by a Russian-made Buk missile fired from territory held
    by Moscow-backed separatists. The dead included [[196 Dutch citizens|killed]], [[43
    Malaysians|killed]] and [[38 Australians|killed]]. King Willem-Alexander and Prime Minister
    Dick Schoof joined [[about 1,600 relatives and friends|other;n=relatives and
    friends;a=organisers]], organisers said, as the names of the victims were read out. Each of
    the [[298 trees|other;u=other]] in the surrounding memorial forest stands for one of them.
    In {{2022}}, a Dutch court sentenced [[three men|arrested]] to life in prison in absentia;
    none has served a day. "A decade is nothing," said Piet Ploeg, who lost his brother, his
    sister-in-law and his nephew.""",
)

item(
    "Twenty years after peace accord, conflict victims still await justice",
    """KATHMANDU, {{Mangsir 5}} - {{Twenty years}} after the Comprehensive Peace Accord ended
    the Maoist insurgency, families of those killed and disappeared during the conflict say the
    state has forgotten them. The war, fought between {{1996}} and {{2006}}, killed [[more than
    17,000 people|killed]]. [[Around 1,300 people|missing;a=the International Committee of the
    Red Cross]] are still unaccounted for, according to the International Committee of the Red
    Cross. The Commission of Investigation on Enforced Disappeared Persons says it has received
    [[about 3,200 complaints|other;u=other;a=The Commission of Investigation on Enforced
    Disappeared Persons]], and the Truth and Reconciliation Commission [[more than
    63,000|other;n=-;u=other;a=the Truth and Reconciliation Commission]], yet not a single case
    has gone to court. The state paid interim relief of {{Rs 1 million}} each to the families
    of [[some 14,000 people|killed;a=officials]] killed in the conflict, officials said. Of the
    [[19,602 Maoist combatants|combatants]] verified in UN-monitored cantonments in {{2007}},
    only [[1,422|combatants;n=-]] were integrated into the Nepal Army; the rest took cash
    packages of {{Rs 500,000}} to {{Rs 800,000}}. "I was {{15}} when they took my father," said
    Ram Kumar Bhandari, now {{35}}.""",
)

item(
    "Families of Maguindanao massacre victims mark 15 years",
    """MANILA - Relatives of the [[58 people|killed]] killed in the Maguindanao massacre lit
    candles at the hilltop site in Ampatuan town on Saturday, {{15 years}} after the worst
    single attack on the press in the world. Among the dead were [[32 journalists and media
    workers|killed;n=journalists and media workers]], ambushed on {{November 23, 2009}} with a
    convoy on its way to file a candidate's nomination papers. [[About 100 armed
    men|combatants]] belonging to the Ampatuan clan's private army stopped the convoy at a
    checkpoint. A Quezon City court convicted [[28 people|arrested]], including clan leaders,
    in {{2019}}, and acquitted [[56 others|other]]. [[Around 80 suspects|other;a=the National
    Union of Journalists of the Philippines]] remain at large, the National Union of
    Journalists of the Philippines said. [[Some 200 people|other]] later attended a Mass in
    General Santos City, where many of the murdered journalists had lived.""",
)

item(
    "Mamasapano clash remembered 10 years on",
    """MANILA - Police officers and families of the {{SAF 44}} gathered at Camp Bagong Diwa on
    Saturday to mark {{10 years}} since the Mamasapano clash, in which [[44 Special Action
    Force commandos|killed]] were killed during a raid to capture the Malaysian bomb maker
    Zulkifli bin Hir, alias Marwan. [[Eighteen fighters|killed]] of the Moro Islamic Liberation
    Front and [[at least five civilians|killed]] also died in the day-long firefight in
    Maguindanao. The clash stalled the Bangsamoro peace law for {{three years}}. "My son was
    {{26}} and had been married {{six months}}," said Rosalinda Cempron.""",
)

item(
    "Argentina remembers AMIA bombing victims 30 years on",
    """Sirens sounded across Buenos Aires at {{9.53am}} on Thursday, the minute a car bomb
    exploded outside the AMIA Jewish community centre {{30 years}} ago, killing [[85
    people|killed]] and wounding [[more than 300|injured;n=-]]. [[Thousands of people|other]]
    stood in silence on Pasteur street as the names of the dead were read out. The blast also
    damaged [[about 400 homes and shops|housing;n=homes and shops]] in the Once neighbourhood.
    No one has been convicted for the attack, which Argentine courts blame on Iran and
    Hezbollah.""",
)

item(
    "Forty years on, Argentine families visit named graves at Darwin",
    """When the war over the Malvinas ended on {{June 14, 1982}}, [[649 Argentine
    servicemen|killed]] were dead, along with [[255 British troops|killed]] and [[three
    islanders|killed]]. For decades, [[122 graves|other;u=other]] at the Argentine cemetery in
    Darwin bore only the words "Argentine soldier known only to God". Since {{2017}}, a
    forensic project led by the International Committee of the Red Cross has identified the
    remains of [[121 soldiers|killed;a=the ICRC;alt=the International Committee of the Red
    Cross]], the ICRC says, most of them conscripts {{aged 18 to 20}}. This week, on the
    {{40th}} anniversary of the landing, [[some 2,000 veterans|other]] marched in Ushuaia. Many
    were among the [[11,313 Argentines|arrested]] taken prisoner by British forces at the end
    of the {{74-day}} war. The sinking of the cruiser General Belgrano alone killed [[323 crew
    members|killed]].""",
)

item(
    "Okinawa marks 80 years since end of battle that killed a quarter of islanders",
    """Okinawa on Monday marked the {{80th}} anniversary of the end of the Battle of Okinawa,
    one of the bloodiest of the Pacific War, which killed [[more than 200,000 people|killed]],
    among them [[about 94,000 civilians|killed]] from the prefecture. [[About 4,500
    people|other]] attended the memorial ceremony at the Peace Memorial Park in Itoman, where
    Prime Minister Shigeru Ishiba offered flowers. The park's Cornerstone of Peace bears the
    names of [[242,567 people|killed]] who died in the fighting, regardless of nationality,
    including [[more than 14,000 Americans|killed]]. The names of [[342
    people|killed;a=prefectural officials]] were added this year, prefectural officials said.
    Volunteers are still searching the caves and jungle of the south for the remains of [[about
    2,800 people|missing;a=the Ministry of Health, Labour and Welfare]], according to the
    Ministry of Health, Labour and Welfare. A {{15-year-old}} student read a poem about her
    great-grandmother, who lost both her parents in the battle. The fighting lasted nearly
    {{three months}}, from {{April 1}} to {{June 23, 1945}}.""",
)

item(
    "Palestinians mark Nakba anniversary under the shadow of Gaza war",
    """Palestinians across the occupied West Bank held marches on Thursday to mark the {{77th}}
    anniversary of the Nakba, or "catastrophe", when [[some 750,000 Palestinians|displaced]]
    fled or were expelled from their homes during the war that accompanied Israel's creation in
    {{1948}}. [[More than 500 villages|housing;u=other]] were depopulated and largely
    destroyed, and [[about 150,000 Palestinians|civilians]] remained inside the new state.
    UNRWA, the UN agency for Palestinian refugees, says it now serves [[about 5.9 million
    refugees|displaced;v=5900000;a=UNRWA]] and their descendants, many of them in [[58
    camps|capacity;a=UNRWA]] across the region. In Ramallah, [[thousands of people|other]]
    carried black flags and giant keys, the symbol of the homes they lost. In Gaza, where [[1.9
    million people|displaced;v=1900000;a=the United Nations]] have been displaced by the
    current war, according to the United Nations, there were no gatherings. "My grandmother
    left Jaffa at {{12}}," said Rana Khalil, {{29}}. "Now I have been displaced {{nine times}}
    myself," she said.""",
)

item(
    "Israel marks two years since October 7 attack",
    """JERUSALEM (AP) - Israelis on Tuesday marked {{two years}} since the Hamas-led attack of
    {{October 7, 2023}}, in which militants killed [[about 1,200 people|killed]], most of them
    civilians, and dragged [[251 others|kidnapped]] into Gaza. Ceremonies were held at the site
    of the Nova music festival, where [[more than 370 people|killed]] were killed, and at
    kibbutzim along the Gaza border. At Kibbutz Be'eri, where [[101 residents|killed]] were
    killed and [[30|kidnapped;n=-]] taken captive, [[hundreds of people|other]] stood by the
    burnt-out houses that have been left as they were. [[Forty-eight hostages|kidnapped;a=the
    Israeli government]] are still held in Gaza, [[about 20|kidnapped;n=-;a=the Israeli
    government]] of them believed to be alive, according to the Israeli government. Gaza's
    Health Ministry says [[more than 67,000 Palestinians|killed;a=Gaza's Health Ministry]] have
    been killed in Israel's offensive since then. The Health Ministry, which does not
    distinguish between civilians and fighters, says women and children make up {{about half}}
    of the dead, and the United Nations says {{about 90%}} of Gaza's population has been
    displaced at least once. The official state ceremony, boycotted by many bereaved families,
    was pre-recorded and broadcast in the evening. Families of the hostages held their own
    gathering in Tel Aviv's Hostages Square, where [[tens of thousands of people|other]] have
    rallied on Saturday nights for {{two years}}. "My son was {{24}} when they took him. He is
    {{26}} now, if he is alive," said Einav Zangauker. In Gaza City, residents marked the day
    queuing for water amid the ruins. Negotiators in the Egyptian resort of Sharm el-Sheikh
    were discussing a U.S. proposal for a ceasefire and the release of the hostages, the first
    direct talks in {{three months}}.""",
)

item(
    "Kosovo still searching for 1,600 missing, 25 years after war",
    """PRISTINA - [[More than 1,600 people|missing;a=the International Committee of the Red
    Cross]] are still missing {{25 years}} after the end of the Kosovo war, the International
    Committee of the Red Cross said on Thursday, the International Day of the Disappeared. The
    {{1998-99}} conflict between Serbian forces and the Kosovo Liberation Army killed [[around
    13,500 people|killed]], most of them ethnic Albanians, and [[some 850,000 Kosovo
    Albanians|displaced]] fled or were expelled. [[More than 800,000 of
    them|returned;n=-;a=UNHCR]] had gone home by the end of {{1999}}, UNHCR said at the time.
    Since {{1999}}, [[about 4,400 bodies|killed]] have been exhumed and identified. Last year,
    Serbian and Kosovo teams recovered [[seven bodies|killed]] from the Kizevac mine in
    southern Serbia, but investigators have found nothing at [[more than 50 suspected grave
    sites|other]] examined since then. Bajram Qerkini, who heads an association of families of
    the missing, said negotiators in Brussels had let them down.""",
)

item(
    "Ten years on, Chibok parents still wait for their daughters",
    """{{Ten years}} after Boko Haram fighters stormed a boarding school in Chibok and abducted
    [[276 schoolgirls|kidnapped]], parents gathered on Sunday at the rebuilt school to pray for
    those still in captivity. [[Fifty-seven girls|kidnapped]] escaped in the first hours by
    jumping from the trucks; others were freed in deals with the government or found by the
    army over the years. In {{2017}} alone, [[82 girls|kidnapped]] were released in exchange
    for [[five Boko Haram commanders|other]]. [[Ninety-one|missing;n=-;a=Amnesty
    International]] are still unaccounted for, Amnesty International said, most of them now in
    their {{mid-20s}}. Since Chibok, [[more than 1,700 students|kidnapped;a=UNICEF]] have been
    abducted from schools in Nigeria, according to UNICEF. The insurgency in the northeast, now
    in its {{15th}} year, has killed [[more than 40,000 people|killed]] and displaced [[about 2
    million|displaced;n=-]].""",
)
