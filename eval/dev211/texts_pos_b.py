"""dev211 positives, second half: clinics closed by fighting, medics killed or detained, protesters
shot and treated, hospitals struck in Lebanon, Myanmar, South Sudan and Ukraine (see build.py)."""

POSITIVES = [
    (
        "Health centres shut across northern Burkina Faso as jihadist blockade tightens",
        "More than 400 health facilities have closed or are barely working in Burkina Faso "
        "because of attacks by armed groups, leaving close to 2 million people without access to "
        "care, the health ministry and the World Health Organization said. In Djibo, a town "
        "blockaded by fighters linked to al-Qaeda for more than a year, the main hospital has run "
        "short of antibiotics and blood for transfusions, according to a doctor there who spoke "
        "by telephone. Supply convoys have been ambushed on the road from the south, and the last "
        "one to get through travelled under army escort, he said. People who fled the surrounding "
        "villages now make up most of the town's population. Médecins Sans Frontières said one "
        "of its staff was killed in an attack on a clearly marked vehicle near Dédougou in "
        "February. Health workers in the Sahel region say they have been threatened by militants "
        "who accuse them of treating soldiers. “Some of my colleagues have left, others have "
        "simply stopped coming,” said a midwife in Djibo. The government has sent mobile clinics "
        "and flown medicine by helicopter to some besieged towns, but aid agencies say it is "
        "far from enough.",
        "H D T",
        "blockade",
    ),
    (
        "Insurgents burn health centres as thousands flee in Mozambique's north",
        "Islamist insurgents have burned or looted at least 36 health facilities in "
        "Mozambique's Cabo Delgado province since the start of the year, leaving whole districts "
        "without a working clinic, the provincial health directorate said. The latest attack, on "
        "Monday, hit a health centre in Macomia district, where gunmen set fire to the maternity "
        "ward and carried off medicines, a nurse who escaped into the bush told Lusa. More than "
        "700,000 people have been displaced by the conflict, many to Pemba and Montepuez, where "
        "hospitals are struggling with cases of cholera and malaria. The insurgents, known "
        "locally as al-Shabaab and linked to the Islamic State group, have beheaded civilians in "
        "raids on villages. “The staff have run with the people,” said a UNICEF health officer. "
        "Mobile teams are vaccinating children in the displacement sites around Metuge. "
        "Government forces have struggled to push the militants back from the coast.",
        "T V D H",
        "attack",
    ),
    (
        "Sudanese doctors say colleagues killed and hospitals occupied as fighting rages in Khartoum",
        "At least 12 doctors have been killed and dozens of health workers detained since "
        "fighting erupted in Khartoum in April, the Sudan Doctors' Syndicate said, accusing the "
        "Rapid Support Forces of occupying hospitals and turning them into bases. The syndicate "
        "said fighters of the paramilitary group had stormed the East Nile hospital and ordered "
        "staff out at gunpoint. Two-thirds of hospitals in areas affected by the fighting are out "
        "of service, the group said. Doctors who remain say they operate by torchlight because "
        "fuel for generators has run out. A pharmacist in Omdurman said he had been held for four "
        "days and beaten by fighters who accused him of treating wounded soldiers. The RSF denied "
        "the allegations and accused the army of bombing hospitals. The World Health Organization "
        "has verified 46 attacks on health care in Sudan since the conflict began. “Every doctor "
        "in Khartoum is now a target,” said a syndicate official.",
        "V H B",
        "attack",
    ),
    (
        "Karabakh hospital overwhelmed as Azerbaijani offensive sends wounded and refugees toward Armenia",
        "The main hospital in Stepanakert was overflowing with wounded on Wednesday after a "
        "24-hour Azerbaijani military offensive that ended with ethnic Armenian forces in "
        "Nagorno-Karabakh agreeing to disarm, doctors and local officials said. The enclave's "
        "ombudsman said at least 200 people had been killed and more than 400 wounded, civilians "
        "among them. Surgeons were operating in corridors, and the hospital was short of blood "
        "and anaesthetics after a nine-month blockade of the Lachin corridor. The International "
        "Committee of the Red Cross said it had evacuated 23 severely wounded patients to "
        "Armenia. Thousands of families waited near the Russian peacekeepers' base and on the "
        "roads out of the city. Azerbaijan said its operation had targeted only military "
        "positions. By the end of the following week more than 100,000 people, most of the "
        "enclave's population, had crossed into Armenia, where hospitals in Goris set up "
        "emergency wards. Armenia's health minister said patients with severe burns from a fuel "
        "depot explosion on the road out were among those flown to Yerevan.",
        "B M D H",
        "offensive",
    ),
    (
        "Dhaka hospitals count bullet wounds as police fire on student protesters",
        "Doctors at Dhaka Medical College Hospital said they had received at least 110 people "
        "with bullet or pellet wounds in two days, as police and paramilitary forces fired on "
        "students protesting against job quotas in Bangladesh's capital. Many of those brought "
        "in were under 25, and several were dead on arrival, a senior doctor told AFP. The "
        "government imposed a nationwide curfew and shut down mobile internet on Friday, and "
        "soldiers patrolled the streets. Protesters set fire to the state broadcaster's "
        "headquarters and a metro station, officials said. A surgeon at a private hospital in "
        "Mirpur said plainclothes officers had come to the emergency department asking for the "
        "names of injured students. Local newspapers have tallied more than 150 deaths across "
        "the country, a figure the government has not confirmed. Blood banks appealed for donors "
        "as hospitals ran short of supplies.",
        "U",
        "crackdown",
    ),
    (
        "Lagos doctors treat gunshot victims after soldiers open fire at Lekki toll gate",
        "Hospitals in Lagos treated dozens of people with gunshot wounds after soldiers opened "
        "fire on protesters at the Lekki toll gate on Tuesday night, doctors and witnesses said. "
        "Amnesty International said at least 12 people were killed at Lekki and in Alausa as the "
        "army and police cracked down on demonstrations against police brutality. A doctor at a "
        "private hospital near Lekki said ambulances had been kept from the site for hours and "
        "that many of the wounded were brought in by friends on motorbikes. The state governor "
        "said 30 people were being treated in three hospitals, and initially said no one had "
        "died. The army denied that its soldiers had been at the scene. Looting and arson spread "
        "across the city on Wednesday as a 24-hour curfew took effect. The Nigerian Medical "
        "Association called on the security forces to give medical teams unrestricted access to "
        "the injured.",
        "U",
        "crackdown",
    ),
    (
        "Medical volunteers in Cali say police fired on first-aid posts during national strike",
        "Volunteer medics in Cali say they came under fire and tear gas while treating injured "
        "demonstrators during Colombia's national strike, and that at least two of their "
        "makeshift first-aid posts were attacked. The health ministry has recorded more than 100 "
        "attacks on the medical mission, as Colombia calls the health workers and facilities "
        "protected under humanitarian law, since the protests began. Human Rights Watch said it "
        "had credible reports of 34 deaths linked to the protests, most of them in Cali, and "
        "that police had used live ammunition. “We were wearing white vests with red crosses and "
        "they still shot at us,” said a medical student who volunteered at a post in Puerto "
        "Resistencia. The police said officers had been attacked with stones and homemade "
        "explosives and that criminal groups had infiltrated the protests. President Iván Duque "
        "sent the military to Cali to lift roadblocks that had caused shortages of oxygen at "
        "hospitals treating Covid-19 patients. The Pan American Health Organization voiced "
        "concern about ambulances being blocked.",
        "U",
        "crackdown",
    ),
    (
        "Ayacucho hospital treats gunshot wounds after army fires on protesters",
        "The regional hospital in Ayacucho received 52 wounded people, most with gunshot "
        "injuries, after soldiers fired on demonstrators who tried to take over the city's "
        "airport on Thursday, Peru's ombudsman's office said. Eight people died, raising the "
        "death toll from a week of protests following the removal of President Pedro Castillo to "
        "at least 18. Doctors at the hospital ran short of blood and appealed on local radio for "
        "donors. “They were shot in the chest and head,” said a nurse who worked through the "
        "night. The armed forces said soldiers had acted in self-defence after being attacked "
        "with stones and explosives. The government declared a national state of emergency, "
        "suspending the right of assembly for 30 days. Protesters also burned a police station "
        "and blocked highways across the south.",
        "U",
        "crackdown",
    ),
    (
        "Airstrike hits MSF hospital in South Sudan's Jonglei, pharmacy destroyed",
        "A bombing raid destroyed the pharmacy of the only hospital in Old Fangak, in South "
        "Sudan's Jonglei state, early on Saturday, and a drone struck the town's market, killing "
        "at least seven people, Médecins Sans Frontières said. The charity said the hospital, "
        "which serves about 110,000 people, had lost all of its medical supplies. Patients were "
        "evacuated by canoe and on foot. MSF did not say who carried out the raid, but the "
        "South Sudanese army has been bombing areas held by opposition forces in Jonglei and "
        "Upper Nile since fighting resumed in March. A day earlier, MSF's hospital in Ulang, in "
        "neighbouring Upper Nile, was looted by armed men. “This is a deliberate attack on a "
        "protected medical facility,” said the charity's head of mission. The UN says more than "
        "130,000 people have been displaced by the fighting since March, some of them across "
        "the border into Ethiopia. Cholera is spreading in many of the same counties.",
        "E V H D",
        "airstrike",
    ),
    (
        "Goma hospitals overwhelmed with wounded as M23 rebels push into city",
        "Hospitals in Goma were overflowing with wounded civilians and soldiers on Monday as "
        "Rwanda-backed M23 rebels pushed into the eastern Congolese city, aid groups said. The "
        "International Committee of the Red Cross said the CBCA Ndosho hospital it supports had "
        "received more than 100 wounded in a day, most with bullet and shrapnel wounds, and was "
        "treating patients on mattresses in tents. Shells landed near the Kyeshero hospital and "
        "a maternity ward, according to Médecins Sans Frontières, which said several of its "
        "staff had sheltered in bunkers. The Congolese army and allied militias fought the "
        "rebels near the airport. Hundreds of thousands of people living in camps around Goma "
        "fled into the city or across the border to Gisenyi in Rwanda. The World Health "
        "Organization warned that virus samples stored at a laboratory in the city, including "
        "Ebola, could be compromised if power was lost. Electricity and water were cut across "
        "much of Goma. “The corridors are full, the operating theatres never stop,” said a "
        "surgeon at Ndosho. The health ministry in Kinshasa said at least 17 health workers had "
        "been wounded in the city since the weekend. Fuel for the hospitals' generators was "
        "expected to run out within days, the ICRC said. Mpox patients fled an isolation ward at "
        "one hospital during the shelling, raising fears that the outbreak in the east could "
        "spread further.",
        "B E H D",
        "offensive",
    ),
    (
        "WHO logs sharp rise in attacks on Ukrainian health care as drone strikes intensify",
        "Attacks on health care in Ukraine rose by more than a third in the first half of the "
        "year compared with the same period of 2024, the World Health Organization said on "
        "Tuesday, as Russian drones and glide bombs hit hospitals, ambulances and pharmacies in "
        "frontline regions. The agency said it had verified 346 attacks between January and June, "
        "which killed 19 health workers and patients and injured more than 100. Kharkiv, Kherson, "
        "Dnipropetrovsk and Sumy regions were hit hardest. Ambulance crews in Kherson say Russian "
        "drones hunt vehicles marked with red crosses, and some now drive without lights at "
        "night. In Sumy, a maternity ward was moved to the basement for the third time in a month "
        "after a drone struck the building next door, a regional official said. Ukraine's health "
        "ministry says more than 2,300 medical facilities have been damaged since February 2022, "
        "and more than 200 destroyed. Russia says it strikes only military targets. The WHO's "
        "representative in Ukraine said attacks on health care deprived people of treatment "
        "when they needed it most.",
        "E V H",
        "attacks_on_health_care",
    ),
    (
        "Israeli strikes kill paramedics in southern Lebanon as hospitals close",
        "Israeli strikes have killed more than 100 paramedics and health workers in Lebanon over "
        "the past year, most of them since late September, the Lebanese health ministry said on "
        "Friday, after a strike on a civil defence centre in Bint Jbeil killed five rescuers. "
        "Health Minister Firass Abiad said 13 hospitals in the south and the Bekaa valley had "
        "been forced to close or evacuate because of damage or nearby bombardment. Staff at the "
        "Marjayoun government hospital left on Friday after a strike near its entrance killed "
        "seven paramedics, he said. The Israeli military said Hezbollah was using ambulances to "
        "move fighters and weapons, and that it would act against them; it did not provide "
        "evidence. The World Health Organization said it had verified dozens of attacks on "
        "health care in Lebanon since October last year. More than a million people have fled "
        "their homes in the south and the southern suburbs of Beirut, according to the "
        "government. Hospitals in the capital have cancelled elective surgery to keep beds free "
        "for the wounded.",
        "E V H D",
        "airstrike",
    ),
    (
        "Junta airstrike on hospital in Myanmar's Rakhine state kills more than 30",
        "An air strike by Myanmar's military destroyed the general hospital in Mrauk-U, in "
        "western Rakhine state, late on Wednesday, killing at least 31 people, among them "
        "patients and their relatives, and wounding dozens more, a rescue worker and the Arakan "
        "Army said. The hospital was one of the few still operating in the area, which the "
        "Arakan Army, an ethnic armed group, has controlled since early 2024. A volunteer who "
        "helped pull bodies from the rubble said a jet dropped two bombs on the building "
        "shortly before midnight. The junta has stepped up air attacks on areas held by "
        "resistance forces ahead of the elections it plans to hold this month. The military did "
        "not comment. The UN says there have been more than 1,400 attacks on health care in "
        "Myanmar since the 2021 coup. A blockade of Rakhine by the military has left hospitals "
        "short of basic drugs, and aid agencies report rising malnutrition among children. "
        "“People are afraid to come to hospital now,” said a doctor at a clinic near Kyauktaw.",
        "E V H",
        "airstrike",
    ),
    (
        "Jenin hospitals cut off as Israeli forces launch West Bank operation",
        "Israeli forces surrounded Jenin's government hospital and blocked ambulances on "
        "Wednesday as they launched a large military operation in the northern West Bank, the "
        "Palestinian health ministry said, leaving staff unable to leave and wounded people "
        "unable to reach the wards. The Palestinian Red Crescent said bulldozers had torn up "
        "roads leading to the hospital and to two private hospitals nearby, and that its crews "
        "had been held at gunpoint for hours. The Israeli military said it had begun a "
        "counter-terrorism operation against armed groups in Jenin camp, backed by drone strikes "
        "and ground forces. The ministry said at least 10 people had been killed in the first two "
        "days. Hundreds of families left the camp on foot, carrying children and bags, after "
        "soldiers ordered them out over loudspeakers. The World Health Organization said oxygen "
        "at the government hospital was running low and that dialysis patients had missed "
        "treatment. The operation began two days after a ceasefire took effect in Gaza.",
        "M E V H D",
        "raid",
    ),
    (
        "Gunmen storm clinic in Borno, abduct nurses and burn ambulance",
        "Fighters from the Islamic State West Africa Province attacked a primary health centre "
        "in Damasak, in Nigeria's Borno state, on Sunday night, abducting three nurses and "
        "burning an ambulance and the clinic's vaccine refrigerators, local officials and aid "
        "workers said. A nurse who hid in a storeroom said the gunmen arrived in pick-up trucks "
        "mounted with machine guns and fired into the air before looting the pharmacy. Soldiers "
        "from a nearby base engaged the attackers, who withdrew towards Lake Chad, a military "
        "source said. The clinic served thousands of people displaced by the insurgency who live "
        "in camps around the town. Aid agencies withdrew their staff from Damasak for the time "
        "being, and the UN humanitarian coordinator condemned the attack. ISWAP abducted three "
        "aid workers, two of them midwives, from Rann in 2018 and later killed two of them. "
        "Nigeria's army says it has driven the jihadists out of most towns in Borno, but "
        "attacks on roads and remote settlements continue.",
        "T V B H D",
        "abduction",
    ),
    (
        "Kenyan police tear-gas striking doctors, injuring union leader",
        "Police in Nairobi fired tear gas at striking doctors marching to the health ministry on "
        "Thursday, and the secretary-general of their union was hit in the head by a canister "
        "and taken to hospital, the union said. Davji Atellah, of the Kenya Medical "
        "Practitioners, Pharmacists and Dentists Union, was seen bleeding heavily as colleagues "
        "carried him from the street. Footage showed officers firing canisters directly into a "
        "crowd of doctors in white coats who were chanting and waving placards. The doctors have "
        "been on strike for four weeks over pay arrears and the posting of medical interns, "
        "shutting outpatient services at public hospitals across the country. The Law Society of "
        "Kenya condemned what it called excessive force against a peaceful protest. The Nairobi "
        "police commander said officers had dispersed an unlawful gathering. Patients were "
        "turned away from outpatient clinics for a second month. Union officials said the "
        "strike would go on until the government signed a return-to-work formula.",
        "U",
        "crackdown",
    ),
]
