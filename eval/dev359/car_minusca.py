"""The MINUSCA years, 2017-2023: Bangassou, Alindao, Batangafo, Paoua, Bria's PK3 site, the
peacekeepers' dead and wounded, the mandate and the national disarmament programme."""

from _wrap import item

item(
    "Red Cross counts the dead in Bangassou as Muslims shelter at cathedral",
    """BANGASSOU, {{May 17}} (Reuters) - Volunteers have recovered [[108 bodies|killed;a=the Central African Red Cross]]
    in Bangassou since anti-balaka fighters overran the mainly Muslim Tokoyo district at the
    weekend, the Central African Red Cross said on Wednesday. [[About 1,500 Muslims|displaced;a=church officials]]
    are sheltering in the grounds of the Catholic cathedral, church officials said, and
    [[several hundred|displaced]] more have crossed the Mbomou river to Ndu in Congo. MINUSCA
    said [[six peacekeepers|killed;a=MINUSCA]] had died in the area since {{May 8}}, when a
    convoy was ambushed near Yogofongo, and that [[10|injured;a=MINUSCA]] had been wounded. "The
    bishop opened the doors and nobody has been turned away," a priest said by telephone. UNHCR
    said [[2,750 refugees|displaced;a=UNHCR]] had registered in Ndu by Tuesday night. The agency
    said [[about 20 dugout canoes|other;a=The agency;alt=UNHCR]] were ferrying people across the
    river.""",
)

item(
    "Ten months on, Bangassou's Muslims still live in a seminary",
    """BANGASSOU - [[Some 2,000 Muslims|displaced;a=the diocese]] are still living at the Saint
    Louis minor seminary, {{ten months}} after they fled the Tokoyo district, the diocese said.
    The seminary was built for [[about 150 students|capacity]] and its dormitories
    now hold [[up to 40 people|displaced;n=people]] each. A unit of
    [[35 Moroccan peacekeepers|combatants]] guards the gate day and night. Sniper fire from the
    hills has killed [[three residents|killed]] of the seminary since January. The World Food
    Programme said it was delivering [[1,800 rations a week|aid;a=The World Food Programme]].
    The bishop said [[at least 40 families|returned;a=The bishop]] had gone back to Tokoyo, but
    that [[a dozen houses|housing;a=The bishop]] they had rebuilt were burned again in
    February.""",
)

item(
    "Dozens killed as armed group storms displacement site at Alindao cathedral",
    """BANGUI, {{Nov 17}} (AP) - [[At least 42 people|killed;a=the United Nations]], among them
    [[two priests|killed;a=the United Nations]], were killed when UPC fighters and armed Peul
    youths attacked the displacement site at Alindao's Catholic cathedral on Thursday, the United
    Nations said. The site sheltered [[some 18,000 people|displaced;a=OCHA]] before the attack,
    according to OCHA. Amnesty International said satellite images showed
    [[more than 1,000 shelters|housing;a=Amnesty International]] had burned. Aid groups said
    [[about 5,000 people|displaced;a=Aid groups]] had fled to the MINUSCA base. Many others
    scattered into the bush. MINUSCA said it had flown in
    [[a further 70 troops|combatants;a=MINUSCA]] and was treating [[nine wounded|injured;a=MINUSCA]]
    at its clinic. Residents accused the Mauritanian contingent of failing to fire a shot.""",
)

item(
    "PK3, the site that became a town",
    """BRIA - The displacement site at {{PK3}}, on the road north of Bria, now holds
    [[about 48,000 people|displaced;a=UNHCR]], more than the town itself, UNHCR said, making it
    the largest in the country. It was laid out in {{2017}} for [[no more than 20,000|capacity]].
    The camp committee said it had [[412 latrines|other;a=The camp committee]], or
    {{one for every 116 people}}, against a standard of {{one for 20}}. MSF said it treated
    [[212 people|injured;a=MSF]] for gunshot and machete wounds at its Bria hospital last year.
    In January, fighting between youths inside the site killed [[11 people|killed]] and
    armed men burned [[about 250 shelters|housing]]. Zambian peacekeepers patrol the perimeter,
    which stretches {{3 km}}. [[Some 600 families|returned;a=local authorities]] have gone back
    to the Gobolo district, local authorities said, but most residents say the town is not
    safe.""",
)

item(
    "Three peacekeepers killed by roadside bomb near Koui",
    """BANGUI, {{April 3}} (Reuters) - [[Three Bangladeshi peacekeepers|killed;a=MINUSCA]] were
    killed and [[one|injured;a=MINUSCA]] seriously wounded when their vehicle hit an explosive
    device on the road between Bocaranga and Koui, MINUSCA said on Monday. The mission blamed
    the {{3R}} armed group, which denied involvement. It was the {{fourth}} explosive attack on
    a UN vehicle in the Ouham-Pende this year, and the mission said it had lost
    [[nine personnel|killed;a=the mission;alt=MINUSCA]] to such devices since {{2021}}.
    [[At least six civilians|killed;a=the UN Mine Action Service]] have died in blasts on the
    same road since January, according to the UN Mine Action Service. MINUSCA said it had sent
    [[two search teams|other;u=other;a=MINUSCA]] and
    [[40 Rwandan special forces|combatants;a=MINUSCA]] to secure the area.""",
)

item(
    "MINUSCA among deadliest UN missions, figures show",
    """NEW YORK - [[More than 190 personnel|killed;a=the UN Department of Peace Operations]]
    have died serving with MINUSCA since {{2014}}, according to the UN Department of Peace
    Operations, [[about 70|killed;a=the UN Department of Peace Operations]] of them in
    malicious acts. Only the mission in Mali has lost more to hostile action. The department
    said [[some 400 peacekeepers|injured;a=The department;alt=the UN Department of Peace Operations]]
    had been wounded in attacks over the same period. The mission now counts
    [[about 14,400 uniformed personnel|combatants]], drawn from across Africa and Asia. In
    {{2017}}, its worst year, [[14 peacekeepers|killed]] were killed in ambushes around
    Bangassou, Gambo and Rafai alone. Officials said [[12 suspects|arrested;a=Officials]] had
    been detained in connection with attacks on blue helmets since {{2019}}.""",
)

item(
    "Fire sweeps Batangafo displacement sites after clashes",
    """BATANGAFO - [[At least 15 people|killed;a=MSF]] were killed and [[26|injured;a=MSF]]
    wounded when ex-Seleka and anti-balaka fighters clashed in Batangafo on Wednesday, MSF said.
    Fire set during the fighting destroyed [[some 1,100 shelters|housing]] in
    [[three displacement sites|capacity]] near the town centre. [[About 10,000 people|displaced;a=the charity;alt=MSF]]
    took refuge in and around the hospital it runs, the charity said, sleeping in corridors and
    under trees. Pakistani peacekeepers evacuated [[20 aid workers|other]] to their base.
    UNHCR said it had airlifted [[2,000 tarpaulins|aid;a=UNHCR]] and
    [[3,500 blankets|aid;a=UNHCR]] from Bangui.""",
)

item(
    "Paoua swells as tens of thousands flee fighting in the northwest",
    """PAOUA - [[More than 65,000 people|displaced;a=OCHA]] have poured into Paoua since late
    December, more than doubling its population, OCHA said on Friday. Most are staying with
    relatives: [[4,200 families|displaced;a=local officials]] are registered with host
    households, local officials said. Fighting between the Revolution and Justice group and the
    MNLC, backed by Peul fighters, has emptied [[about 30 villages|other]] along the road to the
    Chadian border. [[At least 20 civilians|killed;a=Human Rights Watch]] have been killed,
    according to Human Rights Watch, which counted [[1,500 houses|housing;a=Human Rights Watch]]
    burned. UNHCR said [[17,000 refugees|displaced;a=UNHCR]] had crossed into Chad near Gore. The
    World Food Programme has handed out [[230 tonnes|aid]] of food in the town.""",
)

item(
    "UN sends Gabonese peacekeepers home over abuse claims",
    """BANGUI, {{Sept 15}} - The United Nations will repatriate
    [[about 450 Gabonese troops|returned;p;a=The United Nations]] serving with MINUSCA in the
    Haute-Kotto after allegations that soldiers sexually abused
    [[five girls|other;a=the UN spokesman]], the UN spokesman said on Friday. The contingent
    patrols a prefecture where [[some 120,000 people|civilians;a=OCHA]] depend on aid,
    according to OCHA. Gabon said it had
    detained [[two soldiers|arrested;a=Gabon]] and opened an investigation. It is the
    {{second}} time in {{eight years}} that a contingent has been sent home over such
    allegations. The Gabonese will be replaced by [[about 500 troops|combatants;p]] from
    another country. MINUSCA said it had received [[11 allegations|other;u=other;a=MINUSCA]] of
    sexual exploitation and abuse so far this year.""",
)

item(
    "Security Council adds 900 troops to Central African mission",
    """UNITED NATIONS, {{Nov 15}} (Reuters) - The Security Council voted on Wednesday to add
    [[900 troops|combatants;p]] to the peacekeeping mission in the Central African Republic,
    raising its ceiling to [[11,650 military personnel|combatants;p]]. The mission also has
    [[2,080 police|combatants]]. The Secretary-General had asked for the extra troops to form a
    mobile reserve after a year in which [[12 peacekeepers|killed;a=The Secretary-General]] were
    killed in the southeast, he said in his report. [[Nearly 700,000 people|displaced;a=OCHA]]
    are displaced inside the country, OCHA says, and [[about 540,000|displaced;a=OCHA]] are
    refugees in neighbouring countries. {{Half}} the population, or
    [[2.4 million people|civilians;a=OCHA]], need aid, according to OCHA.""",
)

item(
    "Disarmament programme passes 3,000 mark",
    """BANGUI - [[More than 3,000 ex-combatants|combatants;a=the national DDR programme]] have
    been disarmed and demobilised since {{December 2018}}, the national DDR programme said on
    Thursday, among them [[430 children|combatants;a=the national DDR programme]] released by
    armed groups. The former fighters handed in [[1,870 weapons|other]] and
    [[more than 100,000 rounds|other]] of ammunition. [[About 1,200 of them|aid;n=-;a=the programme;alt=the national DDR programme]]
    have received reinsertion kits of tools and seed, the programme said. Officials want to
    disarm [[5,000 more fighters|combatants;p;a=Officials]] before the elections. The
    armed groups that signed the {{2019}} peace deal each pledged to send their men to
    the cantonment sites.""",
)

item(
    "Peacekeepers push UPC out of Bambari in joint operation",
    """BAMBARI - MINUSCA said on Tuesday its troops had killed [[six UPC fighters|killed;a=MINUSCA]]
    and arrested [[14|arrested;a=MINUSCA]] during an operation to clear the Bambari area,
    and that [[two peacekeepers|injured;a=MINUSCA]] had been wounded. [[About 1,200 troops|combatants]]
    from Burundi, Mauritania and Portugal took part, backed by helicopters.
    [[Some 2,000 residents|displaced;a=local officials]] fled to the Elevage site during the
    fighting, local officials said. Aid agencies suspended distributions to
    [[about 40,000 people|aid]] for {{three days}}. The UPC said it had lost only
    [[two men|killed;a=The UPC]].""",
)

item(
    "Aid workers freed near Batangafo as attacks on NGOs mount",
    """BANGUI - [[Four aid workers|kidnapped;a=the organisation]] abducted on the Batangafo-Kabo
    road last week were released unharmed on Sunday, the organisation that employs them said.
    OCHA said it had recorded [[424 incidents|other;u=other;a=OCHA]] affecting humanitarian
    workers in the first nine months of the year, and that [[three aid workers|killed;a=OCHA]]
    had been killed. [[Seven more|kidnapped;n=-]] were abducted and later freed in the Ouham
    prefecture in July and August. In Kaga-Bandoro, gunmen looted
    [[two NGO compounds|other;u=structure]] and stole [[four vehicles|other]]. Humanitarian
    groups have pulled [[about 60 staff|other;a=Humanitarian groups]] out of the northwest,
    they said.""",
)

item(
    "Ndele clashes between ex-Seleka factions kill 25",
    """NDELE, {{March 2}} - [[At least 25 people|killed;a=MINUSCA]] were killed and
    [[51|injured;a=MINUSCA]] wounded in fighting between Runga and Goula fighters of the former
    Seleka in Ndele, MINUSCA said. The mission said [[some 11,000 people|displaced;a=The mission;alt=MINUSCA]]
    had fled to the Catholic mission and the area around its base. Local officials said
    [[three children|missing;a=Local officials]] had not been seen since the market was
    attacked, and that [[seven traders|kidnapped;a=Local officials]] had been taken by armed
    men. [[About 400 shops|housing]] in the central market were burned. UNICEF said it had sent
    [[15 tonnes|aid;a=UNICEF]] of supplies.""",
)

item(
    "Attack on Fatima church in Bangui kills 16",
    """BANGUI, {{May 1}} (AFP) - [[At least 16 people|killed;a=the health ministry]], among them a
    priest, were killed when gunmen attacked the Notre-Dame de Fatima church in Bangui during
    morning Mass, the health ministry said. [[Nearly 100 people|injured;a=the ministry;alt=the health ministry]]
    were wounded, the ministry added. [[About 1,000 worshippers|other]] were in the church when
    the shooting began. Angry crowds later burned [[two mosques|housing;a=witnesses]], witnesses
    said. [[Some 4,000 people|displaced;a=OCHA]] fled the Fatima district, according to OCHA.
    Police said they had arrested [[seven men|arrested;a=Police]].""",
)

item(
    "A year on, the Bangui accord's promises",
    """BANGUI - A year after it was signed on {{Feb 6, 2019}}, the Political Agreement for Peace
    and Reconciliation has met few of its deadlines, a report by the Enough Project said. The
    accord was negotiated over {{10 days}} in Khartoum and signed in Bangui, the {{eighth}}
    peace deal since {{2012}}. Mixed security units were meant to be operational within
    {{60 days}}, but the {{first}} one was deployed only in {{September}}. The government has
    spent {{$3.2 million}} on the units, or {{12%}} of what was promised. Article {{19}} of the
    accord rules out amnesty for war crimes.""",
)

item(
    "Fifth Committee trims MINUSCA budget",
    """NEW YORK - The General Assembly's Fifth Committee approved a budget of
    {{$1.07 billion}} for MINUSCA for the year to {{June 30}}, a cut of {{3.5%}}, diplomats said.
    The mission had asked for {{$1.12 billion}}. Arrears owed by member states stood at
    {{$2.1 billion}} across all peacekeeping missions at the end of {{March}}. The mission's
    helicopter fleet will fly {{4,800 hours}} instead of {{6,000 hours}}, and
    {{22%}} of its civilian posts are vacant. The mandate runs until {{Nov 15, 2025}}.""",
)
