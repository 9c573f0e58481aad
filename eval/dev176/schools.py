"""Schools and pupils in war: attacks on education, schools damaged, occupied, closed or used as
shelters, children out of school (10 texts with figures, 1 without)."""

from _wrap import item

item(
    "Attacks on education rose sharply in 2022-2023, coalition finds",
    """The Global Coalition to Protect Education from Attack recorded [[around 6,000
    attacks|other;u=other;a=The Global Coalition to Protect Education from Attack]] on education and
    cases of military use of schools in {{2022}} and {{2023}}, up nearly {{20%}} on the previous
    {{two years}}, according to its biennial report released Thursday. [[More than 10,000 students
    and educators|civilians;n=students and educators;a=the report;alt=The Global Coalition to
    Protect Education from Attack]] were harmed in those attacks, the report found. Incidents were
    recorded in [[28 countries|other;u=other]], with Palestine, Ukraine, Congo, Myanmar and Sudan
    among the worst affected. In Ukraine alone, [[more than 3,500 schools|housing;a=the
    coalition;alt=The Global Coalition to Protect Education from Attack]] were damaged or destroyed,
    the coalition said. Funding for education in emergencies still makes up {{less than 3%}} of
    humanitarian aid, the group's executive director told Devex, a share that has barely moved in
    {{a decade}}. The report also documented [[more than 1,900 cases|other;a=The report;alt=The
    Global Coalition to Protect Education from Attack]] of armed forces or groups using schools as
    bases or detention sites, and the abduction of [[about 400 students and
    teachers|kidnapped;n=students and teachers;a=The report;alt=The Global Coalition to Protect
    Education from Attack]], mostly in Nigeria.""",
)

item(
    "Over 3,400 Ukrainian schools damaged by Russian attacks, ministry says",
    """Russian strikes have damaged
    [[3,428 educational institutions|housing;u=structure;a=Ukraine's Education Ministry]] and
    destroyed [[263|housing;n=-;u=structure;a=Ukraine's Education Ministry]] since the start of the
    full-scale invasion, Ukraine's Education Ministry said as the new school year began. Only
    schools with a bomb shelter may hold classes in person, and {{about a third}} still lack one,
    the ministry said. Education Minister Oksen Lisovyi said
    [[around 900,000 students|civilians;p;a=Education Minister Oksen Lisovyi]] would study fully
    online this year, most of them in front-line regions. In Kharkiv, where Russian guided bombs
    fall almost daily, the city has built [[five underground schools|other;a=Mayor Ihor Terekhov]]
    and plans [[seven more|other;p;n=-;u=structure;a=Mayor Ihor Terekhov]] by the end of {{2025}},
    Mayor Ihor Terekhov said. The first, {{six metres}} below a school yard, can take
    [[about 1,000 pupils a day|capacity]]. Russian attacks have killed
    [[at least 60 teachers|killed;a=the ministry;alt=Ukraine's Education Ministry]] since {{2022}},
    according to the ministry.""",
)

item(
    "Most of Gaza's schools hit as children miss another year of class",
    """{{Almost 85 percent}} of Gaza's [[557 school buildings|other]] have been hit directly or
    damaged since the war began, according to the UN-led Education Cluster, and
    [[some 650,000 school-age children|civilians]] are about to miss a {{second year}} of classes.
    The UN agency for Palestinian refugees, UNRWA, said
    [[more than 190 of its schools|capacity;a=UNRWA]] were being used as shelters, housing
    [[hundreds of thousands of displaced people|displaced;a=UNRWA]]. Israeli strikes on two
    school-shelters in Gaza City killed [[at least 30 people|killed;a=Gaza's civil defence]] on
    Saturday, Gaza's civil defence said. The Israeli military said it had targeted Hamas command
    centres inside the compounds.
    [[More than 10,000 students|killed;a=the Palestinian Ministry of Education]] and
    [[400 teachers|killed;a=the Palestinian Ministry of Education]] have been killed since October
    {{2023}}, according to the Palestinian Ministry of Education.""",
)

item(
    "In Burkina Faso, a generation of children locked out of class",
    """OUAGADOUGOU - [[More than 5,700 schools|other;a=the education ministry]] are closed in
    Burkina Faso because of jihadist violence, leaving
    [[about 960,000 children|civilians;a=the education ministry]] and
    [[27,000 teachers|civilians;a=the education ministry]] without a classroom, according to the
    education ministry. In Djibo, a northern town besieged by fighters linked to al-Qaeda since
    {{2022}}, only [[12|other;n=-;u=structure]] of [[the town's 80 schools|other]] are still open. A
    teacher in Kaya, which has taken in [[tens of thousands of displaced people|displaced]], told
    The New Humanitarian that he teaches [[120 pupils|other;a=A teacher in Kaya]] in a classroom
    built for [[50|capacity;n=-;a=A teacher in Kaya]]. "Some have not held a pen in {{two years}},"
    he said. UNICEF and its partners run temporary learning spaces that take in
    [[about 2,300 displaced children|aid]] in the Centre-North region.""",
)

item(
    "Militants torch girls' schools in Diamer overnight",
    """GILGIT: Unidentified militants set ablaze [[12 schools|housing;a=police]], {{half of them}}
    for girls, in different parts of Diamer district on Thursday night, police said. The attackers
    also damaged [[two other schools|housing]] with explosives in Tangir valley. Most of the
    buildings were empty at the time and no casualties were reported, but the fires gutted
    [[about 40 classrooms|housing]]. The burned schools had
    [[some 1,500 students|civilians;a=officials]] on their rolls, officials said. Police said
    [[16 suspects|arrested;a=Police]] had been taken into custody. Diamer has one of the lowest
    female literacy rates in the country, at under {{10pc}}, and the chief minister announced that
    the schools would be rebuilt within {{two months}}. In a search operation on Saturday,
    [[one suspected militant|killed;a=police]] was killed and [[two policemen|injured;a=police]]
    were wounded, police said.""",
)

item(
    "Three years on, Afghan girls still shut out of secondary school",
    """{{Three years}} after the Taliban barred girls from secondary education,
    [[at least 1.5 million girls|civilians;a=Unesco;v=1500000]] have been deliberately denied
    schooling, the UN's education agency Unesco says. Counting those who were already out of school
    before the ban, the total reaches [[almost 2.5 million|civilians;n=-;a=the agency;alt=Unesco]],
    the agency estimates. Girls may study only up to {{grade six}}, around {{the age of 12}}. Women
    have also been banned from universities since December {{2022}}, affecting
    [[more than 100,000 female students|civilians]]. In Kabul, a former teacher told the BBC she now
    teaches [[about 40 girls|other;a=a former teacher]] in secret in her home, moving the class
    every {{few weeks}}. In Herat, the authorities have shut
    [[more than 20 private institutes|other;u=structure]] that taught girls online and detained
    [[three teachers|arrested]], local media reported. The Taliban say the ban is temporary.""",
)

item(
    "Insecurity: Over 600 schools shut in Zamfara, Kebbi, Katsina",
    """Authorities in Zamfara, Kebbi and Katsina states have shut [[more than 600 schools|other]]
    following the abduction of [[118 students|kidnapped]] from a Baptist secondary school in Kaduna
    State on Monday. The Kebbi State Commissioner for Basic and Secondary Education, Muhammed
    Aliero, told PREMIUM TIMES that
    [[72 schools|other;a=The Kebbi State Commissioner for Basic and Secondary Education]] in the
    state had been closed indefinitely. Since December {{2020}},
    [[more than 1,400 students|kidnapped]] have been abducted from schools in the North-west. UNICEF
    estimates that Nigeria has
    [[18.3 million out-of-school children|civilians;a=UNICEF;v=18300000]], the highest number in the
    world, and that {{one in five}} of the world's out-of-school children lives in the country.""",
)

item(
    "Cameroon separatist crisis keeps 820,000 children out of school: UNICEF",
    """YAOUNDE (AFP) - [[More than 820,000 children|civilians;a=UNICEF]] are out of school in
    Cameroon's two English-speaking regions, where separatists have enforced a boycott of classes
    since {{2017}}, UNICEF said Tuesday. {{Over 80 percent}} of schools in the North-West and
    South-West regions are closed, and [[at least 74 schools|housing;a=the agency;alt=UNICEF]] have
    been destroyed, the agency said. Last month, gunmen stormed a private school in Kumba and killed
    [[seven pupils|killed]] {{aged 9 to 12}}, wounding [[13 others|injured]]. Separatist fighters
    have also kidnapped [[dozens of teachers and students|kidnapped;n=teachers and students]]
    accused of defying the boycott. The conflict has killed [[more than 3,000 people|killed]] and
    forced [[over 700,000|displaced;n=-]] to flee their homes. Aid groups recorded
    [[more than 70 incidents|other;u=other;a=Aid groups]] against schools, pupils and teachers in
    the first {{nine months}} of the year.""",
)

item(
    "Air strikes on Syrian school complex kill 20 children and five teachers",
    """[[At least 20 children|killed;a=Unicef]] and [[five teachers|killed;a=Unicef]] were killed
    when air strikes hit a school complex in the village of Haas in rebel-held Idlib province on
    Wednesday, Unicef said, calling it possibly the deadliest attack on a school since the war began
    {{more than five years}} ago. The Syrian Observatory for Human Rights put the death toll at
    [[35|killed;n=-;a=The Syrian Observatory for Human Rights]], mostly pupils. Rescue workers from
    the civil defence said they had pulled
    [[more than 20 wounded|injured;a=Rescue workers from the civil defence]] from the rubble. Russia
    denied that its aircraft had been involved. {{One in three}} schools in Syria can no longer be
    used because it has been damaged, destroyed or taken over, Save the Children says. The UN
    verified [[87 attacks|other;u=other;a=The UN]] on schools in Syria in {{2016}}, and
    [[about 1.7 million children|civilians;v=1700000]] in the country are out of school.""",
)

item(
    "Sudan's war leaves 17 million children out of school, agencies say",
    """PORT SUDAN (Reuters) - [[About 17 million|civilians;n=-;a=UNICEF and Save the Children]] of
    [[Sudan's 19 million school-age children|civilians;a=UNICEF and Save the Children]] are out of
    school as the war between the army and the Rapid Support Forces drags on, UNICEF and Save the
    Children said on Monday. In states spared the fighting, [[thousands of schools|capacity]] are
    being used as shelters for some of
    [[the 11 million people|displaced;a=the International Organization for Migration]] the
    International Organization for Migration says have fled their homes. RSF fighters have occupied
    [[at least 70 schools|other;a=the Sudan Teachers Committee]] in Gezira state and used them as
    bases, the Sudan Teachers Committee said. Exams for the secondary school certificate, postponed
    in {{2023}}, were finally held in December, and [[about 340,000 students|other]] sat them, some
    in Egypt and Chad.""",
)

item(
    "In Kharkiv, lessons go underground as bombs fall",
    """KHARKIV, Ukraine (AFP) - The bell rings at {{8:30}} every morning, {{six metres}}
    underground, and children file past a guard into classrooms lit by strip lights. The school, the
    {{first}} of its kind in the city, opened in {{2024}} after {{two years}} in which pupils
    studied only online. It lies {{about 30 kilometres}} from the Russian border and cost
    {{$1.5 million}}. Lessons last {{40 minutes}} instead of {{45}}, to leave time for the
    ventilation to be checked. "I had forgotten what my friends looked like," said {{11-year-old}}
    Sofia, who is in {{Grade 5}}.""",
)
