"""dev60 items: elections, protests and crackdowns in Europe, the Caucasus and the Middle East
(Georgia, Iran, Belarus, Serbia, Iraq, Lebanon, Egypt).

Marks: [[span|category;a=source;alt=...;u=unit;n=noun;p]] is a figure, {{span}} a negative
(eval/figset/marks.py).
"""

from figset import F

F(
    "Georgia: interior ministry counts detentions as pro-EU protests go on",
    "The interior ministry said [[396 people|arrested;a=The interior ministry]] had been detained since protests began over the government's decision to suspend EU accession talks, and that [[163 police officers|injured;a=The interior ministry]] had been injured. "
    "The public defender said [[more than 300 of those detained|injured;n=-;a=The public defender]] showed signs of beatings. "
    "Protesters have marched on Rustaveli Avenue every night for {{three weeks}}.",
)

F(
    "Iran: rights group's toll of protest crackdown passes 500",
    "The Oslo-based group Iran Human Rights said [[at least 488 protesters|killed;a=The Oslo-based group Iran Human Rights]] had been killed by security forces since the death in custody of a {{22-year-old}} woman in September, [[64 of them|killed;n=-;a=The Oslo-based group Iran Human Rights]] children. "
    "The activist news agency HRANA estimates that [[about 17,500 people|arrested;a=The activist news agency HRANA]] have been arrested. "
    "State media have reported [[more than 60 members of the security forces|killed;n=members;a=State media]] killed.",
)

F(
    "Belarus: thousands detained after disputed election",
    "The interior ministry said [[about 6,000 people|arrested;a=The interior ministry]] had been detained in the first {{three days}} of protests against the official result, and that [[more than 100 police officers|injured;a=The interior ministry]] had been hurt. "
    "The incumbent was declared the winner with {{80.3%}} of the vote. "
    "[[More than 1,000 Belarusians|displaced;a=Lithuanian border guards]] crossed into Lithuania that week, Lithuanian border guards said.",
)

F(
    "Serbia: police and protesters injured after canopy collapse rally",
    "The interior minister said [[51 police officers|injured;a=The interior minister]] were injured in clashes after a rally in Belgrade that drew [[about 135,000 people|other;a=an independent monitoring group]], according to an independent monitoring group. "
    "Police detained [[83 people|arrested]], and hospitals treated [[22 protesters|injured]]. "
    "The rally marked {{eight months}} since the collapse of the canopy at Novi Sad station.",
)

F(
    "Iraq: protest toll passes 600 as tents burned in Baghdad",
    "The semi-official Iraqi High Commission for Human Rights said [[at least 608 people|killed;a=The semi-official Iraqi High Commission for Human Rights]] had been killed since protests began in October, and [[about 18,000|injured;a=The semi-official Iraqi High Commission for Human Rights]] wounded. "
    "Gunmen burned [[dozens of tents|other]] in the Tahrir Square sit-in overnight. "
    "The commission said [[at least 56 activists|kidnapped;a=The commission]] had been abducted, and [[22 of them|missing;n=-;a=The commission]] were still missing.",
)

F(
    "Lebanon: security forces and protesters hurt in Beirut clashes",
    "The Lebanese Red Cross said it had treated [[about 380 people|injured;a=The Lebanese Red Cross]] in Beirut on Saturday and taken [[more than 120|injured;a=The Lebanese Red Cross]] to hospitals. "
    "The Internal Security Forces said [[a policeman|killed;v=1]] died when he fell from a building, and that [[about 70 members|injured;n=members;a=The Internal Security Forces]] were injured. "
    "Protesters briefly took over [[four ministries|other;u=structure]].",
)

F(
    "Egypt: new parliament sworn in",
    "The House of Representatives, elected with a turnout of {{28%}}, held its first session on {{January 10}}. "
    "The Nation's Future party holds {{321}} of the {{596}} seats, {{28}} of them appointed by the president under Article {{102}} of the constitution. "
    "The session lasted {{six hours}}.",
)

F(
    "Georgia: opposition says abducted activists tortured",
    "The opposition said [[at least 10 activists|kidnapped;a=The opposition]] had been snatched from the streets by masked men since the disputed parliamentary election, [[three of whom|kidnapped;n=-;a=The opposition]] were found beaten outside Tbilisi. "
    "The election commission said [[about 3.4 million voters|other;a=The election commission]] were registered and that the ruling party had won {{91}} of the {{150}} seats. "
    "Observers from the OSCE deployed [[about 530 monitors|other]].",
)
