"""Items of dev252: tribal fighting in Libya (Kufra, Sabha, Ubari, Zawiya), Yemen (al-Jawf,
Marib, Shabwa, Amran, Abyan) and southern Iraq (Basra, Dhi Qar, Maysan)."""

from _wrap import item

item(
    "Kufra: Tebu and Zuwaya fighters exchange fire for third day",
    """Clashes between Tebu and Zuwaya tribal fighters in Libya's southeastern town of Kufra
    killed [[at least 17 people|killed;a=a local health official]] over {{three days}}, a local
    health official said on Wednesday. The official, who asked not to be named, said
    [[about 50 people|injured;a=The official]] had been treated at Kufra hospital, which was
    running short of blood. A Tebu elder said [[some 200 families|displaced;a=A Tebu elder]]
    had fled the Qadarfi district for farms outside the town. The eastern-based Libyan
    National Army said it had sent [[about 400 troops|combatants;a=The eastern-based
    Libyan National Army]] to separate the sides. The UN
    Support Mission in Libya urged both tribes to respect a truce agreed in {{2015}}, which
    lasted less than {{a year}}. Residents said [[dozens of houses|housing;a=Residents]] and
    [[at least four shops|housing;a=Residents]] had been hit by rocket-propelled grenades.""",
)

item(
    "Sabha: tribal fighting around citadel displaces thousands",
    """Fighting between the Awlad Suleiman and Tebu tribes in the southern Libyan city of Sabha
    has killed [[at least 32 people|killed;a=the city's medical centre]] since {{February 9}},
    the city's medical centre said, and wounded [[more than 160|injured;a=the city's medical
    centre;n=-]]. The UN Office for the Coordination of Humanitarian Affairs said [[about 10,000
    people|displaced;a=The UN Office for the Coordination of Humanitarian Affairs]] had been
    forced from the Tayuri and Al-Jadid districts, and that [[roughly 1,000 of them|displaced;
    a=The UN Office for the Coordination of Humanitarian Affairs;n=-]] were staying in
    [[six schools|capacity;a=The UN Office for the Coordination of Humanitarian Affairs]].
    The Libyan Red Crescent said it had evacuated [[14 foreign workers|displaced;a=The Libyan
    Red Crescent]] from the area. Local council head Hamed al-Khayali said [[three power
    stations|housing;a=Hamed al-Khayali;u=structure]] had been damaged. Migrant workers from Chad and Niger
    make up roughly {{a quarter}} of the city's population.""",
)

item(
    "Ubari truce: Tuareg and Tebu fighters pull back",
    """Tuareg and Tebu fighters began pulling back from front lines in the southern Libyan town
    of Ubari on Sunday under a truce brokered by Qatari mediators, after fighting that killed
    [[more than 300 people|killed;a=local doctors]] since {{September 2014}}, according to
    local doctors. A member of the town's council said [[about 4,500 families|displaced;a=A
    member of the town's council]] had fled during the fighting and that [[around 1,200|returned;
    a=A member of the town's council;n=-]] had come back in recent weeks. He said [[hundreds of
    houses|housing;a=A member of the town's council]] in the Tebu district of Tayuri were
    uninhabitable. Under the deal, a neutral force of [[about 300 fighters|combatants;p]] from
    other tribes will hold the Sharara road. Both sides agreed to free [[all 46 prisoners|other;
    p]] they hold. The International Committee of the Red Cross said [[11,000
    people|aid;a=The International Committee of the Red Cross]] had received food parcels.""",
)

item(
    "Zawiya tribal clashes close coastal highway",
    """Clashes between armed groups from rival tribes in Zawiya, west of Tripoli, killed
    [[five people|killed;a=the Emergency Medicine Centre]], including a child, and wounded [[13|injured;a=the Emergency Medicine Centre]], the Emergency Medicine
    Centre said on Monday. The coastal highway to the Tunisian border was closed for {{12
    hours}}. The centre said [[38 families|displaced;a=The centre;alt=the Emergency Medicine
    Centre]] had been evacuated from the Harsha neighbourhood and that its ambulances had been
    fired on. The Government of National Unity said it had sent [[250 members|combatants;
    a=The Government of National Unity]] of the Stabilisation Support Apparatus to the city.
    [[About 70 students|civilians]] were trapped in a secondary school until the evening. Residents said
    the fighting began after a member of one tribe was killed at a checkpoint at {{4am}}.""",
)

item(
    "Yemen: tribal feud over land leaves 11 dead in al-Jawf",
    """A long-running feud between {{two tribes}} over land in Yemen's northern al-Jawf province
    flared on Saturday, killing [[11 tribesmen|killed;a=tribal sources]] and wounding [[nine|
    injured;a=tribal sources]], tribal sources said. The fighting, with machine guns and
    mortars, lasted until dusk near the village of al-Ghayl. A tribal mediator, Sheikh Ali
    al-Hamdani, said [[about 150 gunmen|combatants;a=Ali al-Hamdani]] on each side had taken
    part. He said [[two children|killed;a=Ali al-Hamdani]] were among the dead. Residents said
    [[some 60 families|displaced;a=Residents]] had fled to neighbouring villages and that
    [[at least 20 houses|housing;a=Residents]] were damaged. Mediators are seeking a truce of
    {{40 days}} in which the blood money can be agreed; under local custom it is often paid in
    rifles and cash, at around {{$40,000}} a life.""",
)

item(
    "Marib tribes seize hostages in revenge for road killing",
    """Tribesmen in Yemen's Marib province seized [[seven men|kidnapped;a=local officials]] from
    a rival tribe at a checkpoint on the Marib-Safer road on Tuesday, local officials said,
    in revenge for the killing of a tribal elder in {{August}}. [[Two of the hostages|kidnapped;a=the governor's office]]
    were released on Thursday after mediation by local sheikhs, the governor's office said. The
    office said [[500 soldiers|combatants;a=The office;alt=the governor's office]] had
    been deployed to keep the road open and that [[around 300 fuel trucks|other;a=The office;alt=the governor's office]] had been stranded for {{two days}}. Tribal leaders said [[three
    gunmen|killed;a=Tribal leaders]] had died in an exchange of fire when troops tried to free
    the hostages. The International Organization for Migration says Marib hosts [[about 1.3
    million displaced people|displaced;a=The International Organization for Migration;
    n=people]] in [[some 200 displacement sites|capacity;a=The International Organization for
    Migration;n=sites]], many of them on tribal land.""",
)

item(
    "Shabwa: clan vendetta kills worshippers outside mosque",
    """Gunmen from a rival clan opened fire on worshippers leaving a mosque in Yemen's Shabwa
    province after Friday prayers, killing [[six people|killed;a=a security official]] and
    wounding [[14|injured;a=a security official]], a security official said. The official
    said the attack was part of a vendetta between {{two clans}} that has killed [[at least 40
    people|killed;a=The official]] since {{2017}}. Shabwa's security committee said
    [[four suspects|arrested;a=Shabwa's security committee]] had been arrested and that
    [[up to 10 others|arrested;a=Shabwa's security committee;p;n=others]] were being sought.
    Residents said [[about 80 families|displaced;a=Residents]] from the attackers' clan had left
    their homes fearing reprisals. A Yemeni rights group, Mwatana, said revenge killings in the
    province had left [[more than 200 people|killed;a=Mwatana]] dead in {{five years}}.""",
)

item(
    "Amran: tribal truce brokered after clashes over water well",
    """Tribal elders in Yemen's Amran province brokered a {{one-year}} truce on Wednesday between
    the Bani Jabr and al-Ousaimat tribes after clashes over a water well killed [[eight
    people|killed;a=a tribal sheikh]], a tribal sheikh involved in the talks said. Under the
    truce, each side must hand over [[10 rifles|other;p]] to the mediators as a guarantee. The
    sheikh said [[about 120 fighters|combatants;a=The sheikh]] had withdrawn from positions
    around the well, and that [[25 families|returned;a=The sheikh]] had gone back to their
    homes. [[A dozen farms|other;n=farms;u=other]] had been abandoned during the fighting. The
    Norwegian Refugee Council said [[nearly 2,000 people|civilians;a=The Norwegian Refugee
    Council]] in the valley depended on the well for water. The {{third}} round of talks is set
    for {{October 14}}.""",
)

item(
    "Basra: tribal gunfight over farmland kills nine",
    """A gunfight between {{two tribes}} over farmland in the Qurna district north of Basra killed
    [[nine people|killed;a=a police source]] and wounded [[between 15 and 20|injured;a=a police
    source]], a police source said on Saturday. The clash, fought with machine guns and
    rocket-propelled grenades, lasted more than {{five hours}}. Basra police command said it had
    deployed [[about 1,000 police officers|combatants;a=Basra police command]] backed by the
    army's {{8th Division}} and had arrested [[22 tribesmen|arrested;a=Basra police command]].
    [[Three policemen|injured]] were among the wounded. Residents said [[some 40 families|
    displaced;a=Residents]] living near the fields had moved into the city. The provincial
    council said [[more than 300 tribal disputes|other;a=The provincial council;n=disputes;
    u=other]] had been registered in Basra in the past year. The tribes' elders are due to
    meet on {{Monday}} to discuss the fasl, the compensation owed for the dead.""",
)

item(
    "Iraq's interior ministry counts tribal conflicts",
    """Iraq's interior ministry said on Sunday that tribal conflicts had killed [[181 people|
    killed;a=Iraq's interior ministry]] across the country's southern provinces in {{2023}},
    and that its forces had intervened in [[1,240 disputes|other;a=Iraq's interior ministry;n=disputes;u=other]]. Ministry spokesman Brigadier General Muqdad Miri
    said [[at least 2,600 suspects|arrested;a=Muqdad Miri]] had been arrested and [[about
    9,000 weapons|other;a=Muqdad Miri]], including [[some 300 rocket launchers|other;a=Muqdad
    Miri]], seized. He said [[about 45 police officers|killed;a=Muqdad Miri]] had been killed
    trying to separate warring tribes over {{five years}}. Basra, Maysan and Dhi Qar accounted
    for about {{70 percent}} of incidents, he said. The ministry plans to recruit [[5,000 more
    officers|combatants;a=The ministry;alt=Iraq's interior ministry;p]] for the southern
    provinces.""",
)

item(
    "Dhi Qar: 'dakka' attacks on homes prompt arrests",
    """Police in Iraq's Dhi Qar province have arrested [[37 men|arrested;a=the provincial police
    command]] accused of carrying out "dakka" attacks, in which tribesmen fire on the homes of
    rival families to force them into talks, the provincial police command said on Thursday. It
    said [[62 homes|housing;a=the provincial police command]] in Nasiriyah and Suq al-Shuyukh
    had been shot at since {{January}} and that [[four people|killed;a=the provincial police
    command]] had died, among them a {{10-year-old}} boy. [[Eleven others|injured]] were wounded
    in the attacks. Iraq's Supreme Judicial Council classified dakka as a terrorist offence in
    {{2018}}. A police officer in Nasiriyah said [[about 600 officers|combatants;a=A police
    officer in Nasiriyah]] had been assigned to the province's tribal affairs unit. Tribal
    elders said [[at least 25 families|displaced;a=Tribal elders]] had left the city for Baghdad
    or Basra rather than face attacks. The police said they had seized [[48 Kalashnikov
    rifles|other;a=The police;alt=the provincial police command]] and [[three machine
    guns|other;a=The police;alt=the provincial police command]] in the raids.""",
)

item(
    "Yemeni tribesmen free engineers after two weeks",
    """Tribesmen in Yemen's Marib province on Monday freed [[two foreign engineers|kidnapped;
    a=a local official]] they had held for {{two weeks}} to press the government to release
    [[five members|arrested;a=a local official]] of their tribe from prison, a local official
    said. The official said [[three Yemeni drivers|kidnapped;a=The official]] seized with the
    engineers had been let go on the {{first}} day. Tribal mediators said the government had
    agreed to free [[two of the prisoners|arrested;a=Tribal mediators;p;n=prisoners]] within a
    month. Security forces had surrounded the area with [[about 200 soldiers|combatants;a=residents]] but
    did not try a rescue, residents said. Kidnappings by tribes seeking concessions were common
    in Yemen before the war; [[more than 200 foreigners|kidnapped;a=the Yemen Polling Center]]
    were abducted between {{1996}} and {{2014}}, according to the Yemen Polling Center. Another
    [[three aid workers|kidnapped]] seized in Abyan in {{February}} have not been heard from.""",
)

item(
    "Kufra's displaced Tebu families wait for aid as schools fill",
    """[[About 3,000 Tebu residents|displaced;a=the Libyan Red Crescent]] of Kufra's Qadarfi
    district remain displaced {{two months}} after the latest tribal clashes, the Libyan Red
    Crescent said on Tuesday. The organisation said [[around 400 families|displaced;a=The
    organisation;alt=the Libyan Red Crescent]] were living in [[nine schools|capacity;a=The
    organisation;alt=the Libyan Red Crescent]] and a sports hall, and that others had moved to Tazirbu,
    some {{250km}} to the north. Unicef said it had delivered [[2,500 hygiene kits|aid;a=Unicef]]
    and planned to send [[1,000 more|aid;a=Unicef;p;n=-;u=other]] this month. A Tebu elder said
    [[fewer than 100 families|returned;a=A Tebu elder]] had gone back, because [[about 70
    houses|housing;a=A Tebu elder]] in the district had been looted or burned. The World
    Health Organization said the town's hospital had only [[60 beds|capacity;a=The World Health
    Organization]] for [[a population of about 60,000|civilians;a=The World Health
    Organization;n=population;q=approx]].""",
)

item(
    "Maysan: tribes lay down arms after week of feuding in al-Kahla",
    """{{Two tribes}} in Iraq's Maysan province agreed on Friday to lay down their arms after a
    week of feuding in al-Kahla district that killed [[six people|killed;a=the provincial
    health directorate]] and wounded [[30 to 35|injured;a=the provincial health directorate]],
    according to the provincial health directorate. The feud began over an irrigation channel
    and spread to the district centre, where [[200-250 families|displaced;a=local officials]]
    left their homes, local officials said. Maysan's governor said [[a further 1,500 police and
    soldiers|combatants;a=Maysan's governor;n=police and soldiers]] had been sent to the
    district and that [[between 30 and 40 houses|housing;a=Maysan's governor]] had been damaged
    by gunfire. Under the agreement, the tribe found at fault will pay fasl of {{250 million
    dinars}}, about {{$190,000}}. Elders said [[up to 90 families|returned;a=Elders;p]] were
    expected back by the end of the week. Police said [[17 men|arrested;a=Police]] wanted over
    the killings had handed themselves in, while [[four others|missing]] were believed to have
    fled to Basra.""",
)

item(
    "Basra disarmament campaign lets families go home",
    """Iraqi security forces ended a {{three-week}} campaign to disarm feuding tribes in
    northern Basra on Wednesday, saying they had collected [[more than 2,000 weapons|other;
    a=Iraqi security forces]], including [[some 150 mortars|other;a=Iraqi security
    forces]]. The operations command said [[about 5,000 soldiers and police|combatants;a=The
    operations command;n=soldiers and police]] had taken part and that [[96 wanted men|arrested;
    a=The operations command]] had been detained. Local officials said [[roughly 700
    families|returned;a=Local officials]] who had fled the fighting in al-Deir and al-Nashwa
    over the past year had since returned. [[Between 5,000 and 7,000 people|displaced;a=the International Organization for
    Migration]] are still
    living with relatives in Basra city, according to the International Organization for
    Migration. The agency said [[30 to 40 schools|other;a=The agency;alt=the International
    Organization for Migration]] in {{the two districts}} had reopened.""",
)

item(
    "Iraqi parliament debates draft law on tribal councils",
    """Iraq's parliament held a {{first}} reading on Tuesday of a draft law that would give tribal
    councils a formal role in settling disputes, a bill first proposed in {{2016}}. The draft
    would cap fasl payments at {{100 million dinars}} and bar "dakka" threats, with prison terms
    of up to {{10 years}}. Supporters need a simple majority of the {{329}}-seat chamber to pass it.
    A vote is expected after {{Eid al-Adha}}, in {{June}}.""",
)

item(
    "Libyan tribal councils mark anniversary of southern accord",
    """Tribal councils from Libya's south marked on Saturday the {{10th}} anniversary of the
    {{2015}} Doha accord between the Tuareg and Tebu, which ended fighting in Ubari. Speakers
    at the ceremony in Sabha, which lasted {{four hours}}, said the deal had held for almost
    {{a decade}}. Organisers said the next meeting would be on {{November 25}}, and that the
    budget for southern reconciliation had reached {{LYD 12 million}}.""",
)
