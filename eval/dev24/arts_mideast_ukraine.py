"""dev24 texts: Gaza, Israel, Lebanon and the West Bank; Syria, Iraq, Yemen and Turkey;
Ukraine and Russia.

Marks: [[span|category;key=value;...]] is a figure, {{span}} a negative (see build.py and
eval/figset/marks.py). The texts are registered with F as the module is imported, so the
import order in build.py is the set's order.
"""

from figset import F

# ---------------------------------------------------------------- Gaza, Israel, Lebanon, West Bank

F(
    "Gaza toll passes 34,000, health ministry says",
    "[[At least 34,151 Palestinians|killed;a=the Gaza health ministry]] have been killed in Gaza since {{October 7}}, the Gaza health ministry said on Saturday, up from [[34,097|killed;a=the Gaza health ministry]] a day earlier. "
    "The ministry said [[77,084 people|injured;a=The ministry;alt=the Gaza health ministry]] had been wounded. "
    "It does not distinguish between civilians and fighters, but says {{about 70 percent}} of the dead are women and children.",
)

F(
    "Israeli army says it has killed 'more than 13,000' militants",
    "The Israeli military said on Sunday that it had killed [[more than 13,000 militants|killed;a=The Israeli military]] in Gaza, a figure Hamas rejected as inflated. "
    "Hamas has not published its own losses. "
    "The military said [[260 soldiers|killed;a=The military;alt=The Israeli military]] had been killed since the ground offensive began on {{October 27}}.",
)

F(
    "Rafah strike: toll revised",
    "The death toll from an overnight strike on a tent camp west of Rafah was revised down to [[45|killed;a=the Civil Defence]] from [[49|killed;a=the Civil Defence]], the Civil Defence said, after some bodies were identified {{twice}}. "
    "Of the dead, [[23|killed;a=the Civil Defence]] were women and children, it added. "
    "[[About 250 people|injured;a=doctors at the Kuwaiti hospital]] were wounded, according to doctors at the Kuwaiti hospital.",
)

F(
    "Gaza aid: trucks in, queues out",
    "Only [[88 aid trucks|aid;a=the UN]] entered Gaza on Tuesday through the Kerem Shalom crossing, the UN said, against [[500 a day|aid;u=other;a=the UN]] before the war. "
    "COGAT, the Israeli body that oversees crossings, said [[246 trucks|aid;a=COGAT, the Israeli body that oversees crossings;alt=COGAT]] had been inspected and were waiting on the Gaza side for collection.",
)

F(
    "Hostages freed in Nuseirat raid, Hamas says 274 killed",
    "Israeli special forces rescued [[four hostages|kidnapped]] from a residential block in Nuseirat on Saturday. "
    "The Gaza health ministry said [[274 Palestinians|killed;a=The Gaza health ministry]] were killed and [[698|injured;a=The Gaza health ministry]] wounded during the operation. "
    "The Israeli military said the number of Palestinian dead was [[under 100|killed;q=at_most;a=The Israeli military]].",
)

F(
    "Live: ceasefire exchange, day two",
    "10:42 – Hamas has handed [[another 13 Israeli hostages|kidnapped]] to the Red Cross, bringing the total released since Friday to [[26|kidnapped]]. "
    "11:05 – The Israel Prison Service said [[39 Palestinian prisoners|other;a=The Israel Prison Service]] had been freed from Ofer prison in return. "
    "11:30 – Qatar says [[about 240 people|kidnapped;a=Qatar]] were seized on {{October 7}} and [[roughly 210|kidnapped;a=Qatar]] remain in Gaza.",
    ["10:42", "11:05", "11:30"],
)

F(
    "Lebanon: health ministry raises toll from pager blasts",
    "The toll from the exploding pagers and radios rose to [[37|killed;a=Health Minister Firass Abiad]], including [[two children|killed;a=Health Minister Firass Abiad]], Health Minister Firass Abiad said on Thursday. "
    "[[About 3,000 people|injured;a=Health Minister Firass Abiad]] were wounded in the {{two days}} of blasts, he said, [[some 300|injured;a=Health Minister Firass Abiad]] of them critically.",
)

F(
    "Hezbollah and Israel give diverging counts of fighters killed",
    "The Israeli army said its strikes in southern Lebanon had killed [[more than 2,000 Hezbollah fighters|killed;a=The Israeli army]] since {{September 23}}. "
    "Hezbollah does not give a running count. "
    "Lebanon's health ministry put the overall toll at [[3,189 people|killed;a=Lebanon's health ministry]], without saying how many were combatants.",
)

F(
    "West Bank: Jenin raid leaves 12 dead",
    "Israeli forces withdrew from Jenin refugee camp on Wednesday after a {{48-hour}} operation that killed [[12 Palestinians|killed;a=the Palestinian health ministry]], the Palestinian health ministry said. "
    "[[One Israeli soldier|killed;a=the army]] was also killed, the army said. "
    "UNRWA said [[about 3,000 residents|displaced;a=UNRWA]] had left the camp during the raid and [[some 800 homes|housing;a=UNRWA]] were damaged.",
)

F(
    "Settler attack on Huwara",
    "Settlers torched homes and cars in the town of Huwara overnight. "
    "The Palestinian Red Crescent said [[one man|killed;a=The Palestinian Red Crescent]] was shot dead and [[about 100 people|injured;a=The Palestinian Red Crescent]] were hurt, most by tear gas. "
    "The mayor said [[35 houses|housing;a=The mayor]] and [[more than 40 cars|other;a=The mayor]] were set on fire.",
)

F(
    "Gaza: flour deliveries resume in the north",
    "WFP said it delivered [[nine trucks of flour|aid;n=trucks;a=WFP]] to Gaza City on Monday, the {{first}} convoy to reach the north in {{three weeks}}. "
    "The agency estimates [[about 300,000 people|civilians;a=The agency;alt=WFP]] remain in the north and face famine conditions.",
)

F(
    "Gaza arrests: military says hundreds of suspects detained",
    "The Israeli military said it had detained [[about 900 suspects|arrested;a=The Israeli military]] during its raid on al-Shifa hospital, and released [[some 400|arrested;a=The Israeli military]] after questioning. "
    "It said [[more than 200 militants|killed;a=The Israeli military]] were killed in and around the complex over {{two weeks}}.",
)


# ---------------------------------------------------------------- Syria, Iraq, Yemen, Turkey

F(
    "Syria coast violence: monitor's toll climbs past 1,000",
    "The Syrian Observatory for Human Rights said on Saturday that [[1,018 people|killed;a=The Syrian Observatory for Human Rights]] had been killed in {{two days}} of clashes and reprisal killings on the coast, [[745|killed;a=The Syrian Observatory for Human Rights]] of them Alawite civilians. "
    "The interior ministry gave no overall toll but said [[more than 120 members|killed;a=The interior ministry]] of the security forces had died.",
)

F(
    "Idlib strikes: rescuers count the dead",
    "Air strikes on a market in Maarat al-Numan killed [[at least 43 people|killed;a=the White Helmets]], the White Helmets said, in the deadliest attack on the town this year. "
    "The rescue group said [[more than 90|injured;a=The rescue group;alt=the White Helmets]] were wounded and that [[11|missing;a=The rescue group;alt=the White Helmets]] were still unaccounted for.",
)

F(
    "Aleppo evacuation: buses leave eastern districts",
    "[[Around 8,000 people|displaced;a=the ICRC]], including [[about 3,000 fighters|displaced;a=the ICRC]], have left eastern Aleppo by bus since Thursday, the ICRC said. "
    "Officials expect [[up to 50,000 more|displaced;p;n=-;a=Officials]] to leave in the coming days.",
)

F(
    "Mosul: bodies recovered from Old City rubble",
    "Civil defence teams have recovered [[2,585 bodies|killed;a=the head of the civil defence in Nineveh]] from the Old City of Mosul since the battle ended in {{July 2017}}, the head of the civil defence in Nineveh said. "
    "He said [[around 1,000 people|missing;a=the head of the civil defence in Nineveh]] were still listed as missing and that [[5,000 houses|housing;a=the head of the civil defence in Nineveh]] were beyond repair.",
)

F(
    "Iraq: security forces detain dozens after Basra riots",
    "Police in Basra arrested [[dozens of protesters|arrested;a=a police source]] after rioters set fire to the Iranian consulate, a police source said. "
    "The health ministry said [[three protesters|killed;a=The health ministry]] were killed and [[47 people|injured;a=The health ministry]] hurt, including [[29 members|injured;a=The health ministry]] of the security forces.",
)


# ---------------------------------------------------------------- Ukraine, Russia

F(
    "Kramatorsk station strike: toll rises to 57",
    "The death toll from the missile strike on Kramatorsk railway station rose to [[57|killed;a=Donetsk governor Pavlo Kyrylenko]], including [[five children|killed;a=Donetsk governor Pavlo Kyrylenko]], Donetsk governor Pavlo Kyrylenko said on Saturday, up from [[52|killed;a=Donetsk governor Pavlo Kyrylenko]] on Friday evening. "
    "[[109 people|injured;a=Donetsk governor Pavlo Kyrylenko]] were wounded, he said.",
)

F(
    "Dnipro apartment block: search ends with 46 dead",
    "Rescuers ended their search of the nine-storey block in Dnipro hit by a Russian missile on {{14 January}}, with [[46 people|killed;a=the State Emergency Service]] confirmed dead, the State Emergency Service said. "
    "[[Eleven people|missing;a=the State Emergency Service]] remain missing and [[80|injured;a=the State Emergency Service]] were injured, it said. "
    "[[About 1,700 residents|civilians]] lived in the block.",
    ["nine-storey"],
)

F(
    "Kyiv region: overnight drone attack",
    "Russia launched [[145 drones|other;a=Ukraine's air force]] and [[four ballistic missiles|other;a=Ukraine's air force]] at Ukraine overnight, Ukraine's air force said, adding that [[119 drones|other;a=Ukraine's air force]] had been shot down. "
    "In Kyiv, [[two people|killed;a=Mayor Vitali Klitschko]] were killed and [[nine|injured;a=Mayor Vitali Klitschko]] hurt, Mayor Vitali Klitschko said.",
)

F(
    "Russia and Ukraine swap prisoners",
    "Russia and Ukraine each freed [[95 prisoners of war|other;n=prisoners;a=the Russian defence ministry]] on Friday in a deal brokered by the United Arab Emirates, the Russian defence ministry said. "
    "President Volodymyr Zelenskiy said [[more than 3,900 Ukrainians|other;a=President Volodymyr Zelenskiy]] had been brought home in such exchanges since {{2022}}.",
)

F(
    "Belgorod shelling: regional governor gives toll",
    "Ukrainian shelling of central Belgorod on Saturday killed [[25 people|killed;a=Governor Vyacheslav Gladkov]], among them [[five children|killed;a=Governor Vyacheslav Gladkov]], and wounded [[109|injured;a=Governor Vyacheslav Gladkov]], Governor Vyacheslav Gladkov said. "
    "He said [[more than 300 residents|displaced;a=Governor Vyacheslav Gladkov]] of border villages had been moved to temporary shelters in the city.",
)

F(
    "Kursk incursion: Moscow and Kyiv trade claims",
    "Ukraine's commander-in-chief said his forces controlled {{1,000 square kilometres}} of the Kursk region and had captured [[more than 100 Russian soldiers|arrested;a=Ukraine's commander-in-chief]]. "
    "Russia's defence ministry said [[more than 2,000 Ukrainian servicemen|killed;a=Russia's defence ministry]] had been killed in the region. "
    "The acting governor of Kursk said [[about 121,000 people|displaced;a=The acting governor of Kursk]] had been evacuated and [[12 civilians|killed;a=The acting governor of Kursk]] killed.",
)

F(
    "Donbas frontline: army claims Russian losses",
    "Ukraine's General Staff said [[1,230 Russian troops|killed;a=Ukraine's General Staff]] had been killed over the past {{24 hours}}. "
    "It said its forces had also destroyed [[seven tanks|other;a=Ukraine's General Staff]] and [[23 artillery systems|other;n=systems;u=other;a=Ukraine's General Staff]]. "
    "Moscow said its troops had killed [[about 400 Ukrainian soldiers|killed;a=Moscow]] on the Pokrovsk front in the same period.",
)

F(
    "Kherson evacuation after dam breach",
    "Ukrainian authorities evacuated [[about 2,700 people|displaced;a=the regional military administration]] from flooded districts of Kherson after the Kakhovka dam was destroyed, the regional military administration said. "
    "It said [[more than 3,600 homes|housing;a=the regional military administration]] were under water and [[17 people|missing;a=the regional military administration]] were unaccounted for.",
)

F(
    "Mariupol theatre: AP investigation estimates toll",
    "An AP investigation found evidence that [[close to 600 people|killed;a=An AP investigation]] died in the Russian air strike on the Mariupol drama theatre, {{almost twice}} the [[300|killed;a=Ukrainian officials]] Ukrainian officials had cited.",
)
