"""Ceasefires and their monitors: violations, explosions and shelling counted, soldiers killed
in truce breaches, observers deployed, hostages and prisoners exchanged (17 texts, all with
figures)."""

from _wrap import item

item(
    "OSCE monitors record spike in ceasefire violations in Donbas",
    """KYIV (Reuters) - The OSCE's Special Monitoring Mission (SMM) said in its weekend report
    that it had recorded
    [[1,265 ceasefire violations|other;u=other;a=The OSCE's Special Monitoring Mission (SMM)]] in
    Donetsk region, including
    [[320 explosions|other;u=other;a=The OSCE's Special Monitoring Mission (SMM)]], compared
    with [[about 800 violations|other;u=other;a=The OSCE's Special Monitoring Mission (SMM)]] in
    the previous reporting period. In Luhansk region, the SMM recorded
    [[76 ceasefire violations|other;u=other;a=the SMM]]. The mission confirmed that
    [[two civilians|injured;a=The mission;alt=The OSCE's Special Monitoring Mission (SMM)]] had
    been wounded by shelling in Horlivka and that [[three houses|housing;a=The mission;alt=The OSCE's Special Monitoring Mission (SMM)]]
    had been damaged. Its patrols also saw [[12 anti-tank mines|other]] laid across a road near
    Zolote, in breach of the {{2015}} Minsk agreements. The SMM has
    [[about 700 monitors|other]] in Ukraine, [[more than 500 of them|other;n=-]] in the east.
    The war has killed [[more than 13,000 people|killed;a=the UN]] since {{2014}}, according to
    the UN.""",
)

item(
    "Ukrainian soldier killed as truce frays in the east",
    """KYIV (AFP) - [[One Ukrainian soldier|killed;a=the army]] was killed and
    [[two|injured;a=the army]] wounded on Friday when separatists fired mortars at positions near
    Shumy, the army said. Ukrainian forces registered [[13 violations|other;u=other;a=Ukrainian forces]]
    of the truce on Friday alone, they said. Since the ceasefire took effect in July {{2020}},
    [[at least 30 soldiers|killed;a=an AFP tally]] have been killed, according to an AFP tally.
    Separatist authorities in Donetsk said [[two of their fighters|killed;a=Separatist authorities in Donetsk]]
    had died in Ukrainian fire. Kyiv says Russia has massed
    [[more than 80,000 troops|combatants;a=Kyiv]] near the border and in Crimea, the most since
    {{2014}}.""",
)

item(
    "Armenia says four soldiers killed in border clash with Azerbaijan",
    """YEREVAN (Reuters) - [[Four Armenian soldiers|killed;a=Armenia's defence ministry]] were
    killed and [[one|injured;a=Armenia's defence ministry]] wounded when Azerbaijani forces
    opened fire near the village of Sotk, Armenia's defence ministry said on Tuesday. Baku said
    Armenian forces had fired first and that [[one of its soldiers|injured;a=Baku]] was wounded.
    Azerbaijan's defence ministry said Armenian units had violated the truce
    [[14 times|other;u=other;a=Azerbaijan's defence ministry]] over the weekend. The European
    Union has [[about 100 unarmed monitors|other]] on the Armenian side of the border. Russia
    still has [[about 2,000 peacekeepers|combatants]] in Karabakh under the {{November 2020}}
    ceasefire, which ended a {{44-day}} war that killed [[about 6,500 people|killed]].""",
)

item(
    "Yemen truce holds, but both sides count violations",
    """SANAA (Al Jazeera) - The UN envoy for Yemen, Hans Grundberg, said on Thursday that
    civilian casualties had fallen by more than {{50 percent}} since the {{two-month}} truce began.
    The Houthis said the Saudi-led coalition had breached the truce
    [[more than 1,700 times|other;u=other;a=The Houthis]] in its {{first}} month, while the
    coalition accused the rebels of [[about 2,800 violations|other;u=other;a=the coalition]].
    Save the Children said [[19 children|injured;a=Save the Children]] had been killed or maimed
    since the truce began, most of them by landmines and unexploded ordnance. Under the deal,
    [[18 fuel ships|other]] have been allowed into Hodeidah port and
    [[two commercial flights a week|other]] have flown from Sanaa airport. The war has killed
    [[more than 150,000 people|killed;a=the Armed Conflict Location and Event Data Project]]
    since {{2015}}, according to the Armed Conflict Location and Event Data Project.""",
)

item(
    "Shelling tests Idlib truce as displaced hold back",
    """BEIRUT (AFP) - Government forces shelled [[six villages|other;a=the Syrian Observatory for Human Rights]]
    in southern Idlib on Thursday in the most serious breach of a Russian-Turkish ceasefire since
    it took effect a week ago, the Syrian Observatory for Human Rights said.
    [[Two civilians|killed;a=the Britain-based monitor;alt=the Syrian Observatory for Human Rights]]
    were killed, the Britain-based monitor said, the {{first}} deaths since the truce. It has
    documented [[more than 200 violations|other;u=other;a=the Syrian Observatory for Human Rights]]
    in all. Turkey has sent [[more than 7,000 troops|combatants]] into the province since
    {{February}}. [[Nearly a million people|displaced;v=1000000;q=approx;a=the UN]] fled the
    offensive that preceded the truce, the UN said, and
    [[only about 12,000|returned;a=the UN]] have gone back.""",
)

item(
    "UN mission logs incidents under Colombia's ceasefire with ELN",
    """BOGOTA (Reuters) - The UN Verification Mission in Colombia registered
    [[46 incidents|other;u=other;a=The UN Verification Mission in Colombia]] in the
    {{first three months}} of the ceasefire between the government and ELN rebels,
    [[nine of them|other;n=-;u=other;a=The UN Verification Mission in Colombia]] serious, it said
    in a report on Wednesday. The monitoring mechanism has
    [[about 170 observers|other]] from the UN, the Catholic Church, the government and the
    rebels. [[Two soldiers|killed;a=the defence ministry]] were killed by an explosive device in
    Arauca in {{September}}, the defence ministry said. The ELN has
    [[about 6,000 fighters|combatants;a=the army]], the army estimates, and has held
    [[at least 38 hostages|kidnapped;a=The Ombudsman's office]] since the truce began, according
    to The Ombudsman's office. It is the longest ceasefire with the group in
    {{six decades}} of conflict.""",
)

item(
    "Palestinians killed despite Gaza ceasefire, health ministry says",
    """Israeli strikes and gunfire have killed
    [[at least 240 Palestinians|killed;a=the Gaza health ministry]] and wounded
    [[more than 600|injured;a=the Gaza health ministry]] since the ceasefire took effect on
    {{October 10}}, the Gaza health ministry said on Sunday. The Israeli military said
    [[three of its soldiers|killed;a=The Israeli military]] had been killed by Hamas fighters in
    Rafah in the same period. Under the deal, Hamas freed
    [[the last 20 living hostages|kidnapped]] and Israel released
    [[about 1,950 Palestinian prisoners and detainees|other;n=prisoners and detainees]]. Hamas has
    since handed over [[the bodies of 24 hostages|killed]]. The UN says
    [[600 trucks a day|aid;p;a=The UN]] are needed to meet Gaza's needs; it has counted an average of
    [[145 trucks a day|aid;a=The UN]] since the truce began.""",
)

item(
    "UNIFIL logs thousands of violations after Lebanon ceasefire",
    """BEIRUT (L'Orient Today) - UN peacekeepers in southern Lebanon have recorded
    [[more than 7,500 air violations|other;u=other;a=UNIFIL]] and
    [[nearly 2,500 ground violations|other;u=other;a=UNIFIL]] by Israel since the
    {{November 2024}} ceasefire, UNIFIL said in a statement. The peacekeepers have also found
    [[more than 360 weapons caches|other;u=other;a=UNIFIL]] south of the Litani river and
    handed them to the Lebanese army, it said. Israeli strikes have killed
    [[more than 330 people|killed;a=Lebanon's health ministry]] in Lebanon since the truce,
    according to Lebanon's health ministry. UNIFIL has [[about 10,000 peacekeepers|combatants]]
    from [[nearly 50 countries|other;u=other]]. The Security Council voted in August to wind the
    mission down by the end of {{2026}}, ending a presence that began in {{1978}} and was
    expanded under {{Resolution 1701}}.""",
)

item(
    "Polisario declares end of ceasefire after Guerguerat operation",
    """RABAT (AP) - The Polisario Front said on Saturday that it was no longer bound by the
    {{1991}} ceasefire with Morocco, after Moroccan troops moved into the Guerguerat buffer zone to
    end a blockade by [[about 60 Sahrawi protesters|other]]. The blockade had left
    [[more than 200 trucks|other;a=Moroccan officials]] stranded on the road to Mauritania,
    Moroccan officials said. The Polisario said its fighters had attacked Moroccan positions at
    [[four points|other;u=other;a=The Polisario]] along the berm. The UN mission, MINURSO, has
    [[about 230 personnel|other]] in the territory. [[About 173,000 Sahrawi refugees|displaced;a=the UN]]
    live in [[five camps|capacity;a=the UN]] near Tindouf in Algeria, according to the UN.""",
)

item(
    "Myanmar junta kept bombing despite quake ceasefire, UN says",
    """GENEVA (AP) - Myanmar's military carried out
    [[at least 60 attacks|other;u=other;a=the UN human rights office]], including
    [[16 air strikes|other;u=other;a=the UN human rights office]], in the {{two weeks}} after it
    declared a ceasefire to allow earthquake relief, the UN human rights office said on Friday.
    The attacks killed [[at least 68 civilians|killed;a=the UN human rights office]], it said.
    The {{7.7-magnitude}} quake on {{March 28}} killed [[more than 3,700 people|killed;a=the junta]]
    and injured [[about 5,100|injured;a=the junta]], according to the junta. Resistance forces
    said they had paused offensive operations for {{a month}}. The UN says
    [[about 3.5 million people|displaced;a=The UN]] had already been driven from their homes by
    the civil war before the quake struck.""",
)

item(
    "Kyiv and Moscow trade accusations over Easter truce",
    """Russian forces violated the Easter ceasefire
    [[2,935 times|other;u=other;a=President Volodymyr Zelensky]] by Sunday evening, including
    [[96 assault operations|other;u=other;a=President Volodymyr Zelensky]] and
    [[1,882 shelling incidents|other;u=other;a=President Volodymyr Zelensky]], President
    Volodymyr Zelensky said. He added that the intensity of fighting was nonetheless about
    {{10 times}} lower than on an ordinary day. Russia's defence ministry said Ukraine had broken
    the truce [[more than 4,900 times|other;u=other;a=Russia's defence ministry]]. In Kherson,
    [[one person|killed;a=regional officials]] was killed and
    [[three|injured;a=regional officials]] wounded by shelling, regional officials said. The
    {{30-hour}} truce was announced by Vladimir Putin on Saturday.""",
)

item(
    "UN monitors log shelling in Hodeidah despite ceasefire",
    """HODEIDAH, Yemen - The UN mission that oversees the Hodeidah ceasefire recorded
    [[31 incidents|other;u=other;a=The UN mission that oversees the Hodeidah ceasefire]] of
    shelling and gunfire in the city last week, it said. [[Five civilians|killed]] were killed
    when a mortar round hit a market in the al-Hali district. The Security Council authorised
    [[up to 75 monitors|other;p]] for the mission in January, but
    [[about 20|other]] have arrived so far. Under the Stockholm agreement, the Houthis were to
    withdraw their forces from the city's ports within {{14 days}}. The UN says
    [[24 million people|civilians;a=The UN]] in Yemen, {{80 percent}} of the population, need
    aid.""",
)

item(
    "Hostages freed, prisoners released as Gaza truce extended",
    """Hamas freed [[12 more hostages|kidnapped]] on Tuesday, including
    [[10 Israelis|kidnapped]] and [[two Thai nationals|kidnapped]], and Israel released
    [[30 Palestinian prisoners|other]] as a truce in Gaza was extended by {{two days}}. Since the
    pause began on Friday, [[81 hostages|kidnapped;a=Qatar's foreign ministry]] have been freed
    and [[180 Palestinian prisoners|other;a=Qatar's foreign ministry]] released, Qatar's foreign
    ministry said. Israel says [[about 240 people|kidnapped;a=Israel]] were taken into Gaza on
    {{October 7}}. [[About 200 aid trucks|aid;a=the UN]] entered the strip on Monday, the UN
    said.""",
)

item(
    "OSCE says pull-back of heavy weapons in eastern Ukraine incomplete",
    """Monitors from the OSCE say they cannot yet confirm that both sides have pulled back their
    heavy weapons, as required by the ceasefire agreed in Minsk on {{12 February}}. The deal set
    buffer zones of {{50km}} to {{140km}} depending on calibre. The OSCE said it had been given
    lists for [[only about 100 weapons|other;a=The OSCE]]. The truce did not save Debaltseve,
    from which [[about 2,500 Ukrainian troops|combatants]] retreated on Wednesday; Kyiv says
    [[179 soldiers|killed;a=Kyiv]] were killed there. The OSCE now has
    [[about 450 monitors|other]] in Ukraine and plans to increase that to
    [[1,000|other;p;a=The OSCE]].""",
)

item(
    "Armenia and Azerbaijan agree truce after four days of fighting",
    """MOSCOW (AP) - Armenia and Azerbaijan agreed on Tuesday to halt the heaviest fighting over
    Nagorno-Karabakh since a {{1994}} truce, after clashes that killed
    [[at least 64 soldiers|killed]] on both sides. Azerbaijan said
    [[31 of its troops|killed;a=Azerbaijan]] had been killed, and Armenia said
    [[29 soldiers|killed;a=Armenia]] had died and [[more than 100|injured;a=Armenia]] had been
    wounded. [[Three civilians|killed]] were also killed. The OSCE's representative has
    [[just five monitors|other]] to watch a front line of more than {{200 kilometres}}, and they
    must give the two armies {{two days}}' notice of a visit.""",
)

item(
    "UN observers deploy as FARC fighters gather in transition zones",
    """BOGOTA (AFP) - [[About 450 unarmed UN observers|other;a=the UN mission]] are now in place to monitor the
    ceasefire between Colombia's government and the FARC, the UN mission said on Monday.
    [[About 6,900 guerrillas|combatants;a=the UN mission]] have moved into
    [[26 transition zones|other;u=other;a=the UN mission]], it said, where they are to hand over
    their weapons within {{180 days}}. By the end of the process, observers had collected
    [[7,132 weapons|other]] and [[more than 1.7 million rounds|other]] of ammunition. The
    {{52-year}} conflict killed [[about 220,000 people|killed;a=the National
    Centre for Historical Memory]], according to the National
    Centre for Historical Memory.""",
)

item(
    "Armenia says six soldiers captured on border as truce talks stall",
    """YEREVAN (AFP) - Azerbaijani forces captured [[six Armenian soldiers|arrested;a=Armenia's defence ministry]]
    who were laying mines along the border in the Kalbajar sector on Thursday, Armenia's defence
    ministry said. Baku said the soldiers had crossed into its territory and would be put on
    trial. Armenia says Azerbaijan still holds [[at least 40 Armenians|arrested;a=Armenia]]
    captured during or after the {{2020}} war, and that [[about 200 servicemen|missing;a=Armenia]]
    from that war are still missing. Azerbaijan in turn says
    [[nearly 4,000 Azerbaijanis|missing;a=Azerbaijan]] have been missing since the war of the
    {{1990s}}. Russian peacekeepers, [[fewer than 2,000|combatants;a=Moscow]] under the truce,
    cannot reach the border area, Moscow said.""",
)
