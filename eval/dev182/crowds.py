"""Stampedes and crowd crushes at religious gatherings, stadiums, aid distributions and
concerts (11 texts, all with figures)."""

from _wrap import item

item(
    "Stampede at Hathras satsang kills over 120",
    """LUCKNOW: [[At least 121 people|killed;a=the Uttar Pradesh government]], most of them women,
    were killed in a stampede at a religious congregation in Hathras district on Tuesday, the
    Uttar Pradesh government said. Organisers had sought permission for
    [[80,000 people|capacity;a=officials]], but [[more than 2.5 lakh devotees|other;v=250000;
    a=officials]] turned up, officials said. The crush began at around {{3.30 p.m}}. as
    followers rushed to collect soil from the path of the preacher's car. [[Thirty-one injured|
    injured;a=Chief Minister Yogi Adityanath]] were being treated in Aligarh and Etah, Chief
    Minister Yogi Adityanath said. [[Seven of the dead|killed;n=-]] were children. Police have
    arrested [[six sevadars|arrested]] who worked as volunteers at the event, and
    announced a reward of {{Rs 1 lakh}} for information on the chief organiser. Temperatures
    were above {{38 degrees Celsius}}, and only two exits were open.""",
)

item(
    "Crush at Mina kills hundreds of hajj pilgrims",
    """MECCA (Al Jazeera) - [[At least 717 pilgrims|killed;a=Saudi Arabia's civil defence
    directorate]] were killed and [[863|injured;a=Saudi Arabia's civil defence directorate]]
    injured in a crush at Mina, just outside Mecca, Saudi Arabia's civil defence directorate
    said, in the deadliest hajj disaster in {{25 years}}. The crush happened at about
    {{9am}} at the intersection of two streets as pilgrims headed to the
    Jamarat bridge for the stoning ritual. [[About 4,000 rescuers|other]] and
    [[220 ambulances|other]] were deployed. Iran said [[131 of its citizens|killed;a=Iran]]
    were among the dead, and [[dozens more|missing;n=-;a=Iran]] were missing. Temperatures reached
    {{46C}}. [[Some two million people|other;v=2000000]] are performing the hajj this year.""",
)

item(
    "Halloween crowd crush in Seoul's Itaewon",
    """SEOUL (AP) - [[At least 151 people|killed;a=officials]] were killed and
    [[82|injured;a=officials]] injured after a huge Halloween crowd surged into a narrow alley
    in Seoul's Itaewon district on Saturday night, officials said.
    [[Nineteen foreigners|killed;a=Choi Seong-beom]] were among the dead, said Choi Seong-beom,
    chief of the Yongsan fire department. [[About 100,000 people|other;a=officials]] had
    gathered in the nightlife district, officials estimated, but only
    [[137 police officers|combatants]] had been assigned to the area. The alley is about
    {{3.2 meters}} wide and {{40 meters}} long. Emergency workers performed CPR on
    [[dozens of people|injured]] lying in the street. [[More than 4,000 calls|other;u=other;a=the
    city]] to report missing
    relatives were received by the city, and [[355|missing;a=the city]] remained unaccounted for
    on Sunday, the city said. The government declared a week of national mourning.""",
)

item(
    "Tear gas sparks deadly crush at Kanjuruhan stadium",
    """MALANG - The death toll from a crush at Kanjuruhan stadium in East Java rose to
    [[131|killed;a=the National Police]] on Tuesday, the National Police said, including
    [[at least 33 children|killed;a=the National Police]]. Police fired tear gas at fans who ran
    onto the pitch after Arema FC lost {{2-3}} to Persebaya Surabaya, triggering a rush for the
    exits. [[More than 580 people|injured;a=the health office]] were treated for injuries,
    according to the health office. The stadium, built for [[38,000 spectators|capacity]], held
    [[about 42,000|other;a=officials]], officials said, after organisers printed
    [[4,000 extra tickets|other;u=other]]. Police have named
    [[six suspects|arrested;a=National Police Chief Listyo Sigit Prabowo]], including
    [[three police officers|arrested;a=National Police Chief Listyo Sigit Prabowo]], National
    Police Chief Listyo Sigit Prabowo said. The match
    kicked off at {{8 pm}}, despite police requests to move it to {{3.30 pm}}.""",
)

item(
    "Sanaa charity handout ends in deadly stampede",
    """SANAA (AFP) - [[At least 78 people|killed;a=the Houthi-run interior ministry]] died and
    [[73 others|injured;a=the Houthi-run interior ministry]] were injured in a stampede at a
    charity distribution in Yemen's capital on Wednesday night, the Houthi-run interior ministry
    said. [[Hundreds of people|other]] had crowded into a school in the old city to receive
    handouts of about {{5,000 rials}} ({{$9}}) each ahead of Eid al-Fitr. Witnesses said Houthi
    fighters fired into the air to control the crowd, hitting an electric wire that exploded and
    set off panic. [[Thirteen of the injured|injured;n=-]] were in critical condition.
    [[Three people|arrested;a=the ministry;alt=the Houthi-run interior ministry]] including
    [[the two organisers|arrested;a=the ministry;alt=the Houthi-run interior ministry]] were
    detained, the ministry said. More than {{80%}} of Yemen's population depends on aid after
    {{eight years}} of war.""",
)

item(
    "Crush at football final in N'Zerekore",
    """CONAKRY (AFP) - A crush at the end of a football tournament final in Guinea's second city,
    N'Zerekore, killed [[56 people|killed;a=the government]], the government said on Monday,
    while local doctors told AFP [[about 135|killed;a=local doctors]] had died. Fans stampeded
    after a disputed penalty in the {{82nd minute}} and police fired tear gas, and many were
    crushed against the gates of the stadium, which holds [[about 10,000|capacity;n=-]]. A
    doctor at the regional hospital said the morgue, built for [[40 bodies|capacity]], was
    overflowing and that [[more than 100|injured;a=A doctor at the regional hospital]] injured
    were lying in corridors. Prime Minister Amadou Oury Bah said [[up to 20
    people|arrested;p;a=Prime Minister Amadou Oury
    Bah]] could be charged, including the organisers.""",
)

item(
    "Church charity event crush in Abuja",
    """ABUJA (Premium Times) - [[Ten people|killed;a=the FCT Police Command]], including
    [[four children|killed;a=the FCT Police Command]], died in a crush at a Catholic church in
    Maitama where food and clothing were being handed out to the poor on Saturday morning, the
    FCT Police Command said. Police spokesperson Josephine Adeh said
    [[eight others|injured;a=Police spokesperson Josephine Adeh]] were in hospital and
    [[1,000 people|displaced;a=Police spokesperson Josephine Adeh]] had been safely evacuated from
    the premises. [[More than 2,000 people|other]] had gathered at the gate as early as
    {{4am}} for [[about 500 food parcels|aid]], a parishioner said. The church said it had
    planned to feed [[1,500 families|aid;p;a=The church]] in the pre-Christmas outreach. The
    crush was one of [[three|other;n=-]] at charity events across the country that weekend, in
    which [[at least 67 people|killed]] died.""",
)

item(
    "Ration handout crush in Karachi leaves women dead",
    """KARACHI: [[Twelve people|killed;a=police]], among them [[eight women|killed;a=police]] and
    [[three children|killed;a=police]], were killed in a stampede outside a factory in SITE
    area where free Ramazan rations were being distributed on Friday, police said. Police
    surgeon Dr Summaiya Syed said [[11 injured|injured;a=Dr Summaiya Syed]] had been brought
    to Civil Hospital. [[Around 400 women|other]] had gathered outside the gate since
    morning, witnesses said, when a wall collapsed and sent people falling into a drain. The
    factory owner had planned to hand out [[about 1,000 ration bags|aid;p]], each worth
    {{Rs 8,000}}. Police detained [[seven people|arrested]], including the owner's son.
    The Sindh government announced {{Rs 500,000}} in compensation for each family.""",
)

item(
    "Pre-dawn surge at Maha Kumbh leaves devotees dead",
    """PRAYAGRAJ: [[Thirty devotees|killed;a=Deputy Inspector General Vaibhav Krishna]] were killed
    and [[60|injured;a=Deputy Inspector General Vaibhav Krishna]] injured in a stampede at the
    Sangam during the Mauni Amavasya bathing on Wednesday, Deputy Inspector General Vaibhav
    Krishna said, [[25 of whom|killed;n=-;a=Deputy Inspector General Vaibhav Krishna]] had been
    identified. The crush began between {{1 a.m}}. and {{2 a.m}}. when barricades broke under
    the pressure of the crowd. Officials had expected [[up to 10 crore pilgrims|other;p;v=100000000;
    a=Officials]] on the day, the most auspicious of the {{45-day}} festival, and
    [[about 3.5 crore|other;v=35000000;n=-;a=the mela administration]] had bathed by the evening,
    according to the mela administration. [[Over 2,700 police personnel|combatants]] and
    [[300 divers|other]] were deployed at the ghats. The State government set up a
    {{three-member}} judicial commission and announced {{Rs 25 lakh}} for each victim's
    family. [[Seventy special trains|other;u=other]] were run to take pilgrims home.""",
)

item(
    "Crowd surge at Houston festival kills concertgoers",
    """HOUSTON (The Guardian) - [[Eight people|killed;a=Houston fire chief Samuel Peña]] died and
    [[scores|injured;n=-;a=Houston fire chief Samuel Peña]] were injured when the crowd surged
    towards the stage during Travis Scott's headline set at the Astroworld festival on Friday
    night, Houston fire chief Samuel Peña said. [[About 50,000 people|other;a=officials]] were
    at the sold-out event, officials said. Peña said [[17 people|injured;a=Peña]] had been
    taken to hospital, [[11 of them|injured;n=-;a=Peña]] in cardiac arrest, and that
    [[more than 300|injured;a=Peña]] were treated at a field hospital on site. The victims were
    aged {{14 to 27}}. The crush began at about {{9.15pm}}, and the show continued for almost
    {{40 minutes}}. Police said [[530 officers|combatants;a=Police]] had been on duty, along with
    [[755 private security staff|other;a=Police]].""",
)

item(
    "Crush at Mahamasina stadium before island games",
    """ANTANANARIVO (AFP) - [[Thirteen people|killed;a=Prime Minister Christian Ntsay]] were
    killed and [[around 80|injured;a=Prime Minister Christian Ntsay]] injured in a crush at the
    entrance to Mahamasina stadium on Friday evening ahead of the opening ceremony of the Indian
    Ocean Island Games, Prime Minister Christian Ntsay said. [[Eleven of the injured|injured;
    n=-]] were in a serious condition. The stadium, which holds [[41,000 people|capacity]], was
    almost full when [[several thousand more fans|other]] tried to force their way in through a
    single gate, witnesses said. Officials said [[about 1,300 police and gendarmes|combatants;
    n=police and gendarmes;a=Officials]] had been deployed. The ceremony went ahead after {{a
    minute}} of silence.""",
)
