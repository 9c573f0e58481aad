"""Dadaab: the camps near the Somali border, their closure plans, returns to Somalia, drought
arrivals, registration, rations, floods, cholera and the police operations around them."""

from _wrap import item

item(
    "Kenya says it will close Dadaab, citing threat from al-Shabaab",
    """NAIROBI, {{May 11}} (Reuters) - Kenya will close the Dadaab refugee complex near the
    Somali border, home to [[more than 330,000 people|displaced;a=Interior Minister Joseph
    Nkaissery]], within a year, Interior Minister Joseph Nkaissery said on Wednesday. Nkaissery
    told reporters the camps had become a base for al-Shabaab planners and pointed to the
    attack on Garissa University College in {{2015}}, in which [[148
    people|killed;a=Nkaissery]] died. The government has already disbanded its Department of
    Refugee Affairs, he said. UNHCR said it had helped [[some 15,000 Somalis|returned;a=UNHCR]]
    go home voluntarily since {{December 2014}} and urged Nairobi to keep the process
    voluntary. Nkaissery said [[up to 10,000 refugees a month|returned;p;a=Nkaissery]] would be
    moved across the border once the plan was in place. Kenya also hosts [[about 190,000
    refugees| displaced;a=the agency;alt=UNHCR]] at Kakuma in the north-west, according to the
    agency. Aid groups warned that [[tens of thousands of children|displaced;a=Aid groups]]
    born in the camps had never set foot in Somalia.""",
)

item(
    "Largest road convoy yet leaves Dadaab for Kismayo",
    """DADAAB, Kenya, {{August 8}} (AFP) - [[Twelve buses|other]] carrying [[487 Somali
    refugees|returned]] left Dadaab's Dagahaley camp at dawn on Tuesday, the largest road
    convoy of the voluntary return programme so far. Each returnee receives a cash grant of
    {{$200}} and food for {{six months}}, a UNHCR spokeswoman said. Since the tripartite
    agreement of {{2013}}, [[more than 71,000 refugees|returned;a=UNHCR]] have gone back to
    Somalia, according to UNHCR, most of them by air to Mogadishu and Kismayo. The agency said
    it expected [[another 20,000|returned;p;a=The agency;alt=UNHCR]] to sign up for return
    before the end of the year, though it had suspended flights to Baidoa after a drought there
    displaced [[over 280,000 people|displaced;a=The agency;alt=UNHCR]]. Dadaab's [[three
    remaining camps|capacity;a=camp officials]] now hold [[about 235,000 registered refugees|
    displaced;a=camp officials]], camp officials said.""",
)

item(
    "Drought drives Somalis to the edge of Dadaab's camps",
    """GARISSA, Kenya - [[More than 80,000 Somalis|displaced;a=UNHCR]] have arrived at Kenya's
    Dadaab camps since early {{2021}}, fleeing a drought that has wiped out herds across Gedo
    and Lower Juba, UNHCR said on Friday. Because the government stopped registering new
    arrivals in {{2016}}, most of them live in makeshift shelters on the outskirts of Ifo and
    Dagahaley without food rations, the agency said. MSF said its teams in Dagahaley had
    admitted [[1,143 children|aid;a=MSF]] with severe acute malnutrition in the {{first}}
    {{eight weeks}} of the year, and that [[at least 17 children|killed;a=MSF]] had died. The
    Kenya Red Cross said it had distributed [[4,500 household kits|aid;a=Kenya Red Cross]] and
    was trucking water to [[some 6,000 families|aid;a=Kenya Red Cross]] on the outskirts. In
    Garissa county itself, [[about 350,000 residents|civilians;a=the National Drought
    Management Authority]] need food aid, the National Drought Management Authority estimates.
    Local leaders say [[hundreds of pastoralist families|displaced;a=Local leaders]] from the
    host community have also moved closer to the camps in search of water.""",
)

item(
    "Kenyan police detain thousands in Nairobi sweep after grenade attacks",
    """NAIROBI, {{April 9}} (Reuters) - Kenyan police have detained [[more than 4,000 people|
    arrested;a=police]] in a sweep of Nairobi's mainly Somali Eastleigh district after a series
    of grenade and bomb attacks that killed [[at least 12 people|killed;a=police]] in the
    capital and Mombasa last month, police said. Interior Cabinet Secretary Joseph ole Lenku
    said [[6,000 officers|combatants;a=Interior Cabinet Secretary Joseph ole Lenku]] had been
    deployed in the operation, which he said targeted illegal immigrants and militants. The
    Interior Ministry said [[82 Somalis|returned;a=The Interior Ministry]] had been deported to
    Mogadishu on a chartered flight on Wednesday. UNHCR said [[at least 350 registered
    refugees|arrested;a=UNHCR]] were among those held at Kasarani stadium and that refugees
    living outside the camps had been ordered back to Dadaab and Kakuma. Rights groups said
    [[hundreds of people|arrested;a=Rights groups]] had been held beyond the {{24-hour}} legal
    limit without being charged. A police spokesman said [[about 1,000 refugees|displaced;a=A
    police spokesman]] had already been put on buses to the camps.""",
)

item(
    "Kenyan court blocks government order to shut Dadaab",
    """NAIROBI, {{February 9}} (AP) - Kenya's High Court on Thursday quashed the government's
    decision to close the Dadaab refugee camp, saying it was discriminatory and violated the
    constitution. Justice John Mativo ruled that the directive, issued in {{May 2016}},
    amounted to group persecution and breached Kenya's obligations under the {{1951}} Refugee
    Convention. The government had initially set a deadline of {{November 30}}, then extended
    it by {{six months}} to {{May 2017}}. Interior ministry officials said they would appeal
    within the {{14 days}} allowed. Amnesty International called the judgment historic. The
    case was brought by the Kenya National Commission on Human Rights and the legal aid group
    Kituo Cha Sheria.""",
)

item(
    "Cholera kills six in Dadaab as MSF warns of overflowing clinics",
    """GARISSA, Kenya - A cholera outbreak in Kenya's Dadaab refugee camps has killed [[six
    people|killed;a=Medecins Sans Frontieres]] and [[more than 700|other;a=Medecins Sans
    Frontieres]] have been treated since mid-March, Medecins Sans Frontieres said on Tuesday.
    The charity said its {{90-bed}} treatment centre in Dagahaley was full and that [[about 40
    patients|other;a=The charity;alt=Medecins Sans Frontieres]] were lying on mats outside.
    Hagadera, the largest of the camps with [[some 105,000 residents|displaced]], has recorded
    most of the cases. In parts of Hagadera there is {{one latrine for every 24 people}}, a
    camp health officer said. The Kenya Red Cross said it had deployed [[35 community health
    workers|other;a=Kenya Red Cross]] and handed out [[12,000 bars of soap|aid;a=Kenya Red
    Cross;n=bars;u=other]]. Garissa county health officials said [[11 cases|other;a=Garissa
    county health officials]] had also been confirmed in Dadaab town, where [[about 30,000
    people|civilians;a=Garissa county health officials]] live.""",
)

item(
    "Kenya gives UNHCR two weeks to plan closure of Dadaab and Kakuma",
    """NAIROBI, {{March 24}} (Reuters) - Kenya has given the UN refugee agency {{14 days}} to
    come up with a plan to close the Dadaab and Kakuma camps, which together host [[more than
    410,000 refugees|displaced;a=the Interior Ministry]], the Interior Ministry said on
    Wednesday. Interior Cabinet Secretary Fred Matiang'i said there would be no further
    negotiations. UNHCR said it was concerned about the effect on [[hundreds of thousands of
    refugees|displaced;a=UNHCR]], many of whom were born in the camps. Under a roadmap agreed
    with the government in April, UNHCR said it aimed to help [[some 150,000
    Somalis|returned;p; a=UNHCR]] go home voluntarily before {{June 30, 2022}}, the date set
    for the camps to close. Refugees from East African Community states, [[about 13,000
    people|displaced]] at Kakuma, would be offered residence permits instead. [[About 85,000
    Somalis|returned;a=UNHCR]] have gone home from Dadaab under the voluntary programme since
    {{December 2014}}, UNHCR figures show. Kakuma alone has received [[more than 17,000 new
    arrivals|displaced]] from South Sudan and Burundi this year. Dagahaley's refugee leaders
    said [[dozens of families|displaced;a=Dagahaley's refugee leaders]] who went back to
    Somalia in {{2017}} had since returned to the camp after fighting around Jilib.""",
)

item(
    "WFP cuts rations for Kenya's refugees as funding dries up",
    """NAIROBI - The World Food Programme said on Monday it would cut food rations for [[more
    than 700,000 refugees|aid;a=The World Food Programme]] in Kenya to {{40 percent}} of the
    minimum requirement from July, blaming a shortfall of {{$28 million}}. Refugees in Kakuma
    receive part of their food as cash through the Bamba Chakula programme, which the agency
    said reached [[55,000 households|aid;a=the agency;alt=The World Food Programme]] last
    month. In Dadaab, WFP said it had been distributing [[about 3,200 tonnes of
    food|aid;a=WFP;n=tonnes;u=other]] a month. WFP said it would need [[another 18,000
    tonnes|aid;p;a=WFP]] of food to restore full rations through December. The International
    Rescue Committee said its clinics in Kalobeyei had admitted [[nearly 4,000
    children|aid;a=The International Rescue Committee]] for treatment of acute malnutrition
    this year. Across Turkana county, [[about 450,000 people|civilians;a=the county
    government]] face acute food insecurity, the county government says.""",
)

item(
    "Ifo 2 camp shuts, residents moved to Ifo and Dagahaley",
    """DADAAB, Kenya - UNHCR has closed {{Ifo 2}}, one of the [[five camps|capacity;a=the
    agency;alt=UNHCR]] that made up Kenya's Dadaab complex, and moved its [[last 9,800
    residents|displaced;a=the agency;alt=UNHCR]] to neighbouring Ifo and Dagahaley, the agency
    said. Kambioos, opened for the famine influx of {{2011}}, closed last year, leaving [[three
    camps|capacity]] with [[about 210,000 registered refugees|displaced]]. Officials said
    [[more than 1,600 families|displaced;a=Officials]] had chosen to move within Dadaab, while
    [[1,250 people|returned;a=Officials]] opted to go back to Somalia. The Refugee Affairs
    Secretariat said [[about 2,300 shelters|housing;p;a=The Refugee Affairs Secretariat]] at
    {{Ifo 2}} would be demolished to stop new arrivals settling there. The Norwegian Refugee
    Council said it had built [[420 new shelters|housing;a=The Norwegian Refugee Council]] in
    Dagahaley to take the families.""",
)

item(
    "Kenya resumes registering Somali asylum seekers in Dadaab after long freeze",
    """GARISSA, Kenya, {{February 14}} - Kenya's Department of Refugee Services began
    registering on Monday the [[roughly 130,000 asylum seekers|displaced;a=officials]] who have
    arrived in the Dadaab camps without papers since {{2016}}, officials said. The department
    said it had processed [[8,412 people|displaced;a=The department;alt=Department of Refugee
    Services]] in the {{first}} week. UNHCR said registration would give the newcomers access
    to rations, and that it expected [[as many as 40,000 more|displaced;p;a=UNHCR;n=-]] to
    arrive this year if the drought in southern Somalia continued. Dadaab now hosts [[more than
    390,000 people|displaced;a=the agency;alt=UNHCR]], the agency said, close to its peak of
    [[about 460,000|displaced;a=the agency;alt=UNHCR]] in {{2011}}. The Kenya Red Cross runs
    [[14 reception points|capacity]] on the border roads at Liboi and Amuma. Host community
    leaders in Fafi said [[about 40,000 Kenyans|other;a=Host community leaders in Fafi]] had
    been wrongly registered as refugees during past droughts and were still waiting to be
    removed from the database.""",
)

item(
    "Roadside bomb kills four police officers near Dadaab",
    """GARISSA, Kenya, {{October 12}} (Reuters) - [[Four police officers|killed;a=the Garissa
    county police commander]] were killed and [[two|injured;a=the Garissa county police
    commander]] wounded when their vehicle struck a roadside bomb near the Dadaab refugee camps
    on Wednesday, the Garissa county police commander said. Al-Shabaab said on a website linked
    to the group that it had killed [[seven Kenyan policemen|killed;a=Al-Shabaab]]. Police said
    [[three suspects|arrested;a=Police]] had been arrested in Ifo camp after officers searched
    [[dozens of shelters|other;a=Police]] overnight. The attack came days after the government
    said it would send [[500 more officers|combatants;p;a=the government]] to Garissa county.
    Since {{2015}}, [[at least 30 such attacks|other;a=police;u=other]] have been recorded in
    the county, according to police.""",
)

item(
    "Somalis who went home from Dadaab drift back to the camps",
    """DADAAB, Kenya - Dadaab's refugee leaders say [[more than 3,000
    people|displaced;a=Dadaab's refugee leaders]] who took the voluntary return package since
    {{2015}} have come back to the camps, unable to find work or safety in Kismayo and Baidoa.
    UNHCR said it was aware of the cases and that those who came back would not be registered
    again. Abdi Hassan, {{42}}, went back to Jamame in {{2017}} with his wife and [[six
    children|returned]], and walked back to Dadaab {{13 months}} later. At the Liboi crossing,
    police said they had turned back [[as many as 400 people|returned;a=police]] in January
    alone. UNHCR figures show [[about 88,000 Somalis|returned;a=UNHCR]] have been helped home
    since {{December 2014}}, [[8,900|returned;a=UNHCR]] of them last year. A Norwegian Refugee
    Council survey in Kismayo found that {{four in ten}} returnees had been displaced again.
    Jubaland officials say Kismayo already hosts [[about 60,000 internally displaced
    people|displaced;a=Jubaland officials]] in [[more than 100 camps|capacity;a=Jubaland
    officials]].""",
)

item(
    "Floods swamp Dadaab camps, destroying thousands of shelters",
    """GARISSA, Kenya, {{November 22}} - Floodwater has swept through parts of Kenya's Dadaab
    refugee complex, destroying [[6,000 to 7,000 shelters|housing;a=UNHCR]] and forcing [[more
    than 20,000 refugees|displaced;a=UNHCR]] to move to higher ground, UNHCR said on Wednesday.
    The agency said [[over 1,500 latrines|other;a=The agency;alt=UNHCR]] had collapsed, raising
    the risk of cholera. [[Two children|killed;a=the Kenya Red Cross]] drowned in Dagahaley on
    Monday and [[one man|missing;a=the Kenya Red Cross]] is missing after being swept away near
    Hagadera, the Kenya Red Cross said. Across Garissa county, [[some 35,000 households|
    displaced;a=county officials]] have been displaced by the Tana River bursting its banks,
    county officials said. MSF said it had distributed [[3,000 hygiene kits|aid;a=MSF]] in
    Hagadera. Schools in the camps have been closed, with [[48 classrooms|housing]] under
    water.""",
)

item(
    "Kenya's refugee population passes 800,000",
    """NAIROBI - Kenya is hosting [[823,412 refugees and asylum
    seekers|displaced;a=UNHCR;n=refugees and asylum seekers]], the highest number on record,
    according to UNHCR statistics released on Thursday. Somalis make up {{54 percent}} of the
    total, followed by South Sudanese at {{25 percent}}. Dadaab holds [[about
    415,000|displaced;a=the agency;alt=UNHCR]] and Kakuma and the Kalobeyei settlement [[some
    300,000|displaced;a=the agency;alt=UNHCR]], with [[nearly 110,000|displaced;a=the
    agency;alt=UNHCR]] registered in Nairobi and other towns, the agency said. New arrivals
    averaged [[about 1,800 a week|displaced;a=UNHCR]] over the {{first}} {{six months}} of the
    year, it said. The Department of Refugee Services said it had issued [[more than 14,000
    work permits|other;a=The Department of Refugee Services;u=other]] to refugees since the
    Refugees Act of {{2021}} came into force. Only [[2,406 refugees|displaced]] were resettled
    to third countries last year, down from [[more than 9,000|displaced]] in {{2016}}.""",
)

item(
    "MSF to leave Dagahaley after 28 years",
    """DADAAB, Kenya - Medecins Sans Frontieres said on Tuesday it would leave Dadaab's
    Dagahaley camp by the end of the year, handing its hospital to the Kenya Red Cross after
    {{28 years}}. The charity said the hospital had carried out [[more than 160,000
    consultations|aid;a=The charity;alt=Medecins Sans Frontieres]] and admitted [[about 9,000
    patients|aid;a=The charity;alt=Medecins Sans Frontieres]] last year in a camp of [[some
    70,000 refugees|displaced;a=The charity;alt=Medecins Sans Frontieres]]. The hospital
    employs [[about 400 staff|other]], most of them refugees. At the height of the {{2011}}
    famine, the charity said, its teams were receiving [[1,500 new arrivals a
    day|displaced;a=the charity;alt=Medecins Sans Frontieres]] at Dagahaley. Refugee leaders
    said [[hundreds of patients|civilians;p;a=Refugee leaders]] would now have to travel to
    Garissa for surgery.""",
)

item(
    "Garissa police arrest 87 Somalis travelling without movement passes",
    """GARISSA, Kenya - Garissa police said on Sunday they had arrested [[87 Somali nationals|
    arrested;a=Garissa police]], among them [[31 women|arrested;a=Garissa police]] and [[19
    children|arrested;a=Garissa police]], who had travelled from the border without movement
    passes. The group would be taken to the Dadaab reception centre for screening, the county
    commissioner said. Rights lawyers said [[more than 300 refugees|arrested;a=Rights lawyers]]
    had been arrested in Garissa and Nairobi since January for being outside the camps, and
    that [[at least 40|returned;a=Rights lawyers]] had been deported across the border. Under
    the Refugees Act of {{2021}}, refugees need a pass to leave the camps. UNHCR said [[about
    1,100 movement passes|other;a=UNHCR;u=other]] are issued in Dadaab each month, most of them
    for hospital visits.""",
)

item(
    "Dadaab at 30: a camp that outlived its purpose",
    """DADAAB, Kenya - When the {{first}} tents went up here in {{1991}}, Dadaab was meant to
    last {{a few months}}. More than {{three decades}} later, the complex is older than most of
    the people who live in it, and a {{third generation}} is growing up behind its fences. Aid
    workers say {{about a third}} of its residents were born in the camps. Funding has fallen
    every year since {{2018}}, and the joint appeal for Kenya is only {{31 percent}} funded.
    Halima Abdullahi, {{19}}, was born in Hagadera and has never left Garissa county. She sat
    her secondary school exams in {{November 2023}} and scored a B plus. \"I am Kenyan in
    everything except my papers,\" she said.""",
)
