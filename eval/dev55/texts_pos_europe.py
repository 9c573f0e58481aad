"""dev55 positives: Europe, Russia and the Caucasus (Ukraine and Russia, Armenia and Azerbaijan,
Kosovo, Northern Ireland, Georgia, Serbia, Germany, Britain), in the register of analysis,
explainers, columns, obituaries and fact-checks that report a current event of armed conflict or
political violence, or its direct human consequences.
POSITIVES = [(title, text, tag codes, kind), ...]; tag codes from eval/conflictset (TAG_CODES)."""

POSITIVES = [
    (
        "Analysis: Why Russia has turned its missiles on Ukraine's gas fields",
        "For two winters Moscow aimed mostly at power stations; this autumn its target list has shifted to the wells and compressor stations that keep Ukrainian homes warm. Analysts say the aim is to force Kyiv to import gas it cannot afford before the cold sets in. The latest wave came on Wednesday night, when Russia's air campaign sent 35 missiles and some 60 drones at production sites in the Poltava and Kharkiv regions, and the state energy company said two of its workers were injured. Output at the largest field has been cut by half, according to traders. Kyiv has asked European partners to help pay for emergency imports before the heating season.",
        "E M",
        "strikes_on_energy",
    ),
    (
        "What we know about the drone that hit a Kyiv apartment block",
        "A Shahed-type drone struck the upper floors of a 16-storey building in the Solomianskyi district shortly after 3am on Sunday, Kyiv's military administration said. Three people were killed, including a 12-year-old girl, and 14 were injured. Air defence units said they had shot down most of the 80 drones launched overnight, but debris also fell on two schools.",
        "E",
        "drone_strike",
    ),
    (
        "Letter from Kharkiv: the glide bombs come at lunchtime now",
        "You learn the sounds quickly here: the rising whistle of a glide bomb is different from the thud of a missile, and neither gives you time to reach the basement. On Monday one fell on a printing house two streets from my flat, and the regional governor said seven of the people working there were killed. By evening the neighbours were sweeping glass off the pavement and the café on the corner had reopened. Nobody I spoke to is planning to leave. The city's metro stations have started hosting school classes again. It is not courage, a neighbour told me; it is simply where we live.",
        "E",
        "glide_bomb_strike",
    ),
    (
        "Analysis: Russia's slow grind towards Kostiantynivka enters a new phase",
        "Moscow has spent most of the year trying to reach Kostiantynivka, one of the last towns in the Donetsk region still held by Kyiv, and the pace has now quickened. Russian units have been working around the town from the south and east for months, using small groups of infantry to slip between Ukrainian positions and drones to cut the roads that supply them. In the past week Russian assault groups have pushed into the eastern outskirts on motorbikes and light vehicles, a Ukrainian brigade spokesman said, and street fighting has been reported near the railway station. The local administration urged the remaining 9,000 residents to leave, and evacuation teams say they can reach only some districts. Military bloggers on both sides say the Russian aim is to cut the road to Druzhkivka from the north-west.",
        "B M D",
        "offensive",
    ),
    (
        "Obituary: Andriy Melnyk, the photographer who would not leave the Donbas",
        "Andriy Melnyk, who photographed the war in eastern Ukraine from its first weeks in 2014, was killed on Saturday when a Russian drone struck his car near Druzhkivka, his agency said. The vehicle was marked as a press car, and a colleague travelling with him was seriously wounded. He was 44. Melnyk's pictures of Sloviansk and Debaltseve won him international prizes, but he always said he preferred working for Ukrainian papers. He is survived by his mother and a daughter.",
        "E V",
        "attack_on_journalists",
    ),
    (
        "Analysis: Kyiv's long-range drones are hurting Russia's refineries",
        "Ukraine's campaign against Russian oil processing has moved from an irritant to a real constraint on the economy, fuel traders say. Ukrainian drones struck the Volgograd refinery again on Sunday, the regional governor said, setting a distillation unit on fire, and Ukraine's general staff claimed the attack as its own. It was the third hit on the plant this month.",
        "E M",
        "drone_strike",
    ),
    (
        "Fact check: Yes, this video shows Tuesday's missile strike on Sumy's bus station",
        "A video shared thousands of times online with the claim that it was filmed in Syria years ago is genuine and recent, our verification team found. The footage matches the layout of the central bus station in Sumy, and shadows and a timestamped dashcam clip place it on Tuesday morning, when a Russian ballistic missile hit the forecourt as passengers were boarding. Regional officials said 11 people were killed and 40 wounded. Russia's defence ministry said it had struck a gathering of soldiers, a claim for which we found no evidence.",
        "E V M",
        "missile_strike",
    ),
    (
        "Who is still leaving Kupiansk, and who stays",
        "Every day this week, volunteer drivers have gone into Kupiansk under shellfire and brought out between 40 and 60 people, most of them elderly, the regional administration said. The town has had no gas or running water since the summer, and Russian artillery hits the centre daily. Those who stay say they fear the cramped dormitories in Kharkiv more than the shells. Aid groups at the reception point in Balakliia say arrivals are exhausted and many need medicines they have gone without for weeks. Officials estimate that fewer than 2,000 residents remain in the town, down from 27,000 before the war.",
        "D H E",
        "evacuation",
    ),
    (
        "Belgorod's border villages are emptying out as drone attacks grow",
        "The regional government has stopped publishing how many people remain in Shebekino, but the picture from the town is of shuttered shops and buses running half empty. On Thursday a Ukrainian drone struck a minibus on the road out of town, killing two passengers, the governor said. Officials say more than 1,500 residents of border villages have been moved to temporary housing in Belgorod and Stary Oskol this year.",
        "E D",
        "drone_strike",
    ),
    (
        "EU drafts new sanctions package after deadly strike on Ternopil",
        "European officials said on Friday that the proposal, the bloc's 19th sanctions package against Russia, would target more than a hundred tankers of the so-called shadow fleet, two Chinese refineries that buy Russian crude and a bank in Central Asia accused of helping companies evade earlier measures. It would also lower the price cap on Russian oil and ban imports of liquefied natural gas from 2027, a year earlier than planned. The package was drafted in the days after a Russian missile and drone attack on Ternopil on Wednesday morning killed at least 31 people in two apartment blocks, among them six children. Rescuers were still recovering bodies from the rubble on Friday. Diplomats said Hungary and Slovakia had not yet said whether they would back it, and that unanimity would be hard to reach before the summer.",
        "E",
        "missile_strike",
    ),
    (
        "Drone strikes training centre at Zaporizhzhia nuclear plant, IAEA says",
        "The UN nuclear watchdog said on Friday that a drone had hit the roof of a training building just outside the perimeter of the Zaporizhzhia plant, injuring one worker, and that its inspectors on site had heard the explosion. No reactor was affected, the agency said, but its director general called the attack reckless. The Russian-installed management blamed Ukraine; Kyiv did not comment. The plant's six reactors have been in cold shutdown since 2022, and its supply of outside power has been cut several times. The agency's inspectors asked both sides to stop all military activity near the site.",
        "E",
        "drone_strike",
    ),
    (
        "Kyiv opera opens its season hours after ballistic missiles hit the left bank",
        "The National Opera went ahead with its season premiere of Natalka Poltavka on Saturday evening, with a full house, a stage manager briefed on the route to the shelter and an announcement before the overture telling the audience where to go if the sirens sounded. The day had begun with a barrage of ballistic missiles on the city's left bank that killed four people in the Darnytskyi district, the mayor said, and cut power to some 30,000 homes. Several singers came straight from helping neighbours board up windows, and the orchestra's second oboist played with a bandaged hand. The production, the first new staging of the Kotliarevsky classic in twenty years, drew ten minutes of applause. The director said cancelling was never considered.",
        "E",
        "missile_strike",
    ),
    (
        "Analysis: Azerbaijan's push into Armenia is a test for Moscow's alliance",
        "Fighting that began before dawn on Tuesday along Armenia's eastern border is the worst since the 2020 war, and it is taking place on Armenian territory, not in Nagorno-Karabakh. Yerevan said at least 49 of its soldiers were killed as Azerbaijani forces shelled Jermuk, Goris and Vardenis with artillery and drones, while Baku said it lost 50 troops repelling what it called provocations. Armenia has asked the Russian-led security alliance for help, and its answer will show how much that alliance is worth. Washington and Paris called for the fighting to stop, and Moscow said it was in contact with both sides.",
        "B E M",
        "border_clash",
    ),
    (
        "The last road out of Nagorno-Karabakh",
        "The queue of cars on the Lachin road has barely moved in three days. Since Azerbaijan's one-day offensive last week, which ended with the region's forces agreeing to disarm, more than 100,000 Armenians have crossed into Armenia, nearly the whole population, officials in Yerevan said. At the reception centre in Goris, families who have run out of fuel and food are sleeping in cars and school gyms. Many say they will never see their villages again. The Azerbaijani government says the Armenians are free to stay as citizens. Almost nobody in the queue believes it.",
        "D H M",
        "exodus",
    ),
    (
        "Analysis: What the clashes in Zvecan mean for Kosovo's north",
        "The violence on Monday outside the town hall in Zvecan has undone months of careful diplomacy. Serb protesters trying to stop newly elected ethnic Albanian mayors from entering threw stones, bottles and petrol bombs at NATO peacekeepers, who answered with shields and stun grenades. KFOR said 30 of its soldiers were injured, some with fractures and burns, and about 50 protesters were hurt.",
        "U",
        "riot",
    ),
    (
        "Derry pipe bomb is a reminder that the dissident threat has not gone away",
        "Police in Northern Ireland say the device left outside a house in the Creggan area on Sunday night was viable and could have killed the family inside, who were evacuated with their neighbours. Detectives are investigating under the Terrorism Act and said the New IRA was their main line of inquiry. The attack comes as MI5 is weighing whether to lower the threat level. Security sources say the group has fewer than 100 active members but retains access to explosives.",
        "E T",
        "bombing",
    ),
    (
        "Night after night on Rustaveli Avenue, the crackdown hardens",
        "A week into the protests against the government's decision to freeze talks on joining the EU, the police in Tbilisi have changed tactics. On Saturday night riot units fired water cannon and tear gas to clear the avenue outside parliament and then chased protesters into side streets, beating several, the ombudsman's office said. The interior ministry said 40 people were detained and 12 police officers injured by fireworks. Opposition leaders say the crackdown is designed to exhaust the movement before the new year. Several journalists were among those beaten, their press vests no protection.",
        "U",
        "crackdown",
    ),
    (
        "Analysis: Serbia's student movement meets the masked men",
        "For months the protests that began after the Novi Sad station canopy collapse were remarkable for their calm. That changed on Wednesday night, when groups of masked men attacked students blocking a street outside the faculty of philosophy in Novi Sad with bats and flares. Riot police then fired tear gas and stun grenades into the crowd, and hospital officials said 16 people were treated for injuries.",
        "U",
        "crackdown",
    ),
    (
        "What we know about the attack on Crocus City Hall",
        "Gunmen in camouflage opened fire on concertgoers at the Crocus City Hall near Moscow on Friday evening before setting the building on fire, killing at least 133 people, Russia's Investigative Committee said, and it opened a terrorism case. Islamic State's Afghan branch claimed the attack. Four suspects were detained in the Bryansk region on Saturday.",
        "V T",
        "terror_attack",
    ),
    (
        "Analysis: Dagestan's Sunday of attacks shows the Islamist threat is back",
        "Gunmen attacked two Orthodox churches, a synagogue and a police post in Derbent and Makhachkala on Sunday evening, killing an elderly priest and at least 15 police officers, the region's authorities said. Five attackers were killed in the gunfights that followed, and investigators opened a terrorism case. The attackers included two sons of a local district chief. Analysts say the Caucasus has become a recruiting ground for Islamic State's Afghan branch. The region's head declared three days of mourning.",
        "V T B",
        "attack_on_worshippers",
    ),
    (
        "Poltava strike raises hard questions about how Ukraine protects its recruits",
        "Two ballistic missiles hit the Military Institute of Communications in Poltava on Tuesday, in the deadliest single strike on Ukrainian forces this year. Officials said 51 people were killed and more than 200 injured, many of them cadets who had gathered in a courtyard. Russia's defence ministry said it had carried out the strike. Ukrainian lawmakers have demanded to know why so many people were assembled in the open while an air-raid alert was in force.",
        "E M",
        "missile_strike",
    ),
    (
        "What we know about the Solingen knife attack",
        "A man attacked people at random with a knife at a street festival marking the city's 650th anniversary in Solingen on Friday evening, killing three and seriously wounding eight, police said. A 26-year-old Syrian man turned himself in on Saturday, and federal prosecutors took over the case as a suspected act of terrorism after Islamic State claimed the attack.",
        "V T",
        "terror_attack",
    ),
    (
        "Analysis: The mass arrests in Parliament Square will test Britain's protest law",
        "On Saturday afternoon police arrested 532 people in Parliament Square, most of them sitting quietly on the grass with cardboard signs supporting Palestine Action, the group the government banned under terrorism law in July. Officers carried away elderly protesters one by one, and the Metropolitan Police said it was the largest number of arrests in a single day in a decade. Organisers say they will return with more people next month.",
        "U",
        "mass_arrests",
    ),
    (
        "Analysis: Russia returns to the double-tap strike",
        "The missile strikes on Kharkiv's Saltivka district, which killed at least 12 people on Tuesday, among them two rescuers who arrived after the first explosion, suggest that Moscow has gone back to a tactic it used in Syria: hitting the same spot again once emergency crews are at work. Ukraine's emergency service says it has recorded more than 30 such repeat strikes this year, and it has begun making its crews wait before approaching a site. Human rights lawyers say the practice, if deliberate, is a war crime. Russia says it strikes only military targets.",
        "E V",
        "double_tap_strike",
    ),
    (
        "Lviv's Field of Mars is running out of room",
        "When the city set aside a corner of Lychakiv cemetery for soldiers killed in the war, officials thought a few hundred graves would be enough. The Field of Mars now holds more than 800, and the city council voted last month to open a new military cemetery on the edge of town. On Saturday another funeral procession came through the gates: a 23-year-old drone operator from Lviv who was killed on Wednesday when a Russian drone struck his position near Pokrovsk, his brigade said. Mourners knelt along the street as the coffin passed. His mother asked that his grave face east.",
        "E",
        "drone_strike",
    ),
]
