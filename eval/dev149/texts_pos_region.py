"""dev149 positives (3 of 3): Nepal, Sri Lanka, Afghanistan and Bangladesh (eval/README.md,
section 1)."""

# (title, text, tag codes, kind)
POSITIVES = [
    (
        "18 killed as police open fire on Gen Z protesters outside Parliament; curfew clamped "
        "in Kathmandu",
        "At least 18 people were killed and more than 300 injured on Monday as police opened "
        "fire on thousands of young protesters who breached the security cordon around the "
        "Federal Parliament building in New Baneshwar, in the deadliest day of protests in the "
        'capital in decades. The demonstration, called by groups identifying themselves as "Gen'
        " Z\" against the government's ban on 26 social media platforms and against corruption, "
        "began peacefully at Maitighar Mandala in the morning. By noon, protesters had pushed "
        "through barricades and some entered the Parliament premises, setting fire to a guard "
        "post and a gate, according to the Kathmandu District Police Range. Police responded "
        "with water cannon, tear gas and rubber bullets before firing live rounds, eyewitnesses"
        " said. Sixteen of the dead were brought to the Civil Service Hospital and the National"
        " Trauma Centre, where doctors said most had gunshot wounds to the head and chest. The "
        "District Administration Office imposed a curfew in Baneshwar, Singha Durbar and around"
        " the residences of the President and the Prime Minister, and later extended it to "
        "other parts of the city. Protests were also reported from Itahari, Butwal, Pokhara and"
        " Birgunj. Doctors at Bir Hospital said they had run short of blood and appealed to the"
        " public to donate. Human rights organisations, including the National Human Rights "
        "Commission, condemned the use of live ammunition against unarmed students and demanded"
        " an independent investigation. The Federation of Nepali Journalists said at least four"
        " reporters had been injured while covering the protests. Home Minister Ramesh Lekhak "
        "resigned late in the evening, taking moral responsibility for the deaths, while an "
        "emergency Cabinet meeting at Baluwatar lifted the ban on social media platforms. "
        "Protest organisers have called for demonstrations to continue on Tuesday, demanding "
        "the resignation of Prime Minister KP Sharma Oli.",
        "U",
        "crackdown",
    ),
    (
        "One killed, two injured in Ghattekulo blast; police suspect Chand-led party",
        "One person was killed and two others were injured when an explosion ripped through a "
        "house in Ghattekulo, Kathmandu, on Wednesday evening, police said. The deceased has "
        "been identified as a 32-year-old man from Sindhupalchok who was staying in a rented "
        "room on the ground floor. The injured were taken to the National Trauma Centre, where "
        "the condition of one of them is said to be critical. Another explosive device went off"
        " minutes later near a telecom tower in Sukedhara, and a third was found and defused by"
        " a Nepal Army bomb disposal team in Nagdhunga. Police suspect the blasts were the work"
        " of the Netra Bikram Chand-led Communist Party of Nepal, which has claimed a string of"
        ' attacks on the offices and towers of a private telecom company in recent months. "We '
        'have intensified searches, and those involved will be brought to book," said the chief'
        " of the Kathmandu Valley Police Office. The government banned the activities of the "
        "Chand-led party in March, calling it a criminal outfit. Residents said they heard a "
        "loud bang that shattered the windows of neighbouring houses.",
        "E",
        "bombing",
    ),
    (
        "Islandwide curfew as pro-govt mob attacks GotaGoGama; MP dies, politicians' houses "
        "torched",
        "An islandwide police curfew was declared yesterday after supporters of the government,"
        " who had gathered at Temple Trees, marched to the GotaGoGama protest site at Galle "
        "Face and attacked peaceful protesters, triggering clashes and reprisal attacks across "
        "the country that left at least five people dead, including a ruling party MP. Hundreds"
        " of men, many of whom had been bussed in from the provinces, pulled down tents and "
        "assaulted protesters with clubs and iron rods as police looked on, witnesses told the "
        "Daily Mirror. Police later fired tear gas and water cannon to separate the two sides. "
        "More than 180 people were admitted to the Colombo National Hospital with injuries, "
        "hospital sources said. In the evening, angry crowds set fire to the houses of several "
        "SLPP politicians in Kurunegala, Moratuwa, Hambantota and elsewhere, and the "
        "Rajapaksas' ancestral home in Medamulana was also attacked. A Polonnaruwa District MP "
        "died after a confrontation with protesters who blocked his vehicle at Nittambuwa, "
        "police said. Prime Minister Mahinda Rajapaksa tendered his resignation to the "
        "President a few hours after the attack on Galle Face. The Bar Association of Sri Lanka"
        " demanded the immediate arrest of those who instigated the violence.",
        "U",
        "riot",
    ),
    (
        "Over 200 killed as bombs rip through churches and hotels on Easter Sunday",
        "More than 200 people, including at least 30 foreigners, were killed and about 450 "
        "injured when a series of explosions ripped through three churches and three luxury "
        "hotels in Colombo, Negombo and Batticaloa yesterday morning as Easter Sunday services "
        "were under way. The first blasts were reported shortly before 9 in the morning at St. "
        "Anthony's Shrine in Kochchikade, St. Sebastian's Church in Katuwapitiya and Zion "
        "Church in Batticaloa, and at three hotels in Colombo. Two more explosions, at a guest "
        "house in Dehiwala and a house in Dematagoda, followed in the afternoon, and three "
        "police officers were killed in the second when they went to search the premises. "
        "Police said the attacks had been carried out by suicide bombers and that 13 suspects "
        "had been arrested by last night. The State Minister of Defence described the blasts as"
        " a terrorist attack by religious extremists. The Government imposed an islandwide "
        "curfew and temporarily blocked social media platforms to prevent the spread of false "
        "information. Hospitals in Colombo and Negombo appealed for blood donors, and long "
        "queues formed outside the National Blood Transfusion Service in Narahenpita. At the "
        "Kochchikade shrine, the roof was partly blown off and pews were strewn across the "
        'floor, a Daily Mirror reporter at the scene said. "People were lying everywhere, some '
        'were not moving, and the statues were covered in blood," said a parishioner who had '
        "been in the back of the church. A 24-year-old survivor at the Colombo National "
        "Hospital said she had lost her mother and younger brother at the Katuwapitiya church. "
        'Cardinal Malcolm Ranjith called on the authorities to "punish mercilessly" those '
        "responsible, and all Catholic churches in the country cancelled their evening "
        "services. Schools will remain closed until Wednesday, the Education Ministry said.",
        "E T V",
        "suicide bombing",
    ),
    (
        "Dozens killed in explosion at Shia mosque in Kunduz during Friday prayers",
        "At least 46 worshippers were killed and more than 140 wounded in an explosion at a "
        "Shia mosque in Kunduz city during Friday prayers, local officials and witnesses said. "
        "The blast ripped through the Gozar-e-Sayed Abad mosque at around 1:30pm while hundreds"
        " of people were inside, according to residents. A spokesman for the Islamic Emirate, "
        'Zabihullah Mujahid, said a number of "our Shia compatriots" had been killed and '
        "wounded, and that special forces had arrived at the scene to investigate. The Islamic "
        "State-Khorasan (Daesh) group claimed responsibility, saying one of its members had "
        "carried out a suicide attack. Doctors at the Kunduz regional hospital said they had "
        "received dozens of bodies and many wounded people, some of them children, and appealed"
        ' for blood. "The ceiling came down and there were bodies everywhere," a worshipper who'
        " was injured in the attack told TOLOnews. The United Nations mission in Afghanistan "
        "condemned the bombing, saying it was part of a disturbing pattern of violence against "
        "religious institutions. It was the deadliest attack since US forces withdrew from the "
        "country at the end of August.",
        "E T V",
        "suicide bombing",
    ),
    (
        "Islamic Emirate forces, NRF clash in Panjshir; families leave homes in Abshar",
        "Fighting between Islamic Emirate forces and fighters of the National Resistance Front "
        "(NRF) has been going on in several areas of Panjshir province since Saturday, with "
        "both sides claiming to have inflicted heavy casualties. Residents of Abshar and Dara "
        "districts told Pajhwok Afghan News that clashes broke out in the early hours and that "
        "gunfire and explosions could be heard until late on Sunday. A spokesman for the "
        "Ministry of Defence said 18 NRF fighters had been killed and several others captured "
        "in a clearance operation, while three of its own forces had been wounded. The NRF, led"
        " by Ahmad Massoud, said in a statement that its fighters had repelled an attack and "
        "killed dozens of Taliban, a claim that could not be independently verified. A resident"
        " of Abshar, who asked not to be named, said dozens of families had left their homes "
        'and taken refuge in the mountains or in the provincial capital, Bazarak. "There is no '
        'phone signal, and we cannot find out about our relatives," he said. Telecommunication '
        "services have been cut in parts of the province since the fighting began. Rights "
        "groups have accused the Taliban of detaining civilians in Panjshir on suspicion of "
        "supporting the NRF, an allegation the Islamic Emirate denies.",
        "B M D",
        "clashes",
    ),
    (
        "Islamic Emirate says Pakistani airstrikes in Paktika killed 46, mostly women and children",
        "The Islamic Emirate said on Wednesday that Pakistani airstrikes on several areas of "
        "Barmal district in Paktika province on Tuesday night had killed 46 people, most of "
        "them women and children, and wounded six others. Deputy spokesman Hamdullah Fitrat "
        "said the strikes hit homes in Murgha and other villages where refugees from Pakistan's"
        ' Waziristan region had been living. "The victims were civilians, mainly refugees from '
        'Waziristan," Fitrat said, adding that the Islamic Emirate considered the attack a '
        "violation of international principles and would respond. Local residents told TOLOnews"
        " that several houses had been destroyed and that people were still searching the "
        "rubble in the morning. Pakistani officials did not confirm the strikes, but security "
        "sources in Islamabad told reporters that aircraft had targeted hideouts of the "
        "Tehreek-e-Taliban Pakistan (TTP) in the border area. The Ministry of Foreign Affairs "
        "in Kabul summoned Pakistan's chargé d'affaires to lodge a protest. The strikes came "
        "hours after Pakistan's special representative for Afghanistan held talks in Kabul on "
        "trade and security. UNAMA said it had received credible reports that civilians, "
        "including children, were killed.",
        "E V",
        "airstrike",
    ),
    (
        "Six killed as quota protesters, police and BCL men clash across country",
        "At least six people, including three students, were killed and hundreds injured "
        "yesterday as clashes between quota reform protesters, police and activists of the "
        "ruling party's student wing spread across the country. In Chattogram, three people "
        "were killed near Murad Pur, where protesters and Chhatra League activists chased each "
        "other with sticks, rods and brickbats for hours, witnesses said. In Rangpur, a student"
        " of Begum Rokeya University died after being shot by police near the university gate, "
        "according to his fellow students and doctors at Rangpur Medical College Hospital. Two "
        "others were killed in the capital's Science Lab and Dhaka College areas. Police fired "
        "rubber bullets, tear shells and sound grenades at protesters in several places, "
        "including Jahangirnagar University, where students alleged they were attacked by "
        "outsiders and Chhatra League men late at night. Border Guard Bangladesh was deployed "
        "in Dhaka, Chattogram, Rajshahi, Rangpur, Bogura and Gazipur at the request of the "
        "civil administration. The government ordered all public and private universities to "
        "close indefinitely and asked students to vacate their dormitories. The protesters have"
        ' announced a "complete shutdown" across the country for today.',
        "U",
        "crackdown",
    ),
    (
        "Four die as miscreants set fire to Benapole Express in capital ahead of polls",
        "Four people, including a woman and a child, were burnt to death after a fire was set "
        "to the Benapole Express train near Gopibagh in the capital on Friday night, two days "
        "before the national election. The fire broke out in at least four coaches shortly "
        "after the Dhaka-bound train passed the Kamalapur outer signal, Fire Service and Civil "
        "Defence officials said, adding that it took seven units nearly an hour to bring it "
        "under control. Railway police said they suspected sabotage, as passengers reported "
        "seeing flames start almost simultaneously in several coaches. The BNP and its allies, "
        "who are boycotting the polls, had called a 48-hour hartal beginning on Saturday "
        "morning. The home minister blamed the opposition for the arson, while a senior BNP "
        "leader said the government itself was responsible and demanded a UN-supervised "
        'inquiry. "I saw people breaking the windows and jumping out. A woman was screaming for'
        ' her child," said Mohammad Hasan, a passenger from Jashore. At least 10 vehicles, '
        "including buses and a truck, were also torched in different parts of the country on "
        "the day, according to the fire service. Security has been tightened at rail stations "
        "and bus terminals across the country.",
        "V U",
        "arson attack",
    ),
    (
        "Section 144 in Khagrachhari, Rangamati after three killed in hill clashes",
        "The administration imposed Section 144 in Khagrachhari and Rangamati towns yesterday "
        "after three people were killed and dozens injured in clashes between Bangalee settlers"
        " and indigenous people over the past two days. The violence began in Dighinala on "
        "Thursday afternoon, when a procession of Bangalees protesting the death of a young "
        "man, who had been beaten by a group accusing him of motorcycle theft, came under "
        "attack, and shops and houses in a nearby market were set on fire, locals said. Two "
        "Pahari youths were killed in gunfire that night in Khagrachhari town, according to "
        "hospital sources. In Rangamati, another person was killed yesterday as a rally by "
        "indigenous people turned violent, and houses and shops were vandalised and torched. "
        "The Inter Services Public Relations Directorate said army personnel had been deployed "
        "to bring the situation under control. Indigenous leaders accused settlers of attacking"
        " their homes under the protection of law enforcers, a claim the authorities rejected. "
        "The interim government's home affairs adviser said a high-powered committee would "
        "visit the area. Mobile internet services were suspended in the three hill districts.",
        "U V",
        "ethnic clashes",
    ),
    (
        "Myanmar mortar shells kill two in Ghumdhum as fighting rages across border",
        "Mortar shells fired from across the border landed in Ghumdhum union of Bandarban's "
        "Naikhongchhari yesterday, killing a Bangladeshi woman and a Rohingya man, as fighting "
        "between the Arakan Army and Myanmar's junta forces raged near the frontier for the "
        "third consecutive day. The two were killed when a shell hit a house in Jolpaitoli "
        "village around 2:30pm, the Border Guard Bangladesh (BGB) said. Heavy gunfire and "
        "explosions could be heard from early morning, and residents of villages along the "
        "border moved to relatives' houses or to schools turned into temporary shelters by the "
        "local administration. At least 95 members of Myanmar's Border Guard Police have "
        "crossed into Bangladesh since Sunday to escape the fighting and surrendered their "
        "weapons to the BGB, the foreign ministry said. The BGB also said it had pushed back "
        "several boats carrying Rohingyas who tried to enter through the Naf river in Teknaf. "
        '"We are not in a position to give shelter to any more Rohingyas," the foreign minister'
        " told reporters. Classes were suspended at five schools near the border. More than one"
        " million Rohingya refugees already live in camps in Cox's Bazar.",
        "B E D",
        "cross-border shelling",
    ),
    (
        "Hindu homes, temples attacked in several districts after govt's fall; minority groups "
        "demand protection",
        "Houses, businesses and temples belonging to Hindus have been attacked, vandalised and "
        "looted in at least 27 districts since Sheikh Hasina resigned and fled the country on "
        "Monday, according to a count by Prothom Alo correspondents. In Lalmonirhat's "
        "Hatibandha upazila, around a dozen Hindu families spent the night in the fields after "
        "their homes were set on fire, residents said. A school teacher was beaten to death in "
        "Bagerhat, and the homes of Awami League leaders, several of them Hindus, were torched "
        "in Khulna, Satkhira and Dinajpur. The Bangladesh Hindu Buddhist Christian Unity "
        "Council said it had recorded more than 200 incidents of attack on minorities since "
        "August 5. Students of several universities and members of local mosque committees have"
        " formed groups to guard temples at night in Dhaka and other cities. Leaders of the BNP"
        " and the Jamaat-e-Islami called on their supporters to protect minority communities, "
        "saying the attacks were aimed at tarnishing the student-led movement. Thousands of "
        "Hindus held a rally at Shahbagh yesterday, demanding a special tribunal to try the "
        "attacks and a ministry for minorities. Army and police patrols have been stepped up in"
        " the affected areas, officials said.",
        "V U D",
        "attacks on minorities",
    ),
]
