"""dev187 positives (1 of 2): children's news that reports current organised violence or its
direct consequences: Ukraine, Gaza, Sudan, Myanmar, Niger, Syria, Afghanistan, Yemen, Nigeria,
DR Congo, Haiti, Israel and Iran, India and Pakistan (eval/README.md, section 1)."""

# (title, text, tag codes, kind)
POSITIVES = [
    (
        "What's happening in Ukraine? Russia launches attack on its neighbour",
        "Russia has launched a military attack on Ukraine, its neighbour in eastern Europe. "
        "Early on Thursday morning, Russian missiles hit army bases and airports in several "
        "Ukrainian cities, and Russian tanks rolled across the border from the north, the "
        "east and the south. Ukraine's president, Volodymyr Zelensky, said his country would "
        "defend itself. In the capital, Kyiv, many families spent the night in underground "
        "train stations, which are being used as shelters. Long queues of cars built up on "
        "the roads heading west, as people tried to reach safer towns or cross into "
        "neighbouring countries such as Poland and Romania. Why is this happening? Russia's "
        "leader, Vladimir Putin, does not want Ukraine to move closer to Western countries "
        "or to join NATO, a military alliance. Ukraine used to be part of the Soviet Union, "
        "a group of countries run from Moscow, until it became independent in 1991. In 2014, "
        "Russia took over Crimea, a peninsula in the south of Ukraine, and since then "
        "Russian-backed fighters have been battling Ukraine's army in the east of the "
        "country. Ukraine's government has told men aged 18 to 60 to stay and help defend "
        "the country. Leaders around the world have criticised the attack, and many say they "
        "will punish Russia with sanctions. Sanctions are rules that make it harder for a "
        "country to trade and do business with others. If you are worried about what you "
        "have seen or heard, it can help to talk to an adult you trust.",
        "E M D",
        "invasion",
    ),
    (
        "Kyiv children do their homework underground as missiles hit the city",
        "For many children in Kyiv, the last Friday of the year began on a platform deep "
        "under the ground. Russia fired more than 100 missiles and drones at cities across "
        "Ukraine overnight, in one of the biggest air attacks since the full-scale war "
        "began. In the capital, the air-raid sirens started before dawn, and families "
        "grabbed blankets, pets and school bags and hurried into metro stations. Loud "
        "explosions were heard across the city as Ukraine's air defences tried to shoot the "
        "missiles down. Homes, a shopping centre and a warehouse were among the buildings "
        "hit, and officials said dozens of people had been killed around the country. "
        "Sofiia, who is 11, told First News she always takes a colouring book and her tablet "
        'down to the shelter. "Sometimes we do lessons there, because school goes online '
        'when there are sirens," she said. An air-raid siren is a loud warning sound that '
        "tells people to get to a safe place quickly. Teachers in Kyiv say their pupils have "
        "got used to learning in basements, but that many of them are tired and anxious.",
        "E",
        "missile attack",
    ),
    (
        "Israel and Gaza: what's going on and why?",
        "A war has broken out between Israel and Hamas, a group that runs the Gaza Strip. On "
        "Saturday, Hamas fighters broke through the fence around Gaza and attacked towns, "
        "farms and a music festival in southern Israel. Israel says around 1,200 people were "
        "killed, most of them ordinary people, and more than 200 were taken back to Gaza as "
        "hostages. A hostage is someone who is captured and held, often to try to get "
        "something in return. The UK, the US and many other countries call Hamas a terrorist "
        "organisation. Israel has since carried out thousands of air strikes on Gaza and "
        "says it wants to destroy Hamas. Hamas has also fired thousands of rockets towards "
        "Israeli towns since Saturday. Gaza's health ministry, which is run by Hamas, says "
        "more than 2,000 people there have been killed, including many children. Israel has "
        "told more than a million people in the north of Gaza to move south, and the roads "
        "are packed with families carrying what they can. Gaza is a small, crowded strip of "
        "land by the sea, and its borders have been closed. Aid groups say water, food and "
        "fuel are running out. Israel and the Palestinians have argued over this land for "
        "more than 75 years. Both Israelis and Palestinians say the land is their home, and "
        "there have been several wars between Israel and groups in Gaza before. It is normal "
        "to feel upset by news like this, and Newsround has some tips on what to do if you "
        "are worried.",
        "T V E M D",
        "war",
    ),
    (
        "Aid groups warn children in Gaza are going hungry",
        "Aid groups are warning that children in Gaza are running out of food. Gaza is a "
        "small strip of land between Israel and Egypt, and it is home to around two million "
        "people. Since the war between Israel and Hamas began in October, most families "
        "there have had to leave their homes, and many now live in tents or crowded schools. "
        "Only a few trucks carrying food, water and medicine have been able to get in each "
        "day. This week the World Food Programme, a United Nations agency, said one of its "
        "convoys heading for northern Gaza had been turned back, and that people there were "
        "on the edge of famine. A famine is when many people in an area cannot get enough "
        "food to survive. Doctors at a hospital in Rafah told reporters they were treating "
        "babies for malnutrition, which means their bodies are not getting the nutrients "
        "they need to grow. Some countries, including the US and Jordan, have started "
        "dropping boxes of food from planes. Aid workers say the airdrops help a little, but "
        "that much more needs to come in by road. In the north, some families have been "
        "grinding animal feed to make bread. Unicef, the UN's children's agency, says almost "
        "every child under five in Gaza is not getting enough to eat. How can people help "
        "from far away? Several charities are collecting money to pay for food parcels and "
        "clean water.",
        "H D",
        "famine in war zone",
    ),
    (
        "Sudan: families escape as fighting spreads through Khartoum",
        "Fighting has broken out in Sudan, a large country in north-east Africa. It is "
        "between the country's army and a powerful armed group called the Rapid Support "
        "Forces, or RSF. The two sides used to share power, but they fell out over who "
        "should be in charge. Since Saturday there have been gun battles in the streets of "
        "the capital, Khartoum, and army warplanes have bombed RSF bases in the city. Many "
        "families have been stuck indoors with little food or water, and the electricity has "
        "been cut off in large parts of the city. Thousands of people have now fled, some by "
        "bus to Egypt and others across the border into Chad. Doctors say several hospitals "
        "have had to close because they have been damaged or have run out of supplies. "
        "Foreign governments are flying their own citizens out of the country. A three-day "
        "truce was agreed on Monday evening, but people in Khartoum said they could still "
        "hear shooting on Tuesday morning. A truce is a short break in fighting that both "
        "sides agree to.",
        "B E D H",
        "battle",
    ),
    (
        "Famine confirmed in Sudan camp where families fled the war",
        "Experts say there is now a famine in Zamzam, a huge camp in the Darfur region of "
        "Sudan where about half a million people live. Most of them arrived there after "
        "running away from the war that has been going on in Sudan since April last year. "
        "The camp is close to the city of El Fasher, which has been surrounded for months by "
        "the RSF, an armed group fighting against Sudan's army. That has made it very hard "
        "for trucks carrying food to get through. This week, aid workers said shells had "
        "landed inside the camp, hitting a market and a clinic run by volunteers. The "
        "charity Doctors Without Borders says that in the camp, children are dying because "
        "they do not have enough to eat. Famine is the most serious kind of food emergency, "
        "and it is only declared when experts have checked the numbers very carefully. The "
        "United Nations says Sudan now has more people forced from their homes than any "
        "other country in the world. It is asking the two sides to let aid through safely. "
        "Did you know? Sudan is the third-largest country in Africa.",
        "H D E V",
        "famine in war zone",
    ),
    (
        "Myanmar: protesters shot as army refuses to hand back power",
        "Police in Myanmar have fired at people protesting against the army, and several "
        "protesters have been killed. Myanmar is a country in South-East Asia, next to "
        "Thailand and India. On 1 February, the army took control of the country in what is "
        "called a coup. A coup is when a group, often the army, takes power from the "
        "government by force. The army arrested the country's leader, Aung San Suu Kyi, and "
        "other politicians. Since then, huge crowds have filled the streets of cities such "
        "as Yangon and Mandalay every day, many of them young people and students. At first "
        "the marches were peaceful, with people banging pots and pans and holding up three "
        "fingers, a salute from The Hunger Games films. But in recent days police have used "
        "tear gas, rubber bullets and real bullets to break up the crowds. On Sunday, the "
        "United Nations said at least 18 people had been killed. Many countries have "
        "criticised the army and are calling for Aung San Suu Kyi to be freed.",
        "U",
        "coup and crackdown",
    ),
    (
        "Soldiers take power in Niger as crowds set fire to embassy gate",
        "Soldiers in Niger have said they are now running the country, after holding the "
        "president, Mohamed Bazoum, inside his own home. Niger is a large country in West "
        "Africa, much of it covered by the Sahara Desert. The soldiers appeared on "
        "television on Wednesday night to say that the government had been removed. On "
        "Sunday, thousands of people marched through the capital, Niamey, to support the "
        "soldiers. Some of them broke away and attacked the embassy of France, which used to "
        "rule Niger as a colony. They pulled down a sign, threw stones and set fire to one "
        "of the embassy's gates. Police fired tear gas to push the crowd back, and several "
        "people were hurt. Countries in the region have told the soldiers to give power back "
        "to the president within a week. An embassy is an office in a foreign country where "
        "a government's officials work. Many people in Niger are worried about what will "
        "happen next.",
        "U",
        "coup and unrest",
    ),
    (
        "Syria's president flees as rebel fighters take the capital",
        "Rebel fighters in Syria say they have taken control of the capital, Damascus, and "
        "that the country's president, Bashar al-Assad, has fled. Syria is a country in the "
        "Middle East, and a civil war has been going on there since 2011. A civil war is a "
        "war between groups of people in the same country. Less than two weeks ago, the "
        "rebels began a surprise attack in the north-west of the country. They quickly "
        "captured Aleppo, Syria's second-biggest city, and then fought their way south "
        "through the cities of Hama and Homs. In many places the army's soldiers left their "
        "bases without putting up much of a fight. On Sunday morning, crowds gathered in the "
        "squares of Damascus to celebrate, and some people pulled down statues of the "
        "president's father. Russia, which had helped Mr Assad for years, said he had left "
        "the country. Millions of Syrians who fled the war are now living in other "
        "countries, and some of them say they hope to go home soon. Mr Assad's family had "
        "ruled Syria for more than 50 years, and many people who spoke out against them were "
        "put in prison. The rebels are led by a group called Hayat Tahrir al-Sham, or HTS, "
        "which used to be linked to al-Qaeda. Nobody yet knows who will run the country "
        "next.",
        "B",
        "rebel offensive",
    ),
    (
        "Explosion at Kabul airport as crowds try to leave Afghanistan",
        "A bomb has gone off outside the main airport in Kabul, the capital of Afghanistan, "
        "where thousands of people had been waiting to get on flights out of the country. "
        "Dozens of Afghans were killed, as well as 13 American soldiers who were guarding "
        "one of the gates. A group called Islamic State Khorasan, which is a terrorist "
        "group, said it had carried out the attack. The crowds had been squeezed together "
        "near a drainage ditch by the airport wall, hoping to show their papers to the "
        "soldiers. Afghanistan has been in the news since the Taliban took control of Kabul "
        "earlier this month. The Taliban is a strict group which ran the country before "
        "2001. Since then, more than 100,000 people have been flown out on military planes, "
        "including many children who travelled with only a backpack. Countries including the "
        "UK, the US and Germany say the flights will end in the next few days. President Joe "
        "Biden said the people who planned the attack would be hunted down. Many families "
        "who helped foreign armies say they are afraid to stay.",
        "T E V D",
        "airport bombing",
    ),
    (
        "School bus hit by air strike in Yemen",
        "Dozens of children have been killed in Yemen after an air strike hit a bus taking "
        "them on a school trip. The bus had stopped at a busy market in the town of Dahyan, "
        "in the north of the country, so the driver could buy water. Most of the children on "
        "board were between six and 11 years old. The charity Save the Children said the "
        "hospital it supports in the area had received the bodies of 29 children. The attack "
        "was carried out by warplanes from a group of countries led by Saudi Arabia, which "
        "has been fighting in Yemen since 2015. The group says it was aiming at fighters, "
        "but the United Nations has asked for an investigation. Yemen is a country at the "
        "southern tip of the Arabian Peninsula. The war there is between the government, "
        "backed by Saudi Arabia, and a rebel group called the Houthis. The UN says Yemen is "
        "one of the worst places in the world to be a child right now. News like this can be "
        "upsetting, so remember you can always talk to someone you trust.",
        "E V",
        "air strike",
    ),
    (
        "Gunmen take pupils from school in northern Nigeria",
        "More than 280 pupils and teachers have been taken from a school in Kuriga, a small "
        "town in the north-west of Nigeria. People in the town say dozens of gunmen arrived "
        "on motorbikes early on Thursday morning, just as the school day was about to start. "
        "They rounded up children from the primary and secondary school and forced them into "
        "the forest nearby. The gunmen belong to heavily armed groups which people in the "
        "area call bandits. These groups attack villages, steal cattle and kidnap people, "
        "and have killed thousands of people in the region in recent years. Nigeria's "
        "president, Bola Tinubu, said he had ordered soldiers and police to bring the "
        "children home. It is not the first time this has happened: in 2014, 276 schoolgirls "
        "were taken from the town of Chibok, and some of them have still not come home.",
        "V",
        "school abduction",
    ),
    (
        "Rebels take control of Goma as thousands flee in DR Congo",
        "A rebel group called M23 says it has taken control of Goma, the biggest city in the "
        "east of the Democratic Republic of Congo. For several days there has been heavy "
        "fighting between the rebels and Congo's army on the edge of the city. By Monday, "
        "M23 fighters were walking through the streets, and many soldiers had handed in "
        "their weapons. The United Nations says the rebels are supported by Rwanda, the "
        "country next door, which Rwanda denies. Hundreds of thousands of people were "
        "already living in camps around Goma because of earlier fighting, and many of them "
        "have now had to run again. Some families crossed into Rwanda, while others hid at "
        "home without electricity or running water. Hospitals in the city say they are full "
        "of people hurt in the fighting. Aid groups say food is running out and that they "
        "cannot reach the camps safely. Congo's government has accused Rwanda of invading "
        "its land, and protesters in the capital, Kinshasa, have gathered outside several "
        "embassies. Goma sits on the shore of Lake Kivu, next to a volcano called "
        "Nyiragongo. Around two million people live in the city, which is close to the "
        "border with Rwanda. Background: eastern Congo is rich in minerals that are used in "
        "phones and laptops, and many armed groups fight over the area.",
        "B D H",
        "rebel offensive",
    ),
    (
        "Haiti: families flee as gangs fight police for control of the capital",
        "Thousands more people in Haiti have fled their homes this week as armed gangs "
        "fought with police in the capital, Port-au-Prince. Haiti is a country in the "
        "Caribbean which shares an island with the Dominican Republic. Gangs control most of "
        "the capital, and several of them have now joined together to try to push out the "
        "government. Last weekend, gang members attacked the two biggest prisons and let "
        "thousands of prisoners out. They have also set fire to police stations and homes, "
        "and have shot at people in the streets. The United Nations says more than 15,000 "
        "people have been forced to leave their neighbourhoods since the start of the month. "
        "Many are sleeping in schools, churches and public squares. Most schools and "
        "hospitals in the city are closed. Haiti's prime minister, who was abroad when the "
        "violence began, has not been able to fly home because the airport is shut. Other "
        "countries are talking about sending police from Kenya to help restore order.",
        "B V D H",
        "gang war",
    ),
    (
        "Israel and Iran fire missiles at each other as fighting goes on",
        "Israel and Iran have been attacking each other for a fifth day, and people in both "
        "countries have been spending their nights in shelters. Last Friday, Israel sent "
        "warplanes to bomb Iran's nuclear sites and military bases. Israel says it did this "
        "because it believes Iran is trying to make a nuclear weapon, which Iran denies. "
        "Since then, Iran has fired hundreds of missiles at Israeli cities, and some have "
        "hit homes in Tel Aviv and Haifa. Most have been stopped by Israel's air defences, "
        "which shoot missiles down before they land. Israel has carried on bombing targets "
        "across Iran, including in the capital, Tehran. Officials in both countries say "
        "hundreds of people have been killed, most of them in Iran. Schools are closed in "
        "Israel, and many families in Tehran have driven out of the city to stay with "
        "relatives. The two countries are enemies, but they have rarely fought each other "
        "directly like this before. World leaders are calling for both sides to stop.",
        "E M D",
        "air campaign",
    ),
    (
        "India and Pakistan: schools close near the border after missile strikes",
        "Schools near the border between India and Pakistan have closed, and families in "
        "some villages have moved to safer places, after the two countries exchanged fire. "
        "Early on Wednesday, India fired missiles at nine places in Pakistan and in the part "
        "of Kashmir that Pakistan controls. India said it was targeting camps used by "
        "militants, after gunmen killed 26 tourists in the Indian town of Pahalgam last "
        "month. Pakistan said the missiles hit mosques and homes and killed civilians, "
        "including children. Since then, soldiers on both sides have been firing artillery "
        "shells across the Line of Control, the border that divides Kashmir between the two "
        "countries. In the Indian town of Poonch, several homes were destroyed by shells, "
        "and people have been sleeping in underground bunkers.",
        "E M D",
        "cross-border strikes",
    ),
]
