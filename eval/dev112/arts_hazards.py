"""Earthquakes, floods, storms, collapses and crashes, told by rescuers, survivors, passengers,
mayors and workers beside the official tolls (9 articles, all with figures)."""

from _wrap import item

item(
    "A miner from Soma digs for survivors in Antakya",
    """Mehmet Yıldız, a coal miner from Soma, came to Antakya with
    [[23 other volunteers|other]] the morning after the earthquake. "In {{four days}} we pulled
    out [[14 people|other;a=Mehmet Yıldız]] alive and
    [[more than 60|killed;a=Mehmet Yıldız]] dead," he said. "The last was a girl who had been
    under the concrete for {{104 hours}}," he said. Turkey's disaster agency, AFAD, said
    [[more than 35,000 people|killed;a=Turkey's disaster agency;alt=AFAD]] had been killed in
    Turkey. It said
    [[more than 200,000 rescuers|other;a=Turkey's disaster agency]] were working in the quake
    zone. In Hatay province alone, the governor's office said,
    [[more than 20,000 buildings|housing;a=the governor's office]] had collapsed or were due
    to be demolished. The city's field hospital, set up by the army in a stadium, has treated
    [[4,200 people|injured;a=a military doctor]], a military doctor told Reuters. The
    government says
    [[about 1.9 million people|displaced;v=1900000;a=The government]] are sheltering in tents
    and container cities. The earthquake, of magnitude {{7.8}}, struck at {{4.17am}} on
    {{6 February}}, while most people were asleep. Yıldız said his team worked through the
    night with head torches and listened for tapping. "When we heard a voice, everyone went
    quiet," he said. He went home to Soma on Sunday to rest. He plans to come back.""",
)

item(
    "Derna survivor counts the dead of one street",
    """Faraj Abdelsalam, {{38}}, survived the night the dams burst above Derna by climbing onto
    the roof of his building. "My brother lived on the ground floor with his family. All
    [[eight of them|killed;n=-;a=Faraj Abdelsalam]] drowned," he said. He said
    [[43 people|killed;a=Faraj Abdelsalam]] from his street had been buried in a mass grave on
    the road to Tobruk. The Libyan Red Crescent said on Thursday that
    [[11,300 people|killed;a=The Libyan Red Crescent]] had died and
    [[10,100|missing;a=The Libyan Red Crescent]] were missing, figures the UN later revised
    down. The health minister of the eastern-based government has put the toll at
    [[3,252|killed;a=The health minister of the eastern-based government]]. The International
    Organization for Migration said
    [[more than 43,000 people|displaced;a=The International Organization for Migration]] had
    been displaced across north-east Libya. Rescue teams from Egypt, Turkey and the United Arab
    Emirates have recovered [[about 300 bodies|killed]] from the sea. "People ask me how many.
    I say: the whole street," Abdelsalam said. He now lives with a cousin in Benghazi,
    {{300 km}} to the west. Families looking for relatives can call a Red Crescent hotline on
    {{+218 91 123 4567}}.""",
)

item(
    "On a Sindh embankment, a farmer counts his buffaloes",
    """Ghulam Hyder, a tenant farmer in Dadu district, has lived on a raised road for
    {{six weeks}} with his family and the [[two buffaloes|other;u=other]] that survived. "We
    had [[14 animals|other;u=other]]. The water took
    [[twelve|killed;u=other;a=Ghulam Hyder]]," he said. Around him,
    [[some 300 families|displaced]] from [[four villages|other]] have pitched tents along the
    embankment. Pakistan's National Disaster Management Authority said
    [[1,739 people|killed;a=Pakistan's National Disaster Management Authority]] had died in
    the floods,
    [[647 of them|killed;n=-;a=Pakistan's National Disaster Management Authority]] children.
    It said
    [[more than 2 million homes|housing;a=Pakistan's National Disaster Management Authority]]
    had been damaged or destroyed. Officials have estimated that
    [[about 8 million people|displaced;a=Officials]] are still displaced. Sanam Memon, a doctor
    at a government relief camp in Dadu town, said she sees
    [[about 150 patients a day|injured;a=Sanam Memon]], most with malaria and skin
    infections.""",
)

item(
    "Brother of trapped tunnel worker kept vigil by a pipe",
    """For {{17 days}}, Inderjeet Kumar talked to his brother through a pipe. His brother was
    one of [[41 workers|civilians]] trapped when part of a road tunnel under construction in
    Uttarakhand collapsed in November. Kumar said [[eight of the men|civilians;a=Kumar]] were
    from his district in Bihar. The National Disaster Response Force said it had deployed
    [[more than 100 personnel|other;a=The National Disaster Response Force]] at the site. When
    the machines broke down, [[12 rat-hole miners|other]] dug the last stretch by hand.
    Rescuers drilled through {{57 metres}} of rock and debris. When the workers came out,
    [[41 ambulances|other]] were waiting at the tunnel mouth. "We counted them out one by one,
    all [[forty-one|other;a=Kumar]]," Kumar said. A doctor at the hospital in Rishikesh said
    [[three of them|injured;n=-;a=A doctor at the hospital in Rishikesh]] were kept overnight
    with high blood pressure. The {{4.5 km}} tunnel is part of a highway project to the Char
    Dham shrines.""",
)

item(
    "Balasore crash passenger describes an overcrowded coach",
    """Anubhav Das was in coach {{S5}} of the Coromandel Express when it left the tracks near
    Balasore on Friday evening. "There were
    [[maybe 150 people|other;q=approx;a=Anubhav Das]] in a coach meant for
    [[72|capacity;a=Anubhav Das]]," he said by phone from a hospital in Balasore. Railway
    officials said [[288 people|killed;a=Railway officials]] were killed and
    [[more than 1,100|injured;a=Railway officials]] injured when the express hit a parked
    goods train and derailed into a passing one. Odisha's chief secretary later revised the
    toll down to [[275|killed;a=Odisha's chief secretary]], saying some bodies had been
    counted twice. Das said he had been travelling with
    [[five co-workers|other;a=Das]] to jobs in Chennai, and that
    [[two of them|missing;n=-;a=Das]] were still missing. Hospitals in Balasore and Cuttack
    treated [[more than 900 people|injured]]. The railway minister said
    [[more than 1,000 workers|other;a=The railway minister]] were working to clear the
    line.""",
)

item(
    "Malang fan recalls the crush at Gate 13",
    """Police fired tear gas into the stands after the final whistle of the match between Arema
    FC and Persebaya Surabaya, which Arema lost {{2-3}} at home. Rizky Pratama, a
    {{22-year-old}} fan who was in the stand behind the south goal, said
    [[thousands of people|other;a=Rizky Pratama]] ran for the exits at once. "{{Gate 13}} was
    locked. People were climbing over each other," he said. Police first said
    [[127 people|killed;a=Police]] had died, then lowered the figure to
    [[125|killed;a=Police]], saying some victims had been counted twice. By the end of October
    the toll had risen to [[135|killed;a=the government]],
    [[more than 40 of them|killed;n=-;a=the government]] children, according to the
    government. The stadium, built for
    [[38,000 spectators|capacity;a=the sports minister]], held
    [[42,000|other;a=the sports minister]] that night, according to the sports minister.
    Police said [[more than 580 people|injured;a=Police]] were injured.
    [[Six people|arrested]] have been charged, among them
    [[three police officers|arrested]] who ordered the tear gas to be fired. Families still
    looking for relatives were asked to call the police hotline, {{110}}.""",
)

item(
    "Puerto Rico mayor says hurricane dead were never counted",
    """For months the official death toll from Hurricane Maria in Puerto Rico stood at
    [[64|killed;a=the governor's office]], according to the governor's office. Wilfredo
    Ortiz, the mayor of the mountain town of Utuado, said his town's cemetery alone had
    received [[31 bodies|killed;a=Wilfredo Ortiz]] in the weeks after the storm. "The real
    number is in the [[hundreds|killed;a=Wilfredo Ortiz]], maybe
    [[more than a thousand|killed;a=Wilfredo Ortiz]], and nobody came to count them," he said.
    Researchers at Harvard University estimated in May that
    [[about 4,600 people|killed;a=Researchers at Harvard University]] had died in the
    {{three months}} after the storm. George Washington University, commissioned by the
    government, put the toll at [[2,975|killed;a=George Washington University]] in August, and
    the governor adopted it. Ortiz said [[about 2,000 homes|housing;a=Ortiz]] in Utuado had
    lost their roofs. He said [[600 families|civilians;a=Wilfredo Ortiz]] were still living
    under blue tarpaulins. {{Ten months}} after the storm,
    [[about 1,000 households|civilians;a=the power utility]] in the municipality still have no
    electricity, according to the power utility. Maria made landfall on
    {{20 September 2017}} as a {{Category 4}} hurricane, with winds of {{250 km/h}}. Ortiz, a
    former schoolteacher, has been mayor since {{2013}}. He said families had buried relatives
    on their own land when the roads were cut. "Nobody wrote those down," he said.""",
)

item(
    "In Tikht, a shepherd counts on his fingers",
    """In the High Atlas village of Tikht, Lahcen Ait Brahim, a {{63-year-old}} shepherd, stood
    beside the rubble of his house on Monday. "There were [[about 100 families|civilians]] in
    Tikht. Now we have buried [[68 people|killed;a=Lahcen Ait Brahim]]," he said. "My wife,
    [[two daughters|killed;a=Lahcen Ait Brahim]] and my grandson," he said, counting on his
    fingers. Morocco's interior ministry said
    [[2,946 people|killed;a=Morocco's interior ministry]] had been killed and
    [[5,674|injured;a=Morocco's interior ministry]] injured in the magnitude {{6.8}} quake.
    Soldiers reached the village on the {{third day}} and set up [[12 tents|aid]] on the
    football pitch. A nurse told AFP that the army field hospital in Asni had treated
    [[about 300 people|injured;a=A nurse]] since it opened. The government says
    [[about 50,000 homes|housing;a=The government]] were damaged or destroyed, and it has
    promised {{140,000 dirhams}} to rebuild each house that collapsed.""",
)

item(
    "Ikoyi collapse survivor signed the workers in that morning",
    """Chinedu Okafor was mixing cement on the ground floor when the {{21-storey}} tower in
    Ikoyi came down on Monday afternoon. "We were
    [[more than 50|other;a=Chinedu Okafor]] working inside, I know because I signed the
    register," he said. The Lagos State Emergency Management Agency (LASEMA) said
    [[44 bodies|killed;a=The Lagos State Emergency Management Agency (LASEMA)]] had been
    recovered and
    [[nine people|other;a=The Lagos State Emergency Management Agency (LASEMA)]] rescued alive
    after {{four days}} of searching. Okafor said
    [[three of his friends|missing;a=Okafor]] from Enugu were still unaccounted for. Relatives
    told reporters at the site that [[more than 100 people|other;a=Relatives]] had been at
    work there that day. The developer had approval for {{15 floors}}, according to the
    state's physical planning commissioner. Police said they had arrested
    [[two officials|arrested;a=Police]] of the company. The state government said it would
    inspect
    [[more than 300 high-rise buildings|other;p;a=The state government]] under construction in
    Lagos.""",
)
