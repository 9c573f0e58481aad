"""dev32 figures items: longer reports. Marks: eval/figset/marks.py; see build.py."""

from figset import F

# ---------------------------------------------------------------- longer reports

F(
    "El Fasher: RSF assault on Abu Shouk camp",
    "The Rapid Support Forces attacked Abu Shouk camp on the northern edge of El Fasher on Tuesday, shelling homes and storming the market. "
    "The Emergency Lawyers group said [[at least 40 people|killed;a=The Emergency Lawyers group]] were killed, among them [[several dozen women and children|killed;n=women and children;a=The Emergency Lawyers group]]. "
    "The local resistance committee said the attackers set fire to [[about 300 shelters|housing;a=The local resistance committee]]. "
    "The camp was home to [[some 450,000 displaced people|displaced]] before the siege of the city began in {{May 2024}}. "
    "The International Organization for Migration said [[around 2,000 families|displaced;a=The International Organization for Migration]] fled to Tawila, {{60 km}} to the west, in the two days after the attack. "
    "Many walked for {{three days}} without water. "
    "MSF said its clinic in Tawila treated [[37 people|injured;a=MSF]] for gunshot wounds on Thursday alone.",
    ["two days"],
)

F(
    "Bakhmut: a week on the front",
    "Ukraine's military said on Sunday that its forces had repelled [[more than 30 Russian attacks|other;u=other;a=Ukraine's military]] around Bakhmut in the past day. "
    "Donetsk regional governor Pavlo Kyrylenko said [[about 4,000 civilians|civilians;a=Donetsk regional governor Pavlo Kyrylenko]], including [[38 children|civilians;a=Donetsk regional governor Pavlo Kyrylenko]], were still living in the city, which had a population of [[about 70,000|civilians;a=Donetsk regional governor Pavlo Kyrylenko]] before the war. "
    "Police were evacuating residents daily, he said. "
    "Russia's Wagner group claimed to have taken [[two more villages|other;a=Russia's Wagner group]] north of the city. "
    "A Ukrainian commander told Reuters that his unit had lost [[eight men|killed;a=A Ukrainian commander]] in {{a week}}. "
    "Neither side's claims could be independently verified.",
)

F(
    "Floods sweep through eastern Libya and Benghazi outskirts",
    "Heavy rain caused flash floods in Al-Marj and Shahat overnight on Sunday. "
    "The eastern government's health minister said [[12 people|killed;a=The eastern government's health minister]] had died in Al-Marj. "
    "In Al-Bayda, [[about 7,000 residents|displaced;a=the mayor]] left their homes, the mayor said. "
    "Soldiers and volunteers rescued [[more than 300 people|other]] stuck on rooftops. "
    "The eastern army said [[six soldiers|missing;a=The eastern army]] were missing after their vehicle was swept away. "
    "Schools will stay closed for {{a week}}.",
)

F(
    "Kabul airport: a day of evacuation",
    "US and allied aircraft flew [[about 21,600 people|displaced;a=the White House]] out of Kabul in the 24 hours to Monday morning, the White House said. "
    "The Pentagon said [[5,800 US troops|combatants;a=The Pentagon]] were at the airport. "
    "Britain said it had evacuated [[more than 5,700 people|displaced;a=Britain]] since {{August 13}}, [[about 3,100|displaced;a=Britain]] of them Afghans. "
    "Crowds at the gates grew through the day, and [[seven people|killed;a=the British defence ministry]] died in the crush, the British defence ministry said. "
    "US officials said [[about 10,000 people|civilians;a=US officials]] were waiting inside the airport for flights.",
    ["24 hours"],
)

F(
    "Gaza: deadly day at aid distribution site",
    "Israeli troops opened fire near an aid distribution site in Rafah on Sunday, killing [[at least 31 people|killed;a=the Gaza health ministry]] and wounding [[more than 170|injured;a=the Gaza health ministry]], the Gaza health ministry said. "
    "The Israeli army said it had fired warning shots at suspects who approached its forces. "
    "The Red Cross said its field hospital in Rafah received [[179 patients|injured;a=The Red Cross]], [[21|killed;a=The Red Cross]] of whom were declared dead on arrival. "
    "The US-backed Gaza Humanitarian Foundation said it had handed out [[about 16,000 food boxes|aid;a=The US-backed Gaza Humanitarian Foundation;alt=Gaza Humanitarian Foundation]] that day without incident. "
    "The UN said [[2.1 million people|civilians;a=The UN]] in Gaza were at risk of famine.",
)

F(
    "Cameroon: separatist violence in the Northwest",
    "Separatist fighters attacked the village of Mamfe on Saturday, killing [[five civilians|killed;a=the army]] and a soldier, the army said. "
    "Soldiers killed [[three separatists|killed;a=the army]] in the fighting, it said. "
    "The Norwegian Refugee Council said [[more than 600,000 people|displaced;a=The Norwegian Refugee Council]] remain displaced by the conflict in the Northwest and Southwest regions, which began in {{2017}}. "
    "[[About 3,000 schools|other;a=UNICEF]] are closed, UNICEF said.",
)

F(
    "Syria: Idlib camps flooded",
    "Heavy rain and snow damaged or destroyed [[more than 2,800 tents|housing;u=other;a=the Syrian Civil Defence]] in camps across northwest Syria, the Syrian Civil Defence said. "
    "[[About 22,000 people|civilians;a=the group;alt=the Syrian Civil Defence]] in [[162 camps|capacity;a=the group;alt=the Syrian Civil Defence]] were affected, the group said. "
    "A child died when a tent collapsed near Atmeh.",
)

F(
    "Myanmar: Lashio falls to rebels",
    "The Myanmar National Democratic Alliance Army said it had captured Lashio, the first regional military command to fall since the coup. "
    "The group said it had taken [[more than 200 soldiers|arrested;a=The group;alt=Myanmar National Democratic Alliance Army]] prisoner, including a brigadier general. "
    "Residents said [[tens of thousands|displaced;a=Residents]] had fled the city toward Mandalay.",
    ["first regional"],
)

F(
    "Honduras: riot at women's prison",
    "[[Forty-six women|killed;a=Security Minister Ramón Sabillón]] were killed in a riot at the women's prison in Támara, Security Minister Ramón Sabillón said. "
    "Gang members set fire to cells and shot other inmates. "
    "[[At least seven inmates|injured]] were treated in hospital in Tegucigalpa. "
    "President Xiomara Castro ordered the army to take control of all prisons for {{a year}}.",
)

F(
    "Ecuador: prison clash in Guayaquil",
    "Fighting between gangs at the Litoral prison in Guayaquil left [[at least 118 inmates|killed;a=President Guillermo Lasso]] dead, President Guillermo Lasso said. "
    "Police said [[six|killed;a=Police]] of the dead had been beheaded. "
    "The government sent [[400 police officers|combatants]] to retake control of the prison, which holds [[more than 8,000 inmates|arrested]].",
)

F(
    "Jenin raid",
    "Israeli forces killed [[nine Palestinians|killed;a=the Palestinian health ministry]] in a raid on Jenin refugee camp, the Palestinian health ministry said, among them a woman aged {{61}}. "
    "The Israeli military said it had arrested [[three suspects|arrested;a=The Israeli military]] and [[about 20 people|injured]] were wounded.",
)

F(
    "Kidnapped Chibok girl found",
    "The Nigerian army said it had found a woman who was among the Chibok schoolgirls abducted by Boko Haram in {{2014}}. "
    "She is now aged {{26}} and was carrying a baby. "
    "[[Ninety-one of the girls|kidnapped;n=girls;a=Amnesty International]] are still missing, according to Amnesty International.",
)
