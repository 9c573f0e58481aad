"""Positives of eval/dev30, Yemen, Iraq, Iran, West Bank, Turkey: (title, text, tags, kind)."""

POSITIVES = [
    (
        "Houthi missiles set cargo ship ablaze in Red Sea, crew abandon vessel",
        "DUBAI — A bulk carrier was hit by missiles and a drone boat fired by Yemen's Houthi "
        "movement in the Red Sea on Wednesday, setting it ablaze and forcing its crew to abandon "
        "ship, the British military's maritime agency and a security firm said. One crew member, "
        "a seafarer from the Philippines, was missing and believed killed after the explosion "
        "flooded the engine room. The Liberian-flagged, Greek-owned ship was sailing west of the "
        "Yemeni port of Hodeidah when an uncrewed surface vessel struck its stern, followed by "
        "an aerial projectile, the UK Maritime Trade Operations agency said. A US-led naval "
        "coalition rescued the remaining 21 sailors. Houthi military spokesman Yahya Saree said "
        "in a televised statement that the group had targeted the vessel because its owner had "
        "ships that called at Israeli ports. The Houthis, who control Yemen's capital and most "
        "of its populous north, began attacking merchant ships in November 2023 in what they say "
        'is solidarity with Palestinians in Gaza. "These are civilian seafarers doing their '
        'jobs. They have nothing to do with any conflict," said the secretary-general of the '
        "International Maritime Organization. Shipping companies have diverted many vessels "
        "around the Cape of Good Hope, adding weeks to journeys between Asia and Europe. The "
        "attack was one of the most serious since the campaign began. The Philippine government "
        "said it was working with the ship's managers to account for the missing seafarer and to "
        "bring the rest of the crew home, and again urged shipping companies not to send "
        "Filipino sailors through the Red Sea. The burning ship was drifting west of Hodeidah on "
        "Thursday, and maritime security officials warned that it could sink or leak fuel into "
        "the sea. The US and Britain have carried out strikes on Houthi targets in Yemen in "
        "response to the attacks on shipping, but the group has continued to launch missiles and "
        "drones at vessels it considers linked to Israel, the United States or Britain. "
        "Insurance premiums for ships passing through the Bab al-Mandab strait have risen "
        "sharply, and traffic through the Suez Canal has fallen by more than half, cutting "
        "revenues for Egypt.",
        "E V",
        "attack_on_shipping",
    ),
    (
        "US launches wave of strikes on Houthi targets in Yemen",
        "SANAA — The United States carried out a new wave of air strikes on Houthi-held areas of "
        "Yemen overnight, hitting targets in the capital Sanaa, the Red Sea port of Hodeidah and "
        "the northern province of Saada, the Houthis' health ministry and residents said. The US "
        "military's Central Command said it had struck command centres, air defence systems and "
        "weapons storage sites as part of a sustained operation to stop the group's attacks on "
        "shipping and on Israel. It did not say how many targets had been hit. Residents of "
        'Sanaa described powerful explosions that shook buildings in the north of the city. "The '
        'windows broke and the children were screaming," one resident said. The Houthi-run '
        "health ministry said at least 31 people had been killed, including women and children, "
        "a figure that could not be independently verified. The Houthis vowed to respond and "
        "said they had fired missiles at a US aircraft carrier in the Red Sea; the Pentagon said "
        "no US ships had been hit. The US president had announced the campaign days earlier, "
        "saying the strikes would continue until the Houthis stopped firing at commercial "
        "vessels. Yemen has been torn by war since the Houthis seized Sanaa in 2014, prompting a "
        "Saudi-led coalition to intervene in 2015. The UN has described the country as one of "
        "the world's worst humanitarian crises, with millions dependent on food aid.",
        "E M",
        "airstrike",
    ),
    (
        "Twin suicide bombings tear through Baghdad market",
        "BAGHDAD — Two suicide bombers blew themselves up in a crowded clothing market in "
        "central Baghdad on Thursday, killing at least 32 people and wounding more than 100, "
        "Iraq's health ministry said, in the deadliest attack in the capital in three years. The "
        "first attacker claimed to feel ill and drew a crowd around him in Tayaran Square before "
        "detonating his explosive vest, the interior ministry said, and the second blew himself "
        "up as people rushed to help the wounded. Blood-stained clothes and shoes lay among the "
        "stalls after the blasts, and vendors said the market had been busy with people buying "
        'second-hand winter clothes. "I heard the first explosion and ran to help. Then came the '
        'second," said a street vendor who was treated for wounds to his arm. The Islamic State '
        "group claimed responsibility in a statement issued through its news agency. Prime "
        "Minister Mustafa al-Kadhimi ordered a reshuffle of security commanders and said the "
        "attack would not go unpunished. Baghdad had been largely spared such bombings since "
        "Iraq declared victory over Islamic State in 2017, and the city's markets had returned "
        "to life. Security analysts said the group's remaining cells, operating mainly in rural "
        "areas of the north and west, were trying to show they could still strike the capital. "
        "The blasts came days before Iraqis were due to discuss the date of early elections. The "
        "health ministry said all hospitals in Baghdad had been put on alert and that the "
        "wounded had been taken to several hospitals in the city, some of them in a critical "
        "condition. Long queues formed outside blood banks as residents answered calls for "
        "donors. Security forces closed roads around the square and checked cars at checkpoints "
        "across the capital. The attack was condemned by the UN mission in Iraq, by the Vatican, "
        "whose pope was due to visit the country in March, and by neighbouring governments. Shop "
        "owners in the market said they had invested their savings in winter stock and now "
        'feared customers would stay away. "We thought those days were over. Now everybody is '
        'afraid again," said a vendor who sells shoes.',
        "E V T",
        "suicide_bombing",
    ),
    (
        "Iran security forces fire on protesters as unrest over woman's death spreads",
        "DUBAI — Iranian security forces fired live ammunition and tear gas at protesters in "
        "several cities overnight, rights groups said, as demonstrations over the death of a "
        "young woman in the custody of the morality police spread into their second week. Videos "
        "shared on social media showed protesters setting fire to police motorcycles in Tehran "
        "and women burning their headscarves in the streets of Sari and Rasht. The Oslo-based "
        "group Iran Human Rights said at least 76 people had been killed in the crackdown, "
        "including children; state media put the toll, including members of the security forces, "
        "at 41. Mahsa Amini, a 22-year-old Kurdish woman, died after being arrested in Tehran "
        "for allegedly wearing her hijab improperly. Her family say she was beaten; the "
        "authorities say she died of a heart condition. Internet access has been severely "
        'restricted, and Instagram and WhatsApp were blocked. "We are not afraid anymore," a '
        "student in Tehran told a reporter through an encrypted app. The government blamed the "
        'unrest on foreign enemies and said hundreds of "rioters" had been arrested in Gilan '
        "province alone. The Revolutionary Guards warned protesters to stay off the streets. The "
        "protests are the largest in Iran since demonstrations over fuel prices in 2019, which "
        "were also put down by force. In the Kurdish-majority west of the country, where Amini "
        "was from, shops went on strike and rights groups reported the heaviest crackdown, with "
        "security forces firing on crowds in several towns. Several universities in Tehran saw "
        "students chanting against the government and clashing with members of the Basij militia "
        "on campus. Iran's president said the authorities would deal decisively with those who "
        "threatened the country's security. Relatives of some of those killed said they had been "
        "pressured not to hold public funerals. Iranian women's football and film stars "
        "expressed support for the protesters on social media, and some were summoned by the "
        "judiciary.",
        "U",
        "crackdown",
    ),
    (
        "Israeli army launches major raid on Jenin camp with drones and bulldozers",
        "JENIN, West Bank — The Israeli army launched one of its biggest operations in the "
        "occupied West Bank in two decades on Monday, sending hundreds of troops into the Jenin "
        "refugee camp backed by drone strikes and armoured bulldozers. Palestinian health "
        "officials said at least eight Palestinians had been killed and more than 50 wounded. "
        'The Israeli military said the operation targeted "terrorist infrastructure" and weapons '
        "factories in the camp, which it described as a base for militants who had carried out "
        "shooting attacks on Israelis. Gunmen from Palestinian armed groups fought the soldiers "
        "in the camp's narrow alleys, and explosions were heard through the day, residents said. "
        "Bulldozers tore up roads, and water and electricity were cut across much of the camp. "
        "The Palestinian Red Crescent said thousands of residents had left their homes, some "
        "escorted out by paramedics, and were sheltering in schools and mosques in the city of "
        'Jenin. "We walked out with the children and nothing else," said a resident, Jamal, 40. '
        "Ambulances struggled to reach the wounded, the Palestinian health ministry said. The "
        "Palestinian Authority condemned what it called a war crime; the US said it supported "
        "Israel's right to defend itself against militant groups. The Jenin camp, home to around "
        "14,000 people, was established in the 1950s for Palestinians who fled or were expelled "
        "during the 1948 war. In the evening, hundreds of residents were seen walking out of the "
        "camp carrying bags and blankets, some with children on their shoulders, as drones "
        "hovered overhead. The Israeli military said its forces had found explosives "
        "laboratories, weapons and underground hideouts, and had arrested dozens of suspects. It "
        "said a soldier had been killed by gunfire during the operation. The Palestinian Health "
        "Ministry said Israeli forces had fired tear gas into the grounds of a hospital near the "
        "camp, which the military denied. The United Nations humanitarian office said it was "
        "alarmed by the scale of the operation and by reports that ambulances had been prevented "
        "from reaching the wounded. Residents of Jenin city opened their homes to families from "
        "the camp, and mosques and schools distributed food and mattresses.",
        "M E B D H",
        "raid",
    ),
    (
        "Gunmen attack Turkish aerospace company near Ankara, killing five",
        "ANKARA — Attackers armed with rifles and explosives stormed the headquarters of Turkish "
        "Aerospace Industries on the outskirts of Ankara on Wednesday, killing five people and "
        "wounding 22, officials said. Security cameras broadcast by Turkish media showed a man "
        "and a woman with assault rifles arriving by taxi and opening fire at the entrance, "
        "before an explosion near the security gate. Both attackers were killed by security "
        "forces after a gunfight, the interior minister said. He called the attack a terrorist "
        "act and said the assailants were believed to be members of the Kurdistan Workers' "
        "Party, or PKK. The company, known by the initials TUSAS, builds drones, helicopters and "
        "Turkey's first national fighter jet. Employees said they hid in offices and the canteen "
        'for more than an hour. "We heard explosions and shooting. We barricaded the door," an '
        "engineer told broadcasters. Hours later, Turkish warplanes struck PKK targets in "
        "northern Iraq and Syria, the defence ministry said. President Recep Tayyip Erdogan, "
        'speaking in Russia at a summit, condemned "this heinous terrorist attack". The PKK, '
        "which is designated a terrorist group by Turkey, the US and the EU, has fought the "
        "Turkish state since 1984 in a conflict that has killed more than 40,000 people. The "
        "attack came a day after a Turkish nationalist leader unexpectedly suggested that the "
        "PKK's jailed leader could be released if the group disbanded.",
        "B E T",
        "terror_attack",
    ),
]
