"""Bases, outposts and positions attacked, and the tolls both sides claim afterwards (12
articles, all with figures)."""

from _wrap import item

item(
    "10 soldiers martyred in North Waziristan attack: ISPR",
    """RAWALPINDI: [[At least 10 soldiers|killed;a=the Inter-Services Public Relations (ISPR)]] were
    martyred when militants attacked a security forces check post in North Waziristan's Mir Ali
    tehsil late on Friday, the Inter-Services Public Relations (ISPR) said on Saturday. In the
    ensuing exchange of fire, [[six terrorists|killed;a=the ISPR]] were sent to hell, the ISPR said
    in a statement. According to security sources, the attackers numbered [[about
    20|combatants;a=security sources]] and struck from two directions shortly after midnight.
    [[Three soldiers|injured]] were shifted to the Combined Military Hospital in Bannu. Pakistan
    lost [[more than 680 security personnel|killed;a=the Centre for Research and Security Studies]]
    in {{2024}}, the deadliest year for the forces in a decade, according to the Centre for Research
    and Security Studies. Earlier this month, [[eight soldiers|killed]] were martyred in an attack
    on a convoy in South Waziristan.""",
)

item(
    "Mali jihadists claim 100 soldiers killed in Boulkessi camp attack",
    """BAMAKO (AFP) - Jihadists attacked a military camp at Boulkessi in central Mali on Sunday,
    with JNIM, an al-Qaeda affiliate, claiming to have killed [[more than 100
    soldiers|killed;a=JNIM]]. The army acknowledged in a statement that it had lost [[seven
    soldiers|killed;a=The army]] and said it had "neutralised" [[about 40 terrorists|killed;a=The
    army]]. Security sources told AFP that [[at least 30 soldiers|killed;a=Security sources]] were
    killed and that [[dozens of others|missing;a=Security sources]] were missing. The attackers
    seized [[several dozen vehicles|other]] and burned [[four armoured vehicles|other]] before
    withdrawing towards the Burkina Faso border. JNIM has carried out [[more than 700
    attacks|other;u=other;a=ACLED]] in Mali over the past year, according to ACLED.""",
)

item(
    "21 soldiers killed in deadliest incident for IDF since start of Gaza ground offensive",
    """The Israel Defense Forces on Tuesday announced the deaths of [[21 soldiers|killed;a=The
    Israel Defense Forces]] in central Gaza, the deadliest single incident for the military since
    the ground offensive began. The reservists were killed when Hamas gunmen fired a
    rocket-propelled grenade at a tank guarding troops, causing [[two buildings|housing]] the
    soldiers had rigged with explosives to collapse on them. The deaths brought to [[217|killed]]
    the number of soldiers killed in the ground operation, and to [[more than 550|killed]] since the
    {{October 7}} onslaught. The IDF says it has killed [[some 9,000 terrorists|killed;a=The IDF]]
    in Gaza. Hamas-run health authorities say [[more than 25,000 Palestinians|killed;a=Hamas-run
    health authorities]] have been killed in the Strip.""",
)

item(
    "Houthis down seventh MQ-9 Reaper in six weeks",
    """WASHINGTON — Yemen's Houthi rebels have shot down [[seven MQ-9 Reaper drones|other;v=7;a=two
    US defense officials]] in less than {{six weeks}}, two US defense officials told Breaking
    Defense, a loss of more than {{$200 million}} in hardware. Each Reaper costs about {{$30
    million}}. The militants have brought down [[more than 20 Reapers|other;u=other]] since
    {{October 2023}}. The Pentagon said US strikes since {{March 15}} had hit [[more than 1,000
    targets|other;u=other;a=The Pentagon]] in Yemen and killed [[hundreds of Houthi
    fighters|killed;a=The Pentagon]], including missile and drone operators. The Navy has [[two
    aircraft carriers|other;u=other]] in the region, and the Houthis have fired [[more than 100
    missiles|other]] at Israel since the start of the Gaza war.""",
)

item(
    "Sudan army says it repelled RSF assault on El Fasher",
    """PORT SUDAN, Sudan (Reuters) - Sudan's army said on Friday it had repelled an assault by the
    Rapid Support Forces on El Fasher, killing [[dozens of attackers|killed;a=Sudan's army]] and
    destroying [[17 combat vehicles|other;a=Sudan's army]]. The RSF, which has besieged the city for
    more than a year, said its fighters had seized [[three army positions|other;a=The RSF]] on the
    southern edge of the city. Doctors at the Saudi Hospital said [[at least 14
    civilians|killed;a=Doctors at the Saudi Hospital]] were killed by shelling and
    [[32|injured;a=Doctors at the Saudi Hospital]] wounded. The city, the army's last stronghold in
    Darfur, holds [[an estimated 260,000 people|civilians;a=UN agencies]], about half of them
    children, according to UN agencies. [[About 400,000 people|displaced;a=the International
    Organization for Migration]] fled the nearby Zamzam camp after the RSF overran it in April,
    according to the International Organization for Migration.""",
)

item(
    "ISWAP overruns string of army bases in Nigeria's northeast",
    """MAIDUGURI, Nigeria (Reuters) - Islamic State West Africa Province fighters have overrun [[at
    least 11 military bases|other;u=structure;a=security analysts]] in Borno and Yobe states since
    March, according to security analysts, often using drones to drop explosives before ground
    assaults. In the latest attack, on Monday, militants struck a base in Marte, killing [[five
    soldiers|killed;a=two military sources]] and wounding [[nine|injured;a=two military sources]],
    two military sources told Reuters. The insurgents made off with [[four gun trucks|other]] and
    burned the base's armoury. A day earlier, [[13 soldiers|killed]] died when a suicide bomber
    rammed a checkpoint in Damboa. The Islamist insurgency has killed [[some 40,000 people|killed]]
    and displaced [[about 2 million|displaced]] in the northeast since {{2009}}.""",
)

item(
    "Myanmar rebel alliance says it has captured 150 junta outposts",
    """YANGON (AP) — An alliance of three ethnic armed groups said Sunday it had captured [[more
    than 150 military outposts|other;a=An alliance of three ethnic armed groups]] and [[four
    towns|other;a=An alliance of three ethnic armed groups]] in northern Shan state since launching
    an offensive on {{Oct. 27}}. The alliance said [[more than 260 government
    soldiers|arrested;a=The alliance]] had surrendered with their weapons. Myanmar's military
    government acknowledged it had lost control of [[three towns|other;a=Myanmar's military
    government]] and said it was preparing a counteroffensive. The fighting has displaced [[about
    50,000 people|displaced;a=the United Nations]], according to the United Nations. The army is
    estimated to have [[about 150,000 troops|combatants]], far fewer than the
    [[400,000|combatants;a=The army]] it claimed before the {{2021}} coup.""",
)

item(
    "Armenia says 105 soldiers killed in clashes with Azerbaijan",
    """YEREVAN, {{Sept 14}} (Reuters) - Armenia said on Wednesday that [[105 of its
    soldiers|killed;n=soldiers;a=Armenia]] had been killed in two days of fighting with Azerbaijan,
    the worst flare-up between the neighbours since their {{2020}} war. Azerbaijan said it had lost
    [[71 servicemen|killed;a=Azerbaijan]]. Prime Minister Nikol Pashinyan told parliament that
    Azerbaijani forces had taken about {{10 square km}} of Armenian territory. Armenia's human
    rights ombudsman said [[about 2,750 people|displaced;a=Armenia's human rights ombudsman]] had
    been evacuated from border villages and that [[192 homes|housing;a=Armenia's human rights
    ombudsman]] had been damaged. Russia, which has [[about 2,000 peacekeepers|combatants]] in
    Nagorno-Karabakh under the {{2020}} ceasefire, said it had brokered a truce. Yerevan said
    [[about 20 soldiers|arrested;a=Yerevan]] had been taken prisoner.""",
)

item(
    "Pakistan says it downed five Indian jets, India hits nine sites",
    """ISLAMABAD: Pakistan said on Wednesday its air force had shot down [[five Indian fighter
    jets|other;u=other;a=Pakistan]], including [[three Rafales|other;u=other;a=Pakistan]], after
    India fired missiles at targets in Punjab and Azad Kashmir overnight. India's defence ministry
    said its strikes had hit [[nine sites|other;a=India's defence ministry]] used by militant
    groups. The military's spokesman Lt Gen Ahmed Sharif Chaudhry said [[31 civilians|killed;a=Lt
    Gen Ahmed Sharif Chaudhry]] had been killed and [[57|injured;a=Lt Gen Ahmed Sharif Chaudhry]]
    injured. Indian officials said [[at least 15 civilians|killed;a=Indian officials]] were killed
    by Pakistani shelling in Poonch. The strikes followed the killing of [[26 people|killed]],
    mostly tourists, in Pahalgam on {{April 22}}.""",
)

item(
    "IDF says it has killed 3,000 Hezbollah operatives in a year of fighting",
    """The IDF estimates it has killed [[some 3,000 Hezbollah operatives|killed;a=The IDF]] since
    the terror group began attacking Israel a year ago, and wounded [[thousands of
    others|injured;a=The IDF]]. Hezbollah has launched [[more than 16,000 rockets, missiles and
    drones|other;n=rockets, missiles and drones;a=the military;alt=The IDF]] at Israel over the past
    year, according to the military. In Israel, [[45 civilians|killed]] and [[more than 70
    soldiers|killed]] have been killed by attacks from Lebanon, including in the ground operation.
    [[Some 60,000 residents|displaced]] of the north remain displaced. Lebanon's health ministry
    says [[more than 3,000 people|killed;a=Lebanon's health ministry]] have been killed in Lebanon,
    without distinguishing between civilians and fighters.""",
)

item(
    "ELN truck bomb at Colombian army base kills two soldiers",
    """BOGOTA (AP) — National Liberation Army rebels drove a truck packed with explosives into a
    military base in Colombia's Arauca province on Wednesday, killing [[two soldiers|killed;a=the
    army]] and wounding [[27|injured;a=the army]], the army said. The explosion damaged [[at least
    15 homes|housing]] near the base in Puerto Jordan. President Gustavo Petro suspended peace talks
    with the ELN, which has [[about 5,800 members|combatants;a=military intelligence]], according to
    military intelligence. Fighting between the ELN and former FARC dissidents in the nearby
    Catatumbo region displaced [[more than 50,000 people|displaced]] earlier this year. The ELN is
    also holding [[at least 30 people|kidnapped;a=the ombudsman's office]], according to the
    ombudsman's office.""",
)

item(
    "18 soldiers killed as militants storm army camp in Uri",
    """SRINAGAR: [[Eighteen soldiers|killed;a=the Army]] were killed and [[over 20|injured;a=the
    Army]] injured when heavily armed militants stormed an Army administrative base in Uri in north
    Kashmir in the early hours of Sunday, the Army said. All [[four terrorists|killed]] were killed
    in a gunbattle that lasted {{six hours}}. Most of the dead were from a battalion that was being
    relieved and were sleeping in tents that caught fire. The Army said the attackers carried [[four
    AK-47 rifles|other;v=4;a=The Army]] with markings indicating they were made in Pakistan. Troops
    later killed [[10 militants|killed;a=the Army]] trying to cross the Line of Control in the Uri
    sector, the Army said. It is the deadliest attack on the Army in Kashmir in more than {{two
    decades}}.""",
)
