"""dev315 positives (1/2): court stories that report current armed conflict or political violence."""

POSITIVES = [
    (
        "Al-Shabaab gunmen storm Mogadishu regional court, at least 14 dead",
        (
            "Al-Shabaab fighters detonated a car bomb at the gate of the Benadir regional court in "
            "Mogadishu on Sunday and then forced their way into the compound, killing at least 14 "
            "people, police and hospital officials said. Witnesses said a second group of gunmen "
            "went room to room inside the building, where several hearings were under way and dozens "
            "of lawyers and relatives were waiting in the corridors. Security forces battled the "
            "attackers for nearly four hours before declaring the complex secure shortly after dusk. "
            "Among the dead were two judges, a court clerk and at least six civilians who had come "
            "for a land dispute hearing, according to Captain Abdullahi Hassan, a police spokesman. "
            "Medina hospital said it had received 31 wounded, several in a critical condition. The "
            "militant group, which is linked to al-Qaeda, said in a statement on its Andalus radio "
            'that it had targeted "apostate courts" that try its members. The court handles many '
            "terrorism and land cases from the capital's outskirts and had been moved into the "
            "fortified building two years ago after an earlier threat. The federal justice minister "
            "called the assault a cowardly act of terrorism and said hearings would resume in "
            "another location within a week. Lawyers' associations said they would refuse to appear "
            'until security was improved. "We are asked to try these men while they hunt us," said '
            "one defence lawyer who escaped through a back window. Somalia's military courts, which "
            "try most al-Shabaab suspects, have sentenced dozens of the group's members to death in "
            "recent years. The group has carried out repeated bombings in the capital this year "
            "despite an offensive by government forces and clan militias in the centre of the "
            "country."
        ),
        "B E T V",
        "court_attack",
    ),
    (
        "Two Supreme Court judges shot dead on their way to work in Kabul",
        (
            "Gunmen shot dead two women judges of Afghanistan's Supreme Court as they were driven to "
            "work in Kabul early on Sunday, in the latest of a wave of targeted killings in the "
            "capital. A spokesman for the court, Ahmad Fahim Qawim, said attackers opened fire on "
            "the court vehicle in the Qala-e-Fatullah area and fled; the driver was wounded and "
            "taken to hospital. Roughly 200 women serve as judges in the country, and several have "
            "received threats in recent months. The interior ministry described the killing as a "
            "terrorist attack and blamed the Taliban, who denied involvement. No group immediately "
            "claimed responsibility. The shooting came as peace negotiations between the government "
            "and the Taliban in Doha were stalled and as magnetic bombs and pistol attacks were "
            "killing officials, journalists and activists across Kabul almost weekly. The European "
            'Union\'s envoy said the murders of judges were "an assault on the rule of law itself". '
            "Colleagues gathered outside the court in the afternoon, some of them refusing to speak "
            "on the record for fear of being identified."
        ),
        "V T",
        "assassination",
    ),
    (
        "Quetta bomb tears through crowd of lawyers mourning bar association chief",
        (
            "A suicide bomber blew himself up among lawyers who had gathered at Quetta's Civil "
            "Hospital on Monday to mourn the president of the Balochistan Bar Association, who had "
            "been shot dead hours earlier, killing at least 70 people, officials said. Most of the "
            "dead were lawyers, and two television cameramen were also among those killed, the "
            "provincial health secretary told reporters. Bilal Anwar Kasi was shot by gunmen on his "
            "way to the high court in the morning, and his colleagues had followed his body to the "
            "emergency ward when the blast went off. A faction of the Pakistani Taliban, "
            "Jamaat-ul-Ahrar, claimed the attack, and the Islamic State group later made a rival "
            'claim. "An entire generation of the Quetta bar has been wiped out," said a senior '
            "advocate who was wounded in the arm. Lawyers across Pakistan boycotted courts for three "
            "days in protest, and the army chief flew to the city the same evening. Security "
            "officials said the bomber had carried about eight kilograms of explosives packed with "
            "ball bearings."
        ),
        "E T V",
        "suicide_bombing",
    ),
    (
        "Judges overseeing Sinai vote killed in attack on Arish hotel",
        (
            "Militants attacked a hotel in the north Sinai city of Arish on Tuesday where judges "
            "supervising Egypt's parliamentary elections were staying, killing two judges and a "
            "policeman, security officials said. A suicide car bomb exploded at the hotel gate, and "
            "a gunman then tried to enter the building before he was shot dead by guards, according "
            "to the interior ministry. At least 12 other people, including a third judge, were "
            "wounded. Sinai Province, the local affiliate of the Islamic State group, said it was "
            "behind the attack, which took place on the day of the run-off vote. The Supreme "
            "Judicial Council said it would not withdraw judges from polling stations in the "
            "province despite the danger. Militants have killed hundreds of soldiers and police in "
            "north Sinai over the past two years, and the area is under a night curfew. State "
            "television showed the charred front of the hotel and a crater in the road outside. The "
            "justice minister attended the funerals in Cairo the next day."
        ),
        "E T V",
        "attack",
    ),
    (
        "Bamako trial of Radisson attack suspects opens as jihadists hit army post",
        (
            "The trial of four men accused of helping to plan the 2015 siege of the Radisson Blu "
            "hotel opened at Bamako's special assize court on Tuesday, on the same day that fighters "
            "of the al-Qaeda-linked JNIM coalition attacked an army post in central Mali. The "
            "defendants, who deny the charges, appeared behind glass under heavy guard, and the "
            "presiding judge adjourned the hearing until Thursday after defence lawyers asked for "
            "more time to read the file. In the Mopti region, militants on motorbikes assaulted the "
            "camp at Boni before dawn and fought soldiers for several hours, killing at least nine "
            "troops, the army said in a statement that put the attackers' losses at 15. The army "
            "said air support had been called in and the attackers had withdrawn towards the Hombori "
            "hills. Twenty people died in the 2015 hotel siege, many of them foreigners. Victims' "
            "families have waited almost five years for a trial, and several said they hoped it "
            "would finally name those who financed the operation. Prosecutors plan to call about 30 "
            "witnesses."
        ),
        "B T",
        "trial_amid_fighting",
    ),
    (
        "Gunfights rage in Culiacan after army seizes Chapo son wanted for extradition",
        (
            'Soldiers captured Ovidio Guzman, a son of the jailed drug lord Joaquin "El Chapo" '
            "Guzman, in a pre-dawn raid near Culiacan on Thursday, setting off gun battles across "
            "the capital of Sinaloa state that left 29 people dead, among them ten soldiers. Cartel "
            "gunmen blocked highways with burning lorries, fired on a military aircraft and a "
            "commercial airliner at the city's airport, and attacked army positions through the "
            "morning, the defence ministry said. Nineteen of the dead were described as suspected "
            "members of the cartel. Authorities said Guzman had been flown to Mexico City, where a "
            "federal judge granted a temporary stay against his swift extradition to the United "
            "States, which has charged him with drug trafficking. A 2019 attempt to arrest him ended "
            "with the army releasing him after the cartel besieged the city. Residents were told to "
            "stay indoors, and schools and the airport remained closed into the evening. The "
            'governor said the city was "under control" by nightfall, though sporadic shooting was '
            "still heard."
        ),
        "B M",
        "battle",
    ),
    (
        "Haitian gangs occupy Port-au-Prince courthouse after gunbattle, burn records",
        (
            "Armed gangs seized Haiti's main courthouse in Port-au-Prince on Friday after a "
            "gunbattle with police, looting offices and setting fire to case files, judicial "
            "officials said. Members of the 5 Segonn gang, which controls the neighbouring Village "
            "de Dieu district, attacked the Palais de Justice near the port in the early hours and "
            "drove out the handful of officers on guard, according to the national association of "
            "court clerks. Photographs shared on social media showed gunmen posing in the courtroom "
            "and stacks of documents burning in the yard. The chief judge of the Port-au-Prince "
            "court said evidence in several murder and kidnapping cases had been destroyed. Hundreds "
            "of families from the surrounding Bicentenaire area fled towards Delmas and Petion-Ville "
            "as the shooting spread, the civil protection agency said. The courthouse had already "
            "been emptied of most hearings because lawyers refused to cross the gang lines. Police "
            "said they had launched an operation to retake the building but gave no timetable. The "
            'justice minister said the occupation was "an attack on the republic".'
        ),
        "B D",
        "armed_group_seizure",
    ),
    (
        "Russian shelling hits Kherson court building, killing two staff",
        (
            "Russian artillery struck the Kherson regional court building on Wednesday morning, "
            "killing two court employees and wounding a lawyer who had arrived for a hearing, the "
            "regional military administration said. Shells also damaged a nearby apartment block and "
            "a pharmacy in the city centre, and a man was injured at a bus stop, the governor, "
            "Oleksandr Prokudin, wrote on Telegram. Court staff had been working in a basement "
            "office since the city was retaken from Russian forces, and hearings are moved or held "
            "by video whenever the air-raid alert sounds. The dead were named as a 54-year-old "
            "secretary and a 37-year-old archivist. Russian forces, dug in on the left bank of the "
            "Dnipro, shelled Kherson more than 60 times in the previous 24 hours, the administration "
            "said. Ukraine's Supreme Court said the judiciary in front-line regions continued to "
            'function "under fire" and that 41 court buildings had been damaged or destroyed since '
            "the full-scale invasion began. The court said hearings would be suspended for the rest "
            "of the week."
        ),
        "E",
        "shelling",
    ),
    (
        "As Israel answers genocide case at The Hague, strikes kill dozens in Khan Younis",
        (
            "Israel's lawyers told the International Court of Justice on Friday that South Africa's "
            'genocide case was a "grossly distorted" account of the war, as Israeli strikes killed '
            "dozens of people in the southern Gaza city of Khan Younis. The second day of hearings "
            "in The Hague focused on South Africa's request for provisional measures ordering Israel "
            "to halt its military campaign. In Gaza, the health ministry said at least 135 people "
            "had been killed across the territory in the previous 24 hours, including a family of "
            "nine whose home in Khan Younis was hit before dawn. Residents said tanks had pushed "
            "towards the Nasser hospital area, and thousands of displaced people sheltering there "
            "began moving towards Rafah on the Egyptian border. The World Health Organization said "
            "only nine of Gaza's 36 hospitals were partially functioning and that aid convoys to the "
            "north had been refused or delayed repeatedly this month. Israel says it targets Hamas "
            "fighters and blames the group for civilian deaths. The court is expected to rule on the "
            "emergency request within weeks."
        ),
        "E D H",
        "airstrike",
    ),
    (
        "Days after ICJ Rafah order, strike on tent camp kills 45",
        (
            "An Israeli strike set fire to a camp for displaced people in western Rafah on Sunday "
            "night, killing at least 45 people, Gaza health officials said, two days after the "
            "International Court of Justice ordered Israel to halt its offensive in the city. Video "
            "from the Tal al-Sultan area showed tents engulfed in flames and rescuers pulling bodies "
            "from the burning plastic. The Palestine Red Crescent said many of the dead were women "
            "and children and that its field hospital was overwhelmed. The Israeli military said it "
            "had targeted two senior Hamas officials with precision munitions and was investigating "
            'the fire; the prime minister later called it a "tragic mishap". More than 800,000 '
            "people have fled Rafah since the operation began this month, according to UNRWA. The "
            "court's order, passed by 13 votes to two, was the third set of emergency measures in "
            "South Africa's genocide case. Israel has said it reads the ruling as allowing "
            "operations that do not risk destroying the Palestinian population, a reading that "
            "several of the judges rejected in separate opinions."
        ),
        "E V D",
        "airstrike",
    ),
    (
        "Junta court adds seven years to Suu Kyi sentence as jets bomb Sagaing village",
        (
            "A military court in Naypyitaw sentenced Aung San Suu Kyi to a further seven years in "
            "prison on corruption charges on Friday, closing an 18-month trial that has left the "
            "ousted leader facing 33 years in total. The hearings were held behind closed doors and "
            "her lawyers have been barred from speaking to the media, according to a source familiar "
            "with the proceedings. On the same day, air force jets bombed a village in the Sagaing "
            "region, killing at least 11 people including four children attending a school in a "
            "monastery, according to a local resistance group and residents. A villager said two "
            "planes circled before dropping bombs, and families fled into the surrounding forest. "
            'The junta did not comment on the strike but has said it targets "terrorists" of the '
            "People's Defence Forces. The United Nations says more than a million people have been "
            "displaced since the 2021 coup. Western governments called the verdict a travesty and "
            "renewed calls for her release and for an end to the air attacks."
        ),
        "E V D",
        "airstrike",
    ),
    (
        "Iran's Supreme Court upholds protester's death sentence as Zahedan demonstrators shot",
        (
            "Iran's Supreme Court has upheld the death sentence of a young man convicted of \"waging "
            "war against God\" for his part in last year's protests, the judiciary's news agency said "
            "on Friday, as security forces fired on demonstrators in the southeastern city of "
            "Zahedan. The 23-year-old was convicted by a Revolutionary Court of wounding a member of "
            "the Basij militia with a knife during street unrest, a charge his family says was "
            "extracted under torture. Rights groups say at least 17 protesters have been sentenced "
            "to death since the unrest began. After Friday prayers in Zahedan, hundreds of people "
            "marched chanting against the clerical leadership, and security forces opened fire with "
            "live ammunition and tear gas, killing at least two, according to the Oslo-based group "
            "Iran Human Rights. Videos verified by the group showed wounded men carried into a "
            'mosque. State media said "rioters" had attacked a police post. Amnesty International '
            "urged the authorities to quash the sentence. The man's lawyer said he had not been "
            "allowed to see the case file."
        ),
        "U",
        "crackdown",
    ),
    (
        "Nine dead as Senegal erupts after Sonko sentenced to two years",
        (
            "At least nine people were killed in clashes across Senegal on Thursday after the "
            'opposition leader Ousmane Sonko was sentenced to two years in prison for "corrupting '
            "youth\", a verdict that could bar him from next year's presidential election. Protesters "
            "burned tyres and buses, attacked supermarkets and set fire to a university building in "
            "Dakar, and police responded with tear gas and, witnesses said, live rounds. The "
            "interior minister said most of the deaths were in Dakar and Ziguinchor, where Sonko is "
            'mayor, and accused "occult forces" of stoking the violence. Sonko was acquitted of rape '
            "but convicted on the lesser charge in his absence; he says the case is a plot to end "
            "his career. The government restricted access to several social media platforms and "
            "deployed the army in parts of the capital. Sonko's party called on supporters to keep "
            "up the protests until he is freed. Human rights groups urged restraint and an "
            "independent investigation into the shootings. In Ziguinchor, youths set up barricades "
            "on the road to the airport and a petrol station was burned, residents said. Several "
            "journalists reported being detained briefly while filming in the Colobane market area. "
            "The government said 500 people had been arrested. The United Nations said it was deeply "
            "concerned and urged all sides to avoid further loss of life. Sonko has not been seen in "
            "public since police escorted him from a convoy last week."
        ),
        "U",
        "riot",
    ),
    (
        "Looting spreads in KwaZulu-Natal as Zuma challenges his jail term",
        (
            "Rioting and looting linked to the jailing of former President Jacob Zuma spread to "
            "Johannesburg on Monday, as the Constitutional Court heard his bid to overturn his "
            "15-month sentence for contempt, and the death toll rose to at least 10. Crowds "
            "ransacked shopping centres in Soweto and Alexandra and torched lorries on the N3 "
            "highway linking Durban to the interior, police said. President Cyril Ramaphosa "
            "authorised the deployment of 2,500 soldiers to support the police, who fired rubber "
            "bullets at looters in Pietermaritzburg. Police said 489 people had been arrested since "
            "the unrest began on Friday. Zuma began his sentence last week after refusing to testify "
            "before an anti-corruption inquiry. His lawyers told the court by video link that the "
            "judges had erred in jailing him without a trial. The judges reserved judgement. "
            "Business groups warned of shortages of food and fuel in Durban, where the port was "
            "partly closed."
        ),
        "U",
        "riot",
    ),
    (
        "Pakistan deploys army as Khan's arrest at court triggers attacks on military sites",
        (
            "Pakistan deployed troops in Islamabad and two provinces on Wednesday after supporters "
            "of former Prime Minister Imran Khan stormed military installations and clashed with "
            "police following his arrest at the Islamabad High Court. Paramilitary Rangers broke "
            "through a window to seize Khan on Tuesday as he appeared in court for a corruption "
            "case, footage showed. Overnight, protesters set fire to the residence of a senior army "
            "commander in Lahore and broke through the gate of the army's headquarters in "
            "Rawalpindi, and at least eight people were killed in clashes across the country, police "
            "and hospital officials said. Authorities shut mobile internet and said more than 1,000 "
            "people had been arrested in Punjab alone. An accountability court remanded Khan in "
            "custody for eight days. His party said the arrest was illegal and called for peaceful "
            'protests, while the military warned of a "severe response" to any further attacks on '
            "its property. The Supreme Court is due to hear a petition against the arrest on "
            "Thursday."
        ),
        "U",
        "riot",
    ),
    (
        "Goma military court tries deserters as M23 fighting nears the city",
        (
            "A military court in Goma opened the trial on Tuesday of 31 Congolese soldiers accused "
            "of fleeing their positions as M23 rebels advanced on the town of Sake, 25 kilometres "
            "west of the provincial capital. The soldiers, who face charges of cowardice and "
            "desertion in wartime, could be sentenced to death. As the hearings began, artillery "
            "fire was heard from the hills above Sake, where the army and allied militias were "
            "fighting the Rwanda-backed rebels for a third day, according to residents and a UN "
            "source. Thousands of people have fled Sake towards Goma since the weekend, joining "
            "hundreds of thousands already living in camps on the edge of the city. Medecins Sans "
            "Frontieres said its teams at Kyeshero hospital had treated more than 80 wounded, many "
            "of them women and children hit by shells. A military prosecutor told the court that "
            'discipline was "a weapon of war" and urged heavy penalties. Defence lawyers said the '
            "men had been left without food or ammunition for days."
        ),
        "B E D H",
        "battle",
    ),
]
