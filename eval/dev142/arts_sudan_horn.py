"""Sudan and Somalia: RSF and army claims, medics', monitors' and UN tolls, refugees and
returns; army communiques and al-Shabaab and Islamic State claims (11 texts with figures)."""

from _wrap import item

item(
    "RSF assault on Zamzam camp kills more than 400, UN says",
    """An assault by the Rapid Support Forces on the Zamzam displacement camp in North Darfur
    killed [[more than 400 people|killed;a=the UN human rights office]], the UN human rights
    office said on Tuesday, citing verified sources. The paramilitary force stormed the camp
    on Friday after {{two days}} of shelling, residents said. Zamzam, about {{15 km}} south of
    El Fasher, was the first
    place in Sudan where famine was confirmed, in {{August 2024}}. The
    International Organization for Migration said
    [[between 400,000 and 450,000 people|displaced;a=The International Organization for
    Migration]] had fled the camp, which had sheltered [[about 500,000|displaced;a=The
    International Organization for Migration]] before the attack. Most have headed for Tawila,
    about {{60 km}} to the west, where [[some 180,000 new arrivals|displaced;a=the Norwegian
    Refugee Council]] had registered by Sunday, the Norwegian Refugee Council said. Others
    walked for {{three days}} to reach El Fasher, itself under siege. Relief International
    said [[nine of its staff|killed;a=Relief International]] were killed when fighters
    stormed its clinic, the last functioning health facility in the camp. The Zamzam camp
    coordination said [[more than 1,000 shelters|housing;a=The Zamzam camp coordination]] and
    the main market had been burned. The Emergency Lawyers, a rights group, said RSF fighters
    had detained [[dozens of young men|arrested;a=The Emergency Lawyers]] and taken them
    towards Jebel Marra. The army-aligned government in Port Sudan put the death toll at
    [[more than 300|killed;a=The army-aligned government in Port Sudan]]. The RSF said in a
    statement that it had "liberated" the camp, which it said army-allied fighters used as a
    base, and that it had evacuated [[hundreds of families|displaced;a=The RSF]] to safety. It
    denied targeting civilians and published videos of its commander handing out food. None
    of the figures could be independently verified, as the camp has been cut off from
    communications since the attack began. The UN Security Council is due to discuss the attack
    on
    Thursday.""",
)

item(
    "SAF says it killed 600 RSF fighters west of Omdurman; RSF says attack repelled",
    """The Sudanese Armed Forces (SAF) said on Thursday its troops had killed
    [[more than 600 RSF militiamen|killed;a=The Sudanese Armed Forces (SAF)]] and destroyed
    [[45 combat vehicles|other;a=The Sudanese Armed Forces (SAF)]] in battles west of Omdurman.
    SAF spokesman Brigadier General Nabil Abdallah said the army had also seized
    [[12 vehicles|other;a=Nabil Abdallah]] mounted with heavy machine guns and captured
    [[87 fighters|arrested;a=Nabil Abdallah]], among them foreign mercenaries. In a statement
    on Telegram, the RSF said it had repelled the attack, killing
    [[hundreds of army soldiers|killed;a=the RSF]] and allied fighters and taking
    [[more than 150|arrested;a=the RSF]] prisoner. Neither side's claims could be
    independently verified. Residents of Omdurman's Ombada district told Sudan Tribune that
    [[at least 23 civilians|killed;a=Residents of Omdurman's Ombada district]] were killed by
    RSF shelling on a market on Wednesday evening.""",
)

item(
    "Drone strike on Abu Shouk camp kills 12 displaced",
    """An RSF drone attack on the Abu Shouk camp for displaced people in El Fasher killed
    [[12 people|killed;a=the Emergency Room of the camp]] and injured
    [[23 others|injured;a=the Emergency Room of the camp]] on Friday morning, the Emergency
    Room of the camp told Radio Dabanga. A camp coordinator, who asked not to be named for
    security reasons, said the drone struck near the water point at about {{7am}}. He said
    [[22 houses|housing;a=A camp coordinator]] were burned by the fire that followed. The
    General Coordination of Displaced Persons and Refugees in Darfur said
    [[more than 60 families|displaced;a=The General Coordination of Displaced Persons and
    Refugees in Darfur]] had fled the camp towards Tawila since Friday. The Sudan Doctors
    Network said the RSF had shelled
    the city's Saudi hospital on the same day, wounding [[four health workers|injured;a=The
    Sudan Doctors Network]]. El Fasher has been under RSF siege since {{May 2024}}. UN agencies
    estimate that
    [[about 260,000 civilians|civilians;a=UN agencies]], including
    [[130,000 children|civilians;a=UN agencies]], remain trapped in the city.""",
)

item(
    "RSF attack on Gezira village kills 104, resistance committees say",
    """The RSF killed [[at least 104 people|killed;a=the Madani Resistance Committees]],
    including [[35 children|killed;a=the Madani Resistance Committees]], in an attack on the
    village of Wad al-Noura in Gezira state, the Madani Resistance Committees said on
    Thursday. Videos shared by the committees showed [[dozens of bodies|killed]] wrapped in
    white shrouds in a school courtyard. In a statement, the RSF said its forces had attacked
    [[three army camps|other;a=the RSF]] in the area and killed army and allied fighters, and
    denied targeting civilians. The committees said
    [[more than 150 people|injured;a=The committees;alt=the Madani Resistance Committees]] had
    been wounded and that the village's only health centre had run out of supplies. The UN's
    humanitarian office said [[more than 2,000 residents|displaced;a=The UN's humanitarian
    office]] had fled to neighbouring villages, and that [[about 500 families|displaced;a=The
    UN's humanitarian office]] were sleeping in the open near Al-Managil.""",
)

item(
    "More than 1 million Sudanese have returned home, IOM says",
    """[[More than 1 million Sudanese|returned;a=the International Organization for
    Migration]] have returned to their home areas, the International Organization for
    Migration said on Friday, most of them to Gezira state and the capital Khartoum. The IOM
    said [[about 686,000|returned;a=The IOM]] had gone back to Gezira and
    [[more than 100,000|returned;a=The IOM]] to Khartoum state since the army retook the
    capital in March. The agency expects [[2.1 million people|returned;p;v=2100000;a=The
    agency;alt=the International Organization for Migration]] to return by the end of the
    year if security holds. Still, [[about 10 million people|displaced;a=UN figures]] remain
    displaced inside Sudan, and [[nearly 4 million|displaced;a=UN figures]] have fled abroad,
    according to UN figures. Returnees told Reuters they found their homes looted and water and
    power cut. The World Health Organization said [[26 hospitals|housing;a=The World Health
    Organization]] in Khartoum state had been damaged or looted during the fighting.""",
)

item(
    "More than 20,000 Sudanese refugees cross into Chad in a week",
    """[[More than 20,000 Sudanese refugees|displaced;a=the UN refugee agency]] crossed into
    eastern Chad in the past week, fleeing fighting in El Fasher and around Tawila, the UN
    refugee agency said on Tuesday. The agency said [[858,000 people|displaced;a=The
    agency;alt=the UN refugee agency]] had arrived in Chad since {{April 2023}}, {{88%}} of them
    women and children. Most are in and around Adré, a border town of
    [[about 40,000|civilians]] before the war. UNHCR said it planned to relocate
    [[50,000 refugees|displaced;p;a=UNHCR]] from the border to
    [[three new camps|capacity;p;a=UNHCR]] further inland. Each camp can hold
    [[up to 20,000 people|capacity]]. Chad already hosted
    [[about 400,000 Sudanese refugees|displaced]] before the war began.""",
)

item(
    "Sudan army says drones struck RSF aircraft at Nyala airport",
    """The Sudanese army said its drones struck Nyala airport at dawn on Sunday, destroying
    [[two cargo planes|other;u=other;a=The Sudanese army]] used to deliver weapons to the RSF
    and killing [[dozens of foreign mercenaries|killed;a=The Sudanese army]]. The RSF did not
    comment. Witnesses in the city said [[at least five people|killed;a=Witnesses in the
    city]] were killed in the strikes.""",
)

item(
    "Counting the dead in Sudan: estimates differ widely",
    """No one knows how many people have died in Sudan's war. Former US envoy Tom Perriello
    said in {{2024}} that [[as many as 150,000 people|killed;a=Tom Perriello]] may have been
    killed. The Armed Conflict Location and Event Data project (ACLED), a conflict monitor, has
    recorded [[more than 28,700 deaths|killed;a=The Armed Conflict Location and Event Data
    project (ACLED)]] in reported violence, a figure it says is an undercount. A study by the
    London School of Hygiene and Tropical Medicine estimated
    [[more than 61,000 deaths|killed;a=A study by the London School of Hygiene and Tropical
    Medicine]] in Khartoum state alone in the first {{14 months}} of the war,
    [[about 26,000|killed;a=A study by the London School of Hygiene and Tropical Medicine]] of
    them from violence. The health ministry in Port Sudan, which is aligned with the army, puts
    the toll at [[about 20,000|killed;a=The health ministry in Port Sudan]], a figure that
    does not distinguish between fighters and civilians. The RSF publishes no figures. The
    Sudan Doctors Network, which tallies attacks on civilians from hospital records, says
    [[at least 1,500 people|killed;a=The Sudan Doctors Network]] have died in the siege of El
    Fasher alone, among them [[more than 200 children|killed;a=The Sudan Doctors Network]].
    [[More than 12 million people|displaced;a=the IOM]] have fled their homes, according to
    the IOM.""",
)

item(
    "SNA says more than 70 al-Shabaab militants killed in Middle Shabelle",
    """The Somali National Army (SNA), backed by local clan militias known as Macawisley, said
    it had killed [[more than 70 al-Shabaab militants|killed;a=The Somali National Army
    (SNA)]] in an operation in the Middle Shabelle region. Deputy Information Minister
    Abdirahman Yusuf Al-Adala told reporters in Mogadishu that
    [[15 al-Shabaab fighters|arrested;a=Abdirahman Yusuf Al-Adala]] had been captured and
    [[three technicals|other;a=Abdirahman Yusuf Al-Adala]] seized. Al-Shabaab, through its
    Andalus radio, claimed its fighters had killed [[47 soldiers|killed;a=Al-Shabaab]] and
    seized [[four military vehicles|other;a=Al-Shabaab]] in the fighting near Mahaday. The
    figures could not be independently verified, and both sides routinely exaggerate enemy
    losses. Medics at Mogadishu's
    Erdogan hospital said they had received [[11 wounded soldiers|injured;a=Medics at
    Mogadishu's Erdogan hospital]] flown in from the front. The government says
    [[more than 200 villages|other;a=The government]] have been
    liberated since the offensive began in {{2022}}, though several have since been lost
    again.""",
)

item(
    "Puntland forces say 200 IS fighters killed in Cal Miskaad offensive",
    """Puntland security forces said on Sunday they had killed
    [[at least 200 Islamic State fighters|killed;a=Puntland security forces]] since launching
    an offensive in the Cal Miskaad mountains of Bari region in December. Puntland officials
    said [[about 60 soldiers|killed;a=Puntland officials]] had been killed, and
    [[more than 50 militants|arrested;a=Puntland officials]], most of them foreigners, captured.
    US Africa Command said a separate airstrike in the Golis mountains had killed
    [[14 IS-Somalia operatives|killed;a=US Africa Command]]. The group, estimated by the UN to
    have [[between 600 and 800 fighters|combatants;a=the UN]], has not commented on its
    losses. Puntland's president said [[about 1,000 troops|combatants;p;a=Puntland's
    president]] would be sent to reinforce the front line in the coming weeks. [[More than
    20,000 people|displaced;a=local authorities]] have fled villages around
    the mountains, according to local authorities.""",
)

item(
    "Suicide bombing at Mogadishu beach kills 32",
    """A suicide bombing and gun attack at Lido beach in Mogadishu on Friday night killed
    [[at least 32 people|killed;a=police]] and wounded [[63|injured;a=police]], police said
    Saturday. Police spokesman Abdifatah Aden Hassan said [[one attacker|killed;a=Abdifatah
    Aden Hassan]] blew himself up and [[three others|killed;a=Abdifatah Aden Hassan]] were
    shot dead by security forces. Al-Shabaab claimed responsibility in a statement on its
    Andalus radio.""",
)
