"""The state of siege, Operation Shujaa, MONUSCO and the aid agencies' counts (dev392)."""

from _wrap import item

item(
    "Uganda launches air and artillery strikes on ADF camps in eastern Congo",
    """
Uganda's army said on {{November 30, 2021}} it had launched air and artillery strikes on ADF camps
in North Kivu, with [[about 1,700 Ugandan troops|combatants;a=Uganda's army]] crossing the border at
Nobili. Ugandan officials said [[up to 4,000 soldiers|combatants;p;a=Ugandan officials]] could
eventually be deployed. A spokesman for the Ugandan army said the strikes had hit [[four
camps|other;a=A spokesman for the Ugandan army]] in the forests east of Beni. Residents of Kamango
said they had seen [[dozens of bodies|killed;a=Residents of Kamango]] carried out of the forest.
[[Some 3,000 residents|displaced]] of villages near the strike zone fled to Kamango. Uganda blames
the ADF for the {{November 16}} suicide bombings in Kampala that killed [[three people|killed]].
""",
)

item(
    "Lawmakers say killings rose under state of siege in Ituri and North Kivu",
    """
A parliamentary report said [[more than 2,500 civilians|killed;a=A parliamentary report]] had been
killed in Ituri and North Kivu in the {{first}} year of the state of siege, compared with [[about
1,300|killed;a=A parliamentary report]] in the year before it was declared on {{May 6, 2021}}. The
report said the army had deployed [[an extra 9,000 troops|combatants;a=The report]] to the two
provinces. The defence ministry disputed the figures and said [[1,820 ADF and CODECO
fighters|killed;a=The defence ministry]] had been killed and [[940|arrested;a=The defence ministry]]
captured. Civil society in Beni said [[more than 300,000 people|displaced;a=Civil society in Beni]]
had fled their homes in the territory over the same period. Lawmakers voted {{214}} to {{103}} to
keep the measure in place.
""",
)

item(
    "Kinshasa begins gradual lifting of the state of siege",
    """
The government announced on {{August 20}} that it would begin lifting the state of siege in Ituri
and North Kivu, more than {{four years}} after it was imposed in {{May 2021}}. Civilian governors
will return in a {{first}} phase lasting {{90 days}}. The military administration cost about {{$200
million}} a year, according to the budget ministry. A poll in Bunia found that {{71%}} of
respondents wanted the measure ended. Parliament had renewed it every {{15 days}} for more than
{{four years}}.
""",
)

item(
    "MONUSCO says its bases in Ituri shelter 100,000 displaced",
    """
MONUSCO says [[about 100,000 displaced people|displaced;a=MONUSCO]] are living next to its bases in
Ituri. Displacement sites have grown up beside [[seven of the mission's
bases|capacity;u=structure;a=Ibrahima Fall]] in Djugu and Irumu, said Ibrahima Fall, the head of
MONUSCO's office in Bunia. He said peacekeepers had escorted [[more than 2,300
people|displaced;a=Ibrahima Fall]] to safety since January. The mission has [[about 2,500
troops|combatants]] in Ituri. Under the drawdown plan, [[about 1,000|combatants;p]] of them are to
leave by {{June 2026}}. Camp leaders at Roe fear for the site's [[27,000 residents|displaced]] once
the blue helmets go.
""",
)

item(
    "Ugandan army says Shujaa operation has killed 560 ADF fighters",
    """
The Ugandan army said on {{Monday}} that Operation Shujaa had killed [[more than 560 ADF
fighters|killed;a=The Ugandan army]] and captured [[about 320|arrested;a=The Ugandan army]] since it
began in {{November 2021}}. It said its troops had rescued [[1,213 captives|kidnapped;a=The Ugandan
army]], most of them Congolese women and children, and destroyed [[37 ADF camps|other;a=The Ugandan
army]]. [[Eleven Ugandan soldiers|killed;a=Brigadier Francis Okello]] have died in the operation,
said Brigadier Francis Okello, a UPDF spokesman. Congolese civil society groups said the figures
could not be verified and that [[at least 1,500 civilians|killed;a=Congolese civil society groups]]
had been killed by the ADF over the same period. [[Hundreds of captives|missing;a=Congolese civil society groups]] are still
unaccounted for, they said.
""",
)

item(
    "Monitors question Islamic State claims in Congo",
    """
The Armed Conflict Location and Event Data Project (ACLED) recorded [[about 1,900
civilians|killed;a=The Armed Conflict Location and Event Data Project (ACLED)]] killed by the ADF in
Beni, Lubero, Irumu and Mambasa in {{2024}}. Islamic State propaganda claimed [[more than 2,600
deaths|killed;a=Islamic State propaganda]] over the same period, a figure the monitors say is
inflated. The Kivu Security Tracker, which counts only confirmed deaths, recorded [[1,643|killed;a=The
Kivu Security Tracker]]. The monitors also recorded [[740 people|kidnapped;a=The monitors]] abducted.
The ADF has [[between 1,500 and 2,000 fighters|combatants;a=the UN group of experts]], including [[several hundred
children|combatants;a=the UN group of experts]], according to the UN group of experts.
""",
)

item(
    "Congolese refugees cross Lake Albert into Uganda",
    """
[[More than 12,000 Congolese refugees|displaced;a=UNHCR]] have crossed into Uganda from Ituri by boat
across Lake Albert since {{January 3}}, UNHCR said. [[About 1,500 people|displaced;a=the
agency;alt=UNHCR]] arrived at the Sebagoro landing site on a single day, the agency said. Fishermen
charge up to {{$10}} per crossing. The Kyangwali settlement, built for [[about 90,000
refugees|capacity]], now hosts [[more than 125,000|displaced]]. Uganda's Office of the Prime Minister
said it would move [[3,000 refugees a week|displaced;p;a=Uganda's Office of the Prime Minister]]
out of the transit centre. [[Eight children|killed;a=health officials]] have died of cholera at
Sebagoro, health officials said. [[About 2,000 refugees|returned]] have gone back to Ituri since
March.
""",
)

item(
    "Military court in Beni tries dozens of ADF suspects",
    """
The military operational court in Beni opened the trial of [[54 people|arrested]] accused of ADF
membership on {{Wednesday}}. Prosecutors say the defendants took part in attacks that killed [[at
least 230 civilians|killed;a=Prosecutors]]. Defence lawyers said [[12 of the
accused|arrested;a=Defence lawyers]] were minors when they were arrested. The army said it had
arrested [[more than 700 suspected ADF collaborators|arrested;a=The army]] in Beni and Lubero since
the start of the state of siege, of whom [[about 300|arrested;a=The army]] have been released. The
court heard [[31 witnesses|other]] in its {{first}} week. Hearings resume on {{October 2}}.
""",
)

item(
    "Ugandan and Congolese troops push into Mambasa forests",
    """
Ugandan and Congolese troops have pushed about {{80 km}} into the Mambasa forests, the Ugandan army
said, killing [[43 ADF fighters|killed;a=the Ugandan army]] and freeing [[26 hostages|kidnapped;a=the
Ugandan army]] in {{three weeks}}. [[About 1,000 Ugandan soldiers|combatants]] are taking part. Local
leaders in Mambasa say [[more than 15,000 villagers|displaced;a=Local leaders in Mambasa]] fled ahead
of the advance and that [[up to 60 villagers|missing;a=Local leaders in Mambasa]] have not been seen
since. The ADF retaliated by killing [[22 people|killed;a=Radio Okapi]] in Lolwa, according
to Radio Okapi. A Congolese army statement said [[nine soldiers|killed;a=A Congolese army
statement]] had died. [[As many as 5,000 civilians|civilians]] may still live in areas the group
controls.
""",
)

item(
    "Food aid cuts leave Ituri's displaced on half rations",
    """
WFP said it had cut rations by half for [[about 420,000 displaced people|aid;a=WFP]] in Ituri. The
agency had planned to reach [[750,000 people|aid;p;a=The agency;alt=WFP]] in the province this year.
Health workers at Roe said [[more than 1,100 children|other;a=Health workers at Roe]] were being
treated for severe malnutrition and [[17|killed;a=Health workers at Roe]] had died since May. [[Some
30,000 new arrivals|displaced]] have not yet been registered. WFP's warehouse in Bunia holds [[2,300
tonnes|aid]] of food, enough for {{three weeks}}. The agency needs {{$48 million}} to restore full
rations for the next {{six months}}.
""",
)

item(
    "ADF defectors hand themselves in as Ugandan amnesty offer spreads",
    """
[[Thirty-eight ADF fighters|combatants;a=the Ugandan army]] have surrendered to Ugandan troops in
Beni territory since March, the Ugandan army said, along with [[about 70 women and
children|kidnapped;n=women and children;a=the Ugandan army]] who had been held in ADF camps. Uganda's Amnesty Commission
said it had granted amnesty to [[more than 120 former fighters|combatants;a=Uganda's Amnesty
Commission]] since {{2022}}. It expects [[another 200|combatants;p;a=Uganda's Amnesty Commission]] to
come forward this year. Defectors say the group has [[fewer than 1,000 fighters|combatants;a=Defectors]]
left. [[Five would-be defectors|killed;a=the Ugandan army]] were executed by the group last month,
according to the Ugandan army.
""",
)

item(
    "Government plans to move Djugu's displaced away from crowded UN-guarded sites",
    """
The provincial government plans to relocate [[about 15,000 displaced people|displaced;p;a=The
provincial government]] from Roe and Plaine Savo to [[three new sites|capacity;p;a=The provincial
government]] near Fataki. The sites will have room for [[6,000 people|capacity;p]] each. Camp leaders
said [[fewer than 1,000 households|displaced;a=Camp leaders]] had agreed to move and that [[about 400
families|returned;a=Camp leaders]] had already gone back to their villages on their own. [[Five
people|killed]] were killed near Fataki last week. MONUSCO said it would deploy [[150
peacekeepers|combatants;p;a=MONUSCO]] to guard the new sites. The move is due to start in {{October}}
and take {{three months}}.
""",
)

item(
    "Uganda-funded roads to Beni and Butembo behind schedule",
    """
Work on the {{80-km}} Kasindi-Beni road, part of a {{$330 million}} Ugandan-Congolese project agreed
in {{2019}}, is {{18 months}} behind schedule. Only {{45%}} of the Beni-Butembo section has been
paved. The {{third}} road, from Bunagana to Rutshuru, has been halted since {{2022}}. Engineers say
work can resume after the rains, in {{December}}. Uganda's works ministry expects to finish by
{{2027}}.
""",
)

item(
    "Police detain LUCHA activists protesting the state of siege in Beni",
    """
Police in Beni detained [[14 activists|arrested;a=the group;alt=LUCHA]] of the citizen movement LUCHA
who were marching against the state of siege on {{Monday}}, the group said. [[Two
protesters|injured;a=a LUCHA spokesman]] were hurt when police fired tear gas, a LUCHA spokesman
said. [[Some 200 people|other;a=organisers]] took part in the march, organisers said. The movement
says [[more than 100 of its members|arrested;a=The movement;alt=LUCHA]] have been detained in North
Kivu since the state of siege began. [[Three|arrested]] were released on bail on {{Tuesday}}. A
military court sentenced [[eight activists|arrested]] to {{12 months}} in prison in {{2022}}.
""",
)

item(
    "Army communiqué: ADF commander captured near Eringeti",
    """
The army said on {{Thursday}} it had captured an ADF commander known as Mzee Hassan along with [[six
of his fighters|arrested;a=The army]] near Eringeti. [[Fourteen ADF fighters|killed;a=the army]]
were killed in the operation and [[two soldiers|injured;a=the army]] were wounded, the army said.
Troops freed [[31 hostages|kidnapped]], among them [[11 children|kidnapped]]. They also seized [[17
firearms|other]] and [[a dozen grenades|other]]. The commander, in his {{50s}}, had led the group's
units around Eringeti since {{2017}}.
""",
)

item(
    "OCHA: nearly one in three residents of Beni territory displaced",
    """
Beni territory, with a population of [[about 1.4 million|civilians;a=OCHA]], now hosts [[more than
450,000 displaced people|displaced;a=OCHA]], OCHA said in its latest overview of the Grand Nord. In
Lubero, [[some 580,000|displaced;a=the office;alt=OCHA]] are displaced, the office said, most of them
from the south of the territory. Nearly {{one in three}} residents of Beni territory has fled at
least once. Humanitarian partners reached [[310,000 people|aid]] with assistance in the {{first}}
half of {{2025}}. OCHA expects [[at least 80,000 more|displaced;p;n=-;a=OCHA]] to flee if fighting
spreads north. [[Three aid workers|killed;a=the office;alt=OCHA]] have been killed in the Grand Nord
this year, the office said, and [[about 95,000 people|returned;a=the office;alt=OCHA]] went home to the Ruwenzori sector.
""",
)
