"""dev336 items, 2024: a year on, Jiribam, the drone attacks, the abductions and the combing
operations."""

from _wrap import item

item(
    "A year on, Manipur counts its dead and displaced",
    """A year after ethnic clashes broke out in Manipur, [[221 people|killed;a=the state government]]
    have been killed and [[about 1,100|injured;a=the state government]] injured, according to the
    state government. [[Some 59,000 people|displaced;a=officials]] remain displaced, officials said,
    most of them in [[more than 300 relief camps|capacity;a=officials]] in the Imphal valley and
    the hills. [[Thirty-two people|missing;a=police]] are still listed as missing, police said. The
    valley and the hills are now divided by buffer zones manned by central forces, and a Meitei
    cannot safely travel to Churachandpur, nor a Kuki-Zo to Imphal. The Kuki-Zo Council said
    [[more than 7,000 homes|housing;a=The Kuki-Zo Council]] had been lost on both sides. On
    {{May 3}}, both communities held separate memorials: in Churachandpur, mourners lit
    [[209 candles|other;a=organisers;u=other]] at the Wall of Remembrance, one for each Kuki-Zo
    victim, organisers said.""",
)

item(
    "Jiribam violence drives 1,000 into relief camps",
    """[[More than 1,000 people|displaced;a=district officials]] have been moved to relief camps in
    Jiribam after the killing of a {{59-year-old}} Meitei farmer on {{June 6}} set off arson in the
    district, district officials said. Officials said [[about 70 houses|housing;a=Officials]] and
    [[two police outposts|housing;a=Officials]] had been burned in Meitei and Hmar villages along
    the Jiri river. In neighbouring Cachar district of Assam, the administration said it was
    sheltering [[around 600 Hmar villagers|displaced;a=the administration]] who had crossed the
    Barak. The Chief Minister's convoy was ambushed on its way to Jiribam and
    [[two security personnel|injured;a=police]] were wounded, police said.
    [[Two more companies of the CRPF|combatants;u=other;n=companies]] have been rushed to the district.
    The district administration said [[four relief camps|capacity;a=The district administration]]
    had been opened in school buildings.""",
)

item(
    "Drone bombs kill two in Manipur village",
    """[[Two people|killed;a=police]] were killed and [[nine others|injured;a=police]] were wounded
    when suspected militants dropped explosives from drones on Koutruk village in Imphal West on
    Sunday, police said. Police said it was the first use of drones to bomb civilians in the
    conflict, and that [[at least three drones|other;a=Police]] were seen over the village. A
    woman and her {{12-year-old}} daughter were among the wounded. Villagers said
    [[some 400 residents|displaced;a=Villagers]] fled towards Kadangband after the attack. The
    state government said [[2,000 more central personnel|combatants;a=The state government;p]]
    would be sent to the foothills and anti-drone systems had been ordered. [[About 1,500 residents|civilians;a=villagers]] of Koutruk and Kadangband are within range of the hills, villagers said. Police said
    [[five people|arrested;a=Police]] had been detained in raids on Monday.""",
)

item(
    "Students hurt as Imphal march on Raj Bhavan turns violent",
    """[[More than 80 students|injured;a=doctors at the Regional Institute of Medical Sciences]]
    were hurt when police fired tear gas at a march on Raj Bhavan in Imphal on Tuesday, doctors at
    the Regional Institute of Medical Sciences said. Police said
    [[around 20 personnel|injured;a=Police]] were injured by stones and marbles fired from
    catapults. The march, of [[several thousand students|other;a=organisers]] by the organisers'
    count, demanded the removal of the DGP and the security adviser after the drone attacks. The
    government suspended mobile internet in the valley districts for {{five days}} from
    {{3 pm}}. Police said [[over 200 tear gas shells|other;a=Police]] were fired. [[Three students|arrested;a=police]] were arrested, police said, and a curfew was
    imposed in Imphal East and Imphal West. The All Manipur Students' Union said
    [[at least 15 students|injured;a=The All Manipur Students' Union]] remained in hospital.""",
)

item(
    "CRPF says 10 militants killed in Jiribam gunfight",
    """The CRPF said [[10 suspected militants|killed;a=The CRPF]] were killed in a gunfight at
    Borobekra in Jiribam on Monday after armed men attacked a police station and a CRPF camp. The
    force said [[two of its personnel|injured;a=The force;alt=The CRPF;n=personnel]] were wounded.
    Kuki-Zo groups disputed the account and said the dead were village volunteers. After the
    gunfight, [[six Meitei women and children|kidnapped;a=police]] were abducted from a relief camp
    at Borobekra, police said, and [[two elderly men|killed;a=police]] were found burned to death.
    The relief camp housed [[about 120 people|displaced;a=a district official]], a district official
    said. Security forces recovered [[four AK rifles|other]], [[three SLRs|other;u=other]] and
    [[one RPG launcher|other;u=other]] from the site.""",
)

item(
    "Bodies of abducted women and children found in Jiri river",
    """The bodies of [[three of the six|killed;a=police;n=-]] people abducted in Jiribam were
    found in the Jiri river near the Assam border on Friday, police said. [[Three more bodies|killed;a=officials]]
    were recovered on Saturday, officials said, among them an {{eight-month-old}} child. Mobs in
    Imphal attacked the houses of ministers and MLAs that night; police said
    [[at least 13 houses|housing;a=police]] of legislators were ransacked or set on fire.
    [[Twenty-three people|arrested;a=the police]] were arrested for the arson, the police said on
    Sunday. The Centre said it was sending [[50 more companies of central forces|combatants;a=The Centre;p;u=other;n=companies]],
    about [[5,000 personnel|combatants;a=The Centre;p]], to the state. A curfew was imposed in Imphal East and Imphal West and internet services were suspended across the valley.""",
)

item(
    "Four men abducted in Kangpokpi, one freed by army",
    """[[Four Meitei men|kidnapped;a=police]] were abducted by armed men in Kangpokpi district on
    Wednesday while returning from a construction site, police said. The army said it had rescued
    [[one of them|kidnapped;a=The army;n=-]] after a search operation through the night, and that
    the search for [[the other three|kidnapped;a=The army;n=-]] was continuing. Meitei civil
    society groups said [[12 people|kidnapped;a=Meitei civil society groups]] had been abducted in
    the district since January and [[four|kidnapped;a=Meitei civil society groups]] had come back. [[Hundreds of women|other]] staged a
    sit-in on the Imphal-Dimapur highway at Sekmai. The Committee on Tribal Unity said
    [[two Kuki-Zo men|kidnapped;a=The Committee on Tribal Unity]] were being held by Meitei groups
    in Imphal East and demanded their release.""",
)

item(
    "Combing operations recover arms, destroy bunkers",
    """Security forces recovered [[82 firearms|other;a=police]], [[more than 1,300 rounds of ammunition|other;a=police]]
    and [[45 IEDs|other;u=other]] in combing operations in the hill and valley districts over the
    past week, police said. The IEDs were found in {{two}} caches near Phubala. Police said
    [[58 bunkers|other;a=Police;u=other]] had been destroyed in the buffer zone since Sunday. A
    police spokesman said [[24 people|arrested;a=A police spokesman]] had been arrested for
    carrying arms or extortion. [[Nearly 3,000 of the weapons|other;a=A police spokesman;n=weapons]] looted since
    {{May 2023}} have now been recovered, he said, of [[about 6,000|other;a=A police spokesman;u=other]] taken
    from armouries. The Assam Rifles said it had seized [[a dozen country-made bombs|other;a=The Assam Rifles;u=other]]
    in Tengnoupal.""",
)

item(
    "Manipur relief camps still hold 58,000, minister says",
    """[[About 58,000 people|displaced;a=social welfare minister Nemcha Kipgen]] are still living in
    [[319 relief camps|capacity;a=social welfare minister Nemcha Kipgen]] across Manipur, social
    welfare minister Nemcha Kipgen told the assembly on Monday. She said
    [[14,800 children|displaced;a=social welfare minister Nemcha Kipgen]] were in the camps, of
    whom [[about 11,000|aid;a=social welfare minister Nemcha Kipgen;n=-]] were receiving
    supplementary nutrition. The government has built [[3,000 prefabricated houses|capacity;a=The government]]
    for displaced families in Imphal and Bishnupur and plans [[another 1,000|capacity;a=The government;p;u=structure]],
    the minister said. The state spent about {{Rs 300 crore}} on relief in the financial year. Each
    displaced person gets a daily allowance of {{Rs 80}}, which camp residents say is not enough.""",
)

item(
    "Two commandos killed in Moreh attack",
    """[[Two police commandos|killed;a=police]] were killed and [[three others|injured;a=police]]
    wounded when suspected militants attacked a security post in Moreh with rocket-propelled
    grenades before dawn on Wednesday, police said. The attack followed the arrest of
    [[two men|arrested]] in the killing of a sub-divisional police officer in {{October}}.
    [[Around 300 commandos|combatants;a=officials]] were flown in to reinforce the town, officials
    said. Kuki-Zo women's groups said [[about 40 houses|housing;a=Kuki-Zo women's groups]] in
    Chikim village were burned during the search operations that followed, and
    [[several hundred residents|displaced;a=Kuki-Zo women's groups]] had left for the hills. The
    police denied burning houses.""",
)

item(
    "Mob storms Churachandpur SP office, two killed",
    """[[Two people|killed;a=officials]] were killed and [[over 30|injured;a=officials]] injured
    when security forces fired on a mob that stormed the office of the superintendent of police
    in Churachandpur, officials said. A crowd of [[300 to 400 people|other;a=police]] pelted stones
    and set fire to [[six vehicles|other;a=police]] on the premises after a head
    constable was suspended, police said. Officials said [[five government buildings|housing;a=Officials]]
    were damaged. Mobile internet was suspended in the district for {{five days}}. The police
    said [[two officers|injured;a=The police]] were among the injured.""",
)

item(
    "Home Ministry tells Lok Sabha 258 killed in Manipur",
    """The Union Home Ministry told the Lok Sabha that [[258 people|killed;a=The Union Home Ministry]]
    had been killed in Manipur since {{May 3, 2023}}. In a written reply, the ministry said
    [[1,108 people|injured;a=the ministry;alt=The Union Home Ministry]] had been injured and
    [[32|missing;a=the ministry;alt=The Union Home Ministry]] were missing. It said
    [[4,786 houses|housing;a=The Union Home Ministry]] and
    [[386 religious structures|housing;a=The Union Home Ministry]] had been torched or
    vandalised. [[5,668 weapons|other;a=the ministry;alt=The Union Home Ministry]] had been looted
    from police armouries, of which [[3,142|other;a=the ministry;alt=The Union Home Ministry;u=other]]
    were recovered, the ministry said. Police had arrested [[more than 1,400 people|arrested;a=the reply]], according to the reply. The ministry said
    [[67,000 people|displaced;a=The ministry;alt=The Union Home Ministry]] had been displaced.""",
)

item(
    "Cachar camps shelter families from Jiribam",
    """[[Nearly 2,000 people|displaced;a=Cachar district officials]] from Jiribam are staying in
    relief camps in Assam's Cachar district, Cachar district officials said, most of them Hmar and
    Meitei families from villages along the border. [[About 1,200|displaced;a=Cachar district officials]] are in [[nine camps|capacity;a=Cachar district officials]] in Lakhipur, they said, and
    the rest with relatives in Silchar. The Assam government has provided
    [[350 quintals of rice|aid;n=quintals;u=other]] and the district has posted
    [[two additional companies of Assam Police|combatants;u=other;n=companies]] on the interstate
    border. Residents of one camp said [[around 35 families|returned;a=Residents of one camp]] had
    gone back to Jiribam in {{August}} but most were afraid to return.""",
)

item(
    "Women's groups block convoys in Kangpokpi",
    """Kuki-Zo women blocked the movement of central forces along the Imphal-Dimapur highway in
    Kangpokpi on Thursday, demanding the release of [[eight village volunteers|arrested;a=the Committee on Tribal Unity]] detained by the army, the Committee on Tribal Unity said. Police said
    [[around 1,500 protesters|other;a=Police]] took part. [[Over 20 people|injured;a=police]] were
    hurt when forces fired tear gas, police said. The army said [[the eight|arrested;a=The army;n=-]]
    had been arrested with [[six weapons|other;a=The army]] and would be handed to police. A
    convoy of [[about 100 trucks|other;a=truckers' associations]] carrying essential goods to
    Imphal was stranded, truckers' associations said.""",
)

item(
    "Manipur sets aside relief funds in budget",
    """Manipur's budget for {{2024-25}}, presented on {{July 31}}, allots {{Rs 1,150 crore}} to
    the relief and rehabilitation of those displaced by the violence, up {{46%}} from the previous
    year. The finance department said the state's own revenue had fallen {{12%}} since
    {{May 2023}}. Interest on borrowings will take {{Rs 2,400 crore}}. The budget session lasted
    {{eight sittings}}, the shortest in {{a decade}}. The state's fiscal deficit is forecast at
    {{6.8%}} of gross state domestic product.""",
)

item(
    "Internet ban lifted in valley districts after 10 days",
    """The Manipur government on Monday lifted the suspension of mobile data services in the valley
    districts after {{10 days}}, but kept it in force in Jiribam till {{6 pm}} on
    {{September 20}}. The order said broadband, restored on {{September 13}}, would remain
    available. It was the state's {{fourth}} shutdown since {{May 3, 2023}}. The
    {{2023}} shutdown lasted {{212 days}}, one of the longest in India. A {{2017}} telecom rule
    allows such orders for up to {{15 days}} at a time.""",
)
