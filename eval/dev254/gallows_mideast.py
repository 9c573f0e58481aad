"""dev254 items: Iran, Saudi Arabia and Iraq."""

from _wrap import item

item(
    "Iran's hangings reach highest level in a decade, monitor says",
    """Iran executed [[at least 975 people|killed;a=Iran Human Rights]] in {{2024}}, the highest
    annual total recorded since {{2015}}, Norway-based Iran Human Rights said on Thursday.
    [[Thirty-one women|killed;a=the group;alt=Iran Human Rights]] were among those hanged, the
    group said, and [[503 people|killed]] went to the gallows for drug offences alone. Iranian
    authorities officially acknowledged only [[93|killed;a=Iranian authorities]] of the
    executions, leaving the rest to be confirmed through relatives, lawyers and fellow
    prisoners. Amnesty International, using a stricter method, counted [[at least 972
    executions|killed;a=Amnesty International]] in the country over the same period. The group
    estimates that [[more than 3,000 prisoners|arrested;a=The group;alt=Iran Human Rights]] are
    on death row across the country, many of them held in Ghezel Hesar near Karaj. "Behind
    every one of these numbers is a family that was told nothing until the body was ready for
    collection," its director said. Executions rose sharply in the {{last quarter}} of the year,
    with [[about 160 hangings|killed;a=the group;alt=Iran Human Rights]] in October, the group
    said.""",
)

item(
    "Eighteen months of protest: the toll of Iran's crackdown",
    """Security forces killed [[at least 551 protesters|killed;a=Iran Human Rights]] during the
    unrest that followed the death in custody of Mahsa Amini in September {{2022}}, Iran Human
    Rights said, among them [[68 children|killed;a=Iran Human Rights]]. An estimated [[20,000
    people|arrested]] were detained in the first {{three months}}, according to rights
    groups, and the judiciary said it had charged [[more than 2,000|arrested;a=the judiciary]]
    in Tehran province alone. Doctors told the Guardian they had treated [[more than 580
    people|injured;a=Doctors]] for eye wounds from pellets fired at close range, while
    [[thousands|injured]] more were hurt by batons and birdshot. [[Ten men|killed;a=Amnesty
    International]] have since been hanged in connection with the protests, Amnesty
    International said on {{16 September 2024}}, the {{second anniversary}} of her death. In
    February {{2023}}, Supreme Leader Ali Khamenei approved an amnesty that the judiciary said
    covered [[tens of thousands of detainees|other;a=the judiciary]].""",
)

item(
    "Zahedan's 'Bloody Friday': families still wait for answers",
    """Security forces opened fire on worshippers leaving Friday prayers in Zahedan on {{30
    September 2022}}, killing [[at least 96 people|killed;a=Amnesty International]], Amnesty
    International said, including [[10 boys|killed;a=Amnesty International]]. [[More than 300
    people|injured]] were wounded in the shooting and the raids that followed, according to
    the Baluch rights group Haalvsh. The city, home to an estimated [[700,000 people|civilians]],
    was placed under heavy security for weeks. Haalvsh said the whereabouts of [[at least 14
    detainees|missing;a=Haalvsh]] arrested that day remained unknown {{two years}} later. A
    revolutionary court has since sentenced [[three Baluch men|arrested]] to death over the
    unrest, and one of them, {{22-year-old}} Ebrahim Narouie, was hanged in the spring of
    {{2025}}. Officials have not published any figure for the dead.""",
)

item(
    "Afghans on Iran's death row as deportations soar",
    """Iran hanged [[at least 80 Afghan nationals|killed;a=Iran Human Rights]] in {{2024}},
    nearly {{three times}} the number a year earlier, Iran Human Rights said, most of them
    convicted of drug trafficking. Lawyers say [[hundreds of Afghans|arrested;a=Lawyers]]
    remain on death row in prisons in Khorasan and Sistan-Baluchestan provinces. The
    executions have come as Tehran steps up expulsions: the International Organization for
    Migration said [[more than 1.5 million Afghans|returned;a=the International Organization
    for Migration]] returned or were deported from Iran in {{2025}}, among them [[about
    500,000|returned;a=the International Organization for Migration]] in the {{four weeks}}
    after the war with Israel in June. At the Islam Qala crossing, aid agencies handed out
    hot meals to [[30,000 people a day|aid]] at the peak, and the UN refugee agency said it
    expected [[another 2 million|returned;a=the UN refugee agency;p]] to be sent back in
    {{2026}}. "Many of those we meet left a brother or a son in an Iranian prison," an IOM
    official said.""",
)

item(
    "Saudi Arabia executes 81 men in a single day",
    """Saudi Arabia executed [[81 men|killed;a=the Saudi Press Agency]] on Saturday for
    offences including terrorism and "deviant beliefs", the Saudi Press Agency said, the
    largest mass execution in the kingdom's modern history. Among them were [[37 Saudi
    nationals|killed;a=the agency;alt=the Saudi Press Agency]] convicted in a single case of
    plotting to kill security officials, the agency said, as well as [[seven Yemenis|killed;a=the agency;alt=the Saudi Press Agency]]
    and [[one Syrian|killed;a=the agency;alt=the Saudi Press Agency]]. The rights group Reprieve said [[at least 41|killed;a=Reprieve]]
    of those put to death were Shia Muslims from the Eastern Province. The kingdom had put
    [[67 people|killed]] to death in the whole of {{2021}}. According to Reprieve, [[at least
    three|killed;a=Reprieve]] of the men were arrested as teenagers. Crown Prince
    Mohammed bin Salman told The Atlantic days earlier that the kingdom had "got rid of" the
    death penalty except for murder and cases covered by Islamic law.""",
)

item(
    "Tribesmen sentenced to death over Neom evictions",
    """A Saudi court has upheld death sentences against [[three members|arrested;a=ALQST]] of
    the Huwaitat tribe who refused to leave land cleared for the Neom megacity, the London-
    based group ALQST said. [[Five other tribesmen|arrested;a=ALQST]] were handed prison terms
    of between {{27 and 50 years}}, it said. The group said [[more than 20,000
    people|displaced;a=The group;alt=ALQST]] were moved from the villages of Sharma, Gayal and
    Al-Khuraybah to make way for the project, and that [[dozens of homes|housing;a=The
    group;alt=ALQST]] were demolished before compensation was agreed. A tribal elder who
    filmed videos against the evictions, Abdul Rahim al-Huwaiti, was shot dead by security
    forces in April {{2020}}. Neom's developers say affected residents received
    compensation of up to {{1 million riyals}}. The company expects the first phase to house
    [[around 9,000 residents|capacity;a=The company;alt=Neom;p]] by {{2030}}.""",
)

item(
    "Iraq hangs 21 convicts at Nasiriyah prison",
    """Iraq executed [[21 men|killed;a=the justice ministry]] convicted of terrorism at Nasiriyah
    central prison on Monday, the justice ministry said, bringing the number hanged in the
    country since January to [[at least 63|killed;a=the justice ministry]]. The men were
    sentenced under {{Article 4}} of the {{2005}} anti-terrorism law, which carries a mandatory
    death sentence for membership of a terrorist group. Amnesty International said [[some 8,000
    prisoners|arrested;a=Amnesty International]] were believed to be on death row in Iraq, many
    convicted after trials lasting {{a few minutes}} and on the basis of confessions
    extracted under torture. The prison, known locally as al-Hut (the whale), was built to hold
    [[about 2,500 inmates|capacity;a=lawyers]] but holds [[more than 12,000|arrested;a=lawyers]], lawyers
    said. [[About 150 relatives|other]] of prisoners gathered outside the gates after
    rumours spread that more executions were planned.""",
)

item(
    "Iraq tries foreign Islamic State suspects handed over from Syria",
    """Iraqi courts have begun trying [[more than 2,000 suspected Islamic State
    members|arrested;a=the Supreme Judicial Council]] transferred from prisons run by the
    Kurdish-led Syrian Democratic Forces, the Supreme Judicial Council said on Sunday. They
    include [[13 French citizens|arrested]], [[11|arrested]] of whom were sentenced to
    death in {{2019}} after hearings that lasted less than {{an hour}} each. The SDF still
    holds [[about 9,000 IS fighters|arrested;a=SDF commanders]] in [[some two dozen detention
    facilities|other;a=SDF commanders]], guarded by [[roughly 3,000 of its own troops|combatants;a=SDF commanders]],
    SDF commanders say. Baghdad has also brought home [[some 3,100 Iraqi
    families|returned;a=the migration ministry]] from al-Hol camp since {{2021}}, the
    migration ministry said, and plans to repatriate [[the remaining 15,000
    Iraqis|returned;a=the migration ministry;p]] by the end of {{2027}}. Rights groups say
    defendants are routinely denied access to lawyers.""",
)

item(
    "Iran arrests thousands, hangs alleged spies after war with Israel",
    """Iranian police have arrested [[21,000 people|arrested;a=a police spokesman]] since the
    start of the {{12-day}} war with Israel in June, a police spokesman said on state
    television, accusing many of spying or of filming sensitive sites. The judiciary said
    [[six men|killed;a=The judiciary]] convicted of working for Israel's Mossad had been hanged
    since the ceasefire. Israeli strikes on Evin prison in Tehran on {{23 June}} killed [[79
    people|killed;a=judiciary spokesman Asghar Jahangir]], including inmates, guards and
    visiting relatives, judiciary spokesman Asghar Jahangir said. [[Hundreds of
    prisoners|displaced]] were moved to Qarchak and Greater Tehran prisons after the
    strike, and relatives said [[dozens|missing;a=relatives]] could not be traced for weeks.
    Over the same period, Iran deported [[more than 500,000 Afghans|returned;a=the UN refugee
    agency]], the UN refugee agency said. Amnesty International warned that [[at least 100
    detainees|arrested;a=Amnesty International]] faced espionage charges that carry the
    death penalty.""",
)

item(
    "Inside Ghezel Hesar, Iran's busiest execution site",
    """Ghezel Hesar prison in Karaj, west of Tehran, was built in the {{1960s}} for [[about
    10,000 inmates|capacity;a=former prisoners]] and now holds [[close to 20,000|arrested;a=former
    prisoners]], former prisoners told AFP. [[At least 240 men|killed;a=Iran Human
    Rights]] were hanged there in {{2025}}, according to Iran Human Rights, more than at any
    other site in the country. On a single day in August, [[29 prisoners|killed;a=relatives]] were
    executed in the prison's {{Unit 2}}, relatives said. Inmates have held a weekly hunger
    strike every Tuesday since January {{2024}}, a campaign the organisers say has spread to
    [[more than 50 prisons|other;u=structure]] across Iran. The International Committee of the
    Red Cross, which is not allowed to visit, has sent [[4,000 hygiene kits|aid;a=an ICRC spokesperson]] through the
    Iranian Red Crescent, an ICRC spokesperson said. "They take them in groups of {{eight or
    ten}} before dawn," said a man released in {{2023}}.""",
)

item(
    "Evin fire: eight inmates dead, dozens hurt, officials say",
    """A fire and clashes at Tehran's Evin prison late on Saturday killed [[eight
    inmates|killed;a=the judiciary]] and injured [[61 others|injured;a=the judiciary]], the
    judiciary said, revising an earlier toll of [[four dead|killed;a=the judiciary]]. Officials blamed a brawl
    among prisoners convicted of financial crimes, but families of political detainees said
    gunfire and explosions could be heard for {{several hours}}. State television
    said [[about 40 prisoners|other;a=State television]] had tried to escape through a minefield on the
    northern side. [[Hundreds of relatives|other;a=witnesses]] gathered at the main gate overnight,
    witnesses said. Evin holds [[several hundred political prisoners|arrested;a=former detainees]] among
    [[roughly 15,000 inmates|arrested;a=former detainees]], according to former detainees.""",
)

item(
    "Iraq's amnesty law expected to free thousands, opens old wounds",
    """Iraq's parliament passed a general amnesty law on {{21 January 2025}} that officials
    expect will lead to the release of [[tens of thousands of prisoners|other;a=officials;p]],
    many of them Sunni Arabs convicted under the anti-terrorism law. The justice ministry said
    [[more than 20,000 inmates|other;a=The justice ministry]] had applied for review in the
    first {{month}}, and that [[2,118|other;a=The justice ministry]] had already walked free.
    Sunni lawmakers argue that confessions obtained under torture sent [[thousands of
    men|arrested]] to prison after the war against Islamic State. Shia parties fought the bill,
    saying it could free people responsible for the {{2014}} Camp Speicher massacre, in which
    [[about 1,700 air force cadets|killed;a=survivors' families]] were killed, according to
    survivors' families. Iraq's prisons hold [[roughly 60,000 people|arrested;a=the
    ministry;alt=The justice ministry]], the ministry says, in facilities designed for [[about
    25,000|capacity;a=the ministry;alt=The justice ministry]].""",
)

item(
    "Iranian Kurdish exiles in Iraq fear execution drive back home",
    """Iran has hanged [[at least 88 Kurdish prisoners|killed;a=the Hengaw rights group]] this
    year, the Hengaw rights group said, many of them convicted of membership of armed
    opposition parties based across the border in Iraq. Those parties, which keep [[between
    1,000 and 2,000 armed members|combatants;a=Iraqi Kurdish officials]] in camps around Koya
    and Erbil according to Iraqi Kurdish officials, were hit by Iranian drones and missiles in
    September {{2022}}, attacks that killed [[13 people|killed]] and wounded [[58|injured]].
    [[About 600 families|displaced;a=the UN refugee agency]] of Iranian Kurds were moved out
    of the camps after the strikes, the UN refugee agency said. Under a security pact signed
    in {{2023}}, Baghdad agreed to disarm the groups and relocate them away from the border,
    and it says [[more than 40 positions|other;a=Baghdad]] have since been emptied. "If they send me
    back, I will be one more name on the list," said a {{31-year-old}} former fighter in
    Koya.""",
)

item(
    "Foreign workers bear the brunt of Saudi drug executions",
    """Saudi Arabia put [[at least 345 people|killed;a=an AFP tally]] to death in {{2024}},
    according to an AFP tally based on official announcements, a record for the kingdom for a
    {{third}} straight year. [[Nearly 130|killed]] of them had been convicted of drug
    offences, and {{more than half}} of those were foreign nationals, among them [[21
    Pakistanis|killed;a=Reprieve]] and [[a dozen Somalis|killed;a=Reprieve]], Reprieve said.
    The London-based group said [[at least 26 Egyptians|arrested;a=The London-based
    group;alt=Reprieve]] were awaiting execution in Tabuk prison on drug charges, most of them
    fishermen and labourers. At the same time the kingdom has stepped up deportations of
    irregular migrants: the interior ministry said [[more than 11,000
    Ethiopians|returned;a=the interior ministry]] were flown back to Addis Ababa in a {{single
    week}} in {{2025}}. Ethiopian officials said they expected [[about 70,000 more|returned;a=Ethiopian
    officials;p;n=-]] to arrive under a repatriation deal. A Pakistani embassy official said
    families were typically informed only after the hanging, and had {{30 days}} to claim the
    body.""",
)

item(
    "Trial of Islamic State members over Yazidi abductions opens in Baghdad",
    """An Iraqi court opened the trial on Tuesday of [[nine suspected Islamic State
    members|arrested;a=the Supreme Judicial Council]] accused of taking part in the abduction
    of Yazidi women and girls from Sinjar in August {{2014}}, the Supreme Judicial Council
    said. Islamic State fighters abducted [[about 6,400 Yazidis|kidnapped;a=the Kurdistan
    Regional Government's office for abductees]] that summer, according to the Kurdistan
    Regional Government's office for abductees, which says [[some 2,600|kidnapped;a=the
    Kurdistan Regional Government's office for abductees]] are still unaccounted for. Another
    [[3,500 women and children|kidnapped;n=women and children]] have been rescued or bought
    back from captivity since {{2015}}. Most of the defendants were arrested in al-Hol camp in
    Syria and handed over in {{2024}}. The court has already sentenced [[at least 14 IS
    members|arrested]] to death for crimes against Yazidis, among them a man convicted under
    {{Article 4}} for holding [[five women|kidnapped]] as slaves in Mosul. In Sinjar, [[more
    than 180,000 Yazidis|displaced;a=the International Organization for Migration]] still live
    in camps in Duhok province, the International Organization for Migration said.""",
)

item(
    "Iran's penal code: what 'corruption on earth' means",
    """Many of the protest-related death sentences handed down since {{2022}} rest on {{Article
    286}} of Iran's Islamic Penal Code, adopted in {{2013}}, which defines "corruption on earth"
    as crimes that seriously disrupt public order. A second charge, moharebeh, or "enmity
    against God", is set out in {{Articles 279 to 285}}. The law sets the age of criminal
    responsibility at {{15 lunar years}} for boys and {{nine lunar years}} for girls, about
    {{14 years and seven months}} and {{eight years and nine months}} in the Western calendar.
    Families of murder victims may demand retribution, or accept blood money, set for {{2025}}
    at {{1.8 billion tomans}}. A {{2017}} amendment to the anti-narcotics law raised the
    threshold for a mandatory death sentence to {{50 kilograms}} of opium or {{two kilograms}}
    of heroin.""",
)

item(
    "Saudi man arrested at 17 executed after decade on death row",
    """Saudi Arabia executed a man on Tuesday who was arrested at the age of {{17}} in {{2012}}
    for taking part in protests in the Eastern Province, the interior ministry said. Abdullah
    al-Derazi, now {{29}}, was convicted by the Specialised Criminal Court in {{2018}} after
    {{six years}} in pre-trial detention, much of it in solitary confinement. His appeal was
    rejected in {{2022}}. The statement, issued at {{10:30}} local time, said the sentence was
    carried out in Dammam. A UN working group had found his detention arbitrary in {{2021}}
    and urged Riyadh to annul the verdict under {{Article 37}} of the Convention on the Rights
    of the Child.""",
)
