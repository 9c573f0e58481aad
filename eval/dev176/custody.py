"""Children taken and held: Ukrainian children deported to Russia and brought back, children in
prisons, detention centres and border stations, released and exchanged (9 texts with figures,
1 without)."""

from _wrap import item

item(
    "Ukraine says over 19,000 children deported, only a few hundred returned",
    """Ukraine has confirmed the deportation or forcible transfer of
    [[19,470 children|displaced;a=the government's Children of War portal]] to Russia and occupied
    territories since February {{2022}}, according to the government's Children of War portal, and
    has managed to bring back [[412|returned;n=-;a=the government's Children of War portal]]. It
    also lists [[1,810 children|missing;a=the government's Children of War portal]] as missing.
    Moscow says it has taken in [[more than 700,000 children|displaced;a=Moscow]] from Ukraine,
    describing it as evacuation from a war zone. Researchers at Yale University have identified
    [[at least 40 camps|capacity;a=Researchers at Yale University]] in Russia and Crimea where
    Ukrainian children were held for what they call "re-education." Save Ukraine, a Kyiv-based
    charity, said it had brought back [[31 children|returned;a=Save Ukraine]] from the
    Russian-occupied parts of Kherson Oblast in its latest mission, after their mothers travelled
    through Poland, Belarus and Russia to collect them.""",
)

item(
    "ICC issues arrest warrant for Putin over deported Ukrainian children",
    """THE HAGUE, Netherlands (AP) — The International Criminal Court on Friday issued an arrest
    warrant for Russian President Vladimir Putin, accusing him of responsibility for the unlawful
    deportation of children from Ukraine. Ukrainian officials say
    [[more than 16,000 children|displaced;a=Ukrainian officials]] have been taken to Russia or
    Russian-held areas, and that only [[308|returned;n=-;a=Ukrainian officials]] have been brought
    home. The court also issued a warrant for Maria Lvova-Belova, Russia's commissioner for
    children's rights, who has said she adopted a {{15-year-old}} boy from Mariupol. In {{2022}} she
    said [[more than 350 orphans|displaced;a=Maria Lvova-Belova]] from the Donbas had been placed
    with Russian families. Russia does not recognize the court, and the warrant obliges only the
    court's [[123 member states|other;u=other]] to arrest Putin if he travels to their territory.
    Kyiv says [[at least 464 children|killed;a=Kyiv]] have been killed in the war and
    [[more than 900|injured;n=-;a=Kyiv]] wounded. The Kremlin called the decision "outrageous and
    unacceptable.\"""",
)

item(
    "Nine Ukrainian children reunited with families after Qatari mediation",
    """DOHA (Reuters) - [[Nine Ukrainian children|returned;a=Qatar's foreign ministry]] who had been
    taken to Russia were reunited with their families on Monday under a deal brokered by Qatar,
    Qatar's foreign ministry said. The children, {{aged between 4 and 17}}, crossed into Ukraine
    through Belarus. Qatar has helped return
    [[more than 60 children|returned;a=the ministry;alt=Qatar's foreign ministry]] since it began
    mediating in {{2023}}, the ministry said. Andriy Yermak, head of Ukraine's presidential office,
    said the Bring Kids Back UA initiative had returned [[1,012 children|returned;a=Andriy Yermak]]
    so far. Russian commissioner Maria Lvova-Belova said
    [[26 children|returned;a=Russian commissioner Maria Lvova-Belova]] had been sent back to Russia
    from Ukraine through the same channel. Separately, Russia and Ukraine each released
    [[95 prisoners of war|other;n=prisoners]] on Sunday, in the {{52nd}} exchange of the war.""",
)

item(
    "Palestinian children in Israeli detention at highest level in years",
    """Israel is holding [[more than 270 Palestinian children|arrested;a=Defense for Children
    International - Palestine]] from the occupied West Bank in its prisons, according to Defense for
    Children International - Palestine. [[About 40 of them|arrested;n=-]] are held in administrative
    detention, without charge or trial. Israeli forces arrest [[between 500 and 700 Palestinian
    children a year|arrested;n=children;a=the group;alt=Defense for Children International -
    Palestine]], and military courts can try children from {{the age of 12}}, the group says. Since
    October {{2023}}, Israeli forces have arrested
    [[more than 700 children|arrested;a=the Palestinian Prisoners' Society]] in the West Bank,
    according to the Palestinian Prisoners' Society. Under the truce deal of November {{2023}},
    Israel released [[240 Palestinian prisoners|other]], most of them teenagers, in exchange for
    [[105 hostages|kidnapped]] held in Gaza.""",
)

item(
    "Hundreds of boys trapped in Syrian prison as fighting rages",
    """[[About 700 boys|arrested;a=aid agencies]], some {{as young as 12}}, are trapped inside a
    prison in north-east Syria where Kurdish-led forces have been fighting Islamic State militants
    for {{five days}}, aid agencies have warned. The Syrian Democratic Forces said
    [[about 3,500 IS suspects|arrested;a=The Syrian Democratic Forces]] were being held at the
    Ghwayran prison in Hasakah before the attack. The SDF said
    [[more than 120 militants|killed;a=The SDF]] and [[30 of its fighters|killed;a=The SDF]] had
    been killed. [[About 45,000 people|displaced;a=the UN]] have fled the neighbourhoods around the
    prison, according to the UN. The SDF later said it had moved
    [[more than 100 minors|arrested;a=The SDF]] to another facility.""",
)

item(
    "Air strike on Libyan migrant detention centre kills dozens",
    """TRIPOLI (Reuters) - An air strike hit a detention centre for migrants in Tajoura, east of
    Tripoli, late on Tuesday, killing [[at least 46 people|killed;a=the United Nations]], including
    [[four children|killed;a=the United Nations]], the United Nations said.
    [[More than 130 people|injured]] were wounded. The centre held [[about 600 migrants|arrested]],
    most of them from Eritrea and Sudan. The UN refugee agency says [[some 5,800 refugees and
    migrants|arrested;n=refugees and migrants;a=The UN refugee agency]] are held in official
    detention centres across Libya, including
    [[more than 700 children|arrested;a=The UN refugee agency]]. The eastern-based forces of Khalifa
    Haftar, which have been trying to seize Tripoli since April, denied carrying out the strike. The
    agency has evacuated [[more than 2,900 people|displaced]] from Libya to Niger and Rwanda since
    {{2017}}.""",
)

item(
    "Children held for weeks at Texas border station, lawyers say",
    """EL PASO, Texas (AP) — Lawyers who visited the station said [[about 250 infants, children and
    teens|arrested;n=infants, children and teens;a=Lawyers who visited the station]] were being held
    at a Border Patrol station in Clint, Texas, some of them for {{three weeks}}, far beyond the
    {{72-hour}} limit. The station was built to hold [[104 migrants|capacity]]. Older children were
    caring for toddlers, and some had not been able to wash for days, the lawyers said. On Monday,
    [[more than 200 of them|displaced;n=-]] were transferred to Department of Health and Human
    Services shelters. [[More than 144,000 migrants|displaced;a=the government]] crossed the
    southern border in May, including
    [[about 11,500 unaccompanied children|displaced;a=the government]], the government said.""",
)

item(
    "Nigeria's military held thousands of children over suspected Boko Haram ties, UN says",
    """[[More than 3,500 children|arrested;a=the United Nations]] were detained by Nigeria's
    military between January {{2013}} and March {{2019}} for suspected links to Boko Haram and other
    armed groups, the United Nations said. [[About 1,600 of them|arrested;n=-]] were girls. The
    military released [[183 children|arrested]] to UNICEF in Maiduguri last October. Human Rights
    Watch said children were held at Giwa barracks, crammed into cells with
    [[as many as 300 other detainees|arrested;a=Human Rights Watch]]. UNICEF said it had helped
    [[more than 2,200 children|aid;a=UNICEF]] released from military detention in the northeast with
    counselling, schooling and job training. Amnesty International has said
    [[at least 149 detainees|killed;a=Amnesty International]], including
    [[12 children|killed;a=Amnesty International]], died in Giwa barracks in {{2016}} alone.""",
)

item(
    "LHC seeks report on juveniles held in adult jails",
    """LAHORE: The Lahore High Court on Monday directed the Punjab prisons department to submit a
    report on the implementation of the Juvenile Justice System Act, {{2018}}, which bars the
    detention of anyone {{under 18}} in adult prisons. The petitioner's counsel argued that the
    province had failed to set up the juvenile courts required by the law in {{six years}}. The age
    of criminal responsibility in Pakistan was raised from {{seven}} to {{10}} in {{2016}}. The
    court adjourned the hearing till {{March 14}}.""",
)

item(
    "UNICEF says children killed in Bangladesh protest crackdown",
    """DHAKA (AFP) - [[At least 44 children|killed;a=UNICEF]] were killed during weeks of protests
    that began against a job quota system and turned into a nationwide uprising, UNICEF said Friday.
    The youngest was {{four years old}}. Police detained
    [[hundreds of children|arrested;a=the agency;alt=UNICEF]], some of whom were held with adults,
    the agency said. In all, [[more than 300 people|killed;a=an AFP tally]] were killed and
    [[more than 10,000|arrested;n=-;a=an AFP tally]] arrested, according to an AFP tally of police
    and hospital figures. Doctors at one Dhaka hospital said they had treated
    [[about 400 people|injured;a=Doctors at one Dhaka hospital]] for eye wounds from pellets. The
    quota reserved {{30%}} of government jobs for descendants of veterans of the {{1971}}
    independence war. Rights groups say [[at least 20 students|missing;a=Rights groups]] are still
    unaccounted for. Schools reopened on Sunday after being closed for {{five weeks}}.""",
)
