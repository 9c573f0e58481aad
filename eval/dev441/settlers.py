"""dev441 items: settler attacks on villages, olive pickers and herders, the herding communities
driven out, outposts, abductions, arrests of settlers and the sanctions against them."""

from _wrap import item

item(
    "Settlers rampage through Huwara after shooting",
    """
HUWARA, West Bank, {{Feb 27}} (Reuters) - [[Hundreds of Israeli settlers|other]] rampaged through
the Palestinian town of Huwara and nearby villages late on Sunday, setting fire to homes and cars
hours after [[two Israeli brothers|killed]] were shot dead by a Palestinian gunman at a junction
in the town. A {{37-year-old}} man was killed in the nearby village of Za'atara, and [[about 100
people|injured;a=Palestinian Red Crescent]] were treated for wounds or tear gas inhalation, the
Palestinian Red Crescent said, [[four|injured;n=-;a=Palestinian Red Crescent]] of them in
serious condition. Huwara's municipality said [[at least 30 homes|housing;a=Huwara's
municipality]] and [[more than 100 vehicles|other;a=Huwara's municipality]] had been burned,
along with [[a dozen shops|housing;a=Huwara's municipality]]. The army said it had deployed
[[hundreds of additional troops|combatants;a=army]] to the area. Israeli police said [[eight
suspects|arrested;a=Israeli police]] had been detained; all were released within {{48 hours}}.
""",
)

item(
    "Three killed in Kafr Malik after settlers attack village",
    """
RAMALLAH, West Bank - [[Three Palestinians|killed;a=Palestinian Health Ministry]] were killed and
[[seven|injured;n=-;a=Palestinian Health Ministry]] wounded by Israeli fire in the village of
Kafr Malik on Wednesday evening after [[dozens of settlers|other;a=Palestinian Health Ministry]]
attacked its outskirts, the Palestinian Health Ministry said. The military said troops sent to a
confrontation between [[some 100 Israeli civilians|other;a=military]] and Palestinians had fired
at people who threw stones at them, and that [[five Israelis|arrested;a=military]] had been
detained and handed to the police. Villagers said the settlers burned [[four
homes|housing;a=Villagers]] and [[at least six cars|other;a=Villagers]] before the soldiers
arrived. It was the {{third}} attack on the village in {{a month}}. According to OCHA, settlers
carried out [[more than 750 attacks|other;u=other;a=OCHA]] that caused casualties or damage in
{{the first half of 2025}}.
""",
)

item(
    "UN counts 1,420 settler attacks in 2024",
    """
OCHA recorded [[1,420 settler attacks|other;u=other;a=OCHA]] on Palestinians in the West Bank in
{{2024}}, [[about 1,100|other;n=-;u=other;a=OCHA]] of them causing damage to property and
[[320|other;n=-;u=other;a=OCHA]] causing casualties, it said on Wednesday. Those attacks injured
[[365 Palestinians|injured]]. In the {{first 10 days}} of {{January}} alone, the office documented
[[49 incidents|other;u=other;a=the office;alt=OCHA]], bringing the total since {{7 October 2023}}
to [[more than 2,400|other;n=-;u=other;a=the office;alt=OCHA]]. Settler violence and access
restrictions have displaced [[at least 1,600 Palestinians|displaced;a=OCHA]], including [[some
700 children|displaced;a=OCHA]], from [[28 herding communities|displaced;u=other;a=OCHA]] since
the war in Gaza began, it said. Settlers, or soldiers accompanying them, killed [[six
Palestinians|killed;a=UN]] during such attacks last year, the UN said.
""",
)

item(
    "The last shepherd of Wadi al-Seeq",
    """
RAMMUN, West Bank - For {{35 years}}, Abu Bashar grazed a flock of [[about 200 sheep|other]] on
the hills around Wadi al-Seeq, a Bedouin hamlet east of Ramallah. In {{October 2023}}, after weeks
of raids by settlers from a nearby outpost, he and [[the other 38 families|displaced]] of the
hamlet packed up and left in a single day. Settlers had already stolen [[about 70 of his
sheep|other]]. On the day they left, he says, [[three men|kidnapped;a=Abu
Bashar]] from the community were seized, bound and beaten for hours by settlers and soldiers. Now the [[200
people|displaced]] of Wadi al-Seeq are scattered between Rammun and Taybeh. In {{August 2024}},
Israel's High Court said they could go back, but [[only five families|returned;a=Abu Bashar]]
have returned, he said, because nobody protects them at night. "I am {{61}}," he said. "I will
not start again somewhere else."
""",
)

item(
    "Olive harvest marred by settler attacks, UN says",
    """
Settlers attacked Palestinian olive pickers or their groves in [[at least 70 villages|other;a=OCHA]]
during the {{2025}} harvest, according to OCHA, injuring [[more than 150
people|injured;a=OCHA]] and damaging [[some 4,000 olive trees|other;u=other;n=trees;a=OCHA]] and
saplings. Rabbis for Human Rights, which sends Israeli volunteers to pick alongside farmers, said
[[about 40 of its volunteers|injured;a=Rabbis for Human Rights]] had been hurt. In Turmus Ayya
on {{October 19}}, [[about 30 masked settlers|other]] beat a {{55-year-old}} woman unconscious and
torched [[three cars|other]]. Farmers near settlements say the army let them reach their groves
for only {{two days}} this season. The Palestinian agriculture ministry put losses at {{$10
million}} and said oil production had fallen by {{40 percent}}.
""",
)

item(
    "Settlers seized and beat two shepherds, B'Tselem says",
    """
JERUSALEM - Israeli settlers seized [[two Palestinian shepherds|kidnapped;a=B'Tselem]] near Al-Auja
in the Jordan Valley on Saturday, tied them up and beat them for {{four hours}} before soldiers
arrived, the Israeli rights group B'Tselem said on Monday. The settlers also drove off [[dozens of
sheep|other;a=B'Tselem]], it said. The group says it has documented [[at least 19
cases|other;u=other;a=The group;alt=B'Tselem]] since {{October 2023}} in which settlers held
Palestinians against their will, involving [[more than 60 people|kidnapped;a=The group;alt=B'Tselem]].
Among them were [[three foreign activists|kidnapped]] who had been staying in the village. The
army said [[one Israeli civilian|arrested;a=army]] had been detained for questioning. Both men
were treated for fractures at a hospital in Jericho. Peace Now says settlers have set up [[about
100 herding outposts|other;a=Peace Now]] in the West Bank since {{2017}}.
""",
)

item(
    "Peace Now counts a record 84 new outposts",
    """
Settlers set up [[84 new outposts|other;a=Peace Now]] in the West Bank in {{2025}}, the highest
number in a single year, the Israeli watchdog Peace Now said in its annual report on Tuesday. Of
those, [[47|other;n=-;u=structure;a=Peace Now]] were farming or herding outposts, it said. The
government also legalised [[nine outposts|other]] as neighbourhoods of existing settlements and
advanced plans for [[more than 28,000 housing units|housing;p]]. Peace Now counts [[about 140
authorised settlements|other;a=Peace Now]] and [[some 230 outposts|other;a=Peace Now]], home to
[[more than 500,000 settlers|civilians;a=Peace Now]]. [[Another 230,000|civilians;n=-]] live in
East Jerusalem.
""",
)

item(
    "Settlers storm villages during search for missing teenager",
    """
AL-MUGHAYYIR, West Bank - [[Hundreds of settlers|other]] stormed Al-Mughayyir and [[at least three
other villages|other]] north-east of Ramallah on Saturday during a search for an Israeli teenager
who had gone missing while herding sheep near an outpost. [[One Palestinian|killed;a=Palestinian
Health Ministry]] was shot dead and [[25|injured;n=-;a=Palestinian Health Ministry]] were wounded,
[[eight|injured;n=-;a=Palestinian Health Ministry]] of them by live fire, the Palestinian Health
Ministry said. The head of the village council said settlers burned [[about 20 homes|housing;a=head
of the village council]] and [[dozens of vehicles|other;a=head of the village council]] and killed
[[50 sheep|other;a=head of the village council]]. The teenager's body was found later that day.
Troops set up [[a dozen roadblocks|other;u=other]] around the area. On Sunday the military said
it had arrested [[two Palestinians|arrested;a=military]] suspected of killing him.
""",
)

item(
    "B'Tselem: 18 communities driven out since October 2023",
    """
In a report published on Thursday, B'Tselem said settler violence backed by the state had driven
out [[at least 18 Palestinian communities|displaced;u=other;a=B'Tselem]], or [[about 1,100
people|displaced;a=B'Tselem]], since {{October 7, 2023}}. The group said it had documented
[[more than 1,200 attacks|other;u=other;a=The group;alt=B'Tselem]] in the same period, in which
[[13 Palestinians|killed;a=The group;alt=B'Tselem]] were killed by settlers. Communities in the
Jordan Valley and the South Hebron Hills were worst hit; Ein Shibli, once home to [[about 150
people|civilians]], was emptied in {{May}}. The displaced include [[about 350 children|displaced]]. [[Two of the
communities|returned;u=other]] have since gone back under court orders.
The report said only {{3%}} of police files on settler violence ended in an indictment. Israeli
police said they had opened [[88 investigations|other;u=other;a=Israeli police]] into attacks on
Palestinians in the period.
""",
)

item(
    "Katz ends administrative detention for settlers",
    """
Israel's Defence Minister Israel Katz said on Friday he would end the use of administrative
detention against Jewish settlers in the West Bank. At the time, [[eight settlers|arrested;a=Israel
Prison Service]] were held without charge, compared with [[more than 3,400
Palestinians|arrested;a=Israel Prison Service]], according to figures from the Israel Prison
Service. Yesh Din said that of [[about 1,700 investigations|other;u=other;a=Yesh Din]] into
offences by settlers that it had followed since {{2005}}, [[only 93|other;n=-;u=other;a=Yesh Din]]
had led to an indictment. The Shin Bet told the cabinet last year that a hard core of [[200-300
hilltop youth|other;a=Shin Bet]] was behind most attacks. Police arrested [[four suspects|arrested]]
on Sunday after the arson of a mosque in the village of Deir Istiya.
""",
)

item(
    "Masked settlers torch houses in Jit",
    """
JIT, West Bank - [[Dozens of masked Israeli settlers|other;a=Palestinian Health Ministry]] stormed
the village of Jit near Qalqilya on Thursday night, setting fire to [[four
houses|housing;a=Palestinian Health Ministry]] and [[at least six vehicles|other;a=Palestinian
Health Ministry]], and a {{23-year-old}} man was shot dead, the Palestinian Health Ministry said.
Israeli police said [[four Israelis|arrested;a=Israeli police]] had been detained,
[[one|arrested;n=-;a=Israeli police]] of them a minor. The prime minister's office said those
responsible would be brought to justice. The village council said [[12 families|displaced;a=village
council]] whose houses burned are now staying with relatives.
""",
)

item(
    "Western sanctions on violent settlers",
    """
The United States imposed sanctions on violent settlers under Executive Order {{14115}}, signed on
{{February 1, 2024}}, which froze assets and barred Americans from dealing with those named.
President Donald Trump revoked the order on {{January 20, 2025}}, his {{first day}} back in office.
Britain, Canada and the European Union kept their own measures, and the EU's listings were
renewed for {{12 months}} in {{2025}}. The measures cite Security Council Resolution {{2334}} of
{{2016}}, which calls the settlements a flagrant violation of international law.
""",
)

item(
    "Settler convicted over shooting at olive grove",
    """
An Israeli court on Monday convicted a {{19-year-old}} settler of recklessly causing death over a
shooting near the village of Qaryut in {{October 2023}}, and sentenced him to {{30 months}} in
prison. The judge also ordered him to pay {{NIS 50,000}} in compensation to the family. The
shooting took place at about {{4:30 p.m.}}, some {{300 metres}} from the outpost where he lived,
and the trial lasted {{two years}}. Rights groups said the sentence was among the heaviest handed
to a settler since {{2015}}.
""",
)
