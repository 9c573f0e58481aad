"""dev364 positives, part B: Africa, Asia, Latin America and crackdowns on campuses.

POSITIVES = [(title, text, tag codes, kind), ...]; tag codes of eval/conflictset.
"""

POSITIVES = [
    (
        "Yemen's cholera epidemic outpaces labs as air strikes hit clinics",
        "Yemen's cholera outbreak has become the fastest-growing on record, with more than 300,000 "
        "suspected cases since late April, the World Health Organization said on Monday, as "
        "health workers struggle in a country shattered by two years of war. Air strikes by the "
        "Saudi-led coalition have damaged or destroyed more than 270 health facilities, according "
        "to the UN, and a cholera treatment centre run by Médecins Sans Frontières in Abs was hit "
        "last year. Only two laboratories in the north can still confirm cases by culture, "
        "epidemiologists said. Sewage plants have stopped working because of fuel shortages "
        "caused by the blockade of Hodeidah port. Researchers from the London School of Hygiene "
        "and Tropical Medicine are sequencing samples to work out whether the strain came from "
        "East Africa. Some 30,000 health workers have not been paid for almost a year. Fighting "
        "continued on Monday around Taiz, where shelling of residential districts was reported.",
        "E H",
        "epidemic_in_war",
    ),
    (
        "Afghan women scientists scramble to flee as Taliban enter Kabul",
        "Afghan researchers, many of them women, are pleading with universities abroad for help "
        "after Taliban fighters swept into Kabul on Sunday, ending a lightning offensive that took "
        "nearly every provincial capital in ten days. Crowds of people trying to leave the "
        "country massed at the city's airport, where US troops fired warning shots on Monday. A "
        "chemist at Kabul University said she had burned her diplomas and hidden her laptop. "
        "“Everything we built for twenty years is finished in a week,” she said by phone. Scholars "
        "at Risk, a US-based network, said it had received more than 1,000 applications from "
        "Afghan academics since July. Several universities in Europe and Canada are offering "
        "fellowships, but researchers say the problem is getting out. Women make up about a "
        "quarter of Afghanistan's university lecturers, and many fear they will be barred from "
        "teaching, as they were under Taliban rule in the 1990s.",
        "B D",
        "offensive",
    ),
    (
        "Jihadist attack halts gene-drive mosquito work in Burkina Faso",
        "A malaria research project in western Burkina Faso has suspended its field work after "
        "gunmen killed five villagers and burned a health post near one of its study sites, the "
        "team said on Thursday. The attack, which local officials blamed on militants linked to "
        "al-Qaeda, took place overnight in a village about 40 kilometres from Bobo-Dioulasso. "
        "Project entomologists had been collecting mosquitoes there ahead of a planned release of "
        "genetically modified males. Hundreds of residents have fled to the town of Bama since "
        "the attack, according to a regional humanitarian coordinator. The researchers, from the "
        "Institut de Recherche en Sciences de la Santé, said all staff were safe but would not "
        "return until the army secured the area. Jihadist violence has displaced nearly two "
        "million people in Burkina Faso since 2015, and scientists say it has closed much of the "
        "country to long-term field studies.",
        "T V D",
        "village_attack",
    ),
    (
        "Rangers shot dead in Colombian park as dissidents shut out biologists",
        "Two park rangers were shot dead on Saturday in Tinigua National Park in Colombia's Meta "
        "department, the national parks agency said, blaming a dissident faction of the former "
        "FARC guerrillas that rejected the 2016 peace deal. The rangers had been escorting a "
        "team from the Humboldt Institute that was counting primates along the Guayabero river. "
        "The biologists escaped unhurt and were evacuated by helicopter on Sunday. Armed groups "
        "control large parts of the park and have ordered researchers and officials to stay "
        "away, said the agency's director, who suspended all field work in the area. Tinigua "
        "connects the Andes with the Amazon and has lost more than 20% of its forest to illegal "
        "cattle ranching in five years, according to satellite analyses. “We cannot send "
        "scientists where rangers are being killed,” the director said. The army said it had sent "
        "troops to pursue the attackers.",
        "V D",
        "killing",
    ),
    (
        "WHO epidemiologist killed in attack on Ebola hospital in Butembo",
        "A Cameroonian epidemiologist working for the World Health Organization was shot dead on "
        "Friday when armed men stormed the university hospital in Butembo, in eastern Democratic "
        "Republic of Congo, during a meeting of the Ebola response team. Two other people were "
        "wounded in the attack, the WHO said. Dr Richard Valery Mouzoko Kiboung had been in the "
        "region since the outbreak began last August. The attackers belonged to a local Mai-Mai "
        "militia, according to the provincial police. There have been more than 119 attacks on "
        "Ebola treatment centres and health workers this year, forcing teams to suspend "
        "vaccination and contact tracing for days at a time. Epidemiologists say each pause lets "
        "the virus spread further, and the outbreak has now reached nearly 1,300 cases. The WHO's "
        "director-general said he was heartbroken and that the response would not be stopped.",
        "V H",
        "attack_on_health",
    ),
    (
        "Twelve rangers killed in Virunga ambush as gorilla research is suspended",
        "Gunmen ambushed a convoy in Virunga National Park on Friday, killing 12 rangers, a driver "
        "and four other civilians, the park's management said. The attack happened on the road "
        "near Rumangabo, the park headquarters, and was blamed on the FDLR, a Rwandan Hutu rebel "
        "group active in eastern Congo. Researchers who study the mountain gorillas of the "
        "Mikeno sector have been told to stay at the station until further notice. “This is the "
        "worst attack in the park's recent history,” said its director. More than 200 rangers "
        "have been killed in Virunga since it was created in 1925, most of them in the last two "
        "decades. Primatologists said the long-term behaviour records, kept almost without "
        "interruption for years, would now have a gap. The park was closed to tourists last month "
        "because of the coronavirus.",
        "V",
        "ambush",
    ),
    (
        "Primate research centre staff flee as M23 fighters advance on Bukavu",
        "Scientists and keepers at the Lwiro primate sanctuary in South Kivu fled into the "
        "surrounding hills on Thursday as fighting between the M23 rebels and Congolese troops "
        "reached the nearby airport at Kavumu. The sanctuary is on the grounds of the Centre de "
        "Recherche en Sciences Naturelles, which has studied the region's forests and wildlife "
        "since the 1940s. About 100 chimpanzees and monkeys remain in their enclosures, and "
        "staff said they did not know whether they could return to feed them. Residents reported "
        "heavy gunfire and explosions through the night. The Rwanda-backed rebels seized Goma "
        "last month and have been pushing south along Lake Kivu. Aid agencies say tens of "
        "thousands of people have left Bukavu for the south. Herbarium specimens collected over "
        "eight decades are stored in a building with no power, a botanist at the centre said.",
        "B D",
        "offensive",
    ),
    (
        "Gunmen kill polio vaccinators and police escort in north-west Pakistan",
        "Gunmen on motorcycles opened fire on a polio vaccination team in Bajaur district on "
        "Sunday, killing two health workers and a policeman assigned to protect them, officials "
        "said. The attack came on the first day of a nationwide campaign aiming to vaccinate more "
        "than 45 million children under five. The Pakistani Taliban have long targeted "
        "vaccination teams, claiming the campaigns are a western plot, and police called the "
        "killing a terrorist attack. Pakistan and Afghanistan are the only countries where wild "
        "poliovirus still circulates, and environmental samples have detected it in sewage in "
        "dozens of districts this year. The campaign was suspended in Bajaur for the day. "
        "Scientists at the Global Polio Eradication Initiative say insecurity is the main reason "
        "children are missed. Nearly 70 vaccinators and guards have been killed in Pakistan since "
        "2012.",
        "V T H",
        "shooting",
    ),
    (
        "Archaeologists fear for Baalbek temples as Israeli strikes hit Lebanese city",
        "Archaeologists warned on Thursday that the Roman temples of Baalbek, among the best "
        "preserved in the world, were at risk after Israeli air strikes hit the city and its "
        "outskirts for a third day. One strike landed about 500 metres from the temple complex, "
        "damaging an Ottoman-era building nearby, according to the town's mayor, who said 19 "
        "people were killed across the area on Wednesday. The Israeli military issued evacuation "
        "orders for all of Baalbek, and thousands of residents fled towards Deir al-Ahmar. "
        "Israel says it is striking Hezbollah weapons depots and fighters in the Bekaa valley. "
        "UNESCO said it was monitoring the situation by satellite and had reminded parties of "
        "their obligations under the 1954 Hague Convention. Lebanese archaeologists are moving "
        "portable objects from the site museum to Beirut. “The stones have survived earthquakes; "
        "we don't know about bombs,” one said.",
        "E D",
        "airstrike",
    ),
    (
        "Scientists among hundreds detained at anti-war protests in Moscow",
        "At least a dozen researchers from Moscow universities and institutes of the Russian "
        "Academy of Sciences were among more than 1,700 people detained at anti-war protests on "
        "Thursday evening, according to the rights group OVD-Info. Riot police dragged "
        "protesters into buses on Pushkin Square and beat several with batons, videos posted "
        "online show. A physicist at the Lebedev Institute said he was held for seven hours at a "
        "police station and would face a fine. Hours earlier, an open letter against the "
        "invasion of Ukraine signed by thousands of Russian scientists and science journalists "
        "was published online. The authorities have warned that taking part in unauthorised "
        "rallies can lead to criminal charges. “We knew what would happen, but it was impossible "
        "to stay silent,” said a biologist who took part. Protests were also broken up in St "
        "Petersburg and a dozen other cities.",
        "U",
        "crackdown",
    ),
    (
        "Security forces storm Iran's Sharif University as protests spread to campuses",
        "Iranian security forces surrounded Sharif University of Technology in Tehran on Sunday "
        "night and fired tear gas and paintball guns at students protesting against the death of "
        "Mahsa Amini, witnesses and rights groups said. Dozens of students were trapped in the "
        "university's car park, and some were taken away in vans with their heads covered, "
        "according to videos verified by news agencies. Sharif, the country's top engineering "
        "school, has trained many of Iran's leading scientists and sends graduates to research "
        "groups around the world. Its alumni abroad called on universities to speak out, and "
        "more than 1,000 academics signed a letter condemning the raid by Monday. The science "
        "minister visited the campus and said arrested students would be released. Protests "
        "have continued for more than two weeks in cities across Iran, and rights groups say "
        "more than 90 people have been killed.",
        "U",
        "crackdown",
    ),
    (
        "Hundreds trapped at Hong Kong PolyU as police besiege campus",
        "Hundreds of protesters and students remained trapped on Monday inside Hong Kong "
        "Polytechnic University, after a night in which police fired tear gas and rubber bullets "
        "and demonstrators threw petrol bombs and set fire to the main entrance. Police said "
        "anyone leaving would be arrested for rioting. Researchers locked out of the campus said "
        "they were worried about laboratory animals, cell cultures and dangerous chemicals stored "
        "in buildings that protesters had occupied. The university said some chemicals had been "
        "taken from its labs. About 600 people have left the campus, including 200 under 18, "
        "according to the government. “Years of samples are sitting in freezers that might have "
        "lost power,” said a postdoctoral researcher in biomedical engineering. The stand-off is "
        "the most serious confrontation since protests began in June over a proposed extradition "
        "law.",
        "U",
        "siege_of_campus",
    ),
    (
        "Al-Shabaab gunmen kill 147 at Kenya's Garissa University College",
        "Al-Shabaab gunmen stormed Garissa University College in north-eastern Kenya before dawn "
        "on Thursday, killing at least 147 people, most of them students, in the deadliest attack "
        "in the country since the 1998 US embassy bombing. Survivors said the attackers went from "
        "dormitory to dormitory, separating Christian students from Muslims and shooting them. "
        "Kenyan security forces ended the siege after about 15 hours, and four gunmen were "
        "killed, the interior minister said. The Somali group said the attack was revenge for "
        "Kenya's military presence in Somalia. The college, opened in 2011, was the only "
        "university institution in the region and trained teachers and science graduates. "
        "Academics across Kenya said the attack would make it even harder to recruit lecturers "
        "to the north-east. The university has been closed and its 800 surviving students sent "
        "home.",
        "T V M",
        "terror_attack",
    ),
    (
        "Myanmar military air strike kills students at school in Sagaing, teachers say",
        "A Myanmar military helicopter attack on a village school in Sagaing region killed at "
        "least seven children on Friday, teachers and local officials opposed to the junta said. "
        "Soldiers then landed and fired on villagers, and detained several people, witnesses "
        "said. The school had been set up by a local group of teachers and university lecturers "
        "who were dismissed for joining the civil disobedience movement after the 2021 coup. "
        "Among them are former researchers from Mandalay University who now teach biology and "
        "chemistry in forest classrooms. “We have no labs, we teach with textbooks we copied by "
        "hand,” one former lecturer said. The junta said it had attacked a base of rebel "
        "fighters. Thousands of villagers in the area have fled into the forest, according to a "
        "local aid group. Myanmar's universities have lost about a third of their academic staff "
        "since the coup, according to one estimate.",
        "E V D",
        "air_attack",
    ),
    (
        "Siege leaves Tigray's labs without reagents, researchers say",
        "Scientists at Mekelle University in Ethiopia's Tigray region say their laboratories have "
        "almost stopped working because of a federal blockade that has cut the region off from "
        "banking, fuel, electricity and medical supplies for more than a year. Researchers "
        "describe running out of reagents, culture media and even gloves, and say diagnostic "
        "labs at the Ayder referral hospital can no longer test for tuberculosis drug "
        "resistance. Staff have not been paid since mid-2021. The World Health Organization says "
        "only a trickle of aid trucks has entered Tigray since fighting between Tigrayan forces "
        "and federal troops resumed in August, and that people are dying from lack of medicine. "
        "A pharmacologist at the hospital said he had seen colleagues collapse from hunger. "
        "“We are not doing research; we are trying to stay alive,” he wrote in an email smuggled "
        "out via a satellite link. Drone strikes on Mekelle have been reported this month.",
        "H E",
        "siege",
    ),
    (
        "Gangs overrun Haiti's main teaching hospital and medical school",
        "Armed gangs stormed the State University Hospital of Haiti in Port-au-Prince on Tuesday "
        "and set fire to part of the adjoining faculty of medicine, university officials said. "
        "Staff and patients had been evacuated days earlier as fighting between the police and "
        "the Viv Ansanm gang coalition moved into the city centre. The hospital, known as the "
        "General Hospital, is Haiti's largest public health facility and hosts the country's "
        "main training programmes for doctors and laboratory technicians. Videos posted by gang "
        "members showed them walking through wards and the pharmacy. A microbiologist who taught "
        "at the faculty said the tuberculosis laboratory had been looted. The UN says more than "
        "700,000 people are now displaced across Haiti, and that gangs control about 85% of the "
        "capital. The Kenyan-led security mission said it was working with the police to retake "
        "the area.",
        "B V H D",
        "gang_attack",
    ),
]
