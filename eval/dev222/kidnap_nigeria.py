"""Items of dev222: Nigeria (schools, churches, roads, villages and camps in the northwest,
north-central and northeast states, and the statistics and courts of kidnapping for ransom)."""

from _wrap import item

item(
    "Gunmen seize scores of pupils in Kaduna school raid",
    """
Gunmen on motorcycles stormed a school complex in Kuriga, in Nigeria's northwestern Kaduna
state, shortly after morning assembly on {{March 7}} and seized [[at least 287 pupils and
staff|kidnapped;a=a local government official;n=pupils and staff]], a local government official
said. Headmaster Sani Abdullahi said the attackers, [[about 60|combatants;a=Headmaster Sani
Abdullahi]] of them by his count, forced children {{aged between 8 and 15}} to march into the
bush. He said [[25 pupils|kidnapped;a=Headmaster Sani Abdullahi]] slipped away during the march
and were back in the village by nightfall. Residents said [[two vigilantes|killed;a=Residents]]
were shot dead as they tried to pursue the gunmen. Governor Uba Sani said [[some 150 soldiers
and police|combatants;a=Governor Uba Sani;n=soldiers and police]] were combing the Kuriga and
Kujama forests, and promised that no child would be left behind. The state government later put
the number still held at [[137|kidnapped;a=The state government]], saying a headcount had found
that many children had run home in the confusion. It was the largest school abduction in Kaduna
since {{July 2021}}, when [[121 students|kidnapped]] were taken from Bethel Baptist High School
in Chikun.
""",
)

item(
    "Bandits raid Zamfara villages, abduct dozens and burn homes",
    """
Armed bandits attacked [[four villages|other;a=police]] in the Maru local government area of
Zamfara state overnight, abducting [[dozens of residents|kidnapped;a=police]] and setting [[more
than 40 homes|housing;a=police]] on fire, police said. Zamfara police spokesman Yazid Abubakar
said [[53 people|kidnapped;a=Zamfara police spokesman Yazid Abubakar]] had been taken, including
[[31 women|kidnapped;a=Zamfara police spokesman Yazid Abubakar]]. [[Seven villagers|killed;a=Zamfara
police spokesman Yazid Abubakar]] were killed when they tried to resist, he said. A community
leader in Maru, who asked not to be named for fear of reprisals, said [[about 2,000
people|displaced;a=A community leader in Maru]] had fled to Maru town and were sleeping in [[two
primary schools|capacity;a=A community leader in Maru]] and a mosque. Relatives said the bandits
were demanding {{N30 million}} (about {{$20,000}}) for the captives' release. The State Emergency
Management Agency said it would distribute food to [[500 families|aid;p;a=The State Emergency
Management Agency]] this week.
""",
)

item(
    "Last Abuja-Kaduna train hostages freed after six months",
    """
[[The remaining 23 passengers|kidnapped;a=Nigeria's Defence Headquarters]] held since gunmen
attacked an Abuja-Kaduna train in March were freed on Wednesday, {{six months}} after the
assault, Nigeria's Defence Headquarters said. The train was carrying [[362
passengers|civilians]] when the attackers blew up the track near Katari and opened fire on the
carriages. [[Eight people|killed]] were killed and [[26 others|injured]] wounded, and [[62
people|kidnapped]] were marched into the forest. Families say the captives were freed in
batches, [[11|kidnapped;a=Families]] in June and [[seven|kidnapped;a=Families]] in August, after
ransoms that the government insists it never paid. Security analysts estimate that [[more than
1,000 people|kidnapped;a=Security analysts]] were abducted in Kaduna state in {{2022}} alone. The
Nigerian Railway Corporation, which suspended the service for {{eight months}}, said [[30 armed
soldiers|combatants;p;a=The Nigerian Railway Corporation]] would ride on each train when trips
resume.
""",
)

item(
    "Church says 303 pupils and 12 teachers taken from Niger state boarding school",
    """
Gunmen abducted [[303 pupils|kidnapped;a=the Christian Association of Nigeria]] and [[12
teachers|kidnapped;a=the Christian Association of Nigeria]] from St Mary's Catholic school in
Papiri, Niger state, in the early hours of Friday, the Christian Association of Nigeria (CAN)
said. Bulus Yohanna, the association's chairman in the state, said after visiting the school
that [[50 of the children|kidnapped;a=Bulus Yohanna]] had escaped and been reunited with their
parents by Sunday. The children are {{aged between 10 and 18}}, he said. Police said [[80
tactical officers|combatants;a=Police]] and local hunters were searching the forests of Agwara
and Borgu. The Niger state government said it had closed [[47 schools|other;a=The Niger state
government]] in the area as a precaution. The attack came {{four days}} after [[25
schoolgirls|kidnapped]] were seized from a boarding school in Maga, in neighbouring Kebbi state.
The presidency said [[1,500 more troops|combatants;p;a=The presidency]] would be sent to the
northwest and north-central states.
""",
)

item(
    "ISWAP fighters abduct women gathering firewood near Gamboru",
    """
Suspected fighters of Islamic State West Africa Province (ISWAP) abducted [[more than 100
people|kidnapped;a=the UN]], mostly women and girls living in displacement camps, as they
gathered firewood outside Gamboru Ngala in Borno state last week, the UN said. A camp leader
told reporters that families had reported [[113 women and girls|missing;a=A camp leader;n=women
and girls]] since the attack. The Borno state government disputed the figures, saying [[no more
than 47 women|kidnapped;a=The Borno state government]] had been taken. By Saturday [[19
women|kidnapped;a=police]] had escaped and walked back to the camps, police said. Soldiers found
[[two bodies|killed]] near the border with Cameroon on Monday. The Gamboru camp, one of [[three
camps|capacity]] in the town, hosts [[about 27,000 displaced people|displaced]]. OCHA said the
insecurity had forced it to suspend food distributions to [[some 12,000 households|aid;a=OCHA]]
in the area.
""",
)

item(
    "Freed Kankara schoolboys reunited with parents",
    """
[[More than 340 schoolboys|kidnapped]] abducted from a government science secondary school in
Kankara, Katsina state, were reunited with their families on Saturday, {{six days}} after [[about
100 gunmen|combatants]] on motorcycles stormed their hostels. Governor Aminu Bello Masari said
[[344 boys|kidnapped;a=Governor Aminu Bello Masari]] had been brought out of the Rugu forest and
that the school's headcount showed no pupil was still missing. Health officials said [[17 of the
boys|injured;a=Health officials]] were being treated for wounds and cuts sustained during the
march. Katsina police spokesman Gambo Isah said [[three suspected
collaborators|arrested;a=Katsina police spokesman Gambo Isah]] had been arrested, among them a
man who had supplied the gang with food. UNICEF said it would provide counselling to [[all 344
boys|aid;p;a=UNICEF]] and their families. The state government said it had closed [[10 boarding
schools|other;a=The state government]] in frontline districts.
""",
)

item(
    "Police arrest 32 kidnap suspects on Abuja-Lokoja highway",
    """
Police in Kogi state said on Tuesday they had arrested [[32 suspected kidnappers|arrested;a=Police
in Kogi state]] and rescued [[19 victims|kidnapped;a=Police in Kogi state]] in a {{two-week}}
operation along the Abuja-Lokoja highway, one of Nigeria's most feared roads. State police
spokesman William Aya said [[five suspects|killed;a=State police spokesman William Aya]] were
killed in gunfights in forests near Koton Karfe. Items recovered included [[14 AK-47
rifles|other;a=State police spokesman William Aya]], [[1,250 rounds|other;a=State police
spokesman William Aya]] of ammunition and [[six motorcycles|other;a=State police spokesman
William Aya]], he said. Survivors describe gangs of [[15 to 20 gunmen|combatants;a=Survivors]]
blocking the road at dusk and marching travellers into the hills. Ransoms on the route have
reached {{N10 million}} a head, and some victims have been held for weeks. The Nigeria Security
and Civil Defence Corps said it would post [[400 agro rangers|combatants;p;a=The Nigeria Security
and Civil Defence Corps]] along the highway from next month.
""",
)

item(
    "Dozens abducted, thousands flee as gunmen sweep through Plateau villages",
    """
Gunmen killed [[at least 16 people|killed;a=the local council chairman]] and abducted [[about
40|kidnapped;a=the local council chairman]] in coordinated raids on [[five villages|other;a=the
local council chairman]] in the Bokkos area of Plateau state on Sunday night, the local council
chairman said. Chairman Monday Kassah said [[more than 3,000 villagers|displaced;a=Chairman Monday
Kassah]] had fled to Bokkos town. The Nigerian Red Cross said its volunteers had registered
[[1,146 displaced households|displaced;a=The Nigerian Red Cross]] in [[seven camps|capacity;a=The
Nigerian Red Cross]] by Tuesday. [[Around 200 houses|housing]] were burned, along with granaries
and the village clinic in Hurum. A military spokesman said troops had rescued [[nine of the
captives|kidnapped;a=A military spokesman]] in a forest near the border with Kaduna state.
Hospital officials said [[11 people|injured;a=Hospital officials]] with gunshot and machete
wounds were being treated in Jos.
""",
)

item(
    "Sokoto Koranic pupils freed two weeks after abduction",
    """
Nigerian security forces freed [[16 captives|kidnapped;a=the Sokoto state government]], among
them [[15 pupils|kidnapped;a=the Sokoto state government]] of a Tsangaya Koranic school, the
Sokoto state government said on Friday. The children, {{aged between 7 and 16}}, were seized
from Gidan Bakuso village in Gada district in a pre-dawn raid on {{March 9}}. Local vigilantes
said they had lost [[three of their members|killed;a=Local vigilantes]] in a failed attempt to
track the gunmen to their camp. Governor Ahmed Aliyu said no ransom had been paid. The
government said it had relocated [[about 600 pupils|displaced;a=The government;alt=Sokoto state
government]] from Tsangaya schools in border districts to Sokoto city, and would build [[four
fenced hostels|capacity;p;u=structure;a=The government;alt=Sokoto state government]] able to
take [[1,000 children|capacity;p;a=The government;alt=Sokoto state government]] by the end of
the year.
""",
)

item(
    "Nigerians paid trillions of naira in ransoms, statistics bureau says",
    """
Nigerian households paid an estimated {{N2.2 trillion}} in ransoms in the {{12 months}} to
{{April 2024}}, the National Bureau of Statistics (NBS) said in a crime survey published on
Tuesday. The bureau estimated that [[2.2 million people|kidnapped;a=The bureau;alt=National
Bureau of Statistics]] were kidnapped nationwide in that period, and that the average ransom
paid was about {{N2.7 million}}. Its enumerators interviewed [[about 80,000
households|other]] across the country. The northwest, where bandit gangs operate from forest
camps, accounted for {{46%}} of victims, the bureau said. SBM Intelligence, a Lagos-based
consultancy, separately recorded [[4,777 people|kidnapped;a=SBM Intelligence]] abducted in
[[1,130 incidents|other;u=other;a=SBM Intelligence]] between {{July 2023}} and {{June 2024}},
with [[at least 614 victims|killed;a=SBM Intelligence]] killed during the abductions. Police say
they arrested [[more than 1,900 kidnapping suspects|arrested;a=Police]] in {{2023}}.
""",
)

item(
    "Ekiti pupils and teachers freed from forest hideout",
    """
[[Six pupils|kidnapped;a=Governor Biodun Oyebanji]], [[three teachers|kidnapped;a=Governor Biodun
Oyebanji]] and a driver abducted when gunmen hijacked their school bus near Emure, in
southwestern Ekiti state, have been freed, Governor Biodun Oyebanji said on Sunday. The
kidnappers had demanded {{N100 million}} for their release, and the governor did not say whether
any money had changed hands. In a separate ambush the same week, [[two traditional
rulers|killed]] were killed on their way back from a security meeting. Amotekun, the southwest's
regional security network, said [[more than 500 of its operatives|combatants;a=Amotekun]] had
combed the forests with police, soldiers and local hunters. Police spokesperson Sunday Abutu said
[[four suspects|arrested;a=Police spokesperson Sunday Abutu]] had been arrested and [[two
others|killed;a=Police spokesperson Sunday Abutu]] shot dead in a gunfight at the gang's camp.
Students of the state university blocked the Ado-Ikere road for {{six hours}} to protest against
the killings.
""",
)

item(
    "Worshippers seized during Sunday service in southern Kaduna",
    """
Gunmen burst into a Baptist church in Kajuru, in southern Kaduna state, during the morning
service and abducted [[about 40 worshippers|kidnapped;a=church officials]], church officials
said. The Reverend Joseph Hayab, a former chairman of the Christian Association of Nigeria in the
state, said [[three worshippers|killed;a=The Reverend Joseph Hayab]] were shot as they tried to
flee. He said [[seven others|injured;a=The Reverend Joseph Hayab]] were being treated for gunshot
wounds at a hospital in Kaduna. Kaduna police confirmed the attack but put the number taken at
[[24|kidnapped;a=Kaduna police]]. Residents said [[15 of the captives|kidnapped;a=Residents]]
escaped when their guards fell asleep, and walked for {{two days}} to reach a military
checkpoint. Community leader Ishaku Dan'azumi said [[roughly 1,500
residents|displaced;a=Community leader Ishaku Dan'azumi]] had fled to Kachia and Kaduna city since
the attack, and that [[fewer than 200|returned;a=Community leader Ishaku Dan'azumi]] had gone
back.
""",
)

item(
    "Ten years after Chibok, dozens of girls still unaccounted for",
    """
{{Ten years}} after Boko Haram fighters seized [[276 schoolgirls|kidnapped;a=Amnesty
International]] from their dormitory in Chibok, [[82 of them|missing;a=Amnesty
International;n=-]] are still unaccounted for, Amnesty International said on Sunday.
[[Fifty-seven girls|kidnapped]] escaped in the first hours by jumping from the trucks that
carried them towards the Sambisa forest. In {{2016}} and {{2017}}, [[103|kidnapped]] were
released after talks brokered by Switzerland and the International Committee of the Red Cross.
Others escaped or were found by soldiers in later years, some with children fathered by their
captors. The group said [[at least 1,680 children|kidnapped;a=The group;alt=Amnesty
International]] had been abducted from schools across Nigeria since {{2014}}. UNICEF says [[more
than 1,000 schools|other;a=UNICEF]] remain closed in the northeast because of insecurity.
""",
)

item(
    "Displaced villagers begin returning to Shiroro after months of bandit raids",
    """
[[About 4,500 people|returned;a=the Niger State Emergency Management Agency]] who fled bandit
raids in Shiroro local government area have gone back to their villages in recent weeks, the
Niger State Emergency Management Agency (NSEMA) said on Thursday. The agency said [[some 11,000
others|displaced;a=The agency;alt=Niger State Emergency Management Agency]] remained in [[six
camps|capacity;a=The agency;alt=Niger State Emergency Management Agency]] in Gwada, Kuta and
Minna. Community leaders say [[more than 200 residents|kidnapped;a=Community leaders]] of the
area were abducted in {{2023}} alone, and that [[at least 60|missing;a=Community leaders]] have
never been heard from. The World Food Programme said it was supporting [[1,200 returning
households|aid;a=The World Food Programme]] with food rations and seed for the planting season.
The state government has rebuilt [[87 homes|housing]] burned in the raids. It plans to reopen
[[14 primary schools|other;p;a=The state government]] before the new term.
""",
)

item(
    "Zamfara governor says abducted Jangebe schoolgirls freed",
    """
[[Two hundred and seventy-nine schoolgirls|kidnapped;a=Zamfara state governor Bello Matawalle]]
abducted from their boarding school in Jangebe have been freed, Zamfara state governor Bello
Matawalle said on Tuesday, {{four days}} after gunmen stormed their dormitories at around {{1
a.m.}} He had earlier put the number taken at [[317|kidnapped;a=Zamfara state governor Bello
Matawalle]], but the school later said some girls had hidden in the bush and gone home. The freed
girls, {{aged 10 to 17}}, were taken to a government guest house in Gusau, where doctors said
[[six of them|injured;a=doctors;n=-]] were being treated for injuries to their feet. Security
sources said [[about 100 gunmen|combatants;a=Security sources]] had arrived on motorcycles and
herded the girls into the forest on foot. Matawalle insisted that no ransom had been paid. The
state government said it had closed [[37 secondary schools|other;a=The state government]] as a
precaution. In December, [[more than 300 schoolboys|kidnapped]] were taken from a school in
Kankara in neighbouring Katsina state and freed within a week.
""",
)

item(
    "Nigerian senators move to toughen penalties for paying ransoms",
    """
Nigeria's Senate on Wednesday passed the {{second}} reading of a bill that would raise the
minimum prison term for paying a ransom to kidnappers from {{15 years}} to {{25 years}}. The
Terrorism (Prevention and Prohibition) Act of {{2022}} already makes such payments a crime,
though no one has yet been convicted under that section. The amendment would also impose fines
of up to {{N50 million}} on companies and insurers that facilitate payments. Senator Ali Ndume,
{{64}}, who represents Borno South, said families who paid ransoms were victims too and should
not be jailed. Analysts at a Lagos consultancy estimate that the average ransom demand rose by
{{40%}} between {{2022}} and {{2024}}, to about {{N5 million}}. The bill now goes to committee,
which has {{60 days}} to report back.
""",
)

item(
    "A student's 40 days in a bandit camp",
    """
Aisha was {{19}} and in her {{second}} year at a college of education in Gusau when gunmen took
her from a hostel in {{September 2023}}. She spent {{40 days}} in a camp in the Dansadau forest,
sleeping under a tarpaulin and eating boiled maize once a day. Her father, a {{52-year-old}}
tomato farmer, sold his land and borrowed from relatives to raise {{N5 million}}, {{half}} of
what the kidnappers first asked. She was released on {{October 27}} at a roadside {{about 90
km}} from Gusau and walked for {{eight hours}} to reach a village with a phone signal. "I still
hear motorcycles in my sleep," she said. She went back to classes in January and hopes to finish
her course by {{2026}}.
""",
)
