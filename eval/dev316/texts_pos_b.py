"""dev316 positives, part b: obituaries of people killed in current fighting, strikes, attacks,
assassinations and crackdowns (the Americas, Asia, Africa, Iran). (title, text, tag codes, kind)."""

POSITIVES = [
    (
        "Cauca social leader María Ofelia Campo killed by dissident gunmen",
        "María Ofelia Campo, an Indigenous Nasa leader who spent two decades campaigning against "
        "the recruitment of children by armed groups in Colombia's Cauca department, was shot dead "
        "on Saturday near her home in the municipality of Toribío, the regional Indigenous council "
        "CRIC said. She was 52. According to the council, armed men from a dissident faction of "
        "the "
        "former FARC guerrillas stopped her on a rural road, forced her off her motorcycle and "
        "fired "
        "several times. The Ombudsman's Office said she had reported threats from the group in "
        "March and had been assigned a bodyguard who was not with her that day. Campo was a "
        "coordinator of the Indigenous Guard, the unarmed community patrols whose members carry "
        "only ceremonial staffs, and had helped bring back dozens of teenagers from armed camps in "
        "the mountains. The Indepaz think tank says she was the 118th social leader killed in "
        "Colombia this year. President Gustavo Petro wrote on X that the killers “will not silence "
        "the Nasa people” and sent the defence minister to Popayán. Hundreds of guards escorted "
        "her "
        "coffin to the cemetery on Monday. She is survived by her partner and three children.",
        "V",
        "assassination",
    ),
    (
        "Gisela Durán, mayoral candidate shot at campaign rally in Guerrero",
        "Gisela Durán, a former nurse running for mayor of a small municipality in Mexico's "
        "Guerrero state, was shot dead on Thursday evening as she greeted supporters at the "
        "close of "
        "a campaign event, state prosecutors said. She was 44. Witnesses told local media that two "
        "gunmen walked up to the stage, fired repeatedly and escaped in a pickup truck; a campaign "
        "volunteer was also wounded. The state prosecutor's office said it was investigating the "
        "possible involvement of a criminal group that controls the region and has warned "
        "candidates not to campaign there. Durán had said in interviews that she had received "
        "threats after refusing to include people chosen by the group on her list of councillors. "
        "She worked for 20 years at the health centre in the municipal seat before entering "
        "politics in 2021, when she was elected a local councillor. The electoral authority said "
        "she was at least the 25th candidate killed since the campaign began, in the most violent "
        "election season on record. Her party called for federal protection for all of its "
        "candidates. She leaves a husband and two teenage sons.",
        "V",
        "assassination",
    ),
    (
        "Myanmar poet Ko Thet Naing killed in junta airstrike on Sagaing village",
        "Ko Thet Naing, a poet whose verses against the 2021 coup were recited at protests across "
        "Myanmar before he joined the armed resistance, was killed on Tuesday when military jets "
        "bombed a village in Sagaing region, a local defence force and his publisher said. He was "
        "38. The strike on the village of Let Yet Kone, in Depayin township, killed at least nine "
        "people, including two children, according to residents, who said a school building and a "
        "monastery were hit. The junta's information team said it had struck “terrorist "
        "positions” in the area. Thet Naing published three collections before the coup and ran a "
        "bookshop in Monywa. After the army crushed the protests in 2021 he fled to the "
        "countryside "
        "and joined a People's Defence Force, where he edited a resistance newsletter and taught "
        "literature to village children displaced by the fighting. His last poem, posted on "
        "Facebook two days before his death, was about the sound of planes at night. Friends said "
        "he had refused offers to leave for Thailand. His body was buried under a tamarind tree "
        "near the village, because the road to his home town was under military control.",
        "E V D",
        "airstrike",
    ),
    (
        "White Helmets volunteer Khaled Omar dies in double-tap strike on Idlib market",
        "Khaled Omar, a volunteer rescuer with the Syria Civil Defence, known as the White "
        "Helmets, "
        "was killed on Monday when a second airstrike hit a market in Maarat al-Numan as his team "
        "was pulling survivors from the rubble of the first, the group said. He was 32. The Syrian "
        "Observatory for Human Rights said 19 civilians were killed in the two strikes, which it "
        "attributed to Russian warplanes supporting the government offensive in southern Idlib. "
        "Russia denied carrying out raids in the area. Omar, a former carpenter, joined the White "
        "Helmets in 2014 after his brother was wounded in a barrel bomb attack, and became known "
        "among colleagues for working without rest during the heaviest bombardments. Footage of "
        "him "
        "carrying a girl from a collapsed building in 2017 circulated widely online. The group "
        "said "
        "he was the 270th of its volunteers killed since it was founded. Hundreds of thousands of "
        "people have fled the area for camps near the Turkish border in the past weeks, according "
        "to the UN. He is survived by his wife and a son born in a camp at Atmeh.",
        "E V H D M",
        "airstrike",
    ),
    (
        "Aid convoy driver Yusuf Adam killed in attack on WFP trucks in South Kordofan",
        "Yusuf Adam, a truck driver who had delivered food for the World Food Programme in "
        "Sudan for "
        "more than 15 years, was killed when gunmen attacked an aid convoy in South Kordofan, the "
        "agency said on Friday. He was 53. WFP said the convoy of 16 trucks was carrying sorghum, "
        "lentils and oil to families in Kadugli, a town cut off by fighting, when it came under "
        "fire on Thursday near the village of al-Kweik. Another driver was wounded and three "
        "trucks "
        "were burned. The agency did not name the attackers; the army and the Rapid Support Forces "
        "accused each other. “Yusuf drove through every crisis this country had and never once "
        "turned back,” WFP's country director said. Adam was born in Nyala and began driving "
        "lorries between Darfur and Khartoum as a teenager. Colleagues said he kept a notebook of "
        "every delivery, and that he often paid out of his own pocket to repair the trucks. The UN "
        "says more than 25 million people in Sudan face acute hunger and that attacks on convoys "
        "have made many routes impassable. He leaves a wife and eight children in El Obeid.",
        "V H",
        "attack_on_aid",
    ),
    (
        "Haitian radio journalist Wendy Saint-Fleur killed in gang attack on reopened hospital",
        "Wendy Saint-Fleur, a reporter for a Port-au-Prince radio station, was killed on Tuesday "
        "when gang members opened fire on journalists gathered for the reopening of the General "
        "Hospital in the capital's centre, police and her station said. She was 28. Another "
        "reporter "
        "and a police officer were also killed and at least seven people were wounded, the Online "
        "Media Collective said. The Viv Ansanm gang coalition, which controls most of the city, "
        "claimed the attack in a video, saying it had not authorised the reopening. Saint-Fleur "
        "grew up in the Carrefour-Feuilles district, which gangs overran in 2023 and forced her "
        "family to flee. She covered the displacement sites that sprang up in schools and public "
        "buildings across the capital, and her reports on conditions in them won a regional prize "
        "last year. Colleagues said she had been threatened after a broadcast about gang "
        "recruitment "
        "of children. The transitional presidential council condemned a “barbaric attack on the "
        "press” and promised that those responsible would be pursued. She is survived by her "
        "mother and a younger brother.",
        "V D",
        "gang_attack",
    ),
    (
        "Emir of Gidan Dangana killed by bandits after months of threats",
        "Alhaji Sani Abubakar, the traditional ruler of Gidan Dangana in Nigeria's Sokoto state, "
        "was killed by armed bandits who attacked his palace on Sunday night, police and local "
        "officials said. He was 72. Police spokesman Ahmad Rufai said dozens of gunmen on "
        "motorcycles stormed the town, shooting at residents and burning shops, and abducted the "
        "emir before killing him outside the town. At least seven other people were killed and "
        "several women were taken, residents said. Abubakar had ruled the emirate since 1998 and "
        "was known for mediating between Fulani herders and Hausa farmers and for opening schools "
        "for girls. He had publicly refused to pay the levies bandit leaders have imposed on "
        "villages in the area, relatives said. Governor Ahmed Aliyu ordered security forces to "
        "hunt "
        "down the attackers and declared a day of mourning. Hundreds of residents fled to the "
        "local government headquarters after the attack, according to a community leader. The "
        "emir was buried on Monday according to Islamic rites.",
        "V D",
        "village_raid",
    ),
    (
        "Amhara official Getachew Belay shot dead in Bahir Dar",
        "Getachew Belay, the head of the ruling Prosperity Party in Ethiopia's Amhara region, was "
        "shot dead in Bahir Dar on Sunday night, the regional government said. He was 55. The "
        "regional administration blamed Fano militiamen, who have been fighting federal forces in "
        "the region, and said his two bodyguards were killed in the attack on his car. Fano "
        "spokesmen did not comment. Getachew, a former agronomist, rose through the ranks of the "
        "regional administration and had been one of the federal government's most prominent "
        "allies in Amhara since the end of the Tigray war. He championed the disarmament of "
        "regional special forces, a policy that set off the uprising, and had survived an earlier "
        "attempt on his life in Debre Markos. Federal authorities imposed a curfew in Bahir Dar "
        "and "
        "said troops were pursuing the attackers. Fighting in the region has killed hundreds of "
        "civilians and disrupted the harvest, aid agencies say. He is survived by his wife and "
        "three children.",
        "V",
        "assassination",
    ),
    (
        "Former Afghan MP Farida Hakimi shot dead in Kabul",
        "Farida Hakimi, one of the few women members of Afghanistan's former parliament who chose "
        "to stay in the country after the Taliban takeover, was shot dead at her home in Kabul "
        "early on Sunday, police said. She was 32. A Kabul police spokesman said gunmen entered "
        "the "
        "house and killed Hakimi and one of her bodyguards, and that her brother was wounded. "
        "Authorities said an investigation had been opened and that one of the guards had fled "
        "with "
        "money and jewellery. Colleagues said she had received threats and rejected the idea that "
        "the killing was a robbery. Hakimi, born in Nangarhar province, studied economics in "
        "Kabul and was elected for the capital in 2018. After the fall of the republic she worked "
        "for a women's aid organisation and refused offers of evacuation. The UN mission in "
        "Afghanistan condemned the killing and called for a transparent investigation. Former "
        "colleagues in exile described her as a courageous defender of women's right to work and "
        "study.",
        "V",
        "assassination",
    ),
    (
        "Mahsa Karimi, 17, killed as security forces fired on Zahedan protesters",
        "Mahsa Karimi, a 17-year-old high school student, was among those killed when Iranian "
        "security forces opened fire on protesters in the south-eastern city of Zahedan on Friday, "
        "her family and rights groups said. Iran Human Rights, a group based in Oslo, said at "
        "least "
        "66 people were killed as worshippers leaving Friday prayers marched towards a police "
        "station, some throwing stones. Relatives said Karimi was hit by a bullet in the chest "
        "near "
        "the Makki mosque and died before reaching hospital. State media said “terrorists” had "
        "attacked police stations and that members of the Revolutionary Guards were among the "
        "dead. Karimi, the eldest of five children, wanted to study medicine and had won a "
        "provincial prize in chemistry, a cousin said. Her family said security officials had "
        "pressed them to bury her at night and to say she died in an accident. Protests have "
        "spread "
        "across Iran since the death in custody of Mahsa Amini in September. Karimi was buried in "
        "the city's main cemetery on Sunday.",
        "U",
        "crackdown",
    ),
    (
        "Brian Otieno, 26, shot dead during Nairobi finance bill protests",
        "Brian Otieno, a 26-year-old aspiring musician, was shot dead in central Nairobi on "
        "Thursday as "
        "police fired tear gas and live rounds at protesters opposing new taxes, his family and "
        "witnesses said. Witnesses said he was shot in the thigh near Moi Avenue and bled heavily "
        "before friends took him to hospital, where he was declared dead. The Independent Policing "
        "Oversight Authority said it had opened an investigation. Police said officers had "
        "responded to rioters who were looting shops and attacking vehicles. The Kenya National "
        "Commission on Human Rights said at least 23 people were killed across the country during "
        "the week's demonstrations. Otieno grew up in Kibera and had recorded several songs with "
        "friends in a studio they built themselves. His mother said he had gone into town to buy "
        "a part for his keyboard. His death made him a symbol for the young Kenyans who "
        "organised the protests online, and his photograph was carried on placards at the "
        "following week's marches. He was buried in his family's home county of Siaya.",
        "U",
        "crackdown",
    ),
    (
        "Rakibul Hasan obituary: the Rajshahi student who marched for fair jobs",
        "Rakibul Hasan, a student at the University of Rajshahi who became one of the first "
        "victims "
        "of Bangladesh's protests over government job quotas, was shot dead during clashes near "
        "the "
        "campus gate on Tuesday. He was 23. Fellow students said he was hit in the neck as police "
        "fired on a crowd trying to march to the city centre. Police initially said he was "
        "killed when protesters threw stones and officers fired "
        "rubber bullets to disperse them. At least six people were killed across the country that "
        "day as students clashed with police and activists of the ruling party's student wing. "
        "Hasan, "
        "the son of a farm labourer, was the first in his family to go to university and was "
        "studying English. He had written on Facebook the day before that he was ready to die for "
        "fair jobs. The government shut schools and universities and suspended mobile internet. "
        "Thousands of people attended his funeral in his village in Naogaon, where students "
        "blocked the highway. He is survived by his parents and eight siblings.",
        "U",
        "crackdown",
    ),
    (
        "Catechist Filipe Mussa beheaded by insurgents in Cabo Delgado",
        "Filipe Mussa, a catechist who had led the Catholic mission's Sunday services in the "
        "village of Nacoba in northern Mozambique for more than 20 years, was killed by insurgents "
        "who attacked the village on Friday, the diocese of Pemba said. He was 60. The diocese "
        "said "
        "the attackers, whom the Islamic State group later claimed as its fighters, beheaded Mussa "
        "and another man and set fire to the chapel and dozens of homes. Residents who escaped "
        "into "
        "the bush walked for two days to reach Mueda, where the International Organization for "
        "Migration said more than 4,000 new arrivals had been registered. Mussa, a farmer and "
        "father of six, taught the catechism in Makonde and Portuguese and was known for walking "
        "between villages to visit the sick. Bishop António Juliasse said he had refused to leave "
        "when other families fled earlier in the year. Mozambican and Rwandan troops said they had "
        "sent patrols to the area. Since 2017 the insurgency has killed thousands of people and "
        "forced more than a million to flee their homes.",
        "V T D",
        "massacre",
    ),
    (
        "Village volunteer Th. Ibomcha killed in Manipur gunfight",
        "Thokchom Ibomcha, a 47-year-old farmer who served in his village's volunteer guard, was "
        "killed in a gunfight between armed groups in Manipur's Bishnupur district on Saturday, "
        "police said. Two other men were wounded in the exchange of fire near the foothill village "
        "of Phougakchao Ikhai, which lasted several hours. Police said armed men fired from "
        "positions in the hills and that village volunteers returned fire before central security "
        "forces arrived. Ibomcha grew rice and kept fish ponds and had no political affiliation, "
        "relatives said, but joined the night watch after ethnic violence between Meitei and "
        "Kuki-Zo "
        "communities broke out in May. More than 200 people have since been killed and some 60,000 "
        "displaced, many still living in relief camps. His family refused to claim his body for "
        "two "
        "days, demanding that the state government disarm the militias. Chief Minister N Biren "
        "Singh announced compensation for the family. He is survived by his wife and two "
        "daughters.",
        "B D",
        "communal_clash",
    ),
    (
        "Sergeant Major Yonatan Ben-Ami killed in fighting in Khan Younis",
        "Reserve Sergeant Major Yonatan Ben-Ami, a 35-year-old high school history teacher from "
        "Modiin, was killed in fighting in southern Gaza, the Israeli military said on Wednesday. "
        "The military said he died when an anti-tank missile hit a building where his unit was "
        "sheltering during an operation in Khan Younis, and that three other soldiers were "
        "seriously wounded. Hamas's armed wing said its fighters had targeted an Israeli force "
        "with a Yassin rocket in the area. Ben-Ami was called up on the day of the October 7 "
        "attack and had spent more than 200 days in reserve duty since, his family said. Pupils at "
        "the school where he taught for nine years described a teacher who brought maps to every "
        "lesson and ran trips to the Galilee. He was buried at the military cemetery on Mount "
        "Herzl in Jerusalem on Thursday. President Isaac Herzog called his widow to offer "
        "condolences. He is survived by his wife, Noa, and their three children.",
        "B E M",
        "battle",
    ),
    (
        "Singer Hawa Jubara killed as shell hits her Omdurman home",
        "Hawa Jubara, a singer whose wedding songs were a fixture at celebrations across Sudan for "
        "four decades, was killed on Saturday when a shell struck her home in Omdurman, her family "
        "and the Sudanese Artists' Union said. She was 66. The union said her husband was wounded "
        "in the shelling, which hit several houses in the old Omdurman neighbourhood of Banat "
        "as the "
        "army and the Rapid Support Forces fought across the Nile. Neither side commented. Jubara "
        "began singing at neighbourhood weddings as a teenager and recorded more than 80 songs, "
        "many "
        "of them in the girls' songs tradition known as aghani al-banat. Her 1994 hit Ya Zol Ya "
        "Tayyeb is still played on Sudanese radio. Relatives said she had refused to leave "
        "Omdurman "
        "when her children moved to Egypt, saying she was too old to become a refugee. Neighbours "
        "buried her in the yard of a nearby mosque because fighting made the road to the cemetery "
        "too dangerous. Sudan's war has killed tens of thousands of people and displaced more than "
        "12 million.",
        "E D",
        "shelling",
    ),
]
