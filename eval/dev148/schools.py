"""Schools, universities and children: the Global Coalition to Protect Education from Attack,
the Secretary-General's report on children and armed conflict, UNICEF, education ministries
and clusters counting schools hit, closed or used by armed forces and students and teachers
killed, abducted or kept out of class (9 texts with figures, 1 without)."""

from _wrap import item

item(
    "Education under Attack 2024: nearly 6,000 attacks in two years",
    """The Global Coalition to Protect Education from Attack documented [[nearly 6,000
    attacks|other;u=other;a=The Global Coalition to Protect Education from Attack]] on
    education and incidents of military use of schools and universities in {{2022}} and
    {{2023}}, a {{20%}} increase on the previous {{two years}}, according to its report
    Education under Attack {{2024}}. [[More than 10,000 students, teachers and
    academics|other;n=students, teachers and academics;a=the report;alt=Education under Attack
    2024]] were killed, injured, abducted or arrested in those attacks, the report says.
    Attacks on higher education rose sharply. In Sudan, the coalition counted [[220
    attacks|other;u=other;a=the coalition;alt=The Global Coalition to Protect Education from
    Attack]] on universities, their staff and their students after fighting reached Khartoum
    in {{April 2023}}. The Rapid Support Forces occupied [[at least 12 university
    campuses|other;u=structure]] in the capital, some of them for months. Ukraine, Palestine,
    the Democratic Republic of Congo, Myanmar and Burkina Faso each recorded [[more than 1,000
    attacks|other;u=other]] on education or cases of military use over the period. In Ukraine
    alone, [[more than 1,600 schools|housing;a=the coalition;alt=The Global Coalition to
    Protect Education from Attack]] were damaged or destroyed, the coalition found. GCPEA
    counted armed forces or armed groups using schools or universities as bases, barracks or
    detention centres in [[29 countries|other;u=other;a=GCPEA]]. In Burkina Faso, [[about 5,300
    schools|other;a=the education ministry]] were closed at the end of {{2023}} because of
    insecurity, affecting [[more than 1 million children|civilians;a=the education
    ministry]], according to the education ministry. The report, the seventh in a series that
    began in {{2010}}, draws on UN data, news reports and research by local groups. Its authors
    say the true number of attacks is higher, because many are never reported.""",
)

item(
    "UN verifies record 31,720 grave violations against children",
    """The United Nations verified [[31,720 grave violations|other;u=other;a=The United
    Nations]] against children in armed conflict last year, the highest number since the
    Security Council set up its monitoring mechanism in {{2005}}. The Secretary-General's
    annual report, released on Thursday, said [[5,200 children|killed;a=The Secretary-General's
    annual report]] were killed and [[8,100|injured;a=The Secretary-General's annual report]]
    maimed, while [[7,900|combatants;a=The Secretary-General's annual report]] were recruited
    and used by armed forces and groups and [[4,300|kidnapped;a=The Secretary-General's annual
    report]] were abducted. [[Another 3,700 violations|other;u=other]] were reported but could
    not be verified by the end of the reporting period. Israeli forces were listed as
    responsible for [[8,009 violations|other;u=other]] in Gaza and the West Bank, the largest
    number by any party, followed by Hamas and other Palestinian armed groups, Russian forces
    in Ukraine and Sudan's Rapid Support Forces. The report also recorded [[1,650
    attacks|other;u=other;a=The report;alt=The Secretary-General's annual report]] on schools
    and hospitals and [[4,356 incidents|other;u=other;a=The report;alt=The Secretary-General's
    annual report]] in which children were denied humanitarian access. Children's rights groups
    said the annex of parties responsible for violations, the so-called list of shame, should
    be drawn up without political considerations.""",
)

item(
    "Gunmen seize 287 pupils and teachers from Kaduna school",
    """Gunmen abducted [[287 pupils and teachers|kidnapped;n=pupils and teachers;a=local
    officials]] from a school in Kuriga, in northwest Nigeria's Kaduna state, on Thursday,
    local officials said, the first mass school kidnapping in the country in more than two
    years. Sani Abdullahi, a teacher at the school, said [[187 pupils|kidnapped;a=Sani
    Abdullahi]] from the secondary section and [[99|kidnapped;a=Sani Abdullahi]] from the
    primary section had been taken, along with [[one teacher|kidnapped;a=Sani Abdullahi]]; [[25
    of the children|kidnapped;a=Sani Abdullahi]] later escaped. Amnesty International says
    [[more than 1,680 students|kidnapped;a=Amnesty International]] have been abducted from
    Nigerian schools since Boko Haram seized [[276 girls|kidnapped;a=Amnesty International]]
    from their dormitory in Chibok in {{2014}}.
    [[Eighty-two|missing;a=the group;alt=Amnesty International]] of the Chibok girls, now
    adults, are still unaccounted for, according to the group.""",
)

item(
    "Separatists attacked 37 schools in Cameroon's Anglophone regions, HRW says",
    """Separatist fighters in Cameroon's North-West and South-West regions attacked [[at least
    37 schools|housing;a=Human Rights Watch]] between January and September, burning
    classrooms, kidnapping [[24 teachers|kidnapped;a=Human Rights Watch]] and killing
    [[three|killed;a=Human Rights Watch]], Human Rights Watch said in a report on Monday.
    Separatists have enforced a boycott of education since {{2017}}, accusing the
    French-speaking government of marginalising the English-speaking minority. [[About 3,200
    schools|other;a=UNICEF]] in the Anglophone regions remain closed and [[some 600,000
    children|civilians;a=UNICEF]] are out of school, according to UNICEF. Soldiers have also
    occupied [[at least eight schools|other;a=the rights group;alt=Human Rights Watch]] as
    bases, the rights group said. In Bamenda, troops detained [[14 students|arrested;a=a
    parent]] last month on suspicion of supporting the separatists, a parent said.""",
)

item(
    "Airstrike on Sagaing village school kills 13, including 11 children",
    """A military airstrike on a school in a village in Myanmar's Sagaing region killed [[13
    people|killed;a=a local administrator]], [[11 of them|killed;n=-;a=a local administrator]]
    children, and wounded [[at least 17|injured;a=a local administrator]], a local
    administrator said on Saturday. The school, run by the opposition National Unity
    Government, had [[about 240 students|other;a=a local administrator]] and [[12
    teachers|other;a=a local administrator]], he said. Save the Children said it had recorded
    [[at least 190 attacks|other;u=other;a=Save the Children]] on schools in Myanmar since the
    {{February 2021}} coup, and that {{one in three}} school-age children were out of school.
    The junta said it had targeted a gathering of resistance fighters and denied hitting the
    school. The National Unity Government says it runs [[more than 6,000 schools|other;a=The
    National Unity Government]] in areas under resistance control.""",
)

item(
    "Sudan's universities count the cost of war",
    """[[At least 104 universities and colleges|housing;n=universities and
    colleges;u=structure;a=Sudan's ministry of higher education]] in Sudan have been damaged,
    looted or occupied by fighters since war broke out in {{April 2023}}, according to Sudan's
    ministry of higher education, which puts the losses at more than {{$3 billion}}. The
    University of Khartoum's main campus was used as a base by the Rapid Support Forces for
    almost two years, and its library, which held [[some 400,000 volumes|other;u=other]], was
    partly burned. [[About 40 academics|killed;a=the Sudanese Professors Association]] and [[at
    least 150 students|killed;a=the Sudanese Professors Association]] have been killed in the
    fighting, the Sudanese Professors Association said in a statement. [[Some 20
    institutions|other;u=structure]] have moved to Egypt, Rwanda or to Port Sudan and other
    army-held cities, allowing [[around 200,000 students|other]] to resume their studies
    online or in rented halls. Lecturers at public universities say they have not been paid
    regularly since the war began.""",
)

item(
    "Nearly 500 of Gaza's 564 school buildings hit or damaged",
    """[[Nearly 500|housing;u=structure;a=the Education Cluster]] of Gaza's [[564 school
    buildings|other;a=the Education Cluster]] have been directly hit or damaged since
    {{October 2023}}, and {{91%}} will need full reconstruction or major repairs before they
    can be used again, the Education Cluster, a group of UN agencies and charities, said on
    Wednesday. Many of the schools were being used as shelters for displaced families when
    they were struck. The cluster said [[12,800 students|killed;a=The cluster;alt=the Education
    Cluster]] and [[520 teachers|killed;a=The cluster;alt=the Education Cluster]] had been
    killed, citing figures from the Palestinian ministry of education, and that [[658,000
    school-age children|civilians;a=The cluster;alt=the Education Cluster]] had missed a second
    full school year. UNRWA says [[about 130 of its schools|capacity;a=UNRWA]] now serve as
    shelters for [[more than 400,000 displaced people|displaced;a=UNRWA]]. Israel says Hamas
    fighters operate from schools, which Hamas denies.""",
)

item(
    "UNICEF verifies 1,700 grave violations against children in eastern Congo",
    """UNICEF said it had verified [[more than 1,700 grave violations|other;u=other;a=UNICEF]]
    against children in eastern Democratic Republic of Congo in the first three months of the
    year, a {{30%}} increase on the previous quarter. They included the recruitment and use of
    [[412 children|combatants]] by armed groups, [[219 children|killed]] killed or maimed and
    [[310 cases|other]] of rape and other sexual violence. The agency said schools in North
    and South Kivu were increasingly being used by armed groups, with [[58|other;u=structure;a=The
    agency;alt=UNICEF]] occupied in January alone. [[More than 2,500 schools|other]] have been
    closed or damaged since the {{M23}} offensive resumed, leaving [[790,000
    children|civilians]] out of class. The M23 denies recruiting children.""",
)

item(
    "Ukraine's schools go underground as strikes damage thousands",
    """Russian strikes have damaged [[3,798 schools, kindergartens and
    universities|housing;u=structure;n=schools, kindergartens and universities;a=Ukraine's
    education ministry]] since {{February 2022}} and destroyed [[365|housing;u=structure;a=Ukraine's
    education ministry]] outright, according to Ukraine's education ministry. Of the country's
    [[3.9 million pupils|other;v=3900000;a=the ministry;alt=Ukraine's education ministry]],
    [[about 1.1 million|civilians;v=1100000;a=the ministry;alt=Ukraine's education ministry]]
    study fully or partly online because their schools lack bomb shelters, the ministry said.
    In Kharkiv, which lies within range of Russian artillery and glide bombs, the city has
    built [[seven underground schools|other]], each able to take [[about 1,000
    pupils|capacity]] in two shifts. The UN says [[at least 650 children|killed;a=The UN]]
    have been killed in Ukraine since the full-scale invasion.""",
)

item(
    "Safe Schools Declaration marks ten years",
    """Norway and Argentina opened the Safe Schools Declaration for endorsement in Oslo in
    {{May 2015}}, committing signatories to the Guidelines for Protecting Schools and
    Universities from Military Use. The {{fifth}} international conference on the declaration
    was held in Abuja in {{October 2023}}, and a sixth is planned for {{2026}}. Supporters say
    the declaration, which turns {{10}} this year, has changed how some armies train their
    troops, but that the endorsement by roughly {{60%}} of UN member states has not stopped
    the occupation of schools in the wars of the past decade.""",
)
