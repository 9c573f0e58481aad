"""dev237 positives, part A: galleries and caption stories from wars under way (Europe, the Middle
East, Africa). (title, text, tag codes, kind); tag codes from eval/conflictset TAG_CODES."""

POSITIVES = [
    (
        "In pictures: Kharkiv counts the cost after a night of glide bombs",
        "Firefighters worked through the morning on Thursday to pull residents from a five-storey "
        "block in Kharkiv's Saltivka district after Russian glide bombs struck the city "
        "overnight. Regional governor Oleh Syniehubov said at least seven people were killed and "
        "42 wounded, among them three children. A woman in a dressing gown waits beside an "
        "ambulance while medics treat her husband's head wound. Volunteers sweep glass from the "
        "floor of a pharmacy whose windows were blown in by the blast. The bombs left a crater "
        "the width of a bus in the courtyard of a kindergarten that had been closed since 2022. "
        "Rescuers carry a body wrapped in a blanket down a staircase exposed to the street. An "
        "elderly man stands in what was his kitchen, now open to the sky, on the fourth floor. "
        "Kharkiv, 30km from the Russian border, has been hit almost every night this month. "
        "Photographs by Sofiia Gatilova and Vyacheslav Madiyevskyy for Reuters.",
        "E",
        "airstrike",
    ),
    (
        "Gaza: a week of strikes on Khan Younis, in photographs",
        "Palestinians search through the rubble of a house in Khan Younis after an Israeli strike "
        "on Tuesday night, in images taken by AFP photographers in the southern Gaza Strip this "
        "week. The Hamas-run health ministry said 31 people were killed across the territory in "
        "the previous 24 hours. Men carry the shrouded bodies of two children into the courtyard "
        "of Nasser hospital, where relatives gathered to pray over them. A boy with a bandaged "
        "arm sits on a trolley in a corridor crowded with wounded patients. Families load "
        "mattresses, water jugs and a goat onto a donkey cart after the Israeli military ordered "
        "residents of eastern neighbourhoods to move west. Smoke rises over Bani Suheila as seen "
        "from Mawasi, where tens of thousands of displaced people live in tents along the shore. "
        "Women queue with pots at a charity kitchen that serves lentil soup once a day. The "
        "Israeli military said it was striking Hamas infrastructure and fighters in the area.",
        "E M D H",
        "airstrike",
    ),
    (
        "Sudan's war reaches El Fasher: photographs from the besieged city",
        "The pictures, sent by a local photographer over a patchy satellite connection, show what "
        "is left of the main market in El Fasher after days of shelling by the Rapid Support "
        "Forces. Stalls are reduced to twisted metal and charred grain sacks. A doctor at the "
        "Saudi hospital, one of the last functioning in the city, stitches a wound on a "
        "teenager's leg by torchlight. Outside, a line of women waits for water at a borehole "
        "that volunteers say is shelled whenever crowds form. The RSF has besieged the North "
        "Darfur capital since May, and the army and allied fighters have repelled several "
        "assaults on its southern edge. The UN says more than 500,000 people have fled Abu Shouk "
        "and Zamzam camps toward Tawila, 60km away. A final frame shows a family on a horse-drawn "
        "cart leaving at dawn, a mattress tied over the children.",
        "B E V D H",
        "siege",
    ),
    (
        "The week in pictures: Donetsk front, Lviv funeral, Odesa port",
        "Ukrainian artillerymen of the 24th Mechanised Brigade fire a howitzer toward Russian "
        "positions near Chasiv Yar on Monday, as fighting for the hilltop town entered its third "
        "month. In Lviv, soldiers carry the coffin of a 23-year-old infantryman killed near "
        "Pokrovsk last week through the Garrison Church. A drone operator checks a quadcopter in "
        "a dugout outside Kostiantynivka, its walls lined with sandbags. An evacuation van run by "
        "volunteers from the charity Vostok SOS collects an elderly couple from Myrnohrad, where "
        "shelling has cut power and water. In Odesa, workers clear debris from a grain terminal "
        "hit by a Russian missile on Wednesday, which regional officials said injured four port "
        "workers. In Kramatorsk, children play in a basement school fitted with blackout curtains "
        "and bunk beds. A nurse in Dnipro's Mechnikov hospital checks on soldiers brought in "
        "overnight from the front. Photographs from AP, AFP and Reuters.",
        "B E D",
        "battle",
    ),
    (
        "In pictures: Beirut's southern suburbs after the night of strikes",
        "A man walks past the shell of a residential building in Haret Hreik on Saturday morning "
        "after Israeli air strikes hit Beirut's southern suburbs for a fourth night running. "
        "Lebanon's health ministry said 16 people were killed in strikes on the south of the "
        "country and the Dahiyeh, with dozens wounded. Civil defence workers dig by hand through "
        "concrete slabs where neighbours say a family of six lived. Cars loaded with suitcases "
        "and mattresses queue on the coastal road north, past the airport. In a school in "
        "Achrafieh turned into a shelter, children sleep on classroom floors under blankets "
        "handed out by the Lebanese Red Cross. The Israeli military said it had struck Hezbollah "
        "weapons depots and command centres, and had warned residents to leave before the raids. "
        "Hezbollah said it fired rockets at northern Israel in response.",
        "E D H M",
        "airstrike",
    ),
    (
        "Mosul's old city, street by street: a photographer's week with the Iraqi army",
        "Iraqi special forces soldiers run across an alley under sniper fire in the old city of "
        "west Mosul on 3 July, as the offensive to retake the last Islamic State-held "
        "neighbourhoods neared the Tigris. The photographer spent a week embedded with the "
        "Counter Terrorism Service as it pushed through ruins a few metres at a time. A soldier "
        "fires a rocket-propelled grenade into a building where militants were holed up. "
        "Civilians emerge from the rubble, thin and covered in dust, their hands raised as troops "
        "search them for suicide vests. A woman carries her grandson, who was wounded by mortar "
        "fire, toward a field clinic at the edge of the fighting. Iraqi commanders say fewer than "
        "200 IS fighters remain, many with their families. Aid agencies report that more than "
        "900,000 people have fled Mosul since the offensive began in October.",
        "B E M D",
        "offensive",
    ),
    (
        "Portfolio: Goma in the days after the M23 entered the city",
        "Bodies lie covered with sheets on a road near the Kituku neighbourhood of Goma on 28 "
        "January, a day after M23 rebels backed by Rwanda took control of most of the eastern "
        "Congolese city. These photographs are by Moses Sawasawa, a Goma-born photographer who "
        "has covered the war in North Kivu for a decade. Congolese soldiers who surrendered sit "
        "in rows at a stadium under rebel guard. A nurse at CBCA Ndosho hospital treats a girl "
        "hit by shrapnel; the ICRC said its partner hospitals had received more than 600 wounded "
        "in three days. Residents fill jerrycans from Lake Kivu after water and power were cut. "
        "Families who had lived in the Bulengo and Lushagala camps walk back toward Masisi and "
        "Rutshuru, carrying what they could, after the rebels ordered the camps closed. Sporadic "
        "gunfire was still heard in the north of the city on Wednesday.",
        "B E D H",
        "battle",
    ),
    (
        "Aleppo's last days in rebel hands, through the lens of a local photographer",
        "Karam al-Masri took these pictures in the besieged eastern districts of Aleppo in the "
        "first week of December, as Syrian government forces and their allies advanced under "
        "heavy Russian air cover. A white helmet volunteer lifts a toddler from beneath a "
        "collapsed wall in al-Shaar. A street in Bustan al-Qasr is lined with blown-out cars "
        "after a barrel bomb fell at midday. Families with bags wade through the mud of a "
        "crossing point toward government-held Jibrin, among some 20,000 people the UN says fled "
        "in 48 hours. In the last working clinic, a doctor sets a man's broken leg without "
        "anaesthetic. Bread is now handed out one loaf a family, if at all. The photographer says "
        "he will stay as long as the internet connection holds. Rebel fighters, outgunned, fall "
        "back from Sheikh Saeed toward the river. Russian and Syrian jets flew dozens of sorties "
        "on Tuesday alone, monitors said.",
        "B E M D H",
        "airstrike",
    ),
    (
        "Inside Tigray: caption story from Mekelle's overflowing hospital",
        "Ayder Referral Hospital in Mekelle is running short of gloves, insulin and fuel for its "
        "generator, staff told AFP as the Ethiopian government's blockade of Tigray entered a "
        "second month. A nurse changes the dressings of a 14-year-old boy wounded when a drone "
        "struck a fuel depot on the edge of the city on Sunday. The regional health bureau said "
        "the strike killed two people. In a tent camp at a former college in Shire, displaced "
        "farmers from western Tigray queue for maize handed out by the World Food Programme, "
        "whose convoys have not reached the region for weeks. A mother holds her malnourished "
        "baby on a weighing scale. The federal government says its air force targets only "
        "military sites of the TPLF. Banks in the region have been shut since the fighting began, "
        "and families sell livestock to buy oil and salt. A priest in Axum says he has buried "
        "neighbours killed by shelling in November.",
        "E D H",
        "blockade",
    ),
    (
        "Images from Kyiv after the largest drone and missile attack of the war",
        "Smoke billows from a damaged office building in central Kyiv on Sunday after Russia "
        "launched 810 drones and 13 missiles against Ukraine overnight, according to the "
        "Ukrainian air force. The upper floors of the Cabinet of Ministers building were on fire "
        "at dawn, in a picture released by the State Emergency Service. In the Sviatoshynskyi "
        "district, a woman and her three-month-old daughter were among those killed when a drone "
        "hit a nine-storey apartment block, city officials said. Neighbours wrapped in blankets "
        "watch rescuers work from a crane basket. Commuters shelter on a metro platform, some "
        "with pets and folding chairs. A man sweeps broken glass from the floor of his cafe on "
        "Khreshchatyk before opening for the day. Ukraine's air force said 747 drones and four "
        "missiles were shot down or jammed. In Kremenchuk and Dnipro, officials reported further "
        "damage to homes and a bridge.",
        "E",
        "missile_strike",
    ),
    (
        "The road to Adré: Sudanese refugees crossing into Chad, in pictures",
        "A woman carries a jerrycan on her head and a child on her back across the dry wadi that "
        "marks the border between Sudan and Chad at Adré, photographed by Zohra Bensemra for "
        "Reuters. More than 1,500 people crossed on Tuesday alone, according to the UN refugee "
        "agency, most from El Geneina, where they say RSF fighters and allied Arab militias have "
        "killed civilians house by house. A man shows the bullet wound in his thigh that he says "
        "he received at a checkpoint. Doctors Without Borders treats the wounded in a field "
        "hospital of tents. Children sit in the shade of a donkey cart while their mothers "
        "register with UNHCR staff. Families have built shelters from branches and plastic "
        "sheeting on the sand. Some arrive on donkeys, some in the backs of lorries, most on "
        "foot. A volunteer from a local youth group ladles porridge into plastic bowls at dusk.",
        "V D H",
        "displacement",
    ),
    (
        "Jenin camp raid: photographs of a day of fighting",
        "Israeli armoured bulldozers tear up a street in Jenin refugee camp on Monday as troops "
        "backed by drones pressed a large-scale raid on the northern West Bank city. The "
        "Palestinian health ministry said eight Palestinians were killed, and the Israeli "
        "military said it had struck a command centre of armed groups. Gunmen of the Jenin "
        "Brigade fire at troops from the corner of an alley, in a picture by an AP photographer. "
        "Families carrying children and bags leave the camp on foot along a road lined by "
        "Palestinian Red Crescent ambulances. Inside Jenin's government hospital, tear gas fired "
        "outside the gates drifted into the emergency ward, doctors said. Residents said some "
        "3,000 people had fled the camp by nightfall. Camp streets were left without water after "
        "the bulldozers dug up pipes. Palestinian militants said they had detonated a roadside "
        "bomb under an army jeep.",
        "B E M D",
        "raid",
    ),
    (
        "In pictures: Israel's south on the day of the Hamas attack",
        "Israeli soldiers take cover behind a wall in Sderot on Saturday as they fight Hamas "
        "gunmen who crossed from Gaza at dawn and took over the town's police station. Burnt cars "
        "line a road near kibbutz Be'eri, where residents hid in safe rooms for hours. Rockets "
        "fired from Gaza are intercepted over Ashkelon. Relatives of a young woman taken from the "
        "Nova music festival hold up her photograph outside a police station. Israeli officials "
        "said hundreds of people had been killed and many taken hostage into Gaza. Paramedics of "
        "Magen David Adom treat a wounded man on the roadside near Ofakim. In Gaza, smoke rises "
        "over the Rimal district after Israeli retaliatory strikes. A woman hides under a car "
        "outside Re'im as gunfire is heard, in a frame taken by a festival-goer on her phone. "
        "Israel's prime minister said the country was at war.",
        "B E V T",
        "terrorist_attack",
    ),
    (
        "Yemen: photographs from Taiz, a city under fire",
        "A boy looks out of the hole left by a mortar round in the wall of his school in Taiz, "
        "photographed on Wednesday by Ahmad al-Basha for AFP. Houthi forces and troops loyal to "
        "the Saudi-backed government have fought street by street in the city for more than a "
        "year. A sniper's bullet hit a water carrier in the Jahmaliya district on Tuesday, "
        "neighbours said. Men carry wounded fighters on stretchers toward al-Rawda hospital, "
        "which the medical charity MSF says is one of the few still open. Shoppers hurry past "
        "sandbags on the main road. A Saudi-led coalition air strike on a Houthi position sends "
        "smoke over the eastern hills. Residents say food and gas prices have tripled since the "
        "main road was closed. A girl collects plastic bottles from a rubbish tip to sell. In the "
        "old city, a man repairs his shop shutter, pocked by shrapnel, for the third time this "
        "year.",
        "B E H",
        "battle",
    ),
    (
        "Caption story: the Armenian exodus from Nagorno-Karabakh",
        "Cars loaded with belongings queue for kilometres on the road out of Stepanakert toward "
        "the Lachin corridor, days after Azerbaijan's offensive forced ethnic Armenian fighters "
        "in Nagorno-Karabakh to lay down their arms. Armenia's government said more than 100,000 "
        "refugees had crossed by Friday, nearly the whole population of the enclave. A "
        "grandmother sleeps on a bench at a registration centre in Goris. Children drink tea in "
        "the back of a truck. The blast at a fuel depot near Stepanakert on Monday, where people "
        "had queued for petrol to leave, killed at least 68, local officials said. A priest "
        "carries icons from a church before joining the convoy. Azerbaijani troops now control "
        "the checkpoints on the road behind them. In Goris, volunteers hand out bread, nappies "
        "and SIM cards, and Red Cross teams take the wounded to hospitals in Yerevan.",
        "M D H",
        "displacement",
    ),
    (
        "In pictures: Tripoli's southern suburbs as Haftar's forces push in",
        "Fighters loyal to the UN-recognised Government of National Accord fire a truck-mounted "
        "anti-aircraft gun at positions of Khalifa Haftar's Libyan National Army in Ain Zara, "
        "south of Tripoli, on Sunday. The World Health Organization said fighting over the past "
        "two weeks had killed 213 people and wounded more than 1,000. A family piles into a van "
        "to leave Qasr bin Ghashir, where shells landed near their home. At a migrant detention "
        "centre in Tajoura, detainees look through bars as clashes are heard in the distance. A "
        "fighter rests on a sofa in a looted villa used as a frontline post. Smoke rises from "
        "Mitiga airport after an air strike closed it to flights. Medics at the field hospital in "
        "Swani say rockets fired by both sides are landing in residential streets. The UN says "
        "more than 25,000 people have been displaced since the offensive began.",
        "B E D",
        "battle",
    ),
]
