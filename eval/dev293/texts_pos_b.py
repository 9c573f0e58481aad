"""dev293 positives, part B (2024-2026): current armed conflict and political violence as the
Israeli domestic press reports it. (title, text, tag codes, kind); codes in eval/conflictset."""

POSITIVES = [
    (
        "Iran launches more than 300 drones and missiles at Israel; girl badly hurt in Negev",
        "Iran fired more than 300 drones, cruise missiles and ballistic missiles at Israel overnight into Sunday in its first direct attack on the country, the army said, and almost all of them were shot down by Israeli air defences and by American, British and Jordanian aircraft. A handful of ballistic missiles struck the Nevatim air base in the Negev, causing what the military called light damage to a runway and a building. A seven-year-old Bedouin girl from a village near Arad was seriously wounded by shrapnel and was being treated at Soroka Medical Center in Beersheba. Sirens sounded in Jerusalem, Dimona, Eilat and the Golan Heights, and booms from interceptions were heard over the capital shortly before 2 a.m. Military spokesman Daniel Hagari said 99 percent of the threats had been intercepted. Hezbollah fired rockets at the Golan at the same time. Israel's airspace was closed until morning and schools across the country were told to stay shut on Sunday. The war cabinet met through the night to discuss a response.",
        "E",
        "missile_attack",
    ),
    (
        "Rocket kills 12 children on Majdal Shams football pitch",
        "Twelve children and teenagers were killed on Saturday when a rocket fired from Lebanon struck a football pitch in the Druze town of Majdal Shams on the Golan Heights, where dozens of youngsters were playing, Magen David Adom said. More than 30 people were wounded, several of them critically, and were flown to Ziv Medical Center in Safed and Rambam in Haifa. Paramedics described bodies strewn across the artificial turf next to a playground. The army said the rocket was an Iranian-made Falaq-1 fired by Hezbollah, which denied responsibility. Parents said there had been no time to reach a shelter after the siren. “These were children playing ball,” a town elder said as crowds gathered outside the hospital. Prime Minister Benjamin Netanyahu cut short a visit to Washington and said Hezbollah would pay “a heavy price”. Druze leaders asked politicians to stay away from the funerals on Sunday, which thousands were expected to attend.",
        "E V",
        "rocket_strike",
    ),
    (
        "Bodies of six hostages recovered from Rafah tunnel; army says they were shot",
        "Troops recovered the bodies of six hostages from a tunnel under the Tel Sultan area of Rafah on Saturday night, and the army said they had been shot dead by their Hamas captors shortly before soldiers reached them. The six, among them 23-year-old Hersh Goldberg-Polin, had been abducted on October 7 and held for almost 11 months. The Health Ministry's forensic institute said they had been killed at close range one or two days earlier. Military spokesman Daniel Hagari said the tunnel was about one kilometre from where another hostage had been rescued the previous week, and that forces of the 162nd Division were still fighting in the area. The Hostages and Missing Families Forum accused the government of leaving the captives to die and called for a general strike. Thousands of people gathered on Begin Road in Tel Aviv on Sunday evening, some blocking the Ayalon Highway. Prime Minister Benjamin Netanyahu said Hamas would pay a very heavy price.",
        "V M B",
        "hostages_killed",
    ),
    (
        "Hezbollah rockets hit Kiryat Bialik homes as barrages reach Haifa suburbs",
        "Hezbollah fired about 115 rockets at northern Israel early on Sunday, some reaching deeper than at any time in nearly a year of fighting, and several struck homes in Kiryat Bialik and Moreshet, the army said. A house in Kiryat Bialik was set on fire and cars were burned outside, and Magen David Adom treated four people for shrapnel wounds and others for shock. The group said it had targeted the Ramat David air base and Rafael defence plants north of Haifa with Fadi missiles, a new weapon in its arsenal. The Home Front Command ordered schools in the north, from Haifa up to the border, closed until Monday and limited gatherings to 30 people outdoors. Rambam Health Care Campus moved its patients to its underground hospital. The air force struck what it said were about 290 Hezbollah targets in southern Lebanon overnight. “I heard the whistle and then the whole building shook,” a resident of Kiryat Bialik told Ynet.",
        "E M",
        "rocket_fire",
    ),
    (
        "Seven killed in shooting and stabbing attack at Jaffa light rail station",
        "Seven people were killed and at least 16 wounded on Tuesday evening when two gunmen from Hebron opened fire at passengers on Jerusalem Boulevard in Jaffa and on a light rail carriage, police said. The attack began minutes before Iran fired a barrage of ballistic missiles at Israel, and passengers fleeing toward shelters ran into the shooting. One assailant was killed by an armed civilian and the other was seriously wounded, police said. Among the dead were a 33-year-old mother who was shielding her baby and a police volunteer. Police described it as a terror attack and said the gunmen, who had entered Israel illegally, used an M16 rifle and a knife. Magen David Adom paramedics treated the wounded at the station while missile interceptions boomed overhead. Hamas's armed wing later claimed the attack.",
        "T V",
        "shooting_attack",
    ),
    (
        "Eight soldiers killed in southern Lebanon as ground incursion deepens",
        "Eight soldiers were killed in southern Lebanon on Wednesday, the army said, in the first deadly fighting since troops crossed the border two days earlier. Four commandos of the Egoz unit were killed in a close-quarters battle with Hezbollah fighters in a building in the village of Ayta al-Shaab, and a Golani Brigade officer and three soldiers were killed nearby in a separate clash. Seven other soldiers were seriously wounded and were flown to Rambam in Haifa. The army said the 98th Division had joined the operation and was raiding Hezbollah positions and tunnels near the border fence, in what it called limited, localised ground raids. Hezbollah said its fighters had ambushed Israeli forces at Odaisseh and Maroun al-Ras. The air force struck targets in Dahiyeh, Beirut's southern suburbs, and the military ordered residents of some 25 Lebanese villages to leave their homes.",
        "B M E D",
        "ground_incursion",
    ),
    (
        "Missile from Yemen hits Jaffa playground; 16 hurt by shrapnel and glass",
        "A ballistic missile fired by the Houthis in Yemen struck a playground in Jaffa before dawn on Saturday after air defences failed to intercept it, lightly injuring 16 people, Magen David Adom said. Residents of neighbouring buildings were cut by flying glass as windows shattered; about a dozen others were hurt while running to shelters. The army said it had tried to down the missile but the interceptor missed, and that it was investigating why. Two days earlier, fragments of an intercepted Houthi missile had wrecked a school in Ramat Gan, collapsing much of the building hours before pupils were due to arrive. The Houthis claimed Saturday's launch and said it targeted what they called a military site. Tel Aviv mayor Ron Huldai visited the crater and said it was a miracle no one was killed. The air force had struck ports and power stations in Sanaa and Hodeidah on Thursday.",
        "E",
        "missile_attack",
    ),
    (
        "Tens of thousands flee northern West Bank camps as Iron Wall operation expands",
        "About 40,000 Palestinians have been forced out of the Jenin, Tulkarem and Nur Shams refugee camps since the army began its operation in the northern West Bank three weeks ago, UNRWA said on Tuesday, the largest displacement in the territory since 1967. Defence Minister Israel Katz said troops would remain in the camps for months and that residents would not be allowed to return for now. Soldiers and armoured bulldozers have demolished dozens of buildings and widened alleys, and the army said it had killed more than 50 gunmen and arrested hundreds of suspects. A tank platoon was sent into Jenin on Sunday, the first time tanks have entered the West Bank since 2002. Families who fled are staying with relatives, in mosques and in a university dormitory in Jenin. The Palestinian Authority said water and power had been cut to the camps. A soldier was wounded on Monday when a bomb exploded under his armoured vehicle in Tammun.",
        "M D B E",
        "raid",
    ),
    (
        "Air force resumes strikes across Gaza; hostages' families say deal abandoned",
        "Israel resumed heavy airstrikes across the Gaza Strip before dawn on Tuesday, ending nearly two months of ceasefire, and Gaza's health ministry said more than 400 people had been killed, many of them women and children. The Prime Minister's Office said the strikes had been ordered after Hamas repeatedly refused to release more hostages. The army said it had hit dozens of Hamas commanders and infrastructure in Gaza City, Deir al-Balah, Khan Younis and Rafah, and ordered residents of Beit Hanoun and eastern Khan Younis to move west. Hospitals in the Strip said they were overwhelmed. At Hostages Square in Tel Aviv, relatives said the government had chosen to sacrifice the 59 captives still in Gaza. “They are bombing the places where our loved ones are held,” the mother of a soldier held since October 7 said. Finance Minister Bezalel Smotrich welcomed the strikes, and Itamar Ben-Gvir announced that his party would return to the coalition.",
        "M E D H",
        "air_campaign",
    ),
    (
        "Iranian missile hits Soroka hospital in Beersheba; dozens lightly hurt",
        "An Iranian ballistic missile struck Soroka Medical Center in Beersheba early on Thursday, destroying part of an old surgical building that had been emptied of patients days earlier, the hospital said. About 40 people, most of them staff and patients, were lightly hurt by glass and smoke, and the hospital said it was no longer accepting patients except for life-saving cases. Director-general Shlomi Codish said damage to the wards ran into hundreds of millions of shekels. Hospital officials said a hazardous materials leak forced an evacuation of nearby wards. Prime Minister Benjamin Netanyahu said Iran had deliberately targeted a hospital and would pay a full price. Other missiles in the same barrage hit residential buildings in Ramat Gan and Holon, where several people were hurt. Iranian state media said the target had been a military intelligence site near the hospital. It was the seventh day of the war with Iran.",
        "E V H",
        "missile_strike",
    ),
    (
        "Bat Yam families in hotels after missile flattens homes; death toll rises to nine",
        "The death toll from an Iranian missile strike on a residential street in Bat Yam rose to nine on Monday after rescuers pulled another body from the rubble, the Home Front Command said. More than 200 people were wounded, and 61 buildings were damaged, some so badly that engineers said they would have to be demolished. The municipality said about 1,000 residents could not go back to their homes and had been moved to hotels in Tel Aviv and Herzliya. Rescue teams worked with dogs for over 30 hours after the ballistic missile hit an eight-storey building near Jabotinsky Street. A barrage of missiles was also fired at Haifa, where the Bazan refineries were hit and three workers were killed. Iran fired more than 350 missiles at Israel since Friday, the army said. “We heard the boom and the walls fell in,” a woman from the building told Kan, standing by a trolley of belongings.",
        "E D",
        "missile_attack",
    ),
    (
        "Haredi rioters stone police and block Route 4 after draft arrests",
        "Hundreds of Haredi men blocked Route 4 at the entrance to Bnei Brak on Thursday and clashed with police after military police arrested two yeshiva students who had ignored draft orders, police said. Demonstrators threw stones and bottles at officers, set rubbish bins on fire and smashed the windows of a police car, and two officers were lightly hurt. Police used water cannon and mounted officers to clear the road and arrested 14 people. Rioters also surrounded a military police vehicle at a nearby junction, and its crew had to be extracted by Border Police. The extremist Jerusalem Faction, which called the protest, said its followers would not accept “the persecution of Torah students”. The IDF said it would continue to enforce the law against those who refused to report. Police Commissioner Danny Levy said violence against officers would not be tolerated. Traffic into Tel Aviv was backed up for kilometres during the evening rush hour.",
        "U",
        "riot",
    ),
    (
        "Water cannon, mounted police and 45 arrests as overhaul protesters block Ayalon",
        "Police fired water cannon, charged on horseback and used stun grenades against protesters on the Ayalon Highway in Tel Aviv on Tuesday night, after the Knesset passed the first law of the government's judicial overhaul, arresting 45 people, police said. At least 19 demonstrators were taken to hospital, among them a woman whose ear was injured by a stun grenade, and two officers were hurt by stones thrown at them. Protesters lit bonfires on the southbound lanes near HaShalom and held them for several hours. Similar scenes took place in Jerusalem outside the Knesset, where officers dragged dozens of reservists off the road. Opposition leader Yair Lapid said the police were acting “like a militia”. National Security Minister Itamar Ben-Gvir praised the officers and said that anarchists would not run the country. The protest movement said it would step up its actions and called for a general strike.",
        "U",
        "protest_crackdown",
    ),
    (
        "Six killed as gunmen open fire at Ramot Junction bus stop",
        "Six people were killed and at least 12 wounded on Monday morning when two Palestinian gunmen opened fire at a crowded bus stop at Ramot Junction at the northern entrance to Jerusalem, police said. The attackers, from villages near Ramallah, boarded a bus and began shooting at passengers, then at people waiting at the stop, before they were killed by a soldier on leave and an armed civilian. Among the dead were a 25-year-old yeshiva student and a 79-year-old man, Magen David Adom said. Police Commissioner Danny Levy said it was a terror attack and that the gunmen had used a homemade Carlo-type weapon. The army imposed a closure on the villages of Qatanna and Qubeiba and began searching homes. Prime Minister Benjamin Netanyahu went to the scene and said Israel was fighting terror on several fronts.",
        "T V",
        "shooting_attack",
    ),
    (
        "Houthi drone hits Eilat tourist area, wounding 22",
        "A drone launched by the Houthis in Yemen crashed into a shopping and hotel area near Eilat's Ramet junction on Wednesday afternoon after air defences failed to stop it, wounding 22 people, two of them seriously, Magen David Adom said. No siren sounded before the impact, and the army said it was looking into why its systems had not detected the drone. Shops and cafes along the street were damaged and a fire broke out in the Ice Mall area. Yoseftal Medical Center declared a mass casualty event. The Houthis said they had targeted what they called Umm al-Rashrash, their name for Eilat, with two drones. A few days earlier, another Houthi drone hit the arrivals hall of Ramon Airport north of the city. Eilat mayor Eli Lankri called on the government to respond with force. Israeli jets had struck Sanaa the previous week, killing several Houthi ministers.",
        "E",
        "drone_attack",
    ),
    (
        "Two gunmen killed in hours-long firefight during Nablus Old City raid",
        "Soldiers and Border Police officers killed two gunmen and arrested five suspects in an overnight raid in the Casbah of Nablus's Old City that turned into a firefight lasting several hours, the army said on Wednesday. The forces were sent to arrest members of a local cell accused of shooting at Israeli vehicles near the Huwara checkpoint in recent weeks. Gunmen opened fire on the troops from rooftops and threw explosive devices, and a drone strike hit a building where armed men were holding out, the military said. A Border Police officer was lightly wounded. The Palestinian health ministry said a third man, a 17-year-old, had also been killed and that more than 20 people were hurt by live fire and tear gas when residents threw stones at the departing jeeps. Shops in Nablus stayed closed for a general strike on Wednesday in mourning. The army said it had conducted more than 30 raids in the northern West Bank since the start of the year.",
        "B M E",
        "raid",
    ),
]
