"""Floods and cholera in Maiduguri and Borno (the Alau dam collapse of 2024, the floods of 2022,
the cholera outbreaks of 2021 and 2024), relief camps, fires and storms in the camps, and the aid
that followed, 2020-2026."""

from _wrap import item

item(
    "Alau dam bursts, submerging much of Maiduguri",
    """
Floodwater from the collapsed Alau dam swept through Maiduguri on Tuesday, displacing
[[more than 414,000 people|displaced;a=the Borno State Emergency Management Agency]], the Borno
State Emergency Management Agency said. The dam, about {{20km}} south-east of the city, gave way
after days of heavy rain. Governor Zulum said {{40 per cent}} of the city was under water. In
Gwange and Fori, [[thousands of families|displaced]] waded through chest-deep water with
children on their shoulders. Soldiers evacuated [[about 1,100 patients|displaced;a=the hospital's management]]
from the State Specialist Hospital, the hospital's management said. The emergency agency said
[[at least 30 people|killed;a=The emergency agency;alt=the Borno State Emergency Management Agency]]
were feared dead. [[Hundreds of houses|housing]] in Bulabulin collapsed overnight. The Bakassi and Teachers Village camps, built for [[about 20,000 people|capacity]], were
reopened the same night. Army engineers
deployed [[about 40 boats|other;a=the army]] to pluck people from rooftops, the army said.
""",
)

item(
    "NEMA raises Maiduguri flood toll to 37",
    """
The National Emergency Management Agency said on Friday that
[[37 people|killed;a=The National Emergency Management Agency]] had died in the Maiduguri floods
and [[58 others|injured;a=The National Emergency Management Agency]] were hurt. The agency said
[[about 1 million people|civilians;a=The agency;alt=The National Emergency Management Agency]] in
[[15 local government areas|other;a=The agency;alt=The National Emergency Management Agency;u=other]]
had been affected. It counted [[more than 12,000 houses|housing;a=The National Emergency Management Agency]]
damaged or destroyed. [[At least 24 people|missing;a=residents]] remain unaccounted for, residents
say. NEMA's director-general, Zubaida Umar, said the agency expected the toll to rise. The agency
plans to distribute food to [[about 80,000 households|aid;p;a=The agency;alt=The National Emergency Management Agency]]
next week.
""",
)

item(
    "Inmates escape and crocodiles roam as flood hits Maiduguri prison and zoo",
    """
[[Two hundred and eighty-one inmates|other;a=the Nigerian Correctional Service]] escaped from
the Maiduguri custodial centre after floodwater brought down its walls, the Nigerian Correctional
Service said. A spokesman for the service, Umar Abubakar, said
[[seven of them|arrested;a=Umar Abubakar;n=-]] had been recaptured by Thursday. The centre held
[[about 1,000 inmates|arrested]] before the flood, among them convicted Boko Haram members.
[[Three warders|missing;a=the service]] were missing, the service said. At the Sanda Kyarimi
Park zoo, {{80 per cent}} of the animals died, and
[[at least 12 crocodiles|other;a=zoo officials;u=other]] were swept into nearby streets, zoo
officials said. [[More than 100 vehicles|other]] were submerged at the motor park beside the
prison.
""",
)

item(
    "Borno opens relief camps in schools and mosques as floodwater spreads",
    """
The Borno State government has opened [[30 relief camps|capacity;a=SEMA]] for flood victims in
schools, mosques and the old Bakassi camp, SEMA said on Wednesday. Bakassi, closed in {{2023}},
was reopened to take [[up to 10,000 people|capacity;a=officials]], officials said. The Teachers
Village camp alone now holds [[some 15,000 people|displaced]]. Across the city,
[[about 40 schools|capacity;a=the state education ministry]] are being used as shelters, the state
education ministry said, and classes will stay suspended for {{two weeks}}. UNICEF said it had
built [[180 emergency latrines|aid;a=UNICEF]] and was trucking {{120,000 litres}} of water a day.
In the Gubio camp, [[between 3,000 and 4,000 families|displaced]] arrived on the {{first}} night.
Volunteers from the city's mosques are cooking [[about 60,000 meals a day|aid]].
""",
)

item(
    "Cholera spreads in flood-hit Maiduguri",
    """
Borno State has recorded [[at least 1,230 suspected cholera cases|other;a=the state health ministry]]
since the Alau dam burst, the state health ministry said on Monday, and
[[32 deaths|killed;a=the state health ministry]]. Most cases are in Jere, Maiduguri and Konduga,
where [[tens of thousands of people|displaced]] are still sleeping in schools. The ministry
said it had set up [[14 cholera treatment centres|other;a=The ministry;alt=the state health ministry]]
with [[about 400 beds|other;a=The ministry;alt=the state health ministry]]. The ministry plans to vaccinate
[[about 800,000 people|aid;p;a=The ministry;alt=the state health ministry]] with
[[850,000 doses|aid;p;a=The ministry;alt=the state health ministry]] from next week.
Médecins Sans Frontières said [[more than 200 patients|other;a=Médecins Sans Frontières]] were
admitted to its centre in Gwange in a single day.
""",
)

item(
    "Cholera kills scores in Borno camps as rains set in",
    """
A cholera outbreak in Borno has killed [[at least 148 people|killed;a=the Nigeria Centre for Disease Control]]
since {{July}}, the Nigeria Centre for Disease Control said on Friday, with
[[more than 5,100 suspected cases|other;a=the Nigeria Centre for Disease Control]] in
[[21 local government areas|other;a=the Nigeria Centre for Disease Control;u=other]]. [[Nearly
700 of the cases|other]] were in the Muna Garage camp on the edge of Maiduguri, where
[[about 30,000 displaced people|displaced;a=camp managers]] share
[[fewer than 250 latrines|aid;a=camp managers]], camp managers said. The World Health
Organization said it had sent [[six tonnes|aid;a=The World Health Organization]] of medical
supplies. Health workers said [[at least 40 patients|other;a=Health workers]] were being admitted
each day to the treatment centre at the Umaru Shehu hospital. The case fatality rate stands at
{{2.9 per cent}}.
""",
)

item(
    "Food and mattresses reach flood victims as governors send trucks",
    """
The federal government sent [[200 trucks|aid;a=the Minister of Humanitarian Affairs]] of food to
Maiduguri, the Minister of Humanitarian Affairs said on Saturday, enough to feed
[[50,000 households|aid;a=the Minister of Humanitarian Affairs]] for {{a month}}. Borno State
said it had distributed [[10,000 bags|aid;a=Borno State]] of rice,
[[5,000 mattresses|aid;a=Borno State]] and [[3,000 blankets|aid;a=Borno State]] in the
relief camps. Each displaced household will also receive {{N30,000}}, the state said. The Kano
and Lagos governments pledged {{N500 million}} between them. SEMA said
[[about 110,000 people|aid;a=SEMA]] had received cooked meals on Friday, but
[[some 60,000|civilians;a=SEMA]] outside the camps had not been reached. Volunteers complained
that [[dozens of trucks|aid;a=Volunteers]] had waited {{two days}} at the city gates.
""",
)

item(
    "Floods cut off Rann and Ngala as Kalabalge rivers burst their banks",
    """
Floods have cut off Rann, where [[about 70,000 people|civilians;a=Médecins Sans Frontières]]
depend on aid flown in by helicopter, Médecins Sans Frontières said on Tuesday. In Ngala and
Kala-Balge, [[more than 20,000 people|displaced;a=OCHA]] have been forced from their homes and
[[12 villages|other;a=OCHA]] are under water, OCHA said. [[Two children|killed;a=local officials]]
drowned when a canoe capsized near Rann, local officials said, and
[[three others|missing;a=local officials]] are missing. [[Some 3,500 houses|housing]] have
collapsed in the area since the rains began in {{June}}. The camp in Rann, home to displaced
people since {{2015}}, had [[400 shelters|housing;a=camp residents]] washed away, camp residents
said. [[Up to 15,000 refugees|returned]] returned to Rann from Cameroon last year.
""",
)

item(
    "Maiduguri's flood relief camps close as families head home",
    """
SEMA closed [[the last 12 relief camps|capacity;a=SEMA]] in Maiduguri on Sunday, {{six weeks}}
after the Alau dam burst, and said [[about 46,000 people|returned;a=SEMA]] had gone home in the
past week. Each household leaving the camps received {{N50,000}} and a bag of maize;
[[18,000 households|aid]] have been paid so far. [[Some 3,000 families|displaced;a=officials]]
whose homes were washed away remain with relatives, officials said. The state has promised to
rebuild [[4,500 houses|housing;a=The state;p]] before the next rains. In Bulabulin, residents
said [[dozens of families|displaced;a=residents]] were sleeping in the ruins of their homes. A
SEMA official said [[about 200 people|displaced;a=A SEMA official]] had refused to leave the
Bakassi camp.
""",
)

item(
    "UN appeals for funds as Borno floods and cholera collide",
    """
OCHA on Thursday appealed for {{$40 million}} to help
[[650,000 people|aid;p;a=OCHA]] affected by floods and cholera in Borno over the next
{{three months}}. The UN office said [[1.3 million people|civilians;a=The UN office;alt=OCHA]]
already needed assistance in the state before the Alau dam burst. It said partners would deliver shelter kits to [[25,000 households|aid;p;a=OCHA]] and
[[1.5 million water purification tablets|aid;p;a=OCHA]]. Only {{12 per cent}} of the year's
humanitarian plan for Nigeria has been funded. Trond Jensen, head of OCHA in Nigeria, said
[[more than 200,000|displaced;a=Trond Jensen]] were still living in schools and relief sites,
and that [[as many as 2,000 new cholera cases a week|other;p;a=Trond Jensen]] were possible. The
World Food Programme plans to reach [[400,000 people|aid;p;a=The World Food Programme]] with
food in {{October}}.
""",
)

item(
    "Fire sweeps through Muna camp, destroying hundreds of shelters",
    """
A fire tore through the Muna Garage camp on the outskirts of Maiduguri on Saturday, destroying
[[about 600 shelters|housing;a=SEMA]], SEMA said. [[Four children|killed;a=the agency;alt=SEMA]]
died and [[11 people|injured;a=the agency;alt=SEMA]] were burned, the agency said. The fire left
[[1,200 households|displaced;a=SEMA]] without shelter, it said. It started at about
{{2pm}} from a cooking fire, camp leaders said, and spread quickly in the harmattan wind.
SEMA said it had distributed [[700 tents|aid;a=SEMA]] and [[2,400 blankets|aid;a=SEMA]] by
Sunday evening. The camp, which Zulum has said will close, holds
[[about 28,000 people|displaced]]. It is the {{third}} fire there this year.
""",
)

item(
    "Storm flattens shelters at Dalori camp",
    """
A rainstorm ripped the roofs off [[more than 2,000 shelters|housing;a=camp officials]] at the
Dalori camp near Maiduguri overnight, camp officials said. [[About 9,000 people|displaced;a=camp officials]]
spent the night in the open, they said. [[Three people|killed;a=the state emergency agency]],
including a child aged {{seven}}, were killed when a wall collapsed, the state emergency agency
said, and [[14|injured;a=the state emergency agency]] were treated at the camp clinic. The IOM
said it had handed out [[up to 500 tarpaulins|aid;a=The IOM]] and would bring
[[1,000 more|aid;p;a=The IOM;u=other;n=-]] on Monday. Dalori hosts
[[between 20,000 and 25,000 displaced people|displaced]] in [[two sites|capacity;u=other]].
""",
)

item(
    "Ngadda river floods Jere and Konduga wards",
    """
The Ngadda river burst its banks on Saturday, submerging
[[at least 15 wards|other;a=the chairman of Jere local government;u=other]] in Jere, the chairman
of Jere local government said. [[About 22,000 people|displaced]] from Jere have moved into
[[nine schools|capacity]] and a mosque compound. In Konduga, the local emergency committee said
[[five people|killed;a=the local emergency committee]] had drowned and
[[two|missing;a=the local emergency committee]] were swept away. Farmers lost crops on
{{3,000 hectares}} of rice and maize. [[More than 700 houses|housing;a=residents]] collapsed in
Dala and Gongulong, residents said. Red Cross volunteers evacuated
[[about 350 elderly people|displaced;a=the Nigerian Red Cross]] by canoe, according to the
Nigerian Red Cross. [[Twenty-three people|injured]] were treated at the Konduga clinic for cuts
and snake bites.
""",
)

item(
    "Families search for the missing a week after the Maiduguri flood",
    """
The Nigerian Red Cross said on Wednesday it had registered
[[at least 45 people|missing;a=The Nigerian Red Cross]] as missing since the Alau dam burst, and
had reunited [[about 300 children|other;a=The Nigerian Red Cross]] with their parents. Its
volunteers recovered [[12 bodies|killed;a=the society;alt=The Nigerian Red Cross]] from drainage channels and collapsed
buildings in Gwange on Tuesday, the society said. Hauwa Modu, {{34}}, said
[[two of her sons|missing;a=Hauwa Modu]] had not been seen since the water reached their street
at {{3am}}. The Red Cross has deployed [[400 volunteers|other;a=The Red Cross]] in the city, it
said. [[Some 150 people|missing;a=The Nigerian Red Cross]] were listed as missing in the {{first days}}, but most have
since been found, it said. Soldiers pulled [[eight bodies|killed;a=the army]] from the Ngadda
river, the army said.
""",
)

item(
    "NiMet warns of heavy rains over Borno",
    """
The Nigerian Meteorological Agency (NiMet) said on Monday that Borno could receive up to
{{1,100mm}} of rain this season, {{30%}} more than the average. The rains are expected to begin
in {{late May}} and end by {{mid-October}}. Maiduguri recorded {{162mm}} in a single day on
{{September 9, 2024}}, the day before the Alau dam failed. Temperatures will stay above
{{38C}} until {{June}}, the agency said.
""",
)

item(
    "Contract signed to rebuild Alau dam",
    """
The federal government on Thursday signed an {{N80 billion}} contract to rebuild the Alau dam,
which collapsed in {{September 2024}}. The dam, built in {{1986}}, held about
{{112 million cubic metres}} of water. The new embankment will be {{8 metres}} higher and take
{{36 months}} to complete. Work is due to start in the {{second quarter}} of {{2025}}. Officials
said the project was {{70%}} funded.
""",
)
