"""dev211 negatives: hospital fires and accidents, hospitals in disasters, and crimes against
patients and health workers (see build.py)."""

NEGATIVES = [
    (
        "Fire in Baghdad Covid hospital kills 82 after oxygen cylinder explodes",
        "At least 82 people were killed and 110 injured when a fire tore through the intensive "
        "care unit for Covid-19 patients at a Baghdad hospital late on Saturday, Iraq's interior "
        "ministry said. The blaze at Ibn al-Khatib hospital was started by an oxygen cylinder that "
        "exploded because it had been stored carelessly, according to medical sources. Many of the "
        "dead were patients on ventilators who could not be moved, and relatives who had been "
        "staying at their bedsides. Civil defence officials said the hospital had no fire "
        "protection system and that its false ceilings helped the flames spread. Prime Minister "
        "Mustafa al-Kadhimi suspended the health minister and the Baghdad governor pending an "
        "inquiry and declared three days of national mourning. Relatives gathered outside the "
        "hospital on Sunday morning, some searching the wards and morgues for missing family "
        "members. “We brought him here to breathe, and he burned,” said a man whose father had "
        "been in the unit for nine days. Iraq's hospitals, worn down by decades of sanctions, war "
        "and underinvestment, are struggling with a second wave of the pandemic. The UN mission "
        "in Iraq called for stronger safety measures to protect patients.",
        "accident",
    ),
    (
        "Ten newborns die in fire at neonatal unit of Jhansi hospital",
        "Ten newborn babies were killed when fire broke out in the neonatal intensive care unit "
        "of a government hospital in Jhansi, in the northern Indian state of Uttar Pradesh, late "
        "on Friday, officials said. Firefighters and staff smashed windows to pull infants from "
        "the ward at Maharani Laxmi Bai Medical College, where 49 babies were being treated, and "
        "most were rescued. Preliminary reports suggested a short circuit in an oxygen "
        "concentrator started the blaze, a district official said. Parents waiting outside said "
        "they were not told for hours whether their children had survived. The state's deputy "
        "chief minister, who also holds the health portfolio, ordered a three-tier inquiry and "
        "announced compensation of 500,000 rupees for each family. Fire safety audits have found "
        "that hundreds of hospitals in the state lack proper equipment. In May, seven babies died "
        "in a fire at a private newborn care hospital in Delhi.",
        "accident",
    ),
    (
        "Beijing hospital fire kills 29 as patients flee through windows",
        "A fire at a hospital in western Beijing killed 29 people on Tuesday, most of them "
        "elderly patients in an inpatient ward, city officials said, in the capital's deadliest "
        "fire in two decades. Video posted online before it was censored showed people clinging "
        "to air-conditioning units and lowering themselves on bedsheets from upper floors of "
        "Changfeng Hospital. Firefighters rescued 71 patients. Investigators said sparks from "
        "welding during renovation work had ignited flammable paint. Police detained a dozen "
        "people, including the hospital's director and the head of the building contractor. "
        "Relatives complained that the city government waited more than 12 hours before "
        "announcing the fire, and some said they learned of the deaths from social media. The "
        "ward that burned was treating patients with chronic illnesses, some of whom relied on "
        "breathing support and could not walk. Beijing's mayor ordered fire safety inspections "
        "at every hospital in the city. The Communist Party's disciplinary body said officials "
        "who failed in their duties would be held to account.",
        "accident",
    ),
    (
        "Romanian Covid ward fire kills 10, prompting nationwide hospital safety checks",
        "Ten patients died and a doctor was badly burned when fire broke out in the intensive "
        "care unit of the county hospital in Piatra Neamț, in north-eastern Romania, on Saturday "
        "evening. The doctor, who tried to pull patients out of the ward, was flown to a burns "
        "hospital in Belgium in a serious condition. Prosecutors opened an investigation for "
        "involuntary manslaughter, and officials said an electrical fault was the likely cause. "
        "Prime Minister Ludovic Orban called the fire a tragedy and said the government would "
        "review the fire permits of all hospitals treating Covid-19 patients. Romania's health "
        "system has been criticised for years over underfunding, and many hospitals operate "
        "without fire safety authorisation. After a nightclub fire in Bucharest in 2015, many of "
        "the burned had to be treated abroad because the country lacked specialist beds. Romania "
        "recorded more than 10,000 new coronavirus infections on Friday, a record.",
        "accident",
    ),
    (
        "Medical helicopter crashes off Nagasaki with patient aboard, three dead",
        "Three people, including an elderly patient and a doctor, died after a medical transport "
        "helicopter crashed into the sea off Nagasaki prefecture on Sunday, Japan's coast guard "
        "said. The helicopter, carrying six people, was flying from Tsushima island to a hospital "
        "in Fukuoka when it disappeared from radar. Coast guard vessels and a Self-Defense Forces "
        "aircraft found the machine overturned in the water, and the other three on board were "
        "rescued with hypothermia. The pilot, a mechanic and a nurse had clung to the floating "
        "fuselage for more than an hour, local media reported. The Japan Transport Safety Board "
        "has sent investigators to examine the wreck. Remote islands such as Tsushima rely on "
        "helicopters to take patients to specialist hospitals on the mainland, and doctors there "
        "said emergency transfers would continue by other aircraft. The health ministry said it "
        "would review safety standards for medical flights operated by private companies.",
        "accident",
    ),
    (
        "Field hospitals rise in Hatay as quake destroys wards and kills medical staff",
        "Turkish and foreign medical teams have set up field hospitals in car parks and stadiums "
        "in Hatay province, where last week's earthquakes destroyed or damaged most hospitals and "
        "killed dozens of doctors and nurses. The state hospital in Antakya was evacuated after "
        "cracks appeared in its walls, and patients were moved to tents in the grounds. The "
        "army's medical units and teams from Italy, Qatar and other countries have built field "
        "hospitals with operating theatres. Surgeons say they are treating crush syndrome, in "
        "which damaged muscle floods the blood with toxins and causes kidney failure, in "
        "survivors pulled from the rubble days after the quake. The Turkish Medical Association "
        "said hundreds of health workers were among the dead in the region. The combined toll in "
        "Turkey and Syria has passed 40,000. Hundreds of thousands of people are living in tents, "
        "and health officials are watching for outbreaks of diarrhoeal disease. “Every patient "
        "we see has lost someone,” said a nurse at a field hospital in Iskenderun. Dialysis "
        "patients have been flown to Ankara and Istanbul.",
        "disaster",
    ),
    (
        "Derna's hospitals swamped as flood toll climbs and disease fears grow",
        "Doctors in Derna say the city's main hospital is treating survivors and receiving bodies "
        "at the same time, after two dams burst during Storm Daniel and sent a torrent through "
        "the eastern Libyan city. Authorities in the east say thousands have died and thousands "
        "more are missing, many of them swept out to sea. One of the city's two hospitals was "
        "badly damaged, and a field hospital has been set up in a school. The World Health "
        "Organization urged authorities to stop burying victims in mass graves, saying the bodies "
        "of people killed in natural disasters rarely pose a health risk. Health officials have "
        "reported cases of diarrhoea among children who drank contaminated water. Libya's rival "
        "governments in Tripoli and Benghazi have each sent medical teams, and rescuers from "
        "Turkey, Egypt and the United Arab Emirates are working in the city. More than 40,000 "
        "people have been displaced, according to the International Organization for Migration. "
        "Engineers had warned for years that the dams needed repairs. The Libyan Red Crescent "
        "said its volunteers were running first-aid points in the east of the city, which was cut "
        "off when bridges collapsed. Pharmacies in the surviving districts have run out of "
        "antibiotics and insulin, residents said. “We have doctors, we have nurses, but we have "
        "nothing to work with,” a surgeon at the field hospital told Al Jazeera.",
        "disaster",
    ),
    (
        "Hospitals ration IV fluids after Hurricane Helene floods Baxter plant",
        "Hospitals across the United States are postponing elective surgeries and switching "
        "patients to oral hydration after Hurricane Helene flooded a Baxter International plant "
        "in North Carolina that makes about 60% of the country's intravenous fluids. The factory "
        "in Marion, which produces some 1.5 million bags a day, shut after floodwater and debris "
        "swamped the site and washed out a bridge. Baxter said it had restored partial production "
        "and was flying in product from its plants abroad. The American Hospital Association "
        "asked the administration to invoke the Defense Production Act to speed up supplies. "
        "Mass General Brigham in Boston said it had cut its use of IV fluids by 40%. The Food and "
        "Drug Administration added the fluids to its drug shortage list. The hurricane killed more "
        "than 200 people across six states, and health officials in western North Carolina are "
        "dealing with stomach bugs spreading in shelters. Nurses said they were back to pushing "
        "medicine by syringe, as in the 1980s.",
        "disaster",
    ),
    (
        "Malaria and dengue surge in Pakistan's flood zones, WHO warns of 'second disaster'",
        "Malaria, dengue and diarrhoeal diseases are spreading rapidly among millions of people "
        "displaced by Pakistan's floods, the World Health Organization said on Friday, warning of "
        "a second disaster after a monsoon that submerged a third of the country. In Sindh "
        "province alone, health officials reported more than 134,000 cases of diarrhoea and "
        "44,000 of malaria in relief camps in a single week. More than 1,500 people have been "
        "killed by the floods since June. About 2,000 health facilities have been fully or partly "
        "damaged, and the stagnant water left behind is a breeding ground for mosquitoes. Doctors "
        "in Dadu and Jacobabad say women are giving birth in tents without medical help. The army "
        "has set up medical camps and uses helicopters to reach villages cut off by water. "
        "“There is water everywhere, and none of it is safe to drink,” said a doctor at a camp "
        "near Sehwan. The government estimates the damage at more than $30 billion.",
        "disaster",
    ),
    (
        "Herat hospitals overwhelmed after quakes flatten villages in western Afghanistan",
        "The regional hospital in Herat has run out of beds after a series of powerful "
        "earthquakes flattened villages in Zinda Jan district, and patients are being treated in "
        "tents in its courtyard, doctors said. The Taliban administration said more than 2,000 "
        "people had been killed, although the UN has put the confirmed toll lower. Most of the "
        "dead were women and children who were at home when the first magnitude 6.3 quake struck "
        "on Saturday. Médecins Sans Frontières said it had treated more than 500 injured people "
        "at the hospital, many with fractures and crush injuries. Blood supplies ran low, and "
        "residents queued to donate. Aid agencies say cuts in international funding after the "
        "Taliban's takeover in 2021 had left the health system fragile even before the disaster. "
        "Aftershocks on Wednesday sent people running from their homes again, and thousands are "
        "sleeping in the open. The World Health Organization has sent trauma kits and medicines "
        "for 10,000 patients.",
        "disaster",
    ),
    (
        "Kolkata court sentences volunteer to life for rape and murder of trainee doctor",
        "A court in Kolkata on Monday sentenced Sanjay Roy, a civic volunteer attached to the "
        "city police, to life imprisonment for the rape and murder of a trainee doctor at RG Kar "
        "Medical College and Hospital last August. The judge said the crime did not fall into the "
        "“rarest of rare” category that would warrant the death penalty. The 31-year-old woman's "
        "body was found in a seminar room where she had gone to rest during a 36-hour shift. Her "
        "killing set off weeks of marches and a strike by junior doctors across India demanding "
        "safer working conditions in public hospitals. Her parents said they were not satisfied "
        "and wanted investigators to look into whether others were involved. The Central Bureau "
        "of Investigation, which took over the case from the state police, said Roy acted alone. "
        "The West Bengal government said it would appeal for the death sentence. Doctors' "
        "associations said the reforms promised after the killing, including more security "
        "guards and rest rooms for women on night shifts, had been slow to arrive.",
        "crime",
    ),
    (
        "London hospitals cancel operations after ransomware attack on pathology provider",
        "Several major London hospitals have declared a critical incident and cancelled "
        "operations and blood tests after a ransomware attack on Synnovis, a pathology company "
        "that processes tests for NHS trusts in the south-east of the capital. King's College "
        "Hospital and Guy's and St Thomas' said they had postponed some procedures, including "
        "transplants, and diverted emergency patients elsewhere. Ciaran Martin, the former head "
        "of the National Cyber Security Centre, said the attack was believed to have been carried "
        "out by Qilin, a Russian-speaking criminal group. The gang later published stolen data, "
        "including patient names and test codes, after a ransom was not paid. NHS England "
        "appealed for O-type blood donors because hospitals could not match patients' blood "
        "quickly. More than 1,100 planned operations and 2,000 outpatient appointments were "
        "postponed in the first two weeks, the health service said. The National Crime Agency is "
        "investigating.",
        "crime",
    ),
    (
        "Police break up ring selling counterfeit weight-loss injections in Austria and Germany",
        "Police in Austria and Germany have arrested eight people suspected of selling "
        "counterfeit weight-loss injections after several customers were taken to hospital with "
        "dangerously low blood sugar, prosecutors said. Officers seized more than 12,000 pens "
        "labelled as Ozempic and Mounjaro, along with vials of powder and printing equipment, in "
        "raids on warehouses near Graz and Munich. Laboratory tests showed some of the pens "
        "contained insulin instead of semaglutide. The suspects advertised on social media and "
        "messaging apps, offering the drugs without prescription at about half the pharmacy "
        "price. Austria's medicines agency said it had received reports of at least 14 people "
        "harmed. The European Medicines Agency has warned patients to buy only from registered "
        "pharmacies while demand for the drugs outstrips supply. The manufacturers said they were "
        "cooperating with the authorities. Prosecutors in Graz said the main suspect faced "
        "charges of grievous bodily harm and commercial fraud.",
        "crime",
    ),
    (
        "Gunman who killed four at Tulsa hospital targeted surgeon over back pain, police say",
        "A man who shot dead four people at a medical building on the campus of Saint Francis "
        "Hospital in Tulsa, Oklahoma, on Wednesday was targeting the surgeon who had operated on "
        "his back weeks earlier, police said. The police chief said the gunman, who killed "
        "himself as officers arrived, had bought an AR-15-style rifle legally hours before the "
        "shooting. The dead included two doctors, a receptionist and a patient. Police found a "
        "letter on the man saying he blamed the doctor for the pain he still suffered after "
        "surgery. The shooting came eight days after a gunman killed 19 children and two teachers "
        "at a school in Uvalde, Texas. Officers reached the building within three minutes of the "
        "first emergency call, the chief said. Hospital staff across the country have reported "
        "rising threats and violence from patients and relatives, according to nursing unions.",
        "crime",
    ),
    (
        "Police rescue kidnapped surgeon in Enugu, arrest five suspects",
        "Police in Nigeria's Enugu state said they had rescued a consultant surgeon who was "
        "kidnapped from his car outside a private hospital last week, and arrested five "
        "suspected members of the gang that held him. The surgeon was freed unhurt in a forest "
        "near Nsukka after a shootout in which one suspect was killed, a police spokesman said. "
        "His family said the kidnappers had demanded 50 million naira for his release. The "
        "Nigerian Medical Association has repeatedly warned that kidnappings for ransom are "
        "driving doctors to leave the country, and its state branch suspended outpatient "
        "services for two days in protest. Around 20 doctors have been abducted for ransom in "
        "the south-east in the past year, the association says. Police said the gang had also "
        "been involved in car theft and armed robbery across three states. A resident doctor "
        "abducted in Edo state in August was released after her family paid a ransom.",
        "crime",
    ),
]
