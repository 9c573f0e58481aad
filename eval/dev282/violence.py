"""Items of dev282: the sectarian killings on the coast and in Suwayda, abductions, clashes
between the new army and other forces, Islamic State attacks and Israeli strikes and
incursions."""

from _wrap import item

item(
    "Monitor says 1,500 killed in coastal violence",
    """The Syrian Observatory for Human Rights said on Sunday that
    [[more than 1,500 civilians|killed;a=The Syrian Observatory for Human Rights]], most of them
    Alawites, had been killed in Latakia, Tartus and Hama provinces since an insurgent ambush on
    security forces on {{March 6}} set off {{three days}} of reprisals. The Britain-based monitor
    said [[273 members of the security forces|killed;n=members;a=The Britain-based monitor;alt=The Syrian Observatory for Human Rights]]
    and [[about 250 gunmen|killed;a=The Britain-based monitor;alt=The Syrian Observatory for Human Rights]]
    loyal to the former government also died. In the village of al-Mukhtariyah alone,
    [[at least 30 men|killed;a=residents]] were shot dead in a single afternoon, residents said. The defence ministry said it had sent
    [[thousands of troops|combatants;a=The defence ministry]] to restore order and that
    [[more than 200 fighters|arrested;a=The defence ministry]] accused of abuses had been
    detained. The Syrian Network for Human Rights gave a lower toll of
    [[803 people|killed;a=The Syrian Network for Human Rights]] killed outside combat, including
    [[39 children|killed;a=The Syrian Network for Human Rights]].""",
)

item(
    "Thousands of Alawites shelter at Russia's Hmeimim base",
    """[[About 9,000 people|displaced;a=a Russian military spokesman]] fleeing the killings on Syria's
    coast have taken refuge at Russia's Hmeimim air base near Jableh, a Russian military spokesman
    said, sleeping in hangars and under the wings of transport planes. Russian troops handed out
    [[4,500 food rations|aid;a=the spokesman;alt=a Russian military spokesman]] on Tuesday, the spokesman said.
    Across the border, the Lebanese Red Cross registered [[some 16,000 Syrians|displaced;a=the Lebanese Red Cross]]
    arriving in Akkar villages in a week, and the UN refugee agency said
    [[at least 21,000|displaced;a=the UN refugee agency]] had crossed into northern Lebanon by {{March 17}}.
    In Akkar, [[hundreds of families|displaced]] are sheltering in mosques and schools, and
    [[14 school buildings|capacity]] have been turned into collective shelters. Local officials
    say another [[350 families|displaced;a=Local officials]] are sleeping in their cars.""",
)

item(
    "Suwayda toll passes 1,000 as truce holds",
    """The death toll from a week of fighting between Druze militias, Bedouin tribes and government
    forces in Syria's southern Suwayda province has risen to [[more than 1,100|killed;a=the Syrian Observatory for Human Rights]],
    the Syrian Observatory for Human Rights said on Sunday. They included
    [[about 520 Druze fighters|killed;a=the monitor;alt=the Syrian Observatory for Human Rights]],
    [[194 civilians|killed;a=the monitor;alt=the Syrian Observatory for Human Rights]] executed by
    government forces and [[427 members|killed;a=the monitor;alt=the Syrian Observatory for Human Rights]] of the
    defence and interior ministries, the monitor said. The International Organization for
    Migration said [[176,000 people|displaced;a=The International Organization for Migration]] had
    fled their homes, most to villages inside the province. The government deployed
    [[about 2,500 internal security personnel|combatants;a=the interior ministry]] to
    the province's edge to hold the ceasefire, the interior ministry said. Hospitals in Suwayda city
    received [[over 900 wounded|injured;a=doctors]], doctors said, while the main hospital ran out
    of fuel for its generators.""",
)

item(
    "Hostages exchanged between Druze and Bedouin in Suwayda",
    """Druze factions and Bedouin tribes exchanged [[54 hostages|kidnapped;a=the governor of Suwayda]]
    on Thursday under a deal brokered by the government and the United States, the governor of
    Suwayda said. The Druze side freed [[31 Bedouin|kidnapped;a=the governor of Suwayda]]
    and received [[23 people|kidnapped;a=the governor of Suwayda]] taken by tribal fighters,
    he said. Local activists say [[as many as 110 people|kidnapped;a=Local activists]] are still held
    by both sides, including [[about 40 women and children|kidnapped;a=Local activists;n=women and children]]. The Syrian Arab
    Red Crescent evacuated [[1,500 Bedouin civilians|displaced;a=The Syrian Arab Red Crescent]] from
    Suwayda city to Daraa under the same agreement, it said, in a convoy of
    [[60 buses|other;a=The Syrian Arab Red Crescent]].""",
)

item(
    "Israeli strikes hit defence ministry in Damascus",
    """Israeli jets struck the Syrian defence ministry headquarters and an area near the
    presidential palace in Damascus on Wednesday, killing [[three people|killed;a=the health ministry]]
    and wounding [[34|injured;a=the health ministry]], the health ministry said. Israel said it
    acted to protect the Druze of Suwayda. Earlier strikes on government convoys heading south
    killed [[at least 15 soldiers|killed;a=security sources]], security sources said, and the
    Israeli military said it had destroyed [[12 tanks|other;a=the Israeli military]] and
    [[dozens of armed pickups|other;a=the Israeli military]]. Israel has carried out
    [[more than 1,000 strikes|other;a=the Syrian Observatory for Human Rights;u=other]] in Syria since
    {{December 2024}}, according to the Syrian Observatory for Human Rights. Inside Israel,
    [[hundreds of Druze citizens|other]] crossed the fence into the Golan buffer zone to reach
    relatives, and the army said it had returned [[about 200|other;a=the army]] by nightfall.""",
)

item(
    "Israeli troops raid Beit Jinn, killing 13",
    """Israeli troops raided the village of Beit Jinn in the foothills of Mount Hermon before dawn
    on Friday, and [[13 people|killed;a=Syrian state media]], including [[two children|killed;a=Syrian state media]],
    were killed in the ensuing clashes and shelling, Syrian state media said. The Israeli military
    said [[six soldiers|injured;a=The Israeli military]] were wounded, [[three|injured;a=The Israeli military]]
    of them seriously, during an operation to detain [[three suspects|arrested;a=The Israeli military]]
    it said belonged to Jamaa Islamiya. [[Dozens of families|displaced;a=residents]] fled toward
    Damascus, residents said. Since {{December 2024}} Israel has set up
    [[nine military positions|other;a=UN observers]] inside the demilitarised zone and beyond it,
    UN observers say, and has detained [[at least 40 Syrians|arrested;a=a local monitor]] from villages in
    Quneitra province, according to a local monitor.""",
)

item(
    "Abductions of Alawite women spread fear on the coast",
    """Rights groups have documented [[at least 36 Alawite women and girls|kidnapped;a=Rights groups;n=women and girls]] abducted in Latakia,
    Tartus, Homs and Hama since {{February}}, in what they describe as a campaign of sectarian
    intimidation. Amnesty International said [[eight|kidnapped;a=Amnesty International]] of the cases
    it investigated involved girls under {{18}}. Only [[12|kidnapped;a=the families]] have been
    returned, the families said, some after ransoms of up to {{$15,000}}. The interior ministry
    says it has investigated [[42 reported abductions|kidnapped;a=The interior ministry]] and
    arrested [[11 suspects|arrested;a=The interior ministry]], but that many of the women left home
    of their own accord. A UN commission of inquiry said it had received reports of
    [[dozens more|kidnapped;a=A UN commission of inquiry;n=-]] it could not yet verify.""",
)

item(
    "Gunmen kill Alawite villagers in Homs countryside",
    """Gunmen killed [[seven members of one family|killed;a=the Syrian Observatory for Human Rights;n=members]] in the Alawite village of
    Fahil, west of Homs, on Monday night, the Syrian Observatory for Human Rights said. A
    {{12-year-old}} boy was among [[two people|injured;a=the monitor;alt=the Syrian Observatory for Human Rights]]
    wounded, the monitor said. In Homs city, [[four men|kidnapped;a=relatives]] were abducted from a minibus on
    the Tartus road, relatives said. The provincial security chief said his forces had arrested
    [[five suspects|arrested;a=The provincial security chief]] and deployed
    [[up to 300 extra personnel|combatants;a=The provincial security chief]] to mixed neighbourhoods. The
    monitor has recorded [[more than 600 revenge killings|killed;a=The monitor;alt=the Syrian Observatory for Human Rights]]
    in Homs province since {{January}}, and [[about 1,300 Alawite families|displaced;a=local committees]] have
    left the city's Karm al-Zeitoun and Nuzha districts, local committees say.""",
)

item(
    "Clashes in Jaramana and Sahnaya leave dozens dead",
    """Clashes between Druze gunmen and armed men loyal to the government in the Damascus suburbs of
    Jaramana and Ashrafiyat Sahnaya have killed [[at least 101 people|killed;a=the Syrian Observatory for Human Rights]]
    in {{three days}}, the Syrian Observatory for Human Rights said on Thursday, among them
    [[32 members of the security forces|killed;a=the Syrian Observatory for Human Rights;n=members]] and
    [[10 civilians|killed;a=the Syrian Observatory for Human Rights]]. The fighting erupted after an audio clip
    insulting the Prophet Mohammed was attributed to a Druze cleric. Sheikh Hikmat al-Hijri, the Druze
    spiritual leader, said [[dozens of students|civilians;a=Sheikh Hikmat al-Hijri]] from Suwayda
    had been trapped in their dormitories in Damascus. The government sent
    [[about 1,000 General Security troops|combatants]] to Sahnaya. Under a local deal,
    [[300 to 400 local men|combatants;a=the deal;p]] are to be enrolled in the police, the deal says.""",
)

item(
    "Monitor puts 2025 death toll at over 7,600",
    """The Syrian Observatory for Human Rights said on {{December 31}} that it had documented
    [[7,672 deaths|killed;a=The Syrian Observatory for Human Rights]] in Syria in {{2025}}, the first
    full year after Assad's fall, against [[about 6,100|killed;a=The Syrian Observatory for Human Rights]] in {{2024}}. Civilians made
    up [[5,042|killed;a=the monitor;alt=The Syrian Observatory for Human Rights]] of the dead, the
    monitor said, including [[390 children|killed;a=the monitor;alt=The Syrian Observatory for Human Rights]]
    and [[412 women|killed;a=the monitor;alt=The Syrian Observatory for Human Rights]]. Extrajudicial
    and sectarian killings accounted for [[more than 3,000|killed]] of the civilian deaths. Unexploded
    ordnance and landmines killed [[286 people|killed;a=the group;alt=The Syrian Observatory for Human Rights]],
    the group said, and wounded [[roughly 500|injured;a=the group;alt=The Syrian Observatory for Human Rights]].
    The Syrian Network for Human Rights, which uses stricter criteria, recorded
    [[3,412 civilian deaths|killed;a=The Syrian Network for Human Rights]].""",
)

item(
    "New army absorbs factions, foreign fighters",
    """Syria's defence ministry says it has merged [[more than 130 armed factions|combatants;a=Syria's defence ministry;u=other]]
    into a new national army since {{January}}, which officials expect to number
    [[about 100,000 troops|combatants;a=officials;p]] by the end of the year. Reuters reported that
    [[some 3,500 foreign fighters|combatants;a=Reuters]], most of them Uyghurs from China and
    neighbouring countries, had been enrolled in a new {{84th Division}}. The Syrian Democratic
    Forces, which say they have [[about 70,000 fighters|combatants;a=The Syrian Democratic Forces]]
    and [[30,000 internal security personnel|combatants;a=The Syrian Democratic Forces]], are negotiating their
    own integration. Defence officials said [[20 brigades|combatants;a=Defence officials;u=other]] had
    completed training under Turkish instructors, and [[another 12|combatants;a=Defence officials;u=other;p]] would
    finish by {{March}}.""",
)

item(
    "Clashes erupt in Aleppo's Kurdish districts",
    """Fighting broke out between government forces and Kurdish-led fighters around Aleppo's Sheikh
    Maqsoud and Ashrafieh districts on Monday, killing [[at least two people|killed;a=the health directorate]]
    and wounding [[11|injured;a=the health directorate]], the health directorate said. The SDF said
    [[one of its fighters|killed;a=The SDF;v=1;n=fighters]] had been killed. Residents said
    [[hundreds of people|displaced;a=Residents]] fled toward the city centre as mortar rounds landed.
    The districts are home to [[an estimated 150,000 people|civilians]], most of them Kurds. The
    interior ministry said it had evacuated [[1,200 residents|displaced;a=The interior ministry]] from
    buildings near the front line and that [[a dozen homes|housing;a=The interior ministry]] had been damaged. A
    ceasefire was agreed late on Tuesday.""",
)

item(
    "Islamic State ambush near Palmyra kills three Americans",
    """[[Two US soldiers|killed;a=US Central Command]] and a civilian interpreter were killed
    when a gunman opened fire on a joint US-Syrian patrol near Palmyra on Saturday, US Central
    Command said. [[Three other US service members|injured;a=US Central Command;n=members]] were
    wounded, it said. The attacker, a member of the Syrian security forces suspected of Islamic State
    sympathies, was shot dead. Syria's interior ministry said it had detained
    [[11 members|arrested;a=Syria's interior ministry]] of the unit for questioning. The United States
    keeps [[about 1,000 troops|combatants;a=officials]] in Syria, officials say, down from
    [[roughly 2,000|combatants;a=officials]] in {{2024}}, and plans to cut the
    force to [[fewer than 500|combatants;a=The United States;p]] by the end of the year.""",
)

item(
    "Israeli strikes on Hama airbase and T4",
    """Israeli aircraft struck the Hama military airport and the {{T4}} airbase in Homs province late
    on Wednesday, killing [[four Syrian soldiers|killed;a=the foreign ministry]] and wounding
    [[about a dozen|injured;a=the foreign ministry]], the foreign ministry said. Residents of Hama
    said [[dozens of explosions|other;a=Residents of Hama;u=other]] were heard after the strikes.
    The Israeli military said it had hit [[more than 20 aircraft|other;a=The Israeli military]]
    and air-defence batteries at both bases, which Turkey had reportedly planned to use. In
    the days after Assad's fall Israel carried out [[around 480 strikes|other;a=The Israeli military;u=other]]
    on Syrian military sites, destroying an estimated {{80%}} of the former army's strategic weapons, it
    said.""",
)

item(
    "Syria and Israel edge toward security arrangement",
    """Syrian and Israeli officials met in Paris on {{July 24}} and again in Baku in {{August}} to
    discuss a de-escalation arrangement for southern Syria, diplomats said. Israel wants a
    demilitarised zone stretching from the Golan to about {{40 km}} south of Damascus, and has kept
    troops on the Syrian summit of Mount Hermon, at {{2,814 metres}}, since {{December 2024}}.
    Damascus insists on a return to the lines of the {{1974}} disengagement agreement. US envoy Tom
    Barrack said a deal could be reached "within {{weeks}}". The {{1974}} accord created a buffer
    zone of about {{235 square kilometres}} patrolled by the UN Disengagement Observer Force, whose
    mandate was renewed for {{six months}} on {{June 30}}.""",
)

item(
    "Army pay rises as conscription ends",
    """Syria's defence ministry raised the monthly pay of a volunteer soldier to {{$100}} from
    {{January 1}}, up from about {{$15}} under the former government. The army is now made up
    entirely of volunteers aged {{18 to 40}}, after compulsory service, which had lasted up to
    {{eight years}} for some men during the war, was abolished. Officers receive a bonus of
    {{25%}} for postings in the Badia desert. Recruits sign a first contract of {{two years}} and
    train for {{45 days}} at academies in Homs and Aleppo. The ministry's {{2026}} budget line
    was set at {{1.3 trillion Syrian pounds}}, finance officials said.""",
)
