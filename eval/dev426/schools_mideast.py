"""dev426 items: schools and children in the wars of the Middle East and Afghanistan (Gaza, the
West Bank, Yemen, Syria, Lebanon, Iraq, Afghanistan)."""

from _wrap import item

item(
    "UNRWA schools in Gaza overflow as displaced seek shelter",
    """[[More than 1 million people|displaced;a=UNRWA]] are sheltering in [[154 UNRWA
    facilities|capacity;a=UNRWA]] across the Gaza Strip, most of them schools, UNRWA said on
    Saturday. The agency said [[at least 70 of its schools|housing;a=The agency;alt=UNRWA]] had
    been hit, some more than once, and that [[at least 300 people|killed;a=The agency;alt=UNRWA]]
    had been killed while sheltering in them. [[About 625,000 children|civilians;a=the Education
    Cluster]] have had no schooling since {{October 7}}, according to the Education Cluster. In
    one school in Khan Younis built for [[2,000 pupils|capacity]], [[about 22,000
    people|displaced;a=staff]] are now living in classrooms, corridors and the yard, staff said.
    There is {{one toilet for every 700 people}}.""",
)

item(
    "Israeli strike on Gaza City school shelter kills dozens",
    """An Israeli strike on the al-Tabi'in school in Gaza City, where displaced families were
    sheltering, killed [[more than 90 people|killed;a=Gaza's civil defence agency]] during dawn
    prayers on Saturday, Gaza's civil defence agency said. [[Dozens of others|injured]] were
    wounded, and rescuers said [[15 to 20 people|missing;a=rescuers]] were still under the
    rubble. [[About 6,000 people|displaced;a=the civil defence agency;alt=Gaza's civil defence
    agency]] had been staying at the school, according to the civil defence agency. The Israeli
    military said it had struck a Hamas command centre inside the compound and killed [[at least
    19 militants|killed;a=The Israeli military]]. The UN human rights office said [[at least 21
    schools|housing;a=The UN human rights office]] used as shelters had been hit in the previous
    {{six weeks}}. Gaza's education ministry says [[more than 10,000 students|killed;a=Gaza's
    education ministry]] and [[more than 400 teachers|killed;a=Gaza's education ministry]] have
    been killed since the war began.""",
)

item(
    "Nearly nine in ten Gaza school buildings damaged, assessment finds",
    """The Education Cluster said [[496 school buildings|housing;a=The Education Cluster]] in
    Gaza, {{88%}} of the total, had been directly hit or damaged, according to satellite imagery
    analysed in {{July}}. Of those, [[396|housing;u=structure;p;a=the cluster;alt=The Education
    Cluster]] will need full reconstruction or major rehabilitation, the cluster said. UNICEF
    said it had set up [[more than 175 temporary learning spaces|aid;u=structure;a=UNICEF]]
    reaching [[about 48,000 children|aid;a=UNICEF]]. The cluster estimates [[658,000 school-age
    children|civilians;a=The cluster;alt=The Education Cluster]] have been out of school for a
    second academic year. [[At least 12,400 students|killed;a=the Palestinian Ministry of
    Education]] and [[more than 500 educators|killed;a=the Palestinian Ministry of Education]]
    have been killed, according to the Palestinian Ministry of Education.""",
)

item(
    "West Bank pupils face settler attacks and army raids on the way to class",
    """Israeli forces and settlers carried out [[more than 60 attacks|other;u=other;a=the
    Palestinian Ministry of Education]] on schools in the occupied West Bank in the first half of
    the year, the Palestinian Ministry of Education said. [[At least 38 students|killed;a=the
    ministry;alt=the Palestinian Ministry of Education]] were killed and [[some 90 students and
    teachers|arrested;a=the ministry;alt=the Palestinian Ministry of Education;n=students and
    teachers]] detained over the same period, the ministry said. In Masafer Yatta, soldiers
    demolished [[two classrooms|housing]] funded by European donors. The Israeli Civil
    Administration has issued demolition orders against [[about 60 Palestinian
    schools|housing;p;a=the UN]], according to the UN. At a school in Hebron's Old City, [[15
    pupils|injured;a=the Palestinian Red Crescent]] were treated for tear gas inhalation on
    Tuesday, the Palestinian Red Crescent said.""",
)

item(
    "Coalition air strike on school bus kills children in Yemen's Saada",
    """An air strike by the Saudi-led coalition hit a bus carrying schoolchildren at a market in
    Dahyan, in northern Yemen's Saada province, on Thursday, killing [[51
    people|killed;a=Houthi health officials]], including [[40 children|killed;a=Houthi health
    officials]], Houthi health officials said. [[Seventy-nine people|injured]] were wounded. The
    boys, most aged between {{10 and 13}}, were returning from a summer school trip. The ICRC
    said a hospital it supports in Saada had received [[29 bodies|killed;a=The ICRC]] of
    children {{under 15}} and [[48 wounded|injured;a=The ICRC]]. The coalition said the strike
    was a legitimate military action. UNICEF says [[more than 2,500 schools|other;a=UNICEF]] in
    Yemen have been damaged, turned into shelters or taken over by armed groups since {{March
    2015}}.""",
)

item(
    "Yemen's teachers go unpaid as armed groups recruit from classrooms",
    """[[About 170,000 teachers|civilians;a=UNICEF]] in Yemen have not received regular salaries
    since {{2016}}, UNICEF said. The UN verified the recruitment of [[more than 3,900
    children|combatants;a=The UN]] by parties to the conflict between {{2015}} and {{2022}},
    most of them by the Houthis. [[More than 2,900 schools|housing;a=the Education Cluster]] have
    been destroyed or partly damaged, according to the Education Cluster. Human Rights Watch
    documented [[at least 20 schools|other;a=Human Rights Watch]] used by Houthi forces as
    military positions or weapons stores. Save the Children says [[4.5 million
    children|civilians;a=Save the Children]] are out of school. A World Bank-funded programme
    pays cash incentives to [[about 100,000 teachers|aid]].""",
)

item(
    "Returning Syrian families find schools in ruins",
    """[[More than 7,000 schools|housing;a=UNICEF]] in Syria have been damaged or destroyed
    since {{2011}}, UNICEF says, and [[some 2.4 million children|civilians;a=UNICEF]] are out of
    school. [[More than 500,000 refugees|returned;a=UNHCR]] have come back from neighbouring
    countries since {{December 8}}, UNHCR said, along with [[1.2 million displaced
    people|returned;a=UNHCR]] who have gone home inside Syria. In Idlib, [[hundreds of
    schools|capacity]] still house displaced families. Syria's new education ministry said it
    would rehabilitate [[1,000 schools|housing;p;a=Syria's new education ministry]] before the
    next school year.""",
)

item(
    "Lebanon turns public schools into shelters, delaying school year",
    """Lebanon's education ministry said [[more than 500 public schools|capacity;a=Lebanon's
    education ministry]] were being used as shelters for people fleeing Israeli strikes. [[About
    190,000 displaced people|displaced;a=the government's emergency committee]] were living in
    [[1,000 collective shelters|capacity;a=the government's emergency committee]], the
    government's emergency committee said. UNICEF says [[some 400,000 children|displaced;a=UNICEF]]
    have been forced from their homes. Education Minister Abbas Halabi said the school year would
    start on {{November 4}} for [[about 175,000 pupils|other;p;a=Education Minister Abbas
    Halabi;alt=Abbas Halabi]] in schools not used as shelters. [[At least 14
    schools|housing]] in the south have been damaged. Israeli strikes have killed [[more than 200
    children|killed;a=the health ministry]] since {{October 2023}}, according to the health
    ministry.""",
)

item(
    "Mosul rebuilds schools wrecked in battle against Islamic State",
    """[[Some 380 schools|housing;a=Nineveh's education directorate]] in Mosul were damaged or
    destroyed during the {{2016-2017}} battle to retake the city, according to Nineveh's
    education directorate. Islamic State fighters used [[dozens of schools|other]] as bases and
    weapons workshops and killed [[between 40 and 50 teachers|killed]] who refused to teach their
    curriculum. The directorate says [[about 250|housing;u=structure;a=The directorate;alt=Nineveh's
    education directorate]] have been rebuilt with UN and donor money, at a cost of {{$90
    million}}. UNDP plans to rehabilitate [[a further 45 schools|housing;p;a=UNDP]] by the end of
    {{2025}}. [[About 30,000 families|returned]] have returned to the Old City and the west
    bank.""",
)

item(
    "Afghan girls mark third year shut out of secondary school",
    """[[About 1.4 million girls|civilians;a=UNESCO]] have been deliberately denied secondary
    education since the Taliban banned them in {{2021}}, UNESCO said, and [[more than 100,000
    women|civilians;a=UNESCO]] have been barred from university. One underground network runs
    [[about 60 secret schools|other;a=the network's organisers]] in Kabul, Herat and Mazar-i-Sharif,
    teaching [[some 3,000 girls|aid;a=the network's organisers]], the network's organisers said. Radio Begum
    broadcasts lessons to [[an estimated 500,000 listeners|aid]]. The UN Assistance Mission in
    Afghanistan (UNAMA) said the Taliban had detained [[at least 12 teachers and
    activists|arrested;a=The UN Assistance Mission in Afghanistan (UNAMA);n=teachers and
    activists]] who campaigned for girls' education. One of them, Matiullah Wesa, was held for
    {{seven months}}.""",
)

item(
    "Bombs outside Kabul girls' school kill dozens",
    """A car bomb and [[two improvised explosive devices|other]] went off outside the Sayed
    ul-Shuhada girls' school in Kabul's Dasht-e-Barchi district as pupils left classes on
    Saturday, killing [[at least 85 people|killed;a=officials]], most of them schoolgirls,
    officials said. [[More than 150|injured]] were wounded. The girls were aged between {{11 and
    17}}. The government said it had arrested [[four suspects|arrested;a=The government]]. In
    {{2022}}, a suicide bomber at the Kaaj education centre in the same district killed [[53
    people|killed;a=the UN]], including [[46 girls and young women|killed;a=the UN;n=girls and
    young women]], according to the UN.""",
)

item(
    "Air strikes on Idlib school complex kill children and teachers",
    """Air strikes hit a school complex in the village of Haas in Syria's Idlib province on
    Wednesday, killing [[22 children|killed;a=UNICEF]] and [[six teachers|killed;a=UNICEF]],
    UNICEF said. The Syrian Observatory for Human Rights put the toll at [[35
    civilians|killed;a=The Syrian Observatory for Human Rights]]. Local doctors said they had
    treated [[more than 40 wounded|injured;a=Local doctors]]. The White Helmets said [[three
    schools|housing;a=The White Helmets]] in the province had been hit the same week. [[Some
    180,000 children|civilians]] in the province have had classes suspended. UNICEF called it
    possibly the deadliest attack on a school since the war began in {{2011}}.""",
)

item(
    "Returnee children from Iran and Pakistan strain Afghan schools",
    """[[More than 1.8 million Afghans|returned;a=the International Organization for
    Migration]] have returned or been forced back from Iran and Pakistan this year, according to
    the International Organization for Migration. UNICEF estimates that [[hundreds of thousands of
    children|returned;a=UNICEF]] were among them. In Herat, [[45 schools|other]] now teach in
    double shifts. UNICEF set up [[120 tents|aid]] at the Islam Qala crossing to serve as
    classrooms. Pakistan deported [[about 15,000 Afghans|returned;a=the UN refugee agency]] in a
    single week in {{April}}, the UN refugee agency said. The Taliban's education ministry said it
    planned to enrol [[200,000 returnee children|aid;p;a=The Taliban's education ministry]] by
    the end of the school year.""",
)

item(
    "Gaza's universities lie in ruins, rights monitors say",
    """Israeli forces have destroyed or damaged [[all 12 universities|housing;u=structure;a=the
    Palestinian higher education ministry]] in Gaza, the Palestinian higher education ministry
    said, leaving [[more than 88,000 students|civilians;a=the Palestinian higher education
    ministry]] unable to study. [[At least 95 professors|killed;a=the ministry;alt=the
    Palestinian higher education ministry]] and [[more than 750 staff|killed;a=the
    ministry;alt=the Palestinian higher education ministry]] have been killed, the ministry
    said. [[Some 1,400 students|aid]] are taking online courses offered by West Bank
    universities. The Israeli military says the campuses were used by Hamas. [[Hundreds of
    university students|arrested;a=the Palestinian Prisoners' Society]] have been detained,
    according to the Palestinian Prisoners' Society.""",
)

# --- texts with numbers but no figure

item(
    "Afghanistan's ban on girls' schooling passes 1,000 days",
    """The Taliban's ban on girls' education beyond the {{sixth grade}} passed {{1,000 days}} on
    Sunday, UNESCO said, calling it a violation of the right to learn. Girls older than {{12}}
    have been barred from classrooms since {{September 2021}}. The agency estimates that the ban
    could cost Afghanistan {{$5.4 billion}} in lost earnings and said female enrolment in
    primary schools had fallen by {{30%}} since {{2019}}. "Every day counts," the agency said in a
    statement issued at {{9 a.m.}} in Paris.""",
)

item(
    "Gaza's Tawjihi students sit exams online for the first time",
    """Palestinian students in Gaza sat the Tawjihi high school exams online on Saturday, the
    first time the test has been held remotely, the education ministry in Ramallah said. The
    exams for the class of {{2024}} began at {{9 a.m.}} and lasted {{three hours}}. The pass mark
    is {{50%}}. Connection failures forced the ministry to extend the session by {{45 minutes}}.
    Results are due on {{August 15}}.""",
)
