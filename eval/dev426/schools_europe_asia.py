"""dev426 items: schools and children in the wars of Europe and Asia (Ukraine, Russia's border
regions, Israel's north, Armenia, Myanmar, Pakistan) and the global counts (GCPEA, Education
Cannot Wait, the UN's reports on children and armed conflict)."""

from _wrap import item

item(
    "Ukraine says nearly 4,000 schools damaged by Russian attacks",
    """Ukraine's Ministry of Education and Science said on Friday that [[3,798 educational
    institutions|housing;u=structure;a=Ukraine's Ministry of Education and Science]] had been
    damaged by Russian bombing and shelling since {{February 24, 2022}}, and [[365|housing;u=structure;a=Ukraine's
    Ministry of Education and Science]] destroyed. Education Minister Oksen Lisovyi said [[about
    1.1 million pupils|civilians;a=Education Minister Oksen Lisovyi;alt=Oksen Lisovyi]] could not
    attend classes in person because their schools lacked bomb shelters. The government plans to
    build [[more than 130 underground schools|housing;p;a=The government]] by the end of
    {{2025}}. [[At least 570 children|killed;a=the prosecutor-general's office]] have been killed
    since the full-scale invasion and [[more than 1,800|injured;a=the prosecutor-general's
    office]] injured, according to the prosecutor-general's office. In the first months of the
    war, [[several hundred schools|capacity]] in western Ukraine housed families who had fled the
    east.""",
)

item(
    "Ukraine brings home more children taken to Russia",
    """Ukraine said on Tuesday it had brought back [[another 11 children|returned;a=Ukraine]]
    from Russia and Russian-occupied territory under a scheme mediated by Qatar. Kyiv says [[more
    than 19,500 children|displaced;a=Kyiv]] have been deported or forcibly transferred to Russia
    since {{February 2022}}, and that [[only about 1,300|returned;a=Kyiv]] have been brought
    back. Russia's children's commissioner, Maria Lvova-Belova, said [[24
    children|returned;a=Maria Lvova-Belova;alt=Russia's children's commissioner]] had been sent
    back to Ukraine in the latest handover. Yale's Humanitarian Research Lab has identified [[at
    least 43 camps|capacity;a=Yale's Humanitarian Research Lab]] in Russia and occupied Crimea
    where Ukrainian children were held for what Moscow calls re-education. Ukraine's national
    police list [[more than 2,000 children|missing;a=Ukraine's national police]] as missing. The
    International Criminal Court issued an arrest warrant for Vladimir Putin in {{March 2023}}
    over the deportations.""",
)

item(
    "Kharkiv pupils learn underground as glide bombs fall",
    """In Kharkiv, [[about 5,000 children|other;a=city officials]] now attend classes in
    underground schools and in classrooms built in metro stations, city officials say. The city
    has built [[five underground schools|housing]] since {{2023}}, each designed for [[up to 900
    pupils|capacity]]. Mayor Ihor Terekhov said [[20 more|housing;p;u=structure;n=-;a=Mayor Ihor
    Terekhov;alt=Ihor Terekhov]] would be built by the end of next year. Russian strikes have
    damaged [[more than 200 schools|housing;a=officials]] in the city since the invasion,
    officials say. [[Tens of thousands of pupils|civilians]] still study only online. In May, a glide
    bomb hit a school in the Saltivka district, injuring [[seven people|injured]], among them
    [[three children|injured]].""",
)

item(
    "Myanmar army helicopters fire on school, killing children",
    """Military helicopters opened fire on a monastery school in Let Yet Kone village, in
    Myanmar's Sagaing region, on Friday, killing [[at least 13 people|killed;a=school
    administrators]], including [[seven children|killed;a=school administrators]], school
    administrators said. [[Seventeen others|injured;a=school administrators]] were wounded, they
    said. Soldiers who landed afterwards detained [[about 20 villagers|arrested]], among them
    [[two teachers|arrested]], and took away the bodies. [[Three pupils|missing]] have not been
    found. The junta said troops had come under fire from [[as many as 40 fighters|combatants;a=The
    junta]] of the People's Defence Forces hiding in the village. Save the Children says [[about
    4.5 million children|civilians;a=Save the Children]] in Myanmar are out of school.""",
)

item(
    "Myanmar junta arrests teachers at opposition-run schools",
    """Security forces arrested [[14 teachers|arrested;a=the NUG's education ministry]] running
    classes for the opposition National Unity Government in Mandalay region last month, the NUG's
    education ministry said. [[Two|killed]] have since died in custody. The ministry said it runs
    [[more than 6,000 schools|other;a=The ministry;alt=the NUG's education ministry]] in areas
    outside junta control, teaching [[about 1 million students|other;a=The ministry;alt=the NUG's
    education ministry]]. Junta air strikes have destroyed [[at least 60
    schools|housing;a=the ministry;alt=the NUG's education ministry]] since the {{2021}} coup,
    the ministry said. [[More than 125,000 teachers|other;a=the Myanmar Teachers' Federation]] who
    joined the civil disobedience movement after the coup remain suspended, according to the
    Myanmar Teachers' Federation.""",
)

item(
    "Taliban gunmen massacre pupils at Peshawar army school",
    """Pakistani Taliban gunmen stormed the Army Public School in Peshawar on Tuesday, killing
    [[141 people|killed;a=the army]], including [[132 children|killed;a=the army]] and [[nine
    staff|killed;a=the army]], the army said. The army's spokesman, Major General Asim Bajwa,
    said [[all seven attackers|killed;a=Major General Asim Bajwa;alt=The army's spokesman]] had
    been killed after an {{eight-hour}} operation. [[More than 120 people|injured]] were wounded.
    Commandos evacuated [[960 students and staff|displaced;n=students and staff]] from the school
    buildings. Prime Minister Nawaz Sharif declared {{three days}} of national mourning.""",
)

item(
    "Militants blow up girls' schools in Pakistan's north-west",
    """Militants blew up [[two girls' schools|housing;a=police]] in North Waziristan overnight,
    police said, the latest in a string of attacks on girls' education in Pakistan's north-west.
    Police said [[about a dozen militants|combatants;a=Police]] had planted the explosives after
    tying up the guards. No one was hurt, but [[200-250 girls|civilians]] are now without
    classrooms. Police arrested [[three suspects|arrested]] on Sunday. UNICEF said it would
    provide [[10 tents|aid;p;a=UNICEF]] so lessons could continue. Between {{2007}} and
    {{2009}}, the Pakistani Taliban destroyed [[more than 400 schools|housing;a=the provincial
    government]] in the Swat valley, according to the provincial government.""",
)

item(
    "Attacks on education rose in 2022 and 2023, coalition says",
    """The Global Coalition to Protect Education from Attack (GCPEA) said on Thursday it had
    identified [[around 6,000 attacks|other;u=other;a=The Global Coalition to Protect Education
    from Attack (GCPEA)]] on education and cases of military use of schools and universities in
    {{2022}} and {{2023}}, a {{20%}} rise on the previous {{two years}}. [[More than 10,000
    students and educators|other;a=the coalition;alt=The Global Coalition to Protect Education
    from Attack (GCPEA);n=students and educators]] were killed, injured, abducted or arrested in
    those attacks, the coalition said. Palestine, Ukraine, the DRC, Myanmar and Burkina Faso were
    the worst affected, according to its Education under Attack {{2024}} report. In Ukraine
    alone, the coalition counted [[more than 1,700 attacks|other;u=other;a=the
    coalition;alt=The Global Coalition to Protect Education from Attack (GCPEA)]] on schools.
    Armed forces and armed groups used schools or universities as bases or detention sites in
    [[about 780 cases|other]]. In Nigeria, [[more than 380 students|kidnapped]] were abducted
    from schools over the {{two years}}.""",
)

item(
    "Education Cannot Wait has reached 8.9 million children, fund says",
    """Education Cannot Wait said on Tuesday that its grants had reached [[8.9 million
    children|aid;a=Education Cannot Wait]] since it was set up in {{2016}}, nearly half of them
    girls. The fund estimates [[234 million school-age children|civilians;a=The
    fund;alt=Education Cannot Wait]] affected by crises need education support, up from [[222
    million|civilians;a=The fund;alt=Education Cannot Wait]] in {{2022}}. [[Some 85
    million|civilians]] of them are out of school entirely. [[More than 100,000
    teachers|aid]] have been trained with its support. It plans to reach [[a further 20 million
    children|aid;p;a=Education Cannot Wait]] by {{2026}} and is seeking {{$600 million}} from
    donors.""",
)

item(
    "UN verifies record number of violations against children in war",
    """The UN verified [[32,990 grave violations|other;u=other;a=The UN]] against children in
    armed conflict in {{2023}}, the highest number since monitoring began {{two decades}} ago.
    They included the killing of [[5,301 children|killed]] and the maiming of [[6,348
    others|injured]]. Armed forces and groups recruited or used [[8,655 children|combatants]] and
    abducted [[4,356|kidnapped]]. The Secretary-General's annual report verified [[1,650
    attacks|other;u=other;a=The Secretary-General's annual report]] on schools and hospitals,
    the largest share in Israel and the occupied Palestinian territory. Armed forces and groups
    used [[at least 90 schools|other]] for military purposes, including in Ukraine, Sudan and
    Myanmar.""",
)

item(
    "Belgorod sends children from border districts to camps",
    """Belgorod Governor Vyacheslav Gladkov said [[about 9,000
    children|displaced;p;a=Belgorod Governor Vyacheslav Gladkov;alt=Vyacheslav Gladkov]] from
    border districts would be sent to summer camps in other Russian regions as Ukrainian shelling
    intensified. [[Several thousand|displaced;a=Vyacheslav Gladkov]] have already left, he said.
    Schools in Belgorod city and [[eight border districts|other]] have switched to online lessons
    until the end of the school year. [[30 to 40 schools|other]] in the Shebekino district have
    closed. Ukrainian drone and rocket attacks on the region have killed [[at least 11
    children|killed;a=the governor;alt=Vyacheslav Gladkov]] since {{February 2022}}, the
    governor said. [[Two schools|housing]] in Shebekino were damaged by shelling on Monday.""",
)

item(
    "Teachers detained in occupied Zaporizhzhia for keeping Ukrainian lessons",
    """Russian occupation authorities have detained [[at least 27 teachers|arrested;a=Dmytro
    Lubinets;alt=Ukraine's human rights ombudsman]] in the Zaporizhzhia and Kherson regions for
    teaching the Ukrainian curriculum online, Ukraine's human rights ombudsman, Dmytro Lubinets,
    said. [[Six|missing]] have not been heard from since their arrest. Ukraine's education
    ministry says [[about 40,000 children|other;a=Ukraine's education ministry]] in occupied
    territories still follow Ukrainian lessons online, often in secret. [[More than 1,000
    teachers|displaced;a=the ministry;alt=Ukraine's education ministry]] have left the occupied
    areas since {{2022}}, the ministry said. Occupation authorities have reopened [[215
    schools|other;a=Russian-installed officials]] in the Zaporizhzhia region under the Russian
    curriculum and brought in [[more than 200 teachers|other;a=Russian-installed officials]] from
    Russia, according to Russian-installed officials.""",
)

item(
    "Northern Israel's evacuated pupils study in hotels and borrowed classrooms",
    """[[More than 60,000 residents|displaced]] of communities on Israel's northern border were
    evacuated from their homes in {{October 2023}} as Hezbollah fired rockets across the
    border. [[Some 14,000 pupils|displaced;a=the Education Ministry]] from the evacuated
    communities were moved to schools elsewhere, the Education Ministry said. [[About
    4,000|other;a=the Education Ministry]] study in temporary schools set up in hotels in
    Tiberias and at the Dead Sea, it said. In Kiryat Shmona, rockets damaged [[three
    schools|housing]]. The government plans to return [[about 30,000
    residents|returned;p;a=The government]] by {{March 1}}. [[Some 600
    families|returned;a=local councils]] have already gone back to Metula and Shlomi, local
    councils say.""",
)

item(
    "Armenian schools take in children who fled Nagorno-Karabakh",
    """[[More than 100,000 people|displaced;a=the Armenian government]] fled Nagorno-Karabakh
    for Armenia in {{September 2023}}, including [[about 30,000 children|displaced;a=the
    Armenian government]], according to the Armenian government. Armenia's education ministry
    said [[more than 17,000 children|other;a=Armenia's education ministry]] from Karabakh had
    enrolled in Armenian schools and that it had hired [[about 500 teachers|other;a=Armenia's
    education ministry]] who had also fled. In the first weeks, the government used [[40 school
    buildings|capacity]] as temporary shelters. UNICEF distributed [[8,000 school bags|aid]] and
    set up [[25 child-friendly spaces|aid;u=structure]] in Goris and Vayk.""",
)

# --- texts with numbers but no figure

item(
    "Ukraine sets dates for wartime university entrance test",
    """Ukraine's national multi-subject test for university entrance will be held from {{May
    14}} to {{June 25}}, the Ukrainian Centre for Educational Quality Assessment said. The test
    lasts {{three hours}}, and scores range from {{100 to 200}}. Applicants who fled abroad after
    {{February 2022}} can sit it at centres across Europe. Registration closes on {{March 31}}. A
    minimum score of {{150}} is required for state-funded places in medicine.""",
)

item(
    "Myanmar's opposition government announces school calendar",
    """Myanmar's National Unity Government said its school year would begin on {{June 1}} in
    areas outside junta control. Teachers will be paid {{200,000 kyat}} a month, up {{25%}} on
    last year. The matriculation exam for {{Grade 11}} will be held online on {{March 15}}. The
    pass rate in {{2024}} was {{48%}}, the education ministry said. Classes will run from {{8
    a.m.}} to {{1 p.m.}} to limit exposure to air raids.""",
)
