"""dev109 positives (1/2): Ukraine, the Middle East, Sudan, Pakistan, Nigeria, the Sahel, Georgia,
India and Bangladesh; whole articles with their page furniture (eval/README.md, section 1)."""

# (title, text, tag codes, kind)
POSITIVES = [
    (
        "Russian guided bombs hit Kharkiv garden centre packed with weekend shoppers",
        "Updated: June 8, 2024 8:17 PM 2 min read Author: Kateryna Lysenko Russia struck a "
        "garden centre on the southern edge of Kharkiv with two guided aerial bombs on the "
        "afternoon of June 8, killing at least nine people and injuring 37, Governor Oleh "
        "Syniehubov said. The centre was full of families buying seedlings and building "
        "materials on a warm Saturday, and staff said more than 150 people were inside when "
        "the first bomb hit the sales hall. A fire spread across the complex and took "
        "rescuers more than four hours to put out. Seven people remain missing, the regional "
        "police said in the evening. Read also: Ukraine's parliament extends martial law and "
        "mobilization for another 90 days “There was no military target here, only "
        "seedlings, paint and people,” Mayor Ihor Terekhov told journalists at the scene. "
        "Kharkiv, Ukraine's second-largest city, lies about 30 kilometers from the Russian "
        "border and has been hit almost daily since Russian troops crossed into the region in "
        "May. Most of the recent strikes on the city have used guided bombs dropped from "
        "aircraft flying inside Russian airspace, beyond the reach of Ukraine's air defense. "
        "President Volodymyr Zelensky again asked partners for permission to hit the "
        "airfields from which the planes take off. A day of mourning was declared in the city "
        "for June 9. Photo: Rescue workers carry a wounded woman out of the garden centre in "
        "Kharkiv on June 8, 2024. (State Emergency Service of Ukraine)",
        "E V",
        "guided bomb strike",
    ),
    (
        "Ukraine says its troops are through the first Russian defensive line near Robotyne",
        "ZAPORIZHZHIA REGION, Ukraine (AP) — Ukrainian forces have pushed through the first "
        "line of Russian defenses on the southern front and are clearing trenches south of "
        "the village of Robotyne, a Ukrainian commander said Saturday. Brig. Gen. Oleksandr "
        "Tarnavskyi, who leads the southern offensive, said his troops had taken positions "
        "that Russia had fortified for months with minefields, anti-tank ditches and rows of "
        'concrete blocks. "We are now between the first and the second line," he said in a '
        "televised interview, adding that progress was slower than planned because of the "
        "mines. The Associated Press could not independently verify the claim. Russia's "
        "Defense Ministry said its forces had repelled 11 Ukrainian attacks in the "
        "Zaporizhzhia region over the previous day and destroyed several armored vehicles. At "
        "a field hospital a few kilometers from the front, medics said they had treated "
        'dozens of soldiers wounded by mines and artillery in the past week. "Every meter out '
        'there is paid for," said a surgeon who gave only his first name, Andrii, in line '
        "with military rules. Ukraine launched its counteroffensive in early June with "
        "brigades trained and equipped by Western countries. Kyiv's allies have voiced "
        "concern in recent weeks about the pace of the advance, while Ukrainian officers say "
        "the fortifications are the densest they have faced. ___ Associated Press writer "
        "Taras Melnyk in Kyiv contributed to this report.",
        "B M E",
        "ground offensive",
    ),
    (
        "Russian missiles hit Naftogaz gas production sites in Poltava region, company says",
        "KYIV, Feb 11 (Reuters) - Russia attacked gas production facilities of Ukraine's "
        "state energy company Naftogaz in the central Poltava region overnight with missiles "
        "and drones, damaging equipment and forcing a halt to part of its output, the company "
        "said on Tuesday. It was the eighth large-scale Russian attack on Naftogaz's "
        "production assets since October, chief executive Oleksiy Chernyshov said in a "
        "statement. He did not say how much output had been lost. Ukraine's air force said "
        "Russia had launched 21 missiles and 123 drones in the overnight attack, and that air "
        "defences had shot down 13 missiles and 69 drones. Poltava governor Volodymyr Kohut "
        "said there were no casualties but that houses had been damaged in one village. "
        "Russia's defence ministry said it had struck gas facilities that supplied Ukrainian "
        "military plants and had hit all its targets. Ukraine has imported record volumes of "
        "gas from central Europe this winter to make up for output lost to the attacks, and "
        "traders said the strikes could push up import needs before the summer refilling "
        "season. Gas futures at the Dutch TTF hub, the European benchmark, rose 2% by midday. "
        "(Reporting by Olena Hrytsenko and Pavlo Marchuk; Editing by Owen Marsh) Our "
        "Standards: The Thomson Reuters Trust Principles., opens new tab",
        "E",
        "missile and drone strike",
    ),
    (
        "IDF says troops killed five gunmen in Tulkarem raid, including in drone strike on "
        "armed cell",
        "By Eitan Rosen Follow You will receive email alerts from this author. Manage alert "
        "preferences on your profile page 26 August 2024, 10:52 am Israeli troops killed five "
        "Palestinian gunmen during an overnight raid in the northern West Bank city of "
        "Tulkarem, including in a drone strike on a cell that opened fire on forces, the "
        "military said Monday. According to the Israel Defense Forces, the operation in the "
        "Nur Shams refugee camp began late Sunday and involved infantry, Border Police "
        "officers and armored bulldozers, which troops used to uncover roadside bombs planted "
        "under the streets. The IDF said one of the gunmen killed had been involved in a "
        "shooting attack on a car near the settlement of Avnei Hefetz last month. The "
        "Palestinian Health Ministry in Ramallah said five people were killed in the camp, "
        "and named one of them as a 17-year-old. Palestinian media reported heavy exchanges "
        "of fire in the camp's alleys through the night. Illustrative: Israeli troops operate "
        "in the Nur Shams camp near the West Bank city of Tulkarem, August 2024. (Israel "
        "Defense Forces) The military has carried out near-daily raids in the northern West "
        "Bank since the start of the war in Gaza, saying it is acting to thwart attacks by "
        "terror groups. No Israeli forces were hurt in the overnight operation, the IDF said. "
        "ADVERTISEMENT",
        "M B E",
        "military raid",
    ),
    (
        "Israeli strike on school sheltering displaced families in Gaza City kills dozens",
        "Gaza medical officials say the dead include children, as Israel says the school "
        "housed a Hamas command centre. Published On 10 Aug 2024 10 Aug 2024 Save articles to "
        "read later and create your own reading list. An Israeli air strike on a school "
        "sheltering displaced Palestinians in central Gaza City has killed at least 40 "
        "people, according to Gaza's Civil Defence, in one of the deadliest single attacks in "
        "the enclave in weeks. The strike hit the school during dawn prayers, when many of "
        "the families staying there had gathered in a hall used as a mosque, the agency's "
        "spokesperson said. Rescuers worked with their hands and a single excavator to pull "
        "bodies from the rubble, and hospitals in the north said they could not cope with the "
        "number of wounded. Palestinians inspect the site of the Israeli strike on the school "
        "in Gaza City [Khalil Ramzi/AFP] The Israeli military said it had carried out a "
        "“precise strike” on a Hamas command and control centre operating inside the "
        "compound, and accused the group of using civilian buildings as cover. Hamas denied "
        "the accusation. Keep reading list of 3 items list 1 of 3 Kenya's president names new "
        "cabinet after weeks of protests list 2 of 3 Paris Olympics: Kenyan runners sweep the "
        "women's 1,500m list 3 of 3 Why are food prices in Japan rising so fast? end of list "
        "More than 1.7 million people, most of Gaza's population, have been displaced by the "
        "war, and many have sought shelter in schools run by the United Nations and local "
        "authorities. At least 21 schools used as shelters have been hit since early July, "
        "according to the UN agency for Palestinian refugees, UNRWA. Aid agencies say fuel "
        "shortages have forced the last functioning hospitals in the north to cut services. "
        "Source: Al Jazeera and news agencies",
        "E V D H",
        "air strike on shelter",
    ),
    (
        "Tens of thousands flee south Lebanon as Israeli strikes kill hundreds in a day",
        "Roads to Beirut jammed as Lebanese health ministry says at least 480 people killed, "
        "including dozens of children Israel-Hezbollah conflict – live updates Nadia Haddad "
        "in Beirut and Tom Ellison in Jerusalem Mon 23 Sep 2024 19.40 BST Tens of thousands "
        "of people fled southern Lebanon on Monday as Israel carried out its most intense "
        "wave of airstrikes in almost a year of cross-border fire, killing at least 480 "
        "people, according to Lebanon's health ministry. The Israeli military said it had "
        "struck more than 1,300 Hezbollah targets across the south and the Bekaa valley, "
        "including rocket launchers hidden in homes, and told residents to leave buildings it "
        "said were used to store weapons. Cars piled with mattresses and suitcases crawled "
        "north along the coastal highway to Beirut, where schools were turned into shelters "
        "overnight. “We left with what we were wearing,” said Hiba, a teacher from "
        "Nabatieh who spent nine hours on the road with her two children. Related: Lebanon's "
        "public schools delay the start of term as families arrive from the south Hezbollah "
        "said it had fired dozens of rockets at military sites in northern Israel, and sirens "
        "sounded in Haifa. Lebanon's health minister said hospitals in the south had been "
        "told to cancel non-urgent surgery to make room for the wounded. Smoke billows over "
        "villages in southern Lebanon after Israeli strikes on Monday. Photograph: Rami "
        "Khoury/Reuters The UN secretary general said he was alarmed by the escalation and "
        "called on both sides to step back from a wider war. Continue reading...",
        "E M D H",
        "air campaign",
    ),
    (
        "Sudan fighting: Khartoum residents trapped as army and RSF battle for capital",
        "Published 18 April 2023 Share Image source, Reuters Image caption, Smoke rises over "
        "buildings near Khartoum's main airport on Monday By Yasmin Abdelrahman BBC News "
        "Residents of Sudan's capital, Khartoum, say they are running out of food and water "
        "as fighting between the army and the paramilitary Rapid Support Forces (RSF) entered "
        "its fourth day. Heavy gunfire and explosions were heard near the presidential "
        "palace, the army headquarters and the airport overnight, and fighter jets flew low "
        "over the city. The World Health Organization says at least 270 people have been "
        "killed and more than 2,600 injured since Saturday, though the real number is thought "
        "to be higher because many bodies cannot be reached. Doctors' groups say several "
        "hospitals in the capital have been shelled or taken over by fighters and have "
        "stopped working. “We have been lying on the floor of the corridor for three "
        "days,” a resident of the Arkaweet district told the BBC by phone. “Every time we "
        "think it has stopped, it starts again.” A 24-hour truce proposed on Tuesday "
        "collapsed within hours, with each side blaming the other. Families who managed to "
        "leave said they had walked for hours to reach bus stations on the southern "
        "outskirts. The fighting is rooted in a power struggle between army chief Gen Abdel "
        "Fattah al-Burhan and RSF leader Mohamed Hamdan Dagalo, known as Hemedti, over plans "
        "to merge the RSF into the army. Related Topics Sudan crisis Khartoum More on this "
        "story Who are Sudan's RSF and what do they want? Published 16 April",
        "B E H D",
        "urban fighting",
    ),
    (
        "Six policemen martyred as militants storm police station in DI Khan",
        "DERA ISMAIL KHAN: Six policemen were martyred and four others injured when heavily "
        "armed militants attacked a police station in the Kulachi tehsil of Dera Ismail Khan "
        "district late on Sunday night, officials said. According to police, around 25 "
        "militants armed with rocket launchers and sub-machine guns attacked the Kulachi "
        "police station from three sides at around 11:30pm. The policemen on duty returned "
        "fire and the exchange continued for nearly two hours, district police officer Sajjad "
        "Hussain said. He said two of the attackers were killed and their bodies were taken "
        "away by their accomplices. The outlawed Tehreek-i-Taliban Pakistan (TTP) claimed "
        "responsibility for the attack in a statement sent to journalists. Reinforcements, "
        "including personnel of the Frontier Corps, reached the area and launched a search "
        "operation in the surrounding villages. Khyber Pakhtunkhwa Chief Minister Ali Amin "
        "Gandapur condemned the attack and sought a report from the provincial police chief. "
        "Header image: Security personnel stand guard outside the police station in Kulachi "
        "on Monday. — Photo by author Militant violence has risen sharply in Khyber "
        "Pakhtunkhwa since the TTP called off its ceasefire with the government in November "
        "2022. Published in Dawn, January 13th, 2025",
        "T B M",
        "militant attack",
    ),
    (
        "Bandits kill 14, abduct dozens in Zamfara village attack",
        "By Usman Bello Armed bandits on Tuesday killed at least 14 people and abducted more "
        "than 50 others in an attack on Kadawa village in the Tsafe Local Government Area of "
        "Zamfara State, residents have said. A resident, Sani Abubakar, told PREMIUM TIMES by "
        "phone that the gunmen arrived on dozens of motorcycles shortly after the evening "
        "prayers and started shooting sporadically. “They went from house to house, they "
        "took women and children and they set the grain stores on fire,” he said. The "
        "spokesperson of the Zamfara State Police Command, Mohammed Shehu, confirmed the "
        "attack but said nine people were killed. He said a joint team of police and soldiers "
        "had been deployed to the area to rescue the abducted victims. Many residents have "
        "since fled to Tsafe town, where they are staying with relatives and in a primary "
        "school. ALSO READ: Super Eagles arrive in Abuja ahead of Ghana friendly Bandit "
        "groups have killed thousands of people across Nigeria's North-west in recent years, "
        "raiding villages, levying taxes on farmers and kidnapping residents for ransom. The "
        "state government has repeatedly said it will not negotiate with the groups. The post "
        "Bandits kill 14, abduct dozens in Zamfara village attack appeared first on Premium "
        "Times Nigeria.",
        "V D",
        "village raid",
    ),
    (
        "Jihadists kill dozens in attack on Burkina Faso army post and nearby village, sources say",
        "Issued on: 12/06/2024 - 18:25 Modified: 12/06/2024 - 18:31 2 min Reading time "
        "Jihadist fighters killed dozens of soldiers and civilians in an attack on an army "
        "post and a neighbouring village in eastern Burkina Faso, security and local sources "
        "told AFP on Wednesday. The assault near the border with Niger began on Tuesday "
        "morning when hundreds of gunmen on motorbikes overran the military detachment, a "
        "security source said, speaking on condition of anonymity. “The fighting lasted "
        "several hours and the terrorists took weapons and vehicles before leaving,” the "
        "source said. A resident of the area said the attackers then went into the village "
        "and shot men they found in the market and near the mosque. The al-Qaeda-linked Group "
        "for the Support of Islam and Muslims (JNIM) claimed the attack in a statement, "
        "saying it had killed more than 100 soldiers, a figure that could not be "
        "independently verified. Burkina Faso's junta, which seized power in 2022 vowing to "
        "restore security, did not comment. Advertising Read more Burkina Faso's junta "
        "extends its rule by five years Jihadist violence has killed more than 20,000 people "
        "in Burkina Faso since 2015 and forced more than two million from their homes, "
        "according to the conflict monitor ACLED and the United Nations. (FRANCE 24 with AFP)",
        "T B V",
        "jihadist attack",
    ),
    (
        "Police disperse pro-EU protesters with water cannon and tear gas outside Georgian "
        "parliament",
        "29/11/2024 - 12:08 Riot police used water cannon, tear gas and pepper spray "
        "overnight to disperse thousands of demonstrators outside the parliament building in "
        "Tbilisi, who had gathered after Prime Minister Irakli Kobakhidze announced that "
        "Georgia would suspend talks on joining the European Union until 2028. Protesters "
        "threw fireworks and stones at police lines on Rustaveli Avenue and set fire to a "
        "barricade near the parliament's main entrance, according to footage broadcast by "
        "opposition television channels. The Interior Ministry said 43 people had been "
        "detained for disobeying police orders and petty hooliganism, and that 32 police "
        "officers had been injured. The Public Defender's office said it had received reports "
        "of detainees being beaten in police vans and demanded access to them. Several "
        "journalists covering the protest said they had been hit by rubber bullets or pushed "
        "to the ground by riot police. Opposition parties called for new protests on Friday "
        "evening, and demonstrations were also reported in Batumi, Kutaisi and Zugdidi. "
        "President Salome Zourabichvili, who has broken with the ruling Georgian Dream party, "
        "said in a video address that she stood with the protesters. Read also: Georgian wine "
        "exports reach record high in first nine months of year Kobakhidze accused the "
        "opposition of trying to stage a revolution with support from abroad and said police "
        "had acted within the law.",
        "U",
        "protest crackdown",
    ),
    (
        "Manipur: Fresh gunfight in Bishnupur, houses torched in Churachandpur; curfew tightened",
        "TNN / Updated: Jul 3, 2023, 08:42 IST IMPHAL: At least three people were killed and "
        "several injured in a fresh exchange of fire between armed groups in Manipur's "
        "Bishnupur district on Sunday, while mobs set fire to at least a dozen houses in "
        "neighbouring Churachandpur, officials said. Police said armed men from the hills and "
        "valley-based groups fired at each other for nearly five hours near Torbung, where "
        "central forces have set up a buffer zone. One of the dead was a village volunteer "
        "guarding a checkpoint, a senior police officer told TOI. In Churachandpur, security "
        "forces fired several rounds of tear gas to disperse a mob of about 1,000 people that "
        "tried to march towards the district headquarters. Authorities tightened curfew in "
        "five districts and extended the suspension of mobile internet services till July 5. "
        "More than 50,000 people have been living in relief camps since ethnic violence broke "
        "out between the Meitei and Kuki-Zo communities on May 3, according to state "
        "government figures. Read Also Manipur violence: Congress delegation visits relief "
        "camps in Moirang Monsoon session: Opposition to press for discussion on price rise "
        "Union home minister Amit Shah is expected to chair a security review meeting on the "
        "situation in Delhi on Monday.",
        "B U V D",
        "ethnic clashes",
    ),
    (
        "HSC exams postponed as clashes spread; curfew imposed, army deployed",
        "Staff Correspondent Fri Jul 19, 2024 11:24 PM Last update on: Sat Jul 20, 2024 12:05 "
        "AM The government has postponed all Higher Secondary Certificate (HSC) examinations "
        "scheduled for this week as clashes between quota reform protesters, police and "
        "ruling party activists spread across the country, the education ministry said last "
        "night. Shortly afterwards, the government announced a nationwide curfew from "
        "midnight and said army troops would be deployed to assist the civil administration. "
        "At least 27 people were killed in clashes today in Dhaka's Jatrabari, Mohammadpur, "
        "Badda and Rampura areas, according to hospital sources and our correspondents, "
        "taking the death toll since Tuesday to at least 64. Police fired tear gas, rubber "
        "bullets and live rounds as protesters blocked roads and set fire to police boxes, "
        "vehicles and a government building in Mohakhali. Doctors at Dhaka Medical College "
        "Hospital said most of the injured they treated had pellet or bullet wounds. Mobile "
        "internet remained suspended for a second day, and broadband services were down "
        "across much of the country. Read more Quota reform: What the protesters want The "
        "Dhaka Metropolitan Police had earlier banned all rallies and gatherings in the "
        "capital. Students of several private universities said they would continue their "
        "movement until those responsible for the killings were punished.",
        "U",
        "protest crackdown",
    ),
    (
        "Six killed in Jaffa terror shooting and stabbing at light rail station",
        "By JPOST STAFF OCTOBER 1, 2024 20:36 Updated: OCTOBER 1, 2024 22:10 Six people were "
        "killed and at least 12 injured when two terrorists opened fire and stabbed "
        "passengers at a light rail station on Jerusalem Boulevard in Jaffa on Tuesday "
        "evening, police and Magen David Adom said. The attackers, who police said came from "
        "the Hebron area in the West Bank, got off a train and began shooting at people on "
        "the platform and in the carriage before running into a nearby street. One of them "
        "was shot dead by an armed civilian and the other by a police officer, police said. "
        "Among the dead were a nurse on her way home from a hospital shift and two students. "
        "“We saw people lying on the platform, the train doors still open,” an MDA "
        "paramedic said. Hamas praised the attack but did not formally claim it. Police "
        "raised their alert level across central Israel after the attack and reinforced "
        "patrols at train and bus stations. Police Commissioner Daniel Levy said officers "
        "were checking whether the attackers had help from within Israel. (Photo credit: "
        "AVSHALOM SASSONI/MAARIV) Advertisement",
        "T V",
        "terror attack",
    ),
]
