"""dev333 positives, part B: abductions by armed groups, communal and settler violence,
crackdowns on protests, journalists killed by armed parties."""

POSITIVES = [
    (
        "Houthis detain more UN staff as WFP worker dies in custody",
        "Yemen's Houthi movement detained seven more United Nations employees in Sanaa on "
        "Thursday, bringing to 73 the number of UN staff it is holding, the world body said. "
        "Armed men raided the homes of the workers before dawn and seized their phones and "
        "computers, according to a UN official who was not authorised to speak publicly. The "
        "arrests came days after the World Food Programme said one of its staff members had died "
        "in Houthi detention in Saada province under circumstances that remain unexplained. "
        'Amnesty International called the detentions "a brazen assault on the humanitarian '
        'system" and said some of those held had been denied contact with their families for '
        "more than a year. The Houthis accuse the detainees of spying for the United States and "
        "Israel. The UN has suspended its operations in Saada and relocated its resident "
        "coordinator to Aden, warning that aid to millions of people in the north is at risk. The "
        "UN says the detained include staff of UNICEF, the World Food Programme, the human rights "
        "office and the UN Development Programme, as well as employees of non-governmental groups "
        "and a diplomatic mission. Some have been held since 2021. Secretary-General Antonio "
        "Guterres has called for their immediate and unconditional release. The Houthis, who "
        "control Sanaa and much of northern Yemen, have been fighting a Saudi-led coalition and "
        "the internationally recognised government since 2014. Aid officials say the detentions "
        "have made it almost impossible to recruit local staff in Houthi-held areas.",
        "V H",
        "abduction",
    ),
    (
        "Cameroon: separatists killed teachers and burned school, HRW says",
        "Armed separatists in Cameroon's North-West region abducted and killed two teachers and "
        "set fire to a secondary school in Bamenda last week as part of their campaign to enforce "
        "a boycott of classes, Human Rights Watch said on Monday. The group said the fighters, "
        "who call themselves Amba Boys, accused the teachers of defying the boycott and posted a "
        "video of their bodies on social media. In a separate incident documented in the same "
        "report, soldiers raided the village of Mbengwi after a separatist ambush, burning at "
        "least 30 homes and shooting a man with a disability who could not run away. The conflict "
        "in the English-speaking regions has killed more than 6,000 people since 2017. "
        '"Civilians are caught between both sides and neither is being held to account," the '
        "group's Central Africa researcher said. The army said it was investigating. Schools in "
        "the English-speaking regions have been closed for long periods since separatists began "
        "enforcing the boycott in 2017.",
        "V M",
        "abduction",
    ),
    (
        "Amnesty: gunmen killed up to 200 in overnight attack on Yelwata, Benue",
        "Gunmen attacked the town of Yelwata in Nigeria's Benue state overnight, killing between "
        "100 and 200 people, many of them displaced farmers sheltering in the market area, "
        "Amnesty International Nigeria said on Saturday. Residents said the attackers arrived at "
        "about 10 p.m., shooting people and setting fire to houses with families locked inside. "
        "Survivors told local journalists that the attack lasted for several hours before police "
        "and soldiers arrived. The state government gave a lower toll and said the army had "
        "launched an operation to track down the attackers, described by residents as armed "
        "herders. Thousands of people have fled to the state capital Makurdi, where emergency "
        "officials said camps were already overcrowded. Amnesty said more than 2,600 people had "
        "been killed in Benue in attacks since 2023 and accused the authorities of failing to "
        "protect rural communities.",
        "V D",
        "massacre",
    ),
    (
        "Nicaragua: paramilitaries fired on students sheltering in Managua church",
        "Police and armed pro-government groups fired for more than 15 hours on students who had "
        "sought refuge in a church near the National Autonomous University of Nicaragua in "
        "Managua, killing two young men, the Nicaraguan Center for Human Rights said on Saturday. "
        "Priests and journalists trapped inside with about 200 students described bullets hitting "
        "the walls of the Divine Mercy parish throughout the night. The Catholic Church "
        "negotiated the students' release on Saturday morning. The rights centre says at least "
        "350 people have been killed since protests against President Daniel Ortega began in "
        "April, most of them by police and hooded paramilitaries. The government says the "
        "protesters are staging a coup and that officers have also been killed. The "
        "Inter-American Commission on Human Rights called the attack on the university a grave "
        "violation and asked to be allowed to return to the country.",
        "U V",
        "crackdown",
    ),
    (
        "Peru: soldiers fired on protesters at Ayacucho airport, rights groups say",
        "Soldiers fired live ammunition at protesters who tried to take over the airport in the "
        "Andean city of Ayacucho on Thursday, killing at least eight people, Peru's ombudsman and "
        "local rights groups said. Doctors at the regional hospital said most of the victims had "
        "gunshot wounds to the chest and head, and more than 50 people were being treated for "
        "injuries. The protesters are demanding the release of former president Pedro Castillo "
        "and early elections. The armed forces said troops had been attacked with stones and "
        "slingshots and had acted in self-defence. Amnesty International said the use of firearms "
        "against demonstrators was unjustifiable and called for an independent investigation. The "
        "government of President Dina Boluarte has declared a 30-day state of emergency, and the "
        "national death toll from the unrest has risen to 26. It was one of the deadliest days of "
        "the unrest that followed Castillo's removal and arrest for trying to dissolve Congress.",
        "U",
        "crackdown",
    ),
    (
        "Kazakhstan: 'shoot without warning' order as troops retake Almaty",
        "President Kassym-Jomart Tokayev said on Friday he had ordered security forces to shoot "
        "without warning to put down what he called terrorist gangs, as gunfire continued in "
        'parts of Almaty after a week of unrest. The Interior Ministry said 26 "armed '
        'criminals" had been killed and more than 3,000 people detained, while 18 members of the '
        "security forces had died. Rights groups said they could not verify the figures because "
        "the internet was cut across the country. Protests that began over fuel prices in the "
        "west turned violent in Almaty, where crowds stormed and burned the mayor's office. "
        "Troops from a Russian-led alliance have arrived at Tokayev's request. Human Rights Watch "
        "said the authorities must follow international standards on the use of lethal force and "
        "warned against mass arrests of peaceful protesters. Officials said government buildings "
        "in several cities had been seized by crowds and then retaken by the security forces.",
        "U M",
        "crackdown",
    ),
    (
        "Viasna: 7,000 detained, hundreds beaten in Belarus crackdown",
        "Belarusian riot police have detained nearly 7,000 people in four nights of protests "
        "against the official result of the presidential election, and hundreds of them have been "
        "beaten in detention, the Viasna human rights centre said on Thursday. Released detainees "
        "described being forced to kneel for hours in the courtyard of the Okrestina detention "
        "centre in Minsk while officers hit them with truncheons. Police fired rubber bullets and "
        "stun grenades at crowds in Minsk, Brest and Gomel, and one protester was killed in the "
        "capital on Monday. Women in white formed human chains across the city on Thursday in a "
        "peaceful show of solidarity with those detained. The UN High Commissioner for Human "
        "Rights said there were credible reports of torture. Alexander Lukashenko, declared the "
        "winner with 80% of the vote, has dismissed the protesters as criminals controlled from "
        "abroad.",
        "U",
        "crackdown",
    ),
    (
        "Nepal: 19 killed as police fire on 'Gen Z' protest at parliament",
        "Police in Kathmandu opened fire on thousands of young people protesting against a social "
        "media ban and corruption on Monday, killing at least 19 people, hospital officials said. "
        "Demonstrators pushed through barricades around the federal parliament in the New "
        "Baneshwor area, and police responded with water cannon, tear gas, rubber bullets and "
        "then live rounds, according to witnesses. More than 300 people were injured. The "
        "National Human Rights Commission said some of those killed were schoolchildren in "
        "uniform. The government imposed a curfew around government buildings in the capital and "
        "in several other cities. Home Minister Ramesh Lekhak resigned in the evening, saying he "
        "took moral responsibility. The ban on 26 platforms including Facebook, YouTube and X, "
        "imposed last week, was at the heart of the protests, organised through Discord and "
        "TikTok. Videos shared on social media showed young people carrying wounded friends away "
        "from the parliament gates and police firing from behind the barricades. The Civil "
        "Hospital in Kathmandu said its emergency ward was overwhelmed and called for blood "
        "donors. Protests also broke out in Pokhara, Butwal and Itahari, where demonstrators set "
        "fire to a municipal office. The UN human rights office said it was shocked by the "
        "killings and called for a prompt and transparent investigation. Prime Minister K P "
        "Sharma Oli called an emergency cabinet meeting late on Monday.",
        "U",
        "crackdown",
    ),
    (
        "Manipur: rights panel says 60,000 displaced as ethnic violence enters third week",
        "More than 60,000 people have been displaced by ethnic violence between Meitei and "
        "Kuki-Zo communities in India's Manipur state, and at least 98 have been killed, the "
        "state government said, as a visiting fact-finding team of women's rights groups "
        "described villages burned to the ground in the foothills around the Imphal valley. Mobs "
        "have torched churches, homes and police stations, and armed groups have looted thousands "
        "of weapons from state armouries. The team said it had recorded testimony of sexual "
        "violence against Kuki women by Meitei mobs in the first days of the clashes. Families "
        "from both communities are crowded into relief camps in schools and college halls, where "
        "volunteers say food and medicine are running low. The internet has been suspended across "
        "the state for 20 days. The army and paramilitary Assam Rifles have deployed thousands of "
        "troops to create buffer zones between the two communities. The fact-finding team said "
        "women in several relief camps had asked for police protection that never came. Rights "
        "groups accused the state government of taking sides, a charge Chief Minister N Biren "
        "Singh denied. Thousands of Kuki-Zo residents have also crossed into neighbouring "
        "Mizoram. Roads between the valley and the hill districts remain blocked, cutting off "
        "supplies of fuel and medicine.",
        "U V D H",
        "communal_violence",
    ),
    (
        "B'Tselem: settlers torched homes and cars in Huwara rampage",
        "Hundreds of Israeli settlers rampaged through the Palestinian town of Huwara and nearby "
        "villages in the occupied West Bank on Sunday night, setting fire to dozens of homes and "
        "cars, the Israeli rights group B'Tselem said. One Palestinian man, Sameh Aqtash, was "
        "shot dead in Za'tara, and the Palestinian Red Crescent said it had treated nearly 400 "
        "people, most of them for tear gas inhalation. Video published by residents shows "
        "settlers throwing stones and firebombs while soldiers stood nearby. The attack came "
        "hours after a Palestinian gunman killed two Israeli brothers as they drove through the "
        "town. B'Tselem said the army had done nothing to stop what it called a pogrom, and "
        "several families fled to relatives in Nablus. Israel's military chief condemned the "
        'violence, while a senior minister later said Huwara should be "wiped out".',
        "V D",
        "settler_violence",
    ),
    (
        "Iraq: rights commission says 149 killed as snipers fired on Baghdad protests",
        "Iraq's semi-official High Commission for Human Rights said on Tuesday that 149 people "
        "had been killed in a week of protests against corruption and unemployment, most of them "
        "in Baghdad, where witnesses said snipers fired from rooftops on crowds near Tahrir "
        "Square. The commission said more than 6,000 people had been wounded, including hundreds "
        "of security personnel. Protesters burned the offices of several political parties and "
        "militias in the south. Amnesty International said security forces had also stormed "
        "hospitals to detain wounded demonstrators. A government inquiry acknowledged that "
        "officers had used excessive force but did not identify who deployed the snipers. "
        "Demonstrators and rights groups have accused Iran-backed militias. Prime Minister Adel "
        "Abdul Mahdi has promised jobs programmes and a cabinet reshuffle. Doctors in Baghdad "
        "said many of the dead had been shot in the head or chest. Internet access, cut for most "
        "of the week, was partly restored on Tuesday. Grand Ayatollah Ali al-Sistani, the "
        "country's top Shia cleric, told the government it was responsible for the bloodshed. The "
        "commission said hundreds of protesters had been arrested and most were later released.",
        "U",
        "crackdown",
    ),
    (
        "Amnesty: insurgents beheaded civilians as they fled Palma",
        "Insurgents linked to Islamic State who overran the town of Palma in northern Mozambique "
        "beheaded civilians as they fled, and government forces and private contractors also "
        "committed abuses, Amnesty International said on Thursday. Survivors told the group they "
        "saw bodies in the streets and on the beach as they tried to reach boats. Fighting in the "
        "gas-rich Cabo Delgado province entered a second week on Wednesday, with the army saying "
        "it had retaken parts of the town. Hundreds of people remain unaccounted for, and more "
        "than 11,000 have arrived by boat, road and on foot in Pemba and other towns, according "
        "to the International Organization for Migration. Amnesty said a helicopter operated by a "
        "South African security firm had fired indiscriminately at people on the ground. The "
        "conflict has displaced about 700,000 people since 2017. Workers from the nearby "
        "liquefied natural gas project of France's TotalEnergies were among those who sought "
        "refuge at a hotel that came under attack. A convoy that tried to leave the hotel was "
        "ambushed and several people were killed, according to security sources. Aid agencies say "
        "food is running out for families who reached the Afungi peninsula. Amnesty urged the "
        "government to allow humanitarian access and to investigate abuses by all sides. "
        "Mozambique has so far declined offers of foreign troops.",
        "T V B D",
        "attack",
    ),
    (
        "Turkish drone strike kills two Kurdish journalists in northern Syria, CPJ says",
        "Two Kurdish journalists were killed by a Turkish drone strike on their car near the "
        "Tishrin dam in northern Syria on Thursday, the Committee to Protect Journalists said. "
        "Nazim Dashtan and Cihan Bilgin, who worked for Kurdish outlets, had been reporting on "
        "clashes between the Kurdish-led Syrian Democratic Forces and Turkish-backed factions "
        "around the dam. CPJ said the vehicle was clearly marked as press. The Syrian Democratic "
        "Forces said the strike was a deliberate attack on journalists; Turkey's defence ministry "
        'said it targeted "terrorist elements". Fighting around the dam and the city of Manbij '
        "has intensified since the fall of the Assad government earlier this month, and thousands "
        "of Kurdish families have fled east across the Euphrates. Press freedom groups said at "
        "least nine media workers had been killed in Syria this year.",
        "E V B D",
        "drone_strike",
    ),
    (
        "Suicide bomber kills 53 at Kabul education centre, most of them girls",
        "A suicide bomber blew himself up among hundreds of students sitting a practice "
        "university entrance exam at the Kaaj education centre in western Kabul on Friday, "
        "killing at least 53 people, most of them young women and girls, the UN Assistance "
        "Mission in Afghanistan said. The centre is in Dasht-e-Barchi, a district mostly "
        "inhabited by the Shia Hazara minority, which has been repeatedly targeted by the local "
        "affiliate of Islamic State. No group has claimed responsibility. Hundreds of Hazara "
        'women protested in Kabul and Mazar-i-Sharif on Saturday, chanting "Stop Hazara '
        'genocide". UN rights experts said the attack showed that the Taliban authorities had '
        "failed to protect minorities. Amnesty International said the bombing was a crime under "
        "international law and called for an independent investigation.",
        "T E V",
        "suicide_bombing",
    ),
    (
        "Rio police raid leaves 121 dead as gang fights back with drones",
        "At least 121 people, including four police officers, were killed on Tuesday in the "
        "deadliest police operation in Rio de Janeiro's history, as 2,500 officers stormed the "
        "Alemao and Penha favela complexes to target the Comando Vermelho drug faction. The state "
        "government said the gang had fired on officers with rifles and dropped explosives from "
        "drones, and that 113 people had been arrested. Residents carried dozens of bodies down "
        "from a wooded hillside overnight and laid them out in a square in Penha, some of them "
        "with stab wounds and signs of execution, according to local activists. The UN human "
        "rights office said it was horrified and called for prompt and effective investigations. "
        "Schools and health clinics in the area closed and more than 70 bus lines were suspended. "
        "Governor Claudio Castro described the operation as a success against "
        '"narco-terrorists". Relatives searched for missing men in the woods above the favelas '
        "on Wednesday morning, some of them carrying sheets to cover the bodies. The public "
        "defender's office said it would ask for independent autopsies. President Luiz Inacio "
        "Lula da Silva said he was appalled by the number of deaths and called a meeting of his "
        "ministers. Human Rights Watch said the operation was part of a long pattern of lethal "
        "police violence in Rio. Police said they seized 93 rifles and more than half a tonne of "
        "drugs. The operation came days before Rio hosted international events linked to the "
        "COP30 climate summit.",
        "B M E",
        "raid",
    ),
    (
        "Tanzania: opposition says hundreds killed as police shot at election protesters",
        "Tanzania's main opposition party said on Thursday that about 700 people had been killed "
        "by security forces during three days of protests over the general election, a figure "
        "that could not be independently verified because of a nationwide internet shutdown. A "
        "diplomatic source told AFP there were credible reports of at least 500 deaths. Witnesses "
        "in Dar es Salaam and Mwanza described police firing live rounds and tear gas at young "
        "protesters who burned buses, a petrol station and police posts. The UN human rights "
        "office said it had received reports of at least 10 people killed in three cities and "
        "urged restraint. President Samia Suluhu Hassan, whose main challengers were barred from "
        "the vote, was declared the winner with 98% of the vote. The army chief called the "
        "protesters criminals and said the military was ready to restore order. The government "
        "declared a curfew in Dar es Salaam and ordered civil servants to work from home. Images "
        "verified by Amnesty International show bodies lying in a street in the Kimara district. "
        "The Tanganyika Law Society said dozens of its members were trying to locate detained "
        "relatives. The Catholic bishops' conference called for dialogue and an end to the "
        "killings. Kenyan and Ugandan activists who tried to enter the country to observe the "
        "vote were deported.",
        "U",
        "crackdown",
    ),
]
