"""dev309 negatives, part b: dust storms, floods and quakes, football, the courts and crime, health.

NEGATIVES = [(title, text, kind code), ...]; kind codes from eval/conflictset KIND_CODES.
"""

NEGATIVES = [
    (
        "Eighth dust storm in a month sends 5,000 to hospital across Iraq",
        "A thick dust storm engulfed Baghdad and much of central and southern Iraq on Monday, the eighth in little more than a month, sending more than 5,000 people to hospital with breathing problems, the health ministry said. "
        "Airports in Baghdad, Najaf and Erbil suspended flights, and government offices and schools were closed in several provinces. "
        "Orange dust turned the sky over the capital the colour of rust, and visibility dropped to less than 300 metres. "
        "One person died of respiratory failure in Anbar, a local health official told Shafaq News. "
        "The environment ministry warned that Iraq could face 272 days of dust a year within two decades as drought, desertification and the loss of vegetation strip the soil. "
        "Doctors in Nasiriyah said hospitals had run short of oxygen cylinders. "
        "The meteorological office expected the storm to clear by Wednesday, but said more were likely before summer.",
        "disaster",
    ),
    (
        "Sistan dust storms close schools as Hamoun wetlands dry out",
        "Schools and government offices in Zabol and Zahak in Iran's Sistan-Baluchestan province were closed for a fourth day on Tuesday as winds of up to 100 km/h carried dust from the dried-out bed of the Hamoun wetlands, local officials said. "
        "More than 1,100 people sought treatment for breathing and eye problems, the province's medical university said. "
        "The Hamoun, once one of the largest freshwater wetlands in the region, depends on the Helmand river flowing in from Afghanistan, and has been almost entirely dry for much of the past decade. "
        "Tehran has repeatedly accused the Taliban of violating a 1973 treaty that guarantees Iran a share of the river's water. "
        "The so-called '120-day winds' blow every summer, but residents told IranWire that the dust had become unbearable. "
        "Many young families have left Sistan for Mashhad and Tehran in search of work and clean air, local officials say.",
        "disaster",
    ),
    (
        "Flash floods kill 12 in Erbil as homes are swept away",
        "At least 12 people, including children, were killed when flash floods swept through neighbourhoods on the eastern edge of Erbil before dawn on Friday, the Kurdistan Region's civil defence directorate said. "
        "Torrential rain turned the dry streambeds in the Darashakran and Kasnazan areas into torrents that carried away cars and flooded houses up to their roofs. "
        "Rescue teams pulled survivors from rooftops with ropes, and a family of five was among the dead. "
        "Residents blamed unregulated construction that had blocked natural drainage channels. "
        "'We heard the water coming like a train,' one man told Rudaw from the roof of his home. "
        "The regional government declared a day of mourning and said it would compensate families whose homes were damaged. "
        "Forecasters warned that more rain was expected over the weekend in Duhok and Sulaimani.",
        "disaster",
    ),
    (
        "Khuzestan villages evacuated as Karun and Karkheh burst their banks",
        "Authorities in Iran's Khuzestan province ordered the evacuation of more than 70 villages on Sunday as the Karun and Karkheh rivers burst their banks after weeks of heavy rain, the provincial crisis management office said. "
        "Red Crescent teams set up tents for thousands of displaced people near Ahvaz and Hamidiyeh, and army engineers raised earth embankments to protect the city. "
        "Officials said water released from the Dez and Karkheh dams to prevent them overflowing had worsened flooding downstream. "
        "The floods, the worst in decades, have killed more than 70 people across Iran since mid-March, mainly in Golestan, Lorestan and Shiraz. "
        "Residents complained that aid was slow to arrive and that US sanctions had blocked donations from abroad, a claim the Tehran Times repeated in an editorial. "
        "The Revolutionary Guards deployed boats and helicopters to help with rescue operations. "
        "Farmers said the water had destroyed their wheat crop weeks before harvest.",
        "disaster",
    ),
    (
        "Magnitude 7.3 quake on Iran-Iraq border kills more than 400",
        "A magnitude 7.3 earthquake struck the mountainous border region between Iran and Iraq on Sunday night, killing at least 430 people in Iran's Kermanshah province and nine in Iraq's Kurdistan Region, officials said. "
        "The town of Sarpol-e Zahab, near the border, was worst hit, with many of its apartment blocks, built under a state housing programme, collapsing or left badly damaged. "
        "Thousands of people spent the night outdoors in freezing temperatures, fearing aftershocks. "
        "In Darbandikhan, in Sulaimani province, the quake cracked walls of the hospital, and patients were moved to tents in its car park. "
        "Supreme Leader Ayatollah Ali Khamenei called on all state bodies to help. "
        "The Iranian Red Crescent said it had sheltered about 22,000 people in emergency tents. "
        "Questions soon arose about the quality of construction of public housing, and the head of the judiciary ordered an investigation.",
        "disaster",
    ),
    (
        "Lake Urmia shrinks again after dry winter, satellite data show",
        "Lake Urmia in north-western Iran has shrunk to less than a tenth of the area it covered in the 1990s, according to satellite images analysed by the country's Department of Environment, after the driest winter recorded in the region in five decades. "
        "Salt flats now stretch for kilometres where boats once carried tourists, and a causeway across the lake leads over dry ground. "
        "Environmentalists warn that winds could carry salt from the lakebed over farms and towns around Tabriz and Urmia, home to several million people. "
        "A restoration programme launched in 2013 had briefly raised water levels, but officials say more dams upstream and the spread of thirsty crops such as apples undid the gains. "
        "Farmers in Miandoab told IranWire that they had dug deeper wells to keep their orchards alive. "
        "Tehran Times quoted an official as saying a tunnel to bring water from the Zab river would be completed next year.",
        "disaster",
    ),
    (
        "Iraq crowned Gulf Cup champions after extra-time thriller in Basra",
        "Iraq won the Arabian Gulf Cup for the first time in 35 years on Thursday, beating Oman 3-2 after extra time in a final that sent Basra into a night of celebration. "
        "Striker Aymen Hussein, who scored twice in the tournament's group stage, set up the equaliser before Manaf Younis fired home the winner in the 122nd minute. "
        "Tens of thousands of fans packed the Basra International Stadium, and thousands more without tickets watched on giant screens along the Corniche. "
        "It was the first time Iraq had hosted the tournament since 1979, and fans from Saudi Arabia, Kuwait and Oman were welcomed in homes and mawakib across the city. "
        "Before the final, a crush outside the stadium gates killed one fan and injured dozens, prompting organisers to improve crowd control. "
        "Prime Minister Mohammed Shia al-Sudani declared Friday a public holiday. "
        "Coach Jesus Casas said his team had 'given the people a reason to smile'.",
        "sport",
    ),
    (
        "Persepolis edge Esteghlal in fiery Tehran derby",
        "Persepolis beat Esteghlal 1-0 in the Tehran derby at the Azadi Stadium on Friday, a result that sends the champions three points clear at the top of the Persian Gulf Pro League. "
        "The match, known as the Sorkhabi, was a battle from the first whistle, with the referee showing eight yellow cards and one red. "
        "Persepolis's attack looked blunt until the 71st minute, when Mehdi Torabi's free kick beat the Esteghlal goalkeeper at the near post. "
        "Esteghlal laid siege to the Persepolis goal in the final minutes but could not find an equaliser. "
        "Thousands of women attended the derby in a section set aside for them, part of a gradual easing of a ban that lasted for decades. "
        "Esteghlal's coach complained about the pitch and the refereeing. "
        "The two clubs meet again in the Hazfi Cup next month.",
        "sport",
    ),
    (
        "Team Melli book World Cup spot with win over Uzbekistan",
        "Iran qualified for the World Cup for the fourth time in a row on Tuesday, beating Uzbekistan 2-0 in front of 70,000 fans at the Azadi Stadium. "
        "Mehdi Taremi opened the scoring with a header from a corner, and Sardar Azmoun added the second after a counter-attack down the left. "
        "Coach Amir Ghalenoei praised his defence, which conceded only three goals in the final round of qualifying. "
        "Fans celebrated in the streets of Tehran, honking car horns along Valiasr Street until late into the night. "
        "The federation said it would arrange friendlies in Europe, although visa problems and sanctions have made it hard for Iran to find opponents in recent years. "
        "The team's captain, Alireza Jahanbakhsh, told reporters the squad wanted to reach the knockout stage for the first time. "
        "Iran's first match at the tournament will be drawn in December.",
        "sport",
    ),
    (
        "Erbil SC fans clash with rivals after Duhok derby; 20 hurt",
        "About 20 people were injured when fans of Erbil SC and Duhok SC fought in the stands and outside Franso Hariri Stadium after a tense match in the Iraq Stars League on Sunday, police said. "
        "Supporters threw plastic bottles and chairs at each other after Duhok's late equaliser, and the referee halted the game for 10 minutes. "
        "Police fired tear gas briefly to separate the two groups outside the gates, and 14 fans were arrested. "
        "Both clubs blamed the other's supporters and the league's security arrangements. "
        "The Iraq Football Association said it would review footage and could order the next matches played behind closed doors. "
        "Local media said the fighting started over chants about a disputed penalty. "
        "The match ended 2-2, leaving Erbil fourth in the table.",
        "sport",
    ),
    (
        "Iraq's Lions of Mesopotamia fall to South Korea in qualifier",
        "Iraq's hopes of automatic qualification for the World Cup suffered a blow on Thursday as they lost 2-0 to South Korea in Seoul, with a goal in each half. "
        "The Lions of Mesopotamia struggled against the Korean press, and their striker Aymen Hussein, the team's top scorer in qualifying, was starved of service. "
        "Coach Graham Arnold said his players had fought bravely but were 'punished for two moments'. "
        "Iraq now need to beat Jordan in Amman on Tuesday to avoid a playoff. "
        "Thousands of fans watched the match in cafes in Baghdad's Karrada and Mansour districts, where Iraq's recent run had raised hopes of a first World Cup since 1986. "
        "The Iraq Football Association said it would appeal against the booking of midfielder Amir al-Ammari, which rules him out of the next game. "
        "Arnold took charge of the team this year.",
        "sport",
    ),
    (
        "Iran executes three men convicted of drug trafficking in Qezel Hesar",
        "Three men convicted of drug trafficking were hanged at Qezel Hesar prison in Karaj on Wednesday, the Norway-based group Iran Human Rights said, bringing the number of executions in Iran this year to more than 700. "
        "The men, two of them from the Baluch minority, had been arrested in 2021 with several kilograms of heroin and sentenced to death by a revolutionary court, the group said. "
        "Relatives said they had been told of the executions only the day before. "
        "The judiciary, which does not publish figures, has said the death penalty is needed to deter trafficking across the border with Afghanistan. "
        "Rights groups say executions for drug offences have risen sharply since 2021. "
        "The UN special rapporteur on Iran urged the authorities to impose a moratorium on the death penalty. "
        "Qezel Hesar, west of Tehran, holds thousands of prisoners.",
        "crime",
    ),
    (
        "Iraq hangs 21 prisoners convicted of terrorism at Nasiriyah prison",
        "Iraq executed 21 men convicted of terrorism offences at Nasiriyah central prison on Thursday, the justice ministry said, the largest number of hangings in a single day this year. "
        "The ministry said the men had been sentenced under Article 4 of the 2005 anti-terrorism law and that their convictions had been upheld by the Court of Cassation. "
        "Rights groups have long criticised Iraq's terrorism trials, saying many defendants were convicted on the basis of confessions extracted under torture. "
        "Amnesty International said the executions were 'a shocking escalation' and called for an immediate halt. "
        "The prison, known locally as al-Hoot, or 'the whale', holds thousands of prisoners convicted under the law. "
        "A parliamentary committee has been reviewing a general amnesty bill that could lead to retrials. "
        "The families of several of the men said they were not allowed to say goodbye.",
        "crime",
    ),
    (
        "Captagon haul seized at Anbar border crossing",
        "Iraqi border police seized more than 1.1 million Captagon pills hidden in a shipment of tomatoes at the al-Qaim crossing with Syria, the interior ministry said on Sunday. "
        "Two drivers were arrested, and investigators were tracing the intended recipients in Baghdad and Basra, a ministry spokesman said. "
        "Iraq has become both a transit route and a growing market for the amphetamine, which is produced mostly in Syria and smuggled towards the Gulf. "
        "The health ministry says drug use among young Iraqis has risen sharply in the past five years, especially in the southern provinces. "
        "Courts in Basra now hear dozens of narcotics cases a week. "
        "The ministry said this was the largest Captagon seizure at the crossing this year.",
        "crime",
    ),
    (
        "Gunmen rob gold shop in Sulaimani's bazaar, police arrest three",
        "Police in Sulaimani have arrested three men suspected of robbing a gold shop in the city's main bazaar on Tuesday, escaping with jewellery worth about $200,000, the city's security directorate said. "
        "CCTV footage showed two masked men entering the shop shortly before closing time, threatening the owner with a pistol and filling bags with gold while a third waited in a car. "
        "The owner's son was lightly injured when he was struck with the butt of the gun. "
        "Police said they traced the getaway car through traffic cameras and recovered most of the gold from a house in the Bakrajo area. "
        "Goldsmiths in the bazaar closed their shops for an hour the next day to demand better security. "
        "The suspects, all in their twenties, will appear before an investigating judge.",
        "crime",
    ),
    (
        "Duhok court jails man for 15 years over killing of sister",
        "A criminal court in Duhok sentenced a man to 15 years in prison on Monday for killing his 19-year-old sister in what the prosecution described as a so-called honour crime, court officials told Rudaw. "
        "The young woman was shot at the family's home in Semel last year after she refused an arranged marriage, according to evidence heard in court. "
        "The defendant confessed during the investigation but later said he had acted in anger. "
        "Women's rights groups in the Kurdistan Region said the sentence was too lenient and called for the article of the penal code that allows reduced sentences in such cases to be repealed. "
        "The Kurdistan Region's directorate for combating violence against women recorded 44 killings of women last year. "
        "His lawyer said he would appeal.",
        "crime",
    ),
    (
        "Cholera cases climb in Sulaimani as health officials blame water network",
        "More than 4,000 suspected cases of cholera have been recorded in Sulaimani province since the outbreak began last month, the Kurdistan Region's health ministry said on Wednesday, and four deaths have been confirmed. "
        "Health officials traced the outbreak to contaminated water in the city's ageing pipes, some of which run next to sewage lines. "
        "Schools were told to close drinking fountains, and restaurants were ordered to stop serving salads. "
        "Cases have also been reported in Kirkuk, Baghdad and Basra, and the World Health Organization has sent rapid tests and oral rehydration salts. "
        "Iraq has recorded cholera outbreaks every few years, usually in late summer when river levels are at their lowest. "
        "Doctors urged residents to boil water and to seek care at the first sign of diarrhoea.",
        "health",
    ),
    (
        "Iran reports rise in Crimean-Congo fever cases before Eid",
        "Iran's health ministry urged butchers and families to take precautions ahead of Eid al-Adha, after 62 cases of Crimean-Congo haemorrhagic fever were recorded since the spring, five of them fatal. "
        "The tick-borne virus spreads from livestock to humans through contact with infected blood, and cases usually rise when animals are slaughtered outside licensed abattoirs. "
        "Most cases this year were in Sistan-Baluchestan, Khorasan Razavi and Fars provinces, officials said. "
        "Veterinary teams sprayed livestock markets in Mashhad and Zahedan with insecticide. "
        "Neighbouring Iraq, which recorded hundreds of cases in 2022, has also launched an awareness campaign. "
        "Doctors advise wearing gloves and cooking meat thoroughly.",
        "health",
    ),
    (
        "Fire at Baghdad's Ibn al-Khatib hospital kills 82 Covid patients and relatives",
        "A fire at the Ibn al-Khatib hospital in eastern Baghdad killed at least 82 people and injured 110 late on Saturday after an oxygen cylinder exploded in an intensive care unit treating Covid-19 patients, the interior ministry said. "
        "Relatives described chaos as smoke filled the corridors and patients on ventilators were carried outside. "
        "Civil defence officials said the hospital had no fire protection system and that a false ceiling had helped the flames spread. "
        "Prime Minister Mustafa al-Kadhimi suspended the health minister and the governor of Baghdad and ordered an inquiry. "
        "Many of the dead were relatives visiting patients, a common practice in Iraqi hospitals. "
        "Three months later, a fire at a Covid ward in Nasiriyah killed more than 60 people.",
        "accident",
    ),
]
