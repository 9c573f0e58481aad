"""dev351 items: Afghans deported from Iran, Baluch militancy and attacks in Sistan-Baluchestan and
Kerman."""

from _wrap import item

item(
    "IOM: more than 500,000 Afghans returned from Iran in a month",
    """
[[More than 500,000 Afghans|returned;a=the International Organization for Migration]] crossed back from Iran between {{1 June}} and {{5 July}}, the International
Organization for Migration said, {{about 70%}} of them deported. On a single day, {{4 July}}, [[51,000 people|returned;a=the agency;alt=the International Organization for Migration]]
crossed at Islam Qala, the agency said. Iran had set a deadline of {{6 July}} for undocumented Afghans to leave and says it aims to send back
[[up to 4 million|returned;a=Iran;n=-;p]] of the [[6 million Afghans|displaced;a=Iran]] it says live in the country.
The IOM said only {{1 in 10}} arrivals received help.
Of those deported, [[some 6,700|returned;a=the IOM;n=-]] were unaccompanied children, the IOM said. Aid groups said [[roughly 60,000 returnees|aid;a=Aid groups]] had received hot meals at the border.
""",
)

item(
    "Islam Qala crossing overwhelmed by deportees",
    """
The reception centre at Islam Qala, built for [[about 7,000 people a day|capacity;a=aid workers]], was receiving [[more than 30,000 a day|returned;a=aid workers;n=-]] at the
peak, aid workers said. The UN refugee agency said it had set up [[25 extra tents|capacity;a=The UN refugee agency;u=structure]] for families waiting in the heat
and that [[roughly 12,000 returnees|aid;a=The UN refugee agency]] had been given cash for transport. The Taliban's refugees ministry said
[[1,200 buses|other;a=The Taliban's refugees ministry]] had carried returnees to their provinces and that [[some 9,000 families|returned;a=The Taliban's refugees ministry]]
arriving from Iran had no home to go to. [[Hundreds of unaccompanied children|returned]] were among the arrivals. Temperatures reached {{45C}}.
""",
)

item(
    "Afghan families deported after Israel war, accused of spying",
    """
Iranian police detained [[thousands of Afghans|arrested;a=rights groups]] after the June war, accusing some of spying for Israel, rights groups said, and
[[more than 250,000|returned;a=the UN refugee agency;n=-]] were deported in the following {{three weeks}}, according to the UN refugee agency. UNHCR said
[[at least 1,800 unaccompanied children|returned;a=UNHCR]] were among those sent back. It said [[around 40,000 households|returned;a=UNHCR]] had
returned as whole families, often with no more than a few bags. Amnesty said [[at least 15 Afghans|killed;a=Amnesty]] had been shot dead by Iranian border guards
while trying to cross since {{January}}, and that [[dozens more|injured;a=Amnesty;n=-]] had been wounded.
""",
)

item(
    "Herat camp takes in returnees as winter nears",
    """
A camp outside Herat that opened in {{November}} with [[300 tents|capacity;a=the Norwegian Refugee Council]] now shelters [[about 4,500 people|displaced;a=the Norwegian Refugee Council]]
who were sent back from Iran, the Norwegian Refugee Council said. The charity said it had built [[60 latrines|aid;a=The charity;alt=the Norwegian Refugee Council]],
handed out [[2,000 winter kits|aid;a=The charity;alt=the Norwegian Refugee Council]] and needed [[another 1,500 tents|aid;a=The charity;alt=the Norwegian Refugee Council;p]] before the snow.
Local officials said [[between 300 and 400 families|returned;a=Local officials]] were arriving at the camp each week. WFP said it was feeding
[[some 20,000 returnees|aid;a=WFP]] in the province. A Taliban official said land would be allotted to [[1,000 families|aid;a=A Taliban official;p]] in a new township.
""",
)

item(
    "Pakistan and Iran deportations push Afghan returns past 2 million",
    """
Returns of Afghans from Iran and Pakistan passed [[2 million|returned;a=the UN;n=-]] in {{2025}}, the UN said on {{Tuesday}}, the largest movement back in
{{more than two decades}}. [[About 1.5 million|returned;a=the UN;n=-]] came from Iran, which deported roughly two-thirds of them.
The World Food Programme said [[3.5 million people|civilians;a=The World Food Programme]] in the provinces receiving most returnees faced acute hunger and that
it could feed [[fewer than 1 million|aid;a=The World Food Programme;p]] of them over the winter for lack of money. UNHCR said
[[up to 3 million more|returned;a=UNHCR;n=-;p]] could be forced back in {{2026}}.
The Taliban government said it had registered [[between 800,000 and 900,000 returnees|returned;a=The Taliban government]] from Iran since {{January}}. The agency said [[23 million Afghans|civilians;a=The agency;alt=The World Food Programme]] already needed aid.
""",
)

item(
    "Jaish al-Adl attack on Rask kills 11 police, Iran says",
    """
Militants from Jaish al-Adl attacked a police station in Rask in Sistan-Baluchestan overnight, killing [[11 police officers|killed;a=state media]], state media said.
The provincial deputy governor said [[about 20 attackers|combatants;a=The provincial deputy governor]] took part and that [[seven of them|killed;a=The provincial deputy governor;n=-]] were killed
in the fighting. The Revolutionary Guards said they had sent [[two battalions|combatants;u=other]] to the area and detained [[at least 14 suspects|arrested;a=The Revolutionary Guards]].
Haalvsh said [[five local men|arrested;a=Haalvsh]] were picked up in raids on Rask the next day and that [[dozens of families|displaced;a=Haalvsh]] fled to Chabahar.
[[Four wounded officers|injured]] were airlifted to Zahedan.
""",
)

item(
    "Border guards abducted near Mirjaveh freed after months",
    """
Iran's foreign ministry said [[five border guards|kidnapped;a=Iran's foreign ministry]] abducted by Jaish al-Adl near Mirjaveh had been freed and handed over on the Pakistani
side of the border. They were among [[12 guards|kidnapped;a=the ministry;alt=Iran's foreign ministry]] seized in {{October 2018}}, the ministry said.
[[Four others|kidnapped;n=-]] had been freed earlier in a Pakistani army operation, and the fate of [[the remaining three|kidnapped;n=-]] was unknown.
The group said it was still holding [[two Iranian soldiers|kidnapped;a=The group]] from a separate attack. Officials said [[about 600 troops|combatants;a=Officials]] had been sent to the border.
""",
)

item(
    "Iranian and Pakistani strikes across the border kill children",
    """
Iran said it struck [[two bases|other;a=Iran;u=structure]] of Jaish al-Adl in Pakistan's Panjgur district with missiles and drones. Pakistan said the strike killed
[[two children|killed;a=Pakistan]] and wounded [[three girls|injured;a=Pakistan]]. Two days later Pakistan hit what it called hideouts of Baluch separatists near Saravan,
killing [[nine people|killed;a=Iranian officials]], among them [[four children|killed;a=Iranian officials]] and [[three women|killed;a=Iranian officials]], Iranian officials said.
Residents said [[some 50 families|displaced;a=Residents]] left the village of Siravan, and that [[at least 10 houses|housing;a=Residents]] were damaged.
""",
)

item(
    "Kerman bombing: IS claims attack on Soleimani memorial",
    """
Two suicide bombers killed [[at least 95 people|killed;a=Iranian officials]] at a memorial procession for Qassem Soleimani in Kerman, Iranian officials said, in the deadliest attack in Iran
since the {{1979}} revolution. Islamic State claimed the attack. The health ministry said [[284 people|injured;a=The health ministry]] were wounded,
[[about 60|injured;a=The health ministry;n=-]] of them critically. The intelligence ministry later revised the toll down to [[89|killed;a=The intelligence ministry;n=-]].
It said [[35 suspects|arrested;a=The intelligence ministry]] had been arrested in {{six}} provinces and that [[two more|arrested;n=-]] were held on the Afghan border.
[[Tens of thousands of mourners|other]] had gathered at the cemetery. [[Two members of the security forces|killed]] were among the dead.
""",
)

item(
    "Shah Cheragh shrine attack kills 13 in Shiraz",
    """
A gunman opened fire at the Shah Cheragh shrine in Shiraz, killing [[13 people|killed;a=the judiciary]], including [[two children|killed;a=the judiciary]], the judiciary said.
Islamic State claimed the attack. The governor of Fars province said [[at least 30 worshippers|injured;a=The governor of Fars province]] were wounded and that
[[26 people|arrested;a=The governor of Fars province]] had been arrested, most of them foreign nationals.
Police said [[around 200 officers|combatants;a=Police]] were posted at the shrine after the attack.
Authorities said [[seven people|other;a=Authorities]] were later convicted over the attack; [[two|killed;n=-]] were hanged in public in {{July 2023}}.
""",
)

item(
    "Kolbars shot at the border, Kurdish groups say",
    """
Iranian border forces killed [[at least 45 kolbars|killed;a=Hengaw]], the Kurdish porters who carry goods across the border, and wounded [[about 230|injured;a=Hengaw;n=-]] in {{2024}},
Hengaw said. The Kurdistan Human Rights Network said [[six porters|missing;a=The Kurdistan Human Rights Network]] were still missing after a snowstorm in the mountains
near Baneh. [[Nearly 10,000 kolbars|civilians;a=local officials]] work the routes around Baneh and Marivan, according to local officials.
Border guards seized [[some 80 mules|other;a=the group;alt=Hengaw;u=other]], the group said.
In Sardasht, [[four porters|killed;a=police]] died in an avalanche, police said. Hengaw said [[as many as 200 porters|arrested;a=Hengaw]] were detained and fined.
""",
)

item(
    "Zahedan under security lockdown ahead of Friday prayers",
    """
Security forces sealed off Zahedan's Makki mosque before Friday prayers, residents said, deploying [[hundreds of riot police|combatants;a=residents]] and
[[at least 50 vehicles|other;a=residents]]. Haalvsh said [[more than 60 worshippers|arrested;a=Haalvsh]] were detained, [[12 of them|arrested;a=Haalvsh;n=-]] teenagers, and that
[[three men|missing;a=Haalvsh]] had not been seen since. The Baluch cleric Molavi Abdolhamid told [[some 20,000 worshippers|other;a=his office]] who reached the mosque
that the killings of {{2022}} would not be forgotten, his office said.
""",
)

item(
    "Militants kill five in Zahedan courthouse attack",
    """
Gunmen stormed the judiciary building in Zahedan on {{Saturday}}, killing [[five people|killed;a=state media]], state media said, among them
a toddler and her mother. The Guards said [[all six attackers|killed;a=The Guards]] were killed.
The provincial police chief said [[about 13 people|injured;a=The provincial police chief]] were wounded and that [[dozens of staff|kidnapped;a=The provincial police chief]]
were briefly held hostage before being freed by special forces.
[[Some 40 visitors|displaced;a=The provincial police chief]] were evacuated from the building, he said.
Jaish al-Adl said [[six of its fighters|killed;a=Jaish al-Adl]] died in the operation. [[About 30 people|arrested;a=Haalvsh]] were detained in Zahedan over the following days, Haalvsh said.
""",
)

item(
    "Jaish al-Adl abducts Iranian soldiers near Saravan",
    """
Jaish al-Adl said on its Telegram channel that it had captured [[four Iranian soldiers|kidnapped;a=Jaish al-Adl]] near Saravan, and posted a video of
[[two of them|kidnapped;a=Jaish al-Adl;n=-]]. The army said [[one soldier|killed;a=The army]] was killed in the attack. In a separate incident,
[[three truck drivers|kidnapped;a=local media]] were seized on the Zahedan-Khash road, local media said. A mediator from the tribe said
[[about 10 tribal elders|other;a=A mediator from the tribe]] had been in contact with the kidnappers. The governor said [[20 checkpoints|other;a=The governor]] had been
added on roads in the south of the province.
""",
)

item(
    "Afghanistan's economy strains as remittances from Iran fall",
    """
Remittances from Afghans working in Iran fell by {{about 40%}} in the {{year to March}}, Da Afghanistan Bank said, as wages in rials lost value and
deportations rose. The afghani traded at {{70}} to the dollar. The World Bank forecast growth of {{2.5%}} for {{2026}}, down from
{{2.7%}}, and said food prices had risen {{18 per cent}} in Herat since {{June}}.
""",
)

item(
    "Sistan-Baluchestan water crisis deepens after dry winter",
    """
Rainfall in Sistan-Baluchestan was {{75%}} below average this winter, the meteorological office said, and the Chah Nimeh reservoirs fell to
{{their lowest level since 2001}}. Temperatures in Zabol reached {{50C}} in {{July}}. The province has had {{four}} consecutive years of drought,
and the Helmand river's flow into Iran was {{about 820 million cubic metres}} a year under a {{1973}} treaty with Afghanistan.
""",
)
