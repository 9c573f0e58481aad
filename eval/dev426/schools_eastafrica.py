"""dev426 items: schools and children in the wars of East and Central Africa (Sudan, South
Sudan, DR Congo, Uganda, Kenya, Somalia, Ethiopia, Mozambique, the Central African Republic)
and of Haiti and Colombia."""

from _wrap import item

item(
    "Sudan's war keeps 19 million children out of class, agencies say",
    """[[Some 19 million children|civilians;a=UNICEF and Save the Children]] in Sudan are out
    of school, UNICEF and Save the Children said in a joint statement on Monday, including
    [[about 6.5 million|civilians;a=UNICEF and Save the Children]] who lost access because of
    insecurity when [[more than 10,400 schools|other;a=UNICEF and Save the Children]] closed in
    conflict-affected areas. [[Hundreds of schools|capacity]] in Gedaref, Kassala and Port Sudan
    are being used to shelter families who fled the fighting. Sudan's education ministry said
    [[about 3,000 teachers|displaced;a=Sudan's education ministry]] had fled to Egypt, Chad and
    South Sudan. In Khartoum, where the war began in {{April 2023}}, [[at least 120 of the
    capital's schools|housing]] have been damaged. The agencies said they aimed to reach [[up to 4.5
    million children|aid;p;a=The agencies;alt=UNICEF and Save the Children]] with learning and
    psychosocial support by the end of {{2025}}, at a cost of {{$150 million}}.""",
)

item(
    "Shelling hits school sheltering displaced in El Fasher",
    """Artillery shells struck a school sheltering displaced families in El Fasher, North
    Darfur, on Sunday, killing [[at least 13 people|killed;a=the Emergency Lawyers]], the
    Emergency Lawyers, a rights group, said. [[Eight of the dead|killed;a=the group;alt=the
    Emergency Lawyers]] were children, the group said, and [[more than 30
    others|injured;a=the group;alt=the Emergency Lawyers]] were wounded. The school was one of
    [[more than 40|capacity;u=structure;a=the local resistance committee]] in the city housing
    people who fled the Zamzam and Abu Shouk camps, the local resistance committee said. The
    Rapid Support Forces, which have besieged the city since {{May 2024}}, denied targeting
    civilians. In a separate attack last month, a drone hit a Koranic school, killing [[11
    pupils|killed;a=local medics]], local medics said. [[About 780,000 people|displaced;a=the
    International Organization for Migration]] have fled El Fasher and its camps, the
    International Organization for Migration says. [[Dozens of people|missing]] are still
    unaccounted for after the latest shelling.""",
)

item(
    "Rebels kill students in attack on Ugandan school near Congo border",
    """Suspected Allied Democratic Forces rebels attacked Lhubiriha Secondary School in
    Mpondwe, western Uganda, late on Friday, killing [[41 people|killed;a=police]], including
    [[37 students|killed;a=police]], police said. The attackers set fire to a dormitory and
    hacked or shot students, and [[at least eight|injured;a=the local mayor]] were in critical
    condition, the local mayor said. Police said [[six students|kidnapped;a=Police]] had been
    abducted and taken towards Virunga National Park in Congo. Uganda's army said it had
    deployed [[about 2,000 troops|combatants;a=Uganda's army]] along the border. Officials said
    [[20 people|arrested;a=Officials]] had been detained on suspicion of collaborating with the
    rebels. It was the deadliest attack on a Ugandan school since {{1998}}.""",
)

item(
    "Ituri: armed groups attack schools as displaced fill classrooms",
    """Armed groups attacked or occupied [[more than 130 schools|other;a=UNICEF]] in Congo's
    Ituri province in the first half of the year, UNICEF said on Thursday. In Djugu territory,
    CODECO militiamen killed [[at least 12 pupils|killed]] and [[two teachers|killed]] in a raid
    on a school in {{March}}. The agency said [[about 200 schools|capacity;a=The
    agency;alt=UNICEF]] were being used as shelters by [[some 60,000 displaced
    people|displaced;a=The agency;alt=UNICEF]], delaying the start of classes for [[around 80,000
    children|civilians;a=The agency;alt=UNICEF]]. UNICEF plans to build [[up to 300 temporary
    classrooms|aid;p;a=UNICEF]] and distribute [[1,500 school kits|aid;p;a=UNICEF]] by the end
    of the year. The province has been in a state of siege, under military rule, since {{May
    2021}}.""",
)

item(
    "Goma's schools double as camps for people fleeing M23",
    """[[About 65 schools|capacity;a=the provincial education division]] in and around Goma are
    sheltering displaced families, the provincial education division said, and [[some 45,000
    pupils|civilians;a=the provincial education division]] have been unable to attend class. At
    the Mugunga primary school, [[300 to 400 families|displaced;a=head teacher Jean-Pierre
    Bahati;alt=Jean-Pierre Bahati]] sleep on classroom floors, head teacher Jean-Pierre Bahati
    said. The {{M23}} rebels have occupied [[at least 14 schools|other;a=Human Rights Watch]] as
    bases in Rutshuru territory, according to Human Rights Watch. The government says [[1.2m
    people|displaced;a=The government]] have fled the fighting in North Kivu. Authorities plan to
    move [[about 2,000 households|displaced;p;a=Authorities]] out of schools to a new site at
    Bulengo before the school year begins on {{September 2}}. [[Several hundred
    families|returned]] have gone back to Kibumba since the truce.""",
)

item(
    "Al-Shabaab demands children from Somali elders",
    """Al-Shabaab has ordered elders in Somalia's Bay and Bakool regions to hand over [[as many as
    1,000 children|combatants;p;a=residents]] for its ranks, residents said. The UN verified the
    recruitment of [[1,716 children|combatants;a=The UN]] by armed groups in Somalia last year,
    most of them by al-Shabaab. In Hudur, [[150-200 pupils|displaced]] fled their Koranic
    schools to avoid being taken. Somali forces said they had rescued [[32 abducted
    boys|kidnapped;a=Somali forces]] and killed [[nine militants|killed;a=Somali forces]] in a
    raid on a training camp near Dinsor. Save the Children says [[more than 3 million
    children|civilians;a=Save the Children]] in Somalia are out of school, about {{half}} of the
    school-age population.""",
)

item(
    "Tigray's schools reopen amid rubble after two years of war",
    """[[More than 2,400 schools|housing;a=Tigray's education bureau]] in Tigray were damaged
    or destroyed during the war, Tigray's education bureau said, and [[around 1.4 million
    children|civilians;a=Tigray's education bureau]] missed {{two school years}}. [[About 550
    schools|capacity;a=the bureau;alt=Tigray's education bureau]] are still occupied by displaced
    people, the bureau said. Bureau head Kiros Guesh said [[at least 100 teachers|killed;a=Bureau
    head Kiros Guesh;alt=Kiros Guesh]] were killed during the fighting. [[Some 60,000
    people|returned;a=officials]] have gone home to Tselemti district since June, officials say.
    In neighbouring Amhara, fighting between Fano militias and federal forces has closed [[some
    4,000 schools|other;a=the regional education bureau]], leaving [[more than 2 million
    children|civilians;a=the regional education bureau]] out of class, according to the regional
    education bureau.""",
)

item(
    "Insurgents burn schools in Cabo Delgado as families flee",
    """Islamic State-linked insurgents burned [[at least 10 schools|housing;a=the provincial
    education directorate]] in Mozambique's Cabo Delgado province in the past month, the
    provincial education directorate said. The directorate said [[some 180 schools|other;a=The
    directorate;alt=the provincial education directorate]] were closed. Save the Children said
    [[about 52 children|kidnapped;a=Save the Children]] had been abducted in the Chiure and
    Macomia districts and that [[as many as 20|missing;a=Save the Children]] were still missing.
    [[More than 100,000 people|displaced;a=the International Organization for Migration]] fled
    attacks in Chiure in {{February}} alone, according to the International Organization for
    Migration, {{60%}} of them children. Human Rights Watch said the insurgents had used [[at
    least 17 abducted boys|combatants;a=Human Rights Watch]] as fighters. Rwanda has [[about
    4,000 troops|combatants]] in the province.""",
)

item(
    "Armed groups occupy schools in Central African Republic, UN says",
    """The UN peacekeeping mission MINUSCA said armed groups were occupying [[23
    schools|other;a=MINUSCA]] in the Ouham-Pende and Haute-Kotto prefectures, most of them as
    bases. The UN Secretary-General's annual report verified [[67 attacks|other;u=other;a=The UN
    Secretary-General's annual report]] on schools and hospitals in the country last year and
    the recruitment of [[more than 300 children|combatants;a=The UN Secretary-General's annual
    report]]. In Ndele, [[1,500 to 2,000 pupils|civilians;a=local officials]] have been without
    classes since fighters took over their school in {{March}}, local officials said.
    Peacekeepers evicted fighters from [[five schools|other;a=the mission;alt=MINUSCA]] last
    month and [[14 fighters|arrested;a=the mission;alt=MINUSCA]] were detained, the mission
    said.""",
)

item(
    "Haiti gang violence shuts hundreds of schools in capital",
    """[[More than 900 schools|other;a=UNICEF]] have closed in Port-au-Prince and the Artibonite
    because of gang violence, UNICEF said on Wednesday. Gangs burned [[at least 47
    schools|housing]] in the first {{three months}} of the year. [[About 160
    schools|capacity;a=the International Organization for Migration]] are sheltering [[some
    70,000 displaced people|displaced;a=the International Organization for Migration]],
    according to the International Organization for Migration. UNICEF says the recruitment of
    children by gangs has risen by {{70%}} in a year. The national police said [[12 gang
    members|killed;a=The national police]] were killed and [[five|arrested;a=The national
    police]] arrested in an operation to retake a school in Solino. The Kenyan-led mission has
    [[fewer than 1,000 officers|combatants]] in Haiti.""",
)

item(
    "Colombian schools caught in crossfire in Catatumbo",
    """Fighting between the ELN and FARC dissidents in Catatumbo has forced [[more than 50
    rural schools|other;a=the Norwegian Refugee Council]] to close, the Norwegian Refugee
    Council said, leaving [[about 12,000 children|civilians;a=the Norwegian Refugee Council]]
    without classes. [[About 54,000 people|displaced;a=the Ombudsman's Office]] have been
    displaced since {{January 16}}, according to the Ombudsman's Office. [[Two
    teachers|killed]] were shot dead in Tibu last week. In Cucuta, [[28 schools|capacity;a=city
    officials]] are hosting [[a few thousand families|displaced;a=city officials]], city officials
    said. The army said it had recovered [[five children|combatants;a=The army]] recruited by
    the ELN.""",
)

item(
    "South Sudan's schools squeezed by returnees fleeing Sudan",
    """[[More than 500,000 South Sudanese|returned;a=the UN refugee agency]] have returned home
    from Sudan since the war there began in {{April 2023}}, according to the UN refugee agency.
    In Renk, [[14 schools|capacity]] are being used as transit shelters. UNICEF says it has
    enrolled [[about 80,000 returnee children|aid;a=UNICEF]] in schools and learning centres.
    Soldiers occupied [[at least 20 schools|other;a=the UN mission]] in Upper Nile last year, the
    UN mission said. [[Some 2.8 million children|civilians;a=UNICEF]] in South Sudan are out of
    school, UNICEF says. South Sudan's education ministry plans to recruit [[3,000
    teachers|other;p;a=South Sudan's education ministry]] next year.""",
)

item(
    "Garissa survivors recall attack that killed 148",
    """Al-Shabaab gunmen stormed Garissa University College before dawn on {{April 2, 2015}},
    killing [[148 people|killed]], including [[142 students|killed]]. [[All four
    gunmen|killed]] were shot dead by security forces after a siege of more than {{12 hours}}.
    [[Another 79 people|injured]] were wounded. The university closed for {{nine months}}, and
    [[about 600 students|displaced]] were moved to Moi University's main campus in Eldoret. A
    court in Nairobi convicted [[three men|arrested]] in {{2019}} of helping to plan the attack.
    "We were {{19 or 20}} years old," said survivor Helen Titus.""",
)

item(
    "Schools reopen in Gezira as families return",
    """Schools in Sudan's Gezira state reopened on Sunday for the first time since the Rapid
    Support Forces overran the state in {{December 2023}}, with [[about 1,800 of its
    schools|other]] taking pupils again. The state's education director, Osman Abdelrahim, said
    [[some 400 schools|housing;a=Osman Abdelrahim]] had been damaged and that [[dozens of
    teachers|killed;a=Osman Abdelrahim]] had been killed during the occupation. IOM says [[more
    than 1.5 million people|returned;a=IOM]] have gone back to Gezira, Sennar and Khartoum
    states. [[Several dozen schools|capacity]] are still hosting displaced families. UNICEF
    delivered [[3,000 school-in-a-box kits|aid]] to the state last week.""",
)

item(
    "Teachers abducted in Ethiopia's Oromia as schools empty",
    """Gunmen abducted [[at least 16 teachers|kidnapped;a=the Ethiopian Teachers' Association]]
    in western Oromia in the past {{two months}}, the Ethiopian Teachers'
    Association said. [[Five|kidnapped]] were released after their families paid ransoms of up
    to {{200,000 birr}}, [[two|killed]] were found dead and [[three|missing]] are missing. The
    association said [[more than 3,000 schools|other;a=The association;alt=the Ethiopian
    Teachers' Association]] in Oromia and Amhara were closed and [[about 500|housing;u=structure;a=The
    association;alt=the Ethiopian Teachers' Association]] damaged. Federal police said they had
    arrested [[23 suspects|arrested;a=Federal police]]. [[Hundreds of thousands of pupils|civilians]] in the
    affected zones have no classes.""",
)

# --- texts with numbers but no figure

item(
    "Sudan sets date for delayed secondary certificate exams",
    """Sudan's education ministry said the secondary school certificate exams for the class of
    {{2024}} would begin on {{December 28}} in Port Sudan and other cities under army control.
    The exams, postponed twice since the war began in {{April 2023}}, will run for {{two
    weeks}}. Students in Chad and Egypt will sit them at centres set up with host governments.
    The pass rate last year was {{64.3%}}, the ministry said. Registration costs {{15,000
    Sudanese pounds}}, about {{$25}}.""",
)

item(
    "Colombia budgets rebuilding of rural schools in former conflict zones",
    """Colombia's Education Ministry said on Thursday it had approved {{120 billion pesos}} to
    rebuild rural schools in municipalities hit hardest by the armed conflict. The works, part of
    the {{2016}} peace agreement's rural reform chapter, are due to finish by {{2026}}. The
    ministry said {{38%}} of the money would go to Cauca and Narino. Each project should take
    about {{eight months}}. The programme was first announced in {{2019}} but stalled during the
    pandemic.""",
)
