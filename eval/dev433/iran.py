"""dev433 items: Iran, 2019-2026 (the November 2019 protests, the 2022 uprising after Mahsa
Amini's death and its executions, the hostages held for swaps, the crackdown after the June
2025 war, exiles and prisons)."""

from _wrap import item

item(
    "Rights group puts Iran protest death toll at 551",
    """
OSLO - Iran Human Rights said on Monday that [[at least 551 protesters|killed;a=Iran Human
Rights]] had been killed by security forces since the death of Mahsa Amini in September,
including [[68 children|killed;a=Iran Human Rights]] and [[49 women|killed;a=Iran Human
Rights]]. The Norway-based group said [[at least 105|killed;n=-;a=The Norway-based group;alt=Iran
Human Rights]] of the dead were killed in Sistan-Baluchestan province, home to the Baluch
minority. Iranian officials have said [[more than 70 members|killed;a=Iranian officials]] of the
security forces were killed by "rioters." The group said its count was a minimum, as [[dozens of
families|other;a=The group;alt=Iran Human Rights]] had been forced to bury their dead at night
and stay silent. Protests have been reported in [[more than 160 cities|other;u=other]] across every province.
""",
)

item(
    "UN mission: Iran detained up to 20,000 in 2022 crackdown",
    """
GENEVA - The UN Independent International Fact-Finding Mission on Iran said on Friday that
[[up to 20,000 people|arrested;a=The UN Independent International Fact-Finding Mission on Iran]]
were arrested during the protests that began in {{September 2022}}. The mission said [[nine young
men|killed;a=The mission;alt=UN Independent International Fact-Finding Mission on Iran]] had
been executed in cases linked to the protests after trials that relied on confessions extracted
under torture. [[At least 26 people|arrested;a=UN Independent International Fact-Finding Mission on Iran]] had been sentenced to death, it said. Iran's judiciary said in {{February
2023}} that [[22,000 people|arrested;a=Iran's judiciary]] detained in the unrest had been
pardoned by the Supreme Leader. The mission's chair, Sara Hossain, said [[hundreds|arrested;n=-;a=Sara
Hossain]] remained in prison. The mission said [[several hundred children|arrested;a=The mission;alt=UN Independent
International Fact-Finding Mission on Iran]] had been held in adult prisons.
""",
)

item(
    "Iran executed at least 975 people in 2024, NGOs say",
    """
PARIS - Iran executed [[at least 975 people|killed;a=Iran Human Rights and the French group
ECPM]] in {{2024}}, the highest number since {{2015}}, Iran Human Rights and the French group
ECPM said in their annual report on Thursday. They counted [[31 women|killed;a=Iran Human Rights
and the French group ECPM]] among those hanged and [[at least 503|killed;n=-;a=Iran Human Rights
and the French group ECPM]] executed for drug offences. [[Four|killed;n=-]] of the executions
were carried out in public. [[Two|killed;n=-]] of those hanged were {{under 18}} at the time of
their alleged crimes. Amnesty International, which counts only cases it can confirm,
recorded [[972 executions|killed;a=Amnesty International]]. Baluch prisoners made up about
{{20%}} of those executed, though the Baluch are some {{5%}} of the population. The groups said
the pace had risen again in {{2025}}, with [[more than 1,000|killed;n=-;a=The groups;alt=Iran Human Rights;alt=ECPM]] hanged by October.
""",
)

item(
    "Iran's protesters lost their eyes to pellets",
    """
TEHRAN - [[More than 500 protesters|injured;a=doctors]] suffered eye injuries from metal pellets
and rubber bullets in the first {{three months}} of the protests, doctors told the BBC. The
Iranian Ophthalmology Society warned in a letter to the government that [[at least 580|injured;n=-;a=The
Iranian Ophthalmology Society]] had been treated in Tehran alone. Farabi Eye Hospital treated
[[about 400 patients|injured]] in a single week in November. One doctor said [[dozens|injured;n=-;a=One
doctor]] had lost both eyes. [[At least 11 doctors|arrested;a=rights groups]] have been detained for treating
protesters in secret, rights groups said. The letter was signed by [[more than 200 physicians|other;a=the society;alt=Iranian Ophthalmology
Society]], the society said.
""",
)

item(
    "Zahedan's 'Bloody Friday' left 96 dead, Amnesty says",
    """
ZAHEDAN, Iran - Security forces killed [[at least 96 people|killed;a=Amnesty International]],
among them [[10 children|killed;a=Amnesty International]], when they opened fire on worshippers
and protesters after Friday prayers in Zahedan on {{Sept 30}}, Amnesty International said.
[[More than 300|injured;n=-;a=local activists]] were wounded, local activists said. The
Revolutionary Guards said [[five of its members|killed;a=The Revolutionary Guards]] had been
killed by "terrorists." Residents said [[hundreds of security forces|combatants;a=Residents]]
were posted on rooftops around the Makki mosque. In nearby Khash, [[18 more people|killed]] were
killed a month later and [[dozens|injured;n=-]] wounded. Mawlawi Abdolhamid, the Sunni cleric, said the massacre was carried out
under orders.
""",
)

item(
    "Amnesty: 304 killed in November 2019 crackdown",
    """
LONDON - Amnesty International said on Monday that Iranian security forces had killed [[at least
304 people|killed;a=Amnesty International]] during the protests that erupted over a fuel price
rise in {{November 2019}}. Reuters, citing three interior ministry officials, reported that
[[about 1,500 people|killed;a=Reuters]] died. The authorities detained [[more than 7,000 people|arrested;a=Amnesty]], Amnesty said. The government shut down the internet
for {{a week}}, cutting off [[more than 80 million people|civilians]]. The interior minister
said [[731 bank branches|housing;u=structure;a=The interior minister]] and [[140 public
buildings|housing;a=The interior minister]] had been set on fire. Officials said [[as many as 180,000
people|other;a=Officials]] took part in the protests.
""",
)

item(
    "Iran frees five Americans in $6 billion deal",
    """
DOHA, {{Sept 18}} (Reuters) - [[Five Americans|kidnapped;a=US officials]] held in Iran, whom
Washington regarded as hostages, flew to Doha on Monday after {{$6 billion}} in Iranian funds
was unfrozen, US officials said. In return, the United States granted clemency to [[five
Iranians|other]] held on sanctions charges. [[Two|returned;n=-]] of them went back to Iran. Rights groups
say Tehran still holds [[at least 20 dual and foreign nationals|kidnapped;n=dual and foreign
nationals;a=Rights groups]] as bargaining chips. France says [[two French
citizens|kidnapped;a=France]] held since {{2022}} are "state hostages." Britain says [[two British citizens|arrested;a=Britain]] held since
{{January 2025}} are detained arbitrarily. The Swedish-Iranian
doctor Ahmadreza Djalali has been on death row since {{2017}}.
""",
)

item(
    "Iran arrests 21,000 during war with Israel, police say",
    """
TEHRAN - Iranian police detained [[21,000 people|arrested;a=a police spokesman]] during the
{{12-day}} war with Israel in June, a police spokesman said, accusing many of spying or filming
strike sites. The judiciary said [[at least six men|killed;a=The judiciary]] had been hanged for
spying for Israel since the war. Amnesty said [[more than 700|arrested;n=-;a=Amnesty]] were
charged with espionage. [[More than 1.2 million Afghans|returned;a=UNHCR]] returned or were
deported from Iran to Afghanistan in {{2025}}, UNHCR said. The agency expects [[hundreds of thousands of Afghans|returned;p;a=The
agency;alt=UNHCR]] to be sent back in {{2026}}. Police said they had seized [[about 300 Starlink
terminals|other;u=other;a=Police]]. Internet access was cut for [[some 90
million Iranians|civilians]] for days.
""",
)

item(
    "Iranian protesters find a precarious refuge in Turkey and Iraqi Kurdistan",
    """
VAN, Turkey - [[Hundreds of young Iranians|displaced]] who joined the {{2022}} protests have
crossed into Turkey on foot, often through snow. Turkey registered [[about 1,500 Iranian asylum
seekers|displaced;a=lawyers in Van]] in the {{six months}} after the protests, according to lawyers in
Van. In Iraq's Kurdistan region, UNHCR said [[some 3,000 Iranian Kurds|displaced;a=UNHCR]] had
arrived since September. Iranian missile and drone strikes on Kurdish opposition camps near
Erbil and Koya killed [[13 people|killed;a=Kurdish officials]] and wrecked [[dozens of
buildings|housing;a=Kurdish officials]], Kurdish officials said. A UNHCR camp near Koya has room for [[about 4,000
people|capacity]]. [[Seven Iranian
refugees|returned;a=Amnesty]] were deported back to Iran by Turkey last year, Amnesty said.
""",
)

item(
    "Baha'i homes raided in Shiraz as arrests rise",
    """
SHIRAZ, Iran - Intelligence agents raided [[at least 30 homes|housing;a=the Baha'i International Community]] of Baha'is in Shiraz on Sunday, the Baha'i International Community said.
[[About 50 Baha'is|arrested;n=Baha'is;a=the community;alt=Baha'i International Community]] have been
detained across Iran since January, the community said. [[More than 1,000|other;n=-;a=Baha'i
International Community]] face court cases, according to the Baha'i International Community.
In Roshankouh, authorities demolished [[six houses|housing]] and seized {{20 hectares}} of
farmland from Baha'i families. [[About 15 families|displaced]] were forced to leave the
village. [[Twenty-six Baha'is|arrested;n=Baha'is]] in Yazd received sentences of
up to {{10 years}}.
""",
)

item(
    "Protesters sentenced to death as hangings resume",
    """
ISFAHAN - Iran's judiciary has sentenced [[at least 12 protesters|arrested;a=Amnesty
International]] to death in connection with the {{2022}} uprising, Amnesty International said.
[[Three men|killed]] were hanged in Isfahan in May after a trial that lasted less than {{a
week}}. [[Thousands of mourners|other]] attended their funerals under heavy security. Mohsen
Shekari, {{23}}, was the {{first}} protester executed, in {{December 2022}}.
Amnesty said [[at least 15 people|arrested;a=Amnesty]] were at risk of imminent execution. The
Norwegian group Iran Human Rights said [[more than 100 protesters|arrested;a=The Norwegian group Iran Human Rights]] faced charges that could carry the death penalty. [[About 30 relatives|arrested;a=the group;alt=Iran Human Rights]] of those executed were detained for speaking to foreign media, the group said.
""",
)

item(
    "Families still searching for the missing of 2022 and 2026",
    """
TEHRAN - [[At least 35 people|missing;a=the rights group HRANA]] who disappeared during the {{2022}}
protests have never been accounted for, according to the rights group HRANA. The
whereabouts of [[at least 12 detainees|missing;a=HRANA]] arrested in the protests over the
currency collapse in {{January 2026}} are unknown, HRANA said. The group said [[at least 2,000
people|arrested;a=The group;alt=HRANA]] had been detained in the first {{10 days}}. [[Dozens of
protesters|killed;a=Iran Human Rights]] were shot dead in Kermanshah and Ilam, according to
Iran Human Rights. Families of [[some 40 people|missing]] who vanished after arrest gathered outside Evin prison on
Tuesday demanding news. [[Five students|kidnapped;a=their university's student union]] were
abducted from a dormitory in Tabriz by plainclothes agents, their university's student union
said.
""",
)

item(
    "Diaspora lawyers and funds help families of Iran's detainees",
    """
TORONTO - A network of Iranian lawyers abroad said it had given free legal help to [[more than
300 detainees|aid;a=A network of Iranian lawyers abroad]] and their relatives since {{2022}}. A
London-based fund said [[about 800 families|aid;a=A London-based fund]] of detainees had received
monthly support, and expects to support [[up to 1,200 families|aid;p;a=A London-based
fund]] next year. [[Some 250 children|aid]] of executed or jailed protesters have their school
fees paid by diaspora donors. [[Some 1.5 million people|civilians]] in Zahedan have lived with mobile internet
cuts every Friday since {{October 2022}}. [[At least 40 students|other;a=students' unions]] were
expelled from universities for taking part in protests, students' unions said.
""",
)

item(
    "Evin, Qarchak and the overcrowding of Iran's prisons",
    """
TEHRAN - Evin prison, built for [[about 6,000 inmates|capacity;a=former prisoners]], held [[more than 15,000|arrested;n=-;a=former
prisoners]] at the height of the {{2022}} crackdown, former prisoners said. [[Between 40 and 60 women|arrested]] were held in a single ward at
Evin. Qarchak, the women's
prison south of Tehran, has space for [[about 600 women|capacity;a=the Human Rights Activists News Agency]] but held [[more than
1,000|arrested;n=-;a=the Human Rights Activists News Agency]], according to the Human Rights
Activists News Agency. A fire at Evin on {{Oct 15, 2022}} killed [[eight prisoners|killed;a=the
judiciary]], the judiciary said. Supreme Leader Ali Khamenei pardoned or reduced the sentences of
[[tens of thousands of prisoners|arrested]] in {{February 2023}}, in a gesture marking the revolution's
anniversary. An Israeli strike on Evin in June {{2025}} killed [[79 people|killed;a=Iran's
judiciary]], Iran's judiciary said.
""",
)

item(
    "Narges Mohammadi wins the Nobel Peace Prize from Evin",
    """
OSLO, {{Oct 6}} - The jailed Iranian activist Narges Mohammadi won the {{2023}} Nobel Peace Prize
for her fight against the oppression of women in Iran. Mohammadi, {{51}}, has been arrested
{{13 times}} and convicted {{five times}}, and is serving sentences totalling about {{12 years}}.
Her children, now {{17}}, live in Paris. She is the {{19th}} woman to win the prize and the
{{second}} Iranian, after Shirin Ebadi in {{2003}}.
""",
)

item(
    "Three years after Mahsa Amini, a new hijab law",
    """
TEHRAN - Iran's parliament passed a law in {{December 2024}} raising fines for women who defy the
compulsory hijab to up to {{165 million rials}}, about {{$250}} at market rates. Repeat offenders
face up to {{10 years}} in prison under the {{74-article}} law. Mahsa Amini, {{22}}, died in
custody on {{Sept 16, 2022}}, {{three days}} after her arrest by the morality police. The rial
has since lost about {{70%}} of its value.
""",
)
