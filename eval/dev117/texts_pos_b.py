"""dev117 positives, DRC, Myanmar, Yemen, Syria, the Sahel and the rest: whole articles around current wars (eval/README.md, section 1)."""

# (title, text, tag codes, kind)
POSITIVES = [
    (
        "M23 rebels enter Walikale days after Congo and Rwanda leaders meet in Doha",
        "M23 rebels entered the mining town of Walikale in eastern Democratic Republic of "
        "Congo on Wednesday, residents and a rebel spokesperson said, their furthest advance "
        "west since the Rwandan-backed group began a lightning offensive in January. The move "
        "came less than a week after Congo's President Felix Tshisekedi and Rwanda's Paul "
        "Kagame met in Qatar and called for an immediate ceasefire. Gunfire was heard on the "
        "outskirts of the town on Tuesday evening as Congolese soldiers and allied Wazalendo "
        "militias withdrew, residents said. Alphamin Resources, which operates the nearby "
        'Bisie tin mine, said it had suspended operations and evacuated staff. "Most of the '
        'people have fled into the forest," a civil society leader said by phone. The rebels '
        "already control Goma and Bukavu, the two largest cities in the east. Thousands of "
        "people have been killed and hundreds of thousands displaced since January, according "
        "to the United Nations. Congo's government said the advance showed Rwanda was not "
        "serious about peace.",
        "B D",
        "rebel offensive",
    ),
    (
        "Aid groups warn of funding gap in Goma camps after deadly bombing at Mugunga",
        "Humanitarian organisations working in the displacement camps around Goma say their "
        "response plan for eastern Congo is less than a fifth funded, days after bombs struck "
        "two camps on the city's western edge and killed at least 35 people, most of them "
        "children. The explosions hit the Lac Vert and Mugunga sites on Friday, where more "
        "than 100,000 people fleeing M23 fighting in Masisi and Rutshuru have taken shelter. "
        "Congolese authorities and the US State Department blamed the M23 and the Rwandan "
        "army, which denied responsibility. Médecins Sans Frontières said its teams treated "
        'dozens of wounded, including children with shrapnel injuries. "We are asking donors '
        "for more money in a week when people are being killed in the very places that are "
        'supposed to protect them," said the country director of one international NGO, who '
        "asked not to be named. The UN's 2024 appeal for Congo, at $2.6 billion, is about 17% "
        "funded, according to OCHA's financial tracking service. Cholera cases have also "
        "risen in the camps, where water points and latrines are overwhelmed. Several "
        "agencies said they would cut food rations from June.",
        "E V D H",
        "bombing of displacement camps",
    ),
    (
        "Junta jets bomb Sagaing village as ASEAN envoy meets regime leaders in Naypyitaw",
        "A regime air strike on a village in Sagaing Region's Kanbalu Township killed at "
        "least 11 civilians, including four children, on Tuesday, residents and local "
        "resistance groups told The Irrawaddy. A Yak-130 fighter jet dropped two bombs on the "
        "village of Nyaung Kone at around noon, when many residents were at home for lunch, "
        "according to a resident who helped recover the bodies. A monastery and around 20 "
        "houses were destroyed. The bombing came on the same day that ASEAN's special envoy "
        "on Myanmar, the former Lao foreign minister Alounkeo Kittikhoun, met junta boss Min "
        "Aung Hlaing in Naypyitaw to discuss the bloc's Five-Point Consensus. Junta media "
        'said the two discussed "peace and stability" and the regime\'s plans for elections. '
        "The National Unity Government condemned the strike and said the envoy's visit lent "
        "the military legitimacy. Kanbalu has been the scene of frequent clashes between the "
        "People's Defense Force and regime troops since the 2021 coup. Villagers said many "
        "families had fled to nearby forests fearing more attacks.",
        "E V D",
        "airstrike on village",
    ),
    (
        "China urges ceasefire as Myanmar ethnic alliance seizes border town of Chinshwehaw",
        "China has called for an immediate ceasefire in northern Shan State after an alliance "
        "of ethnic armed groups seized a key border crossing, the latest gain in an offensive "
        "that has dealt Myanmar's military its biggest battlefield setbacks since the 2021 "
        "coup. The Three Brotherhood Alliance said on Friday its fighters had taken full "
        "control of Chinshwehaw, a trading town through which a large share of Myanmar's "
        "border trade with China passes. The group, which launched what it calls Operation "
        "1027 on October 27, says it has captured more than 100 military positions. China's "
        'foreign ministry spokesperson said Beijing was "highly concerned" and urged all '
        "sides to protect Chinese citizens and infrastructure. Myanmar's military-appointed "
        'president warned that the country risked being "split into various parts" if the '
        "military failed to regain control. The UN says about 50,000 people have been "
        "displaced in northern Shan since the offensive began. Some have tried to cross into "
        "China, where border gates have been closed.",
        "B D",
        "offensive",
    ),
    (
        "Myanmar military keeps up air strikes despite quake ceasefire, monitors say",
        "Myanmar's military has carried out dozens of air strikes since it announced a "
        "temporary ceasefire to aid relief after last month's devastating earthquake, "
        "according to monitors and resistance groups. On Sunday, a paraglider dropped bombs "
        "on a village in Magway region, killing at least six people, among them two "
        "teenagers, local media reported. Another strike hit a school building in Sagaing "
        "region on Monday morning, the opposition National Unity Government said. The "
        "7.7-magnitude quake on 28 March killed more than 3,700 people and left tens of "
        "thousands without homes, with Mandalay and Sagaing among the worst hit. The junta "
        "said its ceasefire would last until 22 April, but reserved the right to respond to "
        '"attacks" by armed groups. The UN special rapporteur on Myanmar, Tom Andrews, said '
        "the strikes were outrageous at a time when people were still pulling bodies from the "
        "rubble. Aid agencies have complained that the military has restricted access to "
        "areas controlled by the opposition.",
        "E V",
        "airstrikes",
    ),
    (
        "UN envoy rushes to Sanaa as Saudi-led coalition presses assault on Hodeida",
        "The UN envoy for Yemen arrived in the rebel-held capital Sanaa on Saturday in a "
        "last-ditch attempt to broker a deal over the Red Sea port of Hodeida, as Yemeni "
        "forces backed by the Saudi-led coalition pushed toward the city's airport. Martin "
        "Griffiths is expected to propose that the Houthi rebels hand over management of the "
        "port to the UN, officials said. Coalition warplanes and warships pounded Houthi "
        "positions south of the city for a fourth day, and fighting raged near the airport "
        "compound, according to military officials on both sides. The coalition said it had "
        "seized the airport's southern perimeter, a claim the rebels denied. Medical "
        "officials said at least 39 fighters from both sides were killed on Friday. Aid "
        "groups warned that a prolonged battle for the port, the entry point for about 70% of "
        "Yemen's food imports, could push millions closer to famine. The UN said about 5,200 "
        "families had fled the fighting in the past week. Residents said they had little food "
        "left as shops closed. In Sanaa, Griffiths met Houthi leader Abdulmalik al-Houthi's "
        "representatives and the head of the rebels' Supreme Political Council, a UN "
        "spokesman said. The United Arab Emirates, whose troops lead the coalition's forces "
        "on the Red Sea coast, said the operation would continue until the port was "
        '"liberated". The International Committee of the Red Cross said it had withdrawn 71 '
        "international staff from Yemen after threats. Britain, which drafts Security Council "
        "texts on Yemen, called an emergency closed-door meeting.",
        "B E M D H",
        "offensive on port city",
    ),
    (
        "US sanctions Houthi shipping network after missile strike kills three crew in Gulf "
        "of Aden",
        "The US Treasury imposed sanctions on Wednesday on two vessels and several companies "
        "in Hong Kong and the Marshall Islands that it said had helped ship Iranian "
        "commodities for Yemen's Houthis, hours after a Houthi missile killed three crew "
        "members on a cargo ship in the Gulf of Aden. The Barbados-flagged bulk carrier was "
        "struck about 50 nautical miles southwest of Aden, setting it ablaze, the US "
        "military's Central Command said. It was the first deadly attack on commercial "
        "shipping since the Houthis began targeting vessels in November over the war in Gaza. "
        "At least four other crew were injured, and the remaining sailors abandoned the ship "
        "and were picked up by an Indian navy warship, the Indian military said. The Houthis "
        "said they had targeted the vessel because it was American-owned, which its operator "
        'denied. Britain\'s defence secretary said the deaths were "the tragic consequence" of '
        "the group's attacks on shipping. Shipping insurers said war-risk premiums for the "
        "Red Sea had risen again.",
        "E",
        "missile attack on ship",
    ),
    (
        "Kerry and Lavrov trade blame as bombs fall on eastern Aleppo hospitals",
        "US Secretary of State John Kerry accused Russia on Wednesday of standing by as "
        "Syrian government forces bombed hospitals in eastern Aleppo, and threatened to end "
        "cooperation with Moscow on Syria unless the assault stopped. Russian Foreign "
        "Minister Sergei Lavrov said Washington had failed to separate moderate rebels from "
        "Nusra Front militants, as required under the ceasefire that collapsed last week. In "
        "rebel-held Aleppo, two of the largest remaining hospitals were put out of action "
        "after being hit by barrel bombs and missiles early on Wednesday, the Syrian American "
        "Medical Society said. At least six patients were killed, a doctor at one of the "
        "hospitals said. Rescue workers from the Syria Civil Defence, known as the White "
        "Helmets, said at least 30 people were killed across the besieged eastern districts, "
        "where about 250,000 people remain. Government forces and allied militias also "
        "attacked rebel positions in the Old City and on the northern outskirts. The UN said "
        "water had been cut to almost two million people after a pumping station was damaged.",
        "B E V H",
        "bombardment of besieged city",
    ),
    (
        "EU pledges aid for Syria at Brussels conference amid outrage over coastal killings",
        "The European Union pledged almost €2.5 billion for Syria at a donors' conference in "
        "Brussels on Monday, the first attended by representatives of the government in "
        "Damascus. Interim Foreign Minister Asaad al-Shaibani told delegates Syria needed "
        "help to rebuild after 14 years of war, and called for the remaining sanctions to be "
        "lifted. The conference was overshadowed by violence in the coastal provinces of "
        "Latakia and Tartus, where a war monitor says more than 1,000 civilians, most of them "
        "Alawites, have been killed since Thursday. Gunmen loyal to the former Assad "
        "government ambushed security forces near Jableh, sparking fighting that drew in "
        "thousands of fighters, some from armed factions allied with the new authorities. "
        "Witnesses described men being shot in front of their families in villages around "
        "Baniyas. Interim President Ahmed al-Sharaa said those responsible would be held to "
        "account and set up a committee to investigate. Thousands of Alawite families have "
        "fled to the Russian air base at Hmeimim or across the border into Lebanon, according "
        "to local officials. German Foreign Minister Annalena Baerbock called the killings "
        "appalling.",
        "B V D",
        "sectarian killings",
    ),
    (
        "Burkina Faso: hundreds feared dead in jihadist attack on Barsalogho",
        "Jihadist fighters killed hundreds of people in an attack on the town of Barsalogho "
        "in central Burkina Faso on Saturday, according to local sources and security "
        "officials, in one of the deadliest attacks of the country's eight-year insurgency. "
        "Many of the victims were civilians who had been ordered by the army to dig defensive "
        "trenches around the town, witnesses said. The al-Qaeda-linked group JNIM claimed "
        'responsibility, saying it had targeted "militias" working with the army. Videos '
        "circulated on social media showed dozens of bodies lying in a trench. The government "
        "did not give a toll but declared three days of national mourning. The attack came "
        "weeks after the juntas of Burkina Faso, Mali and Niger signed a treaty in Niamey "
        "creating a confederation, the Alliance of Sahel States, and pledged to pool their "
        "forces against jihadist groups. Captain Ibrahim Traoré's government has expelled "
        "French troops and turned to Russia for military support. Rights groups have "
        "repeatedly accused both the army and the jihadists of killing civilians.",
        "V T",
        "massacre",
    ),
    (
        "Macron postpones Pau summit with Sahel leaders after 71 soldiers killed in Niger",
        "French President Emmanuel Macron on Thursday postponed a summit with the leaders of "
        "five Sahel countries planned for next week, after jihadists killed 71 soldiers in an "
        "attack on a military camp in western Niger. Hundreds of fighters on motorbikes "
        "attacked the Inates camp near the border with Mali on Tuesday, shelling it with "
        "mortars before storming it, Niger's defence ministry said. The fighting lasted three "
        'hours, and the army said 57 "terrorists" were killed. The Islamic State in the '
        "Greater Sahara claimed the attack on Thursday. Niger's President Mahamadou Issoufou "
        "cut short a trip to Egypt and flew home. Macron, who had angered some Sahel leaders "
        "by demanding they clarify their support for the French military presence, said he "
        "would now hold the meeting in early 2020. France has 4,500 troops deployed in the "
        "region under Operation Barkhane. Thirteen French soldiers were killed in a "
        "helicopter collision in Mali last month.",
        "B E T",
        "attack on army base",
    ),
    (
        "US envoy presses Ethiopia over Tigray as air strike on market kills dozens",
        "The US envoy for the Horn of Africa, Jeffrey Feltman, has urged Ethiopia to allow "
        "unhindered aid into Tigray, after an air strike on a busy village market in the "
        "region killed dozens of people. Health workers said at least 51 people died in "
        "Tuesday's strike in Togoga, west of the regional capital Mekelle, and that "
        "ambulances trying to reach the wounded were blocked by soldiers. The Ethiopian "
        "military said it had targeted fighters of the Tigray People's Liberation Front who "
        "were gathering for a celebration, and denied hitting civilians. Doctors at Ayder "
        "Referral Hospital in Mekelle said they had received children with shrapnel wounds. "
        "The strike came a day after Ethiopians voted in a national election that did not "
        "take place in Tigray. The UN says 350,000 people in Tigray are living in famine "
        "conditions, and aid agencies say food deliveries have been blocked for weeks. "
        'Feltman said the US was "gravely concerned" and called for an independent '
        "investigation.",
        "E V H",
        "airstrike on market",
    ),
    (
        "Kenyan-led force under pressure after gang massacre in Haiti's Artibonite",
        "Gang members armed with assault rifles killed at least 70 people, including 10 women "
        "and three infants, in an attack on the town of Pont-Sondé in Haiti's central "
        "Artibonite region, the UN human rights office said Friday. Members of the Gran Grif "
        "gang opened fire on residents in their homes and set fire to at least 45 houses and "
        "34 vehicles, the office said. More than 6,000 people have fled the town, according "
        "to the International Organization for Migration. The gang's leader said in a video "
        "that the attack was punishment for residents who supported a vigilante group. The "
        "massacre raised new questions about the Kenyan-led multinational mission, which "
        "arrived in June with about 400 police officers and has focused its operations on the "
        'capital, Port-au-Prince. Prime Minister Garry Conille called the attack "a heinous '
        "crime\" and said police and soldiers had been sent to the area. Kenya's government "
        "said more officers would be deployed in the coming weeks.",
        "V D",
        "massacre",
    ),
    (
        "UN Security Council backs new gang suppression force as fighting grips Haiti's hills",
        "The UN Security Council voted on Tuesday to authorize a new, larger Gang Suppression "
        "Force for Haiti, replacing a Kenyan-led police mission that has struggled with a "
        "lack of funds and personnel. Twelve members voted in favor, while Russia, China and "
        "Pakistan abstained. The new force will have up to 5,550 personnel and powers to "
        "arrest gang suspects, according to the resolution. In Haiti, police and gangs fought "
        "for a second day in Kenscoff, a mountain town above the capital, after members of "
        "the Viv Ansanm coalition attacked several neighborhoods, according to residents and "
        "the national police. At least eight people were killed, including two police "
        "officers, and hundreds of residents fled toward Pétion-Ville, the town's mayor told "
        "Reuters. Police said armored vehicles of the multinational mission had been deployed "
        "to support its units. Gangs control an estimated 90% of Port-au-Prince. More than "
        "1.3 million Haitians have been displaced by gang violence, according to the "
        "International Organization for Migration.",
        "B D",
        "gang offensive",
    ),
    (
        "Petro suspends ELN talks as Catatumbo clashes kill dozens and thousands flee to Cucuta",
        "Colombian President Gustavo Petro suspended peace talks with the ELN guerrilla group "
        "on Friday, accusing it of war crimes after a wave of attacks in the northeastern "
        "Catatumbo region left at least 80 people dead. The ELN launched an offensive against "
        "a dissident faction of the former FARC rebels in the coca-growing region on the "
        "border with Venezuela on Thursday, the ombudsman's office said. Former FARC "
        "combatants who signed the 2016 peace deal and community leaders were among those "
        "killed, officials said. Thousands of people fled to the city of Cucuta and the town "
        'of Tibu, where authorities set up shelters in sports centres. "They came to the '
        'houses with lists," a farmer who escaped with his family told AFP. Petro declared a '
        "state of internal commotion and ordered troops into the region. Some people crossed "
        "into Venezuela, according to the governor of Norte de Santander. The talks, which "
        "began in 2022, had already been frozen several times after ELN attacks.",
        "B V M D",
        "armed group offensive",
    ),
    (
        "Turkey detains hundreds after anti-Syrian riots spread from Kayseri",
        "Turkish police detained 474 people after riots targeting Syrian refugees spread from "
        "the central city of Kayseri to several other provinces overnight, Interior Minister "
        "Ali Yerlikaya said on Tuesday. Crowds set fire to Syrian-owned shops and cars and "
        "attacked homes in Kayseri on Sunday night after reports that a Syrian man had "
        "sexually abused a child, a claim the authorities said was under investigation. "
        "Police used water cannon to disperse the crowds. The unrest spread to Hatay, "
        "Gaziantep, Bursa and Konya on Monday. In northern Syria, protesters in areas under "
        "Turkish control attacked Turkish trucks and tore down flags in response, and gunmen "
        "fired at Turkish troops, leaving several people dead. President Recep Tayyip Erdogan "
        'blamed the opposition for "poisonous" rhetoric about refugees. Turkey hosts about '
        "3.2 million Syrians, the largest refugee population in the world, and their return "
        "has become a central political issue.",
        "U V",
        "anti-refugee riots",
    ),
]
