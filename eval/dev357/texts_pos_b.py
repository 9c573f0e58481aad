"""Positives, part B: North Korean troops in Russia's war, and Japanese and Korean nationals
caught in wars and attacks abroad, as the Japanese and Korean press in English reported them."""

from _parse import positives

DATA = """
@ B E | battle | North Korean soldiers killed in first combat in Kursk, NIS tells lawmakers
At least 100 North Korean soldiers deployed to Russia have been killed and about 1,000 wounded since they joined the fighting in the Kursk region this month, South Korea's spy agency told lawmakers Thursday.
The National Intelligence Service said the troops had been thrown into frontline assaults against Ukrainian forces with little knowledge of drone warfare, and had suffered heavy losses in open fields, according to lawmaker Lee Seong-kweun, who briefed reporters after the closed-door session.
Some of the casualties were caused by Ukrainian drone strikes and artillery, the agency was quoted as saying.
The NIS estimates that about 11,000 North Korean troops have been sent to Russia in exchange for military technology and cash.
Ukraine's military intelligence agency said earlier this week that its forces had killed and wounded North Korean soldiers in several villages in the region.
Pyongyang and Moscow have not publicly confirmed the deployment, and the Kremlin declined to comment on the report.
"Their lack of understanding of the battlefield environment is causing large casualties," Lee quoted the agency as saying.

@ B | battle | Zelensky says Ukraine captured two wounded North Korean soldiers in Kursk
President Volodymyr Zelensky said Saturday that Ukrainian forces had captured two North Korean soldiers in Russia's Kursk region, the first prisoners from the North taken alive since Pyongyang sent troops to fight for Moscow.
The two men were wounded and had been taken to Kyiv, where they were being questioned by the Security Service of Ukraine, Zelensky wrote on social media, posting photos of one with bandaged hands and another with a jaw injury.
South Korea's National Intelligence Service confirmed the capture on Sunday, saying it had been sharing information with Ukraine's intelligence agency.
One of the soldiers, born in 2005, told interrogators he had been told he was going to Russia for training rather than combat, the NIS said.
Ukrainian officials said Russian and North Korean troops had been trying to kill wounded North Koreans to stop them from falling into Ukrainian hands.
The Foreign Ministry in Seoul said the government would consider any request by the soldiers to come to South Korea under its constitution, which regards North Koreans as citizens.

@ B E | battle | NIS estimates North Korean casualties in Russia's war at about 4,700
About 4,700 North Korean soldiers have been killed or wounded fighting Ukrainian forces in the Kursk region, including roughly 600 dead, South Korea's National Intelligence Service said Thursday.
The agency told a parliamentary intelligence committee that the North Korean units had been pulled back from the front for more than a month after heavy losses in January, before returning to the fighting in recent days.
Many of the casualties were caused by drone attacks, and the troops have since been trained to use drones themselves, the NIS was quoted by lawmakers as saying.
The agency said it believed North Korea was preparing to send additional troops and had already sent more artillery shells and short-range ballistic missiles to Russia.
The NIS said Pyongyang appeared to be learning from the war, gaining battlefield experience that could change its own military doctrine.
Lawmakers said the agency had seen no sign that Russia had so far transferred nuclear or missile technology in return.
Ukraine says its forces have been facing North Korean infantry in repeated assaults around the town of Sudzha.

@ B M | battle | Pyongyang confirms for first time its troops fought in Russia's Kursk region
North Korea confirmed for the first time Monday that it sent troops to fight for Russia, saying its soldiers had helped "liberate" the Kursk region from Ukrainian forces on the orders of leader Kim Jong-un.
The Central Military Commission of the ruling Workers' Party said in a statement carried by the Korean Central News Agency that its units had "wiped out" Ukrainian occupiers under the mutual defense treaty signed with Moscow last year.
Kim was quoted as saying a monument to the fallen soldiers would soon be built in Pyongyang and that their families would be given preferential treatment.
The statement came two days after Russia's chief of general staff, Valery Gerasimov, praised the "heroism" of North Korean troops during the recapture of the region.
South Korea's Foreign Ministry said the admission was a confession of a war crime and a violation of UN Security Council resolutions.
The South's spy agency estimates that about 4,700 North Koreans have been killed or wounded in the fighting.
Ukraine has insisted its forces are still holding positions inside the Kursk region, despite Moscow's claim that the region has been fully retaken.

@ B | combat_death | Japanese volunteer killed fighting for Ukraine's army, Foreign Ministry says
A Japanese man who had joined Ukraine's armed forces as a volunteer has been killed in fighting in the east of the country, the Foreign Ministry said Wednesday, the first confirmed Japanese combat death in the war.
The man, in his 20s, was killed in the Donetsk region last month while serving in an international legion unit, Chief Cabinet Secretary Yoshimasa Hayashi told a news conference, without giving his name.
Ukrainian authorities informed the embassy in Kyiv of the death, and the government was working to return his remains to his family, Hayashi said.
A comrade told NHK that the man had been hit by mortar fire near Bakhmut while his unit was holding a trench line.
Japan has told its citizens not to travel to Ukraine for any reason, and officials have repeatedly urged people not to join the fighting.
The Japan Times reported that about 70 Japanese had applied to serve in Ukraine's foreign legion in the weeks after Russia's invasion.

@ B | combat_injury | Former Navy SEAL Lee Keun says he was injured fighting in Ukraine
Lee Keun, a former South Korean Navy SEAL officer who went to fight for Ukraine in defiance of a government travel ban, said Tuesday that he had been injured during combat near Kyiv and was receiving treatment.
Lee, a popular YouTuber, said in an Instagram post that he had hurt his knee during a reconnaissance mission in Irpin and that members of his unit had come under fire from Russian troops.
"We fought, and we survived," he wrote, adding that two foreign volunteers in his team had been wounded in the firefight.
The Foreign Ministry said it was aware of the post and would deal with the matter according to law, since travel to Ukraine without permission violates the Passport Act.
Lee, who left for Ukraine in early March, said he planned to return home once his treatment was over and was ready to face investigation.
Police said they had been notified of his departure and would question him on his return.

@ E | missile_strike | Russian missiles hit Kyiv; Korean embassy building damaged, no Koreans hurt
Russian cruise missiles and drones struck Kyiv on Monday morning, killing at least 11 people and damaging the building that houses South Korea's embassy, the Foreign Ministry in Seoul said.
Windows on several floors of the embassy were shattered by the blast wave from a strike on a nearby business center, but no diplomats or local staff were hurt, a ministry official told reporters.
Embassy staff had moved to a shelter when air raid sirens sounded and were later relocated to a temporary office, the official said.
Ukrainian officials said the attack was one of the largest on the capital in months, with explosions heard across the city during the morning rush hour.
The Foreign Ministry said it had checked on the safety of about 40 South Koreans believed to be staying in Ukraine, and that none had been reported hurt.
Vice Foreign Minister Kim Hong-kyun called the Russian ambassador to protest, the ministry said.

@ V T | execution | IS video appears to show killing of Japanese journalist Kenji Goto
The Islamic State group released a video late Saturday that appeared to show the beheading of Japanese freelance journalist Kenji Goto, prompting outrage in Tokyo and grief in his home town.
Goto, 47, had traveled to Syria in October, reportedly to try to secure the release of Haruna Yukawa, a Japanese man captured by the militants in August and killed last week.
Prime Minister Shinzo Abe condemned what he called a "heinous act of terrorism" and said Japan would never give in to terrorists.
"I feel strong indignation at this despicable act," Abe told reporters at his official residence early Sunday.
The government had been working with Jordan to secure Goto's release in exchange for an Iraqi woman on death row, but the talks collapsed.
Goto was known for his reporting on children and refugees in war zones, NHK said.
His mother, Junko Ishido, told reporters her son had gone to Syria "with a spirit of kindness and courage."

@ T V | terrorist_attack | Seven Japanese among 20 hostages killed in Dhaka cafe siege
Seven Japanese nationals were among the 20 hostages killed when gunmen stormed a cafe in Dhaka's diplomatic quarter, the Japanese government said Saturday.
The victims, five men and two women, were consultants working on transport projects funded by the Japan International Cooperation Agency, Chief Cabinet Secretary Yoshihide Suga said.
One Japanese man was wounded and rescued when Bangladeshi commandos ended the siege of the Holey Artisan Bakery after about 12 hours, killing six of the attackers.
The Islamic State group claimed responsibility for the attack, saying it had targeted "citizens of crusader countries."
Prime Minister Shinzo Abe said that "innocent people have lost their lives in a despicable act of terrorism," and he dispatched a senior foreign ministry official to Dhaka.
Witnesses said the gunmen had singled out foreigners, sparing hostages who could recite verses of the Koran.
JICA suspended its field work in Bangladesh and told its staff to stay at home.

@ T V | terrorist_attack | Three Japanese tourists among dead in Tunis museum attack
Three Japanese women were killed and three more Japanese were injured when gunmen opened fire on tourists at the Bardo National Museum in Tunis, the Foreign Ministry said Thursday.
The attackers, dressed in military-style uniforms, fired on visitors getting off tour buses and then took hostages inside the museum, killing at least 20 foreigners before Tunisian security forces stormed the building.
One of the injured Japanese, a woman in her 30s, told NHK from her hospital bed that she had been shot in the ear and neck while trying to flee.
Prime Minister Shinzo Abe said he was "filled with anger" at the "despicable act of terrorism" and promised to work with Tunisia to combat extremism.
The Islamic State group later claimed the attack, though Tunisian officials blamed a local militant cell.
Japan's embassy in Tunis sent staff to hospitals to help the families of the victims, and travel agencies canceled tours to Tunisia.

@ V | killing | Japanese doctor Tetsu Nakamura shot dead in eastern Afghanistan
Tetsu Nakamura, a Japanese doctor who spent more than three decades helping Afghans build irrigation canals, was shot dead in an attack on his vehicle in the eastern city of Jalalabad on Wednesday, officials said.
Gunmen fired on the car carrying Nakamura, 73, along with his driver and four bodyguards, killing all five Afghans, provincial officials told Kyodo News.
Nakamura was wounded in the chest and died while being flown to a military hospital in Bagram.
No group immediately claimed responsibility, and the Taliban denied any involvement.
The head of the aid group Peshawar-kai, which Nakamura led in Afghanistan, said members in Fukuoka were stunned by the news.
President Ashraf Ghani laid a wreath on his coffin in Kabul, calling him a national hero of Afghanistan.
Nakamura was granted honorary Afghan citizenship last year for his work on canals that brought water to thousands of hectares of farmland in Nangarhar Province.

@ M V | hostage_rescue | South Korean woman freed in French commando raid in Burkina Faso
A South Korean woman held hostage by militants in the Sahel has been freed in a French military raid in northern Burkina Faso that cost the lives of two French commandos, the Foreign Ministry in Seoul said Saturday.
The woman, in her 40s, had been abducted along with two French tourists and an American woman and held for about 28 days, the ministry said.
French special forces stormed the kidnappers' camp overnight Thursday, killing four of the captors, according to the French defense ministry.
Two French navy commandos were killed in the raid, and the four hostages were flown to Paris.
Officials in Seoul said they had been unaware the woman was being held until the rescue, since she had not registered her trip with the embassy.
The government expressed its deep gratitude to France and its condolences for the soldiers killed in the operation, Yonhap News Agency reported.

@ B D | evacuation | SDF aircraft fly Japanese nationals out of Sudan as fighting grips Khartoum
About 45 Japanese nationals and their family members were evacuated from Sudan to neighboring Djibouti aboard a Self-Defense Forces transport plane as fighting between the army and a paramilitary group raged in Khartoum, the government said Tuesday.
The evacuees traveled in a convoy from the capital to Port Sudan on the Red Sea coast, a journey of about 850 kilometers, before boarding the C-2 aircraft, officials said.
Chief Cabinet Secretary Hirokazu Matsuno said the operation was carried out in cooperation with France, South Korea and other countries.
Clashes between the Sudanese Armed Forces and the Rapid Support Forces have killed more than 400 people and sent tens of thousands of residents fleeing the capital, according to the World Health Organization.
Japanese residents told NHK they had been trapped for days in their homes by gunfire and airstrikes, with power and water cut off.
A handful of Japanese nationals who wanted to stay in Sudan remained in the country, the ministry said.

@ T D | evacuation | Military aircraft brings Koreans home from Israel after Hamas attack
A South Korean Air Force KC-330 tanker transport landed at Seoul Air Base on Saturday carrying 163 South Koreans who had been stranded in Israel since Hamas militants launched a surprise attack from Gaza last week.
The plane also carried 51 Japanese nationals and their families at the request of Tokyo, officials said.
Hamas fighters killed about 1,300 people in Israel in the attack and took some 200 people hostage, according to Israeli authorities, and Israel has since pounded the Gaza Strip with airstrikes.
Many of the South Koreans were pilgrims and tourists who had been unable to leave after airlines suspended flights to Tel Aviv.
"We heard the sirens every day and hid in shelters," one evacuee told reporters at the airport.
The Foreign Ministry said about 400 South Koreans remained in Israel and that it would consider further flights if needed.

@ E D H | evacuation | JICA staff leave Gaza through Rafah crossing amid Israeli bombardment
Ten Japanese nationals, including staff of the Japan International Cooperation Agency, left the Gaza Strip through the Rafah crossing into Egypt on Wednesday, Foreign Minister Yoko Kamikawa said.
The group had been sheltering in southern Gaza since Israel began its bombardment of the enclave in response to the Oct. 7 attack by Hamas, which has killed thousands of Palestinians, according to the Gaza health ministry.
Some of the Japanese were accompanied by their Palestinian family members, officials said.
JICA said its local staff remained in Gaza, where food, water and fuel were running out and hospitals were struggling to function.
Kamikawa said Japan would provide $10 million in emergency humanitarian aid for Gaza, to be channeled through international organizations.
Japanese aid groups said they had lost contact with some of their Palestinian colleagues during communications blackouts.

@ V | hijacking | Houthis seize Japanese-operated car carrier in Red Sea, hold 25 crew
Yemen's Houthi rebels seized a car carrier operated by Japan's Nippon Yusen in the southern Red Sea on Sunday and took its 25 crew members to a Yemeni port, the Japanese government said.
Armed men dropped by helicopter onto the deck of the Galaxy Leader, a video released by the group showed, and forced the ship to sail to Hodeidah.
No Japanese were among the crew, who come from the Philippines, Bulgaria, Ukraine, Mexico and Romania, officials said.
Chief Cabinet Secretary Hirokazu Matsuno condemned the seizure "in the strongest terms" and said Tokyo was in direct contact with the Houthis to seek the release of the ship and crew.
The Houthis said they would target all ships linked to Israel in solidarity with Gaza, and the vessel's owner is a company linked to an Israeli businessman.
Shipping companies said they were reviewing routes through the Bab el-Mandeb Strait.

@ E D | evacuation | Koreans flown out of Beirut on military plane as Israeli strikes intensify
South Korea flew 96 of its nationals and their families out of Lebanon on a military aircraft on Saturday as Israeli airstrikes pounded Beirut's southern suburbs and the south of the country, the Foreign Ministry said.
The Air Force KC-330 left Beirut's Rafic Hariri International Airport for Seoul Air Base, where it is due to land early Sunday, officials said.
Israel has been carrying out waves of airstrikes on what it says are Hezbollah targets, and Lebanese authorities say more than 1 million people have fled their homes in the past two weeks.
The plane also carried several Japanese nationals at Tokyo's request, Yonhap News Agency said.
The ministry said about 30 South Koreans, many of them married to Lebanese, had chosen to remain in the country.
"We could hear the explosions every night from our apartment," one evacuee said before boarding.

@ E D | evacuation | Japanese nationals leave Iran overland as Israeli strikes continue
Dozens of Japanese nationals living in Iran left the country by bus for Azerbaijan on Thursday as Israel pressed on with airstrikes on Tehran and other cities, the Foreign Ministry said.
The group of 21 Japanese and their family members crossed at the Astara border post after a journey of about 500 kilometers from Tehran, ministry officials said.
Israeli strikes on nuclear and military sites have killed more than 200 people in Iran, according to Iranian officials, while Iranian missile barrages have killed at least 24 people in Israel.
Many residents of Tehran have fled the capital to towns near the Caspian Sea, and long lines have formed at gas stations.
Airspace over Iran remains closed, leaving land routes as the only way out, the ministry said.
The Self-Defense Forces have sent transport aircraft to Djibouti in case further evacuations are needed, Defense Minister Gen Nakatani said.
"""

POSITIVES = positives(DATA)
