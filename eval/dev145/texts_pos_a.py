"""dev145 positives (1 of 3): whole articles that report current organised violence or its direct
consequences: Libya, Yemen, Saudi Arabia, the Kurdistan Region, Iraq and Turkey
(eval/README.md, section 1)."""

# (title, text, tag codes, kind)
POSITIVES = [
    (
        "Civilians killed as shells hit Abu Salim homes in Tripoli's south",
        "Five civilians, among them two children from the same family, were killed on "
        "Tuesday night when shells fell on a residential block in Tripoli's Abu Salim "
        "district, the Health Ministry of the Government of National Accord said. The "
        "ministry's emergency department said another 14 people were taken to Tripoli "
        "Central Hospital and the Abu Salim trauma centre, four of them in a serious "
        "condition. Witnesses told The Libya Observer that at least three Grad rockets "
        "landed within minutes of each other near the Al-Hadba school shortly before "
        "midnight. The GNA's Volcano of Rage operation blamed the forces of the war "
        "criminal Khalifa Haftar, which have been trying to push into the capital from "
        "the south since April 4. Fighting continued on Wednesday on the Ain Zara and "
        "Salah Al-Din fronts, where government forces said they had repelled an attack "
        "and destroyed two armoured vehicles. Haftar's spokesman Ahmed Al-Mismari did "
        "not comment on the shelling. The Red Crescent said dozens of families had left "
        "their homes in Abu Salim and Al-Hadba overnight, some heading for relatives in "
        "Tajoura and Janzour, others for schools that the municipality has opened as "
        "shelters. The UN Support Mission in Libya said it was alarmed by the "
        "indiscriminate shelling of densely populated areas and called on all sides to "
        "respect international humanitarian law. In a separate statement, the Health "
        "Ministry said the Abu Salim trauma centre was running short of blood units and "
        "surgical supplies and appealed to citizens to donate. Schools in the district "
        "were closed on Wednesday, and the Ministry of Education said exams in the "
        "southern suburbs would be postponed until further notice. Residents said it "
        "was the third time in a week that shells had landed on the area, which lies "
        "several kilometres from the nearest front line.",
        "E B D H",
        "shelling",
    ),
    (
        "Clashes between 444 Brigade and Radaa forces rock Tripoli, dozens dead",
        "At least 27 people were killed and more than 100 injured in clashes that broke "
        "out in Tripoli on Monday evening between the 444 Combat Brigade and the Radaa "
        "(Deterrence) Apparatus, the Emergency Medicine Centre said on Tuesday. The "
        "fighting erupted after Radaa members detained the brigade's commander, Mahmoud "
        "Hamza, at Mitiga International Airport as he was preparing to travel to "
        "Misrata. Residents of Ain Zara, Al-Furnaj and the Salah Al-Din area reported "
        "heavy gunfire and the sound of medium weapons through the night, and several "
        "houses and cars were set alight. Flights at Mitiga were suspended and diverted "
        "to Misrata. The Emergency Medicine Centre said its teams, backed by the Red "
        "Crescent, had evacuated 234 families trapped in the southern suburbs, while "
        "the University of Tripoli postponed its exams. Calm returned on Tuesday "
        "afternoon after the Social Council of Souq Al-Juma announced an agreement "
        "under which Hamza would be handed over to a 'neutral party'. Prime Minister "
        "Abdulhamid Dbeibah toured the affected streets and said the government would "
        "compensate residents whose homes and cars had been damaged. The UN mission "
        "welcomed the return of calm and called for the de-escalation to be preserved.",
        "B D",
        "militia clashes",
    ),
    (
        "Houthi missile strikes displacement camp west of Marib as offensive widens",
        "A ballistic missile fired by the Houthi militia struck the Al-Rawdha camp for "
        "displaced people west of the city of Marib on Sunday, wounding at least eight "
        "civilians, among them three children, the executive unit for displaced "
        "persons' camps said. Tents were burned and dozens of families fled the camp "
        "toward the city, the unit said, adding that it was the fifth time camps in the "
        "governorate had been hit since the start of the year. The attack came as the "
        "militia pressed a ground offensive on several fronts west and north-west of "
        "Marib, the last stronghold of the internationally recognised government in the "
        "north. Military sources told Yemen Monitor that government forces, backed by "
        "tribal fighters and Arab coalition aircraft, repelled attacks in Sirwah, "
        "Al-Kassara and Raghwan on Saturday and Sunday, and that dozens of fighters "
        "from both sides were killed. Coalition warplanes carried out more than 20 air "
        "raids on Houthi reinforcements in the Sirwah area, the sources said. Marib "
        "hosts more than two million displaced people according to local authorities, "
        "and the UN has warned that a battle for the city could force hundreds of "
        "thousands more to move. Governor Sultan Al-Arada called on the international "
        "community to pressure the Houthis to stop targeting the camps. The UN Refugee "
        "Agency said it was deeply concerned by the repeated shelling of sites hosting "
        "displaced families, and that some 8,000 people had been displaced within the "
        "governorate since the start of February alone. Many of the newly displaced "
        "have moved into already overcrowded camps on the outskirts of the city, where "
        "water and latrines are in short supply. Houthi leaders say the offensive aims "
        "to 'liberate' Marib from what they call foreign mercenaries, and have rejected "
        "calls for a halt to the fighting.",
        "B E V D H",
        "offensive",
    ),
    (
        "US and British jets strike Houthi sites in Hodeidah and Sanaa",
        "American and British warplanes carried out a fresh wave of air strikes on "
        "Houthi-held areas of Yemen late on Saturday, hitting sites in the port city of "
        "Hodeidah, the capital Sanaa and Taiz governorate, residents and the militia's "
        "media said. Residents of Hodeidah told Yemen Monitor that at least six strikes "
        "targeted the Al-Jabbana area east of the city and the vicinity of Ras Issa "
        "port, and that explosions shook the city for around half an hour. The "
        "Houthi-run Al-Masirah channel called the strikes an 'American-British "
        "aggression' and reported that one person was killed and several were injured, "
        "without giving further details. US Central Command said in a statement that "
        "the strikes hit 18 targets, including underground weapons storage facilities, "
        "missile launchers and drones that the Houthis have used to attack commercial "
        "shipping in the Red Sea and the Gulf of Aden. It was the fourth joint "
        "operation since January, when Washington and London began striking the group "
        "in response to more than 30 attacks on merchant vessels. Houthi military "
        "spokesman Yahya Saree said the group would continue its operations 'in support "
        "of the Palestinian people' and would respond to the escalation. The "
        "internationally recognised government in Aden said the Houthis had dragged the "
        "country into a confrontation that served only Iran.",
        "E M",
        "air raids",
    ),
    (
        "Houthi attack sets Aramco fuel depot in Jeddah ablaze ahead of Formula One race",
        "A fire broke out at a petroleum products distribution station in north Jeddah "
        "on Friday after it was targeted by the Houthi militia, the Arab coalition "
        "said, two days before the city was due to host the Saudi Arabian Grand Prix. "
        "Thick black smoke rose over the station and was visible from the Jeddah "
        "Corniche Circuit, where drivers were taking part in the first practice "
        "session. Coalition spokesman Turki Al-Maliki said the Iran-backed militia had "
        "launched a hostile attack on the Aramco facility and that civil defense teams "
        "had brought the blaze under control, with no casualties reported. He said air "
        "defenses had also intercepted drones fired toward Jazan, Najran, Khamis "
        "Mushait and the Dhahran Al-Janoub power station, as well as a ballistic "
        "missile aimed at Jazan. A water desalination plant in Al-Shuqaiq and a power "
        "substation were hit in the same wave, the Energy Ministry said in a statement "
        "carried by the Saudi Press Agency, causing a temporary drop in output. The "
        "ministry said the Kingdom would not bear responsibility for any shortage of "
        "oil supplies to global markets in light of the attacks. Formula One said after "
        "talks with the teams and the organizers that the race would go ahead as "
        "planned. The Houthis' military spokesman claimed responsibility for what he "
        "described as a large-scale operation deep inside Saudi territory.",
        "E",
        "missile attack",
    ),
    (
        "Iranian drone and missile strikes on Koya kill 13, send families fleeing "
        "Kurdish party compound",
        "At least 13 people were killed and 58 others wounded on Wednesday when Iran's "
        "Revolutionary Guards fired missiles and explosive drones at the headquarters "
        "of Iranian Kurdish opposition parties in Koya district and at sites near Erbil "
        "and Sulaimani, the Kurdistan Region's health ministry said. Among the dead was "
        "a pregnant woman, according to the director of Koya hospital, who told Rudaw "
        "that the hospital had appealed for blood donations as wounded people kept "
        "arriving. The Kurdistan Democratic Party of Iran (KDPI) said its compound near "
        "Koya, which also houses the families of its members, was hit by more than ten "
        "drones, and that hundreds of residents fled to surrounding villages and "
        "orchards. Schools in the area were evacuated in the morning. The IRGC ground "
        "forces said in a statement that they had launched an operation against "
        "'separatist groups' in northern Iraq with precision missiles and drones and "
        "that the attacks would continue. The strikes came as protests over the death "
        "of Mahsa Amini in the custody of Iran's morality police spread through Kurdish "
        "cities in western Iran, which Tehran blames on the exiled parties. The "
        "Kurdistan Region Presidency described the attacks as a flagrant violation of "
        "the sovereignty of Iraq and the Kurdistan Region. Baghdad summoned the Iranian "
        "ambassador. Rudaw's reporter in Koya said explosions could be heard across the "
        "town for more than an hour and that Peshmerga forces opened fire at a drone "
        "flying over the hills. Funerals for several of the victims are due to be held "
        "on Thursday in Koya and in the Degala area.",
        "E M D",
        "cross-border strikes",
    ),
    (
        "Turkish drone strike on vehicle near Sinuni kills three Sinjar fighters",
        "A Turkish drone struck a vehicle on the road between Sinuni and Khanasor in "
        "Sinjar district on Monday afternoon, killing three members of the Sinjar "
        "Resistance Units (YBS), a local official told Kurdistan24. The vehicle was "
        "burned out and the bodies were taken to Sinuni hospital, said the official, "
        "who asked not to be named because he was not authorised to speak to the media. "
        "The YBS is affiliated with the Kurdistan Workers' Party (PKK), which has "
        "fought the Turkish state since 1984. Ankara has carried out repeated drone "
        "strikes in Sinjar, arguing that the PKK uses the Yezidi-majority district as a "
        "base. Turkey's defence ministry did not comment on the strike, but Turkish "
        "state media said a senior PKK figure had been 'neutralised' in the area. More "
        "than 200,000 Yezidis still live in camps in Duhok province, seven years after "
        "the Islamic State's assault on Sinjar.",
        "E",
        "drone strike",
    ),
    (
        "Officer and four soldiers killed in ISIS attack on army post south-west of Kirkuk",
        "An Iraqi army officer and four soldiers were killed on Saturday night when "
        "ISIS militants attacked their post in the Al-Riyadh sub-district south-west of "
        "Kirkuk, a security source told Shafaq News Agency. The source said the "
        "militants, estimated at around 15, approached the post under cover of darkness "
        "and opened fire with medium weapons and sniper rifles, sparking a clash that "
        "lasted nearly an hour. Three other soldiers were wounded and taken to Kirkuk "
        "General Hospital. The attackers withdrew toward the Wadi Al-Shay valley, a "
        "rugged area between Kirkuk and Salah Al-Din that has long served as a hideout "
        "for ISIS remnants. The Joint Operations Command said reinforcements had been "
        "sent to the area and that army aviation was taking part in the search for the "
        "attackers. It was the second deadly attack on security forces in the province "
        "in a week, after a roadside bomb killed two federal police officers near Daquq "
        "on Tuesday. Kirkuk's acting governor, Rakan Al-Jubouri, offered his "
        "condolences to the families of the 'martyrs' and called for closer "
        "coordination between the army and the Peshmerga in the disputed areas, where "
        "gaps between the two forces have long been exploited by the group.",
        "B T E",
        "insurgent attack",
    ),
    (
        "Bomb on Istiklal Avenue kills six; Syrian suspect detained, Soylu says",
        "Six people were killed and 81 others injured on Sunday when a bomb exploded on "
        "Istanbul's Istiklal Avenue, one of the city's busiest pedestrian streets, in "
        "what officials described as a terrorist attack. The explosion took place at "
        "around 4:20 in the afternoon, when the avenue was crowded with shoppers and "
        "tourists on a sunny weekend day. Interior Minister Süleyman Soylu said early "
        "Monday that the person who planted the bomb, a Syrian woman, had been detained "
        "along with 21 other suspects. He said initial findings showed that the PKK/YPG "
        "terrorist organization was responsible and that the suspect had entered "
        "Türkiye illegally through Afrin. Police said the woman sat on a bench for "
        "around 40 minutes and left a bag under it minutes before the blast. President "
        "Recep Tayyip Erdoğan, speaking before departing for the G-20 summit in "
        'Indonesia, said "the smell of terror" was in the air and vowed that the '
        "perpetrators would be punished. Among the dead were a father and his "
        "9-year-old daughter, according to officials. The Radio and Television Supreme "
        "Council (RTÜK) imposed a temporary broadcast ban on coverage of the attack. "
        "Messages of condolence poured in from around the world, while the PKK denied "
        "involvement in a statement. Istanbul Governor Ali Yerlikaya said 50 of the "
        "injured had been discharged from hospital by Monday morning, while five "
        "remained in intensive care. Shops on the avenue reopened on Monday under a "
        "heavy police presence, and passers-by left red carnations at the site of the "
        "explosion. The attack was the deadliest in Istanbul since twin bombings "
        "outside a football stadium in December 2016.",
        "E T V",
        "bombing",
    ),
    (
        "Türkiye launches Operation Claw-Lock against PKK in northern Iraq",
        "Türkiye has launched a new cross-border operation against the PKK terrorist "
        "organization in northern Iraq, National Defense Minister Hulusi Akar announced "
        "early Monday. Fighter jets, attack helicopters, armed drones and howitzers "
        "struck shelters, caves, tunnels, ammunition depots and so-called headquarters "
        "in the Metina, Zap and Avaşin-Basyan regions, the minister said in a video "
        "message from the operation's command center. Commando units were then "
        "airlifted into the area by helicopter, while other units crossed the border by "
        'land, he said. "The operation is proceeding successfully as planned, and the '
        'targets set in the first phase have been captured," Akar said. The ministry '
        'later said that 19 terrorists had been "neutralized," a term Turkish '
        "authorities use for killed, captured or surrendered, and that four soldiers "
        "had been lightly wounded in clashes. Akar said the operation was being carried "
        'out in coordination with Türkiye\'s "friends and allies" and with full respect '
        "for Iraq's territorial integrity. Iraq's Foreign Ministry condemned the "
        "operation as a violation of its sovereignty, while the Kurdistan Regional "
        "Government said it was following the situation closely. The operation follows "
        "Claw-Eagle, Claw-Tiger and Claw-Lightning, launched over the past two years "
        "against PKK hideouts near the border.",
        "M E B",
        "cross-border operation",
    ),
    (
        "Army deploys in Basra's Al-Qurna after tribal clash kills four",
        "Four people were killed and seven others wounded in an armed clash between two "
        "tribes in Al-Qurna district, north of Basra, on Wednesday, a security source "
        "told Shafaq News Agency. The source said the fighting stemmed from a "
        "long-standing dispute over agricultural land and erupted after a member of one "
        "tribe was shot dead on Tuesday evening. Medium weapons and rocket-propelled "
        "grenades were used in the clash, which lasted several hours and forced "
        "families in the area to leave their homes, the source added. Basra Operations "
        "Command sent army units and rapid response forces to separate the two sides "
        "and imposed a curfew on the area. Security forces arrested 12 people and "
        "seized a number of weapons, including machine guns. Tribal conflicts are "
        "common in Basra, Maysan and Dhi Qar, where clans hold large arsenals, and they "
        "regularly claim lives, close roads and disrupt the work of oil companies. "
        "Basra's governor, Asaad Al-Eidani, said the government would not allow anyone "
        "to take the law into their own hands and called on tribal sheikhs to hand over "
        "the wanted men. The Interior Ministry has launched several campaigns to "
        "collect medium and heavy weapons from the tribes in the province.",
        "B D",
        "tribal clash",
    ),
]
