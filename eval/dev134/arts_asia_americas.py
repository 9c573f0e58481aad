"""Asia and the Americas: Myanmar, Afghanistan, Pakistan, the Philippines, Thailand, India,
Colombia, Mexico and Haiti, with a global analysis, 2017-2025 (11 articles with figures, 1
without)."""

from _wrap import item

item(
    "Junta has killed more than 4,400 civilians since coup, AAPP says",
    """Myanmar's military regime has killed
    [[at least 4,474 civilians|killed;a=the Assistance Association for Political Prisoners (AAPP)]]
    since seizing power on {{February 1, 2021}}, the Assistance Association for Political
    Prisoners (AAPP) said on the {{third anniversary}} of the coup. The Thailand-based rights
    group said
    [[more than 26,000 people|arrested;a=The Thailand-based rights group;alt=the Assistance Association for Political Prisoners (AAPP)]]
    had been arrested over the same period, of whom
    [[19,973|arrested;a=The Thailand-based rights group;alt=the Assistance Association for Political Prisoners (AAPP)]]
    remain in detention. Among them are
    [[about 150 prisoners|arrested;a=the group;alt=the Assistance Association for Political Prisoners (AAPP)]]
    sentenced to death, the group said. The AAPP says it counts only cases it has verified and
    that the real toll is likely to be far higher. The regime disputes the figures and says
    [[more than 5,000 civilians|killed;a=The regime]] have been killed by "terrorists", its term
    for the resistance forces. Data for Myanmar, an independent research group, estimates that
    [[more than 78,000 houses|housing;a=Data for Myanmar]] have been burned down since the coup,
    most of them in Sagaing Region, where troops have torched villages suspected of supporting
    the resistance. The UN says [[2.6 million people|displaced;v=2600000;a=The UN]] are
    displaced inside the country and that [[18.6 million|civilians;v=18600000;a=The UN]] need
    humanitarian assistance, about a third of the population.""",
)

item(
    "Brotherhood Alliance says thousands of junta troops surrendered in Laukkai",
    """The Three Brotherhood Alliance said on Friday that
    [[2,389 junta troops|arrested;a=The Three Brotherhood Alliance]] had surrendered in Laukkai,
    the capital of the Kokang Self-Administered Zone on the Chinese border, including
    [[six brigadier generals|arrested;a=The Three Brotherhood Alliance]]. The alliance said it
    had seized
    [[more than 400 junta outposts|other;a=The alliance;alt=The Three Brotherhood Alliance]] and
    [[more than 1,500 weapons|other;a=The alliance;alt=The Three Brotherhood Alliance]] since
    launching {{Operation 1027}} in late {{October}}, and killed
    [[hundreds of regime troops|killed;a=The alliance;alt=The Three Brotherhood Alliance]].
    The claims could not be independently verified. The junta has acknowledged the loss of
    Laukkai but has not given casualty figures, and state media said the generals would face
    court-martial. The UN said
    [[more than 500,000 people|displaced;a=The UN]] had been displaced in northern Shan State and
    elsewhere since the offensive began. Junta air strikes have killed
    [[at least 90 civilians|killed;a=local rescue groups]] in northern Shan over the same period,
    according to local rescue groups. [[Thousands of residents|displaced]] of Laukkai crossed into
    China during the fighting, and many have yet to return. A ceasefire brokered by Beijing on
    {{January 11}} has largely held in the Kokang area.""",
)

item(
    "Afghan civilian casualties top 10,000 for sixth straight year, UN says",
    """The war in Afghanistan killed
    [[3,403 civilians|killed;a=the UN Assistance Mission in Afghanistan (UNAMA)]] and wounded
    [[6,989|injured;a=the UN Assistance Mission in Afghanistan (UNAMA)]] in {{2019}}, the UN
    Assistance Mission in Afghanistan (UNAMA) said on Saturday, the {{sixth}} year in a row that
    civilian casualties have exceeded
    [[10,000|killed;q=at_least;a=the UN Assistance Mission in Afghanistan (UNAMA)]]. The total
    was down {{5 percent}} from {{2018}}. Since UNAMA began systematic documentation in
    {{2009}}, it has recorded [[more than 100,000 civilian casualties|killed;a=UNAMA]],
    including [[more than 35,000 deaths|killed;a=UNAMA]]. The mission said pro-government forces
    caused
    [[1,149 deaths|killed;a=The mission;alt=the UN Assistance Mission in Afghanistan (UNAMA)]],
    most of them in air strikes and search operations, while anti-government elements, chiefly
    the Taliban, were responsible for {{62 percent}} of all casualties. Air strikes alone killed
    [[545 civilians|killed;a=the report;alt=the UN Assistance Mission in Afghanistan (UNAMA)]],
    [[more than 150|killed;a=the report;alt=the UN Assistance Mission in Afghanistan (UNAMA)]]
    of them children, according to the report. The Taliban rejected the findings as biased. The
    Afghan government stopped publishing military losses in {{2017}}, but President Ashraf Ghani
    said last year that
    [[more than 45,000 members of the security forces|killed;n=members;a=President Ashraf Ghani]]
    had been killed since he took office in {{2014}}.""",
)

item(
    "Pakistan's deadliest year in nearly a decade",
    """Militant violence in Pakistan killed
    [[at least 1,612 people|killed;a=the Center for Research and Security Studies (CRSS)]] in
    {{2024}}, the deadliest year in nearly a decade, according to the Center for Research and
    Security Studies (CRSS). The Islamabad-based think tank said
    [[685 soldiers and police officers|killed;n=soldiers and police officers;a=The Islamabad-based think tank;alt=the Center for Research and Security Studies (CRSS)]]
    were among the dead, along with
    [[927 civilians and militants|killed;n=civilians and militants;a=The Islamabad-based think tank;alt=the Center for Research and Security Studies (CRSS)]].
    Fatalities rose by {{66 percent}} compared with {{2023}}, it said, with Khyber Pakhtunkhwa
    and Balochistan accounting for {{94 percent}} of them. The military's media wing,
    Inter-Services Public Relations (ISPR), said security forces had killed
    [[925 "terrorists"|killed;n=terrorists;a=Inter-Services Public Relations (ISPR)]] in
    [[59,775 intelligence-based operations|other;u=other;a=Inter-Services Public Relations (ISPR)]]
    during the year, and said
    [[383 officers and soldiers|killed;n=officers and soldiers;a=Inter-Services Public Relations (ISPR)]]
    had been killed in those operations. The Pakistani Taliban (TTP) claimed in its own annual
    report to have carried out
    [[more than 1,700 attacks|other;u=other;a=The Pakistani Taliban (TTP)]]. In {{August}},
    coordinated attacks by the separatist Balochistan Liberation Army on highways, police
    stations and a railway bridge killed [[more than 50 people|killed]] in a single day.""",
)

item(
    "Colombia truth commission says conflict killed 450,000",
    """Colombia's armed conflict killed [[450,664 people|killed;a=the country's truth commission]]
    between {{1985}} and {{2018}}, the country's truth commission said in its final report on
    Tuesday, far more than previously thought. Taking under-recording into account, the
    commission said the real toll could be as high as
    [[800,000|killed;q=at_most;a=the commission;alt=the country's truth commission]]. The previous
    reference figure, from the National Centre for Historical Memory, was
    [[262,197 deaths|killed;a=the National Centre for Historical Memory]] between {{1958}} and
    {{2012}}. About {{80 percent}} of the victims were civilians, the commission found. It also
    documented [[121,768 people|missing;a=the country's truth commission]] who were forcibly
    disappeared and [[50,770 kidnapping victims|kidnapped;a=the country's truth commission]], and
    said [[some 7.7 million people|displaced;v=7700000;a=the country's truth commission]] had been
    forced from their homes. The special peace court set up under the {{2016}} peace deal with
    the FARC has separately found that the army killed
    [[at least 6,402 civilians|killed;a=The special peace court]] between {{2002}} and {{2008}}
    and presented them as guerrillas killed in combat to inflate its results, a practice known as
    "false positives". The court also estimates that
    [[18,677 children|combatants;a=The court;alt=The special peace court]] were recruited by the
    FARC over the course of the conflict. President-elect Gustavo Petro, a former guerrilla,
    has promised to carry out the commission's recommendations.""",
)

item(
    "Mexico's review shrinks missing persons count, and families cry foul",
    """Mexico's government said on Thursday that a door-to-door review of the national registry
    of missing persons had found [[16,681 people|other;a=Mexico's government]] listed as missing
    to be alive. Of [[the more than 110,000 people|missing;a=officials]] on the registry, officials
    said, only [[12,377|missing;a=officials]] could be confirmed as missing, while the rest lacked
    enough data to search for them. Relatives and the UN Committee on Enforced Disappearances
    criticised the review as an attempt to shrink an embarrassing number before the {{2024}}
    election. Karla Quintana, who headed the National Search Commission until she resigned in
    {{August}}, defended the registry as the most complete in the country's history. Groups of
    mothers searching for their children have found
    [[thousands of clandestine graves|other;u=other]] across the country, often using only
    shovels and iron rods to probe the ground. The Movement for Our Disappeared in Mexico
    estimates that
    [[more than 52,000 bodies|killed;a=The Movement for Our Disappeared in Mexico]] lie
    unidentified in morgues, cemeteries and forensic centres. In the western state of Jalisco
    alone, [[more than 15,000 people|missing]] are listed as missing, the most of any state.
    Killings have eased only slightly: the national statistics institute (INEGI) recorded
    [[29,675 homicides|killed;a=the national statistics institute (INEGI)]] in {{2023}}, down
    from [[32,223|killed;a=the national statistics institute (INEGI)]] the year before.""",
)

item(
    "Gang violence killed more than 5,600 in Haiti last year, UN says",
    """[[At least 5,601 people|killed;a=the UN human rights office]] were killed in gang violence
    in Haiti in {{2024}}, up from [[4,789|killed;a=the UN human rights office]] in {{2023}}, the
    UN human rights office said on Tuesday. [[A further
    2,212 people|injured;a=the office;alt=the UN human rights office]] were injured and
    [[1,494|kidnapped;a=the office;alt=the UN human rights office]] kidnapped, the office said.
    In one of the worst massacres, in the Wharf Jeremie area of the capital's Cite Soleil
    district in {{December}}, a gang leader ordered the killing of
    [[at least 207 people|killed]] he accused of causing his child's illness through witchcraft.
    The office also said
    [[more than 280 people|killed;a=The office;alt=the UN human rights office]] had been killed in
    alleged summary executions involving police units, and urged the authorities to investigate.
    The International Organization for Migration says
    [[more than 1 million people|displaced;a=The International Organization for Migration]] are
    now displaced in Haiti, {{three times}} as many as a year ago. Kenya has sent
    [[about 400 police officers|combatants]] to lead a UN-backed multinational security mission,
    which was meant to reach [[2,500 personnel|combatants;p]] but remains short of money and
    equipment. Gangs control an estimated {{85 percent}} of Port-au-Prince.""",
)

item(
    "Philippines declares Marawi liberated after five-month battle",
    """Philippine troops have killed [[more than 920 militants|killed;a=the military]] in the
    {{five-month}} battle for Marawi, the military said on Monday, as Defence Secretary Delfin
    Lorenzana declared combat operations over. In all,
    [[165 soldiers and police|killed;n=soldiers and police;a=the military]] were killed, along
    with [[47 civilians|killed;a=the military]] who were executed by the militants or died in
    the crossfire, it said. Troops rescued [[1,780 hostages|kidnapped;a=Lorenzana]] during the
    siege, Lorenzana said. Military officials had estimated that
    [[500 to 1,000 fighters|combatants;a=Military officials]] from the Maute group and other
    Islamic State loyalists took part in the attack on the city in {{May}}.
    [[More than 350,000 people|displaced;a=the social welfare department]] fled Marawi and
    surrounding towns, and [[about 72,000|displaced;a=the social welfare department]] are still
    living in evacuation centres or with relatives, according to the social welfare department.
    The fighting left much of the city's commercial heart in ruins, with
    [[about 3,000 buildings|housing;a=officials]] destroyed, officials estimate. Rebuilding is
    expected to take years and cost at least {{50 billion pesos}}. President Rodrigo Duterte has
    said martial law will remain in force across Mindanao until the end of the year.""",
)

item(
    "War is becoming deadlier again",
    """For two decades after the cold war, the world grew more peaceful. No longer. The world's
    wars killed
    [[about 237,000 people|killed;a=the Uppsala Conflict Data Program (UCDP)]] in {{2022}},
    according to the Uppsala Conflict Data Program (UCDP) at Sweden's Uppsala University, the
    highest figure since the genocide in Rwanda in {{1994}}, when
    [[more than 500,000 Tutsis|killed]] were slaughtered in {{100 days}}. Most of the increase came
    from two wars. In Ethiopia, where the war in Tigray ended in {{November 2022}}, UCDP counted
    [[more than 100,000 battle-related deaths|killed;a=UCDP]]; in Ukraine it counted
    [[more than 81,500|killed;a=UCDP]]. These figures are conservative, because UCDP counts only
    deaths it can attribute to a specific event. It also recorded
    [[55 state-based conflicts|other;u=other;a=UCDP]] in {{2022}}, close to a record. ACLED,
    another monitor, which counts violent events rather than deaths, recorded
    [[more than 147,000 events|other;u=other;a=ACLED]] in {{2023}} and reckons that
    {{one in six}} people now live in places exposed to conflict. Civilians are bearing more of
    the cost. The UN counted [[33,443 civilian deaths|killed;a=The UN]] in armed conflicts in
    {{2023}}, a rise of {{72 percent}}. And the number of people forcibly displaced worldwide has
    reached
    [[117.3 million|displaced;v=117300000;a=the UN refugee agency]], according to the UN refugee
    agency, twice as many as a decade ago.""",
)

item(
    "Twenty years on, Thailand's southern insurgency has killed more than 7,000",
    """The separatist insurgency in Thailand's Muslim-majority southern provinces has killed
    [[7,344 people|killed;a=Deep South Watch]] and wounded [[13,641|injured;a=Deep South Watch]]
    since it flared in {{January 2004}}, according to Deep South Watch, an independent monitor
    based in Pattani. The group has recorded
    [[more than 22,000 incidents|other;u=other;a=The group;alt=Deep South Watch]] over the
    {{two decades}}, from roadside bombs to drive-by shootings of teachers, monks and soldiers.
    Violence has fallen sharply from its peak in {{2007}}, when [[892 people|killed]] were
    killed, to [[116|killed]] last year. The army says it keeps
    [[about 60,000 soldiers, police and rangers|combatants;n=soldiers, police and rangers;a=The army]]
    in the region, where an emergency decree has been renewed every {{three months}} since
    {{2005}}. Insurgents have killed
    [[more than 180 teachers|killed;a=the teachers' federation]] and burned
    [[more than 300 schools|housing;a=the teachers' federation]], the teachers' federation says.
    Peace talks between the government and the Barisan Revolusi Nasional, the main rebel group,
    resumed in {{February}} with Malaysia as facilitator. Residents say the shootings have eased
    but that the checkpoints and arrests under special security laws have not.""",
)

item(
    "Manipur's ethnic violence in numbers, one year on",
    """A year after ethnic violence erupted between the Meitei majority and the mostly Christian
    Kuki-Zo community in India's north-eastern state of Manipur,
    [[at least 221 people|killed;a=the state government]] have been killed, according to the
    state government. Police say
    [[more than 60,000 people|displaced;a=Police]] have been displaced, and that
    [[about 58,000|displaced;a=Police]] are still living in
    [[more than 350 relief camps|capacity;a=Police]]. The government told the Supreme Court in an
    affidavit that [[4,786 houses|housing;a=The government]] had been torched and
    [[386 religious structures|housing;a=The government]] vandalised, among them
    [[254 churches|housing;a=The government]] and
    [[132 temples|housing;u=structure;a=The government]]. Mobs looted
    [[more than 4,000 weapons|other]] from police armouries in the first weeks of the violence,
    and fewer than half have been recovered. [[About 60,000 central security personnel|combatants]]
    have been deployed to the state, patrolling buffer zones between the hill districts and the
    Imphal valley. Internet services were suspended for more than {{200 days}}. Prime Minister
    Narendra Modi has not visited the state since the violence began.""",
)

item(
    "Myanmar junta extends state of emergency for another six months",
    """Myanmar's military regime extended the state of emergency by {{six months}} on Wednesday,
    the {{seventh}} extension since it seized power on {{February 1, 2021}}, state media
    reported. The National Defence and Security Council, meeting in Naypyitaw, approved the move
    on the eve of the emergency's expiry on {{January 31}}. Under the {{2008}} Constitution, a
    state of emergency is limited to {{two years}}, but the junta has cited Article {{425}} to
    justify repeated extensions. Senior General Min Aung Hlaing said an election planned for
    {{December 2025}} would go ahead, though fighting continues across much of the country.
    Opposition groups and Western governments have dismissed the planned vote as a sham. The
    regime controls less than {{40 percent}} of the country's territory, according to a study by
    the Special Advisory Council for Myanmar. The kyat has lost about {{60 percent}} of its value
    against the dollar since the coup. The announcement came {{four years}} after the military
    detained Aung San Suu Kyi, now {{79}}, who is serving a {{27-year}} prison sentence.""",
)
