"""Flight, camps, shelters and return, told by displaced families, camp leaders, priests and
aid workers beside the agencies' counts (11 articles, all with figures)."""

from _wrap import item

item(
    "A camp leader's register: Baidoa's drought arrivals",
    """Halima Aden Nur, the elected leader of Isha Weyn camp on the edge of Baidoa, in
    south-western Somalia, keeps a register in a school exercise book. "Our camp has
    [[9,000 people|displaced;a=Halima Aden Nur]] and
    [[four water points|aid;u=other;a=Halima Aden Nur]]," she said. When she arrived in
    {{2017}}, she said, the camp held [[300 families|displaced;a=Halima Aden Nur]]. Now
    [[about 40 new families a week|displaced]] arrive from villages where the rains have failed
    {{five seasons}} in a row. Nur said [[at least 11 children|killed;a=Nur]] had died in the
    camp since January, most from measles and hunger. Aid workers counted
    [[22 latrines|aid;a=Aid workers]] in Isha Weyn last month. Fadumo Ali, a nurse at the
    camp's clinic, said she treats [[about 200 children a day|injured;a=Fadumo Ali]] and that
    {{one in five}} is acutely malnourished. The UN's humanitarian office, OCHA, says
    [[more than 1.1 million Somalis|displaced;v=1100000;a=The UN's humanitarian office;alt=OCHA]]
    have been displaced by drought since {{January 2021}}.""",
)

item(
    "In a Beirut school, displaced families count mattresses",
    """In a public school in Beirut's Bir Hassan district, Rima Haidar, a volunteer who
    coordinates the shelter, says [[320 people|displaced;a=Rima Haidar]] are sleeping in its
    [[21 classrooms|capacity;a=Rima Haidar]]. "Most of them came from Nabatieh and Tyre with
    nothing but the clothes they wore," she said. "We received
    [[150 mattresses|aid;u=other;a=Rima Haidar]] from the municipality, and we need
    [[at least 200 more|aid;p;n=-;u=other;a=Rima Haidar]]," she added. Hussein Khalil,
    {{67}}, arrived on Tuesday with his wife and [[nine grandchildren|displaced]]. "We left at
    night, [[eleven of us|displaced;n=-;a=Hussein Khalil]] in my brother's car," he said.
    Lebanon's government says
    [[more than 1.2 million people|displaced;v=1200000;a=Lebanon's government]] have fled
    their homes since Israel stepped up its strikes in September. It says
    [[about 190,000|displaced;a=Lebanon's government]] are staying in
    [[973 collective shelters|capacity;a=Lebanon's government]], most of them schools. The
    health ministry said strikes had killed
    [[more than 2,000 people|killed;a=The health ministry]] in Lebanon over the past year.
    Haidar, a {{34-year-old}} architect, has not been to work since the shelter opened on
    {{24 September}}. Volunteers cook in the schoolyard on gas burners, and a doctor from a local
    charity comes on Tuesdays and Fridays. "The hardest is the nights," Haidar said. "The
    children hear the drones and they cannot sleep." Most of the families expect to stay until
    there is a ceasefire, she said.""",
)

item(
    "Rohingya elder tells of a nine-day walk to Bangladesh",
    """Mohammad Ilyas, an elder from a village in Myanmar's Maungdaw township, reached
    Bangladesh on Sunday after a {{nine-day}} walk through the hills. "We left with
    [[about 2,000 people|displaced;a=Mohammad Ilyas]] from
    [[three villages|other;a=Mohammad Ilyas]], and on the way we buried
    [[eight|killed;a=Mohammad Ilyas]], old people and a baby," he said. He said soldiers and
    local mobs had burned all [[400 houses|housing;a=Mohammad Ilyas]] in his village. At the
    Kutupalong camp, the UN refugee agency said
    [[more than 370,000 Rohingya|displaced;a=the UN refugee agency]] had crossed since
    {{25 August}}, and that [[about 18,000 a day|displaced;a=the UN refugee agency]] were still
    arriving. Myanmar's government says
    [[about 400 people|killed;a=Myanmar's government]] have been killed in what it calls
    clearance operations against militants. Ilyas now shares a plastic shelter with
    [[14 relatives|displaced]]. The International Organization for Migration said it had
    handed out
    [[10,000 plastic sheets|aid;a=The International Organization for Migration]] and would
    bring in
    [[another 50,000|aid;p;u=other;a=The International Organization for Migration]] this
    week.""",
)

item(
    "Two years on a college floor: Manipur's displaced wait",
    """Lhingneikim Haokip, a schoolteacher from a village near Imphal, has lived in a college
    hall in Churachandpur since the violence of {{May 2023}}, along with
    [[217 other people|displaced]]. "They burned
    [[60 houses|housing;a=Lhingneikim Haokip]] in our village, and the church," she said. "My
    father and [[two uncles|killed;a=Lhingneikim Haokip]] were killed on the road to the
    hills," she said quietly. The state government says
    [[more than 60,000 people|displaced;a=The state government]] are still living in
    [[over 300 relief camps|capacity;a=The state government]] across Manipur. Officials put the
    death toll at [[226|killed;a=Officials]], a figure community groups say is too low. The
    camp's coordinator, Pastor Thangboi Kipgen, said the hall has
    [[six toilets|aid;u=other;a=The camp's coordinator;alt=Pastor Thangboi Kipgen]] and that
    the rations last about {{ten days}}. He said
    [[about 40 children|other;a=Pastor Thangboi Kipgen]] from the camp have been enrolled in
    local schools.""",
)

item(
    "A Goris guesthouse fills with families from Karabakh",
    """Anahit Grigoryan's guesthouse in the Armenian border town of Goris was built for
    [[24 guests|capacity]]. "On the {{first night}} we had
    [[71 people|displaced;a=Anahit Grigoryan]] sleeping here, on the floors, in the yard, in
    their cars," she said. Armenia's government said on Friday that
    [[100,417 people|displaced;a=Armenia's government]] had crossed from Nagorno-Karabakh in a
    week, out of
    [[an estimated 120,000 residents|civilians;a=Armenia's government]]. Among them was
    Varsik Petrosyan, {{78}}, who arrived in the back of a truck with
    [[six grandchildren|displaced]]. "We waited {{three days}} on the road. There were
    [[maybe 30 cars|other;q=approx;a=Varsik Petrosyan]] in front of us and
    [[thousands|other;u=other;a=Varsik Petrosyan]] behind," she said. An explosion at a fuel
    depot on the road out of Stepanakert on Monday killed
    [[at least 170 people|killed;a=local authorities]], according to local authorities. The
    Armenian Red Cross said it had distributed
    [[more than 14,000 hygiene kits|aid;a=The Armenian Red Cross]].""",
)

item(
    "Back in South Sudan, returnees wait at Renk for a boat",
    """Nyakuoth Gatluak crossed back into South Sudan in May with her
    [[five children|returned]] after {{eight years}} as a refugee in Khartoum, where the war
    had caught up with her. "We walked {{four days}} to the border, and then a truck took us to
    Renk," she said. The transit centre at Renk was built for
    [[about 3,000 people|capacity;a=the International Organization for Migration]] but held
    [[more than 20,000|returned;a=the International Organization for Migration]] last week,
    according to the International Organization for Migration. IOM says
    [[more than 390,000 South Sudanese|returned;n=South Sudanese;a=IOM]] have come home from Sudan since
    {{April 2023}}. Gatluak said [[two of her brothers|missing;a=Gatluak]] had stayed in
    Khartoum and that she had not heard from them since June. "We move
    [[about 800 people a day|returned;a=Peter Mabor]] by boat to Malakal, but
    [[1,500 a day|returned;a=Peter Mabor]] arrive," said Peter Mabor, who coordinates onward
    travel for the agency. The barges can carry [[up to 400 passengers|capacity]]. Each
    family receives a cash grant of {{$70}} and food for {{two weeks}}, the agency said.
    Gatluak's home town, Nasir, is a journey of {{10 days}} upriver, and she has not decided
    whether to go there. "In Khartoum my children went to school," she said. "Here I do not
    know what they will do." Heavy rains are expected from {{July}}, when the roads north of
    Malakal become impassable.""",
)

item(
    "A Yazidi survivor returns to Sinjar and counts who is missing",
    """Khalida Murad, now {{21}}, was taken by Islamic State fighters in {{August 2014}} along
    with her mother and [[four sisters|kidnapped]]. "They took
    [[about 300 women and girls|kidnapped;n=women and girls;a=Khalida Murad]] from our village
    that day," she said. "[[Nine of my relatives|missing;a=Khalida Murad]] are still
    missing," she said, reading the names from her phone. The Kurdistan Region's office for
    abducted Yazidis says
    [[6,417 Yazidis|kidnapped;a=The Kurdistan Region's office for abducted Yazidis]] were
    abducted in {{2014}} and that
    [[about 2,700|missing;a=The Kurdistan Region's office for abducted Yazidis]] are still
    missing. It says
    [[3,576|kidnapped;a=The Kurdistan Region's office for abducted Yazidis]] have been rescued
    or freed. Murad came back to Sinjar this spring, one of
    [[about 200 families|returned;a=the district mayor]] to return to the district this year,
    according to the district mayor. She said
    [[about 500 houses|housing;a=Khalida Murad]] in her village were destroyed in the fighting
    to retake it in {{2015}}. Iraq's migration ministry says
    [[about 200,000 Yazidis|displaced;a=Iraq's migration ministry]] still live in camps in the
    Kurdistan region. Murad's house has no roof, and she sleeps at a cousin's. She says she
    came back because her father is buried here. Schools in the district reopened in
    {{September}}, but the hospital in Sinjar town still has no surgeon, she said. "People
    ask why we come back to ruins," she said. "Where else would we go?"
    Her mother is still missing.""",
)

item(
    "Venezuelan walkers climb the Andes on foot",
    """Marta Rengifo, a {{29-year-old}} nurse from Valencia, in Venezuela, has been walking for
    {{nine days}} with her husband and [[three children|displaced]]. "We were
    [[40|displaced;a=Marta Rengifo]] when we crossed the bridge, and now we are
    [[maybe 15|displaced;q=approx;a=Marta Rengifo]]," she said on the road from Cúcuta to
    Pamplona. Father Luis Ortega, who runs a church shelter in Pamplona, said it serves
    [[about 1,200 meals a day|aid;a=Father Luis Ortega]] and has space for
    [[80 people|capacity;a=Father Luis Ortega]]. "Some nights we have
    [[300|displaced;a=Father Luis Ortega]] sleeping in the yard," he said. Colombia's
    migration agency says
    [[more than 3,000 Venezuelans a day|displaced;a=Colombia's migration agency]] are entering
    the country. It estimates that [[about 1 million|displaced;a=Colombia's migration agency]]
    have settled in Colombia, {{a third}} of them in Bogotá. The UN says
    [[2.3 million people|displaced;v=2300000;a=The UN]] have left Venezuela since {{2014}}.
    Many walk the {{500 km}} to Bogotá in sandals.""",
)

item(
    "At Torkham, Afghans born in Pakistan cross into a country they never knew",
    """At the Torkham crossing on Wednesday, [[a few hundred trucks|other]] piled with beds,
    doors and goats queued to enter Afghanistan. Gul Rahman, a vegetable seller born in
    Peshawar {{41 years ago}}, said he had paid {{30,000 rupees}} to hire one for himself, his
    wife and [[nine children|returned;a=Gul Rahman]]. "My children have never seen
    Afghanistan," he said. Pakistan's interior ministry says
    [[about 1.7 million Afghans|displaced;v=1700000;a=Pakistan's interior ministry]] are living
    in the country without papers. It said
    [[more than 200,000|returned;a=Pakistan's interior ministry]] had left since the
    government set a deadline of {{1 November}}. Taliban officials told AFP at the border that
    they were registering [[about 10,000 returnees a day|returned;a=Taliban officials]].
    Mullah Abdul Qadir, who heads the refugee commission in Nangarhar, said
    [[two camps|capacity;a=Mullah Abdul Qadir]] near the crossing can hold
    [[5,000 people|capacity;a=Mullah Abdul Qadir]] between them. Human rights groups say
    [[more than 2,000 Afghans|arrested;a=Human rights groups]] have been detained in raids in
    Karachi and Islamabad this month. Rahman said police had held his
    [[two eldest sons|arrested;a=Rahman]] for {{three nights}} last week until he paid a
    bribe.""",
)

item(
    "In Bangassou, a priest counts the Muslims sheltering in his seminary",
    """In the Catholic seminary of Bangassou, in the south-east of the Central African
    Republic, [[about 2,000 Muslims|displaced]] have been sheltering since militiamen attacked
    their neighbourhood in May. "We have
    [[1,958 people|displaced;a=Father Jean-Claude Ngoué]] here today, I count them every
    morning," said Father Jean-Claude Ngoué, who runs the seminary. He said
    [[at least 12 people|killed;a=Father Jean-Claude Ngoué]] had been shot dead by militiamen
    when they left the compound to fetch water.
    [[About 100 Moroccan peacekeepers|combatants;a=the UN mission;alt=MINUSCA]] guard the
    gate, according to the UN mission, MINUSCA. The Red Cross said it had collected
    [[115 bodies|killed;a=The Red Cross]] in the town after the attack in May. Ahmat Abakar, a
    trader sheltering in the seminary, said the militiamen had burned his shop and
    [[two warehouses|housing;u=structure;a=Ahmat Abakar]]. "In my classroom we are
    [[27 people|displaced;a=Ahmat Abakar]]," he said. The UN says
    [[more than 600,000 Central Africans|displaced;n=Central Africans;a=The UN]] are displaced inside the country
    and [[about 500,000|displaced;a=The UN]] have fled abroad.""",
)

item(
    "Marawi evacuee doubts the army's civilian toll",
    """Samira Dimaporo fled Marawi on foot on the {{second day}} of the siege. "We were
    [[17|displaced;a=Samira Dimaporo]] when we left the house, my family and my sister's
    family, and we walked all the way to Saguiaran," she said. The Buru-an evacuation centre,
    a school gym outside Marawi where she now lives, shelters
    [[about 400 families|displaced;a=the town's social welfare office]], according to the
    town's social welfare office. The Department of Social Welfare and Development says
    [[more than 350,000 people|displaced;a=The Department of Social Welfare and Development]]
    have fled Marawi and nearby towns. The military said on Monday that
    [[303 militants|killed;a=The military]] and
    [[65 soldiers and police|killed;n=soldiers and police;a=The military]] had been killed,
    along with [[45 civilians|killed;a=The military]] it said the militants had killed. The
    military estimates that [[about 1,000 civilians|civilians;a=The military]] remain trapped
    in the city centre. Dimaporo said she did not believe the civilian toll. "In our street
    alone I know [[more than 20 people|killed;a=Samira Dimaporo]] who died," she said. The
    siege began on {{23 May}}, when troops tried to arrest a militant leader and gunmen who had
    pledged allegiance to Islamic State took over parts of the city. President Rodrigo Duterte
    declared martial law across Mindanao the same night. Dimaporo said her house near the
    grand mosque was in the zone the army now calls "ground zero". She has not been allowed
    back to see it.""",
)
