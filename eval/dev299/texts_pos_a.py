"""dev299 positives, part A: Kosovo, North Macedonia, Bosnia and Herzegovina (2014-2026).

POSITIVES = [(title, text, tag codes, kind), ...]; tag codes of eval/conflictset/__init__.py.
"""

POSITIVES = [
    (
        "Kosovo police officer killed as gunmen barricade themselves in Banjska monastery",
        "A Kosovo police sergeant was killed and another officer wounded early on Sunday when about 30 heavily armed men ambushed a patrol near the village of Banjska, in the Serb-majority north, Kosovo officials said. The attackers, wearing camouflage and carrying automatic rifles, blocked a bridge with two trucks before opening fire on officers who came to clear it. They then withdrew into the grounds of the Serbian Orthodox monastery in Banjska, where pilgrims from Novi Sad were staying. Special police units surrounded the complex and exchanged fire with the group for much of the day. By the evening, Interior Minister Xhelal Sveçla said three of the gunmen had been killed and that police had regained control of the monastery. Prime Minister Albin Kurti called it a terrorist attack organised and financed from Belgrade, a charge Serbian President Aleksandar Vučić denied. Police said they had seized armoured vehicles, mortar rounds and enough weapons to equip hundreds of men. The Serbian Orthodox Church said the pilgrims had locked themselves inside during the shooting and none of them was hurt.",
        "B T M",
        "armed_attack",
    ),
    (
        "Dozens of NATO peacekeepers injured in clashes with Serb protesters in Zvečan",
        "Around 30 KFOR soldiers from Italy and Hungary were injured on Monday in clashes with Serb protesters outside the municipal building in Zvečan, northern Kosovo, the NATO-led mission said. The crowd had gathered for a third day to prevent the ethnic Albanian mayor, elected in April polls that Serbs boycotted, from entering his office. Protesters threw rocks, bottles and petrol bombs at troops who had formed a cordon, and peacekeepers responded with tear gas and stun grenades. Three Italian soldiers suffered fractures and burns from improvised incendiary devices, Rome's defence ministry said. More than 50 protesters were hurt, according to the hospital in north Mitrovica. KFOR commander Major General Angelo Michele Ristuccia called the attacks on his troops unprovoked and unacceptable. In Belgrade, President Aleksandar Vučić put the army on the highest level of combat readiness and ordered units closer to the boundary line. NATO said it would send an additional 700 troops to the territory.",
        "U",
        "clashes_peacekeepers",
    ),
    (
        "Shots fired at Kosovo police as Serbs keep barricades up for a second week",
        "Kosovo police said gunmen fired at officers overnight near the barricades that Serbs have erected on roads in the north, the latest in a string of incidents that has raised fears of a wider confrontation. No one was hurt, but a patrol vehicle was hit several times near the village of Rudare, police spokesman Veton Elshani said. Earlier this week, a stun grenade was thrown at an armoured vehicle of the EU rule-of-law mission, EULEX, and the mission said one of its officers was lightly injured. Serbs put up roadblocks of trucks and gravel on December 10 after the arrest of a former Serb police officer suspected of attacking election officials. Traffic through the Jarinje and Bërnjak crossings has been halted for days. KFOR said it had stepped up patrols and was in contact with both sides. Diplomats in Pristina have urged the government and Belgrade to show restraint while EU envoy Miroslav Lajčák shuttles between the two capitals.",
        "U",
        "armed_attack",
    ),
    (
        "Blast damages canal supplying Kosovo power plants, Kurti blames Serbia",
        "An explosion late on Friday tore a hole in the Ibar-Lepenac canal near the village of Varage in northern Kosovo, cutting water to tens of thousands of households and to the cooling systems of the country's two coal-fired power plants. Prime Minister Albin Kurti said the blast was a criminal and terrorist attack carried out by gangs directed from Belgrade, and called it an attempt to destroy critical infrastructure. Police said an explosive device had been placed against the concrete wall of the canal, and that several suspects had been detained overnight. Serbian officials rejected any involvement and suggested Pristina had staged the incident. Water utilities in Zvečan, Mitrovica and Pristina rationed supplies as engineers worked to seal the breach. KFOR said it had deployed troops to protect the canal and other sites, while the EU and the United States condemned what they described as an act of sabotage.",
        "E T",
        "sabotage",
    ),
    (
        "Eight police officers and 14 gunmen killed in Kumanovo gun battle",
        "Eight Macedonian police officers and 14 members of an armed group were killed during a day-long gun battle in the northern city of Kumanovo, Interior Ministry spokesman Ivo Kotevski said on Sunday. Police launched the operation at dawn on Saturday in the Divo Naselje neighbourhood after receiving information that a group of around 40 men had entered the country to carry out attacks on state institutions. The fighting, with automatic weapons, grenades and sniper fire, continued into the night. Thirty-seven officers were wounded, and hundreds of residents fled their homes or were evacuated from the area as houses burned. Officials described the group as terrorists and said several of its members were ethnic Albanians from Kosovo. Around 30 people surrendered and were taken into custody. Ethnic Albanian leaders appealed for calm, and the EU and NATO voiced deep concern about the stability of a country that came close to civil war in 2001.",
        "B T M D",
        "gun_battle",
    ),
    (
        "Protesters storm Macedonian parliament, beat Social Democrat leader Zaev",
        "Hundreds of supporters of the former ruling VMRO-DPMNE party stormed the parliament in Skopje on Thursday evening after an ethnic Albanian politician was elected speaker, attacking lawmakers and journalists inside the chamber. Opposition leader Zoran Zaev was seen with blood streaming down his face as he was led out. Television footage showed men in masks pushing through the doors and kicking people on the floor. The new speaker, Talat Xhaferi, was escorted from the building, and police used stun grenades to clear protesters from the chamber more than three hours later. The health ministry said 102 people had been treated for injuries, among them ten lawmakers and 22 police officers. President Gjorge Ivanov called for calm. The US embassy condemned the violence and said it was not consistent with a peaceful democracy.",
        "U",
        "riot",
    ),
    (
        "Bosnian government buildings set ablaze as protests over jobs turn violent",
        "Protesters set fire to the presidency building in Sarajevo and the cantonal government headquarters in Tuzla on Friday, as demonstrations over unemployment and corruption spread to more than a dozen towns across Bosnia and Herzegovina. Police fired tear gas and rubber bullets in Sarajevo, where crowds hurled stones and flares and smashed windows. In Tuzla, where the protests began this week after the collapse of privatised factories, demonstrators broke into the government building and threw documents and furniture from the windows before setting it alight. Local media said at least 130 people were injured, most of them police officers. Government offices in Zenica and Mostar were also torched. The head of Tuzla canton resigned. Workers said they had not been paid for months. Analysts said the anger was aimed at a political class of all ethnic groups that many Bosnians see as corrupt.",
        "U",
        "riot",
    ),
    (
        "Gunman kills police officer in attack on Zvornik station",
        "A gunman shot dead a police officer and wounded two others on Monday evening when he opened fire at a police station in Zvornik, in Bosnia's Serb-majority Republika Srpska, before he was killed in an exchange of fire, police said. Witnesses said the attacker, identified as Nerdin Ibrić, shouted “Allahu Akbar” as he entered the building. Republika Srpska's interior minister, Dragan Lukač, described the attack as an act of terrorism. Officers later searched the attacker's family home in the village of Kučić Kula. Zvornik, on the Drina river border with Serbia, was the scene of killings and expulsions of Bosniaks during the 1992-95 war. Political leaders in Sarajevo and Banja Luka condemned the shooting. Security officials said they were examining whether the attacker had links to radical groups, as the country grapples with the return of fighters from Syria.",
        "T",
        "terror_attack",
    ),
    (
        "Two Bosnian soldiers shot dead by gunman in Sarajevo suburb",
        "A gunman shot dead two Bosnian soldiers on Wednesday evening in a betting shop in the Sarajevo suburb of Rajlovac, then fired on a bus and later blew himself up at his home, police said. Witnesses said Enes Omeragić, 34, walked into the betting shop and opened fire on the two men, who were in uniform. He then shot at a passing bus, wounding the driver, before fleeing. Officers who surrounded his house in the suburb of Sokolje said he detonated an explosive device when they tried to arrest him. Prosecutors said they were treating the shooting as a terrorist attack. Security Minister Dragan Mektić said the attacker had links to the radical Wahhabi movement, which has drawn hundreds of Bosnians to fight in Syria. The army declared a day of mourning, and Bosnia's three-member presidency condemned what it called a cowardly crime.",
        "T",
        "terror_attack",
    ),
    (
        "Teenager stabs police officer to death in Bugojno, prosecutors say terrorism",
        "A police officer was killed and another wounded on Wednesday when a teenager attacked them with a knife at the entrance of a police station in Bugojno, in central Bosnia, the interior ministry of the Central Bosnia canton said. The officer on guard, Adnan Kovačević, died of his wounds at the scene, while his colleague was taken to hospital in Travnik. Police said the attacker, a 17-year-old student from the town, was shot and wounded by officers and arrested. State prosecutors said they had opened a terrorism investigation and searched the family home. Investigators are looking at whether the teenager had been radicalised online. Bosnia's security minister said there was no indication that others were involved. Hundreds of people gathered outside the station in the evening to lay flowers and light candles.",
        "T",
        "terror_attack",
    ),
    (
        "Rocket fired at Kosovo parliament building, police blame opposition activists",
        "A rocket-propelled grenade hit the courtyard of the Kosovo parliament in Pristina early on Thursday, damaging the building but injuring no one, police said. The explosion, shortly after 2 a.m., blew out windows in the assembly and in nearby offices of the president. Investigators found the launcher in a block of flats about 200 metres away. Police said they had arrested several people, among them a member of the opposition Vetëvendosje party, and prosecutors later said the suspects would face charges of terrorism. The attack came days before parliament was due to vote on a border demarcation deal with Montenegro, which the opposition has tried to block by releasing tear gas in the chamber during sessions. Speaker Kadri Veseli said the attack was aimed at the institutions of the state. Vetëvendosje denied any role.",
        "E T",
        "bomb_attack",
    ),
    (
        "Police use tear gas as Pristina protest over Serb minister turns violent",
        "Kosovo police fired tear gas and water cannon on Tuesday at thousands of protesters in Pristina who were demanding the dismissal of a Serb minister and the nationalisation of the Trepča mining complex. Protesters threw stones, Molotov cocktails and fireworks at police lines outside the government building, and set fire to cars, witnesses said. The police said more than 80 officers and dozens of protesters were injured, and that about 170 people were detained. The crowd had gathered at the call of the opposition Vetëvendosje movement after Aleksandar Jablanović, the minister for communities, called a group of ethnic Albanians “savages” for blocking Serb pilgrims at Christmas. Shops on Mother Teresa boulevard closed early. Prime Minister Isa Mustafa urged calm and said violence would not be tolerated. Jablanović apologised, but opposition leaders said the protests would continue.",
        "U",
        "riot",
    ),
    (
        "Armed men attack Macedonian police post near Kosovo border",
        "About 40 armed men in uniforms of the former Albanian guerrilla National Liberation Army attacked a police border post near the village of Gošince early on Tuesday, tying up four officers and seizing their weapons and radios, the Macedonian interior ministry said. The men, who spoke Albanian, told the officers they were from the KLA and that they wanted their own state, the ministry said. No one was injured, and the group withdrew across the border into Kosovo. The ministry called the raid a terrorist attack and said it had reinforced police along the northern border. Kosovo police said they were investigating. Ethnic Albanian parties in Skopje condemned the assault. Analysts said the incident revived memories of the 2001 insurgency, which ended with a peace deal that gave Albanians more rights.",
        "T",
        "armed_attack",
    ),
    (
        "Police and protesters clash in Skopje after wiretap revelations",
        "Police fired tear gas and stun grenades on Tuesday night to disperse thousands of protesters outside the government building in Skopje who were demanding the resignation of Prime Minister Nikola Gruevski. Protesters threw stones, flares and bottles at police and broke windows of the building, and officers charged the crowd with batons. The health ministry said 38 police officers and a number of protesters were injured, and police said they had detained about 30 people. The protest followed the opposition's release of recorded conversations that it said showed officials covering up the 2011 death of a young man beaten by a police officer. Gruevski said he would not resign and accused the opposition leader, Zoran Zaev, of trying to destabilise the country. Journalists said police had also beaten reporters covering the protest. Students called for new marches later in the week.",
        "U",
        "clashes",
    ),
    (
        "Kosovo police raid smugglers in north, Serbs block roads and shots are fired",
        "Kosovo special police units carried out raids against suspected smugglers in Serb-majority northern Kosovo on Wednesday, triggering clashes with local Serbs who blocked roads with trucks and burned tyres. Police fired tear gas in north Mitrovica and Zubin Potok, and several shots were heard, witnesses said. The Kosovo interior ministry said ten police officers were injured, one of them by gunfire, while a hospital in north Mitrovica said it had treated several Serbs. Police detained dozens of people. Serbian President Aleksandar Vučić put army units on high alert and said Belgrade would not allow a pogrom against Serbs. Prime Minister Albin Kurti said the operation targeted organised crime and not any community. KFOR said its troops were monitoring the situation, while the EU urged both sides to refrain from provocations.",
        "U M",
        "police_raid_clashes",
    ),
    (
        "Two Serb youths wounded in shooting near Štrpce on Orthodox Christmas Eve",
        "An 11-year-old boy and a 21-year-old man were wounded on Friday when shots were fired at a group of Serbs carrying an oak branch for the Orthodox Christmas Eve near the village of Gotovuša, in the southern Kosovo municipality of Štrpce, local officials and police said. Kosovo police later said they had arrested a suspect, a member of the Kosovo Security Force who was off duty at the time. The Serbian government's office for Kosovo called the shooting an ethnically motivated attack on children celebrating Christmas. Prime Minister Albin Kurti said he condemned the act and that the suspect would be held to account. The wounded were taken to a hospital in Gračanica and later to Belgrade. Serb residents of Štrpce gathered in the evening to protest. Diplomats said the incident added to tensions after weeks of barricades in the north.",
        "V",
        "ethnic_shooting",
    ),
    (
        "Mostar clashes after derby leave a dozen hurt as police fire tear gas",
        "Police fired tear gas on Sunday evening to separate groups of young Bosniaks and Croats who threw stones, flares and bottles at each other across the Bulevar, the former front line in the divided city of Mostar. The violence started after a league match between Zrinjski and Velež, but police said it quickly took on an ethnic character as groups chanted nationalist slogans and attacked passers-by and parked cars. Twelve people, among them four police officers, were injured, and several shops on the eastern side were damaged. Police in Herzegovina-Neretva canton said they had detained 23 people. The mayor, Mario Kordić, called on residents to stay away from the boulevard and condemned what he called an attack on the city's fragile coexistence. Religious leaders of both communities issued a joint appeal for calm.",
        "U",
        "ethnic_riot",
    ),
]
