"""Items of eval/dev212: Nigeria's abducted schoolchildren and Borno's returnees, the Sahel,
Mozambique and DR Congo, Colombia's ELN and FARC dissidents, Haiti, Venezuela and the southern
Philippines."""

from _wrap import item

item(
    "Gunmen seize pupils and teachers from Catholic school in Niger state",
    """
    Gunmen abducted [[303 pupils|kidnapped;a=Christian Association of Nigeria]] and
    [[12 teachers|kidnapped;a=Christian Association of Nigeria]] from St Mary's Catholic school
    in Papiri in the early hours of Friday, the Christian Association of Nigeria said, in one of
    the largest school kidnappings since Chibok. The school had
    [[more than 600 pupils|civilians]] on its rolls, many of them boarders.
    [[Fifty|kidnapped;a=association;alt=Christian Association of Nigeria]] of the children
    escaped over the weekend and made their way home, the association said. The federal
    government ordered [[47 unity colleges|other;u=structure]] closed as a precaution, and police
    said [[about 200 police and soldiers|combatants;n=police and soldiers;a=police]] had been
    deployed to the forests around the school. On {{8 December}}, the presidency announced that
    [[100 of the pupils|kidnapped;a=presidency]] had been freed.
    """,
)

item(
    "Kankara schoolboys freed six days after abduction",
    """
    [[All 344 schoolboys|kidnapped;a=Aminu Masari]] abducted from the Government Science
    Secondary School in Kankara have been freed, Katsina state governor Aminu Masari said late on
    Thursday. The school had [[more than 800 students|civilians]] when
    [[about 30 gunmen|combatants;a=police]] on motorcycles stormed it on {{11 December}}, police
    said, and [[333|missing;a=police]] were initially listed as unaccounted for.
    [[Two guards|injured]] were wounded in the attack, and residents said the gunmen burned
    [[three houses|housing;a=residents]] near the school. The boys, some of them barefoot and
    exhausted, were brought to the state capital in [[a convoy of 14 buses|other]] on Friday
    morning. The government denied paying a ransom.
    """,
)

item(
    "A decade on, Chibok families still wait",
    """
    Of the [[276 girls|kidnapped;a=Amnesty International]] seized by Boko Haram from their school
    in Chibok in {{April 2014}}, [[about 90|missing;a=Amnesty International]] are still missing,
    according to Amnesty International. [[Fifty-seven|kidnapped]] escaped in the first hours,
    jumping from the trucks. [[Twenty-one girls|kidnapped]] were released in {{October 2016}},
    and [[82 more|kidnapped;n=-;a=Nigerian officials]] in {{May 2017}} in exchange for
    [[five Boko Haram commanders|other;a=Nigerian officials]], Nigerian officials said, with
    Switzerland and the ICRC acting as intermediaries. The freed girls were rehabilitated at a
    government centre in Abuja built for [[about 100 residents|capacity]]. Some of the women,
    now in their late {{20s}}, have refused to leave the men they were forced to marry.
    """,
)

item(
    "Kaduna governor says 137 Kuriga pupils rescued",
    """
    Kaduna state governor Uba Sani said [[137 hostages|kidnapped;a=Uba Sani]] taken from a
    school in Kuriga had been rescued on Sunday, [[76 girls|kidnapped;a=Uba Sani]] and
    [[61 boys|kidnapped;a=Uba Sani]], after {{16 days}} in captivity. Kuriga, a town of
    [[about 5,000 people|civilians]], had been attacked by bandits before. Local officials had
    earlier put the number of abducted at [[287|kidnapped;a=Local officials]]. Residents said
    [[11 houses|housing;a=Residents]] were burned as the gunmen left. UNICEF says
    [[more than 1,680 students|kidnapped;a=UNICEF]] have been abducted from Nigerian schools
    since Chibok. [[About 15 schools|other]] in the district have been shut since the attack.
    The kidnappers had demanded {{1 billion naira}}, a relative said.
    """,
)

item(
    "Borno opens doors to Boko Haram defectors and their families",
    """
    [[About 30,000 fighters|combatants;a=Borno state government]] have surrendered since
    {{2021}}, the Borno state government said, along with
    [[some 130,000 relatives|other;a=Borno state government]], many of them women and children
    who had lived for years under the group. The former Hajj camp in Maiduguri, built to house
    [[5,000 people|capacity]], serves as a transit centre. The state has handed out
    [[12,000 food kits|aid;a=state;alt=Borno state government]] to the returnees, it said, and
    rebuilt [[about 2,000 homes|housing;a=state;alt=Borno state government]] in Bama. Among
    those who came out of the bush were [[at least 40 women|kidnapped]] abducted as girls.
    Victims' groups say the defectors are being resettled faster than the people they drove
    from their villages.
    """,
)

item(
    "ELN frees father of Liverpool footballer after 12 days",
    """
    The National Liberation Army (ELN) freed Luis Manuel Díaz, father of the Liverpool forward
    Luis Díaz, on Thursday, handing him to a commission of the Catholic Church and the UN in the
    Serranía del Perijá after {{12 days}}. The group has freed
    [[three hostages|kidnapped;a=Colombia's ombudsman]] this month, but still holds
    [[at least 30 people|kidnapped;a=Colombia's ombudsman]], according to Colombia's ombudsman.
    The army had deployed [[more than 100 soldiers|combatants;a=army]] in the search, it said.
    The ELN has [[an estimated 5,800 fighters|combatants]]. The País Libre foundation counted
    [[more than 300 people|kidnapped;a=País Libre foundation]] kidnapped in Colombia last year.
    Separately, FARC dissidents released [[12 soldiers|kidnapped]] in Cauca.
    """,
)

item(
    "Soldiers held by villagers in Guaviare released after mediation",
    """
    [[Thirty-four soldiers|kidnapped;a=Defence Ministry]] held for {{three days}} by residents in
    Guaviare were released on Tuesday after mediation by the Ombudsman's Office and the ICRC, the
    Defence Ministry said. A crowd of [[about 600 people|other]] had surrounded the troops. The ministry
    says the crowd was pushed by FARC dissidents. [[Six
    soldiers|injured]] were hurt. In March, [[57 soldiers|kidnapped]] were held in a similar way
    in El Plateado. In Catatumbo, where the ELN attacked dissident strongholds in January,
    [[more than 50,000 people|displaced;a=authorities]] have fled and
    [[at least 80|killed;a=authorities]] have been killed, authorities say. The region has
    [[about 300,000 residents|civilians]], and [[dozens of homes|housing]] were burned.
    """,
)

item(
    "Last of kidnapped missionaries freed in Haiti",
    """
    [[The remaining 12|kidnapped;a=Christian Aid Ministries]] of
    [[17 missionaries|kidnapped;a=Christian Aid Ministries]] abducted by the {{400 Mawozo}} gang
    are free, Christian Aid Ministries said on Thursday, {{two months}} after they were seized
    east of Port-au-Prince. The group, which included
    [[five children|kidnapped]], had been held since {{16 October}}. [[Two|kidnapped]] were
    released in November and [[three|kidnapped]] in early December. The gang had demanded
    {{$1 million}} for each captive. Haitian police say
    [[more than 1,400 people|kidnapped;a=Haitian police]] were kidnapped this year. The UN says
    [[about 5 million Haitians|civilians;a=UN]] need humanitarian aid.
    """,
)

item(
    "Mali frees jihadist prisoners as Pétronin and Cissé come home",
    """
    Malian authorities freed [[about 200 prisoners|other;a=Malian authorities]] suspected of
    links to jihadist groups in the days before the release of
    [[four hostages|kidnapped]], among them the French aid worker Sophie Pétronin, {{75}}, and the
    opposition leader Soumaïla Cissé. [[More than 100|other;a=government]] were flown to Tessalit
    and Niono, the government said. The al-Qaeda-linked JNIM, which held the hostages, has
    [[at least 6,000 fighters|combatants;a=analysts]], analysts estimate. ACLED counted
    [[more than 1,000 Malians|kidnapped;a=ACLED]] abducted by armed groups last year.
    """,
)

item(
    "Red Cross flies surrendered Congolese troops out of Goma",
    """
    The ICRC said it had flown [[more than 1,300 Congolese soldiers|other;a=ICRC]] and police
    who had sheltered at UN bases in Goma to Kinshasa, under an arrangement with the {{M23}} rebels.
    Under talks mediated by Qatar, the government and the {{M23}} have agreed to release
    [[about 1,000 prisoners|other;p]], with the ICRC as intermediary. The UN says
    [[about 2,900 people|killed;a=UN]] were killed in the battle for Goma, and the ICRC said
    hospitals had treated [[about 2,000 wounded|injured;a=ICRC]]. [[Hundreds of homes|housing]]
    were destroyed. The M23 holds [[some 700|arrested;a=rights groups]] in Goma, rights groups believe.
    [[About 400,000 people|displaced]] were forced from camps around the city. The ICRC has
    distributed [[1,300 kits|aid]] of soap and clothing to the freed men.
    """,
)

item(
    "Abu Sayyaf frees Indonesian fishermen",
    """
    [[Three Indonesian fishermen|kidnapped;a=Philippine military]] held by Abu Sayyaf were freed
    in Sulu on Tuesday and handed to Indonesian diplomats in Zamboanga, the Philippine military
    said. They had been seized from a trawler off Sabah in January. Indonesian officials
    said [[between 15 and 20 hostages|kidnapped;a=Indonesian officials]], most of them
    seafarers, were believed to be held elsewhere in the Sulu archipelago, including
    [[seven Malaysian sailors|kidnapped;a=Indonesian officials]]. The militants released
    [[10 Indonesian tugboat crew|kidnapped]] in {{May 2016}}, in a deal brokered by the Sulu
    governor's office, weeks after [[two Canadian hostages|killed]] were beheaded. The army
    estimates the group has [[about 100 fighters|combatants;a=army]] left, against
    [[some 2,000 troops|combatants;a=army]] deployed on Jolo island. Fighting in Patikul this
    month forced [[as many as 300 families|displaced;a=provincial disaster office]] from their
    homes, the provincial disaster office said.
    """,
)

item(
    "Ten Americans freed for 252 Venezuelans deported to El Salvador",
    """
    Venezuela released [[10 Americans|other;a=US State Department]] on Friday, the US State
    Department said, in exchange for [[252 Venezuelans|other]] who had been held for
    {{four months}} in El Salvador's CECOT prison after being deported by the United States.
    The Venezuelans were flown to Caracas on [[two planes|other;u=other]] chartered by the
    state airline Conviasa, and President Nicolás Maduro's government said they would undergo
    medical checks. Caracas also freed [[80 political prisoners|other;a=Foro Penal]],
    according to Foro Penal, which says [[about 800|arrested;a=Foro Penal]] are still jailed.
    CECOT, opened in {{2023}}, was built to hold [[40,000 inmates|capacity]]. US officials said
    [[no more than 20|other;a=US officials]] of the deportees had criminal convictions in the
    United States.
    """,
)

item(
    "Insurgents abduct children in Cabo Delgado",
    """
    Insurgents linked to Islamic State have abducted
    [[more than 120 children|kidnapped;a=Human Rights Watch]] in Cabo Delgado this year, Human
    Rights Watch said, using some as porters and fighters, and
    [[about 600 women and girls|kidnapped;n=women and girls;a=Human Rights Watch]] since the
    insurgency began in {{2017}}. [[Some 80|kidnapped]] have been freed by Rwandan and
    Mozambican forces, and a few have escaped on their own and walked for days to reach
    Pemba. [[About 2,500 Rwandan troops|combatants]] are deployed in the province. In a raid on
    Macomia in May, [[more than 100 homes|housing;a=local officials]] were burned and
    [[eleven people|injured;a=local officials]] wounded, local officials said. The UN said
    [[200-250 families a week|displaced;a=UN]] were still arriving in Mueda, and WFP said it was
    feeding [[about 90,000|aid;a=WFP]] people across the province.
    """,
)

item(
    "Burkina army frees abducted women near Arbinda",
    """
    Burkina Faso's army said it had freed [[66 women and children|kidnapped;n=women and
    children;a=Burkina Faso's army]] abducted by jihadists near Arbinda, including
    [[four babies|kidnapped;a=Burkina Faso's army]], a week after they were seized while
    gathering wild fruit outside the besieged town. They were found on a bus near Tougouri
    during an army patrol and taken to Ouagadougou. Local sources had at first reported
    [[up to 50 women|kidnapped;a=Local sources]] missing, before more came forward. The
    jihadists also torched [[about 30 houses|housing;a=residents]] on the edge of Arbinda, residents said.
    [[Dozens of volunteers|combatants]] of the army's civilian auxiliaries joined the search. [[About 2 million people|displaced;a=UN]] are displaced in Burkina Faso, and
    [[about 800,000|civilians;a=UN]] live in towns under blockade, the UN says. WFP said it had
    airlifted [[100 tonnes|aid;a=WFP]] of food to Djibo this month.
    """,
)

item(
    "Nigerian court jails kidnappers under terrorism law",
    """
    A federal high court in Abuja on {{Monday 3 March}} sentenced a man who negotiated ransoms
    for a kidnapping gang in Kaduna state to {{20 years}} in prison under Section {{24}} of the
    Terrorism (Prevention and Prohibition) Act of {{2022}}, which treats paying or collecting a
    ransom as an act of terrorism. The {{34-year-old}} former motorcycle taxi driver had
    collected {{N10 million}} from a family in {{2023}}, prosecutors said. The judge, Emeka
    Nwite, said the law allowed life imprisonment but took account of his cooperation. The
    trial lasted {{18 months}}, and his lawyer said he would appeal within the {{90 days}}
    allowed.
    """,
)

item(
    "ELN talks resume in Caracas",
    """
    Colombia's government and the National Liberation Army resumed talks in Caracas on
    {{Monday 19 February 2024}}, the {{sixth}} round since negotiations restarted in
    {{2022}}, with the group's pledge to stop kidnapping for ransom at the top of the agenda. A
    {{180-day}} bilateral ceasefire, in force since {{3 August 2023}}, expires in August.
    The ELN, which marks its {{60th}} anniversary in July, says it needs other sources of
    income first. Government figures show kidnapping rose {{45 per cent}} in {{2023}}, the
    steepest increase since the FARC peace accord of {{2016}}. The session opened at
    {{10am}} and ran into the night.
    """,
)
