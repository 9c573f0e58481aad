"""dev293 negatives: memorial days and anniversaries, Home Front Command drills and the defence
establishment without violence, disasters, accidents, health, culture, sport and ordinary news.
(title, text, kind code); codes in eval/conflictset."""

NEGATIVES = [
    (
        "Country stands still for two-minute siren as Memorial Day begins",
        "Israel came to a halt at 11 a.m. on Wednesday as a two-minute siren sounded across the country for Memorial Day for fallen soldiers and victims of terror. Drivers stopped their cars on the Ayalon and Route 1 and stood beside them with heads bowed, and shoppers froze in the aisles. State ceremonies were held at 52 military cemeteries, with the main one at Mount Herzl in Jerusalem, attended by President Reuven Rivlin and Prime Minister Benjamin Netanyahu. The Defence Ministry said 23,741 soldiers and security personnel had fallen since 1860, including 75 since the last Memorial Day, and that 3,150 civilians had been killed in terror attacks. Bereaved families filled the cemeteries from early morning. “Every year the grief is the same and every year it is new,” said a mother from Rehovot whose son was killed in the 2006 Lebanon war. In the evening, the country will move into Independence Day celebrations, marking 71 years since the founding of the state.",
        "history",
    ),
    (
        "Nova festival memorial opens at Re'im two years after massacre",
        "Bereaved families, survivors and dozens of volunteers gathered at the Re'im festival site on Tuesday to dedicate a permanent memorial to the 378 people killed at the Nova music festival on October 7, 2023, and the 44 taken from there to Gaza. The memorial, designed with the families, replaces the hundreds of hand-made signs and trees planted in the field over two years, and includes a path through the former dance floor and a hall with portraits of the victims. “We want people to know who they were, not only how they died,” said the mother of a 22-year-old bartender killed at the bar tent. Survivors played music from the festival's last set. The Eshkol regional council said more than a million visitors had come to the site since the attack. Organisers plan a memorial concert in Tel Aviv on Saturday. Several families boycotted the ceremony in protest at the government's refusal to set up a state commission of inquiry.",
        "history",
    ),
    (
        "State archives release cabinet minutes from first days of Yom Kippur War",
        "The Israel State Archives on Thursday released hundreds of pages of cabinet and General Staff minutes from the first days of the Yom Kippur War, ahead of the 50th anniversary of the surprise Egyptian and Syrian attack of October 1973. The documents show Defence Minister Moshe Dayan warning Prime Minister Golda Meir on October 7 that “the Third Temple is in danger” and proposing a withdrawal deep into Sinai. Historians said the protocols also showed how intelligence warnings had been dismissed in the days before the war. Some 2,656 Israeli soldiers were killed in the fighting. The archives said some passages were still censored for security reasons. Families of soldiers who fell in the Sinai outposts said they had waited half a century for the material. A conference at Tel Aviv University next week will discuss the new findings, and Kan will broadcast a documentary series based on the papers.",
        "history",
    ),
    (
        "Herzog and Steinmeier mark 50 years since Munich Olympics massacre",
        "President Isaac Herzog and German President Frank-Walter Steinmeier led a ceremony at the Fürstenfeldbruck air base on Monday to mark 50 years since 11 Israeli athletes and coaches were killed by Palestinian gunmen at the 1972 Munich Olympics. The ceremony went ahead after Germany agreed last week to pay the victims' families about 28 million euros in compensation, ending a decades-long dispute that had threatened a boycott. Steinmeier asked the families for forgiveness for the failures of the German authorities at the time, including a botched rescue operation at the airfield. Ankie Spitzer, whose husband Andre was the fencing coach, said the apology had come very late but was important. The names of the 11 were read aloud. Herzog said Israel would never forget its athletes. A joint commission of German and Israeli historians will study the archives on the attack.",
        "history",
    ),
    (
        "Ten years after Gush Katif: evacuees still waiting for permanent homes",
        "A decade after the government evacuated some 8,000 settlers from 21 communities in the Gaza Strip and four in the northern West Bank, dozens of families are still living in temporary homes, according to a state comptroller report released on Sunday for the anniversary. The report said 22 percent of the former Gush Katif residents still had no permanent housing, and that unemployment among them was higher than the national average. Ceremonies were held in Nitzan and at the Gush Katif heritage centre, where former residents watched footage of soldiers carrying families out of their homes in August 2005. “They took us out in a week and left us waiting ten years,” said a former resident of Neve Dekalim. Then-prime minister Ariel Sharon's disengagement plan was approved by the Knesset in 2004. Several new communities for the evacuees were completed this year near Lachish.",
        "history",
    ),
    (
        "Netanyahu at Entebbe, 40 years after raid that killed his brother",
        "Prime Minister Benjamin Netanyahu stood on Monday at the old terminal of Entebbe airport in Uganda, where his brother Yonatan was killed 40 years ago leading the commando raid that freed more than 100 hostages from a hijacked Air France plane. “Forty years ago, they landed in the dead of night in a country ruled by a brutal dictator,” Netanyahu said at a ceremony attended by Ugandan President Yoweri Museveni, who called the raid a milestone in the fight against terrorism. Three hostages and Yoni Netanyahu were killed in the operation, along with the hijackers and dozens of Ugandan soldiers. The prime minister was on a four-nation tour of East Africa, the first by an Israeli leader in decades, with business leaders from 50 Israeli firms. Survivors of the hijacking who joined the trip laid a wreath at the terminal, now disused. Netanyahu's aides said the visit would open African doors to Israeli technology.",
        "history",
    ),
    (
        "Holocaust Remembrance Day siren falls as survivors' numbers dwindle",
        "A two-minute siren sounded across Israel at 10 a.m. on Thursday for Holocaust Remembrance Day, as the Welfare Ministry said the number of survivors living in the country had fallen to about 189,000, down from 200,000 a year earlier. Their average age is 85. At the Knesset, lawmakers read aloud the names of relatives murdered in the Holocaust, and schools held ceremonies where pupils met survivors. President Reuven Rivlin told the state ceremony at Yad Vashem on Wednesday evening that the memory must not become a political weapon. Welfare groups said about a quarter of survivors lived below the poverty line and many had to choose between food and medicine. The Holocaust Survivors' Rights Authority said it would raise monthly allowances from April. The March of the Living will be held at Auschwitz next week.",
        "history",
    ),
    (
        "Home Front Command drill tests sirens and shelters nationwide",
        "Sirens will sound across Israel twice on Tuesday, at 11:05 a.m. and 7:35 p.m., as part of the Home Front Command's annual nationwide drill, the army said. The exercise, called Turning Point, simulates a multi-front war in which hundreds of rockets and missiles are fired at cities every day and major infrastructure is hit. The public is asked to go to the nearest shelter or safe room during the sirens and stay there for ten minutes. Local councils, hospitals, the Israel Electric Corporation and emergency services will practise evacuating residents from damaged buildings and setting up aid centres. Schools will hold drills in the morning. The Home Front Command said its survey showed that about a third of Israelis had no protected space within reach. Officials stressed that the drill was planned months in advance and was not linked to any specific threat. Residents can check their alert zone on the command's website and app.",
        "military",
    ),
    (
        "Northern drill simulates thousands of Hezbollah rockets a day",
        "The army began a week-long exercise in the north on Sunday simulating a full-scale war with Hezbollah, in which thousands of rockets a day fall on Israeli towns and villages and communities near the border come under ground attack. Troops from the Northern Command, the air force and the navy are taking part, along with the Home Front Command and local councils from Nahariya to Kiryat Shmona. Residents will see heavy traffic of military vehicles and aircraft and may hear explosions from training zones, the army said. One scenario has 20,000 residents of the Galilee evacuated southward within 48 hours. Chief of Staff Aviv Kochavi said the army was preparing for the day when it would have to act with great force. Hezbollah's al-Manar television said the group was watching closely. The exercise ends on Thursday with a drill at Rambam hospital in Haifa.",
        "military",
    ),
    (
        "Israel signs $5.2 billion deal for 25 more F-15IA fighter jets",
        "The Defence Ministry on Thursday signed a 5.2 billion dollar deal with Boeing for 25 advanced F-15IA fighter jets, with an option for 25 more, to be delivered from 2031, the ministry said. The deal, funded mostly from US military aid, follows the purchase of a third F-35 squadron earlier this year, bringing the planned fleet of stealth fighters to 75. Ministry director-general Eyal Zamir said the jets would give the air force long-range strike capability for years to come. The F-15IA can carry heavy munitions and fly long distances without refuelling, and will eventually replace older F-15I aircraft. Israel Aerospace Industries and Elbit Systems will produce parts under industrial cooperation agreements. The ministry said it was also in talks to buy more KC-46 refuelling planes. Critics in the Knesset said the deal tied Israel to American suppliers for decades.",
        "military",
    ),
    (
        "Iron Beam laser declared operational after final tests",
        "The Defence Ministry said on Sunday that the Iron Beam high-energy laser system had completed its final series of tests and was ready to be delivered to the air force, making Israel the first country with an operational laser air defence. In the trials, held over several weeks in the south, the system shot down rockets, mortar bombs and drones in a range of scenarios, the ministry said. Director of defence research Danny Gold said each interception cost only a few dollars of electricity, compared with tens of thousands of dollars for an Iron Dome interceptor. Rafael Advanced Defense Systems and Elbit Systems will deliver the first batteries by the end of the year. Defence Minister Israel Katz called it a historic milestone that changes the rules of the game. Officials said the laser would work alongside Iron Dome, David's Sling and Arrow, not replace them.",
        "military",
    ),
    (
        "IDF to send first 1,000 draft orders to yeshiva students",
        "The army will begin sending draft orders to 1,000 ultra-Orthodox yeshiva students aged 18 to 26 on Sunday, after the High Court of Justice ruled that there was no legal basis for their exemption, the IDF said. The orders are the first of about 3,000 to be issued in the coming weeks, and recipients will be called for initial screening at recruitment offices. Military officials said the army needed about 10,000 more soldiers because of the burden on reservists and had set up special tracks for Haredi recruits, with separate units and kosher food. Leading rabbis told students to tear up the orders. Shas chairman Aryeh Deri said the court had harmed the Torah world. Defence Minister Yoav Gallant said the army would work to integrate Haredim gradually. Under the law, those who fail to report can be declared deserters after a set period.",
        "military",
    ),
    (
        "Germany buys Arrow 3 in Israel's largest-ever arms export deal",
        "Germany signed a contract worth about 3.5 billion euros on Thursday to buy Israel's Arrow 3 missile defence system, the largest defence export deal in Israel's history, the Defence Ministry said. The system, developed by Israel Aerospace Industries with the US Missile Defense Agency, intercepts ballistic missiles outside the atmosphere. Germany plans to have the first batteries in service by the end of 2025 to protect its airspace and that of neighbouring countries under the European Sky Shield initiative. Defence Minister Yoav Gallant and his German counterpart Boris Pistorius signed a letter of commitment at the ministry in Berlin. IAI chief executive Boaz Levy said thousands of jobs in Israel would benefit. Washington approved the sale earlier this year. The deal includes launchers, radars and interceptor missiles.",
        "military",
    ),
    (
        "Ten teenagers killed as flash flood sweeps pre-army course hikers in Tzafit stream",
        "Ten teenagers from a pre-army preparatory programme in Tel Aviv were killed on Thursday when a flash flood swept them away during a hike in the Tzafit stream near the Dead Sea, police said. Nine of the dead were young women. The group of 25 students had gone out despite warnings of heavy rain in the south, and were hit by a wall of water in a narrow gorge. Rescue teams from the army's 669 unit, police and volunteers searched through the night with helicopters and dogs, and the last body was found on Friday morning. Police arrested the head of the programme and a guide on suspicion of negligent homicide. Education Minister Naftali Bennett said the tragedy should never have happened and ordered an inquiry into school trips. Bnei Zion Medical Center treated two survivors. Funerals were held across the centre of the country on Friday.",
        "disaster",
    ),
    (
        "Wildfire in Jerusalem hills closes Route 1 and forces evacuation of communities",
        "A large wildfire spread through the forests west of Jerusalem on Wednesday, forcing police to close Route 1, the main highway between Jerusalem and Tel Aviv, and to evacuate several communities, including Neve Ilan and Mevo Horon, officials said. Strong winds and temperatures near 40 degrees fanned the flames, and firefighters from across the country, with planes from Cyprus, Croatia and Italy, struggled to contain the blaze. The army sent soldiers and engineering equipment to help. Magen David Adom treated 23 people for smoke inhalation, and drivers abandoned cars on the highway. Independence Day ceremonies, including the torch lighting at Mount Herzl, were cancelled. Fire and Rescue Commissioner Eyal Caspi said it was among the largest fires in the country's history. Police said they were investigating whether any of the blazes had been started deliberately.",
        "disaster",
    ),
    (
        "45 killed in crush at Mount Meron Lag B'Omer celebration",
        "Forty-five people were killed and about 150 injured early on Friday in a crush at a Lag B'Omer celebration at the tomb of Rabbi Shimon Bar Yochai on Mount Meron, the deadliest civilian disaster in Israel's history, Magen David Adom said. The crush began on a narrow, sloping metal walkway as tens of thousands of ultra-Orthodox pilgrims left the Toldot Aharon compound, and people fell on top of each other. Among the dead were boys as young as nine. Police had warned for years that the site could not safely hold such crowds, but the government had approved a gathering of some 100,000 people. Helicopters flew the injured to Ziv and Rambam hospitals. Prime Minister Benjamin Netanyahu declared Sunday a day of national mourning. Calls for a state commission of inquiry grew within hours, as police and politicians traded blame.",
        "accident",
    ),
    (
        "Worker killed in explosion at Tomer rocket motor plant",
        "A 41-year-old worker was killed and another was seriously injured on Monday in an explosion at a facility of Tomer, the state-owned company that makes rocket motors for Israel's missile and interceptor programmes, Magen David Adom said. The blast happened during a test of a motor at the plant in central Israel, and a column of smoke could be seen for kilometres. Residents of nearby communities reported a loud boom. The Defence Ministry said the explosion was an accident and was not related to any hostile activity, and that an inquiry had been opened together with the police. Tomer has expanded production sharply to meet the demand for interceptors. The Labour Ministry's safety regulator said it would inspect the site. Workers' representatives said they had warned of the pressure on staff to produce faster.",
        "accident",
    ),
    (
        "Second child dies of measles as outbreak spreads in Haredi neighbourhoods",
        "A two-year-old boy from Beit Shemesh died of measles on Tuesday, the second child to die in the current outbreak, the Health Ministry said. The boy had not been vaccinated. More than 1,100 cases have been confirmed since the spring, most of them in ultra-Orthodox neighbourhoods of Jerusalem, Beit Shemesh and Bnei Brak, where vaccination rates among young children have fallen to about 75 percent. Health Minister Uriel Buso urged parents to vaccinate their children and said the ministry had opened mobile clinics in Haredi areas, working with rabbis who back immunisation. Shaare Zedek and Hadassah said their paediatric wards were overwhelmed. Doctors said the war had disrupted routine vaccination schedules as clinics closed and families moved. The ministry also said children aged six months to a year in outbreak areas could receive an early dose.",
        "health",
    ),
    (
        "October 7 documentary premieres to standing ovation at Docaviv",
        "A documentary about the attack on the Nova music festival premiered at the Docaviv festival in Tel Aviv on Thursday night, drawing a long standing ovation from an audience that included survivors and bereaved families. The film, which runs for 90 minutes, is built almost entirely from footage filmed by festival-goers, police body cameras and dashcams, with no narration. Its director said she had spent a year going through thousands of hours of video. Some viewers walked out during the hardest scenes, and psychologists were on hand in the lobby. The film will be broadcast on Kan 11 next month and has been picked up by a US streaming service. A survivor who appears in the film said she hoped it would make the world understand what happened. Critics called it one of the most harrowing Israeli films ever made.",
        "entertainment",
    ),
    (
        "Maccabi Tel Aviv storm past Real Madrid in Belgrade 'home' game",
        "Maccabi Tel Aviv beat Real Madrid 90-82 on Thursday night in a EuroLeague game played in Belgrade, where the club has hosted its home games since international competitions stopped playing in Israel. Lorenzo Brown led the attack with 24 points and eight assists, and Maccabi's defence held the Spanish side to 38 percent shooting in the second half. About 3,000 Israeli fans, many of them from the local community and some who flew in for the game, filled part of the Aleksandar Nikolić Hall. Coach Oded Kattash said playing far from home all season felt like a siege but that his players had shown character. Maccabi moved up to fourth in the standings. The club is pushing for Euroleague games to return to Menora Mivtachim Arena next season. Hapoel Tel Aviv, playing in Sofia, beat Bayern Munich in overtime.",
        "sport",
    ),
    (
        "Likud and Blue and White tied at 35 seats as final count ends",
        "The Likud and Blue and White each won 35 seats in the Knesset election, according to the final count published by the Central Elections Committee on Thursday, but Prime Minister Benjamin Netanyahu's right-wing and religious bloc holds a clear majority of 65. Benny Gantz, the former chief of staff who led the centrist alliance, conceded that he would not be able to form a government. The New Right party of Naftali Bennett and Ayelet Shaked fell just short of the threshold of 3.25 percent. Turnout was 68.5 percent, lower than in 2015, and fell sharply in Arab towns. President Reuven Rivlin will begin consultations with party leaders next week. Shas and United Torah Judaism won eight seats each. Coalition talks are expected to focus on the draft law and the justice portfolio.",
        "other",
    ),
    (
        "Google to buy Wiz for $32 billion in largest Israeli tech exit ever",
        "Google's parent Alphabet agreed on Tuesday to buy Israeli cloud security company Wiz for 32 billion dollars in cash, the largest acquisition ever of an Israeli technology company. Wiz, founded in 2020 by Assaf Rappaport, Ami Luttwak, Yinon Costica and Roy Reznik, veterans of the army's 8200 intelligence unit, turned down a 23 billion dollar offer from Google the year before. The company has about 1,800 employees, around 900 of them in Israel. The deal is expected to bring billions of shekels in tax revenue to the state, the Finance Ministry said. Economists said it was a vote of confidence in the tech sector after a difficult two years. The acquisition still needs approval from regulators in the United States and Europe. Wiz will remain based in New York and Tel Aviv and join Google Cloud.",
        "other",
    ),
    (
        "Heatwave sends temperatures to 45 degrees in Jordan Valley",
        "Temperatures reached 45 degrees Celsius in the Jordan Valley and 43 degrees in Jerusalem on Friday as a heatwave gripped the country, the Israel Meteorological Service said. Electricity demand hit a record as households turned on air conditioners, and the Israel Electric Corporation warned of possible power cuts in the evening. Magen David Adom treated dozens of people for heatstroke, most of them elderly. The Health Ministry told the public to avoid going out between 10 a.m. and 5 p.m. and to drink plenty of water. The Nature and Parks Authority closed hiking trails in the Judean Desert and the Negev. Forecasters said temperatures would drop slightly on Sunday but remain above the seasonal average. Beaches along the coast were packed, and lifeguards carried out several rescues.",
        "other",
    ),
    (
        "Beresheet spacecraft crashes on the moon in final seconds of landing",
        "Israel's Beresheet spacecraft crashed into the moon on Thursday night after its main engine failed during the final stage of its descent, ending the country's bid to become the fourth nation to land on the lunar surface. Engineers at the control room in Yehud lost contact with the craft at an altitude of about 150 metres. The 100 million dollar mission was led by the non-profit SpaceIL and Israel Aerospace Industries, and funded largely by private donors, among them businessman Morris Kahn. “If at first you don't succeed, you try again,” Prime Minister Benjamin Netanyahu said in the control room. Kahn announced on Saturday that a second spacecraft would be built. Schools across the country had held live screenings of the landing. The craft carried a time capsule with the Bible, children's drawings and the Declaration of Independence.",
        "other",
    ),
]
