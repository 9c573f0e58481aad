"""Sudan, the Sahel, north-east Nigeria and DR Congo: schools shelled, burned, closed or
sheltering families, pupils abducted and freed, exams held in exile, learning spaces and kits."""

from _wrap import item

item(
    "RSF shells El Fasher school sheltering families from Zamzam",
    """
Shells fired by the Rapid Support Forces hit a school sheltering displaced families in El
Fasher's Abu Shouk district on Tuesday, killing
[[at least 22 people|killed;a=a local resistance committee]], a local resistance committee said.
[[Eleven of the dead|killed;a=the committee;alt=a local resistance committee]] were children
and [[about 30 others|injured;a=the committee;alt=a local resistance committee]] were wounded,
the committee said. The school was one of
[[14 schools|capacity;a=the Sudan Doctors Network]] in the city housing
[[roughly 9,000 people|displaced;a=the Sudan Doctors Network]] who had fled Zamzam camp,
according to the Sudan Doctors Network. The RSF, which has besieged El Fasher since
{{May 2024}}, said it was targeting army positions. An RSF statement said its forces had killed
[[dozens of fighters|killed;a=An RSF statement]] of the army-allied Joint Forces.
[[More than 260,000 civilians|civilians;a=the UN]] remain trapped in the city, the UN said.
""",
)

item(
    "Sudan holds secondary certificate exams in army-held states and abroad",
    """
[[More than 340,000 candidates|other;a=Sudan's education ministry]] sat the Sudanese secondary
certificate exams that began on Saturday, Sudan's education ministry said, in army-held states
and at [[38 centres|other;a=Sudan's education ministry]] abroad. In Egypt,
[[about 28,000 Sudanese students|displaced;a=the Sudanese embassy in Cairo]] sat the papers in
Cairo and Aswan, the Sudanese embassy in Cairo said. Students in RSF-held Darfur and Kordofan
could not take part, and the ministry estimated
[[at least 110,000|civilians;a=the ministry;alt=Sudan's education ministry;n=-]] were shut out.
At one centre in Kassala, [[some 1,200 candidates|displaced;a=the headmaster]] were displaced
students from Khartoum and Gezira, the headmaster said. The army said it had deployed
[[4,000 soldiers and police|combatants;a=The army;n=soldiers and police]] to guard exam centres.
The RSF called the exams a political move and said it would hold its own in {{2025}}.
""",
)

item(
    "UNICEF: 17 million Sudanese children out of class",
    """
[[Some 17 million|civilians;a=UNICEF;n=-]] of Sudan's
[[19 million school-age children|civilians;a=UNICEF]] are out of school, UNICEF said on
Wednesday, calling it one of the worst education crises in the world.
[[More than 10,400 schools|other;a=the agency;alt=UNICEF]] in conflict-affected states are
closed, the agency said, and [[about 1,000|capacity;a=the agency;alt=UNICEF;n=-;u=structure]]
more are being used as shelters for displaced families. In Kassala state alone,
[[341 schools|capacity;a=the state education ministry]] house
[[around 87,000 displaced people|displaced;a=the state education ministry]], the state
education ministry said, delaying the school year by {{two months}}. UNICEF and its partners
have set up [[1,650 temporary learning spaces|aid;u=structure]] and trained
[[8,000 volunteer teachers|aid]]. The agency plans to reach
[[2.5 million children|aid;p;a=The agency;alt=UNICEF]] with learning programmes this year but
said its appeal is only {{19 per cent}} funded.
""",
)

item(
    "Khartoum University students return to a looted campus",
    """
The University of Khartoum resumed classes on its main campus on Sunday for the first time since
fighting erupted in {{April 2023}}, after the army retook the capital in {{March}}.
[[About 3,000 students|returned;a=the university]] came back in the first week, the university
said, out of [[more than 30,000|other;a=the university;n=-]] enrolled before the war. The
university's vice-chancellor said [[at least 85 buildings|housing;a=The university's vice-chancellor]]
on the campus had been looted or burned, including the central library. During the war the
university taught [[some 17,000 students|other]] online and from a temporary campus in Port
Sudan, and [[about 4,500 students|displaced]] who had fled to Egypt sat exams at partner
universities there. [[Twenty-six members of staff|killed;a=the staff union;n=members]] were
killed during the fighting, the staff union said, and [[11|missing;a=the staff union;n=-]] are
still missing.
""",
)

item(
    "Zamzam assault destroyed camp's learning centres, aid group says",
    """
The Rapid Support Forces' assault on Zamzam displacement camp in North Darfur killed
[[more than 400 people|killed;a=the UN human rights office]], the UN human rights office said on
Monday. Relief International said [[nine of its staff|killed;a=Relief International;n=staff]],
including [[two teachers|killed;a=Relief International]], were killed when fighters overran its
clinic. The aid group said [[all 12 learning centres|housing;a=The aid group;alt=Relief International]]
it ran in the camp, which taught [[about 6,000 children|other;a=The aid group;alt=Relief International]],
were burned or looted. Survivors said RSF fighters abducted
[[dozens of women and girls|kidnapped;a=Survivors;n=women and girls]].
[[Up to 400,000 people|displaced;a=the International Organization for Migration]] fled the
camp, many of them to Tawila, the International Organization for Migration said.
""",
)

item(
    "Burkina Faso reopens some schools, but thousands stay shut",
    """
[[More than 5,300 schools|other;a=the education ministry]] remain closed across Burkina Faso
because of jihadist attacks, affecting [[about 820,000 pupils|civilians;a=the education ministry]]
and [[24,000 teachers|civilians;a=the education ministry]], the education ministry said on
{{October 2}}. The ministry said [[about 1,600 schools|other;a=The ministry;alt=the education ministry]]
had reopened in the past year and [[some 300,000 pupils|returned;a=The ministry;alt=the education ministry]]
had gone back to class. Jihadist groups killed [[at least 12 teachers|killed;a=Human Rights Watch]]
and abducted [[nine|kidnapped;a=Human Rights Watch;n=-]] in {{2024}}, Human Rights Watch said.
In Djibo, a town under a jihadist blockade, [[some 60,000 displaced children|displaced]] attend
double-shift classes. The army said it had deployed [[200 soldiers|combatants;a=The army]] to
protect reopened schools in the Centre-Nord region.
""",
)

item(
    "Gunmen torch schools near Djenné and seize teachers",
    """
Suspected JNIM fighters set fire to [[three schools|housing;a=local officials]] and a town hall
in villages near Djenné overnight on Thursday and abducted
[[four teachers|kidnapped;a=local officials]], local officials told AFP. The gunmen had warned
teachers to stop teaching in French. [[Two of the teachers|kidnapped;a=a relative;n=teachers]]
were freed on Sunday after village elders negotiated with the group, a relative said. Malian
troops and Russian Africa Corps fighters launched an operation in the area on Saturday, and
the army said it had killed [[about 20 terrorists|killed;a=the army]].
[[About 1,700 schools|other;a=UNICEF]] are closed in Mali because of insecurity, UNICEF said,
depriving [[more than 500,000 children|civilians;a=UNICEF]] of classes. In Mopti region,
[[some 400 teachers|displaced;a=the regional teachers' union]] have fled to Sévaré and Bamako,
the regional teachers' union said.
""",
)

item(
    "In Niger's Ouallam, displaced children learn in straw huts",
    """
Attacks by Islamic State Sahel Province have shut
[[more than 900 schools|other;a=Niger's education ministry]] in the Tillabéri region, Niger's
education ministry said. In Ouallam town,
[[about 3,500 displaced children|displaced;a=the charity;alt=Save the Children]] study in
[[45 straw-hut classrooms|aid;a=the charity;alt=Save the Children]] built with Save the Children,
the charity said. Each hut can take [[up to 50 pupils|capacity]]. Gunmen on motorbikes raided
the nearby village of Sakoira last month and killed [[six villagers|killed]], among them the
village schoolteacher. Residents said [[around 1,200 families|displaced;a=Residents]] fled to
Ouallam after the raid. The charity plans to build
[[30 more|aid;p;a=The charity;alt=Save the Children;n=-;u=structure]] before the rainy season,
when straw huts often collapse.
""",
)

item(
    "Burkina baccalaureate opens under heavy security",
    """
The written papers of Burkina Faso's baccalaureate began on {{June 25}} and will last
{{10 days}}, the education ministry said, with the first paper starting at {{7:30 a.m.}}.
Candidates in the Sahel and Est regions sit at centres moved to regional capitals for the
{{third}} year in a row. Last year's pass rate was {{43.92 per cent}}, the highest since
{{2019}}. Candidates must be at least {{16 years old}}, and the registration fee is
{{5,000 CFA francs}}.
""",
)

item(
    "Gunmen seize pupils at Kuriga school in Kaduna",
    """
Gunmen on motorcycles stormed a school in Kuriga, Kaduna state, as assembly began on Thursday
and seized [[more than 280 pupils|kidnapped;a=a teacher who escaped]], a teacher who escaped
told reporters. The teacher said [[about 25 pupils|kidnapped;a=The teacher]] managed to escape
into the bush. A villager who tried to stop the attackers was shot dead. Kaduna state governor
Uba Sani said after a headcount that [[137 pupils|kidnapped;a=Kaduna state governor Uba Sani]]
and [[one teacher|kidnapped;a=Kaduna state governor Uba Sani]] were being held. The army said it
had deployed [[more than 300 troops|combatants;a=The army]] and surveillance aircraft to track
the kidnappers. All [[137|kidnapped;a=the governor's office;n=-]] were freed on {{March 24}},
the governor's office said. [[More than 1,680 students|kidnapped;a=UNICEF]] have been abducted
from schools in Nigeria since Chibok in {{2014}}, according to UNICEF.
""",
)

item(
    "A decade on, 82 Chibok girls still missing",
    """
{{Ten years}} after Boko Haram fighters seized [[276 schoolgirls|kidnapped]] from the Government
Girls Secondary School in Chibok, [[82 of them|missing;a=Amnesty International;n=-]] are still
missing, Amnesty International said on Sunday. [[Fifty-seven girls|kidnapped]] escaped in the
first hours by jumping from the trucks, and [[103|kidnapped;n=-]] were freed in {{2016}} and
{{2017}} in deals brokered by Switzerland and the ICRC. The army said it had rescued
[[16 more|kidnapped;a=The army;n=-]] since then, most of them with children born in captivity.
Borno state said its new school in Chibok has room for
[[1,000 pupils|capacity;a=Borno state]], but many parents still keep their daughters at home.
The Education in Emergencies Working Group said [[fewer than 50 schools|other;a=The Education in Emergencies Working Group]]
had been fenced and fortified under the Safe Schools Initiative launched after the abduction.
""",
)

item(
    "Returnees fill rebuilt schools in Bama",
    """
[[More than 60,000 people|returned;a=the Borno state government]] have gone back to Bama since
the state closed its camps in Maiduguri, the Borno state government said, and
[[about 11,000 children|returned;a=the Borno state government]] have enrolled in the town's
schools. Governor Babagana Zulum said [[more than 500 schools|housing;a=Governor Babagana Zulum]]
destroyed by Boko Haram had been rebuilt across the state since {{2019}}. Boko Haram and ISWAP
destroyed [[about 1,500 schools|housing;a=the state's education board]] in Borno between
{{2009}} and {{2022}} and killed [[more than 2,300 teachers|killed;a=the state's education board]],
according to the state's education board. The army's {{7 Division}} said it had posted
[[about 400 soldiers and vigilantes|combatants;a=The army's 7 Division;n=soldiers and vigilantes]]
to guard Bama's schools. Aid agencies say [[about 2,000 families|displaced;a=Aid agencies]] are
still sheltering in [[three school buildings|capacity;a=Aid agencies]] in the town.
""",
)

item(
    "WAEC results: pass rate dips in north-east",
    """
The West African Examinations Council said {{72.12 per cent}} of candidates in the {{2024}}
May/June exam obtained the credits in English, mathematics and other core subjects needed for university,
down from
{{79.81 per cent}} in {{2023}}. In Borno and Yobe, the figure was {{41 per cent}}. Results were
released on {{August 12}}, {{five weeks}} after the last paper. The registration fee rose to
{{N27,000}} this year.
""",
)

item(
    "Fighting around Goma shuts thousands of schools in the Kivus",
    """
The fighting around Goma has closed [[more than 2,500 schools|other;a=UNICEF]] in North and
South Kivu, UNICEF said on Friday, leaving [[about 1.6 million children|civilians;a=UNICEF]] out
of class. [[At least 30 schools|housing;a=the Education Cluster]] were hit by shells during the
{{M23}} offensive and [[around 300|capacity;a=the Education Cluster;n=-;u=structure]] are being
used as shelters, according to the Education Cluster. A teacher in Sake said
[[eight pupils|killed;a=A teacher in Sake]] from her school had been killed by shellfire. After
the {{M23}} ordered the camps around Goma dismantled, [[about 400,000 people|returned;a=OCHA]]
went back to their villages in Masisi and Rutshuru, OCHA said. UN experts estimated that
[[between 3,000 and 4,000 Rwandan troops|combatants;a=UN experts]] were fighting alongside the
rebels. Schools in Goma reopened on {{February 17}}.
""",
)

item(
    "Rebels kill students in attack on Ugandan school near Congo border",
    """
Suspected Allied Democratic Forces rebels who crossed from DR Congo attacked Lhubiriha
Secondary School in Mpondwe, western Uganda, late on Friday, killing
[[42 people|killed;a=Ugandan police]], [[37 of them|killed;a=Ugandan police;n=-]] students,
Ugandan police said. The attackers set fire to a boys' dormitory and attacked students with
machetes. The army said [[six students|kidnapped;a=The army]] were abducted and taken across the
border towards Virunga National Park, and police said [[two more|missing;a=police;n=-]] were
unaccounted for. [[Eight people|injured]] were in a critical condition in hospital in Bwera. The
school had [[about 60 boarders|other]]. Uganda has [[about 4,000 troops|combatants;a=a military spokesman]]
in eastern Congo under a joint operation against the ADF, a military spokesman said, and they
had begun a pursuit.
""",
)

item(
    "Militia attack on Ituri displacement site burns camp school",
    """
CODECO militiamen attacked the Plaine Savo displacement site in Djugu territory overnight,
killing [[at least 18 people|killed;a=local civil society leaders]] and burning
[[a dozen shelters|housing;a=local civil society leaders]], local civil society leaders said.
The Norwegian Refugee Council said its school at the site, which taught
[[about 1,100 displaced children|displaced;a=The Norwegian Refugee Council]], was partly burned.
[[More than 20,000 people|displaced;a=OCHA]] fled towards Bunia, OCHA said, and
[[about 5,000|returned;a=OCHA;n=-]] had come back by Sunday. UNICEF said it had delivered
[[250 school-in-a-box kits|aid;a=UNICEF]] to sites around Djugu and planned
[[40 new learning spaces|aid;p;a=UNICEF;u=structure]]. Monusco said it had sent
[[about 150 peacekeepers|combatants;a=Monusco]] to secure the site.
""",
)
