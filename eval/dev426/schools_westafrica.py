"""dev426 items: schools and children in the wars of West Africa and the Sahel (Nigeria,
Burkina Faso, Mali, Niger, Cameroon, Chad)."""

from _wrap import item

item(
    "Gunmen seize hundreds of pupils from Kaduna school",
    """Gunmen on motorcycles stormed a government school in Kuriga, Kaduna State, shortly after
    {{8 a.m.}} on Thursday and abducted [[287 pupils|kidnapped;a=Sani Abdullahi]], the head
    teacher, Sani Abdullahi, told reporters. Residents said [[more than 100 of the
    children|kidnapped;a=Residents]] were {{aged under 12}}.
    [[Twenty-five|kidnapped;a=community leaders]] escaped into the bush and walked home
    overnight, community leaders said. Police put the number of attackers at [[between 60 and
    100 gunmen|combatants;a=Police]] and said [[two school guards|killed;a=Police]] were shot
    dead at the gate. Governor Uba Sani said [[150 soldiers and police
    officers|combatants;a=Governor Uba Sani;alt=Uba Sani;p;n=soldiers and police officers]] would
    be sent to guard schools in the district. UNICEF says [[more than 1,680
    students|kidnapped;a=UNICEF]] have been abducted from Nigerian schools since {{2014}}, the
    year Boko Haram seized [[276 schoolgirls|kidnapped]] from their dormitory in Chibok.
    [[About 90 of the Chibok girls|missing;a=Bring Back Our Girls]] are still unaccounted for,
    according to Bring Back Our Girls, a campaign group.""",
)

item(
    "Burkina Faso: more than 6,000 schools shut by insecurity",
    """Burkina Faso's Ministry of National Education said on Tuesday that [[6,149
    schools|other;a=Burkina Faso's Ministry of National Education]] were closed by insecurity at
    the end of May, cutting off [[more than 1 million pupils|civilians;a=Burkina Faso's Ministry
    of National Education]] and [[about 31,000 teachers|civilians;a=Burkina Faso's Ministry of
    National Education]]. That is {{22 percent}} of the country's schools. The ministry said
    [[412 schools|other;a=The ministry;alt=Burkina Faso's Ministry of National Education]] had
    reopened since January as the army retook ground. Save the Children said [[tens of thousands
    of children|displaced;a=Save the Children]] who had fled to Kaya, Ouahigouya and Djibo had no
    place in the towns' crowded classrooms. UNICEF and its partners set up [[1,250 temporary
    learning spaces|aid;u=structure]] last year and enrolled [[about 85,000 children|aid]] in
    catch-up classes. The ministry plans to reopen [[a further 500 schools|other;p;a=The
    ministry;alt=Burkina Faso's Ministry of National Education]] before the school year begins in
    October.""",
)

item(
    "Gunmen kill schoolchildren in Cameroon's South-West",
    """Gunmen armed with machetes and rifles burst into a private school in Kumba, in
    Cameroon's South-West region, on Saturday and opened fire on a classroom, killing [[seven
    children|killed;a=local officials]] and wounding [[at least 12 others|injured;a=local
    officials]], local officials said. The pupils were aged between {{9 and 12}}. Regional
    governor Bernard Okalia Bilai said [[10 to 12 attackers|combatants;a=Regional governor
    Bernard Okalia Bilai;alt=Bernard Okalia Bilai]] had arrived on motorbikes. The government
    blamed Anglophone separatists, who have enforced a boycott of schools since {{2017}}; the
    separatists denied it. UNICEF says [[more than 700,000 children|civilians;a=UNICEF]] in the
    North-West and South-West have been affected by school closures and that [[at least 2,245
    schools|other;a=UNICEF]] are shut. Human Rights Watch has documented [[at least 19
    attacks|other;u=other;a=Human Rights Watch]] on schools and the abduction of [[more than 300
    students and teachers|kidnapped;a=Human Rights Watch;n=students and teachers]] in the two
    regions since {{2018}}. Security forces arrested [[four suspects|arrested;a=the army]] on
    Sunday, the army said.""",
)

item(
    "Hundreds of schools closed in Niger's Tillaberi as attacks mount",
    """[[More than 890 schools|other;a=the regional education directorate]] in Niger's Tillaberi
    region remain closed because of attacks by armed groups, the regional education directorate
    said on Monday, keeping [[about 78,000 pupils|civilians;a=the regional education
    directorate]] out of class. In the latest attack, gunmen believed to belong to Islamic State
    Sahel Province set fire to [[three primary schools|housing]] in the Tera department and
    threatened teachers with death if they came back. [[Between 100 and 150 teachers|displaced;a=SNEN;alt=the
    teachers' union SNEN]] have fled the department since January, according to the teachers'
    union SNEN. The Education Cluster said [[more than 40 schools|capacity;a=The Education
    Cluster]] across the region were sheltering [[around 9,500 displaced
    people|displaced;a=The Education Cluster]]. Niger's military government said troops had
    killed [[15 militants|killed;a=Niger's military government]] in an operation near Tera. Aid
    groups plan to distribute [[12,000 school kits|aid;p;a=Aid groups]] before classes resume in
    October.""",
)

item(
    "Mali: jihadist threats keep nearly 2,000 schools shut",
    """[[Nearly 2,000 schools|other;a=UNICEF]] were closed in Mali at the end of the school
    year, most of them in the Mopti and Segou regions, UNICEF said, depriving [[about 590,000
    children|civilians;a=UNICEF]] of an education. Teachers' unions say [[at least 25
    teachers|kidnapped;a=Teachers' unions]] have been abducted by jihadist groups in central Mali
    since {{2022}} and [[six|killed;a=Teachers' unions]] have been killed. In one village near
    Bandiagara, fighters of the al-Qaeda-linked JNIM ordered [[three schools|other]] to close
    and told parents to send their children to Koranic lessons instead. Mali's education
    ministry says it has recruited [[2,300 volunteer teachers|other;a=Mali's education
    ministry]] for areas that regular staff have abandoned. The ministry says [[about 140,000
    children|aid;a=The ministry;alt=Mali's education ministry]] have been enrolled in
    accelerated learning programmes since {{2019}}, with support from Education Cannot Wait.""",
)

item(
    "Kankara schoolboys freed after six days in captivity",
    """Nigerian authorities said on Thursday that [[344 schoolboys|kidnapped;a=Nigerian
    authorities]] abducted from the Government Science Secondary School in Kankara, Katsina
    State, had been freed after {{six days}} in captivity. [[Hundreds of students|displaced]] had
    fled over the school wall when the gunmen arrived late on {{December 11}}. Governor Aminu
    Bello Masari said [[17 of the boys|injured;a=Governor Aminu Bello Masari;alt=Aminu Bello
    Masari]] were being treated for wounds and exhaustion in Katsina. The army said [[about 200
    soldiers|combatants;a=The army]] had surrounded the forest where the boys were held.
    [[Three suspects|arrested;a=police]] have been arrested in connection with the abduction,
    police said. Schools across the state remained closed, leaving [[more than 45,000
    pupils|civilians]] at home.""",
)

item(
    "Two years on, Yauri schoolgirls' families still wait",
    """Gunmen stormed the Federal Government College in Birnin Yauri, Kebbi State, in {{June
    2021}} and seized [[more than 100 students and teachers|kidnapped;n=students and teachers]].
    Police said at the time that [[one police officer|killed;a=Police]] was shot dead at the
    gate. Most of the captives were freed in batches over the following months, [[the last
    30|kidnapped]] in {{October 2022}}. But Salim Kaoje, who chairs the parents' association,
    told Reuters that [[four girls|missing;a=Salim Kaoje]] are still unaccounted for. Kebbi shut
    [[39 boarding schools|other;a=the state education commissioner]] after the attack, and
    [[14|other;u=structure;a=the state education commissioner]] have yet to reopen, the state
    education commissioner said. Across the north-west, [[thousands of schools|other;a=the
    Nigeria Union of Teachers]] were closed for weeks in {{2021}}, according to the Nigeria Union
    of Teachers.""",
)

item(
    "Borno counts cost of Boko Haram's war on schools",
    """Boko Haram has killed [[at least 2,295 teachers|killed;a=UNICEF]] and destroyed [[more
    than 1,400 schools|housing;a=UNICEF]] in north-east Nigeria since the insurgency began in
    {{2009}}, UNICEF said in a report on Friday. The agency said [[about 19,000
    teachers|displaced;a=The agency;alt=UNICEF]] had fled the region and that [[some 600,000
    children|civilians;a=The agency;alt=UNICEF]] had lost access to education. In Borno, the
    worst-hit state, {{57 percent}} of schools remain closed. Borno's commissioner for education,
    Lawan Wakilbe, said the state had rebuilt [[312 classrooms|housing;a=Lawan Wakilbe]] since
    {{2017}} and planned to build [[20 new boarding schools|housing;p;a=Lawan Wakilbe]] in
    garrison towns. Boko Haram fighters abducted [[110 schoolgirls|kidnapped]] from Dapchi, Yobe
    State, in {{February 2018}}; [[five|killed]] died in captivity.""",
)

item(
    "Jangebe schoolgirls freed days after mass abduction",
    """[[The 279 schoolgirls|kidnapped;a=Zamfara State Governor Bello Matawalle;alt=Bello Matawalle]] seized
    from a boarding school in Jangebe have been released, Zamfara State Governor Bello Matawalle
    said on Tuesday. The governor had first put the number abducted at [[317|kidnapped;a=The
    governor;alt=Bello Matawalle]]. Police said [[about 100 gunmen|combatants;a=Police]] on
    motorcycles took part in the raid. Several of the girls were treated at a hospital in Gusau,
    and [[two|injured;a=a doctor at the hospital]] had gunshot wounds, a doctor at the hospital
    told AFP. Matawalle said security forces had arrested [[11 suspected
    informants|arrested;a=Matawalle]] and that the state had shut [[all 50 of its boarding
    schools|other;a=Matawalle]] until further notice. The federal government deployed [[more
    than 500 troops|combatants]] to the area.""",
)

item(
    "Teachers shot dead in front of pupils in northern Burkina Faso",
    """Suspected jihadists on motorbikes shot dead [[five teachers|killed;a=a regional education
    official]] at a school in Loroum province, in northern Burkina Faso, on Monday, a regional
    education official said. The attackers spared the pupils but set fire to [[two
    classrooms|housing]] and the head teacher's house. [[Two other teachers|missing]] have not
    been seen since. The teachers' union SNEA-B said [[more than 70 teachers|killed;a=The
    teachers' union SNEA-B;alt=SNEA-B]] had been killed since {{2018}} and
    [[dozens|kidnapped;a=The teachers' union SNEA-B;alt=SNEA-B]] abducted. After the attack,
    [[23 schools|other]] in the commune closed their doors, leaving [[some 4,000
    pupils|civilians]] without lessons. The army said it had killed [[13 assailants|killed;a=The
    army]] in a pursuit operation.""",
)

item(
    "In Kaya, classrooms become homes for the displaced",
    """In Kaya, the main town of Burkina Faso's Centre-Nord region, [[47 schools|capacity;a=the
    regional humanitarian council]] are sheltering [[about 3,200 displaced
    families|displaced;a=the regional humanitarian council]], the regional humanitarian council
    said. That is [[some 21,000 people|displaced]], most of them women and children. Fati
    Ouedraogo, who runs a primary school near the market, said [[68
    families|displaced;a=Fati Ouedraogo]] slept in her [[six classrooms|capacity;a=Fati
    Ouedraogo]] and lessons were held under a tree. The authorities plan to move [[1,100
    households|displaced;p;a=The authorities]] to a new site outside the town before the school
    year starts in October. The site has space for [[up to 2,500 households|capacity]]. [[Some 600
    families|returned;a=officials]] have gone back to villages near Barsalogho since the army
    retook the area, officials said.""",
)

item(
    "Police rescue abducted pupils in Ekiti, arrest suspects",
    """Ekiti State police said on Sunday they had rescued [[six pupils|kidnapped;a=Ekiti State
    police]] and [[three teachers|kidnapped;a=Ekiti State police]] abducted when gunmen stopped
    their school bus on {{January 29}}. The driver was killed in the attack. A police spokesman,
    Sunday Abutu, said [[14 suspects|arrested;a=Sunday Abutu]] had been arrested and
    [[two|killed;a=Sunday Abutu]] were killed in a shootout with a team of [[more than 80
    officers, hunters and vigilantes|combatants;a=Sunday Abutu;n=officers, hunters and
    vigilantes]]. The kidnappers had demanded a ransom of {{100 million naira}}. The state
    government closed [[11 schools|other]] in the area for {{two weeks}}.""",
)

item(
    "Chad's lake schools struggle to absorb refugee children",
    """In Chad's Lac province, [[tens of thousands of school-age children|displaced;a=UNHCR]] live in
    camps and sites for refugees and displaced people, UNHCR said, and fewer than half of them
    attend class. Boko Haram fighters burned [[four schools|housing;a=the provincial education
    delegation]] on the islands of the lake in {{2023}}, and [[at least 90 schools|other;a=the
    provincial education delegation]] remain closed, according to the provincial education
    delegation. The World Food Programme serves [[about 30,000 school meals a day|aid]] in the
    province. Education Cannot Wait pays the salaries of [[160 community teachers|aid]]. The fund
    plans to reach [[up to 18,000 more children|aid;p;a=The fund;alt=Education Cannot Wait]] next
    year.""",
)

item(
    "Boko Haram raids empty schools in Cameroon's Far North",
    """[[Some 150 schools|other;a=the regional delegation of basic education]] are closed in
    Cameroon's Mayo-Sava and Mayo-Tsanaga departments, the regional delegation of basic
    education said, and [[about 38,000 pupils|civilians;a=the regional delegation of basic
    education]] have had no lessons this term. In Mozogo, fighters killed [[two
    teachers|killed;a=local officials]] and abducted [[nine pupils|kidnapped;a=local
    officials]] in a night raid last week, local officials said. [[Three of the
    children|kidnapped]] escaped and reached a military post. The army said [[about 40
    soldiers|combatants;a=The army]] had been deployed to guard schools in the area. [[Around
    5,000 families|displaced;a=OCHA]] have fled the border villages since January, OCHA said, and
    many are sheltering in [[eight schools|capacity;a=OCHA]] in Mokolo.""",
)

item(
    "Gunmen abduct female students from hostels near Gusau university",
    """Gunmen stormed off-campus hostels of the Federal University Gusau in Zamfara State
    before dawn on Friday and abducted [[at least 24 female students|kidnapped;a=a university
    spokesman]], a university spokesman said. [[Five construction workers|kidnapped]] were also
    taken from a nearby site. The army said on Sunday that troops had rescued [[13 of the
    students|kidnapped;a=The army]] and [[three|kidnapped;a=The army]] of the workers after a
    gunfight in which [[six kidnappers|killed;a=The army]] were killed. The students' union said
    [[more than 2,000 students|displaced;a=The students' union]] had fled the hostels in the
    area. The university suspended lectures for {{two weeks}}.""",
)

# --- texts with numbers but no figure

item(
    "Education Cannot Wait pledges $30m for central Sahel schooling",
    """Education Cannot Wait, the global fund for education in emergencies, announced a {{$30
    million}} grant on Wednesday for schooling in Burkina Faso, Mali and Niger, where insecurity
    has closed classrooms since {{2019}}. The {{three-year}} programme will run until {{December
    2027}}. The fund said it would cover {{60%}} of the cost, with the remaining {{$20 million}}
    to be raised from other donors by {{June 2025}}. Girls are expected to make up at least half
    of those enrolled. The grant follows a {{$12.5 million}} first emergency allocation in
    {{2020}}. "Every year out of school is a year a child does not get back," the fund's
    director, Yasmine Sherif, said.""",
)

item(
    "Ten years after Chibok, campaigners mark the date in Abuja",
    """Campaigners gathered in Abuja on {{April 14, 2024}} to mark the {{10th anniversary}} of
    the Chibok abduction, carrying red banners and reading out names. Aisha, a former captive
    who is now {{27 years old}}, said she had spent {{three years}} in the Sambisa forest before
    she was freed. Nigeria endorsed the Safe Schools Declaration in {{2015}}, but the budget for
    its school security programme was cut by {{40%}} in {{2023}}, to {{N12 billion}}. The event
    began at {{10 a.m.}} and ended with a minute of silence. Organisers said they would return
    on the same date in {{2025}}.""",
)
