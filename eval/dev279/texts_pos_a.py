"""dev279 positives, part a: veterans' stories that report current fighting, strikes, attacks or
casualties of a war under way (Ukraine, Russia, Israel, the US and UK abroad, Colombia, Australia).

POSITIVES = [(title, text, tag codes, kind), ...]; tag codes as in eval/conflictset.
"""

POSITIVES = [
    (
        "Missile strike wrecks Kharkiv rehabilitation centre for wounded veterans",
        "A Russian missile struck a rehabilitation centre for wounded veterans in Kharkiv on Thursday "
        "morning, killing two members of staff and injuring 11 people, among them five patients "
        "recovering from amputations, regional governor Oleh Syniehubov said. The Iskander missile hit "
        "the three-storey building in the Kyivskyi district shortly after 7am, when most patients "
        "were still in their wards. Rescuers pulled a physiotherapist from the rubble after almost "
        "four hours. The centre, opened last year with money from a Danish grant, treated about 60 "
        "former soldiers a month and had a waiting list stretching into the spring. “They survived "
        "the front and came here to learn to walk again,” said its director, Iryna Bondar, standing "
        "beside a gym whose windows had been blown in. The Ministry of Veterans Affairs said the "
        "patients would be moved to hospitals in Poltava and Kyiv, and that the centre would not "
        "reopen this year. Kharkiv has been hit by missiles and glide bombs almost daily since the "
        "start of the month.",
        "E H",
        "missile_strike",
    ),
    (
        "Lviv buries ATO veteran who went back to the front and fell near Bakhmut",
        "Hundreds of people knelt along Horodotska Street in Lviv on Saturday as the coffin of Taras "
        "Kulyk, a 47-year-old veteran of the 2014 fighting in Donbas, was carried to the Lychakiv "
        "cemetery. Kulyk, who had run a small joinery since leaving the army in 2016, rejoined his old "
        "brigade on the second day of the full-scale invasion. His unit said he was killed on Tuesday "
        "when Russian assault groups attacked its positions on the northern edge of Bakhmut, where "
        "fighting has gone on street by street for weeks. Two other men from his platoon were wounded "
        "in the same assault, which the brigade said it repelled. “He told me this time he would not "
        "come home without seeing it through,” his daughter Solomiia said at the church. The city "
        "council said Kulyk was the 31st resident of Lviv to be buried on the Field of Mars this "
        "month. The local veterans' union, which he helped to found, has opened a collection for his "
        "two children.",
        "B",
        "battle",
    ),
    (
        "Former British paratrooper killed by Russian drone while delivering aid near Kupiansk",
        "A former British Army paratrooper who spent two years driving food and medicine to front-line "
        "villages in eastern Ukraine has been killed by a Russian drone, the charity he volunteered "
        "for said on Monday. David Holt, 58, from Colchester, was unloading boxes of insulin and "
        "tinned food in a village outside Kupiansk on Saturday afternoon when a first-person-view "
        "drone struck his van, according to the Ukrainian aid group Vostok SOS. A Ukrainian driver "
        "travelling with him was seriously injured. Holt served with 2 Para in Northern Ireland and "
        "the Balkans before leaving the forces in 2004. The Foreign Office said it was supporting his "
        "family. Colleagues said he had refused to stop deliveries even after shelling of the area "
        "intensified in the autumn. “He used to say the old ones who won't leave need him most,” one "
        "said. Russian forces have stepped up attacks around Kupiansk, and local officials say drones "
        "now hunt almost any vehicle on the roads east of the Oskil river.",
        "E H",
        "drone_strike",
    ),
    (
        "Veterans' groups reel as Kabul airport bombing kills 13 US service members",
        "Veterans' organisations across the country lowered flags on Thursday night after a suicide "
        "bomber struck the crowds outside Kabul's airport, killing 13 American service members and "
        "scores of Afghans who were trying to flee the Taliban. The Pentagon said the bomber detonated "
        "his explosives at the Abbey Gate, where Marines were screening evacuees, and that gunmen then "
        "opened fire. Afghan health officials put the number of Afghan dead at more than 90, a figure "
        "expected to rise. The Islamic State's Afghan affiliate, ISIS-K, claimed the attack. The "
        "American Legion and the VFW urged members who served in Afghanistan to reach out to one "
        "another, saying calls to crisis lines had already jumped since the fall of Kabul. Many "
        "veterans have spent the past two weeks trying to get former interpreters onto evacuation "
        "flights. “We are watching the people we promised to protect die at a gate,” said one former "
        "Army captain in Ohio who is helping a family of seven. Thousands of Afghans remained massed "
        "around the airport perimeter on Friday morning. President Biden vowed to hunt down those "
        "responsible and said the evacuation would go on. More than 100,000 people have been flown "
        "out since August 14, according to the White House. The VA said it had extended the hours of "
        "its Veterans Crisis Line and opened walk-in counselling at its Vet Centers over the weekend.",
        "T E D",
        "suicide_bombing",
    ),
    (
        "Bourbon Street attacker was an Army veteran, records show; FBI says he pledged support to ISIS",
        "The man who drove a pickup truck into New Year's crowds on Bourbon Street, killing 14 people "
        "and injuring dozens, was a 42-year-old Army veteran from Texas who served in Afghanistan, "
        "according to service records released on Thursday. The FBI is investigating the rampage as an "
        "act of terrorism and said an Islamic State flag was found in the rented truck. In videos "
        "posted hours before the attack, the driver said he had joined the group, investigators told "
        "reporters. He was shot dead by police after opening fire on officers, two of whom were "
        "wounded. The Army said he served on active duty from 2007 to 2015 and in the reserves until "
        "2020, working in human resources and IT. The Department of Veterans Affairs declined to say "
        "whether he had been receiving care. Veterans' groups in Louisiana said they were horrified "
        "that the attacker had once worn the uniform. The city reopened the French Quarter on "
        "Thursday under heavy guard.",
        "T",
        "vehicle_attack",
    ),
    (
        "Yom Kippur War veteran killed by Hamas terrorists at Kibbutz Be'eri; wife missing",
        "Avraham Tzur, who fought on the Suez front as a 20-year-old in 1973, was murdered by Hamas "
        "terrorists who stormed his home at Kibbutz Be'eri on Saturday morning, his family said on "
        "Monday. His wife, Rina, 74, is missing and the family believes she was taken into Gaza. Their "
        "son, who spoke from a hotel at the Dead Sea where surviving kibbutz members have been "
        "evacuated, said his father phoned at 7:30 to say gunmen were inside the house and the safe "
        "room door would not lock. More than 100 residents of Be'eri are feared dead, according to "
        "kibbutz officials. Tzur chaired the kibbutz's veterans' committee and had led schoolchildren "
        "on tours of the Sinai battlefields for decades. “He survived a war that almost destroyed the "
        "country and was slaughtered in his own bedroom,” his son said. The army said fighting with "
        "gunmen was still going on in several communities near the Gaza border on Monday.",
        "V T B D",
        "massacre",
    ),
    (
        "Hezbollah rockets destroy home of disabled IDF veteran in Kiryat Shmona",
        "A barrage of rockets fired from Lebanon on Wednesday destroyed the home of a disabled IDF "
        "veteran in Kiryat Shmona, the latest in a string of hits on the northern town. No one was "
        "hurt because the family, like most of the town's 22,000 residents, has lived in a hotel in "
        "Tiberias since the evacuation of the border communities in October. Eli Mizrahi, 61, who lost "
        "a leg in southern Lebanon in 1997, said he learned of the strike from a neighbour's video. "
        "Hezbollah said it fired about 35 rockets at the town and at an army base nearby in response "
        "to an Israeli strike that killed two of its commanders. The IDF said it struck Hezbollah "
        "launch sites in the area of Nabatieh. Mizrahi's house had been adapted at the Defence "
        "Ministry's expense, with ramps and a lowered kitchen, work that took two years to approve. "
        "“I fought up there so the north could sleep,” he said. “Now the north is empty.”",
        "E D",
        "rocket_attack",
    ),
    (
        "Iranian missile hits street beside veterans' sheltered housing in Bat Yam",
        "An Iranian ballistic missile slammed into a residential street in Bat Yam early on Sunday, "
        "killing six people and wounding more than 180, among them residents of a sheltered housing "
        "block for elderly IDF veterans next door, Magen David Adom said. Residents said the building's "
        "protected spaces saved lives, but the blast tore balconies from the facade and brought down "
        "ceilings on three floors. Police said 38 residents of the home, most of them in their 80s, "
        "were taken to hotels on the Tel Aviv seafront. The strike came during the third night of "
        "Iranian salvoes launched after Israel's attack on Iran's nuclear and military sites. Yossi "
        "Gabbay, 88, a paratrooper in the Six Day War, said he was in the shelter when the windows "
        "came in. “Three wars I fought, and they find me in my pyjamas,” he said. The Defence "
        "Ministry's veterans' department said social workers were visiting every displaced resident.",
        "E D",
        "missile_strike",
    ),
    (
        "Kursk veterans' council helps evacuate border villages as Ukrainian forces push on Sudzha",
        "Members of the Kursk region's council of veterans were helping to evacuate elderly residents "
        "from border villages on Wednesday as Ukrainian troops and armoured vehicles pushed deeper into "
        "Russian territory around the town of Sudzha, local officials said. Acting governor Alexei "
        "Smirnov said about 3,000 people had been moved from the Sudzha district since Tuesday and that "
        "fighting was continuing on the edges of the town. Russia's defence ministry said it had "
        "halted the advance and destroyed dozens of armoured vehicles, a claim that could not be "
        "verified. Ukraine's military did not comment on its operation. The veterans' council, whose "
        "members served in Afghanistan and Chechnya, opened a collection point for evacuees at its "
        "office in Kursk. “We are old men, but we can drive a bus,” said its chairman, Viktor Ryzhkov. "
        "Residents described drones flying over the road to Kursk as they fled.",
        "B M D",
        "cross_border_offensive",
    ),
    (
        "Soldier home on leave killed as drone hits Belgorod street, governor says",
        "A soldier on leave from the front was among two people killed when a Ukrainian drone struck a "
        "street in the centre of Belgorod on Friday afternoon, regional governor Vyacheslav Gladkov "
        "said. Seven people were wounded, two of them children. The 34-year-old serviceman, who had "
        "returned to his family for ten days after six months in the Zaporizhzhia region, was "
        "standing at a bus stop when the drone exploded, local media reported. Gladkov said air "
        "defences had shot down several other drones over the region overnight. The city branch of "
        "the Combat Brotherhood veterans' organisation, which had helped the man with paperwork for "
        "his combat veteran's certificate in the spring, said it would pay for his funeral. Belgorod "
        "has been hit repeatedly by drones and shelling from across the border, and schools in the "
        "city switched to remote lessons last month.",
        "E",
        "drone_strike",
    ),
    (
        "Catatumbo fighting kills peace-deal signatories as thousands flee to Cúcuta",
        "At least 80 people have been killed and more than 32,000 displaced in five days of fighting "
        "between the ELN guerrilla and FARC dissidents in the Catatumbo region, the Norte de Santander "
        "governor's office said on Monday. Among the dead are at least seven former FARC combatants who "
        "signed the 2016 peace agreement, according to the Comunes party, which says ELN gunmen went "
        "from house to house with lists of names. Families arriving at the stadium in Cúcuta told of "
        "bodies left on the roads around Tibú. The Defence Ministry said 5,000 troops were being sent "
        "to the region. The agency for reintegration, which pays the former fighters a monthly "
        "allowance, said it had lost contact with dozens of them. Aid agencies said shelters in "
        "Cúcuta and Ocaña were overflowing and called for food and water. President Gustavo Petro "
        "suspended peace talks with the ELN. The former combatants who survived have gathered in a "
        "reintegration zone near Tibú under army guard, the Comunes party said. Some had been living "
        "on farms in the area since 2017 and left with only what they could carry. “We gave up our "
        "rifles, and now they hunt us with lists,” one told a local radio station.",
        "B V D H",
        "armed_clashes",
    ),
    (
        "Four soldiers killed in Cauca ambush; retired officers demand answers",
        "Four soldiers were killed and six wounded on Sunday when FARC dissidents attacked an army "
        "patrol with explosives and rifle fire on a rural road near Suárez, in the department of "
        "Cauca, the army's Third Division said. The attackers detonated a device hidden in a drainage "
        "culvert as the lead truck passed, then fired on the patrol from a ridge, according to the "
        "army. The wounded were flown by helicopter to Cali. The Jaime Martínez front, a dissident "
        "group that refused the 2016 peace deal, has attacked security forces in the area repeatedly "
        "this year. Acore, the association of retired armed forces officers, said in a statement that "
        "it was time to stop “sending boys to die on roads we do not control”. Its president, a "
        "retired general, told reporters that many of the association's members had lost men on the "
        "same roads two decades ago. The army said operations to pursue the attackers were under way.",
        "B E",
        "ambush",
    ),
    (
        "Rubber bullets fired as protesters storm Shrine of Remembrance; RSL “sickened”",
        "Victoria Police fired rubber bullets and pepper balls on Wednesday as hundreds of protesters "
        "who had marched through the CBD against vaccine mandates occupied the steps of the Shrine of "
        "Remembrance in Melbourne. Police said at least 215 people were arrested and three officers "
        "were injured, one struck by a bottle. Protesters threw cans and flares at lines of riot "
        "police as officers moved in from St Kilda Road. The RSL's Victorian branch said veterans were "
        "“sickened” to see the memorial used as a stage for a violent protest, and its president "
        "asked anyone who had served to stay away. Some protesters had claimed they were there to "
        "“protect” the Shrine. Shrine staff said the building itself was not damaged but that urine "
        "had been found on the forecourt. It was the third day of violent clashes in the city since "
        "construction sites were shut down.",
        "U",
        "riot",
    ),
    (
        "Veterans among the mob that stormed the Capitol, records show",
        "At least a dozen of the people arrested after a mob stormed the Capitol on Wednesday served "
        "in the military, according to court records and statements from the services, a finding "
        "that has dismayed veterans' groups. Rioters broke windows, beat police officers with "
        "flagpoles and forced lawmakers to flee as they met to certify the presidential election. A "
        "woman who served 14 years in the Air Force was shot dead by a police officer as she climbed "
        "through a broken door near the House chamber. The Capitol Police said more than 50 officers "
        "were injured. Among those charged are a retired Air Force lieutenant colonel photographed on "
        "the Senate floor holding plastic restraints and a former Marine who posted videos from inside "
        "the building. Paralyzed Veterans of America and other groups issued statements condemning "
        "the violence. “Our oath was to the Constitution, not to a man,” said one Iraq veteran who "
        "leads a veterans' group in Virginia.",
        "U",
        "riot",
    ),
    (
        "Drones hit Dnipro veterans' hub on the night it was due to open",
        "A veterans' hub in Dnipro that was due to open its doors on Friday was badly damaged "
        "overnight when Russian attack drones struck the city, regional officials said. A security "
        "guard was killed and four people in a neighbouring building were injured, the head of the "
        "Dnipropetrovsk regional administration, Serhiy Lysak, said on Telegram. Air defences shot "
        "down 31 of 48 Shahed-type drones launched against Ukraine overnight, the air force said. The "
        "hub, in a converted post office, was to offer legal advice, psychologists and job counselling "
        "to the growing number of demobilised and wounded soldiers in the region. Its coordinator, a "
        "former marine named Olha Kostenko, said the consultation rooms had been furnished only a "
        "week ago. “We will open in the basement if we have to,” she said. The city council said "
        "clean-up crews had begun clearing glass from the street by dawn.",
        "E",
        "drone_strike",
    ),
    (
        "Under shelling, veterans drive the last buses out of Pokrovsk",
        "A group of veterans who run an evacuation service out of Pokrovsk said on Tuesday that they "
        "had taken 146 civilians out of the town in the past week as Russian shelling grew heavier and "
        "the front drew within a few kilometres. Volunteers from the group, most of them men "
        "discharged after wounds, drive armoured minibuses into districts where water and power have "
        "been cut since August. One of their vehicles was hit by shell fragments on Sunday, injuring a "
        "driver, said the group's founder, Serhii Hnatiuk, who lost an arm near Avdiivka. Regional "
        "authorities have ordered the evacuation of families with children, and say about 26,000 "
        "people remain in the town, down from 60,000 before the war. Those who leave are taken to a "
        "transit centre in Pavlohrad and given food and a bed. “Every day the list of addresses gets "
        "shorter and the road gets worse,” Hnatiuk said.",
        "D E H",
        "evacuation_under_fire",
    ),
    (
        "Georgia town buries soldier killed in Tower 22 drone attack as US strikes back",
        "Hundreds of people lined the road into Carrollton, Georgia, on Saturday as the body of Staff "
        "Sergeant Marcus Reed, one of three Army reservists killed in a drone attack on a US base in "
        "Jordan, was brought home. The one-way attack drone struck living quarters at the outpost "
        "known as Tower 22 before dawn last Sunday, killing the three soldiers and wounding more than "
        "40 service members, the Pentagon said. Washington blamed the Islamic Resistance in Iraq, a "
        "coalition of Iran-backed militias. On Friday night US bombers and drones struck more than 85 "
        "targets belonging to those militias and Iran's Revolutionary Guards in Iraq and Syria. The "
        "local VFW post organised the motorcade, and members of the Patriot Guard Riders stood with "
        "flags outside the funeral home. Reed's mother, a Navy veteran, said she had asked that his "
        "service not be used for politics.",
        "E M",
        "drone_strike",
    ),
]
