"""dev354 positives, part A: attacks and political violence inside Canada, 2014-2025."""

POSITIVES = [
    (
        "Six men killed as gunman opens fire on worshippers at Quebec City mosque",
        "A gunman opened fire on worshippers at the Centre culturel islamique de Québec on Sunday evening, killing six men and wounding 19 others as evening prayers were ending, police said. About 50 people were inside the mosque in the Sainte-Foy district when the shooting began shortly before 8 p.m. The dead included a university professor, a butcher, a pharmacist's assistant and a government computer analyst, all fathers. A 27-year-old Université Laval student was arrested on the island of Orléans bridge after he called 911 himself. Prime Minister Justin Trudeau told the House of Commons the killings were “a terrorist attack on Muslims” and on the country. Quebec Premier Philippe Couillard said the province stood with its Muslim community. Five of the wounded remained in hospital on Monday, two of them in critical condition. Vigils were planned for Montreal, Ottawa and Toronto.",
        "V T",
        "terrorist_attack",
    ),
    (
        "Soldier shot dead at National War Memorial, gunman killed inside Parliament",
        "A gunman shot and killed a soldier standing ceremonial guard at the National War Memorial in Ottawa on Wednesday morning before storming the Centre Block of Parliament, where he was killed in an exchange of fire. Cpl. Nathan Cirillo, 24, a reservist with the Argyll and Sutherland Highlanders of Hamilton, was shot twice in the back at close range. Witnesses said the attacker then ran up Parliament Hill and entered the building through the main doors as MPs met in caucus rooms down the hall. Dozens of shots echoed through the Hall of Honour. House of Commons sergeant-at-arms Kevin Vickers fired the shots that killed the man, according to MPs who were present. Downtown Ottawa was locked down for most of the day and police searched rooftops for a possible second shooter. In an evening address, the prime minister called it a terrorist attack, the second in three days against members of the Canadian Armed Forces.",
        "T",
        "terrorist_attack",
    ),
    (
        "Warrant officer dies after being run down in Saint-Jean-sur-Richelieu parking lot",
        "A Canadian Forces warrant officer has died after a man deliberately drove into two soldiers in a shopping-centre parking lot in Saint-Jean-sur-Richelieu, south of Montreal, the RCMP said Tuesday. Warrant Officer Patrice Vincent, 53, was struck Monday morning near the federal tax office on Boulevard du Séminaire. The second soldier suffered minor injuries. Police pursued the driver for several kilometres until his car rolled into a ditch; he was shot dead when he came at officers with a knife. The RCMP said the 25-year-old man had been on a federal watch list and that his passport had been seized in the summer because he was believed to want to travel to join militants in Syria. Federal officials described the attack as “clearly linked to terrorist ideology”. Le Devoir reported that residents of the quiet Richelieu Valley town were in shock.",
        "T",
        "terrorist_attack",
    ),
    (
        "Four members of London, Ont., family killed in what police call a hate-motivated truck attack",
        "Four members of a Muslim family were killed and a nine-year-old boy was seriously injured when a man drove a pickup truck onto a sidewalk in London, Ont., on Sunday evening, police said. The family had been out for a walk near Hyde Park Road and South Carriage Road when the black truck mounted the curb and struck them. The dead are a 74-year-old woman, a 46-year-old man, his 44-year-old wife and their 15-year-old daughter. A 20-year-old London man was arrested in a mall parking lot about seven kilometres away. Detective Superintendent Paul Waight said there was evidence the attack was planned and motivated by hatred of Muslims, and that the RCMP was consulting on terrorism charges. “This was a premeditated act,” London Mayor Ed Holder said, calling it the worst mass murder in the city's history. Hundreds of people gathered at a vigil outside the London Muslim Mosque on Tuesday.",
        "T V",
        "terrorist_attack",
    ),
    (
        "Edmonton police officer stabbed, four pedestrians run down in what police call terror attack",
        "A man struck an Edmonton police officer with a car outside Commonwealth Stadium on Saturday night, stabbed him several times and later drove a rented U-Haul truck into pedestrians on Jasper Avenue, police said. Four people were injured on the downtown strip, some of them hit as they left bars. Police said an Islamic State flag was found in the front seat of the white Chevrolet Malibu used in the first attack. The truck was pursued through the downtown core and flipped on its side near 107 Street, where a 30-year-old man was arrested. Chief Rod Knecht said the attacks were being investigated as acts of terrorism. The injured officer, Const. Mike Chernyk, was treated in hospital and released, a police spokesperson said. Federal Public Safety Minister Ralph Goodale said there was no indication of a wider network.",
        "T",
        "terrorist_attack",
    ),
    (
        "Toronto massage parlour killing now treated as incel terrorism, police say",
        "Police in Toronto say a deadly machete attack at a North York massage parlour in February was an act of terrorism inspired by the misogynist incel movement, the first time the charge has been laid in such a case in Canada. Ashley Noell Arzaga, 24, was killed and a woman working at the spa was wounded in the attack, and the 17-year-old accused was also injured. The charge of first-degree murder has been amended to “murder — terrorist activity,” the Toronto Police Service and the RCMP said in a joint statement on Tuesday. Investigators said evidence gathered since the attack pointed to an ideological motive. Experts on extremism said the decision recognised violence against women driven by online incel communities as political. The youth, who cannot be named under the Youth Criminal Justice Act, also faces a charge of attempted murder — terrorist activity.",
        "T V",
        "terrorist_attack",
    ),
    (
        "Iran admits its forces shot down Ukrainian jet carrying 57 Canadians",
        "Iran's military admitted on Saturday that it “unintentionally” shot down Ukraine International Airlines Flight PS752 shortly after take-off from Tehran, killing all 176 people on board, including 57 Canadians. The Boeing 737 was hit by at least one surface-to-air missile hours after Iran fired ballistic missiles at Iraqi bases hosting U.S. troops, in retaliation for the American drone strike that killed Gen. Qassem Soleimani. Iran's Revolutionary Guard said an air-defence operator mistook the plane for a hostile target. Prime Minister Justin Trudeau said Canadians were “outraged and furious” and demanded full accountability. Many of the victims were students and professors returning to universities in Edmonton, Toronto, Winnipeg and Ottawa after the holidays. The University of Alberta alone lost ten members of its community. Vigils were held across the country for a third night.",
        "E",
        "missile_strike",
    ),
    (
        "Canadian troops in Erbil unhurt as Iranian missiles strike coalition base",
        "Canadian soldiers serving with the coalition against the Islamic State in northern Iraq were not hurt when Iranian ballistic missiles struck a base near Erbil airport early Wednesday, the Department of National Defence said. Several missiles fell on or near the installation, where Canadian special forces and trainers have been based since 2014, while others hit the Ain al-Asad air base in western Iraq. Chief of the Defence Staff Gen. Jonathan Vance said all Canadian personnel were accounted for and had taken shelter in bunkers. Iran said the strikes were retaliation for the killing of its general Qassem Soleimani in a U.S. drone strike in Baghdad. Vance said some of the roughly 500 Canadians deployed in Iraq would be moved temporarily to Kuwait as a precaution. Defence Minister Harjit Sajjan told reporters in Ottawa that the mission was being paused, not ended.",
        "E M",
        "missile_strike",
    ),
    (
        "Canadian special forces exchange fire with ISIS fighters in northern Iraq",
        "Canadian special forces soldiers have been in several firefights with Islamic State militants in northern Iraq in the past week, killing a number of fighters, the commander of the mission said Monday. Brig.-Gen. Michael Rouleau told reporters at National Defence headquarters that the troops came under mortar and machine-gun fire while advising Kurdish peshmerga near the front line west of Erbil. The Canadians returned fire and called in coalition air strikes, he said. None of the soldiers was hurt. Opposition MPs said the clashes showed the mission had drifted into combat despite government assurances that it was advisory. Rouleau rejected that, saying soldiers have the right to defend themselves and their partners. Canada has about 69 special forces soldiers in Iraq alongside six CF-18 fighter jets bombing ISIS targets.",
        "B M",
        "battle",
    ),
    (
        "Canadian soldier killed by Kurdish fire near Mosul front, first death of Iraq mission",
        "A Canadian special forces soldier was killed and three others were wounded on Friday when Kurdish fighters mistakenly opened fire on them near the front line in northern Iraq, the Department of National Defence said. Sgt. Andrew Joseph Doiron, 31, of Moncton, N.B., was the first Canadian to die in the mission against the Islamic State. Officials said the soldiers were returning to an observation post after a planning meeting when they were challenged by peshmerga forces, who fired after a mix-up over signals. The front near Mosul had seen heavy fighting with ISIS in previous days, and Kurdish officials said their men believed the group was an enemy patrol. The three wounded soldiers were flown to a hospital in Erbil and were in stable condition. Flags on Parliament Hill were lowered to half-mast.",
        "B",
        "soldier_killed",
    ),
    (
        "Sikh leader shot dead outside Surrey gurdwara; Trudeau cites 'credible allegations' against India",
        "Prime Minister Justin Trudeau told the House of Commons on Monday that Canadian security agencies were pursuing credible allegations linking agents of the Indian government to the killing of Sikh leader Hardeep Singh Nijjar in Surrey, B.C., in June. Nijjar, 45, the president of the Guru Nanak Sikh Gurdwara, was shot dead in his pickup truck in the temple parking lot by two masked gunmen on the evening of June 18. He had campaigned for an independent Sikh homeland and had been designated a terrorist by New Delhi, a charge he denied. “Any involvement of a foreign government in the killing of a Canadian citizen on Canadian soil is an unacceptable violation of our sovereignty,” Trudeau said. Foreign Affairs Minister Mélanie Joly announced the expulsion of a senior Indian diplomat. India rejected the allegations as absurd. Members of the gurdwara said they had asked for police protection for months.",
        "V",
        "targeted_killing",
    ),
    (
        "Shots fired at two Montreal Jewish schools overnight, police say",
        "Shots were fired at two Jewish elementary schools in Montreal overnight, the second time in a week that gunfire hit the Belz school in Outremont, police said Thursday. No one was in the buildings at the time and no one was injured, but bullet holes were found in the front door and windows of the Yeshiva Gedola school in Côte-des-Neiges. Montreal police said the specialized hate crimes unit was investigating and that patrols had been stepped up around Jewish institutions. Community leaders linked the attacks to tensions over the war in Gaza, which has also brought firebombs at a synagogue and a Jewish community centre. Premier François Legault called the shootings “a totally unacceptable act” and Prime Minister Justin Trudeau said on social media that the targeting of children's schools had no place in Canada. Parents kept many pupils home on Thursday.",
        "V",
        "attack_on_schools",
    ),
    (
        "Police push convoy protesters back from Parliament Hill, 170 arrested",
        "Police using batons, pepper spray and armoured vehicles pushed back protesters around Parliament Hill on Saturday as the operation to end the three-week occupation of downtown Ottawa entered a second day. Officers from the Ottawa Police Service, the Ontario Provincial Police and the RCMP moved block by block along Wellington Street, arresting those who refused to leave and towing dozens of trucks. By Saturday evening 170 people had been arrested and 53 vehicles towed, interim police chief Steve Bell said, adding that some protesters had assaulted officers and that one officer was struck with a bicycle. Police said they had used chemical irritant after officers were pushed and kicked. Organisers accused police of brutality and called on supporters to hold their ground. The federal government invoked the Emergencies Act earlier in the week. Overnight, streets around the Château Laurier were lit by police floodlights.",
        "U",
        "crackdown",
    ),
    (
        "Montreal police use tear gas as anti-NATO protest turns violent downtown",
        "Montreal police fired tear gas and made three arrests on Friday evening after a demonstration against a NATO parliamentary assembly meeting in the city turned violent, according to the SPVM. Protesters set off smoke bombs and fireworks, smashed windows and set at least one vehicle on fire near the Palais des congrès, police said. An officer was injured by a projectile, and police declared the gathering illegal shortly after 7 p.m. Organisers said the march was meant to denounce Western support for Israel's war in Gaza. Prime Minister Justin Trudeau called the scenes “appalling” and denounced acts of antisemitism he said had taken place. Several hundred people had taken part in the march, according to Le Devoir, and many left before the clashes began. Windows of a bank branch and a café on René-Lévesque Boulevard were covered with plywood on Saturday.",
        "U",
        "riot",
    ),
    (
        "Scuffles and arrests at Concordia as rival pro-Palestinian and pro-Israel groups clash",
        "Montreal police arrested three people after rival groups of pro-Palestinian and pro-Israel demonstrators clashed in the lobby of Concordia University's Hall Building on Wednesday, the university said. Videos shared on social media show students shoving and punching each other and throwing objects as security guards tried to separate them. One security guard and two students suffered minor injuries, police said. The university said it had asked officers to intervene after the confrontation escalated. Concordia president Graham Carr said in a statement that violence had no place on campus and that the university would take disciplinary action. Both student groups blamed the other for starting the fight. It was the latest in a series of tense confrontations on Canadian campuses since the Oct. 7 attack on Israel and the war in Gaza that followed.",
        "U",
        "clashes",
    ),
    (
        "RCMP tactical teams arrest 15 at Wet'suwet'en camp, break down cabin door with axe",
        "RCMP officers armed with assault rifles and accompanied by police dogs arrested 15 people on Friday at a camp set up to block construction of the Coastal GasLink pipeline in northern British Columbia, according to the Gidimt'en clan. Two journalists, a photographer and a documentary filmmaker, were among those taken into custody. Video shot inside a cabin shows officers using an axe and a chainsaw to break down the door as people inside refused to come out. The RCMP said in a statement that officers were enforcing a court injunction and had acted to protect pipeline workers trapped behind roadblocks. Hereditary chiefs called the operation a violent invasion of unceded territory and said the arrests were carried out at gunpoint. Civil liberties groups criticised the arrest of the journalists. Those arrested were taken to Houston, B.C., and held overnight.",
        "U",
        "crackdown",
    ),
    (
        "Brampton temple protest erupts into fistfights, three arrested",
        "Peel police say three people have been arrested after a protest outside the Hindu Sabha Mandir in Brampton, Ont., on Sunday erupted into fistfights between demonstrators and people at the temple. Videos circulated online showed people striking each other with poles and flagsticks in the temple's parking lot as officers tried to separate the crowds. The demonstration, organised by supporters of the Khalistan movement, was held during a consular event run by Indian diplomats at the temple, police said. Officers declared the gathering unlawful and added patrols at places of worship in the region. An off-duty Peel officer seen in the crowd was suspended. Prime Minister Justin Trudeau wrote that the acts of violence were unacceptable, and India's external affairs ministry demanded that Ottawa protect places of worship. Rallies were called by both sides for the following weekend.",
        "U",
        "clashes",
    ),
]
