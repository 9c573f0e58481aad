"""Haiti, the monitors' global reports and other crises (Cameroon, Ethiopia, Mozambique,
Somalia, Colombia, Armenia): schools occupied, pupils kidnapped, meals served, attacks counted."""

from _wrap import item

item(
    "Haiti's gangs close hundreds of schools and turn others into camps",
    """
Gang violence has forced the closure of [[more than 900 schools|other;a=UNICEF]] in the West
and Artibonite departments, UNICEF said on Tuesday, affecting
[[about 160,000 children|civilians;a=UNICEF]]. Armed groups attacked, looted or burned
[[284 schools|housing;a=the agency;alt=UNICEF]] in the first half of the year, the agency said.
[[About 110 schools|capacity;a=the International Organization for Migration]] in the capital now
serve as displacement sites, sheltering
[[some 41,000 people|displaced;a=the International Organization for Migration]], according to
the International Organization for Migration. RNDDH, a Haitian rights group, said Viv Ansanm
gunmen had occupied [[at least 15 schools|other;a=RNDDH]] as bases. The IOM counts
[[more than 1 million people|displaced;a=The IOM]] displaced across the country.
""",
)

item(
    "Gunmen hijack school bus in Delmas, kidnap pupils and teachers",
    """
Gunmen hijacked a school bus in the Delmas area of Port-au-Prince on Tuesday morning and
kidnapped [[six pupils|kidnapped;a=police]], the driver and [[two teachers|kidnapped;a=police]],
police said. The kidnappers are demanding {{$1 million}} for their release, the school's
director said. [[Three of the children|kidnapped;a=police spokesman Garry Desrosiers]] were freed
on Thursday in an operation in which [[two suspected kidnappers|killed;a=police spokesman Garry Desrosiers]]
were killed and [[four|arrested;a=police spokesman Garry Desrosiers;n=-]] arrested, police
spokesman Garry Desrosiers said. The Centre for Analysis and Research in Human Rights said
[[at least 48 pupils and teachers|kidnapped;a=The Centre for Analysis and Research in Human Rights;n=pupils and teachers]]
had been abducted in the capital since January. On Friday [[hundreds of parents|other]]
marched to the education ministry to demand protection.
""",
)

item(
    "Schools reopen north of the capital under Kenyan-led mission's guard",
    """
[[More than 3,000 pupils|returned;a=the education ministry]] went back to class in Cabaret
and Arcahaie on Monday as [[12 schools|other;a=the education ministry]] reopened under the
protection of the Kenyan-led Multinational Security Support mission, the education ministry
said. The mission, which has [[about 1,000 officers|combatants;a=The mission;alt=the Kenyan-led Multinational Security Support mission]]
in Haiti out of the [[2,500|combatants;p;a=The mission;alt=the Kenyan-led Multinational Security Support mission;n=-]]
pledged, said it would guard the schools until the end of the year. Gang attacks in the area
in {{2024}} drove out [[about 6,000 families|displaced]]. A school director said
[[some 40 teachers|displaced;a=A school director]] who fled to Port-au-Prince have not come
back. Police said they had arrested [[five gang members|arrested;a=Police;n=members]] near one of
the schools last week.
""",
)

item(
    "WFP keeps Haiti's school canteens running despite gang roadblocks",
    """
The World Food Programme served hot school meals to [[about 300,000 children|aid;a=the agency;alt=The World Food Programme]]
in [[1,500 schools|other;a=the agency;alt=The World Food Programme]] in Haiti last school year,
the agency said. Gang roadblocks on {{National Road 1}} forced WFP to fly
[[80 tonnes|aid]] of rice, beans and oil for schools to the north by helicopter. In April,
gunmen looted [[four trucks|aid;a=WFP]] carrying food for school canteens near Mirebalais, WFP
said. The programme buys its produce from [[some 8,000 farming families|other;a=a WFP official]],
a WFP official said. WFP plans to serve [[40 million meals|aid;p;a=WFP]] this year, and
[[about 25,000 children|aid]] living in displacement sites also receive a daily meal at
temporary schools.
""",
)

item(
    "Haiti sets dates for state exams",
    """
Haiti's state exams for the final year of secondary school will take place from {{July 7}} to
{{July 11}}, the education ministry announced, {{two weeks}} later than planned. Candidates in
the West department will sit at centres outside the capital's red zones. The exams for
{{9th}}-grade pupils begin on {{June 16}}. The pass mark is {{50 per cent}}, and last year
{{57.4 per cent}} of candidates passed.
""",
)

item(
    "Attacks on education rise in Palestine, Ukraine, Sudan and Myanmar, coalition finds",
    """
The Global Coalition to Protect Education from Attack recorded
[[around 6,000 attacks on education|other;a=The Global Coalition to Protect Education from Attack;u=other;n=attacks]]
and cases of military use of schools in {{2022}} and {{2023}}, up {{20 per cent}} on the
previous two years. The coalition said
[[over 2,000 students and educators|killed;a=The coalition;alt=The Global Coalition to Protect Education from Attack;n=students and educators]]
were killed and [[about 5,000|injured;a=The coalition;alt=The Global Coalition to Protect Education from Attack;n=-]]
injured in attacks on schools and universities. Palestine, Ukraine, DR Congo, Myanmar and Sudan
were the worst affected of the [[28 countries|other;u=other]] profiled. Armed forces or groups
used [[more than 500 schools|other]] for military purposes, as bases, barracks or detention
centres. [[About 190 universities|housing;u=structure]] were struck. Researchers documented
[[at least 450 students|arrested;a=Researchers]] detained over education-related protests,
mostly in Iran and Myanmar.
""",
)

item(
    "UN report verifies record violations against children",
    """
The UN's annual report on children and armed conflict, released on Thursday, verified
[[32,990 grave violations|other;a=The UN's annual report on children and armed conflict;u=other;n=violations]]
against children in {{2023}}, the highest number since monitoring began {{two decades}} ago.
It counted [[1,650 attacks on schools and hospitals|other;a=The UN's annual report on children and armed conflict;u=other;n=attacks]]
and the military use of [[about 200 schools|other;a=The UN's annual report on children and armed conflict]].
[[More than 8,600 children|combatants;a=the report;alt=The UN's annual report on children and armed conflict]]
were recruited or used by armed forces and groups, the report said, and
[[4,356|kidnapped;a=the report;alt=The UN's annual report on children and armed conflict;n=-]]
abducted. The UN verified the killing of [[more than 5,300 children|killed;a=The UN]] in Israel
and the occupied Palestinian territory. Israel rejected its inclusion in the report's annex.
""",
)

item(
    "Crises keep 85 million children out of school, fund says",
    """
[[About 234 million school-age children|civilians;a=Education Cannot Wait]] affected by crises
need urgent support to keep learning, Education Cannot Wait said on Tuesday, up from
[[224 million|civilians;a=Education Cannot Wait;n=-]] a year earlier.
[[About 85 million|civilians;a=The fund;alt=Education Cannot Wait;n=-]] of them are out of
school, the fund said. It has reached [[11.3 million children|aid]]
since {{2017}} and trained [[about 220,000 teachers|aid]]. Its
programmes run [[some 9,000 learning spaces|aid;u=structure]] in
[[between 40 and 45 countries|other;u=other]]. The fund aims to reach
[[20 million children|aid;p;a=The fund;alt=Education Cannot Wait]] by {{2026}} and has asked
donors for {{$600 million}}.
""",
)

item(
    "Abuja hosts Safe Schools conference as Nigeria deploys school guards",
    """
Ministers from [[more than 60 countries|other;a=Norway's foreign ministry;u=other]] gathered in
Abuja on Wednesday for the {{fifth}} international conference on the Safe Schools Declaration,
which [[121 states|other;a=Norway's foreign ministry;u=other]] have now endorsed, Norway's
foreign ministry said. Nigeria's National Safe Schools Response Coordination Centre said it had
deployed [[about 1,200 civil defence officers|combatants;a=Nigeria's National Safe Schools Response Coordination Centre]]
to schools in high-risk states and trained [[5,000 teachers|aid;a=Nigeria's National Safe Schools Response Coordination Centre]]
in emergency drills. Nigeria's education minister said
[[more than 18 million children|civilians;a=Nigeria's education minister]] in the country are
out of school. Delegates heard from a woman who was one of
[[the 57 girls|kidnapped;n=girls]] who escaped Boko Haram on the night of the Chibok abduction.
""",
)

item(
    "Donors pledge to education in emergencies fund",
    """
Donors pledged {{$826 million}} to Education Cannot Wait at a conference in Geneva on
{{February 16, 2023}}, short of the {{$1.5 billion}} the fund sought for {{2023-2026}}. Germany
gave the most, at {{EUR 200 million}}. The fund says education gets less than {{3 per cent}} of
humanitarian funding, and that {{one in four}} crisis-affected children is a refugee.
""",
)

item(
    "Gunmen kill pupils in Kumba classroom attack",
    """
Gunmen stormed a private bilingual school in Kumba, in Cameroon's South-West region, on
Saturday and opened fire on a classroom, killing [[seven children|killed;a=the UN]] aged
between {{nine and 12}} and wounding [[13 others|injured;a=the UN]], the UN said. The government
blamed Anglophone separatists, who denied involvement. Cameroon's army said it had arrested
[[three suspects|arrested;a=Cameroon's army]]. Separatists have enforced a boycott of schools
since {{2016}}, and [[more than 700,000 children|civilians;a=UNICEF]] in the North-West and
South-West have been affected, UNICEF said, with [[about 4,400 schools|other;a=UNICEF]] closed.
Separatist fighters have kidnapped [[at least 300 pupils|kidnapped;a=Human Rights Watch]] and
[[dozens of teachers|kidnapped;a=Human Rights Watch]] since then, according to Human Rights
Watch.
""",
)

item(
    "Millions of children out of school as Amhara conflict drags on",
    """
[[More than 4 million children|civilians;a=the regional education bureau]] are out of school in
Ethiopia's Amhara region, where the army is fighting Fano militias, the regional education
bureau said on Monday. The bureau said [[about 3,600 schools|other;a=The bureau;alt=the regional education bureau]]
had been closed and [[some 450|housing;a=The bureau;alt=the regional education bureau;n=-;u=structure]]
damaged or looted. Fano fighters have used [[dozens of schools|other;a=Amnesty International]]
as bases, and federal troops have detained [[at least 60 teachers|arrested;a=Amnesty International]]
accused of backing the militia, Amnesty International said. In neighbouring Tigray,
[[about 570 schools|capacity;a=the Tigray interim administration]] were still sheltering
[[around 240,000 displaced people|displaced;a=the Tigray interim administration]] more than
{{two years}} after the war ended, the Tigray interim administration said.
""",
)

item(
    "Insurgents burn classrooms in Chiúre as thousands flee",
    """
Insurgents linked to Islamic State attacked villages in Chiúre district, in Mozambique's Cabo
Delgado province, burning [[at least 35 classrooms|housing;a=local authorities]] and
[[hundreds of homes|housing;a=local authorities]], local authorities said.
[[More than 100,000 people|displaced;a=the International Organization for Migration]] fled
within {{two weeks}}, the International Organization for Migration said, and
[[about 49,000 pupils|civilians;a=the International Organization for Migration]] could not
attend school. The provincial education director said
[[12 teachers|missing;a=The provincial education director]] had not been heard from. Rwanda,
which has [[about 4,000 soldiers|combatants]] in Cabo Delgado, sent reinforcements to the
district. In Mocímboa da Praia, retaken from the insurgents in {{2021}},
[[some 7,000 pupils|returned]] are back in school.
""",
)

item(
    "Al-Shabaab seizes boys from Bakool schools, elders say",
    """
Al-Shabaab fighters abducted [[between 40 and 50 boys|kidnapped;a=local elders]] from Koranic
and primary schools in Somalia's Bakool region this week, local elders said. The group had
demanded that villages hand over [[150 children|combatants;p;a=the elders]] for its training
camps, the elders said. Somali forces said they had freed [[23 of the boys|kidnapped;a=Somali forces;n=boys]]
in a raid near Tiyeeglow and killed [[11 militants|killed;a=Somali forces]]. The UN verified the
recruitment of [[about 1,800 children|combatants;a=The UN]] in Somalia last year, most of them
by al-Shabaab. [[Some 4.8 million school-age children|civilians;a=UNICEF]] in Somalia are out of
school, UNICEF estimates.
""",
)

item(
    "Catatumbo fighting empties schools as families flee to Cúcuta",
    """
Fighting between the ELN and FARC dissidents in Colombia's Catatumbo region has displaced
[[more than 54,000 people|displaced;a=the Ombudsman's Office]] since {{January 16}}, the
Ombudsman's Office said, and [[about 14,000 children|civilians;a=the Ombudsman's Office]] have
been kept out of school. The office said [[at least 80 people|killed;a=The office;alt=the Ombudsman's Office]]
had been killed, including [[two teachers|killed;a=The office;alt=the Ombudsman's Office]]. In
Tibú, [[23 schools|other;a=the local education secretary]] remain closed and
[[nine|capacity;a=the local education secretary;n=-;u=structure]] are sheltering displaced
families, the local education secretary said. Cúcuta's mayor said the city had taken in
[[about 30,000|displaced;a=Cúcuta's mayor;n=-]] and opened [[14 shelters|capacity;a=Cúcuta's mayor]],
several of them in school gyms. The army said it had sent [[5,000 soldiers|combatants;a=The army]]
to the region.
""",
)

item(
    "Armenian schools absorb children who fled Nagorno-Karabakh",
    """
Armenian schools have taken in [[about 17,000 refugee children|displaced;a=Armenia's education ministry]]
from Nagorno-Karabakh, Armenia's education ministry said, out of
[[more than 100,000 people|displaced;a=Armenia's education ministry]] who fled after
Azerbaijan's offensive in {{September 2023}}. The ministry said
[[about 1,300 teachers|displaced;a=The ministry;alt=Armenia's education ministry]] from
Karabakh had registered for jobs and [[420|other;a=The ministry;alt=Armenia's education ministry;n=-]]
had been hired. UNICEF said it had delivered [[3,000 school kits|aid;a=UNICEF]] and
[[12 prefabricated classrooms|aid;a=UNICEF]] to towns in Syunik province. In Goris, classes
of [[35 to 40 pupils|other]] are now common. Azerbaijan said it planned to rebuild
[[more than 30 schools|housing;p;a=Azerbaijan]] in Karabakh before former residents return.
""",
)
