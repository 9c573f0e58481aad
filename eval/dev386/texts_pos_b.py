"""dev386 positives, part B: Dutch and Belgian nationals and soldiers in wars abroad, 2014-2025."""

POSITIVES = [
    (
        "Dutch Hercules brings first evacuees out of Sudan as fighting in Khartoum goes on",
        "A Dutch Air Force Hercules landed in Jordan on Sunday night with the first group of Dutch nationals evacuated from Sudan, where the army and the paramilitary Rapid Support Forces have been fighting for more than a week. "
        "Foreign Minister Wopke Hoekstra said about a hundred Dutch people had asked for help to leave the country. "
        "The evacuees had travelled in convoys to an airstrip near Khartoum, while heavy gunfire and air strikes continued in parts of the capital. "
        "A Dutch woman who had lived in Khartoum for six years told NOS that her street had been under fire for days and that there was no more water. "
        "A second flight, with Dutch and other European nationals on board, left on Monday. "
        "The operation is being carried out together with France and Germany, the ministry said. "
        "According to the World Health Organization, more than 400 people have been killed in the fighting so far. "
        "Tens of thousands of Sudanese have fled to Chad and Egypt.",
        "B E D",
        "evacuation",
    ),
    (
        "Employee of Belgian development agency killed in Israeli strike on Rafah",
        "An employee of the Belgian development agency Enabel was killed together with his seven-year-old son in an Israeli air strike on a house in Rafah, in the south of the Gaza Strip, Development Minister Caroline Gennez announced on Thursday. "
        "The man, a Palestinian, had worked for the agency in Gaza for several years on projects for young people. "
        "He had fled with his family from Gaza City to Rafah, which the Israeli army had called a safe zone, Gennez said. "
        "The minister called the strike 'unacceptable' and said the Israeli ambassador would be summoned. "
        "Other family members were wounded in the same strike, according to Enabel. "
        "More than a million displaced Palestinians are sheltering in and around Rafah, where the Israeli army has been carrying out strikes for weeks. "
        "Foreign Minister Hadja Lahbib renewed Belgium's call for a humanitarian ceasefire. "
        "De Standaard reports that the agency has asked for an independent investigation.",
        "E D",
        "airstrike",
    ),
    (
        "Government charters flights out of Beirut as Israeli strikes intensify",
        "The Dutch government is chartering two flights to bring Dutch nationals out of Lebanon, Foreign Minister Caspar Veldkamp announced on Friday, as Israeli air strikes on Beirut's southern suburbs continued for a seventh night. "
        "About 1,200 Dutch people are registered with the embassy in Beirut, and several hundred have said they want to leave. "
        "Commercial airlines have suspended almost all flights to Beirut, and the road to Syria is partly closed after a strike near the Masnaa crossing. "
        "A Dutch-Lebanese father of three told NOS that the explosions kept his children awake every night in their flat in Hadath. "
        "The first flight, on Saturday, will land in Eindhoven, according to the ministry. "
        "More than a million people in Lebanon have fled their homes since the escalation between Israel and Hezbollah last month, the Lebanese government says. "
        "Belgium and Germany are organising similar flights. "
        "The embassy advised Dutch nationals to travel to the airport only in daylight.",
        "E D",
        "evacuation",
    ),
    (
        "Rocket attack on UN camp in Gao, Dutch soldiers unhurt",
        "The UN camp in Gao, in the north of Mali, where some 250 Dutch soldiers are stationed, was hit by several rockets on Saturday evening, the Ministry of Defence said. "
        "The Dutch soldiers took cover in bunkers, and none of them were injured, the ministry added. "
        "A Chinese peacekeeper in the neighbouring part of the camp was killed and several others were wounded, according to the UN mission MINUSMA. "
        "A group linked to al-Qaeda in the Islamic Maghreb claimed the attack in a message to a Mauritanian news agency. "
        "Camp Castor, where the Dutch intelligence unit is based, is next to the UN base. "
        "Defence Minister Jeanine Hennis-Plasschaert said the attack showed 'how dangerous this mission is'. "
        "The Netherlands has taken part in MINUSMA since 2014, with helicopters, special forces and intelligence specialists. "
        "De Volkskrant reports that the camp was also hit by mortar fire two weeks ago.",
        "E T",
        "rocket_attack",
    ),
    (
        "Belgian F-16s carry out first strikes on Islamic State in Iraq",
        "Belgian F-16 fighter jets carried out their first air strikes against Islamic State in Iraq on Sunday, the Ministry of Defence announced. "
        "The planes, which took off from a base in Jordan, hit positions of the jihadist group in the west of the country, a spokesman said, without giving further details. "
        "Six Belgian F-16s and about 120 military personnel are taking part in the international coalition led by the United States. "
        "Defence Minister Pieter De Crem said Belgium would take 'its responsibility' in the fight against IS, which controls large parts of Iraq and Syria. "
        "The Chamber approved the mission last month with a large majority. "
        "Iraqi forces and Kurdish peshmerga are fighting to retake towns north of Baghdad with the support of coalition bombers. "
        "Le Soir writes that the rules of engagement exclude strikes in Syria for now. "
        "The mission is planned to last one month but can be extended.",
        "M E B",
        "airstrike",
    ),
    (
        "Dutch F-16s bombed targets in Mosul last week, ministry says",
        "Dutch F-16s dropped bombs on 23 targets of Islamic State in and around Mosul last week, the Ministry of Defence reported in its weekly update on Tuesday. "
        "The jets hit command posts, weapons depots and fighters in firing positions as Iraqi forces pushed into the western half of the city. "
        "Four Dutch F-16s are stationed in Jordan, with about 150 personnel. "
        "The ministry does not give exact locations, and NRC has repeatedly asked for more openness about possible civilian casualties. "
        "The UN says about 200,000 people have fled west Mosul since the offensive began in February. "
        "Iraqi commanders say their troops have retaken the government complex and are advancing on the old city, where IS fighters use residents as human shields. "
        "Defence said it had no indications that Dutch strikes had caused civilian deaths. "
        "The Dutch contribution to the coalition has been extended until the end of the year.",
        "M E D B V",
        "airstrike",
    ),
    (
        "Dutch frigate shoots down Houthi drones in Red Sea",
        "A Dutch frigate taking part in the EU mission Aspides shot down two drones over the Red Sea on Tuesday night, the Ministry of Defence said. "
        "The drones, fired from the part of Yemen controlled by the Houthi movement, were heading for a merchant ship that the frigate was escorting. "
        "The crew used its on-board guns and a missile, according to a spokesman, and no one was injured. "
        "The Houthis have been attacking merchant ships in the Red Sea and the Gulf of Aden for months, saying they act in support of the Palestinians in Gaza. "
        "Defence Minister Kajsa Ollongren said the crew had 'done exactly what it was trained for'. "
        "Around 200 sailors are on board the frigate, which joined the mission in the spring. "
        "Several shipping companies, including Rotterdam-based container carriers, still send their vessels around the Cape of Good Hope. "
        "NOS reports that it was the first time a Dutch ship had fired at Houthi drones.",
        "M E",
        "naval_engagement",
    ),
    (
        "Dutch F-35s shoot down Russian drones over Poland",
        "Dutch F-35 fighter jets shot down several Russian drones over Polish territory on Wednesday night, Defence Minister Ruben Brekelmans confirmed. "
        "The drones entered Polish airspace from Belarus during a large Russian attack on western Ukraine, and Poland asked its allies for support. "
        "The Dutch jets, stationed in Poland to protect the airport of Rzeszów, were scrambled together with Polish and Italian aircraft. "
        "According to the Polish government, 19 airspace violations were counted and several drones were shot down; debris damaged a house in the village of Wyryki. "
        "Brekelmans called it the first time that NATO jets had fired at Russian targets over allied territory. "
        "Prime Minister Donald Tusk said Poland was closer to open conflict than at any time since the Second World War. "
        "Airports in Warsaw and Rzeszów were closed for several hours. "
        "NATO ambassadors met in Brussels on Thursday at Poland's request.",
        "M E",
        "air_defence",
    ),
    (
        "Iranian missiles hit Erbil, Dutch trainers spend night in bunker",
        "Dutch military personnel in Erbil, in northern Iraq, spent the night in bunkers after Iran fired ballistic missiles at bases housing American and coalition troops, the Ministry of Defence said on Wednesday. "
        "None of the roughly 50 Dutch soldiers who train Kurdish fighters there were injured. "
        "Several missiles landed on and around the airport of Erbil, and a larger number hit the Ain al-Asad air base in the west of the country, according to the Pentagon. "
        "Iran said the attack was revenge for the killing of General Qassem Soleimani in an American drone strike last week. "
        "Defence Minister Ank Bijleveld said the soldiers had been warned in time and had taken shelter. "
        "The training mission has been suspended for the time being, and some personnel may be moved to Kuwait. "
        "Belgian and German soldiers in the region were also unhurt, De Standaard reports. "
        "Oil prices rose sharply on the news.",
        "E",
        "missile_attack",
    ),
    (
        "Dutch volunteer killed in fighting near Bakhmut",
        "A Dutch man who had joined the Ukrainian army's international legion was killed last week in fighting near Bakhmut, his family confirmed to NOS. "
        "The 37-year-old from Limburg had gone to Ukraine a year ago and served in a unit defending positions north of the city. "
        "According to a fellow fighter, he was killed when Russian forces attacked their trench at dawn. "
        "The Ministry of Foreign Affairs said it was aware of the death and was in contact with the family, but could not confirm the circumstances. "
        "He is at least the fourth Dutch national known to have been killed fighting for Ukraine. "
        "Russian troops and Wagner mercenaries have been attacking Bakhmut for months, and Ukrainian commanders say the fighting in the city is the fiercest of the war. "
        "The government advises against all travel to Ukraine and has warned Dutch citizens not to take part in the fighting. "
        "His family hopes to bring his body home.",
        "B",
        "battle",
    ),
    (
        "VRT crew caught in shelling in Kharkiv",
        "A VRT NWS team came under fire on Thursday while reporting in the north of Kharkiv, where Russian artillery shelled residential areas for the fourth day in a row. "
        "Reporter and cameraman took cover in the stairwell of an apartment block when shells landed about a hundred metres away, and no one in the crew was injured. "
        "According to the regional governor, at least six civilians were killed in the shelling of the Saltivka district on Thursday. "
        "Our crew saw ambulances driving back and forth and residents sheltering in metro stations, where some have been living for weeks. "
        "Russian troops are trying to encircle the city from the north and east, the Ukrainian general staff says. "
        "Many residents have fled westwards by train, but tens of thousands of elderly people remain. "
        "The broadcaster said it was reviewing its security procedures. "
        "Kharkiv is Ukraine's second city, with a pre-war population of about 1.4 million.",
        "E D",
        "shelling",
    ),
    (
        "Dutch nationals among victims of Hamas attack on kibbutzim",
        "At least two people with Dutch nationality were killed in the Hamas attack on Israel on Saturday, Foreign Minister Hanke Bruins Slot told parliament on Tuesday. "
        "Several other Dutch-Israelis are missing and may have been taken hostage in the Gaza Strip, she said. "
        "Hundreds of Hamas fighters crossed the border fence early on Saturday and attacked kibbutzim, towns and a music festival, killing more than 1,200 people, according to Israeli figures. "
        "A Dutch-born woman from Kibbutz Be'eri told NOS that she had hidden with her daughter in their safe room for twenty hours while gunmen set houses on fire. "
        "Prime Minister Mark Rutte called the attack 'pure terror'. "
        "Israel has since been bombing targets in Gaza, where the health ministry reports hundreds of deaths. "
        "The embassy in Tel Aviv has set up a crisis team for Dutch nationals. "
        "The flag at the ministry in The Hague flew at half mast.",
        "V T E",
        "massacre",
    ),
    (
        "Military flights bring Dutch nationals home from Tel Aviv as rocket fire continues",
        "Two military aircraft brought more than 250 Dutch nationals home from Israel on Thursday, the Ministry of Foreign Affairs said, as rockets from the Gaza Strip continued to target Tel Aviv and towns in the south. "
        "Air raid sirens sounded twice at Ben Gurion airport while the passengers were waiting to board, one of them told de Volkskrant. "
        "Many commercial airlines have stopped flying to Israel since the Hamas attack on Saturday. "
        "The evacuees landed at Eindhoven Air Base, where relatives were waiting in the hall. "
        "A student from Utrecht who had been on an exchange in Haifa said she had spent nights in a shelter. "
        "The ministry says several thousand Dutch nationals live in Israel, most of whom want to stay. "
        "A third flight is planned for the weekend. "
        "Belgium flew home its first group of nationals from Tel Aviv on Wednesday.",
        "E D",
        "evacuation",
    ),
    (
        "First Belgians leave Gaza through Rafah crossing",
        "A first group of Belgians and their family members crossed from the Gaza Strip into Egypt through the Rafah crossing on Thursday, the Foreign Ministry said. "
        "The group of about 30 people had waited for days in Rafah, in the south of the strip, while Israeli air strikes continued across Gaza. "
        "A Belgian-Palestinian doctor told VRT NWS by phone that they had slept in a school with hundreds of displaced families, without enough water or food. "
        "Aid agencies say the hospitals in the north of the strip are running out of fuel and can barely treat the wounded. "
        "Belgian diplomats met the group in El Arish and will accompany them to Cairo. "
        "Around 90 Belgians and their relatives are still in Gaza, according to the ministry. "
        "Foreign Minister Hadja Lahbib said Belgium would keep pressing for all of them to be allowed to leave. "
        "The crossing opened on Wednesday for foreign nationals and a limited number of wounded Palestinians.",
        "D H E",
        "evacuation",
    ),
    (
        "'The wounded lie in the corridors': Dutch surgeon describes hospital in Khan Younis",
        "A Dutch surgeon who has been working for two weeks at the Nasser hospital in Khan Younis describes a hospital that can no longer cope with the number of wounded. "
        "'After every air strike, dozens of people come in at once, many of them children, and we operate on the floor because the theatres are full,' he told NRC by phone. "
        "Anaesthetics and antibiotics are running out, and the generators are running on the last fuel, he said. "
        "The World Health Organization says fewer than half of Gaza's hospitals are still partly functioning. "
        "Israeli tanks have moved towards the west of Khan Younis in recent days, and the surgeon heard fighting close to the hospital on Tuesday. "
        "Thousands of displaced people are sheltering in the hospital grounds. "
        "The surgeon, who works for an international aid organisation, expects to return to the Netherlands next week. "
        "'I don't know who will take over from us,' he said.",
        "H E B D",
        "siege",
    ),
    (
        "Suicide bombing at Kabul airport as Belgian evacuation flights end",
        "A suicide bomber struck a crowd of Afghans waiting outside Kabul airport on Thursday, killing dozens of people, hours after Belgium ended its evacuation operation, Defence Minister Ludivine Dedonder said. "
        "The last Belgian military aircraft had left Kabul for Islamabad shortly before the explosion at the Abbey Gate, and no Belgian personnel were hurt. "
        "The Islamic State Khorasan Province claimed the attack, which also killed American soldiers. "
        "Belgium evacuated about 1,400 people in ten days, most of them Afghans who had worked with Belgian organisations and their families. "
        "Dedonder said some people who were eligible had not been able to reach the airport because of Taliban checkpoints and the crowds. "
        "Several gunmen opened fire after the blast, according to the Pentagon. "
        "De Standaard reports that a Belgian diplomat spent the last night at the airport gate calling names from a list. "
        "The evacuees are being housed at the Peutie barracks before they apply for asylum.",
        "T E D V",
        "suicide_bombing",
    ),
    (
        "Dutch evacuation from Kabul: 'Taliban fighters beat people at the checkpoints'",
        "Dutch military aircraft flew another 300 people out of Kabul on Tuesday, the Ministry of Defence said, as thousands of Afghans crowded the gates of the airport trying to leave the country after the Taliban takeover. "
        "Several people who had been on the Dutch evacuation list told NOS that Taliban fighters beat them with sticks and fired into the air at checkpoints on the road to the airport. "
        "A former interpreter for the Dutch army said he had turned back twice with his children. "
        "Dutch soldiers and Marechaussee officers are helping people through the gate, under the protection of American troops. "
        "Outgoing Foreign Minister Sigrid Kaag said the situation at the airport was 'extremely chaotic and dangerous'. "
        "Around 1,000 people on Dutch lists are still waiting in the city. "
        "The evacuees fly from Kabul to Islamabad and Tbilisi and then on to Eindhoven. "
        "The government has not said how long the operation will continue.",
        "D V",
        "evacuation",
    ),
]
