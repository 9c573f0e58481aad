"""dev187 positives (2 of 2): the Kakhovka dam, Lebanon, Mozambique, Burkina Faso, Tigray, Kenya,
Bangladesh, the English riots, Karabakh, the Rohingya, Mogadishu, Kyiv's children's hospital,
the Thai-Cambodian border, Mosul and Christchurch (eval/README.md, section 1)."""

# (title, text, tag codes, kind)
POSITIVES = [
    (
        "Ukraine: thousands leave their homes after huge dam is destroyed",
        "Thousands of people in southern Ukraine have had to leave their homes after a huge "
        "dam on the Dnipro river was destroyed. The Kakhovka dam held back a reservoir so "
        "big that it looked like a sea. Early on Tuesday it burst, and water rushed "
        "downstream, flooding towns and villages along the river. Ukraine says Russian "
        "forces, who control the dam, blew it up on purpose, while Russia blames Ukraine. "
        "Rescue workers used boats to carry people, and their pets, out of flooded houses in "
        "the city of Kherson. Officials said Russian shelling continued while the rescues "
        "were going on, and some volunteers had to take cover. A zoo on an island in the "
        "river was completely flooded. The dam also supplied water to farms and to a nuclear "
        "power station, and experts say many people could be left without clean drinking "
        "water. The United Nations says it is sending water, food and medicine. Do you know "
        "what a reservoir is? It is a large lake, often made by people, that is used to "
        "store water.",
        "E D H",
        "dam destruction",
    ),
    (
        "Lebanon: schools become shelters as families flee air strikes",
        "Schools in Lebanon's capital, Beirut, were supposed to open for the new year this "
        "week, but many of them are now full of families who have fled air strikes. Israel "
        "has carried out hundreds of strikes on villages and towns in the south and east of "
        "Lebanon since Monday. It says it is targeting Hezbollah, an armed group based in "
        "Lebanon, which has been firing rockets into northern Israel. Lebanese officials say "
        "more than 500 people have been killed, and the roads north to Beirut were jammed "
        "for hours with cars piled high with mattresses. In one school, classrooms have "
        "become bedrooms, and volunteers are cooking meals in the playground. Lebanon's "
        "education minister said the start of the school year would be delayed. Hezbollah "
        "has continued to fire rockets towards Israel, and sirens have sounded in the city "
        "of Haifa. Many people in Lebanon are worried that the fighting will get worse. "
        "Lebanon is a small country on the Mediterranean Sea, next to Israel and Syria.",
        "E M D",
        "air campaign",
    ),
    (
        "Families escape by boat after attack on Mozambique town",
        "Thousands of people have escaped from the town of Palma in northern Mozambique "
        "after it was attacked by armed fighters. Mozambique is a country on the south-east "
        "coast of Africa. The fighters, who have links to the group called Islamic State, "
        "stormed the town last Wednesday. Some people hid in the bush for days with no food, "
        "while others squeezed onto fishing boats and sailed south to the city of Pemba. The "
        "charity Save the Children said it had heard that children were among the people "
        "killed. Workers from other countries were trapped in a hotel, and some were killed "
        "as they tried to escape in a convoy of cars. The fighters have been attacking "
        "villages in the province of Cabo Delgado since 2017, and the government calls them "
        "terrorists. The United Nations says nearly 700,000 people in the province have "
        "already had to leave their homes. Aid workers in Pemba are handing out food, "
        "blankets and clean water to new arrivals. Many children arrived without their "
        "parents, and volunteers are helping them find their families.",
        "T V D H",
        "insurgent attack",
    ),
    (
        "Thousands of schools shut in Burkina Faso as armed groups attack",
        "More than 6,000 schools in Burkina Faso are now closed because of attacks by armed "
        "groups, according to the United Nations children's agency, Unicef. That means "
        "around one million children cannot go to school. Burkina Faso is a country in West "
        "Africa, on the southern edge of the Sahara Desert. Armed groups linked to al-Qaeda "
        "and Islamic State have been attacking towns and villages there for several years. "
        "They are against schools that teach in French, and they have threatened teachers "
        "and burned down classrooms. Last week, gunmen set fire to a primary school in the "
        "north of the country and told the teachers not to come back. Many families have "
        "fled to bigger towns, where some children are now taking lessons in tents. Unicef "
        "says some teachers are running lessons on the radio so children can still learn at "
        "home. A girl named Awa, who is 12, said she misses her friends and her maths "
        'lessons. "I want to be a teacher one day," she said.',
        "T V D",
        "attacks on schools",
    ),
    (
        "Tigray: warnings of hunger as fighting goes on in Ethiopia",
        "The United Nations says more than 350,000 people in the Tigray region of Ethiopia "
        "are facing famine. Ethiopia is a large country in the Horn of Africa, and Tigray is "
        "a region in the north. Fighting began there in November last year between "
        "Ethiopia's government and forces from Tigray. This week, Tigrayan fighters took "
        "back the regional capital, Mekelle, after heavy fighting, and government soldiers "
        "left the city. Hundreds of thousands of people have been forced from their homes "
        "during the war, and many are living in schools and camps. Farmers were not able to "
        "plant their crops because of the fighting, so there is very little food. Aid groups "
        "say their trucks have been stopped on the roads and that a key bridge has been "
        "destroyed. Unicef says tens of thousands of children could die from hunger if help "
        "does not arrive soon. The United States and the European Union are asking both "
        "sides to agree to a ceasefire. A ceasefire is when both sides agree to stop "
        "fighting. Tigray's forces say they will keep fighting until all outside troops have "
        "left the region. Phone lines and the internet have been cut off in Tigray, so it is "
        "hard for families abroad to get news.",
        "B H D",
        "civil war",
    ),
    (
        "Kenya: parliament set on fire as protests turn violent",
        "Protesters in Kenya broke into the country's parliament on Tuesday and set part of "
        "the building on fire. Young people have been protesting for two weeks against plans "
        "to raise taxes on everyday things such as bread and mobile phone data. Many of the "
        "protests have been organised on social media by people in their teens and twenties, "
        "who call themselves Gen Z. On Tuesday, crowds in the capital, Nairobi, pushed past "
        "police lines as politicians inside voted to pass the new law. Police fired tear gas "
        "and water cannon, and then live bullets, at the crowds. A group of doctors said at "
        "least 17 people had been killed across the country and many more injured. Kenya's "
        "president, William Ruto, called the protesters criminals, and soldiers were sent "
        "onto the streets.",
        "U",
        "violent protest",
    ),
    (
        "Bangladesh's prime minister flees after weeks of deadly protests",
        "Bangladesh's prime minister, Sheikh Hasina, has resigned and left the country after "
        "weeks of protests. Bangladesh is a country in South Asia, next to India, and it is "
        "home to around 170 million people. The protests began in July, led by university "
        "students who were angry about the way government jobs were shared out. They grew "
        "bigger after police and supporters of the government attacked the students. Police "
        "fired tear gas, rubber bullets and live rounds at the crowds, and the internet was "
        "switched off for days. More than 300 people, many of them students and some of them "
        "children, have been killed. On Monday, hundreds of thousands of people marched "
        "towards Sheikh Hasina's home in the capital, Dhaka, and she left by helicopter. "
        "People climbed into her house and carried away furniture, while others set fire to "
        "police stations. The army chief says a temporary government will be formed. Sheikh "
        "Hasina had been in charge for 15 years.",
        "U",
        "crackdown",
    ),
    (
        "Riots in English towns after false rumours spread online",
        "There has been violence in several towns and cities in England over the past week. "
        "It began after three young girls were killed in a knife attack at a holiday dance "
        "class in Southport, near Liverpool. False rumours spread quickly online about who "
        "the attacker was, including claims that he was a Muslim who had recently arrived in "
        "the UK by boat, which were not true. Groups of people then gathered outside a "
        "mosque in Southport, threw bricks at police and set a police van on fire. In "
        "Rotherham, rioters smashed windows and started a fire at a hotel where people "
        "seeking asylum were staying, while people were inside. Shops were broken into and "
        "police officers were hurt in several places. The prime minister, Keir Starmer, said "
        "the rioters would face the full force of the law, and more than 400 people have "
        "been arrested. In many towns, people have since come together to clean up and to "
        "show support for their neighbours. What is a riot? A riot is when a group of people "
        "behave violently in a public place, damaging property or hurting others. Some "
        "children told Newsround they had been too scared to go into town with their "
        "families. Before you share something online, ask yourself: do I know this is true?",
        "U V",
        "riot",
    ),
    (
        "Almost everyone leaves Nagorno-Karabakh after Azerbaijan's attack",
        "More than 100,000 people have left Nagorno-Karabakh in just one week, which is "
        "almost everyone who lived there. Nagorno-Karabakh is a mountain region inside "
        "Azerbaijan, but most of the people living there were Armenian. For more than 30 "
        "years, it was run by Armenians, and Armenia and Azerbaijan have fought two wars "
        "over it. Last Tuesday, Azerbaijan's army launched what it called an "
        '"anti-terrorist operation", shelling the main town, Stepanakert, and attacking '
        "local Armenian fighters. After just one day of fighting, the fighters agreed to "
        "give up their weapons. Since then, long lines of cars, buses and tractors have "
        "crawled along the only mountain road into Armenia. Some families spent more than a "
        "day in traffic jams with very little food or water. Aid workers at the border are "
        "giving out hot meals, blankets and toys for the children. Azerbaijan says Armenians "
        "who stay will be treated fairly, but many people say they are too frightened to "
        "stay.",
        "M B E D H",
        "military offensive",
    ),
    (
        "Rohingya children need our help, say Aussie students raising money",
        "A group of students from a school in Adelaide has raised more than $3,000 for "
        "children who have fled their homes in Myanmar. Over the past month, more than "
        "400,000 Rohingya people have crossed the border from Myanmar into Bangladesh. The "
        "Rohingya are a Muslim group who have lived in Myanmar for generations, but the "
        "government there does not treat them as citizens. Myanmar's army says it is "
        'carrying out "clearance operations" against fighters who attacked police posts. '
        "But families arriving in Bangladesh say soldiers burned their villages and shot at "
        "people as they ran. Many walked for days through jungle and paddy fields, and some "
        "crossed the river in small wooden boats. Now they are living in huge, crowded camps "
        "made of bamboo and plastic sheets. Unicef says about 60 per cent of the new "
        "arrivals are children, and they need clean water, food and vaccines to stop "
        "diseases spreading. Aid groups say many of the children have arrived without their "
        "parents. Some of them have lost members of their family on the journey. The "
        'Adelaide students held a cake stall and a free-dress day. "We saw it on the news '
        'and wanted to do something," said Year 6 student Mia.',
        "V D H M",
        "refugee crisis",
    ),
    (
        "Car bombs outside Somalia's education ministry kill more than 100",
        "More than 100 people have been killed in Somalia after two car bombs exploded at a "
        "busy junction in the capital, Mogadishu. The bombs went off a few minutes apart "
        "next to the country's education ministry, on a Saturday afternoon when the street "
        "was full of people, street sellers and minibuses. Somalia's president, Hassan "
        "Sheikh Mohamud, called it a cruel and cowardly terrorist attack. A group called "
        "al-Shabaab, which is linked to al-Qaeda, said it carried out the bombing. "
        "Al-Shabaab has been fighting against Somalia's government for more than 15 years. "
        "Hospitals in the city asked people to give blood, and long queues formed outside "
        "them. Students and teachers were among the people killed. Somalia is a country on "
        "the Horn of Africa, the part of the continent that sticks out into the Indian "
        "Ocean.",
        "T E V",
        "car bombing",
    ),
    (
        "Missile hits Ukraine's biggest children's hospital",
        "A Russian missile has hit Okhmatdyt, the largest children's hospital in Ukraine, in "
        "the capital, Kyiv. It struck in the middle of the morning, when the building was "
        "full of young patients, some of them having treatment for cancer. Part of the "
        "hospital collapsed, and the unit where children have treatment for kidney problems "
        "was destroyed. Doctors, parents and volunteers formed lines to pass away pieces of "
        "rubble by hand. Nurses carried children outside, some still attached to drips, and "
        "sat with them in the park next door. Officials said two adults were killed at the "
        "hospital, and more than 30 people were killed in attacks across Ukraine that day. "
        "Russia said it had not aimed at the hospital, but Ukraine and the United Nations "
        "said the evidence showed a Russian missile hit it. The hospital's doctors said they "
        "could not treat children there until the building was repaired, so patients have "
        "been moved to other hospitals. People across the country have been donating money "
        "and toys to help rebuild it.",
        "E V H",
        "missile strike",
    ),
    (
        "Thailand and Cambodia: thousands leave border villages as fighting breaks out",
        "Fighting has broken out along the border between Thailand and Cambodia, two "
        "countries in South-East Asia. Soldiers from the two armies began shooting at each "
        "other on Thursday morning near an ancient temple that both countries say belongs to "
        "them. Cambodia fired rockets into Thailand, and one hit a petrol station next to a "
        "shop, killing several people. Thailand sent fighter jets to bomb Cambodian army "
        "positions. Cambodia says Thai jets also hit a road near a temple, but reporters "
        "have not been able to check this. More than 100,000 people living near the border "
        "on the Thai side have been moved to safer places, and many families on the "
        "Cambodian side have also fled. Hundreds of schools have closed on both sides. The "
        "two countries have argued about the border for more than 100 years. Malaysia, which "
        "is leading a group of South-East Asian countries this year, has offered to help "
        "them talk.",
        "B E D",
        "border clashes",
    ),
    (
        "Iraq says Mosul has been taken back from Islamic State",
        "Iraq's prime minister has announced that the city of Mosul has been taken back from "
        "the group called Islamic State, or IS, after nine months of fighting. Mosul is "
        "Iraq's second-biggest city, and IS captured it in 2014. Since last October, Iraqi "
        "soldiers, helped by air strikes from a group of countries led by the United States, "
        "have been fighting their way through the city street by street. In the last few "
        "weeks, the fighting has been in the Old City, where the streets are very narrow and "
        "the houses are packed close together. Aid agencies say IS fighters stopped families "
        "from leaving and used them as human shields, which means keeping ordinary people "
        "close so that the other side will not fire. Nearly a million people have fled the "
        "city during the battle, and many are living in camps outside. Much of the Old City "
        "has been destroyed. The fighting is not completely over, as some IS fighters are "
        "still hiding in a small area by the river. People in Mosul say they are happy but "
        "very tired.",
        "B M V D",
        "battle",
    ),
    (
        "Christchurch: New Zealand mourns after attack on two mosques",
        "New Zealand is in mourning after a gunman attacked two mosques in the city of "
        "Christchurch on Friday, killing 50 people. A mosque is a place where Muslims go to "
        "pray, and Friday is the most important day of the week for prayers there. The "
        "attacker, an Australian man, has been arrested and charged with murder. New "
        "Zealand's prime minister, Jacinda Ardern, said it was a terrorist attack and one of "
        "the country's darkest days. She has promised to change the country's gun laws. Some "
        "of the people killed were children, and two students from a Christchurch high "
        "school are among them. People across New Zealand have been leaving flowers, cards "
        "and drawings outside mosques. If you are feeling scared or sad, BTN has some tips "
        "for looking after yourself.",
        "T V",
        "terrorist attack",
    ),
]
