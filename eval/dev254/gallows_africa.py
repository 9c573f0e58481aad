"""dev254 items: Egypt, Somalia, the Houthi courts in Yemen, DR Congo and Nigeria."""

from _wrap import item

item(
    "Egyptian judge sentences 529 to death after two sessions",
    """A court in the southern Egyptian city of Minya sentenced [[529 supporters|arrested]] of
    ousted President Mohamed Morsi to death on Monday after a trial that lasted {{two
    sessions}}, in what Amnesty International called the largest single batch of death
    sentences it had seen in recent years. The defendants were accused of killing a police
    officer and attacking a police station in the town of Mattay in August {{2013}}. Only
    [[about 150|arrested;a=defence lawyers]] of them are in custody, defence lawyers said; the
    rest were tried in absentia. Lawyers said they were barred from presenting their case and
    that [[only 16 defendants|other;a=Lawyers]] were acquitted. A month later the same judge
    referred the cases of [[683 more people|arrested]], among them the Muslim Brotherhood's
    supreme guide Mohamed Badie, to the Grand Mufti, the step that precedes a death sentence.
    After the mufti's opinion, [[37|arrested]] of the first group had their death sentences
    confirmed and [[492 others|other]] had them commuted to life in prison.""",
)

item(
    "Mass trial over Rabaa sit-in ends with 75 death sentences",
    """A Cairo criminal court on Saturday sentenced [[75 people|arrested;a=judicial
    sources]] to death and [[47 others|arrested;a=judicial sources]] to life in prison over the
    {{2013}} sit-in at Rabaa al-Adawiya square, judicial sources said. In all, [[739
    defendants|arrested]] were tried together in the case, which took {{five years}} to reach a
    verdict. Among them was photojournalist Mahmoud Abu Zeid, known as Shawkan, who was given
    {{five years}} and is expected to be freed within days having already served that time.
    No member of the security forces has been charged over the dispersal of the sit-in, in
    which Human Rights Watch says [[at least 817 protesters|killed;a=Human Rights Watch]] were
    killed in a single day. The health ministry said at the time that [[more than 4,000
    people|injured;a=The health ministry]] were wounded, while the interior ministry put the
    number of police killed at [[eight|killed;a=the interior ministry]]. The court also
    ordered that [[215|other]] of the defendants be placed under police supervision for
    {{five years}} after their release.""",
)

item(
    "Rights groups count thousands of enforced disappearances in Egypt",
    """The Egyptian Commission for Rights and Freedoms said it had documented [[3,532 cases|missing;u=person;a=The Egyptian Commission for Rights and Freedoms]] of
    enforced disappearance between
    {{2015}} and {{2023}}, most of them people held incommunicado for weeks or months before
    appearing before state security prosecutors. [[At least 59|killed;a=the group;alt=The
    Egyptian Commission for Rights and Freedoms]] of those disappeared were later reported
    killed in what police described as shootouts, the group said. [[Around 300 people|missing]]
    remain missing, according to the Stop Enforced Disappearance campaign. Human Rights Watch
    estimates that Egypt holds [[as many as 60,000 political prisoners|arrested;a=Human Rights
    Watch]]. A government-appointed committee said it had helped secure the release of [[more
    than 1,500 detainees|other;a=A government-appointed committee]] since {{2022}}, but rights
    groups say [[more than 4,000|arrested;a=rights groups]] were newly detained over the same
    period. The interior ministry denies that enforced disappearances occur.""",
)

item(
    "Egypt opens giant prison complex as older jails close",
    """Egypt has opened a new prison complex at Badr, east of Cairo, that the interior ministry
    says can hold [[up to 30,000 inmates|capacity;a=the interior ministry]], part of a plan to
    replace [[12 older prisons|other;u=structure;a=the interior ministry]] including the notorious Tora complex. A
    second complex at Wadi el-Natrun, north-west of the capital, has room for [[about 25,000
    prisoners|capacity;a=state media]], according to state media. The ministry says the facilities offer
    better medical care, but rights groups say [[at least two detainees|killed;a=rights groups]] held at Badr died in
    the {{first year}} and that [[dozens of prisoners|other;a=rights groups]] went on hunger
    strike over conditions. The ministry plans to build [[eight more prisons|other;u=structure;a=The
    ministry;p]] by {{2030}}. Relatives of [[300 to 400 Tora inmates|arrested;a=Relatives]]
    transferred to Badr said they were not told of the move for weeks. Egypt's prison
    population is estimated at [[about 120,000|arrested;a=the Arab Network for Human Rights
    Information]] by the Arab Network for Human Rights Information.""",
)

item(
    "Sinai residents tried in military courts as Rafah is razed",
    """Egypt's military courts have tried [[more than 7,400 civilians|arrested;a=Human Rights
    Watch]] since a {{2014}} decree placed public property under army jurisdiction, Human Rights
    Watch said, many of them from North Sinai. The army demolished [[at least 3,255
    buildings|housing;a=the rights group;alt=Human Rights Watch]] in Rafah between {{2013}} and {{2015}} to create a
    buffer zone along the Gaza border, according to the rights group's analysis of satellite
    imagery, and [[about 3,200 families|displaced;a=the governorate]] were moved out, the
    governorate said. Residents said [[hundreds more homes|housing]] were levelled in {{2020}}
    and {{2021}}. The army said its campaign against the Islamic State affiliate Sinai Province
    had killed [[more than 1,000 militants|killed;a=The army]]. In one military trial in
    Ismailia, [[30 men|arrested]] from Sheikh Zuweid were sentenced to death for attacks on
    checkpoints.""",
)

item(
    "Somali military court executes five al-Shabaab members",
    """[[Five men|killed;a=a military court spokesman]] convicted of belonging to al-Shabaab were executed by firing squad in Mogadishu
    on Sunday, a military court spokesman said. The men had been found guilty of planning
    bomb attacks that killed [[at least 20 people|killed;a=the spokesman]] in the capital in
    {{2023}}, the spokesman said. Somalia's armed forces court has sentenced [[more than 100
    people|arrested;a=the UN]] to death since {{2015}}, according to the UN, and carried out
    [[at least 60|killed;a=the UN]] of those sentences. The executions took place at a police
    academy in front of [[about 200 onlookers|other;a=witnesses]], witnesses said, while [[some
    300 soldiers|combatants;a=witnesses]] and police sealed off the area. Human rights groups say military
    courts should not try civilians. Al-Shabaab, which the UN says has [[between 7,000 and
    12,000 fighters|combatants;a=the UN]], often stages attacks on the anniversary of
    executions.""",
)

item(
    "Puntland court sentences Islamic State fighters captured in Cal Miskaad",
    """A military court in Bosaso sentenced [[12 Islamic State fighters|arrested;a=the Puntland
    information ministry]] to death on Wednesday, among them [[seven foreign
    nationals|arrested;a=the Puntland information ministry]], the Puntland information
    ministry said. The men were captured during an offensive in the Cal Miskaad mountains in
    which Puntland deployed [[more than 2,000 troops|combatants;a=Puntland officials]],
    according to Puntland officials, backed by US air strikes. Officials said [[nearly 400
    militants|killed;a=Officials]] had been killed and [[150 others|arrested;a=Officials]]
    captured since the campaign began in December {{2024}}. The fighting forced [[some 4,500
    families|displaced;a=the UN humanitarian office]] from villages in the Bari region, the UN
    humanitarian office said, and [[about 1,100|returned;a=the UN humanitarian office]] of them have gone back since the
    army cleared the valleys. Aid agencies delivered [[2,300 food baskets|aid]] to the
    displaced in Qandala district.""",
)

item(
    "Al-Shabaab's courts: public executions and abductions in the countryside",
    """Al-Shabaab publicly executed [[four men|killed;a=residents]] accused of spying for the
    Somali government and the CIA in the town of Jilib on Friday, residents said, in front of
    [[hundreds of people|other]] ordered to attend. The group's courts have executed [[at least
    45 people|killed;a=the UN]] in the past year, according to the UN, most of them by firing
    squad. Residents said the militants had also abducted [[17 clan elders|kidnapped;a=Residents]]
    who refused to collect taxes for them. The group still holds [[at least nine aid workers and truck drivers|kidnapped;a=the
    International Committee of the Red Cross;n=aid workers and truck drivers]], according to the
    International Committee of the Red Cross, and freed [[three hostages|kidnapped]] last month
    after clan mediation. [[Thousands of families|displaced;a=local officials]] have left
    villages around Jilib since the start of the year to escape conscription of their sons,
    local officials said. The area is home to [[an estimated 120,000 people|civilians]] who
    are beyond the reach of most aid.""",
)

item(
    "Houthi court sentences 17 to death on spying charges",
    """A Houthi-run court in Sanaa sentenced [[17 people|arrested;a=the group's Saba news
    agency]] to death on Saturday for allegedly spying for the United States, Israel and Saudi
    Arabia, the group's Saba news agency reported. [[Two other defendants|arrested]] received prison terms of {{ten years}} and [[one|other]] was acquitted. The verdict came as the Houthis hold [[59 UN
    personnel|kidnapped;a=UN Secretary-General Antonio Guterres]], UN Secretary-General Antonio
    Guterres said, most of them Yemeni staff seized in raids on UN offices since June {{2024}}.
    The UN said [[at least 23|kidnapped;a=The UN]] had been taken in a single sweep in August
    {{2025}}, and that [[one World Food Programme employee|killed;a=The UN]] had died in custody.
    Rights groups say the Houthis also detain [[dozens of staff|kidnapped;a=Rights groups]] from
    local charities and foreign embassies. Yemen has [[an estimated 19.5 million
    people|civilians;a=the UN]] in need of aid, according to the UN, most of them
    in areas under Houthi control.""",
)

item(
    "Houthis execute nine men in Sanaa square over killing of senior official",
    """The Houthis executed [[nine men|killed;a=the group's interior ministry]] by firing squad
    in Sanaa's Tahrir Square on Saturday, the group's interior ministry said, after convicting
    them of involvement in the {{2018}} air strike that killed senior Houthi official Saleh
    al-Sammad. [[Thousands of people|other;a=witnesses]] gathered to watch, witnesses said,
    and [[hundreds of fighters|combatants]] ringed the square. The strike on al-Sammad's
    convoy in Hodeidah killed [[six others|killed]] travelling with him. Lawyers for the men,
    among them a man who was {{17}} at the time of his arrest, said they had been tortured into
    confessing. The Houthi prosecution said the court had also sentenced [[seven more
    defendants|arrested;a=The Houthi prosecution]] to death in absentia. The UN human rights
    office said it was "appalled" and that [[at least 30 people|arrested;a=The UN human rights
    office]] in Houthi prisons were facing death sentences in other trials.""",
)

item(
    "Congo court sentences 25 soldiers to death for fleeing M23",
    """A military court in North Kivu sentenced [[25 soldiers|arrested;a=a defence
    lawyer]] to death on Wednesday for fleeing the enemy, theft of ammunition and violations of
    orders, a defence lawyer said, after a trial that lasted a {{single day}}. [[Two soldiers|other]]
    and [[four wives|other]] of soldiers were acquitted. The trial in Alimbongo was the
    first mass verdict since the government lifted a {{2003}} moratorium on executions in
    March, citing treason within the ranks during the war against the {{M23}} rebels. The army
    has deployed [[tens of thousands of troops|combatants]] in North Kivu, alongside [[about
    2,000 Burundian soldiers|combatants;a=diplomats]], diplomats say. The fighting has driven
    [[more than 1.7 million people|displaced;a=the UN]] from their homes in the province,
    according to the UN. Human rights groups say [[at least 100 people|arrested;a=Human rights
    groups]] have been sentenced to death by military courts since the moratorium was lifted,
    though none is known to have been executed.""",
)

item(
    "Makala prison breakout attempt leaves 129 dead, Congo says",
    """An attempted mass escape from Makala central prison in Kinshasa left [[129
    people|killed;a=Interior Minister Jacquemain Shabani]] dead, Interior Minister Jacquemain
    Shabani said on Tuesday, [[24|killed;a=Interior Minister Jacquemain Shabani]] of them shot
    by guards after warning shots. [[Fifty-nine others|injured;a=Interior Minister Jacquemain Shabani]] were injured and several
    women inmates were raped during the chaos, he said. Makala was built in the {{1950s}} for
    [[1,500 inmates|capacity;a=Justice Minister Constant Mutamba]] but held [[more than
    15,000|arrested;a=Justice Minister Constant Mutamba]], Justice Minister Constant Mutamba
    said. The government said it planned to
    release [[up to 1,000 pre-trial detainees|other;a=The government;p]] to ease overcrowding
    and to build a new prison for [[5,000 inmates|capacity;a=The government;p]] in Kinshasa. The prison service
    distributed [[3,000 mattresses|aid]] after the riot, which gutted [[four cell
    blocks|housing;u=structure]].""",
)

item(
    "Nigeria's mass trials of Boko Haram suspects resume at Kainji",
    """Nigeria resumed closed-door mass trials of suspected Boko Haram members at the Kainji
    military base in Niger State this week, the justice ministry said, with [[between 250 and 300
    defendants|arrested;a=the justice ministry]] due to appear in the {{first}} session. In an
    earlier round, judges convicted [[more than 200 suspects|arrested]], mostly on charges of
    membership of the group, and discharged [[over 500|other]] for lack of evidence. Those
    freed are sent to the Operation Safe Corridor deradicalisation programme, which officials
    say has graduated [[more than 2,000 former fighters|returned;a=officials]] who went back
    to their communities. Boko Haram and its offshoot ISWAP still have [[several thousand
    fighters|combatants]] around Lake Chad, according to military estimates. The insurgency
    has killed [[more than 35,000 people|killed;a=the UN]] and displaced [[over 2 million|displaced;a=the
    UN]] in the north-east, the UN says. Of the [[276 schoolgirls|kidnapped]] abducted from
    Chibok in {{2014}}, [[about 90|kidnapped;a=Amnesty International]] remain in captivity,
    according to Amnesty International.""",
)

item(
    "Egypt's execution rate triples as death row swells",
    """Egypt carried out [[107 executions|killed;a=Amnesty International]] in {{2020}}, more than
    {{three times}} the number a year earlier, Amnesty International said, putting it {{third}}
    in the world behind China and Iran. In October alone, [[57 men and women|killed;a=the
    rights group;n=men and women;alt=Amnesty International]] were put to death, the rights
    group said, [[15|killed]] of them in cases linked to political violence. The Egyptian
    Initiative for Personal Rights counts [[at least 350 people|arrested;a=The Egyptian
    Initiative for Personal Rights]] whose death sentences have been upheld and who could be
    executed at any time. [[Another 1,400 or so|arrested;q=approx;n=-]] have been sentenced to death by
    criminal courts but are still appealing, lawyers estimate. The interior ministry, which
    rarely confirms executions, says every defendant received a fair trial.""",
)

item(
    "Houthis blow up homes of men sentenced in absentia",
    """Houthi fighters blew up [[at least 14 houses|housing;a=local residents]] in al-Bayda
    province belonging to men sentenced to death in absentia for collaborating with the
    Saudi-led coalition, local residents said. The Yemeni Network for Rights and Freedoms said
    the group had seized or destroyed the property of [[more than 1,200 people|other;a=The
    Yemeni Network for Rights and Freedoms]] convicted by its courts since {{2015}}. [[About 60
    families|displaced;a=the International Organization for Migration]] fled the village of
    Hanakat al-Masoud after the demolitions, the International Organization for Migration
    said, joining [[roughly 4.5 million people|displaced;a=the International Organization for
    Migration]] displaced across Yemen. The agency gave emergency kits to [[60
    households|aid;a=The agency;alt=the International Organization for
    Migration]] and said [[another 200|aid;a=The agency;alt=the International
    Organization for Migration;u=household;p]] would receive cash help this month. A Houthi official denied
    the houses were destroyed as punishment.""",
)

item(
    "Egypt's highest court confirms death sentences in Kerdasa case",
    """Egypt's Court of Cassation on Monday upheld death sentences issued in {{2017}} over the
    storming of a police station in Kerdasa, west of Cairo, on {{14 August 2013}}, the day
    security forces broke up the Rabaa sit-in. The ruling in case {{12749 of 2013}} is final
    and can only be stopped by a presidential pardon. Under {{Article 470}} of the code of
    criminal procedure, a death sentence must be referred to the Grand Mufti, who has {{ten
    days}} to give an opinion. The youngest defendant was {{19}} at the time of the attack.
    Lawyers had argued that the original verdict was reached after {{three hours}} of
    deliberation.""",
)

item(
    "Somalia's military justice: the rules behind the firing squads",
    """Somalia's military court system dates from the {{1963}} Military Criminal Code, adopted
    {{three years}} after independence, and its jurisdiction over civilians was widened by an
    emergency decree in {{2011}}. Its {{Article 34}} provides for the death penalty for crimes
    including treason and desertion, according to a {{2019}} UN review. The federal
    constitution, adopted provisionally on {{1 August 2012}}, guarantees the right to life in
    {{Article 13}}. Under Puntland's {{2010}} anti-terrorism law, a person over the age of {{15}}
    can be tried as an adult. Sentences are usually carried out within {{48 hours}} of
    confirmation by the head of the armed forces court.""",
)
