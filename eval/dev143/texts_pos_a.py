"""dev143 positives (1 of 2): whole articles that report current organised violence or its
direct consequences: Nigeria (the North-east, the North-west's banditry, the Middle Belt),
Kenya, Ethiopia, Somalia, Sudan, South Sudan and the DRC (eval/README.md, section 1)."""

# (title, text, tag codes, kind)
POSITIVES = [
    (
        "ISWAP fighters overrun army base in Marte, soldiers withdraw to Dikwa",
        "Insurgents of the Islamic State West Africa Province (ISWAP) on Sunday night "
        "overran a military base in Marte, northern Borno State, forcing troops to "
        "withdraw towards Dikwa after a gun battle that lasted several hours, security "
        "sources told Daily Trust. The fighters were said to have arrived in about 20 "
        "gun trucks mounted with anti-aircraft guns shortly after 9pm and attacked the "
        "base from three directions. A military source in Maiduguri said at least five "
        "soldiers were killed and several others were missing after the fighting, while "
        "the insurgents carted away weapons and set some armoured vehicles ablaze. "
        '"They came in large numbers and the fight went on till almost midnight before '
        'our men pulled back," the source said. Residents of the town, many of whom '
        "returned only last year under the state government's resettlement programme, "
        "fled into the bush and towards Dikwa and Ngala. The Army spokesman had not "
        "responded to calls and text messages as of the time of filing this report. "
        "Marte, about 130 kilometres from Maiduguri, has changed hands several times "
        "since 2015 and was recaptured by troops of Operation Lafiya Dole in 2018. The "
        "attack comes weeks after ISWAP fighters struck bases in Dikwa and Rann, in "
        "what analysts describe as an attempt by the group to dominate the shores of "
        "Lake Chad.",
        "B T D",
        "base attack",
    ),
    (
        "Bandits kill 32, abduct women and children in Zamfara villages",
        "At least 32 people were killed and dozens abducted when bandits stormed five "
        "villages in Maru Local Government Area of Zamfara State on Thursday, residents "
        "and local officials have said. The gunmen, who arrived on motorcycles in "
        "groups of two and three, began shooting sporadically at about 4pm and moved "
        "from house to house in Kadawa, Dan Sadiya, Gora, Rijiya and Tudun Wada, a "
        "resident, Lawali Kadawa, told PREMIUM TIMES by phone. He said the attackers "
        "also set fire to granaries and rustled hundreds of cows before leaving at "
        'dusk. "We buried 32 people on Friday morning, and there are still some missing '
        'in the bush," he said. A councillor in the area, who asked not to be named for '
        "fear of reprisals, said at least 40 women and children were taken away. Many "
        "survivors have since fled to Maru town and to Gusau, the state capital, where "
        "they are staying with relatives and in a primary school. The police "
        "spokesperson in the state, Mohammed Shehu, confirmed the attack but said the "
        "command was still gathering details. Governor Bello Matawalle condemned the "
        "killings and said additional troops had been deployed to the area. Zamfara has "
        "for years been at the centre of the banditry crisis in the North-west, where "
        "armed gangs operating from forest hideouts raid villages, kill residents and "
        "abduct people for ransom.",
        "V D",
        "village raid",
    ),
    (
        "Tudun Biri: Outrage as Tinubu orders probe into army drone strike on Maulud gathering",
        "President Bola Tinubu has ordered a thorough investigation into the drone "
        "strike that killed scores of villagers celebrating Maulud in Tudun Biri, Igabi "
        "Local Government Area of Kaduna State, on Sunday night. The General Officer "
        "Commanding 1 Division, Major General Valentine Okoro, told journalists on "
        "Monday that the drone was on a routine mission against terrorists and that it "
        '"inadvertently" hit the community. Residents said the first bomb struck a '
        "crowd gathered at the village square for the celebration of the Prophet's "
        "birthday at about 9pm, and a second one hit people who ran out to help the "
        "wounded. Governor Uba Sani, who visited the community on Tuesday, said 85 "
        "people had been buried so far while 66 others were receiving treatment at "
        "Barau Dikko Teaching Hospital. Amnesty International Nigeria put the toll at "
        "more than 120, citing community leaders. The Northern Elders Forum described "
        'the incident as "one mistake too many" and called for compensation, while the '
        "Sultan of Sokoto, Muhammadu Sa'ad Abubakar, urged the Federal Government to "
        "ensure that those responsible were held accountable. In Kaduna, angry youths "
        "briefly blocked the road leading to the hospital on Tuesday before they were "
        "persuaded to leave by community leaders. The Nigerian Air Force said it was "
        "not involved in the operation. The incident is at least the fourth accidental "
        "strike on civilians by the military in the North since 2017, including the "
        "January 2017 bombing of an IDP camp in Rann, Borno State.",
        "E V",
        "drone strike",
    ),
    (
        "Benue: Suspected herdsmen kill 42 in Guma community, thousands flee to IDP camps",
        "No fewer than 42 persons were killed and several houses burnt when suspected "
        "armed herdsmen attacked Tse-Akaa community in Guma Local Government Area of "
        "Benue State, late Friday. Vanguard gathered that the assailants, numbering "
        "over 50, invaded the community from the direction of the Nasarawa boundary at "
        "about 10pm, shooting at residents and setting thatched houses ablaze. A "
        "community leader, Terhemba Ahungur, said many of the victims were displaced "
        "persons who had been squatting in the market square after fleeing earlier "
        'attacks on neighbouring villages. "They surrounded the market and began to '
        'shoot. Those who ran into the huts were burnt," he said amid tears. By '
        "Saturday afternoon, thousands of residents had fled to Daudu and Makurdi, "
        "where the State Emergency Management Agency, SEMA, said it was registering new "
        "arrivals at the camps. The Police Public Relations Officer in the state, SP "
        "Catherine Anene, confirmed the attack and said a joint team of the police and "
        "military had been deployed to restore calm. Governor Hyacinth Alia, who "
        'described the killings as "wicked and barbaric", declared Monday a day of '
        "mourning. Guma, the home council of former Governor Samuel Ortom, has been one "
        "of the worst hit in the recurring clashes between farmers and herders across "
        "the Middle Belt.",
        "V D",
        "village raid",
    ),
    (
        "Mangu: Curfew extended as fresh violence claims 18 lives",
        "The Plateau State Government has extended the 24-hour curfew in Mangu Local "
        "Government Area after fresh violence claimed at least 18 lives in Kwahaslalek, "
        "Gindiri and surrounding villages between Monday night and Tuesday. Daily Trust "
        "reports that youths armed with machetes and guns clashed in the Mangu Halle "
        "area, burning houses, shops and a mosque, while some travellers were attacked "
        "on the Mangu-Bokkos road. A resident of Gindiri, Danjuma Pam, said gunshots "
        "were heard through the night and that several families spent it in a church "
        "compound. The Chairman of the Miyetti Allah Cattle Breeders Association in the "
        "state said seven Fulani herders were among those killed and accused local "
        "youths of targeting their settlements. The state police command said 31 "
        "suspects had been arrested and that soldiers of Operation Safe Haven had been "
        "deployed to flashpoints. Over 5,000 displaced persons are now taking shelter "
        "in schools and churches in Mangu town and in Pankshin, according to the State "
        "Emergency Management Agency. Governor Caleb Mutfwang appealed to community "
        'leaders to restrain their youths, saying the state "will not allow criminals '
        'to hide under ethnic and religious cover". The violence began in May after a '
        "dispute over grazing land, and has since spread to more than 20 communities.",
        "V U D",
        "communal clash",
    ),
    (
        "Chaos in Nairobi as protesters breach Parliament, police open fire",
        "Parliament Buildings were partly set on fire on Tuesday afternoon after "
        "thousands of protesters opposed to the Finance Bill 2024 overwhelmed police "
        "lines and forced their way into the precincts, minutes after MPs voted to pass "
        "the Bill. Police fired tear gas, water cannon and live bullets as the crowd "
        "surged through the gates along Parliament Road, and at least five bodies were "
        "seen on the street outside the complex. Legislators were evacuated through an "
        "underground tunnel to the Bunge Tower. The Kenya Medical Association said its "
        "volunteers had treated more than 200 people, some with gunshot wounds, at "
        "makeshift first-aid points in the CBD. Part of the Nairobi City Hall was also "
        "torched, and shops along Kimathi Street were looted as the protests spread. "
        "Similar demonstrations were reported in Nakuru, Eldoret, Nyeri, Kisumu and "
        "Mombasa, where police and protesters engaged in running battles for most of "
        "the day. The Kenya Human Rights Commission condemned what it called the use of "
        "lethal force against unarmed young people. Defence Cabinet Secretary Aden "
        "Duale later announced that the Kenya Defence Forces had been deployed to "
        "support police, a move approved by the National Assembly in the evening. "
        "Amnesty International Kenya said at least 23 people had been killed across the "
        "country by evening, and that hundreds had been arrested. Internet connectivity "
        "was disrupted for several hours in the afternoon, according to the monitoring "
        "group NetBlocks. In Githurai, residents said police shot at protesters late "
        "into the night. President William Ruto, in an address from State House, "
        'described the day\'s events as "treasonous" and vowed to deal firmly with those '
        "he called criminals who had infiltrated peaceful protests.",
        "U",
        "riot",
    ),
    (
        "Eight police officers killed as IED hits vehicle in Garissa",
        "Eight police officers were killed on Wednesday morning when their vehicle ran "
        "over an improvised explosive device in Garissa County, in what security "
        "officials blamed on al-Shabaab militants. The officers, attached to the Rural "
        "Border Patrol Unit, were on patrol between Damajale and Fafi when the Land "
        "Cruiser hit the explosive at about 9am, a police report seen by The Standard "
        "indicates. Two other officers survived with serious injuries and were "
        "airlifted to Nairobi for treatment. North Eastern Regional Police Commander "
        "George Seda said the militants had planted the device on a road frequently "
        "used by security vehicles and asked residents to report suspicious movements. "
        '"This is a cowardly act by terrorists who have been pushed back across the '
        'border," he said. Interior Cabinet Secretary Kithure Kindiki, who visited the '
        "scene in the afternoon, said more officers would be sent to the area. Garissa, "
        "Lamu, Mandera and Wajir have recorded a sharp rise in IED attacks since May, "
        "with at least 30 security officers killed. Locals in Fafi told The Standard "
        "they now fear travelling on the roads after dark.",
        "E T",
        "IED attack",
    ),
    (
        "Heavy fighting in Bahir Dar, Gondar as Fano militia clash with federal forces",
        "Heavy fighting broke out on Monday in several towns of the Amhara region, "
        "including the regional capital Bahir Dar and Gondar, between the Ethiopian "
        "National Defense Force (ENDF) and Fano militia, residents told Addis Standard. "
        "Gunfire was heard from early morning in the Bahir Dar neighbourhoods around "
        "Kebele 14 and along the road to the airport, a resident who asked not to be "
        'named for security reasons said. "Nobody is moving, the shops are closed and '
        'we can hear heavy weapons," the resident said. In Gondar, Fano fighters were '
        "reported to have taken control of parts of the city, including the Azezo area, "
        "before federal forces mounted a counter-attack. Flights by Ethiopian Airlines "
        "to Bahir Dar, Gondar and Lalibela were suspended, and mobile internet has "
        "remained cut across the region since last week. The Council of Ministers on "
        "Friday declared a six-month state of emergency in the region, citing the "
        "threat to public order. The Amhara Regional Government had earlier requested "
        "federal intervention, saying it could no longer contain the situation through "
        "normal law enforcement. The clashes follow months of tension over the federal "
        "government's decision to dissolve regional special forces and integrate them "
        "into the army and police.",
        "B",
        "battle",
    ),
    (
        "No aid convoy has reached Tigray in three weeks, UN says, as fuel and medicine run out",
        "No humanitarian convoy has entered Tigray since 18 August, the UN Office for "
        "the Coordination of Humanitarian Affairs (OCHA) said in an update on Thursday, "
        "warning that food stocks in the region have been almost completely exhausted. "
        "More than 400 trucks carrying food, medicine and fuel are stuck in Semera, in "
        "the Afar region, awaiting clearance, the office said. Aid agencies in Mekelle "
        "told Addis Standard they had been forced to suspend food distributions in "
        "several woredas because of a lack of fuel and cash. Ayder Referral Hospital, "
        "the largest in the region, said it had run out of insulin, intravenous fluids "
        "and basic antibiotics, and that patients were being sent home. In Shire, where "
        "hundreds of thousands of people displaced by the fighting live in schools and "
        "makeshift camps, residents said families were surviving on one meal a day. The "
        "federal government has blamed the delays on the Tigray People's Liberation "
        "Front (TPLF), accusing its forces of attacking the corridor through Afar, "
        "while the TPLF accuses Addis Ababa of imposing a siege. The UN estimates that "
        "5.2 million people in Tigray need food assistance, including some 400,000 "
        "living in famine-like conditions. WFP's country director said the agency "
        "needed at least 100 trucks a day to meet the needs. The Ethiopian government "
        "said it had authorised convoys along the Semera-Abala-Mekelle road and denied "
        "that it was obstructing aid. Flights by the UN Humanitarian Air Service to "
        "Mekelle have been limited to one a week, and staff are not allowed to carry "
        "more than a fixed amount of cash. Telephone, internet and banking services in "
        "the region have been cut since late June, when federal forces withdrew from "
        "Mekelle.",
        "H D",
        "aid blockade",
    ),
    (
        "Twin car bombs rock Mogadishu's Zobe junction near education ministry",
        "MOGADISHU, Somalia - At least 40 people were killed and scores injured on "
        "Saturday when two car bombs exploded minutes apart at the busy Zobe junction "
        "in Mogadishu, near the Ministry of Education, officials and witnesses said. "
        "The first blast hit the ministry's perimeter wall at about 2pm, and the second "
        "went off as crowds, ambulances and journalists gathered at the scene, a tactic "
        "al-Shabaab has used in the past. Al-Shabaab claimed responsibility in a "
        'statement on its Andalus radio, saying the ministry was a "centre of enemy war '
        "on Muslim children's minds\". Aamin Ambulance director Abdikadir Abdirahman "
        "said his crews had carried dozens of wounded people to hospitals, and that one "
        "of the service's ambulances was destroyed in the second explosion. Street "
        "vendors, minibus passengers and students were among the dead, witnesses told "
        "Garowe Online. President Hassan Sheikh Mohamud, who visited the site in the "
        "evening, said the attack was meant to break the resolve of Somalis behind the "
        '"total war" against al-Shabaab. The junction was the site of the October 2017 '
        "truck bombing that killed more than 500 people, the deadliest attack in "
        "Somalia's history. Hospitals in the capital appealed for blood donations.",
        "E T V",
        "car bombing",
    ),
    (
        "SNA and Macawisley forces capture key al-Shabaab stronghold in Hiiraan",
        "Somali National Army troops backed by local clan militias known as Macawisley "
        "captured the town of Moqokori in the Hiiraan region on Tuesday after heavy "
        "fighting with al-Shabaab, officials said. The Ministry of Information said "
        "more than 40 militants were killed in the battle, which lasted several hours, "
        "and that the government forces seized weapons and a vehicle-borne explosive "
        "device being prepared for an attack. The claim could not be independently "
        "verified, and al-Shabaab said on its affiliated websites that it had inflicted "
        "heavy losses on the advancing forces. Residents who fled to Beledweyne said "
        "the militants withdrew towards the Middle Shabelle region before government "
        "forces entered the town. The offensive, launched in August after al-Shabaab "
        "attacks on water wells and villages in Hiiraan, has also been supported by "
        "ATMIS troops. Hirshabelle state President Ali Gudlawe Hussein said the "
        'operation would continue until "the last khawarij is removed" from the region. '
        "Some residents have however complained that the government has not yet "
        "restored basic services in the liberated towns. The government says more than "
        "50 towns and villages have been taken from al-Shabaab since the start of the "
        "campaign.",
        "B M D",
        "offensive",
    ),
    (
        "RSF storms Zamzam camp, tens of thousands flee towards Tawila",
        "The Rapid Support Forces (RSF) stormed Zamzam camp for displaced persons south "
        "of El Fasher on Friday after two days of shelling, killing scores of residents "
        "and aid workers and forcing tens of thousands to flee, according to local "
        "volunteers and humanitarian organisations. The Emergency Rooms of El Fasher "
        "said at least 100 people, including 20 children, were killed in the assault, "
        "among them nine staff of Relief International who were running the last "
        "functioning clinic in the camp. Witnesses told Sudan Tribune that RSF fighters "
        "arrived in dozens of vehicles from the south and the east, set fire to the "
        "market and went from shelter to shelter. The Sudanese army and allied joint "
        "forces of the armed movements said they had fought off the attackers at the "
        "northern edge of the camp, but the RSF later announced it had taken full "
        "control of Zamzam. Families fleeing on foot and on donkey carts headed west "
        "towards Tawila, about 60 kilometres away, where the Norwegian Refugee Council "
        "said more than 16,000 people had arrived by Saturday night. Zamzam, home to "
        "around 500,000 displaced people, was one of the first places in Sudan where "
        "famine was declared, in August 2024. The UN Secretary-General's spokesperson "
        'said he was "deeply alarmed" and called on the RSF to allow civilians safe '
        "passage. The attack comes as the RSF tries to tighten its siege on El Fasher, "
        "the last army stronghold in Darfur. Médecins Sans Frontières (MSF) teams in "
        "Tawila said they had received dozens of wounded people, most of them with "
        "gunshot wounds, and that several children had died of dehydration on the road. "
        "Satellite images published by Yale University's Humanitarian Research Lab "
        "showed fires burning across large parts of the camp on Saturday. A woman who "
        "reached Tawila with four of her children told Sudan Tribune that her husband "
        'was shot dead in front of their shelter. "We walked all night without water, '
        'and we left the old people behind because they could not walk," she said.',
        "B E V D H",
        "camp attack",
    ),
    (
        "Seven protesters killed as security forces fire on anti-coup marches in Khartoum",
        "At least seven protesters were killed and dozens injured on Monday when "
        "security forces opened fire on anti-coup demonstrators in Khartoum, the "
        "Central Committee of Sudan Doctors said. The marches, called by the resistance "
        'committees under the slogan "No negotiation, no partnership, no legitimacy", '
        "set off from several neighbourhoods of the capital and headed towards the "
        "Republican Palace. Witnesses said police and military forces fired tear gas "
        "and stun grenades at the crowds near the Sayed Abdel Rahman street "
        "intersection, and later used live ammunition. The doctors' committee said most "
        "of the dead had been hit in the chest and head. Protesters set tyres ablaze "
        "and erected barricades in Burri and Bahri, and some threw stones at police "
        "vehicles. The Khartoum State Security Committee said in a statement that a "
        'number of police officers were injured by protesters and that "criminal '
        'elements" had attacked police stations. Mobile internet was slowed during the '
        "day, and bridges linking Khartoum, Omdurman and Bahri were closed with "
        "shipping containers. The death toll since the 25 October military takeover has "
        "risen to 71, according to the committee.",
        "U",
        "crackdown",
    ),
    (
        "White Army fighters overrun SSPDF garrison in Nasir, residents flee to Ethiopia",
        "Armed youths known as the White Army on Tuesday overran the South Sudan "
        "People's Defence Forces (SSPDF) garrison in Nasir town, Upper Nile State, "
        "after several days of fighting, local officials and residents told Radio "
        "Tamazuj. Nasir County Commissioner James Gatluak Lew said the fighting began "
        "on Sunday when the youths, who had surrounded the barracks for days, attacked "
        "soldiers who were being rotated out of the area. An SSPDF general and several "
        "soldiers were killed in the clashes, according to the army spokesperson, Major "
        "General Lul Ruai Koang, who accused the SPLM-IO of supporting the attackers. "
        "The SPLM-IO denied any involvement and said its forces in the area were "
        "respecting the ceasefire. Residents said government helicopter gunships had "
        "bombed areas around Nasir and Ulang, and that many families had crossed into "
        "Ethiopia's Gambella region or hidden along the Sobat River. Aid agencies said "
        "the fighting forced them to suspend operations in the county, where a cholera "
        "outbreak was already under way. The UN Mission in South Sudan (UNMISS) called "
        "on all sides to exercise restraint and said a UN helicopter attempting to "
        "evacuate SSPDF personnel came under fire. The incident has raised fears of a "
        "return to full-scale war, seven years after the signing of the revitalised "
        "peace agreement.",
        "B E D H",
        "battle",
    ),
    (
        "Armed youth from Unity kill 14 in cattle raid in Tonj North, officials say",
        "At least 14 people were killed and nine others wounded when armed youth "
        "suspected to be from neighbouring Unity State raided cattle camps in Tonj "
        "North County of Warrap State on Saturday, local officials said. Tonj North "
        "County Commissioner Ajak Deng Chiengkou told Radio Tamazuj that the attackers "
        "struck Malual-Bei and Luanyjang cattle camps at dawn and drove away thousands "
        'of heads of cattle. "They came heavily armed and opened fire on the herders '
        'while they were milking the cows," he said, adding that two women and a child '
        "were among the dead. The local youth pursued the raiders towards the county "
        "border and exchanged fire with them, the commissioner said, but he could not "
        "confirm reports that some of the attackers were killed. Radio Tamazuj could "
        "not independently verify the toll, and officials in Unity State's Mayom County "
        "did not respond to requests for comment. Warrap State Information Minister "
        "William Wol Mayom said the state government had dispatched a joint force of "
        "the army and police to the area to recover the stolen cattle. Cattle raiding "
        "and revenge attacks between communities in Warrap, Unity and Lakes states have "
        "killed hundreds of people in recent years, fuelled by the wide availability of "
        "firearms. A disarmament campaign launched in the region last year has so far "
        "had limited success.",
        "V B",
        "cattle raid",
    ),
    (
        "Goma: M23 rebels enter the city, thousands of residents flee towards Gisenyi",
        "M23 rebels, supported by the Rwandan army according to Kinshasa and UN "
        "experts, entered the city of Goma on Monday morning after several days of "
        "fighting on the outskirts of the capital of North Kivu province. Heavy weapons "
        "fire was heard overnight in the districts of Munigi, Kibati and around the "
        "international airport, and shells hit houses in the Himbi and Katindo "
        "districts, residents told ACTUALITE.CD. Thousands of people, including "
        "displaced persons from the camps of Kanyaruchinya and Bulengo, fled towards "
        "the Rwandan border at Gisenyi or took refuge in churches and schools in the "
        "city centre. Several bodies were lying in the streets of the Birere district, "
        "according to a civil society activist. The Monusco peacekeeping mission said "
        "its troops remained in their positions and that some of its bases had been hit "
        "by shells. In Kinshasa, the government spokesperson Patrick Muyaya said the "
        'FARDC and its allies "continue to defend the city", while the rebels claimed '
        'on social media that Goma had been "liberated". Electricity and water were cut '
        "in most of the city, and humanitarian organisations said they had suspended "
        "their operations. Goma had already been cut off from its main supply roads "
        "since the fall of Sake last week. In Gisenyi, the Rwandan authorities said "
        "they had opened a transit centre for people crossing the border, while the "
        "Grande Barrière post was briefly closed after shells fell on the Rwandan side. "
        "Hospitals in Goma, including the CBCA Ndosho hospital supported by the ICRC, "
        "said they were overwhelmed by the influx of wounded civilians and soldiers. "
        "The Minister of Foreign Affairs, Thérèse Kayikwamba Wagner, announced that "
        "Kinshasa had severed diplomatic relations with Kigali. In the prison of "
        "Munzenze, inmates escaped during the night amid the chaos, according to local "
        "sources.",
        "B E D H",
        "offensive",
    ),
]
