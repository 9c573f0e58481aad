"""dev83 articles: Africa (Nigeria, the Sahel, Sudan, the DRC, Ethiopia, Somalia, South Sudan,
Mozambique, Cameroon, Kenya, Uganda)."""

from _wrap import item

item(
    "Jihadists kill dozens of farmers in northeast Nigeria",
    """Suspected Islamic State West Africa Province (ISWAP) fighters killed [[at least 37
    farmers|killed;a=local officials]] in an attack on rice fields near the village of
    Kwatanduwa in Borno state on Saturday, local officials said. The gunmen arrived on
    motorcycles at about {{7am}}, tied the farmers' hands and opened fire, according to Babakura
    Kolo, a leader of the Civilian Joint Task Force militia that helped recover the bodies.
    “We recovered [[37 bodies|killed;a=Kolo]], and [[eight farmers|missing;a=Kolo]] are still unaccounted for,” Kolo told AFP. The
    state government had put the initial toll at [[15|killed;a=The state government]] on
    Saturday evening. Borno governor Babagana Zulum, who visited the village on Sunday, said
    [[about 2,000 residents|displaced;a=Borno governor Babagana Zulum]] had fled to the town of
    Zabarmari since the attack and that [[200 soldiers|combatants;p;a=Borno governor Babagana
    Zulum]] would be deployed to protect farmland. Farmers are frequently targeted by the
    jihadists, who accuse them of passing information to the military. The insurgency, which
    began in {{2009}}, has killed [[more than 40,000 people|killed;a=the United Nations]] and
    displaced [[about 2 million|displaced;a=the United Nations]] in the northeast, according to
    the United Nations. In a similar attack in {{November 2020}}, [[at least 110 farm
    workers|killed]] were killed in Koshobe, one of the deadliest attacks on civilians that
    year.""",
)

item(
    "Dozens of soldiers and volunteers killed in Burkina Faso convoy ambush",
    """Militants ambushed a supply convoy near Djibo in northern Burkina Faso on Monday, killing
    [[at least 27 soldiers|killed;a=the army]] and [[eight members|killed;a=the army]] of the
    Volunteers for the Defence of the Homeland (VDP), the army said in a statement on Tuesday.
    The army said [[about 40 assailants|killed;a=The army]] were "neutralised" in the
    counter-attack that followed. It said [[15 soldiers|missing;a=the army]] were still missing
    and that [[a further 33|injured;a=the army]] had been evacuated by helicopter to
    Ouagadougou. The convoy of [[about 150 commercial trucks|other]] was being escorted toward
    Djibo, a town of [[some 300,000 people|civilians]] that has been under blockade by fighters
    linked to al-Qaeda since {{2022}}. Residents reached by telephone said [[at least 60
    trucks|other;a=Residents]] had been set on fire. Violence in Burkina Faso has displaced
    [[more than 2 million people|displaced;a=the government]], according to the government's
    last count in {{March 2023}}. Aid groups say [[more than 6,100 schools|other;a=Aid groups]]
    have closed because of insecurity. Captain Ibrahim Traore, who seized power in a coup in
    {{September 2022}}, has promised to retake territory held by armed groups, estimated at
    {{40%}} of the country.""",
)

item(
    "RSF fighters kill scores in Gezira village, doctors say",
    """Fighters of the paramilitary Rapid Support Forces (RSF) killed [[at least 124
    people|killed;a=the Sudan Doctors Network]] in an assault on the village of Wad al-Nura in
    Sudan's Gezira state, the Sudan Doctors Network said on Thursday. The group said [[35 of the
    dead|killed;a=The group;alt=the Sudan Doctors Network]] were children and that [[more than
    200 people|injured;a=The group;alt=the Sudan Doctors Network]] had been wounded. Videos
    posted on social media showed residents burying bodies in a mass grave. The RSF said in a
    statement that its forces had attacked army positions in the area and denied targeting
    civilians. The International Organization for Migration said [[between 3,000 and
    3,500 people|displaced;a=The International Organization for Migration]] had fled the village and
    surrounding hamlets toward Managil and Sennar in the {{48 hours}} after the attack. Volker
    Türk, the UN human rights chief, said he was "horrified" by the killings, the latest in a
    series of attacks on villages in Gezira since the RSF took the state capital, Wad Madani, in
    {{December 2023}}. In October, a rampage in the east of the state killed [[at least 300
    people|killed;a=the UN]] in [[about 30 villages|other;a=the UN]] and forced [[more than
    135,000|displaced;a=the UN]] to flee, according to the UN. Sudan's war between the army and
    the RSF, which began in {{April 2023}}, has uprooted [[more than 12 million
    people|displaced;a=the UN]], the UN says, including [[3.5 million|displaced;a=the UN]] who
    have crossed into neighbouring countries. Aid agencies say [[nearly 25 million
    people|civilians;a=Aid agencies]] face acute hunger.""",
)

item(
    "M23 rebels close in on Sake as thousands flee toward Goma",
    """[[Tens of thousands of people|displaced;a=aid agencies]] fled the town of Sake in eastern
    Democratic Republic of Congo on Wednesday as {{M23}} rebels shelled its outskirts, aid
    agencies said. Most headed along the road to Goma, the provincial capital, where [[more than
    500,000 displaced people|displaced]] already live in sprawling camps on its edges. Doctors
    Without Borders (MSF) said its teams at the Kyeshero hospital in Goma had treated [[74
    wounded people|injured;a=Doctors Without Borders (MSF)]], [[18 of them|injured;n=-;a=Doctors
    Without Borders (MSF)]] children, since Monday. [[At least five people|killed;a=the camp's
    management committee]] were killed when a shell hit a displacement site in Mugunga on
    Tuesday, according to the camp's management committee. UN peacekeepers said they had sent
    [[about 300 additional troops|combatants;a=UN peacekeepers]] to reinforce positions around
    Sake. The rebel group, which the UN says is backed by [[several thousand Rwandan
    troops|combatants;a=the UN]], has seized a string of towns in North Kivu since resuming its
    offensive in {{2022}}. Rwanda denies supporting it. The fighting has displaced [[about 1.7
    million people|displaced;a=the International Organization for Migration]] in North Kivu
    alone, according to the International Organization for Migration.""",
)

item(
    "Drone strike on Amhara market kills dozens, health workers say",
    """A drone strike on a busy market in the town of Finote Selam in Ethiopia's Amhara region
    killed [[at least 26 people|killed;a=health workers]] on Sunday, health workers told
    Reuters. A doctor at the town's hospital, who asked not to be named for fear of reprisals,
    said [[55 injured people|injured;a=A doctor at the town's hospital]] had been admitted, [[11
    of them|injured;n=-;a=A doctor at the town's hospital]] in critical condition. The doctor
    said the toll was likely to rise. Ethiopia's government did not respond to requests for
    comment, and the military has previously said it targets only fighters of the Fano militia.
    Fighting between the federal army and Fano, a militia that fought alongside government
    troops in the Tigray war of {{2020-2022}}, erupted in {{August 2023}}. The Ethiopian Human
    Rights Commission said in a report in {{2024}} that drone strikes and clashes had killed [[at
    least 450 civilians|killed;a=The Ethiopian Human Rights Commission]] in the region in the
    first {{six months}} of the conflict. Rights groups say [[more than 4,000
    people|arrested;a=Rights groups]] have been detained under a state of emergency. The UN says
    [[more than 1.5 million people|civilians;a=The UN]] in Amhara need food aid. Last January an
    air strike on a minibus near Bahir Dar killed [[17 passengers|killed]].""",
)

item(
    "Al-Shabaab siege of Mogadishu hotel ends after 30 hours",
    """Somali forces ended a {{30-hour}} siege of a hotel in Mogadishu on Saturday night, after
    al-Shabaab gunmen stormed the building with a car bomb and guns, killing [[at least 21
    people|killed;a=the health minister]], the health minister said. He said [[117
    people|injured;a=the health minister]] had been wounded, [[15 of them|injured;n=-;a=the
    health minister]] seriously. Police spokesman Abdifatah Aden told reporters that [[106
    people|kidnapped;a=Police spokesman Abdifatah Aden]], including [[eight
    children|kidnapped;a=Police spokesman Abdifatah Aden]], had been rescued from the upper
    floors, where the gunmen had held them hostage. He said [[the six
    attackers|killed;a=Police spokesman Abdifatah Aden]] had all been killed. Al-Shabaab, which
    is linked to al-Qaeda, claimed responsibility. The group has fought Somalia's federal
    government for more than {{15 years}} and was driven out of Mogadishu in {{2011}}, but it
    still controls large parts of the countryside. In {{October 2017}}, a truck bomb at a busy
    junction in the capital killed [[more than 500 people|killed]], the deadliest attack in the
    country's history. The African Union has [[about 18,000 troops|combatants]] in Somalia, and
    the government has said it plans to recruit [[15,000 new soldiers|combatants;p;a=the
    government]].""",
)

item(
    "Cattle raid in Jonglei leaves dozens dead and children abducted",
    """Armed youths from a neighbouring area attacked cattle camps in South Sudan's Jonglei state
    on Tuesday, killing [[at least 32 people|killed;a=a local official]] and abducting [[17
    women and children|kidnapped;n=women and children;a=a local official]], a local official
    said. County commissioner Peter Gatluak told Radio Tamazuj that the raiders had driven away
    [[an estimated 4,000 head of cattle|other;a=County commissioner Peter Gatluak]] and burned
    [[more than 50 huts|housing;a=County commissioner Peter Gatluak]]. He said [[12 of the
    dead|killed;a=County commissioner Peter Gatluak]] were members of a local defence force.
    [[About 2,000 residents|displaced;a=the UN Mission in South Sudan (UNMISS)]] have fled to
    the county headquarters, the UN Mission in South Sudan (UNMISS) said on Wednesday. The
    mission said it had sent [[about 40 peacekeepers|combatants;a=The mission;alt=the UN Mission
    in South Sudan (UNMISS)]] to the area. Cycles of cattle raids and revenge attacks between
    communities in Jonglei and the Greater Pibor Administrative Area killed [[more than 400
    people|killed;a=UNMISS]] in {{2023}}, according to UNMISS. Abducted children are often kept
    as herders or married off, and few are returned.""",
)

item(
    "Insurgent raids in Cabo Delgado force new exodus as returns stall",
    """Insurgents linked to the Islamic State raided [[at least six villages|other;a=the
    International Organization for Migration (IOM)]] in Mozambique's Cabo Delgado province over
    the past week, forcing [[more than 14,000 people|displaced;a=the International Organization
    for Migration (IOM)]] to flee, the International Organization for Migration (IOM) said on
    Friday. The agency said {{about 60%}} of them were children. Witnesses said the attackers
    beheaded [[at least four men|killed;a=Witnesses]] and burned [[dozens of
    homes|housing;a=Witnesses]] in the village of Chai. The raids come as the government
    encourages people to return to areas retaken from the insurgents with help from [[about
    2,000 Rwandan troops|combatants]], who deployed in {{July 2021}}. [[More than 600,000
    people|returned;a=the IOM]] have gone back to their home districts since {{2022}}, according
    to the IOM, but [[about 580,000|displaced;a=the IOM]] remain displaced in the province. The
    insurgency, which began in {{October 2017}}, has killed [[more than 4,000
    people|killed;a=ACLED]], according to ACLED, a conflict monitor. TotalEnergies suspended a
    {{$20 billion}} gas project in the province after an attack on the town of Palma in
    {{2021}} in which [[dozens of people|killed]] were killed.""",
)

item(
    "Cameroon: army frees abducted pupils in raid on separatist camp",
    """[[Eleven schoolchildren|kidnapped;a=the regional governor]] abducted from a school in
    Cameroon's North-West region last week have been freed, the regional governor said on
    Monday. Governor Simon Ngwa said soldiers had freed the pupils in a raid on a separatist camp
    in the Bamenda highlands in which [[three separatist fighters|killed;a=Governor Simon Ngwa]]
    were killed. The pupils, aged between {{10 and 15}}, were taken from a Presbyterian school in
    Bafut. He said [[the two teachers|kidnapped;a=Governor Simon Ngwa]] abducted with them were
    still being held. Separatists, who are fighting for an independent state they call
    Ambazonia, have enforced a boycott of schools since {{2017}}, saying the French-language
    system marginalises the English-speaking minority. UNICEF said in {{2023}} that [[more than
    2,200 schools|other;a=UNICEF]] in the North-West and South-West regions were closed, keeping
    [[about 600,000 children|civilians;a=UNICEF]] out of class. The conflict has killed [[more
    than 6,000 people|killed;a=the International Crisis Group]] and displaced [[about
    630,000|displaced;a=the International Crisis Group]] since {{2017}}, according to the
    International Crisis Group. In {{October 2020}}, gunmen killed [[seven pupils|killed]] at a
    school in Kumba, an attack the government blamed on separatists.""",
)

item(
    "Mali villagers accuse army and foreign fighters of killings at wedding",
    """Malian soldiers and foreign fighters killed [[at least 40 civilians|killed;a=local
    officials and a human rights group]] at a wedding in the central village of Djiguibombo on
    Sunday, local officials and a human rights group said. Witnesses told AFP that soldiers
    arriving by helicopter rounded up the guests, separated the men and detained [[about 70 of
    them|arrested;n=-;a=Witnesses]]. Residents later found the bodies of [[37 men|killed]] on the
    edge of the village. [[Another 22|missing;a=Moussa Diallo]] are still unaccounted for, said
    Moussa Diallo, a village chief. The army said in a statement that it had "neutralised" [[18
    terrorists|killed;a=The army]] in an operation in the area and arrested [[11
    suspects|arrested;a=The army]]. UN investigators found in {{2023}} that Malian troops and
    foreign military personnel had killed [[at least 500 people|killed;a=UN investigators]] in
    the town of Moura over {{five days}} in {{March 2022}}. Mali's junta, which took power in
    coups in {{2020 and 2021}}, expelled the UN peacekeeping mission, whose [[roughly 13,000
    troops|combatants]] completed their withdrawal at the end of {{2023}}.""",
)

item(
    "Kenya rights body says 39 killed in protests against finance bill",
    """[[Thirty-nine people|killed;a=the state-funded Kenya National Commission on Human Rights
    (KNCHR)]] were killed during {{two weeks}} of protests against proposed tax rises, the
    state-funded Kenya National Commission on Human Rights (KNCHR) said on Monday. The
    commission said [[361 people|injured;a=The commission;alt=the state-funded Kenya National
    Commission on Human Rights (KNCHR)]] had been injured, [[627|arrested;a=The commission;alt=the
    state-funded Kenya National Commission on Human Rights (KNCHR)]] arrested and
    [[32|missing;a=The commission;alt=the state-funded Kenya National Commission on Human Rights
    (KNCHR)]] reported missing, some of them allegedly abducted by security agents. The toll is
    higher than the [[22 deaths|killed;a=the commission;alt=the state-funded Kenya National
    Commission on Human Rights (KNCHR)]] the commission had reported a week earlier. President
    William Ruto withdrew the bill after protesters stormed parliament on {{June 25}}, when police
    opened fire, killing [[at least 19 people|killed]] in Nairobi alone. The bill sought to raise
    about {{$2.7 billion}} in additional taxes. The interior ministry said [[more than 400 police
    officers|injured;a=The interior ministry]] had been hurt and [[40 to 50 police
    vehicles|other;a=The interior ministry]] damaged during the unrest. The protests were led
    mostly by Kenyans {{under 35}} who organised online, without leaders or parties.""",
)

item(
    "Uganda's Museveni sworn in for sixth term after disputed vote",
    """President Yoweri Museveni, {{76}}, was sworn in for a {{sixth term}} on {{May 12}},
    extending a rule that began in {{1986}}. The electoral commission declared him the winner of
    the {{January 14}} election with {{58.6%}} of the vote, against {{35%}} for his main rival,
    the singer-turned-politician Bobi Wine, {{38}}. Wine rejected the result and said his
    supporters had been intimidated, but he withdrew a petition at the Supreme Court after
    {{three weeks}}, saying the judges were biased. Turnout was {{57%}}, down from {{67%}} in
    {{2016}}, the commission said. The internet was shut down for {{five days}} around the vote,
    and the campaign was marred by the worst unrest in Kampala in more than {{a decade}}. The
    inauguration cost about {{4.5 billion shillings}} ({{$1.2 million}}), according to the
    finance ministry. Museveni has changed the constitution {{twice}} to stay in office, once to
    remove term limits and once to scrap the presidential age cap of {{75}}.""",
)
