"""Ukraine, Afghanistan and Myanmar: schools shelled and rebuilt underground, pupils evacuated
and deported, girls barred from class, school bombings and air strikes on villages."""

from _wrap import item

item(
    "Ukraine counts thousands of schools hit since invasion",
    """
Russian attacks have damaged [[3,798 educational institutions|housing;a=Ukraine's education ministry;u=structure]]
and destroyed [[365|housing;a=Ukraine's education ministry;n=-;u=structure]] since {{February 24, 2022}},
Ukraine's education ministry said on its monitoring site on Monday. The ministry said
[[more than 1,100 schools|other;a=The ministry;alt=Ukraine's education ministry]] in front-line
regions teach only online, and [[about 1.2 million pupils|civilians;a=The ministry;alt=Ukraine's education ministry]]
study remotely or in mixed formats. Only {{62 per cent}} of schools have a bomb shelter big
enough for all their pupils. Deputy minister Andriy Stoyanov said [[at least 540 shelters|housing;p;a=Deputy minister Andriy Stoyanov]]
would be built or repaired before {{September 1}}. In Kharkiv region alone,
[[412 school buildings|housing;a=the regional administration]] have been hit, according to the
regional administration.
""",
)

item(
    "Kharkiv opens its first school built entirely underground",
    """
Kharkiv has opened an underground school {{six metres}} below the ground in the Industrialnyi
district, designed to take [[up to 900 pupils|capacity;a=Mayor Ihor Terekhov]] in two shifts,
Mayor Ihor Terekhov said. The bunker has reinforced walls {{40 cm}} thick. Since the full-scale invasion, classes for [[more than 80,000 pupils|other;a=the city council]]
in the city have run online, the city council said, with [[some 60 classes|other;u=other]] taught
in metro stations since {{2023}}. The city plans [[four more underground schools|housing;p;a=The city]]
by the end of the year. A Russian guided bomb hit a nearby residential block on the first day of
lessons, injuring [[seven people|injured;a=regional governor Oleh Syniehubov]], regional governor
Oleh Syniehubov said; no pupils were hurt.
""",
)

item(
    "Missile strike near Kryvyi Rih school kills children on playground",
    """
A Russian ballistic missile struck a residential area next to a school and playground in
Kryvyi Rih on Friday evening, killing [[20 people|killed;a=local officials]], including
[[nine children|killed;a=local officials]], local officials said. Regional governor Serhiy Lysak
said [[more than 60 people|injured;a=Regional governor Serhiy Lysak]] were wounded, among them
[[12 children|injured;a=Regional governor Serhiy Lysak]]. The youngest victim was a
{{three-year-old}} boy. [[Two of the children|killed;a=its headteacher;n=children]] killed were pupils at the city's
Lyceum {{129}}, which sent its [[1,100 pupils|other;a=its headteacher]] home for the rest of the
week, its headteacher said. Russia's defence ministry said it had hit a meeting of commanders
and Western instructors in a restaurant and killed [[up to 85 servicemen|killed;a=Russia's defence ministry]].
{{Three days}} of mourning were declared.
""",
)

item(
    "Ukraine brings back deported children as schools in occupied areas adopt Russian curriculum",
    """
The government's Bring Kids Back UA portal lists
[[19,546 children|kidnapped;a=The government's Bring Kids Back UA portal]] deported or forcibly
transferred to Russia or occupied territory since the invasion, and
[[1,366|returned;a=The government's Bring Kids Back UA portal;n=-]] brought back. Officials said the real number taken may be many times
higher. [[Eleven children|returned;a=Qatar]] were returned this week through Qatari mediation,
Qatar said, among them [[four|returned;a=Qatar;n=-]] from a boarding school in Kherson region. In
occupied Zaporizhzhia, [[more than 70 teachers|arrested;a=Ukraine's human rights commissioner]]
have been detained for refusing to teach the Russian curriculum, Ukraine's human rights
commissioner said. Children aged {{14}} and over in occupied schools must take a military
training course.
""",
)

item(
    "Pupils and teachers evacuated as Russian forces close in on Pokrovsk",
    """
Authorities ordered the evacuation of [[about 630 children|displaced;p]] still living
in Pokrovsk and nearby villages, along with their families, as Russian troops advanced to within
{{eight kilometres}} of the town. The regional military administration said
[[213 children|displaced;a=The regional military administration]] had already left by train and
bus. All [[17 schools|other;a=the local education department]] in the town have taught only
online since {{2022}}, and [[about 90 teachers|displaced;a=the local education department]]
relocated to Dnipro and Kyiv, according to the local education department. Russia has
concentrated [[some 70,000 troops|combatants;a=Ukrainian commander Oleksandr Syrskyi]] in
the Pokrovsk direction, Ukrainian commander Oleksandr Syrskyi said. A glide bomb damaged a lyceum in
the town centre on Tuesday night.
""",
)

item(
    "Ukraine's classrooms lose teachers to the front",
    """
[[About 4,500 teachers|combatants;a=Ukraine's education ministry]] are serving in the armed
forces, Ukraine's education ministry said, and [[at least 380|killed;a=the ministry;alt=Ukraine's education ministry;n=-]] have
been killed in action since {{2022}}, according to the ministry. [[Another
70 teachers|missing;a=the ministry;alt=Ukraine's education ministry]] are listed as missing,
the ministry said. Kyiv Polytechnic Institute said [[two dozen of its students|combatants;a=Kyiv Polytechnic Institute;n=students]]
had volunteered in the first weeks of the invasion, and [[nine|killed;a=Kyiv Polytechnic Institute;n=-]]
had since died. Under a new law, teachers in rural schools can defer mobilisation, which
unions said would protect [[up to 25,000 staff|other;p;a=unions]]. In Zaporizhzhia region, schools
are short of [[around 600 teachers|other;a=the regional education department]], the regional
education department said.
""",
)

item(
    "Ukraine's school-leavers sit NMT in shelters",
    """
Ukraine's national multi-subject test began on {{May 14}} and runs until {{June 24}}, with a
supplementary session from {{July 16}}, the Ukrainian Centre for Educational Quality Assessment
said. Each sitting lasts {{120 minutes}}, and papers start at {{9:30}} and {{13:00}}. If an air
raid alert sounds, candidates go to the shelter and the clock stops for up to {{two hours}}. A
score of {{150}} on the {{200-point}} scale is needed for budget-funded places in medicine.
Last year {{7.4%}} of candidates failed to reach the threshold in mathematics.
""",
)

item(
    "Death toll in Kabul girls' school bombing rises to 85",
    """
The death toll from Saturday's bombings outside the Sayed ul-Shuhada girls' school in western
Kabul has risen to [[85|killed;a=Afghanistan's interior ministry;n=-]], Afghanistan's interior
ministry said on Monday, and [[more than 147 people|injured;a=Afghanistan's interior ministry]] were
wounded. Most of the dead were schoolgirls aged between {{11 and 15}}, leaving class in the
afternoon shift. A car bomb was followed by [[two more explosive devices|other;n=devices]] as
students ran out. Relatives searched hospitals for [[dozens of girls|missing]] on Saturday night;
the health ministry said [[at least 20 bodies|killed;a=the health ministry]] had not yet been
identified. The school, in the mainly Hazara district of Dasht-e-Barchi, has
[[about 7,000 pupils|other]]. No group claimed the attack; the Taliban denied involvement.
""",
)

item(
    "Girls barred from secondary school for a fourth year",
    """
[[About 1.1 million girls|civilians;a=UNESCO]] in Afghanistan have been barred from secondary
school since the Taliban closed it to girls above {{sixth grade}} in {{2021}}, UNESCO said on
Thursday, and [[more than 100,000 women|civilians;a=UNESCO]] have been shut out of
universities. Rights groups said the Taliban had detained [[at least 14 women|arrested;a=Rights groups]]
who protested in Kabul against the university ban, and [[three teachers|arrested;a=Rights groups]] who ran
secret home classes. The UN mission said [[around 2,700 girls|other;a=The UN mission]] were
studying in [[about 160 community classes|other;a=The UN mission;u=other]] in Herat and Balkh. A
Taliban spokesman said schools for girls would reopen "when conditions allow".
""",
)

item(
    "Afghan returnee children squeeze into Nangarhar schools",
    """
[[More than 1.4 million Afghans|returned;a=the International Organization for Migration]] have
returned or been deported from Iran and Pakistan this year, the International Organization for
Migration said, about half of them children. In Nangarhar, the provincial education department said
[[36,000 returnee children|returned;a=the provincial education department]] had enrolled since
{{April}}, and classes of [[80 to 100 pupils|other]] are now common. UNICEF said it had set up
[[120 tented classrooms|aid;a=UNICEF;u=structure]] near the Torkham crossing and handed out
[[40,000 school kits|aid;a=UNICEF]], and plans [[another 200 classrooms|aid;p;a=UNICEF]] for
the spring. Aid workers said [[about 1,400 families|displaced;a=Aid workers]] were still staying
in tents at the Omari transit camp.
""",
)

item(
    "Suicide bomber hits Kabul exam-practice centre",
    """
A suicide bomber blew himself up among students sitting a practice university entrance exam at
the Kaaj education centre in Kabul's Dasht-e-Barchi on Friday, killing
[[at least 53 people|killed;a=the UN mission in Afghanistan]], [[46 of them|killed;a=the UN mission in Afghanistan;n=-]]
girls and young women, the UN mission in Afghanistan said. It said
[[110 others|injured;a=the UN mission in Afghanistan]] were hurt. The Taliban-run interior ministry
gave a lower toll of [[25 dead|killed;a=The Taliban-run interior ministry]]. The centre had
[[some 600 students|other]] in the hall when the bomber entered. Hazara students held a
protest the next day, and [[about 20 of them|arrested;a=witnesses;n=-]] were detained by
Taliban fighters, witnesses said. Islamic State's Khorasan branch was blamed for the attack.
""",
)

item(
    "Kankor results out, with women still excluded",
    """
The Taliban's National Examination Authority published the results of the {{1403}} Kankor
university entrance exam on Sunday, {{six weeks}} after it was held on {{August 8}}. The top
scorer, a {{19-year-old}} from Paktia, got {{353}} out of {{360}} points. Women have been excluded
from the exam since {{2022}}. Medicine at Kabul University requires a score above
{{300}}, and {{70 per cent}} of places went to candidates from the capital, the authority said.
""",
)

item(
    "Helicopter attack on Sagaing monastery school kills children",
    """
Military helicopters fired on a school in the compound of a Buddhist monastery in Let Yet Kone
village, Sagaing region, killing [[at least 13 people|killed;a=school administrators]],
[[seven of them|killed;a=school administrators;n=-]] children, school administrators said. Troops
who landed afterwards carried away the children's bodies and detained
[[about 20 villagers|arrested;a=residents]], including [[two teachers|arrested;a=residents]],
residents said. [[Seventeen pupils|injured;a=a teacher]] were wounded by gunfire and shrapnel,
a teacher said. [[Three children|missing]] are still unaccounted for. The school had
[[about 240 pupils|other]] aged {{five to 15}}. The military said it had raided the village
because resistance fighters were hiding there.
""",
)

item(
    "Junta jet bombs village school in Tabayin, shadow government says",
    """
An air strike on a school in Ohe Htein Twin village in Tabayin township killed
[[20 children|killed;a=the National Unity Government]] and
[[two teachers|killed;a=the National Unity Government]] on Monday morning, the National Unity
Government said. The shadow administration said
[[about 50 pupils|injured;a=The shadow administration;alt=the National Unity Government]] were
wounded when a jet dropped [[two bombs|other;u=other]] on the building during lessons. UNICEF said
it had verified [[more than 120 attacks on schools|other;a=UNICEF;u=other;n=attacks]] in Myanmar
since the coup in {{February 2021}}. A military spokesman denied that the air force had struck
a school. Residents said [[hundreds of families|displaced;a=Residents]] had fled into nearby
forests for fear of further strikes.
""",
)

item(
    "Myanmar's striking teachers: dismissed, jailed or teaching in the jungle",
    """
Myanmar's military government has dismissed
[[more than 125,000 teachers|other;a=the Myanmar Teachers' Federation]] who joined the civil
disobedience movement after the coup, the Myanmar Teachers' Federation said. The federation
said [[at least 190 teachers|arrested;a=The federation;alt=the Myanmar Teachers' Federation]]
had been detained and [[43|killed;a=The federation;alt=the Myanmar Teachers' Federation;n=-]]
killed. [[Some 3.7 million children|civilians;a=UNICEF]] are out of school, UNICEF estimates.
The National Unity Government's education ministry says it runs
[[about 4,000 schools|other;a=The National Unity Government's education ministry]] in
resistance-held areas for [[some 400,000 pupils|other;a=The National Unity Government's education ministry]].
[[More than 60 schools|housing;a=Save the Children]] were burned by troops in Magway and Sagaing
in {{2024}}, according to Save the Children.
""",
)

item(
    "Fire destroys Rohingya learning centres in Cox's Bazar",
    """
A fire swept through {{Camp 9}} at Kutupalong on Sunday, destroying
[[about 1,200 shelters|housing;a=the Refugee Relief and Repatriation Commissioner]] and
[[34 learning centres|housing;a=the Refugee Relief and Repatriation Commissioner]], the Refugee
Relief and Repatriation Commissioner said. [[More than 7,000 refugees|displaced]] were left
homeless. Fire services said [[two children|killed;a=Fire services]] died. UNICEF runs
[[about 3,400 learning centres|other;a=UNICEF]] for [[some 300,000 Rohingya children|other;a=UNICEF]]
in the camps, it said. The camps shelter [[about 1 million refugees|displaced;a=UNHCR]],
including [[some 150,000|displaced;a=UNHCR;n=-]] who arrived after fighting in Rakhine
escalated in {{2024}}, according to UNHCR.
""",
)

item(
    "Students flee Myanmar's campuses as conscription bites",
    """
Myanmar's junta said it would call up [[5,000 people a month|combatants;p;a=Myanmar's junta]]
under the conscription law activated in {{February 2024}}, starting with men aged {{18 to 35}}.
[[Tens of thousands of young people|displaced;a=Thai officials]] have crossed into Thailand
since then, Thai officials said, many of them university students. Migrant learning centres in
Mae Sot have enrolled [[about 2,300 new students|other]] this year. Police arrested
[[at least 70 young men|arrested;a=airport staff]] trying to leave through Yangon airport, airport
staff told Reuters. Rights monitors said soldiers seized
[[about 30 students|kidnapped;a=Rights monitors]] from hostels in Mandalay and forced them into
training. Yangon University said [[fewer than 9,000 students|other;a=Yangon University]]
registered for the new term, down from [[about 30,000|other;a=Yangon University;n=-]] before the coup.
""",
)
