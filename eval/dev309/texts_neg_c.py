"""dev309 negatives, part c: peace and deals, the Iran-Iraq war remembered, films, drills, accidents.

NEGATIVES = [(title, text, kind code), ...]; kind codes from eval/conflictset KIND_CODES.
"""

NEGATIVES = [
    (
        "PKK fighters burn their weapons in ceremony near Sulaimani",
        "Thirty fighters of the Kurdistan Workers' Party (PKK) burned their rifles in a cauldron at a ceremony in a cave near Sulaimani on Friday, the first concrete step in the group's move to end its four-decade armed struggle against Turkey. "
        "The fighters, half of them women, were led by a senior commander, Besê Hozat, who read a statement in Kurdish and Turkish saying they were laying down their arms 'voluntarily, as a gesture of goodwill'. "
        "Officials from the Kurdistan Regional Government, Iraqi intelligence and Turkish observers attended, along with journalists and members of Turkey's pro-Kurdish DEM party. "
        "The ceremony followed a call by the PKK's jailed founder Abdullah Ocalan in February for the group to disband. "
        "Turkish President Recep Tayyip Erdogan said the move opened 'a new page' and that a parliamentary commission would prepare the legal framework. "
        "Villagers in the Qandil area told Rudaw they hoped it would allow them to return to fields that have been off limits for years.",
        "peace",
    ),
    (
        "Iran and Saudi Arabia agree to restore ties in deal brokered by China",
        "Iran and Saudi Arabia agreed on Friday to restore diplomatic relations and reopen their embassies within two months, in a deal brokered by China after four days of talks in Beijing. "
        "A joint statement said the two countries would respect each other's sovereignty and not interfere in each other's internal affairs, and would revive a security cooperation pact signed in 2001. "
        "Iraq and Oman, which hosted earlier rounds of talks between the two rivals in Baghdad and Muscat, were thanked in the statement. "
        "Riyadh cut ties with Tehran in 2016 after protesters stormed its embassy following the execution of a Shia cleric. "
        "Iranian newspapers hailed the agreement, and the Tehran Times said it marked the decline of American influence in the region. "
        "Analysts told Al-Monitor the deal could ease tensions in Yemen, Lebanon and Iraq, although much would depend on how it was implemented. "
        "The rial rose sharply in Tehran's currency market after the announcement.",
        "peace",
    ),
    (
        "Iran frees five Americans in prisoner swap as $6bn is unfrozen",
        "Five US citizens detained in Iran flew out of Tehran to Doha on Monday as part of a prisoner exchange that also freed five Iranians held in the United States, officials from both countries said. "
        "The deal, mediated by Qatar, also allowed the transfer of $6 billion of Iranian oil money held in South Korea to accounts in Qatar, where it can be used only for humanitarian purchases. "
        "Among the Americans were businessman Siamak Namazi, who had spent nearly eight years in Evin prison, and environmentalist Morad Tahbaz. "
        "'I would not be free today if it weren't for all of you,' Namazi said in a statement. "
        "Two of the Iranians released in the US chose not to return to Iran. "
        "Iranian officials said the exchange was 'purely humanitarian' and did not signal a broader thaw. "
        "Republicans in Congress criticised the release of the funds.",
        "peace",
    ),
    (
        "Baghdad and Erbil sign deal to hand Sinjar administration to joint body",
        "Iraq's federal government and the Kurdistan Regional Government have agreed to set up a joint committee to administer the Sinjar district and to recruit 2,500 local residents into a new police force, officials from both sides said on Wednesday. "
        "The agreement, backed by the United Nations, is meant to end years of rival administrations in the Yazidi homeland and to allow the return of some 200,000 people still living in camps in Duhok province. "
        "It also calls for armed groups not from the area to leave. "
        "UN envoy Jeanine Hennis-Plasschaert called the deal 'a first step in the right direction'. "
        "Some Yazidi leaders welcomed it, while others said they had not been consulted. "
        "The Kurdistan Region's prime minister said he hoped it would lead to the reconstruction of Sinjar, where much of the old town remains in ruins. "
        "Implementation will begin with the appointment of a new mayor.",
        "peace",
    ),
    (
        "Sacred Defence Week opens with ceremonies at martyrs' cemeteries",
        "Iran opened Sacred Defence Week on Monday, the annual commemoration of the eight-year war with Iraq, with ceremonies at martyrs' cemeteries across the country and a minute's silence in schools. "
        "In Tehran, veterans and families of the dead gathered at the Behesht-e Zahra cemetery, where the graves of thousands of soldiers and volunteers are lined with their photographs. "
        "Veterans recalled the battles of the Faw peninsula and the Iraqi chemical attacks that left many of them with lasting lung damage. "
        "State television is broadcasting documentaries and films about the war throughout the week. "
        "The Tehran Times said about 200,000 Iranians were killed in the war, which began with Iraq's invasion in September 1980 and ended with a ceasefire in 1988. "
        "Schoolchildren visited an exhibition of wartime equipment in Tehran's Holy Defence Museum. "
        "Officials said the remains of 100 soldiers recently recovered from former battlefields would be buried this week.",
        "history",
    ),
    (
        "Halabja marks 35 years since chemical attack",
        "Thousands of people gathered in Halabja on Thursday to mark the 35th anniversary of the chemical attack by Saddam Hussein's air force that killed about 5,000 Kurds in 1988. "
        "Survivors and relatives laid flowers at the town's monument and cemetery, where rows of graves are marked with the names of whole families. "
        "A siren sounded at 11 a.m., the hour when the bombs fell, and traffic stopped for a minute's silence. "
        "Many survivors still suffer from lung diseases, cancers and eye problems, and some have been treated abroad with help from the Kurdistan Regional Government. "
        "Halabja became Iraq's 19th province last year, a long-held demand of its residents. "
        "Speakers called for compensation from the companies that supplied chemicals to Saddam's regime. "
        "The Kurdistan Region's parliament observed a minute's silence in Erbil.",
        "history",
    ),
    (
        "Remains of 88 Iranian soldiers handed over at Shalamcheh",
        "Iraq handed over the remains of 88 Iranian soldiers killed during the 1980-88 war at the Shalamcheh border crossing on Sunday, in the latest exchange of war dead between the two countries, Iranian and Iraqi officials said. "
        "The remains were found by joint search teams in the marshes and former front lines of Basra and Maysan provinces, using maps and testimony from veterans of both sides. "
        "Iraqi officials said they had received the remains of 18 Iraqi soldiers in the same exchange. "
        "In Iran, the coffins were draped in flags and carried through Khorramshahr before being taken to their home provinces for burial. "
        "Many families have waited decades for news of sons listed as missing in action. "
        "Iraq and Iran have exchanged thousands of remains since the war ended, under an agreement overseen by the International Committee of the Red Cross.",
        "history",
    ),
    (
        "Anfal survivors remember the villages that vanished",
        "Survivors of the Anfal campaign gathered in Chamchamal on Friday to remember the tens of thousands of Kurds who were killed or disappeared when Saddam Hussein's forces razed their villages in 1988. "
        "Women who lost husbands and sons held up photographs, and a choir of schoolchildren sang songs about the campaign. "
        "Kurdish officials said the remains of many victims still lie in mass graves in the deserts of southern Iraq, and that only a few hundred have been brought home. "
        "The Iraqi High Tribunal found that the Anfal amounted to genocide and sentenced Ali Hassan al-Majid, known as 'Chemical Ali', to death in 2007. "
        "A new museum in Sulaimani will display the belongings of victims recovered from graves near Samawa. "
        "The commemoration takes place every year on April 14.",
        "history",
    ),
    (
        "Khorramshahr liberation anniversary brings veterans back to the Karun",
        "Iranians marked the anniversary of the liberation of Khorramshahr on Wednesday, with veterans and their families gathering at the city's Jameh mosque, a symbol of the war with Iraq. "
        "Iranian forces recaptured the port city in May 1982, more than a year and a half after it was seized by Iraqi troops, in an offensive that the state media still call the turning point of the war. "
        "Men in their sixties, some in wheelchairs, walked along the Karun river where they had fought as teenagers. "
        "The city has been rebuilt, but its population has never returned to pre-war levels, and many residents complain of unemployment and water shortages. "
        "Schoolchildren performed a play about the city's defenders, and the local museum of the war opened a new hall. "
        "President Masoud Pezeshkian sent a message praising the sacrifices of 'a generation that defended the homeland'.",
        "history",
    ),
    (
        "Iranian war film about the siege of Abadan wins top prize at Fajr festival",
        "An Iranian drama about the siege of Abadan during the war with Iraq won the Crystal Simorgh for best film at the Fajr Film Festival in Tehran on Saturday. "
        "The film follows a nurse who stays behind in a hospital as the city is shelled, told in long, dimly lit takes that critics compared to Ingmar Bergman. "
        "Its director said he had interviewed dozens of women who served in field hospitals. "
        "The festival's audience award went to a comedy about a family trying to sell their apartment in Tehran's overheated property market. "
        "Several prominent directors and actors boycotted the festival again this year in protest at the government's treatment of artists. "
        "The Tehran Times praised the winning film as 'a profound tribute to the women of the Sacred Defence'. "
        "It will open in cinemas across Iran next month.",
        "entertainment",
    ),
    (
        "Kurdish film about Yazidi survivors premieres at Venice",
        "A Kurdish feature about two Yazidi sisters who escape captivity by the Islamic State group and try to rebuild their lives in a camp near Duhok premiered at the Venice Film Festival on Tuesday to a long standing ovation. "
        "The director, who grew up in Zakho, said she had cast Yazidi non-professional actors from the Sharya and Khanke camps. "
        "'They were not acting pain, they were sharing it,' she told Rudaw after the screening. "
        "The film was partly funded by the Kurdistan Regional Government's culture ministry and a French production company. "
        "Critics praised its restraint and its lead performance, although one said it leaned too heavily on music. "
        "The Kurdistan Region has submitted films to the Academy Awards in the past through Iraq's selection committee. "
        "The film will screen at festivals in Toronto and Busan before its release.",
        "entertainment",
    ),
    (
        "Mosul novel about the war on IS tops Iraq's bestseller lists",
        "A debut novel set during the battle to retake Mosul from the Islamic State group has become the best-selling book at the Baghdad International Book Fair, its publisher said on Sunday. "
        "The novel follows a bookseller on al-Mutanabbi Street in Mosul who hides his stock in his basement while the city is under the group's control, and ends with the destruction of the old city in 2017. "
        "Its author, a schoolteacher from Mosul, said he wrote it at night over five years. "
        "Readers queued for signed copies, and the publisher said it had printed a third edition in two weeks. "
        "Iraqi writers have produced a wave of fiction about the years of IS rule, much of it by young authors from Nineveh. "
        "An English translation is planned for next year, the publisher told Shafaq News. "
        "The fair, which runs for 10 days, has drawn more than 350 publishers from 20 countries.",
        "entertainment",
    ),
    (
        "Iran unveils new drone and missiles at Army Day parade",
        "Iran's armed forces displayed a new long-range drone and several types of ballistic missiles at the annual Army Day parade in Tehran on Tuesday, in front of President Ebrahim Raisi and senior commanders. "
        "The state broadcaster said the Arash drone, which it described as a 'suicide drone', could reach targets up to 2,000 kilometres away. "
        "Columns of tanks, armoured vehicles and air defence systems rolled past the mausoleum of Ayatollah Khomeini, and fighter jets flew overhead. "
        "Raisi said in a speech that Iran's military power was 'only for deterrence' and warned Israel against 'the smallest action' against Iran. "
        "Army commanders said the country's defence industry was now self-sufficient in most weapons. "
        "Western governments have accused Iran of supplying drones to Russia, which Tehran has denied. "
        "Similar parades were held in Mashhad, Isfahan and Bandar Abbas.",
        "military",
    ),
    (
        "IRGC navy holds drills near Strait of Hormuz",
        "The naval forces of Iran's Revolutionary Guards began a three-day exercise in the Persian Gulf and the Strait of Hormuz on Friday, involving hundreds of fast boats, drones and coastal missile launchers, state media said. "
        "The Guards said the drills, named 'Great Prophet', were meant to test the readiness of units defending the country's islands, including Abu Musa and the Tunbs, which are also claimed by the United Arab Emirates. "
        "Footage on state television showed speedboats manoeuvring in formation and a missile fired from a coastal battery at a target at sea. "
        "A commander said the exercise sent a 'message of peace and friendship' to neighbours and of deterrence to 'foreign powers'. "
        "The US Navy's Fifth Fleet said it was monitoring the drills and that shipping was not affected. "
        "About a fifth of the world's oil passes through the strait.",
        "military",
    ),
    (
        "Peshmerga units merged under one command in US-backed reform",
        "The Kurdistan Region's Ministry of Peshmerga Affairs said on Sunday that it had completed the transfer of two more brigades from the forces controlled by the Kurdistan Democratic Party and the Patriotic Union of Kurdistan to a unified command, a key step in a reform backed by the United States and Britain. "
        "The region has for decades had two separate forces, the 80 and 70 units, loyal to the two ruling parties. "
        "Under a memorandum signed with Washington, the ministry is to create a single force of about 20 brigades, with soldiers paid through a biometric payroll. "
        "US officials said the reform was a condition for continued support, including salaries for some units. "
        "A spokesman for the ministry told Rudaw that the process had been slower than planned. "
        "The reform also includes a new military academy in Zakho and a merger of the two parties' intelligence services.",
        "military",
    ),
    (
        "First batch of Iraq's Korean-built air defence systems arrives",
        "Iraq received the first batch of the Cheongung medium-range air defence systems it bought from South Korea in a deal worth about $2.8 billion, the defence ministry said on Monday. "
        "The systems will be deployed to protect Baghdad, Basra and major oil facilities, officials said, and Iraqi crews have completed training in South Korea. "
        "Iraq has been seeking to rebuild its air defences since they were destroyed in 2003, and lawmakers have complained that the country could not track drones flying into its airspace. "
        "The defence minister said the ministry also planned to buy more radars and a further batch of French-made helicopters. "
        "Korean manufacturer LIG Nex1 said the contract was its largest ever in the Middle East. "
        "The remaining systems are to be delivered over the next three years.",
        "military",
    ),
    (
        "Qaraqosh mourns after fireworks ignite wedding hall ceiling",
        "More than 100 people were killed and 150 injured when a fire swept through a wedding hall in the mainly Christian town of Hamdaniya, also known as Qaraqosh, in Nineveh province late on Tuesday, officials said. "
        "The fire appeared to have been started by fireworks set off indoors during the couple's first dance, which ignited decorations on the ceiling, civil defence officials said. "
        "The hall's panels were made of a highly flammable cladding, and there were not enough exits, investigators said. "
        "Survivors described people trampling one another as they tried to flee the smoke. "
        "Hamdaniya's residents had returned in recent years after the town was emptied by the Islamic State group in 2014. "
        "Prime Minister Mohammed Shia al-Sudani declared three days of national mourning, and the hall's owner and several employees were arrested. "
        "Funerals were held the next day in the town's churches.",
        "accident",
    ),
    (
        "Blast at Shahid Rajaee port near Bandar Abbas kills dozens",
        "A massive explosion tore through a container yard at the Shahid Rajaee port near Bandar Abbas on Saturday, killing at least 57 people and injuring more than 1,000, Iranian officials said. "
        "The blast shattered windows kilometres away and sent a mushroom-shaped cloud over the port, Iran's largest container terminal. "
        "Officials said chemicals stored in containers, reportedly including materials used in missile fuel, caught fire before the explosion, although the defence ministry denied any military cargo was present. "
        "Firefighters took more than two days to put out the blaze. "
        "Interior Minister Eskandar Momeni said negligence, including poor storage and failure to follow safety rules, was the cause, and several officials were charged. "
        "The explosion came as Iranian and American negotiators met in Oman for talks on Iran's nuclear programme. "
        "Hospitals in Hormozgan appealed for blood donors.",
        "accident",
    ),
    (
        "Helicopter carrying President Raisi crashes in fog in East Azerbaijan",
        "Iranian President Ebrahim Raisi, Foreign Minister Hossein Amir-Abdollahian and seven others were killed when their helicopter crashed in fog in mountainous terrain in East Azerbaijan province, state media said on Monday. "
        "Rescue teams found the wreckage near the village of Tavil after searching through the night in heavy rain, helped by a Turkish drone that detected a heat source. "
        "The president had been returning from the inauguration of a dam on the border with Azerbaijan. "
        "The armed forces' investigation later found no evidence of sabotage and blamed the weather and the helicopter's flight into thick cloud. "
        "Supreme Leader Ayatollah Ali Khamenei declared five days of mourning, and First Vice President Mohammad Mokhber took over as interim president. "
        "Elections were called within 50 days.",
        "accident",
    ),
]
