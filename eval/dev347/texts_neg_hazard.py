"""dev347 negatives: earthquakes, fires and floods, accidents, crime and police sweeps, the army at rest, health."""

NEGATIVES = [
    (
        "Death toll from twin earthquakes passes 20,000 as army joins rescue",
        "The number of people killed by the two powerful earthquakes that struck south-eastern Turkey and northern Syria on Monday rose above 20,000 on Thursday, officials said, as rescuers raced to reach survivors in freezing temperatures. In Turkey alone, 17,674 people have been confirmed dead, Vice President Fuat Oktay said, and more than 72,000 injured. Soldiers, miners and volunteers dug through the rubble of collapsed apartment blocks in Kahramanmaraş, Hatay, Adıyaman and Malatya. The army set up field hospitals and tent cities, and navy ships evacuated the injured from the port of İskenderun. Survivors in Antakya complained that help arrived too late. “We heard voices under the concrete for two days,” said a man in the city centre. President Erdoğan declared a three-month state of emergency in ten provinces. Across the border, the UN said aid had yet to reach rebel-held north-west Syria.",
        "disaster",
    ),
    (
        "Elazığ quake kills 41, thousands spend night in tents",
        "A magnitude 6.8 earthquake struck the eastern province of Elazığ on Friday evening, killing at least 41 people and injuring more than 1,600, the disaster agency AFAD said. The quake was centred near the town of Sivrice, by Lake Hazar, and was felt as far away as Syria and Lebanon. Rescue teams pulled 45 people alive from collapsed buildings, including a woman and her two-year-old daughter who were rescued after 28 hours. Thousands of residents spent the night in tents, mosques and sports halls as temperatures fell below freezing. Soldiers and gendarmerie units helped distribute blankets and hot meals. Interior Minister Süleyman Soylu said more than 30 aftershocks had been recorded. Residents of Malatya also reported damage to homes. The government promised to rebuild all damaged houses within a year. Schools in the province were closed for two weeks.",
        "disaster",
    ),
    (
        "Flash floods kill 12 in Erbil, sweeping away cars",
        "Flash floods swept through parts of Erbil early on Wednesday after hours of torrential rain, killing at least 12 people, including children, the Kurdistan Region's civil defence said. Water surged through the Darato and Sebiran districts, carrying away cars and flooding hundreds of homes. Rescue teams pulled several people from the roofs of vehicles, and a family of four were found dead in their basement. Residents blamed poor drainage and construction in dry riverbeds. Erbil governor Omed Khoshnaw said emergency crews and Peshmerga units had been deployed to help. Schools were closed for the rest of the week. The Kurdistan Regional Government announced compensation for the families of the victims. Meteorologists said the region had received a month's rain in a few hours. Volunteers with pick-up trucks handed out bread and water in the worst-hit streets on Wednesday afternoon.",
        "disaster",
    ),
    (
        "Izmir earthquake toll rises to 114 as rescuers end search",
        "Rescue teams in Izmir ended their search of collapsed buildings on Wednesday as the death toll from last week's earthquake rose to 114, the disaster agency AFAD said. The magnitude 6.6 quake, centred in the Aegean Sea off the island of Samos, brought down 17 apartment blocks in the Bayraklı and Bornova districts. A three-year-old girl, Ayda, was pulled alive from the rubble after 91 hours, an image that was shared around the world. More than 1,000 people were injured, and thousands are staying in tents set up in parks. Two teenagers were killed on Samos when a wall collapsed. Engineers said many of the buildings that fell had been built before the 1999 regulations. Prosecutors have detained nine contractors. Residents of Bayraklı held a memorial on Sunday for the victims, and children left drawings outside the ruins of a collapsed building.",
        "disaster",
    ),
    (
        "Wildfires force evacuation of villages around Manavgat",
        "Wildfires fanned by strong winds and record temperatures forced the evacuation of dozens of villages and several hotels around Manavgat on Thursday, officials said. Agriculture and Forestry Minister Bekir Pakdemirli said more than 50 fires had broken out in 17 provinces in two days. At least three people were killed in Manavgat, where flames reached the edges of residential districts. Tourists were moved by boat from beaches near Bodrum as another fire spread. Firefighting planes from Russia, Ukraine and Azerbaijan joined Turkish crews, and the army sent helicopters. Residents complained that the response had been slow and that the country lacked its own aerial firefighting fleet. “The mountain behind us is just ash,” said a farmer in Kalemler village. Authorities opened an investigation into possible arson.",
        "disaster",
    ),
    (
        "Fire at Kartalkaya ski hotel kills 78",
        "A fire tore through a hotel at the Kartalkaya ski resort in Bolu province early on Tuesday, killing 78 people, including dozens of children on their school holiday, officials said. The blaze broke out in the restaurant on the fourth floor at around 3.30 a.m. and spread quickly through the 12-storey wooden-clad building. Guests tied sheets together to climb down from windows, and some jumped. Survivors said no fire alarm had sounded. Interior Minister Ali Yerlikaya said 51 people were injured. The hotel's owner and several managers were detained, and prosecutors opened an investigation into fire safety. Funerals were held in Istanbul and Ankara on Wednesday, and a day of national mourning was declared. The resort, popular with Istanbul families, was at full capacity. The tragedy prompted calls for tougher inspections of hotels across the country's ski resorts.",
        "accident",
    ),
    (
        "Landslide at İliç gold mine buries nine workers",
        "A huge landslide of cyanide-laced earth at a gold mine in İliç, in Erzincan province, buried nine workers on Tuesday, officials said, triggering fears of contamination of the Euphrates river. Rescue teams with heavy machinery worked through the night at the site, operated by Anagold, a company part-owned by the Canadian firm SSR Mining. Video showed a wall of soil sliding down the hillside onto the heap leach area. Environment Minister Mehmet Özhaseki said water samples were being tested. Opposition lawmakers said they had warned about cracks at the site for months. Prosecutors detained several company officials. The bodies of the first workers were recovered after eight days. The government suspended the mine's environmental permit. Residents of İliç said they had long feared the mine, which lies on a hillside above the river valley.",
        "accident",
    ),
    (
        "Explosion at Amasra coal mine kills 41",
        "A methane explosion ripped through a state-run coal mine in Amasra, on Turkey's Black Sea coast, on Friday evening, killing 41 workers, officials said. The blast occurred about 300 metres below the surface shortly before the end of a shift, with 110 miners underground. Rescuers worked through the night to bring out survivors, and relatives waited at the mine entrance in the rain. Energy Minister Fatih Dönmez said the cause was thought to be firedamp, a build-up of methane gas. President Erdoğan visited the site on Saturday and described such accidents as part of “destiny”, a remark that angered opposition politicians. A report by the state audit court had warned of explosion risks at the mine in 2019. It was the country's worst mining accident since Soma in 2014, when 301 miners died. Miners' unions called a day of mourning and demanded that officials responsible for safety be put on trial.",
        "accident",
    ),
    (
        "Police detain 147 IS suspects in raids across 32 provinces",
        "Turkish police detained 147 people suspected of links to the Islamic State group in simultaneous raids across 32 provinces on Tuesday, Interior Minister Ali Yerlikaya said. He said the suspects had been involved in recruitment and fundraising for the group and had ties to cells in Syria. Officers seized foreign currency, unlicensed weapons and digital material, the minister said on social media, posting video of police entering flats at dawn. Most of the suspects were detained in Istanbul, Ankara and Şanlıurfa. Security officials said the operation had disrupted plans for attacks during the new year holiday. Turkey has stepped up its operations against the group since an attack on a church in Istanbul last year. The suspects were taken to court after questioning. A further 30 people are being sought.",
        "crime",
    ),
    (
        "Gang feud blamed for wave of shootings at Istanbul businesses",
        "Istanbul police detained 46 people on Thursday in an operation against two rival criminal gangs blamed for a wave of shootings at restaurants, car dealerships and jewellers across the city. Officers said the gangs, known by the media as the Daltonlar and the Casperlar, recruited teenagers on social media to fire at businesses whose owners refused to pay protection money. No one was killed in the latest attacks, but a waiter was wounded in Esenyurt last week. Justice Minister Yılmaz Tunç said a new law would tighten sentences for adults who use children to commit crimes. Police said several gang leaders were abroad, and extradition requests had been sent to Georgia and Spain. Residents of Beylikdüzü said they were afraid to sit in cafes at night. Prosecutors charged 31 suspects. Many of those detained were aged between 15 and 17, police said.",
        "crime",
    ),
    (
        "Narin Güran's uncle and mother sentenced to life",
        "A court in Diyarbakır on Saturday sentenced four people, including the mother and uncle of eight-year-old Narin Güran, for her murder, in a case that gripped Turkey for months. The girl disappeared in the village of Tavşantepe in August and her body was found in a sack in a stream 19 days later. Her uncle Salim Güran, her mother Yüksel Güran and her brother were given aggravated life sentences, while a neighbour who confessed to hiding the body received a shorter term. Prosecutors said the motive remained unclear. Hundreds of people gathered outside the courthouse, and police kept journalists behind barriers. The case led to debates about violence against children and the handling of evidence. Lawyers for the defendants said they would appeal. The trial lasted four days, and the verdict was broadcast live by several television channels.",
        "crime",
    ),
    (
        "Turkey commissions TCG Anadolu, world's first 'drone carrier'",
        "Turkey commissioned the amphibious assault ship TCG Anadolu, the navy's largest vessel, at a ceremony in Istanbul on Monday attended by President Erdoğan. The 231-metre ship, built at the Sedef shipyard, was originally designed to carry F-35 jets, but Turkey was removed from that programme in 2019 over its purchase of Russian S-400 missiles. Officials say it will now operate Bayraktar TB3 drones with folding wings, making it the first ship of its kind. Erdoğan said Anadolu would help Turkey conduct military operations in every part of the world if needed. The ship can carry a battalion of marines, tanks and helicopters. Defence analysts said the drone concept was still untested at sea. Turkey's defence exports reached a record $4.4 billion last year. The ship later sailed through the Bosphorus to cheers from crowds on the shore.",
        "military",
    ),
    (
        "KAAN fighter jet completes maiden flight",
        "Turkey's first domestically developed fighter jet, the KAAN, completed its maiden flight on Wednesday, flying for 13 minutes over the Mürted airbase near Ankara, Turkish Aerospace said. The prototype reached an altitude of 8,000 feet and a speed of 230 knots before landing safely. Defence officials hailed the flight as a milestone for the country's defence industry, which has grown rapidly over the past decade. The company said the jet would enter service in the early 2030s and would eventually replace the air force's F-16s. Engines for the prototype were supplied by General Electric, and a domestic engine is under development. President Erdoğan congratulated the engineers on social media. Indonesia later signed an agreement to buy 48 of the jets. The programme employs thousands of engineers at Turkish Aerospace's campus outside Ankara.",
        "military",
    ),
    (
        "Efes exercise ends with live-fire landing on Aegean coast",
        "Thousands of troops from Turkey and allied countries took part in a live-fire landing drill on the Aegean coast near Izmir on Thursday, the final stage of the Efes-2024 exercise. Marines came ashore from landing craft as F-16s, attack helicopters and Bayraktar drones struck targets on the hills behind the beach. The Defence Ministry said more than 10,000 personnel from 49 countries had taken part in the exercise, which is held every two years. President Erdoğan watched from a viewing stand and praised the armed forces' “capacity to respond to any threat”. The drill included a simulated evacuation of civilians and a chemical defence scenario. Officials said it was the largest edition so far. No incidents were reported. Foreign observers from several Gulf and African countries also attended the final day.",
        "military",
    ),
    (
        "Peshmerga merge first brigades under US-backed reform",
        "The Kurdistan Region's Ministry of Peshmerga Affairs said on Sunday it had completed the merger of the first six brigades drawn from the KDP's and the PUK's separate forces into unified regional divisions. For decades the two parties have kept their own armed units, known as the 70 and 80 forces, a division that dates back to their civil war of the 1990s. The US-led coalition has made further funding for salaries and equipment conditional on the reform. Under a memorandum signed with Washington, the units are to be placed under a single command by 2026. Officers said the new divisions would share training centres and a payroll system. Critics say political loyalties remain strong within the ranks. The ministry plans to merge another eight brigades next year. The ministry said salaries for the merged units would be paid through a single bank system.",
        "military",
    ),
    (
        "Cholera cases rise in Sulaimani as water supplies fail",
        "Health authorities in Sulaimani reported more than 1,200 suspected cholera cases on Sunday, and two deaths, as an outbreak spread through the city and nearby towns. The provincial health directorate said most patients had drunk contaminated water from broken pipes and private tankers. Hospitals opened extra wards and set up tents in their gardens to treat people with diarrhoea and dehydration. The World Health Organization said it was sending rapid tests and oral rehydration salts. Authorities banned the sale of vegetables irrigated with sewage water and closed several ice factories. Doctors urged residents to boil water and wash their hands. Cases have also been reported in Kirkuk and Erbil. The region recorded a similar outbreak in 2015, when thousands of people fell ill.",
        "health",
    ),
    (
        "Measles vaccination drive targets children in Duhok refugee camps",
        "Health teams began a two-week measles vaccination campaign in the Domiz and Gawilan camps for Syrian refugees in Duhok province on Monday after 34 cases were reported in the area since January. The Kurdistan Region's health ministry, with support from UNICEF, aims to vaccinate about 40,000 children aged between six months and 15 years. Vaccinators went from tent to tent and set up stations at schools and mosques. Officials said many children had missed routine immunisation during the COVID-19 pandemic. The Domiz camp, home to about 30,000 Syrian Kurds, was set up in 2012. Health workers also checked children for malnutrition and gave vitamin A supplements. Parents were urged to bring vaccination cards. UNICEF said a second round of the campaign would reach host communities in Duhok and Zakho in the autumn.",
        "health",
    ),
]
