"""Disasters, labour, health, sport and culture told through people: rescuers, farmers,
workers, nurses, athletes and librarians with their numbers (17 articles with figures, 1
without)."""

from _wrap import item

item(
    "The Zonguldak miners who dug in Antakya",
    """Mehmet Yıldız has spent {{21 years}} underground in the coal pits of Zonguldak, and in
    February {{2023}} he spent {{four days}} under the ruins of Antakya. "We got
    [[six people|other;a=Mehmet Yıldız;alt=Yıldız]] out alive and
    [[19|killed;n=-;a=Mehmet Yıldız;alt=Yıldız]] dead," he said, back at the pithead. His team
    was [[32 miners|other;a=Mehmet Yıldız;alt=Yıldız]], he said. It was one of the teams that took
    [[about 650 miners|other]] from Zonguldak to the south. The last person they reached alive
    was a girl of {{13}}, he said. The earthquakes of {{6 February}} killed
    [[more than 50,000 people|killed;a=the disaster agency AFAD]] in Turkey, according to the
    disaster agency AFAD. [[More than 160,000 buildings|housing;a=the government]] collapsed or
    were badly damaged, the government said, and
    [[about 3 million people|displaced;v=3000000;a=the government]] left the region. Yıldız,
    {{46}}, lost [[two cousins|killed]] in Kahramanmaraş. "Underground you know where the
    danger is," he said. "There, you know nothing.\"""",
)

item(
    "On a Sindh embankment, a farmer counts what the water took",
    """Ghulam Rasool has lived on the embankment above his flooded fields for {{six weeks}}, under a
    plastic sheet tied to a tree. "I lost [[12 buffaloes|killed;u=other;a=Ghulam Rasool;alt=Rasool]]
    and all the cotton," he said in Dadu district in October {{2022}}. "[[300 families|displaced;a=Ghulam Rasool;alt=Rasool]]
    from our village are living on this road," he said. Rasool, {{55}}, shares the sheet with
    his wife and [[six children|displaced]]. The floods killed
    [[more than 1,700 people|killed;a=the National Disaster Management Authority]], according
    to the National Disaster Management Authority, and affected
    [[about 33 million|civilians;n=-;v=33000000;a=the National Disaster Management Authority]].
    [[About 2 million homes|housing;v=2000000;a=the government]] were damaged or destroyed, the
    government said. In a relief camp in a school in Dadu town,
    [[about 500 people|displaced]] sleep in the corridors. A doctor there, Farzana Memon, said
    she sees [[about 150 children a day|injured;a=Farzana Memon]] with diarrhoea and skin
    infections.""",
)

item(
    "Twelve men to a room: a Nepali mason's years in Qatar",
    """Ram Bahadur Thapa lays blocks on a stadium car park in the afternoon heat, {{45C}} on the
    day he spoke to reporters in {{2019}}. "We are [[12 men|other;a=Ram Bahadur Thapa;alt=Thapa]]
    in one room, with one bathroom," he said of his labour camp in the Industrial Area of Doha.
    Thapa, {{34}}, earns {{1,000 riyals}} a month and sends most of it to his parents in Dhanusha.
    [[Two men from his village|killed;n=men;u=person;a=Ram Bahadur Thapa;alt=Thapa]] died of what their
    certificates called heart failure, he said. Qatar has
    [[about 2 million migrant workers|other;v=2000000]], most from South Asia. His brother is one of
    [[about 400,000 Nepalis|other]] working in Qatar. His company
    employs [[about 4,000 workers|other;a=Ram Bahadur Thapa;alt=Thapa]], he said. Nepal's
    foreign employment board says [[more than 1,400 Nepali workers|killed;a=Nepal's foreign employment board]]
    died in Qatar between {{2010}} and {{2019}}. In August, [[about 800 workers|other]] from
    another firm stopped work for {{two days}} over unpaid wages, and
    [[about 20|arrested;n=-;a=rights groups]] were detained, rights groups said.""",
)

item(
    "Kerala's fishermen brought their boats to the flood",
    """Xavier Antony drove his boat on a lorry {{90 kilometres}} from the coast at Kollam to
    Chengannur, where the water had reached the first floors. "We took
    [[about 120 people|other;a=Xavier Antony;alt=Antony]] out in {{two days}}, old people on our
    backs," he said. He was one of [[more than 4,500 fishermen|other;a=the state government]]
    who came with [[about 670 boats|other;a=the state government]], the state government said.
    Together they rescued [[more than 65,000 people|other;a=the state government]], it said.
    The floods of August {{2018}} killed [[more than 400 people|killed]] in Kerala, and
    [[more than 1 million|displaced;n=-;v=1000000]] went into
    [[about 3,000 relief camps|capacity]]. The government paid each boat {{3,000 rupees}} a day.
    [[Three fishermen|injured]] were hurt when their boats hit
    submerged walls. Antony, {{41}}, had his boat's hull torn on a submerged wall. "Nobody asked us to come," he
    said.""",
)

item(
    "After Odette, a barangay captain keeps her list",
    """Nenita Cabahug keeps the names of her barangay's residents in a school notebook, and after
    Typhoon Rai she went through it house by house. "We have
    [[1,100 residents|civilians;a=Nenita Cabahug;alt=Cabahug]] and
    [[about 900|displaced;n=-;a=Nenita Cabahug;alt=Cabahug]] are in the chapel and the school,"
    she said on Siargao in December {{2021}}. [[About 240 houses|housing;a=Nenita Cabahug;alt=Cabahug]]
    lost their roofs or walls, she said. [[Two neighbours|missing]] have not been found. The
    typhoon, known locally as Odette, killed [[more than 400 people|killed;a=the disaster council]],
    the disaster council said, and sent [[more than 500,000 people|displaced;a=the disaster council]]
    to evacuation centres. On the beach, [[about 30 fishing boats|other]] lay broken. Cabahug,
    {{60}}, said [[about 2,000 coconut trees|other;u=other;a=Nenita Cabahug;alt=Cabahug]] on the
    island's farms were down. "Coconuts take {{seven years}} to come back," she said.""",
)

item(
    "In Derna, a scout leader and the list of the dead",
    """Ali al-Mansouri, a scout leader, has spent the week after the flood carrying bodies out of
    the mud of central Derna. "We buried [[about 300|killed;n=-;a=Ali al-Mansouri;alt=al-Mansouri]]
    in one day, in one grave," he said. The Libyan Red Crescent said
    [[more than 11,000 people|killed;a=The Libyan Red Crescent]] had died and
    [[10,100|missing;n=-;a=The Libyan Red Crescent]] were missing, figures later revised by the
    government. [[About 900 buildings|housing;a=local officials]] were swept away, local
    officials said. [[His two brothers|missing;a=Ali al-Mansouri;alt=al-Mansouri]] are still
    missing, he said, and [[seven of his scouts|killed;a=Ali al-Mansouri;alt=al-Mansouri]] are
    among the dead. The International Organization for Migration says
    [[more than 40,000 people|displaced;a=The International Organization for Migration]] fled
    the area. A Turkish search team of [[about 170 rescuers|other]] arrived on the third
    day. Mansouri, {{33}}, a physics teacher, last saw his brothers at dinner on {{10 September
    2023}}.""",
)

item(
    "On the night shift at a Lilongwe cholera centre",
    """Chimwemwe Banda, a nurse at the Bwaila cholera treatment centre in Lilongwe, works under a
    tent that smells of chlorine. "Last night we admitted [[43 patients|injured;a=Chimwemwe Banda;alt=Banda]],"
    she said in February {{2023}}. "There were [[three of us|other;n=-]]
    on duty." The centre has [[120 beds|capacity;u=other]]. The outbreak, Malawi's worst, killed
    [[more than 1,600 people|killed;a=the health ministry]] and caused
    [[more than 50,000 cases|other;a=the health ministry]], according to the health ministry.
    The government delayed the reopening of schools for [[about 1 million pupils|civilians;v=1000000]]
    in the two largest cities. Banda, {{39}}, has worked {{12-hour}} shifts for {{five weeks}}.
    A vaccination campaign delivered [[about 2.9 million doses|aid;v=2900000;a=UNICEF]], UNICEF
    said. Her own son, {{14}}, fell ill in January and recovered.""",
)

item(
    "The gurdwara volunteers who gave Delhi oxygen",
    """Gurpreet Singh changes the cylinder regulator with a spanner he keeps in his turban. "Today
    we gave oxygen to [[more than 200 people|aid;a=Gurpreet Singh;alt=Singh]]," he said outside
    a gurdwara in Indirapuram in April {{2021}}, "and [[two|killed;n=-;a=Gurpreet Singh;alt=Singh]]
    died in their cars in the queue." Singh, {{44}}, a transport contractor, runs the site with
    [[80 volunteers|other]] and [[about 60 cylinders|aid;u=other]] refilled every night. India reported
    [[more than 400,000 new cases|other;a=India]] on {{1 May}}, a world record. In Delhi,
    [[about 400 deaths a day|killed]] were being recorded. At the Seemapuri crematorium,
    [[more than 100 bodies a day|killed;a=its organiser]] were arriving, its organiser said.
    The gurdwara kitchen also served
    [[about 5,000 meals a day|aid]]. Singh's uncle died at home on {{21 April}}. "We could not find a bed for him," he said.""",
)

item(
    "Afghanistan's women footballers, kicking again in Melbourne",
    """Nilab Rahimi pulls on the red shirt at a suburban ground in Melbourne, {{11,000 kilometres}}
    from the Kabul pitch where she learnt to play. "[[27 of us|displaced;n=-;a=Nilab Rahimi;alt=Rahimi]]
    got out on one flight," she said of August {{2021}}. In all,
    [[about 70 players and relatives|displaced;n=players and relatives]] were evacuated to
    Australia. Rahimi, {{23}}, and her teammates now play in a state league of
    [[eight teams|other;u=other]]. They lost their first game {{6-0}} and won their {{fifth}}
    {{3-1}}. Before the Taliban banned women's sport, [[about 1,500 girls|other;a=the federation]]
    played football in Afghanistan, the federation said. A squad of
    [[22 players|other]] now trains {{twice}} a week. Their coach, Jess O'Connor, said
    [[about 200 people|other;a=Jess O'Connor]] came to watch the first match. [[Two former players|arrested;a=Nilab Rahimi;alt=Rahimi]]
    who stayed behind were detained for a week, she said. "We play for them," she said.""",
)

item(
    "From Kakuma to Tokyo, a refugee runner's long road",
    """Rose Lokonyen runs her morning laps on a dirt track at the Tegla Loroupe training camp in
    Ngong, {{2,000 metres}} above sea level. She left South Sudan at {{eight}} with her
    [[four siblings|displaced]] and grew up in the Kakuma camp, which holds
    [[about 200,000 refugees|displaced;a=UNHCR]], according to UNHCR. In Tokyo in {{2021}}
    she was one of [[29 athletes|other]] on the Refugee Olympic Team, which represented the
    [[82 million people|displaced;v=82000000;a=the International Olympic Committee]] displaced
    worldwide, the International Olympic Committee said. She ran the {{800 metres}} in
    {{2:11.32}}. At the camp she trains with [[15 other runners|other;a=Rose Lokonyen;alt=Lokonyen]],
    she said, [[nine|displaced;n=-;a=Rose Lokonyen;alt=Lokonyen]] of them also from Kakuma.
    Her mother still lives in Kakuma with
    [[two younger sisters|displaced]]. At Ngong, Lokonyen shares a dormitory with
    [[five other women|other]]. Lokonyen, {{28}}, sends part of her stipend of {{$700}} a month to her mother. "On the track
    nobody asks where you are from," she said.""",
)

item(
    "Mosul's librarian and the books that came back",
    """Omar Fathi stacks donated books on new shelves in the central library of Mosul University,
    whose reading rooms were burned in {{2015}}. "We have collected
    [[about 32,000 books|other;u=other;a=Omar Fathi;alt=Fathi]] since the liberation," he said
    in {{2019}}, "from [[more than 20 countries|other;u=other;a=Omar Fathi;alt=Fathi]]." Islamic
    State fighters burned [[more than 100,000 books|other;u=other;a=university officials]] and
    [[about 2,000 manuscripts|other;u=other;a=university officials]], university officials said.
    Fathi, {{37}}, a historian, coordinated [[about 1,000 volunteers|other]] who carried
    out the ash and the salvaged volumes. Before the war the university had
    [[about 40,000 students|other]]. In the old city, UN-Habitat says
    [[about 5,000 buildings|housing;a=UN-Habitat]] were destroyed in the battle of {{2017}}.
    "[[Three of my students|killed;a=Omar Fathi;alt=Fathi]] died in the fighting," he said.""",
)

item(
    "The lockdown walk home to Bihar",
    """Ramesh Kumar, a painter, set off from Ahmedabad on foot on {{29 March 2020}}, four days
    after India shut down. "We were [[22|returned;n=-;a=Ramesh Kumar;alt=Kumar]] from the same
    district, walking at night," he said. It took them {{13 days}} to cover about
    {{1,600 kilometres}}, on foot and on the backs of lorries. Kumar, {{31}}, walked with his wife
    and [[two children|returned]]. The government later told parliament that
    [[about 10 million migrant workers|returned;v=10000000;a=The government]] had gone home
    during the lockdown. On {{8 May}}, [[16 workers|killed]] sleeping on a railway track near
    Aurangabad were killed by a goods train. The railways ran
    [[more than 4,600 special trains|other;u=other;a=The railways]] that carried
    [[about 6.3 million people|returned;v=6300000;a=The railways]], they said. At home, [[About 300 returnees|returned;a=the village council]] were
    quarantined in the school, the village council said. Kumar
    found work on a village road under the rural jobs scheme, at {{202 rupees}} a day.
    [[Five men|returned;a=Ramesh Kumar;alt=Kumar]] from his group went back to Gujarat in
    October, he said.""",
)

item(
    "In an Atlas village, a teacher opens a school in a tent",
    """Mohamed Aït Ouchen teaches in a tent pitched on the football pitch of Talat N'Yaaqoub,
    because his school is a pile of stones. "[[Eleven of my pupils|killed;a=Mohamed Aït Ouchen;alt=Aït Ouchen]]
    are dead," he said in October {{2023}}. The earthquake of {{8 September}}, of magnitude
    {{6.8}}, killed [[more than 2,900 people|killed;a=the interior ministry]], the interior
    ministry said, and damaged [[about 50,000 homes|housing;a=the interior ministry]]. The tent
    school takes [[about 60 children|other]] in {{two shifts}}. The village had
    [[about 700 inhabitants|civilians]] before the quake. UNICEF said it had sent
    [[about 400 tents|aid;a=UNICEF]] to serve as classrooms across the region. The education ministry said
    [[530 schools|housing;a=The education ministry]] were damaged. Aït Ouchen, {{34}}, lost his
    mother and [[two sisters|killed]]. [[About 120 families|displaced;a=the village head]] in
    the village still live in tents, the village head said, and winter is coming.""",
)

item(
    "The strawberry pickers who could not go home",
    """Fatima Zahra Bennani came to Huelva in February {{2020}} for {{three months}} of strawberry
    picking and stayed for {{seven}}. When Morocco closed its borders, she was one of
    [[about 7,100 Moroccan women|other;a=the farmers' association Interfresa]] stranded in the
    fields, according to the farmers' association Interfresa. "There are
    [[eight of us|other;n=-;a=Fatima Zahra Bennani;alt=Bennani]] in one caravan," she said. Her
    caravan is one of [[about 60|other;n=-;u=structure]] behind the packing shed. Spain's labour
    ministry said [[about 16,000 seasonal workers|other;p;a=Spain's labour ministry]] were needed
    to finish the harvest.
    Bennani, {{40}}, earns {{€40}} a day and has [[three children|other]] waiting in Kenitra. Her
    farm employs [[about 300 pickers|other;a=its manager]], its manager said. In August, labour
    inspectors found [[37 workers|other]] living in a warehouse without water near Moguer. At
    another farm, [[more than 100 workers|other;a=regional health officials]] tested positive
    for the virus, regional health officials said. The first flights home left in July.""",
)

item(
    "A Sherpa's spring on Everest, and the village he went home to",
    """Pemba Tenzing Sherpa was fixing ropes above Base Camp when the avalanche came down from
    Pumori on {{25 April 2015}}. "[[19 people|killed;a=Pemba Tenzing Sherpa]] died at Base Camp,
    and I carried [[four|injured;n=-;a=Pemba Tenzing Sherpa]] down to the helicopters," he said
    later in Khumjung. There were [[about 1,000 climbers and staff|other;n=climbers and staff]]
    on the mountain that day. Helicopters evacuated [[more than 60 climbers|displaced]] stranded
    in the Western Cwm. The earthquake that set off the avalanche killed
    [[nearly 9,000 people|killed;a=the government]] across Nepal and destroyed
    [[more than 600,000 homes|housing;a=the government]], the government said. In Pemba's
    home village in Sindhupalchok, [[42|housing;n=-;u=structure]] of [[the 50 houses|other]] fell, he
    said. Pemba, {{38}}, has summited Everest {{11 times}}. He and [[two cousins|other]] spent
    the monsoon rebuilding his parents' house with stone and corrugated iron. "The mountain pays
    for the house," he said.""",
)

item(
    "In a Tepito gym, a coach keeps the neighbourhood's boys in the ring",
    """Ignacio "Nacho" Ramírez opens the gym in Tepito at five every morning, before the market
    stalls go up. "I have [[about 80 kids|other;a=Ignacio \"Nacho\" Ramírez;alt=Ramírez]] training here,
    [[12 of them|other;n=-;a=Ignacio \"Nacho\" Ramírez;alt=Ramírez]] girls," he said. The gym, founded by his
    father in {{1978}}, has produced [[three world champions|other]]. It has
    [[two rings|other;u=other]] and gloves held together with tape. Ramírez, {{63}}, fought
    {{41}} professional bouts and retired with a record of {{35-5-1}}. "[[Two of my boys|killed;a=Ignacio \"Nacho\" Ramírez;alt=Ramírez]]
    were shot in the street last year," he said. Mexico City recorded
    [[about 1,000 murders|killed;a=the city prosecutor's office]] in {{2022}}, according to the
    city prosecutor's office. The local borough gave the gym {{150,000 pesos}} for a new roof
    and [[30 pairs|aid;u=other]] of gloves. On Saturday, [[about 200 people|other]] watched the
    amateur fights in the street outside.""",
)

item(
    "Ten years after Rana Plaza, a survivor's sewing shop",
    """Rehana Akter sews school uniforms in a rented room in Savar, a short walk from the empty
    lot where Rana Plaza stood. She was trapped in its rubble for {{17 hours}} on
    {{24 April 2013}}. "There were [[about 100 of us|other;n=-;a=Rehana Akter;alt=Akter]] on my
    floor," she said, "and I do not know how many came out." The collapse killed
    [[1,134 people|killed]], and rescuers pulled [[about 2,500 survivors|other]] out alive.
    [[More than 3,000 workers|other]] were inside when it fell. Akter,
    {{35}}, now employs [[four women|other]] in her shop. Bangladesh's garment industry
    employs [[about 4 million workers|other;v=4000000]]. Since the disaster, inspectors under the
    Accord have checked [[more than 1,600 factories|other;u=structure;a=the Accord]], the Accord
    says. A survey by ActionAid of [[200 survivors|other;a=ActionAid]] found that
    {{more than half}} had no steady work. Akter received {{$3,000}} in compensation. "My legs
    still hurt when it rains," she said.""",
)

item(
    "Back on the roads of Iten, a marathoner at 38",
    """Lydia Chepkoech was {{38}} when she ran the Berlin Marathon in {{2 hours 21 minutes}} in
    September {{2024}}, {{four years}} after a stress fracture in her shin. She trains at
    {{2,400 metres}} in Iten, running up to {{200 kilometres}} a week. Her personal best,
    {{2:19:40}}, was set in Amsterdam in {{2019}}. In Berlin she finished {{sixth}} and won
    {{€6,000}}. "At my age every kilometre costs more," she said. She left school at {{16}}, and
    ran her first race, a {{10km}} in Eldoret, in {{2008}}. She plans to run Tokyo in {{March}}
    and then retire. Her coach says her heart rate at rest is {{38 beats}} a minute. She
    earned about {{€85,000}} in prize money last season, she said, and built a house for her
    parents in Kapsabet.""",
)
