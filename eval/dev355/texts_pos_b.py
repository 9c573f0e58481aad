"""dev355 positives, part B: wars abroad as the German-language press reports them."""

POSITIVES = [
    (
        "Russian Missiles Hit Kyiv Children's Hospital, Berlin Summons Ambassador",
        "Russia fired more than 40 missiles at Ukrainian cities on Monday morning, hitting the Okhmatdyt children's hospital in Kyiv in broad daylight, Ukrainian authorities said. At least 31 people were killed in the capital and more than 150 wounded; two of the dead were adults at the hospital. Rescuers and parents pulled children from the rubble of the toxicology wing while dialysis patients were moved to other clinics. Foreign Minister Annalena Baerbock called the strike “the most despicable kind of warfare” and the Foreign Office summoned the Russian chargé d'affaires in Berlin. Der Spiegel's correspondent in Kyiv says fragments found at the site point to a Kh-101 cruise missile. Moscow denied targeting the hospital and blamed a Ukrainian air defence missile. Germany has pledged another Iris-T system, to arrive before the winter.",
        "E V H",
        "missile_strike",
    ),
    (
        "Glide Bombs and Drones: Kharkiv's Long Night, as Seen From Berlin",
        "Russian forces struck Kharkiv with glide bombs and Shahed drones for the third night running, killing at least seven people in a residential area in the north of the city, the regional governor Oleh Syniehubov said on Thursday. A nine-storey block in the Saltivskyi district was partly destroyed, and rescuers were still searching for people under the rubble in the morning. The Süddeutsche Zeitung's correspondent describes entire neighbourhoods without power and water. In Berlin, Chancellor Olaf Scholz repeated after meeting Ukraine's foreign minister that German weapons could now be used against Russian positions across the border that are attacking Kharkiv. Ukrainian officials say about 9,000 people have left villages north of the city since Moscow opened its offensive in May. Russia's defence ministry said it had struck “military-industrial targets” in the region.",
        "E D",
        "airstrike",
    ),
    (
        "German Volunteer Killed Near Bakhmut, Family Confirms",
        "A 29-year-old man from Lower Saxony who had been fighting for Ukraine's International Legion has been killed in the battle for Bakhmut, his family told the NDR broadcaster on Tuesday. The former Bundeswehr paratrooper died when Russian forces attacked his unit's position south of the city with artillery and infantry, according to a comrade who spoke to Der Spiegel. His body has not yet been recovered. The Foreign Office said it was aware of the case and in contact with the family. Several dozen Germans are thought to be serving in the Ukrainian army, though Berlin has no precise figures. Wagner mercenaries have been advancing street by street in Bakhmut for weeks, and Ukrainian commanders say both sides are suffering heavy losses. The family said he had left for Ukraine in the spring of 2022 without telling them.",
        "B",
        "battle",
    ),
    (
        "Germans Among the Dead and Abducted After Hamas Attack on Israel",
        "The Foreign Office in Berlin says several German nationals are among those killed and abducted in Saturday's assault by Hamas fighters on Israeli communities near the Gaza Strip. Most of them hold dual German-Israeli citizenship and lived in the kibbutzim of Be'eri, Nir Oz and Kfar Aza, which were overrun in the first hours of the attack. The family of Shani Louk, a 22-year-old tattoo artist from Baden-Württemberg, recognised her in a video showing her lying motionless on a pickup truck in Gaza. Israeli authorities say more than 1,200 people were killed and about 240 taken hostage. Israel's air force has since pounded targets across Gaza, and the health ministry there reports hundreds of dead. Chancellor Scholz said Israel's security was “a matter of German state interest” and the crisis team of the Foreign Office is meeting daily, Die Zeit reports.",
        "V T E",
        "massacre",
    ),
    (
        "Bundeswehr Flies Germans Out of Khartoum as Fighting Rages",
        "German military transport planes have flown more than 300 people out of Sudan since Sunday, the defence ministry said on Tuesday, as fighting between the army and the paramilitary Rapid Support Forces continued in Khartoum despite a declared truce. Paratroopers secured an airfield north of the capital, from where A400M aircraft shuttled evacuees to Jordan. Among those flown out were Germans, Sudanese with German residence and citizens of about 30 other countries. Evacuees described hearing heavy gunfire and air strikes for days while they sheltered at home without electricity. According to the World Health Organisation, at least 420 people have been killed since the fighting began ten days ago. The FAZ reports that the first rescue attempt on Wednesday had to be called off because the fighting around the airport was too heavy. Defence Minister Boris Pistorius said it was “one of the most difficult missions in recent years”.",
        "B M D",
        "evacuation",
    ),
    (
        "Suicide Bombing at Kabul Airport as German Airlift Ends",
        "Two suicide bombers and gunmen attacked crowds outside Kabul airport on Thursday evening, killing at least 60 Afghans and 13 US soldiers, hours after the last German aircraft left the Afghan capital. The local Islamic State affiliate claimed responsibility. Thousands of people had been waiting for days at the Abbey Gate in the hope of getting on one of the evacuation flights. Germany's airlift flew out 5,347 people from 45 countries over eleven days, including more than 4,000 Afghans, the Bundeswehr said. Many local staff who worked for German ministries and aid agencies were left behind, Der Spiegel reports. Foreign Minister Heiko Maas said the government would continue to try to get them out through neighbouring countries. The Taliban, which took control of Kabul on 15 August, condemned the attack.",
        "E T D",
        "suicide_bombing",
    ),
    (
        "Twelve German Soldiers Wounded in Car Bombing in Mali",
        "Twelve German soldiers serving with the UN mission in Mali were wounded, three of them seriously, when a suicide bomber drove a car packed with explosives into their patrol near Tarkint in the north-east of the country on Friday. A Belgian soldier was also injured. The troops had set up a temporary base to secure a damaged vehicle overnight. The seriously wounded were flown to the French base in Gao and then to Germany for treatment, the defence ministry said. No group has yet claimed the attack, but jihadists linked to al-Qaeda and the Islamic State are active in the region, the NZZ reports. Defence Minister Annegret Kramp-Karrenbauer cancelled her appointments and said the attack showed “how dangerous this mission is”. It was the most serious attack on German troops since the Bundeswehr left Afghanistan.",
        "E",
        "suicide_bombing",
    ),
    (
        "Taliban Storm Kunduz, Once Home to Germany's Biggest Camp",
        "Taliban fighters overran the northern Afghan city of Kunduz on Monday, raising their flag in the main square and freeing hundreds of prisoners from the city jail, in the insurgents' biggest victory since 2001. Afghan troops retreated to the airport outside the city, where government reinforcements were arriving on Tuesday, officials said. For ten years, until 2013, Kunduz was the base of the German army's largest provincial reconstruction team. Aid organisations said thousands of residents were fleeing towards Takhar and Baghlan. A doctor at the trauma hospital run by Médecins Sans Frontières told the Süddeutsche Zeitung that the wards were full of wounded. The German government said it was examining whether its remaining troops in Mazar-i-Sharif could help with training. Afghan officials say a counterattack backed by US air strikes is under way.",
        "B D H",
        "battle",
    ),
    (
        "UN Camp in Gao Hit by Mortars, German Troops Unhurt",
        "A UN camp in the northern Malian city of Gao that houses most of the German contingent was hit by several mortar rounds on Sunday evening, a Bundeswehr spokesman said. No German soldiers were injured, but two Egyptian peacekeepers were slightly hurt by shrapnel. The soldiers spent more than an hour in the bunkers while the camp's counter-battery radar tracked the launch site. An armed drone was sent up to search the area east of the city, the NZZ reports. Attacks with mortars and rockets on UN bases in Mali have become more frequent this year, and the UN counts more than 170 peacekeepers killed since the mission began. The Bundestag is due to vote on extending the mandate next month. Members of the defence committee have been told the threat from jihadist groups around Gao has increased.",
        "E",
        "shelling",
    ),
    (
        "Dnipro: Death Toll From Missile Strike on Apartment Block Rises to 40",
        "The number of people killed when a Russian missile struck a nine-storey apartment block in the Ukrainian city of Dnipro on Saturday has risen to 40, among them three children, regional officials said on Monday. Rescuers are still searching the rubble for about 30 missing people. The building, home to some 1,700 residents, had a whole section torn away. Ukraine's air force says the block was hit by a Kh-22 anti-ship missile, a weapon that is extremely imprecise against ground targets. Der Standard's correspondent spoke to a woman who was rescued from the ninth floor after 20 hours. In Berlin, the debate about supplying Leopard tanks to Kyiv gained new urgency, and the Greens and the FDP again urged the chancellor to decide. The Kremlin said Russian forces do not strike residential buildings.",
        "E V",
        "missile_strike",
    ),
    (
        "Iranian Missiles Over Tel Aviv: A Night in the Shelters",
        "Iran fired around 180 ballistic missiles at Israel on Tuesday evening, sending millions of people into shelters, the Israeli army said. Most were intercepted, but some struck near air bases in the south and in the centre of the country, and a Palestinian man was killed in Jericho by falling debris. Die Zeit's correspondent in Tel Aviv describes the blasts in the sky, the smell of burning in the streets and the silence when the sirens stopped. Iran's Revolutionary Guards said the strike was in revenge for the killing of Hezbollah leader Hassan Nasrallah in Beirut. The German Foreign Office condemned the attack and urged the remaining German nationals in Lebanon to leave. Israel's prime minister said Iran had made “a big mistake” and would pay for it. Flights to Ben Gurion airport were suspended until the morning.",
        "E",
        "missile_strike",
    ),
    (
        "Odesa Port Struck Again as Grain Deal Collapses",
        "Russian missiles and drones hit port facilities in Odesa and Chornomorsk for the second night in a row, destroying 60,000 tonnes of grain and damaging a terminal, Ukraine's agriculture ministry said on Thursday. Two people were killed and 27 injured in the city, including a nine-year-old, the regional governor said. A historic building in the old town also caught fire. The strikes came days after Moscow pulled out of the deal that allowed Ukraine to export grain across the Black Sea. The Neue Zürcher Zeitung reports that wheat prices on the Paris exchange rose by more than eight percent. Germany's agriculture minister, Cem Özdemir, accused Russia of “using hunger as a weapon”. The Russian defence ministry said it had carried out “retaliatory strikes” against places where naval drones were prepared.",
        "E",
        "missile_strike",
    ),
    (
        "Beirut Suburbs Pounded as German Family Counts Its Dead",
        "Israeli aircraft carried out more than 30 strikes on Beirut's southern suburbs overnight, flattening several residential buildings in what the army said were Hezbollah weapons depots and command centres. Lebanon's health ministry says more than 2,000 people have been killed in the country since the escalation began in September. Among the dead in a strike on the village of Jouaiya in the south is a 52-year-old man with German citizenship who had run a bakery in Berlin-Neukölln, his relatives told Der Tagesspiegel, quoted by the FAZ. His wife and two of their four children were killed with him. Hundreds of thousands of people have fled north or into Syria, and schools in Beirut have become shelters. The German Foreign Office has chartered further flights for its citizens. Hezbollah fired more than 100 rockets at northern Israel on Saturday.",
        "E V D",
        "airstrike",
    ),
    (
        "Kurdish and Turkish Groups Clash in German Cities Over Afrin Offensive",
        "Police in several German cities intervened on Saturday as protests against Turkey's military offensive on the Kurdish enclave of Afrin in northern Syria turned violent. In Cologne, officers used pepper spray after demonstrators attacked Turkish-run shops and threw bottles at police, and in Dortmund three people were injured when Kurdish and Turkish groups clashed at the train station. The interior ministry said it had recorded 37 attacks on Turkish mosques and associations since the start of the offensive, including arson attacks in Berlin, Itzehoe and Lauffen. The Turkish army and allied Syrian militias pushed further into Afrin on Saturday, and Kurdish officials said dozens of civilians had been killed in air strikes. Der Spiegel reports that the German government is under growing pressure over Leopard tanks seen in the fighting. Turkey's president said the operation would go on until the region was cleared.",
        "U B E",
        "clashes",
    ),
    (
        "Lützerath: Clashes as Police Clear Village, Activists Accuse Officers of Brutality",
        "Police and climate activists clashed on Saturday at the edge of the lignite mine near Lützerath, where a village is being cleared to make way for RWE's excavators. According to the police, some demonstrators broke away from a march of about 15,000 people and tried to reach the village, throwing stones and pyrotechnics. Officers used batons, pepper spray and water cannon, and more than 70 officers were injured, the Aachen police said. Organisers said dozens of protesters were hurt, some seriously, and accused the police of beating people on the head. The Frankfurter Allgemeine Zeitung reports that a police horse was seen charging into a group sitting in the mud. By Sunday the last two activists were still in a tunnel beneath the village. North Rhine-Westphalia's interior minister Herbert Reul said the violence by “a few hundred” could not be justified.",
        "U",
        "clashes",
    ),
    (
        "Aid Worker From Hamburg Among Seven Killed in Strike on Gaza Convoy",
        "A German aid worker is among seven staff of the charity World Central Kitchen killed when their convoy was hit by Israeli air strikes in Deir al-Balah in central Gaza on Monday night, the organisation said. The three vehicles had unloaded more than 100 tonnes of food at a warehouse and were clearly marked with the charity's logo. The dead also include citizens of Australia, Poland and Britain, a US-Canadian dual national and a Palestinian. Israel's army chief called the strike “a grave mistake” resulting from a misidentification at night. The charity has suspended its operations in Gaza, where the UN says parts of the population face famine. Der Spiegel reports that the German Foreign Office has demanded a full and transparent investigation. Aid agencies say at least 196 of their workers have been killed in the territory since October.",
        "E V H",
        "airstrike",
    ),
]
