"""dev266 items: Niger (Tillabéri, Tahoua, Dosso, Diffa) and Chad (Lac province)."""

from _wrap import item

item(
    "Niger: 71 soldiers killed in attack on Inates camp",
    """[[Seventy-one soldiers|killed;a=Niger's defence ministry]] were killed when Islamic State
    fighters attacked the army camp at Inates, near the Malian border, Niger's defence ministry
    said on {{Wednesday}}. [[Twelve|injured;a=the ministry]] were wounded and an unknown number
    were missing, the ministry said. It said a large number of assailants had also been killed. Local media reported that
    [[between 30 and 40 soldiers|missing;a=Local media]] had not been found.
    Security sources told AFP the assailants came in [[about 50 vehicles|other;a=Security
    sources]] and on motorcycles and shelled the camp with mortars for {{three hours}}. They put the
    number of attackers at [[up to 400|combatants;a=Security sources]]. The camp held [[about 300
    soldiers|combatants]] at the time of the attack. It was the deadliest attack on Niger's army
    since the insurgency spread from Mali in {{2015}}.""",
)

item(
    "Tahoua villages mourn 141 dead after motorbike raids",
    """Gunmen on motorbikes killed [[141 people|killed;a=the government]] in raids on Intazayene,
    Bakorat and Wistane in the Tahoua region near the Malian border, the government said on
    {{Monday}}, declaring {{three days}} of mourning. Survivors said the attackers shot men
    working in the fields and then went from hut to hut. A local official told Reuters that
    [[at least 20 children|killed;a=A local official]] were among the dead. [[Dozens of
    people|injured]] were taken to Tillia. The raids came {{a week}} after [[66 people|killed]]
    were killed in villages of the Tillabéri region. The governor said [[more than 4,000
    people|displaced;a=The governor]] had fled the area, and that the army would deploy
    [[several hundred soldiers|combatants;p;a=The governor]] to the Tillia department.""",
)

item(
    "Worshippers killed in attack on mosque in western Niger",
    """Islamic State fighters killed [[44 worshippers|killed;a=the interior ministry]] during Friday
    prayers at a mosque in Fambita, in the Tillabéri region, the interior ministry said. The
    attackers, on [[15 to 20 motorcycles|other;a=a resident]], surrounded the mosque at about {{2
    pm}} and opened fire, a resident said. They also
    burned [[a dozen houses|housing]] and the village market. [[Thirteen
    people|injured;a=the ministry;alt=the interior ministry]] were wounded, the ministry added.
    [[About 200 families|displaced;a=the mayor of Kokorou]] have fled to Kokorou, the mayor of
    Kokorou said. Niger's junta declared {{72 hours}} of national mourning. ACLED has counted [[more than 1,600
    civilians|killed;a=ACLED]] killed in Niger since the coup of {{July 2023}}.""",
)

item(
    "Diffa: Boko Haram raid on Toumour burns market and homes",
    """Boko Haram fighters attacked Toumour, in Niger's Diffa region, overnight, killing [[28
    people|killed;a=the regional governor]], the regional governor said. The fighters set fire to
    [[about 800 houses|housing]] and the town's market. Toumour hosted [[some 25,000 displaced
    people|displaced;a=UNHCR]] and refugees from Nigeria, UNHCR said. "They burned everything,
    even the granaries," said Fanta Mallam, who fled with her [[seven children|displaced;a=Fanta
    Mallam]]. Humanitarian agencies said [[at least 4,000 people|displaced;a=Humanitarian
    agencies]] had since reached Diffa town, {{90 km}} away. The Diffa region is home to [[about
    300,000 refugees, displaced people and returnees|displaced;n=refugees, displaced people and
    returnees]].""",
)

item(
    "Niger: schools close in Tillabéri as threats to teachers multiply",
    """[[More than 890 schools|other;a=the education ministry]] were closed in Niger's Tillabéri
    region in {{March}} because of attacks and threats, depriving [[about 78,000
    children|civilians;a=the education ministry]] of lessons, the education ministry said. UNICEF
    said armed men had burned [[at least 30 classrooms|housing;a=UNICEF]] since {{January}}, many
    of them straw huts. In the Torodi department, [[two teachers|killed]] were killed and
    [[three|kidnapped]] abducted in {{2024}}. The ministry plans to open [[120 temporary learning
    spaces|capacity;p;u=structure;a=The ministry;alt=the education ministry]] for displaced pupils
    in the towns of Téra and Tillabéri. [[About 14,000 displaced children|displaced]] are already
    enrolled there.""",
)

item(
    "Niger soldiers killed in Tassia ambush, junta says",
    """[[Twenty-nine soldiers|killed;a=the ruling junta]] were killed in an ambush near Tassia, in
    the Tillabéri region, by [[more than 100 terrorists|combatants;a=the ruling junta]] using
    explosive devices and kamikaze drones, the ruling junta said in a statement read on national
    television. [[Two others|injured;a=the ruling junta]] were wounded, it said. The army killed [[several dozen
    assailants|killed;a=the statement]] in the counter-attack, according to the statement. The ambush came
    {{three weeks}} after [[17 soldiers|killed;a=the defence ministry]] died near Koutougou, the
    defence ministry said. The junta, which expelled French forces in {{2023}}, has increased
    recruitment, with a goal of [[100,000 troops|combatants;p]] by {{2030}}.""",
)

item(
    "Chad: Boko Haram kills soldiers on Bohoma peninsula",
    """[[Ninety-eight soldiers|killed;a=President Idriss Déby]] were killed and [[47|injured;a=President
    Idriss Déby]] wounded when Boko Haram fighters overran an army position on the Bohoma
    peninsula, President Idriss Déby said. It was the heaviest loss in a single day in the
    army's history. The fighters took away [[24 military vehicles|other]]. Déby personally led a
    counter-offensive in the weeks that followed, and the army later said it had killed [[about
    1,000 jihadists|killed;a=the army]] and lost [[52 soldiers|killed;a=the army]]. [[More than
    20,000 people|displaced;a=the International Organization for Migration]] fled the islands
    of Lake Chad during the operation, according to the International Organization for
    Migration.""",
)

item(
    "Lake province: displacement sites fill as violence returns",
    """The number of people displaced in Chad's Lac province has reached [[about 215,000|displaced;a=the
    International Organization for Migration]], the International Organization for Migration
    said in its latest count. The agency said they lived in [[186 sites|capacity;a=The
    agency;alt=the International Organization for Migration]] and in host villages. [[Some 6,500
    people|displaced]] fled in
    {{October}} alone, after an attack on the army base at Barkaram killed [[about 40
    soldiers|killed]]. At the same time [[more than 8,000 returnees|returned]] have gone back to
    the islands of Kaiga Kindjiria and Tchoukoutalia since {{January}}. The Chadian Red Cross
    said it had distributed shelter kits to [[1,350 families|aid;a=The Chadian Red Cross]].""",
)

item(
    "Bol suicide bombings kill dozens at market and fish landing",
    """[[Four suicide bombers|combatants;a=Chad's government spokesman]] blew themselves up at the
    fish market and at a landing stage in Bol on {{Saturday}}, killing [[27 people|killed;a=Chad's
    government spokesman]], Chad's government spokesman said. [[More than 80|injured;a=the
    spokesman]] were wounded, the spokesman said. The provincial hospital, with [[about 40
    beds|capacity]], flew [[a dozen patients|injured]] to N'Djamena. It was the worst attack in the
    town since Chad joined the regional force against Boko Haram in {{2015}}. The government
    banned the full-face veil after the bombings, and police said they had detained [[62
    suspects|arrested;a=police]] within {{a week}}.""",
)

item(
    "Aid workers freed in Niger after months in captivity",
    """[[Two aid workers|kidnapped;a=the organisation]] of a German charity, abducted in the Tahoua
    region in {{April}}, have been released, the organisation said on {{Thursday}}. The workers, a
    German and a Nigerien driver, had been held by the Islamic State Sahel Province for {{seven
    months}}. According to the International NGO Safety Organisation, [[at least 14 aid
    workers|kidnapped;a=the International NGO Safety Organisation]] were abducted in Niger last
    year and [[three|killed;a=the International NGO Safety Organisation]] were killed. [[Six
    others|kidnapped]] are still being held, including an American missionary taken near Niamey
    in {{2016}}. Niger's authorities have suspended the activities of [[about 60 non-governmental
    organisations|other;u=other]] in the region.""",
)

item(
    "Niger junta detains officials, journalists after Tillabéri killings",
    """Niger's military authorities have detained [[at least 24 people|arrested;a=Amnesty
    International]], including [[five journalists|arrested;a=Amnesty International]] and a former
    minister, since the killing of civilians in the Tillabéri region in {{December}}, Amnesty
    International said. The journalists had reported that soldiers killed [[about 20
    villagers|killed;a=The journalists]] in a reprisal raid near Banibangou. The army said it had
    killed [[17 terrorists|killed;a=The army]] there and freed [[15 hostages|kidnapped;a=The
    army]]. The junta has held former president Mohamed Bazoum since the coup of {{26 July
    2023}}. Rights groups say [[more than 30 political prisoners|arrested;a=Rights groups]] are
    held in the country.""",
)

item(
    "Hundreds return to Anzourou villages as army sets up posts",
    """[[About 3,800 people|returned;a=the prefect of Tillabéri]] have returned to [[17
    villages|other;a=the prefect of Tillabéri]] of the Anzourou commune since the army opened
    [[three new posts|other;u=structure]] in the area, the prefect of Tillabéri said. They had fled
    in {{2021}} after jihadists killed [[dozens of villagers|killed]] and burned granaries. The
    World Food Programme said it would provide food for [[some 5,000 returnees|aid;p;a=The
    World Food Programme]] for {{six months}}. Many returnees found their homes looted; [[at least
    120 houses|housing]] need rebuilding. [[About 1,500 people|displaced]] remain in the
    Tillabéri site, which has room for [[2,000|capacity]].""",
)

item(
    "Boko Haram fighters and families surrender in Diffa",
    """[[Some 240 Boko Haram fighters|combatants;a=Niger's interior ministry]] and [[about 600
    women and children|other;n=women and children;a=Niger's interior ministry]] from their families
    have surrendered to the authorities in Diffa since {{January}}, Niger's interior ministry said.
    They are held at the Goudoumaria centre, built for [[300 people|capacity]], where [[more than
    400 former fighters|other]] have been trained since {{2017}}. [[Nearly 200|returned;a=the
    ministry;alt=Niger's interior ministry]] have gone back to their villages after completing
    the programme, the ministry said. Local leaders warn that some of the returnees were
    among the fighters who abducted [[at least 30 women|kidnapped]] near Bosso in {{2019}}.""",
)

item(
    "Makalondi: blockade leaves town short of food as convoy attacked",
    """Jihadists attacked a commercial convoy of [[about 60 trucks|other;a=the prefect]] on the
    road between Torodi and Makalondi on {{Sunday}}, killing [[four escort soldiers|killed;a=the
    prefect]] and [[two drivers|killed;a=the prefect]], the prefect said. [[Nine trucks|other]]
    were burned. Makalondi, near the border with Burkina Faso, has been cut off for {{four
    months}} and [[its 30,000 residents|civilians]] depend on the few convoys that get through.
    The Norwegian Refugee Council said [[some 7,000 displaced people|displaced;a=The Norwegian
    Refugee Council]] in the town had received no food aid since {{September}}. Aid groups say [[no more than 15 aid trucks a month|aid;a=Aid groups]] have reached the town
    since {{June}}. A sack of millet costs {{35,000 CFA francs}}, up from {{18,000}}.""",
)

item(
    "Niger pipeline to Benin: oil exports resume after border row",
    """Crude exports through the {{2,000 km}} pipeline from Niger's Agadem field to the Beninese port
    of Sèmè resumed in {{August 2024}} after a dispute between Niamey and Cotonou. The line can carry
    {{90,000 barrels per day}}. China's CNPC invested about {{$4.5 billion}} in the project. Oil is
    expected to account for about {{25%}} of Niger's GDP and {{50%}} of its tax revenue. The junta,
    in power since {{July 2023}}, has accused Benin of hosting French bases, which Benin denies.""",
)

item(
    "Chad votes in presidential election after three years of transition",
    """Chadians voted on {{6 May 2024}} in a presidential election that ended {{three years}} of
    transition after the death of Idriss Déby, who was killed at the front in {{April 2021}}.
    Mahamat Idriss Déby, {{40}}, won with {{61%}} of the vote, according to the electoral agency.
    His main rival, Prime Minister Succès Masra, took {{18.5%}}. Turnout was {{75.9%}}. The
    European Union put the cost of the vote at about {{$50 million}}.""",
)
