"""Rakhine: the 2017 crackdown, the camps of central Rakhine, the junta's conscription and the
Arakan Army's war and rule (16 texts, 2 of them without a figure)."""

from _wrap import item

item(
    "Myanmar military forcing Rohingya men to fight Arakan Army, residents say",
    """Myanmar's military has forced [[at least 1,000 Rohingya men|combatants;a=residents and
    rights groups]] into its ranks since it enforced a conscription law in {{February}}, residents
    and rights groups say, even though the Rohingya are denied citizenship. In the camps around
    Sittwe, soldiers took [[about 100 young men|combatants;a=camp leaders]] in a single night, camp
    leaders said, and gave them {{two weeks}} of training. The Arakan Army said on Tuesday it had
    captured [[more than 120 Rohingya conscripts|arrested;a=The Arakan Army]] after overrunning a
    battalion base in Buthidaung, and that [[dozens|killed;n=-;a=The Arakan Army]] had been killed in the
    fighting. A Rohingya elder in Sittwe said [[between 30 and 40 families|other;a=A Rohingya
    elder in Sittwe]] in his camp had paid the army to have their sons released. The junta
    denied forcing anyone to serve and said [[some 5,000 people|combatants;a=The junta]] had
    volunteered in Rakhine. Rights groups said [[at least 11 conscripts|killed;a=Rights groups]]
    under the age of {{18}} had died in battle.""",
)

item(
    "Buthidaung burned as Arakan Army takes town; tens of thousands of Rohingya flee",
    """[[Tens of thousands of Rohingya|displaced;a=residents]] fled Buthidaung in northern Rakhine over the
    weekend as fires spread through the town after the Arakan Army seized it from the military,
    residents said. Satellite images analysed by Human Rights Watch showed [[more than 1,600
    buildings|housing;a=Human Rights Watch]] burned. Rohingya activists blamed the Arakan Army,
    which denied it and said the military had set the fires before withdrawing, and that its
    fighters had helped [[about 35,000 residents|displaced;a=the Arakan Army]] leave safely.
    Residents reached by phone said [[at least 45 people|killed;a=Residents reached by phone]]
    had been killed, and [[some 200|missing;n=-;a=Residents reached by phone]] were unaccounted for. The United Nations human
    rights office said it had received reports of [[hundreds of homes|housing;a=The United
    Nations human rights office]] set alight in surrounding villages and of [[at least four
    beheadings|killed;u=person;n=beheadings;a=The United Nations human rights office]]. Many of
    those who fled walked to the Naf river, where [[about 15,000|displaced;n=-]] were stranded
    without food.""",
)

item(
    "Drone strikes kill Rohingya waiting to cross Naf river, survivors say",
    """Drone strikes and shelling on a beach outside Maungdaw killed [[as many as 200
    Rohingya|killed;a=survivors]], many of them women and children, as they waited for boats to
    Bangladesh, survivors said. Medecins Sans Frontieres said its teams in Cox's Bazar had treated
    [[39 people|injured;a=Medecins Sans Frontieres]] with blast and gunshot wounds who had
    crossed the river over the following {{three days}}. Videos verified by Reuters showed [[at
    least 70 bodies|killed;a=Reuters]] on the sand. The Arakan Army denied
    responsibility and blamed Rohingya armed groups fighting alongside the military. A survivor,
    {{35}}, said she lost her husband and [[two daughters|killed;a=A survivor]]. Bangladeshi
    officials said [[nearly 3,000 Rohingya|displaced;a=Bangladeshi officials]] had crossed into
    Teknaf that week, and [[about 60|arrested;n=-;a=Bangladeshi officials]] were detained by
    border guards.""",
)

item(
    "Arakan Army captures Maungdaw, completing control of Bangladesh border",
    """The Arakan Army said on Sunday it had captured the military's last base in Maungdaw,
    giving it control of the whole {{270 km}} border with Bangladesh. The group said it had taken
    [[more than 300 soldiers and police|arrested;n=soldiers and police;a=The group;alt=The Arakan
    Army]] prisoner, including a brigadier general, and seized [[about 1,000
    weapons|other;a=The group;alt=The Arakan Army]]. It said [[85 Rohingya militia
    members|arrested;a=The Arakan Army]] fighting for the military had also been captured. The military did
    not comment. Aid workers said [[some 80,000 people|civilians;a=Aid workers]] remained in
    Maungdaw township, where food prices have risen {{tenfold}}, and that [[only three
    clinics|other;a=Aid workers]] were still open. The Arakan Army said it would allow [[up to 500
    people|other;p;a=The Arakan Army]] a day to cross the river to trade, once talks with Dhaka are held.""",
)

item(
    "Rohingya accuse Arakan Army of abductions and forced labour",
    """Rohingya villagers in Buthidaung say Arakan Army fighters have abducted [[dozens of
    men|kidnapped;a=Rohingya villagers in Buthidaung]] for forced labour, digging trenches and
    carrying supplies to the front. Fortify Rights said it had documented [[at least 87
    abductions|kidnapped;u=person;n=abductions;a=Fortify Rights]] in the township between
    {{January}} and {{April}}, and that [[17 of those taken|killed;n=-;a=Fortify Rights]] had later been found
    dead. [[Another 26|missing;n=-]] are unaccounted for. The group also said AA fighters had
    recruited [[some 400 Rohingya|combatants;a=The group;alt=Fortify Rights]], some of them
    boys. An Arakan Army spokesman said the group had detained [[42 people|arrested;a=An Arakan
    Army spokesman]] on suspicion of working for the military's intelligence, and that all
    would be tried. Villagers said [[about 300 households|displaced;a=Villagers]] had left for
    the Bangladesh border to escape the raids.""",
)

item(
    "Rakhine faces famine as blockade cuts supplies, UN warns",
    """The United Nations Development Programme warned that Rakhine state was heading for famine,
    with [[more than 2 million people|civilians;a=The United Nations Development Programme]] at
    risk of starvation as the military blocks trade routes into areas held by the Arakan Army.
    Rice production has collapsed by more than {{50 per cent}}, the agency said. The World Food
    Programme said it had reached [[only 57,000 people|aid;a=The World Food Programme]] in
    central Rakhine in {{March}}, against [[500,000|aid;n=-;p;a=The World Food Programme]] it had
    planned to help. Save the Children said [[some 6,500 children|civilians;a=Save the
    Children]] under {{five}} were suffering severe acute malnutrition. [[Eleven aid
    trucks|aid;a=officials]] have been held at checkpoints for weeks, officials said. The
    military said it would allow [[40 trucks|aid;p;a=The military]] of rice into Sittwe this
    month.""",
)

item(
    "Cyclone Mocha kills scores in Rohingya camps near Sittwe",
    """Cyclone Mocha killed [[at least 116 people|killed;a=community leaders]] in camps for
    displaced Rohingya around Sittwe, community leaders said on Tuesday, most of them when a
    storm surge swept through bamboo shelters near the sea. [[More than 100 people|missing;a=community leaders]]
    were still missing, they said. The junta put the death toll across Rakhine at [[145|killed;n=-;a=The
    junta]]. The camps have held [[some 140,000 Rohingya|displaced]] since communal violence in
    {{2012}}, under restrictions that stop them leaving. The United Nations said [[nearly 5,000
    shelters|housing;a=The United Nations]] in the camps were destroyed or damaged and that
    [[about 800,000 people|civilians;a=The United Nations]] in Rakhine needed help. The military
    had not let aid groups into the camps for {{four days}}, according to OCHA.""",
)

item(
    "Junta airstrike on Kyauktaw market kills 22",
    """A Myanmar air force jet bombed a crowded market in Kyauktaw in Rakhine state on Friday
    morning, killing [[22 people|killed;a=the Arakan Army]] and wounding [[more than
    50|injured;n=-;a=the Arakan Army]], the Arakan Army said. Residents said [[about 30
    shops|housing;a=Residents]] and [[a dozen houses|housing;a=Residents]] were destroyed. The
    dead included [[seven children|killed;a=a local rescue group]], a local rescue group said. A
    doctor at the town hospital said [[40 of the wounded|injured;n=-;a=A doctor at the town
    hospital]] were being treated there and [[11|injured;n=-;a=A doctor at the town hospital]]
    had been taken by boat to Mrauk-U. The junta said it had struck a gathering of Arakan Army
    fighters and killed [[about 20|killed;n=-;a=The junta]]. [[Hundreds of people|displaced]]
    have since left the town for villages along the Kaladan river.""",
)

item(
    "Rohingya arrested on bus to Yangon, jailed for travelling without permission",
    """Police in Ayeyarwady region arrested [[38 Rohingya|arrested;a=state media]], among them
    [[14 children|arrested;a=state media]], who were travelling by bus from Rakhine to Yangon
    without permission, state media reported. A court in Pathein sentenced [[the 24
    adults|arrested]] to {{two years}} in prison each under immigration law, while the children
    were sent to a youth centre. [[Two drivers|arrested;a=police]] and [[three brokers|arrested;a=police]]
    were also detained, police said. The Arakan Rohingya National Organisation said [[more than
    2,000 Rohingya|arrested;a=The Arakan Rohingya National Organisation]] were held in Myanmar's
    prisons for travelling without papers. [[About 900|arrested;n=-;a=the group;alt=The Arakan Rohingya National Organisation]] were freed in a prisoner
    amnesty in {{January}}, according to the group; most were sent back to camps in Sittwe.""",
)
item(
    "Myanmar says 'clearance operations' follow insurgent attacks on police posts",
    """Myanmar's government said on Monday that [[12 members|killed;a=Myanmar's government]] of the
    security forces and [[77 insurgents|killed;a=Myanmar's government]] had been killed since
    Rohingya militants of the Arakan Rohingya Salvation Army attacked [[30 police
    posts|other;u=structure;a=Myanmar's government]] and an army base in northern Rakhine before
    dawn on {{August 25}}. The army said it had begun clearance operations and that [[about 2,600
    houses|housing;a=The army]] had been burned, blaming the insurgents. The International
    Organization for Migration said [[some 87,000 Rohingya|displaced;a=The International
    Organization for Migration]] had crossed into Bangladesh in {{ten days}}, and that [[at least
    20,000 more|displaced;n=-;a=The International Organization for Migration]] were massed at the border. Myanmar's government also said
    [[4,000 non-Muslim villagers|displaced;a=Myanmar's government]] had been evacuated. A
    Bangladeshi border guard official said [[two boats|other;a=A Bangladeshi border guard
    official]] carrying Rohingya had capsized in the Naf, and that [[18 bodies|killed;a=A
    Bangladeshi border guard official]] had been recovered.""",
)

item(
    "Court-martial jails seven soldiers over Inn Din killings",
    """A Myanmar military court sentenced [[seven soldiers|arrested;a=the army chief's office]] to
    {{10 years}} in prison with hard labour for taking part in the killing of [[10 Rohingya
    men|killed;a=the army chief's office]] in the village of Inn Din in {{September 2017}}, the
    army chief's office said. [[Two Reuters journalists|arrested]] who had investigated the
    killings were themselves arrested in {{December 2017}} and jailed; they were freed after more
    than {{500 days}}. Villagers told the reporters that [[about 600 houses|housing;a=Villagers]]
    in the Rohingya quarter of Inn Din had been burned and that [[the village's 6,000 or so
    Rohingya|displaced;q=approx;a=Villagers]] had fled to Bangladesh. [[Four former inmates|other]] of
    Insein prison later said the soldiers had been released after less than a year.""",
)
item(
    "Over half a million displaced in Rakhine as fighting spreads south",
    """[[More than 520,000 people|displaced;a=the UN Office for the Coordination of Humanitarian
    Affairs]] are now displaced in Rakhine state, the UN Office for the Coordination of
    Humanitarian Affairs said in its latest update, up from [[about 200,000|displaced;n=-;a=the UN Office for the Coordination of Humanitarian Affairs]] before
    the Arakan Army launched its offensive in {{November 2023}}. OCHA said [[some 92,000
    people|displaced;a=OCHA]] had fled their homes in Sittwe, Ponnagyun and Ann townships in
    {{October}} alone, most of them Rakhine Buddhists. At the same time, [[roughly 18,000
    people|returned;a=the office;alt=OCHA]] had gone back to villages in Pauktaw and Minbya where fighting has
    ended, the office said. It counted [[1,350 displacement sites|capacity;a=OCHA]]
    across the state, [[about 260|capacity;n=-;u=other;a=OCHA]] of them set up in
    monasteries. Aid agencies estimate that [[2.1m people|civilians;a=Aid agencies]] in Rakhine
    need humanitarian assistance this year.""",
)

item(
    "Rohingya begin returning to Buthidaung villages, Arakan Army says",
    """The Arakan Army said on Wednesday that [[about 12,000 Rohingya|returned;a=The Arakan
    Army]] who fled fighting last year had returned to their villages in Buthidaung township,
    and that its administration had helped rebuild [[some 700 houses|housing;a=The Arakan
    Army]]. Rohingya community groups disputed the figure, saying [[no more than 3,000
    people|returned;a=Rohingya community groups]] had gone back and that [[thousands|displaced;a=Rohingya
    community groups]] were still sheltering in the hills near the border. The Arakan Army said it had
    also released [[183 Rohingya detainees|arrested;a=The Arakan Army]] as a
    goodwill gesture. A returnee, {{52}}, said [[four of his relatives|missing;a=A returnee]] had
    not been seen since {{May}}. The AA plans to hand out rice to [[8,500 households|aid;p;a=The
    AA;alt=The Arakan Army]] before the monsoon, a spokesman said.""",
)

item(
    "Landmines maim Rohingya on the road to the border",
    """Landmines laid along the paths to the Naf river have killed [[at least 29 Rohingya|killed;a=Medecins
    Sans Frontieres]] and wounded [[more than 100|injured;n=-;a=Medecins Sans Frontieres]] since
    {{January}}, Medecins Sans Frontieres said on Thursday. Its surgeons in Kutupalong carried out
    [[41 amputations|other;u=other;n=amputations;a=the charity;alt=Medecins Sans Frontieres]] over the same
    period, the charity said. Both the military and the Arakan Army have planted mines in
    Maungdaw township, according to the Landmine Monitor, which recorded [[1,052
    people|injured;a=the Landmine Monitor]] wounded by mines and explosive remnants
    across Myanmar last year, the highest of any country. A {{14-year-old}} boy treated at the MSF
    hospital lost both legs when he stepped on a mine near Kyein Chaung, his mother said. [[Three
    of his cousins|killed;n=cousins]] died in the same blast. Bangladeshi border
    guards said [[four Bangladeshi villagers|injured;a=Bangladeshi border guards]] had also been
    hurt by mines along the border fence this year.""",
)

item(
    "Arakan Army marks anniversary, vows to govern Rakhine",
    """The Arakan Army marked the {{16th}} anniversary of its founding on {{April 10}} with a parade
    in Mrauk-U, its first since taking most of Rakhine state. The group was founded in {{2009}} in
    Laiza, in Kachin state, and its political wing, the United League of Arakan, says it now
    collects taxes and runs courts. Its commander, Twan Mrat Naing, {{47}}, said the Arakan
    Army would work with Bangladesh on trade but gave no date for talks. The military launched
    airstrikes on the area within {{24 hours}}. The group says it controls about {{90 per
    cent}} of the state's territory, a claim that could not be verified. Its offensive, known as
    Operation {{1027}}, began in {{October 2023}} with allied groups in Shan state.""",
)

item(
    "Junta holds vote in parts of Rakhine under its control",
    """Voting in the junta's general election took place on {{December 28}} in Sittwe, Kyaukphyu
    and Manaung, the only parts of Rakhine still under military control, state media said.
    Polling stations opened at {{6am}} and closed at {{4pm}}. The Union Election Commission put
    turnout in the three townships at {{38 per cent}}. Rohingya, who were stripped of the vote in
    {{2015}}, were again excluded. A second phase is scheduled for {{January 11}}. The Arakan Army
    called the vote illegitimate and said it would not allow polling in areas it holds. Analysts
    said the junta hoped to form a government by {{March 2026}}.""",
)
